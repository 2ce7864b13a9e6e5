"""Paragraph and sentence splitting with offsets into the original text."""

from __future__ import annotations

import pytest

from bot.text import is_heading, paragraphs, sentences


def split(text: str, offset: int = 0) -> list[str]:
    return [text[a - offset : b - offset] for a, b in sentences(text, offset)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Uma frase. Outra frase.", ["Uma frase.", "Outra frase."], id="full-stops"),
        pytest.param("Vem? Sim! Ótimo…", ["Vem?", "Sim!", "Ótimo…"], id="question-exclamation"),
        pytest.param(
            "O valor foi de 1.7 bilhão. Depois veio outro.",
            ["O valor foi de 1.7 bilhão.", "Depois veio outro."],
            id="decimal-point",
        ),
        pytest.param(
            "Custou US $ 1,7 bilhão e 1.000.000 de reais. Fim.",
            ["Custou US $ 1,7 bilhão e 1.000.000 de reais.", "Fim."],
            id="decimal-comma-and-thousands",
        ),
        pytest.param(
            "O Sr. Silva chegou. Ele falou.", ["O Sr. Silva chegou.", "Ele falou."], id="sr"
        ),
        pytest.param(
            "A Dra. Ana e o Prof. Rui vieram. Fim.",
            ["A Dra. Ana e o Prof. Rui vieram.", "Fim."],
            id="dra-and-prof",
        ),
        pytest.param("Veja o cap. 3 do livro. Fim.", ["Veja o cap. 3 do livro.", "Fim."], id="cap"),
        pytest.param(
            "Criada pela Rainha D. Maria I. Depois veio.",
            ["Criada pela Rainha D. Maria I.", "Depois veio."],
            id="initial-and-regnal-numeral",
        ),
        pytest.param(
            "O livro de J. K. Rowling saiu. Fim.",
            ["O livro de J. K. Rowling saiu.", "Fim."],
            id="initials",
        ),
        pytest.param(
            "متى عقد الاجتماع؟ عقد في سيول.",
            ["متى عقد الاجتماع؟", "عقد في سيول."],
            id="arabic-question-mark",
        ),
        pytest.param(
            "سرقوا ١٫٧ مليار دولار. ثم اختفوا!",
            ["سرقوا ١٫٧ مليار دولار.", "ثم اختفوا!"],
            id="arabic-decimal-separator",
        ),
        pytest.param(
            "Ele disse: “Vamos embora.” Depois saiu.",
            ["Ele disse: “Vamos embora.”", "Depois saiu."],
            id="closing-quote-stays-with-sentence",
        ),
        pytest.param("  Olá!  Tudo bem?   ", ["Olá!", "Tudo bem?"], id="surrounding-space"),
        pytest.param("Sem ponto final", ["Sem ponto final"], id="no-final-punctuation"),
        pytest.param("Linha um.\nLinha dois.", ["Linha um.", "Linha dois."], id="newline"),
        pytest.param("", [], id="empty"),
        pytest.param("   ", [], id="blank"),
    ],
)
def test_sentences(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "O Sr. Silva chegou. Ele falou.",
        "  Olá!  Tudo bem?   ",
        "متى عقد الاجتماع؟ عقد في سيول.",
        "Ele disse: “Vamos embora.” Depois saiu.",
    ],
)
@pytest.mark.parametrize("offset", [0, 7, 120])
def test_sentence_offsets_are_shifted_by_offset(text, offset):
    body = "x" * offset + text
    spans = list(sentences(text, offset))
    assert spans
    for start, end in spans:
        assert body[start:end] == text[start - offset : end - offset]
        assert body[start:end] == body[start:end].strip()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Um.\nDois.", [(0, 3), (4, 9)], id="two-lines"),
        pytest.param("\n  Primeira.  \n\n\tSegunda\n", [(3, 12), (17, 24)], id="trimmed-blank"),
        pytest.param("Um.\r\nDois.", [(0, 3), (5, 10)], id="crlf"),
        pytest.param("", [], id="empty"),
        pytest.param("\n \n\t\n", [], id="only-blank-lines"),
    ],
)
def test_paragraphs(body, expected):
    assert list(paragraphs(body)) == expected


def test_paragraph_spans_slice_the_stripped_lines():
    body = "  Título\n\nCorpo do texto. Mais texto.  \n"
    assert [body[a:b] for a, b in paragraphs(body)] == ["Título", "Corpo do texto. Mais texto."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Tecnologia", True, id="one-word"),
        pytest.param("نشاط متزايد لقراصنة كوريا الشمالية", True, id="arabic-heading"),
        pytest.param("Uma frase completa.", False, id="full-stop"),
        pytest.param("O que aconteceu?", False, id="question"),
        pytest.param("متى عقد الاجتماع؟", False, id="arabic-question"),
        pytest.param("Ele disse:", False, id="colon"),
        pytest.param("Ele disse “sim”", False, id="closing-quote"),
        pytest.param(" ".join(["palavra"] * 15), False, id="long-line-without-stop"),
    ],
)
def test_is_heading(text, expected):
    assert is_heading(text) is expected
