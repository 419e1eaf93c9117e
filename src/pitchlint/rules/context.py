"""Context tests shared by rules: negation, concreteness, quotation, whose it is."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from pitchlint.analysis.frequency import log_probabilities
from pitchlint.analysis.model import AnalysedMessage, Sentence, Word
from pitchlint.analysis.voikko import Reading, get_voikko, shares_stem

QUOTES = '"”“«»„'  # the marks a quotation can open or close with
_CONCRETE_UNITS = frozenset(
    {
        "prosentti", "euro", "päivä", "arkipäivä", "viikko", "kuukausi", "vuosi", "tunti",
        "minuutti", "sentti", "kilo", "tonni", "kpl", "kappale", "kerta", "klo",
    }
)  # fmt: skip
SEASONS = frozenset({"talvi", "kesä", "kevät", "syksy"})
_SPANS_OF_TIME = _CONCRETE_UNITS | SEASONS | {"kausi", "vuorokausi"}
_NUMBER = re.compile(r"\d")
# A share said in words: "kolmannes kuluista", "puolet kohteista".
FRACTIONS = frozenset(
    {"puolet", "neljännes", "kolmannes", "kolmasosa", "viidennes", "kymmenesosa", "puolittua"}
)
# Many of a kind: "moni toimisto", "useat liikkeet", "valtaosa yrityksistä".
MANY = frozenset(
    {"moni", "monet", "usea", "useat", "useampi", "lukuisa", "harva", "valtaosa", "enemmistö"}
)
# Words that open a condition: "jos", "mikäli", "ellei", "kunhan tilaus tulee ennen klo 14".
CONDITIONS = frozenset({"jos", "mikäli", "ellei", "jollei", "kunhan"})
# A meeting's time words: "klo 10", "tiistaina".
SCHEDULE_WORDS = frozenset(
    {"klo", "kello", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai"}
)
_ALTERNATIVES = frozenset({"tai", "muuten", "muutoin"})  # "…, tai palautamme rahat"
_COMPENSATION = frozenset({"hyvitys", "hyvittää", "sopimussakko", "hyvityslasku", "sanktio"})
_REMEDIES = frozenset({"palauttaa", "korvata", "irtisanoa", "purkaa", "perua", "uusia"})


# Dependency relations that start a clause of its own: a negation does not reach
# through them ("kilpailija ei välitä asiakkaista ja sen palvelu on kömpelö").
_CLAUSE_DEPS = frozenset(
    {"conj", "parataxis", "advcl", "ccomp", "acl", "acl:relcl", "csubj", "csubj:cop", "xcomp:ds"}
)


def next_sentence(
    msg: AnalysedMessage, sentence: Sentence, *, same_slide: bool = False
) -> Sentence | None:
    """The sentence after ``sentence`` in its paragraph or bullet (``same_slide``: or
    anywhere below it on the same slide of an outline, whose bullets are blocks)."""
    following = sentence.index + 1
    if following >= len(msg.sentences):
        return None
    after = msg.sentences[following]
    if after.block == sentence.block or (same_slide and _same_slide(msg, after, sentence)):
        return after
    return None


def _same_slide(msg: AnalysedMessage, one: Sentence, other: Sentence) -> bool:
    """Two sentences of the same slide of an outline, neither of them its title."""
    if msg.kind != "outline":
        return False
    first, second = msg.blocks[one.block].block, msg.blocks[other.block].block
    return (
        first.slide is not None
        and first.slide == second.slide
        and "title" not in {first.kind, second.kind}
    )


def is_negated(msg: AnalysedMessage, sentence: Sentence, word: Word) -> bool:
    """Is ``word`` in a clause negated by "ei" (emme, en, ette, eivät, …)?

    The negation verb attaches to the predicate it negates; ``word`` is negated
    when it is that predicate or depends on it without crossing into a clause
    of its own (a coordinated or subordinate clause).
    """
    # "ymmärtämättä", "tekemättä": the abessive says "without" (but the adverb
    # "epäilemättä" says "undoubtedly")
    if (
        word.case == "Abe"
        and word.pos == "VERB"
        and word.reading is not None
        and word.reading.mood == "MA-infinitive"
    ):
        return True
    words = msg.sentence_words(sentence)
    # ("vaikka se ei aina onnistukaan": the parser may hang the verb on its negation)
    hung_on_negation = (
        word.pos in ("VERB", "AUX") and word.head != word.i and msg.words[word.head].negative
    )
    return (
        hung_on_negation
        or _not_that(words, word)
        or _right_after_negation(words, word)
        or any(
            other.negative and not _elliptic(msg, other) and _governs(msg, other, word)
            for other in words
        )
    )


def _elliptic(msg: AnalysedMessage, neg: Word) -> bool:
    """A negation of a verb left out, not of the word it hangs on: "ratkaista ennen
    hankintaa eikä vasta vian tullessa" ("ei" never negates the temporal infinitive
    itself), "Kilpailija huijaa asiakkaita, me emme" (a joined clause of its own)."""
    head = msg.words[neg.head]
    if neg.dep == "conj" and any(
        d.head == neg.i and d.dep.startswith("nsubj")
        for d in msg.sentence_words(msg.sentences[neg.sentence])
    ):
        # "Kilpailija huijaa asiakkaita, me emme": a clause of its own, its verb left out
        return True
    return head.i != neg.i and any(r.mood == "E-infinitive" for r in head.readings)


# Words that stand between a negation verb and its verb without ending the negation
_NEGATIVE_POLARITY = frozenset(
    {"myöskään", "edes", "enää", "vielä", "koskaan", "kuitenkaan", "tietenkään", "välttämättä",
     "mitenkään", "suinkaan", "siis", "juuri", "ikinä", "missään", "kenellekään"}
)  # fmt: skip


def _right_after_negation(words: list[Word], word: Word) -> bool:
    """ "Emme myöskään lupaa pudotusta…": the verb right after its negation, across
    "myöskään", "edes", "enää", is negated however the parser hung it."""
    if word.pos not in ("VERB", "AUX"):
        return False
    at = next((n for n, w in enumerate(words) if w.i == word.i), 0)
    for before in reversed(words[max(0, at - 3) : at]):
        if before.negative:
            return True
        if before.lower not in _NEGATIVE_POLARITY:
            return False
    return False


def _not_that(words: list[Word], word: Word) -> bool:
    """ "Eipä sillä, että he ehtisivät vastata puhelimeen": "ei sillä, että" denies
    the clause it introduces ("not that…")."""
    if len(words) < 4 or not (words[0].negative and words[1].lemma == "se"):
        return False
    if words[1].case != "Ade":
        return False
    that = next((w for w in words[2:5] if w.lemma == "että"), None)
    return that is not None and word.i > that.i


def is_disclaimed(
    msg: AnalysedMessage, sentence: Sentence, word: Word, verbs: frozenset[str]
) -> bool:
    """Is ``word`` said under a negated verb that takes it back ("Emme lupaa, että
    katkoja ei tule", "En väitä, että olemme parhaita")? Any depth of clauses."""
    node = word
    words = msg.sentence_words(sentence)
    for _ in range(8):
        if node.head == node.i:
            return False
        if node.dep == "conj" and any(
            w.head == node.i and w.dep == "cc" and w.lemma in ("mutta", "vaan") for w in words
        ):
            # "En väitä mitään Hakolasta, mutta kannattaa kysyä, miksi…": what comes
            # after "but" is asserted, however the parser hung it on the disclaimer
            return False
        node = msg.words[node.head]
        if node.lemmas & verbs and is_negated(msg, sentence, node):
            return True
    return False


def _governs(msg: AnalysedMessage, neg: Word, word: Word) -> bool:
    """The negation attaches to a predicate that dominates ``word`` in the same clause."""
    target = neg.head
    head = msg.words[target]
    if (
        word.dep == "amod"
        and head.pos == "VERB"
        and head.lemma != "olla"
        and msg.words[word.head].head != target
    ):
        # "eikä toimivaa palvelua kannata rikkoa": the negation is the verb's, the
        # adjective describes its object ("ei ole toimivaa järjestelmää" still counts)
        return False
    owner = msg.words[word.head]
    if (
        word.dep == "amod"
        and head.pos == "VERB"
        and head.lemma != "olla"
        and owner.dep == "obl"
        and owner.case in ("Ade", "Ine", "Ela", "Abl")
    ):
        # "kömpelöllä moduulilla ei saa mitään irti": the means is as bad whatever
        # the negated verb says of it
        return False
    if (
        word.pos == "NOUN"
        and (head.lemma in _REJECTING or word.dep == "obl")
        and any(
            d.head == word.i and d.lemma in ANAPHORIC_KINDS
            for d in msg.sentence_words(msg.sentences[word.sentence])
        )
    ):
        # "sellaista sähläystä ei kannata katsoa", "sellaisella romulla ei rakenneta
        # mitään": "such" points back at something there, which the negated verb rejects
        # or cannot use ("ei ole tehnyt sellaista" still negates)
        return False
    if head.pos == "ADV" and head.dep == "advmod":
        # misparsed "Siellä ei kai kukaan … teeskentele": "ei" hung on the opening
        # adverb; it negates the verb the adverb itself hangs on (but in "…, eikä
        # yksikään kone olisi rikki" the adverb is a predicate of its own)
        target = head.head
    elif (
        head.pos == "PRON"
        and head.lemma in ("joka", "mikä")
        and head.i < neg.i
        # ("työvoimaa, jolla ei ole aavistustakaan": there the pronoun is the predicate)
        and not head.dep.startswith(("acl", "root", "ROOT"))
    ):
        # misparsed "testejä, joista ei ollut mitään hyötyä": "ei" hung on the relative
        # pronoun; it negates the relative clause's predicate
        target = head.head
    negated = msg.words[target]
    if negated.finite and negated.person in (1, 2) and negated.person != neg.person:
        # misparsed "Takaamme, että … ei ole koskaan ongelmia": "ei" hung on a verb
        # that agrees with another person; a negated verb is a connegative, personless
        return False
    node = word.i
    for _ in range(8):
        if node == target:
            return True
        current = msg.words[node]
        # ("tämä ei ole yritys puhua sitä huonoksi": an infinitive completing the negated
        # predicate's noun is no clause of its own)
        infinitive = (
            current.dep in ("acl", "xcomp:ds")
            and msg.words[current.head].lemma in _INTENDING
            and any(r.mood == "A-infinitive" for r in current.readings)
        )
        if (
            (current.dep in _CLAUSE_DEPS and not infinitive)
            or current.head == node
            or _own_verb(msg, current)
        ):
            return False
        if current.finite and current.person in (1, 2) and current.person != neg.person:
            # "kosteusvahinkoja ei synny, sen takaamme": a verb with a person of its own
            # is a clause of its own, however the parser hung it
            return False
        node = current.head
    return False


# what an act is meant as: "tämä ei ole yritys puhua sitä huonoksi" denies the act too
# ("ei ole syytä vaihtaa toimivaa yhteistyötä" denies only the reason)
_INTENDING = frozenset({"yritys", "tarkoitus", "pyrkimys", "aikomus", "tavoite", "yrite"})


# "such": a kind pointed back at ("sellaista sähläystä", "moisella romulla")
ANAPHORIC_KINDS = frozenset({"sellainen", "tuollainen", "tällainen", "moinen"})
_REJECTING = frozenset({"kannattaa", "haluta", "tarvita", "hyväksyä", "sietää", "kaivata"})


def _own_verb(msg: AnalysedMessage, word: Word) -> bool:
    """A predicate with its own finite copula or auxiliary heads a clause of its own,
    whatever the parser hung it on: "Se ei yllätä: heidän kalustonsa on romua". A
    connegative ("ei ole") has no person of its own and belongs to the negation."""
    sentence = msg.sentences[word.sentence]
    return any(
        d.head == word.i and d.finite and d.person is not None and d.dep.startswith(("cop", "aux"))
        for d in msg.words[sentence.first : sentence.last]
    )


def sentence_is_concrete(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """Numbers, percentages, sums, dates, deadlines: something one can check."""
    for w in msg.sentence_words(sentence):
        if w.like_num or _NUMBER.search(w.text) or w.text in ("%", "€"):
            return True
        if w.reading and w.reading.word_class == "lukusana":
            return True
    return False


# Figures that promise everything and commit to nothing checkable.
_ABSOLUTE = re.compile(r"\b(?:24\s*/\s*7|100\s*(?:%|-?prosent\w*|pro\b))", re.IGNORECASE)
_ABSOLUTE_NUMERALS = frozenset({"sata"})


# Words that name a consequence or a measure the buyer can hold the seller to.
MONTHS = frozenset(
    {"tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu",
     "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"}
)  # fmt: skip
_TERMS_WORDS = MONTHS | frozenset(
    {
        "hyvitys", "hyvittää", "sopimussakko", "mitattava", "hyvityslasku", "vartti",
        "tänään", "huomenna", "ylihuomenna", "maanantai", "tiistai", "keskiviikko", "torstai",
        "perjantai", "lauantai", "sunnuntai",
    }
)  # fmt: skip
# "vartti" is a quarter of an hour, as checkable as "15 minuuttia"; a named day or
# month is a deadline ("toimitamme perjantaina", "vastaan vielä tänään")


def remedy_nearby(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """A remedy in the sentence next to this one in the same paragraph or bullet:
    "Takaamme vasteajan. Jos teknikko ei vastaa kahdessa tunnissa, hyvitämme 5 %."
    states the terms right after the promise. A mere figure next door does not
    back a promise ("Säästätte varmasti. Hinta on 49 euroa.")."""
    return any(
        0 <= n < len(msg.sentences)
        and msg.sentences[n].block == sentence.block
        and _states_remedy(msg.sentence_words(msg.sentences[n]))
        for n in (sentence.index - 1, sentence.index + 1)
    )


def subject_backed(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """A subject line sums up its body: "Kokeiluun ilman riskiä" is backed when the
    body states the remedy ("…palautamme rahat, jos tynnyri jää avaamatta")."""
    return msg.blocks[sentence.block].block.kind == "subject" and any(
        _states_remedy(msg.sentence_words(s)) for s in msg.sentences if s is not sentence
    )


def remedy_in_or_near(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """A remedy or a contract term in the sentence, a condition with a figure ("aina
    samana päivänä, jos tilaus tulee ennen kello 14"), or a remedy next to it."""
    words = msg.sentence_words(sentence)
    conditioned = any(w.lemma in CONDITIONS for w in words) and bool(
        _NUMBER.search(msg.text(sentence.start, sentence.end))
    )
    return (
        conditioned
        or _states_remedy(words)
        or any(_in_the_contract(w, words) for w in words)
        or remedy_nearby(msg, sentence)
    )


def _states_remedy(words: list[Word]) -> bool:
    """A compensation named ("hyvitämme", "sopimussakko"), or a remedy on a condition
    or as the alternative ("jos lähetys myöhästyy, palautamme rahtimaksun",
    "korjaamme vian, tai palautamme rahat")."""
    if any(w.lemmas & _COMPENSATION for w in words):
        return True
    # "jos lähetys myöhästyy, palautamme…", "korjaamme vian tai palautamme rahat",
    # "jos pesä aktivoituu, uusintakäsittely ei maksa teille mitään"
    if not any(w.lemma in CONDITIONS or w.lemma in _ALTERNATIVES for w in words):
        return False
    free = any(w.lower in _FREE_OF_CHARGE for w in words) or (
        any(w.negative for w in words)
        and any(w.lemma == "maksaa" for w in words)
        and any(w.lower == "mitään" for w in words)
    )
    return free or any(
        (w.lemmas & _REMEDIES or _seller_pays(w) or _charge_cut(words, w))
        and w.pos == "VERB"
        and not _in_condition(words, w)
        for w in words
    )


_CUTTING = frozenset({"puolittua", "puolittaa", "alentua", "alentaa", "laskea", "pudota"})
_CHARGES = frozenset({"hinta", "maksu", "palkkio", "lasku", "veloitus", "vuokra"})


def _charge_cut(words: list[Word], verb: Word) -> bool:
    """ "jos emme ehdi paikalle, seuraavan tarkastuksen hinta puolittuu": the seller's
    charge cut on the seller's own failure is a remedy ("jos tilaatte nyt, hinta
    puolittuu" is the reader's condition, a promise)."""
    return (
        bool(verb.lemmas & _CUTTING)
        and any(
            d.head == verb.i and d.dep.startswith(("nsubj", "obj")) and word_heads(d) & _CHARGES
            for d in words
        )
        and _on_sellers_own_failure(words)
    )


def _on_sellers_own_failure(words: list[Word]) -> bool:
    """A condition in the first person: "jos emme ehdi", "mikäli myöhästymme"."""
    for n, w in enumerate(words):
        if w.lemma in CONDITIONS:
            for v in words[n + 1 :]:
                if v.text in (",", ";", ":"):
                    break
                if v.finite and v.person == 1:
                    return True
    return False


def _seller_pays(word: Word) -> bool:
    """ "jos emme pysy siinä, maksamme väliaikaisen varastoinnin": the seller paying on
    a condition is a remedy ("jos tilaatte nyt, maksatte vähemmän" is the reader's)."""
    return word.lemma == "maksaa" and word.person == 1


# ("kuukausimaksu jää perimättä": a charge not collected is free too)
_FREE_OF_CHARGE = frozenset(
    {"veloituksetta", "maksutta", "maksuton", "maksuttomasti", "ilmaiseksi", "ilmainen",
     "perimättä", "laskuttamatta", "veloittamatta"}
)  # fmt: skip


# verbs that move one into a contract, not write a term into it
_MOVING_INTO = frozenset({"siirtyä", "vaihtaa", "liittyä", "tulla", "mennä", "päästä", "ryhtyä"})


def _in_the_contract(word: Word, words: list[Word]) -> bool:
    """ "kirjaamme vasteajat sopimukseen", "hinnat sopimuksen liitteessä": a term
    written into the contract or its annex is one the reader can hold the seller to."""
    heads = word_heads(word)
    # written into the contract (illative), or in its annex; "laatu kaikissa
    # sopimuksissamme" states nothing one could look up; "kun siirryt
    # huoltosopimukseemme" moves the reader into one, and writes no term down
    if word.case == "Ill" and any(h.endswith("sopimus") for h in heads):
        return not any(v.i == word.head and v.lemma in _MOVING_INTO for v in words)
    return word.case in ("Ine", "Ill") and any(h.endswith("liite") for h in heads)


def sentence_has_checkable_terms(
    msg: AnalysedMessage, sentence: Sentence, within: Word | None = None
) -> bool:
    """A promise one can hold the seller to: a figure, sum, date or deadline, or a
    compensation or measure named ("hyvitämme", "mitattava vasteaika").

    Unlike :func:`sentence_is_concrete`, absolutes ("100 % tyytyväisyys", "24/7")
    and round plural amounts ("tuhansia euroja") are not terms one can check.
    With ``within``, only the figures and deadlines of that word's own clause and the
    clauses under it count (see :func:`own_clauses`); a remedy or a contract term
    anywhere in the sentence still states the terms ("…ja hyvitämme myöhästymiset").
    """
    sentence_words = msg.sentence_words(sentence)
    if _states_remedy(sentence_words) or any(
        _in_the_contract(w, sentence_words) for w in sentence_words
    ):
        return True
    if within is None:
        words = sentence_words
        text = msg.text(sentence.start, sentence.end)
    else:
        # ("Jos lähetät meille näytteet kolmesta erästä, takaamme, että…": the reader's
        # own part, on a condition, sets no term of the promise)
        readers = {
            v.i
            for w in sentence_words
            if w.dep == "advcl"
            and w.finite
            and w.person == 2
            and any(m.head == w.i and m.lemma in ("jos", "mikäli") for m in sentence_words)
            for v in clause_words(msg, w)
        }
        words = [w for w in own_clauses(msg, within) if w.i not in readers]
        text = " ".join(w.text for w in words)
    if _NUMBER.search(_ABSOLUTE.sub(" ", text)):
        return True
    if any(w.lemmas & _TERMS_WORDS for w in words):
        return True
    if any(_worded_deadline(words, n) for n in range(len(words))):
        return True
    for w in words:
        if w.reading and w.reading.word_class == "lukusana" and not w.text[:1].isdigit():
            if (
                w.lemma in _ABSOLUTE_NUMERALS
                # "yhteen järjestelmään": one, not a quantity ("yhdessä talvessa" is a time)
                or (w.lemma == "yksi" and msg.words[w.head].lemma not in _SPANS_OF_TIME)
                or w.reading.number == "pl"  # "tuhansia euroja"
                or is_ordinal(w)  # "ensimmäisenä vuonna", "toinen"
                or w.lower.endswith(("kään", "kaan"))  # "yksikään": a negative absolute
            ):
                continue
            return True
    return False


_TIME_UNITS = frozenset(
    {"päivä", "arkipäivä", "viikko", "kuukausi", "tunti", "minuutti", "vuorokausi", "vuosi"}
)
_WITHIN = frozenset({"sisällä", "sisään", "kuluessa", "kuluttua", "mennessä"})
_DATED_TIMES = SEASONS | {"joulu", "juhannus", "pääsiäinen", "vuodenvaihde"}


def _worded_deadline(words: list[Word], n: int) -> bool:
    """ "viikon sisällä", "vuorokauden kuluessa": one unit of time under a deadline's
    postposition can be checked, though it has no digit ("tunnissa" alone is a boast);
    so can "pari minuuttia", "alle minuutissa" and "alle puolessa vuodessa", a number
    in words."""
    w = words[n]
    before = words[n - 1] if n > 0 else None
    after = words[n + 1] if n + 1 < len(words) else None
    if w.lemma in _DATED_TIMES:
        # "ennen syksyä", "juhannukseen mennessä": a named time bounds it, like a month
        return (before is not None and before.lower == "ennen") or (
            after is not None and after.lower == "mennessä" and w.case == "Ill"
        )
    if w.lemma not in _TIME_UNITS or w.reading is None:
        return False
    if before is not None and before.lemma in ("pari", "puoli"):
        return True
    if w.reading.number != "sg":
        return False
    if before is not None and before.lower == "alle" and w.case == "Ine":
        return True  # "alle minuutissa": a bound, as checkable as "minuutin sisällä"
    if after is not None and w.case == "Gen" and after.lemmas & _WARRANTY_PERIODS:
        return True  # "vuoden takuu", "kuukauden takuuaika": one unit of time, a warranty's
    return after is not None and after.lower in _WITHIN and w.case == "Gen"


_WARRANTY_PERIODS = frozenset({"takuu", "takuuaika", "tyytyväisyystakuu", "koeaika"})


def is_ordinal(word: Word) -> bool:
    """ "ensimmäinen", "toinen", "kolmas" ("kymmenen" is ten)."""
    return (
        word.reading is not None
        and word.reading.word_class == "lukusana"
        and word.lemma.endswith(("inen", "s"))
    )


# Changes in the reader's own figures: a seller can hold a service level, not the
# reader's results. "Takaan, että sulkunne lyhenee kolmeen päivään" is no term.
_RESULT_VERBS = frozenset(
    {
        "lyhentyä", "lyhetä", "laskea", "pienentyä", "pienetä", "vähentyä", "vähetä",
        "kasvaa", "nousta", "parantua", "parata", "tuplaantua", "kaksinkertaistua",
        "moninkertaistua", "säästää", "lisääntyä", "pudota", "nopeutua", "kohota",
        "puolittua", "päästä", "yltää", "saavuttaa",
    }
)  # fmt: skip


# Nouns naming where a finding was seen ("huoltodatassamme", "havaintojemme mukaan"):
# the seller's data as a source, not the seller as a party.
DATA_SOURCES = frozenset(
    {"data", "aineisto", "tilasto", "seuranta", "mittaus", "tutkimus", "kysely", "selvitys",
     "vertailu", "otos", "analyysi", "tietokanta", "havainto", "kokemus", "käynti",
     "tarkastus", "auditointi", "kartoitus", "testi", "koe", "pilotti",
     "tallenne", "loki",  # "tallenteidemme mukaan yleisin poikkeama syntyy…"
     "kohde", "projekti", "työmaa"}  # "kohteissamme pumppu maksoi itsensä takaisin…"
)  # fmt: skip


def is_data_source(word: Word) -> bool:
    """ "huoltodatassamme", "tehdaskäynneistämme": where a finding was seen."""
    return word.case in ("Ine", "Ela") and bool(word_heads(word) & DATA_SOURCES)


def promises_readers_result(msg: AnalysedMessage, word: Word) -> bool:
    """Is what ``word`` promises a change in the reader's own figures: the clause's
    verb of change has the reader as its subject ("kulunne laskevat", "säästätte",
    "{{yritys}} kasvaa"), or is guaranteed outright ("nurmisato kasvaa taatusti
    20 %")? A figure there is the promise itself, not a term of it."""
    sentence_words = msg.sentence_words(msg.sentences[word.sentence])
    for verb in own_clauses(msg, word):
        if verb.lemma in _RESULT_STATES and any(
            w.head == verb.i and w.dep in ("cop", "nsubj:cop") and w.addresses_reader
            for w in sentence_words
        ):
            return True  # "olette varmasti tyytyväisiä": how the reader will feel
        dependents = [w for w in sentence_words if w.head == verb.i]
        # "kesäkautesi myydään loppuun jo toukokuussa": the reader's stock sold out
        sold_out = verb.lemma == "myydä" and any(w.lower == "loppuun" for w in dependents)
        if (verb.lemma not in _RESULT_VERBS and not sold_out) or verb.pos not in ("VERB", "AUX"):
            continue
        if verb.addresses_reader:
            return True
        if any(
            (
                (w.dep.startswith("nsubj") or (sold_out and w.dep == "obj"))
                and (w.addresses_reader or w.is_placeholder)
            )
            or w.lower in _GUARANTEEING
            for w in dependents
        ):
            return True
    return False


_GUARANTEEING = frozenset({"taatusti", "takuulla", "takuuvarmasti"})
_RESULT_STATES = frozenset({"tyytyväinen", "vakuuttunut", "ilahtunut"})


def is_quoted(msg: AnalysedMessage, word: Word) -> bool:
    """Is the word inside quotation marks on its line?"""
    line_start = msg.source.rfind("\n", 0, word.start) + 1
    before = msg.source[line_start : word.start]
    return sum(before.count(q) for q in QUOTES) % 2 == 1


_SAYING = frozenset({"kertoa", "sanoa", "mainita", "kuvata", "kirjoittaa", "todeta", "valittaa"})


_ANSWERING = frozenset(
    {"vastata", "sanoa", "kysyä", "todeta", "kuitata", "huudahtaa", "kirjoittaa",
     # a mention, not irony: haku "autokorjaamo Kangasala", hakusana "putkiremontti"
     "haku", "hakusana", "hakulauseke", "sana", "termi", "otsikko", "nimi",
     "synonyymi", "avainsana", "hakutermi", "esimerkki",
     # a search typed: Kun haetaan "kukkakauppa Kallio"
     "hakea", "etsiä", "googlata", "googlettaa",
     # a document's wording: palautusajaksi on kirjattu "kohtuullisessa ajassa"
     "kirjata", "mainita", "määritellä", "määrittää", "lukea",
     # printed wording: painatus "ympäristöystävällinen valinta", slogan "aina paikalla"
     "painatus", "teksti", "merkintä", "slogan", "iskulause", "mainoslause", "väite",
     # an official grade or rating: Oiva-arvosana "korjattavaa", luokitus "hyvä"
     "arvosana", "arvio", "luokitus", "luokka", "tulos",
     # a message's words: huijari lähettää viestin "laskunne erääntyy", aihe "Muistutus"
     "viesti", "sähköposti", "aihe", "aiherivi", "ilmoitus", "lause", "kehote", "muistutus",
     # a form's or a report's labels: kaksi saraketta, "raja ennen" ja "raja jälkeen"
     "sarake", "kenttä", "nimike", "välilehti", "valikko", "painike"}
)  # fmt: skip
_DOCUMENTING = frozenset({"kirjata", "mainita", "määritellä", "määrittää", "lukea"})


def opens_scare_quote(msg: AnalysedMessage, sentence: Sentence, word: Word) -> bool:
    """The first word of a few words in quotation marks that the writer holds at a
    distance: Kilpailijan "joustava kapasiteetti", heidän "24/7-tukensa". Not a
    name or title (capitalised inside the sentence: "Pikatilaus"), and not the
    reader's own words ("kuvasitte palvelua sanalla "hidas"")."""
    if not is_scare_quoted(msg, word):
        return False
    before = msg.source[: word.start].rstrip(" ")
    if not before or before[-1] not in QUOTES:
        return False
    words = [w for w in msg.sentence_words(sentence) if not w.is_punct]
    if (word.text[:1].isupper() and words and words[0].i != word.i) or word.is_name:
        return False
    if cites_wording(msg, sentence, word):
        return False
    return not reported_by_reader(msg, sentence)


def cites_wording(msg: AnalysedMessage, sentence: Sentence, word: Word) -> bool:
    """The quoted words are cited as said, searched or printed, not held at a distance:
    "toimittajat vastaavat lähes kaikkiin ”kyllä”", painatus "ympäristöystävällinen"."""
    end = _quote_end(msg, sentence, word)
    tail = _OPEN_COMPOUND_TAIL.match(msg.source, end) if end >= 0 else None
    if tail is not None and tail.group(1).lower().startswith(_WORDS_SAID):
        # 'palautteen "vastaanottoa vaikea löytää" -maininnat': a phrase named as what was
        # said ('"kauppa viikossa" -toimisto' still sneers at a kind of agency)
        return True
    all_words = msg.sentence_words(sentence)
    words = [w for w in all_words if not w.is_punct]
    earlier = [w for w in words if w.i < word.i][-4:]
    if earlier and earlier[-1].lemma == "kuten":
        return True  # 'ohjeartikkelit, kuten "mikä on lämmönvaihdin"': an example, cited
    if (
        len(earlier) >= 2
        and earlier[-1].lemma in ("tai", "ja", "sekä")
        and is_quoted(msg, earlier[-2])
    ):
        # 'kuten "kartonkirasia" tai "kierrätettävä kuplamuovi"': one of a list cited
        opening = earlier[-2]
        while opening.i > 0 and msg.words[opening.i - 1].sentence == word.sentence:
            before = msg.source[max(0, opening.start - 3) : opening.start].rstrip(" ")
            if before and before[-1] in QUOTES:
                return cites_wording(msg, sentence, opening)
            opening = msg.words[opening.i - 1]
        return False
    # "Oiva-arviot: 12 "oivallista" ja 2 "hyvää"": the label before a colon names
    # what the quoted list is
    colon = next((w.i for w in all_words if w.text == ":" and w.i < word.i), None)
    if colon is not None:
        earlier += [w for w in words if w.i < colon][-3:]
    # (a participle only of a document's verbs: "niin sanottu "tekoäly"" is irony)
    return any(
        (w.lemmas | word_heads(w)) & _ANSWERING or participle_verbs(w) & _DOCUMENTING
        for w in earlier
    )


# a quotation made the first part of an open compound: '"kyllä" -vastaukset'
_OPEN_COMPOUND_TAIL = re.compile(r" -(\w+)")
# what a quoted phrase is when it is only named: mentions, answers, search words
_WORDS_SAID = (
    "mainin", "vastau", "kommen", "palaut", "haku", "haki", "kysymy", "lause", "sana",
    "viesti", "otsiko", "otsikko", "arvio", "arvosan",
)  # fmt: skip


def _quote_end(msg: AnalysedMessage, sentence: Sentence, word: Word) -> int:
    """Where the quotation holding ``word`` closes (just past its mark), or -1."""
    for k in range(word.end, sentence.end):
        if msg.source[k] in QUOTES:
            return k + 1
    return -1


def participle_verbs(word: Word) -> frozenset[str]:
    """ "kirjattu" -> "kirjata": the verb a participle is made of."""
    return frozenset(r.parts[-1] for r in word.readings if r.participle and r.parts)


def reported_by_reader(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """The sentence tells what the reader said: "kuvasitte palvelua sanalla "hidas"",
    "Kerroit, että toinen tarjoaja mainostaa olevansa "Pohjoismaiden johtava"": the
    quotation marks are the reader's report, not the writer's irony."""
    return any(_reader_says(w) for w in msg.sentence_words(sentence))


def _reader_says(word: Word) -> bool:
    """ "kerroitte", "mainitsit": a 2nd-person verb of saying, also when the tagger
    took the capitalised first word of a sentence for a name."""
    # "sano" in "En sano, että…" is the writer's connegative, read as an imperative
    return any(
        r.person == 2
        and r.baseform in _SAYING
        and r.word_class == "teonsana"
        and r.mood != "imperative"
        for r in word.readings
    )


def said_by_reader(msg: AnalysedMessage, sentence: Sentence, word: Word) -> bool:
    """The words are the reader's own, told back: the "että" clause of "Mainitsitte,
    että…", "Kerroit, että…", a sentence opening "Kuten kerroitte," or one said
    "teidän mukaanne"."""
    words = msg.sentence_words(sentence)
    if _said_in_frame(words, word, _reader_says):
        return True  # "Kuten kerroitte, nykyinen toimittajanne on hidas"
    colon = next((w.i for w in words if w.text == ":" and w.i < word.i), None)
    if colon is not None and any(_reader_says(w) for w in words if w.i < colon):
        return True  # "…, mitä kerroitte huoltosopimuksista: asiakkaat eivät tiedä…"
    return any(w.lemma == "mukaan" and (w.possessive or "").startswith("2") for w in words)


_CONGRATULATING = frozenset({"onnittelu", "onnitella", "onni", "onnentoivotus"})


def is_about_reader(msg: AnalysedMessage, first: Word, last: Word) -> bool:
    """The phrase belongs to the reader: "johtava asiantuntijanne", "teidän alanne johtava"."""
    span = msg.words[first.i : last.i + 1]
    head = msg.words[last.head]
    # (not a word the thing goes to: "maailmanluokan osaaminen tehtaallenne" is offered)
    after = [w for w in msg.words[last.i + 1 : last.i + 3] if w.i == head.i or w.case != "All"]
    nearby = [*span, head, *after]
    # (within the sentence: "…julkisivuasentajat" is not the next slide's "Julkisivunne")
    if any((w.possessive or "").startswith("2") and w.sentence == first.sentence for w in nearby):
        return True
    # "kalatiskisi on kaupungin paras": the subject of the copula the phrase predicates
    sentence_all = msg.sentence_words(msg.sentences[first.sentence])
    predicate = {w.i for w in (*span, head)}
    if any(
        w.head in predicate and w.dep.startswith("nsubj") and (w.possessive or "").startswith("2")
        for w in sentence_all
    ) and any(w.head in predicate and w.dep == "cop" for w in sentence_all):
        return True
    # "teillä taitaa olla Lapin edistyksellisin kenttä": what the reader has
    # (the possessor may head the clause: "Teillä" with "olla" as its cop:own)
    if head.dep.startswith("nsubj") and head.head != head.i:
        verb = msg.words[head.head]
        if (verb.case == "Ade" and verb.addresses_reader) or (
            verb.lemma == "olla"
            and any(
                w.head == verb.i and w.case == "Ade" and w.addresses_reader for w in sentence_all
            )
        ):
            return True
    # "Onnittelut Kuopion parhaalle kahvilalle": the one congratulated is never the seller
    congratulated = head.case == "All" or head.dep == "obj"
    if congratulated and msg.words[head.head].lemma in _CONGRATULATING:
        return True
    # ("teidän alanne johtava", "yksi kauppanne parhaista työkaluista": the reader's
    # genitive just before ranks what is theirs)
    sentence_words = msg.words[first.i - min(first.i, 3) : first.i]
    owned = {w.i for w in span} | {head.i}
    return any(
        w.sentence == first.sentence
        and (
            (w.case == "Gen" and w.person == 2)
            # the reader's possessed genitive on the phrase ("nostamme palvelunne
            # huippuluokkaan" is the seller's object, no owner)
            or ((w.possessive or "").startswith("2") and w.dep == "nmod:poss" and w.head in owned)
        )
        for w in sentence_words
    )


def clause_head(
    msg: AnalysedMessage, word: Word, starts: Callable[[Word], bool] | None = None
) -> Word:
    """The head of the word's clause: the first finite word, root or clause boundary
    (``starts``, by default :func:`_starts_clause`) on the way up the tree."""
    starts = starts or _starts_clause
    head = word
    for _ in range(12):
        if starts(head) or head.head == head.i or head.finite:
            break
        head = msg.words[head.head]
    return head


def may_be_present(verb: Word) -> bool:
    """ "voitte" is a past and a present of "voida" alike: a form with a present
    reading of its own base form is not taken for the past."""
    reading = verb.reading
    # (the imperative "toimi" is no present of a 3rd-person "laskutus toimi moitteetta")
    return reading is not None and any(
        r.baseform == reading.baseform
        and r.tense == "present_simple"
        and not (r.mood == "imperative" and verb.person == 3)
        for r in verb.readings
    )


def word_heads(word: Word) -> set[str]:
    """The base forms of a word and their compound tails ("mittaustulokset" -> tulos)."""
    return {h for r in word.readings for h in r.heads}


def _said_in_frame(
    words: list[Word],
    word: Word,
    says: Callable[[Word], bool],
    says_as: Callable[[Word], bool] | None = None,
) -> bool:
    """Someone says what the word's clause says: a verb of saying frames its "että"
    clause ("Mainitsitte, että…", ``says``) or opens the sentence after "Kuten"
    ("Kuten Anna sanoi, …", ``says_as``, by default ``says``)."""
    if any(says(w) for w in that_frame(words, word, 4)):
        return True
    opening = [w for w in words if not w.is_punct][:4]
    return (
        bool(opening) and opening[0].lemma == "kuten" and any((says_as or says)(w) for w in opening)
    )


_PAST_DATES = frozenset({"viime", "viimeksi", "eilen", "toissa"})


def reports_past(msg: AnalysedMessage, word: Word) -> bool:
    """The word's clause tells what happened: its verb is in the simple past
    ("tuplasimme", "hävikki puolittui", "tulos oli varma"), the perfect ("olemme
    puolittaneet") or the progressive ("on kääntymässä"). A result reported is
    evidence, not a promise."""
    if word.dep.startswith(("aux", "cop")):
        word = msg.words[word.head]  # "Ette ole menettäneet": the clause of the verb helped
    head = clause_head(msg, word)
    sentence = msg.sentence_words(msg.sentences[head.sentence])
    helpers = [
        w
        for w in sentence
        if w.head == head.i and w.i != head.i and (w.dep == "cop" or w.dep.startswith("aux"))
    ]
    for verb in [head, *helpers]:
        reading = verb.reading
        if reading is None or verb.pos not in ("VERB", "AUX") or may_be_present(verb):
            continue
        if reading.tense == "past_imperfective":
            return True
    # "viime sesonkina ei yhtään katkoa": a clause with no verb, dated in the past
    if head.pos not in ("VERB", "AUX") and any(
        w.lemma in _PAST_DATES and (w.head == head.i or msg.words[w.head].head == head.i)
        for w in sentence
    ):
        return True
    perfect = any(w.lemma == "olla" and w.dep.startswith("aux") for w in helpers)
    # "murtoa ei tapahtunut": the negative past is "ei" with the past participle
    negative_past = any(w.negative and w.head == head.i for w in sentence)
    if (
        (perfect or negative_past)
        and head.reading is not None
        and head.reading.participle == "past_active"
    ):
        return True
    # "työ on ollut poikkeuksetta tarkkaa": the perfect of the copula, its participle
    # a helper of the predicate
    if perfect and any(
        w.dep == "cop" and w.reading is not None and w.reading.participle == "past_active"
        for w in helpers
    ):
        return True
    # "hävikki on saatu puolitettua": the perfect passive
    # ("eikä yhtään kuormaa hylätty": the negative past passive, "ei" with it, too)
    if (
        (perfect or negative_past)
        and head.reading is not None
        and head.reading.participle == "past_passive"
    ):
        return True
    # "kustannus on … kaksin- tai kolminkertaistunut": a perfect the parser split, the
    # participle hung on the wrong word and "on" on another; "oppilasmäärä on
    # kääntymässä laskuun": the progressive tells what is already happening
    progressive = word.case == "Ine" and any(r.mood == "MA-infinitive" for r in word.readings)
    return (
        word.pos == "VERB"
        and word.reading is not None
        and (word.reading.participle == "past_active" or progressive)
        and any(
            w.lemma == "olla" and w.finite and w.i < word.i
            for w in msg.sentence_words(msg.sentences[word.sentence])
        )
    )


def inherited_subjects(msg: AnalysedMessage, word: Word) -> list[Word]:
    """The subject a clause without its own takes from the clause it depends on:
    Finnish drops a repeated 3rd-person subject ("Monet toimistot ottavat
    asiakkaan ja huomaavat, etteivät osaa…": the offices do not know). Empty when
    the word's own clause has a subject."""
    sentence = msg.sentence_words(msg.sentences[word.sentence])
    head = clause_head(msg, word)
    # only a 3rd-person verb leaves its subject to the context: "emme osaa",
    # "osaatteko" and the passive name their own
    persons = {w.person for w in sentence if w.i == head.i or (w.head == head.i and w.dep == "aux")}
    if 3 not in persons or persons & {1, 2, 4}:
        return []
    own = True
    for _ in range(4):
        subjects = [w for w in sentence if w.head == head.i and w.dep.startswith("nsubj")]
        if subjects:
            return [] if own else subjects
        if head.head == head.i:
            return []
        head, own = clause_head(msg, msg.words[head.head]), False
    return []


_CONDITIONAL = frozenset({"jos", "mikäli", "jollei", "ellei"})
_RHETORICAL = frozenset({"entä", "mitä", "kuvitella"})  # "Entä jos…": a proposal, asserted


def is_unasserted(msg: AnalysedMessage, sentence: Sentence, word: Word) -> bool:
    """Said but not asserted by the writer: supposed in a condition ("Jos haluatte
    taata tietoturvan, …"), advised or required ("kannattaa aina…", "on aina
    ilmoitettava"), or asked ("Voitteko taata…?", "Toimivatko varmuuskopionne
    aina?"). The writer's own 1st person stays asserted ("Haluatteko, että
    takaamme…?"), and so does a rhetorical proposal ("Entä jos voisimme taata…?")."""
    words = msg.sentence_words(sentence)
    if _in_condition(words, word) or _aimed_at(words, word) or is_reported(words, word):
        return True
    if _only_if_after(words, word) or _hypothetical_consequence(words, word):
        return True
    head = clause_head(msg, word)
    if _purpose_or_aim(msg, words, head, word) or _advice_or_duty(words, head):
        return True
    if _asked_indirectly(words, word) or _wondered(msg, words, head):
        return True
    if not msg.text(sentence.start, sentence.end).rstrip().endswith("?"):
        return False
    # A question asks; it promises only in the writer's own voice ("Haluatteko,
    # että takaamme…?") or as a proposal ("Entä jos…?", "Mitä jos…?").
    opening = [w for w in words if not w.is_punct][:2]
    if any(w.lemma in _RHETORICAL for w in opening):
        return False
    for _ in range(4):
        persons = {
            w.person
            for w in words
            if w.finite and (w.i == head.i or (w.head == head.i and w.dep in ("aux", "cop")))
        }
        if 1 in persons:
            return False
        if head.head == head.i:
            return True
        head = clause_head(msg, msg.words[head.head])
    return True


_ADVICE = frozenset({"kannattaa", "täytyä", "pitää", "tarvita"})
_REQUIRING = frozenset({"vaatia", "edellyttää"})
_VOUCHING = frozenset({"luvata", "taata", "vakuuttaa", "varmistaa", "vannoa"})
_ASKING = frozenset({"kysyä", "tiedustella", "miettiä", "pohtia", "ihmetellä"})
# what one finds out: "selvitetään, miten läpimenoaika puolittuu" asks, it does not promise
_FINDING_OUT = _ASKING | {"selvittää", "tutkia", "kartoittaa", "arvioida", "laskea", "testata"}


def _wondered(msg: AnalysedMessage, words: list[Word], head: Word) -> bool:
    """ "Voisimmeko selvittää, miten läpimenoaika puolittuu?": a clause opened by a
    question word under a verb of asking or finding out is a question, whoever asks."""
    if head.dep != "ccomp" or head.head == head.i:
        return False
    opener = next((w for w in words if w.head == head.i and w.i < head.i and not w.is_punct), None)
    return (
        opener is not None and opener.interrogative and msg.words[head.head].lemma in _FINDING_OUT
    )


# what the writer measured is perceived too: "Mittasimme asiakkaillamme, että … puolittuu"
_PERCEIVING = frozenset(
    {"lukea", "kuulla", "huomata", "havaita", "nähdä", "mitata", "tutkia", "selvittää", "testata"}
)  # fmt: skip

_REPORTING = _PERCEIVING | {
    "kertoa", "mainita", "sanoa", "väittää", "todeta", "kuvata", "kirjoittaa", "kehua"
}  # fmt: skip


def _first_person(words: list[Word], verb: Word) -> bool:
    """ "kerroin", "olemme kertoneet": the verb or its auxiliary in the 1st person."""
    return verb.person == 1 or any(
        w.head == verb.i and w.dep.startswith("aux") and w.person == 1 for w in words
    )


def is_reported(words: list[Word], word: Word) -> bool:
    """ "Luin paikallislehdestä, että kapasiteettinne kaksinkertaistuu": what the
    writer read, heard or was told, in the past tense, or a claim "jonka mukaan…", is
    news passed on, not a promise ("huomaatte, että säästätte" still promises)."""

    def reported(w: Word) -> bool:  # past, or passive ("sanotaan, että…": hearsay)
        return (
            bool(({w.lemma} | participle_verbs(w)) & _REPORTING)  # "huomanneet" -> "huomata"
            and w.reading is not None
            and (
                w.reading.tense == "past_imperfective"
                or w.reading.participle == "past_active"
                or w.person == 4
            )
            # "Kerroin jo, että takaamme…" restates the writer's own claim; what the
            # writer saw ("olemme huomanneet, että…") is an observation passed on
            and not (
                not ({w.lemma} | participle_verbs(w)) & _PERCEIVING and _first_person(words, w)
            )
        )

    def reported_as(w: Word) -> bool:  # "Kuten Anna sanoi,"; "Kuten sanoin," is the writer's
        return w.lemma in _REPORTING and w.person == 3

    def found(w: Word) -> bool:  # "yleisin löydös on ollut, että…": what was seen, told
        return reported(w) or (w.lemma in _WHAT_WAS_SEEN and w.dep.startswith("nsubj"))

    # "väitteeseen, jonka mukaan tekoäly tuplaa tuottavuuden": a claim cited
    before = [w for w in words if w.i < word.i and not w.is_punct]
    claimed = any(
        w.lemma == "mukaan" and n > 0 and before[n - 1].lemma == "joka"
        for n, w in enumerate(before)
    )
    return claimed or _said_in_frame(words, word, found, reported_as)


# what was seen in past work: "Yleisin löydös on ollut, että kulutus puolittuu"
_WHAT_WAS_SEEN = frozenset({"löydös", "havainto", "huomio", "johtopäätös"})


# Published sources: what one of them says is a fact cited, not the writer's verdict.
PUBLISHED_SOURCES = frozenset(
    {"tiedote", "häiriötiedote", "raportti", "kysely", "tutkimus", "selvitys", "tilasto",
     "uutinen", "lehti", "testi", "arvio", "arvostelu", "katsaus", "tiedonanto",
     "pörssitiedote", "vuosikertomus", "tiedotus", "julkaisu", "mittaus", "barometri",
     "indeksi"}
)  # fmt: skip


def label_end(msg: AnalysedMessage, sentence: Sentence) -> int | None:
    """Where a sentence-initial label ends: a few words without a verb, then ":"."""
    for w in msg.sentence_words(sentence)[:6]:
        if w.text == ":":
            return w.start
        if w.finite:
            return None
    return None


def cites_source(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """The sentence cites a published source: "Traficomin häiriötiedotteen mukaan…",
    "tuoreessa ostajakyselyssä kaksi kolmesta kertoi…", "kyselyssä (Kanava, 1 200
    vastaajaa)", a label "Lehden arvio:" or a
    slide titled "Metsälehden testi". Not the writer's own ("testissämme"), and not
    a vendor's document judged ("Kilpailijan raporteista ei ole hyötyä")."""
    words = [w for w in msg.sentence_words(sentence) if not w.is_punct]

    def source(w: Word) -> bool:
        # (not a word of a firm's name: "Miksi ei Sarastus Mittaus")
        named = w.text[:1].isupper() and w.i != msg.sentences[w.sentence].first
        return (
            bool(word_heads(w) & PUBLISHED_SOURCES)
            and not (w.possessive or "").startswith("1")
            and not named
        )

    told = any(w.lemma in _CITING for w in words)
    # "kuluttajakyselyssä (Tutkimustoimisto Kanava, 1 200 vastaajaa) … tunnetuin": the
    # source's details in brackets
    detailed = "(" in msg.text(sentence.start, sentence.end) and sentence_is_concrete(msg, sentence)
    for n, w in enumerate(words):
        if w.case in ("Ine", "Ela") and (told or detailed) and source(w):
            return True  # "kyselyssä … kertoi", "tiedotteesta käy ilmi"
        if (
            w.case == "Gen"
            and any(v.lemma == "mukaan" for v in words[n + 1 : n + 3])
            # ("Kauppiasliiton syyskuussa julkaiseman vertailun mukaan": whatever the
            # noun, a published work is a source)
            and (source(w) or any(d.head == w.i and d.lemma.startswith("julkais") for d in words))
        ):
            return True
    # "Lehden arvio nosturista: …": a label of a few words without a verb
    end = label_end(msg, sentence)
    # (one source is cited: "Isojen konsulttitalojen raportit: satoja sivuja…" labels
    # what a kind of vendor writes, not a source)
    if end is not None and any(
        source(w) and not (w.reading is not None and w.reading.number == "pl")
        for w in words
        if w.end <= end
    ):
        return True
    # ("## Miksi muiden selvitykset eivät kelpaa": others' documents judged, in the plural;
    # "# Nykyinen mittauksesi ei riitä": the reader's own, which no one published)
    # ("## Haapamäen Energian edellinen testi Kyberkilveltä": the reader's last test,
    # bought from a vendor, is that vendor's work judged, no publication; so is "##
    # Nykyinen toimittajasi – arvostava katsaus", the writer's review of them)
    return any(
        source(w)
        and w.case == "Nom"
        and not (w.reading is not None and w.reading.number == "pl")
        and not w.possessive
        and not any(
            d.lemma in FORMER_OR_CURRENT or (d.head == w.i and d.case == "Abl")
            for d in msg.sentence_words(title)
        )
        for title in slide_titles(msg, sentence)
        for w in msg.sentence_words(title)
    )


# the reader's provider now or before: "edellinen toimittajanne", "nykyinen testi"
FORMER_OR_CURRENT = frozenset({"edellinen", "entinen", "aiempi", "nykyinen"})


_CITING = frozenset(
    {"kertoa", "todeta", "mainita", "ilmoittaa", "vastata", "arvioida", "sanoa", "ilmetä",
     "ilmi", "raportoida", "kirjoittaa", "arvioitu"}
)  # fmt: skip


def _asked_indirectly(words: list[Word], word: Word) -> bool:
    """ "Kysyitte, voimmeko taata, että…": a question reported, in any person; the
    -ko verb at or before the match, a verb of asking before that."""
    before = [w for w in words if w.i <= word.i]
    for n in range(len(before) - 1, -1, -1):
        if before[n].finite and before[n].clitic_ko:
            return any(w.lemma in _ASKING for w in before[:n])
    return False


_AIMS = frozenset(
    {"tavoite", "tavoitella", "pyrkiä", "pyrkimys", "tähdätä", "toive", "toivoa", "haluta",
     "päämäärä", "missio", "visio", "unelma", "yrittää"}
)  # fmt: skip


def _aimed_at(words: list[Word], word: Word) -> bool:
    """An aim, not a promise: the "että" clause of "Tavoitteemme on, että asiakas on
    aina tyytyväinen", "Pyrimme siihen, että…", "Haluamme, että…" (the surface
    decides: the parser often hangs the main clause under the "että" clause)."""
    if word.refers_to_seller:  # "Haluatteko, että takaamme…": a promise, asked
        return False
    return any(w.lemma in _AIMS and w.person != 2 for w in that_frame(words, word, 4))


# aims that take an infinitive; "haluamme taata" still promises
_INFINITIVE_AIMS = _AIMS - {"haluta", "toivoa"}


def _purpose_or_aim(msg: AnalysedMessage, words: list[Word], head: Word, word: Word) -> bool:
    """A purpose or an aim, not a promise: "Jotta kaikki sujuu ongelmitta, …",
    "Tavoitteenamme on puolittaa käsittelyaika", "Pyrimme puolittamaan vasteajan"."""
    if any(w.head == head.i and w.dep == "mark" and w.lemma == "jotta" for w in words):
        return True
    # "tulen illalla, ettei käynnistä olisi teille mitään vaivaa": "että" with the
    # conditional after a plain main verb says what for (not "takaamme, ettei…", nor
    # the result of "toteutettaisiin niin, ettei … koituisi seuraamuksia")
    if (
        any(w.head == head.i and w.dep == "mark" and w.lemma == "että" for w in words)
        and not any(w.lower in ("niin", "siten") and w.i < head.i for w in words)
        and any(
            v.reading is not None and v.reading.mood == "conditional"
            for v in words
            if v.i == head.i or (v.head == head.i and v.dep in ("aux", "cop"))
        )
        and head.head != head.i
        and not msg.words[head.head].lemmas & _VOUCHING
    ):
        return True
    # the parser may hang the aim on the infinitive: "Tavoitteenamme on puolittaa"
    if not head.finite and any(
        w.head == head.i and w.dep.startswith("nsubj") and w.lemma in _INFINITIVE_AIMS
        for w in words
    ):
        return True
    node = word
    for _ in range(4):  # up the infinitive chain: "pyrimme voimaan puolittamaan",
        if node.head == node.i:  # "yritämme aina löytää"
            return False
        parent = msg.words[node.head]
        if node.dep.startswith(("xcomp", "csubj")) and parent.lemma in _INFINITIVE_AIMS:
            return True
        if (
            node.dep.startswith("xcomp")
            and parent.lemma in ("haluta", "toivoa")
            and parent.finite
            and parent.person == 3
        ):
            return True  # "viranomaiset haluavat taata, että…": someone else's aim
        node = parent
    return False


def that_frame(words: list[Word], word: Word, width: int) -> list[Word]:
    """The ``width`` words before the nearest "että" that precedes ``word``: what
    frames its clause ("Tavoitteemme on, että…", "tiedän, että…"); empty without one."""
    before = [w for w in words if w.i < word.i and not w.is_punct]  # the comma is no word
    result: list[Word] = []
    for n in range(len(before) - 1, -1, -1):
        if before[n].lemma != "että":
            continue
        if n > 0 and before[n - 1].lower in _JOINING_THAT:
            continue  # "Kerroit, että … ja että …": the second clause shares the first's frame
        frame = before[max(0, n - width) : n]
        if n > 0 and before[n - 1].lower == "niin":
            # "Kerroit, että anturit likaantuivat niin, ettei…": a result clause goes
            # with the clause it grades, so an outer "että" frames both
            result = result or frame
            continue
        return frame
    return result


_JOINING_THAT = frozenset({"ja", "sekä", "tai", "eikä"})


def _advice_or_duty(words: list[Word], head: Word) -> bool:
    """Advice or a duty, not a promise: "annostelija kannattaa aina sijoittaa…",
    "suojaimet pitää aina tarkistaa", "loukkaus on aina ilmoitettava" (the
    passive present participle with "olla")."""
    clause = [w for w in words if head.i in (w.i, w.head)]
    # only as a modal with an infinitive: "pidämme aina lupauksemme" is a promise
    # "ei tarvitse enää murehtia" frees the reader of a worry: a promise, not advice
    modal = [
        w
        for w in clause
        if w.lemma in _ADVICE
        and (w.i == head.i or w.dep == "aux")
        and not (
            w.lemma == "tarvita" and any(d.head in (w.i, w.head) and d.negative for d in words)
        )
    ]
    if any(w.head == m.i and w.dep.startswith("xcomp") for m in modal for w in words):
        return True
    # "Messukeskus vaatii aina hygieniapassin": a rule another party sets on the reader
    if head.lemma in _REQUIRING and head.person == 3:
        return True
    necessive = any(r.participle == "present_passive" for r in head.readings)
    return necessive and any(w.lemma == "olla" and w.dep in ("cop", "aux") for w in clause)


_SHARES = frozenset({"valtaosa", "enemmistö", "vähemmistö"})


def said_of_a_share(msg: AnalysedMessage, word: Word) -> bool:
    """ "Suurin osa vuokrasuhteista päättyy ilman ongelmia", "Useimmat asiakkaat saavat
    vastauksen heti": what holds for most cases is a tendency, not an absolute."""
    head = clause_head(msg, word)
    sentence = msg.sentence_words(msg.sentences[word.sentence])
    for subject in (w for w in sentence if w.head == head.i and w.dep.startswith("nsubj")):
        modifiers = [w for w in sentence if w.head == subject.i and w.dep in ("amod", "det")]
        if subject.lemma in _SHARES:
            return True
        if subject.lemma == "osa" and any(m.lemma == "suuri" for m in modifiers):
            return True
        if any(m.lemma == "usea" and m.lower.startswith("useimm") for m in modifiers):
            return True
    return False


def _only_if_after(words: list[Word], word: Word) -> bool:
    """ "Lomautus sujuu ilman ongelmia vain, jos ilmoitus tehdään ajallaan": a claim
    bounded by the condition after it ("only if") states a requirement, not a promise."""
    after = [w for w in words if w.i > word.i and not w.is_punct]
    return any(
        w.lemma == "vain" and n + 1 < len(after) and after[n + 1].lemma in _CONDITIONAL
        for n, w in enumerate(after)
    )


def _hypothetical_consequence(words: list[Word], word: Word) -> bool:
    """ "Jos hyväksyisitte ehdon, takaisitte ostajalle virheettömän lopputuloksen": the
    reader's own guarantee, imagined after a supposed condition, is no promise of the
    seller's ("jos valitsisitte meidät, säästäisitte varmasti" still is one)."""
    if (
        word.lemma not in PROMISING
        or word.person != 2
        or word.reading is None
        or word.reading.mood != "conditional"
    ):
        return False
    before = [w for w in words if w.i < word.i]
    return any(
        w.lemma in _CONDITIONAL
        and any(
            v.finite and v.reading is not None and v.reading.mood == "conditional"
            for v in before[n + 1 :]
        )
        for n, w in enumerate(before)
    )


def _in_condition(words: list[Word], word: Word) -> bool:
    """Between "jos" and the comma that ends its clause (the parser often hangs the
    main clause under the condition, so the surface decides)."""
    before = [w for w in words if w.i < word.i]
    for n in range(len(before) - 1, -1, -1):
        w = before[n]
        if w.text in (",", ";", ":"):
            return False
        # "varaavat testin vasta, kun tulos on varmasti rajan alla": "vasta kun" sets
        # a precondition
        only_when = w.lemma == "kun" and any(v.lemma == "vasta" for v in before[max(0, n - 3) : n])
        # "vaikka erotin toimisi moitteettomasti": a concession in the conditional
        # supposes, it does not assert
        supposed = w.lemma == "vaikka" and any(
            v.reading is not None and v.reading.mood == "conditional" and v.finite
            for v in [*before[n:], word]
        )
        if w.lemma in _CONDITIONAL or only_when or supposed:
            # "Entä jos…", "Kuvitelkaa, jos…": a proposal put as a question
            if any(v.lemma in _RHETORICAL for v in before[max(0, n - 2) : n]):
                return False
            return not any(v.refers_to_seller for v in before[n:]) and not word.refers_to_seller
    return False


def clause_words(
    msg: AnalysedMessage, word: Word, depth: int = 0, *, by_subject: bool = False
) -> list[Word]:
    """The words of the clause ``word`` belongs to (subordinate clauses left out)."""
    head = clause_head(msg, word)
    sentence = msg.sentence_words(msg.sentences[word.sentence])
    result = _under(msg, sentence, head, _starts_clause)
    parent = msg.words[head.head]
    # A coordinated verb shares its subject ("Olemme alan johtava toimija ja
    # tarjoamme…"); a relative clause speaks of its antecedent ("toimittaja, joka
    # rahastaa"): the clause they attach to counts as theirs.
    # With ``by_subject``, a coordinated clause with a subject of its own speaks of
    # that subject ("Tiedämme, että…, ja se onnistuu parhaiten" is not about us).
    # (a "relative clause" with no relative pronoun hung on a verb is misparsed:
    # "…käsitellään verotietoja, joten yksi klikkaus voi tulla kalliiksi" is a clause
    # of its own; ", mikä on heille tyypillistä" sums up the clause it hangs on)
    relative = parent.pos not in ("VERB", "AUX") or any(w.lemma in ("joka", "mikä") for w in result)
    shares = (head.dep.startswith("acl") and relative) or (
        head.dep == "conj" and not (by_subject and any(w.dep.startswith("nsubj") for w in result))
    )
    if depth < 2 and parent.i != head.i and shares:
        result.extend(clause_words(msg, parent, depth + 1))
    return result


_POINTING_BACK = frozenset({"se", "tämä", "tuo", "näin", "niin", "siten"})
_REASONS = frozenset({"sillä", "koska"})


def own_clauses(msg: AnalysedMessage, word: Word) -> list[Word]:
    """The word's main clause with everything under it, but not the main clauses
    coordinated with it: in "Samat kaksi vartijaa kiertävät kohdetta, ja takaamme
    reagoinnin aina välittömästi" the figure belongs to the first clause only, while
    "Takaamme, että osat ovat perillä 5 päivässä" keeps its "että" clause. A clause
    after a colon spells out the one before it, and one that points back ("eikä sitä
    lyhyemmistä katkoista makseta") leans on it: then the whole sentence counts. A
    coordinated clause after ours that points back to it and opens a colon is ours too."""
    sentence = msg.sentence_words(msg.sentences[word.sentence])

    def starts(node: Word) -> bool:
        # "…, ja hän on varmasti sellainen kuin toivot": a nominal predicate with its
        # own copula is a clause of its own
        return _starts_clause(node) or (
            node.dep == "conj"
            and any(w.head == node.i and w.dep == "cop" and w.finite for w in sentence)
        )

    top = clause_head(msg, word, starts)
    if top.dep == "advcl" and any(
        w.head == top.i and w.lower in _REASONS and w.dep == "mark" for w in sentence
    ):
        # "…, sillä huoneet myydään varmasti loppuun": a reason is asserted on its own,
        # and the main clause's month or figure sets no term of it
        return _under(msg, sentence, top, lambda node: False)
    for _ in range(12):
        if top.head == top.i or (top.dep == "conj" and starts(top)):
            break
        top = clause_head(msg, msg.words[top.head], starts)
    if top.head != top.i and (
        any(w.text == ":" for w in msg.words[top.head : top.i])
        or any(w.lemma in _POINTING_BACK for w in clause_words(msg, top))
    ):
        return sentence

    def coordinated(node: Word) -> bool:  # a main clause coordinated with ours
        return (
            node.head == top.i
            and node.dep == "conj"
            and starts(node)
            and not any(v.text == ":" for v in msg.words[top.i : node.i])
            # "Lupaamme tuoreet aamiaiset, ja tarkoitamme sitä kirjaimellisesti: …"
            # spells ours out after the colon ("…, siitä annan sanani" only vouches)
            and not (
                node.i > top.i
                and any(w.lemma in _POINTING_BACK for w in clause_words(msg, node))
                and any(w.text == ":" and w.i > node.i for w in sentence)
            )
        )

    return _under(msg, sentence, top, coordinated)


def _under(
    msg: AnalysedMessage, sentence: list[Word], top: Word, cut: Callable[[Word], bool]
) -> list[Word]:
    """The words of the sentence whose way up the tree reaches ``top`` without
    crossing an edge ``cut`` says stops at."""
    result = []
    for w in sentence:
        node = w
        for _ in range(24):
            if node.i == top.i:
                result.append(w)
                break
            if node.head == node.i or cut(node):
                break
            node = msg.words[node.head]
    return result


def _starts_clause(word: Word) -> bool:
    """A clause boundary; coordinated nominals ("kokenein ja luotetuin") are not."""
    if word.dep == "conj":
        return word.finite or word.pos in ("VERB", "AUX")
    if word.dep == "acl":  # a participle attribute ("arvostetuimmat konsultit") is not
        return word.finite
    return word.dep in _CLAUSE_DEPS


# (one set for the module: a second definition further down once overrode this one)
_COMPANY_FORMS = frozenset(
    {"oy", "oyj", "ab", "ltd", "ky", "tmi", "inc", "gmbh", "as", "ay"}
)  # fmt: skip
_CAPITALISED = re.compile(r"\b[A-ZÅÄÖ][\w-]+")
# (a header line "Lähettäjä: …", not a stand-in "{{lähettäjä}}" signing the message)
_QUOTE_START = re.compile(
    r"^\s*(?:>|-{2,}|_{3,})|\b(?:kirjoitti|wrote)\b|^\s*(?:lähettäjä|from)\s*:", re.I
)
_SIGNATURE_LINES = 6
_SENDER_DOMAIN = re.compile(r"^From:[^\n]*@([\w-]+)\.", re.MULTILINE | re.IGNORECASE)
_RECIPIENT_DOMAIN = re.compile(r"^To:[^\n]*@([\w-]+)\.", re.MULTILINE | re.IGNORECASE)
_UNACCENTED = str.maketrans("äöå", "aoa")


def _as_domain(text: str) -> str:
    """A name as a web domain spells it: "Pyöräkulma" → "pyorakulma"."""
    return text.lower().replace("-", "").translate(_UNACCENTED)


def seller_names(msg: AnalysedMessage) -> frozenset[str]:
    """Names the seller signs with, lowercased: from the lines after the closing.

    A line with a company form ("Logix Oy", even "Esimerkki Oy") gives all its
    capitalised words; a short line of capitalised words is the sender's name.
    Signatures are hidden from the language layer, so the source text is read.
    Asked of many words in every rule, so it is memoised per message.
    """
    known: frozenset[str] | None = msg.memo.get(seller_names)
    if known is None:
        known = msg.memo[seller_names] = _signed_names(msg)
    return known


def _signature_lines(msg: AnalysedMessage) -> list[str]:
    """The first lines after the closing (or of the signature), up to a quoted reply."""
    closings = [b for b in msg.blocks if b.block.kind == "closing"]
    signatures = [b for b in msg.blocks if b.block.kind == "signature"]
    if closings:
        tail = msg.source[closings[-1].block.end :]
    elif signatures:  # signed with no closing formula above
        tail = msg.source[signatures[0].block.start :]
    else:
        return []
    lines = []
    for line in [line.strip() for line in tail.splitlines() if line.strip()][:_SIGNATURE_LINES]:
        if _QUOTE_START.search(line):
            break
        lines.append(line)
    return lines


def signed_by_company(msg: AnalysedMessage) -> bool:
    """The signature names the seller's firm with its company form ("Pohjolan
    Konevuokra Oy"), so a firm's name that is not in it is another firm's."""
    return any(_has_company_form(line) for line in _signature_lines(msg))


def _has_company_form(line: str) -> bool:
    return bool({t.lower().strip(".,:;") for t in line.split()} & _COMPANY_FORMS)


def _signed_names(msg: AnalysedMessage) -> frozenset[str]:
    names: set[str] = set()
    # "From: elina@tuulensuu.fi" … "myyntipäällikkö, Kongressihotelli Tuulensuu"
    sender = _SENDER_DOMAIN.search(msg.source[: msg.message.body_start])
    for line in _signature_lines(msg):
        words = _CAPITALISED.findall(line)
        person = 0 < len(words) == len(line.split()) <= 3  # "Aino Virtanen"
        if _has_company_form(line) or person:
            names.update(w.lower() for w in words)
        elif sender is not None:
            names.update(_named_by_domain(words, sender.group(1).lower()))
    return frozenset(names - _COMPANY_FORMS)


def _place_genitive(word: Word) -> bool:
    """ "Turun", "Oulun", "Savon": a place in the genitive, which opens many firms'
    names and says where, not who."""
    return any(r.word_class == "paikannimi" for r in word.readings) and all(
        r.case == "Gen" for r in word.readings
    )


def _named_by_domain(words: list[str], domain: str) -> list[str]:
    """The capitalised words that spell the sender's domain, alone or run together:
    "Tuulensuu" for tuulensuu.fi, "Konepiste Hautala" for konepistehautala.fi."""
    for start in range(len(words)):
        for end in range(start + 1, min(start + 4, len(words)) + 1):
            run = words[start:end]
            if "".join(_as_domain(w) for w in run) == _as_domain(domain):
                return [w.lower() for w in run]
    return []


_BACK_REFERENCES = frozenset({"tämä", "se", "nämä", "ne", "kyse"})
_PLURAL_BACK = frozenset({"nämä", "ne", "he"})


def _refers_back(msg: AnalysedMessage, words: list[Word]) -> bool:
    """The clause is about what the sentence before introduced: its subject is a
    demonstrative ("Tämä on…", "Se on…") or it opens with "Kyseessä on"."""
    return any(
        w.lemma in _BACK_REFERENCES
        and (w.dep.startswith("nsubj") or (w.lemma == "kyse" and w.case == "Ine"))
        for w in words
    )


_THE_COMPANY = frozenset({"yritys", "yhtiö", "firma"})


_CLAUSE_EDGES = ("advcl", "ccomp", "csubj", "parataxis", "xcomp:ds")


def _relative_clause(msg: AnalysedMessage, word: Word) -> tuple[Word, list[Word]] | None:
    """The head and the words of the relative clause the word stands in, if any."""
    node = word
    for _ in range(8):
        if node.dep == "acl:relcl":
            break
        if node.head == node.i or node.dep.startswith(_CLAUSE_EDGES):
            return None
        node = msg.words[node.head]
    else:
        return None
    sentence = msg.sentence_words(msg.sentences[word.sentence])
    return node, _under(msg, sentence, node, lambda _: False)


def _relative_of_seller(msg: AnalysedMessage, word: Word, names: frozenset[str]) -> bool:
    """ "X Oy on perheyritys, joka on kasvanut…, jolla on…, ja joka … on nykyään alan
    markkinajohtaja": a chain of relative clauses speaks of the noun it hangs on, the
    seller when that noun is the seller or is said of it (not "asiakas, joka on alan
    markkinajohtaja")."""
    antecedent: Word | None = None
    node = word
    for _ in range(16):
        if node.head == node.i:
            break
        if node.dep == "acl:relcl":
            antecedent = msg.words[node.head]
        node = msg.words[node.head]
    if antecedent is None:
        return False

    def sellers(w: Word) -> bool:
        return w.refers_to_seller or bool(names and _seller_name(msg, w, names))

    if word_heads(antecedent) & _RIVALS:
        return False  # "erään kilpailijamme, jonka tarjous oli edullisin": theirs, not ours
    sentence = msg.sentence_words(msg.sentences[antecedent.sentence])
    # ("Palkkarakenne Oy on perheyritys, joka…": the name's first part may be the compound)
    subjects = {w.i for w in sentence if w.head == antecedent.i and w.dep in ("nsubj:cop", "cop")}
    return sellers(antecedent) or any(
        (w.i in subjects or (w.head in subjects and w.dep.startswith("compound"))) and sellers(w)
        for w in sentence
    )


def _sellers_own_subject(
    msg: AnalysedMessage, sentence: Sentence, words: list[Word], names: frozenset[str]
) -> bool:
    """The clause's subject is the seller under a common noun: "yritys" after the
    seller's name in the same sentence ("Turvaholvi Oy perustettiin 2006, ja yritys on
    kasvanut…"), or what the seller offered in the sentence before ("Tarjoamme
    tietoturvapalveluja. Palvelu on markkinoiden paras valinta.")."""
    subjects = [
        w for w in words if w.dep.startswith("nsubj") and w.pos == "NOUN" and not w.possessive
    ]
    pronoun = next((w for w in words if w.dep.startswith("nsubj") and w.lemma == "se"), None)
    if not subjects and pronoun is not None:
        # "Yhtiö on palkittu kahdesti, ja se on Suomen paras": "se" takes up the
        # subject before it in the sentence (a passive's is parsed as its object)
        subjects = [
            w
            for w in msg.sentence_words(sentence)
            if (w.dep.startswith("nsubj") or w.dep == "obj")
            and w.pos == "NOUN"
            and not w.possessive
            and w.i < pronoun.i
        ][:1]
    if not subjects:
        return False
    if (
        names
        and any(w.lemma in _THE_COMPANY for w in subjects)
        and any(
            _seller_name(msg, w, names) and w.i < subjects[0].i
            for w in msg.sentence_words(sentence)
        )
    ):
        return True
    if sentence.index == 0:
        return False
    before = msg.sentence_words(msg.sentences[sentence.index - 1])
    if names and any(w.lemma in _THE_COMPANY for w in subjects):
        return _company_named_before(msg, sentence, names)
    offered: set[str] = set()
    for w in before:
        obj = msg.words[w.head] if w.dep == "conj" else w  # "tarjoamme X:ää ja Y:tä"
        if obj.dep.startswith("obj") and msg.words[obj.head].person == 1:
            offered |= word_heads(w)
    return any(word_heads(w) & offered for w in subjects)


def _company_named_before(msg: AnalysedMessage, sentence: Sentence, names: frozenset[str]) -> bool:
    """ "Suojatieto Oy:n perustivat … 2006. Yhtiöllä on 45 työntekijää. Yhtiö on Suomen
    paras …": "the company" of the paragraph, back through sentences that speak of
    "the company" too, to the sentence that named it, when that named no other."""
    index = sentence.index
    while index > 0:
        index -= 1
        before = msg.sentences[index]
        if before.block != sentence.block:
            return False
        words = msg.sentence_words(before)
        if any(_seller_name(msg, w, names) for w in words):
            # (a place, "Espoon Otaniemessä", names no other firm)
            return not any(
                w.is_name
                and w.i != words[0].i
                and not _a_place(w)
                and not _seller_name(msg, w, names)
                for w in words
            )
        if not any(w.lemma in _THE_COMPANY and not w.possessive for w in words):
            return False
    return False


def _previous_about_seller(msg: AnalysedMessage, sentence: Sentence, names: frozenset[str]) -> bool:
    if sentence.index == 0:
        return False
    before = msg.sentences[sentence.index - 1]
    if before.block != sentence.block:
        return False
    return any(
        w.refers_to_seller or (names and _seller_name(msg, w, names))
        for w in msg.sentence_words(before)
    )


def _a_place(word: Word) -> bool:
    """ "Suomessa", "Pohjoismaissa", "Pirkanmaan johtava": a place name says where,
    it names no party (a genitive place before a capitalised word may be a company:
    "Tampereen Sähkölaitos")."""
    if not any(r.word_class == "paikannimi" for r in word.readings):
        return False
    return word.case in LOCAL_CASES or word.case == "Gen"


LOCAL_CASES = frozenset({"Ine", "Ela", "Ill", "Ade", "Abl", "All"})
# the last parts of Finnish place names: lakes, hills, bays, springs, shores…
PLACE_NOUNS = frozenset(
    {"lahti", "järvi", "koski", "niemi", "mäki", "lähde", "ranta", "joki", "saari", "vaara",
     "salmi", "kylä", "harju", "vuori", "lampi", "kangas", "pelto", "niitty", "nummi",
     "kallio", "linna", "kartano", "aho", "selkä", "oja", "virta", "luoto", "rinne", "laakso",
     "kumpu", "lehto", "metsä"}
)  # fmt: skip


# What Finnish appends to a name or a foreign word: "Oppimolla", "CRM:ään", "Tilaverstaan".
NAME_INFLECTION = re.compile(r"^[:'’-]?[a-zåäö]{0,6}$")


def inflects(form: str, name: str) -> bool:
    """Is the lowercased ``form`` the lowercased ``name`` with a case ending? The
    name's last letter may change ("Tilaverstas" -> "tilaverstaan")."""
    stem = name[: max(3, len(name) - 1)]
    if form.startswith(stem) and NAME_INFLECTION.match(form[len(stem) :]):
        return True
    # a double stop weakens before a closed syllable: "Linjakko" -> "Linjakossa"
    if len(name) >= 5 and name[-3] == name[-2] and name[-2] in "kpt":
        weak = name[:-2] + name[-1]
        return form.startswith(weak) and bool(NAME_INFLECTION.match(form[len(weak) :]))
    return False


def names_the_seller(msg: AnalysedMessage, word: Word) -> bool:
    """Is ``word`` (a part of) the name the seller signs with, in any form?"""
    names = seller_names(msg)
    return bool(names) and _seller_name(msg, word, names)


def _seller_name(msg: AnalysedMessage, word: Word, names: frozenset[str]) -> bool:
    """A word of the seller's name, not of another name sharing it: with "Rakennus
    Kivijalka Oy" signed, "Kivijalka" is the seller, "Rakennus Aalto" is not."""
    lower = word.text.lower()
    if lower not in names and not (
        # "Tilaverstaan" from the signature "Tilaverstas Oy": the name inflected
        # (a place, "Tampereella" under the signature line "Lauttasauna Tampere", is a place)
        word.text[:1].isupper()
        and not _a_place(word)
        and (
            any(len(name) >= 5 and inflects(lower, name) for name in names)
            # "Työkunnon" from "Pirkanmaan Työkunto": a stem that changes (nt -> nn)
            or any(len(name) >= 5 and name in word.lemmas for name in names)
            # "Vire" from "Työvire Oy": the product named by the tail of the compound name
            or any(
                len(name) - len(stem) >= 3 and name.endswith(stem)
                for name in names
                for stem in {lower, *word.lemmas}
                if len(stem) >= 4
            )
        )
    ):
        return False
    around = [
        w
        for w in msg.sentence_words(msg.sentences[word.sentence])
        if abs(w.i - word.i) == 1 and not w.is_punct
    ]
    if lower in names and _place_genitive(word):
        # "Turun" of "Turun Varjotalo Oy" is the seller only before the rest of the
        # name: "Markisolilla on Turun edullisimmat hinnat" says where
        following = next((w for w in around if w.i > word.i), None)
        return following is not None and following.text.lower() in names
    # ("Simurata S4": a model code after the name is the seller's product, not another name;
    # "Nykyään Kivijalka on…": an adverb starting the sentence is no part of a name)
    return not any(
        w.text[:1].isupper()
        # ("Suojatieto Oy:n": the company form inflected)
        and w.text.lower().split(":")[0] not in names | _COMPANY_FORMS
        and not any(c.isdigit() for c in w.text)
        and w.pos in _NAME_POS
        for w in around
    )


# verbs of promising: "lupaamme", "takaamme", "vakuutamme"
PROMISING = frozenset({"luvata", "taata", "vakuuttaa"})


def _readers_own_verb(msg: AnalysedMessage, word: Word) -> bool:
    """A verb of promising in the 2nd person, itself or through its auxiliary ("voit
    luvata"); "Meiltä löydätte takuulla…" is still the seller's promise."""
    if word.pos not in ("VERB", "AUX") or word.lemma not in PROMISING:
        return False
    if word.finite and word.addresses_reader:
        return True
    sentence = msg.sentence_words(msg.sentences[word.sentence])
    return any(w.head == word.i and w.dep == "aux" and w.addresses_reader for w in sentence)


def _title_of_ours(word: Word) -> bool:
    """ "Miksi juuri me", "Keitä olemme", "Tarinamme": a slide title about the seller
    ("Mitä havaitsimme" and "Havaintomme" tell what the seller saw in the field)."""
    if word.lemma == "me" or (word.lemma == "olla" and word.person == 1):
        return True
    return (
        word.pos == "NOUN"
        and (word.possessive or "").startswith("1")
        and not word_heads(word) & DATA_SOURCES
    )


def _why_the_name(words: list[Word]) -> bool:
    """ "Miksi Kuusela on alan ykkönen", "Miksi juuri Kuusela": a deck's why-us slide
    names the seller (no one pitches a competitor); "Miksi X ei ole vaihtoehto", "Miksi
    ei X" turn it against the name."""
    return (
        len(words) > 1
        and words[0].lower == "miksi"
        and any(w.is_name and w.text[:1].isupper() for w in words[1:3])
        and not any(w.negative or w.lemma == "ei" for w in words)
    )


def why_choose(words: list[Word]) -> list[Word] | None:
    """A why-choose title ("Miksi valita Kuntoremontti Kataja – Asunto Oy Kettulan
    Kallio", "Miksi valita meidät"): the capitalised names it chooses, up to the dash
    or the colon that turns to the reader (the seller: no one pitches a competitor);
    None for any other title."""
    if len(words) < 2 or words[0].lower != "miksi" or words[1].lemma != "valita":
        return None
    chosen: list[Word] = []
    for w in words[2:]:
        if w.is_punct or not w.text[:1].isupper():
            break
        chosen.append(w)
    return chosen


def _why_us_names(msg: AnalysedMessage) -> frozenset[str]:
    """The names a deck's why-choose titles give the seller ("kuntoremontti", "kataja")."""
    known: frozenset[str] | None = msg.memo.get(_why_us_names)
    if known is None:
        known = msg.memo[_why_us_names] = frozenset(
            key
            for sentence in msg.sentences
            if msg.blocks[sentence.block].block.kind == "title"
            for w in why_choose(msg.sentence_words(sentence)) or []
            for key in _name_keys(w)
        )
    return known


def _readers_subject(msg: AnalysedMessage, word: Word) -> bool:
    """The predicate's subject is the reader's ("omenamehunne", "te"): the praise is
    theirs, whatever opinion the writer adds ("mielestäni")."""
    head = _predicate_head(msg, word)
    return any(
        w.head == head.i
        and w.dep in ("nsubj", "nsubj:cop")
        and (w.addresses_reader or any(o.addresses_reader for o in _owners(msg, w)))
        for w in msg.sentence_words(msg.sentences[head.sentence])
    )


def _predicate_head(msg: AnalysedMessage, word: Word) -> Word:
    """The word itself when it predicates with its own copula or subject (a
    coordinated "…, ja kirjanpito oli paras"), else its clause's head."""
    sentence = msg.sentence_words(msg.sentences[word.sentence])
    if any(w.head == word.i and w.dep in ("cop", "nsubj", "nsubj:cop") for w in sentence):
        return word
    return clause_head(msg, word)


_OWNING = frozenset({"nmod:poss", "nsubj", "compound:nn", "flat:name", "appos"})


def _owners(msg: AnalysedMessage, noun: Word) -> list[Word]:
    """Who a noun is of, before it, two steps deep: "huoltomiehesi Pekan kirjanpito"
    is Pekka's and so the reader's man's (the parser may hang the genitive as a
    subject or the title as a compound)."""
    found: list[Word] = []
    level = [noun]
    for _ in range(2):
        level = [
            d
            for n in level
            for d in msg.words[max(0, n.i - 3) : n.i]
            if d.head == n.i and d.dep in _OWNING
        ]
        found.extend(level)
    return found


def _a_value_listed(msg: AnalysedMessage, sentence: Sentence, word: Word) -> bool:
    """In a fragment without a verb, a word followed by a figure names a value
    ("paras 31 kWh", "nopein 2 päivää"), not a title the seller gives itself; so does
    one a few words before a share ("Suosituin juoma maitokahvi (46 %)")."""
    words = msg.sentence_words(sentence)
    if any(w.finite for w in words):
        return False
    after = msg.words[word.i + 1] if word.i + 1 < sentence.last else None
    if after is not None and _NUMBER.search(after.text):
        return True
    ahead: list[Word] = []
    for w in words:
        if w.i <= word.i:
            continue
        if w.text == "," or len(ahead) > 5:
            break
        ahead.append(w)
    return any(w.text == "%" for w in ahead) and any(_NUMBER.search(w.text) for w in ahead)


# "mielestäni", "tietääkseni": the writer's view or knowledge of what the clause says,
# not the writer as its topic ("X:n juustot ovat mielestäni maan parhaita")
_OPINION_MARKERS = frozenset(
    {"mielestäni", "mielestämme", "tietääkseni", "tietääksemme", "käsittääkseni",
     "käsittääksemme", "ymmärtääkseni", "ymmärtääksemme", "nähdäkseni", "nähdäksemme",
     "muistaakseni", "muistaaksemme"}
)  # fmt: skip


def _writers_sample(word: Word) -> bool:
    """ "kiertämistäni taloista", "näkemistämme raporteista": an agent participle with
    "my", in the elative, names the set the writer has seen that a superlative ranks
    within, not the writer ("tekemämme työ on alan parasta" is the writer's own)."""
    # (the tagger may read "kiertämistäni" as a partitive: its elative noun tells)
    elative = word.case == "Ela" or (word.lower.endswith(("stäni", "stani", "stämme", "stamme")))
    return elative and any(r.participle == "agent" for r in word.readings)


# verbs that put the seller among the best: "kuulumme alan parhaisiin toimijoihin"
_RANKING_VERBS = frozenset(
    {"kuulua", "lukeutua", "nousta", "päästä", "kohota", "yltää", "sijoittua", "valita",
     "nimetä", "kivuta", "laskea"}
)  # fmt: skip


def _a_destination(msg: AnalysedMessage, last: Word) -> bool:
    """ "osallistumme alan tärkeimmille messuille", "toimitamme maan suurimpiin
    sairaaloihin": a superlative of where the seller goes or whom it serves, in the
    allative or illative, praises that place, not the seller. Not when a verb ranks
    the seller there ("kuulumme alan parhaisiin toimijoihin")."""
    if last.dep != "amod" or last.case not in ("All", "Ill"):
        return False
    if last.reading is None or last.reading.comparison != "superlative":
        return False
    noun = msg.words[last.head]
    if noun.pos != "NOUN" or noun.case != last.case or noun.lemma == "joukko":
        return False
    verb = msg.words[noun.head]
    return noun.dep.startswith("obl") and verb.pos == "VERB" and verb.lemma not in _RANKING_VERBS


def _theirs_is_the_subject(msg: AnalysedMessage, sentence: Sentence, word: Word) -> bool:
    """The predicate's subject is owned by "he", "hän" or "ne": another's thing."""
    head = _predicate_head(msg, word)
    return any(
        w.head == head.i
        and w.dep in ("nsubj", "nsubj:cop")
        and any(
            o.pos == "PRON" and o.lemma in ("he", "hän", "ne") and o.dep == "nmod:poss"
            for o in _owners(msg, w)
        )
        for w in msg.sentence_words(sentence)
    )


def opens_with_congratulations(words: list[Word]) -> bool:
    """ "Onnittelut…", "Onnittelemme…", "Onnea…": a sentence that congratulates is about
    whom it congratulates (and tells no news, however it reads)."""
    first = next((w for w in words if not w.is_punct), None)
    return first is not None and (
        # (not the lemma "onni": "Onneksi…" is "luckily")
        first.lemma in ("onnittelu", "onnitella", "onnentoivotus")
        or first.lower.startswith(("onnittel", "onnea"))
    )


# receiving a rating or an award: what is rated is the one that receives it
_RECEIVING = frozenset({"saada", "ansaita", "kerätä", "niittää"})


def _rated_by_us(msg: AnalysedMessage, last: Word, words: list[Word]) -> bool:
    """ "Pitopalvelu Jänkä, jonka poronkäristys sai ryhmiltämme parhaat arviot": the
    seller is only who gave the rating (in the ablative); the subject that received it
    is someone else's."""
    noun = msg.words[last.head] if last.dep == "amod" and last.head != last.i else last
    verb = msg.words[noun.head]
    if noun.head == noun.i or not noun.dep.startswith("obj") or verb.lemma not in _RECEIVING:
        return False
    ours = [w for w in words if w.refers_to_seller]
    subjects = [w for w in words if w.head == verb.i and w.dep.startswith("nsubj")]
    return (
        bool(ours)
        and all(w.case in ("Abl", "Ela") and w.head == verb.i for w in ours)
        and bool(subjects)
        and not (verb.finite and verb.person == 1)
    )


def is_about_seller(msg: AnalysedMessage, sentence: Sentence, first: Word, last: Word) -> bool:
    """Does the phrase's clause speak of the seller?

    First person (me, meidän, -mme verbs, -mme possessives) or the seller's name
    from the signature in the same clause: "olemme alan johtava", "Logix on alan paras";
    or a verbless fragment about no one else.
    """
    names = seller_names(msg)
    if _names_another(msg, sentence, last, names):
        return False
    if opens_with_congratulations(msg.sentence_words(sentence)):
        return False  # "Onnittelut vertailun parhaasta tuloksesta": the reader's best
    if _anothers_row(msg, sentence, first):
        return False  # "- Rasvamestarit: laajin rasvavalikoima": a rival's row of a comparison
    if _readers_own_verb(msg, first):
        return False  # "voit luvata asiakkaillesi saman toimitusajan": the reader promises
    if _said_of_its_subject(msg, last, names):
        return False
    if _readers_subject(msg, last):
        return False  # "Teidän omenamehunne on mielestäni Satakunnan parasta"
    if _labels_itself(msg, first):
        return False  # "talolta, joka mainostaa itseään alan edelläkävijänä": its own label
    if _a_value_listed(msg, sentence, last):
        return False  # "Vertailukuntien mediaani 39 kWh, paras 31 kWh": a row of figures
    if _a_destination(msg, last):
        return False  # "osallistumme alan tärkeimmille messuille": where, not who
    if _best_way_to(msg, last):
        return False  # "paras mahdollisuus on hakea ihmisiä Vaasasta": advice, not praise
    if last.pos == "NOUN" and any(
        w.head == last.i
        and w.dep == "nmod:poss"
        and w.pos == "PRON"
        and w.lemma in ("he", "hän", "ne")
        for w in msg.sentence_words(sentence)
    ):
        return False  # "heidän lupauksensa", "niiden paras tuote": another's
    if _theirs_is_the_subject(msg, sentence, last):
        return False  # "niiden vikaantumisaste on alan alhaisimpia": their product's
    words = list(
        {
            w.i: w
            for w in (
                *clause_words(msg, first, by_subject=True),
                *clause_words(msg, last, by_subject=True),
            )
        }.values()
    )
    if not any(w.finite for w in words):  # a verbless clause: misparsed, or the verb is elsewhere
        words = msg.sentence_words(sentence)
    if any(
        w.dep.startswith("nsubj") and w.pos == "PRON" and w.lemma in ("he", "hän")
        for w in clause_words(msg, first, by_subject=True)
    ):
        return False  # "He lupaavat paljon": someone else's word, under any title
    # "Miksi Kielimajakka on Suomen ykkönen": the name a why-title asks about is the seller
    titled = [w for w in msg.sentence_words(sentence) if not w.is_punct]
    why = {w.i for w in titled[1:3] if w.is_name} if _why_the_name(titled) else set()
    relative = _relative_clause(msg, last)
    if relative is not None and not any(
        w.refers_to_seller or (names and _seller_name(msg, w, names)) for w in relative[1]
    ):
        if _relative_of_seller(msg, last, names):
            return True
        if msg.words[relative[0].head].dep.startswith(("obl", "iobj", "nmod")):
            # "toimitamme palkat asiakkaalle, jonka palvelu on alan johtava": the praise
            # is of the one the seller serves, not of the seller (the object of "olemme
            # kehittäneet avustajan, joka on paras" is the seller's own make)
            return False
    if _rated_by_us(msg, last, words):
        return False  # "Jänkä, jonka poronkäristys sai ryhmiltämme parhaat arviot"
    if any(
        (
            w.refers_to_seller
            and w.lower not in _OPINION_MARKERS
            and not _writers_sample(w)
            and not word_heads(w) & _RIVALS  # "kilpailijamme" is another
        )
        or w.i in why
        or (names and _seller_name(msg, w, names))
        for w in words
    ):
        return True
    praised = msg.words[last.head] if last.dep == "amod" and last.head > last.i else last
    if praised.pos == "NOUN" and praised.lemma in reader_kinds(msg):
        # "Suomen suurimman ohjelmistotalon kesäjuhla" in a deck "ehdotus
        # ohjelmistotalon henkilöstölle": the kind of business the reader is
        return False
    if _refers_back(msg, words) and _previous_about_seller(msg, sentence, names):
        return True  # "Olemme rakentaneet näkymän. Kyseessä on alan luotettavin alusta."
    if _sellers_own_subject(msg, sentence, words, names):
        return True  # "Turvaholvi Oy perustettiin…, ja yritys on kasvanut alan johtavaksi"
    praised = msg.words[last.head] if last.dep == "amod" else last
    number = praised.reading.number if praised.reading is not None else None
    if any(
        p.i > last.i
        and p.lemma in (_PLURAL_BACK if number == "pl" else _BACK_REFERENCES - _PLURAL_BACK)
        and p.dep.startswith("nsubj")
        and any(w.refers_to_seller for w in clause_words(msg, p))
        for p in msg.sentence_words(sentence)
    ):
        return True  # "tarvitaan maan kovimmat markkinoijat, ja ne istuvat meillä"
    if not any(w.addresses_reader for w in words) and any(
        _why_the_name(title_words) or any(_title_of_ours(w) for w in title_words)
        for title_words in map(msg.sentence_words, slide_titles(msg, sentence))
    ):
        # "## Miksi juuri me", "## Meistä" over "- Tiimi edustaa alan terävintä kärkeä"
        # (not "## Mitä havaitsimme": what the seller saw is the field's)
        return True
    relative_words = clause_words(msg, last)
    if _in_relative(msg, last) and any(
        w.dep.startswith("nsubj")
        and w.pos == "NOUN"
        and not w.refers_to_seller
        # ("Palvelu, jonka hinta on alan edullisin": the fragment's own price)
        and not any(o.head == w.i and o.lemma == "joka" for o in relative_words)
        for w in relative_words
    ):
        # "3. Koko valaistus kerralla, jolloin asennus on nopein": the superlative is
        # said of the relative clause's own subject, an option's outcome
        return False
    # A fragment without a finite verb (a subject line, slide title or bullet) that names no one
    # else is the seller describing itself: "Suomen johtava reittioptimoinnin asiantuntija".
    sentence_words = [w for w in msg.sentence_words(sentence) if not w.is_punct]
    # ("Suomen johtava valmistaja, jonka laatua ei kukaan ole ylittänyt": a verb in a
    # relative clause leaves the fragment verbless)
    if any(w.finite and not _in_relative(msg, w) for w in sentence_words):
        return False
    opening = sentence_words[0] if sentence_words else None
    if any(
        (
            (
                w.addresses_reader
                and not _at_your_service(w)
                # "Maailmanluokan osaaminen tehtaallenne": offered to the reader (not
                # "alan parhaalle tiimillenne", the reader's own praised)
                and not (w.case == "All" and w.i not in (last.i, last.head))
            )
            or (
                w.is_name
                and w.text[:1].isupper()  # "alan" is "ala", whatever names Voikko knows
                and not _common_opening(w, opening)
                and w.i not in why
                and not _a_place(w)
                # "Suomen nopein kassa – Kassavirta Teekulmalle": for whom, not who,
                # and the name in apposition is the praised thing itself
                and phrase_head(msg, w).case != "All"
                and not (w.dep == "appos" and w.head in (last.i, last.head))
            )
        )
        and not first.i <= w.i <= last.i
        for w in sentence_words
    ):
        return False
    # "Sosiaalisen median kohdennus: edullisin kontakti": the label is what is described
    label = [w for w in sentence_words[:6] if w.end <= first.start]
    # (a one-word label is an attribute of the seller's own: "Hinta: alan edullisin")
    colon = msg.source.find(":", sentence_words[0].start, first.start) if len(label) > 1 else -1
    chosen = _why_us_names(msg)
    if colon >= 0 and not any(
        w.refers_to_seller or w.i in why or bool(_name_keys(w) & chosen)
        for w in label
        if w.end <= colon
    ):
        return False
    # "- Vetoakseli: laajin korjaamoverkosto": but a rival's name labels the rival's
    if (
        len(label) == 1
        and msg.source[label[0].end : label[0].end + 1] == ":"
        and is_third_party_name(msg, label[0], own_names(msg))
    ):
        return False
    return not _slide_of_another(msg, sentence) and not _title_said_of_reader(
        msg, sentence, first, last
    )


# verbs that put a label on their object: "mainostaa itseään edelläkävijänä"
_LABELLING = frozenset(
    {
        "mainostaa",
        "markkinoida",
        "kutsua",
        "nimittää",
        "tituleerata",
        "julistaa",
        "profiloida",
        "brändätä",
    }
)


def _labels_itself(msg: AnalysedMessage, word: Word) -> bool:
    """The phrase is the label a third party gives itself: a 3rd-person verb of
    labelling with "itse" as its object ("joka mainostaa itseään alan johtavana",
    "kutsuu itseään Suomen parhaaksi"). "Markkinoimme itseämme…" is still ours."""
    for i in _ancestors(msg, word):
        verb = msg.words[i]
        if verb.lemma in _LABELLING and verb.person == 3:
            return any(
                w.head == verb.i and w.lemma == "itse" and w.dep.startswith("obj")
                for w in msg.sentence_words(msg.sentences[verb.sentence])
            )
    return False


def phrase_head(msg: AnalysedMessage, word: Word) -> Word:
    """The head of a name of several words: "Kassavirta Teekulmalle" -> "Teekulmalle"."""
    while word.dep.startswith(("compound", "flat")) and word.head != word.i:
        word = msg.words[word.head]
    return word


def _title_said_of_reader(
    msg: AnalysedMessage, sentence: Sentence, first: Word, last: Word
) -> bool:
    """ "## Toimialan suurin yhtiö" over "- Yhdistynyt yhtiönne on toimialansa suurin",
    the subject "Nopeimmin kasvava verkkokauppa" over "olette alanne nopeimmin kasvava":
    a title whose words its slide or message repeats of the reader sums up the reader."""
    block = msg.blocks[sentence.block].block
    if not (block.kind == "title" and block.slide is not None) and block.kind != "subject":
        return False
    lemmas = {w.lemma for w in msg.words[first.i : last.i + 1] if not w.is_punct}
    if last.dep == "amod" and last.head > last.i:
        # "## Suomen vilkkain kylpyläaamiainen" over "- Tarjoilette 1 100 aamiaista": the
        # thing praised is the reader's
        praised = msg.words[last.head]
        lemmas |= word_heads(praised)
        if praised.dep.startswith("nmod") and praised.head > praised.i:
            # "# Maan suurimman terminaalin piha" over "- Pihallanne käy…": what the
            # praised one owns
            lemmas |= word_heads(msg.words[praised.head])
    for bullet in msg.sentences:
        if bullet is sentence or (
            block.kind == "title" and msg.blocks[bullet.block].block.slide != block.slide
        ):
            continue
        words = msg.sentence_words(bullet)
        # ("Suosituin lounaspaikka ja sen jono" over "Teillä on pisin lounasjono": a
        # compound's head repeats the title's word)
        if (
            any(w.addresses_reader for w in words)
            and not any(w.refers_to_seller for w in words)
            and any(w.lemma in lemmas or word_heads(w) & lemmas for w in words)
        ):
            return True
    # ("## Maakunnan suurin leipomo" and, anywhere, "Tarkastamme leipomon kuukausittain"):
    # what the seller's work is done on is the one it serves, not the seller
    return any(
        w.dep == "obj"
        and w.pos == "NOUN"
        and not w.possessive
        and w.sentence != sentence.index
        and (w.lemma in lemmas or word_heads(w) & lemmas)
        and msg.words[w.head].refers_to_seller
        and msg.words[w.head].finite
        and msg.words[w.head].lemma in _SERVING_ON
        for w in msg.words
    )


# what a seller does to the customer's place or people: "tarkastamme leipomon"
_SERVING_ON = frozenset(
    {"tarkastaa", "huoltaa", "palvella", "siivota", "kartoittaa", "suojata", "vartioida",
     "valvoa", "kouluttaa", "auttaa", "korjata", "mitata", "auditoida"}
)  # fmt: skip


def _in_relative(msg: AnalysedMessage, word: Word) -> bool:
    # the surface first: ", jonka asiakastyytyväisyys on…" opens a relative clause
    # however the parser hung it
    before = msg.sentence_words(msg.sentences[word.sentence])
    for w in reversed([w for w in before if w.i < word.i]):
        if w.lemma == "joka":
            return True
        if w.text in (",", ";", ":"):
            break
    if word.dep.startswith(("aux", "cop")):
        word = msg.words[word.head]  # "ei", "ole": the verb they help
    return clause_head(msg, word).dep.startswith("acl")


# "Käytössänne Suomen kokenein tiimi": the seller put at the reader's service
_SERVICE = frozenset({"käyttö", "apu", "tuki", "palvelus"})


def _at_your_service(word: Word) -> bool:
    return word.lemma in _SERVICE and word.case in ("Ine", "Ess")


def _said_of_its_subject(msg: AnalysedMessage, word: Word, names: frozenset[str]) -> bool:
    """An adverb said of a verb whose own subject is someone else: in "Asiakkaillamme
    tätä ovat purkaneet parhaiten ryhmät" the groups did best, not the seller
    ("tiimimme hoitaa sen parhaiten" keeps its "-mme"); in "parhaiten pärjänneet
    tehtaat" the factories did."""
    if not word.dep.startswith("advmod") or word.head == word.i:
        return False
    verb = msg.words[word.head]
    if verb.pos not in ("VERB", "AUX") or verb.person == 1:
        return False
    if verb.dep in ("acl", "amod") and not verb.finite and verb.head != verb.i:
        # "parhaiten pärjänneet tehtaat": a participle describes its own noun
        noun = msg.words[verb.head]
        sentence = msg.sentence_words(msg.sentences[word.sentence])
        return (
            noun.pos in ("NOUN", "PROPN")
            and not noun.refers_to_seller
            and not (names and _seller_name(msg, noun, names))
            # ("Olemme parhaiten arvioitu toimittaja": the noun predicates the seller;
            # "Tarjoamme vertaansa vailla olevan kokemuksen": the seller's offering)
            and not any(d.head == noun.i and d.refers_to_seller for d in sentence)
            and not (noun.head != noun.i and msg.words[noun.head].refers_to_seller)
        )
    dependents = [w for w in msg.sentence_words(msg.sentences[word.sentence]) if w.head == verb.i]
    subjects = [w for w in dependents if w.dep.startswith("nsubj") and w.case in (None, "Nom")]
    if not subjects:
        # the parser may take an adessive for the subject and the subject for an
        # object: "Asiakkaillamme tätä ovat purkaneet parhaiten ryhmät"
        subjects = [w for w in dependents if w.dep == "obj" and w.case == "Nom"]
    return bool(subjects) and all(
        w.pos in ("NOUN", "PROPN")
        and not w.refers_to_seller
        and not (names and _seller_name(msg, w, names))
        for w in subjects
    )


def slide_titles(msg: AnalysedMessage, sentence: Sentence) -> list[Sentence]:
    """The title sentences of the slide a bullet or note belongs to (none for e-mails
    and for titles themselves)."""
    block = msg.blocks[sentence.block].block
    if block.slide is None or block.kind == "title":
        return []
    return [
        t
        for t in msg.sentences
        if msg.blocks[t.block].block.slide == block.slide
        and msg.blocks[t.block].block.kind == "title"
    ]


# What the reader wants, named on a slide title: "## Tarpeenne", "## Teidän tavoitteet"
_READERS_GOALS = frozenset({"tarve", "toive", "toivomus", "tavoite", "päämäärä", "vaatimus"})


def under_readers_goals(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """A bullet of the seller's own silence under a title naming the reader's needs
    ("## Tarpeenne" over "- Arki sujuu ilman avainhuolia"): the reader's wish told
    back, not a promise ("- Takaamme…" there still speaks for the seller)."""
    if msg.blocks[sentence.block].block.kind != "bullet":
        return False
    if any(w.refers_to_seller for w in msg.sentence_words(sentence)):
        return False
    for title in slide_titles(msg, sentence):
        words = msg.sentence_words(title)
        if any(
            w.lemma in _READERS_GOALS
            and (
                (w.possessive or "").startswith("2")
                or any(d.head == w.i and d.addresses_reader for d in words)
            )
            for w in words
        ):
            return True
    return False


def _slide_of_another(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """A bullet under a slide title that addresses the reader or names a place
    ("Vaihtoehto A: Pasila", "Mitä tarvitsette") is about them, not the seller."""
    if msg.blocks[sentence.block].block.kind != "bullet":
        return False
    names = own_names(msg) | deck_title_words(msg)
    for title in slide_titles(msg, sentence):
        words = [w for w in msg.sentence_words(title) if not w.is_punct]
        # a name on a slide title is as often the seller's product ("Ratkaisu:
        # Ohjausvahti"); a place is not ("Vaihtoehto A: Pasila")
        # ("Suomen nopein kuriiri": a place in the genitive says whose best, not where)
        if (
            any(
                # ("Mitä saat", "Mitä hyödytte": what the reader gets is the seller's offer)
                (w.addresses_reader and not w.lemmas & _GAINING)
                # "Koskelan tila nyt", "Lähtötilanne": the reader's present state
                or w.lemma in _PRESENT_STATE
                or (
                    any(r.word_class == "paikannimi" for r in w.readings)
                    # a place is capitalised ("kiskot" is rails, not Kisko), and at the
                    # title's start only a word read as nothing but a place is one
                    and w.text[:1].isupper()
                    and (n > 0 or all(r.word_class == "paikannimi" for r in w.readings))
                    and w.case != "Gen"
                    and not is_own_name(w, names)
                )
                for n, w in enumerate(words)
            )
            and not any(w.refers_to_seller for w in words)
        ):
            return True
        if _option_of_another(msg.sentence_words(title), names):
            return True
    return False


def _option_of_another(words: list[Word], names: frozenset[str]) -> bool:
    """ "Vaihtoehto 3: konsulttitalo": a slide labelled as one option of several, the
    option not the seller's own; its bullets ("Nopein aloitus") compare options."""
    content = [w for w in words if w.text != ":"]
    return (
        bool(content)
        and content[0].lemma in _OPTION_LABELS
        and any(w.text == ":" for w in words)
        and not any(w.refers_to_seller or is_own_name(w, names) for w in words)
    )


_OPTION_LABELS = frozenset({"vaihtoehto", "optio"})
_GAINING = frozenset({"saada", "hyötyä"})
_PRESENT_STATE = frozenset({"nyt", "nykytila", "nykytilanne", "lähtötilanne", "tilannekuva"})


# who a deck is shown to: "Seutukirjastojen ohjausryhmä", "Rautakulman johtoryhmälle"
_AUDIENCES = frozenset(
    {"ohjausryhmä", "johtoryhmä", "hallitus", "johto", "tiimi", "henkilöstö", "työryhmä"}
)


def reader_kinds(msg: AnalysedMessage) -> frozenset[str]:
    """What the reader is said to be: "Olette alueen nopeimmin kasvava rakennusliike"
    -> "rakennusliike", "liike"; on a deck's first slide, whom it is for ("Ehdotus
    Kaarnakosken tilitoimistolle", "Seutukirjastojen ohjausryhmä"). Others of that
    kind are the reader's peers, not its vendors. Memoised per message."""
    known: frozenset[str] | None = msg.memo.get(reader_kinds)
    if known is None:
        kinds: set[str] = set()
        first_slide = msg.blocks[0].block.slide if msg.kind == "outline" and msg.blocks else None
        for w in msg.words:
            if first_slide is not None and msg.blocks[w.block].block.slide == first_slide:
                audience = w.case == "Gen" and msg.words[w.head].lemma in _AUDIENCES
                if w.pos == "NOUN" and (w.case == "All" or audience):
                    kinds.update(word_heads(w))
            if _served_by_seller(msg, w) or _reader_as(msg, w):
                kinds.update(word_heads(w))
            if w.lemma != "olla" or w.dep not in ("cop", "aux"):
                continue
            noun = msg.words[w.head]
            # "Olette …", or "ketjunne on Pirkanmaan suurin rautakauppaketju": the
            # reader's own organisation as the subject
            if w.person != 2 and not any(
                d.head == noun.i
                and d.dep.startswith("nsubj")
                and (d.possessive or "").startswith("2")
                and d.lemma in _READERS_OWN  # not "toimittajanne", "huoltoyhtiönne"
                for d in msg.sentence_words(msg.sentences[w.sentence])
            ):
                continue
            if noun.dep in ("acl", "amod"):  # the parser may hang "olette" on "kasvava"
                noun = msg.words[noun.head]
            if noun.pos == "NOUN":
                kinds.update(word_heads(noun))
        known = msg.memo[reader_kinds] = frozenset(kinds)
    return known


_READERS_OWN = frozenset({"yritys", "yhtiö", "firma", "ketju", "konserni", "organisaatio"})


def _served_by_seller(msg: AnalysedMessage, word: Word) -> bool:
    """ "Teemme pienille korjaamoille ajanvarausjärjestelmän": those the seller makes
    or delivers its offer for are its customers, the reader's kind."""
    if word.pos != "NOUN" or word.case != "All" or word.dep not in ("obl", "iobj"):
        return False
    verb = msg.words[word.head]
    return (
        verb.pos == "VERB"
        and verb.finite
        and verb.person == 1
        and verb.lemma in _SERVING
        and "kilpailija" not in word_heads(word)
    )


def _reader_as(msg: AnalysedMessage, word: Word) -> bool:
    """ "Alueen suurimpana hammaslääkäriketjuna teillä on …", "Isännöitsijänä tiedät":
    the essive the reader is spoken of as. Not one with a possessive: "kumppaninanne"
    is the seller as the reader's partner."""
    if word.pos != "NOUN" or word.case != "Ess" or word.possessive:
        return False
    clause = msg.words[word.head]
    # the reader as the clause's subject or owner ("te", "teillä on", "teidän
    # kannattaa"), not its receiver: "esittelen teille keskiviikkona"
    return clause.person == 2 or (
        clause.person != 1
        and any(
            d.head == clause.i and d.pos == "PRON" and d.person == 2 and d.case in _READER_AS
            for d in msg.sentence_words(msg.sentences[word.sentence])
        )
    )


_READER_AS = frozenset({"Nom", "Gen", "Ade"})


_SERVING = frozenset(
    {"tehdä", "toimittaa", "tarjota", "rakentaa", "räätälöidä", "myydä", "suunnitella",
     "valmistaa", "asentaa", "vuokrata", "kehittää", "tuottaa", "järjestää"}
)  # fmt: skip


def deck_title_words(msg: AnalysedMessage) -> frozenset[str]:
    """The capitalised words of an outline's first title ("Kartano Kuusela – …"): a
    slide titled "Kartano Kuusela" speaks of the deck's own party, not of a place.
    Asked for every bullet and target, so it is memoised per message."""
    known: frozenset[str] | None = msg.memo.get(deck_title_words)
    if known is None:
        titled = msg.kind == "outline" and msg.blocks and msg.blocks[0].block.kind == "title"
        known = msg.memo[deck_title_words] = frozenset(
            key
            for w in (msg.words if titled else ())
            if w.block == 0 and w.text[:1].isupper() and not w.is_punct
            for key in (w.lower, w.lemma.lower())
        )
    return known


def _common_opening(word: Word, opening: Word | None) -> bool:
    """A capitalised first word that Voikko knows as a common word: "Alan ykkönen"
    is "ala" (the field), however the tagger reads it."""
    return word is opening and any(not r.is_name for r in word.readings)


def _names_another(
    msg: AnalysedMessage, sentence: Sentence, word: Word, names: frozenset[str]
) -> bool:
    """ "alan suurimman valimon, Pohjolan Metallin, kanssa": the phrase's noun has a
    name in apposition that is not the seller's, so it is said of someone else."""
    noun = word if word.pos in ("NOUN", "PROPN") else msg.words[word.head]
    words = msg.sentence_words(sentence)
    return any(
        w.dep == "appos"
        and (w.head == noun.i or noun.head == w.i)
        and w.text[:1].isupper()
        and w.lower not in names
        # ("Suomen nopein kassa – Kassavirta Teekulmalle": a product offered to someone
        # is the seller's own)
        and not any(d.head == w.i and d.case == "All" and d.is_name for d in words)
        for w in words
    )


def is_unit(word: Word) -> bool:
    return word.lemma in _CONCRETE_UNITS


_FRAME_KINDS = frozenset({"subject", "greeting", "closing", "signature"})


def body_sentences(msg: AnalysedMessage) -> list[Sentence]:
    """Sentences of the message's content: no subject, greeting, closing or signature."""
    return [s for s in msg.sentences if msg.blocks[s.block].block.kind not in _FRAME_KINDS]


def content_words(msg: AnalysedMessage, sentence: Sentence) -> list[Word]:
    return [w for w in msg.sentence_words(sentence) if not w.is_punct]


def reader_refs(words: list[Word]) -> int:
    return sum(1 for w in words if w.addresses_reader)


def seller_refs(words: list[Word]) -> int:
    return sum(1 for w in words if w.refers_to_seller)


# --- names of third parties (competitors, the reader's current vendor) -------------------------

_PERSON_OR_PLACE = frozenset({"etunimi", "sukunimi", "paikannimi"})
_NAME_POS = frozenset({"PROPN", "NOUN", "X"})


def person_or_place(word: Word) -> bool:
    """Voikko reads the word as a first name or a place name."""
    return any(r.word_class in ("etunimi", "paikannimi") for r in word.readings)


# first parts of Finnish double surnames ("Ala-Nissilä", "Mäki-Petäjä", "Yli-Kovero",
# "Iso-Kauppinen"), not trades
_SURNAME_PREFIXES = frozenset(
    {"ala", "yli", "ylä", "ali", "alho", "vähä", "iso", "pikku", "keski", "uusi", "vanha",
     "länsi", "itä", "etelä", "pohjois", "mäki", "ranta", "koski", "järvi", "meri", "kallio",
     "niemi", "salo", "saari", "lahti", "harju", "vuori", "rinne", "kangas", "suo", "oja",
     "etu", "taka", "sisä", "ulko", "pitkä", "lähde", "kivi", "rinta"}
)  # fmt: skip


def _trade_and_name(word: Word) -> bool:
    """ "Imu-Kallio", "Sähkö-Virtanen", "Putki-Pekan": a trade word joined to a
    person's name is how small Finnish firms name themselves (Voikko reads the
    compound as the name with a common word before it: "imu-Kallio")."""
    head = word.text.partition("-")[0].lower()
    return (
        "-" in word.text
        and head not in _SURNAME_PREFIXES
        and any(
            r.word_class in ("sukunimi", "etunimi") and _TRADE_THEN_NAME.match(r.baseform)
            for r in word.readings
        )
    )


_TRADE_THEN_NAME = re.compile(r"[a-zåäö]{3,}-[A-ZÅÄÖ]")


def _written_in_lower_case(msg: AnalysedMessage, word: Word) -> bool:
    """Another form of the same unknown word in lower case in the message."""
    return any(
        w.text[:1].islower() and not w.readings and shares_stem(w.text, word.text)
        for w in msg.words
        if w.i != word.i
    )


def _name_like(msg: AnalysedMessage, word: Word, *, lenient: bool = False) -> bool:
    """A capitalised word that reads as a company or product name: not an acronym
    ("CRM" is a kind of system), not a person or a place, and not a common word
    capitalised only because it starts the sentence (a compound web text never uses
    does: "Kaarnapesu ainakin jaksaa"). ``lenient``: a compound at a sentence start
    counts too ("Kellotalon keskeneräiset ostokset")."""
    text = word.text
    if not text[:1].isupper() or word.is_placeholder or word.is_punct or text.isupper():
        return False
    if text.split(":")[0].isupper():
        return False  # "EU:ssa", "CRM:n": an acronym with its case ending
    head, dash, tail = text.partition("-")
    if dash and head.isupper() and tail[:1].islower() and word.readings:
        return False  # "EUR-lavoista", "HR-järjestelmä": an acronym's kind of thing
    if text.count("-") >= 2 and head.isupper() and text.rsplit("-", 1)[1][:1].islower():
        return False  # "B2B-SaaS-yrityksissä": acronyms chained onto a kind of firm
    if _CAMEL_CASE.search(head):
        return True  # "LedPisteen näytöt": no common word has a capital inside it
    # ("sai Metsävarmalta tarjouksen": a compound capitalised inside a sentence is a
    # name however the tagger read it, here as the adjective "metsä" + "varma")
    compound_inside = not _opens_sentence(msg, word) and _only_compound(word)
    # ("Hakuvoiman kuukausiraportissa": tagged a verb, though the dictionary knows only
    # the nouns of a coined compound; the tag is wrong, the word may still be a name)
    mistagged_verb = (
        word.pos == "VERB"
        and not any(r.word_class == "teonsana" for r in word.readings)
        and _coined(word)
    )
    if (
        word.pos not in _NAME_POS
        and (word.readings or (_opens_sentence(msg, word) and word.pos != "ADJ"))
        and not compound_inside
        and not mistagged_verb
    ):
        # (a capitalised word the dictionary does not know, inside a sentence, is a
        # name however the tagger read it: "käytätte Steriltekin ohjelmaa", tagged ADV;
        # so is one opening the sentence that the tagger took for an adjective by its
        # ending: "Drylinen huolto toimii…")
        return False
    if (
        word.readings
        and all(
            r.word_class in _PERSON_OR_PLACE or (r.word_class == "nimisana" and len(r.parts) > 1)
            for r in word.readings
        )
        and any(r.word_class in _PERSON_OR_PLACE for r in word.readings)
    ):
        # "Seinäjoen": a place, whatever its compound reading ("seinä+joki"); but
        # "seinät tulivat Rantalalta", "tilasimme Heikkiseltä": a surname the goods
        # came from is a firm, and so it is wherever else the message names it
        return (
            _supplied_by(msg, word)
            or word.lemma.lower() in _firm_surnames(msg)
            or _authored_by(msg, word)
            or _trade_and_name(word)
        )
    if site_of_a_place(msg, word):
        return False  # "kolmella Pihlajavaaran työmaalla": where, not who
    if _opens_sentence(msg, word):
        # sentence-initial: a name only if Voikko does not know the word ("Pohjoisen
        # reiteillä" is tagged PROPN, but is the common "pohjoinen")
        if not word.readings:
            # ("Koneikon kompressori hajosi", then "koneikossa oli vuoto": a trade
            # word the dictionary lacks, written in lower case where it is not first)
            return not _written_in_lower_case(msg, word)
        if _adjective_named_as_product(msg, word):
            return True
        if (
            word.pos == "PROPN"
            and word.dep == "nmod:poss"
            and all(r.word_class == "teonsana" for r in word.readings)
        ):
            return True  # "Velon "reaaliaikainen" näkymä": a verb owns no thing, a name does
        if _plural_as_one(msg, word):
            return True  # "Kattomestarit tarkastaa katon": a plural name of one firm
        if word.lemma.lower() in _capitalised_mid_sentence(msg):
            return True  # "Kurssimaailma on toki…" where "käytättekö Kurssimaailmaa" is too
        if word.lemma.lower() in _firm_compounds(msg):
            return True  # "Valkopyykki elää…" after "Valkopyykin asiakkaana olette"
        # (a prefix the dictionary folds into its last part makes a compound too when
        # the tagger reads a proper noun: "Digiraide" is read as "raide", but
        # "Esihenkilöt" is a common noun)
        # ("Kuormainkeskuksella on … heillä": "they" after it, not as the subject, since
        # "Rautakeskus avaa myymälän. He…" may be any firm in the news)
        they_follow = not word.dep.startswith("nsubj") and _they_follow(msg, word)
        # ("Pikalähetin väkeä käy sääliksi. Heillä on…": a folded prefix, then "they")
        compound = any(
            len(r.parts) > 1 or (_prefix_folded(r) and (word.pos == "PROPN" or they_follow))
            for r in word.readings
        )
        # "Tietolinna: …", "Rahtirannan "joustava kapasiteetti"": a proper noun
        # labelling what follows
        follows = msg.source[word.end : word.end + 3].lstrip(" ")[:1]
        # ("Tilamitan "reaaliaikainen" seuranta": a compound owning a thing in scare quotes)
        labels = (
            (word.pos == "PROPN" or word.case == "Gen") and (follows == ":" or follows in QUOTES)
        ) or (
            follows == ":"
            and (_among_named_labels(msg, word) or _under_a_title_of_vendors(msg, word))
        )
        return (
            compound
            and (
                lenient
                or labels
                or _they_there(msg, word)
                or they_follow
                or _bills(msg, word)
                or _serves_the_reader(msg, word)
                or _sells(msg, word)
                or _named_as_a_vendor(msg, word)
                or _has_staff_or_customers(msg, word)
                or _owns_a_website(msg, word)
                or _readers_partner(msg, word)
                or _opens_a_bullet_on_others(msg, word)
                or word.lemma.lower() in _firm_compounds(msg)
            )
        ) or (
            _coined(word)
            # (a slide title's label is as often the seller's own product: "# Hakuvalo: …")
            and (
                _firm_shaped(msg, word)
                or (follows == ":" and msg.blocks[word.block].block.kind != "title")
            )
        )
    return True


_CAMEL_CASE = re.compile(r"[a-zåäö][A-ZÅÄÖ]")


# the places a site is named after: "Pihlajavaaran työmaa", "Tervasalmen koulu"
_SITES = frozenset(
    {"työmaa", "kohde", "toimipiste", "tontti", "alue", "kiinteistö", "koulu", "sairaala",
     "halli", "tehdas", "myymälä", "varasto", "asema", "satama", "terminaali", "kampus",
     "toimipaikka", "rakennus", "talo", "kenttä", "tila", "kirjasto", "museo", "päiväkoti"}
)  # fmt: skip


def site_of_a_place(msg: AnalysedMessage, word: Word) -> bool:
    """A place-shaped compound in the genitive ("pihlaja" + "vaara") owning a site:
    "kolmella Pihlajavaaran työmaalla" says where, the site named after its place."""
    if word.case != "Gen" or word.head == word.i or word.head < word.i:
        return False
    return _place_shaped(word) and bool(word_heads(msg.words[word.head]) & _SITES)


def _place_shaped(word: Word) -> bool:
    """A compound ending in a place noun: "Pihlaja|vaara", "Kivi|ranta"."""
    return any(r.parts[-1:] and r.parts[-1] in PLACE_NOUNS for r in word.readings)


def _only_compound(word: Word) -> bool:
    """Every reading of the word is a compound ("metsä" + "varma"): capitalised inside
    a sentence, a name made of common words."""
    return bool(word.readings) and all(len(r.parts) > 1 for r in word.readings)


# what a firm publishes: "Piirivirran sivuilla luvataan…"
_PUBLISHED = frozenset(
    {"sivu", "sivusto", "verkkosivu", "kotisivu", "nettisivu", "esite", "mainos"}
)


def _owns_a_website(msg: AnalysedMessage, word: Word) -> bool:
    """ "Piirivirran sivuilla luvataan…": a compound in the genitive whose pages or
    brochure are quoted is a firm."""
    if word.case != "Gen" or word.dep != "nmod:poss" or word.head == word.i:
        return False
    return bool(word_heads(msg.words[word.head]) & _PUBLISHED)


def _readers_partner(msg: AnalysedMessage, word: Word) -> bool:
    """ "Kärkihaun asiakkaana olette…", "Kaarnatelineen kanssa olette huomanneet…": a
    compound in the genitive whose customer the reader is, or with which the reader
    works, is a firm."""
    if word.case != "Gen" or word.i + 1 >= len(msg.words):
        return False
    words = msg.sentence_words(msg.sentences[word.sentence])
    if not any(w.finite and w.person == 2 for w in words):
        return False
    head = msg.words[word.head]
    customer = word.head != word.i and "asiakas" in head.lemmas and head.case == "Ess"
    return customer or msg.words[word.i + 1].lower == "kanssa"


def _opens_sentence(msg: AnalysedMessage, word: Word) -> bool:
    """Is ``word`` the first word of its sentence (punctuation aside)?"""
    first = next(
        (w for w in msg.sentence_words(msg.sentences[word.sentence]) if not w.is_punct), None
    )
    return first is not None and first.i == word.i


def _they_there(msg: AnalysedMessage, word: Word) -> bool:
    """ "Kipinäkoulussa harjoitellaan yhä samalla ohjelmalla. Eikä heidän
    kurssillaan…": a compound in the inessive or adessive with a passive verb, no
    subject of its own, and "he" in the next sentence: the people there are the
    firm, not a place ("Kipinäkoulussa opiskelijat…" would give "he" a subject; a
    name as the subject may be a company in the news, see the tests)."""
    if word.case not in ("Ine", "Ade") or not any(len(r.parts) > 1 for r in word.readings):
        return False
    sentence = msg.sentences[word.sentence]
    words = msg.sentence_words(sentence)
    verb = msg.words[word.head]
    if verb.person != 4 or any(w.head == verb.i and w.dep.startswith("nsubj") for w in words):
        return False
    after = next_sentence(msg, sentence)
    return after is not None and any(w.lemma == "he" for w in msg.sentence_words(after))


# plural people a "he" may stand for instead of a firm
PEOPLE = frozenset(
    {"ihminen", "henkilö", "asiakas", "työntekijä", "lapsi", "oppilas", "potilas", "vieras",
     "asukas", "jäsen", "mies", "nainen", "kaveri", "tyyppi", "poika", "porukka", "väki",
     "henkilökunta", "tiimi", "kollega", "opiskelija", "ammattilainen"}
)  # fmt: skip


def agent_noun(word: Word) -> bool:
    """ "pesijä", "asentaja", "työntekijä": a noun for whoever does a verb, derived with
    -jA; people, whom an organisation has and a place or a thing does not."""
    return word.pos == "NOUN" and any(
        r.baseform.endswith(("ja", "jä"))
        and r.parts
        and (
            # derived from a verb by Voikko ("pesijä": pestä), or a vowel before -jA in
            # a last part too long for "raja", "paja" ("siivooja", Voikko's own entry)
            (r.parts[-1] != r.baseform.split("-")[-1] and r.parts[-1].endswith(("a", "ä")))
            or (len(r.parts[-1]) >= 5 and r.parts[-1][-3] in "aeiouyäö")
        )
        for r in word.readings
    )


def may_be_people(word: Word) -> bool:
    """A plural "he" could stand for: people by name or kind, or a doer of a verb in
    -jA ("asentajat"); not things ("kanavaintegraatiot", "laitteet")."""
    return (
        word.pos == "PRON"
        or word.is_name
        or bool((word.lemmas | word_heads(word)) & PEOPLE)
        or agent_noun(word)
    )


def _spoken_ne_follows(msg: AnalysedMessage, word: Word) -> bool:
    """ "Kosteusvahti on alan halpahalli. Ne lähettävät paikalle…": the spoken "ne"
    opening the next sentence as its subject stands for the firm that was the subject
    just before, when nothing plural came between."""
    if is_plural(word) or not word.dep.startswith("nsubj"):
        return False
    sentence = msg.sentences[word.sentence]
    if any(w.i > word.i and is_plural(w) for w in msg.sentence_words(sentence)):
        return False
    after = next_sentence(msg, sentence, same_slide=True)
    if after is None or after.block != sentence.block:
        return False
    first = next((w for w in msg.sentence_words(after) if not w.is_punct), None)
    return (
        first is not None
        and first.lemma == "ne"
        and first.dep.startswith("nsubj")
        and msg.words[first.head].finite
    )


def _they_follow(msg: AnalysedMessage, word: Word) -> bool:
    """ "Kuormainkeskuksella on päivystysnumero … Varmaan se riittää heille": "he"
    after a singular name, later in its sentence or in the next sentence of its block
    or slide, can only be the people of that name, a firm, when no other plural
    subject or object that may be people stands between ("Kipinäkoulussa
    opiskelijat…, heidän…" are students, "palkkasi uudet asentajat. Heidän…" the
    fitters; but "siirsi integraatiot lisäpakettiin. Heille…" is still the firm, and
    "Kuormainkeskuksen huoltoraportit … heillä" are still the firm's)."""
    if is_plural(word):
        return False
    sentence = msg.sentences[word.sentence]
    scope = list(msg.sentence_words(sentence))
    after = next_sentence(msg, sentence, same_slide=True)
    if after is not None:
        scope += msg.sentence_words(after)
    for w in scope:
        if w.i <= word.i:
            continue
        if w.lemma == "he":
            return True
        if (
            is_plural(w)
            and w.pos in ("NOUN", "PROPN", "PRON")
            and w.dep.startswith(("nsubj", "obj"))
            and w.lemma not in ("me", "te")  # (not whom "he" could stand for)
            and word.head != w.i
            and may_be_people(w)
        ):
            return False
    return False


def is_plural(word: Word) -> bool:
    """A noun or pronoun in the plural (the parser gives number to verbs only)."""
    return word.number == "pl" or (word.reading is not None and word.reading.number == "pl")


def _label_start(msg: AnalysedMessage, sentence: Sentence) -> Word | None:
    """The sentence's first word when a colon follows it: "Kuormakartta: …"."""
    first = next((w for w in msg.sentence_words(sentence) if not w.is_punct), None)
    if first is None or not first.text[:1].isupper():
        return None
    return first if msg.source[first.end : first.end + 2].lstrip(" ")[:1] == ":" else None


def _best_way_to(msg: AnalysedMessage, last: Word) -> bool:
    """ "Paras tapa on soittaa", "paras mahdollisuus on hakea ihmisiä Vaasasta": the
    superlative's noun is the subject of "olla" with an infinitive, the best thing to
    do, a piece of advice."""
    praised = msg.words[last.head] if last.dep == "amod" else last
    if praised.dep != "nsubj:cop" or praised.head == praised.i:
        return False
    verb = msg.words[praised.head]
    return verb.pos == "VERB" and verb.reading is not None and verb.reading.mood == "A-infinitive"


def _anothers_row(msg: AnalysedMessage, sentence: Sentence, first: Word) -> bool:
    """The sentence is a row of a list of named parties ("- Öljykolmio: …",
    "- Rasvamestarit: …", "- Voitelupiste: …") labelled with a name that is not
    the seller's or the reader's: what it says, it says of that party."""
    label = _label_start(msg, sentence)
    if label is None or label.i >= first.i:
        return False
    own = own_names(msg)
    if _among_named_labels(msg, label, 1) and is_third_party_name(msg, label, own):
        return True
    # "## Vaihtoehdot rinnakkain" over "- Runkotieto: vahvin tiedonsiirrossa": a row of a
    # comparison slide is said of the party its label names, unless that is the seller
    return not is_own_name(label, own) and any(
        word_heads(w) & _COMPARING
        for title in slide_titles(msg, sentence)
        for w in msg.sentence_words(title)
    )


# what a slide comparing the options is titled by: "Vertailu", "Vaihtoehdot rinnakkain"
_COMPARING = frozenset({"vertailu", "vaihtoehto", "rinnakkain", "verrata"})


# who sells to the reader; not "yritys", which is as often the reader's peers ("## Missä
# vastaavat yritykset ovat jääneet vajaiksi" over "- Toimittajariskit: …")
_SELLER_KINDS = frozenset(
    {"toimittaja", "kilpailija", "tarjoaja", "palveluntarjoaja", "urakoitsija", "valmistaja"}
)


def _under_a_title_of_vendors(msg: AnalysedMessage, word: Word) -> bool:
    """ "## Kolme toimittajaa rinnakkain" over "- Vetoakseli: laajin korjaamoverkosto":
    the labels of a slide about suppliers or rivals name them."""
    return any(
        word_heads(w) & _SELLER_KINDS
        for title in slide_titles(msg, msg.sentences[word.sentence])
        for w in msg.sentence_words(title)
    )


# a slide title about the alternatives, or the reader's current tools ("Nykyinen
# tilanne" is the reader's own situation)
_OTHERS_TITLE = _SELLER_KINDS | {"vaihtoehto", "kilpailija"}
_TOOLS = frozenset(
    {"työkalu", "järjestelmä", "ohjelmisto", "ohjelma", "sovellus", "palvelu", "ratkaisu", "malli",
     "sopimus", "huolto", "alusta", "valvonta", "ylläpito", "tuki", "siivous", "kuljetus"}
)  # fmt: skip


def _opens_a_bullet_on_others(msg: AnalysedMessage, word: Word) -> bool:
    """ "## Miksi nykyiset työkalut eivät riitä" over "- Apteekkidatan raportit ovat
    kömpelöitä": a compound owning or giving something, first in a bullet on a slide
    about the reader's current suppliers or the alternatives, names one of them."""
    block = msg.blocks[word.block]
    if block.block.kind != "bullet" or block.first_word != word.i:
        return False
    if word.case not in ("Gen", "Ela", "Abl"):
        return False
    titles = [
        msg.sentence_words(title) for title in slide_titles(msg, msg.sentences[word.sentence])
    ]
    return any(
        any(word_heads(w) & _OTHERS_TITLE for w in title)
        or (
            any(w.lemma == "nykyinen" for w in title) and any(word_heads(w) & _TOOLS for w in title)
        )
        for title in titles
    )


def _among_named_labels(msg: AnalysedMessage, word: Word, enough: int = 2) -> bool:
    """A label in a list whose other labels are names: "- Kuormakartta: …" beside
    "- LogiPilotti: …" and "- Reittivahti: …" names a product like them, though
    the dictionary reads it as "kuorma" + "kartta"."""
    block = msg.blocks[word.block].block
    siblings = 0
    for sentence in msg.sentences:
        other = msg.blocks[sentence.block].block
        if sentence.index == word.sentence or not (
            sentence.block == word.block or (block.slide is not None and other.slide == block.slide)
        ):
            continue
        first = _label_start(msg, sentence)
        if first is not None and (first.pos == "PROPN" or not first.readings):
            siblings += 1
    return siblings >= enough


def _plural_as_one(msg: AnalysedMessage, word: Word) -> bool:
    """ "Pihamestarit on tehnyt", "Kattomestarit tarkastaa": a compound in the plural
    whose verb is in the singular is one thing with a plural name, a firm; a plural
    of common words would take a plural verb."""
    if not word.dep.startswith("nsubj") or word.head == word.i:
        return False
    if not any(
        r.case == "Nom" and r.number == "pl" and len(r.parts) > 1 for r in word.readings
    ) or any(r.number == "sg" for r in word.readings):
        return False
    verb = msg.words[word.head]
    finite = [
        w
        for w in msg.sentence_words(msg.sentences[word.sentence])
        if w.finite and (w.i == verb.i or (w.head == verb.i and w.dep.startswith(("aux", "cop"))))
    ]
    return bool(finite) and all(w.person == 3 and w.number == "sg" for w in finite)


# what only a business does: a compound of common words doing it is a firm's name
# ("tarjoutua": only an agent offers itself, "Tukkiväylä on tarjoutunut hoitamaan kaupan")
_SELLING = frozenset(
    {"myydä", "myynyt", "markkinoida", "laskuttaa", "kaupata", "tarjoutua", "tarjoutunut"}
)


# what a name is said to be: "Annospilvi on kelpo järjestelmä", "Tukkiväylä on yritys, joka…"
_VENDOR_KINDS = frozenset(
    {"toimittaja", "kilpailija", "yritys", "yhtiö", "firma", "toimija", "tarjoaja", "valmistaja",
     "urakoitsija", "konsultti", "ohjelmisto", "ohjelma", "sovellus", "järjestelmä", "alusta",
     "kumppani", "porukka"}
)  # fmt: skip


def _named_as_a_vendor(msg: AnalysedMessage, word: Word) -> bool:
    """ "Annospilvi on epäilemättä kelpo järjestelmä": a capitalised compound of
    common words ("annos" + "pilvi") said to be a system or a firm names one."""
    if word.case != "Nom" or word.dep != "nsubj:cop" or word.head == word.i:
        return False
    predicate = msg.words[word.head]
    return predicate.case == "Nom" and bool(
        {h for r in predicate.readings for h in r.heads} & _VENDOR_KINDS
    )


def _sells(msg: AnalysedMessage, word: Word) -> bool:
    """ "Reittivahti on myynyt samaa boksia kymmenen vuotta": a capitalised compound
    of common words ("reitti" + "vahti") that sells is a firm, not a route guard."""
    if word.case != "Nom" or not word.dep.startswith("nsubj") or word.head == word.i:
        return False
    verb = msg.words[word.head]
    if verb.person == 4:
        return False
    # ("on ehtinyt tarjoutua hoitamaan": the verb may hang on a modal or "ehtiä")
    chain = [
        verb,
        *(
            w
            for w in msg.sentence_words(msg.sentences[word.sentence])
            if w.head == verb.i and w.dep == "xcomp"
        ),
    ]
    if any(v.lemmas & _SELLING for v in chain):
        return True
    # "Kylmäkontrolli antaa kompressoreille pisimmän takuun": one that grants a warranty
    # or a discount sells
    return any(
        v.lemmas & _GRANTING
        and any(
            o.head == v.i and o.dep == "obj" and word_heads(o) & _GRANTED
            for o in msg.sentence_words(msg.sentences[word.sentence])
        )
        for v in chain
    )


_GRANTING = frozenset({"antaa", "myöntää"})
_GRANTED = frozenset({"takuu", "alennus", "hyvitys"})


# what a vendor charges its customers: "Digiraiteen ylläpitomaksu" (not any "maksu":
# "Kiinteistöveron maksu" is a tax's; not "lasku" or "laskutus", which the reader
# sends too: "Rantapuiston laskutus pyörii Eläinsoftissa")
_VENDOR_FEES = frozenset(
    {"ylläpitomaksu", "kuukausimaksu", "lisenssimaksu", "palvelumaksu", "käyttömaksu"}
)  # fmt: skip


# the last parts of common compounds that name a unit of people or a line of work:
# "Asiakaspalvelun työntekijät", "Kiinteistöhuollon asentajat" are no firm's name
_UNIT_PARTS = frozenset(
    {"toimisto", "palvelu", "keskus", "osasto", "tiimi", "yksikkö", "ala", "huolto", "hallinto",
     "johto", "myynti", "tuotanto", "varasto", "tehdas", "keittiö", "ravintola", "koulu",
     "sairaala", "kunta", "yhdistys", "liitto", "seura", "työmaa", "asema"}
)  # fmt: skip
# whom only a vendor has: its fitters, sellers and support, its customers ("Rantapuiston
# laskutus" and "huolto" are as often the reader's own billing and upkeep)
_FIRMS_PEOPLE = frozenset(
    {"asentaja", "huoltomies", "tuki", "asiakaspalvelu", "myyjä", "kuljettaja", "teknikko",
     "palkanlaskija", "konsultti", "asiakas"}
)  # fmt: skip


# the figurative last parts Finnish firm and product names are made of ("Tilivirta",
# "Sanaseppä", "Opinreitti", "Kaarnapesu"), besides the place nouns ("Datakumpu"); a
# rare compound with a literal head ("Ultraäänilaite", "Muottikierto", "Sääehto",
# "Kiihtyvyysmittaus", "Ajoportti") is a thing of the trade, not a name
_NAME_HEADS = frozenset(
    {"silta", "väylä", "polku", "reitti", "seppä", "paja", "pesu", "kaari", "piste", "vahti",
     "talo", "tupa", "kulma", "keidas", "maailma", "mestari", "porras", "linja", "rinki",
     "talli", "lukko", "pooli", "oppi", "tähti", "valo", "kipinä", "kide", "helmi", "nuoli",
     "kompassi", "majakka", "satama", "kalenteri", "ässä", "veli", "verso", "tori",
     "pilvi", "kartta", "kassa", "pulssi", "tuuli", "aalto", "voima", "apu", "väki",
     "velho", "taika", "virta", "linssi", "silmä", "solmu", "kaista", "partio", "netti",
     "ääni"}
) | PLACE_NOUNS  # fmt: skip


def _prefix_folded(reading: Reading) -> bool:
    """ "digiraide" read as "raide", "sijaisapu" as "apu": a prefix the dictionary
    folds into the word's one part, so the word is a compound all the same."""
    return (
        len(reading.parts) == 1
        and len(reading.baseform) > len(reading.parts[0])
        and reading.baseform.lower().endswith(reading.parts[0])
    )


def _coined(word: Word) -> bool:
    """ "Kaarnapesu ainakin jaksaa", "Tilivirran palkanlaskijat": a compound of common
    words ("kaarna" + "pesu") that half a million forms of web text never use, in
    this form or its base form, and whose last part is a figure names are made of, is
    a name coined for a firm; "Asiakaspalvelu", "Tilitoimisto" are everyday words."""
    # (a prefix the dictionary folds into the last part counts: "sijaisapu" is read
    # as "apu" alone)
    if not word.readings or not all(len(r.parts) > 1 or _prefix_folded(r) for r in word.readings):
        return False
    if not any(r.parts[-1] in _NAME_HEADS for r in word.readings):
        return False
    forms = [word.text, *(r.baseform for r in word.readings)]
    return all(p is None for p in log_probabilities(forms))


def _firm_shaped(msg: AnalysedMessage, word: Word) -> bool:
    """Where a firm stands in a clause: the subject of a verb in the singular
    ("Kaarnapesu ainakin jaksaa", "Veroväylä lupaa kaiken"), the owner of a vendor's
    staff or customers ("Tilivirran palkanlaskijat"), or what someone uses
    ("Pöytäpaikkaa käyttäneet asiakkaat"); not the owner of any people
    ("Ravintolakeittiön työntekijät" are the reader's)."""
    if word.case == "Ade":
        # ("Laitevahdilla on nyt paljon töitä": the one that has, as a firm has work;
        # the parser makes the possessor the predicate of "on" or hangs it on "on")
        if any(
            (w.head == word.i and w.dep in ("cop", "cop:own"))
            or (w.i == word.head and w.lemma == "olla" and word.dep == "obl")
            for w in msg.sentence_words(msg.sentences[word.sentence])
        ):
            return True
        # ("Rengasvahdilla ei kuulu tapoihin kierrättää": the one whose ways they are,
        # where a place name, "Kivirannalla", would be where it happens)
        # (the parser may hang it on the noun after it: the clause's verb decides)
        verb = clause_head(msg, word)
        words = msg.sentence_words(msg.sentences[word.sentence])
        third = (verb.finite and verb.person == 3) or any(
            w.head == verb.i and w.dep.startswith(("aux", "cop")) and w.finite and w.person == 3
            for w in words
        )
        return verb.i != word.i and third and not _place_shaped(word)
    if word.head == word.i:
        return False
    head = msg.words[word.head]
    if word.case == "Nom" and _misparsed_subject(msg, word):
        return True
    if word.case == "Nom" and word.dep.startswith("nsubj"):
        # (or of its auxiliary or copula: "Karvakalenteri on kömpelö")
        return (head.finite and head.person == 3 and head.number == "sg") or any(
            w.head == head.i
            and w.dep.startswith(("aux", "cop"))
            and w.number == "sg"
            and w.person == 3
            for w in msg.sentence_words(msg.sentences[word.sentence])
        )
    if word.case == "Gen":
        # ("Varaosavirran uusi seurantasovellus": what a firm offers)
        return _owns_firms_people(msg, word) or (
            word.head > word.i and bool(word_heads(head) & _OFFERINGS)
        )
    return word.case == "Par" and word.dep == "obj" and bool(head.lemmas & _USING)


def _misparsed_subject(msg: AnalysedMessage, word: Word) -> bool:
    """ "Kielisilta tekee ihan kelpo käännöksiä": a nominative opening the sentence
    that the parser hung on the verb as an adverbial, when the verb, in the 3rd person
    singular, has no subject of its own in the nominative, is that subject (a
    partitive the parser made the subject, "käännöksiä", is the object)."""
    if word.dep not in ("obl", "nmod", "advmod") or word.head == word.i:
        return False
    verb = msg.words[word.head]
    if not (verb.finite and verb.person == 3 and verb.number == "sg"):
        return False
    words = msg.sentence_words(msg.sentences[word.sentence])
    return _opens_sentence(msg, word) and not any(
        w.head == verb.i and w.dep.startswith("nsubj") and w.case == "Nom" for w in words
    )


# what a firm offers, owned by its name
_OFFERINGS = frozenset(
    {"sovellus", "järjestelmä", "ohjelma", "ohjelmisto", "palvelu", "alusta", "tuote",
     "hinnasto", "tarjous", "raportti", "päivystys", "mallisto", "valikoima", "esite",
     "moduuli", "työkalu", "päivitys", "versio", "tuki", "sopimus", "sopimusehto",
     "hinnankorotus"}
)  # fmt: skip


def _has_staff_or_customers(msg: AnalysedMessage, word: Word) -> bool:
    """ "Tilivirran palkanlaskijat eivät tunne…", "Ajotallin asiakkaana olet…": a
    proper-noun compound of common words ("tili" + "virta") that has workers or
    customers is a firm."""
    if word.pos != "PROPN":
        return False
    if any(r.parts and r.parts[-1] in _UNIT_PARTS | _BUSINESS_KINDS for r in word.readings):
        return False
    return _owns_firms_people(msg, word)


def _owns_firms_people(msg: AnalysedMessage, word: Word) -> bool:
    """ "Tilivirran palkanlaskijat", "Ajotallin asiakkaana": a genitive before whom
    only a vendor has."""
    return (
        word.case == "Gen"
        and word.head > word.i
        and bool(word_heads(msg.words[word.head]) & _FIRMS_PEOPLE)
    )


def _firm_compounds(msg: AnalysedMessage) -> frozenset[str]:
    """Lemmas of compounds the message shows to be firms somewhere, so that
    "Ajotalli on oikeastaan pelkkä kasa taulukoita" after "Ajotallin asiakkaana" is
    the firm too."""
    found: frozenset[str] | None = msg.memo.get(_firm_compounds)
    if found is None:
        found = msg.memo[_firm_compounds] = frozenset(
            w.lemma.lower()
            for w in msg.words
            if w.text[:1].isupper() and _has_staff_or_customers(msg, w)
        )
    return found


def _bills(msg: AnalysedMessage, word: Word) -> bool:
    """ "Digiraiteen ylläpitomaksu juoksee joka kuukausi": a capitalised compound whose
    fee or bill the sentence speaks of charges for something, so it is a firm."""
    if word.case != "Gen" or word.head == word.i:
        return False
    return msg.words[word.head].lemma in _VENDOR_FEES


# what a business does for a customer's site or goods, as verb stems: the tagger
# gives a perfect's participle ("on hoitanut") its own lemma
_SERVICING_STEMS = (
    "hoita", "hoid", "huolla", "huolta", "toimitta", "toimita", "vartioi", "siivo",
    "kuljetta", "kuljeta", "palvel", "ylläpi", "valvo", "korja", "tarkasta", "kääntä", "käännä",
)  # fmt: skip


def _serves_the_reader(msg: AnalysedMessage, word: Word) -> bool:
    """ "Vartioässä on hoitanut kohdettanne jo pitkään": a proper-noun compound (or a
    surname or place name: "laitteitanne huoltaa Kylmälä") as the subject of serving
    the reader's own site is the firm that serves it, though its parts are common
    words ("vartio" + "ässä")."""
    # (the parser may take the unknown firm for an oblique: the nominative decides)
    # ("laitteitanne huoltaa Kylmälä": in the order object–verb–subject the parser may
    # swap the two, but an active verb's object is not in the nominative)
    verb = msg.words[word.head]
    if word.case != "Nom" or not (
        word.dep.startswith(("nsubj", "obl"))
        or (word.dep == "obj" and verb.finite and verb.person == 3)
    ):
        return False
    if word.pos != "PROPN" and not any(
        r.word_class in ("sukunimi", "paikannimi") for r in word.readings
    ):
        return False
    if not any(lemma.startswith(_SERVICING_STEMS) for lemma in verb.lemmas):
        return False
    sentence = msg.sentence_words(msg.sentences[word.sentence])
    return any(
        w.head == verb.i
        and w.i != word.i
        and (w.dep in ("obj", "obl") or (w.dep.startswith("nsubj") and w.case == "Par"))
        and (w.possessive or "").startswith("2")
        for w in sentence
    )


# what a consultancy or a contractor delivers, owned by the surname that signs it
_DELIVERABLES = frozenset(
    {"raportti", "selvitys", "tarjous", "suunnitelma", "kuntotutkimus", "tutkimus",
     "kartoitus", "laskelma", "kuntoarvio", "lausunto", "mittaus"}
)  # fmt: skip


def _authored_by(msg: AnalysedMessage, word: Word) -> bool:
    """ "Kiviniemen raportti on tyypillistä pikatutkimusta": a surname in the genitive
    owning a report or an offer names the firm or consultant who made it."""
    if word.case != "Gen" or not any(r.word_class == "sukunimi" for r in word.readings):
        return False
    head = msg.words[word.head]
    return head.i != word.i and bool(word_heads(head) & _DELIVERABLES)


def _capitalised_mid_sentence(msg: AnalysedMessage) -> frozenset[str]:
    """Lemmas the message writes capitalised inside a sentence, where Finnish
    capitalises only names: such a word at a sentence start is the same name."""
    found: frozenset[str] | None = msg.memo.get(_capitalised_mid_sentence)
    if found is None:
        firsts = {
            next((w.i for w in msg.sentence_words(s) if not w.is_punct), s.first)
            for s in msg.sentences
        }
        # a subject line in sentence case counts ("Vieläkö Termosetin taulukoilla?"), one
        # in title case ("Uusi Ratkaisu Teille") capitalises every word
        title_case = {
            s.index
            for s in msg.sentences
            if msg.blocks[s.block].block.kind == "subject"
            and all(w.text[:1].isupper() for w in msg.sentence_words(s) if w.text.isalpha())
        }
        inside = [
            w
            for w in msg.words
            if w.i not in firsts
            and w.text[:1].isupper()
            and not w.text.isupper()
            and w.pos in _NAME_POS
            and not w.is_placeholder
            and w.sentence not in title_case
            and msg.blocks[w.block].block.kind not in ("greeting", "signature")
            and not any(r.word_class in _PERSON_OR_PLACE for r in w.readings)
        ]
        mid = {w.i for w in inside if msg.words[w.i - 1].text not in _OPENING_MARKS}
        # "Vertailu: Hoitoverkko, Hoivadata ja Terveystupa": after a colon, the first of a
        # list whose other items are capitalised inside the sentence is a name like them
        listed = {
            w.i
            for w in inside
            if w.i not in mid
            and msg.words[w.i - 1].text == ":"
            and any(c.head == w.i and c.dep == "conj" and c.i in mid for c in inside)
        }
        found = msg.memo[_capitalised_mid_sentence] = frozenset(
            w.lemma.lower() for w in inside if w.i in mid or w.i in listed
        )
    return found


# marks after which a capital may open a list item or a quotation, not a name
_OPENING_MARKS = frozenset({":", "-", "–", "•", "*", *QUOTES})


def _adjective_named_as_product(msg: AnalysedMessage, word: Word) -> bool:
    """ "Lojaali on ihan kiva sovellus": an adjective cannot be the subject of "is a
    system" on its own, so one that is names the product ("Uusi on parempi" has no
    product noun and stays an adjective)."""
    head = msg.words[word.head]
    return (
        word.dep.startswith("nsubj")
        and word.case == "Nom"
        and all(r.word_class == "laatusana" for r in word.readings)
        and head.i != word.i
        and bool(word_heads(head) & _VENDOR_PRODUCTS)
    )


# Verbs of getting goods or a service from someone: "X:ltä" with them names a supplier.
_SUPPLY_VERBS = frozenset({"tulla", "ostaa", "tilata", "hankkia", "vuokrata", "toimittaa"})


def _supplied_by(msg: AnalysedMessage, word: Word) -> bool:
    head = msg.words[word.head]
    if any(r.word_class == "etunimi" for r in word.readings):
        return False
    # "Lindqvistin asentajaa saa odotella": a surname owning a vendor's staff is a firm;
    # "Raution ohjelmalla", "Haapalan järjestelmä": so is one owning a product
    owned = word_heads(head) & _VENDOR_STAFF or (
        word_heads(head) & (_VENDOR_PRODUCTS | _BUSINESS_KINDS)
        and any(r.word_class == "sukunimi" for r in word.readings)
        and not _after_first_name(msg, word)
    )
    staff = word.case == "Gen" and bool(owned) and head.i > word.i
    surname = any(r.word_class == "sukunimi" for r in word.readings)
    verb = msg.words[head.head]
    return (
        staff
        or (word.case in ("Abl", "Ela") and head.lemma in _SUPPLY_VERBS)
        # "harkitsette Rantalan tuontitrukkeja": what the reader weighs buying is a seller's
        or (
            surname
            and word.case == "Gen"
            and head.dep == "obj"
            and verb.lemma in _USING
            and verb.addresses_reader
        )
        # "maksaa Lindqvistille järjestelmästä": whom the reader pays is a supplier
        # (the parser may hang the name on the thing paid for)
        or (surname and word.case == "All" and "maksaa" in (head.lemma, verb.lemma))
        or _trade_and_surname(msg, word)
        or (surname and _through_to_reader(msg, word))
        or (surname and _done_at_unlike_us(msg, word))
    )


def _through_to_reader(msg: AnalysedMessage, word: Word) -> bool:
    """ "teillä on sesonkiväki Kivelän kautta": what the reader has through a surname
    comes from a firm; so does a deal with one ("teillä on sopimus Kivelän kanssa")."""
    words = msg.sentence_words(msg.sentences[word.sentence])
    if word.case != "Gen" or not any(w.addresses_reader for w in words):
        return False
    through = any(d.head == word.i and d.lemma == "kautta" for d in words)
    dealt = any(d.head == word.i and d.lemma == "kanssa" for d in words) and any(
        w.lemma in _DEALS for w in words
    )
    return through or dealt


def _done_at_unlike_us(msg: AnalysedMessage, word: Word) -> bool:
    """ "Meillä … Rantalalla asiat hoidetaan vähän "tehokkaammin"": a surname where a
    passive says how things are done, set against the seller's own way in the same
    or the previous sentence, is a firm like the seller."""
    if word.case != "Ade" or word.head == word.i or msg.words[word.head].person != 4:
        return False
    sentence = msg.sentences[word.sentence]
    around = list(msg.sentence_words(sentence))
    if sentence.index > 0:
        around += msg.sentence_words(msg.sentences[sentence.index - 1])
    return any(w.refers_to_seller for w in around)


def _trade_and_surname(msg: AnalysedMessage, word: Word) -> bool:
    """ "Isännöinti Mäkelä", "Kuljetus Virtanen", "Koponen Digital": a trade
    capitalised before a surname, or a coined word after it, is how a small Finnish
    firm is named (Voikko may read the surname as a place)."""
    if not any(r.word_class in ("sukunimi", "paikannimi") for r in word.readings):
        return False
    # "Pakkaus-Ruohonen", "Sähkö-Virtanen": joined by a hyphen, Voikko reads a surname
    # with a common-noun first part (not a double surname: "Ala-Nissilä", "Mäki-Petäjä")
    prefix, dash, surname = word.text.partition("-")
    if (
        dash
        and surname[:1].isupper()
        and len(prefix) >= 4
        and prefix.lower() not in _SURNAME_PREFIXES
        and any(
            r.word_class == "sukunimi" and r.baseform[:1].islower() and len(r.parts) > 1
            for r in word.readings
        )
    ):
        return True
    # the two make one name ("Isännöinti Mäkelä on…"), not a thing and a place
    # ("Toimisto Oulun keskustassa")
    if word.i > 0:
        trade = msg.words[word.i - 1]
        if (
            (word.head == trade.i or trade.head == word.i)
            and trade.text[:1].isupper()
            and trade.sentence == word.sentence
            and bool(trade.readings)
            and all(r.word_class == "nimisana" for r in trade.readings)
        ):
            return True
    # "Koponen Digitalin kanssa": a surname before a word of the firm's own making
    # (not a person's name before the next sentence's word: the same sentence only)
    if word.i + 1 >= len(msg.words) or _after_first_name(msg, word):
        return False
    tail = msg.words[word.i + 1]
    return (
        (tail.head == word.i or word.head == tail.i)
        and tail.text[:1].isupper()
        and tail.sentence == word.sentence
        and not tail.is_placeholder
        # unknown to Voikko, or joined to the surname as one name ("Digitalin": flat:name)
        and (
            not tail.readings
            or (
                tail.dep == "flat:name"
                and not any(r.word_class in _PERSON_OR_PLACE for r in tail.readings)
            )
        )
    )


def _firm_surnames(msg: AnalysedMessage) -> frozenset[str]:
    """Surnames the message shows to be firms somewhere ("Raution ohjelmalla"), so
    that "Rautio lupaa paljon" later is the firm too."""
    found: frozenset[str] | None = msg.memo.get(_firm_surnames)
    if found is None:
        # ("Pyörä-Virtanen Oy", then "Virtasella": the surname of a hyphenated name
        # stands for the firm alone too)
        found = msg.memo[_firm_surnames] = frozenset(
            key
            for w in msg.words
            if w.text[:1].isupper()
            and any(r.word_class in ("sukunimi", "paikannimi") for r in w.readings)
            # ("laitteitanne huoltaa tällä hetkellä Kylmälä": who serves the reader)
            and (_supplied_by(msg, w) or _serves_the_reader(msg, w))
            for key in {w.lemma.lower(), w.lemma.lower().rsplit("-", 1)[-1]}
        )
    return found


_VENDOR_PRODUCTS = frozenset(
    {"järjestelmä", "ohjelma", "ohjelmisto", "sovellus", "alusta", "laite", "tuote",
     "palvelu", "tarjous", "hinnasto", "mallisto", "valikoima"}
)  # fmt: skip


# the kinds of business a surname may own: "Heikkilän autovuokraamo", "Hakalan pesula"
# ("Salon toimisto" is as often the office in Salo)
_BUSINESS_KINDS = frozenset(
    {"vuokraamo", "korjaamo", "huoltamo", "liike", "yhtiö", "firma", "kauppa",
     "tukku", "paino", "pesula", "autokeskus", "klinikka", "laboratorio", "leipomo",
     "isännöinti", "konepaja", "verstas", "autotalo"}
)  # fmt: skip


_VENDOR_STAFF = frozenset(
    {"asentaja", "huoltomies", "huolto", "tuki", "asiakaspalvelu", "myyjä", "laskutus",
     "kuljettaja", "päivystys", "teknikko", "huoltoauto", "jätkä", "porukka", "väki"}
)  # fmt: skip


def _name_keys(word: Word) -> set[str]:
    return {word.lower, word.lemma.lower()}


def _same_name(key: str, names: frozenset[str]) -> bool:
    """ "pyöräkulman" is "pyöräkulma": a case ending on an unknown name; and so are
    two endings on one stem, "HyllyPron" and "HyllyProlta"."""
    for name in names:
        if key == name:
            return True
        short, long_ = sorted((key, name), key=len)
        if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 5:
            return True
        stem = _common_start(key, name)
        if len(stem) >= 4 and key[len(stem) :] in _ENDINGS and name[len(stem) :] in _ENDINGS:
            return True
    return False


def _common_start(one: str, other: str) -> str:
    """The longest start the two strings share."""
    n = 0
    while n < min(len(one), len(other)) and one[n] == other[n]:
        n += 1
    return one[:n]


# case endings an unknown name takes on an unchanged stem
_ENDINGS = frozenset(
    {"", "n", "a", "ä", "ta", "tä", "lla", "llä", "lta", "ltä", "lle", "ssa", "ssä", "sta",
     "stä", "hin", "hon", "ksi", "na", "nä", "kin", "han", "hän"}
)  # fmt: skip


def own_names(msg: AnalysedMessage) -> frozenset[str]:
    """Names of the seller and the reader, lowercased: the signature, and the names
    in the subject, the greeting and an outline's title slide ("Kassan uudistus –
    Pyöräkulma", "Emilia Koski, Kassavirta Oy")."""
    known: frozenset[str] | None = msg.memo.get(own_names)
    if known is None:
        known = msg.memo[own_names] = _own_names(msg)
    return known


def _recipients_names(msg: AnalysedMessage) -> frozenset[str]:
    """ "To: outi@taikametsa.fi" … "Taikametsän kokoisessa päiväkodissa": the words
    that spell the reader's domain name the reader's own firm."""
    known: frozenset[str] | None = msg.memo.get(_recipients_names)
    if known is not None:
        return known
    recipient = _RECIPIENT_DOMAIN.search(msg.source[: msg.message.body_start])
    domain = _as_domain(recipient.group(1)) if recipient else None
    known = msg.memo[_recipients_names] = frozenset(
        key
        for word in msg.words
        if domain is not None
        and word.text[:1].isupper()
        and domain in {_as_domain(k) for k in _name_keys(word)}
        for key in _name_keys(word)
    )
    return known


def _own_names(msg: AnalysedMessage) -> frozenset[str]:
    names = set(seller_names(msg))
    first_slide = msg.blocks[0].block.slide if msg.blocks else None
    used = _used_by_reader(msg)
    names.update(_recipients_names(msg))
    for word in msg.words:
        block = msg.blocks[word.block].block
        frame = block.kind in ("subject", "greeting")
        title_slide = msg.kind == "outline" and block.slide == first_slide
        if (frame or title_slide) and _name_like(msg, word, lenient=True):
            keys = _name_keys(word)
            # (an outline's title slide is its subject line)
            headline = block.kind == "subject" or title_slide
            # "Aihe: Laskurivi ja urakkapalkat" … "käytätte Laskurivin ohjelmaa": the
            # subject may name the reader's supplier, which the body shows
            if headline and any(_same_name(k, used) for k in keys):
                continue
            if headline and _set_against_seller(msg, word, names):
                continue  # "Aihe: Ajotapa vai Kettunen Telematiikka?": the rival
            if headline and _replaced(msg, word):
                continue  # "Aihe: Vaihtoehto Kalenterixille": the one to replace
            if headline and _spoken_of_as_them(msg, keys):
                continue  # "Aihe: Konevarman raportit" … "Konevarma …: heidän pohjansa…"
            if headline and _dealt_with(msg, keys):
                continue  # "Aihe: Välkyn jatkokausi" … "nykyinen sopimus Välkyn kanssa"
            if headline and _made_for_reader(msg, keys):
                continue  # "Aihe: Lämpöluotsin raportti" … "lähetit Lämpöluotsin tekemän raportin"
            if _switched_from(msg, word):
                continue  # "Hammasdatasta Hammasvuoroon": the one the reader leaves
            if title_slide and block.kind != "title" and word.case in ("Ine", "Ela", "Ill"):
                # "- Varaukset Varauskoneessa", "- työt kirjataan Huoltopilveen": the
                # system the reader's data is in
                continue
            names.update(keys)
    for word in msg.words:
        if _answered_as_we(msg, word):
            names.update(_name_keys(word))
    return frozenset(names)


def _answered_as_we(msg: AnalysedMessage, word: Word) -> bool:
    """A slide title makes the name the subject of a verb its points then say in
    the 1st person plural: "Mitä Kallavesi ei tee" – "Tilintarkastusta emme tee
    itse". The points answer the title as "we", so the name is the seller's
    ("Miksi ei Lukupiste?" – "Emme suosittele sitä" says another verb)."""
    block = msg.blocks[word.block].block
    if (
        msg.kind != "outline"
        or block.kind != "title"
        or block.slide is None
        or not word.dep.startswith("nsubj")
        or word.head == word.i
        or not word.text[:1].isupper()
    ):
        return False
    verb = msg.words[word.head].lemmas  # (a title's "lupaa" may parse as the noun)

    def said_by_us(w: Word) -> bool:
        if w.person == 1 and w.number == "pl":
            return True
        return any(
            a.head == w.i and a.lemma == "ei" and a.person == 1 and a.number == "pl"
            for a in msg.words[max(0, w.i - 3) : w.i]
        )

    return any(
        w.lemmas & verb and w.block != word.block and said_by_us(w)
        for w in msg.words
        if msg.blocks[w.block].block.slide == block.slide
    )


def _made_for_reader(msg: AnalysedMessage, keys: Iterable[str]) -> bool:
    """The body names the subject's name as the maker of something the reader has:
    "lähetit Lämpöluotsin viime vuonna tekemän raportin" (the agent participle's
    genitive, in a sentence to the reader). The seller would say "tekemämme", and the
    reader's own firm is known by the address it was sent to."""
    names = frozenset(keys)
    if names & _recipients_names(msg):
        return False
    return any(
        word.case == "Gen"
        and word.head != word.i
        and any(r.participle == "agent" for r in msg.words[word.head].readings)
        and any(w.addresses_reader for w in msg.sentence_words(msg.sentences[word.sentence]))
        for word in _body_mentions(msg, names)
    )


def _body_mentions(msg: AnalysedMessage, names: frozenset[str]) -> Iterator[Word]:
    """The capitalised words of the body (not the subject, the greeting or the
    signature) that name one of ``names``: where a headline name is spoken of."""
    for word in msg.words:
        if (
            word.text[:1].isupper()
            and msg.blocks[word.block].block.kind not in ("subject", "greeting", "signature")
            and any(_same_name(k, names) for k in _name_keys(word))
        ):
            yield word


_REPLACING = frozenset({"vaihtoehto", "korvaaja", "seuraaja"})


def _spoken_of_as_them(msg: AnalysedMessage, keys: Iterable[str]) -> bool:
    """The body speaks of the name as a third party: "Konevarma on kyllä edelläkävijä:
    heidän raporttipohjansa…" ("they" after the name, see `_they_follow`; the reader
    would be "you", the seller "we"), or "Termosetin "pilvipalvelu"" (its thing held
    at a distance in quotation marks)."""
    for word in _body_mentions(msg, frozenset(keys)):
        sentence = msg.sentence_words(msg.sentences[word.sentence])
        if any(w.lemma == "he" and w.i > word.i for w in sentence) or _they_follow(msg, word):
            return True
        if _spoken_ne_follows(msg, word):
            return True
        after = msg.source[word.end : word.end + 2].lstrip(" ")[:1]
        if word.case == "Gen" and after in QUOTES:
            return True
    return False


# a deal one party has with another
_DEALS = frozenset({"sopimus", "sopimuskausi", "yhteistyö", "asiakkuus", "kumppanuus"})


def _dealt_with(msg: AnalysedMessage, keys: Iterable[str]) -> bool:
    """The body names the subject's name as someone's counterpart, which the reader
    is not: a deal "with" it that is not the seller's ("Tuulikorven nykyinen sopimus
    Välkyn kanssa"), its deal in a sentence to the reader ("jatkatteko Välkyn
    sopimusta"), the place someone moves to ("Routasaari siirtyi Välkkyyn",
    "harkitset siirtymistä Saaristotileille"), the one moved from ("Tase
    Classicista Saldoon") or the channel a deal goes through ("Vaarametsän kautta")."""
    for word in _body_mentions(msg, frozenset(keys)):
        if word.head == word.i:
            continue
        head = msg.words[word.head]
        if word.case in ("Ill", "All") and head.lemmas & _LEAVING and not head.refers_to_seller:
            return True
        words = msg.sentence_words(msg.sentences[word.sentence])
        with_it = any(w.head == word.i and w.lemma == "kanssa" for w in words)
        if with_it and head.lemma in _DEALS and not head.refers_to_seller:
            return True
        # ("teillä mietitään Koetorin sopimuksen jatkamista": the reader's deal, its name
        # the other side of it)
        if (
            word.dep == "nmod:poss"
            and head.lemma in _DEALS
            and not head.possessive
            and any(w.addresses_reader for w in words)
        ):
            return True
        if _switched_from(msg, word):
            return True  # "siirtymäsuunnitelma Tase Classicista Saldoon": the one left
        if any(w.head == word.i and w.lemma == "kautta" for w in words):
            return True  # "tila myy leimikkoa Vaarametsän kautta": a channel, not the reader
        if (
            word.case in ("Abl", "Ela")
            and head.lemmas & (_LEAVING | {"tulla"})
            and any(w.refers_to_seller and w.head == head.i for w in words)
        ):
            return True  # "asiakkaistamme tuli meille Numeralta": the one left for the seller
    return False


def _replaced(msg: AnalysedMessage, word: Word) -> bool:
    """ "Vaihtoehto Kalenterixille", "Kalenterixin tilalle", "Arkistovahdin jälkeen",
    "ilman Kalenterixia": the name the heading offers to replace, the reader's current
    supplier."""
    start = word.i
    # ("vaihtoehto Juhlatalo Kuohulle": back over the name's other capitalised words)
    while (
        start > 0
        and msg.words[start - 1].sentence == word.sentence
        and msg.words[start - 1].text[:1].isupper()
        and (word.dep.startswith("flat") or msg.words[start - 1].dep.startswith("flat"))
    ):
        start -= 1
    before = msg.words[start - 1] if start > 0 else None
    after = msg.words[word.i + 1] if word.i + 1 < len(msg.words) else None
    return (
        (
            word.case == "All"
            and before is not None
            and before.sentence == word.sentence
            and before.lemma in _REPLACING
        )
        or (
            # "asiakaspalvelu ilman Palvelukaaren kahleita", "arki ilman Kalenterixia"
            before is not None and before.sentence == word.sentence and before.lower == "ilman"
        )
        or (
            word.case == "Gen"
            and after is not None
            and after.sentence == word.sentence
            # ("Aihe: Arkistovahdin jälkeen kaikki tuntuu nopealta": the one left behind)
            and after.lower in ("tilalle", "sijaan", "sijasta", "korvaajaksi", "jälkeen")
        )
    )


def _switched_from(msg: AnalysedMessage, word: Word) -> bool:
    """A name in the elative with another in the illative after it in the same
    heading, "Hammasdatasta Hammasvuoroon": from the old supplier to the new one; or
    with a word of leaving, "Arkivosta siirtyminen"."""
    if word.case != "Ela":
        return False
    if word.head != word.i and msg.words[word.head].lemmas & _LEAVING:
        return True
    return any(
        w.i > word.i and w.case == "Ill" and _name_like(msg, w, lenient=True)
        for w in msg.sentence_words(msg.sentences[word.sentence])
    )


# what the reader uses, or weighs buying: "mietit Kettusen laitteita"
_USING = frozenset({"käyttää", "ostaa", "tilata", "vuokrata", "miettiä", "harkita", "punnita"})


def _set_against_seller(msg: AnalysedMessage, word: Word, sellers: set[str]) -> bool:
    """A subject name set against the seller's by "vai" or "vs.": "Ajotapa vai
    Kettunen?" names a rival, not the seller or the reader."""
    words = msg.sentence_words(msg.sentences[word.sentence])
    pivots = [w.i for w in words if w.lower in ("vai", "vs", "vastaan")]
    if not pivots:
        return False
    mine = [w.i for w in words if w.text[:1].isupper() and _name_keys(w) & sellers]
    pivot = pivots[0]
    return any((m < pivot) != (word.i < pivot) for m in mine) and not _name_keys(word) & sellers


# what one leaves a supplier by: "siirto Purukellosta", "vaihdoitte Kassamestarista"
_LEAVING = frozenset(
    {"siirto", "siirtyminen", "siirtyä", "vaihto", "vaihtaminen", "vaihtaa", "luopua",
     "luopuminen", "muutto", "muuttaa"}
)  # fmt: skip


def _used_by_reader(msg: AnalysedMessage) -> frozenset[str]:
    """Names the body gives as what the reader uses: "käytätte Laskurivin ohjelmaa",
    "tilaatte Kuljetus Mäkiseltä" (the name, or the name owning the thing used)."""
    found: set[str] = set()
    for word in msg.words:
        if (
            not word.text[:1].isupper()
            or (word.pos not in ("NOUN", "PROPN") and not _only_compound(word))
            or word.i == msg.sentences[word.sentence].first  # capitalised as an opening
            or msg.blocks[word.block].block.kind in ("subject", "greeting")
        ):
            continue
        if _equated_with_readers(msg, word):
            found.update(_name_keys(word))  # "Jos kassananne on Kassamestari"
            continue
        if word.case == "Ela" and msg.words[word.head].lemmas & _LEAVING:
            found.update(_name_keys(word))  # "Siirto Purukellosta on tehty 34 klinikalle"
            continue
        owned = msg.words[word.head] if word.dep == "nmod:poss" else word  # "Laskurivin ohjelmaa"
        holder = msg.words[owned.head]
        if owned.dep == "nsubj:cop" and holder.case == "Ade" and holder.addresses_reader:
            found.update(_name_keys(word))  # "teillä on Reittivahti": what the reader has
            continue
        # ("toimistollanne on käytössä Arkistovahdin järjestelmä": the parser may make
        # the thing in use the object of "käytössä")
        in_use = owned.dep.startswith("nsubj") or (
            owned.dep in ("obj", "nmod", "appos") and holder.lemma == "käyttö"
        )
        if in_use and _in_readers_use(msg, word.sentence):
            found.update(_name_keys(word))  # "klinikallanne on käytössä Varausväylän järjestelmä"
            continue
        if word.case == "Abl" and _quote_asked(msg, word):
            found.update(_name_keys(word))  # "olet pyytänyt tarjousta myös HyllyProlta"
            continue
        if _done_for_reader_at(msg, word):
            found.update(_name_keys(word))  # "ohjekirjanne on käännetty Sanamyllyssä"
            continue
        sentence = msg.sentence_words(msg.sentences[word.sentence])
        if any(w.head == owned.i and w.lower in _RELIED_ON for w in sentence) and any(
            w.addresses_reader for w in sentence
        ):
            found.update(_name_keys(word))  # "terminaalinne on PohjanNetin linkin varassa"
            continue
        used = word if word.dep.startswith("obj") or word.case in ("Abl", "Ela") else None
        if used is None and word.dep == "nmod:poss":
            used = owned
        if used is None or used.head == used.i:
            continue
        verb = msg.words[used.head]
        # ("teidän myymälänne käyttävät Kuusela Palkkojen ohjelmaa": the reader's own
        # unit as the subject counts as the reader; "kokeilette toimistolla Puhekonetta":
        # what the reader tries out too)
        # ("olette ostaneet": the tagger may lemmatise the participle as itself)
        if ((verb.lemmas | participle_verbs(verb)) & _USING or _trying(verb)) and (
            readers_verb(verb, sentence) or _at_the_readers(msg, verb, sentence)
        ):
            found.update(_name_keys(word))
    return frozenset(found)


# "X:n varassa": what something of the reader's relies on
_RELIED_ON = frozenset({"varassa", "varaan", "varassaan"})


def _at_the_readers(msg: AnalysedMessage, verb: Word, words: list[Word]) -> bool:
    """A passive done at the reader's own place: "Honkaharjun päiväkodeissa käytetään
    yhä X:n järjestelmää" written to honkaharju.fi, "toimipisteissänne käytetään"."""
    if verb.person != 4:
        return False
    places = [w for w in words if w.head == verb.i and w.case in ("Ine", "Ade")]
    theirs = _recipients_names(msg)
    return any(
        p.addresses_reader
        or any(
            w.addresses_reader or _name_keys(w) & theirs
            for w in _under(msg, words, p, lambda _: False)
        )
        for p in places
    )


def _done_for_reader_at(msg: AnalysedMessage, word: Word) -> bool:
    """ "harvesterienne ohjekirjat on käännetty Sanamyllyssä", "palkkanne lasketaan
    Tilikaarella": the reader's own thing done at a firm, not by the seller or the
    reader: the firm serves the reader."""
    if word.case not in ("Ine", "Ade", "Abl") or word.head == word.i:
        return False
    words = msg.sentence_words(msg.sentences[word.sentence])
    # (the parser may hang the place on the main verb: "Tiedän, että prototyyppisi
    # ladotaan nyt Piirivirralla": the verb just before it counts too)
    before = [w for w in words if word.i - 3 <= w.i < word.i and w.pos == "VERB" and w.finite]
    for verb in (msg.words[word.head], *before[-1:]):
        if verb.pos not in ("VERB", "AUX") or verb.refers_to_seller or verb.person in (1, 2):
            continue
        args = [w for w in words if w.head == verb.i and w.dep.startswith(("obj", "nsubj"))]
        if any(
            (a.possessive or "").startswith("2")
            or any(d.head == a.i and (d.possessive or "").startswith("2") for d in words)
            for a in args
        ):
            return True
    return False


def _trying(verb: Word) -> bool:
    """The reader trying a thing out, told ("kokeilette", "testasitte"), not bidden:
    "kokeilkaa Kirjuria" is the seller offering its own."""
    return bool(verb.lemmas & _TRYING) and (
        verb.reading is None or verb.reading.mood != "imperative"
    )


_TRYING = frozenset({"kokeilla", "testata", "pilotoida"})


_QUOTES_ASKED = frozenset({"tarjous", "hinta", "hinnasto", "hinta-arvio", "kustannusarvio"})


def _quote_asked(msg: AnalysedMessage, word: Word) -> bool:
    """The reader asks the name for a quote, or gets one: "pyysitte tarjousta
    Kattomestarilta", "saitte Metsävarmalta tarjouksen"."""
    verb = word
    # (up to the verb: the parser may hang the name on the quote's topic)
    while verb.head != verb.i and (verb is word or verb.pos != "VERB"):
        verb = msg.words[verb.head]
    words = msg.sentence_words(msg.sentences[word.sentence])
    # ("Yhtiönne sai Metsävarmalta tarjouksen": a quote the reader got from it)
    return (
        verb is not word
        # (stems: the tagger gives a perfect's participle, "olet pyytänyt", its own lemma)
        and (
            any(lemma.startswith(("pyytä", "pyyd", "pyys")) for lemma in verb.lemmas)
            or "saada" in verb.lemmas
        )
        and readers_verb(verb, words)
        and any(w.head == verb.i and w.lemma in _QUOTES_ASKED for w in words)
    )


def readers_verb(verb: Word, words: list[Word]) -> bool:
    """The reader does it: "käytätte", "olette käyttäneet" (the person on the
    auxiliary), "toimistonne käyttää" (the reader's own unit as the subject)."""
    return verb.person == 2 or any(
        a.head == verb.i
        and (
            (a.dep.startswith("nsubj") and a.addresses_reader) or (a.dep == "aux" and a.person == 2)
        )
        for a in words
    )


def _equated_with_readers(msg: AnalysedMessage, word: Word) -> bool:
    """ "kassananne on Kassamestari": a name said to be the reader's own thing."""
    words = msg.sentence_words(msg.sentences[word.sentence])
    pivot = word if word.dep != "cop" else msg.words[word.head]
    linked = [w for w in words if w.head == pivot.i or w.i == pivot.head] + [pivot]
    return any(w.lemma == "olla" for w in words) and any(
        (w.possessive or "").startswith("2") and w.pos == "NOUN" and w.i != word.i for w in linked
    )


def _in_readers_use(msg: AnalysedMessage, sentence: int) -> bool:
    """The sentence says what the reader has in use: "teillä on käytössä …",
    "klinikallanne on käytössä …" (an adessive of the reader's, and "käytössä")."""
    words = msg.sentence_words(msg.sentences[sentence])
    in_use = any(w.lemma == "käyttö" and w.case == "Ine" for w in words)
    # ("Virralla on tietääkseni käytössä Kalenterix", "Purilaislaaksossa on käytössä
    # Vuoroässä": the reader named by its own name)
    return in_use and any(
        (w.case == "Ade" or (w.case == "Ine" and w.pos == "PROPN"))
        and (w.addresses_reader or w.pos == "PROPN" or (w.text[:1].isupper() and w.i != words[0].i))
        for w in words
    )


def is_own_name(word: Word, own: frozenset[str]) -> bool:
    keys = _name_keys(word)
    return (
        word.text[:1].isupper()
        and any(_same_name(k, own) for k in keys)
        and (bool(keys & own) or not _own_word_as_prefix(word, own))
    )


def _own_word_as_prefix(word: Word, own: frozenset[str]) -> bool:
    """ "Tilipilvessä" beside the seller "Tase & Tili Oy": an own name's word that the
    dictionary reads as the first part of a compound is another name built on a common
    word, not that name with a case ending."""
    return any(len(r.parts) > 1 and r.parts[0] in own for r in word.readings)


def reader_surnames(msg: AnalysedMessage) -> frozenset[str]:
    """The reader's surnames, lowercased: from the To and Cc display names of an .eml
    ("Emma Pakkanen") and a surname in the greeting ("Hyvä Pekka Hirvonen")."""
    found: frozenset[str] | None = msg.memo.get(reader_surnames)
    if found is None:
        named = {n.split()[-1].lower() for n in msg.message.recipients if len(n.split()) > 1}
        named |= {
            w.lemma.lower()
            for w in msg.words
            if msg.blocks[w.block].block.kind == "greeting"
            and w.text[:1].isupper()
            and any(r.word_class == "sukunimi" for r in w.readings)
        }
        found = msg.memo[reader_surnames] = frozenset(named)
    return found


def _readers_family_name(msg: AnalysedMessage, word: Word) -> bool:
    """A name made of the reader's surname ("Pakkasen Instagram", "Hirvosen Sahan
    sopimukset" to Pekka Hirvonen) is the reader's family firm, not another party."""
    surnames = reader_surnames(msg)
    if not surnames:
        return False
    before = msg.words[word.i - 1] if word.i > 0 else None
    return word.lemma.lower() in surnames or (
        before is not None
        and before.sentence == word.sentence
        and before.case == "Gen"
        and before.lemma.lower() in surnames
    )


# "As Oy", "Asunto Oy", "Kiinteistö Oy": the form a housing or property company is named by
_HOUSING_FORMS = frozenset({"as", "asunto", "kiinteistö", "koy", "asoy"})


def in_housing_company_name(msg: AnalysedMessage, word: Word) -> bool:
    """A word of a housing company's name: "As Oy Rekolan Sorsapuisto" (the form and
    the capitalised words after it in the same sentence)."""
    k = word.i
    while k >= 0 and msg.words[k].sentence == word.sentence:
        current = msg.words[k]
        if current.lower == "oy" and k > 0 and msg.words[k - 1].lower in _HOUSING_FORMS:
            return True
        if (
            current.lower in _HOUSING_FORMS
            and k + 1 < len(msg.words)
            and msg.words[k + 1].lower == "oy"
        ):
            return True
        if not current.text[:1].isupper():
            return False
        k -= 1
    return False


def is_third_party_name(msg: AnalysedMessage, word: Word, own: frozenset[str]) -> bool:
    """A company or product name that is neither the seller's nor the reader's."""
    if (word.possessive or "")[:1] in ("1", "2"):
        return False  # "Kellotalonne": the reader's own
    if in_housing_company_name(msg, word):
        return False  # "As Oy Rekolan Sorsapuisto": a customer's kind, never a rival
    if word_heads(word) & _EVERYDAY_TOOLS or word.lower.split("-")[0] in _EVERYDAY_TOOLS:
        return False  # "Excel-taulukot ovat hitaita": the status quo, not a vendor
    # (the stem after a hyphen only: "Educa-messuilla"; "Messuvirran" is a firm that
    # builds for fairs, its head is "virta")
    if word_heads(word) & _EVENTS or (
        "-" in word.lower and word.lower.rsplit("-", 1)[-1].startswith(EVENT_STEMS)
    ):
        return False  # "Logistiikkamessuilla", "Educa-messuilla": where one met, no vendor
    if word.lower.split("-")[0] in _STANDARDS:
        return False  # "ATEX-trukit", "CE-merkintä", "LED-valaisimet": a standard, no maker
    if word_heads(word) & PUBLIC_BODIES:
        return False  # "Verohallinto voi arvioida puutteellisen…": an authority, no vendor
    if word.case in ("Ine", "Ela", "Ill") and any(
        r.word_class == "paikannimi" for r in word.readings
    ):
        return False  # "palaavat Suomeen", "Tukholmassa": where, not who
    if (
        word.case in ("Ine", "Ela", "Ill", "Ade")
        and any(len(r.parts) > 1 and r.parts[-1] in PLACE_NOUNS for r in word.readings)
        # ("Järvikoskella on kömpelö ohjelma": a holder of something is a party)
        and not any(
            w.head == word.i and w.dep == "cop:own"
            for w in msg.sentence_words(msg.sentences[word.sentence])
        )
        and not _they_there(msg, word)
        # ("prototyyppisi ladotaan nyt Piirivirralla": the reader's thing done there,
        # a firm serving the reader)
        and not _done_for_reader_at(msg, word)
    ):
        return False  # "esteistä petti Sarvilahdella kaksi": a place shaped as places are
    if (
        # ("eri puolilla Suomea": the partitive of a part of a place)
        word.case in ("Gen", "Par")
        and word.head != word.i
        and msg.words[word.head].case in LOCAL_CASES
        and any(r.word_class == "paikannimi" for r in word.readings)
        # ("Heikkilän autovuokraamolta", then "Heikkilän hinnoittelusta": the firm's)
        and word.lemma.lower() not in _firm_surnames(msg)
    ):
        return False  # "Ruotsin sovelluskaupassa", "Tampereen toimipisteellä": where too
    if _after_first_name(msg, word):
        return False  # "Pekka Salon isännöimät taloyhtiöt": a person, not a firm
    if _readers_family_name(msg, word):
        return False  # "Hirvosen Sahan sopimukset" to Pekka Hirvonen: the reader's own firm
    if _visited(msg, word):
        return False  # "kävin lounaalla Kahvila Pihlajassa": the place the writer saw
    if ours_by_apposition(msg, word):
        return False  # "asiakkaamme Kielipaja": the seller's customer, named
    if _sellers_line(msg, word):
        return False  # "Helmi Jonon avulla" from "Helmiapteekkipalvelut Oy": its product
    if _foreign_gloss(msg, word):
        return False  # "teitittely (Sie)", "energiatermit (Arbeitspreis, Grundpreis)"
    if _cited_publisher(msg, word):
        return False  # "Kaupan Analyysikeskuksen raportin mukaan": a source, no party
    return _name_like(msg, word) and not is_own_name(word, own)


def _cited_publisher(msg: AnalysedMessage, word: Word) -> bool:
    """The maker of a published source the writer cites as right: "Kaupan
    Analyysikeskuksen syyskuun raportin mukaan …" (but "Kilpailijan raportissa oli
    virheitä" judges the report)."""
    if word.case != "Gen" or word.head == word.i:
        return False
    source = msg.words[word.head]
    for _ in range(2):  # ("syyskuun raportin": the parser may hang it on the month)
        if word_heads(source) & (PUBLISHED_SOURCES | DATA_SOURCES) or source.case != "Gen":
            break
        source = msg.words[source.head]
    return bool(word_heads(source) & (PUBLISHED_SOURCES | DATA_SOURCES)) and any(
        w.head == source.i and w.lemma == "mukaan"
        for w in msg.sentence_words(msg.sentences[word.sentence])
    )


def _sellers_line(msg: AnalysedMessage, word: Word) -> bool:
    """A product named by the first part of the seller's compound name ("Helmi Kassa",
    "Helmi Jono" from "Helmiapteekkipalvelut Oy") is the seller's own line: the word is
    that part, or follows it in the same name."""
    stems = _brand_stems(msg)
    if not stems:
        return False
    before = msg.words[word.i - 1] if word.i > 0 else None
    named = [word] if before is None or before.sentence != word.sentence else [before, word]
    return any(w.text[:1].isupper() and _name_keys(w) & stems for w in named)


def _brand_stems(msg: AnalysedMessage) -> frozenset[str]:
    """The first parts, four letters or more, of the compound names on the line the
    seller signs with a company form ("helmi" of "Helmiapteekkipalvelut Oy"; a
    person's "Koskimies" is no "Koski" line)."""
    known: frozenset[str] | None = msg.memo.get(_brand_stems)
    if known is None:
        voikko = get_voikko()
        known = msg.memo[_brand_stems] = frozenset(
            r.parts[0]
            for line in _signature_lines(msg)
            if _has_company_form(line)
            for name in _CAPITALISED.findall(line)
            for r in voikko.analyse(name.lower())
            if len(r.parts) > 1 and len(r.parts[0]) >= 4
        )
    return known


# nouns whose bracketed name names a party: "toimittajanne (Nordtec)"
_NAMED_IN_BRACKETS = frozenset(
    {"toimittaja", "kilpailija", "yritys", "yhtiö", "firma", "toimija", "kumppani", "tarjoaja",
     "valmistaja", "urakoitsija", "talo", "ketju", "konsultti", "toimisto", "järjestelmä",
     "ohjelmisto", "palvelu", "sovellus", "alusta", "merkki", "tuote", "laite"}
)  # fmt: skip


def _foreign_gloss(msg: AnalysedMessage, word: Word) -> bool:
    """A foreign word in brackets after a common noun glosses it ("teitittely (Sie)"),
    and one after "kuten" is an example of it ("termit, kuten "Umsatzkosten…""): a
    term of another language, not a firm or a product."""
    if word.readings:
        return False  # the dictionary knows it: a Finnish name may be a firm's
    sentence = msg.sentence_words(msg.sentences[word.sentence])
    before = [w for w in sentence if w.i < word.i and w.text not in QUOTES]
    at = len(before) - 1
    # back over the other glossed words of a list: "(Arbeitspreis, Grundpreis)"
    while at >= 1 and before[at].text == "," and not before[at - 1].readings:
        at -= 2
    if at < 1:
        return False
    if before[at].text == "(" or before[at].lemma == "kuten":
        glossed = before[at - 1] if before[at - 1].text != "," else before[at - 2]
        return (
            glossed.pos == "NOUN"
            and not glossed.is_name
            and not word_heads(glossed) & _NAMED_IN_BRACKETS
        )
    return False


OUR_RELATIONS = frozenset({"asiakas", "kumppani", "yhteistyökumppani", "jälleenmyyjä"})
# the seller's rivals, "our competitor" though they are: never the seller itself
_RIVALS = frozenset({"kilpailija", "kilpailijayritys"})


def ours_by_apposition(msg: AnalysedMessage, word: Word) -> bool:
    """A name right after "asiakkaamme", "tekniikkakumppanimme": one of the seller's own
    customers or partners, which the parser seldom links to the name."""

    def ours(w: Word) -> bool:
        # (a compound too: "tekniikkakumppanimme", "jälleenmyyjäasiakkaamme")
        return bool(({w.lemma} | word_heads(w)) & OUR_RELATIONS) and (
            w.possessive or ""
        ).startswith("1")

    # (from any word of the name: "kumppanimme Valo & Ääni Oy")
    for back in range(1, 5):
        if word.i < back or (before := msg.words[word.i - back]).sentence != word.sentence:
            return False
        if ours(before):
            return True
        if not (before.text[:1].isupper() or before.text == "&"):
            return False
    return False


_VISITING = frozenset({"käydä", "vierailla", "asioida", "syödä", "yöpyä", "olla"})


def _visited(msg: AnalysedMessage, word: Word) -> bool:
    """A name in a local case where the writer went ("kävin X:ssä", "vierailimme
    X:llä"): the premises the writer observed, most often the reader's own."""
    # "Kahvila Pihlajassa": the name's last word carries the case, and the parser
    # may make either word the head of the name
    phrase = msg.words[word.head] if word.dep in _NAME_PARTS else word
    parts = [phrase, *(w for w in msg.sentence_words(msg.sentences[word.sentence])
                       if w.head == phrase.i and w.dep in _NAME_PARTS)]  # fmt: skip
    verb = msg.words[phrase.head]
    return (
        any(w.case in ("Ine", "Ade") for w in parts)
        and verb.lemma in _VISITING
        and verb.finite
        and verb.person == 1
        and verb.reading is not None
        and verb.reading.tense == "past_imperfective"
    )


_NAME_PARTS = frozenset({"compound:nn", "flat", "flat:name"})


def _after_first_name(msg: AnalysedMessage, word: Word) -> bool:
    """A surname after a first name in the same sentence ("Pekka Salon"), unless a
    company form follows ("Matti Virtanen Oy")."""
    i = word.i
    if i == 0 or msg.words[i - 1].sentence != word.sentence:
        return False
    before = msg.words[i - 1]
    if not (
        before.text[:1].isupper()
        and before.readings
        and all(r.word_class == "etunimi" for r in before.readings)
    ):
        return False
    if before.case not in (None, "", "Nom"):
        return False  # "Pirkan Kiinteistöpalvelulle": a first name inflects only as a firm's
    after = msg.words[i + 1] if i + 1 < len(msg.words) else None
    return after is None or after.lower.strip(".") not in _COMPANY_FORMS


# Authorities ("Verohallinto", "Ruokavirasto", "Maanmittauslaitos"): what they may
# do to the reader is the reader's risk, not a rival put down, and what they require
# is news ("EU ottaa käyttöön …").
PUBLIC_BODIES = frozenset(
    {
        "hallinto", "virasto", "viranomainen", "ministeriö", "tuomioistuin", "tulli",
        "kela", "poliisi", "verottaja", "maanmittauslaitos", "rekisterihallitus",
        "eu", "komissio", "eduskunta", "valtio", "verohallinto", "traficom", "tukes",
        "ruokavirasto", "avi", "ely-keskus", "hyvinvointialue", "kunta", "pelastuslaitos",
        "sairaanhoitopiiri", "aluehallintovirasto", "kaupunki",
    }
)  # fmt: skip


# Office tools everyone has: criticising spreadsheets or e-mail is about the way of
# working, not a competitor.
_EVERYDAY_TOOLS = frozenset(
    {"excel", "word", "powerpoint", "outlook", "sharepoint", "onedrive", "whatsapp", "sähköposti"}
)
# events one meets at: a fair or a seminar is named, but sells nothing
_EVENTS = frozenset(
    {"messu", "markkina", "päivä", "foorumi", "seminaari", "konferenssi", "kongressi",
     "tapahtuma", "festivaali", "expo", "webinaari", "gaala"}
)  # fmt: skip
EVENT_STEMS = ("messu", "seminaar", "foorumi", "konferens", "kongressi", "webinaar")
# standards, directives and technologies a product is named by: no one's brand
# (not the kinds of software, "ERP-talot", "CRM-toimittajat": their makers are rivals)
_STANDARDS = frozenset(
    {"atex", "ce", "iso", "sfs", "en", "haccp", "gdpr", "led", "rfid", "nfc", "gps", "iot",
     "ip", "usb", "wlan", "4g", "5g", "esg", "pdf", "sms", "hvac", "ups", "pv", "ev", "adr",
     "ppe"}
)  # fmt: skip


def tree_distance(msg: AnalysedMessage, a: Word, b: Word) -> int | None:
    """Edges between two words of one sentence in the dependency tree."""
    if a.sentence != b.sentence:
        return None
    up_a = _ancestors(msg, a)
    up_b = {w: n for n, w in enumerate(_ancestors(msg, b))}
    for n, i in enumerate(up_a):
        if i in up_b:
            return n + up_b[i]
    return None


def _ancestors(msg: AnalysedMessage, word: Word) -> list[int]:
    chain = [word.i]
    node = word
    for _ in range(20):
        if node.head == node.i:
            break
        node = msg.words[node.head]
        chain.append(node.i)
    return chain


def is_tied(msg: AnalysedMessage, target: Word, words: tuple[Word, ...]) -> bool:
    """Is the evaluation said of the target? At most two dependency edges apart ("X on
    kömpelö", "X:n kömpelö alusta", "X on surkea ohjelma"), one more through a
    possessor ("X:n alusta on kömpelö", "Sen kehittäjät eivät saa aikaan")."""
    limit = 3 if target.dep.startswith("nmod") else 2
    distances = [tree_distance(msg, target, w) for w in words]
    return any(d is not None and d <= limit for d in distances)


def is_scare_quoted(msg: AnalysedMessage, word: Word, max_words: int = 3) -> bool:
    """Quotation marks around a few words, the writer's irony ("heidän "moderni"
    alustansa"), not a quoted sentence."""
    if not is_quoted(msg, word):
        return False
    line_start = msg.source.rfind("\n", 0, word.start) + 1
    line_end = msg.source.find("\n", word.end)
    line_end = len(msg.source) if line_end < 0 else line_end
    opening = max(msg.source.rfind(q, line_start, word.start) for q in QUOTES)
    closes = [i for q in QUOTES if (i := msg.source.find(q, word.end, line_end)) >= 0]
    if opening < 0 or not closes:
        return False
    inside = msg.source[opening + 1 : min(closes)]
    return 0 < len(inside.split()) <= max_words
