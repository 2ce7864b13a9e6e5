"""Portuguese words that are content but tell little about what is asked.

Compiled for Sanad: light and irregular verbs too short or irregular for the verb-ending test
(deu, fez, tem), reporting verbs, which news texts vary freely (falou, anunciou, revelou), and
relational and time adverbs (depois, antes, mais, agora). A question whose
only unmatched words are these is still answerable; see ``AnswerParams.verb_weight``.
"""

WEAK_WORDS = set(
    """
acontece aconteceu agora antes anda andam ate chegou dar deram depois deu diz disse disseram
durante esta estao estava estavam fala falam faz fazem fez fica ficou foi foram ha havia
houve ir mais menos muito pode podem poderia pos quer querem sabe sao sera tem teve tinha
tinham tiveram vai vao vem veio viu atualmente
falou falaram anunciou anunciaram informou informaram revelou revelaram divulgou divulgaram
""".split()
)
