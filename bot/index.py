"""Per-language search structures built once from the knowledge base.

For each language: BM25 indexes over answerable sentences, over passages (paragraphs, with the
heading above them) and over article titles; the FAQ phrasings; and the look-ups that widen a
question word to the forms the text uses (synonyms, lexicon, typos, derived Arabic forms).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from bot import lang as languages
from bot.extract import NAME_TYPES, EntityTable, entity_key, find_spans
from bot.knowledge import Article, FaqEntry, KnowledgeBase, Sentence
from bot.lang import Language
from bot.question import analyse
from bot.search import BM25Index


@dataclass(frozen=True)
class SearchParams:
    """Retrieval parameters; defaults were tuned on half of ARCD and FaQuAD (see README).

    Sentences are short and mostly hold a term once, so k1 matters little and full length
    normalisation (b = 1) helps; the passage carries the question's context words.
    """

    k1: float = 1.6
    b: float = 1.0
    passage_weight: float = 1.0
    title_weight: float = 0.4
    expansion_weight: float = 0.7


@dataclass
class LanguageIndex:
    """Everything needed to answer in one language."""

    language: Language
    sentences: list[Sentence]
    passage_of: np.ndarray
    article_of: np.ndarray
    sentence_stems: list[frozenset[str]]
    span_kinds: list[frozenset[str]]
    sentence_index: BM25Index
    passage_index: BM25Index
    title_index: BM25Index
    passage_stems: list[frozenset[str]]
    title_stems: list[frozenset[str]]
    faq: list[FaqEntry]
    faq_docs: list[frozenset[str]]
    faq_of: list[int]
    faq_index: BM25Index
    faq_types: list[str] = field(default_factory=list)  # the answer type each phrasing asks for
    synonyms: dict[str, set[str]] = field(default_factory=dict)
    cross: dict[str, set[str]] = field(default_factory=dict)
    entities: dict[tuple[str, ...], str] = field(default_factory=dict)
    deletions: dict[str, set[str]] = field(default_factory=dict)
    norm_stem: dict[str, str] = field(default_factory=dict)
    sentence_keys: list[frozenset[str]] = field(default_factory=list)
    passage_keys: list[frozenset[str]] = field(default_factory=list)
    forms_cache: dict[tuple[str, str], dict[str, float]] = field(default_factory=dict)
    # Synonym stems of a question's own word, by Language.synonym_key.
    synonyms_by_key: dict[str, set[str]] = field(default_factory=dict)
    idf_cache: dict[tuple[str, str], float] = field(default_factory=dict)
    # Per sentence position, the synonym keys of its words (filled on first use).
    synonym_keys: dict[int, frozenset[str]] = field(default_factory=dict)
    # Per FAQ phrasing, the idf of each of its words and their sum (filled on first use).
    faq_word_idf: list[tuple[dict[str, float], float]] | None = None
    # Per FAQ entry, the kinds of answer its answer and supporting sentences give (on first use).
    faq_kinds: dict[int, frozenset[str]] = field(default_factory=dict)
    knows_places: bool = False  # the lexicon lists places in this language
    # Words the texts use inside a name (lexicon entries, quoted or capitalised names).
    name_norms: frozenset[str] = frozenset()


def build(kb: KnowledgeBase, code: str, params: SearchParams) -> LanguageIndex:
    language = languages.get(code)
    articles = [a for a in kb.articles if a.lang == code]
    units = _units(articles)
    entities = _entities(kb, language)
    sentences = [s for s, _, _ in units]
    # Typed spans once per sentence: their kinds and their name words both come from them.
    spans = [find_spans(s.text, language, entities) for s in sentences]
    passages, passage_of, titles, article_of = _contexts(articles, units, language)
    sentence_docs = [_stems(language, s.text) for s in sentences]
    faq, faq_docs, faq_of = _faq_docs(kb.faq_for(code), language)
    index = LanguageIndex(
        language=language,
        sentences=sentences,
        passage_of=np.asarray(passage_of, dtype=np.int64),
        article_of=np.asarray(article_of, dtype=np.int64),
        sentence_stems=[frozenset(d) for d in sentence_docs],
        span_kinds=[
            answer_kinds(s.text, language, entities, found)
            for s, found in zip(sentences, spans, strict=True)
        ],
        sentence_index=BM25Index(sentence_docs, params.k1, params.b),
        passage_index=BM25Index(passages, params.k1, params.b),
        title_index=BM25Index(titles, params.k1, params.b),
        passage_stems=[frozenset(p) for p in passages],
        title_stems=[frozenset(t) for t in titles],
        faq=faq,
        faq_docs=[frozenset(d) for d in faq_docs],
        faq_of=faq_of,
        faq_index=BM25Index(faq_docs, params.k1, params.b),
        faq_types=_faq_types(faq, language),
        entities=entities,
    )
    index.knows_places = "place" in {entities[k] for k in entities.entry_of}
    index.name_norms = _name_norms(spans, language, entities)
    index.sentence_keys = [_soft_keys(language, s.text) for s in sentences]
    index.passage_keys = _passage_keys(index)
    synonym_words = [w for group in language.synonyms for w in group]
    lexicon_words = [w for entry in kb.lexicon for w in entry.words.get(code, ())]
    texts = [s.text for s in sentences] + [e.question for e in faq]
    _vocabulary(index, texts + synonym_words + lexicon_words)
    _expansions(index, kb, code)
    return index


def answer_kinds(text: str, language: Language, entities, spans=None) -> frozenset[str]:
    """Kinds of answer a sentence can give: its span kinds, and "reason"/"method" when it
    holds a causal or instrumental connective ("بسبب", "usando"). ``spans``: the text's typed
    spans, when the caller has them already."""
    if spans is None:
        spans = find_spans(text, language, entities)
    kinds = {span.kind for span in spans}
    # "ويهدف الشركاء إلى": the connective may carry a glued conjunction.
    norms = {form for t in language.tokens(text) for form in language.unglued(t.norm)}
    kinds |= {kind for kind, words in language.markers.items() if norms & words}
    return frozenset(kinds)


def _name_norms(spans: list[list], language: Language, entities) -> frozenset[str]:
    """The words of every name span of the texts (``spans``, per sentence), and of every
    lexicon name."""
    norms = {norm for name in entities for norm in name}
    for found in spans:
        for span in found:
            if span.kind in NAME_TYPES:
                norms.update(t.norm for t in language.tokens(span.text))
    return frozenset(norms)


def _stems(language: Language, text: str) -> list[str]:
    return [
        t.stem
        for t in language.tokens(text)
        if not language.is_stop(t.norm) and (len(t.norm) > 1 or t.is_number)
    ]


def _units(articles: Sequence[Article]) -> list[tuple[Sentence, int, int]]:
    """Answerable sentences (headings too: a headline states facts) with their positions."""
    out = []
    for a_no, article in enumerate(articles):
        for sentence in article.sentences:
            if not sentence.excluded:
                out.append((sentence, a_no, sentence.paragraph))
    return out


def _contexts(articles, units, language):
    """Passage docs (paragraph + the heading above it) and title docs, and who belongs where."""
    passages: list[list[str]] = []
    key_to_passage: dict[tuple[int, int], int] = {}
    for a_no, article in enumerate(articles):
        heading: list[str] = []
        for p_no, (start, end) in enumerate(article.paragraphs):
            sents = [s for s in article.sentences if s.paragraph == p_no and not s.excluded]
            key_to_passage[(a_no, p_no)] = len(passages)
            if sents and all(s.heading for s in sents):
                heading = _stems(language, article.body[start:end])
                passages.append(heading)
                continue
            passages.append(heading + _stems(language, article.body[start:end]))
    titles = [_stems(language, a.title) for a in articles]
    passage_of = [key_to_passage[(a_no, p_no)] for _, a_no, p_no in units]
    article_of = [a_no for _, a_no, _ in units]
    return passages, passage_of, titles, article_of


def _soft_keys(language: Language, text: str) -> frozenset[str]:
    """Second-chance match keys of every content word of ``text``."""
    keys: set[str] = set()
    for token in language.tokens(text):
        if not language.is_stop(token.norm) and not token.is_number:
            keys |= language.soft_keys(token.norm)
    return frozenset(keys)


def _passage_keys(index: LanguageIndex) -> list[frozenset[str]]:
    passages = [set() for _ in range(index.passage_index.n_docs)]
    for position, keys in enumerate(index.sentence_keys):
        passages[index.passage_of[position]] |= keys
    return [frozenset(p) for p in passages]


def _faq_docs(entries: Iterable[FaqEntry], language: Language):
    """One doc per phrasing (question and each alternate), mapped back to its entry."""
    faq = list(entries)
    docs, owner = [], []
    for number, entry in enumerate(faq):
        for phrasing in (entry.question, *entry.alternates):
            docs.append(_stems(language, phrasing))
            owner.append(number)
    return faq, docs, owner


def _faq_types(faq: list[FaqEntry], language: Language) -> list[str]:
    """The answer type of each phrasing, in the order of :func:`_faq_docs`."""
    return [
        analyse(phrasing, language).answer_type
        for entry in faq
        for phrasing in (entry.question, *entry.alternates)
    ]


def _entities(kb: KnowledgeBase, language: Language) -> EntityTable:
    out, entry_of = {}, {}
    for number, entry in enumerate(kb.lexicon):
        if entry.type is None:
            continue
        for words in entry.words.values():
            for name in words:
                key = entity_key([t.norm for t in language.tokens(name)])
                if key:
                    out[key] = entry.type
                    entry_of.setdefault(key, number)
    for place in language.places:
        key = entity_key(place.split())
        if key:
            out.setdefault(key, "place")
    return EntityTable(out, entry_of)


def _vocabulary(index: LanguageIndex, texts: Iterable[str]) -> None:
    """Surface forms of the text, and their one-deletion neighbourhood for typo matching."""
    for text in texts:
        for token in index.language.tokens(text):
            if token.is_number or index.language.is_stop(token.norm):
                continue
            index.norm_stem.setdefault(token.norm, token.stem)
            if len(token.norm) >= 4:
                for variant in deletions(token.norm):
                    index.deletions.setdefault(variant, set()).add(token.norm)


def deletions(word: str) -> set[str]:
    """The word and every form of it with one letter removed (SymSpell-style neighbourhood)."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _expansions(index: LanguageIndex, kb: KnowledgeBase, code: str) -> None:
    """Synonym stems within the language and translation stems into the other language."""
    language = index.language
    groups = [set(g) for g in language.synonyms]
    same = defaultdict(set)
    for group in groups:
        stems = {language.stem(w) for w in group if " " not in w}
        for stem in stems:
            same[stem] |= stems - {stem}
    cross = defaultdict(set)
    for entry in kb.lexicon:
        mine = _single_word_stems(entry.words.get(code, ()), language)
        for stem in mine:
            same[stem] |= mine - {stem}
        for other in languages.CODES:
            if other == code:
                continue
            # A translation may go word by word: "الاتحاد" alone still means "União (Europeia)".
            theirs = _content_stems(entry.words.get(other, ()), languages.get(other))
            for stem in _content_stems(entry.words.get(code, ()), language):
                cross[stem] |= theirs
    index.synonyms = dict(same)
    index.cross = dict(cross)
    index.synonyms_by_key = _synonyms_by_key(language, groups, kb.lexicon, code)


def _synonyms_by_key(language: Language, groups, lexicon, code: str) -> dict[str, set[str]]:
    """Synonym stems keyed by :meth:`Language.synonym_key` of each listed word."""
    lists = [[w for w in g if " " not in w] for g in groups]
    lists += [[w for w in entry.words.get(code, ()) if " " not in w] for entry in lexicon]
    out: dict[str, set[str]] = defaultdict(set)
    for words in lists:
        norms = [language.normalise(w) for w in words]
        stems = {language.stem(n) for n in norms}
        for norm in norms:
            out[language.synonym_key(norm)] |= stems - {language.stem(norm)}
    return dict(out)


def _content_stems(words: Iterable[str], language: Language) -> set[str]:
    """Stems of every content word of ``words`` (names and phrases alike)."""
    return {
        t.stem
        for word in words
        for t in language.tokens(word)
        if not language.is_stop(t.norm) and len(t.norm) > 1
    }


def _single_word_stems(words: Iterable[str], language: Language) -> set[str]:
    out = set()
    for word in words:
        tokens = [t for t in language.tokens(word) if not language.is_stop(t.norm)]
        if len(tokens) == 1:
            out.add(tokens[0].stem)
    return out
