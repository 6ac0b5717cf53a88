"""Fill a store with the demo conference (Paris Pact, Vienna 2012); running it twice adds nothing."""

from __future__ import annotations

from ..domain.convert import from_dict
from ..domain.models import (
    Conference,
    Fact,
    Pack,
    Person,
    ProgrammeItem,
    Role,
    Speech,
    TalkingPoint,
    default_sections,
)
from . import demo_content as content
from .records import RecordService


def fill_demo(service: RecordService) -> Conference:
    """Create the demo conference with its people, programme, speeches, points, facts and pack."""
    existing = service.store.conferences_matching(content.CONFERENCE["title"])
    if existing:
        return existing[0]  # type: ignore[return-value]
    with service.store.transaction():
        conference = from_dict(Conference, content.CONFERENCE)
        service.create(conference)
        for data in content.PEOPLE:
            person = from_dict(Person, data)
            service.add_participant(conference.id, person, Role(data["role"]))
        for start, end, title, place, attendees, notes in content.PROGRAMME:
            service.create(
                from_dict(
                    ProgrammeItem,
                    dict(
                        conference_id=conference.id,
                        starts_at=start,
                        ends_at=end,
                        title=title,
                        place=place,
                        attendees=attendees,
                        notes=notes,
                    ),
                )
            )
        for data in content.SPEECHES:
            service.create(from_dict(Speech, dict(data, conference_id=conference.id)))
        for position, point in enumerate(content.POINTS):
            service.create(_point(point, conference.id, position))
        for statement, source, url, as_of, tags in content.FACTS:
            service.create(
                from_dict(
                    Fact,
                    dict(
                        conference_id=conference.id,
                        statement=statement,
                        source=source,
                        source_url=url,
                        as_of=as_of,
                        tags=tags,
                    ),
                )
            )
        service.create(_point(content.START_HERE, None, 0))
        service.create(_point(content.LIBRARY_POINT, None, 0))
        service.create(
            Pack(
                conference_id=conference.id,
                title="Briefing pack: Paris Pact ministerial, Vienna",
                recipient="H.E. Kairat Umarov, Deputy Minister of Foreign Affairs",
                marking="OFFICIAL-SENSITIVE",
                sections=default_sections(),
            )
        )
    return conference


def _point(point: tuple, conference_id: str | None, position: int) -> TalkingPoint:
    kind, topic, question, body, priority, tags, language = point
    return from_dict(
        TalkingPoint,
        dict(
            conference_id=conference_id,
            kind=kind,
            topic=topic,
            question=question,
            body=body,
            priority=priority,
            tags=tags,
            language=language,
            position=position,
        ),
    )
