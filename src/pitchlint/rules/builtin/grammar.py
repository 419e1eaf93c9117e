"""grammar: the Finnish grammar checker's (Voikko) findings, filtered for sales mail."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from pitchlint.analysis.model import AnalysedBlock, AnalysedMessage
from pitchlint.analysis.voikko import GrammarError, get_voikko
from pitchlint.findings import Severity
from pitchlint.inputs.message import Message
from pitchlint.rules.base import Hit, Rule, RuleDocs, RuleInfo, RuleOptions
from pitchlint.rules.builtin.spelling import ADDRESS, message_addresses

# Voikko's grammar error codes (libvoikko's GCERR_*), found by experiment.
INVALID_SPELLING = 1  # "enään": a word the speller rejects too
EXTRA_WHITESPACE = 2  # "on  kaksi"
SPACE_BEFORE_PUNCTUATION = 3  # "hyvä ,mutta"
EXTRA_COMMA = 4
INVALID_SENTENCE_STARTER = 5  # "torstaina!!"
WRITE_FIRST_LOWERCASE = 6  # a capitalised common noun mid-sentence (names, brands: noise)
WRITE_FIRST_UPPERCASE = 7  # a sentence starting with a small letter
REPEATING_WORD = 8  # "on on"
TERMINATING_PUNCTUATION_MISSING = 9
INVALID_PUNCTUATION_AT_END_OF_QUOTATION = 10
FOREIGN_QUOTATION_MARK = 11  # “…” instead of ”…”: house style, not an error in e-mail
MISPLACED_CLOSING_PARENTHESIS = 12  # also fires on smileys ":)"
NEGATIVE_VERB_MISMATCH = 13  # "en tiedän"
INFINITIVE_EXPECTED = 14  # "haluan ostamaan"
MISSING_MAIN_VERB = 17  # "PS. Liitteenä hinnasto.": verbless sentences are normal in mail
EXTRA_MAIN_VERB = 18  # a missing comma between two clauses

_RUNNING_TEXT = frozenset({"paragraph", "note"})
_FRAME = frozenset({"greeting", "closing", "signature"})
# Codes about sentence shape that make no sense on a subject line, a bullet or a title.
_SENTENCE_SHAPE = frozenset(
    {TERMINATING_PUNCTUATION_MISSING, WRITE_FIRST_UPPERCASE, MISSING_MAIN_VERB}
)
_SMILEY = re.compile(r"[:;=8][-']?$")
_EMOJI_OR_SMILEY_END = re.compile(r"(?:[:;=][-']?[()DPp]|[\U0001F300-\U0001FAFF\u2600-\u27BF])\s*$")


class Options(RuleOptions):
    ignore_codes: list[int] = Field(
        default_factory=lambda: [
            EXTRA_WHITESPACE,
            WRITE_FIRST_LOWERCASE,
            FOREIGN_QUOTATION_MARK,
            MISSING_MAIN_VERB,
        ],
        description="Voikko grammar error codes never reported",
    )
    final_punctuation_min_words: int = Field(
        default=3,
        ge=1,
        description="a paragraph's last sentence needs this many words and a verb to require a full stop",
    )


class Grammar(Rule):
    Options = Options
    info = RuleInfo(
        id="grammar",
        kinds=frozenset({"email", "outline"}),  # bullets and titles skip sentence-shape codes
        summary_fi="Suomen kieliopin tarkistimen (Voikko) löytämä virhe.",
        summary_en="An error found by the Finnish grammar checker (Voikko).",
        severity=Severity.WARNING,
        weight=3.0,
        docs=RuleDocs(
            why=(
                "Tuntematon vastaanottaja päättää muutamassa sekunnissa, kannattaako viesti lukea. "
                "Kahdesti kirjoitettu sana, pienellä alkava virke tai kesken loppuva kappale "
                "näyttää siltä, ettei viestiä ole luettu ennen lähettämistä. Huolimattomuus "
                "heikentää luottamusta siihen, että myyjä hoitaa myös lupauksensa huolella."
            ),
            fires='Voikon kielioppivirheet: toistettu sana ("on on"), pienellä alkava virke, '
            "puuttuva välimerkki juoksevan tekstin kappaleen lopussa, välilyönti välimerkin "
            "edessä, kieltoverbin ja pääverbin ristiriita, puuttuva pilkku lauseiden välissä.",
            does_not_fire='Aiherivi, tervehdys ("Hei Mikko,"), lopputervehdys, allekirjoitus, '
            "luettelokohdat ja otsikot ilman loppupistettä; yhdistelykentät; hymiöt; "
            "verkko-osoitteeseen päättyvä rivi; vieraat lainausmerkit ja kaksoisvälilyönnit.",
            bad="Hei Mikko,\n\nHuomasin, että laajennatte varastoanne Vantaalla. Uudessa "
            "varastossa keräilyvirheiden määrä kasvaa usein ensimmäisen puolen vuoden aikana, "
            "kun hyllypaikat vaihtuvat. tämä näkyy suoraan reklamaatioiden määrässä. Sopisiko "
            "puhelu torstaina kello 10, jotta voin näyttää miten muut ovat ratkaisseet sen sen?"
            "\n\nTerveisin\nLeena",
            good="Hei Mikko,\n\nHuomasin, että laajennatte varastoanne Vantaalla. Uudessa "
            "varastossa keräilyvirheiden määrä kasvaa usein ensimmäisen puolen vuoden aikana, "
            "kun hyllypaikat vaihtuvat. Tämä näkyy suoraan reklamaatioiden määrässä. Sopisiko "
            "puhelu torstaina kello 10, jotta voin näyttää, miten muut ovat ratkaisseet sen?"
            "\n\nTerveisin\nLeena",
            source="Luottamus rakentuu asiantuntemuksesta ja huolellisuudesta; ensivaikutelma "
            "syntyy ensimmäisestä viestistä.",
        ),
    )

    def prepare(self, message: Message) -> None:
        get_voikko().check_grammar_ahead([text for _, text in _checked_paragraphs(message)])

    def check(self, msg: AnalysedMessage) -> Iterator[Hit]:
        assert isinstance(self.options, Options)
        voikko = get_voikko()
        ignored = frozenset(self.options.ignore_codes)
        # a merge tag and the character right after it: "<ASIAKAS>: …" leaves the
        # checker a sentence that starts with ":"
        avoid = [(t.start, t.end + 1) for t in msg.message.placeholders]
        avoid += message_addresses(msg)
        for index, text in _checked_paragraphs(msg.message):
            block = msg.blocks[index]
            for error in voikko.grammar_errors(text):
                if error.code in ignored or not self._applies(msg, block, text, error):
                    continue
                smap = block.block.source_map
                start = smap.to_source(error.start)
                end = smap.to_source(error.start + error.length, end=True)
                if any(a < end and start < b for a, b in avoid):
                    continue
                if error.code == EXTRA_MAIN_VERB and _instrument_noun(msg, start, end):
                    continue
                if error.code == INFINITIVE_EXPECTED and _object_noun(msg, start, end):
                    continue
                yield Hit(start, end, _message(msg.source[start:end], error), _first(error))

    def _applies(
        self, msg: AnalysedMessage, block: AnalysedBlock, text: str, error: GrammarError
    ) -> bool:
        assert isinstance(self.options, Options)
        kind = block.block.kind
        flagged = text[error.start : error.start + error.length]
        if error.code in _SENTENCE_SHAPE and kind not in _RUNNING_TEXT:
            return False
        if error.code == INVALID_SPELLING and not get_voikko().spell(flagged):
            return False  # the spelling rule reports the word, with its suggestions
        if error.code == MISPLACED_CLOSING_PARENTHESIS and _SMILEY.search(text[: error.start]):
            return False
        if error.code == WRITE_FIRST_UPPERCASE and any(c.isupper() for c in flagged[1:]):
            return False  # "iPhone", "eBay": a brand written its own way
        if (
            error.code == WRITE_FIRST_UPPERCASE
            and error.start == 0
            and _after_comma_greeting(msg, block)
        ):
            # Kielitoimisto: after "Hei Maija," the text goes on in lower case.
            return False
        if error.code == REPEATING_WORD and _name_twice(text, error.start, flagged):
            return False  # "Laura Kivilampi Kivilampi Kunnostus Oy:stä": a surname, then a firm
        if error.code == TERMINATING_PUNCTUATION_MISSING:
            return self._running_sentence_end(msg, block, text)
        if error.code == NEGATIVE_VERB_MISMATCH and _clitic_confuses(flagged):
            return False  # "Eikö olekin kiinnostavaa": "ole" with -kin, the checker's slip
        if error.code == INFINITIVE_EXPECTED and _illative_noun(flagged):
            return False  # "muutos halutaan voimaan": the noun "voima", no verb chain
        if error.code == EXTRA_MAIN_VERB and (
            _WHATEVER.search(flagged) or _TAUTOLOGY.search(flagged)
        ):
            # "laatu on mitä sattuu", "ratkaisu on mitä on": idioms, no clause to comma
            return False
        # "läheltä piti -tilanteen": the second verb is inside a phrase that is the
        # first part of a compound, not a clause of its own
        # (the span may end at the verb, "piti", or take in the compound and the
        # clause's own verb, "piti -tilanteita kirjataan")
        return not (
            error.code == EXTRA_MAIN_VERB
            and (
                _SPACED_HYPHEN.match(text, error.start + error.length) is not None
                or _SPACED_HYPHEN.search(flagged) is not None
            )
        )

    def _running_sentence_end(self, msg: AnalysedMessage, block: AnalysedBlock, text: str) -> bool:
        """Missing final punctuation matters only at the end of a running-text sentence."""
        assert isinstance(self.options, Options)
        if _EMOJI_OR_SMILEY_END.search(text):
            return False
        sentences = msg.block_sentences(block)
        if not sentences:
            return False
        words = [w for w in msg.sentence_words(sentences[-1]) if not w.is_punct]
        if not words or words[-1].is_placeholder or ADDRESS.fullmatch(words[-1].text):
            return False
        if ADDRESS.search(text.rstrip().rsplit(" ", 1)[-1]):
            return False  # the paragraph ends with a link or an address
        if _list_follows(msg, block):
            return False  # "…, voisitteko" and then "- ladata …": the list goes on with it
        has_verb = any(w.finite for w in words)
        return has_verb and len(words) >= self.options.final_punctuation_min_words


def _list_follows(msg: AnalysedMessage, block: AnalysedBlock) -> bool:
    """The next block is a bullet right below: the sentence runs on into the list."""
    if block.index + 1 >= len(msg.blocks):
        return False
    after = msg.blocks[block.index + 1].block
    return after.kind == "bullet" and msg.source.count("\n", block.block.end, after.start) <= 1


_SPACED_HYPHEN = re.compile(r" -\w")
# "mitä sattuu", "miten sattui", "kenet sattuu": "whatever", "anyhow"
_WHATEVER = re.compile(
    r"\b(?:mitä|mikä|mitkä|miten|kuka|kenet|ketä|missä|mihin|milloin)\s+sattu(?:u|i|vat)\b",
    re.IGNORECASE,
)


# "se on mitä on", "meni miten meni", "maksaa mitä maksaa": the verb again after the
# question word, "it is what it is"
_TAUTOLOGY = re.compile(r"\b(\w+)\s+(?:mitä|miten|mikä|kuka|missä)\s+\1\b", re.IGNORECASE)

_CLITICS = ("kin", "kaan", "kään")


def _clitic_confuses(flagged: str) -> bool:
    """A negation and a connegative with a -kin/-kaan clitic the checker misreads:
    without the clitic, the same words pass ("Eikö olekin" -> "Eikö ole")."""
    words = flagged.split()
    if len(words) < 2 or not words[-1].lower().endswith(_CLITICS):
        return False
    bare = words[-1]
    for clitic in _CLITICS:
        bare = bare.removesuffix(clitic)
    errors = get_voikko().grammar_errors(" ".join([*words[:-1], bare]) + ".")
    return not any(e.code == NEGATIVE_VERB_MISMATCH for e in errors)


def _illative_noun(flagged: str) -> bool:
    """The second "verb" of the chain is also a noun in the illative: "voimaan"."""
    words = flagged.split()
    return len(words) >= 2 and any(
        r.word_class == "nimisana" and r.case == "Ill" for r in get_voikko().analyse(words[-1])
    )


def _checked_paragraphs(message: Message) -> Iterator[tuple[int, str]]:
    """The blocks the checker reads, by index, with their text as checked."""
    for index, block in enumerate(message.blocks):
        if block.kind in _FRAME or not block.text.strip():
            continue
        # A line break inside a paragraph is wrapping, not a sentence boundary: same length.
        yield index, block.text.replace("\n", " ")


def _name_twice(text: str, start: int, flagged: str) -> bool:
    """A capitalised word repeated in mid-sentence is a name ending one phrase and
    starting the next (a person's surname and the firm named after it), not a slip."""
    words = flagged.split()
    before = text[:start].rstrip()
    after = text[start + len(flagged) :].split()
    return (
        len(words) == 2
        and all(w[:1].isupper() for w in words)
        and bool(before)
        and before[-1] not in ".!?"
        # the second goes on as a name of more words: "Kivilampi Kunnostus Oy",
        # "Vaara & Lehto"
        and bool(after)
        and (after[0][:1].isupper() or after[0] == "&")
    )


def _object_noun(msg: AnalysedMessage, start: int, end: int) -> bool:
    """ "pitää liittymän ennallaan": the checker reads "liittymän" as the old infinitive
    ("pitää tekemän") and asks for "liittyä"; the parse shows a noun, the object of
    "pitää" (keep), as Voikko's own noun reading allows."""
    words = [w for w in msg.words if start <= w.start and w.end <= end and not w.is_punct]
    if len(words) < 2:
        return False
    last = words[-1]
    return (
        last.pos == "NOUN"
        and last.dep.startswith(("obj", "nsubj"))
        and any(r.word_class == "nimisana" for r in last.readings)
    )


def _instrument_noun(msg: AnalysedMessage, start: int, end: int) -> bool:
    """ "yksi poistin", "poistin avautuu": an instrument noun in -in the dictionary
    lacks reads as a 1st-person past verb ("poistin" = I removed), and the checker
    counts it as a second main verb. The parse shows the noun: the word stands as a
    subject or an object, or a numeral, an adjective or a noun subject hangs on it."""
    words = [w for w in msg.words if start <= w.start and w.end <= end]
    return any(
        w.finite
        and w.person == 1
        and w.number == "sg"
        and w.lower.endswith("in")
        and (
            w.dep.startswith(("nsubj", "obj", "obl", "nmod"))
            or any(
                d.head == w.i
                and (
                    d.dep in ("amod", "nummod", "det", "nmod:poss", "compound")
                    # a 1st-person verb takes no subject but "minä"
                    or (d.dep.startswith("nsubj") and d.pos in ("NOUN", "ADJ", "PROPN"))
                )
                for d in msg.words
            )
        )
        for w in words
    )


def _after_comma_greeting(msg: AnalysedMessage, block: AnalysedBlock) -> bool:
    """Is this the first block after a greeting that ends in a comma?"""
    previous = msg.blocks[block.index - 1] if block.index > 0 else None
    return (
        previous is not None
        and previous.block.kind == "greeting"
        and previous.block.text.rstrip().endswith(",")
    )


def _message(flagged: str, error: GrammarError) -> str:
    shown = " ".join(flagged.split())
    text = f"Kielioppi: {error.description.rstrip('.')}"
    text += f' ("{shown}").' if shown else "."
    if error.suggestions and error.suggestions[0].strip():
        text += f' Ehdotus: "{error.suggestions[0]}".'
    return text


def _first(error: GrammarError) -> str | None:
    return error.suggestions[0] if error.suggestions else None
