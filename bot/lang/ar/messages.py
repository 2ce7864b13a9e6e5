"""What Sanad says in its own words, in Arabic. Facts never come from here, only framing."""

MESSAGES = {
    "no_answer": (
        "عذرًا، لا أجد إجابة عن هذا السؤال في المقالات والأسئلة الشائعة المتاحة لدي. "
        "يمكنك تجربة أحد الأسئلة التالية:"
    ),
    "no_answer_no_suggestions": (
        "عذرًا، لا أجد إجابة عن هذا السؤال في المقالات والأسئلة الشائعة المتاحة لدي."
    ),
    "other_language": "هذه المعلومة واردة في المقال البرتغالي فقط:",
    "sources": "المصادر",
    "unsupported_language": "يجيب سند عن الأسئلة باللغتين العربية والبرتغالية.",
}
