"""The Python API: lint, Linter, lint_many, lint_file; exact spans; scores."""

from __future__ import annotations

from pathlib import Path

import pytest

import pitchlint
from pitchlint import InputError, Linter, Report

TEXT = "Hei {{etunimi}},\n\nMontako työntekijää teillä on? Mitä järjestelmää käytätte?\n\nTerveisin\nLeena\n"


def test_module_level_lint() -> None:
    report = pitchlint.lint(TEXT, kind="email")
    assert isinstance(report, Report)
    assert 0 <= report.score < 100
    f = next(f for f in report.findings if f.rule == "unfilled-placeholder")
    assert (f.start, f.end, f.line, f.column, f.end_line, f.end_column) == (4, 15, 1, 5, 1, 16)
    assert TEXT[f.start : f.end] == "{{etunimi}}"


def test_exact_question_spans(linter: Linter) -> None:
    report = linter.lint(TEXT, "email")
    spans = [TEXT[f.start : f.end] for f in report.findings if f.rule == "over-questioning"]
    assert spans == ["Montako työntekijää teillä on?", "Mitä järjestelmää käytätte?"]
    q = next(f for f in report.findings if f.rule == "over-questioning")
    assert (q.line, q.column) == (3, 1)


def test_lint_many_equals_lint(linter: Linter) -> None:
    texts = [TEXT, "Hei Mikko,\n\nKiitos tapaamisesta.\n", TEXT.replace("Leena", "Jari")]
    batch = linter.lint_many(texts, kind="email")
    single = [linter.lint(t, "email") for t in texts]
    assert [r.model_dump() for r in batch] == [r.model_dump() for r in single]


def test_lint_file_and_error(linter: Linter, tmp_path: Path) -> None:
    p = tmp_path / "v.txt"
    p.write_text(TEXT, encoding="utf-8")
    assert linter.lint_file(p).path == str(p)
    with pytest.raises(InputError):
        linter.lint_file(tmp_path / "missing.txt")


def test_inline_suppression(linter: Linter) -> None:
    text = "<!-- pitchlint: disable=unfilled-placeholder -->\n" + TEXT
    assert "unfilled-placeholder" not in {f.rule for f in linter.lint(text, "email").findings}
    line_level = TEXT.replace(
        "Hei {{etunimi}},", "Hei {{etunimi}}, <!-- pitchlint: disable-line=unfilled-placeholder -->"
    )
    assert "unfilled-placeholder" not in {f.rule for f in linter.lint(line_level, "email").findings}


def test_clean_message_scores_100(linter: Linter) -> None:
    text = (
        "Aihe: Jätelain muutos\n\nHei Mikko,\n\nVuoden 2027 alusta biojäte on eroteltava jo viiden "
        "hengen toimistoissa. Teillä tämä koskee kolmea toimipistettä. Sopisiko puhelu torstaina "
        "kello 10?\n\nTerveisin\nLeena\n"
    )
    report = linter.lint(text, "email")
    assert report.findings == [] and report.score == 100.0


def test_empty_text_is_an_input_error(linter: Linter) -> None:
    with pytest.raises(InputError, match="empty"):
        linter.lint("  \n")


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # an ordinal-looking "30." ends the sentence when a function word or verb follows
        (
            "Hakemuksia tuli yli 30. Siksi kannattaa etsiä muualta.",
            ["Hakemuksia tuli yli 30.", "Siksi kannattaa etsiä muualta."],
        ),
        # and before a capitalised common noun
        (
            "Viime vuonna niitä oli 27. Kaupungin hotellit nostavat hintoja.",
            ["Viime vuonna niitä oli 27.", "Kaupungin hotellit nostavat hintoja."],
        ),
        # but not before a noun: "30. päivä", a date or an ordinal
        (
            "Toimitamme 30. Kesäkuuta edeltävänä päivänä.",
            ["Toimitamme 30. Kesäkuuta edeltävänä päivänä."],
        ),
        # a full stop after a whole word ends the sentence, even before a small letter
        # (a typo); an abbreviation's stop does not
        (
            "Osuus nousi 74 prosenttiin. tärkeintä oli runko. Katso esim. liite ja mm. hinnat.",
            [
                "Osuus nousi 74 prosenttiin.",
                "tärkeintä oli runko.",
                "Katso esim. liite ja mm. hinnat.",
            ],
        ),
        # a quotation mark after a space opens the next sentence; one glued to the stop
        # closes the sentence it ends
        (
            'Kävin tarjouksen läpi. "Edullisuus" on saavutettu taitavasti.',
            ["Kävin tarjouksen läpi.", '"Edullisuus" on saavutettu taitavasti.'],
        ),
        (
            'Hän sanoi "kyllä." Sitten hän lähti.',
            ['Hän sanoi "kyllä."', "Sitten hän lähti."],
        ),
    ],
)
def test_sentence_ends_after_a_number_with_a_period(
    linter: Linter, text: str, sentences: list[str]
) -> None:
    from pitchlint.inputs import parse_text

    msg = linter.analyzer.analyse(parse_text(text, "email"))
    assert [msg.source[s.start : s.end] for s in msg.sentences] == sentences


def test_the_parser_cannot_split_a_sentence_without_punctuation(linter: Linter) -> None:
    """The parser alone ends this bullet after "toiseen"; no punctuation is there."""
    from pitchlint.inputs import read_path

    path = (
        Path(__file__).resolve().parents[1]
        / "corpora/dev/extra103/x103_21_pihamestarit_esittely.md"
    )
    msg = linter.analyzer.analyse(read_path(path))
    bullet = "Lumitöiden ja hiekoituksen kulut vaihtelevat talvesta toiseen jopa 40 %"
    assert bullet in [msg.source[s.start : s.end] for s in msg.sentences]


@pytest.mark.parametrize(("text", "word"), [("Varmasti teilläkin mietitään tätä.", "teilläkin")])
def test_a_pronoun_with_a_clitic_tagged_as_an_adverb_keeps_its_person(
    linter: Linter, text: str, word: str
) -> None:
    from pitchlint.inputs import parse_text

    msg = linter.analyzer.analyse(parse_text(text, "email"))
    found = next(w for w in msg.words if w.text == word)
    assert found.addresses_reader and found.person == 2


@pytest.mark.parametrize(
    ("noun_text", "word", "lemma", "verb_text", "verb_word", "verb_lemma"),
    [
        # "seuraavan vuoden lupaan": a verb takes no genitive attribute; "lupa", not
        # "I promise"
        (
            "Valitusten määrä vaikuttaa myös seuraavan vuoden lupaan.",
            "lupaan",
            "lupa",
            "Lupaan teille nopean toimituksen.",
            "Lupaan",
            "luvata",
        ),
        # "ennen kuin erotin on puolillaan": a subject is no verb in the 1st person;
        # the separator, not "I separated"
        (
            "Putki tukkeutuu usein ennen kuin erotin on edes puolillaan.",
            "erotin",
            "erotin",
            "Erotin rasvan vedestä eilen.",
            "Erotin",
            "erottaa",
        ),
        # "nostin jää työmaalle": no verb takes a finite verb as its complement, so
        # the lift is the subject of "jää", not "I lifted"
        (
            "Kun urakoitsija vaihtuu, nostin jää usein työmaalle.",
            "nostin",
            "nostin",
            "Nostin laatikon hyllylle eilen.",
            "Nostin",
            "nostaa",
        ),
    ],
    ids=["genitive-attribute", "subject", "before-a-finite-verb"],
)
def test_a_verb_form_in_a_nouns_place_is_the_noun(
    linter: Linter,
    noun_text: str,
    word: str,
    lemma: str,
    verb_text: str,
    verb_word: str,
    verb_lemma: str,
) -> None:
    from pitchlint.inputs import parse_text

    msg = linter.analyzer.analyse(parse_text(noun_text, "email"))
    noun = next(w for w in msg.words if w.text == word)
    assert (noun.lemma, noun.pos, noun.finite, noun.person) == (lemma, "NOUN", False, None)
    as_verb = linter.analyzer.analyse(parse_text(verb_text, "email"))
    verb = next(w for w in as_verb.words if w.text == verb_word)
    assert (verb.lemma, verb.finite, verb.person) == (verb_lemma, True, 1)


def test_a_noun_read_as_a_verb_becomes_the_subject_of_the_next_verb(linter: Linter) -> None:
    from pitchlint.inputs import parse_text

    msg = linter.analyzer.analyse(
        parse_text("Kun urakoitsija vaihtuu, nostin jää usein työmaalle.", "email")
    )
    by_text = {w.text: w for w in msg.words}
    verb = by_text["jää"]
    assert (by_text["nostin"].dep, by_text["nostin"].head) == ("nsubj", verb.i)
    # what hung on the misread verb now hangs on the real one
    assert by_text["työmaalle"].head == verb.i and by_text["vaihtuu"].head == verb.i


@pytest.mark.parametrize(
    ("text", "word", "lemma", "possessive"),
    [
        # one keystroke from one word only: read as the word meant
        (
            "Nykyisen käänöstoimistonne harjoittelijat tekevät virheitä.",
            "käänöstoimistonne",
            "käännöstoimisto",
            "2p",
        ),
        ("Ympäristöasiat ovat yleistynytt nopeasti.", "yleistynytt", "yleistynyt", None),
        # Voikko's suggestions disagree ("kustannusarvio", "kusuanusarvio"): unread,
        # but "-nne" still says the noun is the reader's
        ("Lähetämme huomenna kustanusarvionne teille.", "kustanusarvionne", None, "2p"),
        # "harjoitus" or "hajotus": unread
        ("Lähetän harjotusviestin huomenna.", "harjotusviestin", None, None),
    ],
)
def test_a_misspelt_word_is_read_as_the_word_meant(
    linter: Linter, text: str, word: str, lemma: str | None, possessive: str | None
) -> None:
    from pitchlint.inputs import parse_text

    msg = linter.analyzer.analyse(parse_text(text, "email"))
    found = next(w for w in msg.words if w.text == word)
    assert found.possessive == possessive
    if lemma is None:
        assert not found.readings and found.lemma == word
    else:
        assert found.lemma == lemma and found.readings
    # the typo is still a spelling finding, at its own span
    report = linter.lint(text, "email")
    spelling = [f for f in report.findings if f.rule == "spelling"]
    assert [report.source[f.start : f.end] for f in spelling] == [word]
