"""Portuguese weekday and month names and words that signal a date or time."""

# Word lists are whitespace-separated strings, as in spaCy's language data.

# Source: compiled for Sanad. Weekday names, Monday = 0 (Python's datetime.weekday()): short
# ("terça"), hyphenated ("terça-feira"), spaced and joined forms, with and without accents.
WEEKDAYS: dict[str, int] = {
    "segunda": 0,
    "segunda feira": 0,
    "segunda-feira": 0,
    "segundafeira": 0,
    "terca": 1,
    "terca feira": 1,
    "terca-feira": 1,
    "tercafeira": 1,
    "terça": 1,
    "terça feira": 1,
    "terça-feira": 1,
    "quarta": 2,
    "quarta feira": 2,
    "quarta-feira": 2,
    "quartafeira": 2,
    "quinta": 3,
    "quinta feira": 3,
    "quinta-feira": 3,
    "quintafeira": 3,
    "sexta": 4,
    "sexta feira": 4,
    "sexta-feira": 4,
    "sextafeira": 4,
    "sabado": 5,
    "sábado": 5,
    "domingo": 6,
}


# Source: compiled for Sanad. Month names, January = 1, and their abbreviations; "mar" (sea) and
# "dez" (ten) are left out as abbreviations.
MONTHS: dict[str, int] = {
    "jan": 1,
    "janeiro": 1,
    "fev": 2,
    "fevereiro": 2,
    "marco": 3,
    "março": 3,
    "abr": 4,
    "abril": 4,
    "mai": 5,
    "maio": 5,
    "jun": 6,
    "junho": 6,
    "jul": 7,
    "julho": 7,
    "ago": 8,
    "agosto": 8,
    "set": 9,
    "setembro": 9,
    "out": 10,
    "outubro": 10,
    "nov": 11,
    "novembro": 11,
    "dezembro": 12,
}


# Source: compiled for Sanad. Words that belong inside a date expression or signal a time (units,
# parts of the day, relative days, last/next, beginning/middle/end, century/decade), plus a few
# multi-word expressions.
DATE_WORDS: set[str] = set(
    """
actualmente agora amanha amanhã ano anos anteontem atualmente bimestre começo data desde dia
dias década décadas feriado fim finais final hoje hora horas inicio início madrugada manha manhã
manhãs meados meses minuto minutos mês noite noites ontem passada passadas passado passados
período proxima proximo próxima próximas próximo próximos recentemente semana semanas semestre
século séculos tarde tardes trimestre ultima ultimo véspera época última último
""".split()
) | {
    "ano passado",
    "esta semana",
    "este ano",
    "este mês",
    "fim de semana",
    "mês passado",
    "nesta semana",
    "neste ano",
    "neste mês",
    "próxima semana",
    "próximo ano",
    "próximo mês",
    "semana passada",
}


# Source: compiled for Sanad. The noun of a century, which with a Roman numeral, a number or an
# ordinal after it is a date ("século XVI", "século 19", "século dezenove").
CENTURY_WORDS: set[str] = set("século seculo".split())
CENTURY_ERAS: set[str] = set()
