"""E-mail parsing: plain text with an optional subject line, RFC 822 .eml and HTML bodies."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email import policy
from email.errors import HeaderParseError
from email.header import decode_header
from email.message import EmailMessage
from email.message import Message as StdMessage
from email.parser import BytesParser
from email.utils import getaddresses

from pitchlint.errors import InputError
from pitchlint.inputs.decode import DEFAULT_MAX_CHARS, decode_bytes
from pitchlint.inputs.lines import Line, split_lines
from pitchlint.inputs.message import Block, BlockKind, MakeBuilder, TextBuilder
from pitchlint.inputs.message import make_block as _block
from pitchlint.inputs.replies import ReplyPatterns, reply_patterns

SUBJECT_LINE = re.compile(r"^(?:Aihe|Subject|Otsikko)\s*:\s*", re.IGNORECASE)
GREETING = re.compile(
    r"^(?:hei|hej|hello|hi|moi|moikka|terve|tervehdys|heippa|hyvä|hyvät|arvoisa|arvoisat|"
    r"moro|morjens|päivää|"
    r"dear|huomenta|hyvää (?:huomenta|päivää|iltapäivää))\b",
    re.IGNORECASE,
)
BULLET = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+")


def parse_plain_email(
    text: str, make: MakeBuilder, start: int = 0, patterns: ReplyPatterns | None = None
) -> list[Block]:
    """Blocks of a plain-text e-mail from ``start``: subject, greeting, paragraphs,
    bullets and closing. Quoted text and signatures are expected to be masked already."""
    blocks: list[Block] = []
    lines = list(split_lines(text, start))
    i = 0
    while i < len(lines) and lines[i].blank:
        i += 1
    if i < len(lines) and (m := SUBJECT_LINE.match(lines[i].text)):
        start, end = lines[i].content_span(m.end())
        blocks.append(_block(make().copy(start, end), BlockKind.SUBJECT))
        i += 1
    blocks.extend(body_blocks(lines[i:], make, patterns or reply_patterns()))
    return blocks


def body_blocks(lines: list[Line], make: MakeBuilder, patterns: ReplyPatterns) -> list[Block]:
    """Classify body lines into greeting, paragraphs, bullets, closing and signature."""
    blocks: list[Block] = []
    paragraph: list[Line] = []
    seen_text = False
    tail_kind: BlockKind | None = None  # after a closing: what is left is signature

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
        if tail_kind is not None and any(p.search(stripped) for p in patterns.postscript):
            flush()
            tail_kind = None
        if tail_kind is None and seen_text and patterns.is_closing(stripped):
            flush()
            blocks.append(_block(make().copy(*line.content_span()), BlockKind.CLOSING))
            tail_kind = BlockKind.SIGNATURE
            continue
        if not seen_text and tail_kind is None and len(stripped) < 80:
            builder = make().copy(*line.content_span())  # merge tags read as stand-ins
            if GREETING.match(builder.build()[0]):
                seen_text = True
                blocks.append(_block(builder, BlockKind.GREETING))
                continue
        seen_text = True
        if tail_kind is None and (m := BULLET.match(line.text)):
            flush()
            blocks.append(_block(make().copy(*line.content_span(m.end())), BlockKind.BULLET))
            continue
        paragraph.append(line)
    if tail_kind is None and seen_text and blocks and _bare_signature(paragraph):
        tail_kind = BlockKind.SIGNATURE  # a signature under no closing formula
    elif (
        tail_kind is None
        and seen_text
        and len(paragraph) >= 2
        and _own_closing(paragraph[0].text.strip())
        and _bare_signature(paragraph[1:], at_least=1)
    ):
        # "Pahoittelen vielä vaivaa, / Juho Kettunen / Koivuniemen Kartano": a closing
        # of the writer's own words, ended with a comma, over the signature
        first, rest = paragraph[0], paragraph[1:]
        paragraph.clear()
        blocks.append(_block(make().copy(*first.content_span()), BlockKind.CLOSING))
        paragraph.extend(rest)
        tail_kind = BlockKind.SIGNATURE
    flush()
    return blocks


_CONTACT = re.compile(
    r"(?:\+358|\b0)\d{1,3}[\s-]?\d{3}[\s-]?\d{2,4}|@|\bwww\.|\b(?:Oy|Oyj|Ab|Ky|Tmi|ry)\b"
)


def _own_closing(text: str) -> bool:
    """A short line of the writer's own ending in a comma: "Pahoittelen vielä vaivaa,";
    or a greeting formula with more said after it: "Nöyrin terveisin ja kiitos, että
    luitte tänne asti,"."""
    if not text.endswith(",") or any(c in text for c in ".!?:"):
        return False
    return len(text.split()) <= 6 or bool(_REGARDS.match(text))


_REGARDS = re.compile(r"^(?:\w+ )?(?:terveisin|terveiset)\b", re.IGNORECASE)


def _bare_signature(lines: list[Line], at_least: int = 2) -> bool:
    """The last paragraph is name, company and number on short lines without
    sentence punctuation ("Mikko Salminen / Nousu Hissit Oy / 040 123 4567")."""
    texts = [line.text.strip() for line in lines]
    return (
        at_least <= len(texts) <= 6
        and all(len(t.split()) <= 6 and not t.endswith((".", "!", "?", ":", ",")) for t in texts)
        and (any(_CONTACT.search(t) for t in texts) or bool(_PERSON.match(texts[0])))
    )


_PERSON = re.compile(r"^[A-ZÅÄÖ][a-zåäö-]+(?: [A-ZÅÄÖ][a-zåäö-]+){1,2}$")  # "Joona Lehtinen"


# --- RFC 822 -------------------------------------------------------------------------------


@dataclass(slots=True)
class ParsedEml:
    """An .eml file decoded: see :func:`parse_eml_bytes`."""

    source: str
    body_offset: int
    subject: str
    notes: list[str] = field(default_factory=list)
    html: bool = False
    recipients: list[str] = field(default_factory=list)  # display names in To and Cc


MAX_MIME_PARTS = 200
_MULTIPART = re.compile(rb"^content-type:[ \t]*multipart/", re.IGNORECASE | re.MULTILINE)


def parse_eml_bytes(
    data: bytes,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    patterns: ReplyPatterns | None = None,
) -> ParsedEml:
    """Decode an .eml file.

    ``source`` is the header section as in the file, a blank line, then the
    decoded body: for an 8-bit text body this is the file itself, so line and
    column numbers match what an editor shows; for a quoted-printable or base64
    body the body part is its decoded text; for an HTML body (no text/plain
    alternative) it is the text extracted from the HTML, quoted containers dropped.
    """
    if len(data) > max_chars * 4:
        raise InputError(
            f"message is {len(data):,} bytes, over the limit of {max_chars:,} characters; "
            "raise it with --max-chars or `max-chars` in the config"
        )
    # A "multipart bomb" (thousands of nested parts) overflows the stdlib parser's
    # recursion: refuse it with a reason instead (real mail nests a handful).
    nested = len(_MULTIPART.findall(data))
    if nested > MAX_MIME_PARTS:
        raise InputError(
            f"broken e-mail: {nested:,} multipart parts, over the limit of {MAX_MIME_PARTS}"
        )
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
    except RecursionError:
        raise InputError("broken e-mail: MIME parts nested too deeply") from None
    if msg.defects and not msg.keys():
        raise InputError(f"broken e-mail: {msg.defects[0].__class__.__name__}")
    header_end = _header_end(data)
    if header_end is None:
        raise InputError("broken e-mail: no blank line between headers and body")
    head = decode_bytes(data[:header_end] or b" ", max_chars=max_chars).text.rstrip("\n")
    notes: list[str] = []
    part, body_text, guessed = _choose_body(msg, max_chars)
    if guessed:
        notes.append(f"body decoded as {guessed} (no valid charset declared)")
    html = part.get_content_type() == "text/html"
    if html:
        body_text = html_to_text(body_text, patterns or reply_patterns())
        notes.append("HTML body: offsets in the body point into its extracted text")
        if not body_text.strip():
            raise InputError("empty message: the HTML body has no text")
    try:
        subject = str(msg.get("subject", "") or "")
    except (HeaderParseError, ValueError, IndexError):
        subject = ""
    source = head + "\n\n" + body_text
    return ParsedEml(source, len(head) + 2, subject, notes, html, _recipients(msg))


def _recipients(msg: StdMessage) -> list[str]:
    """The display names in To and Cc ("Emma Pakkanen"): who the message speaks to,
    though the greeting may give only a first name."""
    try:
        fields = [str(v) for key in ("to", "cc") for v in msg.get_all(key, [])]
    except (HeaderParseError, ValueError, IndexError, TypeError):
        return []
    return [name for name, _ in getaddresses(fields) if name.strip()]


def _choose_body(msg: StdMessage, max_chars: int) -> tuple[StdMessage, str, str]:
    """The part to lint (text/plain preferred, else HTML) and its decoded text."""
    candidates: list[StdMessage] = []
    if isinstance(msg, EmailMessage):
        for pref in ("plain", "html"):
            try:
                found = msg.get_body(preferencelist=(pref,))
            except (AttributeError, TypeError, LookupError, RecursionError):
                # the stdlib trips over malformed nesting (a part reusing its parent's
                # boundary leaves bare strings where parts should be): found by fuzzing
                raise InputError("broken e-mail: malformed MIME structure") from None
            if found is not None:
                candidates.append(found)
    if not candidates and msg.get_content_maintype() == "text":
        candidates.append(msg)
    if not candidates:
        raise InputError("e-mail has no text/plain or text/html part to lint")
    last: InputError | None = None
    for part in candidates:  # an empty text/plain alternative falls back to the HTML one
        payload = part.get_payload(decode=True)
        raw = payload if isinstance(payload, bytes) else b""
        try:
            decoded = decode_bytes(raw, declared=part.get_content_charset(), max_chars=max_chars)
        except InputError as exc:
            last = exc
            continue
        return part, decoded.text, decoded.encoding if decoded.guessed else ""
    assert last is not None
    raise last


def _header_end(data: bytes) -> int | None:
    found = [i for i in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if i != -1]
    return min(found) if found else None


# --- HTML ----------------------------------------------------------------------------------

_SELECTOR = re.compile(
    r"^(?P<tag>[a-zA-Z][\w-]*|\*)?(?P<rest>(?:#[\w-]+|\.[\w-]+|\[[\w-]+(?:=[^\]]*)?\])*)$"
)
_SELECTOR_PART = re.compile(
    r"#(?P<id>[\w-]+)|\.(?P<cls>[\w-]+)|\[(?P<attr>[\w-]+)(?:=(?P<val>[^\]]*))?\]"
)


def selector_to_xpath(selector: str) -> str:
    """Translate a small CSS subset (tag, #id, .class, [attr], [attr=value]) to XPath."""
    m = _SELECTOR.match(selector.strip())
    if not m or not selector.strip():
        raise InputError(f"unsupported HTML selector {selector!r} in reply-patterns")
    conds = []
    for part in _SELECTOR_PART.finditer(m["rest"] or ""):
        if part["id"]:
            conds.append(f"[@id='{part['id']}']")
        elif part["cls"]:
            conds.append(
                f"[contains(concat(' ', normalize-space(@class), ' '), ' {part['cls']} ')]"
            )
        elif part["val"] is not None:
            val = part["val"].strip("'\"")
            conds.append(f"[@{part['attr']}='{val}']")
        else:
            conds.append(f"[@{part['attr']}]")
    return f"//{(m['tag'] or '*').lower()}{''.join(conds)}"


def html_to_text(html: str, patterns: ReplyPatterns | None = None) -> str:
    """Text of an HTML mail body, quoted containers and signatures dropped.

    Uses lxml to drop the containers named by the ``html-drop`` and
    ``html-drop-from`` reply patterns, then inscriptis to render the text
    (paragraphs as blank-line separated blocks, list items as ``*`` bullets).
    """
    import lxml.html
    from inscriptis import Inscriptis
    from inscriptis.model.config import ParserConfig
    from lxml import etree

    pats = patterns or reply_patterns()
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)  # lxml refuses str with an encoding declaration
    if not html.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for selector in pats.html_drop_from:
        for el in root.xpath(selector_to_xpath(selector)):
            if el.getparent() is None:
                continue
            node = el
            while node is not None and node.tag not in ("body", "html"):
                for sib in list(node.itersiblings()):
                    sib.getparent().remove(sib)
                node = node.getparent()
            parent = el.getparent()
            if parent is not None:
                parent.remove(el)
    for selector in pats.html_drop:
        for el in root.xpath(selector_to_xpath(selector)):
            if el.getparent() is not None:
                el.drop_tree()  # keeps the tail: text after a quote is the writer's
    for el in root.xpath("//script|//style|//head"):
        if el.getparent() is not None:
            el.getparent().remove(el)
    text = Inscriptis(root, ParserConfig(display_links=False, display_images=False)).get_text()
    text = text.replace("\xa0", " ").replace("\u200b", "")
    lines = [ln.rstrip() for ln in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text + "\n" if text else ""


# --- the subject header ----------------------------------------------------------------------

_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


def locate_subject(source: str, body_offset: int) -> tuple[int, int] | None:
    """The span of the Subject header's value (with folded continuation lines)."""
    lines = list(split_lines(source, 0, max(0, body_offset - 2)))
    for n, line in enumerate(lines):
        if line.text.lower().startswith("subject:"):
            start, end = line.content_span(len("subject:"))
            for cont in lines[n + 1 :]:
                if cont.text[:1] not in (" ", "\t"):
                    break
                end = cont.start + len(cont.text.rstrip())
            return (start, max(start, end))
    return None


def subject_builder(
    builder: TextBuilder, source: str, span: tuple[int, int], subject: str
) -> TextBuilder:
    """Map the decoded subject onto the raw header value as closely as possible:
    plain runs exactly, each RFC 2047 encoded word onto its own span."""
    raw = source[span[0] : span[1]]
    if raw == subject:
        return builder.copy(*span)
    pieces: list[tuple[str, int, int, bool]] = []  # text, start, end, exact
    pos = span[0]
    prev_encoded = False
    for m in _ENCODED_WORD.finditer(raw):
        gap_start, gap_end = span[0] + m.start(), span[0] + m.end()
        gap = source[pos:gap_start]
        if gap and not (prev_encoded and not gap.strip()):  # whitespace between words drops
            pieces.extend(_plain_pieces(source, pos, gap_start))
        try:
            decoded = "".join(
                part.decode(enc or "ascii", errors="replace") if isinstance(part, bytes) else part
                for part, enc in decode_header(m.group())
            )
        except (LookupError, ValueError, HeaderParseError):
            return builder.put(subject, *span)
        pieces.append((decoded, gap_start, gap_end, False))
        pos = gap_end
        prev_encoded = True
    pieces.extend(_plain_pieces(source, pos, span[1]))
    if "".join(p[0] for p in pieces) != subject:
        return builder.put(subject, *span)
    for text, start, end, exact in pieces:
        if exact:
            builder.copy(start, end)
        else:
            builder.put(text, start, end)
    return builder


def _plain_pieces(source: str, start: int, end: int) -> list[tuple[str, int, int, bool]]:
    """Unencoded header text: folds (line break + whitespace) read as one space."""
    out: list[tuple[str, int, int, bool]] = []
    pos = start
    for fold in re.finditer(r"\n[ \t]+", source[start:end]):
        fs, fe = start + fold.start(), start + fold.end()
        if fs > pos:
            out.append((source[pos:fs], pos, fs, True))
        out.append((" ", fs, fe, False))
        pos = fe
    if end > pos:
        out.append((source[pos:end], pos, end, True))
    return out
