"""Find, register and check the fonts of a PDF: one family that covers every character drawn."""

from __future__ import annotations

import hashlib
import os
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..domain.errors import BriefcaseError
from ..text.bidi import visual_order

#: environment setting naming a TrueType font file, used when no font is given explicitly.
FONT_ENV = "BRIEFCASE_FONT"

_DEJAVU = "/usr/share/fonts/truetype/dejavu/"
_NOTO = "/usr/share/fonts/truetype/noto/"
_LIBERATION = "/usr/share/fonts/truetype/liberation/"
_WIN = "C:/Windows/Fonts/"
_MAC = ("/Library/Fonts/", "/System/Library/Fonts/Supplemental/")

#: (regular, bold, italic, bold italic) of well-known families, best first.
KNOWN_FAMILIES: list[tuple[str, ...]] = [
    tuple(
        _DEJAVU + f
        for f in (
            "DejaVuSans.ttf",
            "DejaVuSans-Bold.ttf",
            "DejaVuSans-Oblique.ttf",
            "DejaVuSans-BoldOblique.ttf",
        )
    ),
    tuple(_NOTO + f"NotoSans-{s}.ttf" for s in ("Regular", "Bold", "Italic", "BoldItalic")),
    tuple(_LIBERATION + f"LiberationSans-{s}.ttf" for s in ("Regular", "Bold", "Italic", "BoldItalic")),
    tuple(_WIN + f for f in ("arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf")),
    *(
        tuple(d + f for f in ("Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf", "Arial Bold Italic.ttf"))
        for d in _MAC
    ),
]
KNOWN_MONO = [
    _DEJAVU + "DejaVuSansMono.ttf",
    _NOTO + "NotoSansMono-Regular.ttf",
    _LIBERATION + "LiberationMono-Regular.ttf",
    _WIN + "consola.ttf",
    _WIN + "cour.ttf",
    "/System/Library/Fonts/Supplemental/Courier New.ttf",
]
_IGNORED = frozenset("\n\t")


class FontError(BriefcaseError):
    """No usable font, or none that draws every character of the document."""


@dataclass
class Face:
    name: str
    path: str
    chars: frozenset[int] = field(repr=False)

    def covers(self, ch: str) -> bool:
        return ord(ch) in self.chars


@dataclass
class FontSet:
    """The registered faces of one family, and a monospace face for code."""

    regular: Face
    bold: Face
    italic: Face
    bold_italic: Face
    mono: Face
    #: symbols (emoji, pictographs) no font here can draw: printed as their Unicode names
    substitutes: frozenset[str] = frozenset()

    def drawable(self, text: str) -> str:
        """The text with each symbol no font can draw replaced by '[its name]'."""
        subs = self.substitutes
        if not subs or not any(ch in subs for ch in text):
            return text
        return "".join(f"[{unicodedata.name(ch, 'symbol').lower()}]" if ch in subs else ch for ch in text)

    def printable(self, text: str) -> str:
        """The text as it is handed to reportlab: undrawable symbols named, Arabic shaped and
        right-to-left runs in visual order."""
        return visual_order(self.drawable(text), self._covered)

    def _covered(self, ch: str) -> bool:
        return ord(ch) in self.regular.chars

    def face(self, bold: bool = False, italic: bool = False, mono: bool = False) -> Face:
        if mono:
            return self.mono
        if bold and italic:
            return self.bold_italic
        return self.bold if bold else self.italic if italic else self.regular


_lock = threading.Lock()
_faces: dict[str, Face] = {}


def load_face(path: str | os.PathLike) -> Face:
    """Register a TrueType file with reportlab once per process."""
    path = str(Path(path).resolve())
    with _lock:
        face = _faces.get(path)
        if face is None:
            name = "BC-" + hashlib.sha1(path.encode()).hexdigest()[:10]
            try:
                font = TTFont(name, path)
            except Exception as e:  # reportlab raises TTFError and plain errors on bad files
                raise FontError(f"cannot use the font {path}: {e}") from None
            pdfmetrics.registerFont(font)
            face = Face(name, path, frozenset(font.face.charToGlyph))
            _faces[path] = face
        return face


def missing_characters(face: Face, text_chars: set[str]) -> list[str]:
    """Characters the face cannot draw; reportlab maps characters beyond U+FFFF (most emoji)
    wrongly in the PDF's text layer, so they count as missing too."""
    return sorted(ch for ch in text_chars if ch not in _IGNORED and (ord(ch) > 0xFFFF or not face.covers(ch)))


def describe(chars: list[str], limit: int = 12) -> str:
    """'Ꭰ (U+13A0 CHEROKEE LETTER A), ...' for an error message."""
    shown = [f"{ch} (U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed')})" for ch in chars[:limit]]
    more = f" and {len(chars) - limit} more" if len(chars) > limit else ""
    return ", ".join(shown) + more


def resolve_fonts(text_chars: set[str], font_path: str | os.PathLike | None = None) -> FontSet:
    """The first family (the given file, $BRIEFCASE_FONT, then well-known system fonts) whose
    regular face draws every character; FontError naming the characters if none does."""
    chosen = font_path or os.environ.get(FONT_ENV) or None
    if chosen:
        if not Path(chosen).is_file():
            raise FontError(f"font file not found: {chosen}")
        families = [_siblings(Path(chosen))]
    else:
        families = [f for f in KNOWN_FAMILIES if Path(f[0]).is_file()]
        if not families:
            raise FontError(
                "no usable font found (looked for DejaVu, Noto, Liberation and Arial): "
                "install fonts-dejavu or choose a font file with --font"
            )
    best = None
    for family in families:
        regular = load_face(family[0])
        missing = missing_characters(regular, text_chars)
        if not missing:
            return _family(regular, family)
        letters = [ch for ch in missing if not is_symbol(ch)]
        if best is None or (len(letters), len(missing)) < (len(best[1]), len(best[2])):
            best = (family, letters, missing)
    family, letters, missing = best
    if not letters:
        return _family(load_face(family[0]), family, frozenset(missing))
    raise FontError(
        f"no font covers these characters: {describe(letters)} (closest: {family[0]}); "
        "choose a font that has them with --font"
    )


def is_symbol(ch: str) -> bool:
    """Emoji, pictographs, punctuation: may be printed as their name; letters, marks and
    digits (the words themselves) may not."""
    return unicodedata.category(ch)[0] not in "LMN"


def check_characters(text_chars: set[str], font_path=None) -> tuple[list[str], list[str]]:
    """(characters that stop an export, symbols that would be printed as names)."""
    try:
        fonts = resolve_fonts(text_chars, font_path)
    except FontError:
        chosen = (
            font_path
            or os.environ.get(FONT_ENV)
            or next((f[0] for f in KNOWN_FAMILIES if Path(f[0]).is_file()), None)
        )
        if not chosen or not Path(chosen).is_file():
            return [], []
        missing = missing_characters(load_face(chosen), text_chars)
        return [ch for ch in missing if not is_symbol(ch)], [ch for ch in missing if is_symbol(ch)]
    return [], sorted(fonts.substitutes)


def _family(regular: Face, family: tuple[str, ...], substitutes: frozenset[str] = frozenset()) -> FontSet:
    variants = [load_face(p) if p and Path(p).is_file() else regular for p in family[1:4]]
    mono = next((load_face(p) for p in KNOWN_MONO if Path(p).is_file()), regular)
    return FontSet(regular, variants[0], variants[1], variants[2], mono, substitutes)


def _siblings(path: Path) -> tuple[str, ...]:
    """Bold and italic files next to a chosen regular font, where the family has them."""
    stem, suffix = path.stem, path.suffix
    base = stem.removesuffix("-Regular").removesuffix("Regular")
    found = [str(path)]
    for names in (
        ("-Bold", "Bold", "bd"),
        ("-Italic", "-Oblique", "Italic", "i"),
        ("-BoldItalic", "-BoldOblique", "BoldItalic", "bi"),
    ):
        match = next(
            (path.with_name(base + n + suffix) for n in names if path.with_name(base + n + suffix).is_file()),
            None,
        )
        found.append(str(match) if match else "")
    return tuple(found)
