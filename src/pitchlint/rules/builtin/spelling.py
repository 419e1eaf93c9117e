"""spelling: words the Finnish speller (Voikko) rejects, with suggestions."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from pydantic import Field

from pitchlint.analysis.frequency import RAREST, common, log_probabilities
from pitchlint.analysis.model import NAME_CLASSES, AnalysedMessage, Word
from pitchlint.analysis.voikko import VoikkoAnalyser, get_voikko, shares_stem
from pitchlint.findings import Severity
from pitchlint.rules.base import Hit, Rule, RuleDocs, RuleInfo, RuleOptions
from pitchlint.rules.context import (
    DATA_SOURCES,
    NAME_INFLECTION,
    PLACE_NOUNS,
    PUBLISHED_SOURCES,
    inflects,
    is_quoted,
    seller_names,
    word_heads,
)

_ALLOW_FILE = Path(__file__).resolve().parents[1] / "data" / "spelling_allow.txt"

# Web addresses, e-mail addresses and bare domains, found on the input itself:
# the tokenizer may split them, the spans must still cover every piece.
ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:fi|com|net|org|io|eu|se|ai|app|dev|co|de|uk)\b(?:/\S*)?"
    r"|(?<!\S)/\w[\w.-]*(?:/[\w.{}:-]+)+",  # a path: "GET /api/v2/shipments/{id}"
    re.IGNORECASE,
)
_LIST_MARK = re.compile(r"^[ \t]*(?:[-*•–>]+|\d{1,3}[.)]|[a-zA-Z][.)])?[ \t]*$")
_CHUNK = re.compile(r"\S+")
MAYBE_ADDRESS = re.compile(r"@|://|www\.|\.\w|^/\w", re.IGNORECASE)


def find_addresses(text: str) -> list[tuple[int, int]]:
    """Spans of ``ADDRESS`` in ``text``. An address has no whitespace, so only the
    chunks between spaces that could hold one ("@", "://", "www.", a dot before a
    letter) are searched: the same spans, without trying the pattern at every word."""
    spans: list[tuple[int, int]] = []
    for chunk in _CHUNK.finditer(text):
        piece = chunk.group()
        if MAYBE_ADDRESS.search(piece):
            base = chunk.start()
            spans.extend((base + m.start(), base + m.end()) for m in ADDRESS.finditer(piece))
    return spans


def message_addresses(msg: AnalysedMessage) -> list[tuple[int, int]]:
    """The addresses in a message's input, found once and shared by the rules."""
    found: list[tuple[int, int]] | None = msg.memo.get(message_addresses)
    if found is None:
        found = msg.memo[message_addresses] = find_addresses(msg.source)
    return found


_LETTER = re.compile(r"[^\W\d_]")
_COMPANY_FORMS = frozenset(
    {"oy", "oyj", "ab", "ky", "tmi", "ry", "ltd", "inc", "gmbh", "as", "llc"}
)
_PIECES = re.compile(r"[-/]")
_SKIPPED_BLOCKS = frozenset({"signature"})


class Options(RuleOptions):
    allow: list[str] = Field(
        default_factory=list, description="words (and their inflections) that are never errors"
    )
    max_suggestions: int = Field(default=3, ge=0, le=10, description="suggestions in the message")
    report_unknown: bool = Field(
        default=False,
        description="also report words the speller can neither accept nor correct "
        "without changing their first letter, or whose nearest words nobody writes "
        "(most are trade terms: 'kavitaatio', 'homogenisaattori', 'retroja', 'reometrit')",
    )


class Spelling(Rule):
    Options = Options
    info = RuleInfo(
        id="spelling",
        summary_fi="Sana, jota suomen oikoluku (Voikko) ei tunne.",
        summary_en="A word the Finnish spelling checker (Voikko) rejects.",
        severity=Severity.WARNING,
        weight=3.0,
        docs=RuleDocs(
            why=(
                "Ostaja ei tunne myyjää, joten hän arvioi tätä sen perusteella, mitä näkee. "
                "Kirjoitusvirhe ensimmäisessä viestissä kertoo kiireestä ja huolimattomuudesta, ja "
                "lukija päättelee, että sama huolimattomuus näkyy myös toimituksessa. Asiantuntijan "
                "asema rakentuu pienistä asioista, ja oikein kirjoitettu viesti on niistä halvin."
            ),
            fires="Jokainen sana, jonka Voikko hylkää ja joka on yhden lyöntivirheen päässä "
            "yleisesti käytetystä sanasta (suomen spaCy-mallin sanataajuustaulu, noin 500 000 "
            "sanamuotoa) tai Voikon ehdottamasta sanasta kirjaimen kahdennuksen tai vierekkäisten "
            "kirjainten vaihdon verran. Viestissä ehdotetaan enintään kolmea korjausta; "
            "yleisin tarkoitettu sana tulee ensin (kiinostaa → kiinnostaa, ei kinostaa).",
            does_not_fire="Erisnimet (iso alkukirjain virkkeen keskellä), lyhenteet ja isot "
            "kirjaimet, luvut, verkko- ja sähköpostiosoitteet, yhdistelykentät, aihetunnisteet, "
            "lainausmerkeissä oleva vieraskielinen teksti, tavalliset englanninkieliset "
            "myyntitermit (demo, CRM, SaaS …), yhdysmerkkisanat, joiden osat ovat oikein, "
            "sanakirjasta puuttuvat yhdyssanat ja -mo-paikannimitykset (halpatoimisto, "
            "koneistamo, takaisinkäännös), paikannimen muotoiset sanat virkkeen alussa "
            "(Näsilahden, Kaarnalassa), "
            "asetusten `allow-words`- tai säännön `allow`-listan sanat (myös yhdyssanan "
            "alkuosana: feromonipyydys) ja sanat, joille "
            "oikoluku ei löydä korjausta alkukirjainta vaihtamatta tai joiden lähin sana on "
            "harvinainen (reometrit → erometrit), tai jotka viesti kirjoittaa useassa "
            "taivutusmuodossa (koneikko, koneikolle): ne ovat useimmiten alan termejä "
            "(`report-unknown = true` raportoi nekin). Vieraskielinen ilmaus avoimen "
            "yhdyssanan alkuosana (bad leaver -ehdot) ei ole virhe.",
            bad="Aihe: Varaston keräilyvirheet\n\nHei Mikko,\n\nHuomasin, että laajennatte "
            "varastoanne Vantaalla. Uudessa varastossa keräilyvirheiden määrä kasvaa "
            "tyypillisesti ensimmäisen puolen vuoden aikana, kun hyllypaikat vaihtuvat. "
            "Toivottavsti ehdimme näyttää, miten vastaavat tilanteet on ratkaistu muualla. "
            "Sopisiko puhelu torstaina kello 10?\n\nTerveisin\nLeena",
            good="Aihe: Varaston keräilyvirheet\n\nHei Mikko,\n\nHuomasin, että laajennatte "
            "varastoanne Vantaalla. Uudessa varastossa keräilyvirheiden määrä kasvaa "
            "tyypillisesti ensimmäisen puolen vuoden aikana, kun hyllypaikat vaihtuvat. "
            "Toivottavasti ehdimme näyttää, miten vastaavat tilanteet on ratkaistu muualla. "
            "Sopisiko puhelu torstaina kello 10?\n\nTerveisin\nLeena",
            source="Luottamus syntyy asiantuntemuksesta ja huolellisuudesta; vastaanottaja "
            "arvioi myyjää ensimmäisestä viestistä alkaen.",
        ),
    )

    def check(self, msg: AnalysedMessage) -> Iterator[Hit]:
        assert isinstance(self.options, Options)
        voikko = get_voikko()
        allowed = _allow_set([*self.options.allow, *msg.config_words])
        addresses = message_addresses(msg)
        for word in msg.words:
            kind = msg.blocks[word.block].block.kind
            if kind in _SKIPPED_BLOCKS or (kind == "subject" and _reply_prefix(msg, word)):
                continue
            if not _candidate(word):
                continue
            if voikko.spell(word.text):
                # a word of the dictionary may still be a slip: "seuravana" is a
                # compound no one writes, one letter short of "seuraavana"
                meant = _lost_length(msg, word)
                if meant is not None:
                    yield Hit(
                        word.start,
                        word.end,
                        f'"{word.text}" on sanakirjassa, mutta tuskin tarkoitettu: '
                        f'tarkoititko "{meant}"?',
                        meant,
                    )
                continue
            if _joined_ok(msg, word, voikko):
                continue
            if word.text.endswith(".") and voikko.spell(word.text[:-1]):
                continue  # "… järjestää Suomen Teollisuusenergia ry.": the full stop ends it
            if (
                _productive_compound(word.text, voikko)
                or _prefixed_compound(word.text, voikko)
                or _place_of_doing(word.text, voikko)
                or _instrument(word.text, voikko)
                or _numeral_compound(word.text, voikko)
                or _distributive(word.text, voikko)
                or _collective(word.text, voikko)
                or _spoken_clitic(word.text, voikko)
                or _reflexive_derivation(word.text, voikko)
            ):
                continue
            if _covered(word, addresses) or _after_tag_sign(msg, word):
                continue
            if _inhabitant_of_a_name(msg, word, voikko):
                continue  # "vuorelalainen", "kaarnalalaisille": of a place named "Vuorela"
            initial = starts_sentence(msg.source, word.start)
            if _is_allowed(word.text, allowed, voikko, initial=initial) and not (
                _opens_heading(msg, word)
                and (_swapped_letters(word.text, voikko) or _long_slip(msg, word, voikko))
                and not _names_an_institution(msg, word)
                and not _titled_by_name(msg, word)
            ):
                continue
            if _HYPHEN_GAP.match(msg.source, word.end) and (
                _bound_first_part(word.text, voikko) or _shares_a_tail(msg, word, voikko)
            ):
                continue  # "sisä- ja ulkonäytöt", "huhti- ja toukokuulle": parts of compounds
            if _RANGE_DASH.match(msg.source, word.end) and _shares_a_tail(msg, word, voikko, nth=0):
                continue  # "huhti–toukokuussa", "syys-lokakuussa": a range of compounds
            if _in_open_compound(msg, word, voikko):
                continue  # "bad leaver -ehdot", "due diligence -prosessi": a phrase as a part
            if is_quoted(msg, word):
                continue  # quoted text is someone else's words, often in another language
            # the speller gives up on a long compound; a slip after a prefix it
            # lacks is still found in the rest ("takaisinkäänöksen")
            offered = voikko.suggest(word.text, _OFFERED) or _prefixed_suggestions(
                word.text, voikko
            )
            suggestions = offered[: max(1, self.options.max_suggestions)]
            lower = word.text.lower()
            if suggestions and (
                _same_word(word.text, suggestions[0])
                or _compound_verb(word.text, suggestions[0], voikko)
            ):
                continue
            if len(lower) <= 6 and lower[-1:] in _FOREIGN_FINALS and lower.isalpha():
                continue  # "RTK-fix", "fix ei pysy": no Finnish word ends so; a loan
            near = [
                x
                for x in suggestions
                if x[:1].lower() == lower[:1] and _distance(lower, x.lower()) <= 1
            ]
            if not near and not self.options.report_unknown:
                # a typo is a slip from a word, so the speller finds the word near it,
                # keeping its first letter, one edit away; a word with nothing near
                # ("retroja" is "tetroja" only by its first letter, "laktaatin" is
                # "lattaakin" only by two swaps) is most often a trade term it lacks
                continue
            fix = _hyphened_fix(lower, voikko)
            if (
                not self.options.report_unknown
                and fix is None
                and not _slip_of_a_word(lower, offered)
            ):
                # "kolonnit" is "koonnit" and "hydrofonit" "hydrofontit" by one letter,
                # but nobody writes those: no slip from a word in use, a trade term
                continue
            if (
                not self.options.report_unknown
                and not any(_length_slip(lower, x.lower()) for x in near)
                and _written_again(msg, word, voikko)
            ):
                continue
            if initial and _sentence_initial_name(
                msg, word, suggestions, offered, voikko, in_use=not self.options.report_unknown
            ):
                continue
            shown = _with_fix(suggestions, fix, word.text, voikko)[: self.options.max_suggestions]
            yield Hit(word.start, word.end, _message(word.text, shown), _first(shown))


# "Re:", "VS:", "Fwd:", "VL:", "SV:", "AW:": what mail programs put before a subject
_REPLY_PREFIXES = frozenset({"re", "vs", "vl", "fw", "fwd", "sv", "aw", "wg", "tr"})


# -lAinen makes a word for one of a place ("kuopiolainen"); Voikko knows those only of
# the places in its dictionary
_INHABITANT = re.compile(r"^([a-zåäö]{3,}?)(?:lai|läi)(?:nen|s[a-zåäö]*)$")


def _inhabitant_of_a_name(msg: AnalysedMessage, word: Word, voikko: VoikkoAnalyser) -> bool:
    """ "vuorelalainen" of "Vuorela", a name Voikko knows or the message writes."""
    found = _INHABITANT.match(word.text.lower())
    if found is None:
        return False
    name = found.group(1).capitalize()
    return any(r.word_class in NAME_CLASSES for r in voikko.analyse(name)) or any(
        w.text.startswith(name) and w.i != word.i for w in msg.words
    )


def _reply_prefix(msg: AnalysedMessage, word: Word) -> bool:
    """A reply or forward marker before the subject's colon."""
    return word.lower in _REPLY_PREFIXES and msg.source[word.end : word.end + 1] == ":"


def _message(text: str, suggestions: list[str]) -> str:
    if suggestions:
        listed = ", ".join(f'"{s}"' for s in suggestions)
        return f'Oikoluku ei tunne sanaa "{text}". Tarkoititko: {listed}?'
    return (
        f'Oikoluku ei tunne sanaa "{text}". Tarkista kirjoitusasu tai lisää sana '
        "asetusten allow-words-listaan, jos se on nimi tai termi."
    )


def _first(suggestions: list[str]) -> str | None:
    return suggestions[0] if suggestions else None


def starts_sentence(source: str, start: int) -> bool:
    """Does a sentence start here? Read from the input, not from the parser's sentences:
    the text before is a line start, a bullet mark, or ends a sentence (. ! ? :)."""
    before = source[:start].rstrip(" \t\"'”“«(")
    if not before or before.endswith("\n"):
        return True
    line = before[before.rfind("\n") + 1 :]
    if _LIST_MARK.match(line):
        return True  # "- ", "• ", "3. ", "b) ": a list item starts here
    return before[-1] in ".!?:…"


def _opens_heading(msg: AnalysedMessage, word: Word) -> bool:
    """The first word of a Markdown heading ("## Havainotmme saleilta")."""
    line = msg.source[msg.source.rfind("\n", 0, word.start) + 1 : word.start]
    return line.startswith("#") and not line.strip("# \t")


def _swapped_letters(text: str, voikko: VoikkoAnalyser) -> bool:
    """A heading's first word is capitalised whatever it is, so there a name and a
    typo look alike; two adjacent letters swapped ("Havainotmme" for "Havaintomme")
    is the slip of the fingers a name almost never is one step from. The word meant
    is one in use: "Kaarnion" is "kaarnoin" swapped, a form nobody writes, so a name."""
    lower = text.lower()
    if len(lower) < 5:  # not "As Oy": a short word swapped is a new word
        return False
    swapped = [
        s.lower()
        for s in voikko.suggest(text, 5)
        if len(s) == len(lower)
        and (diff := [n for n, (a, b) in enumerate(zip(s.lower(), lower, strict=True)) if a != b])
        and len(diff) == 2
        and diff[1] == diff[0] + 1
        and s.lower()[diff[0]] == lower[diff[1]]
        and s.lower()[diff[1]] == lower[diff[0]]
    ]
    return any(p is not None for p in log_probabilities(swapped)) if swapped else False


def _times_written(msg: AnalysedMessage, lower: str) -> int:
    """How often the message writes a word, case aside (counted once per message: the
    speller asks for every word)."""
    counts: Counter[str] | None = msg.memo.get(_times_written)
    if counts is None:
        counts = msg.memo[_times_written] = Counter(w.lower for w in msg.words)
    return counts[lower]


# a name is short ("Kassio", "Valjas" are one letter from "kaksio", "valas"); a long
# word one slip from a common one is a typo even where every word is capitalised
_LONG_SLIP = 8


def _long_slip(msg: AnalysedMessage, word: Word, voikko: VoikkoAnalyser) -> bool:
    """A heading's first word, long and written only once, one slip from a common word
    ("## Aikatalu" for "Aikataulu", "## Hinnottelu")."""
    lower = word.text.lower()
    if len(lower) < _LONG_SLIP or not lower.isalpha() or _times_written(msg, lower) > 1:
        return False
    # (the word meant is an everyday one: "Kairoksen" is one letter from "kaivoksen",
    # "Arkistra" from "arkista", but names are seldom slips from words that common)
    fix = _common_fix(lower, voikko)
    probability = log_probabilities([fix])[0] if fix is not None else None
    return probability is not None and probability >= _HEADING_SLIP


# how common the word meant must be for a heading's first word to be its slip
_HEADING_SLIP = -12.0


# A form at this log probability or above is among the few tens of thousands writers
# use most ("seuraavana" -10.4, "laitteiden" -10.0; "tiedostojen" -11.9 is not)
_EVERYDAY = -11.0
_VOWELS_AND_CONSONANTS = "aeiouyäöklmnprstvhdgjb"


def _lost_length(msg: AnalysedMessage, word: Word) -> str | None:
    """A word the dictionary accepts that web text never writes, in lower case and
    written once, whose doubled letter, doubled back, makes an everyday form: the
    commonest Finnish slip, a long vowel or a double consonant written single
    ("seuravana" for "seuraavana", "laiteiden" for "laitteiden")."""
    text = word.text
    lower = text.lower()
    if (
        len(lower) < 7
        or not lower.isalpha()
        or text[:1].isupper()
        or log_probabilities([lower])[0] is not None
        or _times_written(msg, lower) > 1
    ):
        return None
    # the letter doubled where it stands single, between other letters
    doubled = {
        lower[: n + 1] + lower[n:]
        for n in range(1, len(lower) - 1)
        if lower[n] in _VOWELS_AND_CONSONANTS
        and lower[n - 1] != lower[n]
        and lower[n + 1] != lower[n]
    }
    found = [
        (p, form)
        for form, p in zip(sorted(doubled), log_probabilities(sorted(doubled)), strict=True)
        if p is not None and p >= _EVERYDAY
    ]
    return max(found)[1] if found else None


def _candidate(word: Word) -> bool:
    """A word worth asking the speller about: letters, no digits, not a merge tag."""
    text = word.text
    if word.is_punct or word.is_placeholder or word.like_num:
        return False
    if len(text.rstrip(".")) < 2:
        return False  # a letter or an initial: "T.", "M. Virtanen"
    if len(text) > 60 or _has_digit(text) or not _LETTER.search(text):
        return False
    return not _is_acronym(text)


def _has_digit(text: str) -> bool:
    if text.isalpha():
        return False  # the common case, without a loop
    return any(c.isnumeric() for c in text)  # also "m²", "½"


# the reflexive -UtUA verb and its forms: "tiliöityy", "tiliöityvät", "tiliöityi"
_REFLEXIVE = re.compile(r"^(?P<stem>\w{3,}?)(?P<v>[oö]i|i)t(?P<u>[yu])(?P<rest>\w*)$")
_REFLEXIVE_ENDINGS = frozenset(
    {"", "i", "vat", "vät", "nut", "nyt", "neet", "a", "ä", "mään", "maan", "vä", "va", "isi"}
)


def _reflexive_derivation(text: str, voikko: VoikkoAnalyser) -> bool:
    """ "tiliöityy" (gets posted), "tiliöityvät": Finnish derives a reflexive -UtUA
    verb from a transitive one at will ("tiliöidä" -> "tiliöityä"), and the
    dictionary lists only some. The word counts when its -idA verb is known and the
    reflexive stem takes a verb ending."""
    match = _REFLEXIVE.match(text.lower())
    if match is None:
        return False
    rest, u = match["rest"], match["u"]
    # the ending after the stem's vowel, or after its lengthening ("tiliöityy" = -ty + y)
    if not {rest, rest.removeprefix(u)} & _REFLEXIVE_ENDINGS:
        return False
    a = "ä" if u == "y" else "a"
    return voikko.spell(match["stem"] + match["v"] + "d" + a)


def _productive_compound(text: str, voikko: VoikkoAnalyser) -> bool:
    """ "halpatoimistot", "virheherkin": a compound the dictionary lacks, of a noun or
    adjective in its base form and a known inflected word, as Finnish makes them at
    will (the analyser's guess, :meth:`VoikkoAnalyser.analyse`). A typo seldom
    splits so ("esimerkisi", "kirjotusvirhe" do not), and when it does, the tail is
    most often a verb, which Finnish hardly compounds: "mittausrapotit"."""
    lower = text[:1].lower() + text[1:]
    if not (lower.isalpha() and lower.islower()):
        return False
    readings = voikko.analyse(lower)
    nominal = [r for r in readings if r.word_class in _NOMINALS]
    if not nominal:
        return False
    if len(nominal) == len(readings):
        return True
    # "saatavakantanne": the guess "saatava" + "kantata" (a rare verb) beside "kanta";
    # a verb tail counts only when it is about as common as the noun tail
    tails = log_probabilities([r.parts[-1] for r in readings])
    noun_tail = max(
        (p for r, p in zip(readings, tails, strict=True) if r in nominal and p), default=None
    )
    return noun_tail is not None and all(
        p is None or p < noun_tail - 3
        for r, p in zip(readings, tails, strict=True)
        if r not in nominal
    )


_NOMINALS = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})


def _prefix_split(text: str) -> tuple[str, str] | None:
    """The word cut after a prefix of ``_COMPOUND_PREFIXES``: the prefix as written
    and the lowercased rest (4+ letters), or None."""
    lower = text[:1].lower() + text[1:]
    if not (lower.isalpha() and lower.islower()):
        return None
    for prefix in _COMPOUND_PREFIXES:
        if lower.startswith(prefix) and len(lower) - len(prefix) >= 4:
            return text[: len(prefix)], lower[len(prefix) :]
    return None


def _prefixed_compound(text: str, voikko: VoikkoAnalyser) -> bool:
    """ "takaisinkäännös", "neurostimulaatiolaite": a known noun after an adverb of
    direction (as in "takaisinmaksu", "yhteenveto") or a learned combining form
    ("neuro-", "bio-"), compounds Finnish makes at will and the dictionary lacks.
    The rest must be a noun the speller knows in full: a slip in it is still a slip."""
    split = _prefix_split(text)
    return (
        split is not None
        and voikko.spell(split[1])
        and any(r.word_class in _NOMINALS for r in voikko.analyse(split[1]))
    )


def _prefixed_suggestions(text: str, voikko: VoikkoAnalyser) -> list[str]:
    """Suggestions for the rest of a word after a prefix of ``_COMPOUND_PREFIXES``."""
    split = _prefix_split(text)
    if split is None:
        return []
    head, rest = split
    return [head + s for s in voikko.suggest(rest, 3) if " " not in s]


# adverbs of direction that open nouns made from verbs, and learned combining forms
_COMPOUND_PREFIXES = (
    "takaisin", "yhteen", "sisään", "ulos", "esiin", "esille", "läpi", "ylös", "alas", "eteen",
    "neuro", "bio", "eko", "nano", "mikro", "makro", "termo", "hydro", "geo", "agro",
    "aero", "elektro", "kardio", "fysio", "psyko", "sosio", "tele", "radio", "immuno",
    "spektro", "foto",
)  # fmt: skip

_PLACE_NOUN = re.compile(r"(.{3,}[aeiouyäö])(m[oö])([a-zåäö]*)")


def _place_of_doing(text: str, voikko: VoikkoAnalyser) -> bool:
    """ "koneistamo", "Teippaamossa": a place where a verb is done, made with -mo/-mö
    from the verb's stem ("koneista|vat") as Finnish makes them at will ("korjaamo",
    "kehräämö"); the ending must be one such a noun takes ("korjaamoissa")."""
    lower = text[:1].lower() + text[1:]
    found = _PLACE_NOUN.fullmatch(lower)
    if found is None or not lower.islower():
        return False
    stem, suffix, ending = found.groups()
    front = suffix == "mö"
    verb = stem + ("vät" if front else "vat")
    model = ("kehräämö" if front else "korjaamo") + ending
    return voikko.spell(verb) and voikko.spell(model)


def _contracted_verb(stem: str, voikko: VoikkoAnalyser) -> bool:
    """Is ``stem`` + -ta/-tä the infinitive of a verb ("höylä" -> "höylätä")?"""
    return _known_verb(stem + ("tä" if _front_vowels(stem) else "ta"), voikko)


def _known_verb(verb: str, voikko: VoikkoAnalyser) -> bool:
    """A verb the speller knows: the analyser alone reads some non-words as compounds
    ("rapottaa" as "rap" + "ottaa"), which Finnish does not make of verbs."""
    return voikko.spell(verb) and any(r.word_class == "teonsana" for r in voikko.analyse(verb))


def _front_vowels(text: str) -> bool:
    """Vowel harmony: a stem with ä, ö or y and no a, o or u takes front endings."""
    return any(c in "äöy" for c in text) and not any(c in "aou" for c in text)


_INSTRUMENT = re.compile(r"(.{3,}[aeiouyäönlrt])(in|im[ei])([a-zåäö]*)")
# the weak grade an -in tool keeps in its base form, and the verb's strong grade:
# "sytytin" from "sytyttää", "pehmennin" from "pehmentää"
_WEAK_TO_STRONG = (("nn", "nt"), ("ll", "lt"), ("rr", "rt"), ("t", "tt"))


def _instrument(text: str, voikko: VoikkoAnalyser) -> bool:
    """A tool noun the dictionary lacks, alone or as the tail of a compound after a
    noun in its base form ("työ|määräinten"): see :func:`_tool_noun`."""
    lower = text[:1].lower() + text[1:]
    return _tool_noun(lower, voikko) or any(
        _tool_noun(lower[k:], voikko)
        and any(
            r.word_class in _NOMINALS and r.baseform.lower() == lower[:k]
            for r in voikko.analyse(lower[:k])
        )
        for k in range(3, len(lower) - 5)
    )


def _tool_noun(text: str, voikko: VoikkoAnalyser) -> bool:
    """ "keilaimet", "määräinten", "pehmennintä": a tool named with -in/-ime- from
    a verb, as "avain" from "avata" and "sytytin" from "sytyttää", which Finnish
    makes at will. A verb in -ata/-ätä keeps its stem; one in -ttAA/-ntAA takes the
    weak grade before -in ("pehmennin") and the strong before -ime- ("pehmentimen").
    The ending must be one such a tool takes ("avaimet", "kiinnitintä")."""
    lower = text[:1].lower() + text[1:]
    found = _INSTRUMENT.fullmatch(lower)
    if found is None or not lower.islower():
        return False
    stem, suffix, ending = found.groups()
    back = any(c in "aou" for c in stem)
    model = "ava" if back else "kiinnit" if suffix == "in" else "kiinnitt"
    if not voikko.spell(model + suffix + ending):
        return False
    if stem[-1] in "aeiouyäö" and _contracted_verb(stem, voikko):
        return True
    if suffix == "in":  # the weak grade: strengthen it for the verb
        grades = next(((w, g) for w, g in _WEAK_TO_STRONG if stem.endswith(w)), None)
        if grades is None:
            return False
        strong = stem[: -len(grades[0])] + grades[1]
    elif stem.endswith(tuple(g for _, g in _WEAK_TO_STRONG)):
        strong = stem  # "pehmentimen": the strong grade already
    else:
        return False
    verb = strong + ("aa" if back else "ää")
    return _known_verb(verb, voikko)


def _same_word(text: str, suggestion: str) -> bool:
    """The speller's best guess is the word itself with a hyphen or in other capitals:
    "Päivittäis-tuotteet", "PDF-tiedostosta", "Postit-työpajaa" for "post-it-työpajaa":
    a compound or a loan it lacks, no slip. (Its best guess for "ymmärän" is
    "ymmärrän"; a first letter in capitals, "Ylensä", is a name it knows, and "ylensä"
    still a slip; a split with a space, "Asukaspa lauteet", hides "Asukaspalautteet".)"""
    if " " in suggestion:
        return False
    return (
        suggestion.replace("-", "").lower() == text.replace("-", "").lower()
        and suggestion != text[:1].upper() + text[1:]
    )


_NONFINITE = frozenset({"A-infinitive", "MA-infinitive", "E-infinitive"})
# not the agent participle, which "ottamatta" also reads as
_PARTICIPLES = frozenset({"past_passive", "past_active", "present_passive", "present_active"})


def _compound_verb(text: str, suggestion: str, voikko: VoikkoAnalyser) -> bool:
    """ "varmuuskopioidaan", "loppuunvarattuja": the speller would part a noun from a
    verb, but Finnish writes a noun and a passive or nonfinite verb together when they
    name one act ("varmuuskopioida", "loppuunmyyty"). The first part is a noun in its
    base form, or in the illative before a participle only: "lukuun ottamatta" is two
    words. A verb in a person is no such compound ("valmis tulistan")."""
    left, _, right = suggestion.partition(" ")
    if not right or " " in right or (left + right).lower() != text.lower():
        return False
    readings = voikko.analyse(right)
    # every reading a verb form ("kaita" is also "narrow": "asia kaita" hides "asiakkaita")
    if not readings or not all(
        r.word_class == "teonsana" or r.participle in _PARTICIPLES for r in readings
    ):
        return False
    participle = any(r.participle in _PARTICIPLES for r in readings)
    verb = participle or any(
        r.word_class == "teonsana" and (r.person == 4 or r.mood in _NONFINITE) for r in readings
    )
    return verb and any(
        r.word_class == "nimisana"
        and r.number == "sg"
        and (
            (r.case == "Nom" and r.baseform.lower() == left.lower())
            or (r.case == "Ill" and participle)
        )
        for r in voikko.analyse(left.lower())
    )


def _distributive(text: str, voikko: VoikkoAnalyser) -> bool:
    """ "työntekijöittäin", "asiakkaittain": "by each", made with -ittAin from a noun's
    plural stem, which the plural allative shows ("työntekijöille")."""
    lower = text[:1].lower() + text[1:]
    if not lower.endswith(("ttain", "ttäin")):
        return False
    stem = lower[:-5]
    return stem.endswith(("i", "j")) and len(stem) >= 4 and voikko.spell(stem + "lle")


_NUMERAL_FIRST = re.compile(r"[a-zåäö]{4,}")


def _numeral_compound(text: str, voikko: VoikkoAnalyser) -> bool:
    """ "puolitoistakertaista", "kolmeosainen": a number word and a known nominal,
    written together as Finnish does ("kaksinkertainen"); the dictionary lists few."""
    lower = text[:1].lower() + text[1:]
    if not (_NUMERAL_FIRST.fullmatch(lower) and lower.islower()):
        return False
    return any(
        any(r.word_class == "lukusana" for r in voikko.analyse(lower[:k]))
        and voikko.spell(lower[k:])
        and any(r.word_class in _NOMINALS for r in voikko.analyse(lower[k:]))
        for k in range(4, len(lower) - 3)
    )


_COLLECTIVE = re.compile(r"([a-zåäö]{2,})(st[oö])([a-zåäö]*)")
# the strong grade a "-sto" noun weakens: "akku" -> "akusto", "lippu" -> "lipusto"
_STRONG = (("k", "kk"), ("p", "pp"), ("t", "tt"))


def _collective(text: str, voikko: VoikkoAnalyser) -> bool:
    """ "akusto", "Akustoa": a collective noun made with -sto/-stö from a noun, as
    Finnish makes them at will ("kalusto", "laivasto", "sanasto"), the noun in its weak
    grade ("akku" -> "akusto"); the ending must be one such a noun takes."""
    lower = text[:1].lower() + text[1:]
    found = _COLLECTIVE.fullmatch(lower)
    if found is None or not lower.islower():
        return False
    stem, suffix, ending = found.groups()
    nouns = {stem} | {
        stem[:-2] + strong + stem[-1] for weak, strong in _STRONG if stem[-2:-1] == weak
    }
    model = ("kalusto" if suffix == "sto" else "työstö") + ending
    return voikko.spell(model) and any(
        r.word_class == "nimisana" and r.baseform.lower() == noun
        for noun in nouns
        for r in voikko.analyse(noun)
    )


# the spoken clitic -s on a question word or an asking verb: "mihinkäs", "onkos",
# "mitäs", "eikös"
_ASKING_ENDS = ("ko", "kö", "ka", "kä")
_QUESTION_WORDS = frozenset(
    {"mikä", "mitä", "missä", "mistä", "mihin", "millä", "miltä", "mille", "miksi", "kuka",
     "kenen", "kenelle", "kumpi", "milloin", "miten", "kuinka", "mites"}
)  # fmt: skip


def _spoken_clitic(text: str, voikko: VoikkoAnalyser) -> bool:
    lower = text.lower()
    if not lower.endswith("s") or len(lower) < 4:
        return False
    bare = lower[:-1]
    return (bare.endswith(_ASKING_ENDS) or bare in _QUESTION_WORDS) and voikko.spell(bare)


def _joined_ok(msg: AnalysedMessage, word: Word, voikko: VoikkoAnalyser) -> bool:
    """The tokenizer split a word the speller knows: "ett|ei", "ell|ei"; or the word
    is a case ending glued with a colon to a number, a sign or an abbreviation
    ("22 %:sta", "140:stä", "Oy:ltä"), which Finnish writes that way."""
    src = msg.source
    if word.start >= 2 and src[word.start - 1] == ":" and not src[word.start - 2].isspace():
        return word.text.isalpha() and word.text.islower() and len(word.text) <= 5
    for a, b in ((word.i - 1, word.i), (word.i, word.i + 1)):
        if a < 0 or b >= len(msg.words):
            continue
        left, right = msg.words[a], msg.words[b]
        abutting = left.end == right.start and not left.is_punct and not right.is_punct
        if abutting and voikko.spell(left.text + right.text):
            return True
    # "Esim.", "vs.": an abbreviation the tokenizer parted from its period
    if src[word.end : word.end + 1] == "." and (
        voikko.spell(word.text + ".")
        or voikko.spell(word.text.lower() + ".")
        or word.text.lower() in _PERIOD_ABBREVIATIONS
    ):
        return True
    return _unit_by_number(msg, word)


def _unit_by_number(msg: AnalysedMessage, word: Word) -> bool:
    """ "3–5 pv", "20 hlö", "max 20 kpl": a short lowercase abbreviation next to a
    figure is a unit or a limit, written without its period in tables and decks; and
    "5,6 bariin", "1 barilla": a unit after its figure inflected without the colon
    the speller wants ("bar:iin"), a matter of style, not a slip."""
    text = word.text
    if not (text.isalpha() and text.islower()):
        return False

    def figure(n: int) -> bool:
        if not 0 <= n < len(msg.words) or msg.words[n].sentence != word.sentence:
            return False
        return msg.words[n].like_num or _has_digit(msg.words[n].text)

    if len(text) <= 4 and (figure(word.i - 1) or figure(word.i + 1)):
        return True
    if len(text) > 4:
        voikko = get_voikko()
        return figure(word.i - 1) and any(
            voikko.spell(f"{text[:k]}:{text[k:]}") for k in range(1, 5)
        )
    # "290 €/hlö", "XXX €/kk": a unit per another, after a currency or unit sign
    before = msg.source[max(0, word.start - 2) : word.start]
    return len(before) == 2 and before[1] == "/" and not before[0].isalnum()


def _is_acronym(text: str) -> bool:
    """CRM, B2B, ALV, but also CRM:ään and SaaS / HubSpot / iPhone (product names)."""
    if text[1:].islower():
        return False  # the common case: no capital after the first letter
    stem = re.split(r"[:'’]", text, maxsplit=1)[0]
    if "-" in stem.strip("-"):
        # "ALV-ilmotukset": each piece of a compound is judged (and spelt) by itself
        return all(_is_acronym(p) for p in stem.split("-") if p)
    letters = [c for c in stem if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    return any(c.isupper() for c in stem[1:]) and any(c.islower() for c in stem)


def _covered(word: Word, spans: list[tuple[int, int]]) -> bool:
    return any(start < word.end and word.start < end for start, end in spans)


def _after_tag_sign(msg: AnalysedMessage, word: Word) -> bool:
    """A hashtag or a handle: "#myynti", "@aino"."""
    if word.text[:1] in "#@":
        return True
    return word.start > 0 and msg.source[word.start - 1] in "#@"


def _is_name_like(text: str, *, initial: bool) -> bool:
    return not initial and text[:1].isupper()


def _is_allowed(
    text: str, allowed: frozenset[str], voikko: VoikkoAnalyser, *, initial: bool
) -> bool:
    """The word, or every piece of a hyphenated compound, is a known word or allowed."""
    if _allowed_word(text, allowed) or _allowed_compound(text, allowed, voikko):
        return True
    if "'" in text or "’" in text:
        return _allowed_word(re.split(r"['’]", text, maxsplit=1)[0], allowed) or text[:1].isupper()
    if not _PIECES.search(text):
        return _is_name_like(text, initial=initial)
    pieces = [p for p in _PIECES.split(text) if p]  # "palvelu-" in "palvelu- ja tuotekehitys"
    return all(
        _piece_ok(p, allowed, voikko, initial=initial and n == 0) for n, p in enumerate(pieces)
    )


_COMPOUND_HEADS = ("osa", "tila", "puoli", "työ")
_HYPHEN_GAP = re.compile(r"-\s+(?:ja|tai|sekä|eikä|että|kuin)\b")


def _bound_first_part(piece: str, voikko: VoikkoAnalyser) -> bool:
    """ "sisä", "ulko", "etä": not words alone, but the first part of a compound."""
    return len(piece) >= 3 and any(voikko.spell(piece + head) for head in _COMPOUND_HEADS)


_RANGE_DASH = re.compile(r"[–—-](?=\w)")
# a phrase made the first part of a compound, with a space before the hyphen (an
# open compound, as Finnish writes one of several words): mostly foreign phrases
_OPEN_COMPOUND = re.compile(r"(?:[ \t]+[^\W\d_]+){1,2}[ \t]+-[a-zåäö]")
_OPEN_COMPOUND_END = re.compile(r"[ \t]+-[a-zåäö]")


def _in_open_compound(msg: AnalysedMessage, word: Word, voikko: VoikkoAnalyser) -> bool:
    """A word of a phrase of two or three words before " -ehdot" ("bad leaver
    -ehdot"); the phrase's last word counts when the word before it is foreign too
    ("due diligence -prosessi")."""
    if _OPEN_COMPOUND.match(msg.source, word.end):
        return True
    if not _OPEN_COMPOUND_END.match(msg.source, word.end) or word.i == 0:
        return False
    before = msg.words[word.i - 1]
    return (
        before.text.isalpha()
        and msg.source[before.end : word.start].strip(" \t") == ""
        and not voikko.spell(before.text)
    )


def _shares_a_tail(
    msg: AnalysedMessage, word: Word, voikko: VoikkoAnalyser, *, nth: int = 1
) -> bool:
    """ "huhti- ja toukokuulle": the part spells a word with the tail of the compound
    it is coordinated with ("huhtikuulle"), the ``nth`` word after it (after "ja")."""
    later = [w for w in msg.words[word.i + 1 : word.i + 5] if w.text[:1].isalpha()]
    if len(later) <= nth:
        return False
    tail_of = later[nth].text.lower()
    return any(voikko.spell(word.text + tail_of[k:]) for k in range(3, len(tail_of) - 2))


def _piece_ok(
    piece: str, allowed: frozenset[str], voikko: VoikkoAnalyser, *, initial: bool
) -> bool:
    if len(piece) < 2 or _has_digit(piece) or _is_acronym(piece):
        return True
    if voikko.spell(piece) or _allowed_word(piece, allowed):
        return True
    # The first part of a compound is written as such: "Teams-palaveri", "Excel-taulukko".
    return piece[:1].isupper() and not (initial and voikko.spell(piece.lower()))


def _allowed_compound(text: str, allowed: frozenset[str], voikko: VoikkoAnalyser) -> bool:
    """ "feromonipyydykset", "tussitagit": an allowed word (4+ letters) as the first
    part of a compound whose rest the speller knows, or as its last part after a
    known word, as Finnish compounds a trade term with everyday words."""
    lower = text.lower()
    if not lower.isalpha():
        return False
    if any(
        lower.startswith(head) and len(lower) - len(head) >= 3 and voikko.spell(lower[len(head) :])
        for head in allowed
        if len(head) >= 4
    ):
        return True
    # or as the last part after a known word: "tussitagit", "lauhteenpoistimet"
    # (only allowed words of 4+ letters: "min", "klo" end no compound)
    return any(
        voikko.spell(lower[:k])
        and any(
            lower[k:].startswith(tail) and NAME_INFLECTION.match(lower[k + len(tail) :])
            for tail in allowed
            if len(tail) >= 4
        )
        for k in range(3, len(lower) - 3)
    )


# business abbreviations the speller lacks, written with a period: "(sis. alv)", "40 kpl."
_PERIOD_ABBREVIATIONS = frozenset({"sis", "kpl", "hlö", "krs", "vrk", "pvm", "alv"})


_SHORT_STEM_ENDING = re.compile(
    r"^[:'’-]?(?:n|t|a|ä|ta|tä|na|nä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|han|hin|iin)$"
)


def _allowed_word(text: str, allowed: frozenset[str]) -> bool:
    # ("+ alv. Jos…": the tokenizer may keep an abbreviation's period on it)
    lower = text.lower().removesuffix(".")
    if lower in allowed or (text.endswith(".") and lower in _PERIOD_ABBREVIATIONS):
        return True
    for n in range(len(lower) - 1, 2, -1):  # a stem of 3+ letters: "ti" is no prefix
        # (a three-letter stem takes only a plain case ending: "spassa", "crm:n", but
        # "minuttia" is no "min" and "puhditus" no "puh": typos of "minuutti", "puhdistus")
        ending = _SHORT_STEM_ENDING if n == 3 else NAME_INFLECTION
        if lower[:n] in allowed and ending.match(lower[n:]):
            return True
        # a loan in -i takes -e- before plural endings: "liidi" -> "liidejä", "liideille"
        if (
            lower[n : n + 1] == "e"
            and lower[:n] + "i" in allowed
            and NAME_INFLECTION.match(lower[n:])
        ):
            return True
    return False


def _before_company_form(msg: AnalysedMessage, word: Word) -> bool:
    """ "Kuvatarkka Oy", "Metrix Tuotantodata Oy": a capitalised run that ends in a
    company form is a company's name."""
    for n in range(word.i + 1, min(word.i + 4, len(msg.words))):
        following = msg.words[n]
        if following.text.split(":")[0].lower() in _COMPANY_FORMS:
            return True
        if not following.text[:1].isupper():
            return False
    return False


# letters and pairs Finnish spells only in loans and names: a slip of the fingers on a
# Finnish word does not make them
_FOREIGN_LETTERS = ("th", "ph", "sh", "ch", "w", "x", "z", "q", "c")


def _sentence_initial_name(
    msg: AnalysedMessage,
    word: Word,
    suggestions: list[str],
    offered: list[str],
    voikko: VoikkoAnalyser,
    *,
    in_use: bool = True,
) -> bool:
    """Is a capitalised unknown word at the start of a sentence a name rather than a typo?

    A typo is one edit away from a suggestion ("Toivottavsti"); a name is further
    from every suggestion, or the message also writes it capitalised mid-sentence.
    ``in_use``: where a name stands, the suggestion must be a word in use (off when
    every unknown word is to be reported).
    """
    if not word.text[:1].isupper():
        return False
    same = [w for w in msg.words if w.text == word.text and w.i != word.i]
    if any(not starts_sentence(msg.source, w.start) for w in same):
        return True  # also capitalised mid-sentence
    if any(w.text.startswith(word.text + "-") for w in msg.words):
        return True  # "Tankkari-kortti" elsewhere: a brand that names its products
    block = msg.blocks[word.block]
    follows = msg.source[word.end : word.end + 1]
    if (
        block.block.kind == "bullet"
        and block.first_word == word.i
        and follows in (",", ":")
        and not (follows == "," and _enumeration_after(msg, word, voikko))
    ):
        return True  # "- Latavo, perustettu 2014", "c) Tankkari: 1,90 €": a list item's name
    if _titled_by_name(msg, word) or _label_of_a_name(msg, word):
        return True
    if _cited_source(msg, word, offered, voikko):
        return True
    following = msg.words[word.i + 1] if word.i + 1 < len(msg.words) else None
    if _inflects_a_name(msg, word) or _in_an_address(msg, word):
        return True
    if _names_an_institution(msg, word):
        return True  # "Kaarnalan seurakunta", "Ruskolan kunnassa": a place's institution
    if _place_name_shape(word.text, voikko):
        return True  # "Näsilahden varhaiskasvatus", "Kaarnalassa vaihdettiin": a place
    if word.text[-1:].lower() in _FOREIGN_FINALS:
        return True  # "Kiiltox", "Moppex": no Finnish word ends so; a brand
    if any(c in word.text.lower() for c in _FOREIGN_LETTERS):
        return True  # "Savothermin", "Wanderbay": letters no Finnish word spells; a brand
    lower = word.text.lower()
    if len(lower) >= 7 and lower.endswith("net") and not lower.endswith("neet"):
        return True  # "Vuokranet", "Pakkasnet": a word and the web's "-net", a brand
    following_text = msg.source[word.end : word.end + 3].lstrip(" ")[:1]
    if following_text == "&":
        return True  # "Aaltola & Vesa": partners' names joined, a firm
    if any(_ungraded(word.text.lower(), x.lower()) for x in suggestions):
        return True  # "Runkossa" for "Rungossa": a name keeps its consonants
    if _founded(msg, word) or _after_a_label(msg, word):
        return True
    # "Kuvatarkka Oy", "Reittiviisas Oy:n", here or in the signature; a word the
    # message writes the same way, capitalised, more than once is a name too
    # (a slip of the fingers is not repeated letter for letter)
    if same or any(_before_company_form(msg, w) for w in (word, *same)):
        return True
    if (
        following is not None
        and following.text[:1].isupper()
        and (
            not voikko.spell(following.text)  # "Kong Gateway": one name of two words
            or (word.text.endswith("n") and following.is_name)
            # "Ventia Tekniikka ja Raikas Mittaus": a firm named with a capitalised trade
            # (not after an adverb or a verb: "Toivottavsti Tekniikka-lehti kirjoittaa")
            # ("Nostola Hissien huoltokäsikirjat": the whole name in the genitive)
            or (
                following.case in ("Nom", "Gen")
                and following.pos == "NOUN"
                and following.start == word.end + 1
                and word.pos not in ("ADV", "VERB", "AUX")
            )
            # ("Lingua Nova kääntää…": the parser joins the two as one proper name)
            or (
                following.dep == "flat:name"
                and following.head == word.i
                and following.start == word.end + 1
            )
        )
    ):
        return True  # "Esrin ArcGIS": a maker's genitive before its product's name
    partner = msg.words[word.i + 2] if word.i + 2 < len(msg.words) else None
    if (
        following is not None
        and partner is not None
        and following.lower in ("ja", "tai", "sekä")
        and partner.text[:1].isupper()
        and not voikko.spell(partner.text)
    ):
        return True  # "Medilinjan ja Dentovaran hinnat": a name paired with a name
    if any(_name_split(s, voikko) for s in suggestions):
        return True  # "Limingantullissa": "Limingan tullissa", a place name and a word
    # Typos keep the first letter; a "suggestion" that changes it (Finavian ->
    # Tinavian) only shows how far the word is from the dictionary.
    # A name one letter from another name ("Harvola", "Harvala") is a name of its own:
    # only a common word near it makes it a slip.
    # (the first five the speller offered, not only those shown: "Ilmotan" is
    # "Ilmothan" and "Ilmohan" before it is "Ilmoitan")
    # Where a name stands, as an owner or a subject, a slip is from a word in use that
    # could stand there: "Lemmion asiakaspalvelussa" is near only "Lemmon", a form
    # nobody writes, and "Koodila siirsi palvelunsa" near "Koodilla", which cannot be
    # the subject a verb with an object needs. (Asked to report every unknown word,
    # any near word will do.)
    in_use = in_use and word.dep.startswith(("nsubj", "nmod:poss", "nmod:g"))
    subject = in_use and _subject_of_a_transitive(msg, word)
    close = any(
        " " not in s
        and "-" not in s
        and s[:1].lower() == word.text[:1].lower()
        and _distance(s.lower(), word.text.lower()) <= 1
        and not all(r.word_class in NAME_CLASSES for r in voikko.analyse(s))
        and (not in_use or _in_use(s, word.text, voikko))
        and not (subject and _only_oblique(s, voikko))
        for s in offered[:5]
    )
    # A capitalised word no suggestion is one edit away from is a name the
    # dictionary lacks ("Finavian"), whatever the parser tagged it.
    return not close


def _in_use(form: str, typed: str, voikko: VoikkoAnalyser) -> bool:
    """A word writers use, or a compound mended inside one of its parts: in a part
    before its last ("Tyhjenysväli", "Ymäristöväite"), or inside a last part long
    enough to be a word of its own whose lexeme writers use ("Vertailutukusa":
    "tukku"). Compounds are made up as one writes, so their rarity says nothing; but a
    mend that makes a new part ("Koodila" as "Koodiala", "Linkora" as "Linkorae") only
    shows how the speller reaches a word it lacks."""
    form, typed = form.lower(), typed.lower()
    if _common_word(form, typed, voikko):
        return True
    starts = voikko.part_starts(form)
    if not starts:
        return False
    slip = next(
        (i for i, (a, b) in enumerate(zip(form, typed, strict=False)) if a != b), len(typed)
    )
    last = max(starts)
    if slip > last:
        return len(form) - last >= _MENDED_PART and bool(
            common({r.heads[-1] for r in voikko.analyse(form) if r.heads})
        )
    return slip < last - 1 and not any(start - 1 <= slip <= start for start in starts)


def _only_oblique(form: str, voikko: VoikkoAnalyser) -> bool:
    """Only a noun in a case no subject takes ("Koodilla", "Koodilta"); an adverb
    ("Esimerkiksi") says the parser's subject was a guess."""
    readings = voikko.analyse(form)
    return bool(readings) and all(r.case not in (None, "Nom") for r in readings)


def _subject_of_a_transitive(msg: AnalysedMessage, word: Word) -> bool:
    """The subject of an active finite verb that has an object: only a nominative
    can stand there ("Koodila ratkaisi saman asian")."""
    if not word.dep.startswith("nsubj") or word.head == word.i:
        return False
    verb = msg.words[word.head]
    return (
        verb.finite
        and verb.person == 3
        and any(
            w.head == verb.i and w.dep == "obj"
            for w in msg.sentence_words(msg.sentences[word.sentence])
        )
    )


# what an organisation publishes, cited by its maker's name: "Kontaktion vuosikatsauksen
# mukaan", "Kontaktion kyselyssä"
_PUBLISHED = DATA_SOURCES | PUBLISHED_SOURCES | {"luku", "ennuste"}


def _cited_source(
    msg: AnalysedMessage, word: Word, offered: list[str], voikko: VoikkoAnalyser
) -> bool:
    """ "Kontaktion mukaan …", "Kontaktion tuoreen selvityksen mukaan …": a genitive
    that a source is cited by names who published it, unless the speller's nearest
    word is itself such a source ("Tutkimksen mukaan" is "Tutkimuksen" mistyped)."""
    # (a genitive's -n, not the -nen of "Automaatinen palautustesti", an adjective)
    if not word.text.endswith("n") or word.text.endswith("nen"):
        return False
    after = [w for w in msg.words[word.i + 1 : word.i + 4] if w.sentence == word.sentence]
    cites = bool(after) and (
        after[0].lemma == "mukaan"
        or any(word_heads(w) & _PUBLISHED for w in after[:2] if w.pos == "NOUN")
    )
    if not cites:
        return False
    return not any(
        {h for r in voikko.analyse(s) for h in r.heads} & _PUBLISHED for s in offered[:3]
    )


def _label_of_a_name(msg: AnalysedMessage, word: Word) -> bool:
    """ "- Verbia lyhyesti: helsinkiläinen kielikoulu": a label of the word and one
    adverb before a colon introduces what the name is."""
    following = msg.words[word.i + 1] if word.i + 1 < len(msg.words) else None
    return (
        following is not None
        and following.block == word.block
        and following.pos == "ADV"
        and following.text.islower()
        and msg.source[following.end : following.end + 1] == ":"
    )


def _titled_by_name(msg: AnalysedMessage, word: Word) -> bool:
    """ "## Kalvio: kokonaisvaltainen ratkaisu", "# Kalvio – esitys …", "## Kalvio
    teidän autoissanne": a title opened by a name and a colon or a dash, or a name
    set in the reader's world."""
    block = msg.blocks[word.block]
    if block.block.kind != "title" or block.first_word != word.i:
        return False
    following = msg.words[word.i + 1] if word.i + 1 < len(msg.words) else None
    return (
        msg.source[word.end : word.end + 1] == ":"
        or msg.source[word.end : word.end + 2] in (" –", " -")
        # (not a verb: "## Toivottavsti ehditte…" is a typo before the reader's verb)
        or (following is not None and following.addresses_reader and not following.finite)
    )


def _place_name_shape(text: str, voikko: VoikkoAnalyser) -> bool:
    """Shaped as Finnish place names are: a known place noun as the last part
    ("Näsi|lahden", "Vil|lähteen"), or a known word and -la/-lä with a case ending
    ("Kaarna|la|ssa", "Lakea|la|n"). A slip seldom leaves such a tail whole; the bare
    "-lä" ("Iltapäivälä" for "iltapäivällä") is a slip, so a case ending is needed."""
    low = text.lower()
    if not low.isalpha():
        return False
    for k in range(3, len(low) - 3):
        if any(
            r.word_class == "nimisana" and r.baseform in PLACE_NOUNS and len(r.parts) == 1
            for r in voikko.analyse(low[k:])
        ):
            return True
    for ending in _PLACE_CASE_ENDINGS:
        stem = low[: -len(ending)]
        if low.endswith(ending) and stem.endswith(("la", "lä")) and len(stem) >= 6:
            base = stem[:-2]
            if voikko.spell(base) and any(r.word_class in _NOMINALS for r in voikko.analyse(base)):
                return True
    return False


# case endings after the -la/-lä of a place name ("Kaarnalassa", "Lakealan")
_PLACE_CASE_ENDINGS = (
    "n", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "an", "än", "na", "nä",
)  # fmt: skip


def _enumeration_after(msg: AnalysedMessage, word: Word, voikko: VoikkoAnalyser) -> bool:
    """ "- Tyhjenys, pesu ja tarkastus": the comma goes on with common words joined by
    "ja", "sekä" or "tai", so the first is one of them, not a name introduced."""
    rest = [w for w in msg.words[word.i + 1 : word.i + 6] if not w.is_punct]
    return (
        bool(rest)
        and rest[0].text.islower()
        and voikko.spell(rest[0].text)
        and any(w.lower in ("ja", "sekä", "tai") for w in rest[1:4])
    )


# what a place name in the genitive names: "Kaarnalan seurakunta", "Ruskolan koulu"
_INSTITUTIONS = frozenset(
    {"kunta", "kaupunki", "seurakunta", "kylä", "koulu", "lukio", "sairaala", "kirjasto",
     "satama", "kampus", "taloyhtiö", "osuuskunta", "yhdistys", "säätiö", "kappeli",
     "kirkko", "hautausmaa", "terveyskeskus", "kunnantalo", "kaupungintalo"}
)  # fmt: skip

# letters no inflected Finnish word ends in
_FOREIGN_FINALS = frozenset("xqzcwbgf")
_FOUNDING = frozenset({"perustaa", "perustettu"})
# what mail providers and the web put in an address: no one's name
_ADDRESS_WORDS = frozenset(
    {"gmail", "hotmail", "outlook", "yahoo", "live", "icloud", "luukku", "kolumbus",
     "elisanet", "saunalahti", "suomi24", "www", "mail", "info", "myynti", "asiakaspalvelu"}
)  # fmt: skip


def _address_names(msg: AnalysedMessage) -> frozenset[str]:
    """The words of the message's e-mail and web addresses, headers included:
    "aino@juoksola.fi" gives "aino" and "juoksola"."""
    found: frozenset[str] | None = msg.memo.get(_address_names)
    if found is None:
        parts: set[str] = set()
        for start, end in message_addresses(msg):
            text = msg.source[start:end].lower().split("://")[-1]
            labels = re.split(r"[@./_-]", text)
            parts.update(p for p in labels[:-1] if len(p) >= 3 and p not in _ADDRESS_WORDS)
        found = msg.memo[_address_names] = frozenset(parts)
    return found


def _in_an_address(msg: AnalysedMessage, word: Word) -> bool:
    """ "Juoksolan" when the reader writes from "aino@juoksola.fi"; "Kidessä" when the
    reader is at "hammaskeskuskide.fi", the name the tail of the address's compound
    (a name keeps its consonant: "Kidessä", where the word "kide" gives "kiteessä")."""
    lower = word.text.lower()
    names = _address_names(msg)
    if any(inflects(lower, name) for name in names):
        return True
    return word.text[:1].isupper() and any(
        inflects(lower, name[-size:])
        for name in names
        for size in range(4, len(name) - 2)
        if lower.startswith(name[-size:][:3])
    )


# consonant gradation, strong grade and weak: "runko" -> "rungossa", "kide" -> "kiteessä"
# (not a doubled or dropped letter, "kk"/"k", "tt"/"t": "Asukaspalauteet" is a slip)
_GRADES = (("nk", "ng"), ("mp", "mm"), ("lt", "ll"), ("nt", "nn"), ("rt", "rr"), ("t", "d"),
           ("p", "v"))  # fmt: skip


def _ungraded(word: str, suggestion: str) -> bool:
    """Is ``word`` the ``suggestion`` with one consonant left in the other grade?
    Names of firms and places often keep the grade of their base form ("Runkossa",
    where the word "runko" gives "rungossa"); a typo seldom changes just that."""
    for one, other in _GRADES:
        for strong, weak in ((one, other), (other, one)):
            start = word.find(strong, 1)
            while start > 0:
                if word[:start] + weak + word[start + len(strong) :] == suggestion:
                    return True
                start = word.find(strong, start + 1)
    return False


def _names_an_institution(msg: AnalysedMessage, word: Word) -> bool:
    """ "Kaarnalan seurakunta", "# Saivon koulun ruokailu": a place in the genitive
    before the institution it names."""
    following = msg.words[word.i + 1] if word.i + 1 < len(msg.words) else None
    return (
        word.text.endswith("n")
        and following is not None
        and following.text[:1].islower()
        and bool(following.lemmas & _INSTITUTIONS)
    )


def _founded(msg: AnalysedMessage, word: Word) -> bool:
    """ "Kumuri on perustettu 2015": only a name is founded."""
    head = msg.words[word.head]
    return word.dep.startswith(("nsubj", "obj")) and bool(head.lemmas & _FOUNDING)


def _after_a_label(msg: AnalysedMessage, word: Word) -> bool:
    """ "Lopuksi: Kumuri lyhyesti": after a colon a word is lower case unless it is a
    name or opens a sentence, and a fragment without a finite verb is no sentence.
    Only a short word: a name is rarely long and one letter off a word."""
    before = msg.source[max(0, word.start - 2) : word.start]
    # (a long word one letter off is a typo all the same: "Esitys: Kyberturvalisuus")
    if not before.endswith((": ", ":")) or len(word.text) > 8:
        return False
    sentence = msg.sentences[word.sentence]
    return not any(w.finite for w in msg.sentence_words(sentence) if w.start > word.start)


def _name_split(suggestion: str, voikko: VoikkoAnalyser) -> bool:
    parts = suggestion.replace("-", " ").split()
    if len(parts) != 2:
        return False
    # only a name ("Limingan"), not a word that is also a surname ("Asukaspa": asukas)
    readings = voikko.analyse(parts[0])
    return bool(readings) and all(r.is_name for r in readings)


def _inflects_a_name(msg: AnalysedMessage, word: Word) -> bool:
    """ "Oppimolla" when the message also writes "Oppimo", or "Kaistanet" when it
    also writes "Kaistanetin": one name in two forms; or a name the seller signs with."""
    lower = word.text.lower()
    sellers = seller_names(msg)
    if lower in sellers:
        return True  # "Oppimo on ketterä työkalu" above the signature "Oppimo Oy"
    if any(len(name) >= 5 and inflects(lower, name) for name in sellers):
        return True  # "Simukaaren simulaattoriin…" above the signature "Simukaari Oy"
    voikko = get_voikko()
    for other in msg.words:
        # "Vesitek-sopimuksenne": a name heads a compound with a hyphen
        name = other.text.split("-")[0].lower()
        if other.i == word.i or not other.text[:1].isupper() or len(name) < 3 or name == lower:
            continue
        # "Asukaspalaute" is a word of the dictionary, not a name: "Asukaspalauteet"
        # is its typo, not its inflection
        if voikko.spell(other.text) and not other.is_name:
            continue
        if inflects(lower, name) or inflects(name, lower):
            return True
    return False


def _length_slip(word: str, suggestion: str) -> bool:
    """The suggestion only doubles or undoubles a letter ("mahdolisuus" for
    "mahdollisuus"): the Finnish misspelling of a known word, which writers repeat."""
    if abs(len(word) - len(suggestion)) != 1:
        return False
    short, long_ = sorted((word, suggestion), key=len)
    for n in range(len(short) + 1):
        if long_[:n] + long_[n + 1 :] == short:
            doubled = long_[n]
            return (n > 0 and long_[n - 1] == doubled) or (
                n + 1 < len(long_) and long_[n + 1] == doubled
            )
    return False


def _written_again(msg: AnalysedMessage, word: Word, voikko: VoikkoAnalyser) -> bool:
    """The message writes the word again, the same or in another form of the same
    stem the dictionary lacks too ("autorefraktometri", "autorefraktometrin", "koneikko",
    "koneikolle"): a slip
    of the fingers is seldom repeated letter for letter; a trade term is. (A letter
    doubled or not, "mahdolisuus", is a misspelling writers do repeat: see
    :func:`_length_slip`.)"""
    lower = word.text.lower()
    if len(lower) < 6:
        return False
    return any(
        other.i != word.i
        and (
            other.text.lower() == lower
            or (shares_stem(other.text, lower) and not voikko.spell(other.text))
        )
        for other in msg.words
    )


# Voikko's suggestions weighed against the word-frequency table (it orders them by
# its own edit costs, so the word meant may come fifth: "kiinostaa" -> "kinostaa")
_OFFERED = 10
_ALPHABET = "abcdefghijklmnopqrstuvwxyzåäö"
# a compound part mended on its own must be long enough that one letter does not
# turn it into another common word ("telan" -> "tilan", "altas" -> "allas")
_MENDED_PART = 6
_KEPT_PART = 4


def _one_letter_edits(word: str) -> set[str]:
    """Every form one deletion, swap of neighbours, change or insertion from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    edits |= {a + c + b for a, b in splits for c in _ALPHABET}
    edits.discard(word)
    return edits


def _ranked(word: str, forms: Iterable[str]) -> list[str]:
    """The common forms, the likeliest meant first: a letter doubled or not first
    (the commonest Finnish slip: "asenuksen" is "asennuksen", not the commoner
    "asetuksen"), then the commonest, then in alphabetical order (the edits come
    as a set, whose order changes from run to run)."""
    found = common(sorted(forms))
    ranked = zip(found, log_probabilities(found), strict=True)
    order = sorted(ranked, key=lambda fp: (not _length_slip(word, fp[0]), -(fp[1] or -99.0)))
    return [form for form, _ in order]


def _common_fix(word: str, voikko: VoikkoAnalyser) -> str | None:
    """The commonest correct word one slip from ``word`` (lowercase), if any: the
    whole word mended ("maaliskuusa" -> "maaliskuussa"), or one part of a compound
    mended and the rest kept ("tukimahdolisuuksista" -> "tuki" + "mahdollisuuksista",
    "kunnosapitokustannuksista" -> "kunnossapito" + "kustannuksista"). The part
    mended must be a form writers commonly use (the frequency table), and the whole
    a word Voikko accepts, split where Voikko splits it; a last part kept must be a
    simple word or a common one ("onni" + "kytkentä" would make
    "kaksikolonnikytkentä" a slip from "kaksikon"). The first letter stays: a slip
    seldom hits it, and changing it reaches too many words ("colin" -> "olin")."""
    whole = _ranked(word, (e for e in _one_letter_edits(word) if e[:1] == word[:1]))
    if whole and voikko.spell(whole[0]):
        return whole[0]
    for cut in range(_KEPT_PART, len(word) - _KEPT_PART + 1):
        first, last = word[:cut], word[cut:]
        if len(last) >= _MENDED_PART and voikko.spell(first):
            edits = (e for e in _one_letter_edits(last) if e[:1] == last[:1])
            for mended in _ranked(last, edits):
                joined = first + mended
                if voikko.spell(joined) and cut in voikko.part_starts(joined):
                    return joined
        if len(first) >= _MENDED_PART and _kept_tail(last, voikko):
            edits = (e for e in _one_letter_edits(first) if e[:1] == first[:1])
            for mended in _ranked(first, edits):
                joined = mended + last
                if voikko.spell(joined) and len(mended) in voikko.part_starts(joined):
                    return joined
    return None


def _kept_tail(last: str, voikko: VoikkoAnalyser) -> bool:
    return voikko.spell(last) and (not voikko.part_starts(last) or bool(common([last])))


def _hyphened_fix(word: str, voikko: VoikkoAnalyser) -> str | None:
    """:func:`_common_fix` of the whole word, or of its rest after the last hyphen
    ("alv-ilmotukset" -> "alv-ilmoitukset") or after a prefix the dictionary lacks
    ("neurostimlaatiolaitteiden" -> "neuro" + "stimulaatiolaitteiden")."""
    fix = _common_fix(word, voikko)
    head, hyphen, tail = word.rpartition("-")
    if fix is None and hyphen and len(tail) >= _KEPT_PART:
        tail_fix = _common_fix(tail, voikko)
        fix = None if tail_fix is None else head + hyphen + tail_fix
    split = _prefix_split(word)
    if fix is None and split is not None and len(split[1]) >= _MENDED_PART:
        rest_fix = _common_fix(split[1], voikko)
        fix = None if rest_fix is None else split[0] + rest_fix
    return fix


def _slip_of_a_word(word: str, offered: list[str]) -> bool:
    """One of Voikko's suggestions one slip away is a form the table has seen at all,
    or only doubles or undoubles a letter (the commonest Finnish misspelling), or
    swaps two neighbours (the commonest slip of the fingers): a loan Voikko lacks
    differs from its nearest word otherwise ("refraktometri", "refraktiometri")."""
    # (not a name Voikko knows in capitals: "colin" is E. coli, no "Colin")
    near = [
        x.lower() for x in offered if x[:1].lower() == word[:1] and _distance(word, x.lower()) == 1
    ]
    return bool(common(near, floor=RAREST)) or any(
        _length_slip(word, x) or _neighbours_swapped(word, x) for x in near
    )


def _neighbours_swapped(word: str, other: str) -> bool:
    if len(word) != len(other):
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and (word[diff[0]], word[diff[1]]) == (other[diff[1]], other[diff[0]])
    )


def _common_word(form: str, typed: str, voikko: VoikkoAnalyser) -> bool:
    """A form writers use, or a compound mended only in a last part writers use:
    compounds are made up as one writes, so "huoltosopimuksen" is rare but
    "sopimuksen" common (and "asukastiedot" for "asikastiedot" mends no part
    writers use)."""
    if common([form]):
        return True
    starts = voikko.part_starts(form)
    if not starts:
        return False
    last = max(starts)
    slip = next(
        (i for i, (a, b) in enumerate(zip(form, typed, strict=False)) if a != b), len(typed)
    )
    return slip >= last and len(form) - last >= _MENDED_PART and bool(common([form[last:]]))


def _with_fix(
    suggestions: list[str], fix: str | None, text: str, voikko: VoikkoAnalyser
) -> list[str]:
    """Voikko's suggestions, with the common fix first unless Voikko's own first
    guess is as likely a slip: one letter away, common, and as much a doubled
    letter as the fix (then the fix comes second)."""
    if fix is None:
        return suggestions
    if text[:1].isupper():
        fix = fix[:1].upper() + fix[1:]
    if suggestions:
        first, lower = suggestions[0].lower(), text.lower()
        rest = [x for x in suggestions[1:] if x.lower() != fix.lower()]
        if first == fix.lower():
            return [suggestions[0], *rest]
        if (
            _distance(lower, first) <= 1
            and _common_word(first, lower, voikko)
            and _length_slip(lower, first) >= _length_slip(lower, fix.lower())
        ):
            return [suggestions[0], fix, *rest]
    return [fix, *(x for x in suggestions if x.lower() != fix.lower())]


def _distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Levenshtein with adjacent transpositions)."""
    if abs(len(a) - len(b)) > 2:
        return 3
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i, *([0] * len(b))]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


@cache
def _packaged_allow() -> frozenset[str]:
    lines = _ALLOW_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def _allow_set(extra: Iterable[str]) -> frozenset[str]:
    return _packaged_allow() | {w.strip().lower() for w in extra if w.strip()}
