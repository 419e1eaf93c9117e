"""E-mail parsing: plain text with an optional subject line, and RFC 822 .eml."""

from __future__ import annotations

import re
from email import policy
from email.message import EmailMessage
from email.message import Message as StdMessage
from email.parser import BytesParser
from html.parser import HTMLParser
from typing import ClassVar

from pitchlint.errors import InputError
from pitchlint.inputs.decode import DEFAULT_MAX_CHARS, decode_bytes
from pitchlint.inputs.lines import Line, split_lines
from pitchlint.inputs.message import Block, BlockKind, MakeBuilder
from pitchlint.inputs.message import make_block as _block

SUBJECT_LINE = re.compile(r"^(?:Aihe|Subject|Otsikko)\s*:\s*", re.IGNORECASE)
GREETING = re.compile(
    r"^(?:hei|hej|hello|hi|moi|moikka|terve|tervehdys|heippa|hyvä|arvoisa|arvoisat|"
    r"dear|huomenta|hyvää (?:huomenta|päivää|iltapäivää))\b",
    re.IGNORECASE,
)
CLOSING = re.compile(
    r"^(?:(?:ystävällisin|parhain|lämpimin|aurinkoisin|kiittäen|yhteistyö\w*)"
    r"(?:\s+\w+)?|terveisin|t\.|best regards|kind regards|regards|br|"
    r"hyvää (?:päivänjatkoa|viikonloppua|viikkoa|syksyä|kevättä|kesää|joulua))\s*[,.!]?\s*$",
    re.IGNORECASE,
)
SIGNATURE_DELIMITER = re.compile(r"^--\s?$")
BULLET = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+")


def parse_plain_email(text: str, make: MakeBuilder, start: int = 0) -> list[Block]:
    """Blocks of a plain-text e-mail from ``start``: subject, greeting, paragraphs,
    closing, signature."""
    blocks: list[Block] = []
    lines = list(split_lines(text, start))
    i = 0
    while i < len(lines) and lines[i].blank:
        i += 1
    if i < len(lines) and (m := SUBJECT_LINE.match(lines[i].text)):
        start, end = lines[i].content_span(m.end())
        blocks.append(_block(make().copy(start, end), BlockKind.SUBJECT))
        i += 1
    blocks.extend(body_blocks(lines[i:], make))
    return blocks


def body_blocks(lines: list[Line], make: MakeBuilder) -> list[Block]:
    """Classify body lines into greeting, paragraphs, bullets, closing and signature."""
    blocks: list[Block] = []
    paragraph: list[Line] = []
    seen_text = False
    tail_kind: BlockKind | None = None  # after a closing: everything is signature

    def flush() -> None:
        if paragraph:
            builder = make()
            for n, line in enumerate(paragraph):
                if n:
                    builder.put("\n", line.start - 1, line.start)
                builder.copy(*line.content_span())
            blocks.append(_block(builder, tail_kind or BlockKind.PARAGRAPH))
            paragraph.clear()

    for line in lines:
        if line.blank:
            flush()
            continue
        stripped = line.text.strip()
        if tail_kind is None and (SIGNATURE_DELIMITER.match(line.text) or CLOSING.match(stripped)):
            flush()
            if CLOSING.match(stripped):
                blocks.append(_block(make().copy(*line.content_span()), BlockKind.CLOSING))
            tail_kind = BlockKind.SIGNATURE
            continue
        if not seen_text and tail_kind is None and GREETING.match(stripped) and len(stripped) < 80:
            seen_text = True
            blocks.append(_block(make().copy(*line.content_span()), BlockKind.GREETING))
            continue
        seen_text = True
        if tail_kind is None and (m := BULLET.match(line.text)):
            flush()
            blocks.append(_block(make().copy(*line.content_span(m.end())), BlockKind.BULLET))
            continue
        paragraph.append(line)
    flush()
    return blocks


# --- RFC 822 -------------------------------------------------------------------------------


def parse_eml_bytes(
    data: bytes, *, max_chars: int = DEFAULT_MAX_CHARS
) -> tuple[str, int, str, list[str]]:
    """Decode an .eml file to (source, body_offset, subject, notes).

    ``source`` is the header section as in the file, a blank line, then the
    decoded body: for an 8-bit text body this is the file itself, so line and
    column numbers match what an editor shows; for a quoted-printable or base64
    body the body part is its decoded text.
    """
    if len(data) > max_chars * 4:
        raise InputError(
            f"message is {len(data):,} bytes, over the limit of {max_chars:,} characters; "
            "raise it with --max-chars or `max-chars` in the config"
        )
    msg = BytesParser(policy=policy.default).parsebytes(data)
    if msg.defects and not msg.keys():
        raise InputError(f"broken e-mail: {msg.defects[0].__class__.__name__}")
    header_end = _header_end(data)
    if header_end is None:
        raise InputError("broken e-mail: no blank line between headers and body")
    head = decode_bytes(data[:header_end] or b" ", max_chars=max_chars).text.rstrip("\n")
    part = _text_part(msg)
    notes: list[str] = []
    if part is None:
        raise InputError("e-mail has no text/plain or text/html part to lint")
    payload = part.get_payload(decode=True)
    raw = payload if isinstance(payload, bytes) else b""
    body = decode_bytes(raw, declared=part.get_content_charset(), max_chars=max_chars)
    if body.guessed:
        notes.append(f"body decoded as {body.encoding} (no valid charset declared)")
    body_text = body.text
    if part.get_content_type() == "text/html":
        body_text = html_to_text(body_text)
    subject = str(msg.get("subject", "") or "")
    source = head + "\n\n" + body_text
    return source, len(head) + 2, subject, notes


def _header_end(data: bytes) -> int | None:
    for sep in (b"\r\n\r\n", b"\n\n"):
        idx = data.find(sep)
        if idx != -1:
            return idx
    return None


def _text_part(msg: StdMessage) -> StdMessage | None:
    if isinstance(msg, EmailMessage):
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is not None:
            return part
    if msg.get_content_maintype() == "text":
        return msg
    return None


class _TextExtractor(HTMLParser):
    _BLOCK: ClassVar[frozenset[str]] = frozenset(
        {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "blockquote", "ul", "ol"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"style", "script", "head"}:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n" if tag != "br" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"style", "script", "head"}:
            self._skip = max(0, self._skip - 1)

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_text(html: str) -> str:
    """A minimal HTML-to-text conversion (full HTML mail support comes later)."""
    parser = _TextExtractor()
    parser.feed(html)
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def locate_subject(source: str, body_offset: int) -> tuple[int, int] | None:
    """The span of the Subject header's value inside the header section."""
    for line in split_lines(source, 0, max(0, body_offset - 2)):
        if line.text.lower().startswith("subject:"):
            return line.content_span(len("subject:"))
    return None
