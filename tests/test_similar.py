"""Similar material: the past items that share an item's most distinctive words."""

from __future__ import annotations

import pytest

from briefcase_app.domain.errors import NotFoundError, ValidationError
from briefcase_app.domain.models import Fact, Kind, Speech, TalkingPoint
from briefcase_app.services.similar import distinctive_terms


def test_distinctive_terms_prefer_rare_words():
    df = {"precursor": 3, "chemicals": 4, "kazakhstan": 40, "control": 50}.get
    terms = distinctive_terms("Precursor chemicals", "Kazakhstan control of precursor chemicals.",
                              lambda w: df(w, 2), 100)  # fmt: skip
    assert terms[:2] == ["precursor", "chemicals"]


def test_similar_finds_the_same_subject(records, search):
    draft = Speech(title="Precursor chemicals in Central Asia",
                   body="Diversion of precursor chemicals; acetic anhydride seizures; customs exchange.")  # fmt: skip
    old_point = TalkingPoint(
        topic="Acetic anhydride", body="Seizures of acetic anhydride and other precursor chemicals."
    )
    old_fact = Fact(statement="Customs seized 40 tonnes of acetic anhydride in 2011.")
    unrelated = [
        TalkingPoint(topic=f"Youth {i}", body="Youth sport and culture exchange programmes.")
        for i in range(5)
    ]
    for item in (draft, old_point, old_fact, *unrelated):
        records.create(item)
    result = search.similar("speech", draft.id)
    found = [h.id for h in result.hits]
    assert found[:2] and set(found[:2]) == {old_point.id, old_fact.id}
    assert draft.id not in found
    assert "anhydride" in result.query


def test_similar_on_demo(demo, records, search):
    point = next(p for p in records.list(Kind.POINT) if p.topic == "Precursor chemicals")
    result = search.similar(Kind.POINT, point.id, limit=5)
    assert result.hits
    assert any("precursor" in h.title.lower() or "precursor" in h.snippet.lower() for h in result.hits[:3])


def test_similar_errors(demo, search):
    with pytest.raises(NotFoundError):
        search.similar("speech", "no-such-id")
    with pytest.raises(ValidationError):
        search.similar("person", "x")
