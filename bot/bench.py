"""Retrieval benchmark on SQuAD-format files (``sanad bench squad FILE``).

Every paragraph of the file becomes a passage of its article; every question is asked against
the pool of all sentences of the file. The gold sentence is the one containing the answer's
start offset; a sentence with exactly the gold sentence's text counts as the gold one (ARCD
repeats some paragraphs word for word). Reported: sentence P@1 and MRR@10, passage P@1, and
per-question latency.
"""

from __future__ import annotations

import json
import statistics
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rank_bm25 import BM25Okapi

from bot import lang as languages
from bot.answer import Engine
from bot.index import SearchParams
from bot.knowledge import Article, KnowledgeBase, Sentence, build_article


class BenchError(ValueError):
    code = "invalid_dataset"


@dataclass(frozen=True)
class Case:
    question: str
    doc_id: str
    paragraph: int
    gold_sentence: str
    gold_text: str = ""
    answer: str = ""  # the gold answer span, for judging short answers


@dataclass(frozen=True)
class Dataset:
    kb: KnowledgeBase
    cases: tuple[Case, ...]
    lang: str


def load_squad(path: str | Path, lang: str | None = None, split: str = "all") -> Dataset:
    """Read a SQuAD v1-style file into a knowledge base and its questions.

    ``split`` keeps "all" articles, or the "tune" / "held-out" half chosen by a hash of the
    article title, so parameters can be tuned on one half and reported on the other.
    """
    if split not in ("all", "tune", "held-out"):
        raise BenchError(f"unknown split {split!r}; use all, tune or held-out")
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))["data"]
        code = lang or _guess_language(data)
        articles, cases = [], []
        for number, item in enumerate(data):
            title = str(item.get("title") or f"article {number}")
            if not _in_split(title, split):
                continue
            paragraphs = item.get("paragraphs", [])
            article, article_cases = _article(f"a{number}", code, title, paragraphs)
            articles.append(article)
            cases.extend(article_cases)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise BenchError(f"{path}: not a readable SQuAD-format file ({exc!r})") from exc
    return Dataset(KnowledgeBase(tuple(articles)), tuple(cases), code)


def _in_split(title: str, split: str) -> bool:
    if split == "all":
        return True
    bucket = zlib.crc32(title.encode()) % 2
    return bucket == (0 if split == "tune" else 1)


def _guess_language(data) -> str:
    sample = " ".join(p["context"] for a in data[:5] for p in a.get("paragraphs", [])[:2])
    return languages.detect(sample, default="pt") or "pt"


def _article(doc_id: str, code: str, title: str, paragraphs) -> tuple[Article, list[Case]]:
    body, spans = "", []
    for paragraph in paragraphs:
        context = paragraph["context"].replace("\n", " ")
        spans.append((len(body), len(body) + len(context)))
        body += context + "\n"
    article = build_article(doc_id, code, title, body, spans=spans)
    cases = []
    for p_no, paragraph in enumerate(paragraphs):
        offset = spans[p_no][0]
        for qa in paragraph.get("qas", []):
            if not qa.get("answers"):
                continue
            start = offset + int(qa["answers"][0]["answer_start"])
            gold = _sentence_at(article.sentences, start)
            if gold is not None:
                answer = str(qa["answers"][0].get("text", "")).strip()
                case = Case(qa["question"].strip(), doc_id, p_no, gold.id, gold.text, answer)
                cases.append(case)
    return article, cases


def _sentence_at(sentences: Iterable[Sentence], offset: int) -> Sentence | None:
    best = None
    for sentence in sentences:
        if sentence.start <= offset:
            best = sentence
        else:
            break
    return best


def evaluate(dataset: Dataset, ranker: Callable[[str], list[Sentence]]) -> dict:
    """Sentence P@1 / MRR@10 and passage P@1 of ``ranker`` over ``dataset``'s questions."""
    p1 = mrr = passage = 0.0
    latencies = []
    for case in dataset.cases:
        began = time.perf_counter()
        ranked = ranker(case.question)[:10]
        latencies.append((time.perf_counter() - began) * 1000)
        # ARCD repeats some paragraphs word for word: an identical sentence is the same answer.
        hits = [s.id == case.gold_sentence or s.text == case.gold_text for s in ranked]
        if hits and hits[0]:
            p1 += 1
        if any(hits):
            mrr += 1 / (hits.index(True) + 1)
        if ranked and (ranked[0].doc_id, ranked[0].paragraph) == (case.doc_id, case.paragraph):
            passage += 1
    n = max(len(dataset.cases), 1)
    return {
        "questions": len(dataset.cases),
        "sentence": {"p@1": round(p1 / n, 4), "mrr@10": round(mrr / n, 4)},
        "passage": {"p@1": round(passage / n, 4)},
        "latency_ms": {
            "p50": round(statistics.median(latencies), 3) if latencies else 0.0,
            "p99": round(float(np.percentile(latencies, 99)), 3) if latencies else 0.0,
        },
    }


def run(
    path: str | Path,
    lang: str | None = None,
    split: str = "all",
    params: SearchParams | None = None,
) -> dict:
    dataset = load_squad(path, lang, split)
    engine = Engine(dataset.kb, search=params)
    result = evaluate(dataset, lambda q: engine.retrieve(q, dataset.lang, k=10))
    result["lang"] = dataset.lang
    result["split"] = split
    return result


def baseline(
    path: str | Path, lang: str | None = None, split: str = "all", k1: float = 1.5, b: float = 0.75
) -> dict:
    """Plain rank-bm25 over sentences (normalised, Snowball-stemmed, no stop words removed)."""
    from nltk.stem.snowball import SnowballStemmer

    dataset = load_squad(path, lang, split)
    language = languages.get(dataset.lang)
    stemmer = SnowballStemmer("arabic" if dataset.lang == "ar" else "portuguese")
    sentences = [s for a in dataset.kb.articles for s in a.sentences]

    def analyse(text: str) -> list[str]:
        return [stemmer.stem(t.norm) for t in language.tokens(text)]

    bm25 = BM25Okapi([analyse(s.text) or [""] for s in sentences], k1=k1, b=b)

    def rank(question: str) -> list[Sentence]:
        scores = bm25.get_scores(analyse(question))
        return [sentences[i] for i in np.argsort(-scores, kind="stable")[:10]]

    result = evaluate(dataset, rank)
    result["lang"], result["split"] = dataset.lang, split
    return result


def answer_latency(engine: Engine, questions: list[str], rounds: int = 5) -> dict:
    """Median and p99 of the full in-process answer path over ``questions``, ``rounds`` times.

    The first round warms caches (stemmer memo, numpy) and is not counted.
    """
    for question in questions:
        engine.ask(question)
    timings = []
    for _ in range(rounds):
        for question in questions:
            began = time.perf_counter()
            engine.ask(question)
            timings.append((time.perf_counter() - began) * 1000)
    return {
        "questions": len(questions),
        "calls": len(timings),
        "latency_ms": {
            "p50": round(statistics.median(timings), 3),
            "p99": round(float(np.percentile(timings, 99)), 3),
        },
    }


def abstention(path: str | Path, lang: str | None = None, params=None) -> dict:
    """How often answering is right, wrong or withheld, with natural hard negatives.

    The articles are split in two halves by title hash. An engine over one half answers every
    question of the file: questions about its own half should be answered with the gold
    sentence; questions about the other half are unanswerable there (same domain, shared
    vocabulary), so they should be declined. Both halves take each role once.
    """
    full = load_squad(path, lang, "all")
    counts = dict.fromkeys(
        (
            "positives",
            "correct",
            "cited",
            "wrong",
            "withheld",
            "negatives",
            "declined",
            "short_given",
            "short_right",
        ),
        0,
    )
    language = languages.get(full.lang)
    for half in ("tune", "held-out"):
        inside = load_squad(path, full.lang, half)
        engine = Engine(inside.kb, params=params) if params else Engine(inside.kb)
        known = {a.id for a in inside.kb.articles}  # ids are positional, so stable per file
        for case in full.cases:
            answer = engine.ask(case.question, lang=full.lang)
            if case.doc_id in known:
                _count_positive(counts, answer, case)
                _count_short(counts, answer, case, language)
            else:
                counts["negatives"] += 1
                counts["declined"] += not answer.answered
    n_pos, n_neg = max(counts["positives"], 1), max(counts["negatives"], 1)
    return {
        "lang": full.lang,
        "questions": counts["positives"] + counts["negatives"],
        "answerable": {
            "correct": round(counts["correct"] / n_pos, 4),
            "cited_not_first": round(counts["cited"] / n_pos, 4),
            "wrong": round(counts["wrong"] / n_pos, 4),
            "withheld": round(counts["withheld"] / n_pos, 4),
        },
        "unanswerable": {"declined": round(counts["declined"] / n_neg, 4)},
        "short_answer": {
            "given": round(counts["short_given"] / n_pos, 4),
            "precision": round(counts["short_right"] / max(counts["short_given"], 1), 4),
        },
    }


def _count_short(counts: dict, answer, case: Case, language) -> None:
    """A short answer shown for a question of its own half is right when it and the gold span
    overlap: most of the words of the shorter one are in the longer one (see
    :func:`spans_agree`). SQuAD's gold spans are any length, ours are typed (an amount, a
    date, a name), so exact match would count "1.7 مليار دولار" wrong against "1.7 مليار"."""
    if not answer.answered or answer.short_answer is None or not case.answer:
        return
    counts["short_given"] += 1
    counts["short_right"] += spans_agree(answer.short_answer, case.answer, language)


def spans_agree(got: str, gold: str, language, share: float = 0.5) -> bool:
    """Whether more than ``share`` of the words of the shorter span are in the longer one
    (normalised, stemmed words): "كوريا الجنوبية" never agrees with "كوريا الشمالية"."""
    a = {t.stem for t in language.tokens(got)}
    b = {t.stem for t in language.tokens(gold)}
    if not a or not b:
        return False
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return len(shorter & longer) / len(shorter) > share


def _count_positive(counts: dict, answer, case: Case) -> None:
    """Right: the gold sentence is cited first; cited: cited, but not first; wrong: absent."""
    counts["positives"] += 1
    if not answer.answered:
        counts["withheld"] += 1
        return
    cited = [c.sentence_id for c in answer.citations]
    if cited[:1] == [case.gold_sentence]:
        counts["correct"] += 1
    else:
        counts["cited" if case.gold_sentence in cited else "wrong"] += 1
