// The console's login page: POST /console/api/login, then on to the console (or `next`).
import { $, api, announce, setLang, showError, t, uiLang, wireLangToggle } from "./common.js";

/** Only console paths: never a redirect to another site. */
function target() {
  const next = new URLSearchParams(location.search).get("next") || "";
  return /^\/console(?:[/?#]|$)/.test(next) ? next : "/console";
}

function init() {
  setLang(uiLang());
  wireLangToggle($("#lang-toggle"));
  const form = $("#login-form");
  const error = $("#login-error");
  const submit = $("#login-submit");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const username = $("#username");
    const password = $("#password");
    for (const field of [username, password]) {
      if (field.value.trim()) field.removeAttribute("aria-invalid");
      else field.setAttribute("aria-invalid", "true");
    }
    const empty = [username, password].find((field) => !field.value.trim());
    if (empty) {
      empty.focus();
      return;
    }
    showError(error, null);
    submit.disabled = true;
    submit.textContent = t("login.busy");
    try {
      await api("/console/api/login", {
        method: "POST",
        body: { username: username.value.trim(), password: password.value },
        login: true,
      });
      announce(t("login.ok"));
      location.assign(target());
    } catch (err) {
      showError(error, err);
      password.value = "";
      password.focus();
    } finally {
      submit.disabled = false;
      submit.textContent = t("login.submit");
    }
  });
  // clear the invalid mark as soon as the field has something
  for (const field of form.querySelectorAll("input")) {
    field.addEventListener("input", () => {
      if (field.value.trim()) field.removeAttribute("aria-invalid");
    });
  }
}

init();
