"""Write a knowledge base back to files in the ``knowledge/`` format (``sanad export``).

The console edits the FAQ in the database; exporting turns it into files that can be reviewed
in version control and loaded again with :func:`bot.knowledge.load`. Articles are not editable in
the console, so their original files are copied byte for byte; so is the FAQ file of a language
nobody has curated. A curated FAQ is written from the records, each support quoting its
sentence's whole text.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import yaml

from bot import knowledge
from bot import lang as languages
from bot.knowledge import Article, FaqEntry, KnowledgeBase, LexiconEntry

HEADER = "# Written by `sanad export`"


class ExportError(ValueError):
    """The export was refused; the message says why."""


def export(
    kb: KnowledgeBase, out: Path, source: Path | None = None, *, overwrite: bool = False
) -> list[Path]:
    """Write ``kb`` to ``out``; return the files written.

    ``source`` is the knowledge directory ``kb`` came from: its ``lexicon.yaml`` is copied
    verbatim, comments included. ``out`` must be empty or absent unless ``overwrite``; then only
    the files this writes are replaced (a README or other files stay), and the FAQ file of a
    language left without entries is removed.
    """
    out = Path(out)
    _check_target(out, overwrite)
    files = {**_article_files(kb.articles), **_faq_files(kb, source)}
    files["lexicon.yaml"] = _lexicon_file(kb.lexicon, source)
    written = []
    for name, data in files.items():
        path = out / name
        _write_atomic(path, data)
        written.append(path)
    _remove_stale_faq(out, set(files))
    return written


def _check_target(out: Path, overwrite: bool) -> None:
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} exists and is not a directory")
    if out.is_dir() and any(out.iterdir()) and not overwrite:
        raise ExportError(
            f"{out} is not empty; pass overwrite=True (sanad export --force) to replace "
            "the knowledge files in it"
        )


# --- articles ----------------------------------------------------------------------------------


def _article_files(articles: tuple[Article, ...]) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for article in articles:
        original = Path(article.path) if article.path else None
        if original is not None and original.is_file():
            # Verbatim: keeps the editorial notes and exclude reasons the records do not hold.
            name, data = f"articles/{original.name}", original.read_bytes()
        else:
            name, data = f"articles/{article.id}.md", _article_text(article).encode()
        if name in files:
            raise ExportError(f"two articles would be written to {name}")
        files[name] = data
    return files


def _article_text(article: Article) -> str:
    meta: dict[str, object] = {"id": article.id, "lang": article.lang, "title": article.title}
    for key in ("publisher", "source", "date", "url", "version_of"):
        value = getattr(article, key)
        if value is not None:
            meta[key] = value
    # The record keeps which sentences are excluded, not the passages; each sentence's text
    # restores the flag (the loader marks the first occurrence of a passage in the body).
    excluded = [{"text": s.text} for s in article.sentences if s.excluded]
    if excluded:
        meta["exclude"] = excluded
    return f"---\n{HEADER}\n{_dump(meta)}---\n{article.body}\n"


# --- FAQ ---------------------------------------------------------------------------------------


def _faq_files(kb: KnowledgeBase, source: Path | None = None) -> dict[str, bytes]:
    by_lang: dict[str, list[FaqEntry]] = {}
    for entry in kb.faq:
        if entry.lang not in languages.CODES:
            raise ExportError(f"FAQ entry {entry.id!r}: unknown language {entry.lang!r}")
        by_lang.setdefault(entry.lang, []).append(entry)
    unchanged = _source_faq(source)
    files = {}
    for code, entries in by_lang.items():
        name = f"faq/{code}.yaml"
        if name in unchanged and unchanged[name][0] == tuple(entries):
            # Nobody curated this language: the hand-written file, comments and short quotes
            # included, so that exporting an untouched installation changes nothing in review.
            files[name] = unchanged[name][1]
            continue
        items = [_faq_item(kb, entry) for entry in entries]
        header = (
            f"{HEADER}: the {languages.get(code).name} FAQ as curated in the staff console.\n"
            "# Each support quotes the whole sentence it names.\n"
        )
        files[f"faq/{code}.yaml"] = (header + _dump(items)).encode()
    return files


def _source_faq(source: Path | None) -> dict[str, tuple[tuple[FaqEntry, ...], bytes]]:
    """Per FAQ file of the ``source`` knowledge directory: its entries and its bytes."""
    if source is None or not (Path(source) / "faq").is_dir():
        return {}
    try:
        base = knowledge.load(source)
    except knowledge.KnowledgeError:
        return {}  # an invalid source is rewritten from the records
    found = {}
    for code in languages.CODES:
        path = Path(source) / "faq" / f"{code}.yaml"
        if path.is_file():
            found[f"faq/{code}.yaml"] = (base.faq_for(code), path.read_bytes())
    return found


def _faq_item(kb: KnowledgeBase, entry: FaqEntry) -> dict:
    item: dict[str, object] = {"id": entry.id, "question": entry.question}
    if entry.alternates:
        item["alternates"] = list(entry.alternates)
    item["answer"] = entry.answer
    item["supports"] = [_support(kb, entry, sid) for sid in entry.supports]
    return item


def _support(kb: KnowledgeBase, entry: FaqEntry, sentence_id: str) -> dict:
    try:
        sentence = kb.sentence(sentence_id)
    except KeyError:
        raise ExportError(
            f"FAQ entry {entry.id!r}: support {sentence_id!r} is no sentence of the articles"
        ) from None
    # The loader resolves a quote to the one sentence containing it. The whole text is the
    # longest quote there is: when it also lies inside another sentence of the article (or the
    # sentence is repeated), no quote names this one alone and the file will not load; the
    # round-trip tests would show it.
    return {"article": sentence.doc_id, "quote": sentence.text}


# --- lexicon -----------------------------------------------------------------------------------


def _lexicon_file(lexicon: tuple[LexiconEntry, ...], source: Path | None) -> bytes:
    original = Path(source) / "lexicon.yaml" if source is not None else None
    if original is not None and original.is_file():
        return original.read_bytes()
    items = []
    for entry in lexicon:
        item: dict[str, object] = {"type": entry.type} if entry.type else {}
        item.update({code: list(words) for code, words in entry.words.items() if words})
        items.append(item)
    # Flow-style word lists ("pt: [Bybit]") as in the hand-written file; always written, even
    # empty, so that an overwritten directory keeps no stale lexicon.
    body = yaml.safe_dump(
        items, allow_unicode=True, sort_keys=False, width=100, default_flow_style=None
    )
    return f"{HEADER}: names and synonyms across the two languages.\n{body}".encode()


# --- files -------------------------------------------------------------------------------------


def _dump(data: object) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def _write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` in one step, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates the file private (0600); a knowledge file is meant to be shared.
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _remove_stale_faq(out: Path, written: set[str]) -> None:
    """Remove the FAQ file of each language that no longer has entries."""
    for code in languages.CODES:
        name = f"faq/{code}.yaml"
        if name not in written:
            (out / name).unlink(missing_ok=True)
