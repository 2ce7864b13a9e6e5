"""The SQuAD-format retrieval benchmark: loading, gold sentences, splits and metrics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.bench import BenchError, evaluate, load_squad

SQUAD = Path(__file__).resolve().parent / "fixtures" / "squad-tiny.json"
RAW = json.loads(SQUAD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dataset():
    return load_squad(SQUAD)


def pool(dataset):
    """Every sentence of the dataset, in document order."""
    return [s for a in dataset.kb.articles for s in a.sentences]


def test_load_guesses_portuguese(dataset):
    assert dataset.lang == "pt"


def test_load_shape(dataset):
    assert len(dataset.kb.articles) == 2
    assert [len(a.paragraphs) for a in dataset.kb.articles] == [2, 2]
    assert len(dataset.cases) == 8
    assert [a.title for a in dataset.kb.articles] == [a["title"] for a in RAW["data"]]


def test_paragraph_contexts_are_kept_verbatim(dataset):
    for article, raw in zip(dataset.kb.articles, RAW["data"], strict=True):
        contexts = [p["context"] for p in raw["paragraphs"]]
        assert [article.body[a:b] for a, b in article.paragraphs] == contexts


def test_sentences_slice_the_body(dataset):
    for article in dataset.kb.articles:
        for sentence in article.sentences:
            assert article.body[sentence.start : sentence.end] == sentence.text


def qas():
    for a_no, article in enumerate(RAW["data"]):
        for p_no, paragraph in enumerate(article["paragraphs"]):
            for qa in paragraph["qas"]:
                yield pytest.param(a_no, p_no, qa, id=qa["id"])


@pytest.mark.parametrize(("a_no", "p_no", "qa"), list(qas()))
def test_gold_sentence_contains_the_answer_start(dataset, a_no, p_no, qa):
    article = dataset.kb.articles[a_no]
    (case,) = [c for c in dataset.cases if c.question == qa["question"]]
    gold = dataset.kb.sentence(case.gold_sentence)
    answer = qa["answers"][0]
    offset = article.paragraphs[p_no][0] + answer["answer_start"]
    assert (case.doc_id, case.paragraph) == (article.id, p_no)
    assert gold.doc_id == article.id
    assert gold.start <= offset < gold.end
    assert answer["text"] in gold.text


def test_question_without_answers_is_skipped(tmp_path):
    data = {
        "data": [
            {
                "title": "T",
                "paragraphs": [
                    {
                        "context": "Uma frase. Outra frase.",
                        "qas": [
                            {"id": "1", "question": "Sem resposta?", "answers": []},
                            {
                                "id": "2",
                                "question": "Qual a outra?",
                                "answers": [{"text": "Outra", "answer_start": 11}],
                            },
                        ],
                    }
                ],
            }
        ]
    }
    path = tmp_path / "squad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    dataset = load_squad(path)
    assert [c.question for c in dataset.cases] == ["Qual a outra?"]
    assert dataset.kb.sentence(dataset.cases[0].gold_sentence).text == "Outra frase."


def test_explicit_language_overrides_detection():
    assert load_squad(SQUAD, lang="ar").lang == "ar"


# --- metrics ----------------------------------------------------------------------------------


def test_oracle_ranker_is_perfect(dataset):
    gold = {c.question: dataset.kb.sentence(c.gold_sentence) for c in dataset.cases}
    result = evaluate(dataset, lambda q: [gold[q]])
    assert result["questions"] == 8
    assert result["sentence"] == {"p@1": 1.0, "mrr@10": 1.0}
    assert result["passage"] == {"p@1": 1.0}


def test_reversed_ranker(dataset):
    """The pool in reverse order: sentence i of 12 (0-based) is ranked 12 - i.

    Gold sentences are pool indices 0, 1, 3, 4, 6, 8, 9 and 11, so only the last question is
    right at rank 1 (P@1 = 1/8); ranks 9, 8, 6, 4, 3 and 1 are inside the top 10 and indices
    0 and 1 are not (MRR@10 = (1/9 + 1/8 + 1/6 + 1/4 + 1/3 + 1) / 8); the top sentence is in
    the second paragraph of the second article, the paragraph of two questions (1/4).
    """
    sentences = pool(dataset)
    assert len(sentences) == 12
    index = {s.id: i for i, s in enumerate(sentences)}
    assert sorted(index[c.gold_sentence] for c in dataset.cases) == [0, 1, 3, 4, 6, 8, 9, 11]
    result = evaluate(dataset, lambda q: sentences[::-1])
    assert result["sentence"]["p@1"] == 0.125
    expected_mrr = (1 / 9 + 1 / 8 + 1 / 6 + 1 / 4 + 1 / 3 + 1) / 8
    assert result["sentence"]["mrr@10"] == pytest.approx(expected_mrr, abs=1e-4)
    assert result["passage"]["p@1"] == 0.25


def test_ranker_with_no_results_scores_zero(dataset):
    result = evaluate(dataset, lambda q: [])
    assert result["sentence"] == {"p@1": 0.0, "mrr@10": 0.0}
    assert result["passage"] == {"p@1": 0.0}


def test_only_the_top_ten_count_for_mrr(dataset):
    sentences = pool(dataset)
    gold = {c.question: dataset.kb.sentence(c.gold_sentence) for c in dataset.cases}

    def gold_eleventh(question):
        others = [s for s in sentences if s.id != gold[question].id]
        return [*others[:10], gold[question]]

    assert evaluate(dataset, gold_eleventh)["sentence"]["mrr@10"] == 0.0


def test_latency_is_reported(dataset):
    latency = evaluate(dataset, lambda q: [])["latency_ms"]
    assert 0 <= latency["p50"] <= latency["p99"]


# --- splits -----------------------------------------------------------------------------------


def test_splits_partition_the_articles(dataset):
    tune = load_squad(SQUAD, split="tune")
    held_out = load_squad(SQUAD, split="held-out")
    tune_titles = {a.title for a in tune.kb.articles}
    held_titles = {a.title for a in held_out.kb.articles}
    assert not tune_titles & held_titles
    assert tune_titles | held_titles == {a.title for a in dataset.kb.articles}
    assert len(tune.cases) + len(held_out.cases) == len(dataset.cases)


@pytest.mark.parametrize("split", ["tune", "held-out"])
def test_split_keeps_article_ids_and_cases(dataset, split):
    part = load_squad(SQUAD, split=split)
    full = {a.id: a.title for a in dataset.kb.articles}
    for article in part.kb.articles:
        assert full[article.id] == article.title
    kept = {a.id for a in part.kb.articles}
    assert set(part.cases) == {c for c in dataset.cases if c.doc_id in kept}


def test_unknown_split_is_an_error():
    with pytest.raises(BenchError):
        load_squad(SQUAD, split="train")


# --- bad files --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("{not json", id="not-json"),
        pytest.param("[1, 2]", id="top-level-list"),
        pytest.param('{"version": "1.1"}', id="no-data"),
        pytest.param('{"data": 5}', id="data-not-a-list"),
        pytest.param('{"data": ["x"]}', id="article-not-an-object"),
        pytest.param('{"data": [{"title": "t", "paragraphs": [{"qas": []}]}]}', id="no-context"),
        pytest.param(
            '{"data": [{"title": "t", "paragraphs": [{"context": "Um. Dois.", "qas": '
            '[{"question": "q", "answers": [{"text": "Um", "answer_start": "x"}]}]}]}]}',
            id="answer-start-not-a-number",
        ),
    ],
)
def test_bad_file_is_a_bench_error(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BenchError):
        load_squad(path)


def test_missing_file_is_a_bench_error(tmp_path):
    with pytest.raises(BenchError):
        load_squad(tmp_path / "missing.json")


def test_non_utf8_file_is_a_bench_error(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('{"data": [{"title": "Ação"}]}'.encode("latin-1"))
    with pytest.raises(BenchError):
        load_squad(path)


def test_abstention_accounts_for_every_question():
    from bot.bench import abstention

    result = abstention(SQUAD)
    answerable = result["answerable"]
    assert set(answerable) == {"correct", "cited_not_first", "wrong", "withheld"}
    assert sum(answerable.values()) == pytest.approx(1.0, abs=1e-3)
    assert 0.0 <= result["unanswerable"]["declined"] <= 1.0
    assert result["questions"] == 2 * len(load_squad(SQUAD).cases)


def test_abstention_reports_how_often_short_answers_are_shown_and_right():
    from bot.bench import abstention

    short = abstention(SQUAD)["short_answer"]
    assert set(short) == {"given", "precision"}
    assert 0.0 < short["given"] <= 1.0 and 0.0 <= short["precision"] <= 1.0


def test_squad_cases_keep_the_gold_answer_span():
    assert all(case.answer for case in load_squad(SQUAD).cases)


@pytest.mark.parametrize(
    ("got", "gold", "code", "agree"),
    [
        ("1.7 مليار دولار", "1.7 مليار", "ar", True),
        ("الثلاثاء", "يوم الثلاثاء", "ar", True),
        ("كوريا الجنوبية", "كوريا الشمالية", "ar", False),
        ("Seul", "em Seul", "pt", True),
        ("Platão", "Aristóteles", "pt", False),
        ("", "Seul", "pt", False),
    ],
)
def test_spans_agree(got, gold, code, agree):
    from bot.bench import spans_agree
    from bot.lang import get

    assert spans_agree(got, gold, get(code)) is agree
