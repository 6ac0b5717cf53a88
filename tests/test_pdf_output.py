"""Writing PDFs: private temporary file renamed into place, cancel, progress, AES-256."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from pypdf import PdfReader

from briefcase_app.pdf.content import ExportCancelled
from briefcase_app.pdf.markdown_doc import export_markdown
from briefcase_app.pdf.output import OutputError, write_atomically
from briefcase_app.services.packs import assemble_pack, find_pack, render_pack

BIG = "| a | b |\n|---|---|\n" + "".join(f"| {i} | {i} |\n" for i in range(3000))


def test_file_is_private_and_replaces_the_old_one(tmp_path):
    target = tmp_path / "doc.pdf"
    target.write_bytes(b"old")
    old_umask = os.umask(0)
    try:
        export_markdown("# New", target)
    finally:
        os.umask(old_umask)
    assert target.read_bytes().startswith(b"%PDF")
    assert os.stat(target).st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.pdf"]


def test_an_error_while_writing_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "doc.pdf"
    target.write_bytes(b"old")

    def fail(handle):
        handle.write(b"%PDF-partial")
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        write_atomically(target, fail)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.pdf"]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(OutputError, match="does not exist"):
        export_markdown("x", tmp_path / "nope" / "doc.pdf")


def test_cancel_stops_the_export_and_writes_nothing(tmp_path):
    target = tmp_path / "big.pdf"
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 20

    with pytest.raises(ExportCancelled):
        export_markdown(BIG, target, cancel=cancel)
    assert list(tmp_path.iterdir()) == []


def test_pack_progress_rises_to_one_and_cancel_works(records, demo, tmp_path):
    content, _ = assemble_pack(records.store, demo, find_pack(records.store, demo, None))
    seen: list[float] = []
    render_pack(content, tmp_path / "p.pdf", progress=seen.append)
    assert seen and seen == sorted(seen) and seen[-1] == pytest.approx(1.0)
    with pytest.raises(ExportCancelled):
        render_pack(content, tmp_path / "c.pdf", cancel=lambda: True)
    assert not (tmp_path / "c.pdf").exists()


def test_password_encrypts_with_aes_256(records, demo, tmp_path):
    content, _ = assemble_pack(records.store, demo, find_pack(records.store, demo, None))
    path = render_pack(content, tmp_path / "secret.pdf", password="s3cret é")
    reader = PdfReader(path)
    assert reader.is_encrypted
    assert reader.decrypt("wrong") == 0
    reader = PdfReader(path)
    assert reader.decrypt("s3cret é") != 0
    assert "Third Ministerial Conference" in reader.pages[0].extract_text()
    assert reader.trailer["/Encrypt"]["/V"] == 5  # AES-256
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")) == ["secret.pdf"]


@pytest.mark.slow  # kills a process mid-export
def test_a_kill_mid_export_never_leaves_a_half_written_pdf(tmp_path):
    target = tmp_path / "big.pdf"
    target.write_bytes(b"old")
    script = (
        "import sys; from briefcase_app.pdf.markdown_doc import export_markdown\n"
        "export_markdown(sys.stdin.read(), sys.argv[1])\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(target)], stdin=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    proc.stdin.write((BIG * 3).encode())
    proc.stdin.close()
    deadline = time.monotonic() + 30
    while not any(p.suffix == ".part" for p in tmp_path.iterdir()):
        assert time.monotonic() < deadline and proc.poll() is None, "export did not start writing"
        time.sleep(0.02)
    time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert target.read_bytes() == b"old"
