"""``/api/docs``: Swagger UI whose scripts and styles all come from this server."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

ASSET_URL = re.compile(r"""<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]*)"[^>]*>""", re.I)


def docs_assets(html: str) -> list[str]:
    return ASSET_URL.findall(html)


def test_docs_page_is_html_with_a_strict_policy(client):
    response = client.get("/api/docs")
    assert (response.status_code, response.mimetype) == (200, "text/html")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self';" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp


def test_docs_page_has_no_inline_script_or_style(client):
    html = client.get("/api/docs").get_data(as_text=True)
    assert html.count("<script") == html.count("<script src=")
    assert "<style" not in html and " style=" not in html


def test_docs_assets_are_same_origin(client):
    urls = docs_assets(client.get("/api/docs").get_data(as_text=True))
    assert len(urls) >= 4
    for url in urls:
        parts = urlsplit(url)
        assert not parts.scheme and not parts.netloc, url
        assert url.startswith("/") and not url.startswith("//"), url


def test_docs_assets_are_served_with_their_types(client):
    html = client.get("/api/docs").get_data(as_text=True)
    scripts = re.findall(r'<script src="([^"]+)"', html)
    styles = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    assert len(scripts) == 3 and len(styles) >= 1
    for url, mimetype in [(u, "text/javascript") for u in scripts] + [
        (u, "text/css") for u in styles
    ]:
        response = client.get(url)
        assert (response.status_code, response.mimetype) == (200, mimetype), url
        assert len(response.data) > 0, url


def test_docs_start_up_script_loads_this_servers_spec(client):
    html = client.get("/api/docs").get_data(as_text=True)
    assert 'data-spec-url="/api/openapi.json"' in html
    assert "SwaggerUIBundle(" in client.get("/api/docs/init.js").get_data(as_text=True)
    assert client.get("/api/openapi.json").status_code == 200


def test_docs_serve_only_the_listed_assets(client):
    assert client.get("/api/docs/assets/LICENSE").status_code == 404
    assert client.get("/api/docs/assets/..%2F__init__.py").status_code == 404


def test_docs_are_not_in_the_openapi_document(client):
    paths = client.get("/api/openapi.json").get_json()["paths"]
    assert not [p for p in paths if p.startswith("/api/docs")]
