"""Input parsing: blocks, offsets into the original, merge tags, suppression, decoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from pitchlint.errors import InputError
from pitchlint.inputs import BlockKind, detect_kind, parse_bytes, parse_text, read_path
from pitchlint.inputs.decode import decode_bytes
from pitchlint.inputs.placeholders import find_placeholders

EMAIL = """Aihe: Varastonne kiertonopeus

Hei Mikko,

Huomasin, että varastonne kiertonopeus on laskenut.
Toinen rivi samassa kappaleessa.

- ensimmäinen kohta
- toinen kohta

Ystävällisin terveisin
Leena Laine
Datavirta Oy
"""


def test_plain_email_blocks_and_spans() -> None:
    msg = parse_text(EMAIL, "auto")
    assert msg.kind == "email"
    kinds = [b.kind for b in msg.blocks]
    assert kinds == [
        BlockKind.SUBJECT,
        BlockKind.GREETING,
        BlockKind.PARAGRAPH,
        BlockKind.BULLET,
        BlockKind.BULLET,
        BlockKind.CLOSING,
    ]  # the signature after the closing is hidden (not linted)
    for block in msg.blocks:
        assert msg.source[block.start : block.end] == block.text
    assert msg.blocks[0].text == "Varastonne kiertonopeus"
    assert msg.blocks[3].text == "ensimmäinen kohta"


def test_merge_tags_are_replaced_but_offsets_kept() -> None:
    text = "Aihe: Ajatus {{yritys}}:lle\n\nHei *|FNAME|*,\n\nTässä [Yritys] ja <NIMI> sekä XXX.\n"
    msg = parse_text(text, "email")
    tags = [(p.text, p.dialect) for p in msg.placeholders]
    assert tags == [
        ("{{yritys}}", "handlebars"),
        ("*|FNAME|*", "mailchimp"),
        ("[Yritys]", "bracket"),
        ("<NIMI>", "angle"),
        ("XXX", "xxx"),
    ]
    subject = msg.blocks[0]
    assert "{{" not in subject.text and subject.text.endswith(":lle")
    assert msg.source[subject.start : subject.end] == "Ajatus {{yritys}}:lle"
    tag_pos = subject.text.index(":lle")
    assert subject.source_map.to_source(tag_pos) == text.index(":lle")


@pytest.mark.parametrize(
    "tag",
    [
        "{{ contact.firstname }}",
        "{{{Recipient.FirstName}}}",
        "{!Contact.FirstName}",
        "%FIRSTNAME%",
        "%%first_name%%",
        "{% if yritys %}",
        "{hei|moi|terve}",
    ],
)
def test_placeholder_dialects(tag: str) -> None:
    found = find_placeholders(f"Hei {tag}, tässä asia.")
    assert [p.text for p in found] == [tag]


@pytest.mark.parametrize(
    "text", ["Katso [ohje](https://x.fi).", "Lähetä <matti@example.fi>.", "Hinta 20 % alle."]
)
def test_not_placeholders(text: str) -> None:
    assert find_placeholders(text) == []


def test_markdown_outline_slides_and_markup() -> None:
    text = "# Esitys\n\n## Tietoa meistä\n- Perustettu **1987**\n  - alakohta\n\n## Teidän haasteenne\n1. Kulut\n"
    msg = parse_text(text, "auto", path="deck.md")
    assert msg.kind == "outline"
    rows = [(b.kind, b.slide, b.level, b.text) for b in msg.blocks]
    assert rows == [
        (BlockKind.TITLE, 0, 0, "Esitys"),
        (BlockKind.TITLE, 1, 0, "Tietoa meistä"),
        (BlockKind.BULLET, 1, 0, "Perustettu 1987"),
        (BlockKind.BULLET, 1, 1, "alakohta"),
        (BlockKind.TITLE, 2, 0, "Teidän haasteenne"),
        (BlockKind.BULLET, 2, 0, "Kulut"),
    ]
    bold = msg.blocks[2]
    assert msg.source[bold.start : bold.end] == "Perustettu **1987"[:17]


def test_plain_outline() -> None:
    text = "Myyntiesitys\n1. Tietoa meistä\n   - perustettu 1990\n2. Haasteenne\n   - kulut\n"
    msg = parse_text(text)
    assert msg.kind == "outline"
    rows = [(b.kind, b.slide, b.text) for b in msg.blocks]
    assert rows == [
        (BlockKind.TITLE, 0, "Myyntiesitys"),
        (BlockKind.TITLE, 1, "Tietoa meistä"),
        (BlockKind.BULLET, 1, "perustettu 1990"),
        (BlockKind.TITLE, 2, "Haasteenne"),
        (BlockKind.BULLET, 2, "kulut"),
    ]


def test_detect_kind() -> None:
    assert detect_kind("Hei Mikko,\n\nTeksti.") == "email"
    assert detect_kind("1. Yksi\n2. Kaksi\n   - a\n") == "outline"
    assert detect_kind("x", ".eml") == "email"


def test_suppression_directives_are_parsed_and_masked() -> None:
    text = "Hei,\n\n<!-- pitchlint: disable=vague-fluff -->\nTeksti. <!-- pitchlint: disable-line=spelling -->\n"
    msg = parse_text(text, "email")
    assert msg.suppressions == {"vague-fluff": None, "spelling": {4}}
    assert all("pitchlint" not in b.text for b in msg.blocks[:2])


def test_eml_subject_and_body_offsets(tmp_path: Path) -> None:
    raw = (
        "From: a@b.fi\nTo: c@d.fi\nSubject: =?utf-8?q?Ajatus_k=C3=A4ytt=C3=B6=C3=B6n?=\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\nHei Mikko,\n\nT=C3=A4m=C3=A4 on viesti.\n"
    )
    path = tmp_path / "a.eml"
    path.write_bytes(raw.encode())
    msg = read_path(path)
    assert msg.kind == "email"
    subject = msg.blocks[0]
    assert subject.kind == BlockKind.SUBJECT and subject.text == "Ajatus käyttöön"
    assert msg.source[subject.start : subject.end].startswith("=?utf-8?q?")
    body = next(b for b in msg.blocks if b.kind == BlockKind.PARAGRAPH)
    assert body.text == "Tämä on viesti."
    assert msg.source[body.start : body.end] == "Tämä on viesti."


def test_latin1_eml_without_charset(tmp_path: Path) -> None:
    raw = b"From: a@b.fi\nSubject: Hei\n\nHei Mikko,\n\nT\xe4m\xe4 on p\xe4\xe4t\xf6s.\n"
    path = tmp_path / "a.eml"
    path.write_bytes(raw)
    msg = read_path(path)
    assert "Tämä on päätös." in msg.source
    assert any("windows-1252" in n for n in msg.notes)


def test_windows_1252_text_is_decoded_and_said(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Hei Mikko,\n\nTämä maksaa 5 € – ei enempää.\n".encode("cp1252"))
    msg = read_path(path)
    assert "5 € – ei" in msg.source
    assert msg.notes == ["decoded as windows-1252 (not valid UTF-8)"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty message"),
        (b"   \n\n ", "empty message"),
        (b"%PDF-1.4\n...", "PDF"),
        (b"abc\x00\x01\x02def", "binary"),
    ],
)
def test_bad_bytes(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        parse_bytes(data)


def test_utf16_with_bom() -> None:
    msg = parse_bytes("Hei Mikko,\n\nTämä on testi.\n".encode("utf-16"))
    assert msg.source.startswith("Hei Mikko")


def test_size_limit_names_the_option() -> None:
    with pytest.raises(InputError, match="--max-chars"):
        decode_bytes(b"a" * 101, max_chars=100)


def test_missing_file() -> None:
    with pytest.raises(InputError, match="no such file"):
        read_path("/nonexistent/viesti.txt")


def test_crlf_is_normalised() -> None:
    msg = parse_bytes(b"Hei Mikko,\r\n\r\nTeksti t\xc3\xa4ss\xc3\xa4.\r\n")
    assert "\r" not in msg.source
