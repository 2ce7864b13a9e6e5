"""Arabic words that are content but tell little about what is asked.

Compiled for Sanad: light verbs (MSA and colloquial: صار، عمل، قال، حكى، شاف، لقى، طلع، راح،
اجا) and relational adverbs (بعد، قبل، خلال، اكثر). A question whose only unmatched words are
these is still answerable; see ``AnswerParams.verb_weight``.
"""

WEAK_WORDS = set(
    """
اجا اجو اكتر اكثر اقل بعد جاب جابو حكى حكو حكي خلال راح راحو سوا سوو شاف شافو صار عمل
عملو قال قالو قبل كان كانو لقى لقو لقي مشي اخد اخدو اخذ اخذو طلع طلعو طريق
""".split()
)
