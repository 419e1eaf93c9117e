"""A bounded fuzz target for the e-mail and outline parsers (hypothesis-based).

``make test`` runs a few hundred structured inputs per parser; fuzz longer with

    PITCHLINT_FUZZ_EXAMPLES=100000 .venv/bin/pytest tests/test_fuzz_parsers.py

Every input that ever crashed a parser is kept in ``tests/fuzz_regressions/``
(``.eml`` files go through the e-mail parser, ``.md``/``.txt`` through the
outline and plain-text parsers) and replayed here on every run. A parser may
refuse an input only with :class:`InputError`; a parsed message's blocks must
map every character back inside the original text.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pitchlint.errors import InputError
from pitchlint.inputs import Message, parse_bytes, parse_text

REGRESSIONS = Path(__file__).parent / "fuzz_regressions"
EXAMPLES = int(os.environ.get("PITCHLINT_FUZZ_EXAMPLES", "250"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def check_message(message: Message) -> None:
    size = len(message.source)
    for block in message.blocks:
        smap = block.source_map
        for i in range(len(block.text) + 1):
            assert 0 <= smap.to_source(i) <= size
            assert 0 <= smap.to_source(i, end=True) <= size
    for tag in message.placeholders:
        assert 0 <= tag.start <= tag.end <= size


def parse_any(data: bytes, name: str, kind: str = "auto") -> None:
    try:
        message = parse_bytes(data, kind, path=name)
    except InputError:
        return
    check_message(message)


# --- e-mail -----------------------------------------------------------------------------

_text = st.one_of(
    st.sampled_from(
        ["Hei Mikko,\n\nSopisiko puhelu torstaina?\n\nTerveisin\nLeena\n", "Hyvä {{etunimi}}", ""]
    ),
    st.text(max_size=200),
)
_charset = st.sampled_from(
    ["utf-8", "iso-8859-1", "windows-1252", "utf-16", "utf-7", "bogus", "", '"utf-8"', "ascii"]
)
_cte = st.sampled_from(["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "binary", "??"])
_ctype = st.sampled_from(
    ["text/plain", "text/html", "application/pdf", "image/png", "text/enriched"]
)
_boundary = st.one_of(st.sampled_from(["b1", "=_x", '"q q"', "", "-"]), st.text(max_size=12))


@st.composite
def _part(draw: st.DrawFn, depth: int = 0) -> str:
    if depth < 4 and draw(st.booleans()):
        boundary = draw(_boundary)
        sub = draw(st.sampled_from(["mixed", "alternative", "related", "digest"]))
        parts = [draw(_part(depth + 1)) for _ in range(draw(st.integers(0, 3)))]
        body = "".join(f"--{boundary}\n{p}\n" for p in parts)
        if draw(st.booleans()):
            body += f"--{boundary}--\n"
        return f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n{body}'
    headers = f"Content-Type: {draw(_ctype)}; charset={draw(_charset)}\n"
    if draw(st.booleans()):
        headers += f"Content-Transfer-Encoding: {draw(_cte)}\n"
    return headers + "\n" + draw(_text)


@st.composite
def emails(draw: st.DrawFn) -> bytes:
    headers = draw(
        st.lists(
            st.sampled_from(
                [
                    "From: Leena <leena@example.com>",
                    "To: mikko@example.com",
                    "Subject: Varasto",
                    "Subject: =?utf-8?b?VmFyYXN0bw==?=",
                    "Subject: =?iso-8859-1?q?T=E4m=E4?=",
                    "Subject:",
                    "Date: Tue, 04 Mar 2025 08:42:00 +0200",
                    "MIME-Version: 1.0",
                    "X-Garbage: \x00\x01",
                    " folded continuation",
                ]
            ),
            max_size=8,
        )
    )
    text = "\n".join(headers) + "\n" + draw(_part())
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    data = text.replace("\n", newline).encode(
        draw(st.sampled_from(["utf-8", "latin-1"])), "replace"
    )
    if draw(st.booleans()):  # truncated mid-stream
        data = data[: draw(st.integers(0, len(data)))]
    if draw(st.booleans()):  # random bytes spliced in
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=40)) + data[at:]
    return data


@FUZZ
@given(data=emails())
def test_fuzz_email_parser(data: bytes) -> None:
    parse_any(data, "fuzz.eml")
    parse_any(data, "fuzz.txt", "email")


# --- outlines ---------------------------------------------------------------------------

_line = st.one_of(
    st.sampled_from(
        [
            "# Otsikko", "## Aamiaishävikki puoleen", "- luettelo", "  - sisennetty",
            "    - syvä", "1. numeroitu", "1) toinen", "a) kirjain", "IV. roomalainen",
            "* tähti", "• pallo", "---", "```", "> lainaus", "| a | b |", "<!-- kommentti -->",
            "<!-- pitchlint: disable=spelling -->", "**lihava** _kursiivi_ `koodi`",
            "[linkki](http://example.com)", "\\# ei otsikko", "{{etunimi}}", "", "   ", "\t-",
        ]
    ),
    st.text(max_size=60),
)  # fmt: skip


@st.composite
def outlines(draw: st.DrawFn) -> str:
    lines = draw(st.lists(_line, max_size=30))
    front = "---\ntitle: x\n---\n" if draw(st.booleans()) else ""
    return front + "\n".join(lines)


@FUZZ
@given(text=outlines())
def test_fuzz_outline_parsers(text: str) -> None:
    for name, markdown in (("deck.md", True), ("deck.txt", False)):
        try:
            message = parse_text(text, "outline", path=name, markdown=markdown)
        except InputError:
            continue
        check_message(message)
    parse_any(text.encode("utf-8", "surrogatepass"), "deck.md")


# --- every crash found so far -----------------------------------------------------------


@pytest.mark.parametrize(
    "path", sorted(p for p in REGRESSIONS.iterdir() if p.suffix in (".eml", ".md", ".txt")),
    ids=lambda p: p.name,
)  # fmt: skip
def test_fuzz_regression(path: Path) -> None:
    data = path.read_bytes()
    if path.suffix == ".eml":
        parse_any(data, path.name)
        parse_any(data, "as-text.txt", "email")
    else:
        parse_any(data, path.name)
        parse_any(data, path.name, "outline")
        text = data.decode("utf-8", "replace")
        for markdown in (True, False):
            check_message(parse_text(text, "outline", path=path.name, markdown=markdown))
