"""Language of each article, and of sentences long enough to tell.

Short lines ("Lees meer") fool every identifier, so the article decides and sentences
inherit its language unless they are long and confidently different.
"""

from __future__ import annotations

import re
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from parallax.lang import available_languages
from parallax.pipeline import Doc

_THREE_LETTERS = re.compile(r"[^\W\d_](?:.*?[^\W\d_]){2}", re.DOTALL)
SENTENCE_MIN_CHARS = 80
SENTENCE_MIN_PROB = 0.995
HINT_OVERRIDE_PROB = 0.9


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) for ``text``; (None, 0.0) when there is too little."""
    if not _THREE_LETTERS.search(text, 0, 5000):
        return None, 0.0
    code, prob = _identifier().classify(text[:20000])
    return str(code), float(prob)


def detect_language(doc: Doc) -> Doc:
    body = doc.text
    detected, prob = identify(body)
    hinted = doc.hints.language
    if hinted and (detected is None or prob < HINT_OVERRIDE_PROB):
        doc.language, doc.language_score = hinted, prob
    else:
        doc.language, doc.language_score = detected, prob
        if hinted and detected and hinted != detected:
            doc.flags.append(f"language-hint-mismatch:{hinted}")
    if doc.language is None:
        doc.flags.append("language-unknown")
    elif doc.language not in available_languages():
        doc.flags.append(f"unsupported-language:{doc.language}")
    return doc


def sentence_language(text: str, article_language: str | None) -> str | None:
    if len(text) < SENTENCE_MIN_CHARS:
        return article_language
    code, prob = identify(text)
    if code and prob >= SENTENCE_MIN_PROB:
        return code
    return article_language
