"""The chat widget in a real browser (Chromium), against the real server.

Playwright's locators pierce the widget's (open) shadow root, and its ``expect`` waits for each
state, so nothing here sleeps.
"""

from __future__ import annotations

import json
import re

import pytest
from e2e_support import DESKTOP, PHONE, SHOT_WIDTH, save_screenshot

pytest.importorskip("playwright.sync_api")
from playwright.sync_api import expect

AR_AMOUNT = "كم سرق القراصنة؟"
PT_AMOUNT = "quanto foi roubado?"
XSS = "<img src=x onerror=alert(1)>"


class Widget:
    """The widget on ``page``, by what a visitor sees."""

    def __init__(self, page):
        self.page = page
        self.host = page.locator("sanad-chat")
        self.launcher = page.locator("sanad-chat .launcher")
        self.panel = page.locator("sanad-chat .panel")
        self.input = page.locator("sanad-chat textarea")
        self.log = page.locator("sanad-chat [role=log]")
        self.answers = page.locator("sanad-chat .answer")
        self.mine = page.locator("sanad-chat .msg.me")
        self.error = page.locator("sanad-chat .err")
        self.retry = page.locator("sanad-chat .err button")
        self.typing = page.locator("sanad-chat .typing")
        self.source = page.locator("sanad-chat .src")

    def button(self, label: str):
        return self.page.locator("sanad-chat").get_by_role("button", name=label, exact=True)

    def open(self):
        expect(self.launcher).to_be_visible()
        self.launcher.click()
        expect(self.panel).to_be_visible()
        expect(self.input).to_be_focused()

    def ask(self, text: str):
        count = self.answers.count()
        self.input.fill(text)
        self.input.press("Enter")
        expect(self.answers).to_have_count(count + 1)
        return self.answers.nth(count)

    def no_page_errors(self):
        assert self.page.errors == []
        assert self.page.evaluate("window.__sanadE2E.violations") == []


def _page(page, path: str) -> Widget:
    page.goto(path)
    return Widget(page)


# --- answers ------------------------------------------------------------------------------------


def test_arabic_answer_with_citation_in_rtl(page):
    widget = _page(page, "/demo/ar")
    widget.open()
    expect(widget.panel).to_have_attribute("dir", "rtl")
    expect(widget.panel).to_have_attribute("lang", "ar")
    answer = widget.ask(AR_AMOUNT)
    expect(answer.locator(".short")).to_have_text("1.7 مليار دولار")
    expect(answer).to_have_attribute("dir", "auto")
    expect(widget.mine.last).to_have_attribute("dir", "auto")
    cite = answer.locator(".cite").first
    expect(cite).to_contain_text("[1]")
    assert (
        page.evaluate(
            "getComputedStyle(document.querySelector('sanad-chat').shadowRoot"
            ".querySelector('.panel')).direction"
        )
        == "rtl"
    )
    # mirrored: the visitor's bubble sits at the left edge, the answer at the right
    panel, mine, reply = (
        widget.panel.bounding_box(),
        widget.mine.last.bounding_box(),
        answer.bounding_box(),
    )
    assert mine["x"] - panel["x"] < 20
    assert panel["x"] + panel["width"] - (reply["x"] + reply["width"]) < 30
    save_screenshot(page, "ar-desktop", {"x": 0, "y": 0, "width": SHOT_WIDTH, "height": 760})
    widget.no_page_errors()


def test_portuguese_answer_and_language_switch_without_reload(page):
    widget = _page(page, "/demo/pt")
    page.evaluate("window.__notReloaded = true")
    widget.open()
    expect(widget.panel).to_have_attribute("dir", "ltr")
    answer = widget.ask(PT_AMOUNT)
    expect(answer.locator(".short")).to_have_text("US $ 1,7 bilhão")
    expect(answer.locator(".cite")).not_to_have_count(0)
    x = DESKTOP["width"] - SHOT_WIDTH
    save_screenshot(page, "pt-desktop", {"x": x, "y": 0, "width": SHOT_WIDTH, "height": 760})
    widget.button("Mudar para árabe").click()
    expect(widget.panel).to_have_attribute("dir", "rtl")
    expect(widget.input).to_have_attribute("placeholder", "اكتب سؤالك")
    expect(widget.button("التبديل إلى البرتغالية")).to_be_visible()
    expect(widget.answers).to_have_count(1)  # the conversation stays
    assert page.evaluate("window.__notReloaded") is True
    widget.no_page_errors()


def test_follow_up_in_the_same_session(page):
    widget = _page(page, "/demo/ar")
    widget.open()
    first = widget.ask("وين صار الاجتماع؟")
    expect(first.locator(".short")).to_be_visible()
    second = widget.ask("ومتى؟")
    expect(second).to_contain_text("الثلاثاء")
    expect(second.locator(".short")).to_have_text(re.compile("الثلاثاء"))


def test_unanswerable_question_gets_the_fallback_and_tappable_suggestions(page):
    widget = _page(page, "/demo/ar")
    widget.open()
    answer = widget.ask("ما هي عاصمة فرنسا؟")
    expect(answer.locator(".text")).to_contain_text("عذرًا")
    chips = answer.locator(".chip")
    expect(chips).to_have_count(3)
    question = chips.first.inner_text()
    chips.first.click()
    expect(widget.answers).to_have_count(2)
    expect(widget.mine.last).to_contain_text(question)
    expect(widget.answers.last.locator(".text")).not_to_contain_text("عذرًا")


def test_citation_opens_the_sentence_in_context(page):
    widget = _page(page, "/demo/ar")
    widget.open()
    answer = widget.ask(AR_AMOUNT)
    cite = answer.locator(".cite").first
    quoted = cite.get_attribute("title")
    cite.click()
    expect(widget.source).to_be_visible()
    expect(widget.source.locator("h3")).to_contain_text("كوريا الجنوبية والاتحاد الأوروبي")
    expect(widget.source.locator("h3")).to_be_focused()
    mark = widget.source.locator("mark")
    expect(mark).to_have_text(quoted)
    quote = widget.source.locator("blockquote")
    expect(quote).to_contain_text("1.7 مليار دولار")
    assert len(quote.inner_text()) > len(quoted) + 40  # the sentences around it are there
    page.keyboard.press("Escape")
    expect(widget.source).to_be_hidden()
    expect(widget.panel).to_be_visible()
    expect(cite).to_be_focused()


def test_feedback_posts_the_rating(page):
    widget = _page(page, "/demo/pt")
    widget.open()
    answer = widget.ask(PT_AMOUNT)
    up = answer.get_by_role("button", name="Resposta útil")
    with page.expect_response("**/api/feedback") as info:
        up.click()
    response = info.value
    assert response.status == 201
    sent = json.loads(response.request.post_data)
    assert sent["helpful"] is True and sent["answer_id"] and sent["session_id"]
    expect(up).to_have_attribute("aria-pressed", "true")
    expect(answer.get_by_role("button", name="Resposta não útil")).to_have_attribute(
        "aria-pressed", "false"
    )


def test_typing_indicator_while_waiting(page):
    widget = _page(page, "/demo/pt")
    seen = []

    def while_waiting(route):  # runs while the request is pending
        seen.append((widget.typing.is_visible(), widget.mine.count(), widget.answers.count()))
        route.continue_()

    page.route("**/api/chat", while_waiting)
    widget.open()
    expect(widget.typing).to_be_hidden()
    widget.ask(PT_AMOUNT)
    expect(widget.typing).to_be_hidden()
    assert seen == [(True, 1, 0)]


# --- errors -------------------------------------------------------------------------------------


def test_server_unreachable_then_retry_keeps_the_text(page):
    widget = _page(page, "/demo/pt")
    page.route("**/api/chat", lambda route: route.abort("connectionrefused"))
    widget.open()
    widget.input.fill(PT_AMOUNT)
    widget.input.press("Enter")
    expect(widget.error).to_be_visible()
    expect(widget.error).to_have_attribute("role", "alert")
    expect(widget.error).to_contain_text("tente de novo")
    expect(widget.input).to_have_value(PT_AMOUNT)
    expect(widget.answers).to_have_count(0)
    page.unroute("**/api/chat")
    widget.button("Tentar de novo").click()
    expect(widget.answers).to_have_count(1)
    expect(widget.answers.first.locator(".short")).to_have_text("US $ 1,7 bilhão")
    expect(widget.error).to_be_hidden()
    expect(widget.input).to_have_value("")


def test_rate_limited_then_retry(page):
    widget = _page(page, "/demo/ar")
    page.route(
        "**/api/chat",
        lambda route: route.fulfill(
            status=429,
            headers={"Retry-After": "7", "Content-Type": "application/json"},
            body='{"error": {"code": "rate_limited", "message": "Too many requests"}}',
        ),
    )
    widget.open()
    widget.input.fill(AR_AMOUNT)
    widget.input.press("Enter")
    expect(widget.error).to_contain_text("انتظر")
    expect(widget.error).to_contain_text("7")
    expect(widget.input).to_have_value(AR_AMOUNT)
    page.unroute("**/api/chat")
    widget.retry.click()
    expect(widget.answers.first.locator(".short")).to_have_text("1.7 مليار دولار")


def test_markup_from_the_visitor_is_text(page):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    widget = _page(page, "/demo/pt")
    widget.open()
    widget.ask(XSS)
    expect(widget.mine.last).to_contain_text(XSS)
    expect(page.locator("sanad-chat img")).to_have_count(0)
    # reload: the stored conversation is rendered as text again
    page.reload()
    expect(widget.mine.last).to_contain_text(XSS)
    expect(page.locator("sanad-chat img")).to_have_count(0)
    assert dialogs == []
    widget.no_page_errors()


# --- keyboard and accessibility -----------------------------------------------------------------


def test_keyboard_only(page):
    widget = _page(page, "/demo/pt")
    expect(widget.launcher).to_be_visible()
    for _ in range(40):
        page.keyboard.press("Tab")
        if widget.launcher.evaluate("el => el.getRootNode().activeElement === el"):
            break
    expect(widget.launcher).to_be_focused()
    expect(widget.launcher).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")
    expect(widget.panel).to_be_visible()
    expect(widget.input).to_be_focused()
    expect(widget.launcher).to_have_attribute("aria-expanded", "true")
    page.keyboard.type("quanto foi")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("roubado?")
    expect(widget.input).to_have_value("quanto foi\nroubado?")
    page.keyboard.press("Enter")
    expect(widget.answers).to_have_count(1)
    expect(widget.answers.first.locator(".short")).to_have_text("US $ 1,7 bilhão")
    page.keyboard.press("Escape")
    expect(widget.panel).to_be_hidden()
    expect(widget.launcher).to_be_focused()


def test_log_announces_only_new_messages(page):
    widget = _page(page, "/demo/pt")
    widget.open()
    expect(widget.log).to_have_attribute("aria-live", "polite")
    widget.ask(PT_AMOUNT)
    # the typing indicator and errors live outside the log
    assert widget.log.locator(".typing, .err").count() == 0
    for control in page.locator("sanad-chat button, sanad-chat textarea").all():
        name = control.evaluate(
            "el => el.getAttribute('aria-label') || el.textContent.trim() ||"
            " (el.labels && el.labels[0] && el.labels[0].textContent)"
        )
        assert name, control.evaluate("el => el.outerHTML")


@pytest.mark.parametrize("lang", ["ar", "pt"])
def test_no_serious_accessibility_violations(page, lang):
    from axe_playwright_python.sync_playwright import Axe

    widget = _page(page, f"/demo/{lang}")
    widget.open()
    answer = widget.ask(AR_AMOUNT if lang == "ar" else PT_AMOUNT)
    expect(answer.locator(".chip").first).to_be_visible()
    results = Axe().run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, results.generate_report()
    answer.locator(".cite").first.click()
    expect(widget.source.locator("mark")).to_be_visible()
    results = Axe().run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, results.generate_report()


# --- layout, persistence, embedding -------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ar", "pt"])
def test_phone_size_panel_fills_the_screen(new_page, lang):
    page = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    widget = _page(page, f"/demo/{lang}")
    widget.open()
    widget.ask(AR_AMOUNT if lang == "ar" else PT_AMOUNT)
    box = widget.panel.bounding_box()
    width, height = page.evaluate("[innerWidth, innerHeight]")
    assert (box["x"], box["y"], box["width"], box["height"]) == (0, 0, width, height)
    assert width == PHONE["width"]
    save_screenshot(page, f"{lang}-phone")


def test_conversation_survives_navigation_and_new_conversation_clears_it(page):
    widget = _page(page, "/demo/ar")
    widget.open()
    widget.ask(AR_AMOUNT)
    page.locator("main, header").get_by_role("link", name="Português").click()
    expect(page).to_have_url(re.compile(r"/demo/pt$"))
    widget = Widget(page)
    expect(widget.panel).to_be_visible()  # it stays open across pages
    expect(widget.answers).to_have_count(1)
    expect(widget.answers.first.locator(".short")).to_have_text("1.7 مليار دولار")
    follow_up = widget.ask("ومتى؟")  # same session on the server
    expect(follow_up).to_contain_text("2024")
    widget.button("Nova conversa").click()
    expect(widget.answers).to_have_count(0)
    expect(widget.input).to_be_focused()
    page.reload()
    expect(widget.answers).to_have_count(0)


HOSTILE_CSS = """
html { font-size: 8px; }
body { color: red; font: 40px/5 serif; direction: rtl; letter-spacing: 3px; }
* { box-sizing: content-box !important; }
button { background: red !important; border: 5px dotted lime !important; }
p { color: red !important; }
sanad-chat { --sanad-accent: #6a1b9a; }
"""


def test_cross_origin_embed_under_strict_csp_with_hostile_css(page, server, host_site):
    csp = (
        f"default-src 'none'; script-src {server}; connect-src {server}; style-src 'self'; "
        "img-src 'self'; base-uri 'none'; form-action 'none'"
    )
    html = (
        "<!doctype html><html lang='pt'><head><meta charset='utf-8'><title>Host</title>"
        "<link rel='stylesheet' href='/hostile.css'>"
        f"<script src='{server}/widget.js' data-lang='pt' data-position='left' "
        "data-title='Ajuda' defer></script></head>"
        "<body><main><h1>Host page</h1><p>Article.</p></main></body></html>"
    )
    host_site.pages["/"] = ("text/html", html, {"Content-Security-Policy": csp})
    host_site.pages["/hostile.css"] = ("text/css", HOSTILE_CSS, {})
    page.goto(f"{host_site.origin}/")
    widget = Widget(page)
    widget.open()
    expect(widget.page.locator("sanad-chat h2")).to_have_text("Ajuda")
    answer = widget.ask(PT_AMOUNT)  # CORS preflight + POST to the Sanad origin
    expect(answer.locator(".short")).to_have_text("US $ 1,7 bilhão")
    styles = widget.panel.evaluate(
        """panel => {
          const s = getComputedStyle(panel), t = getComputedStyle(panel.querySelector('.text'));
          const b = getComputedStyle(panel.querySelector('.send'));
          return {size: s.fontSize, color: t.color, spacing: s.letterSpacing, dir: s.direction,
                  box: s.boxSizing, send: b.backgroundColor, accent: b.backgroundColor};
        }"""
    )
    assert styles["size"] == "15px" and styles["color"] == "rgb(27, 31, 36)"
    assert styles["spacing"] == "normal" and styles["dir"] == "ltr"
    assert styles["box"] == "border-box"
    assert styles["send"] == "rgb(106, 27, 154)"  # themed by --sanad-accent on the element
    launcher = widget.launcher.bounding_box()
    assert launcher["x"] < 100  # data-position="left"
    # nothing leaks into the page: no globals but the element, no styles
    leaked = page.evaluate(
        """() => {
          const before = new Set(window.__sanadE2E.globals);
          return Object.getOwnPropertyNames(window).filter(
            (k) => !before.has(k) && k !== '__sanadE2E');
        }"""
    )
    assert leaked == []
    assert page.evaluate("document.adoptedStyleSheets.length") == 0
    assert page.evaluate("document.querySelectorAll('style').length") == 0
    assert page.evaluate("getComputedStyle(document.querySelector('p')).color") == (
        "rgb(255, 0, 0)"
    )
    assert page.evaluate("!!customElements.get('sanad-chat')")
    widget.no_page_errors()


def test_element_cleans_up_when_removed(page):
    widget = _page(page, "/demo/pt")
    widget.open()
    page.route("**/api/chat", lambda route: None)  # never answered
    widget.input.fill(PT_AMOUNT)
    widget.input.press("Enter")
    expect(widget.typing).to_be_visible()
    page.evaluate("window.__chat = document.querySelector('sanad-chat'); window.__chat.remove()")
    expect(page.locator("sanad-chat")).to_have_count(0)
    page.evaluate("document.body.append(window.__chat)")
    widget = Widget(page)
    expect(widget.panel).to_be_visible()
    expect(widget.answers).to_have_count(0)
    page.unroute("**/api/chat")
    widget.ask(PT_AMOUNT)
    expect(widget.answers).to_have_count(1)
    widget.no_page_errors()


def test_new_conversation_while_waiting_drops_the_late_answer(page):
    widget = _page(page, "/demo/pt")
    widget.open()
    page.route("**/api/chat", lambda route: None)  # never answered
    widget.input.fill(PT_AMOUNT)
    widget.input.press("Enter")
    expect(widget.typing).to_be_visible()
    widget.button("Nova conversa").click()
    expect(widget.typing).to_be_hidden()
    expect(widget.mine).to_have_count(0)
    expect(widget.error).to_be_hidden()
    page.unroute("**/api/chat")
    widget.ask(PT_AMOUNT)
    expect(widget.answers).to_have_count(1)
    expect(widget.error).to_be_hidden()
