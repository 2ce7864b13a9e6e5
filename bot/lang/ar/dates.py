"""Arabic weekday and month names and words that signal a date or time."""

# Word lists are whitespace-separated strings, as in spaCy's language data.

# Source: compiled for Sanad. Weekday names, Monday = 0 (Python's datetime.weekday()), with and
# without ال, and the colloquial spellings الاتنين التلات الاربعا. Bare اثنين and أحد are left out
# because they usually mean "two" and "one of"; "يوم اثنين" and "يوم أحد" are listed instead.
WEEKDAYS: dict[str, int] = {
    "الأثنين": 0,
    "الإثنين": 0,
    "الاتنين": 0,
    "الاثنين": 0,
    "يوم إثنين": 0,
    "يوم اثنين": 0,
    "يوم الاثنين": 0,
    "التلات": 1,
    "التلاتاء": 1,
    "الثلاثا": 1,
    "الثلاثاء": 1,
    "ثلاثاء": 1,
    "يوم الثلاثاء": 1,
    "أربعاء": 2,
    "اربعاء": 2,
    "الأربعا": 2,
    "الأربعاء": 2,
    "الاربعا": 2,
    "الاربعاء": 2,
    "يوم الأربعاء": 2,
    "الخميس": 3,
    "خميس": 3,
    "يوم الخميس": 3,
    "الجمعة": 4,
    "الجمعه": 4,
    "جمعة": 4,
    "يوم الجمعة": 4,
    "السبت": 5,
    "سبت": 5,
    "يوم السبت": 5,
    "الأحد": 6,
    "الاحد": 6,
    "يوم أحد": 6,
    "يوم احد": 6,
    "يوم الأحد": 6,
}


# Source: compiled for Sanad. Month names, January = 1: the Egyptian/Gulf names (يناير ...), the
# Levantine/Iraqi Syriac names (كانون الثاني شباط آذار ...; Iraqi مايس), the Algerian/Tunisian
# French-derived names (جانفي فيفري أفريل جوان جويلية أوت) and the Moroccan ones (يوليوز غشت
# شتنبر نونبر دجنبر). Note that آب (August) folds to the same form as أب ("father").
MONTHS: dict[str, int] = {
    "جانفي": 1,
    "كانون الثاني": 1,
    "كانون ثاني": 1,
    "يناير": 1,
    "شباط": 2,
    "فبراير": 2,
    "فيفري": 2,
    "آذار": 3,
    "اذار": 3,
    "مارس": 3,
    "أبريل": 4,
    "أفريل": 4,
    "إبريل": 4,
    "ابريل": 4,
    "افريل": 4,
    "نيسان": 4,
    "أيار": 5,
    "ايار": 5,
    "ماي": 5,
    "مايس": 5,
    "مايو": 5,
    "جوان": 6,
    "حزيران": 6,
    "يونيه": 6,
    "يونيو": 6,
    "تموز": 7,
    "جويلية": 7,
    "يوليه": 7,
    "يوليو": 7,
    "يوليوز": 7,
    "آب": 8,
    "أغسطس": 8,
    "أغسطوس": 8,
    "أوت": 8,
    "اب": 8,
    "اغسطس": 8,
    "اوت": 8,
    "غشت": 8,
    "أيلول": 9,
    "ايلول": 9,
    "سبتمبر": 9,
    "شتنبر": 9,
    "أكتوبر": 10,
    "اكتوبر": 10,
    "تشرين أول": 10,
    "تشرين الأول": 10,
    "تشرين الاول": 10,
    "تشرين اول": 10,
    "تشرين الثاني": 11,
    "تشرين ثاني": 11,
    "نوفمبر": 11,
    "نونبر": 11,
    "دجنبر": 12,
    "ديسمبر": 12,
    "كانون أول": 12,
    "كانون الأول": 12,
    "كانون الاول": 12,
    "كانون اول": 12,
}


# Source: compiled for Sanad. The months of the Hijri calendar, in their common spellings. Most
# are also words or names (محرم "forbidden", صفر "zero", رجب, رمضان), so one counts as a date only
# beside a day ("17 رمضان", "العاشر من محرم") or a year.
HIJRI_MONTHS: set[str] = {
    "محرم", "صفر", "ربيع الأول", "ربيع الاول", "ربيع أول", "ربيع الثاني", "ربيع الآخر",
    "ربيع ثاني", "جمادى الأولى", "جمادى الاولى", "جمادى الأول", "جمادى الثانية", "جمادى الآخرة",
    "جمادى الاخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذي القعدة", "ذو الحجة",
    "ذي الحجة",
}  # fmt: skip


# Source: compiled for Sanad. Words that belong inside a date expression or signal a time (units,
# parts of the day, relative days, "last/next/current", beginning/middle/end, era markers,
# colloquial "now/yesterday/tomorrow"), plus a few multi-word expressions.
DATE_WORDS: set[str] = set(
    """
أسابيع أسبوع أسبوعين أشهر أعوام أمس أوائل أواخر أواسط أيام الآن الأسابيع الأسبوع الأشهر الأعوام
الأيام البارحة التاريخ الجاري الجارية الحالي الحالية الحين الساعة السنة السنوات الشهر الشهور
الصباح الظهر العام الفجر القادم القادمة القرن الليل الليلة الماضي الماضية المساء المقبل المقبلة
المنصرم المنصرمة الميلادي الهجري اليوم امبارح امس بدايات بداية بكرا بكرة بكره تاريخ توا حاليا
دقائق دقيقة دلوقتي ساعات ساعة سنة سنتين سنوات سنين شهر شهري شهرين شهور صباح صباحا ظهرا عام عامي
عامين عشية غدا غداً فجر فجرا قرن ليل ليلا ليلة مبارح مساء مساءا مطلع منتصف منذ موعد ميلادي
ميلادية نهايات نهاية هجري هجرية هلأ هلق يوم يومي يومين وقت سابق لاحق
""".split()
) | {
    "الأسبوع الماضي",
    "الشهر الماضي",
    "الشهر المقبل",
    "العام الماضي",
    "العام المقبل",
    "هذا الأسبوع",
    "هذا الشهر",
    "هذا العام",
    "هذا اليوم",
    "هذه السنة",
}


# Source: compiled for Sanad. The noun of a century, which with an ordinal or a number after it
# is a date ("القرن السادس عشر الميلادي", "القرن 20"), and the era words that may close it.
CENTURY_WORDS: set[str] = set("القرن قرن".split())
CENTURY_ERAS: set[str] = set("الميلادي الميلادية ميلادي الهجري الهجرية هجري للميلاد للهجرة".split())
