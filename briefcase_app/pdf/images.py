"""Images from the store in a PDF: scaled to the column, kept with their caption; one that
cannot be read prints as a framed note instead of stopping the export."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from .flowables import FramedText
from .styles import frame_size

#: an image is printed at this resolution when the column leaves room (never wider than it).
PRINT_DPI = 150
#: and never taller than this share of the page's text height.
MAX_HEIGHT_SHARE = 0.6
PHOTO_WIDTH = 32 * mm


class StoredImage(Flowable):
    """An image drawn from its reader: the PDF embeds each image once however often it is drawn."""

    def __init__(self, reader: ImageReader, width: float, height: float):
        super().__init__()
        self.reader, self.drawWidth, self.drawHeight = reader, width, height
        self.width, self.height = width, height
        self.hAlign = "CENTER"

    def wrap(self, aw, ah):
        return self.drawWidth, self.drawHeight

    # what ImageAndFlowables (a photo beside a biography) asks of an image
    def _restrictSize(self, aw, ah):
        if self.drawWidth > aw + 1e-3 or self.drawHeight > ah + 1e-3:
            self._old = self.drawWidth, self.drawHeight
            factor = min(aw / self.drawWidth, ah / self.drawHeight)
            self.drawWidth, self.drawHeight = self.drawWidth * factor, self.drawHeight * factor
        return self.drawWidth, self.drawHeight

    def _unRestrictSize(self):
        old = getattr(self, "_old", None)
        if old:
            self.drawWidth, self.drawHeight = old

    def draw(self):
        self.canv.drawImage(self.reader, 0, 0, self.drawWidth, self.drawHeight)


class ImageCache:
    """One ImageReader per attachment, so an image used twice is read (and embedded) once."""

    def __init__(self, images: dict[str, bytes]):
        self.images = images
        self._readers: dict[str, ImageReader | None] = {}

    def reader(self, sha: str) -> ImageReader | None:
        if sha not in self._readers:
            data = self.images.get(sha)
            try:
                self._readers[sha] = ImageReader(io.BytesIO(data)) if data else None
                if self._readers[sha] is not None:
                    self._readers[sha].getSize()
            except Exception:  # a damaged image is a pre-flight finding; here it is left out
                self._readers[sha] = None
        return self._readers[sha]

    def image(self, sha: str, width: float, max_height: float | None = None) -> StoredImage | None:
        """The image at most `width` wide (and `max_height` tall), or None if it cannot be read."""
        reader = self.reader(sha)
        if reader is None:
            return None
        w, h = reader.getSize()
        if not w or not h:
            return None
        natural = w * 72.0 / PRINT_DPI
        scale = min(width, natural) / w
        limit = max_height if max_height is not None else frame_size()[1] * MAX_HEIGHT_SHARE
        scale = min(scale, limit / h)
        return StoredImage(reader, w * scale, h * scale)


def figure(
    cache: ImageCache, sha: str, caption: Paragraph | None, missing: Paragraph, width: float
) -> list[Flowable]:
    """An image with its caption under it, on one page; `missing` (framed) when it cannot be read."""
    image = cache.image(sha, width) if sha else None
    if image is None:
        return [FramedText(missing), Spacer(1, 6)]
    parts: list[Flowable] = [Spacer(1, 4), image]
    if caption is not None:
        parts += [Spacer(1, 3), caption]
    return [KeepTogether(parts), Spacer(1, 6)]
