"""The widget's file and how the server sends it and the demo pages (no browser needed)."""

from __future__ import annotations

import gzip
import re

import pytest
from e2e_support import PROJECT

WEB = PROJECT / "web"
WIDGET = WEB / "widget.js"
BUDGET = 15 * 1024  # JS + CSS, gzipped


def _source() -> str:
    return WIDGET.read_text(encoding="utf-8")


def test_widget_is_under_15_kb_gzipped():
    files = [WIDGET, *WEB.glob("widget.css")]
    size = sum(len(gzip.compress(f.read_bytes(), compresslevel=9)) for f in files)
    assert size < BUDGET, f"widget is {size} bytes gzipped (budget {BUDGET})"


@pytest.mark.parametrize(
    "pattern",
    [
        r"\.innerHTML",
        r"\.outerHTML",
        r"insertAdjacentHTML",
        r"document\.write",
        r"\beval\(",
        r"new Function",
        r"setAttribute\(\s*[\"']style",
        r"\.style\.",
        r"setTimeout\(\s*[\"']",
        r"\bwindow\.\w+\s*=",
        r"\bimport\(",
    ],
)
def test_widget_avoids_unsafe_apis(pattern):
    assert not re.search(pattern, _source())


def test_widget_is_one_iife_registering_one_element():
    code = re.sub(r"^/\*.*?\*/\s*", "", _source(), flags=re.S).strip()
    assert code.startswith("(() => {") and code.endswith("})();")
    assert _source().count("customElements.define(") == 1
    assert 'static define(tag = "sanad-chat")' in _source()
    for needed in ("adoptedStyleSheets", "disconnectedCallback", "attachShadow", ":host{all:"):
        assert needed in _source()


def test_widget_js_is_served_cacheable(client):
    response = client.get("/widget.js")
    assert response.status_code == 200
    assert response.mimetype == "text/javascript"
    assert response.data == WIDGET.read_bytes()
    assert response.cache_control.max_age and response.cache_control.max_age >= 300
    assert response.cache_control.public
    assert response.headers.get("ETag") and response.headers.get("Last-Modified")
    again = client.get("/widget.js", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304


def test_widget_js_cors_for_configured_origins(client):
    allowed = client.get("/widget.js", headers={"Origin": "https://widget.example"})
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://widget.example"
    assert "Origin" in allowed.headers["Vary"]
    other = client.get("/widget.js", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in other.headers


def test_widget_js_cors_wildcard(make_app):
    client = make_app(ALLOWED_ORIGINS=["*"]).test_client()
    response = client.get("/widget.js", headers={"Origin": "https://any.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(("lang", "direction"), [("ar", "rtl"), ("pt", "ltr")])
def test_demo_pages_show_the_article_with_the_widget(client, knowledge_base, lang, direction):
    response = client.get(f"/demo/{lang}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert f'<html lang="{lang}" dir="{direction}">' in html
    assert f'<script src="/widget.js" data-lang="{lang}" defer></script>' in html
    assert html.count("<script") == html.count("<script src=")
    assert "style=" not in html
    article = next(a for a in knowledge_base.articles if a.lang == lang)
    assert f"<h1>{article.title}</h1>" in html
    cited = next(s for s in article.sentences if not s.heading and not s.excluded)
    assert cited.text in html
    for sentence in article.sentences:
        if sentence.excluded:
            assert sentence.text not in html
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "unsafe" not in csp


def test_demo_page_of_an_unknown_language_is_404(client):
    response = client.get("/demo/en")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_index_links_to_the_demos_and_embeds_the_widget(client):
    html = client.get("/").get_data(as_text=True)
    assert 'href="/demo/ar"' in html and 'href="/demo/pt"' in html
    assert '<script src="/widget.js"' in html
