"""The ``sanad`` command line: ask, search, check, serve, users, keys, export, bench."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from bot import knowledge

DEFAULT_KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


def knowledge_dir() -> Path:
    """The knowledge directory: $SANAD_KNOWLEDGE_DIR, else ./knowledge of the project."""
    return Path(os.environ.get("SANAD_KNOWLEDGE_DIR") or DEFAULT_KNOWLEDGE)


def _knowledge() -> knowledge.KnowledgeBase:
    try:
        return knowledge.load(knowledge_dir())
    except knowledge.KnowledgeError as exc:
        _report_problems(exc.problems)
        sys.exit(2)


def _engine(sessions=None):
    """An engine over the knowledge files alone (what benchmarks measure)."""
    from bot.answer import Engine

    return Engine(_knowledge(), sessions=sessions)


def _current_knowledge() -> knowledge.KnowledgeBase:
    """The knowledge files with the FAQ as curated in the console (the database's)."""
    import sqlalchemy as sa

    from bot.live import with_curated_faq

    kb = _knowledge()
    try:
        return with_curated_faq(kb, _store())
    except sa.exc.SQLAlchemyError as exc:
        click.echo(f"warning: database unavailable, using the FAQ files: {exc}", err=True)
        return kb


def _live_engine(sessions=None):
    """An engine answering as the server does: the curated FAQ included."""
    from bot.answer import Engine

    return Engine(_current_knowledge(), sessions=sessions)


def _report_problems(problems) -> None:
    click.echo(f"{len(problems)} problem(s) in the knowledge base:", err=True)
    for problem in problems:
        click.echo(f"  {problem}", err=True)


@click.group()
@click.version_option(package_name="sanad")
def main() -> None:
    """Sanad: answers questions from a knowledge base, in Arabic and Portuguese, with sources."""


@main.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print the answer object as JSON.")
@click.option("--session", "session_id", default=None, help="Session id for follow-ups.")
@click.option("--lang", type=click.Choice(["ar", "pt"]), default=None, help="Force a language.")
def ask(question: str, as_json: bool, session_id: str | None, lang: str | None) -> None:
    """Answer QUESTION from the knowledge base.

    The conversation is kept in the database (as the server keeps it), so a follow-up asked by
    a later command with --session and the printed session id ("ومتى؟") is understood in
    context.
    """
    from bot.store import DbSessions

    answer = _live_engine(DbSessions(_store())).ask(question, session_id=session_id, lang=lang)
    if as_json:
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(answer.answer)
    if answer.short_answer:
        click.echo(f"\n» {answer.short_answer}")
    click.echo(f"\nconfidence {answer.confidence:.2f} ({answer.confidence_band})")
    for c in answer.citations:
        click.echo(f"[{c.n}] {c.kind} {c.doc_id} {c.sentence_id} [{c.start}:{c.end}] {c.text}")
    for s in answer.suggestions:
        click.echo(f"  ? {s}")
    click.echo(f"\nsession {answer.session_id}")


@main.command()
@click.argument("query")
@click.option("-k", default=10, show_default=True, type=click.IntRange(1, 100))
@click.option("--lang", type=click.Choice(["ar", "pt"]), default=None)
def search(query: str, k: int, lang: str | None) -> None:
    """Show ranked sentences and FAQ entries for QUERY with their scores."""
    for rank, hit in enumerate(_live_engine().search(query, lang=lang, k=k), 1):
        click.echo(
            f"{rank:2}. {hit.kind:7} cover={hit.coverage:.2f} bm25={hit.score:7.3f} "
            f"{hit.id}\n    {hit.text}"
        )


@main.command()
@click.option("--dir", "directory", type=click.Path(path_type=Path), default=None)
def check(directory: Path | None) -> None:
    """Validate the knowledge files; report every problem with file and line."""
    directory = directory or knowledge_dir()
    problems = knowledge.check(directory)
    if problems:
        _report_problems(problems)
        sys.exit(1)
    kb = knowledge.load(directory)
    sentences = sum(len(a.sentences) for a in kb.articles)
    click.echo(
        f"ok: {len(kb.articles)} articles, {sentences} sentences, {len(kb.faq)} FAQ "
        f"entries, {len(kb.lexicon)} lexicon entries in {directory}"
    )


@main.command()
@click.option("--host", default=None, help="Address to bind [$SANAD_HOST, 127.0.0.1].")
@click.option("--port", default=None, type=int, help="Port [$SANAD_PORT, 8000].")
@click.option(
    "--workers",
    default=None,
    type=click.IntRange(1, 64),
    help="Gunicorn workers [$SANAD_WORKERS, 2].",
)
@click.option(
    "--threads",
    default=None,
    type=click.IntRange(1, 64),
    help="Request threads per worker [$SANAD_THREADS, 4].",
)
@click.option("--dev", is_flag=True, help="Flask's development server with reloader.")
def serve(
    host: str | None, port: int | None, workers: int | None, threads: int | None, dev: bool
) -> None:
    """Serve the HTTP API and the demo page (gunicorn; --dev for Flask's server)."""
    from bot.api import config as api_config

    settings = api_config.load()
    host = host or settings["HOST"]
    port = port or settings["PORT"]
    workers = workers or settings["WORKERS"]
    threads = threads or settings["THREADS"]
    try:
        knowledge.load(settings["KNOWLEDGE_DIR"])
    except knowledge.KnowledgeError as exc:
        click.echo("refusing to start: the knowledge base is invalid", err=True)
        _report_problems(exc.problems)
        sys.exit(2)
    from bot.api import server
    from bot.store import Store

    try:  # create the tables once, before the workers start
        Store(settings["DATABASE_URL"], prefix=settings["TABLE_PREFIX"]).close()
    except Exception as exc:
        click.echo(f"refusing to start: cannot open the database: {exc}", err=True)
        sys.exit(2)
    if dev:
        server.serve_dev(host, port)
    else:
        server.serve(host, port, workers, threads)


def _store():
    """The store of the Flask app when run as ``flask keys`` (test runner), else from config."""
    from flask.cli import ScriptInfo

    info = click.get_current_context().find_object(ScriptInfo)
    if info is not None:
        return info.load_app().extensions["sanad"].store
    from bot.api import config as api_config
    from bot.store import Store

    settings = api_config.load()
    return Store(settings["DATABASE_URL"], prefix=settings["TABLE_PREFIX"])


def _password(stdin: bool) -> str:
    if stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@main.group()
def users() -> None:
    """Staff accounts for the console at /console (roles: viewer, editor)."""


@users.command("create")
@click.argument("username")
@click.option(
    "--role",
    type=click.Choice(["viewer", "editor"]),
    default="viewer",
    show_default=True,
    help="viewer: search and read reports; editor: also change the FAQ.",
)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def users_create(username: str, role: str, password_stdin: bool) -> None:
    """Create the staff account USERNAME (asks for its password)."""
    from bot.store.staff import AccountError

    try:
        user = _store().users.create(username, _password(password_stdin), role)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"created {user.role} {user.username}")


@users.command("list")
def users_list() -> None:
    """List accounts: username, role, created."""
    for user in _store().users.list():
        click.echo(f"{user.username}\t{user.role}\t{user.created_at.isoformat(timespec='seconds')}")


@users.command("set-password")
@click.argument("username")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def users_set_password(username: str, password_stdin: bool) -> None:
    """Change USERNAME's password; their open console sessions end."""
    from bot.store.staff import AccountError

    try:
        changed = _store().users.set_password(username, _password(password_stdin))
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    if not changed:
        raise click.ClickException(f"no user {username!r}")
    click.echo(f"changed the password of {username}")


@users.command("set-role")
@click.argument("username")
@click.argument("role", type=click.Choice(["viewer", "editor"]))
def users_set_role(username: str, role: str) -> None:
    """Make USERNAME a viewer or an editor."""
    if not _store().users.set_role(username, role):
        raise click.ClickException(f"no user {username!r}")
    click.echo(f"{username} is now {role}")


@users.command("delete")
@click.argument("username")
def users_delete(username: str) -> None:
    """Delete USERNAME's account and end their sessions (their FAQ history stays)."""
    if not _store().users.delete(username):
        raise click.ClickException(f"no user {username!r}")
    click.echo(f"deleted {username}")


@main.command("export")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Write into a directory that is not empty.")
def export_command(directory: Path, force: bool) -> None:
    """Write the current knowledge base (with the curated FAQ) to DIRECTORY in the knowledge/
    format, to review and commit it; `sanad export knowledge --force` updates the shipped seed."""
    from bot.export import ExportError, export

    try:
        written = export(_current_knowledge(), directory, source=knowledge_dir(), overwrite=force)
    except ExportError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {len(written)} files to {directory}")


@main.group()
def keys() -> None:
    """API keys for messaging bots (stored hashed; a key is shown only when created)."""


@keys.command("create")
@click.argument("name")
def keys_create(name: str) -> None:
    """Create a key named NAME and print it once."""
    key, token = _store().create_key(name)
    click.echo(f"created key {key.id} ({key.name}); keep it now, it is not shown again:")
    click.echo(token)


@keys.command("list")
def keys_list() -> None:
    """List keys: id, prefix, name, created, revoked."""
    for key in _store().list_keys():
        revoked = key.revoked_at.isoformat(timespec="seconds") if key.revoked_at else "active"
        click.echo(
            f"{key.id}\t{key.prefix}…\t{key.name}\t"
            f"{key.created_at.isoformat(timespec='seconds')}\t{revoked}"
        )


@keys.command("revoke")
@click.argument("key_id", type=int)
def keys_revoke(key_id: int) -> None:
    """Revoke the key with id KEY_ID."""
    if not _store().revoke_key(key_id):
        raise click.ClickException(f"no active key with id {key_id}")
    click.echo(f"revoked key {key_id}")


@main.group()
def bench() -> None:
    """Benchmarks."""


@bench.command("live")
@click.option(
    "--database-url",
    default=None,
    help="Database the two servers share [a temporary SQLite file]; e.g. PostgreSQL.",
)
@click.option("--edits", default=15, show_default=True, type=click.IntRange(1, 1000))
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 16))
@click.option("--entry", "entry_id", default=None, help="FAQ entry to edit [one the chat cites].")
def bench_live(database_url: str | None, edits: int, workers: int, entry_id: str | None) -> None:
    """Seconds from an FAQ edit saved on one server to every worker of another answering with
    it (two `sanad serve` sharing a database); print JSON."""
    from bot import livebench
    from bot.loadtest import LoadTestError

    try:
        result = livebench.run(database_url, edits=edits, workers=workers, entry_id=entry_id)
    except LoadTestError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(result))


@bench.command("squad")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", type=click.Choice(["ar", "pt"]), default=None)
@click.option(
    "--split",
    type=click.Choice(["all", "tune", "held-out"]),
    default="all",
    show_default=True,
    help="Articles to use: all, or one half chosen by title hash.",
)
@click.option("--baseline", is_flag=True, help="Plain rank-bm25 instead of Sanad's retrieval.")
def bench_squad(path: Path, lang: str | None, split: str, baseline: bool) -> None:
    """Evaluate sentence retrieval on a SQuAD-format FILE; print JSON."""
    from bot import bench as benchmark

    try:
        runner = benchmark.baseline if baseline else benchmark.run
        result = runner(path, lang=lang, split=split)
    except benchmark.BenchError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(result, ensure_ascii=False))


@bench.command("eval")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--failures", is_flag=True, help="Also list every case that failed.")
def bench_eval(files: tuple[Path, ...], failures: bool) -> None:
    """Accuracy on evaluation YAML files (default: tests/eval/*.yaml); JSON per file."""
    from bot.evaluation import EvaluationError, evaluate_file

    engine = _engine()
    for path in files or _eval_files():
        try:
            report = evaluate_file(engine, path)
        except EvaluationError as exc:
            raise click.ClickException(str(exc)) from exc
        except (KeyError, TypeError) as exc:
            raise click.ClickException(f"{path}: a case lacks 'q' or has the wrong shape") from exc
        click.echo(json.dumps({"file": str(path), **report.summary()}, ensure_ascii=False))
        if failures:
            for section in ("answerable", "unanswerable", "followups", "cross_lingual"):
                for failure in getattr(report, section).failures:
                    click.echo(f"  {section}: {failure}")


def _eval_files() -> list[Path]:
    return sorted((Path(__file__).resolve().parent.parent / "tests" / "eval").glob("*.yaml"))


@bench.command("abstain")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", type=click.Choice(["ar", "pt"]), default=None)
def bench_abstain(path: Path, lang: str | None) -> None:
    """Right, wrong and withheld answers on a SQuAD-format FILE, with natural negatives."""
    from bot import bench as benchmark

    try:
        click.echo(json.dumps(benchmark.abstention(path, lang=lang)))
    except benchmark.BenchError as exc:
        raise click.ClickException(str(exc)) from exc


@bench.command("answer")
@click.option(
    "--questions",
    "path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    multiple=True,
    help="Evaluation YAML files whose questions are asked.",
)
@click.option("--rounds", default=5, show_default=True, type=click.IntRange(1, 100))
def bench_answer(path: tuple[Path, ...], rounds: int) -> None:
    """Median latency of the in-process answer path on the configured knowledge base."""
    from bot import bench as benchmark
    from bot.evaluation import load_cases

    files = path or _eval_files()
    questions = [
        case["q"]
        for file in files
        for section in ("answerable", "unanswerable")
        for case in load_cases(file).get(section) or []
    ]
    if not questions:
        raise click.ClickException("no questions found; pass --questions FILE")
    click.echo(json.dumps(benchmark.answer_latency(_engine(), questions, rounds)))


@bench.command("http")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64))
@click.option(
    "--threads",
    default=None,
    type=click.IntRange(1, 64),
    help="Request threads per worker [the server's default].",
)
@click.option(
    "--duration", default=10.0, show_default=True, type=click.FloatRange(0.1, 600), help="s"
)
@click.option("--concurrency", default=8, show_default=True, type=click.IntRange(1, 256))
@click.option("--port", default=None, type=click.IntRange(1, 65535), help="[a free port]")
@click.option("--runs", default=3, show_default=True, type=click.IntRange(1, 20))
@click.option(
    "--max-requests",
    default=1_000_000,
    show_default=True,
    type=click.IntRange(1),
    help="Per run, on top of --duration.",
)
def bench_http(
    workers: int,
    threads: int | None,
    duration: float,
    concurrency: int,
    port: int | None,
    runs: int,
    max_requests: int,
) -> None:
    """Requests/s and p50/p99 of POST /api/chat against GET /healthz of a real `sanad serve`.

    Starts the server on 127.0.0.1 with a temporary database and no effective rate limit,
    drives it from this process over keep-alive connections and prints the medians of
    RUNS runs per endpoint as JSON.
    """
    from bot import loadtest

    try:
        result = loadtest.run(
            workers=workers,
            threads=threads,
            duration=duration,
            concurrency=concurrency,
            port=port,
            runs=runs,
            max_requests=max_requests,
        )
    except loadtest.LoadTestError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(result))


if __name__ == "__main__":  # pragma: no cover
    main()
