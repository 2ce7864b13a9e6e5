// Sanad staff console: the page's frame. Who is logged in, the language switch, logout and
// the sections (#search, #questions, #feedback, #dashboard, #faq, #history), one at a time.
import {
  $,
  api,
  onLangChange,
  setCsrf,
  setLang,
  showError,
  t,
  uiLang,
  wireLangToggle,
} from "./common.js";
import { initFaq } from "./faq.js";
import { initReports } from "./reports.js";
import { initSearch } from "./search.js";

const VIEWS = ["search", "questions", "feedback", "dashboard", "faq", "history"];

const ctx = {
  user: null,
  get editor() {
    return Boolean(this.user && this.user.role === "editor");
  },
  alert: $("#alert"),
  /** Shows `view` (a new entry in the browser's history) and moves focus to it. */
  go(view) {
    if (location.hash === `#${view}`) route(true);
    else location.hash = `#${view}`;
  },
  fail(error) {
    showError(ctx.alert, error);
  },
  clear() {
    showError(ctx.alert, null);
  },
};

const sections = {};

function current() {
  const name = location.hash.slice(1);
  return VIEWS.includes(name) ? name : "search";
}

function route(focus) {
  const view = current();
  ctx.clear();
  for (const name of VIEWS) {
    $(`#view-${name}`).hidden = name !== view;
  }
  for (const link of document.querySelectorAll("nav.tabs a")) {
    if (link.dataset.view === view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  const target = sections[view].show() || $(`#${view}-h`);
  if (focus && target) target.focus();
}

function showUser() {
  const label = $("#user-label");
  label.textContent = t("user.label", {
    name: ctx.user.username,
    role: t(`role.${ctx.user.role}`),
  });
  label.hidden = false;
}

async function init() {
  setLang(uiLang());
  wireLangToggle($("#lang-toggle"));
  $("#skip").addEventListener("click", (event) => {
    event.preventDefault();
    $("#main").focus();
  });
  $("#logout").addEventListener("click", async () => {
    try {
      await api("/console/api/logout", { method: "POST" });
    } catch (error) {
      if (error.status !== 401) {
        ctx.fail(error);
        return;
      }
    }
    location.assign("/console/login");
  });
  let me;
  try {
    me = await api("/console/api/me");
  } catch (error) {
    ctx.fail(error);
    return;
  }
  ctx.user = me.user;
  setCsrf(me.csrf_token);
  document.body.classList.add(`role-${ctx.user.role}`);
  showUser();
  Object.assign(sections, initSearch(ctx), initReports(ctx), initFaq(ctx));
  window.addEventListener("hashchange", () => route(true));
  route(false);
  // every section redraws its data in the new language
  onLangChange(() => {
    showUser();
    for (const section of Object.values(sections)) section.rerender();
  });
  document.body.classList.add("ready");
}

init();
