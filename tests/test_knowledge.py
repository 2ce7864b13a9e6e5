"""Loading and validating the knowledge base: records, sentence ids, offsets, problems."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from bot.knowledge import (
    Article,
    FaqEntry,
    KnowledgeBase,
    KnowledgeError,
    LexiconEntry,
    Problem,
    Sentence,
    build_article,
    check,
    load,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "knowledge"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "knowledge"
PROMO = "Principais diferenças : os projetos de criptografia de ferramenta secreta usam"

ARTICLE = """\
---
id: a
lang: pt
title: Biblioteca
date: 2025-05-13
---
A biblioteca reabre na quinta-feira. A reforma custou 3,5 milhões de reais.
A diretora é Marta Queiroz.
"""
FAQ = """\
- id: f1
  question: Quando a biblioteca reabre?
  answer: Na quinta-feira.
  supports:
    - article: a
      quote: reabre na quinta-feira
"""
LEXICON = """\
- type: person
  ar: [مارتا كيروز]
  pt: [Marta Queiroz]
"""
BASE = {"articles/a.md": ARTICLE, "faq/pt.yaml": FAQ, "lexicon.yaml": LEXICON}


def write_kb(root: Path, files: dict[str, str | bytes | None]) -> Path:
    """A knowledge directory with the valid BASE files, overridden (None deletes) by ``files``."""
    for rel, content in {**BASE, **files}.items():
        if content is None:
            continue
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    (root / "articles").mkdir(exist_ok=True)
    return root


# --- the seed knowledge base and the checked-in fixture -------------------------------------


@pytest.fixture(scope="module")
def seed() -> KnowledgeBase:
    return load(SEED)


@pytest.fixture(scope="module")
def fixture_kb() -> KnowledgeBase:
    return load(FIXTURE)


@pytest.mark.parametrize("directory", [SEED, FIXTURE], ids=["seed", "fixture"])
def test_knowledge_directory_checks_clean(directory):
    assert check(directory) == []


def test_seed_has_one_article_per_language(seed):
    assert sorted(a.lang for a in seed.articles) == ["ar", "pt"]
    assert {a.id for a in seed.articles} == {"kr-eu-cyber-ar", "kr-eu-cyber-pt"}


@pytest.mark.parametrize("directory", [SEED, FIXTURE], ids=["seed", "fixture"])
def test_every_sentence_slices_its_article_body(directory):
    kb = load(directory)
    for article in kb.articles:
        assert article.sentences
        for sentence in article.sentences:
            assert article.body[sentence.start : sentence.end] == sentence.text
            assert sentence.text == sentence.text.strip()
            assert (sentence.doc_id, sentence.lang) == (article.id, article.lang)


@pytest.mark.parametrize("directory", [SEED, FIXTURE], ids=["seed", "fixture"])
def test_sentence_ids_are_unique_and_shaped_doc_hash8(directory):
    kb = load(directory)
    ids = [s.id for a in kb.articles for s in a.sentences]
    assert len(ids) == len(set(ids))
    for article in kb.articles:
        for sentence in article.sentences:
            assert re.fullmatch(rf"{re.escape(article.id)}:[0-9a-f]{{8}}(-\d+)?", sentence.id)
            assert kb.sentence(sentence.id) is sentence


def test_portuguese_promo_line_is_the_only_excluded_sentence(seed):
    article = seed.article("kr-eu-cyber-pt")
    excluded = [s for s in article.sentences if s.excluded]
    assert len(excluded) == 1
    assert excluded[0].text.startswith(PROMO)
    assert excluded[0] == article.sentences[-1]


def test_arabic_article_has_no_excluded_sentence(seed):
    assert not any(s.excluded for s in seed.article("kr-eu-cyber-ar").sentences)


@pytest.mark.parametrize("directory", [SEED, FIXTURE], ids=["seed", "fixture"])
def test_faq_supports_name_sentences_of_the_same_language(directory):
    kb = load(directory)
    assert kb.faq
    for entry in kb.faq:
        assert entry.supports, entry.id
        for sid in entry.supports:
            assert kb.sentence(sid).lang == entry.lang


def test_fixture_contents(fixture_kb):
    assert sorted((a.id, a.lang) for a in fixture_kb.articles) == [
        ("biblioteca-ar", "ar"),
        ("biblioteca-pt", "pt"),
    ]
    assert len(fixture_kb.faq_for("ar")) == len(fixture_kb.faq_for("pt")) == 2
    for article in fixture_kb.articles:
        content = [s for s in article.sentences if not s.heading and not s.excluded]
        assert 4 <= len(content) <= 6
    assert {e.type for e in fixture_kb.lexicon} >= {"person", "place", None}


@pytest.mark.parametrize(
    ("faq_id", "quote"),
    [
        ("pt-biblioteca-reabertura", "quinta-feira"),
        ("pt-biblioteca-custo", "3,5 milhões de reais"),
        ("ar-biblioteca-reopening", "يوم الخميس"),
        ("ar-biblioteca-director", "مارتا كيروز"),
    ],
)
def test_fixture_faq_support_holds_the_fact(fixture_kb, faq_id, quote):
    (entry,) = [e for e in fixture_kb.faq if e.id == faq_id]
    assert any(quote in fixture_kb.sentence(sid).text for sid in entry.supports)


def test_front_matter_date_stays_a_string(tmp_path):
    kb = load(write_kb(tmp_path, {}))
    assert kb.article("a").date == "2025-05-13"


@pytest.mark.parametrize(
    ("record", "attribute"),
    [
        pytest.param(lambda kb: kb, "articles", id="knowledge-base"),
        pytest.param(lambda kb: kb.articles[0], "body", id="article"),
        pytest.param(lambda kb: kb.articles[0].sentences[0], "text", id="sentence"),
        pytest.param(lambda kb: kb.faq[0], "answer", id="faq-entry"),
        pytest.param(lambda kb: kb.lexicon[0], "type", id="lexicon-entry"),
    ],
)
def test_records_are_frozen(tmp_path, record, attribute):
    target = record(load(write_kb(tmp_path, {})))
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(target, attribute, None)


def test_problem_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Problem("x", 1, "m").line = 2  # type: ignore[misc]


def test_record_types(tmp_path):
    kb = load(write_kb(tmp_path, {}))
    assert isinstance(kb.articles[0], Article)
    assert isinstance(kb.articles[0].sentences[0], Sentence)
    assert isinstance(kb.faq[0], FaqEntry)
    assert isinstance(kb.lexicon[0], LexiconEntry)


# --- build_article ----------------------------------------------------------------------------

S1 = "A biblioteca reabre na quinta-feira."
S2 = "A reforma custou 3,5 milhões de reais."
S3 = "A diretora é Marta Queiroz."


def ids_by_text(article: Article) -> dict[str, str]:
    return {s.text: s.id for s in article.sentences}


@pytest.mark.parametrize(
    "edited",
    [
        pytest.param(
            f"{S1} A reforma custou 4 milhões de reais.\n{S3}", id="other-sentence-edited"
        ),
        pytest.param(f"Nova frase no início. {S1} {S2}\n{S3}", id="sentence-inserted-before"),
        pytest.param(f"{S1}\n{S3}", id="sentence-deleted"),
        pytest.param(f"{S3}\n{S1} {S2}", id="paragraphs-reordered"),
        pytest.param(f"{S1}\n\n{S2}\n{S3}", id="paragraphs-resplit"),
    ],
)
def test_sentence_ids_survive_edits_to_other_sentences(edited):
    before = ids_by_text(build_article("doc", "pt", "T", f"{S1} {S2}\n{S3}"))
    after = ids_by_text(build_article("doc", "pt", "T", edited))
    for text, sid in after.items():
        if text in before:
            assert sid == before[text], text


def test_sentence_id_changes_when_the_sentence_changes():
    before = build_article("doc", "pt", "T", S1).sentences[0].id
    after = build_article("doc", "pt", "T", S1.replace("quinta", "sexta")).sentences[0].id
    assert before != after


def test_sentence_id_ignores_spacing_inside_the_sentence():
    a = build_article("doc", "pt", "T", "A biblioteca  reabre\tna quinta-feira.")
    b = build_article("doc", "pt", "T", S1)
    assert a.sentences[0].id == b.sentences[0].id


def test_sentence_id_is_scoped_by_document():
    a = build_article("doc-a", "pt", "T", S1).sentences[0].id
    b = build_article("doc-b", "pt", "T", S1).sentences[0].id
    assert a.split(":")[1] == b.split(":")[1]
    assert (a.split(":")[0], b.split(":")[0]) == ("doc-a", "doc-b")


def test_repeated_sentence_gets_distinct_ids():
    article = build_article("doc", "pt", "T", f"{S1}\n{S1}")
    first, second = article.sentences
    assert first.text == second.text
    assert first.id != second.id


def test_build_article_paragraph_numbers_and_offsets():
    body = f"Título\n\n{S1} {S2}\n  {S3}  "
    article = build_article("doc", "pt", "T", body)
    assert [(s.paragraph, s.heading) for s in article.sentences] == [
        (0, True),
        (1, False),
        (1, False),
        (2, False),
    ]
    for s in article.sentences:
        assert body[s.start : s.end] == s.text


def test_build_article_uses_given_paragraph_spans():
    body = f"{S1} {S2} {S3}"
    second = body.index(S2)
    article = build_article("doc", "pt", "T", body, spans=[(0, second - 1), (second, len(body))])
    assert [s.paragraph for s in article.sentences] == [0, 1, 1]
    assert article.paragraphs == ((0, second - 1), (second, len(body)))


@pytest.mark.parametrize(
    ("exclude", "expected"),
    [
        pytest.param([], [False, False, False], id="nothing"),
        pytest.param([S2], [False, True, False], id="one-sentence"),
        pytest.param([f"{S1} {S2}"], [True, True, False], id="passage-of-two"),
        pytest.param(["custou 3,5"], [False, False, False], id="part-of-a-sentence"),
        pytest.param(["not in the body"], [False, False, False], id="absent-passage"),
    ],
)
def test_build_article_marks_excluded_sentences(exclude, expected):
    body = f"{S1} {S2}\n{S3}"
    article = build_article("doc", "pt", "T", body, exclude=exclude)
    assert [s.excluded for s in article.sentences] == expected
    assert [s.text for s in article.sentences] == [S1, S2, S3]


# --- check: every problem, with its file and line ----------------------------------------------

CASES = [
    pytest.param(
        {"articles/a.md": ARTICLE.replace("---\n", "", 1)},
        "articles/a.md",
        {1},
        "front matter",
        id="article-missing-front-matter",
    ),
    pytest.param(
        {"articles/a.md": ARTICLE.replace("date: 2025-05-13\n", "date: 2025-05-13\nautor: X\n")},
        "articles/a.md",
        {2, 6},
        "unknown field 'autor'",
        id="article-unknown-field",
    ),
    pytest.param(
        {"articles/a.md": ARTICLE.replace("lang: pt", "lang: es")},
        "articles/a.md",
        {2, 3},
        "lang",
        id="article-bad-lang",
    ),
    pytest.param(
        {"articles/a.md": ARTICLE.replace("id: a\n", "id: A b\n")},
        "articles/a.md",
        {2},
        "id 'A b'",
        id="article-bad-id",
    ),
    pytest.param(
        {"articles/a.md": ARTICLE.replace("title: Biblioteca", "title: a: b")},
        "articles/a.md",
        {4},
        "invalid YAML",
        id="article-invalid-yaml-mapping",
    ),
    pytest.param(
        {"articles/b.md": ARTICLE.replace("date: 2025-05-13", "date: 2025-05-14")},
        "articles/b.md",
        {2},
        "duplicate article id 'a'",
        id="article-duplicate-id",
    ),
    pytest.param(
        {"articles/a.md": ARTICLE.encode("utf-8").replace("é".encode(), b"\xe9")},
        "articles/a.md",
        None,
        "UTF-8",
        id="article-not-utf8",
    ),
    pytest.param(
        {"faq/pt.yaml": FAQ.replace("quote: reabre na quinta-feira", "quote: nada disso")},
        "faq/pt.yaml",
        {5},
        "matches no sentence",
        id="faq-quote-matches-no-sentence",
    ),
    pytest.param(
        {"faq/pt.yaml": FAQ.replace("quote: reabre na quinta-feira", "quote: A ")},
        "faq/pt.yaml",
        {5},
        "matches 3 sentences",
        id="faq-quote-matches-several-sentences",
    ),
    pytest.param(
        {"faq/pt.yaml": FAQ.replace("article: a", "article: zz")},
        "faq/pt.yaml",
        {5},
        "unknown article 'zz'",
        id="faq-unknown-article",
    ),
    pytest.param(
        {"faq/pt.yaml": FAQ + FAQ.replace("Quando", "Quando mesmo")},
        "faq/pt.yaml",
        {7},
        "duplicate FAQ id 'f1'",
        id="faq-duplicate-id",
    ),
    pytest.param(
        {"faq/pt.yaml": FAQ.replace("answer: Na quinta-feira.", "answer: Na: quinta-feira: 2")},
        "faq/pt.yaml",
        {3},
        "invalid YAML",
        id="faq-invalid-yaml",
    ),
    pytest.param(
        {"faq/pt.yaml": FAQ.replace("  answer: Na quinta-feira.\n", "")},
        "faq/pt.yaml",
        {1},
        "missing or empty 'answer'",
        id="faq-missing-answer",
    ),
    pytest.param(
        {"faq/pt.yaml": FAQ.replace("  supports:", "  fonte: x\n  supports:")},
        "faq/pt.yaml",
        {1, 4},
        "unknown field 'fonte'",
        id="faq-unknown-field",
    ),
    pytest.param(
        {"faq/pt.yaml": None, "faq/es.yaml": FAQ},
        "faq/es.yaml",
        {1},
        "language code",
        id="faq-file-not-a-language",
    ),
    pytest.param(
        {"faq/pt.yaml": FAQ.encode("utf-8").replace(b"Quando", b"Qu\xe9ndo")},
        "faq/pt.yaml",
        None,
        "UTF-8",
        id="faq-not-utf8",
    ),
    pytest.param(
        {"lexicon.yaml": LEXICON + "- type: animal\n  pt: [Gato]\n"},
        "lexicon.yaml",
        {4},
        "type must be",
        id="lexicon-unknown-type",
    ),
    pytest.param(
        {"lexicon.yaml": LEXICON + "- type: place\n  es: [Sevilla]\n"},
        "lexicon.yaml",
        {4},
        "'ar'/'pt'",
        id="lexicon-unknown-language",
    ),
]


def test_base_fixture_is_valid(tmp_path):
    """The broken knowledge bases below differ from this valid one in one place each."""
    assert check(write_kb(tmp_path, {})) == []


@pytest.mark.parametrize(("files", "path", "lines", "message"), CASES)
def test_check_reports_problem_with_path_and_line(tmp_path, files, path, lines, message):
    """``lines``: where the problem is (the offending field, or its entry's first line);
    None where the file cannot be read line by line (the byte offset is reported instead)."""
    problems = check(write_kb(tmp_path, files))
    found = [p for p in problems if Path(p.path) == tmp_path / path and message in p.message]
    assert len(found) == 1, [str(p) for p in problems]
    if lines is None:
        assert found[0].line >= 1
    else:
        assert found[0].line in lines, [str(p) for p in problems]


@pytest.mark.parametrize(("files", "path", "lines", "message"), CASES)
def test_load_raises_with_the_same_problems(tmp_path, files, path, lines, message):
    root = write_kb(tmp_path, files)
    with pytest.raises(KnowledgeError) as info:
        load(root)
    assert list(info.value.problems) == check(root)
    assert message in str(info.value)


def test_check_reports_every_problem_at_once(tmp_path):
    root = write_kb(
        tmp_path,
        {
            "articles/b.md": "no front matter here\n",
            "faq/pt.yaml": FAQ.replace("article: a", "article: zz"),
            "faq/ar.yaml": "- id: x\n  question: [\n",
            "lexicon.yaml": LEXICON + "- type: animal\n  pt: [Gato]\n",
        },
    )
    paths = {Path(p.path).relative_to(tmp_path).as_posix() for p in check(root)}
    assert paths == {"articles/b.md", "faq/pt.yaml", "faq/ar.yaml", "lexicon.yaml"}


def test_problem_string_is_path_colon_line_colon_message():
    assert str(Problem("faq/pt.yaml", 7, "duplicate FAQ id 'f1'")) == (
        "faq/pt.yaml:7: duplicate FAQ id 'f1'"
    )


def test_missing_directory_is_a_problem(tmp_path):
    problems = check(tmp_path / "nowhere")
    assert len(problems) == 1
    assert "not found" in problems[0].message


def test_directory_without_articles_is_a_problem(tmp_path):
    problems = check(write_kb(tmp_path, {"articles/a.md": None, "faq/pt.yaml": None}))
    assert [p.message for p in problems] == ["no articles (*.md) found"]
