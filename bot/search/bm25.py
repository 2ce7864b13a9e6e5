"""Okapi BM25 over tokenised documents, with rank-bm25 as the reference implementation.

rank-bm25 computes the collection statistics (idf with its negative-idf floor, document
lengths); scoring goes through an inverted index so that a query touches only the documents
that contain its terms. Each term of the formula is a small pure function, as in bm25s.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from rank_bm25 import BM25Okapi

K1 = 1.2
B = 0.75


def idf_robertson(n_docs: int, df: int) -> float:
    """Robertson-Spärck Jones idf, log((N - df + 0.5) / (df + 0.5)), as in Okapi BM25.

    Source: Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond"
    (2009), eq. 3.3. rank-bm25 floors negative values at ``epsilon * mean idf``.
    """
    return float(np.log((n_docs - df + 0.5) / (df + 0.5)))


MIN_IDF = 1e-3


def positive_idf(idf: float) -> float:
    """Keep idf above zero.

    rank-bm25 floors a negative idf at ``epsilon * mean idf``, which is itself negative when
    most terms occur in over half the documents, as in a knowledge base of one or two short
    articles. A matching term must never lower a score, so the floor here is a small positive.
    """
    return max(idf, MIN_IDF)


def length_norm(doc_len: np.ndarray, avgdl: float, k1: float, b: float) -> np.ndarray:
    """k1 * (1 - b + b * |d| / avgdl): the document-length part of the BM25 denominator."""
    return k1 * (1.0 - b + b * doc_len / avgdl)


def tf_saturation(tf: np.ndarray, norm: np.ndarray, k1: float) -> np.ndarray:
    """tf * (k1 + 1) / (tf + norm): Okapi's saturating term-frequency weight."""
    return tf * (k1 + 1.0) / (tf + norm)


class BM25Index:
    """BM25 scores of query terms against a fixed list of tokenised documents."""

    def __init__(self, docs: Sequence[Sequence[str]], k1: float = K1, b: float = B):
        self.k1, self.b = k1, b
        self.n_docs = len(docs)
        self.idf: dict[str, float] = {}
        self._postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        if not any(docs):
            return  # rank-bm25 divides by the corpus size; an empty index simply scores 0
        reference = BM25Okapi([list(d) for d in docs], k1=k1, b=b)
        self.idf = {term: positive_idf(value) for term, value in reference.idf.items()}
        norm = length_norm(np.asarray(reference.doc_len, float), reference.avgdl, k1, b)
        self._postings = _postings(docs, norm, k1)

    def __contains__(self, term: str) -> bool:
        return term in self._postings

    @property
    def vocabulary(self) -> Iterable[str]:
        return self._postings.keys()

    def df(self, term: str) -> int:
        """How many documents contain ``term``."""
        postings = self._postings.get(term)
        return 0 if postings is None else len(postings[0])

    def term_scores(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        """(document indices, scores) of the documents containing ``term``."""
        if term not in self._postings:
            return _EMPTY_IDX, _EMPTY_VAL
        docs, saturated = self._postings[term]
        return docs, self.idf[term] * saturated

    def scores(self, terms: Iterable[str] | Mapping[str, float]) -> np.ndarray:
        """Dense BM25 scores of every document; a mapping gives each term a weight."""
        weights = terms if isinstance(terms, Mapping) else Counter(terms)
        out = np.zeros(self.n_docs)
        for term, weight in weights.items():
            docs, values = self.term_scores(term)
            out[docs] += weight * values
        return out


def _postings(docs: Sequence[Sequence[str]], norm: np.ndarray, k1: float):
    by_term: dict[str, list[tuple[int, int]]] = {}
    for i, doc in enumerate(docs):
        for term, tf in Counter(doc).items():
            by_term.setdefault(term, []).append((i, tf))
    out = {}
    for term, pairs in by_term.items():
        idx = np.fromiter((i for i, _ in pairs), dtype=np.int64, count=len(pairs))
        tf = np.fromiter((t for _, t in pairs), dtype=float, count=len(pairs))
        out[term] = (idx, tf_saturation(tf, norm[idx], k1))
    return out


_EMPTY_IDX = np.zeros(0, dtype=np.int64)
_EMPTY_VAL = np.zeros(0)
