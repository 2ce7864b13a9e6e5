"""Arabic normalisation and light stemming.

Light stemming strips frequent prefixes and suffixes and keeps the word's pattern, which suits
retrieval better than root extraction (ISRI-style root stemmers conflate unrelated words that
share a root). The affix lists follow Larkey, Ballesteros & Connell, "Light Stemming for Arabic
Information Retrieval" (2007), the "light10" stemmer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pyarabic import araby

from bot.lang.base import ascii_digits, fold_accents, strip_invisible

_ALEFS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None, "ؤ": "و", "ئ": "ي"}
)
# Visitors drop a word-final hamza after alef: "الفضا" for "الفضاء".
_FINAL_HAMZA = re.compile(r"(?<=ا)ء\b")

# light10 (Larkey et al. 2007), with ة already folded to ه by normalise().
PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال", "و")
# "و" is added for the verb plural once normalise() has dropped its silent alef (سرقوا -> سرقو).
# "يا" joins a country to its adjective: كوريا / الكوري / الكوريين -> كور.
SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "يا", "ه", "ي", "و")
# A conjunction before another prefix: "وبالتحقيقات", "فللدول".
_CONJUNCTIONS = ("و", "ف")
# Colloquial and derived verb forms a visitor writes where the news text uses another form
# ("بيسرقو", "انسرق" for "سرقوا"); tried only when a question word is not in the knowledge base.
VARIANT_PREFIXES = (
    "است",
    "ان",
    "ات",
    "بي",
    "بت",
    "بن",
    "عم",
    "ت",
    "ي",
    "ن",
    "ا",
    "م",
    "ب",
    "ل",
    "ف",
    "ك",
    "س",
    "ه",
)
VARIANT_SUFFIXES = ("وها", "وهم", "ولو", "تها", "ته", "ها", "هم", "كم", "نا", "وا", "و", "ت", "ه")
_SILENT_ALEF = re.compile(r"(?<=\w)وا\b")


@lru_cache(maxsize=131072)
def normalise(text: str) -> str:
    """Fold the spelling variation that carries no meaning for search.

    Removes diacritics, tatweel and invisible direction marks; unifies alef/hamza forms,
    alef maksura and taa marbuta; Arabic-Indic digits become ASCII; Latin is lower-cased and
    accent-folded so that names such as "Bybit" compare across scripts' casing.
    """
    text = strip_invisible(text)
    text = araby.strip_diacritics(text).translate(_ALEFS)
    # Visitors often drop the silent alef of the verb plural: "سرقو" for "سرقوا".
    text = _SILENT_ALEF.sub("و", _FINAL_HAMZA.sub("", text))
    return fold_accents(ascii_digits(text)).lower()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """light10: strip one prefix, then each suffix once, each only if >= 3 letters remain.

    light10 lets the article and suffixes leave 2 letters; 3 (its rule for "و") keeps short
    words whole and apart: "ولد" stays, "سكان" is not "سك" nor "مليون" "مل" (tuned on ARCD).
    """
    if not _is_arabic(word):
        return word
    if word.startswith(_CONJUNCTIONS) and word[1:].startswith(("بال", "كال", "لل")):
        word = word[1:]
    for prefix in PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
    return word


# Endings of the nisba adjective: كوري، كورية، كوريون، كوريين (the ة already folded to ه).
NISBA_ENDINGS = ("يين", "يون", "يه", "ي")


@lru_cache(maxsize=65536)
def place_names(word: str) -> tuple[str, ...]:
    """The place names a nisba adjective may be made from: "الامريكيه" -> "امريكا", "الكوري"
    -> "كوريا", "المصريه" -> "مصر".

    The caller keeps only names its lexicon lists as places.
    """
    bare = word[2:] if word.startswith("ال") else word
    for ending in NISBA_ENDINGS:
        if bare.endswith(ending) and len(bare) - len(ending) >= 3:
            base = bare[: -len(ending)]
            return (base + "ا", base + "يا", base)
    return ()


def variants(word: str) -> list[str]:
    """Stems the word may share with the text once colloquial or derived affixes are removed.

    "بيستخدموها" -> "ستخدم", "استخدم"...; the caller keeps only stems the text contains.
    """
    cores = {word}
    for _ in range(2):
        cores |= {
            c[len(p) :]
            for c in cores
            for p in VARIANT_PREFIXES
            if c.startswith(p) and len(c) - len(p) >= 3
        }
    cores |= {
        c[: -len(x)]
        for c in cores
        for x in VARIANT_SUFFIXES
        if c.endswith(x) and len(c) - len(x) >= 3
    }
    cores.discard(word)
    return sorted(v for v in {stem(c) for c in cores} | cores if len(v) >= 3)


# A conjunction or preposition written joined to the next word ("ويهدف", "فأين", "لماذا"), and
# the pairs of them ("وبعد", "ولكم").
GLUED = ("و", "ف", "ب", "ل")
GLUED_PAIRS = ("وب", "فب", "ول")


@lru_cache(maxsize=65536)
def unglued(word: str) -> tuple[str, ...]:
    """The word, and the word without a glued conjunction or preposition: "ويهدف" -> "يهدف"."""
    forms = [word, *(word[1:] for c in GLUED if word.startswith(c))]
    forms += [word[2:] for c in GLUED_PAIRS if word.startswith(c)]
    return tuple(f for f in forms if len(f) > 1)


def _is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


# Verb shapes in questions: colloquial present with b- ("بيسرقو"), present with ي/ن
# ("يتعاونو"), and past forms ending in the plural "و" or feminine "ت" ("قالو", "كشفت").
# Question verbs are often paraphrases of the text's verbs, while a missing noun ("راتب",
# "زعيم") means missing information; answering weighs the two differently.
_B_PREFIXES = ("بي", "بت", "بن")  # colloquial present: بيسرقو، بتدعم
# Letters after the colloquial present's "ب" ("بيسرقو", "بتدعم", "بنشتغل", "باكل").
_PRESENT_LETTERS = ("ي", "ت", "ن", "ا")


def noun_like(word: str) -> bool:
    """Whether a normalised word opens with a noun's article ("الشركه", "للدول") or with a
    glued preposition ("بكراكن") rather than the colloquial present's "ب" ("بيسرقو")."""
    return word.startswith(("ال", "لل")) or (word[:1] == "ب" and word[1:2] not in _PRESENT_LETTERS)


_PRESENT_PREFIXES = ("ي", "ن")
_OBJECT_AFTER_PLURAL = ("وها", "وهم", "وه")
_VERB_ENDINGS = ("و", "ون", "ين", "وا", "ه", "ها", "هم")


def verb_like(word: str) -> bool:
    """Whether a normalised word looks like a verb form (a heuristic, not a tagger)."""
    if len(word) < 3 or word.startswith(("ال", "بال", "لل", "وال")) or not _is_arabic(word):
        return False
    if word.startswith(_B_PREFIXES) and len(word) >= 5:
        return True
    # ي/ن also open nouns ("نشاط", "يوم"): ask for a verb ending or a derived-form stem too.
    if (
        word.startswith(_PRESENT_PREFIXES)
        and len(word) >= 4
        and (word.endswith(_VERB_ENDINGS) or word[1] == "ت" or word[1:3] == "ست")
    ):
        return True
    if _DERIVED_VERB.match(word) or _PLURAL_PARTICIPLE.match(word):
        return True
    if 5 <= len(word) <= 7 and word.endswith(_OBJECT_AFTER_PLURAL):
        return True  # past plural with an object pronoun: ذكروها، شافوه، سرقوهم
    return len(word) <= 6 and (
        word.endswith("و") or (word.endswith("ت") and not word.endswith("ات"))
    )


# Past tense of derived forms: انفعل (انكشف), افتعل (اعتبر), استفعل (استخدم).
_DERIVED_VERB = re.compile(r"^(?:ان\w{3}|ا\wت\w{2}|است\w{3})$")
# Colloquial active participles used as verbs: شايفين، ناويين، تابعين (فاعلين).
_PLURAL_PARTICIPLE = re.compile(r"^\wا\w{2}ين$")


# Long vowels and the letters normalise() folds into them; what remains is close to the root.
_WEAK_LETTERS = str.maketrans("", "", "اويه")


@lru_cache(maxsize=65536)
def soft_keys(word: str) -> frozenset[str]:
    """Keys under which two spellings of one word meet, for a second-chance match.

    The affix-stripped cores of the word, and their consonant skeletons ("#خترق" joins
    "بيخترقو" and "لاختراق"). Skeletons conflate like root stemmers do, so answering gives a
    match through them only partial credit and never uses them to rank.
    """
    keys = set()
    for core in {stem(word), *variants(word)}:
        if len(core) >= 3:
            keys.add(core)
        skeleton = core.translate(_WEAK_LETTERS)
        if len(skeleton) >= 3:
            keys.add("#" + skeleton)
    return frozenset(keys)
