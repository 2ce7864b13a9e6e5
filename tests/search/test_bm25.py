"""BM25 scores against rank-bm25 (the reference) and the formula's parts against hand values."""

from __future__ import annotations

import math

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from bot.search.bm25 import BM25Index, idf_robertson, length_norm, positive_idf, tf_saturation

CORPORA = {
    "distinct-lengths": [
        ["reuniao", "seul", "terca"],
        ["roubo", "cripto", "bilhao", "roubo"],
        ["seul", "cooperacao", "coreia", "sul", "ue", "seul"],
        ["hackers", "coreia", "norte"],
    ],
    "common-term-negative-idf": [
        ["coreia", "sul"],
        ["coreia", "norte"],
        ["coreia", "ue"],
        ["coreia", "hackers", "roubo"],
        ["seul"],
    ],
    "with-empty-document": [["a", "b"], [], ["b", "c", "c"], ["a"]],
    "identical-documents": [["x", "y"], ["x", "y"], ["x", "y"]],
    "single-document": [["sozinho", "sozinho", "texto"]],
    "arabic": [["سرق", "قراصن", "مليار"], ["اجتماع", "سيول"], ["قراصن", "كوري", "شمال"]],
}
QUERIES = {
    "one-term": ["seul"],
    "two-terms": ["coreia", "roubo"],
    "repeated-term": ["seul", "seul", "roubo"],
    "unknown-term": ["inexistente"],
    "known-and-unknown": ["a", "zzz", "coreia"],
    "everything": ["a", "b", "c", "x", "y", "seul", "coreia", "sozinho", "قراصن", "سيول"],
    "empty": [],
}
PARAMS = {"default": (1.2, 0.75), "rank-bm25-default": (1.5, 0.75), "no-length": (1.2, 0.0)}


@pytest.mark.parametrize("params", PARAMS.values(), ids=PARAMS.keys())
@pytest.mark.parametrize("query", QUERIES.values(), ids=QUERIES.keys())
@pytest.mark.parametrize("docs", CORPORA.values(), ids=CORPORA.keys())
def test_scores_equal_rank_bm25(docs, query, params):
    k1, b = params
    reference = BM25Okapi(docs, k1=k1, b=b)
    # Sanad keeps idf positive (see positive_idf); the reference gets the same floor.
    reference.idf = {term: positive_idf(value) for term, value in reference.idf.items()}
    expected = reference.get_scores(query)
    got = BM25Index(docs, k1=k1, b=b).scores(query)
    assert got.shape == (len(docs),)
    assert np.allclose(got, expected)


@pytest.mark.parametrize("docs", CORPORA.values(), ids=CORPORA.keys())
def test_term_scores_are_the_dense_scores_of_documents_containing_the_term(docs):
    index = BM25Index(docs)
    for term in {t for d in docs for t in d}:
        idx, values = index.term_scores(term)
        dense = index.scores([term])
        assert sorted(idx.tolist()) == [i for i, d in enumerate(docs) if term in d]
        assert np.allclose(values, dense[idx])
        others = np.setdiff1d(np.arange(len(docs)), idx)
        assert np.all(dense[others] == 0)


def test_unknown_term_has_no_postings():
    index = BM25Index(CORPORA["distinct-lengths"])
    idx, values = index.term_scores("inexistente")
    assert idx.size == values.size == 0
    assert "inexistente" not in index
    assert "seul" in index


def test_mapping_weights_scale_term_scores():
    index = BM25Index(CORPORA["distinct-lengths"])
    weighted = index.scores({"seul": 0.5, "roubo": 2.0})
    expected = 0.5 * index.scores(["seul"]) + 2.0 * index.scores(["roubo"])
    assert np.allclose(weighted, expected)


def test_repeated_query_term_counts_twice():
    index = BM25Index(CORPORA["distinct-lengths"])
    assert np.allclose(index.scores(["seul", "seul"]), 2 * index.scores(["seul"]))


def test_vocabulary_is_every_document_term():
    docs = CORPORA["with-empty-document"]
    assert set(BM25Index(docs).vocabulary) == {"a", "b", "c"}


@pytest.mark.parametrize(
    "docs",
    [pytest.param([], id="no-documents"), pytest.param([[], [], []], id="only-empty-documents")],
)
def test_empty_index_scores_zeros(docs):
    index = BM25Index(docs)
    scores = index.scores(["a", "b"])
    assert scores.shape == (len(docs),)
    assert np.all(scores == 0)
    assert list(index.vocabulary) == []


@pytest.mark.parametrize(
    ("n_docs", "df", "expected"),
    [
        pytest.param(10, 2, math.log(8.5 / 2.5), id="rare-term"),
        pytest.param(4, 2, 0.0, id="half-the-documents"),
        pytest.param(3, 3, math.log(0.5 / 3.5), id="in-every-document-negative"),
        pytest.param(1000, 1, math.log(999.5 / 1.5), id="very-rare"),
        pytest.param(1, 0, math.log(1.5 / 0.5), id="absent-term"),
    ],
)
def test_idf_robertson(n_docs, df, expected):
    assert idf_robertson(n_docs, df) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("doc_len", "avgdl", "k1", "b", "expected"),
    [
        # k1 * (1 - b + b * len / avgdl)
        pytest.param([5, 10, 20], 10.0, 1.2, 0.75, [0.75, 1.2, 2.1], id="short-average-long"),
        pytest.param([5, 10, 20], 10.0, 1.2, 0.0, [1.2, 1.2, 1.2], id="b-zero-ignores-length"),
        pytest.param([5, 10, 20], 10.0, 2.0, 1.0, [1.0, 2.0, 4.0], id="b-one-full-length"),
        pytest.param([0], 4.0, 1.5, 0.75, [0.375], id="empty-document"),
    ],
)
def test_length_norm(doc_len, avgdl, k1, b, expected):
    got = length_norm(np.asarray(doc_len, float), avgdl, k1, b)
    assert np.allclose(got, expected)


@pytest.mark.parametrize(
    ("tf", "norm", "k1", "expected"),
    [
        # tf * (k1 + 1) / (tf + norm)
        pytest.param([0, 1, 2], [1.2, 1.2, 1.2], 1.2, [0.0, 1.0, 1.375], id="average-length"),
        pytest.param([1, 1], [0.75, 2.1], 1.2, [2.2 / 1.75, 2.2 / 3.1], id="short-beats-long"),
        pytest.param([3], [1.5], 1.5, [7.5 / 4.5], id="k1-1.5"),
    ],
)
def test_tf_saturation(tf, norm, k1, expected):
    got = tf_saturation(np.asarray(tf, float), np.asarray(norm, float), k1)
    assert np.allclose(got, expected)


def test_tf_saturation_is_bounded_by_k1_plus_one():
    tf = np.array([1.0, 10.0, 100.0, 1e6])
    got = tf_saturation(tf, np.full(4, 1.2), 1.2)
    assert np.all(np.diff(got) > 0)
    assert np.all(got < 2.2)
    assert got[-1] == pytest.approx(2.2, rel=1e-5)


@pytest.mark.parametrize("docs", CORPORA.values(), ids=CORPORA.keys())
def test_a_matching_term_never_lowers_a_score(docs):
    index = BM25Index(docs)
    for term in {t for d in docs for t in d}:
        scores = index.scores([term])
        containing = [i for i, d in enumerate(docs) if term in d]
        assert (scores >= 0).all()
        assert (scores[containing] > 0).all()


@pytest.mark.parametrize(("raw", "kept"), [(2.5, 2.5), (0.0, 1e-3), (-0.4, 1e-3)])
def test_positive_idf_floor(raw, kept):
    assert positive_idf(raw) == pytest.approx(kept)


@pytest.mark.parametrize("docs", CORPORA.values(), ids=CORPORA.keys())
def test_df_counts_documents_containing_the_term(docs):
    index = BM25Index(docs)
    for term in {t for d in docs for t in d} | {"inexistente"}:
        assert index.df(term) == sum(term in d for d in docs)
