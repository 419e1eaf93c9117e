"""E-mail inputs: quoted replies and signatures hidden, MIME, charsets, HTML, RFC 2047.

Real parsing on real-looking Finnish samples in tests/fixtures/inputs/email/,
and the real linter where findings matter.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from pitchlint import Linter
from pitchlint.config import config_from_dict
from pitchlint.errors import ConfigError, InputError
from pitchlint.inputs import BlockKind, Message, parse_bytes, parse_text, read_path
from pitchlint.inputs.email import html_to_text, selector_to_xpath
from pitchlint.inputs.replies import reply_patterns

FIXTURES = Path(__file__).parent / "fixtures" / "inputs" / "email"


def _exact(msg: Message) -> None:
    """Every block's text is an exact copy of its span (no merge tags in these)."""
    for block in msg.blocks:
        assert msg.source[block.start : block.end] == block.text, block


def _texts(msg: Message) -> list[tuple[BlockKind, str]]:
    return [(b.kind, b.text) for b in msg.blocks]


def _hidden(msg: Message, needle: str) -> bool:
    """``needle`` (a text of the source) is inside a hidden span and in no block."""
    pos = msg.source.index(needle)
    in_block = any(b.start <= pos < b.end for b in msg.blocks)
    masked = any(s <= pos and pos + len(needle) <= e for s, e in msg.hidden)
    return masked and not in_block


# --- quoted replies and signatures in plain text ----------------------------------------------


def test_finnish_outlook_reply_is_hidden_to_the_end() -> None:
    msg = read_path(FIXTURES / "outlook_reply_fi.txt")
    assert _texts(msg) == [
        (BlockKind.SUBJECT, "VS: Varaston kiertonopeus"),
        (BlockKind.GREETING, "Hei Mikko,"),
        (
            BlockKind.PARAGRAPH,
            "Kiitos nopeasta vastauksesta! Lähetän torstaiksi lyhyen laskelman siitä,\n"
            "paljonko sitoutunutta pääomaa kiertonopeuden nosto vapauttaisi teillä.",
        ),
        (BlockKind.PARAGRAPH, "Sopiiko, että soitan perjantaina kello 10?"),
        (BlockKind.CLOSING, "Ystävällisin terveisin"),
    ]
    _exact(msg)
    assert _hidden(msg, "Asiakkuusjohtaja | Datavirta Oy")  # the signature
    assert _hidden(msg, "Lähettäjä: Mikko Virtanen")
    assert _hidden(msg, "maailman paras kumppani")
    line = msg.source[: msg.source.index("____")].count("\n") + 1
    assert msg.notes == [f"quoted reply from line {line} not linted"]


def test_quoted_text_gives_no_findings(lint_ids) -> None:  # type: ignore[no-untyped-def]
    text = (FIXTURES / "outlook_reply_fi.txt").read_text(encoding="utf-8")
    quoted = text[text.index("Hei Leena") :]
    assert "self-praise" in lint_ids("Hei Leena,\n\n" + quoted.split("\n", 2)[2])
    assert "self-praise" not in lint_ids(text)


def test_gmail_interleaved_reply_keeps_the_new_text() -> None:
    msg = read_path(FIXTURES / "gmail_reply_fi.txt")
    paragraphs = [b.text for b in msg.blocks if b.kind == BlockKind.PARAGRAPH]
    assert paragraphs == [
        "kiitos kysymyksistä, vastaukset alla.",
        "Paketti kuudelle työmaalle on valmiina, ja käyttöönotto on hinnassa mukana.\n"
        "Voimme aloittaa jo joulukuussa.",
        "Ylläpito kuuluu palveluun. Sopisiko lyhyt esittely tiistaina kello 14?",
    ]
    _exact(msg)
    assert _hidden(msg, "ma 26.10.2009 klo 20.18 Matti Meikäläinen")
    assert _hidden(msg, "> Kuka meillä vastaa ylläpidosta?")
    assert _hidden(msg, "Leena Laine\nDatavirta Oy")  # after the "--" delimiter


def test_findings_in_a_reply_point_into_the_original(linter: Linter) -> None:
    text = (
        "Hei Matti,\n\n"
        "> Voitteko lähettää tarjouksen?\n"
        "> XXX\n\n"
        "Tässä tarjous {{yritys}}:lle, ja hinta on 240 € kuussa.\n\n"
        "ma 26.10.2009 20:18 Matti Meikäläinen <matti@rakennus-mk.fi> kirjoitti:\n"
        "> Hei, tarvitsemme tarjouksen [Yritys] varten.\n"
    )
    report = linter.lint(text, "email")
    tags = [f for f in report.findings if f.rule == "unfilled-placeholder"]
    assert len(tags) == 1  # XXX and [Yritys] are in quoted lines
    found = tags[0]
    assert (found.start, found.end) == (text.index("{{yritys}}"), text.index("}}:lle") + 2)
    assert text[found.start : found.end] == "{{yritys}}"
    assert (found.line, found.column) == (6, len("Tässä tarjous ") + 1)
    quoted = [i for i, line in enumerate(text.split("\n"), 1) if line.startswith(("> ", "ma "))]
    assert all(f.line not in quoted for f in report.findings)


def test_evolution_attribution_and_device_footer() -> None:
    msg = read_path(FIXTURES / "evolution_reply_fi.txt")
    assert [b.kind for b in msg.blocks] == [BlockKind.GREETING, BlockKind.PARAGRAPH]
    _exact(msg)
    assert _hidden(msg, "ke, 2024-10-30 kello 23:46 +0200, Anna Korhonen kirjoitti:")
    assert _hidden(msg, "Lähetetty iPhonesta")


def test_wrapped_english_attribution_hides_an_unquoted_reply() -> None:
    msg = read_path(FIXTURES / "english_gmail_wrapped.txt")
    assert [b.kind for b in msg.blocks] == [BlockKind.GREETING, BlockKind.PARAGRAPH]
    assert _hidden(msg, "We are the best in the market.")
    assert msg.notes == ["quoted reply from line 5 not linted"]


def test_english_outlook_header_block() -> None:
    text = (
        "Hi Tom,\n\nThe numbers are attached.\n\nBest regards\nLeena\n\n"
        "From: Tom Smith <tom@example.com>\nSent: Monday, November 4, 2024 9:12 AM\n"
        "To: Leena Laine <leena@datavirta.fi>\nSubject: Numbers\n\nCan you send them?\n"
    )
    msg = parse_text(text, "email")
    assert [b.text for b in msg.blocks] == ["Hi Tom,", "The numbers are attached.", "Best regards"]
    assert _hidden(msg, "Can you send them?")


def test_original_message_separator() -> None:
    text = (
        "Hei Pekka,\n\nLiitteenä päivitetty tarjous.\n\n"
        "-----Alkuperäinen viesti-----\nLähettäjä: Pekka Salo\nOlemme paras.\n"
    )
    msg = parse_text(text, "email")
    assert [b.text for b in msg.blocks] == ["Hei Pekka,", "Liitteenä päivitetty tarjous."]
    assert msg.notes == ["forwarded or original message from line 5 not linted"]


@pytest.mark.parametrize(
    "closing",
    [
        "Ystävällisin terveisin",
        "Terveisin",
        "Parhain terveisin,",
        "Kiittäen",
        "Ystävällisesti",
        "Kiitollisena jokaisesta hetkestä, jonka voitte antaa,",
        "Vastaustanne odottaen,",
        "Nöyrästi kiittäen",
        "Pahoitellen ja terveisin",
        "Pahoitellen ja kiitollisena",
        "Kiittäen ja toivoen",
        "Moikkaa",
        "Hyvää viikonloppua!",
        "Aurinkoista syksyä!",
        "Mukavaa kesää",
    ],
)
def test_closings_hide_the_signature_below(closing: str) -> None:
    text = f"Hei Anna,\n\nSopisiko puhelu tiistaina?\n\n{closing}\nLeena Laine\n040 123 4567\n"
    msg = parse_text(text, "email")
    assert _texts(msg)[-1] == (BlockKind.CLOSING, closing)
    assert _hidden(msg, "Leena Laine\n040 123 4567")
    assert msg.notes == []  # a signature is not worth a note


@pytest.mark.parametrize(
    "signature",
    ["Mikko Salminen\nNousu Hissit Oy\n040 123 4567", "Leena Laine\nleena@esimerkki.fi"],
)
def test_a_signature_without_a_closing_is_no_body_text(signature: str) -> None:
    text = f"Hei Anna,\n\nSopisiko puhelu tiistaina?\n\nKiitos ajastasi!\n\n{signature}\n"
    msg = parse_text(text, "email")
    assert _texts(msg)[-2:] == [
        (BlockKind.PARAGRAPH, "Kiitos ajastasi!"),
        (BlockKind.SIGNATURE, signature),
    ]


def test_a_closing_of_ones_own_ending_in_a_comma_keeps_the_signature_hidden() -> None:
    text = (
        "Hei Anna,\n\nSopisiko puhelu tiistaina?\n\nPahoittelen vielä vaivaa,\n"
        "Juho Kettunen\nKoivuniemen Kartano\n"
    )
    msg = parse_text(text, "email")
    assert _texts(msg)[-2:] == [
        (BlockKind.CLOSING, "Pahoittelen vielä vaivaa,"),
        (BlockKind.SIGNATURE, "Juho Kettunen\nKoivuniemen Kartano"),
    ]


def test_a_closing_formula_with_more_said_keeps_the_signature_hidden() -> None:
    text = (
        "Hei Anna,\n\nSopisiko puhelu tiistaina?\n\nNöyrin terveisin ja kiitos, että luitte "
        "tänne asti,\nJussi Koskinen\nTerveysranta Oy\n"
    )
    assert _texts(parse_text(text, "email"))[-2:] == [
        (BlockKind.CLOSING, "Nöyrin terveisin ja kiitos, että luitte tänne asti,"),
        (BlockKind.SIGNATURE, "Jussi Koskinen\nTerveysranta Oy"),
    ]


def test_a_short_last_paragraph_without_contact_details_stays_body_text() -> None:
    text = "Hei Anna,\n\nSopisiko puhelu tiistaina?\n\nHinta 40 euroa\nToimitus viikossa\n"
    assert _texts(parse_text(text, "email"))[-1][0] == BlockKind.PARAGRAPH


def test_postscript_after_the_signature_is_linted() -> None:
    text = "Hei Anna,\n\nSopisiko puhelu?\n\nTerveisin\nLeena\n\nPS. Laskelma on liitteenä.\n"
    msg = parse_text(text, "email")
    assert msg.blocks[-1].text == "PS. Laskelma on liitteenä."
    assert msg.blocks[-1].kind == BlockKind.PARAGRAPH


def test_a_header_block_at_the_start_is_the_message_itself() -> None:
    text = "From: Leena\nTo: Mikko\n\nHei Mikko,\n\nTässä laskelma.\n"
    msg = parse_text(text, "email")
    assert "Tässä laskelma." in [b.text for b in msg.blocks]


def test_kirjoitti_in_an_ordinary_sentence_is_not_an_attribution() -> None:
    text = (
        "Hei Mikko,\n\nEräs asiakkaamme kirjoitti:\n\nTyökalu säästi meiltä kaksi päivää kuussa.\n"
    )
    msg = parse_text(text, "email")
    assert msg.hidden == []
    assert msg.blocks[-1].text == "Työkalu säästi meiltä kaksi päivää kuussa."


def test_a_greeting_wishing_a_good_day_is_no_closing() -> None:
    text = "Aihe: Tarjous\n\nHyvää päivää,\n\nSopisiko puhelu tiistaina?\n\nTerveisin\nLeena\n"
    msg = parse_text(text, "email")
    assert (BlockKind.PARAGRAPH, "Sopisiko puhelu tiistaina?") in _texts(msg)


def test_patterns_are_extensible_by_argument_and_config(linter: Linter) -> None:
    text = "Hei Anna,\n\nSopisiko puhelu?\n\nMenestystä messuille!\nLeena Laine\n"
    plain = parse_text(text, "email")
    assert plain.blocks[-1].text == "Menestystä messuille!\nLeena Laine"
    extra = {"closing": [r"^menestystä messuille\W*$"]}
    extended = parse_text(text, "email", reply_patterns=extra)
    assert [b.text for b in extended.blocks][-1] == "Menestystä messuille!"
    assert _hidden(extended, "Leena Laine")
    config = config_from_dict({"reply-patterns": extra, "select": ["unfilled-placeholder"]})
    lt = Linter(config, analyzer=linter.analyzer)
    report = lt.lint(text + "\nXXX\n", "email")
    assert report.findings == []  # XXX is in the hidden signature


def test_bad_reply_patterns_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="unknown key 'quotes'"):
        config_from_dict({"reply-patterns": {"quotes": ["^>"]}})
    with pytest.raises(ConfigError, match="bad pattern"):
        config_from_dict({"reply-patterns": {"attribution": ["(unclosed"]}})
    assert reply_patterns() is reply_patterns({})  # compiled once, cached


# --- RFC 822 / MIME ------------------------------------------------------------------------


def test_multipart_alternative_prefers_text_plain() -> None:
    msg = read_path(FIXTURES / "multipart_alternative.eml")
    _exact(msg)
    assert "HTML-VERSIO" not in msg.source
    assert msg.blocks[0].text == "Uusi terminaali ja varaston kierto"
    body = msg.blocks[2].text
    assert body.startswith("huomasin, että Kuljetus Virtanen avasi uuden terminaalin Vantaalle.")
    assert msg.notes == []


def test_empty_text_plain_alternative_falls_back_to_html() -> None:
    raw = (
        "From: a@datavirta.fi\nTo: b@asiakas.fi\nSubject: Hei\nMIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="b"\n\n--b\n'
        "Content-Type: text/plain; charset=utf-8\n\n\n--b\n"
        "Content-Type: text/html; charset=utf-8\n\n"
        "<p>Hei Mikko,</p><p>Tässä lyhyt laskelma.</p>\n--b--\n"
    ).encode()
    msg = parse_bytes(raw)
    assert [b.text for b in msg.blocks][1:] == ["Hei Mikko,", "Tässä lyhyt laskelma."]


def test_quoted_printable_iso_8859_15_body_and_subject() -> None:
    msg = read_path(FIXTURES / "qp_iso8859_15.eml")
    assert msg.blocks[0].text == "Huoltosopimus - säästö 240 € kuussa"
    subject_raw = msg.source[msg.blocks[0].start : msg.blocks[0].end]
    assert subject_raw.startswith("=?iso-8859-15?q?") and subject_raw.endswith("?=")
    body = msg.blocks[2]
    assert "240 € kuussa" in body.text and "410 € kuussa" in body.text
    assert msg.source[body.start : body.end] == body.text  # the body is decoded text
    assert msg.source.count("€") == 2  # QP undone in the source, the subject still encoded


def test_base64_windows_1252_body() -> None:
    msg = read_path(FIXTURES / "base64_windows1252.eml")
    _exact(msg)
    body = msg.blocks[2].text
    assert body.startswith("”Palkanlaskennan virheet maksavat enemmän kuin itse laskenta” – näin")
    assert "3 000 € vuodessa" in body
    assert msg.notes == []  # the charset was declared


def test_rfc2047_subject_finding_points_at_its_encoded_word(linter: Linter) -> None:
    path = FIXTURES / "rfc2047_subject.eml"
    msg = read_path(path)
    assert msg.blocks[0].kind == BlockKind.SUBJECT
    assert msg.blocks[0].text == "Markkinoiden johtava järjestelmä"
    report = linter.lint_file(path)
    praise = [f for f in report.findings if f.rule == "self-praise"]
    assert len(praise) == 1
    source = path.read_text(encoding="utf-8")  # an 8-bit body: the file itself
    first_word = "=?iso-8859-1?q?Markkinoiden_johtava?="
    second_word = "=?utf-8?b?IGrDpHJqZXN0ZWxtw6Q=?="
    ends = {source.index(w) + len(w) for w in (first_word, second_word)}
    # the phrase starts in the first encoded word; it ends with one of them
    assert praise[0].start == source.index(first_word) and praise[0].end in ends
    assert (praise[0].line, praise[0].column) == (3, len("Subject: ") + 1)


def test_merge_tag_inside_an_encoded_subject_is_found() -> None:
    encoded = base64.b64encode(b"Ajatus {{yritys}}:lle").decode()
    raw = f"From: a@b.fi\nTo: <NIMI>\nSubject: =?utf-8?b?{encoded}?=\n\nHei,\n\nTeksti.\n"
    msg = parse_bytes(raw.encode())
    assert [p.text for p in msg.placeholders] == ["{{yritys}}"]  # not <NIMI> in To:
    tag = msg.placeholders[0]
    assert msg.source[tag.start : tag.end] == f"=?utf-8?b?{encoded}?="


def test_html_only_mail_drops_the_gmail_quote_and_signature(linter: Linter) -> None:
    path = FIXTURES / "html_only_gmail_quote.eml"
    msg = read_path(path)
    _exact(msg)
    assert _texts(msg) == [
        (BlockKind.SUBJECT, "Re: Tarjous kuudelle työmaalle"),
        (BlockKind.GREETING, "Hei Anna,"),
        (
            BlockKind.PARAGRAPH,
            "Kiitos tapaamisesta. Kuten sovimme, lähetän tarjouksen kuudesta työmaasta "
            "perjantaihin mennessä.",
        ),
        (BlockKind.PARAGRAPH, "Sopiiko, että käymme sen läpi maanantaina kello 9?"),
        (BlockKind.CLOSING, "Terveisin"),
    ]
    for gone in ("kirjoitti", "maailman paras", "*|FNAME|*", "markkinoiden johtava", "<div"):
        assert gone not in msg.source
    assert msg.placeholders == []
    assert "HTML body: offsets in the body point into its extracted text" in msg.notes
    report = linter.lint_file(path)
    assert {"self-praise", "unfilled-placeholder"}.isdisjoint(f.rule for f in report.findings)


def test_outlook_html_reply_drops_everything_from_divrplyfwdmsg() -> None:
    msg = read_path(FIXTURES / "outlook_html_reply.eml")
    assert [b.text for b in msg.blocks][-1] == "Ystävällisin terveisin"
    assert "Lähettäjä" not in msg.source and "XXX" not in msg.source
    assert "Lähetän päivitetyn tarjouksen" in msg.source  # iso-8859-1 QP decoded


def test_html_file_is_read_as_a_mail_body(tmp_path: Path) -> None:
    path = tmp_path / "viesti.html"
    path.write_text(
        "<html><body><p>Hei Mikko,</p><ul><li>kiertonopeus 4,8</li><li>pääoma +240 000 €</li>"
        "</ul><blockquote type='cite'>vanha viesti</blockquote><p>Sopisiko torstai?</p>"
        "</body></html>",
        encoding="utf-8",
    )
    msg = read_path(path)
    assert msg.kind == "email"
    assert _texts(msg) == [
        (BlockKind.GREETING, "Hei Mikko,"),
        (BlockKind.BULLET, "kiertonopeus 4,8"),
        (BlockKind.BULLET, "pääoma +240 000 €"),
        (BlockKind.PARAGRAPH, "Sopisiko torstai?"),
    ]
    _exact(msg)


def test_html_to_text_keeps_the_tail_after_a_quote() -> None:
    html = (
        "<div>Vastaukset alla.</div><blockquote type='cite'>Onko hinnasto?</blockquote>"
        "Kyllä on.<div class='gmail_quote'>vanha</div>"
    )
    text = html_to_text(html)
    assert "Vastaukset alla." in text and "Kyllä on." in text
    assert "hinnasto" not in text and "vanha" not in text


def test_selector_translation() -> None:
    assert selector_to_xpath("div.gmail_quote") == (
        "//div[contains(concat(' ', normalize-space(@class), ' '), ' gmail_quote ')]"
    )
    assert selector_to_xpath("#divRplyFwdMsg") == "//*[@id='divRplyFwdMsg']"
    assert selector_to_xpath("blockquote[type=cite]") == "//blockquote[@type='cite']"
    with pytest.raises(InputError, match="unsupported HTML selector"):
        selector_to_xpath("div > p")


def test_eml_without_text_part_is_an_error() -> None:
    raw = (
        b"From: a@b.fi\nTo: c@d.fi\nSubject: Liite\nMIME-Version: 1.0\n"
        b"Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n"
    )
    with pytest.raises(InputError, match="no text/plain or text/html part"):
        parse_bytes(raw)


@pytest.mark.parametrize(
    "greeting",
    ["Hyvät hallituksen jäsenet,", "Moro Pekka,", "Päivää Liisa,", "Hyvä Jari Kinnunen,"],
)
def test_plural_and_colloquial_greetings_are_greetings(greeting: str) -> None:
    msg = parse_text(f"{greeting}\n\nviime talvena lunta tuli paljon.\n", "email")
    assert [b.kind for b in msg.blocks][:2] == [BlockKind.GREETING, BlockKind.PARAGRAPH]


def test_eml_recipients_are_the_display_names_of_to_and_cc() -> None:
    raw = (
        b"From: Iida <iida@example.fi>\n"
        b"To: Emma Pakkanen <emma@example.fi>, info@example.fi\n"
        b"Cc: =?utf-8?q?Jari_M=C3=A4kel=C3=A4?= <jari@example.fi>\n"
        b"Subject: Testi\n\nHei Emma,\n\nKiitos.\n"
    )
    message = parse_bytes(raw, path="viesti.eml")
    # an address without a display name names no one
    assert message.recipients == ["Emma Pakkanen", "Jari Mäkelä"]
    assert parse_text("Hei Emma,\n\nKiitos.\n", "email").recipients == []
