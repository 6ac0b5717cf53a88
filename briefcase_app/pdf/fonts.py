"""The fonts of a PDF: the chosen (or default) family, then a chain of bundled fallback fonts
(resources/fonts/) that a character is drawn from when the faces before it lack it. Text is
split into runs of one face each; right-to-left runs and scripts that need it (Arabic, Hebrew,
Thaana, Devanagari) are shaped with HarfBuzz through reportlab (uharfbuzz)."""

from __future__ import annotations

import hashlib
import os
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont, shapeStr

from ..domain.errors import BriefcaseError
from ..resources import fonts_dir
from ..text.bidi import display_runs, has_rtl

#: environment setting naming a TrueType font file, used when no font is given explicitly.
FONT_ENV = "BRIEFCASE_FONT"

#: (regular, bold, italic, bold italic) file names of the default family in resources/fonts/
DEFAULT_FAMILY = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)
MONO = "DejaVuSansMono.ttf"

# Unicode ranges a fallback font is tried for (a cheap test before its file is read)
_ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_HEBREW = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))
_CJK = (
    (0x2E80, 0x2FDF),
    (0x3000, 0x30FF),
    (0x31C0, 0x31FF),
    (0x3200, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF00, 0xFFEF),
)
_HANGUL = (
    (0x1100, 0x11FF),
    (0x3000, 0x303F),
    (0x3130, 0x318F),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7FF),
    (0xFF00, 0xFFEF),
)
_THAANA = ((0x0780, 0x07BF),)
_DEVANAGARI = ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF), (0x200C, 0x200D))
_ARMENIAN = ((0x0530, 0x058F), (0xFB13, 0xFB17))
_GEORGIAN = ((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F))


def _noto(script: str) -> tuple[str, str, str, str]:
    return (f"NotoSans{script}-Regular.ttf", f"NotoSans{script}-Bold.ttf") * 2


#: the fallback chain after the chosen family: (files: regular, bold, italic, bold italic;
#: ranges it is tried for, None: any character). Cyrillic and Greek come from DejaVu Sans.
FALLBACK: list[tuple[tuple[str, ...], tuple[tuple[int, int], ...] | None]] = [
    (DEFAULT_FAMILY, None),
    (_noto("Arabic"), _ARABIC),
    (_noto("Hebrew"), _HEBREW),
    (("DroidSansFallbackFull.ttf",) * 4, _CJK),
    (("NanumSquareR.ttf", "NanumSquareB.ttf") * 2, _HANGUL),
    (_noto("Thaana"), _THAANA),
    (_noto("Devanagari"), _DEVANAGARI),
    (_noto("Armenian"), _ARMENIAN),
    (_noto("Georgian"), _GEORGIAN),
    (_noto("Symbols"), None),
    (("NotoSansSymbols2-Regular.ttf",) * 4, None),
]
_IGNORED = frozenset("\n\t")
_CONTINUING = frozenset(" \u00a0\n\t\u200c\u200d")  # stay in the face of the text around them


class FontError(BriefcaseError):
    """No usable font, or none that draws every character of the document."""


def needs_shaping(ch: str) -> bool:
    """Characters drawn right only after shaping and reordering: right-to-left letters,
    combining marks, joiners, and the scripts whose letters change shape or order."""
    o = ord(ch)
    return (
        unicodedata.bidirectional(ch) in ("R", "AL", "AN", "NSM")
        or unicodedata.category(ch) in ("Mn", "Mc", "Me")
        or 0x0900 <= o <= 0x0DFF  # Indic scripts
        or o in (0x200C, 0x200D)
    )


class Face:
    """One registered font file: its reportlab name, path and the characters it has."""

    def __init__(self, name: str, path: str, cmap: frozenset[int]):
        self.name, self.path = name, path
        #: every character the font has a glyph for
        self.cmap = cmap
        self._chars: frozenset[int] | None = None

    @property
    def chars(self) -> frozenset[int]:
        """The characters it draws one glyph per character as typed (no shaping, no
        reordering): what a caller may draw as a plain string in this face. Worked out on
        first use (a fallback face is mostly asked only about its `cmap`)."""
        if self._chars is None:
            self._chars = frozenset(c for c in self.cmap if c <= 0xFFFF and not needs_shaping(chr(c)))
        return self._chars

    def covers(self, ch: str) -> bool:
        return ord(ch) in self.cmap

    def __repr__(self) -> str:
        return f"Face({self.name!r}, {self.path!r})"


class _Family:
    """One font of the chain, its four faces read and registered on first use."""

    def __init__(self, paths: tuple[str, ...], ranges=None):
        self.paths, self.ranges = paths, ranges
        self._faces: list[Face | None] = [None] * 4

    def may_cover(self, code: int) -> bool:
        return self.ranges is None or any(a <= code <= b for a, b in self.ranges)

    def face(self, style: int) -> Face:
        found = self._faces[style]
        if found is None:
            path = self.paths[style] if style < len(self.paths) and self.paths[style] else self.paths[0]
            if Path(path).is_file():
                found = load_face(path)
            elif style:
                found = self.face(0)
            else:
                raise FontError(f"font file not found: {path}")
            self._faces[style] = found
        return found


@dataclass(eq=False)
class FontSet:
    """The registered faces of the chosen family, a monospace face for code, and the
    fallback chain behind them."""

    regular: Face
    bold: Face
    italic: Face
    bold_italic: Face
    mono: Face
    #: symbols (emoji, pictographs) no font here can draw: printed as their Unicode names
    substitutes: frozenset[str] = frozenset()
    chain: list[_Family] = field(default_factory=list, repr=False)

    def drawable(self, text: str) -> str:
        """The text with each symbol no font can draw replaced by '[its name]'."""
        subs = self.substitutes
        if not subs or not any(ch in subs for ch in text):
            return text
        return "".join(f"[{unicodedata.name(ch, 'symbol').lower()}]" if ch in subs else ch for ch in text)

    def face(self, bold: bool = False, italic: bool = False, mono: bool = False) -> Face:
        if mono:
            return self.mono
        if bold and italic:
            return self.bold_italic
        return self.bold if bold else self.italic if italic else self.regular

    def style_of(self, face: Face) -> int:
        """0 regular, 1 bold, 2 italic, 3 bold italic: which face of a fallback font to use."""
        for i, own in enumerate((self.regular, self.bold, self.italic, self.bold_italic)):
            if face is own:
                return i
        return 0

    def face_for(self, ch: str, face: Face) -> Face | None:
        """The first face of the chain (starting with `face`) that has `ch`, or None."""
        code = ord(ch)
        if code in face.cmap and code <= 0xFFFF:
            return face
        if code > 0xFFFF:
            return None
        style = self.style_of(face)
        for family in self.chain:
            if family.may_cover(code):
                candidate = family.face(style)
                if code in candidate.cmap:
                    return candidate
        return None

    def runs(self, text: str, face: Face, base_dir: str | None = None) -> list[tuple[Face, str]]:
        """(face, characters) runs in drawing order, left to right: each character in the first
        face of the chain that has it, right-to-left runs reordered, runs that need it shaped
        (the characters of a shaped run are the face's glyphs, see `_shape`)."""
        text = self.drawable(text)
        if not text:
            return []
        out: list[tuple[Face, str]] = []
        for segment, rtl in display_runs(text, base_dir) if has_rtl(text) else [(text, False)]:
            pieces = self._split(segment, face)
            if rtl:
                pieces.reverse()
            for piece_face, piece in pieces:
                if rtl or any(needs_shaping(ch) for ch in piece):
                    piece = _shape(piece, piece_face)
                if out and out[-1][0] is piece_face:
                    out[-1] = (piece_face, out[-1][1] + piece)
                else:
                    out.append((piece_face, piece))
        return out

    def _split(self, text: str, face: Face) -> list[tuple[Face, str]]:
        if all(ord(ch) in face.chars for ch in text):
            return [(face, text)]
        pieces: list[tuple[Face, str]] = []
        current_face, current = face, ""
        for ch in text:
            if ch in _IGNORED or (ch in _CONTINUING and ord(ch) in current_face.cmap):
                want = current_face  # a space or joiner stays with the text around it
            else:
                want = self.face_for(ch, face) or face
            if want is not current_face and current:
                pieces.append((current_face, current))
                current = ""
            current_face = want
            current += ch
        pieces.append((current_face, current))
        return pieces

    def printable(self, text: str, face: Face | None = None) -> str:
        """The text as one string for a single-face drawString in `face` (default regular):
        symbols named, right-to-left runs in display order and shaped. Characters only other
        faces have are left as they are; `draw_string` draws those from their own faces."""
        face = face or self.regular
        text = self.drawable(text)
        out = []
        for segment, rtl in display_runs(text) if has_rtl(text) else [(text, False)]:
            if (rtl or any(needs_shaping(ch) for ch in segment)) and all(
                ord(ch) in face.cmap for ch in segment
            ):
                segment = _shape(segment, face)
            elif rtl:
                segment = segment[::-1]
            out.append(segment)
        return "".join(out)

    def string_width(self, text: str, font_name: str, size: float) -> float:
        face = self._named(font_name)
        return sum(pdfmetrics.stringWidth(p, f.name, size) for f, p in self.runs(text, face))

    def draw_string(
        self, canv, x: float, y: float, text: str, font_name: str, size: float, align: str = "left"
    ):
        """Draw one line of text in the face named `font_name`, with the fallback faces for
        the characters it lacks; `align` left, right or centre about x."""
        face = self._named(font_name)
        runs = self.runs(text, face)
        width = sum(pdfmetrics.stringWidth(p, f.name, size) for f, p in runs)
        x -= width if align == "right" else width / 2 if align == "centre" else 0
        for run_face, piece in runs:
            canv.setFont(run_face.name, size)
            canv.drawString(x, y, piece)
            x += pdfmetrics.stringWidth(piece, run_face.name, size)

    def _named(self, font_name: str) -> Face:
        for face in (self.regular, self.bold, self.italic, self.bold_italic, self.mono):
            if face.name == font_name:
                return face
        return self.regular

    def missing(self, text_chars: set[str]) -> list[str]:
        """Characters no face of the chain can draw. reportlab maps characters beyond U+FFFF
        (most emoji) wrongly in the PDF's text layer, so they count as missing too."""
        return sorted(
            ch for ch in text_chars if ch not in _IGNORED and self.face_for(ch, self.regular) is None
        )


_lock = threading.RLock()
_faces: dict[str, Face] = {}
#: (font's PostScript name, code of a glyph without a character of its own) -> the text it draws
_glyph_text: dict[tuple[str, int], str] = {}


def load_face(path: str | os.PathLike) -> Face:
    """Register a TrueType file with reportlab once per process."""
    path = str(Path(path).resolve())
    with _lock:
        face = _faces.get(path)
        if face is None:
            name = "BC-" + hashlib.sha1(path.encode()).hexdigest()[:10]
            try:
                # read here, not through reportlab's file opener (which the PDF's content can
                # never reach): fallback fonts are loaded during layout, when first needed
                with open(path, "rb") as f:
                    font = TTFont(name, f)
            except Exception as e:  # reportlab raises TTFError and plain errors on bad files
                raise FontError(f"cannot use the font {path}: {e}") from None
            pdfmetrics.registerFont(font)
            face = Face(name, path, frozenset(font.face.charToGlyph))
            _faces[path] = face
        return face


def _shape(text: str, face: Face) -> str:
    """The glyphs HarfBuzz chooses for `text` in `face` (joined Arabic forms, ligatures,
    Indic conjuncts), left to right, as the characters reportlab draws them with. A glyph
    without a character of its own gets a private-use code from reportlab; the text it stands
    for is remembered so the PDF's text layer gives the original characters back."""
    font = pdfmetrics.getFont(face.name)
    if not font.shapable:
        return text[::-1] if has_rtl(text) else text
    with _lock:
        shaped = shapeStr(text, face.name, 10, force=True)
        data = getattr(shaped, "__shapeData__", None)
        if not data:
            return str(shaped)
        starts = sorted({d.cluster for d in data} | {len(text)})
        after = {a: b for a, b in zip(starts, starts[1:], strict=False)}
        ps_name = (
            font.face.name.decode("latin-1") if isinstance(font.face.name, bytes) else str(font.face.name)
        )
        widths = font.face.charWidths
        for glyph, d in zip(str(shaped), data, strict=False):
            code = ord(glyph)
            if code not in face.cmap:
                _glyph_text.setdefault((ps_name, code), text[d.cluster : after.get(d.cluster, len(text))])
                widths[code] = d.x_advance  # reportlab stores the unscaled advance
        return str(shaped)


def _to_unicode_cmap(fontname, subset) -> str:
    """reportlab's ToUnicode map, with the text of shaped glyphs (not their private-use codes)
    and characters beyond U+FFFF written as UTF-16."""
    ps_name = str(fontname).split("+", 1)[-1]
    entries = []
    for i, code in enumerate(subset):
        text = _glyph_text.get((ps_name, code)) or chr(code)
        entries.append(f"<{i:02X}> <{text.encode('utf-16-be').hex().upper()}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def describe(chars: list[str], limit: int = 12) -> str:
    """'Ꭰ (U+13A0 CHEROKEE LETTER A), ...' for an error message."""
    shown = [f"{ch} (U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed')})" for ch in chars[:limit]]
    more = f" and {len(chars) - limit} more" if len(chars) > limit else ""
    return ", ".join(shown) + more


def is_symbol(ch: str) -> bool:
    """Emoji, pictographs, punctuation: may be printed as their name; letters, marks and
    digits (the words themselves) may not."""
    return unicodedata.category(ch)[0] not in "LMN"


def font_set(font_path: str | os.PathLike | None = None) -> FontSet:
    """The chosen family (the given file, else $BRIEFCASE_FONT, else the bundled DejaVu Sans)
    with its bold and italic files where they exist, the bundled mono face and the chain."""
    chosen = font_path or os.environ.get(FONT_ENV) or None
    try:
        folder = fonts_dir()
    except FileNotFoundError as e:
        raise FontError(f"{e}; reinstall Briefcase") from None
    chain = [_Family(tuple(str(folder / f) for f in files), ranges) for files, ranges in FALLBACK]
    if chosen:
        if not Path(chosen).is_file():
            raise FontError(f"font file not found: {chosen}")
        family = _Family(_siblings(Path(chosen)))
        chain.insert(0, family)
    family = chain[0]
    mono_path = folder / MONO
    with _lock:
        faces = [family.face(i) for i in range(4)]
        mono = load_face(mono_path) if mono_path.is_file() else faces[0]
    return FontSet(*faces, mono, chain=chain)


def resolve_fonts(text_chars: set[str], font_path: str | os.PathLike | None = None) -> FontSet:
    """The FontSet for a document with these characters; FontError naming the letters no
    bundled font has (symbols no font has are printed as their names)."""
    fonts = font_set(font_path)
    missing = fonts.missing(text_chars)
    letters = [ch for ch in missing if not is_symbol(ch)]
    if letters:
        raise FontError(
            f"no font covers these characters: {describe(letters)}; "
            "they cannot be printed (remove them, or choose a font that has them with --font)"
        )
    fonts.substitutes = frozenset(missing)
    return fonts


def check_characters(text_chars: set[str], font_path=None) -> tuple[list[str], list[str]]:
    """(characters that stop an export, symbols that would be printed as names)."""
    try:
        fonts = font_set(font_path)
    except FontError:
        return [], []
    missing = fonts.missing(text_chars)
    return [ch for ch in missing if not is_symbol(ch)], [ch for ch in missing if is_symbol(ch)]


def missing_characters(face: Face, text_chars: set[str]) -> list[str]:
    """Characters a single face cannot draw (beyond U+FFFF counts as missing)."""
    return sorted(ch for ch in text_chars if ch not in _IGNORED and (ord(ch) > 0xFFFF or not face.covers(ch)))


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
