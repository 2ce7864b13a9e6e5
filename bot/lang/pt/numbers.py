"""Portuguese number words, scale words, currencies and percent markers."""

# Source: compiled for Sanad. Cardinals with Brazilian and European spellings (dezesseis/
# dezasseis, catorze/quatorze), hundreds in both genders, fractions and collective numerals
# (meio metade terço dezena dúzia centena) and ordinals. Left out on purpose: the ordinals
# "segunda", "terça", "quarta", "quinta", "sexta" (weekdays), "segundo" ("according to"; a unit of
# time) and "quarto" ("room").
NUMBER_WORDS: dict[str, float] = {
    "zero": 0,
    "terço": 1 / 3,
    "meia": 0.5,
    "meio": 0.5,
    "metade": 0.5,
    "primeira": 1,
    "primeiro": 1,
    "um": 1,
    "uma": 1,
    "dois": 2,
    "duas": 2,
    "terceira": 3,
    "terceiro": 3,
    "três": 3,
    "quatro": 4,
    "cinco": 5,
    "quinto": 5,
    "seis": 6,
    "sexto": 6,
    "sete": 7,
    "sétima": 7,
    "sétimo": 7,
    "oitava": 8,
    "oitavo": 8,
    "oito": 8,
    "nona": 9,
    "nono": 9,
    "nove": 9,
    "dez": 10,
    "dezena": 10,
    "décima": 10,
    "décimo": 10,
    "onze": 11,
    "doze": 12,
    "dúzia": 12,
    "treze": 13,
    "catorze": 14,
    "quatorze": 14,
    "quinze": 15,
    "dezasseis": 16,
    "dezesseis": 16,
    "dezassete": 17,
    "dezessete": 17,
    "dezoito": 18,
    "dezanove": 19,
    "dezenove": 19,
    "vigésima": 20,
    "vigésimo": 20,
    "vinte": 20,
    "trinta": 30,
    "quarenta": 40,
    "cinquenta": 50,
    "cinqüenta": 50,
    "sessenta": 60,
    "setenta": 70,
    "oitenta": 80,
    "noventa": 90,
    "cem": 100,
    "centena": 100,
    "cento": 100,
    "centésima": 100,
    "centésimo": 100,
    "duzentas": 200,
    "duzentos": 200,
    "trezentas": 300,
    "trezentos": 300,
    "quatrocentas": 400,
    "quatrocentos": 400,
    "quinhentas": 500,
    "quinhentos": 500,
    "seiscentas": 600,
    "seiscentos": 600,
    "setecentas": 700,
    "setecentos": 700,
    "oitocentas": 800,
    "oitocentos": 800,
    "novecentas": 900,
    "novecentos": 900,
    "mil": 1000,
    "milésima": 1000,
    "milésimo": 1000,
}


# Source: compiled for Sanad. Multipliers that follow a number ("3 milhões", "1,5 bi"), with the
# news abbreviations mi/bi/tri. "bilião"/"biliões" follow European Portuguese usage (long scale,
# 10^12); the European "mil milhões" is 10^9 like the Brazilian "bilhão".
SCALE_WORDS: dict[str, float] = {
    "dezenas": 10,
    "centenas": 100,
    "mil": 1000,
    "milhar": 1000,
    "milhares": 1000,
    "mi": 1_000_000,
    "milhão": 1_000_000,
    "milhões": 1_000_000,
    "bi": 1_000_000_000,
    "bilhão": 1_000_000_000,
    "bilhões": 1_000_000_000,
    "mil milhões": 1_000_000_000,
    "bilião": 1_000_000_000_000,
    "biliões": 1_000_000_000_000,
    "tri": 1_000_000_000_000,
    "trilhão": 1_000_000_000_000,
    "trilhões": 1_000_000_000_000,
}


# Source: compiled for Sanad. Currency names (with unaccented spellings), crypto-currency names,
# ISO codes and symbols.
CURRENCY_WORDS: frozenset[str] = frozenset(
    {
        "$",
        "R$",
        "US",
        "US$",
        "bitcoin",
        "bitcoins",
        "brl",
        "btc",
        "dolar",
        "dolares",
        "dólar",
        "dólares",
        "eth",
        "ether",
        "ethereum",
        "eur",
        "euro",
        "euros",
        "gbp",
        "iene",
        "ienes",
        "iuane",
        "libra",
        "libras",
        "reais",
        "real",
        "rublo",
        "rublos",
        "tether",
        "usd",
        "usdt",
        "yuan",
        "£",
        "¥",
        "€",
    }
)


# Source: compiled for Sanad. Percent markers; multi-word entries are matched word by word.
PERCENT_WORDS: frozenset[str] = frozenset(
    {
        "%",
        "percent",
        "por cento",
        "porcento",
    }
)


# Source: compiled for Sanad. The ordinals of NUMBER_WORDS: they rank ("o sexto maior"), they do
# not count, so they never answer "quantos?".
ORDINAL_WORDS: frozenset[str] = frozenset(
    """
primeira primeiro terceira terceiro quinto sexto sétima sétimo oitava oitavo nona nono décima
décimo vigésima vigésimo centésima centésimo milésima milésimo
""".split()
)
