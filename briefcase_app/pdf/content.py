"""The plain data a briefing pack is laid out from (assembled by services/packs.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..domain.models import Conference, Pack, PackSection, Person
from ..domain.text_stats import DEFAULT_WORDS_PER_MINUTE


@dataclass
class SectionContent:
    """One section and its items: ProgrammeItem, (Participant, Person), TalkingPoint, Speech
    or Fact records, in the order they are printed."""

    section: PackSection
    items: list = field(default_factory=list)


@dataclass
class PackContent:
    conference: Conference
    pack: Pack
    sections: list[SectionContent]
    head_of_delegation: Person | None = None
    marking: str = ""
    prepared: dt.date = field(default_factory=dt.date.today)
    words_per_minute: int = DEFAULT_WORDS_PER_MINUTE

    @property
    def effective_marking(self) -> str:
        return (self.marking or self.pack.marking or "").strip()
