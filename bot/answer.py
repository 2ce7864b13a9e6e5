"""From a question to a cited answer, or an honest "I don't know".

1. Analyse the question (``bot.question``): answer type and content concepts; an elliptical
   follow-up borrows the concepts of the session's previous question.
2. Widen each concept to the forms the knowledge base uses (synonyms, lexicon, typos).
3. Score sentences with BM25 on the sentence, its passage and its article title; rerank the
   best few by how much of the question they cover and whether they hold the asked-for kind of
   span (a number for "how much", a date for "when").
4. Compare with the best FAQ entry; answer from whichever covers the question better.
5. Answer only when the cover is high enough; otherwise say so and suggest FAQ questions.

Everything stated is quoted from the knowledge base: the answer is a source sentence or FAQ
answer, the short answer a span of it.
"""

from __future__ import annotations

import math
import re
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field, fields, replace
from itertools import pairwise

import numpy as np

from bot import lang as languages
from bot.extract import (
    NAME_TYPES,
    SPAN_TYPES,
    Span,
    entity_key,
    fits,
    introduced_by,
    listed_with_others,
    of_kind,
    short_answer,
)
from bot.index import LanguageIndex, SearchParams, answer_kinds, build, deletions
from bot.knowledge import FaqEntry, KnowledgeBase, Sentence
from bot.question import VAGUE_TYPES, Concept, Question, analyse, cue_form, with_context


@dataclass(frozen=True)
class AnswerParams:
    """How Sanad judges answers. Calibrated on the evaluation set (``sanad bench eval``) and
    on natural hard negatives from ARCD/FaQuAD (``sanad bench abstain``): README, "Quality"."""

    answer_threshold: float = 0.62
    high_threshold: float = 0.85
    cross_threshold: float = 0.65  # the lexicon-only translation must cover more (tests/eval)
    missing_type_factor: float = 0.5  # "how much?" / "when?" and no number or date in sight
    missing_name_factor: float = 0.8  # names are harder to spot, so a miss proves less
    definition_factor: float = 0.75  # "o que é X?" and a text that does not say what X is
    definition_depth: int = 48  # how deep a definition question looks for a text that gives one
    verb_weight: float = 0.35
    faq_preference: float = 0.1
    faq_type_mismatch: float = 0.8  # an FAQ phrasing asking "who?" for a question asking "where?"
    rank_confidence: float = 1.0  # final order: BM25 (scaled to the best) + this x confidence
    heading_factor: float = 0.9  # a headline is terse; prefer the sentence that tells the story
    context_credit: float = 0.5
    soft_credit: float = 0.8
    rerank_depth: int = 8
    max_citations: int = 3
    support_ratio: float = 0.6
    suggestions: int = 3
    session_ttl: float = 30 * 60.0
    max_sessions: int = 10_000


@dataclass(frozen=True)
class Citation:
    n: int
    kind: str
    doc_id: str
    title: str
    lang: str
    sentence_id: str
    text: str
    start: int
    end: int
    url: str | None
    score: float


@dataclass(frozen=True)
class Answer:
    answered: bool
    answer: str
    short_answer: str | None
    lang: str
    confidence: float
    confidence_band: str
    citations: tuple[Citation, ...]
    suggestions: tuple[str, ...]
    session_id: str
    answer_type: str = "other"
    source_lang: str | None = None
    answer_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def to_dict(self) -> dict:
        """The JSON answer object: the contract shared by ``sanad ask --json`` and the API."""
        # Shallow on purpose: asdict() deep-copies every value, a tenth of a chat request.
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["citations"] = [
            {f.name: getattr(c, f.name) for f in fields(c)} for c in self.citations
        ]
        data["suggestions"] = list(self.suggestions)
        return data


@dataclass(frozen=True)
class Hit:
    """One ranked search result: an article sentence or an FAQ entry."""

    kind: str
    id: str
    text: str
    score: float
    coverage: float
    citation: Citation


@dataclass(frozen=True)
class _Anchors:
    """The question's words as a sentence may hold them, found once per question."""

    every: set[str]  # the stems of every word of the question, widened
    own: set[str]  # those of a follow-up's own words (``every`` without an earlier turn)
    soft: frozenset[str]  # their second-chance keys
    category: frozenset[str]  # the stems of the noun naming the asked kind


@dataclass(frozen=True)
class _Scored:
    position: int
    score: float
    coverage: float
    span: Span | None
    confidence: float


class Sessions:
    """In-memory conversation state with expiry; the API swaps in a shared store."""

    def __init__(self, ttl: float, capacity: int):
        self.ttl, self.capacity = ttl, capacity
        self._items: OrderedDict[str, tuple[float, dict]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, session_id: str) -> dict | None:
        with self._lock:
            item = self._items.get(session_id)
            if item is None or time.monotonic() - item[0] > self.ttl:
                self._items.pop(session_id, None)
                return None
            return item[1]

    def put(self, session_id: str, state: dict) -> None:
        with self._lock:
            self._items[session_id] = (time.monotonic(), state)
            self._items.move_to_end(session_id)
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)


class Engine:
    """Answers questions about one knowledge base; safe to share between threads."""

    def __init__(
        self,
        kb: KnowledgeBase,
        search: SearchParams | None = None,
        params: AnswerParams | None = None,
        sessions: Sessions | None = None,
    ):
        self.kb = kb
        self.search_params = search or SearchParams()
        self.params = params or AnswerParams()
        self.sessions = sessions or Sessions(self.params.session_ttl, self.params.max_sessions)
        present = {a.lang for a in kb.articles} | {e.lang for e in kb.faq}
        self.indexes = {
            code: build(kb, code, self.search_params) for code in languages.CODES if code in present
        }
        self._pairs: dict[tuple[str, str], list] = {}  # _lexicon_pairs, filled on first use

    # --- public API --------------------------------------------------------------------------

    def ask(self, text: str, session_id: str | None = None, lang: str | None = None) -> Answer:
        """Answer ``text``; ``session_id`` links follow-ups, ``lang`` overrides detection."""
        state = self.sessions.get(session_id) if session_id else None
        session_id = session_id or uuid.uuid4().hex
        code = self._language(text, lang, state)
        index = self.indexes.get(code)
        question = analyse(text, languages.get(code))
        if lang is None and code == "pt" and languages.looks_english(text):
            return self._unsupported(question, session_id)
        question = self._in_context(question, state)
        if index is None:
            return self._no_answer(question, session_id, index)
        answer = self._answer(question, index, session_id)
        if not answer.answered:
            answer = self._answer_elsewhere(question, session_id) or answer
        self._remember(session_id, question)
        return answer

    def search(self, text: str, lang: str | None = None, k: int = 10) -> list[Hit]:
        """Ranked sentences and FAQ entries for ``text``, best first."""
        code = self._language(text, lang, None)
        index = self.indexes.get(code)
        if index is None:
            return []
        question = analyse(text, index.language)
        # Judged like answers: a sentence without the asked-for number or date ranks lower.
        judged = [
            (s.confidence, self._sentence_hit(index, s))
            for s in self._rank(question, index, depth=k)
        ]
        judged += [
            (cov, self._faq_hit(index, n, score, cov))
            for n, score, cov in self._faq_ranked(question, index)[:k]
        ]
        judged.sort(key=lambda pair: (-pair[0], -pair[1].score))
        return [hit for _, hit in judged[:k]]

    def retrieve(self, text: str, lang: str, k: int = 10) -> list[Sentence]:
        """Sentences ranked for ``text`` (the retrieval part alone, for benchmarks)."""
        index = self.indexes[lang]
        question = analyse(text, index.language)
        return [index.sentences[s.position] for s in self._rank(question, index, depth=k)]

    def faq(self, lang: str) -> tuple[FaqEntry, ...]:
        return self.kb.faq_for(lang)

    # --- language and session -----------------------------------------------------------------

    def _language(self, text: str, lang: str | None, state: dict | None) -> str:
        """``lang`` if given, else the question's script, else the conversation's language."""
        if lang is not None:
            languages.get(lang)  # raises UnknownLanguage for a bad code
            return lang
        fallback = state["lang"] if state else next(iter(self.indexes), "ar")
        return languages.detect(text, default=fallback) or fallback

    def _in_context(self, question: Question, state: dict | None) -> Question:
        if not question.elliptical or not state or state["lang"] != question.lang:
            return question
        concepts = tuple(Concept(*c) for c in state["concepts"])
        if question.concepts:
            # "e quem descobriu?" after "oq rolou na kraken": the earlier turn's light verb
            # ("rolou") says nothing about the new question; its names and nouns do.
            language = languages.get(question.lang)
            concepts = tuple(c for c in concepts if not language.is_weak(c.norm)) or concepts
        previous = Question(state["text"], state["lang"], (), state["type"], concepts, False)
        return with_context(question, previous)

    def _remember(self, session_id: str, question: Question) -> None:
        if not question.concepts:
            return
        self.sessions.put(
            session_id,
            {
                "lang": question.lang,
                "text": question.text,
                "type": question.answer_type,
                "concepts": [(c.norm, c.stem, c.weight) for c in question.concepts],
            },
        )

    # --- scoring ------------------------------------------------------------------------------

    def _forms(self, concept: Concept, index: LanguageIndex) -> dict[str, float]:
        """The stems that count as this concept in ``index``, with their weight.

        A word the text does not contain is first read as a typo or another form of a word
        it does ("hakers", "بيسرقو"); then every reading brings its synonyms. Pure for a given
        index, so memoised on it: a question asks for the same forms many times.
        """
        key = (concept.norm, concept.stem)
        if key not in index.forms_cache:
            if len(index.forms_cache) >= 20_000:
                index.forms_cache.clear()
            index.forms_cache[key] = self._widen(concept, index)
        return index.forms_cache[key]

    def _widen(self, concept: Concept, index: LanguageIndex) -> dict[str, float]:
        weight = self.search_params.expansion_weight
        readings = {concept.stem}
        if concept.stem not in index.sentence_index:
            readings |= set(_variant_stems(concept, index))
            if not _synonyms(index, concept, concept.stem):
                # A word the synonym lexicon lists is a word, not a typo: "preso" (arrested)
                # is not "preço" (price), whose synonyms would then answer for it. A name is
                # read only as another spelling of a name ("Ucraína" for "ucrania"), not as a
                # word: "الصين" (China) is not "الدين" (religion) nor "الحين" (now).
                names_only = _is_name(concept.norm, index)
                readings |= _typo_stems(concept.norm, index, names_only)
        readings |= _same_scale(concept.norm, index)
        places = {index.language.stem(n) for n in index.language.place_names(concept.norm)}
        readings |= {s for s in places if s in index.sentence_index}
        forms = {stem: (1.0 if stem == concept.stem else weight) for stem in readings}
        for reading in readings:
            for stem in _synonyms(index, concept, reading):
                forms.setdefault(stem, weight)
        return forms

    def _concept_matrix(self, question: Question, index: LanguageIndex, forms_of=None):
        """Per concept: weight, idf for cover, and sentence/passage/title score vectors."""
        rows = []
        for concept in question.concepts:
            forms = forms_of(concept) if forms_of else self._forms(concept, index)
            vectors = [
                _best(ix, forms)
                for ix in (index.sentence_index, index.passage_index, index.title_index)
            ]
            idf = (
                _concept_idf(index, concept, forms) if forms_of is None else _idf(index, set(forms))
            )
            weak = (index.language.is_weak(concept.norm) or concept.verb) and not (
                concept.head or concept.predicate
            )
            if weak and not _names_the_event(question, concept, index):
                # Visitors paraphrase verbs ("falou" for "revelou"); a verb proves little. A
                # cue word ("presidente", "زعيم") names what is asked about, so it never does.
                idf *= self.params.verb_weight
            rows.append((concept.weight, idf, *vectors))
        return rows

    def _rank(self, question: Question, index: LanguageIndex, depth: int, forms_of=None):
        """The best sentences for ``question``, judged and ordered by confidence."""
        if not question.concepts or not index.sentences:
            return []
        rows = self._concept_matrix(question, index, forms_of)
        p = self.search_params
        score = np.zeros(len(index.sentences))
        for weight, _, sent, passage, title in rows:
            ctx = (
                p.passage_weight * passage[index.passage_of]
                + p.title_weight * title[index.article_of]
            )
            score += weight * (sent + ctx)
        keys = [index.language.soft_keys(c.norm) for c in question.concepts]
        cues = self._cue_rows(question, index, forms_of)
        for (weight, _, sent, *_), _ in cues:
            # A sentence that repeats a dropped cue ("o objetivo é", "ويهدف") ranks like one
            # that repeats any word of the question; only its cover may do without it.
            score += weight * sent
        order = np.argsort(-score, kind="stable")
        width = max(depth, self.params.rerank_depth)
        top = order[:width]
        every = self._anchor_stems(question, index, forms_of)
        if question.answer_type == "definition":
            # Where many sentences name the term, the one that says what it is may rank low.
            deeper = order[width : self.params.definition_depth]
            top = [*top, *_defining(index, deeper, score, every)]
        # A question with no earlier turn is all its own words.
        own = (
            self._anchor_stems(question, index, forms_of, own=True)
            if question.context_norms
            else every
        )
        anchors = _Anchors(
            every, own, frozenset().union(*keys), self._category_forms(question, index)
        )
        scored = [
            self._judge(
                int(i),
                float(score[i]),
                self._cover(int(i), rows, keys, index, cues, question),
                question,
                index,
                anchors,
            )
            for i in top
            if score[i] > 0
        ]
        named = _asked_names(question, index)
        scored = [
            replace(s, confidence=s.confidence * self.params.missing_name_factor)
            if not _mentions_all(index, s.position, rows, keys, named)
            else s
            for s in scored
        ]
        event = _event_noun(question, index)
        # "quando foi a reunião?": a date in a sentence that never mentions the meeting is
        # another event's date, however many other words of the question it shares.
        undated = set()
        if event is not None:
            undated = {
                s.position
                for s in scored
                if not (
                    rows[event][2][s.position] > 0 or keys[event] & index.sentence_keys[s.position]
                )
            }
        scored = [
            replace(s, confidence=s.confidence * self.params.missing_type_factor)
            if s.position in undated
            else s
            for s in scored
        ]
        best = max((s.score for s in scored), default=1.0) or 1.0
        return sorted(
            scored,
            key=lambda s: (
                s.position in undated,
                -(self.params.rank_confidence * s.confidence + s.score / best),
            ),
        )[:depth]

    def _cue_rows(self, question: Question, index: LanguageIndex, forms_of=None):
        """Per dropped cue word: its concept row and second-chance keys (see :meth:`_cover`).

        A cue announces the kind of answer, not what it is about, so it weighs like a verb.
        """
        if not question.cues:
            return []
        rows = self._concept_matrix(replace(question, concepts=question.cues), index, forms_of)
        light = [(w, idf * self.params.verb_weight, *vectors) for w, idf, *vectors in rows]
        keys = [index.language.soft_keys(c.norm) for c in question.cues]
        return list(zip(light, keys, strict=True))

    def _cover(self, i: int, rows, keys, index: LanguageIndex, cues=(), question=None) -> float:
        """Share of the question's weight that sentence ``i`` (or its context) accounts for.

        A concept found in the sentence counts fully; found only in its passage or title,
        ``context_credit``; matched only through a second-chance key (another form of the
        word), ``soft_credit`` of that. A dropped cue word the sentence itself repeats ("ويهدف"
        for "شو الهدف") counts as a matched word; one it does not repeat counts for nothing,
        since the answer's kind stands for it; so does a guess the question leaves open
        (:func:`_covered`).
        """
        a = self.params
        passage = int(index.passage_of[i])
        weights, credits = [], []
        for (weight, idf, sent, ctx_passage, ctx_title), concept_keys in zip(
            rows, keys, strict=True
        ):
            if sent[i] > 0:
                credit = 1.0
            elif concept_keys & index.sentence_keys[i]:
                credit = a.soft_credit
            elif ctx_passage[passage] > 0 or ctx_title[index.article_of[i]] > 0:
                credit = a.context_credit
            elif concept_keys & index.passage_keys[passage]:
                credit = a.context_credit * a.soft_credit
            else:
                credit = 0.0
            weights.append(weight * idf)
            credits.append(credit)
        total, hit = _covered(question, weights, credits)
        for (weight, idf, sent, *_), cue_keys in cues:
            credit = 1.0 if sent[i] > 0 else a.soft_credit * bool(cue_keys & index.sentence_keys[i])
            total += weight * idf * credit
            hit += weight * idf * credit
        return hit / total if total else 0.0

    def _anchor_stems(
        self, question: Question, index: LanguageIndex, forms_of=None, own=False
    ) -> set[str]:
        """Every stem the question's words take in ``index`` (translated when ``forms_of``).

        With ``own``, a follow-up that names words of its own keeps only those: in "e pela UE?"
        after a question on who led for Korea, the name wanted stands near "UE", not "Coreia".
        """
        widen = forms_of or (lambda c: self._forms(c, index))
        concepts = question.concepts
        if own and question.context_norms:
            own_words = tuple(c for c in concepts if c.norm not in question.context_norms)
            concepts = own_words or concepts
        return {f for c in concepts for f in widen(c)}

    def _category_forms(self, question: Question, index: LanguageIndex) -> frozenset[str]:
        """The stems that count as the noun naming the asked kind: its own and, when it is a
        word of the question, its synonyms and plurals ("برامج" for "البرنامج")."""
        if not question.category:
            return frozenset()
        forms = set(question.category)
        for concept in question.concepts:
            if concept.stem in question.category:
                forms |= set(self._forms(concept, index))
        return frozenset(forms)

    def _type_factor(
        self,
        qtype: str,
        has_span: bool,
        kinds: frozenset[str],
        named_kind: bool = False,
        unit: str | None = None,
    ) -> float:
        """How much a candidate answer keeps when it lacks the kind of answer asked for.

        ``named_kind``: the question says what it asks for so plainly (see
        :func:`_names_its_kind`) that a text naming none proves as little as one without the
        asked date.
        """
        if qtype in SPAN_TYPES and not has_span:
            if named_kind:
                return self.params.missing_type_factor
            if qtype == "date" and "time" in kinds and not unit:
                # "quando ocorre a renovação?" answered "após o término do período": a clause
                # says when, where no date does ("em que ano?" still needs the year).
                return self.params.missing_name_factor
            names = qtype in NAME_TYPES
            return self.params.missing_name_factor if names else self.params.missing_type_factor
        if qtype in ("reason", "method") and qtype not in kinds:
            # "Why?" wants a text that gives a reason, "how?" one that names a means.
            return self.params.missing_name_factor
        return 1.0

    def _judge(self, position, score, coverage, question, index: LanguageIndex, found: _Anchors):
        """Confidence of one candidate: its cover, less when it lacks the asked-for span."""
        qtype = question.answer_type
        anchors = found.every
        span = None
        if qtype in SPAN_TYPES and any(fits(k, qtype) for k in index.span_kinds[position]):
            span = short_answer(
                index.sentences[position].text,
                qtype,
                index.language,
                question.asked_norms,
                index.entities,
                question.plural,
                anchors=anchors | _soft_anchors(index, position, found.soft),
                focus=found.own,
                # "How long?" is judged as "how many?" (ARCD/FaQuAD: asking for the time unit
                # here withheld one right answer each); the unit picks the span shown.
                unit=None if question.date_unit == "duration" else question.date_unit,
                category=question.category,
                # A place must stand near the question's words to count ("a Wazirx é de que
                # país?" is not answered by a country named elsewhere in the sentence).
                # In a follow-up the shared words come from an earlier turn ("e quais paises?"
                # after "oq o google revelou?"): distance to them says little.
                near=qtype == "place" and not question.context_norms,
            )
        span, unnamed = _vetted(question, index, position, span, found.category)
        if qtype == "definition" and not _defines(index, position, anchors):
            # "O que é X?" wants the sentence that says what X is ("X é ...", "X هو").
            factor_def = self.params.definition_factor
        else:
            factor_def = 1.0
        factor = factor_def * self._type_factor(
            qtype,
            span is not None,
            index.span_kinds[position],
            unnamed or _names_its_kind(question, index),
            question.date_unit,
        )
        if question.restricted and listed_with_others(
            index.sentences[position].text,
            index.language,
            anchors,
            index.entities,
        ):
            # "só da Bybit" against "de Wazirx e Bybit": the sentence gives the pair, not one.
            factor *= self.params.missing_type_factor
        if index.sentences[position].heading:
            factor *= self.params.heading_factor
        return _Scored(position, score, coverage, span, coverage * factor)

    def _faq_ranked(
        self, question: Question, index: LanguageIndex
    ) -> list[tuple[int, float, float]]:
        """(entry number, BM25 score, two-way cover) of FAQ entries, best first.

        Cover is measured both ways, with idf from the knowledge base's sentences: how much of
        the question the phrasing holds, and how much of the phrasing the question holds.
        """
        if not question.concepts or not index.faq:
            return []
        widened = [self._forms(c, index) for c in question.concepts]
        forms = [set(f) for f in widened]
        weights = [
            c.weight * _concept_idf(index, c, f)
            for c, f in zip(question.concepts, widened, strict=True)
        ]
        asked = set().union(*forms)
        scores = index.faq_index.scores({c.stem: c.weight for c in question.concepts})
        best: dict[int, tuple[float, float]] = {}
        for doc, owner in enumerate(index.faq_of):
            words = index.faq_docs[doc]
            if asked.isdisjoint(words):
                continue  # covers nothing either way; unranked entries follow in FAQ order
            total, hit = _covered(question, weights, [float(bool(f & words)) for f in forms])
            q_cover = hit / total if total else 0.0
            word_idf, phrasing = _faq_word_idf(index)[doc]
            d_cover = (
                math.fsum(w for word, w in word_idf.items() if word in asked) / phrasing
                if phrasing
                else 0.0
            )
            cover = 0.7 * q_cover + 0.3 * d_cover
            if _types_differ(question.answer_type, index.faq_types[doc]):
                cover *= self.params.faq_type_mismatch
            if cover > best.get(owner, (0.0, -1.0))[1]:
                best[owner] = (float(scores[doc]), cover)
        ranked = [(k, s, c) for k, (s, c) in best.items()]
        return sorted(ranked, key=lambda r: (-r[2], -r[1]))

    # --- building answers ---------------------------------------------------------------------

    def _answer(self, question: Question, index: LanguageIndex, session_id: str) -> Answer:
        if question.answer_type == "summary" and not question.concepts:
            return self._lead(question, index, session_id)
        ranked = self._rank(question, index, depth=self.params.rerank_depth)
        faq = self._faq_ranked(question, index)
        top = ranked[0] if ranked else None
        faq_conf = self._faq_confidence(question, index, faq)
        best_conf = max(top.confidence if top else 0.0, faq_conf)
        if not question.concepts or best_conf < self.params.answer_threshold:
            return self._no_answer(question, session_id, index, faq)
        # A curated FAQ answer wins unless a sentence covers the question clearly better.
        faq_wins = bool(faq) and faq_conf + self.params.faq_preference >= (
            top.confidence if top else 0.0
        )
        sure_faq = faq_wins and faq_conf >= self.params.answer_threshold
        context_free = question.asks and not question.context_norms
        if context_free and not sure_faq and _names_nothing(question, index):
            # "متى توفي؟" with no one named: whose death? Any sentence with the verb would do
            # (an FAQ entry asked in those words, "como faço para me inscrever?", still answers).
            return self._no_answer(question, session_id, index, faq)
        if faq_wins:
            return self._from_faq(question, index, faq, faq_conf, session_id)
        return self._from_sentences(question, index, ranked, faq, session_id)

    def _from_sentences(
        self, question, index, ranked, faq, session_id, note="", forms_of=None
    ) -> Answer:
        top = ranked[0]
        supporting = [
            s
            for s in ranked[1:]
            if s.score >= self.params.support_ratio * top.score
            and s.confidence >= self.params.answer_threshold
        ]
        chosen = [top, *supporting[: self.params.max_citations - 1]]
        citations = tuple(self._cite(index, s, n) for n, s in enumerate(chosen, 1))
        text = index.sentences[top.position].text
        span = self._display_span(question, index, text, forms_of=forms_of)
        if top.span is None and span is not None and span.kind != "body":
            # Judging found no span of the kind; only an Arabic body name, which judging does
            # not count, may still be shown ("وزارة الخارجية ..." for "مين طلع البيان؟").
            span = None
        return self._answered(
            question,
            f"{note} {text}".strip(),
            span.text if span else None,
            top.confidence,
            citations,
            faq,
            session_id,
            index,
        )

    def _faq_span(self, question: Question, index: LanguageIndex, entry: FaqEntry, near=False):
        """The short answer in an FAQ answer, else in the sentences that support it."""
        texts = [entry.answer, *(self.kb.sentence(sid).text for sid in entry.supports)]
        for text in texts:
            span = self._display_span(question, index, text, near)
            if span:
                return span
        return None

    def _display_span(
        self, question: Question, index: LanguageIndex, text: str, near=True, forms_of=None
    ):
        """The short answer to show in ``text``; ``forms_of`` translates the question's words
        when ``text`` is in the other language. Judged sentences are held to the same rule
        of destinations by :func:`_vetted`."""
        span = short_answer(
            text,
            question.answer_type,
            index.language,
            question.asked_norms,
            index.entities,
            question.plural,
            self._anchor_stems(question, index, forms_of),
            focus=self._anchor_stems(question, index, forms_of, own=True),
            near=near,
            unit=question.date_unit,
            category=question.category,
            display=near,
            sort=question.asks_kind,
            origin=question.asks_origin,
        )
        if (
            span is not None
            and question.asks_destination
            and not goes_to(text, span, index.language)
        ):
            return None  # "لوين بتروح؟": "في تمويل برامج بيونغ يانغ" is no destination
        return span

    def _faq_confidence(self, question: Question, index: LanguageIndex, faq) -> float:
        """The best FAQ entry's cover, judged like a sentence for the kind of answer asked."""
        if not faq:
            return 0.0
        number, _, cover = faq[0]
        entry = index.faq[number]
        span = self._faq_span(question, index, entry)
        has_span = span is not None and _gives_the_share(question, span, index.language)
        kinds = index.faq_kinds.get(number)
        if kinds is None:  # fixed for an index, so found once
            texts = [entry.answer, *(self.kb.sentence(sid).text for sid in entry.supports)]
            kinds = answer_kinds(" ".join(texts), index.language, index.entities)
            index.faq_kinds[number] = kinds
        return cover * self._type_factor(
            question.answer_type,
            has_span,
            kinds,
            _names_its_kind(question, index),
            question.date_unit,
        )

    def _from_faq(self, question, index, faq, confidence, session_id) -> Answer:
        number, score, _ = faq[0]
        entry = index.faq[number]
        citations = [_faq_citation(entry, 1, score)]
        for sid in entry.supports[: self.params.max_citations - 1]:
            sentence = self.kb.sentence(sid)
            citations.append(self._sentence_citation(sentence, len(citations) + 1, score))
        span = self._faq_span(question, index, entry, near=True)
        return self._answered(
            question,
            entry.answer,
            span.text if span else None,
            confidence,
            tuple(citations),
            faq[1:],
            session_id,
            index,
        )

    def _lead(self, question: Question, index: LanguageIndex, session_id: str) -> Answer:
        """ "What is this about?": the opening sentence, when one article is in the language.

        With several articles the question is ambiguous, so Sanad declines and suggests.
        """
        if len({s.doc_id for s in index.sentences}) != 1:
            return self._no_answer(question, session_id, index)
        lead = index.sentences[0]
        citation = self._sentence_citation(lead, 1, 0.0)
        confidence = self.params.answer_threshold
        return self._answered(
            question, lead.text, None, confidence, (citation,), (), session_id, index
        )

    def _answered(
        self, question, text, short, confidence, citations, faq, session_id, index, source_lang=None
    ) -> Answer:
        confidence = round(min(1.0, confidence), 3)
        return Answer(
            answered=True,
            answer=text,
            short_answer=short,
            lang=question.lang,
            confidence=confidence,
            confidence_band=self._band(confidence),
            citations=citations,
            suggestions=self._suggest(index, faq, exclude=citations),
            session_id=session_id,
            answer_type=question.answer_type,
            source_lang=source_lang,
        )

    def _no_answer(
        self, question, session_id, index, faq=(), text=None, suggestions=None
    ) -> Answer:
        """Decline: the polite fallback (or ``text``) and questions Sanad can answer."""
        if suggestions is None:
            suggestions = self._suggest(index, faq) if index else ()
        if text is None:
            messages = languages.get(question.lang).messages
            text = messages["no_answer" if suggestions else "no_answer_no_suggestions"]
        return Answer(
            answered=False,
            answer=text,
            short_answer=None,
            lang=question.lang,
            confidence=0.0,
            confidence_band="low",
            citations=(),
            suggestions=tuple(suggestions),
            session_id=session_id,
            answer_type=question.answer_type,
        )

    def _unsupported(self, question: Question, session_id: str) -> Answer:
        """A question in another language (English): say, in both, which languages Sanad
        answers in, and suggest questions from each."""
        text = " / ".join(languages.get(c).messages["unsupported_language"] for c in ("ar", "pt"))
        suggestions = [
            s for code in ("ar", "pt") for s in self._suggest(self.indexes.get(code), ())[:2]
        ]
        return self._no_answer(question, session_id, None, text=text, suggestions=suggestions)

    def _answer_elsewhere(self, question: Question, session_id: str) -> Answer | None:
        """Answer from the other language's articles when only they hold the fact."""
        source = self.indexes.get(question.lang)
        for code, index in self.indexes.items():
            if code == question.lang or source is None:
                continue

            def translated(concept: Concept, source=source) -> dict[str, float]:
                return {stem: 1.0 for stem in source.cross.get(concept.stem, ())}

            # "بايبت من اي دولة" must not be answered "Bybit" from the Portuguese sentence, and
            # "شو اسم المهندس" asks for an "engenheiro"'s name there.
            category = frozenset(s for c in question.category for s in source.cross.get(c, ()))
            question = replace(
                question,
                translated_norms=self._translations(question, code),
                category=category or question.category,
            )
            ranked = self._rank(question, index, self.params.rerank_depth, forms_of=translated)
            # Translation through the lexicon is coarse, so the other language must match
            # more of the question before its sentence is offered.
            if ranked and ranked[0].confidence >= self.params.cross_threshold:
                note = languages.get(question.lang).messages["other_language"]
                answer = self._from_sentences(
                    question, index, ranked, (), session_id, note, forms_of=translated
                )
                high = self.params.high_threshold
                if question.answer_type in NAME_TYPES and answer.confidence < high:
                    # Few of the question's words reach the other language, so little picks
                    # among its names: "الجهات الكوريه" got the European Commission's division.
                    answer = replace(answer, short_answer=None)
                return replace(answer, suggestions=self._suggest(source, ()), source_lang=code)
        return None

    def _translations(self, question: Question, code: str) -> frozenset[str]:
        """Normalised words, in language ``code``, of the lexicon entries the question names."""
        source = languages.get(question.lang)
        asked = {t.norm for t in question.tokens} | {
            form for t in question.tokens for form in source.unglued(t.norm)
        }
        asked |= {f[2:] for f in asked if f.startswith("ال")}
        pairs, by_word = self._lexicon_pairs(question.lang, code)
        # Only entries with a phrase opening on an asked word can match (a phrase matches when
        # all its words are asked): the words index them, instead of a scan of the lexicon.
        candidates = sorted({i for word in asked for i in by_word.get(word, ())} | by_word[""])
        out: set[str] = set()
        for phrases, translation in (pairs[i] for i in candidates):
            if any(all(n in asked or n.removeprefix("ال") in asked for n in p) for p in phrases):
                out |= translation
        return frozenset(out)

    def _lexicon_pairs(self, lang: str, code: str):
        """Per lexicon entry: its phrases in ``lang`` as normalised words, and every normalised
        word of its ``code`` side; and the entries by the first word of each phrase (also
        without "ال"; "" for an empty phrase). Fixed for a knowledge base, so built once."""
        key = (lang, code)
        if key not in self._pairs:
            source, target = languages.get(lang), languages.get(code)
            pairs = [
                (
                    [tuple(t.norm for t in source.tokens(p)) for p in entry.words.get(lang, ())],
                    frozenset(t.norm for w in entry.words.get(code, ()) for t in target.tokens(w)),
                )
                for entry in self.kb.lexicon
            ]
            by_word: dict[str, set[int]] = {"": set()}
            for i, (phrases, _) in enumerate(pairs):
                for phrase in phrases:
                    first = phrase[0] if phrase else ""
                    for word in {first, first.removeprefix("ال")}:
                        by_word.setdefault(word, set()).add(i)
            self._pairs[key] = (pairs, by_word)
        return self._pairs[key]

    def _band(self, confidence: float) -> str:
        if confidence >= self.params.high_threshold:
            return "high"
        return "medium" if confidence >= self.params.answer_threshold else "low"

    def _suggest(self, index: LanguageIndex | None, faq, exclude=()) -> tuple[str, ...]:
        """FAQ questions to offer next, most related first, none that repeats the answer.

        An entry is skipped when it is the one answered, or when its supporting sentences
        are already cited: it would only ask again what was just answered.
        """
        if index is None:
            return ()
        used = {c.doc_id for c in exclude if c.kind == "faq"}
        cited = {c.sentence_id for c in exclude if c.kind == "article"}
        ordered = [index.faq[n] for n, *_ in faq] + list(index.faq)
        out: list[str] = []
        for entry in ordered:
            repeats = entry.id in used or cited.intersection(entry.supports)
            if not repeats and entry.question not in out:
                out.append(entry.question)
            if len(out) == self.params.suggestions:
                break
        return tuple(out)

    # --- citations ----------------------------------------------------------------------------

    def _cite(self, index: LanguageIndex, scored: _Scored, n: int) -> Citation:
        return self._sentence_citation(index.sentences[scored.position], n, scored.score)

    def _sentence_citation(self, sentence: Sentence, n: int, score: float) -> Citation:
        article = self.kb.article(sentence.doc_id)
        return Citation(
            n,
            "article",
            article.id,
            article.title,
            article.lang,
            sentence.id,
            sentence.text,
            sentence.start,
            sentence.end,
            article.url,
            round(float(score), 4),
        )

    def _sentence_hit(self, index: LanguageIndex, scored: _Scored) -> Hit:
        sentence = index.sentences[scored.position]
        citation = self._cite(index, scored, 0)
        return Hit(
            "article",
            sentence.id,
            sentence.text,
            round(scored.score, 4),
            round(scored.coverage, 3),
            citation,
        )

    def _faq_hit(self, index: LanguageIndex, number: int, score: float, cover: float) -> Hit:
        entry = index.faq[number]
        citation = _faq_citation(entry, 0, score)
        return Hit("faq", entry.id, entry.question, round(score, 4), round(cover, 3), citation)


# --- small pure helpers ----------------------------------------------------------------------


def _is_name(norm: str, index: LanguageIndex) -> bool:
    """Whether a word of the question is a name the knowledge base or the language knows,
    with or without the Arabic article ("الصين" is listed as "صين")."""
    return norm in index.name_norms or entity_key([norm])[0] in index.name_norms


def _asked_names(question: Question, index: LanguageIndex) -> list[int]:
    """Positions among the concepts of the names the question asks about ("Islândia", "UFMS"),
    not those carried over from an earlier turn."""
    return [
        k
        for k, c in enumerate(question.concepts)
        if _is_name(c.norm, index) and c.norm not in question.context_norms
    ]


def _mentions_all(index: LanguageIndex, position: int, rows, keys, named: list[int]) -> bool:
    """Whether sentence ``position``, its passage or its title has each asked name: a text
    about another country's area does not answer "what is Iceland's area?", however well it
    covers "area" (FaQuAD: wrong answers 0.077 -> 0.071, natural negatives declined 0.863 ->
    0.876, right answers 0.729 -> 0.725, `sanad bench abstain`)."""
    passage, article = int(index.passage_of[position]), index.article_of[position]
    return all(
        rows[k][2][position] > 0
        or rows[k][3][passage] > 0
        or rows[k][4][article] > 0
        or keys[k] & index.sentence_keys[position]
        for k in named
    )


def _names_its_kind(question: Question, index: LanguageIndex) -> bool:
    """Whether a text without a name of the asked kind surely does not answer.

    A place question naming its kind ("de que país", "em que cidade", "من اي دولة") in a
    knowledge base whose lexicon lists places; or a question naming the role of whoever it
    asks for ("o presidente", "رئيس", "o ministro"): a text holding that word but no name
    says there is one, not who.
    """
    if question.answer_type == "place":
        return bool(question.category) and index.knows_places
    return question.asks_role


def _event_noun(question: Question, index: LanguageIndex) -> int | None:
    """Position among the concepts of the event a "when was X?" question dates: after a light
    verb ("quando foi a reunião", "امتى صار الاجتماع"), the first word that is not a name.
    None for other questions (a content verb is the event: :func:`_names_the_event`)."""
    if question.answer_type != "date" or len(question.concepts) < 2 or question.context_norms:
        return None
    opening = {t.norm for t in question.tokens[:4]}
    if not opening & index.language.frames.event_verbs:
        return None
    for i, c in enumerate(question.concepts):
        if not index.language.is_weak(c.norm) and (c.norm,) not in index.entities:
            return i
    return None


def _names_the_event(question: Question, concept: Concept, index: LanguageIndex) -> bool:
    """Whether a verb is the event a "when?" question dates: "quando a Wazirx foi fundada?"
    is not answered by a date of a theft from Wazirx. Light and reporting verbs ("foi",
    "صار", "anunciou") name no event of their own, so they stay light."""
    if concept.norm in index.language.weak_words:
        return False
    return question.answer_type == "date" or _relates_names_only(question, concept, index)


def _relates_names_only(question: Question, concept: Concept, index: LanguageIndex) -> bool:
    """Whether the verb is all a "who?"/"which?" question asks about the names it gives: in
    "quem fundou a Bybit?" or "مين اشترى كراكن" only the verb says what is asked, so a text
    that names Bybit without founding it does not answer. With nouns beside the verb ("مين
    اعتبر كوريا مصدر خطر") those carry the question, and the verb stays paraphrasable."""
    if question.answer_type not in ("person", "org", "entity"):
        return False
    others = [c for c in question.concepts if c is not concept and c.stem not in question.category]
    names = [c for c in others if not _classifies(question, c, index)]
    return bool(names) and all(_is_name(c.norm, index) for c in names)


def _classifies(question: Question, concept: Concept, index: LanguageIndex) -> bool:
    """Whether a kind noun stands right before a name and only says what it is ("o grupo
    Lazarus", "a corretora Kraken"; not "o hacker da Kraken", which is someone else)."""
    if not concept.head:
        return False
    stop = index.language.is_stop
    return any(
        a.norm == concept.norm and _is_name(b.norm, index) and not stop(b.norm)
        for a, b in pairwise(question.tokens)
    )


def _vetted(
    question: Question,
    index: LanguageIndex,
    position: int,
    span: Span | None,
    category: frozenset[str],
):
    """The span, unless it cannot be what a role or "the name of" question asks; and whether
    the sentence speaks of the asked kind of thing ("o nome do engenheiro": an engineer).

    "quem é o ministro?" is not answered by a sentence saying "Ministério" nor by a ministry's
    name; "o nome do engenheiro" is not "Kraken", named elsewhere in a text on an engineer.
    """
    if question.asks_role and (
        not _states_role(question, index, position)
        or (span is not None and span.kind not in ("person", "entity"))
    ):
        span = None
    unnamed = (
        question.asks_name
        and bool(category & index.sentence_stems[position])
        and not question.asked_norms & index.language.foreign_name_words
    )
    if unnamed and span is not None and not _named_after(index, position, question, span, category):
        span = None
    if span is not None and not _gives_the_share(question, span, index.language):
        span = None  # "qual a porcentagem roubada?" is not "US$ 1,7 bilhão"
    if span is not None and question.asks_destination and not _goes_to(index, position, span):
        span = None  # "لوين بتروح الفلوس؟" is not where the thieves come from
    return span, unnamed


def _goes_to(index: LanguageIndex, position: int, span: Span) -> bool:
    """Whether sentence ``position`` introduces ``span`` as a destination (:func:`goes_to`)."""
    return goes_to(index.sentences[position].text, span, index.language)


def goes_to(text: str, span: Span, language) -> bool:
    """Whether ``text`` introduces ``span`` as a destination: right after "to" ("إلى سيول",
    "para a Coreia"), or behind a glued "to" that the span leaves out ("لـسيول")."""
    return introduced_by(language.tokens(text), span, language.frames.to, language)


# How many words after a word of the question a definer may stand: "Computador é", "O Siscad,
# sistema da UFMS, é".
DEFINER_REACH = 4


def _soft_anchors(index: LanguageIndex, position: int, soft: frozenset[str]) -> set[str]:
    """Stems of the sentence's words that meet a question's word only by a second-chance key
    ("مستهدفين" for "بيستهدفو"): the question's word stands there too, for nearness."""
    if not soft & index.sentence_keys[position]:
        return set()
    language = index.language
    return {
        t.stem
        for t in language.tokens(index.sentences[position].text)
        if soft & language.soft_keys(t.norm)
    }


# What may close the bracket or quotation holding a defined word before its gloss's colon.
_CLOSERS = ")]»”\"'"


def _defining(index: LanguageIndex, positions, score, anchors: set[str]) -> list[int]:
    """The positions, among ``positions``, of matching sentences that say what a word of the
    question is: where many sentences name a term, the one that defines it may rank low."""
    return [int(i) for i in positions if score[i] > 0 and _defines(index, int(i), anchors)]


def _defines(index: LanguageIndex, position: int, anchors: set[str]) -> bool:
    """Whether the sentence says what a word of the question is: "Computador é uma máquina",
    "Siscad: Sistema ...", "Entende-se por X", "يعد الأسد من". Where no copula is needed
    (``Language.copula_optional``), a sentence opening with the word does ("أديسون مخترع
    أمريكي"). Always true in a language without definers."""
    language = index.language
    if not language.definers:
        return True
    text = index.sentences[position].text
    tokens = language.tokens(text)
    for i, token in enumerate(tokens):
        if token.stem not in anchors:
            continue
        if language.copula_optional and i < 2:
            return True
        after = tokens[i + 1 : i + 1 + DEFINER_REACH]
        if any(_is_definer(t, language) for t in after):
            return True
        # "Siscad: Sistema ...", "Siscad (Sistema ...)", and a gloss's own colon after the
        # bracket that holds the word: "Sistema de Controle Acadêmico (Siscad): Sistema ...".
        if text[token.end :].lstrip().lstrip(_CLOSERS).lstrip()[:1] in (":", "("):
            return True
    folded = language.normalise(text)
    return any(" " in phrase and phrase in folded for phrase in language.definers)


def _is_definer(token, language) -> bool:
    """Whether the text's word is a definer, as written where its folded form is another word."""
    if token.norm not in language.definers:
        return False
    written = language.definers_as_written.get(token.norm)
    return written is None or token.text.lower() in written


def _gives_the_share(question: Question, span: Span, language) -> bool:
    """False for a span that is no percentage when the question asks for one."""
    if not question.asks_percent or "%" in span.text or "٪" in span.text:
        return True
    return any(t.norm in language.percent_words for t in language.tokens(span.text))


# How many words may stand between a noun and the name it introduces: "a agência de notícias
# coreana do Yonhap".
NAME_AFTER_NOUN = 5


# Between a name and the noun in apposition to it: "Jong-Kwon, diretor-geral".
_APPOSITION = re.compile(r"\s*[,،]\s*")


def _named_after(
    index: LanguageIndex, position: int, question: Question, span: Span, category: frozenset[str]
) -> bool:
    """Whether ``span`` is the name of the asked kind: it opens with the kind's noun, comes
    within :data:`NAME_AFTER_NOUN` words after it ("o engenheiro João", "مجموعة لازاروس"), or
    has it in apposition ("Jong-Kwon, diretor-geral de ...").

    A place after a noun of another kind is its owner, not its name: "برامج بيونغ يانغ" are
    Pyongyang's programs (the name of a city or a country is asked with a place question)."""
    if span.kind == "place" and question.answer_type != "place":
        return False
    tokens = index.language.tokens(index.sentences[position].text)
    if of_kind(span, tokens, category):
        return True
    text = index.sentences[position].text
    after = next((t for t in tokens if t.start >= span.end), None)
    if (
        after is not None
        and after.stem in category
        and _APPOSITION.fullmatch(text[span.end : after.start])
    ):
        return True
    nouns = [i for i, t in enumerate(tokens) if t.stem in category]
    first = next((i for i, t in enumerate(tokens) if t.start >= span.start), len(tokens))
    return any(0 < first - i <= NAME_AFTER_NOUN for i in nouns)


def _states_role(question: Question, index: LanguageIndex, position: int) -> bool:
    """Whether sentence ``position`` names the role asked about in that very word or a
    synonym: "ministro" and "Ministério", "رئيس" and "رئيسيًا" share a stem, not a meaning."""
    role = next((c for c in question.concepts if c.head), None)
    if role is None:
        return True
    language = index.language
    key = language.synonym_key(cue_form(role.norm, language) or role.norm)
    if key in _sentence_keys(index, position):
        return True
    synonyms = index.synonyms_by_key.get(key, set())
    return bool(synonyms & index.sentence_stems[position])


def _sentence_keys(index: LanguageIndex, position: int) -> frozenset[str]:
    """The synonym keys of a sentence's words, found once per sentence."""
    keys = index.synonym_keys.get(position)
    if keys is None:
        language = index.language
        tokens = language.tokens(index.sentences[position].text)
        keys = index.synonym_keys[position] = frozenset(
            language.synonym_key(t.norm) for t in tokens
        )
    return keys


def _names_nothing(question: Question, index: LanguageIndex) -> bool:
    """Whether the question names nothing among several articles: every concept is a verb or
    light word ("متى توفي؟", "quando começou?"), so it has no subject to answer about. With a
    single article in the language, the article is the subject ("ليش بدهم يتعاونو؟")."""
    several = len(index.article_of) > 0 and int(index.article_of.max()) > 0
    light = all(
        (index.language.is_weak(c.norm) or c.verb) and not c.head for c in question.concepts
    )
    return several and (light or _only_a_bare_word(question, index))


def _only_a_bare_word(question: Question, index: LanguageIndex) -> bool:
    """Whether the question's one word is neither a noun by its article nor a name nor a
    subject of an article's title: "متى رسمها؟", "بماذا توصف؟" (ARCD asks such questions of
    a paragraph named earlier), unlike "ما هي الشيوعية؟" or "من هو أينشتاين؟"."""
    if len(question.concepts) != 1 or question.concepts[0].head:
        return False
    concept = question.concepts[0]
    language = index.language
    if not language.glued_article or language.noun_like(concept.norm):
        return False
    return concept.stem not in index.title_index and not _is_name(concept.norm, index)


def _faq_citation(entry: FaqEntry, n: int, score: float) -> Citation:
    """An FAQ entry cited like a sentence: its answer is the text, the whole answer the span."""
    return Citation(
        n,
        "faq",
        entry.id,
        entry.question,
        entry.lang,
        entry.id,
        entry.answer,
        0,
        len(entry.answer),
        None,
        round(score, 4),
    )


def _types_differ(asked: str, phrased: str) -> bool:
    """Both ask for a definite kind of answer, and not the same one."""
    return asked != phrased and asked not in VAGUE_TYPES and phrased not in VAGUE_TYPES


def _best(index, forms: dict[str, float]) -> np.ndarray:
    """Per document, the best-scoring form of a concept (forms are alternatives, not extras)."""
    out = np.zeros(index.n_docs)
    for form, weight in forms.items():
        docs, values = index.term_scores(form)
        if len(docs):
            out[docs] = np.maximum(out[docs], weight * values)
    return out


def _df(index: LanguageIndex, stem: str) -> int:
    return index.sentence_index.df(stem)


def _idf(index: LanguageIndex, forms: set[str]) -> float:
    """A positive idf for a word and its forms, from the knowledge base's sentences."""
    n = max(index.sentence_index.n_docs, 1)
    df = min(max((_df(index, f) for f in forms), default=0), n)
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def _concept_idf(index: LanguageIndex, concept: Concept, forms: dict[str, float]) -> float:
    """:func:`_idf` of a concept's forms in ``index``, memoised like the forms themselves."""
    key = (concept.norm, concept.stem)
    idf = index.idf_cache.get(key)
    if idf is None:
        if len(index.idf_cache) >= 20_000:
            index.idf_cache.clear()
        idf = index.idf_cache[key] = _idf(index, set(forms))
    return idf


def _faq_word_idf(index: LanguageIndex) -> list[tuple[dict[str, float], float]]:
    """Per FAQ phrasing, each word's idf and their sum: fixed for an index, so computed once."""
    if index.faq_word_idf is None:
        table = []
        for words in index.faq_docs:
            idf = {w: _idf(index, {w}) for w in words}
            # fsum: exact whatever the order, and a set's order changes with the process's hash
            # seed, so a plain sum could break a tie one way in one worker, another in the next.
            table.append((idf, math.fsum(idf.values())))
        index.faq_word_idf = table
    return index.faq_word_idf


def _covered(question: Question | None, weights: list[float], credits: list[float]):
    """Total and matched weight of the question's concepts (``weights`` and ``credits`` in
    their order). A guess the question leaves open ("فلوس كاش ولا", "cash or...?") counts
    only when the text states it: the answer may be another thing."""
    concepts = question.concepts if question is not None else ()
    guesses = [c.guess for c in concepts] or [False] * len(weights)
    total = hit = 0.0
    for guess, weight, credit in zip(guesses, weights, credits, strict=True):
        total += weight * credit if guess else weight
        hit += weight * credit
    return total, hit


def _synonyms(index: LanguageIndex, concept: Concept, reading: str):
    """Synonym stems of one reading of ``concept``; the word's own by its synonym key."""
    if reading == concept.stem:
        return index.synonyms_by_key.get(index.language.synonym_key(concept.norm), ())
    return index.synonyms.get(reading, ())


def _typo_stems(norm: str, index: LanguageIndex, names_only: bool = False) -> set[str]:
    """Stems of knowledge-base words one edit away from ``norm`` (typos: "hakers"); with
    ``names_only``, of names only."""
    if len(norm) < 4 or norm[:1].isdigit():
        return set()
    # Counted without the Arabic article: "الجرب" (scabies) is no typo of "المجر" (Hungary),
    # nor "السل" of "الرسل" (ARCD natural negatives declined 0.836 -> 0.844).
    letters = len(norm) - 2 if norm.startswith("ال") else len(entity_key([norm])[0])
    if letters < 3:
        return set()  # "السل" (tuberculosis) is no typo of "السلب" (robbery), nor of "ارسل"
    found = set()
    for variant in deletions(norm):
        for word in index.deletions.get(variant, ()):
            # In a short word a replaced letter may well be another word: "mora" (lives) is
            # not a typo of "mira" (aim). A letter left out still counts ("hakers").
            if index.language.typo_keeps_first_letter and word[:1] != norm[:1]:
                continue  # "demitido" (fired) is not a typo of "emitido" (issued)
            if names_only and not _is_name(word, index):
                continue
            if letters >= index.language.replaced_letter_from or len(word) > len(norm):
                found.add(index.norm_stem[word])
    return found


def _same_scale(norm: str, index: LanguageIndex) -> set[str]:
    """ "bi" asks for "bilhão": scale words of the same value are one concept."""
    scales = index.language.scale_words
    if norm not in scales:
        return set()
    return {index.language.stem(w) for w, v in scales.items() if v == scales[norm] and " " not in w}


def _variant_stems(concept: Concept, index: LanguageIndex) -> list[str]:
    """Other forms of the word the text or the synonym lexicon knows. A light verb's form is
    none: "بتعمل" (does) is عمل, whose stem light10 shares with العملات (currencies)."""
    known = index.sentence_index
    weak = index.language.weak_words
    return [
        s
        for s in index.language.variants(concept.norm)
        if (s in known or s in index.synonyms) and s not in weak
    ]
