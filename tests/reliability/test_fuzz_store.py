"""Any text a person can type survives the store unchanged: any Unicode, long, control chars."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefcase_app.domain.errors import ValidationError
from briefcase_app.domain.models import Conference, Kind, Speech, TalkingPoint
from briefcase_app.services.records import RecordService

any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=2000)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=any_text, body=any_text, tags=st.lists(any_text, max_size=4))
def test_text_fields_round_trip(store, title, body, tags):
    records = RecordService(store)
    speech = Speech(title=title, body=body, tags=tags)
    try:
        records.create(speech)
    except ValidationError as e:
        assert not title.strip() or len(title) > 500 or "\x00" in body, e
        return
    loaded = store.get(Kind.SPEECH, speech.id)
    assert (loaded.title, loaded.body, loaded.tags) == (title, body, tags)


def test_very_long_text_round_trips(store):
    records = RecordService(store)
    conference = Conference(title="C")
    records.create(conference)
    body = ("Қазақстан " * 300_000) + "\u202eRTL\u202c" + "😀" * 1000
    point = TalkingPoint(topic="Long", body=body, conference_id=conference.id)
    records.create(point)
    assert store.get(Kind.POINT, point.id).body == body


@pytest.mark.parametrize("bad", ["\x00", "a\x00b"])
def test_nul_in_body_refused_clearly(records, bad):
    with pytest.raises(ValidationError, match="NUL"):
        records.create(Speech(title="S", body=bad))
