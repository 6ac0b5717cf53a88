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
    return sorted(ch for ch in text_chars if ch not in _IGNORED and not face.covers(ch))


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
    best: tuple[list[str], str] | None = None
    for family in families:
        regular = load_face(family[0])
        missing = missing_characters(regular, text_chars)
        if not missing:
            return _family(regular, family)
        if best is None or len(missing) < len(best[0]):
            best = (missing, regular.path)
    assert best is not None
    raise FontError(
        f"no font covers these characters: {describe(best[0])} (closest: {best[1]}); "
        "choose a font that has them with --font"
    )


def _family(regular: Face, family: tuple[str, ...]) -> FontSet:
    variants = [load_face(p) if p and Path(p).is_file() else regular for p in family[1:4]]
    mono = next((load_face(p) for p in KNOWN_MONO if Path(p).is_file()), regular)
    return FontSet(regular, variants[0], variants[1], variants[2], mono)


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
