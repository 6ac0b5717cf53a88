"""Render resources/icons/briefcase.svg to the PNG sizes, a Windows .ico and a macOS .icns.

    .venv/bin/python packaging/make_icons.py

The outputs are committed (the wheel and the frozen build copy them as they are); run this again
only after changing the SVG. Qt's SVG renderer (offscreen, no display needed) draws each size
from the vector, so small sizes are not blurred down-scales; Pillow writes .ico and .icns.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "briefcase.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int) -> bytes:
    """The SVG drawn at size x size, as PNG bytes (transparent corners)."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    images = {
        size: Image.open(io.BytesIO(render(size))).convert("RGBA") for size in set(PNG_SIZES + ICNS_SIZES)
    }
    for size in PNG_SIZES:
        images[size].save(ICONS / f"briefcase-{size}.png", optimize=True)
    largest = images[max(ICO_SIZES)]
    largest.save(
        ICONS / "briefcase.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    images[1024].save(ICONS / "briefcase.icns", append_images=[images[s] for s in ICNS_SIZES[:-1]])
    print(f"wrote {len(PNG_SIZES)} PNGs, briefcase.ico and briefcase.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
