"""no-novel-insight: the message teaches the reader nothing new."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pitchlint.analysis.model import AnalysedMessage, Word
from pitchlint.rules.base import Hit, Rule, RuleDocs, RuleInfo
from pitchlint.rules.context import body_sentences, content_words
from pitchlint.rules.wordlists import background_score, wordlist

_TIME_WORDS = frozenset(
    {"klo", "kello", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai"}
)
_DIGIT = re.compile(r"\d")
_LABELS = frozenset({"versio", "malli", "puh", "puhelin", "numero", "nro", "klo", "kello"})


class NoNovelInsight(Rule):
    info = RuleInfo(
        id="no-novel-insight",
        summary_fi="Viesti ei kerro vastaanottajalle mitään uutta.",
        summary_en="The message teaches the recipient nothing new.",
        weight=15.0,
        docs=RuleDocs(
            why=(
                "Ostaja ei varaa aikaa myyjälle kuullakseen asioita, jotka hän jo tietää. Arvoa "
                "on uudella: luvulla, havainnolla markkinan tai sääntelyn muutoksesta, "
                "seurauksella, vertailulla toimialan muihin tai ajatuksella, joka haastaa nykyisen "
                "tavan. Moni asiakas ei tiedä, mitä ei tiedä, ja juuri sen myyjä voi tuoda."
            ),
            fires="Koko viestissä on vain yleisiä väitteitä myyjästä, kohteliaisuuksia ja pyyntö.",
            does_not_fire="Viesti, jossa on yksikin konkreettinen uusi asia lukijalle: luku, "
            "muutos, vertailu, seuraus tai haastava ajatus.",
            bad="Hei Tiina,\n\nOlemme joustava ja luotettava kumppani, ja palvelemme asiakkaitamme "
            "aina parhaalla mahdollisella tavalla. Haluaisimme esitellä palveluitamme teille. "
            "Sopisiko tapaaminen ensi viikolla?\n\nTerveisin\nMarko",
            good="Hei Tiina,\n\nEnsi vuoden alussa voimaan tuleva jätelain muutos velvoittaa "
            "erottelemaan biojätteen kaikissa yli 20 hengen toimipisteissä. Teillä tämä koskee "
            "kolmea toimistoa. Sopisiko tapaaminen ensi viikolla?\n\nTerveisin\nMarko",
            source="Asiakas haluaa kuulla jotain uutta; myyjän pitää puhua asioista, joista "
            "asiakas ei tiedä.",
        ),
    )

    def check(self, msg: AnalysedMessage) -> Iterator[Hit]:
        body = body_sentences(msg)
        if not body:
            return
        for s in body:
            if not s.is_question and _is_insight(content_words(msg, s)):
                return
        first, last = body[0], body[-1]
        yield Hit(
            first.start,
            last.end,
            "Viesti ei kerro vastaanottajalle mitään uutta: ei lukua, havaintoa, muutosta, "
            "vertailua eikä seurausta, vain yleisiä väitteitä ja pyyntö. Lisää yksi konkreettinen "
            "asia, jota hän ei vielä tiedä.",
        )


def _is_insight(words: list[Word]) -> bool:
    if not words:
        return False
    seller = sum(1 for w in words if w.refers_to_seller)
    if any(w.lemma in _TIME_WORDS for w in words):
        return False  # a meeting proposal's times are not news
    has_figure = any(
        (_DIGIT.search(w.text) or w.text == "%")
        and not (n and words[n - 1].lemma in _LABELS)  # "versio 5.0", "klo 10"
        for n, w in enumerate(words)
    )
    signals = wordlist("insight").count(words)
    if wordlist("background").count(words) or (seller and background_score(words)):
        return False  # the seller's history and size are not news for the reader
    if seller:
        # What the seller did or promises teaches nothing unless it carries a
        # checkable figure ("kävimme läpi 25 yritystä, ja 17:ssä …").
        return has_figure
    return has_figure or signals >= 1
