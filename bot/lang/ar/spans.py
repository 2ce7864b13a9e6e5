"""Arabic words that tell how a name or figure in a sentence relates to the question."""

# Source: compiled for Sanad. Prepositions of exclusion: a name right after them is what the
# sentence sets aside ("إلى شركات خارج الولايات المتحدة"), not what it is about.
EXCLUDING_WORDS: frozenset[str] = frozenset(
    "خارج باستثناء استثناء عدا ماعدا بخلاف سوى بدون".split()
)

# Source: compiled for Sanad. Words asking for a name in another language or script ("ما اسم
# السرطان بالإنجليزية؟"): only then is a Latin gloss in brackets the answer.
FOREIGN_NAME_WORDS: frozenset[str] = frozenset(
    """
بالإنجليزية بالانجليزية بالإنكليزية بالانكليزية بالإنجليزي بالانجليزي الإنجليزية الانجليزية
الإنكليزية الانكليزية إنجليزي انجليزي بالفرنسية الفرنسية باللاتينية اللاتينية بالألمانية
بالإسبانية بالأجنبية الأجنبي الأجنبية اختصار اختصارا باليونانية اليونانية بالإيطالية الإيطالية
بالتركية التركية بالعبرية العبرية بالفارسية الفارسية الألمانية الإسبانية بالروسية الروسية
بالصينية الصينية باليابانية اليابانية
""".split()
)
