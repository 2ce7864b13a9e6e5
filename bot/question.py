"""Question analysis: the expected answer type, and the content words the answer must contain.

"كم سرق القراصنة؟" -> type "number", concepts [سرق, قراصن]. Question words and the cue words
that only announce a type ("valor", "تاريخ", "cidade") are not content: a sentence need not
repeat "value" to state one. Cue words that name what is asked about ("presidente", "empresa")
stay content, so "who is the president?" is not answered with any person who happens to match.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from bot.lang import Language
from bot.lang.base import Token

# Cue types that the answer's own kind satisfies; other cue words must be matched as words.
TYPE_ONLY_CUES = frozenset(
    {"amount", "number", "rank", "date", "place", "entity", "reason", "method"}
    | {"definition", "other", "yesno", "summary"}
)
# Types a later question phrase may sharpen ("ما هي مواعيد العمل" -> date).
_VAGUE = frozenset({"other", "definition", "entity"})
# Types a more specific cue may replace ("ما قيمة" -> amount, "em que cidade" -> place).
_REFINABLE = frozenset({"other", "definition", "entity", "number", "yesno"})
# Types whose answer is a name, so that a category noun can say which kind of name.
_NAMED = frozenset({"entity", "org", "person", "place"})
# Weight of the previous turn's concepts in an elliptical follow-up: alone ("ومتى؟") they are
# the whole question; beside the follow-up's own words, context. Measured on tests/eval.
CARRIED_ALONE = 0.8
CARRIED_WITH_OWN = 0.5
# How near the start an ambiguous question word must stand, in words.
_START_WINDOW = 2


@dataclass(frozen=True)
class Concept:
    """A content word of the question; ``weight`` < 1 for words carried over from context."""

    norm: str
    stem: str
    weight: float = 1.0
    head: bool = False  # a cue word naming what is asked about ("presidente", "زعيم")
    verb: bool = False  # a verb by its place in the question ("اللي قدم"), whatever its shape
    # The verb asked about, before a relative clause that says which thing is meant ("رجعو" in
    # "رجعو الفلوس اللي انسرقت"): never light, whatever its shape.
    predicate: bool = False
    guess: bool = False  # an alternative offered and left open ("فلوس كاش ولا", "em 2024 ou?")


@dataclass(frozen=True)
class Question:
    text: str
    lang: str
    tokens: tuple[Token, ...]
    answer_type: str
    concepts: tuple[Concept, ...]
    elliptical: bool
    plural: bool = False
    restricted: bool = False  # "só da Bybit", "من بايبت لحالها": one of several things only
    asks: bool = False  # holds a question word ("شو", "quem"), not only content words
    # "year" for "em que ano?", "month" for "في أي شهر؟"; "duration" for "por quanto tempo?"
    date_unit: str | None = None
    category: frozenset[str] = frozenset()  # stem of the noun after "qual"/"اي": "universidade"
    asks_kind: bool = False  # "em que tipo de empresa?", "اي نوع": a description, not a name
    asks_role: bool = False  # "quem é o presidente?", "مين رئيس": the role of the one asked for
    asks_name: bool = False  # "qual o nome do engenheiro?", "شو اسم": the name of one of a kind
    asks_percent: bool = False  # "qual a porcentagem?", "ما نسبة": a share, not an amount
    context_norms: frozenset[str] = frozenset()  # words carried over from the previous turn
    # Cue words dropped because the answer's kind stands for them ("الهدف", "motivo", "valor"):
    # a text need not repeat them, but one that does echoes the question.
    cues: tuple[Concept, ...] = ()
    asks_destination: bool = False  # "para onde", "لوين": a place the text goes "to"
    asks_origin: bool = False  # "de que país", "من اي دولة": a place's adjective answers it
    # The other language's words for the names it asks about, when answered from that
    # language's article ("بايبت" -> "bybit").
    translated_norms: frozenset[str] = frozenset()

    @property
    def asked_norms(self) -> frozenset[str]:
        """Every normalised word of the question and of the context it borrowed (used to keep
        them out of short answers: "ومين كشفه؟" after a question about Kraken is not
        answered "Kraken")."""
        return frozenset(t.norm for t in self.tokens) | self.context_norms | self.translated_norms


# Types that say what kind of answer is wanted; the others ("what about...?") do not.
VAGUE_TYPES = frozenset({"other", "definition", "entity", "yesno", "summary"})


def analyse(text: str, language: Language) -> Question:
    tokens = language.tokens(text)
    marked, qtype, plural = _question_words(tokens, language)
    plural = plural or _asks_plural_noun(tokens, marked, language)
    qtype, cue_positions = _cues(tokens, language, qtype, marked)
    guesses = _open_alternative(tokens, language, marked | cue_positions)
    clause = _relative_clause(tokens, language)
    concepts = _concepts(tokens, language, marked | cue_positions, guesses, clause)
    if qtype == "person" and _only_names(tokens, marked | cue_positions, language):
        qtype = "definition"  # "Quem é Maciej Stadejek?" asks what he is, not for a name
    elliptical = not concepts or (_opens_with_conjunction(tokens, language) and len(concepts) <= 2)
    restricted = any(t.norm in language.frames.restrictive for t in tokens)
    return Question(
        text,
        language.code,
        tuple(tokens),
        qtype,
        concepts,
        elliptical,
        plural,
        restricted,
        asks=bool(marked),
        date_unit=_date_unit(tokens, language, qtype),
        category=_category(tokens, marked, language) if qtype in _NAMED else frozenset(),
        asks_kind=bool(marked) and _near_question_word(tokens, marked, language.frames.sort),
        asks_role=qtype == "person" and _asks_role(tokens, marked | cue_positions, language),
        asks_name=bool(marked) and _near_question_word(tokens, marked, language.frames.name),
        asks_percent=qtype == "number" and _asks_percent(tokens, language),
        cues=_dropped_cues(tokens, language, marked | cue_positions),
        asks_destination=qtype == "place" and _asks_phrase(tokens, language.frames.destination),
        asks_origin=qtype == "place" and _asks_phrase(tokens, language.frames.origin),
    )


def with_context(question: Question, previous: Question) -> Question:
    """An elliptical follow-up borrows the previous question's concepts (and type if it has none).

    "ومتى؟" after "وين صار الاجتماع؟" asks when the meeting was: the concepts come from the
    previous turn, the type from this one. Only a follow-up without a question word ("e pela
    UE?") borrows the type too: "وشو بتستهدف؟" asks "what", whatever the previous turn asked.
    """
    own = {c.stem for c in question.concepts}
    # Context helps find the sentence; when the follow-up names its own words ("e a kraken
    # fica onde"), a sentence lacking an earlier turn's words ("descobriu") still answers.
    factor = CARRIED_WITH_OWN if own else CARRIED_ALONE
    carried = tuple(
        Concept(c.norm, c.stem, c.weight * factor) for c in previous.concepts if c.stem not in own
    )
    qtype = question.answer_type
    if qtype == "other" and not question.asks and previous.answer_type != "other":
        qtype = previous.answer_type
    return replace(
        question,
        answer_type=qtype,
        concepts=question.concepts + carried,
        elliptical=False,
        context_norms=frozenset(c.norm for c in previous.concepts),
    )


def _asks_plural_noun(tokens: list[Token], marked: set[int], language: Language) -> bool:
    """Whether the noun right after the question word is plural: "من اي بورصات", "em que
    empresas", "انو دول": the answer is then every name listed, not the first."""
    after = [max(marked) + 1] if marked else []
    # A cue noun names what is asked wherever it stands: "حسب جوجل انو دول مستهدفه".
    after += [i for i, t in enumerate(tokens) if _cue_kind(t, language) in ("place", "org")]
    return any(_plural_noun(tokens[i], language) for i in after if i < len(tokens))


def _plural_noun(token: Token, language: Language) -> bool:
    if language.code == "ar":
        return any(
            norm in language.frames.broken_plurals or (norm.endswith("ات") and len(norm) >= 5)
            for norm in language.unglued(token.norm)
        )
    # "empresas", "países"; not "país", "mês" (a stressed final syllable in -s is singular).
    word = token.text.lower()
    return len(word) > 3 and word.endswith(("as", "es", "os")) and not token.is_number


def _category(tokens: list[Token], marked: set[int], language: Language) -> frozenset[str]:
    """The noun that names what kind of thing is asked: "universidade" in "qual universidade",
    "منظمه" in "اي منظمه دوليه", "empresa" in "em q tipo de empresa". A name that opens with
    it ("Universidade de Coimbra") or follows it ("مجموعة “لازاروس”") is one of that kind."""
    if not marked:
        return frozenset()
    after = max(marked) + 1
    openers = {tokens[i].norm for i in marked}
    # Only "which" asks for a kind ("qual universidade"); "مين ورا سرقة" names no kind.
    kinds = language.frames.kind
    kind_next = after < len(tokens) and tokens[after].norm in kinds
    if not openers & (language.frames.which | kinds | language.frames.what_is) and not kind_next:
        return frozenset()
    last = tokens[after - 1]
    noun = not language.is_stop(last.norm) and last.norm not in kinds
    if noun and last.norm not in language.question_words:
        return frozenset({last.stem})  # "em que cidade", "من اي دولة": the phrase's noun
    for token in tokens[after:]:
        if language.is_stop(token.norm) or token.norm in kinds:
            continue
        if language.is_weak(token.norm) or token.is_number:
            return frozenset()
        return frozenset({token.stem})
    return frozenset()


def _asks_role(tokens: list[Token], skip: set[int], language: Language) -> bool:
    """Whether the first content word after the question word names a person's role: "quem é
    o ministro ...", "مين رئيس ..." (not "quem descobriu o hacker", which asks who acted)."""
    if not skip:
        return False
    for i in range(min(skip) + 1, len(tokens)):
        if i in skip or _is_stop(tokens[i], language):
            continue
        return _cue_kind(tokens[i], language) == "person"
    return False


def _near_question_word(tokens: list[Token], marked: set[int], words: frozenset[str]) -> bool:
    """Whether one of ``words`` stands within three words of the first question word."""
    return any(t.norm in words for t in tokens[min(marked) :][:3])


def _asks_percent(tokens: list[Token], language: Language) -> bool:
    words = {t.norm for t in tokens} | {f"{a.norm} {b.norm}" for a, b in pairwise(tokens)}
    return bool(words & (language.frames.percent | language.percent_words))


def _asks_phrase(tokens: list[Token], wanted: frozenset[str]) -> bool:
    """Whether the question holds one of ``wanted`` (normalised phrases of up to three words):
    "to where" ("pra onde vai o dinheiro", "لوين بتروح"), "from where" ("من اي دولة")."""
    words = [t.norm for t in tokens]
    phrases = set(words) | {" ".join(pair) for pair in pairwise(words)}
    phrases |= {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}
    return bool(phrases & wanted)


def _date_unit(tokens: list[Token], language: Language, qtype: str) -> str | None:
    """The calendar unit a date question asks for: "year" in "em que ano", "وباي سنه"; for a
    number, "duration" where it asks how long ("por quanto tempo", "كم دام")."""
    if qtype in ("number", "amount"):
        return "duration" if _asks_phrase(tokens, language.frames.duration) else None
    if qtype != "date":
        return None
    for previous, token in pairwise(tokens):
        for unit, words in language.frames.date_units.items():
            if token.norm in words and previous.norm in language.frames.which:
                return unit
    return None


def _question_words(tokens: list[Token], language: Language):
    """Positions of question words, the type they ask for, and whether they are plural."""
    marked: set[int] = set()
    qtype, plural = "other", False
    i = 0
    while i < len(tokens):
        found = _match_phrase(tokens, i, language)
        if found is None:
            i += 1
            continue
        length, kind, phrase = found
        if phrase in language.frames.ambiguous and _match_phrase(tokens, i + length, language):
            i += length  # "من اي بورصة", "de onde": a preposition before the question word
            continue
        if kind and (i <= _START_WINDOW or phrase not in language.frames.ambiguous):
            # A phrase's own words are dropped; a content word after a question word still
            # has to be found: "pessoas" in "quantas pessoas", "fica" in "onde fica". A fixed
            # expression ("مواعيد العمل", "horário de funcionamento") is dropped whole.
            fixed = kind == "summary" or tokens[i].norm not in language.question_words
            marked.update(
                j
                for j in range(i, i + length)
                if j == i or fixed or _is_function(tokens[j], language)
            )
            # The first question word sets the type; later ones only sharpen a vague one.
            if qtype == "other" or (qtype in _VAGUE and kind not in _REFINABLE):
                qtype = kind
            plural = (
                plural
                or bool(language.frames.plural & set(phrase.split()))
                or phrase in ("ما هي", "ما هم", "مين هم", "quem sao")
            )
        i += length
    return marked, qtype, plural


def _match_phrase(tokens: list[Token], i: int, language: Language):
    longest = _longest_phrase(language)
    for length in range(longest, 0, -1):
        if i + length > len(tokens):
            continue
        tail = " ".join(t.norm for t in tokens[i + 1 : i + length])
        for first in language.unglued(tokens[i].norm):
            phrase = f"{first} {tail}".strip()
            if phrase in language.question_words:
                return length, language.question_words[phrase], phrase
    return None


_LONGEST: dict[str, int] = {}


def _longest_phrase(language: Language) -> int:
    """Words in the language's longest question phrase ("do que se trata" = 4), cached."""
    if language.code not in _LONGEST:
        _LONGEST[language.code] = max((len(p.split()) for p in language.question_words), default=1)
    return _LONGEST[language.code]


def _cues(tokens: list[Token], language: Language, qtype: str, marked: set[int]):
    positions: set[int] = set()
    for i, token in enumerate(tokens):
        if i in marked:
            continue
        kind = _cue_kind(token, language)
        if kind is None:
            continue
        # Near: just after a question word ("em que cidade", "qual o valor"), not before one
        # ("o hacker ... oq") nor past a content word ("شو بتعمل بالفلوس": what it does with it).
        near = any(
            0 < i - m <= 2 and all(_is_function(t, language) for t in tokens[m + 1 : i])
            for m in marked
        )
        if _refines(qtype, kind, near=near, asks=bool(marked)):
            qtype = kind
        # A cue is dropped from the content only when the answer's kind stands for it.
        if _specific(token, language):
            continue
        if kind in TYPE_ONLY_CUES and (kind == qtype or kind in ("entity", "other")):
            positions.add(i)
    return qtype, positions


def _refines(qtype: str, cue: str, near: bool, asks: bool = True) -> bool:
    """Whether a cue word sharpens the question word's type.

    "em que cidade" -> place; "qual o valor" / "كم قيمة" -> amount. A cue further from the
    question word is the topic, not the type: "o que Pyongyang faz com o dinheiro?" asks for
    a purpose, "oq o hacker fingiu ser?" for a thing, not a person (ARCD and FaQuAD, `sanad
    bench abstain`: right answers +1 point each). Without a question word ("vão cooperar em
    alguma organização?") the cue is all that says what is asked.
    """
    if qtype not in _REFINABLE:
        return False
    if cue == "amount":
        return qtype in ("number", "entity") or near
    if qtype == "number":
        return False  # "quantos minutos", "كم ولاية": still a count; the noun is what is counted
    return (near or not asks) and (qtype == "other" or cue not in _REFINABLE)


def _specific(token: Token, language: Language) -> bool:
    """A cue that says more than its kind ("capital", "المقر"): the answer must hold it."""
    return cue_form(token.norm, language) in language.specific_cues


def _is_function(token: Token, language: Language) -> bool:
    """A word that only frames the question: a stop word, question word or type-only cue."""
    if language.is_stop(token.norm) or token.norm in language.question_words:
        return True
    kind = _cue_kind(token, language)
    return kind is not None and kind in TYPE_ONLY_CUES and not _specific(token, language)


def _cue_kind(token: Token, language: Language) -> str | None:
    form = cue_form(token.norm, language)
    return language.cue_words[form] if form else None


# Pronouns Arabic writes onto a noun: "رئيسها" (its president), "مديرهم".
_POSSESSIVES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")


def cue_form(norm: str, language: Language) -> str | None:
    """The cue word a question word is a form of ("الرئيس", "ورئيسها" -> "رئيس"), if any."""
    for form in language.unglued(norm):
        bare = form[2:] if language.code == "ar" and form.startswith("ال") else form
        for candidate in (form, bare):
            if candidate in language.cue_words:
                return candidate
        if language.code == "ar":
            # Only a role takes a possessive in a question ("مين رئيسها"); "تاريخها" is "its
            # history", not a date asked for.
            for p in _POSSESSIVES:
                role = bare[: -len(p)] if bare.endswith(p) else None
                if role and language.cue_words.get(role) == "person":
                    return role
    return None


def _open_alternative(tokens: list[Token], language: Language, skip: set[int]) -> set[int]:
    """The position of a word offered as an alternative and left open: the last content word
    before a closing "or" ("فلوس كاش ولا", "foi em 2024 ou?"). The visitor guesses; the text
    may well state another thing. "X ولا لا", "X ou não" ask yes or no and guess nothing, and
    "X ou Y" names both alternatives, so every word stays to be matched."""
    content = [
        i
        for i, t in enumerate(tokens)
        if i not in skip and not _is_stop(t, language) and not _is_filler(t, language)
    ]
    ors = [i for i, t in enumerate(tokens) if t.norm in language.frames.alternative]
    if not content or not ors or ors[-1] < content[-1]:
        return set()  # no "or", or words follow it: "X ou Y" names both alternatives
    if any(t.norm in language.frames.or_not for t in tokens[ors[-1] + 1 :]):
        return set()
    return {content[-1]}


def _concepts(
    tokens: list[Token],
    language: Language,
    skip: set[int],
    guesses: set[int] = frozenset(),
    clause: tuple[set[int], set[int]] = (set(), set()),
) -> tuple[Concept, ...]:
    seen: set[str] = set()
    out = []
    for i, token in enumerate(tokens):
        if i in skip or _is_stop(token, language) or _is_filler(token, language):
            continue
        if token.norm in language.frames.ambiguous:  # "من" = "from" when it asks nothing
            continue
        if token.stem in seen:
            continue
        seen.add(token.stem)
        head = _cue_kind(token, language) is not None  # "líder", "زعيم": what is asked about
        verb, predicate, guess = i in clause[0], i in clause[1], i in guesses
        out.append(Concept(token.norm, token.stem, 1.0, head, verb, predicate, guess))
    return tuple(out)


def _relative_clause(tokens: list[Token], language: Language) -> tuple[set[int], set[int]]:
    """The verb of a relative clause that describes a noun of the question, and the verbs of
    the question itself, before it ("مين كشف الهاكر اللي قدم على كراكن": "قدم"; "كشف").

    The clause says which thing is meant, the main verb what is asked about it: a text may
    paraphrase the one ("قدم" looks like a noun to a shape test, so it is found by its place),
    but a text lacking the other says nothing of what is asked ("رجعو الفلوس اللي انسرقت":
    a text on the theft does not say whether the money came back). Without a verb before the
    clause, the clause is what is asked ("شو الجهات اللي انضمت") and stays as it is.
    """
    for i in range(1, len(tokens)):
        if tokens[i - 1].norm not in language.frames.relative:
            continue
        if language.noun_like(tokens[i].norm):
            continue  # a noun ("اللي الشركه"), or a preposition's ("اللي بكراكن"), not "بيسرقو"
        main = {
            j
            for j, t in enumerate(tokens[: i - 1])
            if language.is_weak(t.norm) and not language.is_stop(t.norm)
        }
        if main:
            return {i}, main
    return set(), set()


# Kinds of answer with no span to check: a text's own "goal" or "method" word is its sign.
_ECHOED_KINDS = frozenset({"reason", "method"})


def _dropped_cues(tokens: list[Token], language: Language, dropped: set[int]):
    """The reason and method cue words among the dropped positions ("الهدف" in "شو الهدف
    اللي بدهم ...", "o motivo"), as concepts. A date, number or name is checked by its span;
    a reason or a means only by the words that announce it."""
    return tuple(
        Concept(tokens[i].norm, tokens[i].stem)
        for i in sorted(dropped)
        if tokens[i].norm not in language.question_words
        and not _is_stop(tokens[i], language)
        and _cue_kind(tokens[i], language) in _ECHOED_KINDS
    )


def _is_stop(token: Token, language: Language) -> bool:
    """A stop word, also behind a glued Arabic conjunction or preposition ("بالقصه", "وهاد")."""
    if language.is_stop(token.norm):
        return True
    if language.code != "ar":
        return False
    if len(token.norm) > 3 and any(language.is_stop(f) for f in language.unglued(token.norm)):
        return True
    # A preposition with an attached pronoun: "خلالها", "عليه", "منهم".
    for suffix in ("هما", "هم", "هن", "ها", "كم", "نا", "ه"):
        if token.norm.endswith(suffix) and language.is_stop(token.norm[: -len(suffix)]):
            return True
    return False


def _is_filler(token: Token, language: Language) -> bool:
    """Single letters, a bare article and the like carry nothing to match."""
    return (len(token.norm) < 2 and not token.is_number) or token.norm in language.frames.empty


def _only_names(tokens: list[Token], skip: set[int], language: Language) -> bool:
    """Whether every content word is capitalised, i.e. the question only names someone."""
    content = [t for i, t in enumerate(tokens) if i not in skip and not language.is_stop(t.norm)]
    return bool(content) and all(t.text[:1].isupper() for t in content)


def _opens_with_conjunction(tokens: list[Token], language: Language) -> bool:
    if not tokens:
        return False
    first = tokens[0].norm
    if first in language.frames.follow_up_openers:
        return True
    if language.code != "ar" or first in language.question_words:
        return False  # "لماذا" is a question word, not ل + "ماذا"
    return first[:1] in language.frames.follow_up_openers and first[1:] in language.question_words
