"""Readers never fail with anything but a ReadError, whatever bytes a file holds."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefcase_app.services.readers import Document, ReadError, read_document, read_manifest

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".md", ".docx", ".pdf"]))
def test_random_bytes_are_read_or_refused(data, suffix):
    try:
        doc = read_document(Path("x" + suffix), data)
    except ReadError as e:
        assert str(e)
    else:
        assert isinstance(doc, Document) and doc.body == doc.body.strip("\ufeff")


@FUZZ
@given(prefix=st.sampled_from([b"PK\x03\x04", b"%PDF-1.4\n", b"---\n"]), data=st.binary(max_size=1000))
def test_plausible_headers_with_garbage_are_read_or_refused(prefix, data):
    for suffix in (".docx", ".pdf", ".md"):
        try:
            read_document(Path("x" + suffix), prefix + data)
        except ReadError:
            pass


@FUZZ
@given(text=st.text(max_size=500))
def test_any_text_decodes_to_itself_normalised(text):
    import unicodedata

    try:
        doc = read_document(Path("x.txt"), text.encode("utf-8"))
    except ReadError:
        return
    expected = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    assert doc.body == expected


@FUZZ
@given(data=st.binary(max_size=1000) | st.text(max_size=500).map(str.encode))
def test_random_manifests_never_raise(data):
    manifest = read_manifest(data)
    assert isinstance(manifest.problems, list)
