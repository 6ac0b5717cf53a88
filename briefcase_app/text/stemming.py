"""Stems of Russian and Kazakh words, for the search index and for queries.

- Russian: the Snowball Russian stemmer (PyStemmer): декабря, декабре -> декабр.
- Kazakh: a light suffix stripper written here from Kazakh morphology (no Snowball stemmer
  exists). A noun is root + derivation + plural + possessive + case; the stripper removes,
  from the end, at most one ending of each slot, in that reverse order, and runs again on the
  result (twice at most) so a root that itself ends like a suffix (есірткі) gives the same stem
  bare and inflected. Each ending is taken only after the letters it follows in Kazakh (vowel
  or consonant, voiced or voiceless: -дың after з, ж, л, р; -тың after voiceless; -ның after
  vowels and м, н, ң), which keeps roots from being cut where no suffix can stand. Vowel harmony
  is not required (loanwords such as министр, экономика break it). A stem ending in б, г, ғ
  is written with п, к, қ (кітабы -> кітап, аймағы -> аймақ), so every form ends alike.
- English is stemmed by SQLite's porter tokenizer in the index itself; nothing here.

`index_stems` gives the distinct stems of a text's Cyrillic words, each tagged with a digit
for its stemmer (декабр1 Russian, министрлері -> министр2 Kazakh) so a Kazakh stem never matches
a Russian one by accident. A word that is its own stem (министр, регион) is left out: the text
already has it as a word, and a query looks for its stems as words too (a fifth to a third of
the words of Russian and Kazakh texts, and that much less index). `query_stems` gives a query
word's stems in every language that could apply.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata

import Stemmer

from .language import cyrillic_language, has_cyrillic, is_kazakh_word

RUSSIAN_TAG, KAZAKH_TAG = "1", "2"
_WORD = re.compile(r"[\u0400-\u04ff]+")
#: stems of words shorter than this are not indexed (и, в, на: nothing to inflect).
MIN_WORD = 3

_local = threading.local()


def _russian() -> Stemmer.Stemmer:
    """This thread's Snowball stemmer: one must not be used by two threads at once (the window
    stems in its GUI thread, its search worker and its re-index worker)."""
    stemmer = getattr(_local, "russian", None)
    if stemmer is None:
        stemmer = _local.russian = Stemmer.Stemmer("russian", 100_000)
    return stemmer


def stem_russian(word: str) -> str:
    return _russian().stemWord(word.lower())


VOWELS = frozenset("аәеёоөұүыіэюя")
VOICELESS = frozenset("кқпстфхцчшщ")
CONSONANTS = frozenset("бвгғджзйклмнңпрстфхһцчшщуи")  # у and и take consonant endings (дамуы)
VOICED = CONSONANTS - VOICELESS
NASALS = frozenset("мнң")
#: a consonant-initial ending never follows these (a Kazakh word does not end in them).
_NO_CONSONANT_ENDING_AFTER = frozenset("бвгғд")
_DEVOICE = {"б": "п", "г": "к", "ғ": "қ"}
_AFTER_POSS3 = frozenset("ыі")
_V_OR_VOICED = VOWELS | VOICED

# (ending, letters the stem may end in before it), longest first within each slot.
_CASE = [
    ("ндағы", _AFTER_POSS3), ("ндегі", _AFTER_POSS3),
    ("дағы", _V_OR_VOICED), ("дегі", _V_OR_VOICED), ("тағы", VOICELESS), ("тегі", VOICELESS),
    ("менен", _V_OR_VOICED), ("бенен", VOICED), ("пенен", VOICELESS),
    ("ның", VOWELS | NASALS), ("нің", VOWELS | NASALS), ("дың", VOICED), ("дің", VOICED),
    ("тың", VOICELESS), ("тің", VOICELESS),
    ("нан", NASALS | _AFTER_POSS3), ("нен", NASALS | _AFTER_POSS3), ("дан", _V_OR_VOICED),
    ("ден", _V_OR_VOICED), ("тан", VOICELESS), ("тен", VOICELESS),
    ("нда", _AFTER_POSS3), ("нде", _AFTER_POSS3),
    ("мен", _V_OR_VOICED), ("бен", VOICED), ("пен", VOICELESS),
    ("ға", _V_OR_VOICED), ("ге", _V_OR_VOICED), ("қа", VOICELESS), ("ке", VOICELESS),
    ("на", _AFTER_POSS3), ("не", _AFTER_POSS3),
    ("да", _V_OR_VOICED), ("де", _V_OR_VOICED), ("та", VOICELESS), ("те", VOICELESS),
    ("ны", VOWELS), ("ні", VOWELS), ("ды", VOICED), ("ді", VOICED), ("ты", VOICELESS), ("ті", VOICELESS),
    ("н", _AFTER_POSS3),
]  # fmt: skip
_POSSESSIVE = [
    ("ымыз", CONSONANTS), ("іміз", CONSONANTS), ("ыңыз", CONSONANTS), ("іңіз", CONSONANTS),
    ("мыз", VOWELS), ("міз", VOWELS), ("ңыз", VOWELS), ("ңіз", VOWELS),
    ("сы", VOWELS), ("сі", VOWELS), ("ы", CONSONANTS), ("і", CONSONANTS),
]  # fmt: skip
_PLURAL = [
    ("лар", _V_OR_VOICED), ("лер", _V_OR_VOICED), ("дар", VOICED), ("дер", VOICED),
    ("тар", VOICELESS), ("тер", VOICELESS),
]  # fmt: skip
_DERIVATION = [
    ("лық", _V_OR_VOICED), ("лік", _V_OR_VOICED), ("дық", VOICED), ("дік", VOICED),
    ("тық", VOICELESS), ("тік", VOICELESS),
]  # fmt: skip


def _by_last_letter(endings):
    """Endings grouped by their last letter (longest first): a word is checked against few."""
    out: dict[str, list] = {}
    for ending, after in sorted(endings, key=lambda e: -len(e[0])):
        out.setdefault(ending[-1], []).append((ending, after))
    return out


_SLOTS = tuple(_by_last_letter(slot) for slot in (_CASE, _POSSESSIVE, _PLURAL, _DERIVATION))
#: a stem keeps at least this many letters, one of them a vowel.
_MIN_STEM = 2
#: endings that look like suffixes but end many names: Қазақстан, Ауғанстан (not -тан "from").
_KEPT = ("стан",)
_ANY_VOWEL = VOWELS | frozenset("уи")


def _strip(word: str, slot: dict) -> str:
    for ending, after in slot.get(word[-1:], ()):
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        if len(stem) < _MIN_STEM or not _ANY_VOWEL.intersection(stem) or stem[-1] not in after:
            continue
        if ending[0] in CONSONANTS and ending[0] not in "ыі" and stem[-1] in _NO_CONSONANT_ENDING_AFTER:
            continue
        if (stem[-1] + ending).endswith(_KEPT):
            continue
        if ending[0] in VOWELS and stem[-1] in _DEVOICE:
            stem = stem[:-1] + _DEVOICE[stem[-1]]
        return stem
    return word


@functools.lru_cache(maxsize=100_000)
def stem_kazakh(word: str) -> str:
    """The root of a Kazakh word form (lower case): министрлері -> министр."""
    word = word.lower()
    for _ in range(3):
        before = word
        for slot in _SLOTS:
            word = _strip(word, slot)
        if word == before:
            break
    if word[-1:] in _DEVOICE:
        word = word[:-1] + _DEVOICE[word[-1]]
    return word


def _words(text: str):
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def index_stems(text: str | None, language: str | None = None) -> str | None:
    """The distinct tagged stems of the Cyrillic words of a text, space-separated (None if none).

    Words with Kazakh-only letters are Kazakh; the others are in the text's language
    (`language` when it says Russian or Kazakh, else detected from its letters)."""
    if not text or not has_cyrillic(text):
        return None
    words = [w for w in dict.fromkeys(_words(text)) if len(w) >= MIN_WORD]
    if not words:
        return None
    kazakh_text = cyrillic_language(text, language) == "kk"
    kazakh = [w for w in words if kazakh_text or is_kazakh_word(w)]
    russian = [w for w in words if not (kazakh_text or is_kazakh_word(w))]
    stems = [s + RUSSIAN_TAG for s, w in zip(_russian().stemWords(russian), russian, strict=True) if s != w]
    stems += [s + KAZAKH_TAG for w in kazakh if (s := stem_kazakh(w)) != w]
    return " ".join(dict.fromkeys(stems)) or None


def query_stems(word: str) -> list[str]:
    """Tagged stems of a query word in every language it could be in ([] for a Latin word)."""
    word = unicodedata.normalize("NFKC", word).lower()
    # two letters are enough here (ел, "country": its forms елдің, еліміз are longer, so indexed)
    if len(word) < 2 or not _WORD.fullmatch(word):
        return []
    stems = [stem_kazakh(word) + KAZAKH_TAG]
    if not is_kazakh_word(word):
        stems.insert(0, stem_russian(word) + RUSSIAN_TAG)
    return stems


#: letters an inflected form may have after its stem, for marking it in a text.
_MARK_TAIL = {RUSSIAN_TAG: 5, KAZAKH_TAG: 12}


def mark_stems(word: str) -> list[tuple[str, int]]:
    """(start, longest tail) pairs that mark a query word's forms in a text: a word that starts
    with `start` and has at most `tail` more letters. Kazakh stems ending in п, к, қ also
    start forms with б, г, ғ (кітап, кітабы)."""
    out = []
    voiced = {v: k for k, v in _DEVOICE.items()}
    for tagged in query_stems(word):
        stem, tag = tagged[:-1], tagged[-1]
        out.append((stem, _MARK_TAIL[tag]))
        if tag == KAZAKH_TAG and stem[-1:] in voiced:
            out.append((stem[:-1] + voiced[stem[-1]], _MARK_TAIL[tag]))
    return out
