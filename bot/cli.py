"""The ``sanad`` command line: ask, search, check, serve, bench."""

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


def _engine():
    from bot.answer import Engine

    try:
        return Engine(knowledge.load(knowledge_dir()))
    except knowledge.KnowledgeError as exc:
        _report_problems(exc.problems)
        sys.exit(2)


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
    """Answer QUESTION from the knowledge base."""
    answer = _engine().ask(question, session_id=session_id, lang=lang)
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
    for rank, hit in enumerate(_engine().search(query, lang=lang, k=k), 1):
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


@main.group()
def bench() -> None:
    """Benchmarks."""


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

    files = path or sorted(
        (Path(__file__).resolve().parent.parent / "tests" / "eval").glob("*.yaml")
    )
    questions = [
        case["q"]
        for file in files
        for section in ("answerable", "unanswerable")
        for case in load_cases(file).get(section) or []
    ]
    if not questions:
        raise click.ClickException("no questions found; pass --questions FILE")
    click.echo(json.dumps(benchmark.answer_latency(_engine(), questions, rounds)))


if __name__ == "__main__":  # pragma: no cover
    main()
