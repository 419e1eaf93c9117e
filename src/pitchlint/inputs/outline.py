"""Outline parsing: Markdown (headings, nested and numbered lists) and plain
numbered/indented text. Both become ordered slides of title and bullet blocks."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from pitchlint.inputs.lines import split_lines
from pitchlint.inputs.message import Block, BlockKind, MakeBuilder, TextBuilder, make_block

_MD = MarkdownIt("commonmark")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def parse_markdown_outline(text: str, make: MakeBuilder) -> list[Block]:
    """Every heading starts a slide; paragraphs and list items are its bullets."""
    offset = 0
    if m := _FRONT_MATTER.match(text):
        offset = m.end()
    line_starts = [0]
    for line in split_lines(text):
        line_starts.append(line.end + 1)
    tokens = _MD.parse(text[offset:])
    first_line = text.count("\n", 0, offset)
    blocks: list[Block] = []
    slide = -1
    list_depth = 0
    heading = False
    for tok in tokens:
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif tok.type == "heading_open":
            heading = True
            slide += 1
        elif tok.type == "heading_close":
            heading = False
        elif tok.type == "inline" and tok.map is not None:
            slide = max(slide, 0)
            start = line_starts[first_line + tok.map[0]]
            end = line_starts[min(first_line + tok.map[1], len(line_starts) - 1)] - 1
            builder = make()
            _inline_text(text, tok, max(start, offset), max(end, start), builder)
            if len(builder):
                kind = BlockKind.TITLE if heading else BlockKind.BULLET
                blocks.append(make_block(builder, kind, slide, max(0, list_depth - 1)))
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


_NUMBERED = re.compile(r"^(?P<marker>\d{1,2}[.)]|[IVX]{1,4}[.)])\s+")
_SUB = re.compile(r"^(?P<marker>[-*•–]|[a-zåäö][.)]|\d{1,2}\.\d{1,2}\.?|\d{1,2}[.)])\s+")


def parse_plain_outline(text: str, make: MakeBuilder) -> list[Block]:
    """Top-level numbered lines start slides; indented or marked lines are bullets."""
    blocks: list[Block] = []
    slide = -1
    base_indent: int | None = None
    for line in split_lines(text):
        if line.blank:
            continue
        stripped = line.text.lstrip(" \t")
        if line.text.lstrip().startswith("<!--"):
            continue
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
