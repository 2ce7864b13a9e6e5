"""bot.export: the knowledge base written back to files loads again as the same knowledge."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot import knowledge
from bot.export import HEADER, ExportError, export
from bot.knowledge import FaqEntry, LexiconEntry

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "knowledge"
FIXTURE = ROOT / "tests" / "fixtures" / "knowledge"
SOURCES = pytest.mark.parametrize("source", [SEED, FIXTURE], ids=["seed", "fixture"])


@pytest.fixture(scope="module")
def seed():
    return knowledge.load(SEED)


@pytest.fixture(scope="module")
def fixture_kb():
    return knowledge.load(FIXTURE)


def articles(kb):
    return [(a.id, [(s.id, s.text, s.excluded) for s in a.sentences]) for a in kb.articles]


def faq(kb):
    return [(e.id, e.lang, e.question, e.answer, e.alternates, e.supports) for e in kb.faq]


def with_faq(kb, entries):
    return replace(kb, faq=tuple(entries), _sentences={})


def entry(kb, entry_id):
    return next(e for e in kb.faq if e.id == entry_id)


# --- round trip --------------------------------------------------------------------------------


@SOURCES
def test_round_trip_keeps_articles(source, tmp_path):
    kb = knowledge.load(source)
    export(kb, tmp_path / "out", source=source)
    assert articles(knowledge.load(tmp_path / "out")) == articles(kb)


@SOURCES
def test_round_trip_keeps_faq(source, tmp_path):
    kb = knowledge.load(source)
    export(kb, tmp_path / "out", source=source)
    assert faq(knowledge.load(tmp_path / "out")) == faq(kb)


@SOURCES
def test_round_trip_keeps_lexicon(source, tmp_path):
    kb = knowledge.load(source)
    export(kb, tmp_path / "out", source=source)
    assert knowledge.load(tmp_path / "out").lexicon == kb.lexicon


def test_round_trip_without_source_serialises_the_lexicon(seed, tmp_path):
    export(seed, tmp_path / "out")
    assert knowledge.load(tmp_path / "out").lexicon == seed.lexicon


def test_lexicon_copied_verbatim_from_source(seed, tmp_path):
    export(seed, tmp_path / "out", source=SEED)
    assert (tmp_path / "out/lexicon.yaml").read_bytes() == (SEED / "lexicon.yaml").read_bytes()


def test_empty_lexicon_is_written_and_loads(fixture_kb, tmp_path):
    export(replace(fixture_kb, lexicon=(), _sentences={}), tmp_path / "out")
    assert knowledge.load(tmp_path / "out").lexicon == ()


def test_lexicon_entry_without_type_round_trips(fixture_kb, tmp_path):
    synonyms = LexiconEntry({"ar": ("مكتبة",), "pt": ("biblioteca", "acervo")})
    export(replace(fixture_kb, lexicon=(synonyms,), _sentences={}), tmp_path / "out")
    assert knowledge.load(tmp_path / "out").lexicon == (synonyms,)


def test_article_files_copied_verbatim(seed, tmp_path):
    export(seed, tmp_path / "out")
    for name in ("kr-eu-cyber-ar.md", "kr-eu-cyber-pt.md"):
        assert (tmp_path / "out/articles" / name).read_bytes() == (
            SEED / "articles" / name
        ).read_bytes()


@SOURCES
def test_articles_without_file_are_serialised(source, tmp_path):
    kb = knowledge.load(source)
    detached = replace(kb, articles=tuple(replace(a, path="") for a in kb.articles))
    export(detached, tmp_path / "out")
    again = knowledge.load(tmp_path / "out")
    assert articles(again) == articles(kb)
    assert [(a.title, a.body, a.source, a.version_of) for a in again.articles] == [
        (a.title, a.body, a.source, a.version_of) for a in kb.articles
    ]


def test_serialised_article_keeps_excluded_sentences(fixture_kb, tmp_path):
    detached = replace(fixture_kb, articles=tuple(replace(a, path="") for a in fixture_kb.articles))
    export(detached, tmp_path / "out")
    again = knowledge.load(tmp_path / "out")
    excluded = [s.text for a in again.articles for s in a.sentences if s.excluded]
    assert excluded == ["Assine a nossa newsletter e receba as notícias da cidade"]


def test_serialised_article_leaves_out_empty_fields(fixture_kb, tmp_path):
    detached = replace(fixture_kb, articles=tuple(replace(a, path="") for a in fixture_kb.articles))
    export(detached, tmp_path / "out")
    text = (tmp_path / "out/articles/biblioteca-ar.md").read_text("utf-8")
    assert ("publisher:" in text, "url:" in text, "date:" in text) == (False, False, False)


# --- the curated FAQ ---------------------------------------------------------------------------


def test_edited_answer_is_exported(seed, tmp_path):
    edited = replace(entry(seed, "pt-amount-stolen"), answer="Cerca de US$ 1,7 bilhão.")
    kb = with_faq(seed, [edited if e.id == edited.id else e for e in seed.faq])
    export(kb, tmp_path / "out", source=SEED)
    assert entry(knowledge.load(tmp_path / "out"), "pt-amount-stolen").answer == (
        "Cerca de US$ 1,7 bilhão."
    )


def test_new_entry_with_support_is_exported(seed, tmp_path):
    sentence = seed.article("kr-eu-cyber-ar").sentences[3]
    new = FaqEntry("ar-new", "ar", "سؤال جديد؟", "جواب جديد.", ("صيغة أخرى؟",), (sentence.id,))
    export(with_faq(seed, [*seed.faq, new]), tmp_path / "out", source=SEED)
    again = entry(knowledge.load(tmp_path / "out"), "ar-new")
    assert (again.lang, again.question, again.answer, again.alternates, again.supports) == (
        "ar",
        "سؤال جديد؟",
        "جواب جديد.",
        ("صيغة أخرى؟",),
        (sentence.id,),
    )


def test_removed_entry_is_gone(seed, tmp_path):
    kb = with_faq(seed, [e for e in seed.faq if e.id != "ar-amount-stolen"])
    export(kb, tmp_path / "out", source=SEED)
    ids = [e.id for e in knowledge.load(tmp_path / "out").faq]
    assert "ar-amount-stolen" not in ids
    assert len(ids) == len(seed.faq) - 1


@SOURCES
def test_export_of_an_uncurated_installation_is_the_source_byte_for_byte(source, tmp_path):
    export(knowledge.load(source), tmp_path / "out", source=source)
    for path in (source / "faq").glob("*.yaml"):
        assert (tmp_path / "out/faq" / path.name).read_bytes() == path.read_bytes()


def test_only_the_curated_language_is_rewritten(seed, tmp_path):
    edited = replace(entry(seed, "pt-amount-stolen"), answer="Cerca de US$ 1,7 bilhão.")
    kb = with_faq(seed, [edited if e.id == edited.id else e for e in seed.faq])
    export(kb, tmp_path / "out", source=SEED)
    assert (tmp_path / "out/faq/ar.yaml").read_bytes() == (SEED / "faq/ar.yaml").read_bytes()
    assert (tmp_path / "out/faq/pt.yaml").read_text("utf-8").startswith(HEADER)


def test_entry_without_alternates_omits_the_field(fixture_kb, tmp_path):
    bare = replace(entry(fixture_kb, "pt-biblioteca-custo"), alternates=())
    export(with_faq(fixture_kb, [bare]), tmp_path / "out")
    text = (tmp_path / "out/faq/pt.yaml").read_text("utf-8")
    assert "alternates" not in text
    assert faq(knowledge.load(tmp_path / "out")) == faq(with_faq(fixture_kb, [bare]))


def test_support_quotes_the_whole_sentence(fixture_kb, tmp_path):
    export(fixture_kb, tmp_path / "out")
    text = (tmp_path / "out/faq/pt.yaml").read_text("utf-8")
    assert "quote: A reforma do prédio custou 3,5 milhões de reais, pagos pela prefeitura" in text


def test_support_naming_an_unknown_sentence_is_refused(fixture_kb, tmp_path):
    broken = replace(entry(fixture_kb, "pt-biblioteca-custo"), supports=("biblioteca-pt:nope",))
    with pytest.raises(ExportError, match="biblioteca-pt:nope"):
        export(with_faq(fixture_kb, [broken]), tmp_path / "out")


def test_entry_in_unknown_language_is_refused(fixture_kb, tmp_path):
    stray = replace(entry(fixture_kb, "pt-biblioteca-custo"), lang="en")
    with pytest.raises(ExportError, match="unknown language 'en'"):
        export(with_faq(fixture_kb, [stray]), tmp_path / "out")


def test_faq_file_per_language_with_entries(fixture_kb, tmp_path):
    export(with_faq(fixture_kb, fixture_kb.faq_for("ar")), tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out/faq").iterdir()) == ["ar.yaml"]


def test_faq_file_has_a_header_comment(fixture_kb, tmp_path):
    export(fixture_kb, tmp_path / "out")
    first = (tmp_path / "out/faq/ar.yaml").read_text("utf-8").splitlines()[0]
    assert first.startswith("# Written by `sanad export`")


def test_arabic_is_written_as_utf8_characters(seed, tmp_path):
    export(seed, tmp_path / "out")
    raw = (tmp_path / "out/faq/ar.yaml").read_bytes()
    assert "ما سبب تعاون كوريا الجنوبية".encode() in raw
    assert b"\\u" not in raw


# --- the target directory ----------------------------------------------------------------------


def test_returns_the_files_written(fixture_kb, tmp_path):
    out = tmp_path / "out"
    assert sorted(p.relative_to(out).as_posix() for p in export(fixture_kb, out)) == [
        "articles/biblioteca-ar.md",
        "articles/biblioteca-pt.md",
        "faq/ar.yaml",
        "faq/pt.yaml",
        "lexicon.yaml",
    ]


def test_writes_into_an_existing_empty_directory(fixture_kb, tmp_path):
    export(fixture_kb, tmp_path)
    assert faq(knowledge.load(tmp_path)) == faq(fixture_kb)


def test_refuses_a_directory_that_is_not_empty(fixture_kb, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(ExportError, match="not empty"):
        export(fixture_kb, tmp_path)


def test_refusal_writes_nothing(fixture_kb, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(ExportError):
        export(fixture_kb, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_refuses_a_file_as_target(fixture_kb, tmp_path):
    (tmp_path / "out").write_text("")
    with pytest.raises(ExportError, match="not a directory"):
        export(fixture_kb, tmp_path / "out", overwrite=True)


def test_export_error_is_a_value_error():
    assert issubclass(ExportError, ValueError)


def test_overwrite_removes_a_stale_faq_file(fixture_kb, tmp_path):
    export(fixture_kb, tmp_path)
    export(with_faq(fixture_kb, fixture_kb.faq_for("pt")), tmp_path, overwrite=True)
    assert not (tmp_path / "faq/ar.yaml").exists()
    assert [e.lang for e in knowledge.load(tmp_path).faq] == ["pt", "pt"]


def test_overwrite_replaces_changed_files(fixture_kb, tmp_path):
    export(fixture_kb, tmp_path)
    edited = replace(entry(fixture_kb, "ar-biblioteca-director"), answer="مارتا.")
    export(with_faq(fixture_kb, [edited]), tmp_path, overwrite=True)
    assert [(e.id, e.answer) for e in knowledge.load(tmp_path).faq] == [
        ("ar-biblioteca-director", "مارتا.")
    ]


def test_overwrite_keeps_files_it_does_not_write(fixture_kb, tmp_path):
    (tmp_path / "README.md").write_text("# our knowledge")
    export(fixture_kb, tmp_path, overwrite=True)
    assert (tmp_path / "README.md").read_text() == "# our knowledge"


def test_export_onto_its_own_source_changes_no_article(fixture_kb, tmp_path):
    export(fixture_kb, tmp_path / "kb")
    before = {p.name: p.read_bytes() for p in (tmp_path / "kb/articles").iterdir()}
    kb = knowledge.load(tmp_path / "kb")
    export(kb, tmp_path / "kb", source=tmp_path / "kb", overwrite=True)
    after = {p.name: p.read_bytes() for p in (tmp_path / "kb/articles").iterdir()}
    assert after == before


def test_no_temporary_files_left(fixture_kb, tmp_path):
    export(fixture_kb, tmp_path)
    export(fixture_kb, tmp_path, overwrite=True)
    names = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    assert names == [
        "articles",
        "articles/biblioteca-ar.md",
        "articles/biblioteca-pt.md",
        "faq",
        "faq/ar.yaml",
        "faq/pt.yaml",
        "lexicon.yaml",
    ]


def test_written_files_are_readable_by_others(fixture_kb, tmp_path):
    export(fixture_kb, tmp_path)
    assert (tmp_path / "faq/pt.yaml").stat().st_mode & 0o044 == 0o044
