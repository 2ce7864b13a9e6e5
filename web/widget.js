/*! Sanad chat widget. Embed: <script src="https://SANAD-HOST/widget.js" defer></script>
 * Script attributes: data-lang (ar|pt), data-position (left|right), data-title.
 * Theme: CSS custom properties (--sanad-accent, --sanad-accent-text, --sanad-bg, --sanad-text,
 * --sanad-muted, --sanad-bubble, --sanad-highlight, --sanad-font, --sanad-radius, --sanad-z)
 * on the page's sanad-chat element or :root. Plain JS: no framework, no build step, no globals
 * but the <sanad-chat> element; everything from people or the server goes in as text. */
(() => {
  "use strict";
  const script = document.currentScript;
  const SRC = (script && script.src) || location.href;
  const OPTS = script ? { ...script.dataset } : {};
  const LANGS = ["ar", "pt"];
  const T = {
    ar: {
      name: "سند", open: "افتح محادثة سند", close: "أغلق المحادثة", fresh: "محادثة جديدة",
      swap: "التبديل إلى البرتغالية", swapText: "PT", log: "المحادثة", input: "اكتب سؤالك",
      send: "أرسل", typing: "سند يكتب…", you: "أنت: ", bot: "سند: ",
      hello: "مرحبًا! اسألني عن المقالات وسأجيبك مع ذكر المصادر.",
      sources: "المصادر", source: "المصدر", faq: "الأسئلة الشائعة", chips: "أسئلة مقترحة",
      rate: "هل كانت الإجابة مفيدة؟", up: "إجابة مفيدة", down: "إجابة غير مفيدة",
      thanks: "شكرًا لتقييمك.", retry: "أعد المحاولة", back: "رجوع إلى المحادثة",
      article: "افتح المقال الأصلي", loading: "جارٍ التحميل…",
      net: "تعذّر الاتصال بسند. سؤالك محفوظ في الخانة؛ أعد المحاولة.",
      busy: "أسئلة كثيرة في وقت قصير. انتظر قليلًا ثم أعد المحاولة.",
      server: "حدث خطأ لدى سند. سؤالك محفوظ؛ أعد المحاولة.",
      ctxErr: "تعذّر تحميل سياق المصدر.", seconds: " (بعد {s} ث)",
    },
    pt: {
      name: "Sanad", open: "Abrir o chat do Sanad", close: "Fechar o chat", fresh: "Nova conversa",
      swap: "Mudar para árabe", swapText: "ع", log: "Conversa", input: "Digite sua pergunta",
      send: "Enviar", typing: "Sanad está digitando…", you: "Você: ", bot: "Sanad: ",
      hello: "Olá! Pergunte sobre os artigos; eu respondo citando as fontes.",
      sources: "Fontes", source: "Fonte", faq: "Perguntas frequentes", chips: "Perguntas sugeridas",
      rate: "A resposta ajudou?", up: "Resposta útil", down: "Resposta não útil",
      thanks: "Obrigado pela avaliação.", retry: "Tentar de novo", back: "Voltar à conversa",
      article: "Abrir o artigo original", loading: "Carregando…",
      net: "Não foi possível falar com o Sanad. Sua pergunta continua no campo; tente de novo.",
      busy: "Muitas perguntas em pouco tempo. Aguarde um pouco e tente de novo.",
      server: "O Sanad teve um problema. Sua pergunta continua no campo; tente de novo.",
      ctxErr: "Não foi possível carregar o contexto da fonte.", seconds: " (em {s} s)",
    },
  };
  const ICONS = {
    chat: "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z",
    close: "M6 6l12 12M18 6L6 18",
    fresh: "M12 5v14M5 12h14",
    send: "M4 12l16-8-6 16-2-7z",
    up: "M7 10v10H4V10zm2 10h8.5a2 2 0 0 0 2-1.6l1.3-6.4A2 2 0 0 0 18.8 9H14V5a2 2 0 0 0-2-2l-3 7z",
    back: "M15 5l-7 7 7 7",
  };
  const CSS = `
:host{all:initial}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
.root{--a:var(--sanad-accent,#0b57c2);--at:var(--sanad-accent-text,#fff);--bg:var(--sanad-bg,#fff);--fg:var(--sanad-text,#1b1f24);--mu:var(--sanad-muted,#55595f);--bu:var(--sanad-bubble,#eef1f5);--hl:var(--sanad-highlight,#ffe48a);--r:var(--sanad-radius,14px);font:15px/1.5 var(--sanad-font,system-ui,"Segoe UI",Tahoma,"Noto Sans Arabic","Noto Naskh Arabic",Arial,sans-serif);color:var(--fg)}
button,textarea{font:inherit;color:inherit;margin:0}
button{cursor:pointer;border:0;background:none;padding:0}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
svg{width:22px;height:22px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round;flex:none}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.launcher{position:fixed;bottom:20px;right:20px;z-index:var(--sanad-z,2147483000);width:58px;height:58px;border-radius:50%;background:var(--a);color:var(--at);display:grid;place-items:center;box-shadow:0 4px 14px #0004}
.launcher svg{width:28px;height:28px}
.left .launcher{right:auto;left:20px}
.panel{position:fixed;bottom:90px;right:20px;z-index:var(--sanad-z,2147483000);width:380px;max-width:calc(100vw - 40px);height:600px;max-height:calc(100vh - 110px);display:flex;flex-direction:column;background:var(--bg);color:var(--fg);border-radius:var(--r);box-shadow:0 8px 30px #0005;overflow:hidden}
.left .panel{right:auto;left:20px}
header{display:flex;align-items:center;gap:4px;padding:8px 8px 8px 16px;padding-inline:16px 8px;background:var(--a);color:var(--at)}
h2{flex:1;margin:0;font-size:17px;font-weight:700;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.tool{min-width:40px;height:40px;border-radius:8px;display:grid;place-items:center;font-weight:700;padding:0 8px}
.tool:hover{background:#fff3}
header :focus-visible{outline-color:var(--at);outline-offset:-3px}
.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:10px}
.msg{max-width:88%;padding:9px 12px;border-radius:var(--r);background:var(--bu);align-self:flex-start;overflow-wrap:anywhere;white-space:pre-wrap}
.me{align-self:flex-end;background:var(--a);color:var(--at)}
.msg p{margin:0}
.short{font-size:19px;font-weight:700;margin-bottom:4px!important}
.cites,.chips,.rate{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0 0;padding:0;list-style:none;white-space:normal}
.cite{display:flex;gap:4px;max-width:100%;padding:3px 8px;border-radius:8px;border:1px solid var(--a);color:var(--a);background:var(--bg);font-size:13px;text-align:start}
.cite span:last-child{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-width:220px}
.chip{padding:6px 10px;border-radius:16px;border:1px solid var(--a);color:var(--a);background:var(--bg);font-size:14px;text-align:start}
.chip:hover,.cite:hover{background:var(--a);color:var(--at)}
.rate{align-items:center;color:var(--mu);font-size:13px}
.rate button{width:34px;height:34px;border-radius:8px;display:grid;place-items:center;color:var(--mu)}
.rate button[aria-pressed=true]{background:var(--a);color:var(--at)}
.rate svg{width:18px;height:18px}
.down svg{transform:rotate(180deg)}
.typing{display:flex;gap:4px;padding:0 16px 6px;align-items:center}
.typing i{width:7px;height:7px;border-radius:50%;background:var(--mu);animation:b 1s infinite alternate}
.typing i:nth-child(2){animation-delay:.2s}.typing i:nth-child(3){animation-delay:.4s}
@keyframes b{to{opacity:.2;transform:translateY(-3px)}}
@media (prefers-reduced-motion:reduce){.typing i{animation:none}}
.err{margin:0 12px 8px;padding:8px 10px;border-radius:8px;background:#fdecea;color:#8a1111;display:flex;gap:8px;align-items:center;flex-wrap:wrap}
.err p{flex:1;margin:0;min-width:160px}
.err button{padding:5px 12px;border-radius:8px;background:#8a1111;color:#fff;font-weight:700}
form{display:flex;gap:8px;align-items:flex-end;padding:10px 12px;border-top:1px solid #d5d9de}
textarea{flex:1;resize:none;field-sizing:content;min-height:44px;max-height:130px;padding:10px 12px;border:1px solid #8a9099;border-radius:10px;background:var(--bg);color:var(--fg)}
textarea::placeholder{color:var(--mu)}
.send{width:44px;height:44px;border-radius:10px;background:var(--a);color:var(--at);display:grid;place-items:center}
[dir=rtl] .send svg,[dir=rtl] .src-head svg{transform:scaleX(-1)}
.src{position:absolute;inset:56px 0 0;background:var(--bg);display:flex;flex-direction:column;overflow-y:auto;padding:12px 16px}
.src-head{display:flex;gap:8px;align-items:center}
h3{margin:0;font-size:16px}
.src blockquote{margin:12px 0;line-height:1.8}
mark{background:var(--hl);color:#1b1f24;border-radius:3px;padding:0 2px}
.src a{color:var(--a);font-weight:600}
.note{color:var(--mu);font-size:13px;margin:0}
@media (max-width:479.98px){.panel,.left .panel{inset:0;width:100%;max-width:none;height:100%;max-height:none;border-radius:0}}
`;
  let sheet = null;
  const styles = () => {
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS);
    return sheet;
  };

  function h(tag, props, ...kids) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v == null || v === false) continue;
      if (k === "text") el.textContent = v;
      else el.setAttribute(k, v === true ? "" : v);
    }
    el.append(...kids.filter((k) => k != null));
    return el;
  }
  function icon(name) {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    const path = document.createElementNS(ns, "path");
    path.setAttribute("d", ICONS[name]);
    svg.append(path);
    return svg;
  }
  const pick = (value, fallback) => (LANGS.includes(value) ? value : fallback);
  const httpUrl = (url) => {
    try {
      const u = new URL(url);
      return /^https?:$/.test(u.protocol) ? u.href : null;
    } catch {
      return null;
    }
  };
  // What is kept of an answer in sessionStorage.
  const slim = (a) => ({
    answered: a.answered, answer: a.answer, short_answer: a.short_answer, lang: a.lang,
    answer_id: a.answer_id, session_id: a.session_id, suggestions: a.suggestions || [],
    citations: (a.citations || []).map((c) => ({
      n: c.n, kind: c.kind, title: c.title, lang: c.lang, sentence_id: c.sentence_id,
      text: c.text, url: c.url,
    })),
  });

  class SanadChat extends HTMLElement {
    static define(tag = "sanad-chat") {
      if (!customElements.get(tag)) {
        customElements.define(tag, tag === "sanad-chat" ? this : class extends this {});
      }
      return customElements.get(tag);
    }

    #els = {};
    #state = { sid: null, lang: null, open: false, msgs: [] };
    #listeners = null; // AbortController of this connection's listeners
    #requests = new Set(); // AbortControllers of requests in flight
    #timers = new Set();
    #busy = false;
    #gen = 0; // bumped by "new conversation" and removal: late answers are then dropped
    #failed = "";
    #contexts = new Map();
    #faq = new Map();
    #opener = null;

    get api() {
      return new URL("./api/", this.dataset.api || SRC).href;
    }
    get #storeKey() {
      return "sanad-chat:" + this.api;
    }
    get uiLang() {
      const page = (document.documentElement.lang || navigator.language || "").slice(0, 2);
      return pick(this.#state.lang, pick(this.dataset.lang, pick(page, "ar")));
    }
    get #t() {
      return T[this.uiLang];
    }

    connectedCallback() {
      this.#load();
      const root = this.shadowRoot || this.attachShadow({ mode: "open" });
      if ("adoptedStyleSheets" in root) root.adoptedStyleSheets = [styles()];
      const view = this.#build();
      if ("adoptedStyleSheets" in root) root.replaceChildren(view);
      else root.replaceChildren(h("style", { text: CSS }), view);
      this.#listen(root);
      this.#applyLang();
      if (this.#state.open) this.#show(false);
    }

    disconnectedCallback() {
      this.#gen++;
      this.#listeners?.abort();
      for (const request of this.#requests) request.abort();
      this.#requests.clear();
      for (const timer of this.#timers) clearTimeout(timer);
      this.#timers.clear();
      this.#busy = false;
    }

    // --- state ------------------------------------------------------------------------------
    #load() {
      try {
        const saved = JSON.parse(sessionStorage.getItem(this.#storeKey) || "null");
        if (saved && Array.isArray(saved.msgs)) this.#state = { ...this.#state, ...saved };
      } catch {
        /* storage disabled or corrupt: start afresh */
      }
    }
    #save() {
      try {
        this.#state.msgs = this.#state.msgs.slice(-60);
        sessionStorage.setItem(this.#storeKey, JSON.stringify(this.#state));
      } catch {
        /* the conversation just won't survive navigation */
      }
    }

    // --- view -------------------------------------------------------------------------------
    #build() {
      const e = this.#els;
      e.launcher = h("button", { class: "launcher", "aria-expanded": "false",
        "aria-controls": "sanad-panel", "data-ta": "open", "data-act": "toggle" }, icon("chat"));
      e.title = h("h2", { id: "sanad-title" });
      e.swap = h("button", { class: "tool", "data-act": "lang", "data-ta": "swap" });
      e.log = h("div", { class: "log", role: "log", "aria-live": "polite", "data-ta": "log",
        tabindex: "0" });
      e.typing = h("div", { class: "typing", role: "status", hidden: true },
        h("i"), h("i"), h("i"), h("span", { class: "sr", "data-t": "typing" }));
      e.errText = h("p");
      e.err = h("div", { class: "err", role: "alert", hidden: true }, e.errText,
        h("button", { type: "button", "data-act": "retry", "data-t": "retry" }));
      e.input = h("textarea", { id: "sanad-input", rows: "1", dir: "auto", maxlength: "1000",
        "data-tp": "input", autocomplete: "off" });
      e.form = h("form", { novalidate: true },
        h("label", { class: "sr", for: "sanad-input", "data-t": "input" }), e.input,
        h("button", { class: "send", type: "submit", "data-ta": "send" }, icon("send")));
      e.srcTitle = h("h3", { id: "sanad-src-title", tabindex: "-1", dir: "auto" });
      e.srcBody = h("div");
      e.src = h("section", { class: "src", hidden: true, "aria-labelledby": "sanad-src-title" },
        h("div", { class: "src-head" },
          h("button", { class: "tool", "data-act": "back", "data-ta": "back" }, icon("back")),
          e.srcTitle),
        e.srcBody);
      e.panel = h("section", { class: "panel", id: "sanad-panel", role: "dialog",
        "aria-labelledby": "sanad-title", hidden: true },
        h("header", null, e.title, e.swap,
          h("button", { class: "tool", "data-act": "new", "data-ta": "fresh" }, icon("fresh")),
          h("button", { class: "tool", "data-act": "close", "data-ta": "close" }, icon("close"))),
        e.log, e.src, e.typing, e.err, e.form);
      this.#renderLog();
      e.root = h("div", { class: "root" }, e.launcher, e.panel);
      return e.root;
    }

    #renderLog() {
      const log = this.#els.log;
      log.replaceChildren(this.#welcome());
      this.#state.msgs.forEach((m, i) => log.append(this.#message(m, i)));
    }

    #welcome() {
      const chips = h("div", { class: "chips", role: "group", "data-ta": "chips" });
      this.#els.starters = chips;
      return h("div", { class: "msg bot", "data-dir": "" }, h("p", { "data-t": "hello" }), chips);
    }

    #who(key) {
      return h("span", { class: "sr", "data-t": key, "data-dir": "" });
    }

    #message(m, i) {
      if (m.me) return h("div", { class: "msg me", dir: "auto" }, this.#who("you"), m.text);
      const a = m.a;
      const el = h("div", { class: "msg bot answer", dir: "auto", lang: a.lang },
        this.#who("bot"));
      if (a.short_answer) el.append(h("p", { class: "short", text: a.short_answer }));
      el.append(h("p", { class: "text", text: a.answer }));
      if (a.citations.length) {
        el.append(h("ol", { class: "cites", "data-ta": "sources" },
          ...a.citations.map((c) => h("li", null,
            h("button", { class: "cite", type: "button", "data-act": "cite", "data-i": i,
              "data-n": c.n, title: c.text },
              h("span", { text: `[${c.n}]` }), h("span", { text: c.title }))))));
      }
      if (a.suggestions.length) el.append(this.#chips(a.suggestions));
      if (a.answer_id) {
        const rate = h("div", { class: "rate", role: "group", "data-ta": "rate" });
        for (const [v, cls] of [[true, "up"], [false, "down"]]) {
          rate.append(h("button", { type: "button", class: cls, "data-act": "rate", "data-i": i,
            "data-v": String(v), "data-ta": cls, "aria-pressed": String(m.fb === v) }, icon("up")));
        }
        rate.append(h("span", { class: "thanks", "data-t": "thanks", hidden: m.fb == null }));
        el.append(rate);
      }
      return el;
    }

    #chips(questions, box) {
      box = box || h("div", { class: "chips", role: "group", "data-ta": "chips" });
      box.replaceChildren(...questions.map((q) =>
        h("button", { class: "chip", type: "button", "data-act": "ask", dir: "auto", text: q })));
      return box;
    }

    #applyLang() {
      const t = this.#t;
      const lang = this.uiLang;
      const dir = lang === "ar" ? "rtl" : "ltr";
      const e = this.#els;
      for (const el of [e.panel, e.launcher]) {
        el.lang = lang;
        el.dir = dir;
      }
      const position = this.dataset.position || (lang === "ar" ? "left" : "right");
      e.root.className = "root " + (position === "left" ? "left" : "right");
      e.title.textContent = this.dataset.title || t.name;
      e.swap.textContent = t.swapText;
      const root = this.shadowRoot;
      for (const el of root.querySelectorAll("[data-t]")) el.textContent = t[el.dataset.t];
      for (const el of root.querySelectorAll("[data-ta]")) {
        el.setAttribute("aria-label", t[el.dataset.ta]);
      }
      for (const el of root.querySelectorAll("[data-tp]")) el.placeholder = t[el.dataset.tp];
      for (const el of root.querySelectorAll("[data-dir]")) {
        el.dir = dir;
        el.lang = lang;
      }
      if (this.#errKey) this.#error(this.#errKey, this.#errWait);
      if (!e.panel.hidden) this.#starters();
    }

    // --- events -----------------------------------------------------------------------------
    #listen(root) {
      this.#listeners?.abort();
      this.#listeners = new AbortController();
      const signal = this.#listeners.signal;
      root.addEventListener("click", (ev) => this.#click(ev), { signal });
      root.addEventListener("keydown", (ev) => this.#key(ev), { signal });
      this.#els.form.addEventListener("submit", (ev) => {
        ev.preventDefault();
        this.#submit();
      }, { signal });
    }

    #click(ev) {
      const button = ev.target.closest("[data-act]");
      if (!button) return;
      const act = button.dataset.act;
      if (act === "toggle") this.#els.panel.hidden ? this.#show(true) : this.#hide();
      else if (act === "close") this.#hide();
      else if (act === "lang") this.#setLang(this.uiLang === "ar" ? "pt" : "ar");
      else if (act === "new") this.#reset();
      else if (act === "ask") this.#send(button.textContent);
      else if (act === "retry") this.#submit(true);
      else if (act === "cite") this.#openSource(button);
      else if (act === "back") this.#closeSource();
      else if (act === "rate") this.#rate(button);
    }

    #key(ev) {
      if (ev.key === "Escape") {
        if (!this.#els.src.hidden) this.#closeSource();
        else if (!this.#els.panel.hidden) this.#hide();
        else return;
        ev.preventDefault();
        ev.stopPropagation();
      } else if (ev.key === "Enter" && ev.target === this.#els.input && !ev.shiftKey &&
                 !ev.isComposing) {
        ev.preventDefault();
        this.#submit();
      }
    }

    #show(focus) {
      const e = this.#els;
      e.panel.hidden = false;
      e.launcher.setAttribute("aria-expanded", "true");
      this.#state.open = true;
      this.#save();
      this.#starters();
      this.#scroll();
      if (focus) e.input.focus();
    }

    #hide() {
      const e = this.#els;
      this.#closeSource(false);
      e.panel.hidden = true;
      e.launcher.setAttribute("aria-expanded", "false");
      this.#state.open = false;
      this.#save();
      e.launcher.focus();
    }

    #setLang(lang) {
      this.#state.lang = lang;
      this.#save();
      this.#applyLang();
    }

    #reset() {
      this.#gen++;
      for (const request of this.#requests) request.abort();
      this.#state = { ...this.#state, sid: null, msgs: [] };
      this.#save();
      this.#hideError();
      this.#closeSource(false);
      this.#renderLog();
      this.#applyLang();
      this.#els.input.focus();
    }

    #scroll() {
      const log = this.#els.log;
      log.scrollTop = log.scrollHeight;
    }

    // --- network ----------------------------------------------------------------------------
    async #fetch(path, init) {
      const ctrl = new AbortController();
      this.#requests.add(ctrl);
      const timer = setTimeout(() => ctrl.abort(), 20000);
      this.#timers.add(timer);
      try {
        const res = await fetch(this.api + path, { credentials: "omit", ...init,
          signal: ctrl.signal });
        if (!res.ok) {
          const err = new Error("HTTP " + res.status);
          err.status = res.status;
          err.wait = parseInt(res.headers.get("Retry-After"), 10) || 0;
          throw err;
        }
        return await res.json();
      } finally {
        clearTimeout(timer);
        this.#timers.delete(timer);
        this.#requests.delete(ctrl);
      }
    }

    async #starters() {
      const lang = this.uiLang;
      if (this.#state.msgs.length || !this.#els.starters) return;
      try {
        if (!this.#faq.has(lang)) {
          const data = await this.#fetch("faq?lang=" + lang);
          this.#faq.set(lang, data.entries.slice(0, 3).map((x) => x.question));
        }
        if (lang === this.uiLang) this.#chips(this.#faq.get(lang), this.#els.starters);
      } catch {
        /* starters are a nicety */
      }
    }

    #submit(retry) {
      const text = this.#els.input.value.trim() || (retry ? this.#failed : "");
      if (text) this.#send(text);
    }

    async #send(text) {
      if (this.#busy || !text.trim()) return;
      const e = this.#els;
      const gen = this.#gen;
      this.#busy = true;
      this.#hideError();
      const mine = { me: true, text };
      const bubble = this.#message(mine);
      e.log.append(bubble);
      this.#applyLabels(bubble);
      if (e.input.value.trim() === text) e.input.value = "";
      e.typing.hidden = false;
      this.#scroll();
      const body = { message: text };
      if (this.#state.sid) body.session_id = this.#state.sid;
      try {
        const answer = slim(await this.#fetch("chat", { method: "POST",
          headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }));
        if (gen !== this.#gen) return;
        this.#state.sid = answer.session_id;
        const i = this.#state.msgs.push(mine, { a: answer, fb: null }) - 1;
        this.#save();
        const reply = this.#message(this.#state.msgs[i], i);
        e.log.append(reply);
        this.#applyLabels(reply);
        this.#failed = "";
      } catch (err) {
        if (gen !== this.#gen) return;
        bubble.remove();
        this.#failed = text;
        const typed = e.input.value;
        if (!typed.includes(text)) e.input.value = typed.trim() ? text + "\n" + typed : text;
        this.#error(err.status === 429 ? "busy" : err.status ? "server" : "net", err.wait);
      } finally {
        this.#busy = false;
        e.typing.hidden = true;
        this.#scroll();
      }
    }

    #applyLabels(el) {
      const t = this.#t;
      const dir = this.uiLang === "ar" ? "rtl" : "ltr";
      for (const x of el.querySelectorAll("[data-t]")) x.textContent = t[x.dataset.t];
      for (const x of el.querySelectorAll("[data-ta]")) x.setAttribute("aria-label", t[x.dataset.ta]);
      for (const x of el.querySelectorAll("[data-dir]")) {
        x.dir = dir;
        x.lang = this.uiLang;
      }
      if (el.matches("[data-ta]")) el.setAttribute("aria-label", t[el.dataset.ta]);
    }

    #errKey = null;
    #errWait = 0;
    #error(key, wait) {
      this.#errKey = key;
      this.#errWait = wait || 0;
      const t = this.#t;
      this.#els.errText.textContent = t[key] + (wait ? t.seconds.replace("{s}", wait) : "");
      this.#els.err.hidden = false;
    }
    #hideError() {
      this.#errKey = null;
      this.#els.err.hidden = true;
    }

    async #rate(button) {
      const i = Number(button.dataset.i);
      const m = this.#state.msgs[i];
      if (!m || !m.a) return;
      const helpful = button.dataset.v === "true";
      const group = button.parentElement;
      const previous = m.fb;
      const mark = (v) => {
        for (const b of group.querySelectorAll("button")) {
          b.setAttribute("aria-pressed", String(v === (b.dataset.v === "true")));
        }
        group.querySelector(".thanks").hidden = v == null;
      };
      m.fb = helpful;
      mark(helpful);
      try {
        await this.#fetch("feedback", { method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ session_id: m.a.session_id || this.#state.sid,
            answer_id: m.a.answer_id, helpful }) });
        this.#save();
      } catch {
        if (!this.isConnected) return;
        m.fb = previous;
        mark(previous);
      }
    }

    // --- sources ----------------------------------------------------------------------------
    async #openSource(button) {
      const m = this.#state.msgs[Number(button.dataset.i)];
      const c = m && m.a.citations.find((x) => String(x.n) === button.dataset.n);
      if (!c) return;
      const e = this.#els;
      const t = this.#t;
      this.#opener = button;
      e.src.lang = c.lang;
      e.srcTitle.textContent = c.title;
      e.srcBody.replaceChildren(h("p", { class: "note", text: t.loading }));
      e.src.hidden = false;
      e.srcTitle.focus();
      if (c.kind !== "article") {
        return this.#showSource(c, { title: c.title, url: c.url, faq: true,
          sentences: [{ text: c.text, cited: true }] });
      }
      try {
        let data = this.#contexts.get(c.sentence_id);
        if (!data) {
          data = await this.#fetch("context/" + encodeURIComponent(c.sentence_id) +
            "?before=2&after=2");
          this.#contexts.set(c.sentence_id, data);
        }
        if (this.#opener === button) this.#showSource(c, data);
      } catch {
        if (this.#opener === button) {
          e.srcBody.replaceChildren(h("p", { class: "note", text: t.ctxErr }));
        }
      }
    }

    #showSource(c, data) {
      const t = this.#t;
      const e = this.#els;
      e.srcTitle.textContent = data.title;
      const quote = h("blockquote", { dir: "auto", lang: c.lang });
      data.sentences.forEach((s, k) => {
        if (k) quote.append(" ");
        quote.append(s.cited ? h("mark", { text: s.text }) : s.text);
      });
      const note = h("p", { class: "note", text: `${t.source} ${c.n}` +
        (data.faq ? ` · ${t.faq}` : "") });
      const url = data.url && httpUrl(data.url);
      e.srcBody.replaceChildren(note, quote, url ? h("a", { href: url, target: "_blank",
        rel: "noopener noreferrer", text: t.article }) : null);
    }

    #closeSource(focus = true) {
      const e = this.#els;
      if (e.src.hidden) return;
      e.src.hidden = true;
      const opener = this.#opener;
      this.#opener = null;
      if (focus && opener && opener.isConnected) opener.focus();
    }
  }

  const configure = (el) => {
    for (const k of ["lang", "position", "title", "api"]) {
      if (OPTS[k] && !el.dataset[k]) el.dataset[k] = OPTS[k];
    }
    return el;
  };
  const placed = document.querySelector("sanad-chat");
  if (placed) configure(placed); // the page placed the element itself: give it our options
  const Chat = SanadChat.define();
  const mount = () => {
    if (!document.querySelector("sanad-chat")) document.body.append(configure(new Chat()));
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mount, { once: true });
  } else mount();
})();
