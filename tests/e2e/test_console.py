"""The support-staff console (/console) in a real browser (Chromium), against the real server.

Accounts come from ``sanad users create`` (the ``console_users`` fixture). Tests that change
the FAQ put it back afterwards (``faq_restore``): the widget's tests share the server.
"""

from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.request
import uuid

import pytest
from e2e_support import PHONE, save_screenshot

pytest.importorskip("playwright.sync_api")
from playwright.sync_api import expect

WIDE = {"width": 1280, "height": 800}
PT_AMOUNT = "quanto foi roubado?"
AR_AMOUNT = "كم سرق القراصنة؟"
METHODS = ("pt-hacker-methods", "Quais são os principais métodos dos hackers norte-coreanos?")
EXCHANGES = ("pt-which-exchanges", "De quais corretoras as criptomoedas foram roubadas?")
XSS = "<img src=x onerror=alert(1)>"
PROPAGATION = 2.0  # seconds: an edit must reach the bot's answers within this


# --- HTTP helpers (outside the browser) -----------------------------------------------------------


def http(url: str, method: str = "GET", body=None, headers=None):
    """(status, headers, JSON body or None)."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            raw = response.read()
            return response.status, response.headers, json.loads(raw) if raw else None
    except urllib.error.HTTPError as error:
        raw = error.read()
        return error.code, error.headers, json.loads(raw) if raw else None


def chat(server: str, message: str) -> dict:
    status, _, body = http(f"{server}/api/chat", "POST", {"message": message})
    assert status == 200, body
    return body


class ConsoleApi:
    """The console API as one logged-in editor, for setting up and cleaning up."""

    def __init__(self, server: str, username: str, password: str):
        self.server = server
        status, headers, body = http(
            f"{server}/console/api/login", "POST", {"username": username, "password": password}
        )
        assert status == 200, body
        cookie = headers["Set-Cookie"].split(";", 1)[0]
        self.headers = {"Cookie": cookie, "X-CSRF-Token": body["csrf_token"]}

    def call(self, method: str, path: str, body=None):
        status, _, data = http(f"{self.server}{path}", method, body, self.headers)
        return status, data

    def entry(self, entry_id: str) -> dict:
        status, data = self.call("GET", f"/console/api/faq/{entry_id}")
        assert status == 200, data
        return data


def _content(entry: dict) -> dict:
    return {
        "question": entry["question"],
        "alternates": entry["alternates"],
        "answer": entry["answer"],
        "supports": [s["sentence_id"] for s in entry["supports"]],
    }


@pytest.fixture
def admin(server, console_users):
    return ConsoleApi(server, *console_users["editor"])


@pytest.fixture
def faq_restore(admin):
    """``keep(entry_id)`` before changing an entry, ``created(entry_id)`` after making one:
    afterwards the kept entries get their content back and the created ones go."""
    kept: dict[str, dict] = {}
    made: list[str] = []

    class Restore:
        @staticmethod
        def keep(entry_id: str) -> dict:
            entry = admin.entry(entry_id)
            kept.setdefault(entry_id, _content(entry))
            return entry

        @staticmethod
        def created(entry_id: str) -> None:
            made.append(entry_id)

    yield Restore
    for entry_id, content in kept.items():
        status, current = admin.call("GET", f"/console/api/faq/{entry_id}")
        if status == 200 and _content(current) != content:
            status, body = admin.call(
                "PUT", f"/console/api/faq/{entry_id}", {**content, "version": current["version"]}
            )
            assert status == 200, body
    for entry_id in made:
        status, current = admin.call("GET", f"/console/api/faq/{entry_id}")
        if status == 200:
            admin.call("DELETE", f"/console/api/faq/{entry_id}?version={current['version']}")


# --- the console, by what staff see ---------------------------------------------------------------


class Console:
    def __init__(self, page):
        self.page = page
        self.status = page.locator("#status")
        self.alert = page.locator("#alert")
        self.search_box = page.get_by_label("Pergunta (em árabe ou português)")
        self.best = page.locator("#search-results .best")
        self.editor = page.locator("#faq-editor")
        self.conflict = page.locator("#conflict-dialog")

    def login(self, username: str, password: str):
        self.page.goto("/console/login")
        self.page.get_by_label("Usuário").fill(username)
        self.page.get_by_label("Senha").fill(password)
        self.page.get_by_role("button", name="Entrar").click()
        expect(self.page).to_have_url(re.compile(r"/console$"))
        expect(self.page.locator("#user-label")).to_contain_text(username)
        return self

    def nav(self, name: str):
        self.page.get_by_role("navigation").get_by_role("link", name=name, exact=True).click()
        link = self.page.get_by_role("navigation").get_by_role("link", name=name, exact=True)
        expect(link).to_have_attribute("aria-current", "page")

    def search(self, text: str):
        self.search_box.fill(text)
        self.search_box.press("Enter")
        expect(self.best).to_be_visible()
        return self.best

    def entry(self, question: str):
        return self.page.locator("#faq-list .entry").filter(
            has=self.page.get_by_role("heading", name=question, exact=True)
        )

    def edit(self, question: str):
        self.page.get_by_role("button", name=f"Editar: {question}", exact=True).click()
        expect(self.editor).to_be_visible()
        expect(self.page.get_by_label("Pergunta", exact=True)).to_have_value(question)

    def no_page_errors(self):
        assert self.page.errors == []
        assert self.page.evaluate("window.__sanadE2E.violations") == []


@pytest.fixture
def console(new_page, console_users):
    """``console(role="editor", **context_options)``: a logged-in console."""

    def make(role: str = "editor", **options):
        options.setdefault("viewport", WIDE)
        return Console(new_page(**options)).login(*console_users[role])

    return make


# --- the flow the issue asks for ------------------------------------------------------------------


def test_search_then_edit_an_answer_and_the_bot_answers_with_it(console, server, faq_restore):
    entry_id, question = METHODS
    faq_restore.keep(entry_id)
    ui = console()
    best = ui.search(PT_AMOUNT)
    expect(best.locator(".short")).to_have_text("US $ 1,7 bilhão")
    band = re.compile(r"(alta|média|baixa) \(\d\.\d\d\)")
    expect(best.locator(".confidence")).to_contain_text(band)
    citation = best.locator(".citation").first
    mark = citation.locator("blockquote mark")
    expect(mark).to_contain_text("1,7 bilhão")
    quote = citation.locator("blockquote").inner_text()
    assert len(quote) > len(mark.inner_text()) + 40  # shown among the sentences around it
    # the FAQ and the article sentences that matched, side by side, with scores
    faq_column = ui.page.get_by_role("region", name="Perguntas frequentes encontradas")
    sentence_column = ui.page.get_by_role("region", name="Frases dos artigos encontradas")
    expect(faq_column.locator(".score").first).to_have_text(re.compile(r"pontuação \d"))
    expect(sentence_column.locator(".score").first).to_be_visible()
    a, b = faq_column.bounding_box(), sentence_column.bounding_box()
    assert abs(a["y"] - b["y"]) < 2 and a["x"] + a["width"] <= b["x"]
    save_screenshot(ui.page, "console-search-pt")

    ui.nav("Perguntas frequentes")
    expect(ui.entry(question)).to_be_visible()
    ui.edit(question)
    marker = uuid.uuid4().hex[:8]
    new_answer = f"Phishing, falsas vagas de emprego e malware (revisado {marker})."
    ui.page.get_by_label("Resposta", exact=True).fill(new_answer)
    with ui.page.expect_response(f"**/console/api/faq/{entry_id}") as saved:
        ui.page.get_by_role("button", name="Salvar", exact=True).click()
    assert saved.value.status == 200
    assert json.loads(saved.value.request.post_data)["version"] >= 1
    saved_at = time.monotonic()
    expect(ui.editor).to_be_hidden()
    expect(ui.status).to_contain_text("salva")
    expect(ui.entry(question).locator(".entry-a")).to_have_text(new_answer)

    while True:
        answer = chat(server, question)
        if marker in answer["answer"]:
            break
        assert time.monotonic() - saved_at < PROPAGATION, answer["answer"]
        time.sleep(0.1)
    ui.no_page_errors()


def test_copy_reply_puts_the_reply_on_the_clipboard(console):
    ui = console(permissions=["clipboard-read", "clipboard-write"])
    ui.search(PT_AMOUNT)
    reply = ui.page.get_by_label("Resposta pronta para colar")
    expect(reply).to_have_value(re.compile("1,7 bilhão"))
    ui.page.get_by_role("button", name="Copiar resposta").click()
    expect(ui.status).to_have_text("Copiado")
    assert ui.page.evaluate("navigator.clipboard.readText()") == reply.input_value()


def test_copy_reply_falls_back_to_execcommand_without_the_clipboard_api(console):
    ui = console()
    ui.page.evaluate(
        """() => {
          window.__copied = null;
          Object.defineProperty(navigator, 'clipboard', {value: undefined});
          document.addEventListener('copy', () => {
            window.__copied = String(document.getSelection() || document.activeElement.value
              .slice(document.activeElement.selectionStart, document.activeElement.selectionEnd));
          });
        }"""
    )
    ui.search(PT_AMOUNT)
    reply = ui.page.get_by_label("Resposta pronta para colar").input_value()
    ui.page.get_by_role("button", name="Copiar resposta").click()
    expect(ui.status).to_have_text("Copiado")
    assert ui.page.evaluate("window.__copied") == reply


# --- logging in -----------------------------------------------------------------------------------


def test_wrong_password_shows_the_error_and_stays_on_the_login_page(page, console_users):
    username, _ = console_users["editor"]
    page.goto("/console/login")
    page.get_by_label("Usuário").fill(username)
    page.get_by_label("Senha").fill("not the password")
    with page.expect_response("**/console/api/login") as info:
        page.get_by_role("button", name="Entrar").click()
    assert info.value.status == 401
    message = info.value.json()["error"]["message"]
    error = page.get_by_role("alert")
    expect(error).to_have_text(message)
    expect(page).to_have_url(re.compile(r"/console/login"))
    expect(page.get_by_label("Senha")).to_have_value("")
    expect(page.get_by_label("Senha")).to_be_focused()


def test_console_without_a_session_goes_to_the_login_page(page):
    page.goto("/console#faq")
    expect(page).to_have_url(re.compile(r"/console/login\?next="))
    expect(page.get_by_label("Usuário")).to_be_visible()


def test_login_returns_to_the_page_asked_for(page, console_users):
    page.goto("/console/login?next=/console%23dashboard")
    page.get_by_label("Usuário").fill(console_users["viewer"][0])
    page.get_by_label("Senha").fill(console_users["viewer"][1])
    page.get_by_role("button", name="Entrar").click()
    expect(page).to_have_url(re.compile(r"/console#dashboard$"))
    expect(page.get_by_role("heading", name="Painel", exact=True)).to_be_visible()


def test_a_session_that_ended_sends_the_next_call_to_the_login_page(console):
    ui = console()
    ui.page.context.clear_cookies()
    ui.page.get_by_role("link", name="Perguntas frequentes").click()
    expect(ui.page).to_have_url(re.compile(r"/console/login\?next=%2Fconsole%23faq$"))


def test_logout(console):
    ui = console()
    ui.page.get_by_role("button", name="Sair").click()
    expect(ui.page).to_have_url(re.compile(r"/console/login$"))
    ui.page.goto("/console")
    expect(ui.page).to_have_url(re.compile(r"/console/login"))


# --- roles ----------------------------------------------------------------------------------------


def test_a_viewer_sees_no_edit_or_delete_buttons(console, server):
    chat(server, "Qual é a capital do Peru?")  # something in the visitors' questions
    ui = console("viewer")
    expect(ui.page.locator("#user-label")).to_contain_text("leitor")
    ui.search(PT_AMOUNT)
    ui.nav("Perguntas frequentes")
    expect(ui.page.locator("#faq-list .entry").first).to_be_visible()
    expect(ui.page.get_by_text("Somente leitura")).to_be_visible()
    for name in ("Editar", "Excluir", "Nova pergunta frequente"):
        expect(ui.page.get_by_role("button", name=re.compile(f"^{name}"))).to_have_count(0)
    ui.nav("Perguntas dos visitantes")
    expect(ui.page.locator("#questions-results table")).to_be_visible()
    expect(ui.page.get_by_role("button", name=re.compile("^Criar pergunta"))).to_have_count(0)
    ui.nav("Histórico")
    expect(ui.page.locator("#history-results > *")).not_to_have_count(0)
    expect(ui.page.get_by_role("button", name="Reverter esta mudança")).to_have_count(0)


# --- the FAQ editor -------------------------------------------------------------------------------


def test_conflict_when_someone_saved_first_then_overwrite_knowingly(console, faq_restore, admin):
    entry_id, question = EXCHANGES
    faq_restore.keep(entry_id)
    first, second = console(), console()
    for ui in (first, second):
        ui.nav("Perguntas frequentes")
        ui.edit(question)
    theirs, mine = "Wazirx e Bybit (primeiro).", "Das corretoras Wazirx e Bybit (segundo)."
    first.page.get_by_label("Resposta", exact=True).fill(theirs)
    first.page.get_by_role("button", name="Salvar", exact=True).click()
    expect(first.editor).to_be_hidden()

    second.page.get_by_label("Resposta", exact=True).fill(mine)
    with second.page.expect_response(f"**/console/api/faq/{entry_id}") as refused:
        second.page.get_by_role("button", name="Salvar", exact=True).click()
    assert refused.value.status == 409
    dialog = second.conflict
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("heading")).to_have_text("Alguém salvou esta pergunta antes de você")
    expect(dialog).to_contain_text(theirs)
    expect(dialog).to_contain_text(mine)
    expect(dialog.locator("tr.changed th")).to_contain_text("Resposta")
    load_theirs = dialog.get_by_role("button", name=re.compile("^Carregar a versão salva"))
    expect(load_theirs).to_be_focused()
    save_screenshot(second.page, "console-conflict")
    second.page.keyboard.press("Escape")  # back to editing: nothing lost
    expect(dialog).to_be_hidden()
    expect(second.page.get_by_label("Resposta", exact=True)).to_have_value(mine)
    second.page.get_by_role("button", name="Salvar", exact=True).click()
    expect(dialog).to_be_visible()
    version = admin.entry(entry_id)["version"]
    with second.page.expect_response(f"**/console/api/faq/{entry_id}") as saved:
        dialog.get_by_role("button", name=f"Salvar a minha por cima da versão {version}").click()
    assert saved.value.status == 200
    assert json.loads(saved.value.request.post_data)["version"] == version
    expect(dialog).to_be_hidden()
    expect(second.editor).to_be_hidden()
    assert admin.entry(entry_id)["answer"] == mine
    second.no_page_errors()


def test_conflict_then_load_theirs(console, faq_restore, admin):
    entry_id, question = EXCHANGES
    entry = faq_restore.keep(entry_id)
    ui = console()
    ui.nav("Perguntas frequentes")
    ui.edit(question)
    theirs = "Wazirx e Bybit (salvo por outra pessoa)."
    status, _ = admin.call(
        "PUT",
        f"/console/api/faq/{entry_id}",
        {**_content(entry), "answer": theirs, "version": entry["version"]},
    )
    assert status == 200
    ui.page.get_by_label("Resposta", exact=True).fill("A minha versão.")
    ui.page.get_by_role("button", name="Salvar", exact=True).click()
    expect(ui.conflict).to_be_visible()
    ui.conflict.get_by_role("button", name=re.compile("^Carregar a versão salva")).click()
    expect(ui.conflict).to_be_hidden()
    expect(ui.page.get_by_label("Resposta", exact=True)).to_have_value(theirs)
    ui.page.get_by_role("button", name="Salvar", exact=True).click()  # now based on their version
    expect(ui.editor).to_be_hidden()
    expect(ui.status).to_contain_text("salva")


def test_new_entry_from_a_visitor_question_with_supports_picked_by_search(
    console, server, faq_restore, admin
):
    question = f"Quanto dinheiro a Coreia do Norte roubou em 2024? {uuid.uuid4().hex[:6]}"
    chat(server, question)
    ui = console()
    ui.nav("Perguntas dos visitantes")
    ui.page.get_by_label("Tipo").select_option("all")
    ui.page.get_by_role("button", name="Filtrar").click()
    ui.page.get_by_role("button", name=f"Criar pergunta frequente: {question}").click()
    expect(ui.editor).to_be_visible()
    expect(ui.page.locator("#faq-editor-h")).to_have_text("Nova pergunta frequente (Português)")
    expect(ui.page.get_by_label("Pergunta", exact=True)).to_have_value(question)
    ui.page.get_by_label("Resposta", exact=True).fill("Cerca de US $ 1,7 bilhão em 2024 e 2025.")
    picker = ui.page.get_by_label("Procurar frases nos artigos")
    picker.fill("1,7 bilhão roubado")
    picker.press("Enter")  # searches; does not submit the editor
    results = ui.page.locator("#faq-pick-results")
    expect(results.get_by_role("button", name="Adicionar").first).to_be_visible()
    expect(ui.editor).to_be_visible()
    chosen_text = results.locator(".support-text p").first.inner_text()
    results.get_by_role("button", name="Adicionar").first.click()
    supports = ui.page.locator("#faq-supports")
    expect(supports.get_by_role("button", name="Remover")).to_have_count(1)
    expect(supports).to_contain_text(chosen_text)
    # supports are picked, never typed as ids
    assert ui.page.locator("#faq-editor input:not([type=search])").count() == 0
    with ui.page.expect_response("**/console/api/faq") as created:
        ui.page.get_by_role("button", name="Salvar", exact=True).click()
    assert created.value.status == 201
    entry = created.value.json()
    faq_restore.created(entry["id"])
    sent = json.loads(created.value.request.post_data)
    assert sent["lang"] == "pt" and len(sent["supports"]) == 1
    assert entry["supports"][0]["text"] == chosen_text
    expect(ui.entry(question)).to_be_visible()


def test_delete_asks_first(console, admin, faq_restore):
    status, entry = admin.call(
        "POST",
        "/console/api/faq",
        {"lang": "pt", "question": f"Excluir esta {uuid.uuid4().hex[:6]}?", "answer": "Sim."},
    )
    assert status == 201, entry
    faq_restore.created(entry["id"])
    ui = console()
    ui.nav("Perguntas frequentes")
    delete = ui.page.get_by_role("button", name=f"Excluir: {entry['question']}")
    delete.click()
    dialog = ui.page.locator("#confirm-dialog")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("button", name="Cancelar")).to_be_focused()
    dialog.get_by_role("button", name="Cancelar").click()
    expect(dialog).to_be_hidden()
    expect(delete).to_be_focused()
    assert admin.call("GET", f"/console/api/faq/{entry['id']}")[0] == 200
    delete.click()
    with ui.page.expect_response(lambda r: r.request.method == "DELETE") as deleted:
        dialog.get_by_role("button", name="Excluir").click()
    assert deleted.value.status == 204
    expect(ui.entry(entry["question"])).to_have_count(0)
    assert admin.call("GET", f"/console/api/faq/{entry['id']}")[0] == 404


def test_history_shows_before_and_after_and_revert_restores(console, admin, faq_restore):
    entry_id, _ = EXCHANGES
    entry = faq_restore.keep(entry_id)
    changed = f"Wazirx e Bybit ({uuid.uuid4().hex[:6]})."
    status, _ = admin.call(
        "PUT",
        f"/console/api/faq/{entry_id}",
        {**_content(entry), "answer": changed, "version": entry["version"]},
    )
    assert status == 200
    ui = console()
    ui.nav("Histórico")
    ui.page.get_by_label("Pergunta frequente").select_option(entry_id)
    with ui.page.expect_response(f"**/console/api/history?entry_id={entry_id}"):
        ui.page.get_by_role("button", name="Filtrar").click()
    change = ui.page.locator("#history-results .change").first
    expect(change.get_by_role("heading")).to_contain_text("editou")
    row = change.locator("tr.changed")
    expect(row).to_have_count(1)
    expect(row.locator("td").nth(0)).to_have_text(entry["answer"])
    expect(row.locator("td").nth(1)).to_have_text(changed)
    with ui.page.expect_response("**/console/api/history/*/revert") as reverted:
        change.get_by_role("button", name="Reverter esta mudança").click()
    assert reverted.value.status == 200
    expect(ui.status).to_contain_text("revertida")
    assert admin.entry(entry_id)["answer"] == entry["answer"]
    newest = ui.page.locator("#history-results .change").first
    expect(newest.get_by_role("heading")).to_contain_text("reverteu")


# --- reports --------------------------------------------------------------------------------------


def test_visitor_markup_is_shown_as_text(console, server):
    dialogs = []
    chat(server, f"{XSS} quanto custa um {XSS}?")
    ui = console()
    ui.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    ui.nav("Perguntas dos visitantes")
    ui.page.get_by_label("Tipo").select_option("all")
    ui.page.get_by_role("button", name="Filtrar").click()
    cell = ui.page.locator("#questions-results td.question").filter(has_text=XSS)
    expect(cell.first).to_be_visible()
    ui.nav("Painel")
    expect(ui.page.locator("#dashboard-results svg").first).to_be_visible()
    ui.nav("Pesquisa")
    ui.search(XSS)
    expect(ui.page.locator("main img")).to_have_count(0)
    assert dialogs == []
    ui.no_page_errors()


def test_feedback_lists_unhelpful_answers(console, server):
    comment = f"não respondeu {uuid.uuid4().hex[:6]}"
    answer = chat(server, "Qual é a capital da Bolívia?")
    status, _, body = http(
        f"{server}/api/feedback",
        "POST",
        {
            "session_id": answer["session_id"],
            "answer_id": answer["answer_id"],
            "helpful": False,
            "comment": comment,
        },
    )
    assert status == 201, body
    ui = console()
    ui.nav("Avaliações negativas")
    row = ui.page.locator("#feedback-results tr").filter(has_text=comment)
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Qual é a capital da Bolívia?")
    expect(row.locator("td.answer")).to_contain_text(answer["answer"][:30])


def test_dashboard_charts_are_svg_with_accessible_summaries(console, server):
    chat(server, PT_AMOUNT)
    chat(server, AR_AMOUNT)
    ui = console()
    ui.nav("Painel")
    charts = ui.page.locator("#dashboard-results svg[role=img]")
    expect(charts).to_have_count(3)
    labels = [chart.get_attribute("aria-label") for chart in charts.all()]
    assert re.search(r"\d+ no total, \d+ em árabe e \d+ em português", labels[0]), labels[0]
    assert re.search(r"\d+% das \d+ perguntas", labels[1]), labels[1]
    assert labels[2].startswith("As perguntas mais feitas: "), labels[2]
    expect(ui.page.locator("#dashboard-results svg rect.bar-pt").first).to_be_attached()
    expect(ui.page.locator("#dashboard-results svg rect.bar-ar").first).to_be_attached()
    # the numbers as tables too
    save_screenshot(ui.page, "console-dashboard")
    ui.page.get_by_text("Ver os dados em tabela").first.click()
    expect(ui.page.locator("#dashboard-results table").first).to_be_visible()
    ui.no_page_errors()


# --- languages, keyboard, accessibility, layout ---------------------------------------------------


def test_arabic_ui_is_rtl_and_stays_chosen(console):
    ui = console()
    html = ui.page.locator("html")
    expect(html).to_have_attribute("dir", "ltr")
    ui.page.get_by_role("button", name="Mudar a interface para árabe").click()
    expect(html).to_have_attribute("dir", "rtl")
    expect(html).to_have_attribute("lang", "ar")
    nav = ui.page.get_by_role("navigation")
    expect(nav.get_by_role("link", name="البحث", exact=True)).to_have_attribute(
        "aria-current", "page"
    )
    assert ui.page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    box = ui.page.get_by_label("السؤال (بالعربية أو البرتغالية)")
    box.fill(AR_AMOUNT)
    box.press("Enter")
    best = ui.page.locator("#search-results .best")
    expect(best.locator(".short")).to_have_text("1.7 مليار دولار")
    expect(best.get_by_role("heading", name="أفضل إجابة")).to_be_visible()
    save_screenshot(ui.page, "console-search-ar")
    ui.page.reload()
    expect(html).to_have_attribute("dir", "rtl")
    expect(ui.page.get_by_role("button", name="تسجيل الخروج")).to_be_visible()
    ui.page.get_by_role("button", name="التبديل إلى واجهة برتغالية").click()
    expect(html).to_have_attribute("dir", "ltr")
    ui.no_page_errors()


def _tab_to(page, locator, key="Tab", limit=60):
    """Press ``key`` until ``locator`` has the focus (keyboard-only navigation)."""
    for _ in range(limit):
        if locator.evaluate("el => el === document.activeElement"):
            break
        page.keyboard.press(key)
    expect(locator).to_be_focused()


def test_keyboard_only_login_and_search(page, console_users):
    username, password = console_users["editor"]
    page.set_viewport_size(WIDE)
    page.goto("/console/login")
    expect(page.get_by_label("Usuário")).to_be_focused()
    page.keyboard.type(username)
    page.keyboard.press("Tab")
    expect(page.get_by_label("Senha")).to_be_focused()
    page.keyboard.type(password)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/console$"))
    box = page.get_by_label("Pergunta (em árabe ou português)")
    _tab_to(page, box, limit=30)
    page.keyboard.type(PT_AMOUNT)
    page.keyboard.press("Enter")
    expect(page.locator("#search-results .best .short")).to_have_text("US $ 1,7 bilhão")
    # on to the FAQ by keyboard: the section's heading takes the focus
    link = page.get_by_role("navigation").get_by_role("link", name="Perguntas frequentes")
    _tab_to(page, link, key="Shift+Tab", limit=40)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Perguntas frequentes", level=2)).to_be_focused()


def test_keyboard_only_new_faq_entry_with_a_picked_support(console, faq_restore):
    ui = console()
    page = ui.page
    _tab_to(page, page.get_by_role("navigation").get_by_role("link", name="Perguntas frequentes"))
    page.keyboard.press("Enter")
    _tab_to(page, page.get_by_role("button", name="Nova pergunta frequente"))
    page.keyboard.press("Enter")
    expect(ui.editor).to_be_visible()
    question = f"Pergunta feita só com o teclado {uuid.uuid4().hex[:6]}?"
    _tab_to(page, page.get_by_label("Pergunta", exact=True))
    page.keyboard.type(question)
    _tab_to(page, page.get_by_label("Resposta", exact=True))
    page.keyboard.type("Cerca de US $ 1,7 bilhão.")
    _tab_to(page, page.get_by_label("Procurar frases nos artigos"))
    page.keyboard.type("1,7 bilhão roubado")
    page.keyboard.press("Enter")  # searches; does not submit the editor
    add = page.locator("#faq-pick-results").get_by_role("button", name="Adicionar").first
    expect(add).to_be_visible()
    _tab_to(page, add)
    page.keyboard.press("Enter")
    expect(page.locator("#faq-supports").get_by_role("button", name="Remover")).to_have_count(1)
    _tab_to(page, page.get_by_role("button", name="Salvar", exact=True))
    with page.expect_response("**/console/api/faq") as created:
        page.keyboard.press("Enter")
    assert created.value.status == 201
    faq_restore.created(created.value.json()["id"])
    assert len(created.value.json()["supports"]) == 1
    expect(ui.entry(question)).to_be_visible()


def test_dialogs_keep_the_focus_inside(console, admin, faq_restore):
    status, entry = admin.call(
        "POST",
        "/console/api/faq",
        {"lang": "pt", "question": f"Pergunta do foco {uuid.uuid4().hex[:6]}?", "answer": "Sim."},
    )
    assert status == 201
    faq_restore.created(entry["id"])
    ui = console()
    ui.nav("Perguntas frequentes")
    ui.page.get_by_role("button", name=f"Excluir: {entry['question']}").click()
    dialog = ui.page.locator("#confirm-dialog")
    expect(dialog).to_be_visible()
    for _ in range(5):
        ui.page.keyboard.press("Tab")
        assert dialog.evaluate("d => d.contains(document.activeElement)")
    ui.page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(ui.page.get_by_role("button", name=f"Excluir: {entry['question']}")).to_be_focused()


def _serious(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    found = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    return found, results


@pytest.mark.parametrize("lang", ["pt", "ar"])
def test_login_page_has_no_serious_accessibility_violations(page, lang):
    page.goto("/console/login")
    if lang == "ar":
        page.get_by_role("button", name="Mudar a interface para árabe").click()
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.get_by_role("button").last.click()  # empty form: the fields are marked invalid
    found, results = _serious(page)
    assert not found, results.generate_report()


@pytest.mark.parametrize("lang", ["pt", "ar"])
def test_console_has_no_serious_accessibility_violations(console, lang):
    ui = console()
    if lang == "ar":
        ui.page.get_by_role("button", name="Mudar a interface para árabe").click()
        expect(ui.page.locator("html")).to_have_attribute("dir", "rtl")
    ui.page.locator("#search-q").fill(AR_AMOUNT if lang == "ar" else PT_AMOUNT)
    ui.page.locator("#search-q").press("Enter")
    expect(ui.best).to_be_visible()
    for view in ("search", "questions", "feedback", "dashboard", "faq", "history"):
        ui.page.locator(f'nav a[data-view="{view}"]').click()
        expect(ui.page.locator(f"#view-{view}")).to_be_visible()
        expect(ui.page.locator(f"#view-{view} [aria-busy=true]")).to_have_count(0)
        found, results = _serious(ui.page)
        assert not found, f"{view}: {results.generate_report()}"
    ui.page.locator('nav a[data-view="faq"]').click()
    ui.page.locator("#faq-list .edit").first.click()
    expect(ui.editor).to_be_visible()
    ui.page.locator("#faq-pick").click()
    expect(ui.page.locator("#faq-pick-results li").first).to_be_visible()
    found, results = _serious(ui.page)
    assert not found, f"editor: {results.generate_report()}"


def test_phone_width_stacks_the_columns_without_sideways_scrolling(console):
    ui = console(viewport=PHONE, is_mobile=True, has_touch=True)
    ui.search(PT_AMOUNT)
    faq_column = ui.page.get_by_role("region", name="Perguntas frequentes encontradas")
    sentence_column = ui.page.get_by_role("region", name="Frases dos artigos encontradas")
    a, b = faq_column.bounding_box(), sentence_column.bounding_box()
    assert b["y"] >= a["y"] + a["height"]
    for view in ("search", "faq", "dashboard", "history"):
        ui.page.locator(f'nav a[data-view="{view}"]').click()
        expect(ui.page.locator(f"#view-{view} [aria-busy=true]")).to_have_count(0)
        width = ui.page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{view}: {width}px wide"
    save_screenshot(ui.page, "console-phone")
