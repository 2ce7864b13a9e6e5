// The FAQ as staff curate it: the list, the editor (with supporting sentences picked from a
// search), conflicts when someone saved first, deletion, and the history of changes with
// reverts. Viewers see everything read-only: no edit controls are even drawn for them.
import {
  $,
  announce,
  api,
  fmtDate,
  h,
  langName,
  loader,
  nextId,
  openDialog,
  showError,
  t,
} from "./common.js";

const FIELDS = ["question", "alternates", "answer", "supports"];

export function initFaq(ctx) {
  const listView = $("#faq-list-view");
  const list = $("#faq-list");
  const langSelect = $("#faq-lang");
  const newButton = $("#faq-new");
  const editor = $("#faq-editor");
  const editorHeading = $("#faq-editor-h");
  const editorError = $("#faq-editor-error");
  const fields = {
    question: $("#faq-question"),
    alternates: $("#faq-alternates"),
    answer: $("#faq-answer"),
  };
  const supportsList = $("#faq-supports");
  const pickInput = $("#faq-pick-q");
  const pickResults = $("#faq-pick-results");

  let editing = null; // {id, lang, version, entry, supports: [{sentence_id, doc_id, title, text}]}
  let pending = null; // what to open the editor with when the FAQ view shows next
  let picks = null;
  const sentences = new Map(); // sentence_id -> {title, text}, to show history's supports

  function remember(supports) {
    for (const sup of supports || []) {
      if (sup && typeof sup === "object" && sup.sentence_id && sup.text) {
        sentences.set(sup.sentence_id, sup);
      }
    }
  }

  newButton.hidden = !ctx.editor;
  $("#faq-readonly").hidden = ctx.editor;

  // --- the list ------------------------------------------------------------------------------

  // loadList(focusId, message, quiet): announces `message` (what was just done) or else how
  // many entries, then focuses the entry `focusId`; `quiet` (a refresh in the background)
  // neither clears the alert nor announces
  const faqList = loader({
    ctx,
    results: list,
    start: (_focusId, _message, quiet = false) => {
      if (!quiet) ctx.clear();
    },
    request: async () => (await api("/console/api/faq", { query: { lang: langSelect.value } })).entries || [],
    draw: drawList,
    empty: "faq.empty",
    done(entries, focusId, message, quiet = false) {
      for (const entry of entries) remember(entry.supports);
      if (!quiet) announce(message || t("faq.loaded", { n: entries.length }));
      if (focusId) {
        const button = list.querySelector(`[data-edit="${CSS.escape(focusId)}"]`);
        (button || $("#faq-h")).focus();
      }
    },
  });
  const loadList = faqList.load;
  const renderList = faqList.render;

  langSelect.addEventListener("change", () => loadList());
  newButton.addEventListener("click", () => openEditor({ lang: langSelect.value }));

  function drawList(entries) {
    const captionId = nextId("faq-caption");
    list.append(
      h("p", {
        id: captionId,
        class: "note",
        text: t("faq.caption", { lang: langName(langSelect.value), n: entries.length }),
      }),
    );
    const ul = h("ul", { class: "entries", "aria-labelledby": captionId });
    for (const entry of entries) ul.append(entryCard(entry));
    list.append(ul);
  }

  function entryCard(entry) {
    const headingId = nextId("entry");
    const card = h("li", { class: "card entry", "data-id": entry.id, lang: entry.lang });
    card.append(
      h("h3", { id: headingId, class: "entry-q", dir: "auto", text: entry.question || "" }),
      h("p", { class: "entry-a", dir: "auto", text: entry.answer || "" }),
    );
    const meta = h("dl", { class: "meta", lang: document.documentElement.lang });
    const item = (term, value) => meta.append(h("div", {}, h("dt", { text: term }), h("dd", { text: value })));
    item(t("faq.alternates"), String((entry.alternates || []).length));
    item(t("faq.supports"), String((entry.supports || []).length));
    item(t("faq.version"), String(entry.version ?? ""));
    item(
      t("faq.updated"),
      t("faq.updatedBy", { by: entry.updated_by || t("none"), at: fmtDate(entry.updated_at) }),
    );
    card.append(meta);
    if (ctx.editor) {
      card.append(
        h(
          "div",
          { class: "actions", lang: document.documentElement.lang },
          h("button", {
            type: "button",
            class: "edit",
            "data-edit": entry.id,
            text: t("faq.edit"),
            "aria-label": t("faq.editLabel", { q: entry.question || "" }),
            on: { click: () => editById(entry.id) },
          }),
          h("button", {
            type: "button",
            class: "danger delete",
            text: t("faq.delete"),
            "aria-label": t("faq.deleteLabel", { q: entry.question || "" }),
            on: { click: (event) => remove(entry, event.currentTarget) },
          }),
        ),
      );
    }
    return card;
  }

  // --- the editor ----------------------------------------------------------------------------

  async function editById(id) {
    ctx.clear();
    try {
      const entry = await api(`/console/api/faq/${encodeURIComponent(id)}`);
      openEditor(entry);
    } catch (error) {
      ctx.fail(error);
    }
  }

  /** Opens the editor with an entry (it has an id) or a new one ({lang, question, ...}). */
  function openEditor(entry, focus = true) {
    editing = {
      id: entry.id || null,
      lang: entry.lang || langSelect.value,
      version: entry.version || null,
      entry: entry.id ? entry : null,
      supports: (entry.supports || []).map((sup) =>
        typeof sup === "object" ? { ...sup } : { sentence_id: sup },
      ),
    };
    remember(editing.supports);
    fields.question.value = entry.question || "";
    fields.alternates.value = (entry.alternates || []).join("\n");
    fields.answer.value = entry.answer || "";
    for (const field of Object.values(fields)) {
      field.lang = editing.lang;
      field.removeAttribute("aria-invalid");
    }
    pickInput.lang = editing.lang;
    pickInput.value = entry.question || "";
    picks = null;
    showError(editorError, null);
    renderEditor();
    listView.hidden = true;
    editor.hidden = false;
    if (focus) editorHeading.focus();
  }

  function closeEditor() {
    editing = null;
    picks = null;
    editor.hidden = true;
    listView.hidden = false;
  }

  function renderEditor() {
    if (!editing) return;
    editorHeading.textContent = t(editing.id ? "editor.edit" : "editor.new", {
      lang: langName(editing.lang),
    });
    const meta = $("#faq-editor-meta");
    if (editing.entry) {
      meta.textContent = t("editor.meta", {
        v: editing.version,
        by: editing.entry.updated_by || t("none"),
        at: fmtDate(editing.entry.updated_at),
      });
      meta.hidden = false;
    } else meta.hidden = true;
    renderSupports();
    renderPicks();
  }

  function supportText(sup, id) {
    const text = sup.text || sentences.get(sup.sentence_id)?.text;
    const title = sup.title || sentences.get(sup.sentence_id)?.title;
    const box = h("div", { class: "support-text" });
    box.append(h("p", { id, dir: "auto", lang: editing.lang, text: text || t("editor.missing") }));
    if (title) box.append(h("p", { class: "note" }, h("cite", { dir: "auto", text: title })));
    return box;
  }

  function renderSupports() {
    supportsList.replaceChildren();
    if (!editing.supports.length) {
      supportsList.append(h("li", { class: "note", text: t("editor.noSupports") }));
      return;
    }
    editing.supports.forEach((sup, index) => {
      const id = nextId("sup");
      supportsList.append(
        h(
          "li",
          { class: "support" },
          supportText(sup, id),
          h("button", {
            type: "button",
            class: "small",
            "aria-describedby": id,
            "data-remove": sup.sentence_id,
            text: t("editor.remove"),
            on: { click: () => removeSupport(index) },
          }),
        ),
      );
    });
  }

  function removeSupport(index) {
    editing.supports.splice(index, 1);
    renderSupports();
    renderPicks();
    const buttons = supportsList.querySelectorAll("button");
    (buttons[Math.min(index, buttons.length - 1)] || pickInput).focus();
    announce(t("editor.supportRemoved"));
  }

  function renderPicks() {
    pickResults.replaceChildren();
    if (!picks) return;
    if (!picks.length) {
      pickResults.append(h("li", { class: "note", text: t("search.nothing") }));
      return;
    }
    const chosen = new Set(editing.supports.map((sup) => sup.sentence_id));
    picks.forEach((hit) => {
      const id = nextId("pick");
      const added = chosen.has(hit.sentence_id);
      pickResults.append(
        h(
          "li",
          { class: "support" },
          supportText(hit, id),
          h("button", {
            type: "button",
            class: "small",
            "aria-describedby": id,
            "aria-disabled": added ? "true" : null,
            "data-add": hit.sentence_id,
            text: added ? t("editor.added") : t("editor.add"),
            on: { click: (event) => addSupport(hit, event.currentTarget) },
          }),
        ),
      );
    });
  }

  function addSupport(hit, button) {
    if (editing.supports.some((sup) => sup.sentence_id === hit.sentence_id)) return;
    editing.supports.push({
      sentence_id: hit.sentence_id,
      doc_id: hit.doc_id,
      title: hit.title,
      text: hit.text,
    });
    remember([hit]);
    renderSupports();
    button.textContent = t("editor.added");
    button.setAttribute("aria-disabled", "true");
    announce(t("editor.supportAdded"));
  }

  async function pick() {
    const q = pickInput.value.trim();
    if (!q) {
      pickInput.focus();
      return;
    }
    announce(t("editor.picking"));
    try {
      const data = await api("/console/api/sentences", { query: { q, lang: editing.lang } });
      picks = data.sentences || [];
      renderPicks();
      announce(t("editor.picked", { n: picks.length }));
    } catch (error) {
      showError(editorError, error);
    }
  }

  $("#faq-pick").addEventListener("click", pick);
  pickInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault(); // not the editor's submit
      pick();
    }
  });
  $("#faq-cancel").addEventListener("click", () => {
    const id = editing && editing.id;
    closeEditor();
    ctx.clear();
    if (faqList.value) {
      const button = id && list.querySelector(`[data-edit="${CSS.escape(id)}"]`);
      (button || $("#faq-h")).focus();
    } else loadList();
  });

  function draft() {
    return {
      question: fields.question.value.trim(),
      alternates: fields.alternates.value
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
      answer: fields.answer.value.trim(),
      supports: editing.supports.map((sup) => sup.sentence_id),
    };
  }

  function validate() {
    let first = null;
    for (const name of ["question", "answer"]) {
      const field = fields[name];
      if (field.value.trim()) field.removeAttribute("aria-invalid");
      else {
        field.setAttribute("aria-invalid", "true");
        first = first || field;
      }
    }
    if (first) first.focus();
    return !first;
  }

  editor.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!editing || !validate()) return;
    showError(editorError, null);
    await save(draft(), editing.version);
  });

  async function save(body, version) {
    const saveButton = $("#faq-save");
    saveButton.disabled = true;
    try {
      let saved;
      if (editing.id) {
        saved = await api(`/console/api/faq/${encodeURIComponent(editing.id)}`, {
          method: "PUT",
          body: { ...body, version },
        });
      } else {
        saved = await api("/console/api/faq", { method: "POST", body: { ...body, lang: editing.lang } });
      }
      done(saved, editing.id ? t("editor.saved", { v: saved.version }) : t("editor.created"));
      return true;
    } catch (error) {
      if (error.status === 409 && editing.id) await conflict(body);
      else showError(editorError, error);
      return false;
    } finally {
      saveButton.disabled = false;
    }
  }

  function done(saved, message) {
    closeEditor();
    if (saved && saved.lang && langSelect.value !== saved.lang) langSelect.value = saved.lang;
    historyView.stale = true;
    loadList(saved ? saved.id : null, message);
  }

  // --- conflicts -----------------------------------------------------------------------------

  const conflictDialog = $("#conflict-dialog");
  const conflictError = $("#conflict-error");
  const theirsButton = $("#conflict-theirs");
  const mineButton = $("#conflict-mine");
  let conflictState = null; // {mine, theirs (null when deleted)}

  async function conflict(mine) {
    let theirs = null;
    try {
      theirs = await api(`/console/api/faq/${encodeURIComponent(editing.id)}`);
    } catch (error) {
      if (error.status !== 404) {
        showError(editorError, error);
        return;
      }
    }
    conflictState = { mine, theirs };
    remember(theirs && theirs.supports);
    renderConflict();
    if (!conflictDialog.open) openDialog(conflictDialog, theirs ? theirsButton : mineButton);
  }

  function renderConflict() {
    if (!conflictState) return;
    const { mine, theirs } = conflictState;
    showError(conflictError, null);
    $("#conflict-text").textContent = theirs
      ? t("conflict.text", {
          by: theirs.updated_by || t("none"),
          v: theirs.version,
          at: fmtDate(theirs.updated_at),
        })
      : t("conflict.gone");
    theirsButton.hidden = !theirs;
    theirsButton.textContent = t("conflict.loadTheirs");
    mineButton.textContent = theirs
      ? t("conflict.overwrite", { v: theirs.version })
      : t("conflict.recreate");
    const yours = { ...mine, supports: editing.supports };
    $("#conflict-compare").replaceChildren(
      compareTable(
        [
          t("conflict.field"),
          theirs ? t("conflict.theirs", { v: theirs.version }) : t("none"),
          t("conflict.yours"),
        ],
        theirs,
        yours,
        editing.lang,
        sentences,
      ),
    );
  }

  theirsButton.addEventListener("click", () => {
    const { theirs } = conflictState;
    conflictDialog.close();
    conflictState = null;
    openEditor(theirs, false);
    announce(t("conflict.loaded", { v: theirs.version }));
    editorHeading.focus();
  });

  mineButton.addEventListener("click", async () => {
    const { mine, theirs } = conflictState;
    mineButton.disabled = true;
    try {
      let saved;
      if (theirs) {
        saved = await api(`/console/api/faq/${encodeURIComponent(editing.id)}`, {
          method: "PUT",
          body: { ...mine, version: theirs.version },
        });
      } else {
        saved = await api("/console/api/faq", { method: "POST", body: { ...mine, lang: editing.lang } });
      }
      conflictState = null;
      conflictDialog.close();
      done(saved, theirs ? t("editor.saved", { v: saved.version }) : t("editor.created"));
    } catch (error) {
      if (error.status === 409) await conflict(mine); // saved again meanwhile: compare anew
      else showError(conflictError, error);
    } finally {
      mineButton.disabled = false;
    }
  });

  $("#conflict-back").addEventListener("click", () => conflictDialog.close());

  // --- deletion ------------------------------------------------------------------------------

  async function remove(entry, button) {
    const ok = await confirm(
      t("confirm.deleteTitle"),
      t("confirm.deleteText", { q: entry.question || "" }),
      t("confirm.delete"),
    );
    if (!ok) {
      button.focus();
      return;
    }
    try {
      await api(`/console/api/faq/${encodeURIComponent(entry.id)}`, {
        method: "DELETE",
        query: { version: entry.version },
      });
      historyView.stale = true;
      await loadList(null, t("editor.deleted"));
      $("#faq-h").focus();
    } catch (error) {
      if (error.status === 409 || error.status === 404) {
        await loadList();
        ctx.fail({ message: t("confirm.changed") });
        $("#faq-h").focus();
      } else ctx.fail(error);
    }
  }

  // --- history -------------------------------------------------------------------------------

  const historyView = historySection(ctx, {
    remember,
    sentences,
    loadList: () => faqList.value && loadList(null, null, true), // in the background: no announcement
  });

  ctx.newFaq = (prefill) => {
    pending = { ...prefill };
    ctx.go("faq");
  };
  ctx.editFaq = async (id) => {
    try {
      pending = await api(`/console/api/faq/${encodeURIComponent(id)}`);
      ctx.go("faq");
    } catch (error) {
      ctx.fail(error);
    }
  };

  return {
    faq: {
      show() {
        if (pending) {
          const entry = pending;
          pending = null;
          if (entry.lang) langSelect.value = entry.lang;
          openEditor(entry, false);
          return editorHeading;
        }
        if (editing) return editorHeading;
        loadList();
        return null;
      },
      rerender() {
        renderList();
        renderEditor();
        renderConflict();
      },
    },
    history: historyView,
  };
}

// --- confirmation dialog ---------------------------------------------------------------------

function confirm(title, text, yes) {
  const dialog = $("#confirm-dialog");
  $("#confirm-h").textContent = title;
  $("#confirm-text").textContent = text;
  const yesButton = $("#confirm-yes");
  yesButton.textContent = yes;
  return new Promise((resolve) => {
    const answer = (value) => () => dialog.close(value);
    const onYes = answer("yes");
    const onNo = answer("no");
    yesButton.addEventListener("click", onYes);
    $("#confirm-no").addEventListener("click", onNo);
    dialog.addEventListener(
      "close",
      () => {
        yesButton.removeEventListener("click", onYes);
        $("#confirm-no").removeEventListener("click", onNo);
        resolve(dialog.returnValue === "yes");
      },
      { once: true },
    );
    dialog.returnValue = "";
    openDialog(dialog, $("#confirm-no"));
  });
}

// --- before/after tables ---------------------------------------------------------------------

function valueOf(entry, field, sentences) {
  if (!entry) return null;
  const value = entry[field];
  if (field === "alternates") return (value || []).map(String);
  if (field === "supports") {
    return (value || []).map((sup) => {
      const id = typeof sup === "object" && sup ? sup.sentence_id : sup;
      const known = (typeof sup === "object" && sup && sup.text) || sentences?.get(id)?.text;
      return known || String(id);
    });
  }
  return value === null || value === undefined ? "" : String(value);
}

function cell(value, lang) {
  const td = h("td", { dir: "auto", lang });
  if (value === null) td.append(h("span", { class: "note", text: t("history.nothing") }));
  else if (Array.isArray(value)) {
    if (!value.length) td.append(h("span", { class: "note", text: t("none") }));
    else td.append(h("ul", { class: "plain" }, value.map((v) => h("li", { text: v }))));
  } else td.textContent = value;
  return td;
}

/** Field | before | after, one row per field, changed rows marked. */
function compareTable(headers, before, after, lang, sentences) {
  const rows = FIELDS.map((field) => {
    const a = valueOf(before, field, sentences);
    const b = valueOf(after, field, sentences);
    const changed = JSON.stringify(a) !== JSON.stringify(b);
    const head = h("th", { scope: "row", text: t(`field.${field}`) });
    if (changed) head.append(" ", h("span", { class: "changed-mark", text: t("history.changed") }));
    return h("tr", { class: changed ? "changed" : null }, head, cell(a, lang), cell(b, lang));
  });
  return h(
    "div",
    { class: "table-wrap compare-wrap" },
    h(
      "table",
      { class: "compare" },
      h("thead", {}, h("tr", {}, headers.map((text) => h("th", { scope: "col", text })))),
      h("tbody", {}, rows),
    ),
  );
}

function historySection(ctx, shared) {
  const form = $("#history-form");
  const select = $("#history-entry");
  const results = $("#history-results");
  const names = new Map(); // entry id -> question

  async function loadNames() {
    try {
      const data = await api("/console/api/faq");
      for (const entry of data.entries || []) {
        names.set(entry.id, { question: entry.question, lang: entry.lang });
        shared.remember(entry.supports);
      }
    } catch {
      // the history still shows; the filter lists what it has
    }
  }

  function fillSelect(changes) {
    const chosen = select.value;
    for (const change of changes) {
      const entry = change.after || change.before;
      if (!names.has(change.entry_id) && entry) {
        names.set(change.entry_id, { question: entry.question, lang: entry.lang });
      }
    }
    const options = [h("option", { value: "", text: t("history.all") })];
    const sorted = [...names.entries()].sort((a, b) =>
      `${a[1].lang}${a[1].question}`.localeCompare(`${b[1].lang}${b[1].question}`),
    );
    for (const [id, { question, lang }] of sorted) {
      options.push(h("option", { value: id, text: `${question} (${langName(lang)})` }));
    }
    select.replaceChildren(...options);
    select.value = names.has(chosen) ? chosen : "";
  }

  // view.load(message): announces `message` (what was just done) or else how many changes
  const view = loader({
    ctx,
    results,
    form,
    async request() {
      if (!names.size || section.stale) {
        await loadNames();
        section.stale = false;
      }
      return (await api("/console/api/history", { query: { entry_id: select.value } })).changes || [];
    },
    draw,
    empty: "history.empty",
    done(changes, message) {
      fillSelect(changes);
      announce(message || t("history.loaded", { n: changes.length }));
    },
  });

  function draw(changes) {
    const ul = h("ul", { class: "changes" });
    for (const change of changes) ul.append(changeCard(change));
    results.append(ul);
  }

  function changeCard(change) {
    const entry = change.after || change.before || {};
    const headingId = nextId("change");
    const card = h("li", { class: "card change", "data-change": change.id });
    card.append(
      h(
        "h3",
        { id: headingId },
        h("span", {
          text: t("history.line", {
            who: change.username || t("none"),
            action: t(`history.action.${change.action}`),
            at: fmtDate(change.at),
          }),
        }),
        h("span", { class: "sep", text: " · " }),
        h("span", { dir: "auto", lang: entry.lang, text: entry.question || change.entry_id }),
      ),
    );
    card.append(
      compareTable(
        [t("history.field"), t("history.before"), t("history.after")],
        change.before,
        change.after,
        entry.lang,
        shared.sentences,
      ),
    );
    if (ctx.editor) {
      card.append(
        h(
          "div",
          { class: "actions" },
          h("button", {
            type: "button",
            class: "revert",
            text: t("history.revert"),
            "aria-describedby": headingId,
            on: { click: (event) => revert(change, event.currentTarget) },
          }),
        ),
      );
    }
    return card;
  }

  async function revert(change, button) {
    button.disabled = true;
    try {
      await api(`/console/api/history/${encodeURIComponent(change.id)}/revert`, { method: "POST" });
      await view.load(t("history.reverted"));
      shared.loadList();
      $("#history-h").focus();
    } catch (error) {
      ctx.fail(error);
      button.disabled = false;
      button.focus();
    }
  }

  const section = {
    stale: false,
    show() {
      view.load();
      return null;
    },
    rerender() {
      if (view.value) {
        fillSelect(view.value);
        view.render();
      }
    },
  };
  return section;
}
