"""Input parsing: files and strings to :class:`~pitchlint.inputs.message.Message`."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from email import policy
from email.parser import HeaderParser
from pathlib import Path

from pitchlint.errors import InputError
from pitchlint.inputs.decode import DEFAULT_MAX_CHARS, decode_bytes
from pitchlint.inputs.email import (
    GREETING,
    SUBJECT_LINE,
    html_to_text,
    locate_subject,
    parse_eml_bytes,
    parse_plain_email,
    subject_builder,
)
from pitchlint.inputs.message import (
    Block,
    BlockKind,
    Message,
    MessageKind,
    Placeholder,
    TemplateSpec,
    TextBuilder,
    make_block,
)
from pitchlint.inputs.outline import FRONT_MATTER, parse_markdown_outline, parse_plain_outline
from pitchlint.inputs.placeholders import STAND_IN, find_placeholders
from pitchlint.inputs.pptx import LayoutItem, render_pptx
from pitchlint.inputs.replies import (
    PatternSource,
    ReplyPatterns,
    find_reply_spans,
    reply_patterns,
)
from pitchlint.inputs.suppression import parse_suppressions

__all__ = [
    "SUFFIXES",
    "Block",
    "BlockKind",
    "Message",
    "MessageKind",
    "Placeholder",
    "TemplateSpec",
    "detect_kind",
    "parse_bytes",
    "parse_text",
    "read_path",
    "reparse",
]

SUFFIXES = (".eml", ".txt", ".md", ".markdown", ".pptx", ".html", ".htm")
_HTML_SUFFIXES = (".html", ".htm")
_OUTLINE_LINE = re.compile(r"^\s*(?:#{1,6}\s|[-*•]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")


def detect_kind(text: str, suffix: str = "") -> MessageKind:
    """Guess whether ``text`` is an e-mail or an outline."""
    if suffix in (".eml", *_HTML_SUFFIXES):
        return "email"
    if suffix == ".pptx":
        return "outline"
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if not lines:
        return "email"
    first = lines[0].strip()
    if SUBJECT_LINE.match(first) or GREETING.match(first):
        return "email"
    if suffix in (".md", ".markdown") and (
        any(ln.lstrip().startswith("#") for ln in lines) or FRONT_MATTER.match(text)
    ):
        return "outline"
    structured = sum(1 for ln in lines if _OUTLINE_LINE.match(ln) or ln[:1] in " \t")
    return "outline" if structured / len(lines) >= 0.5 else "email"


def parse_text(
    text: str,
    kind: MessageKind | str = "auto",
    *,
    path: str | None = None,
    markdown: bool | None = None,
    reply_patterns: PatternSource = None,
    template: TemplateSpec | None = None,
) -> Message:
    """Parse decoded text into a message. ``kind`` is ``email``, ``outline`` or ``auto``.

    ``reply_patterns`` extends the built-in quoted-reply and signature patterns
    (see :mod:`pitchlint.inputs.replies`); ``template`` turns on template mode.
    """
    suffix = Path(path).suffix.lower() if path else ""
    resolved: MessageKind = detect_kind(text, suffix) if kind == "auto" else _check_kind(kind)
    return _build(
        text,
        resolved,
        path=path,
        markdown=markdown,
        suffix=suffix,
        patterns=reply_patterns,
        template=template,
    )


def read_path(
    path: str | os.PathLike[str],
    kind: MessageKind | str = "auto",
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    reply_patterns: PatternSource = None,
    template: TemplateSpec | None = None,
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
    return parse_bytes(
        data,
        kind,
        path=str(path),
        max_chars=max_chars,
        reply_patterns=reply_patterns,
        template=template,
    )


def parse_bytes(
    data: bytes,
    kind: MessageKind | str = "auto",
    *,
    path: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    reply_patterns: PatternSource = None,
    template: TemplateSpec | None = None,
) -> Message:
    """Parse raw bytes (a file's or standard input's): RFC 822 mail, an HTML mail
    body, a .pptx deck or text."""
    suffix = Path(path).suffix.lower() if path else ""
    patterns = _patterns(reply_patterns)
    if suffix == ".pptx" or (kind in ("auto", "outline") and _looks_like_pptx(data)):
        source, layout = render_pptx(data, max_chars=max_chars)
        return _build(
            source, "outline", path=path, suffix=".pptx", layout=layout, template=template
        )
    if suffix == ".eml" or (kind in ("auto", "email") and _looks_like_rfc822(data)):
        eml = parse_eml_bytes(data, max_chars=max_chars, patterns=patterns)
        message = _build(
            eml.source,
            "email",
            path=path,
            body_offset=eml.body_offset,
            subject=eml.subject,
            suffix=".eml",
            patterns=patterns,
            template=template,
        )
        message.notes[:0] = eml.notes
        message.recipients = eml.recipients
        return message
    decoded = decode_bytes(data, max_chars=max_chars)
    text = decoded.text
    html = suffix in _HTML_SUFFIXES or (kind in ("auto", "email") and _looks_like_html(text))
    if html:
        text = html_to_text(text, patterns)
        if not text.strip():
            raise InputError("empty message: the HTML has no text")
    message = parse_text(
        text,
        "email" if html and kind == "auto" else kind,
        path=path,
        reply_patterns=patterns,
        template=template,
    )
    if html:
        message.notes.insert(0, "HTML: offsets point into its extracted text")
        message.origin = "html"
    if decoded.guessed:
        message.notes.insert(0, f"decoded as {decoded.encoding} (not valid UTF-8)")
    return message


def reparse(text: str, like: Message, *, reply_patterns: PatternSource = None) -> Message:
    """Parse ``text``, a rendering of ``like.source`` (a filled-in template), the
    way ``like`` was parsed: same kind, same origin (.eml headers, .pptx
    rendering), not in template mode."""
    if like.origin == "eml":
        split = text.find("\n\n")
        body_offset = split + 2 if split != -1 else len(text)
        head = HeaderParser(policy=policy.default).parsestr(text[: max(0, split)])
        subject = str(head.get("subject", "") or "")
        return _build(
            text,
            "email",
            path=like.path,
            body_offset=body_offset,
            subject=subject,
            suffix=".eml",
            patterns=reply_patterns,
        )
    markdown = True if like.origin == "pptx" else None
    return parse_text(
        text, like.kind, path=like.path, markdown=markdown, reply_patterns=reply_patterns
    )


def _patterns(source: PatternSource) -> ReplyPatterns:
    return reply_patterns(source)


def _looks_like_pptx(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04") and b"ppt/" in data[:200_000]


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


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
    patterns: PatternSource = None,
    template: TemplateSpec | None = None,
    layout: list[LayoutItem] | None = None,
) -> Message:
    suppressions, hidden = parse_suppressions(source)
    view = _mask(source, hidden)  # same length: offsets stay valid
    notes: list[str] = []
    subject_span = locate_subject(source, body_offset) if kind == "email" and body_offset else None
    if body_offset:  # the header section, except the subject's value
        if subject_span:
            hidden.extend([(0, subject_span[0]), (subject_span[1], body_offset)])
        else:
            hidden.append((0, body_offset))
    if kind == "email":
        pats = reply_patterns(patterns)
        parts = find_reply_spans(view, body_offset, pats)
        hidden.extend((p.start, p.end) for p in parts)
        view = _mask(view, [(p.start, p.end) for p in parts])
        notes.extend(
            f"{p.what} from line {p.line} not linted"
            for p in parts
            if p.what not in ("signature", "device footer")
        )
    placeholders = [
        tag
        for tag in find_placeholders(view)
        if tag.start >= body_offset
        or (subject_span is not None and subject_span[0] <= tag.start < subject_span[1])
    ]
    # Block and comment tags are hidden; field tags become a stand-in name.
    view = _mask(view, [(t.start, t.end) for t in placeholders if t.kind in ("block", "comment")])
    fields = [t for t in placeholders if t.kind in ("field", "choice")]

    def make() -> TextBuilder:
        return TextBuilder(view, fields, STAND_IN)

    blocks: list[Block] = []
    if layout is not None:
        for item in layout:
            builder = make().copy(item.start, item.end)
            blocks.append(make_block(builder, item.kind, item.slide, item.level))
    elif kind == "email":
        if subject_span and subject:
            builder = subject_builder(make(), source, subject_span, subject)
            block = make_block(builder, BlockKind.SUBJECT)
            blocks.append(block)
            placeholders = _subject_tags(block, placeholders)
        blocks.extend(parse_plain_email(view, make, body_offset, reply_patterns(patterns)))
    else:
        use_md = (
            markdown if markdown is not None else (suffix in (".md", ".markdown") or _has_md(view))
        )
        parse = parse_markdown_outline if use_md else parse_plain_outline
        blocks = parse(view, make)
    blocks = [b for b in blocks if b.text.strip()]
    return Message(
        kind,
        source,
        blocks,
        path,
        placeholders,
        suppressions,
        notes,
        template=template,
        hidden=sorted(hidden),
        body_start=body_offset,
        origin="pptx" if layout is not None else ("eml" if body_offset else "text"),
    )


def _subject_tags(block: Block, placeholders: list[Placeholder]) -> list[Placeholder]:
    """Merge tags inside RFC 2047 encoded words of the subject: found in the decoded
    text, placed on the encoded words they came from."""
    found = list(placeholders)
    for tag in find_placeholders(block.text):
        if tag.text == STAND_IN:
            continue
        start = block.source_map.to_source(tag.start)
        end = block.source_map.to_source(tag.end, end=True)
        if not any(p.start < end and start < p.end for p in found):
            found.append(replace(tag, start=start, end=max(end, start + 1)))
    return sorted(found, key=lambda p: p.start)


def _has_md(text: str) -> bool:
    return any(line.startswith("#") for line in text.split("\n"))


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
