"""Which language a Cyrillic text or word is in, for stemming: Kazakh or Russian.

Kazakh writes nine letters Russian has no use for (Ә Ғ Қ Ң Ө Ұ Ү Һ І); a text where at
more than a quarter of the Cyrillic words have one is Kazakh (in Kazakh prose about half do; a
Russian text naming Қазақстан now and then stays Russian), any other Cyrillic text is Russian. A word with one of them is Kazakh
whatever the text around it.
"""

from __future__ import annotations

import re

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]{3,}")
_KAZAKH = re.compile("[" + "".join(sorted(KAZAKH_LETTERS)) + "]")
#: share of Cyrillic words (3 letters or more) with a Kazakh-only letter above which a text is Kazakh.
KAZAKH_SHARE = 0.25

#: language codes people put in the `language` field, per stemmer.
_CODES = {"ru": "ru", "rus": "ru", "russian": "ru", "kk": "kk", "kz": "kk", "kaz": "kk", "kazakh": "kk"}


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def is_kazakh_word(word: str) -> bool:
    return _KAZAKH.search(word) is not None


def detect(text: str) -> str:
    """'kk', 'ru' or '' (no Cyrillic letters) from the letters of a text."""
    words = _CYRILLIC_WORD.findall(text)
    if not words:
        return "ru" if has_cyrillic(text) else ""
    kazakh = sum(1 for w in words if _KAZAKH.search(w))
    return "kk" if kazakh > KAZAKH_SHARE * len(words) else "ru"


def cyrillic_language(text: str, declared: str | None) -> str:
    """The stemmer for the Cyrillic words of a text: its declared language when that is
    Russian or Kazakh, else what its letters say ('ru' when they say nothing)."""
    code = _CODES.get((declared or "").strip().lower())
    return code or detect(text) or "ru"
