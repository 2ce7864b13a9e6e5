"""What Sanad says in its own words, in Portuguese. Facts never come from here, only framing."""

MESSAGES = {
    "no_answer": (
        "Desculpe, não encontrei a resposta para esta pergunta nos artigos e nas perguntas "
        "frequentes que conheço. Talvez uma destas perguntas ajude:"
    ),
    "no_answer_no_suggestions": (
        "Desculpe, não encontrei a resposta para esta pergunta nos artigos e nas perguntas "
        "frequentes que conheço."
    ),
    "other_language": "Esta informação aparece apenas no artigo em árabe:",
    "sources": "Fontes",
    "unsupported_language": "O Sanad responde a perguntas em árabe e em português.",
}
