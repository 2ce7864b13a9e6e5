"""Schema-based fuzzing: schemathesis generates requests from /api/openapi.json for every
operation and checks each response against the same document: no 500, only documented status
codes and content types, bodies and headers that fit their schemas, and schema-violating
requests refused.

Three runs: anonymous (what a stranger can reach), as a messaging bot with a valid API key
(chat, feedback and the Rasa webhook), and as a logged-in editor with the CSRF token (the
console's views). The app is built at import, not from the ``app`` fixture: schemathesis's lazy
fixture loader fails under pytest 9 (``'Function' object has no attribute '_nodeid'``,
schemathesis 4.32).
"""

from __future__ import annotations

import itertools
import tempfile

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import ignored_auth, missing_required_header, positive_data_acceptance
from schemathesis.config import SchemathesisConfig
from servers import STAFF_PASSWORD

from bot import knowledge
from bot.api import create_app
from bot.api.console.access import COOKIE, CSRF_HEADER
from bot.cli import knowledge_dir

_DB = tempfile.TemporaryDirectory(prefix="sanad-schema-")  # removed at exit
KB = knowledge.load(knowledge_dir())
APP = create_app(
    {
        "TESTING": True,
        "DATABASE_URL": f"sqlite:///{_DB.name}/sanad.sqlite3",
        "KNOWLEDGE_BASE": KB,
        "SECRET_KEY": "test-secret",
        "RATELIMIT_ENABLED": False,
        "RATELIMIT_STORAGE_URI": "memory://",
        "ALLOWED_ORIGINS": ["https://widget.example"],
        "RELOAD_INTERVAL": 0,
    }
)
APP.extensions["sanad"].store.users.create("editor", STAFF_PASSWORD, "editor")
BOT_KEY = APP.extensions["sanad"].store.create_key("fuzz-bot")[1]
# What counts as refusing a schema-violating request: schemathesis's default statuses, less
# those the API never sends (406, 422, 428), plus 413, the refusal of a body over 16 KiB (a
# generated FAQ entry can be both too long for the schema and too large to read).
CONFIG = SchemathesisConfig.from_dict(
    {
        "checks": {
            "negative_data_rejection": {
                "expected-statuses": [400, 401, 403, 404, 405, 409, 413, 415, 429, "5xx"]
            }
        }
    }
)
SCHEMA = schemathesis.openapi.from_wsgi("/api/openapi.json", APP, config=CONFIG)
SETTINGS = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,  # the same examples on every run: CI fails on code, not on luck
    suppress_health_check=list(HealthCheck),
)
# Why not every check: a message that is schema-valid but blank once invisible characters are
# removed ("\u200b", "\u202e") is refused with 400 empty_message, and JSON Schema cannot say
# "at least one visible character" short of a regex listing every Cc/Cf/Co/Cn code point.
EXCLUDED = [positive_data_acceptance]


# Ids of records that exist, for the path parameters of that name. Change ids count from 1;
# the editor run's successful edits make them (schemathesis runs operations in document order,
# and the FAQ's PUT comes before the revert).
REAL_IDS = {
    "sentence_id": [s.id for a in KB.articles for s in a.sentences],
    "entry_id": [e.id for e in KB.faq],
    "change_id": [1, 2, 3],
}
_DRAWS = itertools.count()


def with_real_ids(case) -> None:
    """Every other case with schema-valid data names, in its path, a record that exists.

    Generated ids are random strings and numbers, so they only ever met 404: the success
    responses of these operations were never checked against their schemas."""
    meta = case.meta
    if meta is not None and meta.generation.mode is not GenerationMode.POSITIVE:
        return  # a case meant to break the schema stays broken
    for name, ids in REAL_IDS.items():
        if name in case.path_parameters and (n := next(_DRAWS)) % 2:
            case.path_parameters = {**case.path_parameters, name: ids[n // 2 % len(ids)]}


_LOGIN: dict[str, str] = {}


def editor_login() -> dict[str, str]:
    """A console session's cookie and CSRF token, as the console's pages get them.

    One login serves every case (hashing the password is most of a login's cost) until a case
    logs out."""
    if not _LOGIN:
        response = APP.test_client().post(
            "/console/api/login",
            json={"username": "editor", "password": STAFF_PASSWORD},
        )
        _LOGIN["cookie"] = response.headers["Set-Cookie"].split(";", 1)[0].partition("=")[2]
        _LOGIN["csrf"] = response.get_json()["csrf_token"]
    return _LOGIN


@SCHEMA.parametrize()
@SETTINGS
def test_anonymous_requests_get_documented_responses(case):
    with_real_ids(case)
    case.call_and_validate(excluded_checks=EXCLUDED)


@SCHEMA.include(path_regex="^/(api/chat|api/feedback|webhooks/rest/webhook)$").parametrize()
@SETTINGS
def test_bot_requests_get_documented_responses(case):
    # A real key instead of the generated one, as a messaging bot sends it; the checks that
    # judge a spoiled or missing Authorization header cannot apply once it is always sent.
    case.headers = {**(case.headers or {}), "Authorization": f"Bearer {BOT_KEY}"}
    case.call_and_validate(excluded_checks=[*EXCLUDED, ignored_auth, missing_required_header])


@SCHEMA.include(tag="Console").parametrize()
@SETTINGS
def test_editor_requests_get_documented_responses(case):
    login = editor_login()
    # The generated cookie and CSRF values are replaced by real ones: with random ones every
    # case would only meet the guard's 401 and 403.
    case.cookies = {**(case.cookies or {}), COOKIE: login["cookie"]}
    if case.headers and CSRF_HEADER in case.headers:
        case.headers[CSRF_HEADER] = login["csrf"]
    with_real_ids(case)
    try:
        # ignored_auth replays the case with its credentials spoiled, but the real cookie set
        # above goes along; the anonymous test meets the guard's 401 instead.
        case.call_and_validate(excluded_checks=[*EXCLUDED, ignored_auth])
    finally:
        if case.path == "/console/api/logout":
            _LOGIN.clear()


def test_every_other_case_names_a_record_that_exists():
    # Were the substitution to stop (schemathesis renaming what it is given), the fuzz tests
    # would still pass, having met only 404s: this one would not.
    from types import SimpleNamespace

    cases = [SimpleNamespace(meta=None, path_parameters={"entry_id": "x"}) for _ in range(4)]
    for case in cases:
        with_real_ids(case)
    named = [c.path_parameters["entry_id"] for c in cases]
    assert sum(n in REAL_IDS["entry_id"] for n in named) == 2 and named.count("x") == 2
