"""The Export actions: Ctrl+E exports the open pack (or the conference's first pack);
Ctrl+Shift+E a reading copy of the open speech, laid out in a worker with its own Store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ..domain.models import Kind
from . import plain
from .i18n import translate


def export_pack_action(w) -> None:
    panel = w.editor
    if panel.kind is not Kind.PACK:
        target = w.navigator.current_target()
        conference_id = target.conference_id if target else None
        if conference_id is None and panel.item_id and panel.kind is not None and w.records:
            record = w.records.find(panel.kind, panel.item_id)
            conference_id = getattr(record, "conference_id", None)
        packs = (
            w.records.items(Kind.PACK, conference_id=conference_id, limit=1)
            if conference_id and w.records
            else []
        )
        if not packs:
            plain.information(
                w,
                "Briefcase",
                translate(
                    "Export", "Open a pack first (a conference's Packs), or create one with Ctrl+N there."
                ),
            )
            return
        w.open_item(Kind.PACK, packs[0].id)
    editor = panel.current_editor
    if panel.kind is Kind.PACK and editor is not None and editor.extension is not None:
        editor.extension.export()


def export_speech_action(w) -> None:
    panel = w.editor
    if panel.kind is not Kind.SPEECH or w.session is None:
        plain.information(
            w,
            "Briefcase",
            translate("Export", "Open a speech first: its reading copy is exported from its editor."),
        )
        return
    from .pack_export import export_folder, safe_name  # reportlab loads on first export, not at start

    panel.save(switching=True)
    speech = w.records.get(Kind.SPEECH, panel.item_id)
    start = export_folder(w) / f"{safe_name(speech.title)}-reading-copy.pdf"
    path, _f = QFileDialog.getSaveFileName(
        w, translate("Export", "Export reading copy"), str(start), translate("Export", "PDF (*.pdf)")
    )
    if not path:
        return
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    w.settings.qsettings.setValue("window/last_export_dir", str(target.parent))
    prefs, store_path, speech_id = w.settings.prefs, w.session.path, speech.id
    marking, font, rate = prefs.default_marking, prefs.pdf_font or None, prefs.speaking_rate

    def work(progress, cancelled) -> Path:
        from ..services.collection import open_store
        from ..services.exporting import export_speech

        store = open_store(store_path, create=False, check=False)  # this thread's own connection
        try:
            return export_speech(
                store,
                speech_id,
                target,
                reading_copy=True,
                default_marking=marking,  # the pack's marking comes first
                font=font,
                words_per_minute=rate,
                progress=progress,
                cancel=cancelled,
            )
        finally:
            store.close()

    from .export_runner import ExportOp

    ExportOp(w, "speech", (store_path, speech_id, target, marking, font, rate), fallback=work).with_progress(
        translate("Export", "Exporting reading copy")
    ).run_in_background()
