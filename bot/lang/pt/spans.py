"""Portuguese words that tell how a name or figure in a sentence relates to the question."""

# Source: compiled for Sanad. Prepositions of exclusion: a name right after them ("fora dos
# Estados Unidos", "exceto o Brasil") is what the sentence sets aside, not what it is about.
EXCLUDING_WORDS: frozenset[str] = frozenset(
    "fora exceto excepto salvo excluindo excetuando tirando".split()
)

# Source: compiled for Sanad. Words asking for a name in another language or for an
# abbreviation ("qual a sigla da ...?"): only then is a gloss in brackets the answer.
FOREIGN_NAME_WORDS: frozenset[str] = frozenset(
    """
inglês ingles inglesa francês frances latim latino alemão espanhol estrangeiro original
sigla siglas abreviação abreviacao abreviatura acrônimo acronimo
""".split()
)

# Source: compiled for Sanad. The preposition of the passive's agent, alone and joined to the
# article ("foi exposto pelos especialistas"), and the endings of the past participle it
# follows, regular (-ado, -ido) and the common irregular ones (exposto, feito, preso, aberto).
AGENT_OPENERS: frozenset[str] = frozenset("por pelo pela pelos pelas".split())
PARTICIPLE_ENDINGS: tuple[str, ...] = tuple(
    """
ado ada ados adas ido ida idos idas osto osta ostos ostas eito eita eitos eitas
erto erta ertos ertas eso esa esos esas ito ita itos itas
""".split()
)

# Source: compiled for Sanad. Words that make the number before them a multiplier ("cresceu
# quatro vezes", "três vezes mais"): it answers "quantas vezes?", not "quantas pessoas?".
MULTIPLIER_WORDS: frozenset[str] = frozenset("vez vezes".split())

# Source: compiled for Sanad. Points of the compass that open a region of a place ("no sul da
# Ásia", "no nordeste do Brasil"): "onde fica X?" is answered by the region.
COMPASS_WORDS: frozenset[str] = frozenset(
    """
norte sul leste oeste este nordeste noroeste sudeste sudoeste centro centro-oeste
""".split()
)
