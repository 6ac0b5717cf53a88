"""Words of a PDF as a reader gets them (pdftotext, else pypdf), counted for conservation tests."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

_WORD = re.compile(r"[\w@.\-]*\w", re.UNICODE)

VOCABULARY = (
    "delegation ministerial cooperation trafficking regional initiative declaration precursor "
    "financial flows programme budget Kazakhstan Almaty Vienna exchange partners 2012 136 US$ "
    "Room Arrival 09:30 +7-727-123-45-67 делегация сотрудничество Қазақстан ынтымақтастық"
).split()


def pdf_text(path: Path) -> str:
    """The PDF's text in reading order, NFKC-folded."""
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
        text = out.stdout.decode("utf-8")
    else:  # pragma: no cover - CI has poppler-utils
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return unicodedata.normalize("NFKC", text)


def words(text: str) -> Counter:
    return Counter(_WORD.findall(unicodedata.normalize("NFKC", text)))


def missing_words(expected: Counter, printed: Counter) -> dict[str, int]:
    """Words printed fewer times than expected, with how many are short."""
    return {w: n - printed[w] for w, n in expected.items() if printed[w] < n}


def phrase(rng: random.Random, n: int, tag: str) -> str:
    """`n` words from the vocabulary, the first a unique token naming where it belongs."""
    return " ".join([tag] + [rng.choice(VOCABULARY) for _ in range(max(0, n - 1))])
