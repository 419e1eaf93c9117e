"""Every word-list entry matches in several inflected forms (Voikko's lexemes)."""

from __future__ import annotations

import pytest

from pitchlint.analysis import Analyzer
from pitchlint.analysis.voikko import get_voikko
from pitchlint.rules.lexicon import lexeme_keys
from pitchlint.rules.wordlists import raw_wordlists, wordlist

ENTRIES = [(name, w) for name, words in raw_wordlists().items() for w in words]


def _base(entry: str) -> str:
    return entry.removeprefix("=")  # "=omistaja": the whole word only


_ENDINGS = (
    "n", "a", "ä", "ta", "tä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle",
    "ksi", "na", "nä", "t", "jen", "ja", "jä", "issa", "issä", "ille", "iin", "en", "ien",
    "mme", "tte", "vat", "vät", "an", "än", "isi", "tiin", "ttiin", "ttu", "tty", "nut", "nyt",
    "ia", "iä", "et", "ita", "itä", "ina", "inä", "iksi",
    "u", "y", "si", "mme",  # johtu-u, karka-si, karkaa-mme: verbs' finite forms
)  # fmt: skip
_UNINFLECTED = frozenset({"seikkasana", "lyhenne", "sidesana", "suhdesana"})
_STRENGTHEN = (
    ("t", "tt"), ("k", "kk"), ("p", "pp"), ("d", "t"), ("v", "p"), ("nn", "nt"), ("", ""),
)  # fmt: skip
# Consonant gradation: the strong grade of the base form and its weak grade.
_GRADES = (
    ("kk", "k"), ("pp", "p"), ("tt", "t"), ("nt", "nn"), ("nk", "ng"), ("lt", "ll"),
    ("rt", "rr"), ("mp", "mm"), ("t", "d"), ("p", "v"), ("k", ""),
)  # fmt: skip


def _stems(word: str) -> set[str]:
    stems = {word, word[:-1], word[:-2], word[:-3]}
    if word.endswith("nen"):
        stems |= {word[:-3] + "s", word[:-3] + "se", word[:-3] + "si"}
    if word.endswith("i"):
        stems |= {word[:-1] + "e"}
    if word.endswith(("us", "ys", "os", "ös")):
        stems |= {word[:-1] + "kse", word[:-1] + "ks"}  # muutos -> muutokse-n, muutoks-ia
    if word.endswith(("ton", "tön")):
        # saumaton -> saumattoma-n, saumattom-ia: the caritive adjective's stem
        vowel, o = ("a", "o") if word.endswith("ton") else ("ä", "ö")
        stems |= {word[:-3] + f"tt{o}m" + vowel, word[:-3] + f"tt{o}m"}
    if word.endswith(("nut", "nyt")):
        stems |= {word[:-2] + "ee", word[:-2] + "ei"}  # kiinnostunut -> kiinnostunee-n
    if word.endswith(("as", "äs")):
        # asiakas -> asiakkaa-n, rakas -> rakkaa-t: the vowel doubles, the stem strengthens
        long = word[:-1] + word[-2]
        for weak, strong in _STRENGTHEN:
            pos = long.rfind(weak, 0, len(long) - 2)
            if pos > 0:
                stems.add(long[:pos] + strong + long[pos + len(weak) :])
    if word.endswith(("ata", "ätä")) and len(word) > 4:
        # karata -> karka-a, karkaa-mme; tavata -> tapa-a: a contracted verb's strong stem
        base, vowel = word[:-2], word[-1]
        for weak, strong in (*_STRENGTHEN, ("r", "rk"), ("l", "lk"), ("h", "hk")):
            pos = base.rfind(weak, 0, len(base) - 1) if weak else len(base) - 1
            if pos > 0:
                strong_stem = base[:pos] + strong + base[pos + len(weak) :]
                stems |= {strong_stem, strong_stem + vowel}
    if word.endswith(("e", "l", "r", "n")):
        # velvoite -> velvoittee-n, taival -> taipale-en: the weak base form strengthens
        for weak, strong in _STRENGTHEN:
            pos = word.rfind(weak, 0, len(word) - 1)
            if pos > 0:
                stems.add(word[:pos] + strong + word[pos + len(weak) :] + "e")
    for stem in list(stems):
        for strong, weak in _GRADES:
            pos = stem.rfind(strong, 0, max(len(stem) - 1, 1))
            if pos > 0:
                stems.add(stem[:pos] + weak + stem[pos + len(strong) :])
    return {s for s in stems if len(s) >= 2}


def _forms(word: str) -> list[str]:
    """Real inflected forms of ``word``: candidates built from its stems, consonant
    gradation included, kept only when Voikko analyses them back to ``word``."""
    voikko = get_voikko()
    readings = voikko.analyse(word)
    base = {r.baseform.lower() for r in readings}
    classes = {r.word_class for r in readings}
    if not base:
        return []
    found = []
    for stem in sorted(_stems(word)):
        for ending in _ENDINGS:
            form = stem + ending
            analyses = voikko.analyse(form)
            # unambiguous forms only: "nähden" is also a postposition
            if (
                form != word
                and analyses
                and all(r.baseform.lower() in base and r.word_class in classes for r in analyses)
            ):
                found.append(form)
    return sorted(set(found), key=lambda f: (len(f), f))


@pytest.mark.parametrize(("name", "word"), ENTRIES, ids=[f"{n}:{w}" for n, w in ENTRIES])
def test_entry_is_known_to_voikko(name: str, word: str) -> None:
    word = _base(word)
    assert get_voikko().analyse(word), f"{name}: Voikko does not know {word!r}"
    assert lexeme_keys(word, get_voikko())


@pytest.mark.parametrize(("name", "word"), ENTRIES, ids=[f"{n}:{w}" for n, w in ENTRIES])
def test_entry_matches_inflected_forms(name: str, word: str, analyzer: Analyzer) -> None:
    from pitchlint.inputs import parse_text

    word = _base(word)
    if get_voikko().analyse(word)[0].word_class in _UNINFLECTED:
        forms = [word]  # "mieluummin", "klo": adverbs and abbreviations do not inflect
    else:
        forms = _forms(word)
        assert len(forms) >= 3, f"{name}: fewer than 3 inflected forms found for {word!r}: {forms}"
    listed = wordlist(name)
    cls = get_voikko().analyse(word)[0].word_class
    frame = {"teonsana": "Nyt he {} sen.", "laatusana": "Asia on {} nyt."}.get(
        cls, "Tässä on {} mukana."
    )
    for form in forms[:3]:
        msg = analyzer.analyse(parse_text(frame.format(form), "email"))
        words = [w for w in msg.words if w.text == form]
        assert words and words[0] in listed, f"{name}: {word!r} does not match the form {form!r}"


def test_whole_word_entry_skips_compounds(analyzer: Analyzer) -> None:
    from pitchlint.inputs import parse_text

    listed = wordlist("background")
    msg = analyzer.analyse(parse_text("Omistajamme auttavat metsänomistajia.", "email"))
    found = {w.text: w in listed for w in msg.words if not w.is_punct}
    assert found["Omistajamme"] and not found["metsänomistajia"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Suojasäät ovat yleistyneet.", "yleistyneet"),
        ("Sähkö on kallistunut.", "kallistunut"),
        ("Viat ovat lisääntyneet.", "lisääntyneet"),
    ],
)
def test_a_derived_verbs_participle_is_its_verb(analyzer: Analyzer, text: str, word: str) -> None:
    """Voikko roots "yleistyneet" in "yleistää"; the list entry is "yleistyä"."""
    from pitchlint.inputs import parse_text

    msg = analyzer.analyse(parse_text(text, "email"))
    assert next(w for w in msg.words if w.text == word) in wordlist("insight")


def test_basing_on_is_no_founding(analyzer: Analyzer) -> None:
    """ "perustaa" with an illative is "base on": no background word."""
    from pitchlint.inputs import parse_text
    from pitchlint.rules.wordlists import strong_background

    based = analyzer.analyse(parse_text("Suositukset alettiin perustaa kirjailijaan.", "email"))
    founded = analyzer.analyse(parse_text("Yritys perustettiin Turussa.", "email"))
    placed = analyzer.analyse(
        parse_text("Kaksi insinööriä perusti toimiston Jyväskylään.", "email")
    )
    assert not strong_background(based.words)
    assert strong_background(founded.words) and strong_background(placed.words)


def test_a_case_form_is_no_finite_verb_of_the_same_spelling(analyzer: Analyzer) -> None:
    from pitchlint.inputs import parse_text

    listed = wordlist("background_size")
    msg = analyzer.analyse(
        parse_text("Asiakkaat luopuivat omista nostimista. Omistamme koneet.", "email")
    )
    found = {w.text: w in listed for w in msg.words if not w.is_punct}
    assert not found["omista"]  # "from their own", not the imperative of "omistaa"
    assert found["Omistamme"]


def test_owner_with_another_possessor_is_a_role(analyzer: Analyzer) -> None:
    from pitchlint.inputs import parse_text
    from pitchlint.rules.wordlists import strong_background

    def strong(text: str) -> bool:
        msg = analyzer.analyse(parse_text(text, "email"))
        return strong_background([w for w in msg.words if not w.is_punct])

    assert strong("Omistajat: Pohjolan suku ja toimiva johto.")
    assert strong("Yrityksemme omistajat ovat sen perustajat.")
    assert not strong("Kiinteistön omistajan on pystyttävä osoittamaan, että piha on hiekoitettu.")
    assert not strong("Metsänomistajat saavat tuen suoraan tililleen.")


def test_a_year_dating_the_sellers_data_or_a_cited_source_is_no_background(
    analyzer: Analyzer,
) -> None:
    from pitchlint.inputs import parse_text
    from pitchlint.rules.wordlists import background_score

    def score(text: str) -> int:
        msg = analyzer.analyse(parse_text(text, "email"))
        return background_score([w for w in msg.words if not w.is_punct])

    assert score("Kartoitimme 2023 kaksikymmentä tukkukauppaa.") == 0
    assert score("Asiakaskyselymme 2024 mukaan raportti valmistui 19. päivänä.") == 0
    assert score("Asiakkaidemme kokemusten mukaan raportointi nopeutui.") == 0
    # the year a place was built, and a year still to come, are no past of the seller's
    assert score("Huollamme kahdessa vuonna 1981 rakennetussa talossa hissejä.") == 0
    assert score("Huollamme talon hissejä, ja modernisointi on merkitty vuodelle 2099.") == 0
    # how long a thing is used, and many of the reader's kind, are not the seller's
    assert score("Asiakkaamme palauttavat koneet kolmen vuoden käytön jälkeen.") == 0
    assert score("Moni toimisto yllättyy, kun asiakkaamme kertovat laskuista.") == 0
    assert score("Palvelemme asiakkaitamme 30 vuoden kokemuksella.") > 0
    assert score("Meillä on neljä toimistoa.") > 0
    # the seller's own year and experience are background
    assert score("Aloitimme 2003 Tampereella.") > 0
    assert score("Meillä on pitkä kokemus raportoinnista.") > 0


@pytest.mark.parametrize(
    ("word", "base", "tail"),
    [
        ("halpatoimija", "halpatoimija", "toimija"),
        ("halpatoimijat", "halpatoimija", "toimija"),
        ("halpafirmoilla", "halpafirma", "firma"),
        ("halpaketjua", "halpaketju", "ketju"),
    ],
)
def test_a_compound_the_dictionary_lacks_is_read_by_its_parts(
    word: str, base: str, tail: str
) -> None:
    # Voikko knows neither "halpatoimija" nor "halpa" as a compound's first part
    readings = get_voikko().analyse(word)
    assert readings, word
    assert all(r.baseform == base and tail in r.lexemes for r in readings)
    assert readings[0].parts[0] == "halpa"


@pytest.mark.parametrize("word", ["toimittja", "Halpatoimija", "xyzabcdefg", "asdfghjklö"])
def test_typos_names_and_noise_get_no_guessed_reading(word: str) -> None:
    assert get_voikko().analyse(word) == ()
