"""Load and validate the knowledge base (``knowledge/``) into typed, immutable records.

Layout (see ``knowledge/README.md``):

* ``articles/*.md``: YAML front matter between ``---`` lines, then the body as published.
* ``faq/<lang>.yaml``: a list of FAQ entries.
* ``lexicon.yaml``: names and synonyms across the two languages.

Every problem is reported with its file and line; :func:`load` raises
:class:`KnowledgeError` carrying all of them at once, so an editor fixes everything in one go.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot import lang as languages
from bot import text as textsplit

ARTICLE_FIELDS = {"id", "lang", "title", "publisher", "source", "date", "url", "version_of"}
ARTICLE_FIELDS |= {"exclude", "notes"}
ENTITY_TYPES = ("person", "org", "place", "thing")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a knowledge file."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class KnowledgeError(ValueError):
    """The knowledge base is invalid; ``problems`` lists every reason."""

    code = "invalid_knowledge"

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article; ``body[start:end] == text`` for its article's body."""

    id: str
    doc_id: str
    lang: str
    text: str
    start: int
    end: int
    paragraph: int
    heading: bool = False
    excluded: bool = False


@dataclass(frozen=True)
class Article:
    id: str
    lang: str
    title: str
    body: str
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[tuple[int, int], ...]
    publisher: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None
    version_of: str | None = None
    path: str = ""


@dataclass(frozen=True)
class FaqEntry:
    id: str
    lang: str
    question: str
    answer: str
    alternates: tuple[str, ...] = ()
    supports: tuple[str, ...] = ()
    path: str = ""
    line: int = 0


@dataclass(frozen=True)
class LexiconEntry:
    """Words naming one thing or concept, per language; ``type`` is set for named entities."""

    words: Mapping[str, tuple[str, ...]]
    type: str | None = None


@dataclass(frozen=True)
class KnowledgeBase:
    articles: tuple[Article, ...]
    faq: tuple[FaqEntry, ...] = ()
    lexicon: tuple[LexiconEntry, ...] = ()
    _sentences: dict[str, Sentence] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for article in self.articles:
            for sentence in article.sentences:
                self._sentences[sentence.id] = sentence

    def sentence(self, sentence_id: str) -> Sentence:
        return self._sentences[sentence_id]

    def article(self, doc_id: str) -> Article:
        return next(a for a in self.articles if a.id == doc_id)

    def faq_for(self, lang: str) -> tuple[FaqEntry, ...]:
        return tuple(e for e in self.faq if e.lang == lang)


def build_article(
    doc_id: str,
    lang: str,
    title: str,
    body: str,
    spans: Iterable[tuple[int, int]] | None = None,
    exclude: Iterable[str] = (),
    **meta: str | None,
) -> Article:
    """Split ``body`` into sentences with stable ids; ``spans`` are the paragraphs.

    Without ``spans``, every non-blank line is a paragraph. Sentences whose text lies inside an
    ``exclude`` passage are kept (offsets stay true) but marked excluded from answers.
    """
    paragraphs = tuple(spans) if spans is not None else tuple(textsplit.paragraphs(body))
    excluded = [(body.find(x), body.find(x) + len(x)) for x in exclude if x in body]
    sentences: list[Sentence] = []
    seen: dict[str, int] = {}
    for number, (p_start, p_end) in enumerate(paragraphs):
        heading = textsplit.is_heading(body[p_start:p_end])
        for start, end in textsplit.sentences(body[p_start:p_end], p_start):
            text = body[start:end]
            out = any(a <= start and end <= b for a, b in excluded)
            sid = _sentence_id(doc_id, text, seen)
            sentences.append(Sentence(sid, doc_id, lang, text, start, end, number, heading, out))
    return Article(doc_id, lang, title, body, tuple(sentences), paragraphs, **meta)


def _sentence_id(doc_id: str, text: str, seen: dict[str, int]) -> str:
    """Id from the sentence's own words, so editing other sentences never renames it."""
    digest = hashlib.sha1(" ".join(text.split()).encode()).hexdigest()[:8]
    seen[digest] = seen.get(digest, 0) + 1
    suffix = "" if seen[digest] == 1 else f"-{seen[digest]}"
    return f"{doc_id}:{digest}{suffix}"


# --- loading files ---------------------------------------------------------------------------


class _LineLoader(yaml.SafeLoader):
    """A safe YAML loader that records the line of every mapping under ``__line__``."""

    def construct_mapping(self, node, deep=False):  # type: ignore[override]
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        mapping["__lines__"] = {
            key.value: key.start_mark.line + 1 for key, _ in node.value if hasattr(key, "value")
        }
        return mapping


# Dates and times stay strings: an editor's "2025-05-13" must not become a date object.
for _tag in ("tag:yaml.org,2002:timestamp",):
    _LineLoader.yaml_implicit_resolvers = {
        k: [(t, r) for t, r in v if t != _tag]
        for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


def _parse_yaml(text: str, path: str, problems: list[Problem], line0: int = 0):
    try:
        return yaml.load(text, Loader=_LineLoader)  # a SafeLoader subclass: no arbitrary objects
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = line0 + (mark.line + 1 if mark else 1)
        problems.append(Problem(path, line, f"invalid YAML: {getattr(exc, 'problem', exc)}"))
        return None


def load(directory: str | Path) -> KnowledgeBase:
    """Load ``directory``; raise :class:`KnowledgeError` listing every problem found."""
    root = Path(directory)
    problems: list[Problem] = []
    if not root.is_dir():
        raise KnowledgeError([Problem(str(root), 0, "knowledge directory not found")])
    articles = [_load_article(p, problems) for p in sorted((root / "articles").glob("*.md"))]
    articles = [a for a in articles if a is not None]
    if not articles:
        problems.append(Problem(str(root / "articles"), 0, "no articles (*.md) found"))
    # The id is reported at the front matter's first line: records keep no per-field lines.
    _check_unique([(a.id, a.path, 2) for a in articles], "article id", problems)
    by_id = {a.id: a for a in articles}
    faq = []
    for path in sorted((root / "faq").glob("*.yaml")):
        faq.extend(_load_faq(path, by_id, problems))
    _check_unique([(e.id, e.path, e.line) for e in faq], "FAQ id", problems)
    lexicon_path = root / "lexicon.yaml"
    lexicon = _load_lexicon(lexicon_path, problems) if lexicon_path.exists() else []
    if problems:
        raise KnowledgeError(problems)
    return KnowledgeBase(tuple(articles), tuple(faq), tuple(lexicon))


def check(directory: str | Path) -> list[Problem]:
    """Every problem of the knowledge base in ``directory`` (empty when valid)."""
    try:
        load(directory)
    except KnowledgeError as exc:
        return list(exc.problems)
    return []


def _check_unique(items: list[tuple[str, str, int]], what: str, problems: list[Problem]) -> None:
    """Report every (key, path, line) whose key was seen before."""
    seen: set[str] = set()
    for key, path, line in items:
        if key in seen:
            problems.append(Problem(path, line, f"duplicate {what} {key!r}"))
        seen.add(key)


def _load_article(path: Path, problems: list[Problem]) -> Article | None:
    raw = _read_text(path, problems)
    if raw is None:
        return None
    lines = raw.split("\n")
    if not lines or lines[0].strip() != "---" or "---" not in [x.strip() for x in lines[1:]]:
        problems.append(Problem(str(path), 1, "front matter must open and close with '---'"))
        return None
    close = 1 + [x.strip() for x in lines[1:]].index("---")
    meta = _parse_yaml("\n".join(lines[1:close]), str(path), problems, line0=1)
    if meta is None:
        return None
    if not isinstance(meta, dict):
        problems.append(Problem(str(path), 2, "front matter must be a mapping of fields"))
        return None
    body = "\n".join(lines[close + 1 :]).rstrip()
    return _article_from_meta(meta, body, path, problems)


def _article_from_meta(meta: dict, body: str, path: Path, problems: list[Problem]):
    before = len(problems)
    # The front matter starts on the file's second line, after the opening "---".
    first = meta.pop("__line__", 1) + 1
    lines = {key: n + 1 for key, n in meta.pop("__lines__", {}).items()}

    def report(key: str | None, message: str) -> None:
        problems.append(Problem(str(path), lines.get(key, first), message))

    for key in sorted(set(meta) - ARTICLE_FIELDS):
        report(key, f"unknown field {key!r}")
    for key in ("id", "lang", "title"):
        if not isinstance(meta.get(key), str) or not meta[key].strip():
            report(key, f"missing or empty field {key!r}")
    if isinstance(meta.get("id"), str) and not _ID_RE.match(meta["id"]):
        report("id", f"id {meta['id']!r} must match {_ID_RE.pattern}")
    if meta.get("lang") not in languages.CODES:
        report("lang", f"lang must be one of {languages.CODES}")
    if not body.strip():
        problems.append(Problem(str(path), first + len(meta) + 1, "article body is empty"))
    exclude = meta.get("exclude") or []
    if not isinstance(exclude, list):
        report("exclude", "'exclude' must be a list of passages")
        exclude = []
    for item in exclude:
        passage = item.get("text") if isinstance(item, dict) else item
        if not isinstance(passage, str) or passage not in body:
            report("exclude", f"excluded passage not in body: {passage!r}")
    if len(problems) > before:
        return None
    passages = [i.get("text") if isinstance(i, dict) else i for i in exclude]
    extra = {k: _opt_str(meta.get(k)) for k in ("publisher", "source", "date", "url")}
    extra["version_of"] = _opt_str(meta.get("version_of"))
    return build_article(
        meta["id"],
        meta["lang"],
        meta["title"].strip(),
        body,
        exclude=passages,
        path=str(path),
        **extra,
    )


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def _read_text(path: Path, problems: list[Problem]) -> str | None:
    try:
        return path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        problems.append(Problem(str(path), 1, f"not valid UTF-8 (byte {exc.start})"))
    except OSError as exc:
        problems.append(Problem(str(path), 0, f"cannot read: {exc.strerror}"))
    return None


def _load_faq(path: Path, articles: dict[str, Article], problems: list[Problem]):
    lang = path.stem
    raw = _read_text(path, problems)
    data = _parse_yaml(raw, str(path), problems) if raw is not None else None
    if data is None:
        return []
    if lang not in languages.CODES:
        problems.append(Problem(str(path), 1, f"FAQ file name must be a language code {lang!r}"))
        return []
    if not isinstance(data, list):
        problems.append(Problem(str(path), 1, "an FAQ file is a list of entries"))
        return []
    entries = (_faq_entry(item, lang, path, articles, problems) for item in data)
    return [e for e in entries if e is not None]


def _faq_entry(item, lang: str, path: Path, articles: dict[str, Article], problems):
    if not isinstance(item, dict):
        problems.append(Problem(str(path), 1, "each FAQ entry must be a mapping"))
        return None
    line = item.get("__line__", 1)
    before = len(problems)
    for key in ("id", "question", "answer"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            problems.append(Problem(str(path), line, f"FAQ entry: missing or empty {key!r}"))
    alternates = item.get("alternates") or []
    if not isinstance(alternates, list) or not all(isinstance(a, str) for a in alternates):
        problems.append(Problem(str(path), line, "FAQ entry: 'alternates' must be a list of text"))
    supports = [_resolve_support(s, articles, path, problems) for s in item.get("supports") or []]
    unknown = set(item) - {
        "id",
        "question",
        "answer",
        "alternates",
        "supports",
        "__line__",
        "__lines__",
    }
    for key in sorted(unknown):
        problems.append(Problem(str(path), line, f"FAQ entry: unknown field {key!r}"))
    if len(problems) > before:
        return None
    return FaqEntry(
        item["id"],
        lang,
        item["question"].strip(),
        item["answer"].strip(),
        tuple(a.strip() for a in alternates),
        tuple(s for s in supports if s),
        str(path),
        line,
    )


def _resolve_support(ref, articles: dict[str, Article], path: Path, problems) -> str | None:
    """A support is ``{article: ID, quote: TEXT}``: the one sentence of ID containing TEXT."""
    line = ref.get("__line__", 1) if isinstance(ref, dict) else 1
    if not isinstance(ref, dict) or not {"article", "quote"} <= set(ref):
        problems.append(Problem(str(path), line, "support must have 'article' and 'quote'"))
        return None
    article = articles.get(ref["article"])
    if article is None:
        problems.append(Problem(str(path), line, f"support: unknown article {ref['article']!r}"))
        return None
    found = [s for s in article.sentences if str(ref["quote"]) in s.text]
    if len(found) != 1:
        what = "no sentence" if not found else f"{len(found)} sentences"
        problems.append(Problem(str(path), line, f"support quote matches {what} of {article.id}"))
        return None
    return found[0].id


def _load_lexicon(path: Path, problems: list[Problem]) -> list[LexiconEntry]:
    raw = _read_text(path, problems)
    data = _parse_yaml(raw, str(path), problems) if raw is not None else None
    if not isinstance(data, list):
        if data is not None:
            problems.append(Problem(str(path), 1, "the lexicon is a list of entries"))
        return []
    out = []
    for item in data:
        line = item.get("__line__", 1) if isinstance(item, dict) else 1
        if not isinstance(item, dict):
            problems.append(Problem(str(path), line, "a lexicon entry is a mapping"))
            continue
        kind = item.get("type")
        if kind is not None and kind not in ENTITY_TYPES:
            problems.append(Problem(str(path), line, f"type must be one of {ENTITY_TYPES}"))
        words = {c: item.get(c) or [] for c in languages.CODES}
        bad = [c for c, w in words.items() if not isinstance(w, list)]
        if (
            bad
            or sum(len(w) for w in words.values()) < 1
            or set(item) - {"type", "__line__", "__lines__", *languages.CODES}
        ):
            problems.append(Problem(str(path), line, "entry needs lists under 'ar'/'pt' only"))
            continue
        out.append(LexiconEntry({c: tuple(map(str, w)) for c, w in words.items()}, kind))
    return out
