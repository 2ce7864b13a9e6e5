// What visitors asked: the questions Sanad could not answer (or answered with low confidence),
// the answers they marked unhelpful, and the dashboard's charts (inline SVG built with DOM
// calls, each with an accessible summary and its data as a table).
import {
  $,
  announce,
  api,
  fmtDate,
  fmtNum,
  h,
  langName,
  loader,
  nextId,
  s,
  t,
  uiLang,
} from "./common.js";

/** A table with a caption, in a focusable region that scrolls sideways on narrow screens. */
export function table(caption, headers, rows) {
  const captionId = nextId("caption");
  const head = h("tr", {}, headers.map((text) => h("th", { scope: "col", text })));
  return h(
    "div",
    { class: "table-wrap", role: "region", tabindex: "0", "aria-labelledby": captionId },
    h(
      "table",
      {},
      h("caption", { id: captionId, text: caption }),
      h("thead", {}, head),
      h("tbody", {}, rows),
    ),
  );
}

function formValues(form) {
  const values = {};
  for (const [key, value] of new FormData(form)) values[key] = String(value).trim();
  return values;
}

export function initReports(ctx) {
  return {
    questions: questionsSection(ctx),
    feedback: feedbackSection(ctx),
    dashboard: dashboardSection(ctx),
  };
}

// --- questions visitors asked ----------------------------------------------------------------

function questionsSection(ctx) {
  const form = $("#questions-form");
  const results = $("#questions-results");
  const view = loader({
    ctx,
    results,
    form,
    request: async () => (await api("/console/api/questions", { query: formValues(form) })).groups || [],
    draw,
    empty: "questions.empty",
    done: (groups) => announce(t("questions.loaded", { n: groups.length })),
  });

  function draw(groups) {
    const headers = [
      t("questions.question"),
      t("questions.lang"),
      t("questions.count"),
      t("questions.first"),
      t("questions.last"),
      t("questions.answered"),
      t("questions.confidence"),
    ];
    if (ctx.editor) headers.push(t("questions.actions"));
    const rows = groups.map((group) => {
      const variants = (group.variants || []).filter((v) => v && v !== group.question);
      const question = h("td", { class: "question" });
      question.append(h("span", { dir: "auto", lang: group.lang, text: group.question || "" }));
      if (variants.length) {
        question.append(
          h(
            "details",
            {},
            h("summary", { text: t("questions.variants", { n: variants.length }) }),
            h(
              "ul",
              { class: "variants" },
              variants.map((v) => h("li", { dir: "auto", lang: group.lang, text: v })),
            ),
          ),
        );
      }
      const row = h(
        "tr",
        {},
        question,
        h("td", { text: langName(group.lang) }),
        h("td", { class: "num", text: String(group.count ?? "") }),
        h("td", { text: fmtDate(group.first_seen) }),
        h("td", { text: fmtDate(group.last_seen) }),
        h("td", { text: group.answered ? t("yes") : t("no") }),
        h("td", { class: "num", text: fmtNum(group.avg_confidence) }),
      );
      if (ctx.editor) {
        row.append(
          h(
            "td",
            {},
            h("button", {
              type: "button",
              class: "small",
              text: t("questions.create"),
              "aria-label": `${t("questions.create")}: ${group.question || ""}`,
              on: {
                click: () =>
                  ctx.newFaq({
                    lang: group.lang,
                    question: group.question || "",
                    alternates: variants,
                  }),
              },
            }),
          ),
        );
      }
      return row;
    });
    results.append(table(t("questions.caption", { n: groups.length }), headers, rows));
  }

  return {
    show() {
      view.load();
      return null;
    },
    rerender: view.render,
  };
}

// --- unhelpful answers -----------------------------------------------------------------------

function feedbackSection(ctx) {
  const form = $("#feedback-form");
  const results = $("#feedback-results");
  const view = loader({
    ctx,
    results,
    form,
    request: async () => (await api("/console/api/feedback", { query: formValues(form) })).items || [],
    draw,
    empty: "feedback.empty",
    done: (items) => announce(t("feedback.loaded", { n: items.length })),
  });

  function draw(items) {
    const headers = [
      t("feedback.date"),
      t("questions.lang"),
      t("feedback.question"),
      t("feedback.answer"),
      t("feedback.comment"),
    ];
    const rows = items.map((item) => {
      const answer = h("td", { class: "answer" });
      if (item.short_answer) {
        answer.append(h("strong", { dir: "auto", lang: item.lang, text: item.short_answer }));
      }
      answer.append(h("p", { dir: "auto", lang: item.lang, text: item.answer || t("none") }));
      if (item.confidence !== null && item.confidence !== undefined) {
        answer.append(
          h("span", { class: "note", text: `${t("search.confidence")}: ${fmtNum(item.confidence)}` }),
        );
      }
      return h(
        "tr",
        {},
        h("td", { text: fmtDate(item.created_at) }),
        h("td", { text: langName(item.lang) }),
        h("td", { class: "question", dir: "auto", lang: item.lang, text: item.question || t("none") }),
        answer,
        h("td", { dir: "auto", text: item.comment || t("none") }),
      );
    });
    results.append(table(t("feedback.caption", { n: items.length }), headers, rows));
  }

  return {
    show() {
      view.load();
      return null;
    },
    rerender: view.render,
  };
}

// --- dashboard -------------------------------------------------------------------------------

function niceStep(max, ticks = 4) {
  const raw = Math.max(max / ticks, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((v) => v >= raw);
  return Math.max(1, Math.round(step));
}

function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function chartSection(title, summary, svg, extra, dataTable) {
  const id = nextId("chart");
  const section = h("section", { class: "card chart", "aria-labelledby": id });
  section.append(h("h3", { id, text: title }));
  if (svg) {
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", summary);
    section.append(svg);
  } else section.append(h("p", { class: "note", text: summary }));
  if (extra) section.append(extra);
  if (dataTable) section.append(h("details", {}, h("summary", { text: t("dash.table") }), dataTable));
  return section;
}

function dayChart(days, W) {
  const rtl = uiLang() === "ar";
  const height = 240;
  const pad = { top: 12, bottom: 36, side: 44, end: 24 };
  const plotW = W - pad.side - pad.end;
  const plotH = height - pad.top - pad.bottom;
  const max = Math.max(1, ...days.map((d) => (d.ar || 0) + (d.pt || 0)));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const X = (x, w = 0) => (rtl ? W - x - w : x);
  const Y = (v) => pad.top + plotH - (v / top) * plotH;
  const svg = s("svg", {
    viewBox: `0 0 ${W} ${height}`,
    class: "svg-chart",
    preserveAspectRatio: "xMidYMid meet",
  });
  for (let v = 0; v <= top; v += step) {
    svg.append(
      s("line", { x1: X(pad.side), x2: X(W - pad.end), y1: Y(v), y2: Y(v), class: "grid" }),
      s("text", {
        x: rtl ? W - pad.side + 6 : pad.side - 6,
        y: Y(v) + 4,
        "text-anchor": rtl ? "start" : "end",
        direction: "ltr",
        class: "tick",
        text: String(v),
      }),
    );
  }
  const band = plotW / Math.max(days.length, 1);
  const barW = Math.max(2, band * 0.7);
  const every = Math.max(1, Math.ceil(days.length / Math.max(1, Math.floor(plotW / 64))));
  days.forEach((day, i) => {
    const x = pad.side + i * band + (band - barW) / 2;
    let base = 0;
    for (const lang of ["ar", "pt"]) {
      const value = day[lang] || 0;
      if (value > 0) {
        svg.append(
          s(
            "rect",
            {
              x: X(x, barW),
              width: barW,
              y: Y(base + value),
              height: Y(base) - Y(base + value),
              class: `bar bar-${lang}`,
            },
            s("title", { text: `${day.date}: ${value} (${langName(lang)})` }),
          ),
        );
      }
      base += value;
    }
    if ((days.length - 1 - i) % every === 0) {
      svg.append(
        s("text", {
          x: X(x + barW / 2),
          y: height - pad.bottom + 18,
          "text-anchor": "middle",
          direction: "ltr",
          class: "tick",
          text: String(day.date || "").slice(5),
        }),
      );
    }
  });
  svg.append(
    s("line", {
      x1: X(pad.side),
      x2: X(W - pad.end),
      y1: Y(0),
      y2: Y(0),
      class: "axis",
    }),
  );
  return svg;
}

function rateChart(rate, W) {
  const height = 44;
  const rtl = uiLang() === "ar";
  const width = Math.max(0, Math.min(1, rate || 0)) * W;
  const svg = s("svg", { viewBox: `0 0 ${W} ${height}`, class: "svg-chart rate" });
  svg.append(
    s("rect", { x: 0, y: 6, width: W, height: 32, rx: 6, class: "track" }),
    s("rect", { x: rtl ? W - width : 0, y: 6, width, height: 32, rx: 6, class: "bar bar-answered" }),
  );
  return svg;
}

function topChart(top, W) {
  const rtl = uiLang() === "ar";
  const row = 46;
  const height = top.length * row + 4;
  const max = Math.max(1, ...top.map((q) => q.count || 0));
  const room = W - 56;
  const svg = s("svg", { viewBox: `0 0 ${W} ${height}`, class: "svg-chart top" });
  const chars = Math.max(20, Math.floor(W / 8));
  top.forEach((q, i) => {
    const y = i * row;
    const width = Math.max(2, ((q.count || 0) / max) * room);
    // each question in its own direction, lined up on the side the UI reads from
    const textRtl = q.lang === "ar";
    svg.append(
      s(
        "text",
        {
          x: rtl ? W : 0,
          y: y + 15,
          "text-anchor": textRtl === rtl ? "start" : "end",
          direction: textRtl ? "rtl" : "ltr",
          class: "label",
          text: truncate(q.question || "", chars),
        },
        s("title", { text: q.question || "" }),
      ),
      s("rect", { x: rtl ? W - width : 0, y: y + 22, width, height: 16, rx: 3, class: "bar bar-top" }),
      s("text", {
        x: rtl ? W - width - 6 : width + 6,
        y: y + 35,
        "text-anchor": rtl ? "end" : "start",
        direction: "ltr",
        class: "tick",
        text: String(q.count || 0),
      }),
    );
  });
  return svg;
}

function legend() {
  return h(
    "ul",
    { class: "legend" },
    ["ar", "pt"].map((lang) =>
      h("li", {}, h("span", { class: `swatch bar-${lang}`, "aria-hidden": "true" }), langName(lang)),
    ),
  );
}

function dashboardSection(ctx) {
  const form = $("#dashboard-form");
  const select = $("#dashboard-days");
  const results = $("#dashboard-results");
  const view = loader({
    ctx,
    results,
    form,
    request: async () => {
      const days = Number(select.value) || 30;
      return { stats: await api("/console/api/stats", { query: { days } }), days };
    },
    draw,
    done: () => announce(t("dash.loaded")),
  });

  function labelOptions() {
    for (const option of select.options) option.textContent = t("dash.daysN", { n: option.value });
  }
  labelOptions();

  function render() {
    labelOptions();
    view.render();
  }

  let resized = null;
  window.addEventListener("resize", () => {
    clearTimeout(resized);
    resized = setTimeout(() => {
      if (view.value && !$("#view-dashboard").hidden) render();
    }, 150);
  });

  function draw({ stats, days }) {
    // drawn at the size shown, so the text in the charts stays at its real size
    const W = Math.max(260, Math.floor(results.clientWidth - 40));
    const perDay = stats.days || [];
    const sum = (key) => perDay.reduce((n, d) => n + (d[key] || 0), 0);
    const total = perDay.reduce((n, d) => n + (d.total ?? (d.ar || 0) + (d.pt || 0)), 0);
    const busiest = perDay.reduce((a, d) => ((d.total || 0) > (a ? a.total || 0 : -1) ? d : a), null);

    const dayRows = perDay.map((d) =>
      h(
        "tr",
        {},
        h("th", { scope: "row", text: d.date }),
        h("td", { class: "num", text: String(d.ar || 0) }),
        h("td", { class: "num", text: String(d.pt || 0) }),
        h("td", { class: "num", text: String(d.total || 0) }),
        h("td", { class: "num", text: String(d.answered || 0) }),
      ),
    );
    const dayTable = table(
      t("dash.perDay"),
      [t("dash.date"), langName("ar"), langName("pt"), t("dash.total"), t("dash.answered")],
      dayRows,
    );
    const daySummary = total
      ? t("dash.perDaySummary", {
          n: days,
          total,
          ar: sum("ar"),
          pt: sum("pt"),
          day: busiest ? busiest.date : "",
          max: busiest ? busiest.total : 0,
        })
      : t("dash.perDayEmpty", { n: days });
    results.append(
      chartSection(t("dash.perDay"), daySummary, total ? dayChart(perDay, W) : null, legend(), dayTable),
    );

    const rate = Number(stats.answered_rate || 0);
    const percent = Math.round(rate * 100);
    const rateSummary = t("dash.rateSummary", { p: percent, total: stats.total ?? total });
    results.append(
      chartSection(
        t("dash.rate"),
        rateSummary,
        rateChart(rate, W),
        h("p", { class: "big", "aria-hidden": "true", text: `${percent}%` }),
        null,
      ),
    );

    const top = stats.top_questions || [];
    const topSummary = top.length
      ? t("dash.topSummary", {
          list: top
            .slice(0, 5)
            .map((q) => `${q.question} (${q.count})`)
            .join("; "),
        })
      : t("dash.topEmpty");
    const topTable = table(
      t("dash.top"),
      [t("questions.question"), t("questions.lang"), t("dash.count")],
      top.map((q) =>
        h(
          "tr",
          {},
          h("td", { dir: "auto", lang: q.lang, text: q.question || "" }),
          h("td", { text: langName(q.lang) }),
          h("td", { class: "num", text: String(q.count || 0) }),
        ),
      ),
    );
    results.append(
      chartSection(t("dash.top"), topSummary, top.length ? topChart(top, W) : null, null, top.length ? topTable : null),
    );
  }

  return {
    show() {
      view.load();
      return null;
    },
    rerender: render,
  };
}
