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

# Source: compiled for Sanad. Nouns that open the name of an organisation or body; with the
# definite words after them they name it ("وزارة الخارجية الكورية الجنوبية", "فريق الأمن",
# "الاتحاد الإفريقي لكرة القدم"). Arabic has no capitals to mark such names.
ORG_HEADS: frozenset[str] = frozenset(
    """
وزارة الوزارة هيئة الهيئة منظمة المنظمة شركة الشركة جامعة الجامعة مجلس المجلس وكالة الوكالة
مؤسسة المؤسسة حزب الحزب جمعية الجمعية اتحاد الاتحاد بنك البنك مصرف المصرف محكمة المحكمة
جيش الجيش حركة الحركة رابطة الرابطة نادي النادي لجنة اللجنة مركز المركز معهد المعهد صندوق
الصندوق مكتب المكتب سلطة السلطة فريق الفريق إدارة الإدارة مديرية المديرية دائرة الدائرة
شرطة الشرطة مفوضية المفوضية برلمان البرلمان حكومة الحكومة مجموعة المجموعة
""".split()
)

# Source: compiled for Sanad. Words that make the number before them a multiplier ("تضاعف أربع
# مرات", "ثلاثة أضعاف"): it answers "how many times?", not "how many people?".
MULTIPLIER_WORDS: frozenset[str] = frozenset("مرة مرات المرات ضعف ضعفا أضعاف اضعاف".split())

# Source: compiled for Sanad. Points of the compass that open a region of a place ("تقع في جنوب
# آسيا", "في الشمال الشرقي من أفريقيا"): "where is X?" is answered by the region, not the bare
# continent.
COMPASS_WORDS: frozenset[str] = frozenset(
    """
شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي الشمال الجنوب الشرق الغرب الوسط الشمالي الجنوبي
الشرقي الغربي
""".split()
)
