"""Fill a store with the demo conference (Paris Pact, Vienna 2012); running it twice adds nothing."""

from __future__ import annotations

from ..domain.attachments import markdown_reference
from ..domain.convert import from_dict
from ..domain.models import (
    Conference,
    Contact,
    Fact,
    Kind,
    LogisticsItem,
    Pack,
    Person,
    ProgrammeItem,
    Role,
    Speech,
    Summary,
    TalkingPoint,
    as_model,
    default_sections,
)
from . import demo_content as content
from .records import RecordService


def fill_demo(service: RecordService) -> Conference:
    """Create the demo conference with its people, programme, speeches, points, facts and pack."""
    existing = service.store.conferences_matching(content.CONFERENCE["title"])
    if existing:
        return as_model(Conference, existing[0])
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
        for speech in content.SPEECHES:
            service.create(from_dict(Speech, dict(speech, conference_id=conference.id)))
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
        _fill_parts(service, conference)
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


def _fill_parts(service: RecordService, conference: Conference) -> None:
    """The steering brief, contacts, scenario, two photos, a figure and a one-page annex."""
    from . import attachments

    store = service.store
    service.create(Summary(conference_id=conference.id, **content.STEERING_BRIEF))
    for position, (name, role, phone, email, notes) in enumerate(content.CONTACTS):
        contact = Contact(conference_id=conference.id, name=name, role=role, phone=phone, email=email)
        contact.notes, contact.position = notes, position
        service.create(contact)
    for start, end, title, place, category, notes in content.SCENARIO:
        values = dict(conference_id=conference.id, title=title, starts_at=start, ends_at=end or None)
        service.create(from_dict(LogisticsItem, values | dict(place=place, category=category, notes=notes)))
    for _part, person in store.participants(conference.id):
        if person.name in content.PHOTOS:
            data = initials_png(person.name, content.PHOTOS[person.name])
            attachments.attach(store, Kind.PERSON, person.id, data, "photo.png", photo=True)
    points = [as_model(TalkingPoint, p) for p in store.list(Kind.POINT, conference_id=conference.id)]
    point = next(p for p in points if p.topic == content.ROUTE_FIGURE_POINT)
    figure = route_png()
    link, _info = attachments.attach(store, Kind.POINT, point.id, figure, "northern-route.png")
    point.body += "\n\n" + markdown_reference(link.sha256, content.ROUTE_FIGURE_CAPTION)
    service.update(point)
    from ..pdf.demo_annex import annex_pdf  # reportlab loads only here

    data = annex_pdf(content.ANNEX_TITLE, content.ANNEX_TEXT)
    attachments.attach(store, Kind.CONFERENCE, conference.id, data, content.ANNEX_TITLE + ".pdf")


def _font(size: int):
    from PIL import ImageFont

    return ImageFont.load_default(size=size)


def initials_png(name: str, colour: tuple[int, int, int]) -> bytes:
    """A portrait-shaped PNG with the person's initials: the demo's stand-in for a photo."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 300), colour)
    draw = ImageDraw.Draw(image)
    initials = "".join(word[0] for word in name.split()[:2]).upper()
    draw.ellipse((50, 40, 190, 180), fill=(235, 235, 240))
    draw.rectangle((30, 200, 210, 300), fill=(235, 235, 240))
    draw.text((120, 110), initials, fill=colour, font=_font(64), anchor="mm")
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def route_png() -> bytes:
    """A plain diagram of the northern route (boxes and arrows), as a demo figure."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (900, 260), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    boxes = [
        ("Afghanistan", (122, 66, 48)),
        ("Central Asia", (31, 58, 95)),
        ("Russian Federation", (70, 110, 70)),
    ]
    for n, (label, colour) in enumerate(boxes):
        x = 30 + n * 300
        draw.rounded_rectangle((x, 80, x + 240, 180), radius=16, fill=colour)
        draw.text((x + 120, 130), label, fill=(255, 255, 255), font=_font(26), anchor="mm")
        if n:
            draw.line((x - 58, 130, x - 4, 130), fill=(60, 60, 60), width=6)
            draw.polygon([(x - 4, 130), (x - 22, 118), (x - 22, 142)], fill=(60, 60, 60))
    draw.text(
        (450, 40),
        "Opiates from Afghanistan: the northern route",
        fill=(40, 40, 40),
        font=_font(28),
        anchor="mm",
    )
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


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
