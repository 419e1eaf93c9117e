"""too-long: a first-contact e-mail over a word limit, or sentences over a length limit."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from pitchlint.analysis.model import AnalysedMessage, Sentence
from pitchlint.findings import Severity
from pitchlint.rules.base import Hit, Rule, RuleDocs, RuleInfo, RuleOptions
from pitchlint.rules.context import body_sentences, content_words


class Options(RuleOptions):
    max_words: int = Field(
        default=200,
        ge=1,
        description="words in an e-mail body (subject, greeting, closing and signature not counted)",
    )
    max_sentence_words: int = Field(default=35, ge=1, description="words in one sentence")


class TooLong(Rule):
    Options = Options
    info = RuleInfo(
        id="too-long",
        kinds=frozenset({"email"}),  # outlines are fragments by design
        summary_fi="Viesti tai virke on liian pitkä ensimmäiseksi yhteydenotoksi.",
        summary_en="The e-mail or a sentence is too long for a first contact.",
        severity=Severity.INFO,
        weight=5.0,
        docs=RuleDocs(
            why=(
                "Ensimmäinen kohtaaminen voi olla ohi muutamassa minuutissa, ja sähköpostin kohdalla "
                "usein sekunneissa. Ostaja silmäilee viestin ja päättää, vastaako. Pitkä viesti "
                "hautaa sen yhden asian, jonka vuoksi hänen kannattaisi jatkaa, ja pitkä virke "
                "pakottaa lukemaan kahdesti. Tavoite on saada lukija seuraavaan vaiheeseen, ei "
                "kertoa kaikkea kerralla."
            ),
            fires="Sähköpostin leipäteksti on yli `max-words` sanaa (oletus 200; aihetta, "
            "tervehdystä, lopputervehdystä ja allekirjoitusta ei lasketa), tai jokin virke on yli "
            "`max-sentence-words` sanaa (oletus 35). Esityksiä ei mitata: dian luetelmat ovat "
            "katkelmia, ja puhuja kertoo loput.",
            does_not_fire="Pitkä allekirjoitus, pitkä aiherivi tai lyhyistä virkkeistä koostuva "
            "viesti, joka pysyy sanarajan alla.",
            bad="Hei Mikko,\n\nHuomasin, että laajennatte varastoanne Vantaalla ensi vuonna, ja "
            "koska olemme viimeisen kymmenen vuoden aikana suunnitelleet keräilyratkaisuja "
            "useille pohjoismaisille tukuille ja nähneet, miten hyllypaikkojen järjestys "
            "vaikuttaa keräilyn nopeuteen ja virheiden määrään erityisesti ensimmäisten "
            "kuukausien aikana uuden varaston käyttöönoton jälkeen, ajattelin, että meidän "
            "kokemuksestamme voisi olla teille hyötyä.\n\nSopisiko puhelu torstaina kello 10?"
            "\n\nTerveisin\nLeena",
            good="Hei Mikko,\n\nHuomasin, että laajennatte varastoanne Vantaalla ensi vuonna. "
            "Uudessa varastossa keräilyvirheet kasvavat tyypillisesti 30 prosenttia "
            "ensimmäisinä kuukausina, koska hyllypaikat vaihtuvat. Järjestys kannattaa siksi "
            "suunnitella ennen muuttoa.\n\nSopisiko puhelu torstaina kello 10?"
            "\n\nTerveisin\nLeena",
            source="Ensimmäinen asiakaskohtaaminen voi olla ohi muutamassa minuutissa, ja sen "
            "tavoite on seuraava vaihe.",
        ),
    )

    def check(self, msg: AnalysedMessage) -> Iterator[Hit]:
        assert isinstance(self.options, Options)
        body = merged_sentences(msg, body_sentences(msg), clock_ends=True)
        if not body:
            return
        counts = [len(content_words(msg, s)) for s in body]
        total = sum(counts)
        if msg.kind == "email" and total > self.options.max_words:
            yield Hit(
                body[0].start,
                body[-1].end,
                f"Viestin leipätekstissä on {total} sanaa (raja {self.options.max_words}). "
                "Ensimmäinen yhteydenotto luetaan silmäillen: karsi se yhteen havaintoon ja "
                "yhteen ehdotukseen.",
            )
        for sentence, count in zip(body, counts, strict=True):
            if count > self.options.max_sentence_words:
                yield Hit(
                    sentence.start,
                    sentence.end,
                    f"Virkkeessä on {count} sanaa (raja {self.options.max_sentence_words}). "
                    "Jaa se kahdeksi tai kolmeksi lyhyemmäksi virkkeeksi.",
                )


_ENDS_SENTENCE = re.compile(r"[.!?…]+[\"”’)]*$")
_DATE_OR_ORDINAL = re.compile(r"^\d{1,2}\.\d{1,2}\.(?:\d{2,4})?$")
# "ti 9.12." is a date; "vasta 18.30." (no 30th month) is a clock time that ends a sentence
_DATE = re.compile(r"^\d{1,2}\.(?:[1-9]|0[1-9]|1[0-2])\.(?:\d{2,4})?$")


def merged_sentences(
    msg: AnalysedMessage, sentences: list[Sentence], *, clock_ends: bool = False
) -> list[Sentence]:
    """The parser's sentences, glued back where it split a sentence in two.

    The Finnish model ends a sentence after a date ("ti 9.12.") or in the middle
    of a clause; within one block, a part that does not end in . ! ? (or ends in
    a date) and a part that starts with a small letter or a digit belong together.
    With ``clock_ends``, a clock time ("vasta 18.30.") ends a sentence; the next
    step reads "klo 9.30. Käydään läpi…" as one proposal either way.
    """
    merged: list[Sentence] = []
    for s in sentences:
        prev = merged[-1] if merged else None
        if prev is not None and prev.block == s.block and _continues(msg, prev, s, clock_ends):
            merged[-1] = Sentence(
                index=prev.index,
                block=prev.block,
                first=prev.first,
                last=s.last,
                start=prev.start,
                end=s.end,
                is_question=prev.is_question or s.is_question,
            )
        else:
            merged.append(s)
    return merged


def _full_stop(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """The sentence ends in a full stop after a whole word, not an abbreviation
    ("esim.", "mm.") or a number."""
    words = msg.sentence_words(sentence)
    if len(words) < 2 or words[-1].text != ".":
        return False
    last = words[-2]
    return (
        len(last.text) > 2
        and last.text.isalpha()
        and bool(last.readings)
        and not any(r.word_class == "lyhenne" for r in last.readings)
    )


def _continues(msg: AnalysedMessage, prev: Sentence, nxt: Sentence, clock_ends: bool) -> bool:
    tail = msg.text(prev.start, prev.end).rstrip()
    head = msg.text(nxt.start, nxt.end).lstrip()
    if not head:
        return True
    if (head[0].islower() or head[0].isdigit()) and _full_stop(msg, prev):
        # "…selvästi vähemmän. jos toimistoon…": a capital forgotten; "…42 euroa
        # tunnilta. 340 hengen lounaalla…": a sentence may open with a figure
        return False
    if head[0].islower() or head[0].isdigit():
        return True
    if "\n" in msg.text(prev.end, nxt.start):
        return False  # a line break after an unpunctuated line: a list or a heading
    last = tail.split()[-1] if tail.split() else ""
    if (_DATE if clock_ends else _DATE_OR_ORDINAL).match(last):
        return True
    return not _ENDS_SENTENCE.search(tail)
