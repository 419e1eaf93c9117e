"""The message model: one representation for e-mails and outlines.

Every parser produces a :class:`Message`: the original text kept exactly, and
ordered :class:`Block` objects. A block's ``text`` is what the language layer
reads (markup removed, merge tags replaced by a neutral stand-in); its
``source_map`` maps every position of that text back to the original input,
so every finding points into what the user wrote.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

MessageKind = Literal["email", "outline"]


class BlockKind(StrEnum):
    SUBJECT = "subject"
    GREETING = "greeting"
    PARAGRAPH = "paragraph"
    CLOSING = "closing"
    SIGNATURE = "signature"
    TITLE = "title"  # an outline's deck title or a slide title
    BULLET = "bullet"
    NOTE = "note"  # speaker notes


@dataclass(frozen=True, slots=True)
class Run:
    """``length`` characters of block text starting at ``text_start`` come from
    ``orig_start``..``orig_end`` of the input. An exact run is a verbatim copy
    (``orig_end - orig_start == length``); an inexact one (a decoded header, a
    merge-tag stand-in) maps all its characters onto the whole original range.
    """

    text_start: int
    length: int
    orig_start: int
    orig_end: int

    @property
    def exact(self) -> bool:
        return self.orig_end - self.orig_start == self.length


@dataclass(frozen=True, slots=True)
class SourceMap:
    runs: tuple[Run, ...]
    # the runs' text starts, for bisection: every word maps two offsets
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(r.text_start for r in self.runs))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a text range to an input range."""
        runs = self.runs
        if len(runs) == 1 and runs[0].exact:  # the common case: one verbatim copy
            run = runs[0]
            base, length = run.orig_start - run.text_start, run.length
            lo = run.text_start
            return (
                base + max(lo, min(start, lo + length)),
                base + max(lo, min(end, lo + length)),
            )
        return self.to_source(start), self.to_source(end, end=True)

    def to_source(self, pos: int, *, end: bool = False) -> int:
        """Map a text offset to an input offset. ``end=True`` maps an exclusive end."""
        if not self.runs:
            return 0
        i = bisect.bisect_right(self._starts, pos - 1 if end and pos > 0 else pos) - 1
        run = self.runs[max(i, 0)]
        rel = pos - run.text_start
        if run.exact:
            return run.orig_start + max(0, min(rel, run.length))
        if end:
            return run.orig_end if rel > 0 else run.orig_start
        return run.orig_start if rel < run.length else run.orig_end


class TextBuilder:
    """Builds a block's text from slices of the input and synthetic pieces."""

    def __init__(
        self, source: str, placeholders: list[Placeholder] | None = None, stand_in: str = ""
    ) -> None:
        self._source = source
        self._tags = placeholders or []
        self._stand_in = stand_in
        self._parts: list[str] = []
        self._runs: list[Run] = []
        self._len = 0

    def copy(self, start: int, end: int) -> TextBuilder:
        """Append ``source[start:end]``; merge tags inside become the stand-in."""
        pos = start
        for tag in self._tags:
            if tag.end <= pos or tag.start < start:
                continue
            if tag.start >= end:
                break
            if tag.start > pos:
                self._append(self._source[pos : tag.start], pos, tag.start)
            tag_end = min(tag.end, end)
            if tag.kind == "choice" and tag_end == tag.end:  # spintax: its first option, exactly
                first = tag.text[1:-1].split("|", 1)[0]
                self._append(first, tag.start + 1, tag.start + 1 + len(first))
            else:
                stand_in = self._stand_in or self._source[tag.start : tag_end]
                self._append(stand_in, tag.start, tag_end)
            pos = tag_end
        if end > pos:
            self._append(self._source[pos:end], pos, end)
        return self

    def put(self, text: str, orig_start: int, orig_end: int) -> TextBuilder:
        """Append ``text`` standing for ``source[orig_start:orig_end]``."""
        if text:
            self._append(text, orig_start, orig_end)
        return self

    def _append(self, text: str, orig_start: int, orig_end: int) -> None:
        self._runs.append(Run(self._len, len(text), orig_start, orig_end))
        self._parts.append(text)
        self._len += len(text)

    def __len__(self) -> int:
        return self._len

    def build(self) -> tuple[str, SourceMap]:
        return "".join(self._parts), SourceMap(tuple(self._runs))


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str
    source_map: SourceMap
    slide: int | None = None  # outlines: 0-based slide index; e-mails: None
    level: int = 0  # bullet nesting depth

    @property
    def start(self) -> int:
        return self.source_map.to_source(0)

    @property
    def end(self) -> int:
        return self.source_map.to_source(len(self.text), end=True)


@dataclass(frozen=True, slots=True)
class Placeholder:
    """A template merge tag found in the input, e.g. ``{{etunimi}}``.

    ``kind`` is ``field`` (filled with a value: a stand-in name for the language
    layer), ``block`` (``{% if %}``, ``{{#if}}``, ``*|END:IF|*``: hidden from the
    language layer), ``comment`` (``{# #}``: hidden) or ``choice`` (spintax: the
    language layer reads its first option). ``name`` is the field's name
    (``contact.firstname``) or a block's keyword (``if``, ``endif``).
    """

    start: int
    end: int
    text: str
    dialect: str
    kind: str = "field"
    name: str = ""
    args: str = ""  # a block's expression ("yritys" in {% if yritys %})


@dataclass(frozen=True, slots=True)
class TemplateSpec:
    """Template mode: merge tags are expected. ``fields`` (when given) are the
    only field names the template may use."""

    fields: tuple[str, ...] | None = None


@dataclass(slots=True)
class Message:
    kind: MessageKind
    source: str
    blocks: list[Block]
    path: str | None = None
    placeholders: list[Placeholder] = field(default_factory=list)
    # rule id -> None (whole message) or the set of 1-based lines it is disabled on
    suppressions: dict[str, set[int] | None] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # e.g. how the input was decoded
    template: TemplateSpec | None = None  # set in --template mode
    # Spans of ``source`` the language layer does not see: e-mail headers other
    # than the subject, quoted replies, signatures, suppression directives.
    hidden: list[tuple[int, int]] = field(default_factory=list)
    body_start: int = 0  # .eml: where the body starts in ``source`` (after the headers)
    origin: str = "text"  # "text", "eml", "html" or "pptx": what ``source`` is
    recipients: list[str] = field(default_factory=list)  # .eml: display names in To and Cc

    def slides(self) -> list[list[Block]]:
        """Blocks grouped by slide, in order (outlines)."""
        grouped: dict[int, list[Block]] = {}
        for block in self.blocks:
            grouped.setdefault(block.slide if block.slide is not None else 0, []).append(block)
        return [grouped[k] for k in sorted(grouped)]


MakeBuilder = Callable[[], TextBuilder]


def make_block(
    builder: TextBuilder, kind: BlockKind, slide: int | None = None, level: int = 0
) -> Block:
    text, smap = builder.build()
    return Block(kind, text, smap, slide, level)
