"""A new user's first window lands on the demo conference's speech, not on an empty list."""

from __future__ import annotations

from briefcase_app.domain.models import Kind


def test_first_window_opens_the_demo_speech(demo_window):
    editor = demo_window.editor
    assert editor.kind is Kind.SPEECH
    speech = demo_window.records.get(Kind.SPEECH, editor.item_id)
    assert speech.speaker == "Kairat Umarov" and speech.language == "en"
    assert len(demo_window.items.visible_ids()) == 2, "the conference's two speeches are listed"
