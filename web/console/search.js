// Search as staff: the answer a visitor would get, its citations inside their article context,
// the FAQ entries and article sentences that matched (side by side, with scores) and a reply
// ready to paste.
import { $, announce, api, fmtNum, h, loader, nextId, t } from "./common.js";

export const httpUrl = (url) => {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
};

/** Band and number: "Confidence: high (0.82)". */
export function confidence(band, value) {
  return h(
    "p",
    { class: "confidence" },
    h("span", { class: "label", text: `${t("search.confidence")}: ` }),
    h("span", { class: `band band-${band || "low"}`, text: t(`band.${band || "low"}`) }),
    " ",
    h("span", { class: "num", text: `(${fmtNum(value)})` }),
  );
}

/** The cited sentence, highlighted, with the sentences around it. */
export function inContext(context, lang) {
  const quote = h("blockquote", { class: "context", dir: "auto", lang });
  for (const text of context.before || []) quote.append(text, " ");
  quote.append(h("mark", { text: context.sentence }));
  for (const text of context.after || []) quote.append(" ", text);
  return quote;
}

function titleOf(title, url) {
  const href = httpUrl(url);
  if (!href) return h("cite", { text: title || "" });
  return h("a", { href, rel: "noopener noreferrer", target: "_blank" }, h("cite", { text: title || "" }));
}

export function initSearch(ctx) {
  const form = $("#search-form");
  const input = $("#search-q");
  const select = $("#search-lang");
  const results = $("#search-results");
  const view = loader({
    ctx,
    results,
    form,
    disable: [$("#search-submit")],
    // `text`: a suggestion that was clicked; else what is typed in the box
    start(text) {
      const q = (text ?? input.value).trim();
      if (!q) {
        input.focus();
        return false;
      }
      input.value = q;
      ctx.clear();
      announce(t("search.busy"));
      return true;
    },
    request: () => api("/console/api/search", { query: { q: input.value, lang: select.value } }),
    draw,
    done(data) {
      const answer = data.answer || {};
      announce(t("search.done", { short: answer.short_answer || answer.answer || "" }));
    },
  });

  function draw(data) {
    const answer = data.answer || {};
    const lang = answer.lang || data.lang || undefined;
    const contexts = data.contexts || {};

    // the best answer
    const headingId = nextId("best");
    const card = h("section", { class: "card best", "aria-labelledby": headingId });
    card.append(h("h3", { id: headingId, text: t("search.best") }));
    if (answer.answered === false) {
      card.append(h("p", { class: "note", text: t("search.unanswered") }));
    }
    if (answer.short_answer) {
      card.append(h("p", { class: "short", dir: "auto", lang, text: answer.short_answer }));
    }
    card.append(h("p", { class: "answer-text", dir: "auto", lang, text: answer.answer || "" }));
    card.append(confidence(answer.confidence_band, answer.confidence));

    const citations = answer.citations || [];
    card.append(h("h4", { text: t("search.citations") }));
    if (!citations.length) card.append(h("p", { class: "note", text: t("search.noCitations") }));
    else {
      const list = h("ol", { class: "citations" });
      for (const c of citations) list.append(citation(c, contexts[c.sentence_id], lang));
      card.append(list);
    }

    const suggestions = answer.suggestions || [];
    if (answer.answered === false && suggestions.length) {
      card.append(h("h4", { text: t("search.suggestions") }));
      const list = h("ul", { class: "chips" });
      for (const text of suggestions) {
        list.append(
          h(
            "li",
            {},
            h("button", {
              type: "button",
              class: "chip",
              dir: "auto",
              text,
              on: { click: () => view.load(text) },
            }),
          ),
        );
      }
      card.append(list);
    }

    // the reply to paste, and its copy button
    const replyId = nextId("reply");
    const area = h("textarea", {
      id: replyId,
      class: "reply",
      readonly: true,
      rows: 6,
      dir: "auto",
      lang,
    });
    area.value = data.reply || "";
    const copy = h("button", { type: "button", class: "primary copy", text: t("search.copy") });
    copy.addEventListener("click", () => copyReply(area, copy));
    card.append(
      h(
        "div",
        { class: "reply-box" },
        h("label", { for: replyId, text: t("search.reply") }),
        area,
        h("div", { class: "actions" }, copy),
      ),
    );
    results.append(card);

    // what matched: FAQ entries and article sentences, side by side
    const columns = h("div", { class: "columns" });
    columns.append(column(t("search.faqHits"), data.faq || [], faqHit));
    columns.append(column(t("search.sentenceHits"), data.sentences || [], (hit) => sentenceHit(hit, contexts)));
    results.append(columns);
  }

  function citation(c, context, lang) {
    const head = h("p", { class: "cite-head" }, h("span", { class: "cite-n", text: `[${c.n}]` }), " ");
    if (c.kind === "faq") {
      head.append(h("span", { class: "tag", text: t("search.faqSource") }), " ");
      head.append(h("span", { dir: "auto", lang: c.lang || lang, text: c.title || "" }));
    } else {
      head.append(titleOf(c.title, c.url));
      if (c.publisher) head.append(" · ", h("span", { class: "note", text: c.publisher }));
    }
    const item = h("li", { class: "citation" }, head);
    if (context) item.append(inContext(context, c.lang || lang));
    else if (c.kind === "faq") item.append(h("blockquote", { dir: "auto", lang: c.lang || lang, text: c.text || "" }));
    else item.append(inContext({ sentence: c.text || "" }, c.lang || lang));
    return item;
  }

  function column(title, hits, render) {
    const id = nextId("col");
    const section = h("section", { class: "card column", "aria-labelledby": id });
    section.append(h("h3", { id, text: title }));
    if (!hits.length) section.append(h("p", { class: "note", text: t("search.nothing") }));
    else section.append(h("ol", { class: "hits" }, hits.map(render)));
    return section;
  }

  function score(hit) {
    return h("span", { class: "score", text: t("score", { n: fmtNum(hit.score) }) });
  }

  function faqHit(hit) {
    const item = h(
      "li",
      { class: "hit" },
      h("p", { class: "hit-q", dir: "auto", lang: hit.lang, text: hit.question || "" }),
      h("p", { class: "hit-a", dir: "auto", lang: hit.lang, text: hit.answer || "" }),
      h("p", { class: "hit-meta" }, score(hit)),
    );
    if (ctx.editor && hit.id && ctx.editFaq) {
      item.lastChild.append(
        " ",
        h("button", {
          type: "button",
          class: "link",
          text: t("faq.edit"),
          "aria-label": t("faq.editLabel", { q: hit.question || "" }),
          on: { click: () => ctx.editFaq(hit.id) },
        }),
      );
    }
    return item;
  }

  function sentenceHit(hit, contexts) {
    const item = h(
      "li",
      { class: "hit" },
      h("p", { class: "hit-title" }, h("cite", { dir: "auto", text: hit.title || "" })),
      h("p", { class: "hit-a", dir: "auto", lang: hit.lang, text: hit.text || "" }),
      h("p", { class: "hit-meta" }, score(hit)),
    );
    const context = contexts[hit.sentence_id];
    if (context && ((context.before || []).length || (context.after || []).length)) {
      item.append(
        h(
          "details",
          {},
          h("summary", { text: t("search.context") }),
          inContext(context, hit.lang),
        ),
      );
    }
    return item;
  }

  return {
    search: {
      show: () => null,
      rerender: view.render,
    },
  };
}

/** Copies the reply: the Clipboard API, else select the text and execCommand("copy"). */
async function copyReply(area, button) {
  const text = area.value;
  let ok = false;
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      ok = true;
    }
  } catch {
    ok = false;
  }
  if (!ok) {
    area.focus();
    area.select();
    try {
      ok = document.execCommand("copy");
    } catch {
      ok = false;
    }
    button.focus();
  }
  announce(ok ? t("search.copied") : t("search.copyFailed"));
  if (ok) {
    button.textContent = `${t("search.copied")} ✓`;
    setTimeout(() => {
      button.textContent = t("search.copy");
    }, 2000);
  }
}
