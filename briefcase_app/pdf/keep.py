"""Headings kept with what follows them: no heading at a page foot, none parted from the next."""

from __future__ import annotations

from reportlab.platypus import ActionFlowable, CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

#: what wrap() answers so the frame always asks to split (as reportlab's KeepTogether does).
#: page breaks and template switches: headings before one are moved after it.
_BREAKS = (ActionFlowable, PageBreak)
_ALWAYS_SPLIT = 0xFFFFFF


def keep(flowable: Flowable) -> Flowable:
    """Mark a flowable (a heading, a summary line under it) to stay with the next one."""
    flowable._bc_keep = True
    return flowable


def kept(flowable) -> bool:
    return getattr(flowable, "_bc_keep", False)


def group_headings(story: list) -> list:
    """The story with each run of kept flowables (and spacers between them) joined to the
    flowable after it in a KeepWithNext."""
    out: list = []
    heads: list = []
    for flowable in story:
        if kept(flowable) or (heads and isinstance(flowable, (Spacer, CondPageBreak))):
            if not isinstance(flowable, CondPageBreak):
                heads.append(flowable)
            continue
        if heads:
            if isinstance(flowable, _BREAKS):  # a page break: the headings go after it
                out.append(flowable)
                continue
            out.append(KeepWithNext(heads, flowable))
            heads = []
        else:
            out.append(flowable)
    return out + heads


class KeepWithNext(Flowable):
    """Headings and the start of the flowable after them, on one page: either the headings
    and at least the first lines (or table rows) of what follows fit here, or all of it
    moves to the next page. Nothing is ever dropped: at the top of a page it always lays out."""

    def __init__(self, heads: list, follower: Flowable):
        super().__init__()
        self.heads, self.follower = heads, follower

    def wrap(self, aw, ah):
        self.width = aw
        return aw, _ALWAYS_SPLIT

    def getSpaceBefore(self):
        return self.heads[0].getSpaceBefore()

    def split(self, aw, ah):
        everything = [*self.heads, self.follower]
        frame = getattr(self, "_frame", None)
        at_top = getattr(frame, "_atTop", False) or getattr(self, "_postponed", False)
        canv = getattr(self, "canv", None)
        for flowable in everything:
            flowable.canv = canv  # some flowables (KeepTogether) measure with the canvas
        used = 0.0
        for i, head in enumerate(self.heads):
            _, h = head.wrap(aw, ah)
            used += h + head.getSpaceAfter() + (head.getSpaceBefore() if i else 0)
        room = ah - used - self.follower.getSpaceBefore()
        if room <= 0:
            return everything if at_top else []
        _, h = self.follower.wrap(aw, room)
        if isinstance(self.follower, KeepTogether):
            h = self.follower._H  # its wrap() answers "too tall" to be asked to split
        if h <= room:
            return everything
        if isinstance(self.follower, KeepTogether) and not _taller_than_page(self.follower, frame):
            return everything if at_top else []
        parts = self.follower.split(aw, room)
        if parts and not isinstance(parts[0], ActionFlowable):
            return [*self.heads, *parts]
        return everything if at_top else []

    def draw(self):  # never drawn itself: split() always hands its parts to the frame
        pass


def _taller_than_page(flowable: KeepTogether, frame) -> bool:
    if frame is None:
        return True
    height = frame._height - frame._topPadding - frame._bottomPadding
    _, h = flowable.wrap(frame._width, height)
    return getattr(flowable, "_H", h) > height
