"""What every reader shares: the Document it returns, decoding, normalising, language."""

from __future__ import annotations

import codecs
import re
import string
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
    #: what the file held that was not brought in, for the import report
    notes: list[str] = field(default_factory=list)


#: encodings tried, in this order of preference, when a file is not UTF-8 (old Windows files).
LEGACY_ENCODINGS = ["cp1251", "koi8_r", "cp866", "mac_cyrillic", "cp1252", "latin_1"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_KAZAKH = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
_HAS_KAZAKH = re.compile(f"[{_KAZAKH}]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
#: what ordinary text holds besides letters, digits and spaces.
_SYMBOL = re.compile(r"[^\w\s" + re.escape(string.punctuation + "«»—–№…") + "]")
#: a lower-case letter before a capital, or Latin and Cyrillic in one word: a wrong code page.
_ODD = re.compile(r"[a-zа-яё][A-ZА-ЯЁ]|[a-zA-Z][а-яА-ЯёЁ]|[а-яА-ЯёЁ][a-zA-Z]")


def normalise(text: str) -> str:
    """NFC, Unix line ends, no BOM."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return unicodedata.normalize("NFC", text)


def decode_text(data: bytes) -> str:
    """Bytes to normalised text: UTF-8/UTF-16 by BOM or validity, else the likeliest legacy code page."""
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
    return _checked(_legacy(data))


def _legacy(data: bytes) -> str:
    """The decoding of `data` that reads most like text: fewest symbols, case flips, mixed scripts.

    Our own scorer over the code pages old ministry files use, not charset-normalizer: on short
    Russian texts that library took mac_cyrillic for cp1251 (wrong letters), this does not."""
    best, best_score = None, None
    sample = data[:4000]
    for encoding in LEGACY_ENCODINGS:
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = len(_SYMBOL.findall(text)) + len(_ODD.findall(text))
        if best_score is None or score < best_score:
            best, best_score = encoding, score
        if score == 0:
            break
    if best is None:
        raise ReadError("not text in any known encoding (a binary file?)")
    return data.decode(best, errors="replace")


def _checked(text: str) -> str:
    text = normalise(text)
    head = text[:20000]
    if _CONTROL.search(head) and len(_CONTROL.findall(head)) > max(3, len(head) // 100):
        raise ReadError("a binary file, not text")
    return text


def check_unicode(value, where: str = "") -> None:
    """ReadError if any text in `value` (nested lists and dicts too) is not valid Unicode: a lone
    surrogate (from YAML or JSON escapes such as \\ud800) cannot be stored or printed."""
    stack = [(where, value)]
    while stack:
        key, item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                field = f" in {key}" if key else ""
                raise ReadError(f"holds text that is not valid Unicode{field} (a lone surrogate)") from None
        elif isinstance(item, dict):
            stack.extend((str(k), v) for k, v in item.items())
            stack.extend((key, k) for k in item if isinstance(k, str))
        elif isinstance(item, list | tuple):
            stack.extend((key, v) for v in item)


def first_heading(markdown: str) -> str:
    """The text of the first ATX heading (`# Title`), or ''."""
    if "#" not in markdown[:20000]:
        return ""
    match = _HEADING.search(markdown, 0, 20000)
    return match.group(2).strip() if match else ""


def detect_language(text: str) -> str:
    """'kk', 'ru' or 'en': words with Kazakh-only letters (a tenth of Cyrillic words), other Cyrillic, or Latin."""
    sample = text[:2000]
    words = _CYRILLIC_WORD.findall(sample)
    cyrillic = len(words)
    if not cyrillic or cyrillic < len(_LATIN_WORD.findall(sample)):
        return "en"
    kazakh = sum(1 for word in words if _HAS_KAZAKH.search(word))
    enough = kazakh * 10 >= cyrillic and (kazakh >= 2 or cyrillic < 3)
    return "kk" if enough else "ru"
