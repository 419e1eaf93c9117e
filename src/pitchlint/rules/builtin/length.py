"""too-long: a first-contact e-mail over a word limit, or sentences over a length limit."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from pitchlint.analysis.model import AnalysedMessage
from pitchlint.findings import Severity
from pitchlint.rules.base import Hit, Rule, RuleDocs, RuleInfo, RuleOptions
from pitchlint.rules.context import body_sentences, content_words


class Options(RuleOptions):
    max_words: int = Field(
        default=200, ge=1, description="words in an e-mail body (subject, greeting, closing and signature not counted)"
    )
    max_sentence_words: int = Field(default=35, ge=1, description="words in one sentence")


class TooLong(Rule):
    Options = Options
    info = RuleInfo(
        id="too-long",
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
            "`max-sentence-words` sanaa (oletus 35, myös esityksissä).",
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
            "Uudessa varastossa hyllypaikkojen järjestys ratkaisee keräilyn nopeuden ja "
            "virheiden määrän, erityisesti ensimmäisinä kuukausina. Olemme nähneet saman "
            "kymmenissä pohjoismaisissa tukuissa.\n\nSopisiko puhelu torstaina kello 10?"
            "\n\nTerveisin\nLeena",
            source="Ensimmäinen asiakaskohtaaminen voi olla ohi muutamassa minuutissa, ja sen "
            "tavoite on seuraava vaihe.",
        ),
    )

    def check(self, msg: AnalysedMessage) -> Iterator[Hit]:
        assert isinstance(self.options, Options)
        body = body_sentences(msg)
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
