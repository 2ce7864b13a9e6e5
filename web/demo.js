// Sanad demo page: posts the question to /api/chat and shows the answer with its sources.
// Everything from the server is put in the page with textContent, never as HTML.
"use strict";

(function () {
  const form = document.getElementById("ask");
  const result = document.getElementById("result");
  const errorBox = document.getElementById("error");
  let sessionId = null;

  function show(id, text) {
    const el = document.getElementById(id);
    el.textContent = text || "";
    el.hidden = !text;
  }

  function listInto(id, items, render) {
    const list = document.getElementById(id);
    list.replaceChildren();
    for (const item of items) {
      const li = document.createElement("li");
      render(li, item);
      list.appendChild(li);
    }
  }

  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    errorBox.hidden = true;
    const body = { message: document.getElementById("message").value };
    const lang = document.getElementById("lang").value;
    if (lang) body.lang = lang;
    if (sessionId) body.session_id = sessionId;
    let data;
    try {
      const response = await fetch("/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      data = await response.json();
      if (!response.ok) {
        throw new Error(data.error ? data.error.message : "HTTP " + response.status);
      }
    } catch (err) {
      result.hidden = true;
      errorBox.textContent = String(err.message || err);
      errorBox.hidden = false;
      return;
    }
    sessionId = data.session_id;
    show("answer", data.answer);
    show("short", data.short_answer ? "» " + data.short_answer : "");
    show("confidence", "confiança / الثقة: " + data.confidence + " (" + data.confidence_band + ")");
    listInto("citations", data.citations, function (li, c) {
      const title = document.createElement(c.url ? "a" : "strong");
      title.textContent = "[" + c.n + "] " + c.title;
      if (c.url && /^https?:\/\//.test(c.url)) title.href = c.url;
      const quote = document.createElement("q");
      quote.textContent = c.text;
      quote.dir = "auto";
      li.append(title, document.createElement("br"), quote);
    });
    listInto("suggestions", data.suggestions, function (li, s) { li.textContent = s; });
    result.hidden = false;
  });
})();
