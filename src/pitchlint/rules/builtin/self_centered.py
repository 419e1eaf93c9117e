"""self-centered: the seller talks about itself far more than about the reader."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from pitchlint.analysis.model import AnalysedMessage, Word
from pitchlint.findings import Severity
from pitchlint.rules.base import Hit, Rule, RuleDocs, RuleInfo, RuleOptions
from pitchlint.rules.builtin.next_step import is_imperative
from pitchlint.rules.context import body_sentences, is_quoted

_WE = frozenset({"me"})
_IDIOMS = frozenset({"mieli"})  # "mielelläni", "mielellämme": 'gladly'
_READER_PRONOUNS = frozenset({"te", "sinä"})


class Options(RuleOptions):
    ratio: float = Field(
        default=3.0, gt=0, description="seller references per reader reference that fire"
    )
    min_seller: int = Field(
        default=6, ge=1, description="seller references needed before the rule fires"
    )


class SelfCentered(Rule):
    Options = Options
    info = RuleInfo(
        id="self-centered",
        summary_fi="Myyjä puhuu itsestään paljon enemmän kuin vastaanottajasta.",
        summary_en="The seller talks about itself far more than about the recipient.",
        severity=Severity.INFO,
        weight=8.0,
        docs=RuleDocs(
            why=(
                "Vastaanottaja lukee viestiä yhden kysymyksen läpi: mitä tässä on minulle? Kun "
                'lähes joka virke alkaa sanoilla "me", "meillä" tai "tarjoamme", viesti kertoo '
                "myyjän lähtökohdista eikä asiakkaan tilanteesta. Myyjän kannattaa kysyä itseltään, "
                "onko hän liikkeellä omista vai asiakkaan lähtökohdista, ja kirjoittaa lukijan "
                "näkökulmasta: teidän varastonne, teidän kustannuksenne, te saatte."
            ),
            fires="Leipätekstissä myyjäviittauksia (me, minä, meillä, -mme/-n-verbit, "
            '-mme/-ni-omistusliitteet, puhekielen "me tehdään") on vähintään `ratio` kertaa '
            "(oletus 3) niin paljon kuin lukijaviittauksia (te, sinä, -tte/-t-verbit, käskymuodot, "
            "-nne/-si) ja vähintään `min-seller` (oletus 6). Viestissä kerrotaan laskettu suhde.",
            does_not_fire="Viesti, jossa myyjä esittäytyy ja ehdottaa, mutta puhuu enimmäkseen "
            "lukijan tilanteesta; lyhyt viesti, jossa myyjäviittauksia on alle kuusi; "
            'kirjoittajan oma minä ("ehdotan", "huomasin", "olen pahoillani"), joka on viestin '
            "viejä eikä yritys puhumassa itsestään.",
            bad="Hei Mikko,\n\nOlemme logistiikan ohjelmistotalo, ja toimitamme "
            "varastonhallintajärjestelmiä tukuille. Meillä on 40 asiantuntijaa, ja ratkaisumme "
            "on käytössä 120 varastossa. Kehitämme tuotettamme jatkuvasti, ja uusin versiomme "
            "nopeuttaa keräilyä 15 prosenttia. Haluaisimme esitellä sen teille.\n\nSopisiko "
            "puhelu torstaina kello 10?\n\nTerveisin\nLeena",
            good="Hei Mikko,\n\nHuomasin, että laajennatte varastoanne Vantaalla. Kun "
            "hyllypaikkanne vaihtuvat, keräilijänne hakevat tuotteita aluksi vanhoista paikoista, "
            "ja virheet lisääntyvät. Näin voitte pitää keräilyn nopeuden ennallaan jo "
            "käyttöönoton aikana: uudet paikat opetetaan keräilijöille päätteen kautta.\n\n"
            "Sopisiko puhelu torstaina kello 10?\n\nTerveisin\nLeena",
            source="Myyjän pitää kysyä, toimiiko hän itsekeskeisesti omista lähtökohdistaan; "
            "asiakas haluaa tietää, mitä asiassa on hänelle.",
        ),
    )

    def check(self, msg: AnalysedMessage) -> Iterator[Hit]:
        assert isinstance(self.options, Options)
        body = body_sentences(msg)
        if not body:
            return
        # a customer's words in quotation marks ("Meillä menee joka aamu tunti…") are theirs
        words = [
            w
            for s in body
            for w in msg.sentence_words(s)
            if not w.is_punct and not is_quoted(msg, w)
        ]
        seller = sum(1 for w in words if is_seller_ref(msg, w))
        reader = sum(1 for w in words if is_reader_ref(msg, w))
        ratio = seller / max(reader, 1)
        if seller < self.options.min_seller or ratio < self.options.ratio:
            return
        shown = f"{seller}:0" if reader == 0 else f"{ratio:.1f}:1"
        yield Hit(
            body[0].start,
            body[-1].end,
            f"Myyjä puhuu itsestään {seller} kertaa, lukijasta {reader} kertaa ({shown}). "
            "Kirjoita lukijan näkökulmasta: mitä tämä tarkoittaa hänen yritykselleen?",
        )


def is_seller_ref(msg: AnalysedMessage, word: Word) -> bool:
    """The company's "we": me, a -mme verb, a -mme possessive, or "me tehdään".

    The writer's own "I" (minä, -n verbs, -ni) is the messenger speaking ("ehdotan",
    "huomasin", "olen pahoillani"), not the company talking about itself."""
    if word.lemma in _IDIOMS:
        return False
    if word.number == "sg" and word.person == 1:
        return False
    if (word.possessive or "").startswith("1") and word.possessive != "1p":
        return False  # "kokemukseni": the writer's own
    if word.refers_to_seller or _pronoun_of(word, _WE):
        return True
    return word.finite and word.person == 4 and _has_we_subject(msg, word)


def is_reader_ref(msg: AnalysedMessage, word: Word) -> bool:
    """2nd person: te/sinä, a 2nd-person verb or imperative, -nne/-si."""
    return word.addresses_reader or _pronoun_of(word, _READER_PRONOUNS) or is_imperative(msg, word)


def _pronoun_of(word: Word, pronouns: frozenset[str]) -> bool:
    """ "teille" tagged as a noun (tie, 'road') is still the pronoun in a sales e-mail."""
    lists = word.memo.lists  # a fact of the word's shape: asked of every word twice
    known: bool | None = lists.get(pronouns)
    if known is None:
        known = lists[pronouns] = word.person is None and any(
            r.word_class == "asemosana" and r.baseform.lower() in pronouns for r in word.readings
        )
    return known


def _has_we_subject(msg: AnalysedMessage, word: Word) -> bool:
    """The colloquial passive-as-we: "me tehdään", "me ollaan" (the subject "me")."""
    sent = msg.sentences[word.sentence]
    for w in msg.words[max(sent.first, word.i - 3) : word.i]:
        if w.pos == "PRON" and w.lemma in _WE and w.case in (None, "Nom"):
            return True
    return any(
        w.head == word.i and w.lemma in _WE and w.dep.startswith("nsubj")
        for w in msg.sentence_words(sent)
    )
