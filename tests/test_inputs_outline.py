"""Outline inputs: Markdown, front matter, Marp and reveal.js decks with notes, plain
numbered and indented outlines, and .pptx decks built here with python-pptx."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from pitchlint import Linter
from pitchlint.errors import InputError
from pitchlint.inputs import BlockKind, Message, parse_bytes, parse_text, read_path
from pitchlint.linter import expand_paths

FIXTURES = Path(__file__).parent / "fixtures" / "inputs" / "outline"

Row = tuple[int | None, BlockKind, int, str]


def _rows(msg: Message) -> list[Row]:
    return [(b.slide, b.kind, b.level, b.text) for b in msg.blocks]


def _exact(msg: Message) -> None:
    for block in msg.blocks:
        assert msg.source[block.start : block.end] == block.text, block


T, B, N = BlockKind.TITLE, BlockKind.BULLET, BlockKind.NOTE


def test_marp_deck_slides_and_comment_notes() -> None:
    msg = read_path(FIXTURES / "marp_deck.md")
    assert msg.kind == "outline"
    assert _rows(msg) == [
        (0, T, 0, "Varastonne kiertonopeus"),
        (0, B, 0, "Kuljetus Virtanen Oy, marraskuu 2024"),
        (0, N, 0, "Avaa kysymyksellä: montako päivää tavara seisoo?\nÄlä aloita meistä."),
        (1, T, 0, "Mitä huomasimme"),
        (1, B, 0, "Kiertonopeus laski 6,1:stä 4,8:aan"),
        (1, B, 1, "Vantaan terminaali avattiin maaliskuussa"),
        (1, B, 0, "Sitoutunut pääoma kasvoi 240 000 euroa"),
        (1, N, 0, "Näytä kuva terminaalista tässä kohdassa."),
        (2, T, 0, "Ehdotus"),
        (2, B, 0, "Kahden viikon pilotti Vantaalla"),
        (2, B, 0, "Tulokset yhdessä tammikuussa"),
    ]  # front matter, the `_class` directive and the fenced `---` are no slides or notes
    _exact(msg)
    assert len(msg.slides()) == 3


def test_reveal_deck_note_lines_vertical_slides_and_aside() -> None:
    msg = read_path(FIXTURES / "reveal_deck.md")
    assert _rows(msg) == [
        (0, T, 0, "Palkanlaskennan virheet"),
        (0, B, 0, "Tilitoimisto Nieminen, syyskuu 2024"),
        (0, N, 0, "Kerro ensin, mistä luvut tulevat."),
        (1, T, 0, "Virheiden hinta"),
        (1, B, 0, "Korjaukset vievät 3 000 € vuodessa"),
        (1, B, 0, "Yksi väärä vuosiloma maksaa keskimäärin 400 €"),
        (1, N, 0, "Kysy, paljonko heillä on korjauksia kuussa."),
        (1, N, 0, "Anna heidän laskea itse."),
        (2, T, 0, "Alaslaji: esimerkki"),
        (2, B, 0, "Lomarahan jaksotus"),
        (2, N, 0, "Tämä dia näytetään vain kysyttäessä."),
        (3, T, 0, "Seuraava askel"),
        (3, B, 0, "Puolen tunnin läpikäynti lokakuussa"),
    ]
    _exact(msg)


def test_a_finding_in_speaker_notes_points_into_the_deck(linter: Linter) -> None:
    text = "---\nmarp: true\n---\n\n# Kiertonopeus\n\n- 6,1 → 4,8\n\n<!-- Kysy XXX:n luvut -->\n"
    report = linter.lint(text, "outline")
    tags = [f for f in report.findings if f.rule == "unfilled-placeholder"]
    assert [(f.start, f.end, f.line, f.column) for f in tags] == [
        (text.index("XXX"), text.index("XXX") + 3, 9, text.split("\n")[8].index("XXX") + 1)
    ]


def test_markdown_with_front_matter_is_an_outline_by_headings() -> None:
    msg = read_path(FIXTURES / "front_matter_outline.md")
    assert _rows(msg) == [
        (0, T, 0, "Huoltosopimus"),
        (1, T, 0, "Nykytilanne"),
        (1, B, 0, "Korjauskulut 410 € kuussa"),
        (1, B, 0, "Kolme vikaa talven aikana"),
        (2, T, 0, "Ehdotus"),
        (2, B, 0, "Ennakoiva huolto kahdesti vuodessa"),
        (2, B, 1, "Syyshuolto lokakuussa"),
        (2, B, 1, "Kevähuolto huhtikuussa"),
        (2, B, 0, "Kiinteä hinta 240 € kuussa"),
    ]
    assert "Leena Laine" not in [b.text for b in msg.blocks]  # front matter is metadata
    _exact(msg)


def test_plain_numbered_outline() -> None:
    msg = read_path(FIXTURES / "plain_numbered.txt")
    assert msg.kind == "outline"
    assert [(s, k, t) for s, k, _, t in _rows(msg)] == [
        (0, T, "Myyntiesitys: Rakennus Korhonen"),
        (1, T, "Teidän tilanteenne"),
        (1, B, "kuusi työmaata samaan aikaan"),
        (1, B, "ajanvaraus hoidetaan sähköpostilla"),
        (2, T, "Mitä muut ovat tehneet"),
        (2, B, "yhteinen kalenteri työmaille"),
        (2, B, "tekstiviestimuistutukset"),
        (3, T, "Seuraava askel"),
        (3, B, "pilotti yhdellä työmaalla"),
    ]
    _exact(msg)


def test_indented_outline_without_numbers() -> None:
    msg = read_path(FIXTURES / "indented.txt")
    assert _rows(msg) == [
        (0, T, 0, "Varaston kierto"),
        (0, B, 0, "kiertonopeus laski 6,1:stä 4,8:aan"),
        (0, B, 0, "sitoutunut pääoma kasvoi"),
        (0, B, 1, "noin 240 000 euroa"),
        (1, T, 0, "Ehdotus"),
        (1, B, 0, "kahden viikon pilotti"),
    ]
    _exact(msg)


def test_setext_heading_is_not_a_slide_separator() -> None:
    text = "# Esitys\n\nKiertonopeus\n---\n\n- laski\n"
    msg = parse_text(text, "outline", path="a.md")
    assert (T, "Kiertonopeus") in [(b.kind, b.text) for b in msg.blocks]


# --- .pptx ---------------------------------------------------------------------------------


def _deck() -> bytes:
    prs = Presentation()
    first = prs.slides.add_slide(prs.slide_layouts[0])
    first.shapes.title.text = "Varastonne kiertonopeus"
    first.placeholders[1].text = "Kuljetus Virtanen Oy, marraskuu 2024"
    first.notes_slide.notes_text_frame.text = "Avaa kysymyksellä.\nÄlä aloita meistä."
    second = prs.slides.add_slide(prs.slide_layouts[1])
    second.shapes.title.text = "Mitä huomasimme"
    frame = second.placeholders[1].text_frame
    frame.text = "Kiertonopeus laski 6,1:stä 4,8:aan"
    sub = frame.add_paragraph()
    sub.text, sub.level = "Vantaan terminaali avattiin maaliskuussa", 1
    last = frame.add_paragraph()
    last.text, last.level = "Sitoutunut pääoma kasvoi {{summa}}", 0
    prs.slides.add_slide(prs.slide_layouts[6])  # a blank slide: skipped
    third = prs.slides.add_slide(prs.slide_layouts[5])
    third.shapes.title.text = "Ehdotus"
    table = third.shapes.add_table(1, 2, Inches(1), Inches(2), Inches(6), Inches(1)).table
    table.cell(0, 0).text = "Pilotti"
    table.cell(0, 1).text = "Kaksi viikkoa"
    group = third.shapes.add_group_shape()
    box = group.shapes.add_textbox(Inches(1), Inches(4), Inches(6), Inches(1))
    box.text_frame.text = "Hinta 240 € kuussa"
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def test_pptx_titles_bullets_levels_notes_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "esitys.pptx"
    path.write_bytes(_deck())
    msg = read_path(path)
    assert msg.kind == "outline"
    assert _rows(msg) == [
        (0, T, 0, "Varastonne kiertonopeus"),
        (0, B, 0, "Kuljetus Virtanen Oy, marraskuu 2024"),
        (0, N, 0, "Avaa kysymyksellä."),
        (0, N, 0, "Älä aloita meistä."),
        (1, T, 0, "Mitä huomasimme"),
        (1, B, 0, "Kiertonopeus laski 6,1:stä 4,8:aan"),
        (1, B, 1, "Vantaan terminaali avattiin maaliskuussa"),
        (1, B, 0, "Sitoutunut pääoma kasvoi Mallinen"),
        (2, T, 0, "Ehdotus"),
        (2, B, 0, "Pilotti"),
        (2, B, 0, "Kaksi viikkoa"),
        (2, B, 0, "Hinta 240 € kuussa"),  # inside a group shape
    ]
    assert msg.source.startswith("# Varastonne kiertonopeus\n- Kuljetus Virtanen Oy")
    assert "\n  - Vantaan terminaali avattiin maaliskuussa\n" in msg.source
    assert "\nNote: Avaa kysymyksellä.\n" in msg.source
    for block in msg.blocks:
        shown = msg.source[block.start : block.end]
        assert shown == block.text.replace("Mallinen", "{{summa}}")
    assert str(path) in list(expand_paths([tmp_path]))


def test_pptx_from_bytes_without_a_name_and_its_findings(linter: Linter) -> None:
    msg = parse_bytes(_deck())
    assert msg.kind == "outline" and msg.blocks[0].text == "Varastonne kiertonopeus"
    report = linter.lint_message(msg)
    tag = next(f for f in report.findings if f.rule == "unfilled-placeholder")
    assert msg.source[tag.start : tag.end] == "{{summa}}"
    assert msg.source.split("\n")[tag.line - 1] == "- Sitoutunut pääoma kasvoi {{summa}}"


def test_every_format_gives_the_same_slides() -> None:
    markdown = (
        "# Varastonne kiertonopeus\n\n- Kuljetus Virtanen Oy, marraskuu 2024\n\n"
        "Note: Avaa kysymyksellä.\n\nÄlä aloita meistä.\n\n---\n\n# Mitä huomasimme\n\n"
        "- Kiertonopeus laski 6,1:stä 4,8:aan\n  - Vantaan terminaali avattiin maaliskuussa\n"
        "- Sitoutunut pääoma kasvoi {{summa}}\n\n---\n\n# Ehdotus\n\n- Pilotti\n- Kaksi viikkoa\n"
        "- Hinta 240 € kuussa\n"
    )
    assert _rows(parse_text(markdown, "outline", path="deck.md")) == _rows(parse_bytes(_deck()))


def test_broken_pptx_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "rikki.pptx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match=r"not a readable \.pptx"):
        read_path(path)
