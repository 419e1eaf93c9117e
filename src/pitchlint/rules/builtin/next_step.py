"""missing-next-step: an outreach e-mail without one concrete next step."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from pydantic import Field

from pitchlint.analysis.model import AnalysedMessage, Sentence, Word
from pitchlint.analysis.voikko import get_voikko
from pitchlint.rules.base import Hit, Rule, RuleDocs, RuleInfo, RuleOptions
from pitchlint.rules.builtin.length import merged_sentences
from pitchlint.rules.builtin.questioning import is_fact_request
from pitchlint.rules.builtin.spelling import ADDRESS, MAYBE_ADDRESS
from pitchlint.rules.context import (
    body_sentences,
    content_words,
    is_negated,
    participle_verbs,
    that_frame,
    word_heads,
)
from pitchlint.rules.wordlists import wordlist

_WEEKDAYS = frozenset(
    {"maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"}
)
_DAY_WORDS = frozenset(
    {"huomenna", "huomena", "ylihuomenna", "huominen", "ylihuominen"}
)  # "huomena": spoken
_CLOCK = frozenset({"klo", "kello"})
_NEXT = frozenset({"ensi", "tuleva", "seuraava", "tämä"})
_PERIODS = frozenset({"viikko", "viikonloppu", "kuu", "kuukausi", "aamupäivä", "iltapäivä"})
_DATE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{2,4})?")
_TIME = re.compile(r"(?<![\d.])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.])")
# "3. kesäkuuta", "3. vai 4. kesäkuuta": a day written with the month's name
_DATE_IN_WORDS = re.compile(
    r"(?<![\d.])\d{1,2}\.\s*(?:(?:vai|tai|ja|–|-)\s*\d{1,2}\.\s*)?"
    r"(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuuta\b",
    re.IGNORECASE,
)
_BOOKING_URL = re.compile(
    r"calendly|cal\.com|bookings?|meetings?|varaa|ajanvaraus|kalenteri|calendar|zcal|savvycal|"
    r"doodle|teams\.microsoft|zoom\.us|meet\.google",
    re.IGNORECASE,
)
# "käynnissä", "käyntiin": a machine or a project running, not a visit ("käynti")
_RUNNING = frozenset({"käynnissä", "käyntiin"})
# Words of the next_step list that are too common to signal a meeting on their own
# ("aikana", "nähneet"); times are found by has_time_anchor.
_WEAK_MEETING = frozenset(
    {"aika", "nähdä", "viikko", "klo", "kello", "maanantai", "tiistai", "keskiviikko", "torstai",
     "perjantai", "huominen"}
)  # fmt: skip
# Imperatives that are not an ask of the reader: "ole hyvä", "kuvittele, että…"; nor
# what the reader gets to hear at a meeting ("voit tavata … ja kuulla, miten…"; the
# tagger may give "kuulla" the lemma "kuultaa")
_NOT_ASKS = frozenset(
    {"olla", "kuvitella", "ajatella", "huomata", "muistaa", "suoda", "kuulla", "kuultaa"}
)
# Ways to answer the sender: "kerro", "vastaa", "ota yhteyttä", "soita" are one ask.
_REPLY = frozenset(
    {"kertoa", "vastata", "ilmoittaa", "ottaa", "soittaa", "laittaa", "lähettää", "palata"}
)
_ASK_ADVERBS = frozenset(
    {"niin", "vain", "nyt", "siis", "myös", "ihan", "vaikka", "sitten", "rohkeasti", "suoraan",
     "vielä", "jo", "heti", "vapaasti", "esimerkiksi", "tästä", "alta", "täältä"}
)  # fmt: skip
_PROPOSING_VERBS = frozenset(
    {"ehdottaa", "soittaa", "lähettää", "tulla", "varata", "sopia", "järjestää", "tavata",
     "näyttää", "esitellä", "käydä", "nähdä", "voida", "keskustella", "jutella", "kutsua",
     "haluta", "ehtiä", "laittaa", "pistää", "buukata", "tuoda", "vahvistaa"}
)  # fmt: skip


# a question opened by a guess: "Kai sitäkin voi kutsua…?", "Tuskinpa sitä kukaan…?"
_GUESSING = frozenset({"kai", "kaipa", "kaiketi", "tuskin", "tuskinpa", "tokkopa"})


class Options(RuleOptions):
    competing_asks: int = Field(
        default=3, ge=2, description="this many different calls to action compete with each other"
    )


@dataclass(frozen=True, slots=True)
class Ask:
    key: str  # what is asked: the verb lemma, "vastaus" for every way to reply
    text: str


class MissingNextStep(Rule):
    Options = Options
    info = RuleInfo(
        id="missing-next-step",
        summary_fi="Sähköpostista puuttuu konkreettinen seuraava askel, tai pyyntöjä on liikaa.",
        summary_en="The e-mail has no concrete next step, or too many competing asks.",
        weight=10.0,
        kinds=frozenset({"email"}),
        docs=RuleDocs(
            why=(
                "Ensimmäisen yhteydenoton ainoa tehtävä on viedä ostaja myynnin seuraavaan "
                'vaiheeseen: tapaamiseen, puheluun tai esittelyyn. "Ota yhteyttä, jos kiinnostaa" '
                "jättää työn kiireiselle lukijalle, ja useimmiten asia jää siihen. Kun viesti taas "
                "pyytää lataamaan, katsomaan, tilaamaan ja vastaamaan yhtä aikaa, lukija ei tiedä, "
                "mitä häneltä odotetaan, eikä tee mitään. Yksi selvä ehdotus ajankohtineen on "
                "helppo hyväksyä."
            ),
            fires="Viestissä ei ole tapaamisen, puhelun tai esittelyn ehdotusta, päivää, "
            'kellonaikaa, omaa lupausta ("soitan torstaina") eikä kalenterilinkkiä; tai siinä on '
            'vähintään `competing-asks` (oletus 3) eri toimintapyyntöä ("lataa", "katso", '
            '"tilaa", "vastaa").',
            does_not_fire='"Sopisiko tiistai klo 10?", "Soitan torstaina kello 9.", "Voisimmeko '
            'sopia 20 minuutin puhelun?", "Varaa aika kalenteristani: <linkki>".',
            bad="Hei Mikko,\n\nHuomasin, että laajennatte varastoanne Vantaalla. Uudessa "
            "varastossa keräilyvirheet lisääntyvät usein ensimmäisen puolen vuoden aikana, kun "
            "hyllypaikat vaihtuvat. Olemme auttaneet kolmea tukkua puolittamaan virheet jo "
            "käyttöönoton aikana.\n\nOta yhteyttä, jos aihe kiinnostaa.\n\nTerveisin\nLeena",
            good="Hei Mikko,\n\nHuomasin, että laajennatte varastoanne Vantaalla. Uudessa "
            "varastossa keräilyvirheet lisääntyvät usein ensimmäisen puolen vuoden aikana, kun "
            "hyllypaikat vaihtuvat. Olemme auttaneet kolmea tukkua puolittamaan virheet jo "
            "käyttöönoton aikana.\n\nSopisiko 20 minuutin puhelu torstaina kello 10?"
            "\n\nTerveisin\nLeena",
            source="Ensimmäisen asiakaskohtaamisen tavoite on saada asiakas myynnin seuraavaan "
            "vaiheeseen, esimerkiksi tapaamiseen.",
        ),
    )

    def check(self, msg: AnalysedMessage) -> Iterator[Hit]:
        assert isinstance(self.options, Options)
        body = body_sentences(msg)
        if not body:
            return
        sentences = merged_sentences(msg, body + _postscript_sentences(msg))
        start, end = _closing_span(msg, body)
        asks = competing_asks(msg, sentences)
        if len({a.key for a in asks}) >= self.options.competing_asks:
            listed = ", ".join(f'"{a.text}"' for a in _unique(asks))
            yield Hit(
                start,
                end,
                f"Viestissä on {len({a.key for a in asks})} kilpailevaa pyyntöä ({listed}). "
                "Lukija ei tiedä, mitä tehdä ensin: valitse yksi seuraava askel.",
            )
            return
        # from the end: that is where a next step usually is, so the search stops early
        if any(is_next_step(msg, s) for s in reversed(sentences)):
            return
        # "…käydään piirros läpi tiistaina 2.12. klo 14. Sopiiko se sinulle?": the
        # question offers the time the sentence before named
        if any(
            _proposal_question(msg, s)
            and any(w.lemmas & _SUITING for w in content_words(msg, s))
            and has_time_anchor(msg, before)
            for before, s in itertools.pairwise(sentences)
        ):
            return
        # "Käydäänkö kohde läpi paikan päällä? Asennuspäällikkö pääsee Tikkurilaan
        # tiistaina 11.11. kello 8.": the sentence after the "let us" question names its time
        if any(
            _proposal_question(msg, s)
            and _lets_us(content_words(msg, s))
            and after.block == s.block
            and has_time_anchor(msg, after)
            for s, after in itertools.pairwise(sentences)
        ):
            return
        # "Keskiviikkona 26.3. klo 14 pidettävässä webinaarissa… Ilmoittaudu vastaamalla
        # tähän viestiin": the reader registers for an event the message dates
        if any(_told_how_to(msg, s) for s in sentences) and any(
            _dated_event(msg, s) for s in sentences
        ):
            return
        # "Jos hyväksyt tarjouksen perjantaihin 21.3. mennessä, … Hyväksynnäksi riittää
        # vastaus tähän viestiin": how to accept, and by when
        if any(_told_how_to(msg, s, _ACCEPTING) for s in sentences) and any(
            _dated_act(msg, s, _ACCEPTING) for s in sentences
        ):
            return
        # "…avoimet ovet torstaina 12.6. klo 15–18. Olisi hienoa nähdä teidät siellä.":
        # meeting "there" at the time the sentence before named
        if any(
            _meets_there(content_words(msg, s)) and has_time_anchor(msg, before)
            for before, s in itertools.pairwise(sentences)
        ):
            return
        yield Hit(
            start,
            end,
            "Viestistä puuttuu konkreettinen seuraava askel: ei ehdotettua tapaamista, puhelua "
            "tai esittelyä, päivää tai kellonaikaa. Ehdota yhtä asiaa ajankohtineen, esimerkiksi "
            '"Sopisiko puhelu torstaina klo 10?"',
        )


_REGISTERING = frozenset({"ilmoittautua", "rekisteröityä", "ilmoittautuminen", "rekisteröityminen"})


def _by_doing(word: Word) -> bool:
    """ "vastaamalla", "täyttämällä": the -mAllA form says how something is done."""
    return any(r.mood == "MA-infinitive" and r.case == "Ade" for r in word.readings)


# what one registers for: "webinaari", "aamiaistilaisuus", "työpaja"
_EVENTS = frozenset(
    {"webinaari", "tilaisuus", "seminaari", "työpaja", "aamiainen", "koulutus", "tapahtuma",
     "kurssi", "klinikka", "esittely", "info", "ilta", "päivä"}
)  # fmt: skip


def _told_how_to(
    msg: AnalysedMessage, sentence: Sentence, acts: frozenset[str] = _REGISTERING
) -> bool:
    """ "Ilmoittaudu vastaamalla tähän viestiin", "Voitte ilmoittautua…": the reader is
    told how to sign up (or to do another of ``acts``), in the imperative, with a
    2nd-person "voida" as its helper or head, or in the zero person with the way to do
    it ("Ilmoittautua voi vastaamalla…"), not negated."""
    words = content_words(msg, sentence)
    for w in words:
        if not w.lemmas & acts or is_negated(msg, sentence, w):
            continue
        if w.pos == "NOUN" and any(_by_doing(v) or v.lemma == "vastaus" for v in words):
            # "Ilmoittautuminen onnistuu vastaamalla tähän viestiin", "Ilmoittautumiseksi
            # riittää vastaus tähän viestiin"
            return True
        if is_imperative(msg, w):
            return True
        if (
            not w.finite
            and any(_by_doing(v) for v in words)
            and any(v.lemma == "voida" and v.finite and v.person in (2, 3) for v in words)
            and not any(v.negative for v in words)
        ):
            return True  # "Ilmoittautua voi vastaamalla tähän viestiin": how one signs up
        if (w.finite and w.person == 2) or any(
            v.lemma == "voida" and v.finite and v.person == 2 and w.i in (v.head, v.i + 1)
            for v in words
        ):
            return True
    return False


# accepting an offer: "Hyväksynnäksi riittää vastaus tähän viestiin"
_ACCEPTING = frozenset({"hyväksyä", "hyväksyntä", "vahvistaa", "vahvistus"})


def _dated_act(msg: AnalysedMessage, sentence: Sentence, acts: frozenset[str]) -> bool:
    """ "Jos hyväksyt tarjouksen perjantaihin 21.3. mennessä, …": the act with its date."""
    return any(w.lemmas & acts for w in content_words(msg, sentence)) and has_time_anchor(
        msg, sentence
    )


def _dated_event(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """A sentence naming an event ("webinaari", "aamiaistilaisuus") with its date or time."""
    return any(word_heads(w) & _EVENTS for w in content_words(msg, sentence)) and has_time_anchor(
        msg, sentence
    )


def _lets_us(words: list[Word]) -> bool:
    """ "Käydäänkö…?", "Tavataanko…?", "Voisimmeko…?": a question in the passive (the
    spoken "let us") or in the 1st person plural proposes to do something together."""
    return any(w.finite and (w.person == 4 or (w.person == 1 and w.number == "pl")) for w in words)


def _meets_there(words: list[Word]) -> bool:
    return any(w.lemma in ("nähdä", "tavata") for w in words) and any(
        w.lower in _THERE for w in words
    )


def _unique(asks: list[Ask]) -> list[Ask]:
    seen: dict[str, Ask] = {}
    for a in asks:
        seen.setdefault(a.key, a)
    return list(seen.values())


def _closing_span(msg: AnalysedMessage, body: list[Sentence]) -> tuple[int, int]:
    """The last body paragraph: where a next step belongs."""
    last_block = body[-1].block
    in_block = [s for s in body if s.block == last_block]
    return in_block[0].start, in_block[-1].end


def _postscript_sentences(msg: AnalysedMessage) -> list[Sentence]:
    """A "PS." after the signature still counts: signature lines have no finite verbs."""
    return [
        s
        for s in msg.sentences
        if msg.blocks[s.block].block.kind == "signature"
        and any(w.finite for w in msg.sentence_words(s))
    ]


# --- morphology ------------------------------------------------------------------------------


def is_imperative(msg: AnalysedMessage, word: Word) -> bool:
    """A 2nd-person imperative: "katso", "tutustukaa", and "lataa"/"varaa"/"vastaa".

    Voikko gives -ata verbs only the indicative reading ("hän lataa"), and many
    imperatives are also other words ("soita": suo, "saa": hän saa). An ambiguous
    form is an imperative only when it opens its clause and has no subject.
    """
    form = _imperative_form(word)
    if form is None:
        return _listed_imperative(msg, word)
    if form == "maybe" and word.dep == "aux":
        return False  # "asukas … ja voi varata": the modal of a verb, not "voi!" (be able)
    if _has_subject(msg, word) or _after_negation(msg, word) or _subordinate(msg, word):
        return False
    if _content_of_advice(msg, word):
        return False
    return form == "only" or _opens_clause(msg, word)


# nouns whose content, spelt out after a colon, may be imperatives addressed to no one here
# (not "viesti": "Lyhyt viesti: soita minulle" is the writer's own ask)
_ADVICE_NOUNS = frozenset(
    {"suositus", "ohje", "neuvo", "kehotus", "käsky", "komento", "painike", "nappi",
     "muistutus", "hälytys", "toimenpide",
     # a task or a game's rule: "palkkakuitti on pieni tehtävä: löydä virhe"
     "tehtävä", "arvoitus", "sääntö", "motto", "tunnuslause"}
)  # fmt: skip


def _content_of_advice(msg: AnalysedMessage, word: Word) -> bool:
    """ "saatte selkeän suosituksen: vaihda, seuraa tai jatka": the imperatives
    after the colon spell out what the recommendation says, they ask nothing."""
    before = [w for w in msg.sentence_words(msg.sentences[word.sentence]) if w.i < word.i]
    colon = next((n for n in range(len(before) - 1, -1, -1) if before[n].text == ":"), None)
    if colon is None:
        return False
    noun = next((w for w in reversed(before[:colon]) if w.pos in ("NOUN", "PROPN")), None)
    return noun is not None and bool(word_heads(noun) & _ADVICE_NOUNS)


def _subordinate(msg: AnalysedMessage, word: Word) -> bool:
    """ "…, että joku avaa oven ja ohjaa lehmät": a verb of an "että" clause, or
    coordinated with one, says what someone does; an imperative heads a main clause."""
    clause = msg.words[word.head] if word.dep == "conj" else word
    sentence = msg.sentence_words(msg.sentences[word.sentence])
    return any(
        w.head == clause.i and w.dep == "mark" and w.lemma in ("että", "jotta", "kun", "koska")
        for w in sentence
    )


def _listed_imperative(msg: AnalysedMessage, word: Word) -> bool:
    """ "Vastaa tähän viestiin, tilaa luettelo, soita myyjällemme tai tule messuille":
    a word the tagger read as a noun ("vastaa", "tilaa") that opens a clause in a
    list of asks with an imperative tagged as such is an imperative too."""
    if word.pos != "NOUN" or not _opens_clause(msg, word):
        return False
    verbal = any(
        r.word_class == "teonsana"
        and (
            (r.mood == "imperative" and r.person == 2)
            or (r.mood == "indicative" and r.person == 3 and r.baseform.endswith(("ata", "ätä")))
        )
        for r in word.readings
    )
    if not verbal:
        return False
    sent = msg.sentences[word.sentence]
    words = msg.sentence_words(sent)
    # "Jos haluat nähdä palvelun, varaa demo": the main clause after a condition opens
    # with its verb
    before = [w for w in words if w.i < word.i and not w.is_punct]
    if (
        before
        and any(w.lemma in ("jos", "mikäli") for w in before[:3])
        and msg.words[word.i - 1].text == ","
    ):
        return True
    return any(
        w.i != word.i
        and w.pos in ("VERB", "AUX")
        and _imperative_form(w) is not None
        and _opens_clause(msg, w)
        for w in words
    )


def _imperative_form(word: Word) -> Literal["only", "maybe"] | None:
    """Whether the form can be a 2nd-person imperative ("maybe"), or can be nothing
    else ("only"): a fact of the word's shape, so memoised per shape."""
    lists = word.memo.lists
    form: Literal["only", "maybe"] | None
    if _imperative_form in lists:
        form = lists[_imperative_form]
        return form
    form = None
    # "alusta loppuun", "tunnista": a noun reading the parser chose is no verb
    if word.pos in ("VERB", "AUX"):
        imperative = [
            r for r in word.readings if r.mood == "imperative" and r.person == 2 and not r.negative
        ]
        contracted = any(
            r.word_class == "teonsana"
            and r.mood == "indicative"
            and r.person == 3
            and r.number == "sg"
            and r.baseform.endswith(("ata", "ätä"))
            and word.lower.endswith(("aa", "ää"))
            for r in word.readings
        )
        if imperative or contracted:
            form = "only" if len(imperative) == len(word.readings) else "maybe"
    lists[_imperative_form] = form
    return form


def _has_subject(msg: AnalysedMessage, word: Word) -> bool:
    """A subject of the verb's own; after a clause-opening verb a nominative is an
    imperative's object as the parser may not know ("Varaa 30 minuutin demo")."""
    sent = msg.sentences[word.sentence]
    words = msg.sentence_words(sent)
    opens = _opens_clause(msg, word)
    head = msg.words[word.head]
    # ("se poimii päivän, laskee määräajan ja vie sen kalenteriin": up the chain of
    # conjuncts to the first, whose subject they all share)
    while head.dep == "conj" and head.head != head.i and msg.words[head.head].i < head.i:
        head = msg.words[head.head]
    if (
        word.dep == "conj"
        and head.i < word.i
        and head.finite
        and head.person == 3
        and any(
            w.head == head.i
            and w.dep.startswith("nsubj")
            # ("joku avaa oven ja ohjaa lehmät": "avaa" could be an imperative, but not
            # after its subject)
            and (_imperative_form(head) is None or w.i < head.i)
            for w in words
        )
    ):
        return True  # "esihenkilö katsoo tallenteen ja käy sen läpi": the subject is shared
    return any(
        w.head == word.i and w.dep.startswith("nsubj") and not (opens and w.i > word.i)
        for w in words
    )


def _after_negation(msg: AnalysedMessage, word: Word) -> bool:
    """ "älä lataa", "ei vastaa": a negated or connegative verb is no ask. In "ei ole
    osallistunut" the negation hangs on the participle, but "ole" right after it is
    its connegative all the same."""
    sent = msg.sentences[word.sentence]
    for prev in reversed(msg.words[max(sent.first, word.i - 3) : word.i]):
        if prev.is_punct:
            break
        if prev.negative:
            return True  # "eikä ylijäämää tarvitse myydä": a connegative, its object between
    return any(w.negative and w.i < word.i and w.head == word.i for w in msg.sentence_words(sent))


def _opens_clause(msg: AnalysedMessage, word: Word) -> bool:
    sent = msg.sentences[word.sentence]
    for prev in reversed(msg.words[sent.first : word.i]):
        if prev.is_punct or prev.pos == "CCONJ":
            return True
        if prev.lower in _ASK_ADVERBS:
            continue
        return False
    return True


# "Ensinnäkin…, Toiseksi…": a numbered list of things to do
_ORDINAL_ADVERBS = frozenset(
    {"ensinnäkin", "ensiksi", "toiseksi", "kolmanneksi", "neljänneksi", "viidenneksi",
     "kuudenneksi", "seitsemänneksi"}
)  # fmt: skip


def _advice(msg: AnalysedMessage, words: list[Word], verb_word: Word, verb: str) -> bool:
    """An imperative that advises the reader on their own affairs, not one that asks
    them to act towards the seller: a numbered point ("Toiseksi tarkistakaa…"), or a
    verb on the reader's own things ("tarkistakaa sopimuksestanne") that is no way to
    answer, book or order, with the seller nowhere in the sentence."""
    content = [w for w in words if not w.is_punct]
    if content and content[0].lower in _ORDINAL_ADVERBS:
        return True
    if verb in _REPLY or verb in _PROPOSING_VERBS or any(w.refers_to_seller for w in content):
        return False
    return any(
        w.head == verb_word.i and w.dep in ("obj", "obl") and (w.possessive or "").startswith("2")
        for w in content
    )


def competing_asks(msg: AnalysedMessage, sentences: list[Sentence]) -> list[Ask]:
    """Calls to action: imperatives and 2nd-person -ko requests, in order."""
    asks: list[Ask] = []
    offers_are_asks = _choice_among(msg, sentences)
    for s in sentences:
        words = msg.sentence_words(s)
        if _if_the_time_does_not_suit(words):
            continue  # "Jos aika ei käy, vastaa paremmalla ajalla": the same step, rescheduled
        previous: Word | None = None  # the last imperative of this sentence
        before = len(asks)
        for w in words:
            if w.is_punct:
                continue
            lemma = w.reading.baseform.lower() if w.reading else w.lemma
            if is_imperative(msg, w):
                if (
                    previous is not None
                    and w.lemmas & _COUNTER_PROPOSALS
                    and any(v.lemma == "tai" for v in msg.words[previous.i + 1 : w.i])
                ):
                    # "Vahvistakaa aika tai ehdottakaa toista": one ask, answered either
                    # way ("varaa aika tai soita" offers two channels and still competes)
                    continue
                previous = w
                verb = next(
                    (r.baseform.lower() for r in w.readings if r.word_class == "teonsana"), lemma
                )
                if verb in _NOT_ASKS or _picks_the_time(msg, s, words, verb):
                    continue
                if _advice(msg, words, w, verb):
                    continue
                asks.append(Ask(_ask_key(words, w, verb), _phrase(msg, w)))
            elif (
                w.finite
                and w.person == 2
                and (
                    # "Voisitteko lähettää…", "Ehtisitkö katsoa…": a polite request
                    (w.clitic_ko and _conditional(w))
                    # "ehdotan, että katsot esitteen, täytät kyselyn…": each thing
                    # proposed for the reader to do
                    or (not w.clitic_ko and _proposed(words, w))
                    # "olisi hienoa, jos ehtisitte täyttää kyselyn": a request as a wish
                    or (_conditional(w) and _wished(msg, w))
                )
            ):
                # the verb asked for: the infinitive after a modal, or the verb itself
                target = (_infinitive_after(msg, w) if _conditional(w) else None) or w
                verb = target.reading.baseform.lower() if target.reading else target.lemma
                asks.append(Ask(_ask_key(words, target, verb), _phrase(msg, w)))
                # "Voisitteko vastata kyselyyn, lähettää kaavion tai varata esittelyn?":
                # every infinitive coordinated with the first is another thing asked
                chain = {target.i}
                for inf in words:
                    if target is w or inf.dep != "conj" or inf.head not in chain:
                        continue
                    if (ask := _infinitive_ask(msg, words, inf, "A-infinitive")) is not None:
                        chain.add(inf.i)
                        asks.append(ask)
                if target is not w:
                    asks.extend(_listed_infinitives(msg, words, target, chain))
            elif (
                offers_are_asks
                and w.finite
                and w.person == 1
                and w.lemma == "voida"
                and not _in_relative_clause(msg, w)  # "asiat, joista voisimme jatkaa"
            ):
                # "Voisinko esitellä…? … voisimme tehdä… Kerro, mikä näistä sopisi": the
                # writer's offers are a menu the reader must choose from
                offered = _infinitive_after(msg, w)
                if offered is not None and (
                    ask := _infinitive_ask(msg, words, offered, "A-infinitive")
                ):
                    asks.append(ask)
                    # "voimme lähettää materiaalia, soittaa tai tulla käymään": each
                    # coordinated offer is one more to choose from
                    chain = {offered.i}
                    for inf in words:
                        if inf.dep != "conj" or inf.head not in chain:
                            continue
                        if (more := _infinitive_ask(msg, words, inf, "A-infinitive")) is not None:
                            chain.add(inf.i)
                            asks.append(more)
            elif (
                w.finite
                and w.person == 1
                and w.lemma in _REQUESTING
                and any(v.addresses_reader for v in words)
            ):
                # "Pyytäisin teitä tutustumaan esitteeseen, täyttämään kyselyn ja
                # varaamaan ajan": one ask per thing the reader is asked to go and do
                for inf in words[w.i - s.first + 1 :]:
                    if (ask := _infinitive_ask(msg, words, inf, "MA-infinitive")) is not None:
                        asks.append(ask)
            elif (
                w.finite
                # "Voitte vastata…", and the permission "Saat soittaa tai vastata…"
                and (w.lemma == "voida" or (w.lemma == "saada" and w.person == 2))
                and not w.clitic_ko
                # "pohja, johon voit syöttää hinnat", "tila, jossa voitte istua tuoliin":
                # what the thing lets one do
                and not _in_relative_clause(msg, w)
                and not _within_our_product(words, w)
                and _offers_choice(w, words)
                and not _at_the_meeting(words)
                and not _at_the_event(words, w)
            ):
                # "Voitte vastata tähän, soittaa minulle tai ladata oppaan": a menu of
                # options, one ask per coordinated infinitive
                menu: set[int] = set()
                for inf in words[w.i - s.first + 1 :]:
                    if (
                        inf.clitic_ko
                        # "voit päättää, mitä kannattaa korjata" (not "milloin tahansa")
                        or (inf.interrogative and not _indefinite(msg, inf))
                        or inf.pos == "SCONJ"  # "…, jos veneisiin pitää tehdä huoltoja"
                        or (inf.finite and not any(r.mood == "A-infinitive" for r in inf.readings))
                    ):
                        break  # "voitte päättää, kannattaako…": the menu ends at a new clause
                    # ("täyttää", "pyytää" are 3rd-person presents too: any infinitive
                    # reading counts)
                    # "voit kasvattaa tai pienentää tilaa": two ways with one object are
                    # one thing the reader may do
                    nxt = msg.words[inf.i + 1] if inf.i + 1 < len(msg.words) else None
                    if nxt is not None and nxt.lemma in ("tai", "ja") and nxt.i + 1 < s.last:
                        after = msg.words[nxt.i + 1]
                        if any(r.mood == "A-infinitive" for r in after.readings):
                            continue
                    # ("voit pakastaa ne ja lämmittää seuraavana päivänä": advice on the
                    # reader's own work, not something to do for the seller)
                    ask = _infinitive_ask(msg, words, inf, "A-infinitive")
                    if ask is not None and ask.key in _MENU_KEYS:
                        asks.append(ask)
                        menu.add(inf.i)
                # ("Voisit soittaa, kun sinulle sopii, tai lähettää huoltokirjat": an
                # option coordinated past a clause of its own is one more)
                for inf in words:
                    if inf.dep != "conj" or inf.i in menu:
                        continue
                    # (the parser may hang it on the verb of that clause instead)
                    joined = msg.words[inf.head]
                    if inf.head not in menu and not (joined.dep == "advcl" and joined.head in menu):
                        continue
                    ask = _infinitive_ask(msg, words, inf, "A-infinitive")
                    if ask is not None and ask.key in _MENU_KEYS:
                        asks.append(ask)
                        menu.add(inf.i)
        if len(asks) == before and (alternative := _alternative_step(msg, words)) is not None:
            asks.append(alternative)
    return asks


def _listed_infinitives(
    msg: AnalysedMessage, words: list[Word], first: Word, chain: set[int]
) -> list[Ask]:
    """ "voisitteko vastata tähän viestiin, soittaa minulle, täyttää lomakkeen tai tulla
    messuille?": infinitives listed after the first one asked, after a comma or "tai",
    whatever the parser hung them on (it may read "täyttää" as a finite verb of its
    own). The list ends where a new clause begins."""
    asks: list[Ask] = []
    for inf in words[first.i - words[0].i + 1 :]:
        if inf.pos == "SCONJ" or inf.clitic_ko or inf.interrogative:
            break
        if inf.i in chain or not any(r.mood == "A-infinitive" for r in inf.readings):
            continue
        before = msg.words[inf.i - 1]
        if before.text != "," and before.lemma not in ("tai", "ja"):
            continue
        if (ask := _infinitive_ask(msg, words, inf, "A-infinitive")) is not None:
            chain.add(inf.i)
            asks.append(ask)
    return asks


def _alternative_step(msg: AnalysedMessage, words: list[Word]) -> Ask | None:
    """ "Tai sitten voidaan tavata pellolla.", "Tai soitatko minulle?": a sentence
    opened by "or" offers one more step, whoever's verb it is in."""
    content = [w for w in words if not w.is_punct]
    if not content or content[0].lower != "tai":
        return None
    verb = next((w for w in content if w.finite), None)
    if verb is None:
        return None
    target = (_infinitive_after(msg, verb) if verb.lemma == "voida" else None) or verb
    lemma = target.reading.baseform.lower() if target.reading else target.lemma
    return Ask(_ask_key(words, target, lemma), _phrase(msg, verb))


def _choice_among(msg: AnalysedMessage, sentences: list[Sentence]) -> bool:
    """ "Kerro, mikä näistä sopisi", "kumpi niistä": the reader asked to pick one of
    the things offered before."""
    for s in sentences:
        words = content_words(msg, s)
        if any(
            a.lemma in ("mikä", "kumpi") and b.lower in ("näistä", "niistä")
            for a, b in itertools.pairwise(words)
        ):
            return True
        # "…, ihan miten teille sopii": the way left for the reader to pick
        if any(
            a.lower in ("miten", "kuinka") and b.addresses_reader and c.lemmas & _SUITING
            for a, b, c in zip(words, words[1:], words[2:], strict=False)
        ):
            return True
    return False


# What one sends as a reply; "lähetä tilinpäätös" asks for work, not an answer.
_MESSAGES = frozenset(
    {"viesti", "sähköposti", "vastaus", "kommentti", "palaute", "tieto", "yhteystieto",
     "numero", "puhelinnumero", "sana", "rivi", "kuittaus"}
)  # fmt: skip


def _indefinite(msg: AnalysedMessage, word: Word) -> bool:
    """ "milloin tahansa", "mitä hyvänsä": an interrogative made indefinite."""
    nxt = msg.words[word.i + 1] if word.i + 1 < len(msg.words) else None
    return nxt is not None and nxt.lower in ("tahansa", "hyvänsä")


def _if_the_time_does_not_suit(words: list[Word]) -> bool:
    """ "Jos aika ei sovi, ehdota toista", "Jos torstai ei käy, vastaa tähän", "voit
    siirtää aikaa, jos se ei sovi": a fallback for the time offered, not another ask."""
    content = [w for w in words if not w.is_punct]
    # the condition may also close the sentence: "voit siirtää aikaa, jos se ei sovi"
    return any(
        w.lemma in ("jos", "mikäli")
        and (n == 0 or n >= len(content) - 6)
        # "jos aika ei sovi", "jos toinen aika sopii paremmin"
        and any(v.negative or v.lemma in _OTHER_TIME for v in content[n : n + 5])
        and any(v.lemmas & _SUITING for v in content[n : n + 6])
        for n, w in enumerate(content)
    )


_OTHER_TIME = frozenset({"toinen", "muu", "parempi"})


def _picks_the_time(msg: AnalysedMessage, sentence: Sentence, words: list[Word], verb: str) -> bool:
    """ "Pääsen kello 10 tai 14, valitse kumpi sopii paremmin": choosing between the
    times offered answers the step itself; "kerro, mikä näistä sopisi" after a menu of
    offers names no time and still asks the reader to pick a step."""
    return (
        verb in ("valita", "kertoa", "ilmoittaa")
        and any(w.lemma in ("kumpi", "mikä") for w in words)
        and any(w.lemmas & _SUITING for w in words)
        and has_time_anchor(msg, sentence)
    )


def _in_relative_clause(msg: AnalysedMessage, verb: Word) -> bool:
    """ "jossa voitte istua": the verb, or the verb it helps, opens a relative clause."""
    head = msg.words[verb.head] if verb.dep.startswith("aux") else verb
    return head.dep == "acl:relcl" or verb.dep == "acl:relcl"


_PROPOSING_TO_READER = frozenset({"ehdottaa", "pyytää", "toivoa", "suositella"})


# What a reader is asked to do for the seller: "ehdotan, että katsot esitteen, täytät
# kyselyn ja varaat ajan" ("ehdotan, että uusitte ensin neljä juoksumattoa" advises)
_CALLS_TO_ACTION = frozenset(
    {"katsoa", "lukea", "täyttää", "lähettää", "varata", "soittaa", "vastata", "tilata",
     "ladata", "kertoa", "ottaa", "ilmoittautua", "rekisteröityä", "buukata", "tutustua"}
)  # fmt: skip


# "Pyytäisin teitä…", "Kehotan sinua…": the writer asks the reader to do things
_REQUESTING = frozenset({"pyytää", "kehottaa"})

# What a menu of options offers the reader to do towards the seller
_MENU_VERBS = (
    _CALLS_TO_ACTION
    | _REPLY
    | _PROPOSING_VERBS
    | {"pyytää", "kokeilla", "osallistua", "liittyä", "seurata", "vierailla", "testata",
       "jättää", "antaa", "kysyä", "tilata", "ladata", "tutustua", "ilmoittautua",
       "piipahtaa", "poiketa"}  # "…tai piipahtaa toimipisteessämme": a visit
)  # fmt: skip
_MENU_KEYS = _MENU_VERBS | {"vastaus"}  # every way to reply is one ask


def _proposed(words: list[Word], verb: Word) -> bool:
    """The reader's verb in the "että" clause of the writer's proposal or request,
    when it asks something of the reader for the seller."""
    if not verb.lemmas & _CALLS_TO_ACTION:
        return False
    return any(
        w.finite and w.person == 1 and w.lemma in _PROPOSING_TO_READER
        for w in that_frame(words, verb, 3)
    )


def _wished(msg: AnalysedMessage, verb: Word) -> bool:
    """The "jos" clause of a wish: "olisi hienoa / kiva, jos ehtisitte…"."""
    head = msg.words[verb.head]
    return (
        verb.dep == "advcl"
        and head.pos == "ADJ"
        and any(w.head == verb.i and w.lemma in ("jos", "mikäli") for w in msg.words[head.i :])
        and any(
            w.head == head.i and w.dep == "cop" and _conditional(w)
            for w in msg.words[max(0, head.i - 3) : head.i]
        )
    )


_OBJECT_CASES = frozenset({"Nom", "Gen", "Par", "Acc"})


def _ask_key(words: list[Word], verb_word: Word, verb: str) -> str:
    """Ways to reply ("vastaa", "soita", "laita viestiä") are one ask; sending a
    document ("lähetä viime vuoden tilinpäätös") is another."""
    if verb not in _REPLY:
        return verb
    objects = [w for w in words if w.head == verb_word.i and w.dep == "obj"]
    if not objects:
        # the parser may hang the object elsewhere ("lähettää sopimuksen luettavaksi"):
        # the first noun in an object's case right after the verb
        after = [w for w in words if w.i > verb_word.i][:3]
        objects = [
            w for w in after if w.pos == "NOUN" and w.case in _OBJECT_CASES and not w.is_punct
        ][:1]
    if objects and not any(o.lemmas & _MESSAGES for o in objects):
        return verb
    return "vastaus"


_THERE = frozenset({"siellä", "samalla"})
_SUITING = frozenset({"sopia", "käydä", "onnistua", "passata"})  # "Sopiiko se sinulle?"
_UNDERSIGNED = frozenset({"allekirjoittanut", "allekirjoittaja"})  # the writer in 3rd person


def _at_the_meeting(words: list[Word]) -> bool:
    """ "Voit istua tuoleja ja valita värit paikan päällä", "tapaamisessa voimme
    käydä läpi …": what happens at the proposed meeting, not more asks."""
    return any(
        w.lemma in _THERE
        or (w.lemma == "paikka" and n + 1 < len(words) and words[n + 1].lower == "päällä")
        or (is_meeting_word(w) and w.case in ("Ine", "Ade"))
        for n, w in enumerate(words)
    )


# where an invitation takes the reader: a fair's stand, an event
_AT_EVENTS = _EVENTS | {"osasto", "messut", "messu"}


def _at_the_event(words: list[Word], verb: Word) -> bool:
    """ "Osastolla voitte tutustua … ja keskustella …": the event set first frames what
    the reader can do there; "voitte soittaa … tai tulla tapaamaan meitä messuilla"
    is still a menu, its last option at the fair."""
    return any(
        w.i < verb.i and word_heads(w) & _AT_EVENTS and w.case in ("Ine", "Ade") for w in words
    )


def _infinitive_ask(msg: AnalysedMessage, words: list[Word], inf: Word, mood: str) -> Ask | None:
    """The ask an infinitive of ``mood`` names ("lähettää", "varaamaan"), if it is one."""
    reading = next((r for r in inf.readings if r.mood == mood), None)
    if reading is None or inf.pos not in ("VERB", "AUX"):
        return None
    verb = reading.baseform.lower()
    return Ask(_ask_key(words, inf, verb), _phrase(msg, inf))


def _within_our_product(words: list[Word], verb: Word) -> bool:
    """ "Alustallamme voit pilkkoa…", "Meillä voitte…", "Sovelluksemme avulla voit…":
    what the seller's product lets one do, a feature described, not a menu of asks.
    "Valjaksen avulla voitte…": whatever the means, "avulla" tells what it does."""
    for n, w in enumerate(words):
        if w.i >= verb.i:
            return False
        if w.case == "Gen" and n + 1 < len(words) and words[n + 1].lower in _BY_MEANS_OF:
            return True
        ours = (w.possessive or "").startswith("1") or w.lemma == "me"
        if ours and (
            w.case in ("Ade", "Ine")
            or (
                w.case == "Gen"
                and n + 1 < len(words)
                and words[n + 1].lower in ("avulla", "kautta")
            )
        ):
            return True
    return False


_BY_MEANS_OF = frozenset({"avulla", "ansiosta"})


def _offers_choice(word: Word, words: list[Word]) -> bool:
    """ "Voitte…" offers the reader options; "Voin lähettää esitteen, tai voit…" and
    "Voidaan myös sopia palaveri, tai…" do too when "tai" sets them side by side."""
    if word.person == 2:
        return True
    # the writer's offer counts only set against what the reader may do ("tai voit…",
    # "tai jos tulet messuille…"), not "koulutus voidaan järjestää tiloissanne tai…"
    return (
        word.person in (1, 4)
        and any(w.lemma == "tai" for w in words)
        and any(w.finite and w.person == 2 for w in words)
    )


def _conditional(word: Word) -> bool:
    return word.reading is not None and word.reading.mood == "conditional"


def _infinitive_after(msg: AnalysedMessage, word: Word) -> Word | None:
    sent = msg.sentences[word.sentence]
    for w in msg.words[word.i + 1 : min(word.i + 4, sent.last)]:
        if w.reading is not None and w.reading.mood == "A-infinitive":
            return w
    return None


def _phrase(msg: AnalysedMessage, word: Word) -> str:
    sent = msg.sentences[word.sentence]
    following = [w for w in msg.words[word.i + 1 : min(word.i + 3, sent.last)] if not w.is_punct]
    end = following[0].end if following else word.end
    return msg.source[word.start : end]


# --- what a concrete next step is ------------------------------------------------------------


_COUNTER_PROPOSALS = frozenset({"ehdottaa", "kertoa", "ilmoittaa", "vaihtaa", "siirtää"})
_ORDINALS = frozenset({"ensimmäinen", "toinen", "kolmas", "neljäs", "viimeinen"})
_WEEKDAY_PREFIXES = tuple(sorted(_WEEKDAYS))
_TIME_KEYS = _WEEKDAYS | _DAY_WORDS | _CLOCK | _PERIODS | {"viikko"}


def _time_word(word: Word) -> bool:
    """Could this word start a time anchor? Once per word shape (most words cannot)."""
    known = word.memo.lists.get(_time_word)
    if known is None:
        known = word.memo.lists[_time_word] = bool(
            (word.lemmas | {word.lower}) & _TIME_KEYS or _names_weekday(word)
        )
    return known


def _names_weekday(word: Word) -> bool:
    """ "tiistaina", "keskiviikkoaamu", "torstai-iltapäivänä": a weekday, alone or as the
    first part of a compound (Voikko lists "keskiviikkoaamu" under "viikko" + "aamu")."""
    return any(h.startswith(_WEEKDAY_PREFIXES) for r in word.readings for h in r.heads) or bool(
        word.lemmas & _WEEKDAYS
    )


def has_time_anchor(msg: AnalysedMessage, sentence: Sentence, *, back: bool = True) -> bool:
    """A weekday, a date, a clock time, "huomenna", "ensi viikolla", "viikolla 50";
    or "silloin" for the time the sentence before, in the same paragraph, named
    ("Kamari tyhjenee ensi keskiviikkona. Teenkö muutoksen silloin?")."""
    words = content_words(msg, sentence)
    text = msg.text(sentence.start, sentence.end)
    if _DATE.search(text) or _TIME.search(text) or _DATE_IN_WORDS.search(text):
        return True
    if back and sentence.index > 0 and any(w.lower in _THEN for w in words):
        before = msg.sentences[sentence.index - 1]
        if before.block == sentence.block and has_time_anchor(msg, before, back=False):
            return True
    for n, w in enumerate(words):
        if _misspelt_weekday(w):
            return True  # "ensi keskiviikona": the reader still reads a day
        if not _time_word(w):
            continue
        lemmas = w.lemmas
        nxt = words[n + 1] if n + 1 < len(words) else None
        if _names_weekday(w):
            return True
        if w.lower in _DAY_WORDS or lemmas & _DAY_WORDS:
            return True
        if lemmas & _CLOCK and nxt is not None and (nxt.like_num or nxt.text[:1].isdigit()):
            return True
        if (
            lemmas & _PERIODS
            and w.pos in ("NOUN", "PROPN")  # ("Toisin kuin …" is no "toinen kuu")
            and n > 0
            and words[n - 1].lemmas & (_NEXT | _ORDINALS)
        ):
            return True  # "ensi viikolla", "kesäkuun toinen viikko"
        if w.lemma == "viikko" and any(_week_number(v) for v in words[n + 1 : n + 6]):
            return True  # "viikolla 50", "kumpi viikko sopii paremmin, 24 vai 26"
    return False


_THEN = frozenset({"silloin", "tuolloin"})


def _misspelt_weekday(word: Word) -> bool:
    """A word the dictionary does not know whose first suggestion is a weekday."""
    if word.readings or not word.text.isalpha() or len(word.text) < 6:
        return False
    known = word.memo.lists.get(_misspelt_weekday)
    if known is None:
        voikko = get_voikko()
        known = word.memo.lists[_misspelt_weekday] = any(
            set(r.heads) & _WEEKDAYS
            for suggestion in voikko.suggest(word.text, 1)
            for r in voikko.analyse(suggestion)
        )
    return known


def _week_number(word: Word) -> bool:
    text = word.text.rstrip(".")  # "viikolla 42." may keep the full stop on the number
    return text.isdigit() and 1 <= int(text) <= 53


_PROPOSAL_QUESTION_VERBS = frozenset(
    {"sopia", "ehtiä", "kiinnostaa", "haluta", "voida", "olla", "löytyä", "käydä", "passata",
     "tulla"}  # "Tuletko ensi viikolla varikolle katsomaan…?"
)  # fmt: skip
_CHOICE_INTERROGATIVES = frozenset({"kumpi", "milloin"})


def _proposal_question(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """ "Sopisiko…?", "Voisimmeko…?", "Kumpi aika…?" but not "Kuinka monta…?"."""
    words = content_words(msg, sentence)
    # a question without its mark opens with the -ko verb; one inside the sentence
    # is indirect ("ratkaisee, kannattaako robotti")
    if not (sentence.is_question or (words and words[0].clitic_ko)):
        return False
    if _rhetorical(msg, sentence, words):
        return False
    if words and not words[0].readings and words[0].lower.endswith(("ko", "kö")):
        return True  # "Sopisko perjantai klo 13?": a -ko verb misspelt is still asked
    if any(w.lemmas & _CHOICE_INTERROGATIVES for w in words):
        return True
    # ("Tuletko varikolle katsomaan, miltä näkymä näyttää?": a question word in a
    # clause after the proposal's own is what the visit shows)
    verb = next((w.i for w in words if w.finite), None)
    comma = next(
        (
            w.i
            for w in msg.sentence_words(sentence)
            if verb is not None and w.i > verb and w.text == ","
        ),
        None,
    )
    if any(w.interrogative and (comma is None or w.i < comma) for w in words):
        return False  # a question about facts, not an offer
    if not any(w.interrogative for w in words) and is_fact_request(words, sentence.is_question):
        return False  # "Varaatko hotellit itse?": how the reader works, not an offer
    return any(
        w.finite and (_conditional(w) or w.lemmas & _PROPOSAL_QUESTION_VERBS or w.clitic_ko)
        for w in words
    )


def _rhetorical(msg: AnalysedMessage, sentence: Sentence, words: list[Word]) -> bool:
    """ "Eihän se haittaa, jos tulokset voi odottaa huomiseen?": the -hän clitic asks for
    agreement, not for a time, unless the writer offers to act in it ("Eihän haittaa,
    jos soitan torstaina?") or names a meeting. "Mahtaako se…?" only wonders."""
    if (
        words
        and words[0].lemma == "mahtaa"
        and words[0].person == 3
        and not any(w.addresses_reader or w.lemmas & _SUITING for w in words)
        and not _meeting(msg, sentence)
    ):
        return True  # "Mahtaako yksikään niistä löytää tulkkia tiistaiaamuksi?": a wonder
    if (
        words
        and words[0].lower in _GUESSING
        and not any(w.finite and w.person in (1, 2) for w in words)
        and not has_time_anchor(msg, sentence)
    ):
        return True  # "Kai sitäkin voi kutsua huolellisuudeksi?": a guess, asking nothing
    return (
        bool(words)
        and words[0].lower.endswith(("hän", "han"))
        and words[0].lower not in ("tähän", "siihen", "hän")
        and not any(w.finite and w.person == 1 for w in words)
        and not _meeting(msg, sentence)
    )


def _commits(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """The writer offers or promises a meeting action in the first person, not in the past:
    "soitan", "ehdotan", "voin tulla", "olen yhteydessä", "lähetän kutsun" (or has
    sent the invitation: "laitoin kalenterikutsun perjantaiksi klo 10")."""
    words = content_words(msg, sentence)
    unlike = len(words) > 1 and words[0].lower == "toisin" and words[1].lemma == "kuin"
    if words and not words[0].finite and _verb_reading_commits(words[0]) and not unlike:
        # "Tuon teille mallin torstaina": the tagger took the verb for "that" ("Toisin
        # kuin …" is "unlike", not "I would bring")
        return True
    if any(w.head == w.i and not w.finite and _verb_reading_commits(w) for w in words):
        return True  # "…, varaan meille palaverin": the root the tagger took for an adverb
    if any(_verb_read_as_determiner(msg, w) for w in words):
        return True  # "tuon mallikappaleet työmaalle": "tuon" is "I bring", not "that"
    for n, w in enumerate(words):
        if not w.finite or w.person != 1 or is_negated(msg, sentence, w):
            continue
        if _thanked_for(words[:n]):
            continue  # "Kiitos, että ehdimme tavata": thanks are for what has happened
        if _apologised_for(words, n):
            continue  # "Pahoittelen, että tulen näin postilaatikkoonne": this very message
        if _only_wondering(msg, w):
            continue
        if any(d.head == w.i and d.lower in _HABITUAL for d in words):
            continue  # "Järjestämme nykyään jokaiselle asiakkaalle…": the routine described
        if any(d.head == w.i and d.lemma == "he" and d.case != "Nom" for d in words):
            continue  # "Soitamme heille itse": the call goes to others, in the routine told
        if is_past(msg, w):
            # "Laitoin sinulle kalenterikutsun perjantaiksi": the invitation is already out
            if w.lemmas & _SENDING and any(
                x.lemma.endswith("kutsu") and x.head == w.i for x in words
            ):
                return True
            continue
        if _wants_a_state(words, w):
            continue  # "Haluamme, että jokainen käynti on sujuva": an aim, nothing proposed
        if (w.lemmas & _PROPOSING_VERBS or is_meeting_word(w)) and not _plays_music(words, w):
            return True
        if _conditional(w) and _meeting(msg, sentence):
            return True  # "olisin kiitollinen tapaamisesta torstaina", "toivoisin puhelua"
        following = words[n + 1] if n + 1 < len(words) else None
        if "olla" in w.lemmas and following is not None and following.lemma == "yhteys":
            return True
    return False


def _colleague_comes(msg: AnalysedMessage, words: list[Word]) -> bool:
    """ "Leena voi tulla Hirvikariin keskiviikkona 25.6." after "asiantuntijamme Leena
    Rautio": the writer's colleague, named as the writer's own, offered for a visit or
    a call (the caller checks that the sentence names a time)."""
    colleagues = _colleagues(msg)
    for w in words:
        if not (w.dep.startswith("nsubj") and w.lower in colleagues and w.head != w.i):
            continue
        verb = msg.words[w.head]
        if (
            verb.lemmas & _COMING
            and not is_negated(msg, msg.sentences[verb.sentence], verb)
            and not is_past(msg, verb)
        ):
            return True
    return False


# the writer's people served or worked with, not sent: "asiakkaamme Leena"
_NOT_STAFF = frozenset({"asiakas", "kumppani", "vieras", "potilas", "käyttäjä", "ystävä"})
_COMING = frozenset({"tulla", "käydä", "soittaa", "esitellä", "näyttää", "tavata"})


def _colleagues(msg: AnalysedMessage) -> frozenset[str]:
    """First names the message gives as the writer's own people: the name after a
    noun with "my" or "our" ("kollegani Jere", "asiantuntijamme Leena Rautio")."""
    return frozenset(
        msg.words[w.i + 1].lower
        for w in msg.words[:-1]
        if (w.possessive or "").startswith("1")
        and w.pos == "NOUN"
        and not w.lemmas & _NOT_STAFF
        and msg.words[w.i + 1].text[:1].isupper()
        and msg.words[w.i + 1].sentence == w.sentence
    )


def _wants_a_state(words: list[Word], verb: Word) -> bool:
    """ "Haluamme, että jokainen huoltokäynti on sujuva": wanting that something is
    so (a copula clause under "että") proposes nothing ("Haluaisin, että tapaisimme"
    still does)."""
    if "haluta" not in verb.lemmas:
        return False
    clauses = [w for w in words if w.head == verb.i and w.dep.startswith("ccomp")]
    return any(
        any(m.head == c.i and m.lemma == "että" for m in words)
        and any(m.head == c.i and m.dep == "cop" for m in words)
        for c in clauses
    )


def _only_wondering(msg: AnalysedMessage, verb: Word) -> bool:
    """ "haluaisimme selvittää, voisimmeko järjestää…": the writer's wish to find out
    and the indirect question under it offer nothing yet."""
    clause = msg.words[verb.head] if verb.dep == "aux" else verb
    if verb.clitic_ko and clause.dep.startswith("ccomp"):
        return True
    if not verb.lemmas & {"haluta", "voida"}:
        return False
    wanted = _infinitive_after(msg, verb)
    return wanted is not None and wanted.lemma in ("selvittää", "tietää", "kuulla", "kysyä")


# adverbs of what the writer does as a rule, not once for this reader
_HABITUAL = frozenset(
    {"nykyään", "nykyisin", "yleensä", "tavallisesti", "normaalisti", "aina", "usein",
     "yleisesti", "säännöllisesti", "rutiininomaisesti"}
)  # fmt: skip

_SENDING = frozenset({"lähettää", "laittaa", "pistää", "tehdä", "varata", "lisätä"})


def _plays_music(words: list[Word], verb: Word) -> bool:
    """ "soitamme yritysten tilaisuuksissa": "soittaa" where one plays, with no one
    to call ("soitan teille")."""
    if "soittaa" not in verb.lemmas:
        return False
    deps = [w for w in words if w.head == verb.i]
    # ("soitan perjantaina aamupäivällä": a time of day is when, not where)
    return any(
        d.case in ("Ine", "Ade") and d.pos == "NOUN" and not _time_word(d) for d in deps
    ) and not any(d.case == "All" or d.addresses_reader for d in deps)


def _verb_read_as_determiner(msg: AnalysedMessage, word: Word) -> bool:
    """A singular demonstrative before a plural noun or a numeral cannot be one: "tuon
    mallikappaleet", "tuon kaksi mallia" is the verb "tuoda" with its object."""
    if word.dep not in ("det", "nmod:poss") or not _verb_reading_commits(word):
        return False
    after = msg.words[word.i + 1] if word.i + 1 < len(msg.words) else None
    if after is not None and after.pos == "NUM" and after.lemma != "yksi":
        return True
    noun = msg.words[word.head]
    return noun.reading is not None and noun.reading.number == "pl" and noun.case == "Nom"


def _returns(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """ "Palaan asiaan perjantaina 17.10.": a return at a named time is a step;
    "palaan asiaan myöhemmin" is not (the caller has checked the time)."""
    return any(
        w.finite
        and w.person == 1
        and w.lemma == "palata"
        and not is_negated(msg, sentence, w)
        and not is_past(msg, w)
        for w in content_words(msg, sentence)
    )


def _verb_reading_commits(word: Word) -> bool:
    """A word with a first-person present reading of a proposing verb."""
    return any(
        r.word_class == "teonsana"
        and r.person == 1
        and r.tense == "present_simple"
        and r.baseform in _PROPOSING_VERBS
        for r in word.readings
    )


def _time_offered(msg: AnalysedMessage, sentence: Sentence, words: list[Word]) -> bool:
    """ "Minulle sopisi maanantai 24.2. klo 13", "tiistai 18.6. sopii edelleen meille":
    a time that suits the writer, offered."""
    return any(
        w.finite and w.lemma == "sopia" and not is_negated(msg, sentence, w) and not is_past(msg, w)
        for w in words
    )


def _shared_proposal(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """ "Sovitaan puhelu", "Nähdään torstaina", "voisimme tavata": a joint proposal."""
    for w in content_words(msg, sentence):
        if not w.finite or is_negated(msg, sentence, w) or is_past(msg, w):
            continue
        if w.person == 4 and _opens_clause(msg, w):
            # a hortative passive opens its clause; "tilaus tehdään" describes; and
            # "Mietitään tätä, kun aikaa on" puts off to no time with nothing to meet for
            return not _whenever(msg, sentence) or any(
                is_meeting_word(m) and m.lemma != "aika" for m in content_words(msg, sentence)
            )
        if w.person == 4 and "voida" in w.lemmas and _meeting(msg, sentence):
            return True  # "Demo voidaan pitää 12.3.": an offered meeting in the passive
        if w.person == 1 and w.number == "pl" and _conditional(w) and not _only_wondering(msg, w):
            return True
    return False


# "kun aikaa on", "kun ehditään", "joskus": whenever, which is no time
_SOME_TIME = frozenset({"joskus", "aikanaan", "myöhemmin"})


def _whenever(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """The sentence leaves the time open: "joskus", "aikanaan", or a "kun" clause of
    having time ("kun aikaa on", "kun ehditään")."""
    words = content_words(msg, sentence)
    if any(w.lower in _SOME_TIME for w in words):
        return True
    return any(w.lemma == "kun" for w in words) and any(
        w.lemma == "ehtiä" or (w.lemma == "aika" and w.case == "Par") for w in words
    )


def _asks_to_act(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """An imperative not made conditional: "varaa aika", but not "ota yhteyttä, jos…";
    or the same offered with "voit"/"voitte" ("Voit varata esittelyn kalenteristani":
    the reader is invited to book the meeting the sentence names)."""
    words = content_words(msg, sentence)
    if any(w.lemma == "jos" for w in words):
        return False
    return any(
        is_imperative(msg, w)
        or (w.lemma == "voida" and w.person == 2 and _invites_to_act(words, w))
        for w in words
    )


def _invites_to_act(words: list[Word], modal: Word) -> bool:
    """ "voit varata", "voitte sopia": the modal's infinitive is a step the reader takes."""
    # (the parser hangs "voit" on the infinitive as its auxiliary, or the other way)
    return not modal.negative and any(
        (w.head == modal.i or modal.head == w.i) and w.lemma in _BOOKING_VERBS and not w.finite
        for w in words
    )


# what a reader does to set up the meeting the sentence names
_BOOKING_VERBS = frozenset({"varata", "sopia", "valita", "ehdottaa", "buukata"})


def _scheduled(msg: AnalysedMessage, sentence: Sentence, words: list[Word]) -> bool:
    """A step set at a date or clock time (the caller has checked the time): the
    writer's own action ("Tarkastan lattiat maanantaina 27.10. klo 7.30", "Allekirjoittanut
    soittaa maanantaina"), or a meeting offered in the passive or as a noun ("esittelyajat
    ovat keskiviikkona klo 10", "tarjous on mahdollista käydä läpi etäkokouksessa ti 18.3.")."""
    text = msg.text(sentence.start, sentence.end)
    dated = bool(_DATE.search(text))
    clocked = bool(_TIME.search(text)) or any(w.lemmas & _CLOCK for w in words)
    if not (dated or clocked):
        return False  # a date or a clock time, not just "ensi viikolla"
    # ("ensi viikon torstaina kello 10": a weekday dates the hour as well as a date does)
    day = dated or any(_names_weekday(w) for w in words)
    for w in words:
        if not w.finite or is_negated(msg, sentence, w):
            continue
        if day and clocked and _conditional(w) and not is_past(msg, w):
            # "Meillä olisi mahdollisuus esitellä työtämme tiistaina 4.11. klo 13", "jos
            # voisitte antaa 15 minuuttia torstaina 20.6. klo 10": a day and an hour
            # put in the conditional are a slot offered
            return True
        if day and _meeting_agreed(msg, words, w):
            return True
        if w.lemma == "olla":
            # "Olemme varanneet sieltä ajan tiistaiksi 1.4. kello 10": the perfect of
            # holding a slot, said by its auxiliary in the 1st person
            if (
                w.dep == "aux"
                and w.person == 1
                and msg.words[w.head].sentence == sentence.index
                and any(
                    r.participle == "past_active" and r.parts[-1:] == ("varata",)
                    for r in msg.words[w.head].readings
                )
            ):
                return True
            continue
        if is_past(msg, w):
            # "Varasin alustavasti 45 minuuttia torstaille 30.10. kello 13": a slot the
            # writer has already held for the reader
            if w.person == 1 and "varata" in w.lemmas:
                return True
            continue
        if w.person == 1 and w.number == "sg":
            return True
        if w.person == 2 and "voida" in w.lemmas and any(v.lemmas & _VISITING for v in words):
            # "kohde, jossa voit käydä katsomassa sitä keskiviikkona 16.4.": a visit the
            # reader is invited to, dated
            return True
        if w.person == 3 and any(
            v.head == w.i and v.dep.startswith("nsubj") and v.lemma in _UNDERSIGNED for v in words
        ):
            return True
        if (
            dated
            and w.person == 3
            and w.lemmas & _SET_OFF
            and any(
                v.head == w.i and v.dep.startswith("nsubj") and word_heads(v) & _SENT_THINGS
                for v in words
            )
        ):
            # "Kun ilmoitatte osoitteen, näytteet lähtevät maanantaina 20.10.": what the
            # seller sends, dated, is its step told through the parcel
            return True
    if dated and words and words[0].lower == "tervetuloa":
        return True  # "Tervetuloa lauantaina 29.3. kello 10–14": an invitation with its date
    # a meeting as a noun needs its day: "esittelyajat ovat keskiviikkona kello 10", not
    # "yhteydenotoista 40 % tulee kello 20:n jälkeen"
    return day and _meeting(msg, sentence) and not any(is_past(msg, w) for w in words if w.finite)


_VISITING = frozenset({"käydä", "tulla", "poiketa", "piipahtaa", "osallistua"})
_SET_OFF = frozenset({"lähteä", "saapua"})
_SENT_THINGS = frozenset(
    {"näyte", "tarjous", "ehdotus", "luonnos", "sopimus", "sopimusluonnos", "paketti",
     "lähetys", "aineisto", "materiaali", "koevedos", "vedos", "mallikappale", "kutsu"}
)  # fmt: skip
_AGREEING = frozenset({"sopia", "vahvistaa"})


def _meeting_agreed(msg: AnalysedMessage, words: list[Word], finite: Word) -> bool:
    """ "Tapaamisemme on sovittu torstaille 22.5. kello 10", "Sovimme esittelyn
    tiistaiksi": a meeting already agreed, told with its day, is the next step itself
    (not "Kuten sovimme puhelimessa 3.3.": the call is no meeting set)."""
    verb = msg.words[finite.head] if finite.dep.startswith("aux") else finite
    agreed = (verb.lemmas | participle_verbs(verb)) & _AGREEING
    return bool(agreed) and any(
        w.head == verb.i and w.dep.startswith(("nsubj", "obj")) and is_meeting_word(w)
        for w in words
    )


def _meeting(msg: AnalysedMessage, sentence: Sentence) -> bool:
    words = content_words(msg, sentence)
    return any(
        is_meeting_word(w)
        and not _a_moment(msg, words, w)
        and not _many_of(w)
        and not _a_kind_listed(words, w)
        and not _readers_own_meeting(words, w)
        and not _sellers_internal_meeting(words, w)
        for w in words
    )


def _sellers_internal_meeting(words: list[Word], word: Word) -> bool:
    """ "Ensin pidämme sisäisen aloituspalaverin", "jaamme työt viikkopalaverissamme":
    the seller's own meeting, held without the reader."""
    return (word.possessive or "").startswith("1") or any(
        w.head == word.i and w.lemma == "sisäinen" for w in words
    )


def _readers_own_meeting(words: list[Word], word: Word) -> bool:
    """ "Onko teillä kehityskeskustelut kerran vuodessa?": the meeting is what the
    reader has, their own practice ("Onko teillä aikaa palaverille?" asks for one)."""
    return word.dep == "nsubj:cop" and any(
        w.case == "Ade" and w.addresses_reader and w.i < word.i for w in words
    )


def _a_kind_listed(words: list[Word], word: Word) -> bool:
    """ "Oli kyseessä kokous, seminaari tai juhla": one of three kinds of event the
    reader may hold, not a meeting proposed."""
    first = word.head if word.dep == "conj" else word.i
    return (
        sum(
            w.i == first or (w.dep == "conj" and w.head == first and w.pos == "NOUN") for w in words
        )
        >= 3
    )


def _many_of(word: Word) -> bool:
    """ "Järjestämme kokouksia, juhlia ja pitopalvelua": meetings as a line of
    business (the plural partitive), not one meeting proposed."""
    reading = word.reading
    return reading is not None and reading.number == "pl" and reading.case == "Par"


def _thanked_for(before: list[Word]) -> bool:
    """ "Kiitos, että …", "Kiitän siitä, että …" before the verb."""
    thanks = next((n for n, w in enumerate(before) if w.lemmas & {"kiitos", "kiittää"}), None)
    return thanks is not None and any(w.lemma == "että" for w in before[thanks:])


def _apologised_for(words: list[Word], n: int) -> bool:
    """ "Pahoittelen, että tulen …", "Anteeksi, että soitan …": the verb is the "että"
    clause of an apology before it, which speaks of the writing itself ("Pahoittelen
    viivettä, mutta ehdotan uutta aikaa" still proposes)."""
    verb = words[n]
    return any(w.lemmas & _APOLOGY for w in words[:n]) and any(
        w.head == verb.i and w.lemma == "että" for w in words[:n]
    )


_APOLOGY = frozenset({"pahoitella", "anteeksi", "pahoillaan"})


def _a_moment(msg: AnalysedMessage, words: list[Word], word: Word) -> bool:
    """ "Jos teillä olisi hetki aikaa (vilkaista esitettä)", "kevään ajan": a moment or
    a while, not a meeting."""
    if "aika" not in word.lemmas:
        return False
    before = msg.words[word.i - 1] if word.i else word
    if word.lower == "ajan" and (before.case == "Gen" or before.lower == "koko"):
        return True  # "kevään ajan", "koko ajan": for a while, a duration
    return "hetki" in (msg.words[word.head].lemma, before.lemma) or any(
        w.head == word.i and w.lemma == "hetki" for w in words
    )


def is_meeting_word(word: Word, before: Word | None = None) -> bool:
    """A meeting, call, demo or visit. "aika" counts only as the object of booking:
    "varata aika", "löytyisikö aikaa", not "aikana" or "peruttua aikaa"; nor, given
    the word ``before`` it, a genitive's "ajan" ("sähkökatkon ajan": for as long as)."""
    if before is not None and word.lower == "ajan" and before.case == "Gen":
        return False
    if word not in wordlist("next_step") and not _hyphen_tail_is_meeting(word):
        return False
    if word.lower in _RUNNING:
        return False  # "piti lypsyn käynnissä", "pääsi käyntiin": running, no visit
    tails = {r.heads[-1] for r in word.readings if len(r.heads) > 1}
    if tails & _WEAK_MEETING and not word.lemmas & _WEAK_MEETING:
        # "tapaamisaika" (tavata + aika), "esittelyaika" are a meeting's time,
        # "toimitusaika" is not
        keys = wordlist("next_step").keys - _WEAK_MEETING
        return any(
            p in keys or r.baseform.removesuffix(r.heads[-1]) in keys
            for r in word.readings
            for p in r.parts[:-1]
        )
    if not (word.lemmas & _WEAK_MEETING):
        return True
    return word.lower in ("aikaa", "ajan", "aika") and word.dep in ("obj", "nsubj", "obl")


def _hyphen_tail_is_meeting(word: Word) -> bool:
    """ "Teams-palaveria", "Zoom-tapaaminen": Voikko may not know the whole word."""
    if "-" not in word.text.strip("-") or word.readings:
        return False
    tail = word.text.rsplit("-", 1)[-1]
    keys = wordlist("next_step").keys
    return any(set(r.lexemes) & keys for r in get_voikko().analyse(tail))


def _past_only(text: str) -> bool:
    """Is a verb form only a past tense ("soitin", "kävimme"), never a present ("voin")?"""
    tenses = {r.tense for r in get_voikko().analyse(text) if r.word_class == "teonsana"}
    return "past_imperfective" in tenses and "present_simple" not in tenses


def is_past(msg: AnalysedMessage, word: Word) -> bool:
    """Simple past ("ehdotin") or perfect ("olemme auttaneet", "olen keskustellut")."""
    if _past_only(word.text.lower()):
        return True
    if word.lemma == "olla":
        head = msg.words[word.head]
        if head.i != word.i and any(r.participle == "past_active" for r in head.readings):
            return True
        sent = msg.sentences[word.sentence]
        nxt = msg.words[word.i + 1] if word.i + 1 < sent.last else None
        return nxt is not None and any(r.participle == "past_active" for r in nxt.readings)
    return False


def _booking_link(msg: AnalysedMessage, sentence: Sentence) -> bool:
    text = msg.text(sentence.start, sentence.end)
    if not MAYBE_ADDRESS.search(text):
        return False  # no "@", "://", "www." or a dot before a letter: no address
    for m in ADDRESS.finditer(text):
        if "@" in m.group() and not m.group().startswith("http"):
            continue  # an e-mail address is a way to reply, not a booked time
        if _BOOKING_URL.search(m.group()) or _meeting(msg, sentence):
            return True
    return False


def is_next_step(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """A meeting, call or demo proposed, a time offered, or a booking link."""
    if _booking_link(msg, sentence):
        return True
    offers = (
        _proposal_question(msg, sentence)
        or _commits(msg, sentence)
        or _shared_proposal(msg, sentence)
    )
    if has_time_anchor(msg, sentence):
        words = content_words(msg, sentence)
        return (
            offers
            or _colleague_comes(msg, words)
            or _returns(msg, sentence)
            or _time_offered(msg, sentence, words)
            or any(is_imperative(msg, w) for w in words)
            or _scheduled(msg, sentence, words)
        )
    if not _meeting(msg, sentence) or _some_day(msg, sentence):
        return False
    if _gladly(msg, sentence):
        # "keskustelemme mielellämme hyvissä ajoin": with no time, willingness
        # offered is no step taken (a question still proposes one)
        return _proposal_question(msg, sentence)
    if _if_interested(msg, sentence):
        # the seller's own proposal still stands: "Jos aihe on ajankohtainen, ehdotan…"
        return _proposal_question(msg, sentence) or _commits(msg, sentence)
    return offers or _asks_to_act(msg, sentence)


_INTEREST = frozenset({"kiinnostaa", "kiinnostus", "kiinnostunut", "ajankohtainen"})


# talking, telling, helping: what a writer is glad to do whenever ("Varaan mielelläni
# 30 minuutin palaverin" books something)
_READY_TO_TALK = frozenset(
    {"keskustella", "kertoa", "jutella", "vaihtaa", "kuulla", "auttaa", "olla"}
)


def _gladly(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """ "Keskustelemme mielellämme", "kerron mieluusti lisää": the writer's readiness."""
    words = content_words(msg, sentence)
    return any(w.lower in ("mielelläni", "mielellämme", "mieluusti") for w in words) and all(
        w.lemmas & _READY_TO_TALK for w in words if w.finite and w.person == 1
    )


def _if_interested(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """ "Kertokaa, jos asia kiinnostaa, niin jatketaan keskustelua": with no time, a
    step left to the reader's interest is no step (unless the seller proposes it)."""
    words = content_words(msg, sentence)
    return any(
        w.lemma in ("jos", "mikäli") and any(v.lemmas & _INTEREST for v in words[n + 1 : n + 5])
        for n, w in enumerate(words)
    )


def _some_day(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """ "voin soittaa jossain vaiheessa", "palataan joskus": no time at all."""
    words = content_words(msg, sentence)
    return any(
        w.lower in ("joskus", "myöhemmin")
        or (w.lemma == "jokin" and n + 1 < len(words) and words[n + 1].lemma == "vaihe")
        for n, w in enumerate(words)
    )
