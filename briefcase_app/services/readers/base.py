"""What every reader shares: the Document it returns, decoding, normalising, language."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

from ...domain.errors import BriefcaseError


class ReadError(BriefcaseError):
    """A file that cannot be read as text; the message says why, for the import report."""


@dataclass
class Document:
    """A file's text as Markdown, the metadata it carries itself, and its first heading."""

    body: str
    meta: dict = field(default_factory=dict)
    heading: str = ""


#: encodings tried, in this order of preference, when a file is not UTF-8 (old Windows files).
LEGACY_ENCODINGS = ["cp1251", "koi8_r", "cp866", "mac_cyrillic", "cp1252", "latin_1"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_KAZAKH = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def normalise(text: str) -> str:
    """NFC, Unix line ends, no BOM."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return unicodedata.normalize("NFC", text)


def decode_text(data: bytes) -> str:
    """Bytes to normalised text: UTF-8/UTF-16 by BOM or validity, else the likeliest legacy encoding."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise ReadError("not readable text (broken UTF-16)") from None
    if b"\x00" in data:
        raise ReadError("a binary file, not text")
    try:
        return _checked(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None:
        raise ReadError("not text in any known encoding (a binary file?)")
    return _checked(str(best))


def _checked(text: str) -> str:
    text = normalise(text)
    if len(_CONTROL.findall(text[:20000])) > max(3, len(text[:20000]) // 100):
        raise ReadError("a binary file, not text")
    return text


def first_heading(markdown: str) -> str:
    """The text of the first ATX heading (`# Title`), or ''."""
    match = _HEADING.search(markdown)
    return match.group(2).strip() if match else ""


def detect_language(text: str) -> str:
    """'kk', 'ru' or 'en' by letters: Kazakh-only Cyrillic letters, other Cyrillic, or Latin."""
    sample = text[:5000]
    cyrillic = latin = kazakh = 0
    for ch in sample:
        if "\u0400" <= ch <= "\u04ff":
            cyrillic += 1
            if ch in _KAZAKH:
                kazakh += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    if cyrillic and cyrillic >= latin:
        return "kk" if kazakh >= max(2, cyrillic // 200) else "ru"
    return "en"
