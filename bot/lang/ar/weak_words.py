"""Arabic words that are content but tell little about what is asked.

Compiled for Sanad: light verbs (MSA and colloquial: صار، عمل، قال، حكى، شاف، لقى، طلع، راح،
اجا), reporting verbs, which news texts vary freely (أعلن، ذكر، كشف), naming verbs (يسمى، يلقب،
يطلق: "بماذا يسمى X" is answered by "يعرف X بـ ..." as well), relational and time
adverbs (بعد، قبل، خلال، اكثر، هلق، حاليا) and the praising or stressing adjectives visitors
add to a name (المشهورة، الرئيسية، المهمة، بالضبط). A question whose only unmatched words are
these is still answerable; see ``AnswerParams.verb_weight``.
"""

WEAK_WORDS = set(
    """
اجا اجو اكتر اكثر اقل بعد جاب جابو حكى حكو حكي خلال راح راحو سوا سوو شاف شافو صار عمل
عملو قال قالو قبل كان كانو لقى لقو لقي مشي اخد اخدو اخذ اخذو طلع طلعو طريق
مشهور مشهورة المشهور المشهورة مشهورين المشهورين رئيسي رئيسية الرئيسي الرئيسية مهم مهمة
المهم المهمة بالضبط تحديدا بالتحديد
الآن الان هلق هلا هلأ الحين دلوقتي حاليا حالياً
طلعت قالت أعلن أعلنت اعلن اعلنت أعلنوا ذكر ذكرت أفاد أفادت صرح صرحت كشف كشفت حكت نقل نقلت نقلوا
يسمى تسمى يسمي تسمي سمي سميت يلقب تلقب لقب يدعى تدعى يطلق تطلق أطلق اطلق
""".split()
)
