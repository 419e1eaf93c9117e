"""Who an evaluation is said of: third parties' names, "se" pointing back, scare
quotes, and titles that only name a topic. Real pipeline, exact spans."""

from __future__ import annotations

import pytest

from pitchlint import Linter

HEAD = "Hei Anna,\n\n"
TAIL = "\n\nSoitan torstaina kello 10.\n\nTerveisin\nMatti Meikäläinen\nKassavirta Oy"


def _spans(linter: Linter, body: str, rule: str) -> list[str]:
    text = HEAD + body + TAIL
    return [text[f.start : f.end] for f in linter.lint(text, "email").findings if f.rule == rule]


@pytest.mark.parametrize(
    ("body", "span"),
    [
        # "se" after a sentence that named the reader's current product
        ("Käytätte Tikettitaloa. Se on kömpelö ja hidas.", "kömpelö"),
        ("Teillä on käytössä Kassamestari. Sen tekijät eivät välitä asiakkaistaan.", "välitä"),
        # a third party's name the evaluation is said of
        ("Teillä käytössä oleva Kurssivelho on surkea ohjelma.", "surkea"),
        ("Käytätte Verkkotalon kömpelöä alustaa.", "kömpelöä"),
        # irony: praise in scare quotes, attached to a vendor
        ('Nykyisen toimittajanne "nopea" toimitus kestää viikon.', "nopea"),
        # the vendor's operations and people named right after the vendor
        (
            "Nykyinen kuljetusurakoitsijanne ei pysy muutoksessa mukana. Suoraan sanottuna "
            "toiminta on ala-arvoista.",
            "ala-arvoista",
        ),
        ("Edellinen urakoitsija jätti työmaan. Työnjälki oli huolimatonta.", "huolimatonta"),
    ],
)
def test_evaluation_of_a_named_vendor_fires(linter: Linter, body: str, span: str) -> None:
    assert span in _spans(linter, body, "competitor-bashing")


@pytest.mark.parametrize(
    "body",
    [
        # the reader's own name (it is in the subject line) is no competitor
        "Aihe: Kellotalon keskeneräiset ostokset\n\nKellotalon kassa on hidas mobiilissa.",
        # a peer's old problem told as a story: the evaluation is not said of the name
        "Nurmela kärsi hitaista toimituksista, kunnes vaihtoi reittiä.",
        # a common word capitalised at a sentence start is no name
        "Pohjoisen reiteillä kaluston saatavuus on talvella heikko.",
        # "se" with nothing named before it
        "Uusi laki tulee voimaan keväällä. Se on monelle hankala.",
        # quotation of a longer phrase is someone's words, not irony
        'Asiakkaanne kirjoitti: "palvelu on nopea ja toimittaja luotettava".',
    ],
)
def test_no_named_target_does_not_fire(linter: Linter, body: str) -> None:
    if body.startswith("Aihe:"):
        text = body.replace("\n\n", "\n\n" + HEAD, 1) + TAIL
        found = [
            text[f.start : f.end]
            for f in linter.lint(text, "email").findings
            if f.rule == "competitor-bashing"
        ]
    else:
        found = _spans(linter, body, "competitor-bashing")
    assert not found


def test_topic_title_is_no_promise(linter: Linter) -> None:
    deck = (
        "# Pumput – Esimerkki Oy\n\n## Takuu ja huolto\n- Takuu kattaa viisi vuotta\n\n"
        "## Tulokset taattu\n- Kaikki ongelmat poistuvat\n"
    )
    found = [
        deck[f.start : f.end]
        for f in linter.lint(deck, "outline").findings
        if f.rule == "unbacked-promise"
    ]
    assert "Takuu" not in found  # a title naming a topic
    assert "taattu" in found  # a title that promises
