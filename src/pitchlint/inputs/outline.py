"""Outline parsing: Markdown (headings, nested and numbered lists, YAML front
matter), Marp and reveal.js decks (slides separated by ``---``, speaker notes
after ``Note:`` or in HTML comments), and plain numbered or indented text.
All become ordered slides of title, bullet and note blocks."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from pitchlint.inputs.lines import Line, split_lines
from pitchlint.inputs.message import Block, BlockKind, MakeBuilder, TextBuilder, make_block

_MD = MarkdownIt("commonmark")
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_ASIDE_NOTES = re.compile(r"<aside\s+class=[\"']notes[\"']\s*>(.*?)</aside>", re.DOTALL | re.I)
_SEPARATOR = re.compile(r"^(?:---+|\*\*\*+|___+|--)[ \t]*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_NOTE_LINE = re.compile(r"^(?:Note|Notes|Muistiinpanot|Puhujan muistiinpanot)\s*:[ \t]*", re.I)
_MARP = re.compile(r"^marp\s*:\s*true\s*$", re.M | re.I)
_REVEAL_HINT = re.compile(r"^(?:revealOptions|reveal|separator|theme)\s*:", re.M)
# Marp directives (``<!-- _class: lead -->``) and reveal attributes are no notes.
_DIRECTIVE = re.compile(
    r"^\s*(?:_?(?:theme|style|headingDivider|size|math|title|author|description|keywords|url|"
    r"image|marp|paginate|header|footer|class|backgroundColor|backgroundImage|"
    r"backgroundPosition|backgroundRepeat|backgroundSize|color|transition|lang)\s*:.*"
    r"|\.(?:slide|element)\s*:.*|fit|pitchlint:.*)\s*$",
    re.DOTALL,
)
_LIST_MARKER = re.compile(r"^\s*(?:[-*+•–]|\d{1,2}[.)])\s+")


def parse_markdown_outline(text: str, make: MakeBuilder) -> list[Block]:
    """A Markdown outline or deck.

    A deck (Marp front matter ``marp: true``, reveal.js ``Note:`` lines or
    options, or ``---`` lines between blank lines) is split into slides at its
    separators; in other Markdown every heading starts a slide.
    """
    # markdown-it counts a bare "\r" as a line break and our line index does not:
    # parse a same-length view with "\n" only (found by fuzzing: text "\r0").
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    offset = 0
    front = ""
    if m := FRONT_MATTER.match(text):
        offset, front = m.end(), m.group()
    separators = _separators(text, offset)
    deck = bool(_MARP.search(front) or _REVEAL_HINT.search(front))
    deck = deck or any(_NOTE_LINE.match(ln.text) for ln in split_lines(text, offset))
    deck = deck or any(blank_before for _, _, blank_before in separators)
    if not deck:
        return _markdown_blocks(text, make, offset, len(text), slide=0, by_heading=True)
    blocks: list[Block] = []
    slide = 0
    bounds = [offset, *(s for s, _, _ in separators), len(text)]
    starts = [offset, *(e for _, e, _ in separators)]
    for start, end in zip(starts, bounds[1:], strict=True):
        if not text[start:end].strip():
            continue
        content_end, notes_start = end, end
        for line in split_lines(text, start, end):
            if nm := _NOTE_LINE.match(line.text):
                content_end, notes_start = line.start, line.start + nm.end()
                break
        found = _markdown_blocks(text, make, start, content_end, slide=slide, by_heading=False)
        found.extend(_comment_notes(text, make, start, content_end, slide))
        found.extend(_note_blocks(text, make, notes_start, end, slide))
        if found:
            blocks.extend(found)
            slide += 1
    return blocks


def _separators(text: str, start: int) -> list[tuple[int, int, bool]]:
    """Slide separator lines outside code fences: (start, end past the newline,
    preceded by a blank line or the start)."""
    out: list[tuple[int, int, bool]] = []
    fence: str | None = None
    prev_blank = True
    for line in split_lines(text, start):
        if fm := _FENCE.match(line.text):
            fence = None if fence == fm.group(1) else (fence or fm.group(1))
        elif fence is None and _SEPARATOR.match(line.text):
            out.append((line.start, min(line.end + 1, len(text)), prev_blank))
        prev_blank = line.blank
    return out


def _markdown_blocks(
    text: str, make: MakeBuilder, start: int, end: int, *, slide: int, by_heading: bool
) -> list[Block]:
    """Blocks of ``text[start:end]`` parsed as Markdown. With ``by_heading``,
    every heading starts a new slide (counted from ``slide``)."""
    line_starts = [start]
    for line in split_lines(text, start, end):
        line_starts.append(line.end + 1)
    tokens = _MD.parse(text[start:end])
    blocks: list[Block] = []
    current = slide - 1 if by_heading else slide
    list_depth = 0
    heading = False
    for tok in tokens:
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif tok.type == "heading_open":
            heading = True
            if by_heading:
                current += 1
        elif tok.type == "heading_close":
            heading = False
        elif tok.type == "inline" and tok.map is not None:
            current = max(current, slide)
            first = line_starts[min(tok.map[0], len(line_starts) - 1)]
            last = min(line_starts[min(tok.map[1], len(line_starts) - 1)] - 1, end)
            builder = make()
            _inline_text(text, tok, first, max(last, first), builder)
            if len(builder):
                kind = BlockKind.TITLE if heading else BlockKind.BULLET
                blocks.append(make_block(builder, kind, current, max(0, list_depth - 1)))
    return blocks


def _inline_text(source: str, tok: Token, start: int, end: int, builder: TextBuilder) -> None:
    """Copy the visible text of an inline token, markup dropped, offsets kept."""
    cursor = start
    for child in tok.children or []:
        if child.type in ("text", "code_inline"):
            piece = child.content
            if not piece:
                continue
            found = source.find(piece, cursor, end + 1)
            if found == -1:  # escaped characters etc.: map the piece onto what is left
                builder.put(piece, cursor, max(cursor, end))
                continue
            builder.copy(found, found + len(piece))
            cursor = found + len(piece)
        elif child.type in ("softbreak", "hardbreak"):
            nl = source.find("\n", cursor, end + 1)
            if nl != -1:
                builder.put("\n", nl, nl + 1)
                cursor = nl + 1
        elif child.type == "html_inline" and _COMMENT.fullmatch(child.content):
            found = source.find(child.content, cursor, end + 1)
            if found != -1:
                cursor = found + len(child.content)


def _comment_notes(text: str, make: MakeBuilder, start: int, end: int, slide: int) -> list[Block]:
    """Speaker notes in HTML comments (Marp) and ``<aside class="notes">`` (reveal.js)."""
    blocks: list[Block] = []
    chunk = text[start:end]
    for pattern in (_COMMENT, _ASIDE_NOTES):
        for m in pattern.finditer(chunk):
            if pattern is _COMMENT and _DIRECTIVE.fullmatch(m.group(1)):
                continue
            blocks.extend(_note_blocks(text, make, start + m.start(1), start + m.end(1), slide))
    return blocks


def _note_blocks(text: str, make: MakeBuilder, start: int, end: int, slide: int) -> list[Block]:
    """Notes text: paragraphs (consecutive lines) and list items, one block each."""
    blocks: list[Block] = []
    group: list[tuple[int, int]] = []

    def flush() -> None:
        if group:
            builder = make()
            for n, (s, e) in enumerate(group):
                if n:
                    builder.put("\n", s - 1, s)
                builder.copy(s, e)
            blocks.append(make_block(builder, BlockKind.NOTE, slide))
            group.clear()

    for line in split_lines(text, start, end):
        if line.blank or _inside_tag(line):
            flush()
            continue
        marker = _LIST_MARKER.match(line.text)
        if marker:
            flush()
        s, e = line.content_span(marker.end() if marker else 0)
        if e > s:
            group.append((s, e))
        if marker:
            flush()
    flush()
    return blocks


def _inside_tag(line: Line) -> bool:
    stripped = line.text.strip()
    return stripped.startswith("<") and stripped.endswith(">") and "</" not in stripped[1:-1]


# --- plain text ---------------------------------------------------------------------------

_NUMBERED = re.compile(r"^(?P<marker>\d{1,2}[.)]|[IVX]{1,4}[.)])\s+")
_SUB = re.compile(r"^(?P<marker>[-*•–]|[a-zåäö][.)]|\d{1,2}\.\d{1,2}\.?|\d{1,2}[.)])\s+")


def parse_plain_outline(text: str, make: MakeBuilder) -> list[Block]:
    """Top-level numbered lines start slides; indented or marked lines are bullets.

    Without numbered top-level lines, an indented outline is read by its
    indentation: each least-indented unmarked line followed by more-indented
    lines starts a slide.
    """
    lines = [
        ln for ln in split_lines(text) if not ln.blank and not ln.text.lstrip().startswith("<!--")
    ]
    numbered = [ln for ln in lines if _NUMBERED.match(ln.text.lstrip(" \t"))]
    if not numbered and lines:
        return _indented_outline(lines, make)
    blocks: list[Block] = []
    slide = -1
    base_indent: int | None = None
    for line in lines:
        stripped = line.text.lstrip(" \t")
        top = _NUMBERED.match(stripped)
        if base_indent is None and top:
            base_indent = line.indent
        if top and line.indent <= (base_indent or 0):
            slide += 1
            span = line.content_span(line.indent + top.end())
            blocks.append(make_block(make().copy(*span), BlockKind.TITLE, slide))
            continue
        if slide < 0:  # text before the first numbered line: the deck title
            slide = 0
            blocks.append(make_block(make().copy(*line.content_span()), BlockKind.TITLE, slide))
            continue
        sub = _SUB.match(stripped)
        skip = line.indent + (sub.end() if sub else 0)
        level = max(0, (line.indent - (base_indent or 0)) // 2 - 1) if line.indent else 0
        blocks.append(
            make_block(make().copy(*line.content_span(skip)), BlockKind.BULLET, slide, level)
        )
    return blocks


def _indented_outline(lines: list[Line], make: MakeBuilder) -> list[Block]:
    base = min(ln.indent for ln in lines)
    indents = sorted({ln.indent for ln in lines if ln.indent > base})
    blocks: list[Block] = []
    slide = -1
    for n, line in enumerate(lines):
        stripped = line.text.lstrip(" \t")
        sub = _SUB.match(stripped)
        nxt = lines[n + 1] if n + 1 < len(lines) else None
        heads = line.indent == base and not sub and (nxt is None or nxt.indent > base)
        if heads or slide < 0:
            slide += 1
            skip = line.indent + (sub.end() if sub else 0)
            blocks.append(make_block(make().copy(*line.content_span(skip)), BlockKind.TITLE, slide))
            continue
        level = indents.index(line.indent) if line.indent in indents else 0
        skip = line.indent + (sub.end() if sub else 0)
        blocks.append(
            make_block(make().copy(*line.content_span(skip)), BlockKind.BULLET, slide, level)
        )
    return blocks
