"""Line-level helpers shared by the plain-text parsers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Line:
    number: int  # 1-based
    start: int  # offset of the first character
    end: int  # offset of the line break (exclusive end of content)
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip(" \t"))

    def content_span(self, skip: int = 0) -> tuple[int, int]:
        """Offsets of the line's content from column ``skip``, whitespace trimmed."""
        body = self.text[skip:]
        lead = len(body) - len(body.lstrip())
        return self.start + skip + lead, self.start + len(self.text.rstrip())


def split_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    end = len(text) if end is None else end
    number = text.count("\n", 0, start) + 1
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        if pos == end and nl == -1 and pos != start:
            break
        yield Line(number, pos, stop, text[pos:stop])
        if nl == -1:
            break
        pos = nl + 1
        number += 1
