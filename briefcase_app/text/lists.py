"""Nested Markdown lists indented by 2 or 3 spaces, re-indented to the 4 python-markdown needs."""

from __future__ import annotations

import re

_ITEM = re.compile(r"^( *)([-*+]|\d{1,9}[.)])( +|$)")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def normalise_list_indents(text: str) -> str:
    """Each list item one level deeper than its parent by 4 spaces, whatever the writer used
    (2, 3 or 4); lines continuing an item move with it. Text outside lists is unchanged."""
    if "\n " not in text:
        return text
    out: list[str] = []
    stack: list[tuple[int, int]] = []  # (indent as written, indent given) of open items
    fenced = False
    for line in text.split("\n"):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if not stripped:
            out.append(line)
            continue
        if _FENCE.match(line) and not stack:
            fenced = not fenced
        if fenced and not stack:
            out.append(line)
            continue
        m = _ITEM.match(line)
        if m:
            while stack and stack[-1][0] >= indent:
                stack.pop()
            given = stack[-1][1] + 4 if stack else 0
            if not stack and indent >= 4:  # an indented code block, not a list
                out.append(line)
                continue
            stack.append((indent, given))
            out.append(" " * given + stripped)
        elif stack and indent > 0:
            while len(stack) > 1 and stack[-1][0] >= indent:
                stack.pop()
            written, given = stack[-1]
            out.append(" " * max(0, indent - written + given) + stripped)
        else:
            if indent == 0 and out and not out[-1].strip():
                stack.clear()
            out.append(line)
    return "\n".join(out)
