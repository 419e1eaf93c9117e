"""PowerPoint (.pptx) decks via python-pptx.

A deck has no text file to point into, so its source is a plain rendering of
the slides, one line per title, bullet or note paragraph::

    # Teidän haasteenne
    - Varaston kiertonopeus
      - alakohta (indented two spaces per level)
    Note: puhujan muistiinpano

    ---

    # Seuraava dia

Blocks are read straight from the deck (not re-parsed from the rendering), and
each maps onto its line of the rendering, so findings have lines and columns.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pitchlint.errors import InputError
from pitchlint.inputs.message import BlockKind


@dataclass(frozen=True, slots=True)
class LayoutItem:
    """One block of a rendered deck: ``source[start:end]`` is its text."""

    kind: BlockKind
    slide: int
    level: int
    start: int
    end: int


def render_pptx(data: bytes, *, max_chars: int) -> tuple[str, list[LayoutItem]]:
    """The deck's text rendering and the blocks' places in it."""
    try:
        from pptx import Presentation
        from pptx.exc import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise InputError(f"reading .pptx needs python-pptx: {exc}") from None
    try:
        deck = Presentation(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"not a readable .pptx file: {exc}") from None
    parts: list[str] = []
    layout: list[LayoutItem] = []
    pos = 0

    def emit(prefix: str, text: str, kind: BlockKind | None, slide: int, level: int = 0) -> None:
        nonlocal pos
        line = prefix + text + "\n"
        if kind is not None and text.strip():
            start = pos + len(prefix)
            layout.append(LayoutItem(kind, slide, level, start, start + len(text)))
        parts.append(line)
        pos += len(line)

    slide_no = 0
    for slide in deck.slides:
        title_shape = slide.shapes.title
        title = _clean(title_shape.text_frame.text) if title_shape is not None else ""
        rows: list[tuple[str, str, BlockKind, int]] = []
        if title:
            rows.append(("# ", title, BlockKind.TITLE, 0))
        for shape in _reading_order(slide.shapes):
            if title_shape is not None and shape.shape_id == title_shape.shape_id:
                continue
            for text, level in _shape_paragraphs(shape):
                rows.append(("  " * level + "- ", text, BlockKind.BULLET, level))
        if slide.has_notes_slide:
            frame = slide.notes_slide.notes_text_frame
            if frame is not None:
                for paragraph in frame.paragraphs:
                    text = _clean(paragraph.text)
                    if text:
                        rows.append(("Note: ", text, BlockKind.NOTE, 0))
        if not rows:
            continue
        if slide_no:
            emit("", "", None, slide_no)
            emit("---", "", None, slide_no)
            emit("", "", None, slide_no)
        for prefix, text, kind, level in rows:
            emit(prefix, text, kind, slide_no, level)
        slide_no += 1
        if pos > max_chars:
            raise InputError(
                f"deck text is over {max_chars:,} characters; "
                "raise it with --max-chars or `max-chars` in the config"
            )
    source = "".join(parts)
    if not source.strip():
        raise InputError("empty message: the deck has no text")
    return source, layout


def _clean(text: str) -> str:
    # "\v" is a line break inside a paragraph; tabs and odd spaces become spaces.
    return " ".join(text.replace("\v", " ").replace("\xa0", " ").split())


def _reading_order(shapes: Any) -> list[Any]:
    """Shapes top to bottom, left to right (group shapes flattened)."""
    flat = list(_flatten(shapes))
    return sorted(flat, key=lambda s: ((s.top or 0) // 50_000, s.left or 0))


def _flatten(shapes: Any) -> Iterator[Any]:
    for shape in shapes:
        try:
            group = shape.shape_type == 6  # MSO_SHAPE_TYPE.GROUP
        except (NotImplementedError, AttributeError, KeyError):  # unusual shapes
            group = False
        if group:
            yield from _flatten(shape.shapes)
        else:
            yield shape


def _shape_paragraphs(shape: Any) -> Iterator[tuple[str, int]]:
    if getattr(shape, "has_text_frame", False):
        for paragraph in shape.text_frame.paragraphs:
            text = _clean(paragraph.text)
            if text:
                yield text, int(paragraph.level or 0)
    elif getattr(shape, "has_table", False):
        for row in shape.table.rows:
            for cell in row.cells:
                text = _clean(cell.text)
                if text:
                    yield text, 0
