"""Input parsing: files and strings to :class:`~pitchlint.inputs.message.Message`."""

from __future__ import annotations

import os
import re
from pathlib import Path

from pitchlint.errors import InputError
from pitchlint.inputs.decode import DEFAULT_MAX_CHARS, decode_bytes
from pitchlint.inputs.email import (
    BULLET,
    GREETING,
    SUBJECT_LINE,
    locate_subject,
    parse_eml_bytes,
    parse_plain_email,
)
from pitchlint.inputs.message import (
    Block,
    BlockKind,
    Message,
    MessageKind,
    Placeholder,
    TextBuilder,
    make_block,
)
from pitchlint.inputs.outline import parse_markdown_outline, parse_plain_outline
from pitchlint.inputs.placeholders import STAND_IN, find_placeholders
from pitchlint.inputs.suppression import parse_suppressions

__all__ = [
    "SUFFIXES",
    "Block",
    "BlockKind",
    "Message",
    "MessageKind",
    "Placeholder",
    "detect_kind",
    "parse_bytes",
    "parse_text",
    "read_path",
]

SUFFIXES = (".eml", ".txt", ".md", ".markdown")
_OUTLINE_LINE = re.compile(r"^\s*(?:#{1,6}\s|[-*•]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")


def detect_kind(text: str, suffix: str = "") -> MessageKind:
    """Guess whether ``text`` is an e-mail or an outline."""
    if suffix == ".eml":
        return "email"
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if not lines:
        return "email"
    first = lines[0].strip()
    if SUBJECT_LINE.match(first) or GREETING.match(first):
        return "email"
    if suffix in (".md", ".markdown") and any(ln.lstrip().startswith("#") for ln in lines):
        return "outline"
    structured = sum(1 for ln in lines if _OUTLINE_LINE.match(ln) or ln[:1] in " \t")
    return "outline" if structured / len(lines) >= 0.5 else "email"


def parse_text(
    text: str,
    kind: MessageKind | str = "auto",
    *,
    path: str | None = None,
    markdown: bool | None = None,
) -> Message:
    """Parse decoded text into a message. ``kind`` is ``email``, ``outline`` or ``auto``."""
    suffix = Path(path).suffix.lower() if path else ""
    resolved: MessageKind = detect_kind(text, suffix) if kind == "auto" else _check_kind(kind)
    return _build(text, resolved, path=path, markdown=markdown, suffix=suffix)


def read_path(
    path: str | os.PathLike[str],
    kind: MessageKind | str = "auto",
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Message:
    """Read and parse one file; raise :class:`InputError` with a clear reason on failure."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    return parse_bytes(data, kind, path=str(path), max_chars=max_chars)


def parse_bytes(
    data: bytes,
    kind: MessageKind | str = "auto",
    *,
    path: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Message:
    """Parse raw bytes (a file's or standard input's): RFC 822 mail or text."""
    suffix = Path(path).suffix.lower() if path else ""
    if suffix == ".eml" or (kind in ("auto", "email") and _looks_like_rfc822(data)):
        source, body_offset, subject, notes = parse_eml_bytes(data, max_chars=max_chars)
        message = _build(
            source, "email", path=path, body_offset=body_offset, subject=subject, suffix=".eml"
        )
        message.notes.extend(notes)
        return message
    decoded = decode_bytes(data, max_chars=max_chars)
    message = parse_text(decoded.text, kind, path=path)
    if decoded.guessed:
        message.notes.append(f"decoded as {decoded.encoding} (not valid UTF-8)")
    return message


_HEADER = re.compile(
    rb"^(?:From|To|Subject|Date|Message-ID|MIME-Version|Received|Return-Path):", re.I
)


def _looks_like_rfc822(data: bytes) -> bool:
    head = data[:2000].split(b"\n", 6)[:6]
    return sum(1 for line in head if _HEADER.match(line)) >= 2


def _check_kind(kind: str) -> MessageKind:
    if kind == "email":
        return "email"
    if kind == "outline":
        return "outline"
    raise InputError(f"unknown message kind {kind!r}: use 'email', 'outline' or 'auto'")


def _build(
    source: str,
    kind: MessageKind,
    *,
    path: str | None,
    suffix: str = "",
    markdown: bool | None = None,
    body_offset: int = 0,
    subject: str | None = None,
) -> Message:
    suppressions, hidden = parse_suppressions(source)
    view = _mask(source, hidden)  # same length: offsets stay valid
    placeholders = find_placeholders(source)

    def make() -> TextBuilder:
        return TextBuilder(view, placeholders, STAND_IN)

    blocks: list[Block] = []
    if kind == "email":
        if body_offset:
            span = locate_subject(source, body_offset)
            if span and subject:
                text = source[span[0] : span[1]]
                builder = make().copy(*span) if text == subject else make().put(subject, *span)
                blocks.append(make_block(builder, BlockKind.SUBJECT))
        blocks.extend(parse_plain_email(view, make, body_offset))
    else:
        use_md = (
            markdown if markdown is not None else (suffix in (".md", ".markdown") or _has_md(view))
        )
        parse = parse_markdown_outline if use_md else parse_plain_outline
        blocks = parse(view, make)
    blocks = [b for b in blocks if b.text.strip()]
    return Message(kind, source, blocks, path, placeholders, suppressions)


def _has_md(text: str) -> bool:
    return any(line.startswith("#") for line in text.split("\n"))


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# Re-exported for parsers that want to know list markers.
BULLET_MARKER = BULLET
