"""Issue 16: steering brief, contacts, scenario, delegation lists, photos and images kept in the
store, annexes; how they print, travel in bundles and go when deleted for good."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter

from briefcase_app.domain.attachments import LinkRole, markdown_reference
from briefcase_app.domain.kinds import KINDS, SECTION_KIND
from briefcase_app.domain.models import (
    Conference,
    Contact,
    Kind,
    Pack,
    PackSection,
    Person,
    Role,
    SectionKind,
    Speech,
    Summary,
)
from briefcase_app.services import attachments
from briefcase_app.services.attachments import AttachmentRefused
from briefcase_app.services.backups import Backups
from briefcase_app.services.demo import fill_demo
from briefcase_app.services.exchange import export_bundle, import_bundle
from briefcase_app.services.packs import assemble_pack, export_pack, find_pack, preflight
from briefcase_app.services.records import RecordService
from briefcase_app.store import Store

TODAY = dt.date(2012, 2, 10)


def png(seed: int, size=(120, 150)) -> bytes:
    image = Image.new("RGB", size, ((seed * 37) % 256, (seed * 91) % 256, (seed * 53) % 256))
    ImageDraw.Draw(image).text((10, 10), str(seed), fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def jpeg(seed: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (200, 100), (seed % 256, 80, 120)).save(out, "JPEG", quality=80)
    return out.getvalue()


def outline(reader: PdfReader) -> list[tuple[str, int]]:
    out = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append((item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    return out


def image_hashes(reader: PdfReader) -> list[str]:
    """What every image drawn on the pages looks like, page by page (decoded pixels' hash)."""
    found = []
    for page in reader.pages:
        for image in page.images:
            found.append(hashlib.sha256(image.image.tobytes()).hexdigest())
    return found


def export(store: Store, conference, path) -> PdfReader:
    export_pack(store, conference, path, today=TODAY)
    return PdfReader(path)


# ---- the registry ---------------------------------------------------------------------------
def test_every_kind_and_section_has_one_entry_in_the_registry():
    assert set(KINDS) == set(Kind)
    assert set(SECTION_KIND) == set(SectionKind)
    assert SECTION_KIND[SectionKind.SUMMARY] is Kind.SUMMARY
    assert list(SectionKind)[0] is SectionKind.SUMMARY  # the first section of a default pack


def test_a_facts_statement_is_checked_for_nul_like_every_text(records, demo):
    from briefcase_app.domain.errors import ValidationError
    from briefcase_app.domain.models import Fact
    from briefcase_app.domain.validation import validate

    with pytest.raises(ValidationError, match="NUL"):
        validate(Fact(statement="one\x00two", conference_id=demo.id))


# ---- the demo pack shows every part -------------------------------------------------------------
def test_demo_pack_has_brief_first_lists_contacts_scenario_photos_figure_and_annex(store, demo, tmp_path):
    reader = export(store, demo, tmp_path / "demo.pdf")
    entries = outline(reader)
    titles = [t for t, _ in entries]
    assert titles[:3] == ["Cover", "Contents", "1. Steering brief"]
    for title in ("3. Logistics and scenario", "Our delegation", "Counterparts and speakers", "5. Contacts"):
        assert title in titles
    # our delegation (its head first) before counterparts; people not interleaved
    people = titles[titles.index("Our delegation") :]
    assert people.index("Kairat Umarov") < people.index("Айгерим Сейткали") < people.index("Ban Ki-moon")
    annex_title, annex_page = entries[-1]
    assert annex_title == "Annex 1: Draft Joint Vienna Declaration"
    assert annex_page == len(reader.pages)  # a one-page annex, appended after the last section
    # the steering brief is one page: the next section starts on the page after it
    brief_page = dict(entries)["1. Steering brief"]
    assert dict(entries)["2. Programme"] == brief_page + 1
    # two photos and the figure, each drawn once
    assert len(image_hashes(reader)) == 3
    # the annex page carries the marking and the pack's page numbers
    last = reader.pages[-1].extract_text()
    total = len(reader.pages)
    assert "OFFICIAL-SENSITIVE" in last and f"Page {total} of {total}" in last
    assert "Annex 1: Draft Joint Vienna Declaration" in reader.pages[1].extract_text()  # contents
    total_form = reader.pages[1]["/Resources"]["/XObject"]["/FormXob.total"].get_object()
    assert f"({total})".encode() in total_form.get_data()  # "Page X of Y" counts the annex


def test_demo_pack_preflight_has_no_attachment_or_brief_findings(store, demo):
    pack = find_pack(store, demo, None)
    content, missing = assemble_pack(store, demo, pack, prepared=TODAY)
    rules = {f.rule.id for f in missing + preflight(content, today=TODAY)}
    assert not rules & {"bad_image", "bad_annex", "no_summary", "long_summary"}


def test_bundle_moves_the_conference_with_its_attachments_and_prints_the_same(store, demo, tmp_path):
    before = export(store, demo, tmp_path / "here.pdf")
    bundle = tmp_path / "paris.briefcase"
    export_bundle(store, bundle, demo.id)
    with Store.open(tmp_path / "fresh.db") as fresh:
        result = import_bundle(fresh, bundle)
        assert not result.problems
        moved = fresh.get(Kind.CONFERENCE, demo.id)
        assert len(fresh.attachment_info()) == 4  # two photos, the figure, the annex
        after = export(fresh, moved, tmp_path / "there.pdf")
    assert len(after.pages) == len(before.pages)
    assert outline(after) == outline(before)
    assert image_hashes(after) == image_hashes(before)
    # importing it again adds no second copy of anything
    with Store.open(tmp_path / "fresh.db") as fresh:
        import_bundle(fresh, bundle)
        assert len(fresh.attachment_info()) == 4
        assert len(fresh.attachment_links(None, LinkRole.PHOTO)) == 2


# ---- attachments: checked, deduplicated, never a path -----------------------------------------------
def test_fifty_photos_are_kept_once_each_and_printed(records, store, tmp_path):
    conf = records.store.insert(Conference(title="Fifty faces"))
    same = png(999)
    for n in range(50):
        person = Person(name=f"Person {n:02d}", position="Delegate")
        records.add_participant(conf.id, person, Role.DELEGATION_MEMBER if n % 2 else Role.COUNTERPART)
        attachments.attach(store, Kind.PERSON, person.id, png(n) if n < 40 else same, "p.png", photo=True)
    assert len(store.attachment_info()) == 41  # ten people share one photo
    assert len(store.attachment_links(None, LinkRole.PHOTO)) == 50
    reader = export(store, conf, tmp_path / "faces.pdf")
    drawn = image_hashes(reader)  # each image once per page it is on
    assert len(set(drawn)) == 41
    xobjects = set()
    for page in reader.pages:
        xobjects |= {im.indirect_reference.idnum for im in page.images if im.indirect_reference}
    assert len(xobjects) == 41  # each image embedded once however often it is drawn


def test_a_photo_replaces_the_previous_one(records, store):
    person = records.store.insert(Person(name="A. Person"))
    attachments.attach(store, Kind.PERSON, person.id, png(1), "one.png", photo=True)
    attachments.attach(store, Kind.PERSON, person.id, jpeg(2), "two.jpg", photo=True)
    links = store.attachment_links([person.id], LinkRole.PHOTO)
    assert [link.name for link in links] == ["two.jpg"]


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"GIF89a" + b"\x00" * 64, "not a PNG or JPEG"),
        (b"plain text, not an image", "not a PNG or JPEG"),
        (png(3)[:200], "not a PNG or JPEG image Briefcase can read"),
        (b"%PDF-1.7\n garbage", "damaged"),
    ],
)
def test_files_that_are_not_safe_images_or_pdfs_are_refused_with_a_reason(records, store, data, reason):
    person = records.store.insert(Person(name="B. Person"))
    conf = records.store.insert(Conference(title="C"))
    target = (Kind.CONFERENCE, conf.id) if data.startswith(b"%PDF") else (Kind.PERSON, person.id)
    with pytest.raises(AttachmentRefused, match=reason):
        attachments.attach(store, *target, data, "file")
    assert store.attachment_info() == {}


def test_an_image_over_the_pixel_limit_is_refused(monkeypatch):
    from briefcase_app.services import attachments as module

    monkeypatch.setattr(module, "MAX_IMAGE_PIXELS", 100 * 100)
    with pytest.raises(AttachmentRefused, match="pixels"):
        module.check_image(png(1, (200, 200)))


def test_an_encrypted_annex_is_refused(records, store):
    from briefcase_app.pdf.demo_annex import annex_pdf

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(annex_pdf("Secret", ("text",)))))
    writer.encrypt("pw", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    conf = records.store.insert(Conference(title="C"))
    with pytest.raises(AttachmentRefused, match="encrypted"):
        attachments.attach(store, Kind.CONFERENCE, conf.id, out.getvalue(), "secret.pdf")


def test_a_pdf_goes_to_a_conference_only(records, store):
    from briefcase_app.pdf.demo_annex import annex_pdf

    person = records.store.insert(Person(name="D. Person"))
    with pytest.raises(AttachmentRefused, match="conference"):
        attachments.attach(store, Kind.PERSON, person.id, annex_pdf("A", ("b",)), "a.pdf")


# ---- deleting for good ---------------------------------------------------------------------------
def test_deleting_for_good_erases_unshared_attachments_in_the_store_and_its_backups(store_path, tmp_path):
    with Store.open(store_path) as store:
        records = RecordService(store)
        conf = fill_demo(records)
        people = {p.name: p for _part, p in store.participants(conf.id)}
        umarov = people["Kairat Umarov"]
        shared = png(7)
        speech = store.list(Kind.SPEECH, conference_id=conf.id)[0]
        link, _ = attachments.attach(store, Kind.SPEECH, speech.id, shared, "chart.png")
        attachments.attach(store, Kind.PERSON, people["Ban Ki-moon"].id, shared, "chart.png")
        photo = store.attachment_links([umarov.id], LinkRole.PHOTO)[0].sha256
        photo_bytes = store.attachment_data(photo)
    backups = Backups(store_path)
    copy = backups.create("manual")
    with Store.open(store_path) as store:
        records = RecordService(store)
        records.delete(Kind.PERSON, umarov.id)
        records.delete(Kind.SPEECH, speech.id)
        erasure, _ = records.empty_trash(backups=backups)
        assert erasure.attachments == 1 and "1 attachment(s) nothing else used" in erasure.summary()
        kept = store.attachment_info()
        assert photo not in kept  # Umarov's photo: no one else uses it
        assert link.sha256 in kept  # Ban Ki-moon still has the chart
    with Store.open(copy) as old:
        assert photo not in old.attachment_info()
        assert link.sha256 in old.attachment_info()
    # no byte of the photo is left in the store file or in the rewritten backup
    for path in (store_path, copy):
        assert photo_bytes[60:260] not in path.read_bytes(), path


def test_an_image_a_text_still_shows_is_kept_when_its_link_goes(records, store):
    conf = records.store.insert(Conference(title="C"))
    speech = records.store.insert(Speech(title="S", conference_id=conf.id))
    link, _ = attachments.attach(store, Kind.SPEECH, speech.id, png(5), "x.png")
    other = Speech(title="T", conference_id=conf.id, body=markdown_reference(link.sha256, "x"))
    records.store.insert(other)
    records.delete(Kind.SPEECH, speech.id)
    records.empty_trash()
    assert link.sha256 in store.attachment_info()


# ---- what the pack prints, and the pre-flight ------------------------------------------------------
def test_two_hundred_contacts_never_break_a_phone_number_or_an_email(records, store, tmp_path):
    conf = records.store.insert(Conference(title="Contacts"))
    for n in range(200):
        contact = Contact(
            conference_id=conf.id,
            name=f"Liaison officer number {n} of the organising committee",
            role="Liaison officer, protocol department of the host ministry",
            phone=f"+43 1 {n:03d} {n * 7 % 10000:04d}-{n % 90 + 10}",
            email=f"liaison.officer.{n}@protocol-department.example.org",
            notes="Available day and night; speaks English, German and Russian.",
            position=n,
        )
        records.create(contact)
    records.store.insert(Pack(conference_id=conf.id, title="P", sections=[PackSection(SectionKind.CONTACTS)]))
    reader = export(store, conf, tmp_path / "contacts.pdf")
    lines = [line.strip() for page in reader.pages for line in page.extract_text().splitlines()]
    text = "\n".join(lines)
    for n in range(200):
        phone = f"+43 1 {n:03d} {n * 7 % 10000:04d}-{n % 90 + 10}"
        email = f"liaison.officer.{n}@protocol-department.example.org"
        assert any(phone in line for line in lines), phone
        assert any(email in line for line in lines), email
    assert text.count("@protocol-department.example.org") == 200


def test_a_missing_or_broken_image_is_a_finding_not_a_crash(records, store, tmp_path):
    conf = records.store.insert(Conference(title="Images"))
    good = attachments.check_image(png(1))
    body = (
        "Text.\n\n"
        + markdown_reference("0" * 64, "not there")
        + "\n\n"
        + markdown_reference(good.sha256, "ok")
    )
    speech = Speech(title="S", conference_id=conf.id, body=body, status="cleared")
    records.create(speech)
    store.put_attachment(good, png(1))
    person = Person(name="Broken photo")
    records.add_participant(conf.id, person, Role.COUNTERPART)
    # bytes that were a PNG once and are not any more (a damaged store page, say)
    broken = attachments.check_image(png(2))
    store.db.execute(
        "INSERT INTO attachments (sha256, mime, size, width, height, pages, data, created_at) VALUES (?,?,?,?,?,?,?,?)",
        [broken.sha256, broken.mime, 10, 1, 1, 0, b"\x89PNG broken", "2012"],
    )
    store.link_attachment(person.id, broken.sha256, LinkRole.PHOTO, "p.png")
    pack = find_pack(store, conf, None)
    content, missing = assemble_pack(store, conf, pack, prepared=TODAY)
    findings = [f for f in preflight(content, today=TODAY) if f.rule.id == "bad_image"]
    assert {f.item_id for f in findings} == {speech.id, person.id}
    reader = export(store, conf, tmp_path / "images.pdf")
    text = "".join(page.extract_text() for page in reader.pages)
    assert "not in the store, or unreadable" in text
    assert len(image_hashes(reader)) == 1


def test_no_brief_and_a_brief_over_one_page_are_findings(records, store):
    conf = records.store.insert(Conference(title="Briefs"))
    pack = find_pack(store, conf, None)
    content, _ = assemble_pack(store, conf, pack, prepared=TODAY)
    assert "no_summary" in {f.rule.id for f in preflight(content, today=TODAY)}
    long_text = "\n\n".join(
        "A paragraph of the recommended line that goes on and on. " * 8 for _ in range(14)
    )
    brief = Summary(conference_id=conf.id, purpose="Why we go.", body=long_text)
    records.create(brief)
    content, _ = assemble_pack(store, conf, pack, prepared=TODAY)
    found = [f for f in preflight(content, today=TODAY) if f.rule.id == "long_summary"]
    assert len(found) == 1 and found[0].item_id == brief.id and "pages" in found[0].message


# ---- the command line ----------------------------------------------------------------------------
def test_command_line_adds_the_parts_and_attaches_files(cli, tmp_path):
    db = tmp_path / "cli.db"
    photo = tmp_path / "face.png"
    photo.write_bytes(png(11))
    Store.open(db).close()
    assert cli("add", "conference", "--store", db, "--title", "Oslo talks").code == 0
    result = cli(
        "add",
        "person",
        "--store",
        db,
        "--name",
        "Ola Nordmann",
        "-c",
        "Oslo talks",
        "--photo",
        photo,
        "--json",
    )
    assert result.code == 0, result.err
    person = json.loads(result.out)
    for args in (
        ("add", "summary", "-c", "Oslo talks", "--purpose", "Talks.", "--wants", "A deal."),
        ("add", "contact", "-c", "Oslo talks", "--name", "Duty officer", "--phone", "+47 22 24 36 00"),
        ("add", "logistics", "-c", "Oslo talks", "--title", "Cars", "--starts-at", "2026-05-01 08:00"),
    ):
        result = cli(*args, "--store", db)
        assert result.code == 0, result.err
    figure = tmp_path / "figure.jpg"
    figure.write_bytes(jpeg(3))
    result = cli("attach", person["id"], figure, "--store", db)
    assert result.code == 0, result.err
    assert "attachment:" in result.out
    bad = tmp_path / "evil.svg"
    bad.write_text("<svg/>")
    result = cli("attach", person["id"], bad, "--store", db)
    assert result.code != 0 and "not a PNG or JPEG" in result.err
    listed = json.loads(cli("list", "attachments", "--store", db, "--json").out)
    assert sorted(a["role"] for a in listed) == ["image", "photo"]
    assert json.loads(cli("list", "contacts", "--store", db, "--json").out)[0]["phone"] == "+47 22 24 36 00"


def test_a_bundle_with_a_tampered_or_foreign_attachment_imports_the_rest(store, demo, tmp_path):
    import zipfile

    bundle = tmp_path / "paris.briefcase"
    export_bundle(store, bundle, demo.id)
    with zipfile.ZipFile(bundle) as archive:
        payload = json.loads(archive.read("bundle.json"))
        members = {name: archive.read(name) for name in archive.namelist() if name != "bundle.json"}
    entries = payload["attachments"]
    photo = next(e["sha256"] for e in entries if e["mime"] == "image/png" and e["width"] == 240)
    annex = next(e["sha256"] for e in entries if e["mime"] == "application/pdf")
    members[f"attachments/{photo}"] = png(77)  # other bytes under the photo's hash
    members[f"attachments/{annex}"] = b"GIF89a" + b"\0" * 40  # a GIF posing as the annex
    payload["attachment_links"].append({"item_id": demo.id, "sha256": photo, "role": "nonsense"})
    payload["attachment_links"].append({"item_id": ["not", "an", "id"], "sha256": photo, "role": "image"})
    tampered = tmp_path / "tampered.briefcase"
    with zipfile.ZipFile(tampered, "w") as archive:
        archive.writestr("bundle.json", json.dumps(payload))
        for name, data in members.items():
            archive.writestr(name, data)
    with Store.open(tmp_path / "fresh.db") as fresh:
        result = import_bundle(fresh, tampered)
        assert any("do not match its hash" in p for p in result.problems)
        assert any(annex[:12] in p for p in result.problems)
        assert fresh.find(Kind.CONFERENCE, demo.id) is not None  # the records came in
        kept = fresh.attachment_info()
        assert photo not in kept and annex not in kept and len(kept) == 2
