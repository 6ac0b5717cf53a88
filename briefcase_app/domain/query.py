"""What a person types in the search box, parsed into terms; never raises on any input.

Grammar: words (all must match), "exact phrase", prefix*, -excluded, a OR b.
Everything else is literal words: stray quotes, brackets, AND, NOT, NEAR, colons, SQL.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from .characters import INVISIBLE

#: longer input is cut here (after normalisation) so a pasted page cannot slow the index.
MAX_QUERY_CHARS = 500
MAX_GROUPS = 12
MAX_ALTERNATIVES = 8
MAX_PHRASE_TOKENS = 12
MAX_TOKEN_CHARS = 64
#: a substring (trigram) search needs at least this many characters.
MIN_SUBSTRING = 3

_WORD = re.compile(r"[^\W_]+")
_CHUNK = re.compile(r'-*"[^"]*"?|[^\s"]+')

#: words dropped from a query of several words (kept when they are all there is).
STOPWORDS = frozenset(
    """a an and are as at be by did do does for from has have how in is it its of on or
    that the this to was we were what when which who why will with about our said say
    и в во на не что о об с со по к ко для из за от до как мы это ли же бы или а но
    его их также был была были быть при все так уже они он она
    және мен бен пен үшін бұл осы да де ал ол біз олар""".split()
)


def normalise(text: str) -> str:
    """NFKC, control and format characters (NUL, bidi marks) as spaces; the same for text and queries."""
    text = unicodedata.normalize("NFKC", text or "")
    return INVISIBLE.sub(" ", text).replace("\t", " ").replace("\n", " ")


def words(text: str) -> list[str]:
    """The word tokens of a text (letters and digits), cut to a sane length."""
    return [w[:MAX_TOKEN_CHARS] for w in _WORD.findall(text)]


@dataclass(frozen=True)
class Term:
    """One thing to match: a word, a phrase (tokens in order) or a prefix. `quoted`: typed in
    quotes, so its words are matched in the forms typed (no Russian or Kazakh stemming)."""

    tokens: tuple[str, ...]
    prefix: bool = False
    quoted: bool = False

    @property
    def is_phrase(self) -> bool:
        return len(self.tokens) > 1

    @property
    def exact(self) -> bool:
        """Matched as typed: a phrase, or a word in quotes."""
        return self.quoted or self.is_phrase

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def __str__(self) -> str:
        if self.exact:
            return f'"{self.text}"'
        return self.text + ("*" if self.prefix else "")


@dataclass(frozen=True)
class Query:
    """All groups must match (each group: any of its terms); no excluded term may."""

    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()
    text: str = field(default="", compare=False)

    @property
    def empty(self) -> bool:
        return not self.groups

    @property
    def has_or(self) -> bool:
        return any(len(g) > 1 for g in self.groups)

    def terms(self) -> list[Term]:
        return [t for g in self.groups for t in g]

    def relaxed(self) -> Query:
        """Any of the terms instead of all: for when nothing has them all."""
        alternatives = tuple(dict.fromkeys(self.terms()))[:MAX_ALTERNATIVES]
        return Query((alternatives,) if alternatives else (), self.excluded, self.text)

    def __str__(self) -> str:
        parts = [" OR ".join(map(str, g)) for g in self.groups]
        parts += [f"-{t}" for t in self.excluded]
        return " ".join(parts)


def _term(chunk: str) -> Term | None:
    if chunk.startswith('"'):
        tokens = words(chunk)[:MAX_PHRASE_TOKENS]
        return Term(tuple(tokens), quoted=True) if tokens else None
    tokens = words(chunk)[:MAX_PHRASE_TOKENS]
    if not tokens:
        return None
    prefix = len(tokens) == 1 and chunk.endswith("*") and chunk.rstrip("*").endswith(tokens[0])
    return Term(tuple(tokens), prefix=prefix)


def _balanced(text: str) -> str:
    """An odd quote is taken as a typo: the last one is dropped."""
    if text.count('"') % 2:
        i = text.rfind('"')
        text = text[:i] + " " + text[i + 1 :]
    return text


def parse(text: str) -> Query:
    """Parse anything a person types; junk becomes words or nothing, never an error."""
    clean = _balanced(normalise(text)[:MAX_QUERY_CHARS])
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = False
    for chunk in _CHUNK.findall(clean):
        if chunk == "OR":
            pending_or = bool(groups)
            continue
        negative = chunk.startswith("-") and len(chunk.lstrip("-")) > 0
        term = _term(chunk.lstrip("-"))
        if term is None:
            continue
        if negative:
            excluded.append(term)
            pending_or = False
        elif pending_or and len(groups[-1]) < MAX_ALTERNATIVES:
            groups[-1].append(term)
            pending_or = False
        else:
            groups.append([term])
            pending_or = False
    groups = _drop_stopwords(groups)[:MAX_GROUPS]
    return Query(tuple(tuple(g) for g in groups), tuple(excluded[:MAX_GROUPS]), text=clean.strip())


def _drop_stopwords(groups: list[list[Term]]) -> list[list[Term]]:
    def is_stop(group: list[Term]) -> bool:
        return len(group) == 1 and not group[0].is_phrase and group[0].text.casefold() in STOPWORDS

    kept = [g for g in groups if not is_stop(g)]
    return kept if kept else groups


def substrings(query: Query) -> list[str]:
    """Words of the query long enough for a substring search (all must occur); [] if none or OR."""
    if query.empty or query.has_or:
        return []
    tokens = dict.fromkeys(tok for t in query.terms() for tok in t.tokens if len(tok) >= MIN_SUBSTRING)
    return list(tokens)


@dataclass(frozen=True)
class Filters:
    """What a search is narrowed to; empty fields filter nothing."""

    kinds: tuple[str, ...] = ()
    conference_id: str | None = None
    speaker: str = ""
    language: str = ""
    tag: str = ""
    status: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def filter_token(prefix: str, value: str) -> str:
    """The index's filter token for a value (kspeech0, len0, c<hex>0); same rule as the index SQL."""
    clean = value.lower().replace("-", "").replace("_", "").replace(" ", "")
    return f"{prefix}{clean}0"
