"""no-novel-insight: the message teaches the reader nothing new."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from pitchlint.analysis.model import AnalysedMessage, Sentence, Word
from pitchlint.rules.base import Hit, Rule, RuleDocs, RuleInfo
from pitchlint.rules.builtin.next_step import is_meeting_word
from pitchlint.rules.context import (
    CONDITIONS,
    DATA_SOURCES,
    EVENT_STEMS,
    FRACTIONS,
    LOCAL_CASES,
    MANY,
    MONTHS,
    PUBLIC_BODIES,
    QUOTES,
    SCHEDULE_WORDS,
    SEASONS,
    body_sentences,
    is_data_source,
    is_ordinal,
    is_quoted,
    names_the_seller,
    opens_with_congratulations,
    why_choose,
    word_heads,
)
from pitchlint.rules.wordlists import background_score, has_digits, strong_background, wordlist

_DIGIT = re.compile(r"\d")
_PERCEPTION = frozenset(
    {"huomata", "nähdä", "lukea", "kuulla", "havaita", "selvittää", "tarkistaa", "vertailla",
     "tutkia", "seurata", "panna",
     # the perfect's participle keeps its own lemma: "olemme huomanneet, että…"
     "huomannut", "nähnyt", "lukenut", "kuullut", "havainnut", "selvittänyt", "tarkistanut",
     "vertaillut", "tutkinut", "seurannut", "pannut"}
)  # fmt: skip
_CONNECTIVES = frozenset(
    {"jos", "kun", "koska", "jolloin", "joten", "siksi", "vaikka", "mutta", "syy",
     "vuoksi", "takia", "muuten", "muutoin", "eli", "silloin"}
)  # fmt: skip  # "tästä syystä", "ratatöiden vuoksi", "muuten … eivät ehdi", "…, eli" too
# ("Silloin metallipöly päätyy koteihin": what follows from the practice just told)
_OTHERWISE = frozenset({"muuten", "muutoin"})
# "yhä useampi", "entistä kalliimpi", "aiempaa harvemmin": a trend, said in words
_TREND_ADVERBS = frozenset({"yhä", "entistä", "aiempaa", "jatkuvasti"})
# "selvästi useammin", "huomattavasti nopeammin": a difference someone saw
_DEGREE_ADVERBS = frozenset(
    {"selvästi", "huomattavasti", "merkittävästi", "tuntuvasti", "moninkertaisesti"}
)
# "tyypillisesti", "useimmiten": a generalisation about the reader's peers or market
# what a seller's background is called: "Tietoa meistä", "Taustamme", "Tarinamme"
_STORY = frozenset({"tieto", "tausta", "taus", "tarina", "historia", "taival"})
_GENERALISING = frozenset(
    {"tyypillisesti", "tavallisesti", "useimmiten", "yleensä", "yleisimmin", "usein", "harvoin"}
)
_SECOND_HAND = frozenset({"kuulla"})
_PUBLISHED = frozenset(
    {"uutinen", "tiedote", "lehdistötiedote", "julkaisu", "ilmoitus", "artikkeli", "haastattelu",
     "postaus", "päivitys", "juttu"}
)  # fmt: skip
# "yleisin reklamaatio", "tavallisin syy": what is most common among the reader's peers
_COMMON = frozenset({"yleinen", "tavallinen", "tyypillinen"})


def _has_superlative(word: Word) -> bool:
    return any(r.comparison == "superlative" for r in word.readings)


# The seller's offering as a subject ("Palvelu kattaa …"): seller talk without "me"
_OFFERING = frozenset(
    {
        "palvelu",
        "tuote",
        "ratkaisu",
        "ohjelmisto",
        "sovellus",
        "paketti",
        "alusta",
        "työkalu",
        "tiimi",
    }
)
_DURATIONS = frozenset({"minuutti", "vartti", "tunti"})
_TAKING = frozenset({"viedä", "kestää", "varata"})
_SHARE_WORDS = frozenset({"prosentti", "prosenttiyksikkö"})
# a share or a sum in words, as "%" and "€" are in signs: "340 euroa kuussa"
_PERCENT_WORDS = _SHARE_WORDS | {"euro"}
_FINDINGS = frozenset(
    {
        "havainto",
        "löydös",
        "mittaus",
        "kartoitus",
        "tutkimus",
        "vertailu",
        "analyysi",
        "tilasto",
        "kysely",
    }
)
_STUDIES = _FINDINGS | {"seuranta", "selvitys", "otanta"}
_DISCOUNTS = frozenset({"alennus", "hyvitys", "etu"})  # "20 % alennuksella": a price term
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
        if not body or gives_news(msg):
            return
        first, last = body[0], body[-1]
        yield Hit(
            first.start,
            last.end,
            "Viesti ei kerro vastaanottajalle mitään uutta: ei lukua, havaintoa, muutosta, "
            "vertailua eikä seurausta, vain yleisiä väitteitä ja pyyntö. Lisää yksi konkreettinen "
            "asia, jota hän ei vielä tiedä.",
        )


# what the reader gets from the seller: a slide titled so lists the offer
_CAUSED_BY = frozenset({"johtua", "aiheutua", "juontua", "seurata"})
_GAINS = frozenset({"saada", "hyötyä", "hyöty", "etu", "säästää", "voittaa"})


def gives_news(msg: AnalysedMessage) -> bool:
    """Does any sentence of the message tell the reader something new?"""
    body = body_sentences(msg)
    if not body:
        return False
    # A slide titled for the reader ("Valimonne suurimmat riskit") speaks of the
    # reader's world in its bullets: "Varaosien toimitusaika 4–6 viikkoa".
    # A slide titled as a finding ("Havainto 40 tehtaalta", "Mittaustulokset")
    # states facts of the reader's world too.
    reader_slides = {
        msg.blocks[s.block].block.slide
        for s in msg.sentences
        if msg.blocks[s.block].block.kind == "title"
        and msg.blocks[s.block].block.slide is not None
        and any(
            w.addresses_reader or bool(word_heads(w) & _FINDINGS) for w in msg.sentence_words(s)
        )
        # ("Mitä saat", "Hyötynne": what the seller offers the reader, not their world)
        and not any(
            w.addresses_reader and (w.lemmas | word_heads(w)) & _GAINS
            for w in msg.sentence_words(s)
        )
    }
    # A slide titled "Mitä huomasimme aulassanne" lists what the seller saw at the
    # reader's: each bullet that states something there is an observation.
    # So does a slide titled "Mitä siitä seuraa": each bullet that states something is
    # a consequence of the news before it.
    observed_slides = {
        msg.blocks[s.block].block.slide
        for s in msg.sentences
        if msg.blocks[s.block].block.kind == "title"
        and (
            (
                any(w.addresses_reader for w in msg.sentence_words(s))
                and any(
                    w.lemma in _PERCEPTION and w.finite and w.person == 1
                    for w in msg.sentence_words(s)
                )
            )
            or _consequence_title(msg.sentence_words(s))
            or _findings_from_a_place(msg.sentence_words(s))
        )
    }
    # A slide titled for the seller's own story ("Historia", "Tietoa meistä") lists
    # the seller's facts, though its bullets do not say "we": "1988 maahantuonti alkaa".
    seller_slides = {
        msg.blocks[s.block].block.slide
        for s in msg.sentences
        if msg.blocks[s.block].block.kind == "title"
        and msg.blocks[s.block].block.slide is not None
        and _sellers_story(msg.sentence_words(s))
    }
    story: Sentence | None = None  # the sentence before told the seller's story
    studied: Sentence | None = None  # the sentence before set up a study
    sighted: Sentence | None = None  # the sentence before: the writer saw the reader's site
    heralded: Sentence | None = None  # the sentence before: "Kerron yhden havainnon."
    told: Sentence | None = None  # the sentence before told a fact a study may back
    previous: Sentence | None = None
    for s in body:
        block = msg.blocks[s.block].block
        title = block.kind in ("title", "subject")
        about_reader = block.kind == "bullet" and block.slide in reader_slides
        words = msg.sentence_words(s)
        about_seller = (
            (block.kind == "bullet" and block.slide in seller_slides)
            or _seller_named_as_subject(msg, words)
            # ("Juhlasilta aloitti vuonna 1996 toiminimenä. Nykyään palveluksessa on 24
            # työntekijää": the size told next in the same paragraph is the seller's too)
            or (
                story is not None
                and story.block == s.block
                and bool(background_score(words))
                and not any(w.addresses_reader for w in words)
                # ("…palkinto toi 48 hakemusta, kun edellisenä vuonna niitä tuli 19": a
                # change measured against before is news, whoever's story it follows)
                and not _shown_change(words)
                and not _figure_then_and_before(words, _figures(words))
            )
        )
        story = (
            s
            if (strong_background(words) or (about_seller and background_score(words)))
            and not any(w.addresses_reader for w in words)
            else None
        )
        if (
            block.kind == "bullet"
            and block.slide in observed_slides
            and any(w.finite for w in words)
            and not any(w.refers_to_seller for w in words)
        ):
            return True
        # "väittämä "saan palautetta" nousi…": a quoted "I" is the respondent's
        quoted = (
            frozenset(w.i for w in words if is_quoted(msg, w))
            if any(q in msg.text(s.start, s.end) for q in QUOTES)
            else frozenset()
        )
        reader_before = (
            previous is not None
            and previous.block == s.block
            and any(w.addresses_reader for w in msg.sentence_words(previous))
        )
        previous = s
        announced = _news_announced(words, s.is_question)
        if any(
            is_insight(
                candidate,
                title=title,
                about_reader=about_reader,
                about_seller=about_seller,
                reader_before=reader_before,
                quoted=quoted,
            )
            for candidate in ([] if s.is_question else [words]) + ([announced] if announced else [])
        ):
            return True
        if _study(words) and _found_that(words):
            return True  # "Niistä 41:ssä havaitsimme, että järjestelmä säilytti tietoja…"
        if studied is not None and studied.block == s.block and _finding(words):
            return True  # "Kävimme läpi 12 kohteen mittaukset. Taso jäi tavoitteesta, kun…"
        if told is not None and told.block == s.block and _study_of_that(words):
            # "Punainen ja oranssi näyttävät altaassa samalta. Mittasimme asian kolmessa
            # myymälässä.": the study vouches for what was just told
            return True
        if sighted is not None and sighted.block == s.block and _what_was_seen(words):
            return True  # "Näin varastonne viime viikolla. Käytävän päädyssä pylväs on taipunut."
        if heralded is not None and heralded.block == s.block and _the_finding(words):
            # "Kerron yhden havainnon. Haulla … Laiturikrouvi ei näy karttatuloksissa,
            # koska profiilinne osoitteeksi on kirjattu …": the finding the writer announced
            return True
        told = s if not s.is_question and _told_fact(words) else None
        studied = s if _study(words) else None
        sighted = s if _sighting(words) else None
        heralded = s if not s.is_question and _heralds_a_finding(words) else None
    return False


def _seller_named_as_subject(msg: AnalysedMessage, words: list[Word]) -> bool:
    """ "Hävikkitutka on järjestelmä, jolla…" signed "Hävikkitutka Oy": the main
    clause's subject is the seller by name, as "we" would be."""
    return any(
        w.dep.startswith("nsubj")
        and w.head != w.i
        and msg.words[w.head].head == w.head  # the main clause's
        and names_the_seller(msg, w)
        for w in words
    )


# "Tiesittekö, että…", "Kannattaa tietää, että…": news announced by a verb of knowing
_KNOWING_ASKED = frozenset({"tietää", "huomata", "kuulla", "arvata", "uskoa"})
_WORTH = frozenset({"kannattaa", "hyvä", "syytä", "tärkeä", "hyödyllinen"})


def _news_announced(words: list[Word], question: bool) -> list[Word]:
    """The "että" clause a verb of knowing announces as news: asked ("Tiesittekö, että
    osallistujamäärä nousi 18 prosenttia?") or recommended ("kannattaa tietää, että
    tarjoilijat oli varattu jo helmikuussa", "voi olla hyödyllistä tietää, että…"). It is judged on its own, without the
    reader the frame addresses. Anything else: an empty list."""
    if question:
        verb = next((w for w in words if w.finite), None)
        if verb is None or not verb.clitic_ko or verb.person != 2:
            return []
    else:
        heads = {w.i: w.lemma for w in words}
        verb = next(
            (
                w
                for w in words
                if w.lemma in _KNOWING_ASKED
                and not w.finite
                and heads.get(w.head) in _WORTH
                and w.head != w.i
            ),
            None,
        )
    if verb is None or verb.lemma not in _KNOWING_ASKED:
        return []
    that = next((n for n, w in enumerate(words) if w.lower == "että" and w.i > verb.i), None)
    return words[that + 1 :] if that is not None else []


def _findings_from_a_place(title: list[Word]) -> bool:
    """ "Havainnot katolta", "Löydökset kohteesta": what was found at a site, first-hand
    (not "Havaintomme", the seller's, nor "Havaintoja alalta" in general)."""
    return not any(w.refers_to_seller for w in title) and any(
        word_heads(w) & _FINDINGS
        and any(
            d.head == w.i and d.case in ("Abl", "Ela") and d.lemma not in _FIELDS for d in title
        )
        for w in title
    )


# a trade or a market is no site: "Havaintoja alalta", "Löydöksiä markkinoilta"
_FIELDS = frozenset({"ala", "toimiala", "markkina", "markkinat", "maailma", "kenttä"})


def _sighting(words: list[Word]) -> bool:
    """ "Näin teidän Lahden varastonne viime viikolla": the writer saw the reader's
    site first-hand, in the past, and the sentence says nothing of what was seen."""
    return (
        _observed(words) is None
        and any(w.addresses_reader and w.pos in ("NOUN", "PROPN") for w in words)
        # (the tagger often reads "näin" as "thus": Voikko's readings decide; but
        # "Näin syntyy lisäarvoa" is "thus", a verb of its own right after it)
        and any(
            r.person == 1
            and r.tense == "past_imperfective"
            and r.baseform in _SEEING
            and not (n + 1 < len(words) and words[n + 1].finite)
            for n, w in enumerate(words[:4])
            for r in w.readings
        )
    )


def _what_was_seen(words: list[Word]) -> bool:
    """The next sentence states a state of things there, in no one's voice: "Käytävän
    päädyssä yksi pylväs on taipunut" (a compliment, "myymälänne on viihtyisä",
    speaks to the reader and is no finding)."""
    content = [w for w in words if not w.is_punct]
    return _states_a_fact(content) and not any(w.addresses_reader for w in content)


def _states_a_fact(content: list[Word]) -> bool:
    """A full statement of some length in no seller's voice, neither a verdict nor a
    question: what a finding announced or a site seen is told in."""
    return (
        len(content) >= 6
        and any(w.finite for w in content)
        # ("Palvelu oli ystävällistä": an adjective said of it is a verdict, not a finding)
        and not any(w.dep == "ROOT" and w.pos == "ADJ" for w in content)
        and not any(w.refers_to_seller for w in content)
        and not any(w.interrogative or w.clitic_ko for w in content)
    )


_SEEING = frozenset({"nähdä", "käydä", "vierailla", "katsoa", "kiertää"})
_TELLING_A_FINDING = frozenset({"kertoa", "jakaa", "mainita", "nostaa"})
_A_FINDING = frozenset({"havainto", "huomio", "löydös"})


def _heralds_a_finding(words: list[Word]) -> bool:
    """ "Kerron silti yhden havainnon.", "Jaan yhden huomion.": the writer announces a
    finding in a short sentence of its own, and the next sentence tells it."""
    content = [w for w in words if not w.is_punct]
    return len(content) <= 6 and any(
        w.finite
        and w.person == 1
        and w.lemma in _TELLING_A_FINDING
        and any(d.head == w.i and d.dep == "obj" and word_heads(d) & _A_FINDING for d in content)
        for w in content
    )


def _the_finding(words: list[Word]) -> bool:
    """The sentence after the announcement states something particular (of the
    reader's own things, a name or a figure), not of the seller: the finding itself.
    "Asiakkaat arvostavat nopeaa palvelua" after it is still a truism."""
    content = [w for w in words if not w.is_punct]
    particular = any(
        (w.addresses_reader and w.pos in ("NOUN", "PROPN"))
        or (w.is_name and n > 0 and w.text[:1].isupper())
        or has_digits(w)
        for n, w in enumerate(content)
    )
    return particular and _states_a_fact(content)


def _consequence_title(title: list[Word]) -> bool:
    """ "Mitä siitä seuraa", "Seuraukset": a slide of what follows from the news
    before it speaks of the reader's world."""
    return any(
        w.lemma == "seuraus"
        or (
            "seurata" in w.lemmas  # ("seuraa" is read as "seura", company, too)
            and any(v.lower in ("siitä", "tästä", "niistä", "näistä") for v in title)
        )
        for w in title
    )


def _befalls_reader(words: list[Word]) -> bool:
    """ "Jos yksikin erä myöhästyy, alus odottaa ja te maksatte": what an outside event
    brings on the reader, told as a fact. Not what the reader may do ("Jos aika ei sovi,
    voitte ehdottaa toista") nor what they are asked ("…, soittakaa")."""
    by_index = {w.i: w for w in words}
    for w in words:
        if w.dep != "advcl" or not any(
            v.head == w.i and v.lemma in ("jos", "mikäli") for v in words
        ):
            continue
        subjects = [v for v in words if v.head == w.i and v.dep.startswith("nsubj")]
        main = by_index.get(w.head)
        if (
            not subjects
            or any(v.addresses_reader or v.refers_to_seller for v in subjects)
            or w.addresses_reader
            or main is None
        ):
            continue
        # the main clause and what is coordinated with it
        verbs = [main, *(v for v in words if v.dep == "conj" and v.head == main.i)]
        if any(
            v.reading is not None and v.reading.mood in ("imperative", "conditional") for v in verbs
        ) or any(v.lemma == "voida" or v.refers_to_seller for v in words if v.i > w.i):
            continue
        if any(v.finite and v.addresses_reader for v in verbs):
            return True
    return False


def _sellers_story(title: list[Word]) -> bool:
    """ "Historia", "Tietoa meistä", "Taustamme": a title for the seller's background,
    not for what it found ("Havaintomme") nor for the reader ("Mitä tarjoamme teille")."""
    if any(
        w.addresses_reader or w.lemma in _PERCEPTION or word_heads(w) & _FINDINGS for w in title
    ):
        return False
    return (
        strong_background(title)
        or (any(w.refers_to_seller for w in title) and any(w.lemma in _STORY for w in title))
        # "Mitä teemme", "Mitä tarjoamme": the seller's offer, told in its own voice
        or any(w.finite and w.person == 1 and w.lemma in _OFFER_VERBS for w in title)
        # "Miksi valita Lumiverkko", "Miksi valita meidät": the seller's case for itself
        or bool(
            (chosen := why_choose(title)) is not None
            and (chosen or any(w.refers_to_seller for w in title))
        )
    )


_OFFER_VERBS = frozenset({"tehdä", "tarjota", "hoitaa", "toimittaa", "osata"})


# "nelinkertainen": a multiple is a figure ("moninkertainen" is not; the verb
# "kaksinkertaistuu" is as often a promise as a finding)
_MULTIPLE = re.compile(
    r"(kaksin|kolmin|nelin|viisin|kuusin|seitsen|kahdeksan|yhdeksän|kymmen|sata|tuhat)"
    r"kertainen$"
)


# a model or a code, a letter right before a digit: "S4-simulaattori", "X200", "CO2"
_CODE = re.compile(r"[^\W\d_]\d")
# a kind named by its number: "360-kuvaus", "5G-verkko" (but "50-vuotias", "3-vaiheinen"
# are adjectives of amount, and "1990-luvulla", "90-luku" a time)
_NUMBERED_KIND = re.compile(r"\d{1,3}[A-Za-z]?-(?!lu[kv]u)[^\W\d_]")


def _figures(words: list[Word]) -> int:
    """How many quantities: digits, a cardinal numeral or a fraction word ("neljännes",
    "kaksi kolmasosaa"); adjacent ones ("kaksi miljoonaa") count once. Labels
    ("versio 5.0", "klo 10"), ordinals and "yksi" are not quantities."""
    count, previous = 0, False
    for n, w in enumerate(words):
        # ("versiossa 14 näkymää": a count of what follows, after the label word)
        label = n > 0 and words[n - 1].lemma in _LABELS and not (w.dep == "nummod" and w.head > w.i)
        cardinal = (
            w.reading is not None
            and w.reading.word_class == "lukusana"
            and w.lemma != "yksi"
            and not _ordinal(w)
            and w.reading.number != "pl"  # "satoja", "tuhansia": no count, a size
        )
        # "ensimmäisen neljänneksen aikana": an ordinal's quarter is a period, no share
        period = n > 0 and _ordinal(words[n - 1])
        quantity = not label and (
            (
                bool(_DIGIT.search(w.text))
                and not _CODE.search(w.text)
                and not (_NUMBERED_KIND.match(w.text) and w.pos == "NOUN")
            )
            or cardinal
            or bool(_MULTIPLE.match(w.lemma))
            or (not period and (w.lemma in FRACTIONS or w.lower in FRACTIONS))
            or _unit_as_amount(words, n)
        )  # ("puolet" has the lemma "puoli")
        if quantity and not previous:
            count += 1
        previous = quantity
    return count


# a unit of time is an amount with a bound or an interval: "alle minuutissa",
# "kuukauden välein", "yli vuoden"
_TIME_UNITS = frozenset(
    {"sekunti", "minuutti", "tunti", "vuorokausi", "päivä", "viikko", "kuukausi", "vuosi"}
)
_BOUNDS = frozenset({"alle", "yli", "vajaa", "lähes", "runsas", "reilu", "noin", "vähintään"})


def _unit_as_amount(words: list[Word], n: int) -> bool:
    """ "alle minuutissa", "kuukauden välein", "työpäivän kuukaudessa": one unit of
    time, bounded, as an interval or per another, is a quantity though no numeral is
    written."""
    word = words[n]
    if not (word.lemma in _TIME_UNITS or word_heads(word) & _TIME_UNITS) or (
        word.reading is not None and word.reading.number == "pl"
    ):
        return False
    before = words[n - 1] if n > 0 else None
    after = words[n + 1].lower if n + 1 < len(words) else ""
    per = words[n + 1] if n + 1 < len(words) else None
    if (
        per is not None
        and per.lemma in _TIME_UNITS
        and per.case == "Ine"
        and per.lemma != word.lemma
    ):
        return True  # "vie työpäivän kuukaudessa": one unit per another, a rate
    bounded = before is not None and (before.lower in _BOUNDS or before.lemma in _BOUNDS)
    # ("yli viikko sitten": when, not how long)
    return (bounded and after not in ("sitten", "päästä", "kuluttua")) or after == "välein"


def _ordinal(word: Word) -> bool:
    return word.lemma == "viimeinen" or is_ordinal(word)


_PHONE_START = re.compile(r"^(?:\+358\d{0,3}|0\d{1,3})$")


def _phone_numbers(words: list[Word]) -> set[int]:
    """Word indices of phone numbers' digit groups ("040 555 6677", "+358 40 123 4567"):
    a group opening with 0 or +358 and the digit groups after it. No quantity is
    written with a leading zero."""
    found: set[int] = set()
    n = 0
    while n < len(words):
        if _PHONE_START.match(words[n].text) and n + 1 < len(words) and words[n + 1].text.isdigit():
            m = n + 1
            while m < len(words) and words[m].text.isdigit():
                m += 1
            found.update(w.i for w in words[n:m])
            n = m
        else:
            n += 1
    return found


def _observed(words: list[Word]) -> list[Word] | None:
    """ "Näin, että …", "Olemme viime vuosina seuranneet, että …": the että-clause
    that an opening perception verb frames, if any (the tagger often reads "näin"
    as "thus")."""
    head = words[:6]
    that = next((n for n, w in enumerate(head) if w.lemma == "että"), None)
    # "Kävin viime viikolla hallillanne ja huomasin, että …": the perceiving verb
    # right before its että-clause, after the visit that led to it
    seen = next(
        (
            n
            for n, w in enumerate(words[:12])
            if w.lemma == "että"
            and n >= 2
            and words[n - 2].lower == "ja"
            and words[n - 1].finite
            and words[n - 1].person == 1
            and words[n - 1].lemma in _PERCEPTION
        ),
        None,
    )
    if seen is not None:
        return words[seen + 1 :]
    if that is None:
        # "Olemme huomanneet sahoilla, joissa …, että …": a relative clause may stand
        # between the verb and its että-clause, which the parse then ties to the verb
        that = _far_that(words)
        if that is None:
            return None
    # the verb frames the että-clause from before it ("pahoittelen, että tupsahdan
    # näin pyytämättä": that "näin" is "thus")
    head = words[: min(that, 6)]
    first_person = any(w.person == 1 for w in head[:4])  # "Olemme … seuranneet"
    # "Meidän havaintomme on, että …", "Kokemuksemme on, että …": a finding framed
    if any(w.lemma in _FINDING_FRAMES and (w.possessive or "").startswith("1") for w in head[:4]):
        return words[that + 1 :]
    opens = any(
        (n < 2 and w.lemma in _PERCEPTION)  # "Näin, että": the tagger may read "thus"
        or any(
            (r.baseform in _PERCEPTION and r.person == 1)
            or (first_person and r.participle == "past_active" and _PERCEPTION & set(r.parts))
            for r in w.readings
        )
        for n, w in enumerate(head[:4])
    )
    return words[that + 1 :] if opens else None


def framed_news(words: list[Word]) -> bool:
    """The seller only frames news of the reader's world: "Rakensimme salin, koska
    huomasimme, että yli 200 hengen juhlat on pitänyt jakaa kahteen tilaan",
    "Huomasimme syyskuussa, että kolmella alueella haittaohjelma levisi…"."""
    words = [w for w in words if not w.is_punct]
    for _ in range(3):  # a frame inside a frame: "koska huomasimme, että…"
        rest = _observed(words) or _seller_frame(words)
        if not rest:
            return False
        if not any(w.refers_to_seller and not _peer(w, rest) for w in rest):
            return is_insight(rest)
        words = rest
    return False


def _far_that(words: list[Word]) -> int | None:
    """The index of an "että" further on whose clause completes a verb among the
    first four words."""
    verbs = {w.i for w in words[:4] if w.pos in ("VERB", "AUX")}
    by_index = {w.i: w for w in words}
    for n, w in enumerate(words[6:], start=6):
        if w.lemma != "että" or w.dep != "mark":  # not "sekä … että"
            continue
        # up from the clause, through the relative clause the parser may hang it on,
        # but not through another finite verb ("…seuranneet, ja uskon, että…")
        node = by_index.get(w.head)
        for step in range(4):
            if node is None or node.head == node.i or (step and node.finite):
                break
            if node.head in verbs:
                return n
            node = by_index.get(node.head)
    return None


# The seller's customers and partners are the reader's peers: "eräällä asiakkaallamme
# toimitus kesti yksitoista viikkoa" is a peer's experience, not the seller's credential.
_PEERS = frozenset({"asiakas", "asiakasyritys", "kumppani", "käyttäjä", "asiakaskohde"})
_PEER_PLACES = frozenset(
    {"varasto", "myymälä", "tehdas", "kohde", "toimipaikka", "ravintola", "kauppa", "yritys",
     "organisaatio", "kunta", "sairaala", "tila", "talo", "kiinteistö", "projekti", "toimisto"}
)  # fmt: skip


_MANY_OF = frozenset({"kaikki", "moni", "useimmat", "usea", "valtaosa", "enemmistö"})


def _one_of_many(word: Word, words: list[Word]) -> bool:
    at = next((n for n, w in enumerate(words) if w.i == word.i), None)
    also = at is not None and (
        (at > 0 and words[at - 1].lower == "myös") or word.lower.endswith(("kin", "kään"))
    )
    return also and any(w.lemma in _MANY_OF and w.i < word.i for w in words)


def _peer(word: Word, words: list[Word] | None = None) -> bool:
    """ "eräällä asiakkaallamme", "asiakkaissamme": where something happened to a peer
    ("asiakkaamme ovat tyytyväisiä", "asiakkainamme on 120 yritystä", "asiakkaidemme
    määrä kasvoi" are still the seller talking of itself). With the sentence's
    ``words``, a peer's genitive on such a place counts too: "asiakkaidemme
    alkukartoituksissa joka toinen kertoo…"."""
    # "…lähes kaikilla alueen vuokraamoilla, myös meillä": the seller as one of many
    if words and word.case in ("Ade", "Ine") and _one_of_many(word, words):
        return True
    # "hoitamissamme yhtiöissä": the places the seller serves, named by what it does
    # there, are its customers' places
    if word.case in ("Ade", "Ine") and any(r.participle == "agent" for r in word.readings):
        place = next((w for w in words or () if w.i == word.i + 1), None)
        return place is not None and place.pos == "NOUN" and place.case == word.case
    # "pilottiasiakkaillamme": a compound ending in a peer noun is a peer too
    if not (word.lemmas & _PEERS or word_heads(word) & _PEERS):
        # "asiakasvarastoissamme": the customers' own places, where things happen to them
        return word.case in ("Ade", "Ine") and any(
            len(r.parts) > 1 and r.parts[0] in _PEERS and r.parts[-1] in _PEER_PLACES
            for r in word.readings
        )
    if word.case in ("Ade", "Ine"):
        return True
    head = next((w for w in words or () if w.i == word.head), None)
    if word.case == "All":
        # "pyyntöjä tulee asiakkaillemme": what comes to them; "tarjoamme
        # asiakkaillemme" is the seller acting
        return head is not None and not head.refers_to_seller and head.person != 1
    if word.case == "Gen" and head is not None and head.case == "All":
        # "asiakkaidemme henkilöstötiimeille tulevat kysymykset": what comes to their
        # people ("tarjoamme asiakkaidemme tiimeille" is the seller acting)
        verb = next((w for w in words or () if w.i == head.head), None)
        return verb is not None and not verb.refers_to_seller and verb.person != 1
    return word.case == "Gen" and head is not None and head.case in ("Ade", "Ine", "Ela")


def peer_reference(word: Word, words: list[Word]) -> bool:
    """Is this first-person word the seller's peers (its customers, where a thing
    happened), not the seller speaking of itself?"""
    return _peer(word, words)


_MOST = frozenset({"valtaosa", "enemmistö", "vähemmistö"})
_LARGE = frozenset({"suuri", "iso", "merkittävä", "huomattava"})


def _placed(words: list[Word]) -> bool:
    """A place name in the sentence: "Rovaniemellä", "Pirkanmaan"."""
    return any(
        w.text[:1].isupper() and any(r.word_class == "paikannimi" for r in w.readings)
        for w in words
    )


def _sellers_span(words: list[Word], numeral: Word) -> bool:
    """ "palvelemme tilaisuuksia kymmenestä hengestä tuhanteen": a figure in the
    illative after one in the elative, under the seller's own verb, spans the sizes it
    serves ("myöhästymiset vähenivät neljästätoista kahteen" is a change, no span)."""
    if numeral.case != "Ill":
        return False
    by_index = {w.i: w for w in words}
    node = numeral
    for _ in range(4):
        if node.finite:
            return node.person == 1
        parent = by_index.get(node.head)
        if parent is None or parent is node:
            return False
        node = parent
    return False


def _share_of(words: list[Word]) -> bool:
    """ "Kolme neljästä konepajasta", "joka seitsemännellä kuljettajalla": a share told
    in words; not of the seller's own customers ("kolme neljästä asiakkaastamme uusii
    sopimuksen" is a credential)."""

    def numeral(word: Word) -> bool:
        return word.text.isdigit() or (
            word.reading is not None and word.reading.word_class == "lukusana"
        )

    for n, w in enumerate(words):
        # "suurin osa vuodoista", "valtaosa hakijoista": most of a whole, in words
        most = (
            w.lemma in _MOST
            or (w.lemma == "osa" and n > 0 and _has_superlative(words[n - 1]))
            # "Rovaniemellä suuri osa pysäköijistä": a large share in a named place (not
            # "suuri osa yrityksistä", anywhere)
            or (w.lemma == "osa" and n > 0 and words[n - 1].lemma in _LARGE and _placed(words))
        )
        if (
            most
            and any(
                v.case == "Ela"
                and v.pos == "NOUN"
                and not (v.possessive or "").startswith("1")
                # near, or the whole the share is of ("suurin osa alueen viimevuotisista
                # varastomurroista"), not "valtaosa … jatkuu vuodesta toiseen"
                and (m < n + 3 or v.head == w.i)
                for m, v in enumerate(words[: n + 6])
                if m >= n - 3
            )
        ):
            return True  # not "suurin osa asiakkaistamme": the seller's own customers
    for n, w in enumerate(words):
        # "kävin kolmessa painotalossa, ja kaikissa oli…": all of a whole counted before
        # it, in the same place case, is a share too
        if (
            w.lemma in ("kaikki", "jokainen")
            and w.case in ("Ine", "Ade")
            and any(numeral(v) and v.case == w.case for v in words[:n])
        ):
            return True
    for n, w in enumerate(words):
        # "kampanjoista noin kolmannes": a fraction of a whole named before it, or after
        # it ("puolessa tarkastelemistamme sopimuksista")
        if (w.lemma in FRACTIONS or w.lemma == "puoli") and any(
            v.case == "Ela" and v.pos == "NOUN" and not (v.possessive or "").startswith("1")
            for v in words[max(0, n - 3) : n + 4]
            if v is not w
        ):
            return True
    for n, w in enumerate(words[:-1]):
        nxt = words[n + 1]
        share = (
            numeral(w)
            # "kolme neljästä"; "kävin läpi 40 kauppaa, ja vain kolme niistä…": a part
            # of a whole the writer studied (not of "palvelemme 40 kauppaa")
            and (
                numeral(nxt)
                or (nxt.pos == "PRON" and nxt.lemma in ("ne", "nämä") and _study(words))
            )
            and nxt.case == "Ela"
        ) or (
            # an ordinal: "joka seitsemäs", "joka toinen"
            w.lower == "joka"
            and numeral(nxt)
            and (nxt.lemma.endswith("s") or nxt.lemma == "toinen")
        )
        # "41 kauppakeskuksen vuokralaisesta 29 nimesi…": the whole counted, then its part
        whole = next(
            (m for m in range(n + 1, min(n + 4, len(words) - 1)) if words[m].case == "Ela"), None
        )
        share = share or (
            numeral(w)
            and whole is not None
            and words[whole].pos == "NOUN"
            and numeral(words[whole + 1])
            and not _sellers_span(words, words[whole + 1])
        )
        # "kuudesta kunnasta neljä", "kolmesta viimeksi sijoitetusta tekijästä kaksi":
        # the whole in the elative, then the part
        share = share or (
            numeral(w)
            and w.case == "Ela"
            and any(
                v.case == "Ela"
                and v.pos == "NOUN"
                and numeral(words[m + 1])
                and words[m + 1].case != "Ela"
                and not _sellers_span(words, words[m + 1])
                for m, v in enumerate(words[n + 1 : n + 5], start=n + 1)
                if m + 1 < len(words)
            )
        )
        counted = next((v for v in words[n + 1 : n + 5] if v.pos == "NOUN"), None)
        if share and not (
            counted is not None
            and counted.lemma in _PEERS
            and (counted.possessive or "").startswith("1")
        ):
            return True
    return False


_GROWING = frozenset({"kasvaa", "kasvanut", "laajentua", "laajentunut", "kasvattaa"})


def _seller_grew(words: list[Word]) -> bool:
    """ "kasvoimme", "olemme laajentuneet": the seller growing, in the first person."""
    return any(
        (w.lemma in _GROWING or any(_GROWING & set(r.parts[:1]) for r in w.readings))
        and (
            w.person == 1
            or any(a.head == w.i and a.dep.startswith("aux") and a.person == 1 for a in words)
        )
        for w in words
    )


def sellers_own_change(words: list[Word]) -> bool:
    """ "liikevaihtomme kasvoi 18 %", "kasvoimme": the change told is the seller's
    own figure, a credential rather than news for the reader."""
    by_index = {w.i: w for w in words}
    for w in words:
        if w not in wordlist("insight") or w.pos not in ("VERB", "AUX"):
            continue
        if w.person == 1 and w.finite:
            return True
        # "olemme kasvaneet": the perfect's "-mme" is on its auxiliary
        if any(d.head == w.i and d.dep.startswith("aux") and d.person == 1 for d in words):
            return True
        if any(
            d.head == w.i
            and d.dep.startswith("nsubj")
            and d.case in (None, "Nom")  # "Asiakkaillamme tämä on vähentänyt…": at theirs
            and (
                (d.possessive or "").startswith("1")
                # "asiakkaidemme määrä kasvoi": the seller's own count, through its possessor
                # ("kohteissamme … murrot lisääntyivät": at the seller's sites, a place)
                or any(
                    p.head == d.i
                    and (p.possessive or "").startswith("1")
                    and p.case not in ("Ine", "Ela", "Ill", "Ade", "Abl", "All")
                    for p in by_index.values()
                )
            )
            for d in by_index.values()
        ):
            return True
    return False


def _own_past_change(words: list[Word], word: Word) -> bool:
    """ "Klinikkanne on kasvanut", "teille on noussut uusi navetta", "avasit uuden
    tilan": a change that has already happened to the reader's own business is
    something they know."""
    reading = word.reading
    if word.pos not in ("VERB", "AUX") or reading is None or word.lemma in _PERCEPTION:
        return False  # "Huomasin, että sivuillanne …" frames, it is no event of theirs
    past = reading.participle == "past_active" or reading.tense == "past_imperfective"
    # ("näin, että avasit uuden tilan": the verb itself is the reader's, when it is
    # what was seen, not "…, vaikka aloititte brunssin jo huhtikuussa")
    first_finite = next((w for w in words if w.finite), None)
    return past and (
        (word.finite and word.addresses_reader and word is first_finite)
        or any(w.head == word.i and w.addresses_reader for w in words)
    )


def _own_new_state(words: list[Word]) -> bool:
    """ "kahvilasi on nykyään auki myös iltaisin": how the reader's own business is
    run nowadays is a change they made and know."""
    for w in words:
        children = [d for d in words if d.head == w.i and d.i != w.i]
        if any(d.lemma == "nykyään" for d in children) and any(
            d.dep.startswith("nsubj") and d.addresses_reader for d in children
        ):
            return True
    return False


def _frames_a_finding(verb: Word, words: list[Word]) -> bool:
    """ "Huomasimme, että…", "Tutkimme 40 kohdetta", "seuraamme, miten…": a verb of
    seeing that frames what was found. In the present with only an object it is the
    seller's routine: "Tarkistamme jokaisen käännöksen kahdesti"."""
    reading = verb.reading
    if reading is None or reading.tense != "present_simple" or not verb.finite:
        return True
    return any(
        w.head == verb.i and (w.dep in ("ccomp", "xcomp") or w.interrogative or w.lemma == "että")
        for w in words
    ) or any(w.lemma == "että" or w.interrogative for w in words if w.i > verb.i)


def _change_not_of_seller(words: list[Word]) -> bool:
    """A verb of change whose subject is not the seller or the seller's own: "kulutus
    putosi" (not "liikevaihtomme kasvoi", "olemme kasvaneet")."""
    for v in words:
        if v.pos != "VERB" or v.refers_to_seller or v not in wordlist("insight"):
            continue
        subjects = [w for w in words if w.head == v.i and w.dep.startswith("nsubj")]
        if subjects and not any(
            w.refers_to_seller or any(d.head == w.i and d.refers_to_seller for d in words)
            for w in subjects
        ):
            return True
    return False


def _seen_change(words: list[Word]) -> bool:
    """ "olemme huomanneet, että kuluminen on nopeutunut": a verb of seeing that
    frames a finding, and a verb of change after it."""
    seen = next(
        (
            w
            for w in words
            # ("olemme huomanneet": the participle's verb is among its parts)
            if (
                w.lemma in _PERCEPTION
                or any(
                    r.participle == "past_active" and _PERCEPTION & set(r.parts) for r in w.readings
                )
            )
            and _frames_a_finding(w, words)
        ),
        None,
    )
    return seen is not None and any(
        v.i > seen.i and v.pos == "VERB" and v in wordlist("insight") for v in words
    )


def _not_leading_to(words: list[Word], word: Word) -> bool:
    """ "Alan johtavat osaajat": "leading" describing a noun is a rank, and "oppia
    johtamaan paremmin", "johtaa tiimiä" is managing; "johtaa" is a consequence
    only with where it leads ("johtaa viivästyksiin", "johtaa siihen, että")."""
    leading = {"johtaa", "johtava"}
    # ("hyvin johdettu tiimi": a participle read by its verb through Voikko's parts)
    if not (word.lemmas & leading or any(leading & set(r.parts[:1]) for r in word.readings)):
        return False
    if word.dep in ("amod", "acl"):
        return True  # "johtavat osaajat", "hyvin johdettu tiimi": it describes a noun
    return not any(d.head == word.i and d.case in ("Ill", "All") for d in words)


# "30 % halvempi": a price set against another is the offer's terms
_PRICED = frozenset({"halpa", "edullinen", "kallis", "hintava"})


_MANNER = frozenset(
    {"yhtä", "samalla", "eri", "tällä", "sillä", "millä", "toisella", "omalla", "monella"}
)


def _in_a_manner(words: list[Word], word: Word) -> bool:
    """ "yhtä lailla", "samalla lailla": "lailla" is a manner ("equally", "alike"),
    not a law."""
    if word.lower != "lailla":
        return False
    n = words.index(word)
    return n > 0 and words[n - 1].lower in _MANNER


_VAGUE_HARM = frozenset(
    {"vahinko", "ongelma", "haitta", "harmi", "vaikeus", "hankaluus", "päänvaiva", "murhe", "vaara"}
)


def _may_do_harm(words: list[Word], word: Word) -> bool:
    """ "yksi klikkaus voi aiheuttaa suurta vahinkoa", "se voi johtaa ongelmiin": that
    harm may follow is a warning anyone gives, not a consequence one can check."""
    if word.lemma not in ("aiheuttaa", "johtaa"):
        return False
    under = [d for d in words if d.head == word.i]
    return any(d.lemma == "voida" and d.dep == "aux" for d in under) and any(
        d.lemma in _VAGUE_HARM and d.dep in ("obj", "obl") for d in under
    )


def _without_absolutes(words: list[Word]) -> list[Word]:
    """ "100 %", "100 prosenttia": a slogan's certainty, not a measured figure."""
    drop: set[int] = set()
    for n, w in enumerate(words[:-1]):
        if w.text == "100" and (words[n + 1].text == "%" or words[n + 1].lemma == "prosentti"):
            drop.update((w.i, words[n + 1].i))
    return [w for w in words if w.i not in drop] if drop else words


def _as_you_know(words: list[Word]) -> bool:
    """ "(Kuten) tiedätte, että …", "tiedät varmasti": the writer says the reader knows
    it. Not a question ("Tiedättekö…?") and not "ette ehkä tiedä" (news, announced).
    The clitic -hAn on a word for the reader says the same: "Teillähän on kolme
    kahvilaa", "olettehan laajentamassa" tell the reader what they know."""
    if any(
        # "Teillähän" may be tagged ADV, or NOUN (tie "road"): any reading of "te"
        (w.addresses_reader or any(r.baseform in ("te", "sinä") for r in w.readings))
        and w.lower.endswith(("han", "hän"))
        and not w.lemma.endswith(("han", "hän"))
        for w in words
    ):
        return True
    if any(w.negative for w in words):
        return False
    return any(w.lemma == "tietää" and w.person == 2 and not w.clitic_ko for w in words)


# "varmasti teilläkin mietitään…": what the writer assumes of the reader
_ASSUMING = frozenset(
    {"varmasti", "varmaan", "varmaankin", "kai", "epäilemättä", "tuskin", "luultavasti"}
)


def _assumed_of_reader(words: list[Word]) -> bool:
    """ "Varmasti teilläkin mietitään, miten…", "sen huomaa varmasti teidänkin
    arjessanne": the writer guesses the reader's own experience; without a figure
    that tells the reader nothing they have not lived."""
    return any(w.lower in _ASSUMING for w in words) and any(w.addresses_reader for w in words)


# "on tärkeää, että ilme näyttää samalta", "kannattaa panostaa näkyvyyteen": what
# matters or pays, in general, is a norm every pitch states; it teaches nothing
# ("huolto kannattaa, oli keittiö iso tai pieni": advice, not a consequence)
_NORMATIVE = frozenset(
    {"tärkeä", "olennainen", "oleellinen", "keskeinen", "panostaa", "kannattaa", "hyvä", "järkevä",
     "hyödyllinen"}
)  # fmt: skip


def _since(words: list[Word], when: Word) -> bool:
    """ "siitä on jo tovi, kun viimeksi nähtiin": "kun" dates the last contact, it
    does not join a cause to a consequence."""
    after = [w for w in words if w.i > when.i][:1]
    before = [w.lower for w in words if w.i < when.i]
    return bool(after and after[0].lower == "viimeksi") or "siitä" in before[:2]


def _normative(words: list[Word]) -> bool:
    """Importance is what the sentence predicates: "on tärkeää", or "on yrityksen
    tärkein voimavara", "on noussut yhä tärkeämmäksi teemaksi", "kuuluu
    tärkeimpiin asioihin" (the word describes the predicate noun)."""
    by_index = {w.i: w for w in words}

    def predicate(w: Word) -> bool:
        return w.head == w.i or w.dep.startswith(("ROOT", "conj", "xcomp"))

    for w in words:
        if w.lemma not in _NORMATIVE:
            continue
        if w.lemma == "kannattaa":
            if any(v.lemma == "että" or (v.head == w.i and v.pos == "VERB") for v in words):
                # "kannattaa huomata, että…", "arviot kannattaa tarkistaa nyt": an
                # action advised follows from what the sentence tells; only "huolto
                # kannattaa" (it pays) is the norm
                continue
            if any(v.lemma == "kuin" for v in words) and any(_comparative(v) for v in words):
                continue  # "kannattaa perunatilalla paremmin kuin viljatilalla": compared
            # ("huolto kannattaa, oli keittiö iso tai pieni" parses as a clause of
            # "iso"; only "jos/kun se kannattaa" is subordinate)
            if w.finite and not any(v.head == w.i and v.dep == "mark" for v in words):
                return True
        if predicate(w):
            return True
        if w.lemma in _EVALUATIVE:
            continue  # "on hyvä hetki tarkistaa…, koska…": good describes the moment
        head = by_index.get(w.head)
        if w.dep == "amod" and head is not None:
            governor = by_index.get(head.head)
            if predicate(head) or (head.dep == "obl" and governor and governor.head == governor.i):
                return True
            # "on yksi klinikan tärkeimmistä asioista": one of the predicated set
            if head.dep == "nmod" and governor and governor.lemma == "yksi" and predicate(governor):
                return True
    return False


def _concludes_importance(words: list[Word]) -> int | None:
    """ "…, joten X on tärkeä asia", "…, siksi se on olennaista": where the conclusion
    word stands when the clause after it predicates importance (its predicate's head
    is outside the clause); else None."""
    at = next((n for n, w in enumerate(words) if w.lower in ("joten", "siksi")), None)
    if at is None:
        return None
    clause = words[at + 1 :]
    inside = {w.i for w in clause}
    by_index = {w.i: w for w in clause}
    for w in clause:
        if w.lemma not in _NORMATIVE or w.lemma == "kannattaa":
            continue
        head = by_index.get(w.head)
        # the predicate itself, or the attribute of the predicate noun ("tärkeä asia")
        if (
            w.head not in inside
            or w.head == w.i
            or (
                w.dep == "amod"
                and head is not None
                and (head.head not in inside or head.head == head.i)
            )
        ):
            return at
    return None


_EVALUATIVE = frozenset({"hyvä", "järkevä"})  # normative only as the predicate: "on hyvä, että"
_FRAMING_REASONS = frozenset({"koska", "sillä"})
_FINDING_FRAMES = frozenset({"havainto", "kokemus"})
_BECAUSE = frozenset({"siksi", "takia", "vuoksi"})


_THEIRS = frozenset({"niiden", "heidän", "näiden", "noiden", "ne", "he", "nämä"})


def _what_it_becomes(word: Word, words: list[Word]) -> bool:
    """ "jätteestä tulee myytävä tuote": what something turns into, not the seller's
    product ("X:stä tulee Y" has the thing changed in the elative)."""
    return any(
        v.i == word.head
        and v.lemma == "tulla"
        and any(d.head == v.i and d.case == "Ela" for d in words)
        for v in words
    )


def _seller_frame(words: list[Word]) -> list[Word] | None:
    """The part of a sentence the seller only frames: after "koska"/"sillä" when the
    seller's own clause comes first ("Lähestyn teitä, koska …"), or after a leading
    "Kuten mainitsin," ("as I mentioned"); None when the rest speaks of the seller."""
    rest: list[Word] | None = None
    if words and words[0].lower == "kuten":
        rest = _without_as_i_said(words)
        rest = rest if len(rest) < len(words) else None
    else:
        at = next(
            (
                n
                for n, w in enumerate(words)
                if w.lower in _FRAMING_REASONS
                # "Kysyn siksi, että …", "Kirjoitan sen takia, että …"
                or (w.lemma == "että" and _after_because(words[:n]))
                # "Halusimme kertoa, että …": the seller only passes on what follows
                # (unless a name is its subject: "…, että Kiiltopiste pesee nykyään
                # myös…" is as often the seller's own firm as anyone's)
                or (
                    w.lemma == "että"
                    and _telling(words[:n])
                    and not any(
                        v.dep.startswith("nsubj") and (v.pos == "PROPN" or v.text[:1].isupper())
                        for v in words[n:]
                    )
                )
            ),
            None,
        )
        # "siirsimme kolmen kaupan lähetykset meille, ja niiden käsittely nopeutui…":
        # what followed for the others is theirs, as if told in a sentence of its own
        # ("Olen seurannut toimitilamarkkinaa pitkään, ja viime vuonna…": what the
        # writer watched, told after "ja")
        after_and = next(
            (
                n + 1
                for n, w in enumerate(words[:-1])
                if w.lower == "ja"
                and (
                    words[n + 1].lower in _THEIRS
                    or (
                        any(
                            v.lemma in _PERCEPTION
                            or any(_PERCEPTION & set(r.parts) for r in v.readings)
                            for v in words[:n]
                        )
                        and any(v.finite and v.person == 1 for v in words[:n])
                    )
                )
            ),
            None,
        )
        at = at if at is not None else (after_and - 1 if after_and is not None else None)
        if at is not None and any(w.refers_to_seller for w in words[:at]):
            rest = words[at + 1 :]
    # ("…, koska pyyntöjä tulee asiakkaillemme yhä useammin": what happens to the
    # seller's customers is the market's, not the seller's own)
    # ("Kysyn siksi, että olemme huomanneet, että …": the seller's observation, which
    # is judged as one)
    if not rest or (
        any(w.refers_to_seller and not _peer(w, rest) for w in rest) and _observed(rest) is None
    ):
        return None
    return rest


_CHANGE_NOUNS = frozenset(
    {"muutos", "kehitys", "kasvu", "oppiminen", "parantaminen", "uudistuminen"}
)


def _steady_practice(word: Word, words: list[Word]) -> bool:
    """ "Jatkuva syötitys on sallittu vain ammattilaisille": continuous as a kind of
    practice, not the "jatkuva muutos" (or "muuttuu jatkuvasti") of every change speech."""
    if word.lemma != "jatkuva" or word.lower.endswith("sti") or word.dep != "amod":
        return False
    head = next((w for w in words if w.i == word.head), None)
    return head is not None and not (
        word_heads(head) & _CHANGE_NOUNS or head.lemma in _CHANGE_NOUNS
    )


def _describes_another(word: Word, words: list[Word]) -> bool:
    """The seller inside a relative clause on someone else: "kaksi studiota, joiden
    kanssa olen tehnyt töitä, muutti…" tells of the studios, not of the seller."""
    by_index = {w.i: w for w in words}
    node = word
    for _ in range(4):
        if node.dep == "acl:relcl":
            antecedent = by_index.get(node.head)
            # (a relative pronoun opens it: "joten pahoittelen" parsed so is no relative)
            return (
                antecedent is not None
                and not antecedent.refers_to_seller
                and any(w.lemma in ("joka", "mikä") and antecedent.i < w.i <= node.i for w in words)
            )
        if node.head == node.i or node.head not in by_index:
            return False
        node = by_index[node.head]
    return False


def _without_as_i_said(words: list[Word]) -> list[Word]:
    """The words after a leading "Kuten mainitsin," ("as I mentioned")."""
    if words and words[0].lower == "kuten":
        said = next((n for n, w in enumerate(words[:5]) if w.finite and w.person == 1), None)
        if said is not None:
            return words[said + 1 :]
    return words


_TELLING = frozenset({"kertoa", "ilmoittaa", "vinkata", "muistuttaa", "mainita", "todeta"})


def _telling(before: list[Word]) -> bool:
    """ "Halusin kertoa, että", "Vinkkaan, että", "Sen verran voin jo kertoa, että":
    the writer's own verb of telling right before the "että" clause it passes on."""
    content = [w for w in before if not w.is_punct]
    return (
        0 < len(content) <= 5
        and any(w.lemma in _TELLING for w in content)
        and any(w.finite and w.person == 1 for w in content)
    )


def _after_because(before: list[Word]) -> bool:
    """ "Kysyn siksi, että": "siksi" right before the "että" it announces (not a
    sentence-opening "Siksi pidämme tärkeänä, että", which is "therefore")."""
    content = [w for w in before if not w.is_punct]
    return bool(content) and content[-1].lower in _BECAUSE


def _trend(words: list[Word]) -> bool:
    """ "yhä useammin", "entistä kalliimpia": a change over time without a figure
    ("selvästi useammin": a difference seen);
    or a comparison made with "kuin" ("vähemmän kuin viime vuonna", "enemmän
    kuin kertaakaan vuoden 2022 jälkeen", "kalliimpi kuin kilpailijoilla")."""
    for n, w in enumerate(words[:-1]):
        # "aiempaa enemmän": the trend word may itself be a comparative
        if w.lower in _TREND_ADVERBS | _DEGREE_ADVERBS and _comparative(words[n + 1]):
            return True
        # ("kolme kertaa enemmän myöhässä huomattuja optioita kuin…": the compared
        # thing may stand between)
        kuin = next(
            (m for m in range(n + 1, min(n + 6, len(words))) if words[m].lemma == "kuin"), None
        )
        if _comparative(w) and kuin is not None and not _with_its_opposite(words, n, kuin):
            return True
    # "ei kestä yhtä hyvin kuin kymmenen vuotta sitten": compared with a time before
    return any(
        w.lemma == "kuin" and any(v.lower == "sitten" for v in words[n + 1 : n + 5])
        for n, w in enumerate(words)
    )


# a thing done well and done badly: "hyvin huollettu … huonosti huollettu"
_WELL = frozenset({"hyvin", "hyvä"})
_BADLY = frozenset({"huonosti", "huono", "heikosti"})
_DONE = frozenset({"past_passive", "past_active", "present_passive", "present_active"})


def _with_its_opposite(words: list[Word], comparative: int, kuin: int) -> bool:
    """ "Huolletut koneet toimivat paremmin kuin huoltamattomat", "hyvin huollettu kone
    kestää paremmin kuin huonosti huollettu": a thing compared with its own lack is a
    truism by construction, not a comparison anyone measured. The compared sides are
    a participle and the caritive ("-maton") of the same verb, or the same word under
    opposite manners."""

    def verbs(w: Word, kinds: frozenset[str]) -> set[str]:
        return {r.parts[0] for r in w.readings if r.participle in kinds and len(r.parts) == 1}

    def manner(n: int) -> set[str]:
        return {words[n - 1].lower, *words[n - 1].lemmas} if n > 0 else set()

    # "Ongelmat on helpompi ehkäistä kuin korjata": two bare infinitives weighed, a maxim
    if (
        comparative + 1 < len(words)
        and kuin + 1 < len(words)
        and _bare_infinitive(words[comparative + 1])
        and _bare_infinitive(words[kuin + 1])
    ):
        return True
    for n in range(max(0, comparative - 6), comparative):
        for m in range(kuin + 1, min(kuin + 4, len(words))):
            a, b = words[n], words[m]
            if verbs(a, _DONE) & verbs(b, frozenset({"negation"})) or verbs(
                a, frozenset({"negation"})
            ) & verbs(b, _DONE):
                return True
            if a.lemma == b.lemma and (
                (manner(n) & _WELL and manner(m) & _BADLY)
                or (manner(n) & _BADLY and manner(m) & _WELL)
            ):
                return True
    return False


_THIS_MESSAGE = frozenset({"viesti", "sähköposti", "yhteydenotto", "rivi"})
_SENDING_A_MESSAGE = frozenset({"laittaa", "lähettää", "kirjoittaa", "pistää"})


def _bare_infinitive(word: Word) -> bool:
    """The first infinitive, the dictionary form itself: "ehkäistä", "korjata"."""
    return word.pos == "VERB" and not word.finite and word.lower in word.lemmas


_EARLIER = frozenset({"ennen", "aiemmin", "aikaisemmin", "viime", "sitten"})


def _compared_with_before(words: list[Word]) -> bool:
    """ "puolet vähemmän kuin ennen", "nopeammin kuin viime vuonna": a comparative set
    against an earlier time, a change ("edellisvuosia enemmän": the earlier time in
    the partitive)."""
    return any(
        _comparative(w)
        and (
            any(
                v.lemma == "kuin" and any(u.lower in _EARLIER for u in words[m + 1 : m + 4])
                for m, v in enumerate(words[n + 1 : n + 5], start=n + 1)
            )
            or (n > 0 and _earlier_years(words[n - 1]))
        )
        for n, w in enumerate(words)
    )


# what a change does to the customer's work, measured: "säästää keskimäärin neljä tuntia"
_EFFECTS = frozenset(
    {"säästää", "lyhentää", "vähentää", "nopeuttaa", "pienentää", "kasvattaa", "parantaa"}
)


def _average_effect(words: list[Word]) -> bool:
    """ "asiakkaidemme kokemusten perusteella tämä säästää omistajalta keskimäärin
    neljä tuntia kuukaudessa": an effect measured on average, what the customer gains."""
    return any(w.lemma == "keskimäärin" for w in words) and any(
        w.lemma in _EFFECTS and w.finite for w in words
    )


def _figure_then_and_before(words: list[Word], figures: int) -> bool:
    """ "toi 48 hakemusta, kun edellisenä vuonna niitä tuli 19": two figures, the
    second in a "kun" clause dated earlier, a before-and-after comparison."""
    if figures < 2:
        return False
    for n, w in enumerate(words):
        if w.lemma == "kun":
            rest = words[n + 1 : n + 6]
            return any(
                v.lower in _EARLIER or v.lemma in ("edellinen", "aiempi", "edellisvuosi")
                for v in rest
            ) and any(v.like_num for v in words[n + 1 :])
    return False


def _earlier_years(word: Word) -> bool:
    """ "edellisvuosia", "aiempia vuosia", "viime vuotta": an earlier time in the partitive."""
    return word.case == "Par" and (
        word.lemma.endswith("edellisvuosi") or word.lemma in _SPANS_BEFORE
    )


_SPANS_BEFORE = frozenset({"vuosi", "kausi"}) | SEASONS


def _from_now_on(words: list[Word]) -> bool:
    """ "Sosiaalihuollon kirjaukset tallennetaan jatkossa Kanta-arkistoon": a practice
    of the reader's world that changes from now on (not the seller's "hoidamme jatkossa"
    nor the reader's "voitte jatkossa")."""
    return (
        any(w.lower in _FROM_NOW_ON for w in words)
        and any(
            w.finite and w.person in (3, 4) and not w.refers_to_seller and not w.addresses_reader
            for w in words
        )
        and not any(w.refers_to_seller or w.addresses_reader for w in words)
    )


_FROM_NOW_ON = frozenset({"jatkossa", "vastedes"})


def _dated_change_against_before(words: list[Word]) -> bool:
    """ "Hirvet ovat tänä syksynä syöneet taimikoita selvästi edellisvuosia enemmän": a
    change compared with earlier years, told in the past of a dated season, is seen."""
    told_past = any(
        (w.finite and w.reading is not None and w.reading.tense == "past_imperfective")
        or (w.lemma == "olla" and w.dep == "aux")  # the perfect: "ovat syöneet"
        for w in words
    )
    return told_past and _compared_with_before(words) and any(w.lemma in _DATING for w in words)


# a stretch of time that dates what happened ("tänä syksynä", "viime vuonna"), not "nyt"
_DATING = frozenset({"vuosi", "kuukausi", "viikko", "viime", "vuodenvaihde"}) | SEASONS
_LATELY = frozenset({"hiljattain", "äskettäin", "vastikään"})
_EVENTS_HELD = (*EVENT_STEMS, "tapahtum", "juhl")  # and "tapahtuma", "juhla" themselves
_SOCIAL = frozenset(
    {"tavata", "nähdä", "jutella", "keskustella", "puhua", "tutustua", "vierailla", "käydä"}
)


def _recent_event(words: list[Word]) -> bool:
    """ "Pienyrityksiin on tänä syksynä lähetetty huijausviestejä": what happened in
    the reader's world lately, told in the past and dated "this" or "last" season,
    is news of it (the caller leaves out the seller's and the reader's own doings)."""
    # a thing done, not a state ("Messut olivat vilkkaat") nor a meeting ("Oli mukava
    # tavata viime viikolla")
    by_index = {w.i: w for w in words}
    told_past = any(
        (
            (w.finite and w.reading is not None and w.reading.tense == "past_imperfective")
            # the perfect: "on lähetetty", "ovat alkaneet"
            or (w.lemma == "olla" and w.dep.startswith("aux"))
        )
        and (verb := w if w.lemma != "olla" else by_index.get(w.head)) is not None
        and verb.lemma != "olla"
        and verb.pos == "VERB"
        and verb.lemma not in _SOCIAL
        for w in words
    )
    if not told_past or any(
        (w.dep.startswith("nsubj") and (w.lemmas | word_heads(w)) & _WEATHER)
        # ("Messut olivat vilkkaat, ja osastolla riitti väkeä": small talk of an event)
        or is_meeting_word(w)
        or w.lower.startswith(_EVENTS_HELD)
        for w in words
    ):
        return False
    return any(
        w.lemma in _LATELY
        # ("Varauspisteen elokuun päivityksessä tuli ajastettava vienti": an event of a
        # named month)
        or (w.lemma in MONTHS and w.case in ("Ine", "Gen"))
        or (
            w.lemma in _DATING
            and n > 0
            and (
                words[n - 1].lower == "viime" or (words[n - 1].lower == "tänä" and w.case == "Ess")
            )
        )
        for n, w in enumerate(words)
    )


_DIFFERENCE = frozenset({"ero", "erotus", "hintaero"})
# "Puutteita on löytynyt eniten pieniltä klinikoilta": where the most or the least is
_MOST_OR_LEAST = frozenset({"eniten", "vähiten"})


# Words that tie a change to a time: "viime vuonna", "nyt", "ensi keväänä".
_ANCHORS = frozenset(
    {"vuosi", "kuukausi", "viikko", "nyt", "nykyään", "viime", "ensi", "tänään", "pian",
     "jo", "enää", "vuodenvaihde", "alkaen", "asti",
     # a moment fixed against an event: "juuri ennen kaupan maksupäivää"
     "ennen", "jälkeen"}
) | SEASONS  # fmt: skip


def _in_charge_of(words: list[Word], word: Word) -> bool:
    """ "tietotekniikasta vastaava opettaja": "vastaava" after an elative is the
    person in charge, not a peer ("vastaavissa kouluissa")."""
    n = words.index(word)
    return word.lower.startswith("vastaav") and n > 0 and words[n - 1].case == "Ela"


def _names_a_regulation(word: Word, words: list[Word]) -> bool:
    """A modifier inside a regulation's name: "digitaalisen" in "EU:n digitaalisen
    häiriönsietokyvyn asetus" hangs, through its noun, on "asetus"."""
    by_index = {w.i: w for w in words}  # asked only of the rare platitude word
    head = by_index.get(word.head)
    for _ in range(3):
        if head is None or head.i == word.i:
            return False
        if head.lemma in _REGULATION:
            return True
        head = by_index.get(head.head) if head.head != head.i else None
    return False


def _stock_phrase(words: list[Word]) -> bool:
    """The stock phrases of every change speech: "nopeammin kuin koskaan" (a
    comparison with no measure), "odotukset kasvavat koko ajan", "on pysyttävä
    mukana", "asiakkaat vaativat yhä enemmän", "ei ole aina helppoa", "yhä useampi
    miettii…", "aihe puhuttaa"."""
    # "lataaminen puhuttaa nykyään monessa yrityksessä": only that a topic is talked
    # about, which every change speech says
    if any(w.lemma == "puhuttaa" and w.finite and w.person == 3 for w in words):
        return True
    for n, w in enumerate(words):
        before = words[n - 1] if n > 0 else None
        if before is None:
            continue
        if w.lower in ("koskaan", "ikinä", "milloinkaan") and before.lemma == "kuin":
            return True
        if w.lower == "ajan" and before.lower == "koko":
            return True
        # "Palvelusta voi lukea lisää verkkosivuilta": a pointer to more, no news itself
        if w.lower == "lisää" and before.lemma == "lukea":
            return True
        # "ansaitsette parempaa kuin tuollaista palvelua": a flattering verdict, no measure
        if w.lemma == "hyvä" and _comparative(w) and before.lemma == "ansaita":
            return True
        if w.lower == "mukana" and before.lower.startswith("pysy"):  # pysyä, pysyttävä
            return True
        # "Työoikeudessa on paljon huomioitavaa": a lot to consider, said of any field
        if (
            before.lower == "paljon"
            and w.case == "Par"
            and not w.dep.startswith("amod")
            and any(r.participle == "present_passive" for r in w.readings)
        ):
            return True
        # "metsän omistaminen ei ole aina helppoa": said of anything worth doing
        if (
            w.lemma in ("helppo", "yksinkertainen", "mutkaton")
            and "aina" in (before.lower, words[n - 2].lower if n > 1 else "")
            and any(v.negative for v in words[:n])
        ):
            return True
        # "yhä useampi kiinteistönomistaja miettii energiatehokkuutta": more people
        # thinking about a topic is what every change speech says
        if before.lower in _TREND_ADVERBS and w.lemma == "usea" and w.dep == "amod":
            subject = next((v for v in words if v.i == w.head), None)
            verb = next((v for v in words if subject and v.i == subject.head), None)
            if verb is not None and verb.lemma in _PONDERING:
                return True
        # "Asiakkaat ostavat yhä enemmän verkosta": people in general doing more and
        # more of something, with no figure or time to it
        if (
            before.lower in _TREND_ADVERBS
            and w.lower in ("enemmän", "useammin")
            and not any(v.pos == "NUM" or v.lemma in _EARLIER for v in words)
            and _people_in_general(words, next((v for v in words if v.i == w.head), None))
        ):
            return True
        # "asiakkaat odottavat palveluilta yhä enemmän": expectations rising, with
        # nothing named that is expected
        than_before = [v.lower for v in words[n + 1 : n + 3]]
        if w.lower in ("enemmän", "enempää") and (
            before.lower in _TREND_ADVERBS
            or (than_before[:1] == ["kuin"] and bool(set(than_before[1:]) & _EARLIER))
        ):
            verb = next((v for v in words if v.i == w.head and v.lemma in _EXPECTING), None)
            if verb is not None and not any(
                v.head == verb.i and v.dep in ("obj", "ccomp") for v in words
            ):
                return True
    return False


_EXPECTING = frozenset({"odottaa", "vaatia", "edellyttää", "toivoa", "haluta"})


_PEOPLE = frozenset({"asiakas", "kuluttaja", "ihminen", "ostaja", "yritys", "käyttäjä"})


def _people_in_general(words: list[Word], verb: Word | None) -> bool:
    """The verb's subject is people at large ("asiakkaat", "kuluttajat"), in the plural,
    nobody's in particular (not "asiakkaanne", not "asiakkaamme")."""
    return verb is not None and any(
        v.head == verb.i
        and v.dep.startswith("nsubj")
        and v.lemma in _PEOPLE
        and not v.possessive
        and v.reading is not None
        and v.reading.number == "pl"
        and not any(d.head == v.i and d.dep in ("nmod:poss", "det") for d in words)
        for v in words
    )


_PONDERING = frozenset(
    {"miettiä", "pohtia", "harkita", "kiinnostua", "ajatella", "arvostaa", "etsiä", "tiedostaa"}
)


def _guaranteed(words: list[Word]) -> bool:
    """ "Tulokset taattu: myynti kasvaa joka kuukausi", "lupaamme, että kulut laskevat":
    a change the writer guarantees is promised, not observed ("laki takaa
    palautusoikeuden" is a regulation's news; "toimittaja lupasi" is a report)."""
    return any(
        (w.lemma in ("taata", "taattu", "luvata") or w.lower in ("taatusti", "takuulla"))
        and w.person in (1, None)
        and not (w.reading is not None and w.reading.tense == "past_imperfective")
        for w in words
    ) and not any(word_heads(w) & _REGULATION for w in words)


def _began(words: list[Word]) -> bool:
    """ "laitokset ovat alkaneet pyytää tarkastusjäljen", "kunnat alkoivat vaatia…":
    a practice that began, a change without a change word."""
    by_head: dict[int, list[Word]] = {}
    for w in words:
        by_head.setdefault(w.head, []).append(w)
    return any(
        w.lemma in ("alkaa", "alkanut")
        and w.person != 1
        and w.reading is not None
        and (w.reading.tense == "past_imperfective" or w.reading.participle == "past_active")
        and any(r.mood == "A-infinitive" for v in by_head.get(w.i, []) for r in v.readings)
        # "aurinkokin on jo alkanut näyttäytyä": the weather is small talk
        and not any(
            v.dep.startswith("nsubj") and (v.lemmas | word_heads(v)) & _WEATHER
            for v in by_head.get(w.i, [])
        )
        for w in words
    )


_WEATHER = SEASONS | {"aurinko", "sää", "keli", "lumi", "sade", "ilma", "helle"}


def _begins_later(words: list[Word]) -> bool:
    """ "Vesilaitos alkaa syksyllä periä lisämaksua", "Kunta alkaa ensi vuonna vaatia…":
    a third party's practice that begins (or ends) at a named later time, announced news."""
    by_head: dict[int, list[Word]] = {}
    for w in words:
        by_head.setdefault(w.head, []).append(w)
    return any(
        (
            (
                w.lemma == "alkaa"
                and any(r.mood == "A-infinitive" for v in by_head.get(w.i, []) for r in v.readings)
            )
            # "Moni pankki lopettaa paperisten tiliotteiden lähettämisen vuodenvaihteessa":
            # a practice that ends at a named later time is a change as well
            or (w.lemma in _CEASING and any(d.dep == "obj" for d in by_head.get(w.i, [])))
        )
        and w.finite
        and w.person == 3
        and w.reading is not None
        and w.reading.tense == "present_simple"
        and any(
            (not d.dep.startswith("nsubj") and d.lemmas & _LATER_TIMES)
            # "ensi vuonna", "ensi kaudella"; not the seller's "ensi viikolla"
            or (d.lemmas & _NEXT_PERIODS and any(v.lower == "ensi" for v in by_head.get(d.i, [])))
            for d in by_head.get(w.i, [])
        )
        for w in words
    )


_LATER_TIMES = SEASONS | MONTHS | {"alkaen", "lähtien", "vuodenvaihde"}
# ("Linkora sulkee 3G-verkkonsa joulukuussa": a network or a service shut down)
_CEASING = frozenset({"lopettaa", "lakkauttaa", "sulkea"})
_NEXT_PERIODS = frozenset({"vuosi", "kausi", "tilikausi", "lukuvuosi"})


_EVERYONE = frozenset(
    {"asiakas", "ihminen", "kuluttaja", "käyttäjä", "yritys", "työntekijä", "kukaan", "moni"}
)


# settings said of any business: "nykymaailmassa", "tämän päivän kilpailussa"
_ANY_SETTING = frozenset(
    {"maailma", "aika", "päivä", "nykypäivä", "kilpailu", "markkina", "markkinat", "arki",
     "liiketoiminta", "ala", "elämä", "työelämä", "tilanne"}
)  # fmt: skip


_SPANS = _DURATIONS | {"päivä", "viikko", "kuukausi"}  # a call's lengths, and a job's
_ABOUT = frozenset({"noin", "alle", "yli", "vain", "enää", "puoli", "pari"})


def _same_in_other_time(words: list[Word]) -> bool:
    """ "sama ohjelma syntyy valmistusmallista noin tunnissa": the same thing done in
    a time told, set against the time just told of the reader's way."""
    same = any(w.lemma == "sama" and w.dep in ("amod", "det") for w in words)
    return same and any(
        w.lemma in _SPANS
        and w.case in ("Ine", "Gen", "Par")
        and n > 0
        and (words[n - 1].lower in _ABOUT or words[n - 1].pos == "NUM")
        for n, w in enumerate(words)
    )


def _used_to(words: list[Word]) -> bool:
    """ "Ennen uuni huollettiin kerran vuodessa": "ennen" as "formerly" (not "ennen
    joulua", whose partitive it governs, nor "ennen kuin") with a past verb tells a
    practice that has changed."""
    if len(words) < 3 or words[0].lower != "ennen":
        return False
    after = words[1]
    return (
        after.case != "Par"
        and after.lemma != "kuin"
        and any(w.reading is not None and w.reading.tense == "past_imperfective" for w in words)
    )


_OBLIGED = frozenset({"tarvita", "joutua", "pitää", "täytyä"})


def _no_longer(words: list[Word]) -> bool:
    """ "Paperilomake ei enää riitä", "autot varataan nykyään jo syyskuussa", "Ennen
    uuni huollettiin kerran vuodessa": what is no longer so, is so already now, or was
    so formerly, tells of a change without a change word."""

    # Said of everyone ("Asiakkaat eivät enää jaksa odottaa", "Enää ei riitä, että…")
    # it is the usual sales line; said of a named thing it is a change seen.
    def named(verb: int) -> bool:
        return any(
            v.head == verb
            and v.dep.startswith("nsubj")
            and v.pos in ("NOUN", "PROPN")
            and v.lemma not in _EVERYONE
            for v in words
        )

    # ("Elintarviketehtaiden auditoinneissa ei enää riitä, että raportit ovat kansiossa":
    # what no longer suffices, in a setting of the reader's trade named in full)
    def in_a_named_setting(verb: int) -> bool:
        return any(v.head == verb and v.dep == "csubj" for v in words) and any(
            v.head == verb
            and v.dep == "obl"
            and v.pos == "NOUN"
            and v.case in ("Ine", "Ade")
            and not word_heads(v) & _ANY_SETTING
            and (len(v.parts) > 1 or any(d.head == v.i and d.dep == "nmod:poss" for d in words))
            for v in words
        )

    if _used_to(words):
        return True
    by_index = {w.i: w for w in words}
    for n, w in enumerate(words):
        verb = by_index.get(w.head)
        if (
            w.lower == "enää"
            and (named(w.head) or in_a_named_setting(w.head))
            # "kunnan ei tarvitse enää koskaan huolehtia…": relief promised, not a change seen
            and not (
                verb is not None
                and (
                    verb.lemma in _OBLIGED
                    or any(a.head == verb.i and a.lemma in _OBLIGED for a in words)
                )
            )
            and not any(v.lower == "koskaan" for v in words[max(0, n - 1) : n + 3])
            and any(v.negative for v in words[max(0, n - 3) : n + 3])
        ):
            return True
        # ("tekijät pyrkivät nykyään tuhoamaan myös varmuuskopiot": "also, nowadays")
        if (
            w.lemma in ("nykyään", "nykyisin")
            and any(v.lower in ("jo", "myös", "jopa") for v in words[n + 1 : n + 4])
            and not any(v.dep.startswith("nsubj") and v.lemma in _EVERYONE for v in words)
        ):
            return True
    return False


def _discontinued(words: list[Word]) -> bool:
    """ "Linjojenne logiikoille ei enää valmisteta suoritinkortteja": something is no
    longer made or done, in the passive with its object named; a change in the world the
    reader's things depend on (not "teidän ei tarvitse enää…", relief promised)."""
    by_index = {w.i: w for w in words}
    for w in words:
        verb = by_index.get(w.head)
        if (
            w.lower == "enää"
            and verb is not None
            and any(r.person == 4 for r in verb.readings)  # the connegative passive
            and any(v.head == verb.i and v.negative for v in words)
            and any(v.head == verb.i and v.dep == "obj" and v.pos == "NOUN" for v in words)
        ):
            return True
    return False


def _resultative(words: list[Word]) -> bool:
    """ "pesu kerran vuodessa jättää ikkunat likaisiksi", "kosteus tekee
    lattiat liukkaiksi": what something leaves or makes a thing, a consequence told (not the
    writer's own "teemme siitä helpon")."""
    return any(
        w.lemma in ("jättää", "tehdä")
        and w.finite
        and w.person != 1
        and any(v.pos == "ADJ" and v.case == "Tra" for v in words[n + 1 : n + 5])
        for n, w in enumerate(words)
    )


def _measured_gap(words: list[Word]) -> bool:
    """ "vaihtoväli arviolta 300 tuntia pidempi", "kaksi päivää nopeampi": a
    comparative measured by a figure and its unit right before it."""
    for n, w in enumerate(words):
        if n < 2 or not _comparative(w) or w.lemma in _PRICED:
            continue
        unit, figure = words[n - 1], words[n - 2]
        counted = bool(_DIGIT.search(figure.text)) or (
            figure.reading is not None and figure.reading.word_class == "lukusana"
        )
        if counted and unit.pos == "NOUN" and unit.case == "Par":
            return True
    return False


# what a share of the costs or the trouble is: "suurin yksittäinen kuluerä"
_FACTORS = frozenset(
    {"syy", "kuluerä", "menoerä", "kulu", "kustannus", "riski", "ongelma", "vika",
     "aiheuttaja", "hukka", "hävikki", "pullonkaula", "kuormittaja"}
)  # fmt: skip
_LARGEST = frozenset({"suuri", "iso", "merkittävä", "yleinen", "tavallinen", "kallis"})


def _largest_factor(words: list[Word]) -> bool:
    """ "sivulevyjen kuluminen on suurin yksittäinen kuluerä", "yleisin syy
    seisokkeihin": what the biggest cost or cause is, in the reader's world, is a
    finding (not the seller's "alan suurin toimija")."""
    by_index = {w.i: w for w in words}
    return any(
        w.lemma in _LARGEST
        and _has_superlative(w)
        and (noun := by_index.get(w.head)) is not None
        and bool(word_heads(noun) & _FACTORS)
        for w in words
    )


def _comparative(word: Word) -> bool:
    return any(r.comparison == "comparative" for r in word.readings)


def _offer_terms(words: list[Word]) -> bool:
    """The seller's price and contract terms: "kuukausihinta", "irtisanomisaika",
    or a bare "hinta" that is nobody else's with a figure ("Hinta on 49 €", not
    "sähkön hinta" or "vaikka hinta olisi halvempi")."""
    if wordlist("offer").count(words):
        return True
    if not any(_DIGIT.search(w.text) for w in words):
        return False
    return any(
        w.lemma == "hinta"
        and len(w.parts) <= 1
        and not any(d.head == w.i and d.case == "Gen" and not d.refers_to_seller for d in words)
        for w in words
    )


def _readers_current_terms(words: list[Word]) -> bool:
    """ "Nykyisessä sopimuksessanne irtisanomisaika on kuusi kuukautta": the terms of
    the reader's own contract as they stand, told back with their consequence, are
    no price list of the seller's ("kuukausimaksunne olisi 49 €" still is)."""
    return any((w.possessive or "").startswith("2") and w.pos == "NOUN" for w in words) and not any(
        w.reading is not None and w.reading.mood == "conditional" for w in words
    )


def _many_pay(words: list[Word]) -> bool:
    """ "Moni sisustusliike maksaa nyt yli 150 euroa kuussa": what many of the reader's
    kind pay is a fact of the market, not the seller's price list."""
    by_index = {w.i: w for w in words}
    if any(
        w.case in ("Ine", "Ade")
        and word_heads(w) & _CONTRACTS
        and any(d.head == w.i and d.lemma in MANY for d in words)
        for w in words
    ):
        return True  # "monessa vuokrasopimuksessa on kolmen kuukauden irtisanomisaika"
    return any(
        w.dep.startswith("nsubj")
        and (w.lemma in MANY or any(d.head == w.i and d.lemma in MANY for d in words))
        # ("Moni asiakkaamme maksaa 49 euroa": the seller's price, told through its customers)
        and not w.refers_to_seller
        and (verb := by_index.get(w.head)) is not None
        and not verb.refers_to_seller
        for w in words
    )


_CONTRACTS = frozenset({"sopimus", "ehto", "hinnasto"})
_ARROWS = frozenset({"→", "->", "⇒", "➝"})
_SIGNED = re.compile(r"^[+−–-]\d")
_REGULATION = frozenset(
    {"laki", "asetus", "direktiivi", "määräys", "standardi", "säädös", "tarjouspyyntö"}
)  # a buyer's call for tenders binds the bidders as a rule does


_RULING = frozenset(
    {"velvoittaa", "vaatia", "kieltää", "edellyttää", "tiukentaa", "rajoittaa", "uudistaa",
     "muuttaa", "lakkauttaa", "poistaa"}
)  # fmt: skip


def _ruled(words: list[Word]) -> bool:
    """ "Jatkuva syötitys on sallittu vain ammattilaisille", "on kielletty myymästä":
    what is allowed or forbidden is a rule of the reader's trade, said as the predicate."""
    return any(
        w.head == w.i
        and any(r.participle == "past_passive" and r.parts == (verb,) for r in w.readings)
        and any(v.head == w.i and v.lemma == "olla" for v in words)
        for w in words
        for verb in ("sallia", "kieltää")
    )


# what a trade body or a standards body issues: "liitto julkaisi suosituksen"
_GUIDANCE = frozenset(
    {"suositus", "ohje", "ohjeistus", "vaatimus", "standardi", "määräys", "linjaus",
     "ohjeisto", "tulkinta", "sääntö"}
)  # fmt: skip
_ISSUING = frozenset({"julkaista", "antaa", "päivittää", "uudistaa", "hyväksyä", "tiukentaa"})


def _guidance_issued(words: list[Word]) -> bool:
    """Someone other than the seller has issued a recommendation, a guideline or a
    requirement ("Ruotsin sähköasentajien liitto julkaisi maaliskuussa suosituksen,
    jonka mukaan…"): a change in the rules of the reader's trade, told in the past.
    The seller's own guide ("julkaisimme oppaan") is an offer."""
    for verb in words:
        # in the simple past (the perfect's participle has a lemma of its own)
        if (
            verb.lemma not in _ISSUING
            or not verb.finite
            or verb.refers_to_seller
            or verb.reading is None
            or verb.reading.tense != "past_imperfective"
        ):
            continue
        issued = [w for w in words if w.head == verb.i and w.dep.startswith("obj")]
        subjects = [w for w in words if w.head == verb.i and w.dep.startswith("nsubj")]
        if (
            any(word_heads(o) & _GUIDANCE or o.lemma in _GUIDANCE for o in issued)
            and subjects
            and not any(w.refers_to_seller or w.addresses_reader for w in subjects)
        ):
            return True
    return False


def _times_a_thing(word: Word, words: list[Word]) -> bool:
    """ "kello 12.30 alkava vuoro": the time hangs on a participle that describes a
    noun, when a shift or a train starts, not when anyone meets."""
    head = next((w for w in words if w.i == word.head), None)
    return (
        head is not None
        and head.dep in ("acl", "amod")
        and head.reading is not None
        and head.reading.participle is not None
    )


def _authority_acts(words: list[Word]) -> bool:
    """An authority introduces, requires or forbids something: a change in the
    reader's rules, even without a figure ("EU ottaa käyttöön matkustusluvan")."""
    for w in words:
        if not (
            w.lower in PUBLIC_BODIES
            or w.lemma.lower() in PUBLIC_BODIES
            or word_heads(w) & PUBLIC_BODIES
            # ("EU:n uudistettu F-kaasuasetus rajoittaa…": a new regulation rules as its
            # authority does; an old one restates the reader's rules)
            or (word_heads(w) & _REGULATION and any(_renewed(v) for v in words if v.head == w.i))
        ):
            continue
        if not w.dep.startswith("nsubj"):
            continue
        verb = next((v for v in words if v.i == w.head), None)
        if verb is None:
            continue
        introduces = verb.lemma == "ottaa" and any(
            v.head == verb.i and v.lower == "käyttöön" for v in words
        )
        # "hyvinvointialueet ovat ilmoittaneet vaativansa…": the ruling announced
        announced = [v for v in words if v.head == verb.i and v.dep in ("xcomp", "ccomp")]
        if introduces or any(
            v.lemma in _RULING or any(r.parts[-1:] and r.parts[-1] in _RULING for r in v.readings)
            for v in (verb, *announced)
        ):
            return True
    return False


_RENEWED = frozenset(
    {"uusi", "uudistettu", "uudistunut", "päivitetty", "muutettu", "tuleva", "tiukennettu",
     "uudistaa", "päivittää", "tiukentaa"}
)  # fmt: skip


def _renewed(word: Word) -> bool:
    """ "uusi", "uudistettu", "tuleva": a regulation that has just changed or will."""
    return word.dep in ("amod", "acl") and bool(word.lemmas & _RENEWED)


_STUDYING = frozenset(
    {"kartoittaa", "havaita", "tutkia", "selvittää", "mitata", "haastatella", "vertailla", "verrata",
     "analysoida", "seurata", "tarkastaa", "auditoida", "testata", "kokeilla"}
)  # fmt: skip


_SAMPLES = frozenset(
    {"harjoitus", "testi", "mittaus", "tarkastus", "kartoitus", "auditointi", "kysely",
     "pilotti", "katselmus", "haastattelu", "koe"}
)  # fmt: skip


# "tietämättään", "huomaamatta", "tajuamatta": the abessive of a verb of knowing
_UNKNOWING = frozenset(
    {"tietää", "tietämä", "huomata", "huomaama", "tiedostaa", "tiedostama", "tajuta", "tajuama"}
)


def _unknowing(words: list[Word]) -> bool:
    """ "Moni tuottaja maksaa tietämättään tyhjästä paluumatkasta": what others do
    without knowing it is news to the reader, who may be one of them (not the seller's
    own "hoidamme huollon huomaamatta", nor the reader's "ette edes huomaa")."""
    by_index = {w.i: w for w in words}
    for w in words:
        if w.case != "Abe" or not w.lemmas & _UNKNOWING:
            continue
        verb = by_index.get(w.head)
        if verb is None or not verb.finite or verb.refers_to_seller or verb.addresses_reader:
            continue
        subjects = [v for v in words if v.head == verb.i and v.dep.startswith("nsubj")]
        if subjects and not any(
            v.refers_to_seller
            or v.addresses_reader
            or any(d.head == v.i and (d.refers_to_seller or d.addresses_reader) for d in words)
            for v in subjects
        ):
            return True
    return False


def _neighbours_do(words: list[Word]) -> bool:
    """ "Naapurit suunnittelevat ruokalistan hävikin pohjalta", "naapurikunnat ovat
    yhdistäneet valvonnan": what the reader's neighbours do is a peer comparison,
    news even without a figure (not "näytän robottia naapurikunnan tilalla")."""
    by_index = {w.i: w for w in words}
    return any(
        w.dep.startswith("nsubj")
        and any(r.parts[:1] == ("naapuri",) for r in w.readings)
        and (verb := by_index.get(w.head)) is not None
        and verb.pos in ("VERB", "AUX")
        and verb.person not in (1, 2)
        and not verb.addresses_reader
        for w in words
    )


def _found_too_late(words: list[Word]) -> bool:
    """ "Moni pääurakoitsija on huomannut tämän vasta ensimmäisessä tarkastuksessa",
    "taloyhtiö huomaa virheen vasta pakkasilla": others find it out only when it costs,
    a consequence told through peers (not "huomaatte vasta", nor "huomasimme vasta")."""
    by_index = {w.i: w for w in words}

    def third_person(verb: Word) -> bool:
        # "huomaa", or the perfect "on huomannut" whose auxiliary has the person
        finite = [verb] if verb.finite else [v for v in words if v.head == verb.i and v.finite]
        return any(
            v.person == 3 and not v.addresses_reader and not v.refers_to_seller for v in finite
        )

    def of_verb(w: Word, verb: Word) -> bool:
        # "vasta ensimmäisenä pakkastalvena": in the verb's time phrase
        for _ in range(3):
            if w.head == verb.i:
                return True
            head = by_index.get(w.head)
            if head is None or head.i == w.i:
                return False
            w = head
        return False

    def noticing(w: Word) -> bool:  # "huomaa", and the participle "huomannut"
        return bool(w.lemmas & _NOTICING) or any(
            r.participle == "past_active" and r.parts[-1:] and r.parts[-1] in _NOTICING
            for r in w.readings
        )

    return any(
        noticing(w) and third_person(w) and any(v.lower == "vasta" and of_verb(v, w) for v in words)
        for w in words
    )


_NOTICING = frozenset({"huomata", "havaita", "tajuta", "oivaltaa", "ymmärtää"})
_COMING_TO_LIGHT = frozenset({"selvitä", "paljastua", "ilmetä"})


def _came_to_light(words: list[Word]) -> bool:
    """ "Viime viikolla selvisi, että…", "tarkastuksessa paljastui, että…", "kävi
    ilmi, että…": a fact found out, told in the past (not the coming meeting's
    "tapaamisessa selviää, sopiiko…", nor "selvisimme kiireestä", we coped)."""
    for n, w in enumerate(words):
        lit = w.lemmas & _COMING_TO_LIGHT or (
            w.lemma == "käydä" and any(v.lower == "ilmi" for v in words[n + 1 : n + 3])
        )
        past = w.reading is not None and (
            w.reading.tense == "past_imperfective" or w.reading.participle == "past_active"
        )
        if (
            lit
            and past
            and w.person in (None, 3)
            and any(v.lower == "että" for v in words[n + 1 : n + 4])
        ):
            return True
    return False


_TURNING_UP = frozenset({"löytyä", "löytää", "paljastua", "ilmetä"})


def _turned_up(words: list[Word]) -> bool:
    """ "keilauksessa löytyi 23 kanavaa", "löysimme 14 vuotoa": things found, in the
    past, counted (not "löysin yhteystietosi Koskikatu 5:n ilmoitustaululta")."""
    for verb in words:
        if not (
            verb.lemma in _TURNING_UP
            and verb.reading is not None
            and verb.reading.tense == "past_imperfective"
        ):
            continue
        found = [w for w in words if w.head == verb.i and w.dep.startswith(("nsubj", "obj"))]
        if any(n.head == f.i and n.dep == "nummod" for f in found for n in words):
            return True
    return False


def _study(words: list[Word]) -> bool:
    """The seller set up a study with a sample: "Kävimme läpi 12 kohteen mittaukset",
    "Kartoitimme 40 tehdasta"."""
    studying = any(
        w.lemmas & _STUDYING
        # an agent participle: "selvittämissämme 14 tapauksessa" (parts: "selvittää")
        or any(r.parts[-1:] and r.parts[-1] in _STUDYING for r in w.readings)
        # ("kävimme läpi kaikki hissit": "läpi" may be parsed as the object's adposition)
        # ("olemme käyneet läpi": the participle's verb is "käydä" too)
        or (
            (w.lemma == "käydä" or any(r.parts[-1:] == ("käydä",) for r in w.readings))
            and any(v.lower == "läpi" and (v.head == w.i or v.i == w.i + 1) for v in words)
        )
        # "olemme laskeneet kulutuksesta, että …": counted, not lowered
        or (
            ("laskea" in w.lemmas or any(r.parts[-1:] == ("laskea",) for r in w.readings))
            and any(v.lemma == "että" and v.i > w.i for v in words)
        )
        # the sample named by its noun: "teimme 38 palautusharjoitusta", "12 auditointia"
        or bool(word_heads(w) & _SAMPLES)
        for w in words
    )
    return studying and _figures(words) > 0 and any(w.refers_to_seller for w in words)


_FINDING_VERBS = _STUDYING | _PERCEPTION | {"todeta"}  # "huomata" is a perception


def _found_that(words: list[Word]) -> bool:
    """A study that states its finding in the same sentence: "kävimme läpi 1970-luvun
    hissit ja totesimme, että 31 prosentissa ovikoneisto on uusittava". What follows
    "että" must be a fact of its own, about neither party."""
    for n, w in enumerate(words):
        if w.lower != "että" or not any(
            v.lemmas & _FINDING_VERBS or _came_out(v, words) for v in words[:n]
        ):
            continue
        finding = words[n + 1 :]
        if _told_fact(finding) and not any(v.addresses_reader for v in finding):
            return True
    return False


# what a rule does from a date on: "sallittu 20.1.2027 alkaen", "pakollinen vuodesta 2026"
_RULED = frozenset(
    {"sallia", "sallittu", "pakollinen", "kielletty", "kieltää", "vaatia", "vaadittu",
     "velvoittaa", "velvollinen"}
)  # fmt: skip

# "kävi ilmi, että…", "selvisi, että…": what the study brought out
_CAME_OUT = frozenset({"ilmetä", "selvitä", "paljastua", "osoittautua"})


def _came_out(verb: Word, words: list[Word]) -> bool:
    return bool(verb.lemmas & _CAME_OUT) or (
        verb.lemma == "käydä" and any(v.head == verb.i and v.lower == "ilmi" for v in words)
    )


_THAT = frozenset({"asia", "tämä", "se", "tuo", "ilmiö"})
_PROPOSING = frozenset({"ehdottaa", "suositella", "esittää", "neuvoa"})


def _study_of_that(words: list[Word]) -> bool:
    """A study whose object points back ("Mittasimme asian kolmessa myymälässä",
    "Tutkimme tämän 40 kohteessa"): it backs the sentence before."""
    studying = {w.i for w in words if w.lemmas & _STUDYING}
    cases = {w.i: w.case for w in words}
    return _study(words) and any(
        w.lemma in _THAT
        and (
            (w.dep == "obj" and w.head in studying)
            # ("Mittasimme tämän kuudessa varastossa": parsed as a determiner; not
            # "tämän varaston", a thing of its own)
            or (w.i - 1 in studying and cases.get(w.i + 1) != w.case)
        )
        for w in words
    )


def _told_fact(words: list[Word]) -> bool:
    """A statement a study can back, before or after it: a full clause, not the
    seller's own."""
    content = [w for w in words if not w.is_punct]
    return (
        len(content) >= 6
        and any(w.finite for w in content)
        and not any(w.refers_to_seller for w in content)
    )


def _source_frame(word: Word, words: list[Word]) -> bool:
    """ "Havaintojemme mukaan …": the seller's observations named as the source of
    what follows, which is judged by itself."""
    at = next((n for n, w in enumerate(words) if w.i == word.i), None)
    return (
        at is not None
        and at + 1 < len(words)
        and words[at + 1].lemma == "mukaan"
        and word.pos == "NOUN"
        and bool(word_heads(word) & DATA_SOURCES)
    )


def _told_result(word: Word) -> bool:
    """A finite verb in the 3rd person past: what happened in the sample."""
    reading = word.reading
    return (
        word.finite
        and word.person == 3
        and reading is not None
        and reading.tense == "past_imperfective"
    )


def _finding(words: list[Word]) -> bool:
    """What a study found, in the next sentence: a full clause about neither party
    ("Askeläänitaso jäi tavoitteesta niissä porrashuoneissa, joissa…")."""
    return _told_fact(words) and not any(w.addresses_reader for w in words)


def _shown_change(words: list[Word]) -> bool:
    """A change written with figures: an arrow between them ("1,8 % → 3,1 %"), one
    figure instead of another ("46 hakemusta yhdeksän sijaan") or a signed figure
    ("−30 %", "+12 %")."""
    if any(_SIGNED.match(w.text) for w in words):
        return True
    # "46 hakemusta aiemman yhdeksän sijaan": a figure set against the one before;
    # "14 raportoi nyt neljännesvuosittain, kun vielä vuonna 2020 kaikki…": now and then
    instead = any(w.lower in ("sijaan", "sijasta") for w in words)
    then = any(
        w.lemma == "kun" and n + 1 < len(words) and words[n + 1].lower == "vielä"
        for n, w in enumerate(words)
    )
    # "Hydrauliikkapumppu: ennen 3 päivää, nyt jopa 3 viikkoa": before and now, side by side
    # (not "ennen kuin", "before")
    before_now = any(
        w.lower == "ennen" and (n + 1 == len(words) or words[n + 1].lower != "kuin")
        for n, w in enumerate(words)
    ) and any(w.lower in ("nyt", "nykyään") for w in words)
    # "putosi lukukaudessa 23:sta neljään": from one figure to another, with a verb of
    # change ("palvelemme kymmenestä hengestä tuhanteen" is a span)
    numbers = [w for w in words if (w.pos == "NUM" and w.lemma != "yksi") or has_digits(w)]
    from_to = any(
        a.case == "Ela" and b.case == "Ill" and a.i < b.i for a in numbers for b in numbers
    ) and any(_verb_of_change(w) for w in words)
    return from_to or (
        (instead or then or before_now or any(w.text in _ARROWS for w in words))
        and _figures(words) >= 2
    )


def _changed_by(words: list[Word]) -> bool:
    """ "iltakäyttö on kasvanut kahdessa vuodessa kolmanneksella", "laski 20 prosentilla":
    a verb of change with the amount it changed by (the adessive of a figure or a
    share), a change measured."""
    by_i = {w.i: w for w in words}
    for w in words:
        verb = by_i.get(w.head)
        if (
            verb is not None
            and verb is not w
            and w.case == "Ade"
            and (
                w.lemma in FRACTIONS or w.pos == "NUM" or has_digits(w) or w.lemma in _PERCENT_WORDS
            )
            and _verb_of_change(verb)
        ):
            return True
    return False


def _verb_of_change(word: Word) -> bool:
    """ "kasvaa", "laskea", "pudota": a verb that says a quantity changed."""
    return word.pos in ("VERB", "AUX") and (word in wordlist("insight") or word.lemma in _FALLING)


# a count falling, which the "insight" list leaves out ("lehdet pudottaneet" is no news)
_FALLING = frozenset({"pudota", "vähetä"})


def _share(words: list[Word]) -> bool:
    """ "70 % löydöksistä", "yhteydenotoista lähes 40 %": a part of a whole."""
    return any(
        (w.text == "%" or w.lemma in _SHARE_WORDS)
        and any(
            v.case == "Ela" and v.pos == "NOUN" for v in words[max(0, n - 4) : n + 4] if v is not w
        )
        for n, w in enumerate(words)
    )


# "Olisi mukava…": a wish; "Toimivampaa olisi…" challenges how the reader works
_PLEASANT = frozenset({"mukava", "kiva", "hieno", "ilo", "hauska", "mielenkiintoinen"})


def _service_level(words: list[Word], word: Word) -> bool:
    """ "tarjouksen saa yleensä muutamassa päivässä": what one usually gets, in the
    zero person with no subject, or what the seller usually does ("palkkaamme yleensä
    kaksi harjoittelijaa") is the seller's service level or habit, not a pattern in the
    reader's market ("asiakkaat saavat usein ristiriitaista tietoa" is one)."""
    verb = next((w for w in words if w.i == word.head), None)
    if verb is None or not verb.finite:
        return False
    # "Kesäisin palkkaamme yleensä kaksi harjoittelijaa": the seller's own habit
    if verb.person == 1 and verb.lemma not in _PERCEPTION:
        return True
    # "Palvelun käyttöönotto kestää yleensä muutaman viikon": how long the seller's
    # own delivery takes
    if verb.lemma == "kestää" and any(
        w.head == verb.i and w.dep.startswith("nsubj") and w.lemma in _DELIVERY for w in words
    ):
        return True
    # "Kaltaisenne yritykset hyötyvät usein siitä, että…": what the seller says its
    # offer usually gives is the pitch itself, not a pattern seen in the market
    if verb.lemma == "hyötyä":
        return True
    return verb.lemma == "saada" and not any(
        w.head == verb.i and w.dep.startswith("nsubj") for w in words
    )


_DELIVERY = frozenset({"käyttöönotto", "toimitus", "asennus", "toteutus", "projekti", "perehdytys"})


# what any work needs: "selvitykset vaativat asiantuntemusta" is a truism
_USUAL_NEEDS = frozenset(
    {"asiantuntemus", "osaaminen", "ammattitaito", "kokemus", "huolellisuus", "tarkkuus",
     "aika", "resurssi", "panostus", "suunnittelu", "yhteistyö", "sitoutuminen",
     "paneutuminen", "perehtyminen", "erityisosaaminen", "ymmärrys", "huomio", "vaiva"}
)  # fmt: skip


def _usual_need(words: list[Word], word: Word) -> bool:
    """ "vaatii asiantuntemusta", "edellyttää huolellista suunnittelua": a need every
    job has, not a requirement the reader did not know ("vaatii uuden luvan" is)."""
    return word.lemma in ("vaatia", "edellyttää") and any(
        w.head == word.i and w.dep.startswith("obj") and w.lemma in _USUAL_NEEDS for w in words
    )


def _no_event(words: list[Word], word: Word) -> bool:
    """A change word that reports no change: an activity in the MA- or E-infinitive
    ("olla mukana vähentämässä päästöjä", "vähentäen hävikkiä"), or a question asked
    in passing ("Moni pohtii, miten kulutusta voisi vähentää")."""
    if word.reading is not None and word.reading.mood in ("MA-infinitive", "E-infinitive"):
        return True
    # "siltä varalta, että tilanteenne joskus muuttuu": a change only provided for
    if any(w.lower == "varalta" and w.i < word.i for w in words):
        return True
    reading = word.reading
    if reading is not None and reading.participle and "tarkoittaa" in (word.lemma, *reading.parts):
        return True  # "käsittelyyn tarkoitettu palvelu": meant for, not "it means"
    by_index = {w.i: w for w in words}
    head = by_index.get(word.head)
    if head is not None and head.i != word.i:
        # "hyvä tapa pienentää kuluja": a means to change, no change seen
        if (
            word.reading is not None
            and word.reading.mood == "A-infinitive"
            and (head.lemma in _MEANS or word_heads(head) & _MEANS)
        ):
            return True
        # "muutoksen johtaminen", "riskien hallinta": a topic named, no change told
        if word.case == "Gen" and (
            head.lemma.endswith(("minen", "nta", "ntä"))
            or head.lower.startswith(head.lemma[:-1] + "mi")  # "johtamisesta" read as "johtaa"
        ):
            return True
    # "vaativat vain vähän huoltoa": a small need is a product's virtue
    if word.lemma in ("vaatia", "edellyttää") and any(
        w.lemma in ("vähän", "vähäinen", "vähemmän") and w.i > word.i for w in words
    ):
        return True
    # "Asiakaslähtöinen lähestymistapa tarkoittaa, että…": the offer's buzzword defined
    if word.lemma == "tarkoittaa" and any(
        w.head == word.i and w.dep.startswith("nsubj") and word_heads(w) & _WAYS for w in words
    ):
        return True
    # an interrogative inside the sentence, on the change word's own clause (not the
    # relative "mikä" of "…, mikä lisää puheluita": a consequence of what was told)
    return any(
        w.interrogative
        and w.head == word.i
        and words[0].i < w.i < word.i
        and not word.dep.startswith("acl")
        for w in words
    )


_MEANS = frozenset({"tapa", "keino", "mahdollisuus", "ratkaisu", "työkalu", "väline"})
_WAYS = frozenset({"tapa", "lähestymistapa", "toimintatapa", "malli", "konsepti", "ajattelu"})


_VAGUE_TIMES = frozenset({"vuosi", "aika", "vuosikymmen"})
_RECURRING = frozenset({"vuosi", "kuukausi", "päivä", "viikko", "kausi"})


# the benefits any improvement brings: better, easier, likelier, more of it, happier
_BETTER = frozenset(
    {"hyvä", "helppo", "todennäköinen", "sujuva", "tyytyväinen", "mukava", "enemmän"}
)
_WHEN = frozenset({"kun", "jos", "koska", "kunhan"})


def _better_when(words: list[Word]) -> bool:
    """ "Henkilökunta viihtyy paremmin, kun ilma on raikasta", "Kun tiedetään, …,
    voidaan tehdä parempia päätöksiä": better or easier under a condition, compared
    with nothing measured (no "kuin"), is how things go anywhere."""
    return (
        any(w.lemma in _BETTER and (_comparative(w) or w.lemma == "enemmän") for w in words)
        and any(w.lemma in _WHEN and w.dep == "mark" for w in words)
        and not any(w.lemma == "kuin" for w in words)
        # "keväällä näkyy tavallista enemmän rottia": more than usual is compared
        and not any(w.lemma in _STANDARDS and w.case == "Par" for w in words)
    )


# the partitive a comparison is made against: "tavallista enemmän", "normaalia useammin"
_STANDARDS = frozenset({"tavallinen", "normaali", "keskimääräinen", "aiempi", "entinen"})


_TYPICAL = frozenset({"tyypillinen", "keskimääräinen"})
_SO = frozenset({"joten", "niin", "siksi"})


def _an_option(words: list[Word], word: Word) -> bool:
    """ "käyttäjiä voi lisätä myöhemmin": a change anyone may make, with "voi" and no
    subject, is an option the offer leaves open, not a change observed."""
    return any(
        d.head == word.i and d.lemma == "voida" and d.dep.startswith("aux") for d in words
    ) and not any(d.head == word.i and d.dep.startswith("nsubj") for d in words)


def _listed_thing(words: list[Word], word: Word) -> bool:
    """ "Asiakirjat ja määräajat samassa paikassa": a news noun as one of the things
    a verbless line lists (what a product holds), with no figure, is no news."""
    if word.pos != "NOUN" or any(w.finite for w in words) or _figures(words):
        return False
    return any(
        w.pos == "NOUN"
        and w not in wordlist("insight")
        and ((w.head == word.i and w.dep == "conj") or (word.head == w.i and word.dep == "conj"))
        for w in words
    )


def _lets(words: list[Word]) -> bool:
    """ "…, joten katsotaan, mitä keksitään": a passive present right after "so" is
    the spoken "let's", a proposal, not a consequence."""
    return any(
        w.lower in _SO
        and nxt.reading is not None
        and nxt.reading.person == 4
        and nxt.reading.tense == "present_simple"
        and nxt.finite
        for w, nxt in itertools.pairwise(words)
    )


def _against_the_usual(words: list[Word]) -> bool:
    """ "Tilitoimistot ovat saaneet tänä syksynä tavallista enemmän väärennöksiä": a
    departure from the norm observed in the reader's world."""
    return any(
        w.lemma in _STANDARDS and w.case == "Par" and _comparative(nxt)
        for w, nxt in itertools.pairwise(words)
    )


_CUSTOMARY = frozenset({"tavallinen", "perinteinen", "tavanomainen", "normaali", "yleinen"})


def _usual_falls_short(words: list[Word]) -> bool:
    """ "Tavallinen trukkikurssi ei käsittele tällaista ajoa", "perinteinen kuuntelu ei
    löydä pieniä vuotoja": what the usual way of working fails to do challenges how
    the reader works now."""
    by_index = {w.i: w for w in words}
    for w in words:
        verb = by_index.get(w.head)
        if not (w.dep.startswith("nsubj") and verb is not None and verb.pos == "VERB"):
            continue
        negated = any(v.negative and v.head == verb.i for v in words)
        customary = any(a.head == w.i and a.lemma in _CUSTOMARY for a in words)
        if negated and customary:
            return True
    return False


# "vuosien mittaan", "ajan myötä", "aikaa myöten": slowly, some time, anywhere
_GRADUAL = frozenset({"mittaan", "myötä", "kuluessa", "myöten"})


def _gradually(words: list[Word]) -> bool:
    """ "Ilmanvaihtokanavat likaantuvat vuosien mittaan": a change in the general
    present over an unnamed stretch of time is a truism (not "ovat likaantuneet
    kahdessa vuodessa", nor a past "vuosien mittaan kunnat alkoivat vaatia…")."""
    by_index = {w.i: w for w in words}
    for n, w in enumerate(words[1:], start=1):
        time = words[n - 1]
        if w.lower not in _GRADUAL or time.lemma not in ("vuosi", "aika"):
            continue
        # climb from the phrase ("vuosien" hangs on "mittaan", or "myötä" on "ajan") to
        # the finite verb it qualifies
        node = w if w.head != time.i else time
        for _ in range(4):
            if node.finite or node.head == node.i or node.head not in by_index:
                break
            node = by_index[node.head]
        if node.finite and node.reading is not None and node.reading.tense == "present_simple":
            return True
    return False


def _title_tells(words: list[Word]) -> bool:
    """ "Rajat ylittävät laskut muuttuvat EU:ssa sähköisiksi – myös tuontiostonne": a
    title whose own verb tells what happens to a thing not the reader's informs, though
    it names the reader (not "Kustannuksenne laskevat", a promise of the reader's
    result, nor the verbless "Kasvua brändillenne")."""
    if any(w.interrogative for w in words):
        return False  # "Mitä tämä tarkoittaa teidän tilallenne": a question, asked
    by_index = {w.i: w for w in words}
    return any(
        w.finite
        and w.person == 3
        and w in wordlist("insight")
        and any(
            v.head == w.i
            and v.dep.startswith("nsubj")
            and v.pos in ("NOUN", "PROPN")
            and not v.addresses_reader
            and not any(d.head == v.i and d.addresses_reader for d in words)
            for v in words
        )
        and not w.addresses_reader
        and (w.head == w.i or w.head not in by_index)
        for w in words
    )


def _bare_conjuncts(words: list[Word]) -> bool:
    """Clauses joined by "ja", each a generality: "Ympäristöasiat korostuvat vuosi
    vuodelta, ja kuluttajat seuraavat yritysten tekoja entistä tarkemmin"."""
    by_index = {w.i: w for w in words}
    cuts = [
        n
        for n, w in enumerate(words)
        if w.lemma == "ja"
        and w.dep == "cc"
        and (verb := by_index.get(w.head)) is not None
        and verb.dep == "conj"
        and verb.finite
    ]
    if not cuts:
        return False
    parts = [words[a + (a > 0) : b] for a, b in zip([0, *cuts], [*cuts, len(words)], strict=True)]
    return all(any(w.finite for w in part) and _bare(part) for part in parts)


def _bare(words: list[Word]) -> bool:
    """A statement of four words or fewer with no figure, no name and no rule named:
    a generality ("Kustannukset nousseet"), whatever change word it has. "Jätelaki
    muuttuu" names what changes. Up to eight words, a statement anchored nowhere (no
    time, no place, no party, no comparison or reason) is one too: "Energian hinta
    vaihtelee ja tuotannon kustannukset nousevat"."""
    # "viime vuosina", "viime aikoina": recent years in the plural anchor nothing, and
    # the perfect they go with tells no single event ("Uhat ovat lisääntyneet viime vuosina")
    # ("kilpailu kiristyy joka vuosi": every year is no year in particular)
    vague = {
        i
        for n, w in enumerate(words[:-1])
        if (
            w.lower in ("viime", "viimeisinä", "parina")
            and words[n + 1].lemma in _VAGUE_TIMES
            and any(r.number == "pl" and r.case == "Ess" for r in words[n + 1].readings)
        )
        or (w.lower == "joka" and words[n + 1].lemma in _RECURRING)
        # ("korostuvat vuosi vuodelta": year by year is no year either)
        or (w.lemma in _RECURRING and words[n + 1].lemma == w.lemma)
        for i in (w.i, words[n + 1].i)
    }
    unanchored = len(words) <= 8 and not any(
        w.i not in vague
        and (
            w.lemmas & _ANCHORS
            or w.lemma in _CONNECTIVES
            or w.lemma == "kuin"
            or w.refers_to_seller
            or w.addresses_reader
            or w.case in ("Ine", "Ela", "Ill", "Ade", "Abl", "All", "Ess")
            # a change told in the past happened once, somewhere: an event, not a truism
            or (w.reading is not None and w.reading.tense == "past_imperfective")
            or (not vague and any(r.participle == "past_active" for r in w.readings))
        )
        for w in words
    )
    return (
        (len(words) <= 4 or unanchored)
        and _figures(words) == 0
        and not any(
            # a first word is capitalised anyway: a name there only if Voikko says so
            (w.pos == "PROPN" and n > 0)
            or (w.readings and all(r.is_name for r in w.readings))
            or w.text.isupper()
            or bool(word_heads(w) & _REGULATION)
            or (w.lemma in _COMMON and _has_superlative(w))  # "Konepajojen yleisimmät riskit"
            for n, w in enumerate(words)
        )
    )


_AIMS = frozenset({"tavoite", "päämäärä", "toive", "haave", "unelma", "visio", "missio"})


def _an_aim(words: list[Word]) -> bool:
    """ "Tavoitteena on, että yritys kasvaa verkossa": an aim opening the sentence
    says what should change, not what has (a figure still counts: the test of
    "figure" below is separate)."""
    first = next((w for w in words if not w.is_punct), None)
    return first is not None and first.lemma in _AIMS and first.dep in ("ROOT", "nsubj:cop")


def _part_of_a_name(words: list[Word], word: Word) -> bool:
    """ "Anna Laaksonen, Nousu Hissihuolto Oy": a capitalised word inside the sentence
    is a name, not the rise it spells ("Nousu" opening a sentence is the word)."""
    first = next((w for w in words if not w.is_punct), None)
    return word.text[:1].isupper() and first is not None and word.i != first.i


def _under(word: Word, head: int, words: list[Word]) -> bool:
    """Is ``word`` the word at index ``head`` or below it in the parse?"""
    by_index = {w.i: w for w in words}
    node: Word | None = word
    for _ in range(12):
        if node is None:
            return False
        if node.i == head:
            return True
        if node.head == node.i:
            return False
        node = by_index.get(node.head)
    return False


def _calendar_week(words: list[Word], n: int) -> bool:
    """ "viikolla 48": a week by its number is a date."""
    return (
        words[n].lemma == "viikko"
        and words[n].case == "Ade"
        and n + 1 < len(words)
        and words[n + 1].text.rstrip(".").isdigit()  # "viikolla 48." at a sentence's end
    )


# where or when: the place cases and the essive ("ajon aikana"), not the elative a
# topic takes ("Kyse ei ole hinnasta")
_WHERE_OR_WHEN = (LOCAL_CASES - {"Ela"}) | {"Ess"}


def _corrects(words: list[Word]) -> bool:
    """A corrective contrast, the shape of a belief set right: "vastuu on keittiöllä
    eikä tukkurilla", "vastuu ei ole tukkurilla vaan keittiöllä". The part after
    "eikä" or "vaan" is a word or phrase without a verb of its own ("Hinta ei nouse,
    eikä sopimus sido" joins two clauses and corrects nothing)."""
    by_index = {w.i: w for w in words}
    negated = any(w.negative for w in words)
    for w in words:
        if w.lower not in ("eikä", "vaan") or w.head == w.i:
            continue
        if w.lower == "vaan" and not negated:
            continue
        other = by_index.get(w.head)
        if (
            other is not None
            # where, when or with whom, not what it is about ("Kyse ei ole hinnasta
            # vaan ihmisistä" is a slogan)
            and (
                other.pos == "ADV"
                or (other.pos in ("NOUN", "PROPN") and other.case in _WHERE_OR_WHEN)
            )
            and not other.finite
            and not any(
                v.head == other.i and (v.finite or v.dep.startswith("nsubj")) and v is not w
                for v in words
            )
            and any(v.finite and v.i != w.i for v in words)
        ):
            return True
    return False


def _cited(word: Word, words: list[Word]) -> bool:
    """ "kokemuksen mukaan", "datan mukaan": a source of data cited by "mukaan"."""
    return (
        word.case == "Gen"
        and bool(word_heads(word) & DATA_SOURCES)
        and any(v.i == word.i + 1 and v.lemma == "mukaan" for v in words)
    )


def is_insight(
    words: list[Word],
    *,
    title: bool = False,
    about_reader: bool = False,
    about_seller: bool = False,
    reader_before: bool = False,
    quoted: frozenset[int] = frozenset(),
) -> bool:
    """Does this sentence give the reader something new? A ``title`` (a slide
    title or subject line) addressed to the reader promises, it does not inform,
    unless it has a figure ("Kasvua brändillenne" is no news). ``about_reader``:
    the sentence speaks of the reader's world though it does not say "you" (a
    bullet under a slide title that does); ``about_seller``: it tells the seller's own
    story, under a slide titled so. ``quoted``: indices of words inside
    quotation marks, whose "I" and "we" are someone else's. ``reader_before``: the
    sentence before, in the same paragraph, spoke of the reader, so what the writer
    noticed next is about them ("kävin läpi käyttöliittymänne. Huomasin, että…")."""
    words = _without_absolutes(words)
    colon = next((n for n, w in enumerate(words) if w.text == ":"), None)
    after_colon = words[colon + 1 :] if colon is not None else []
    # ("XXX %": a merge field's percent is no figure yet)
    percent = any(
        (w.text in ("%", "€") or w.lemma in _PERCENT_WORDS)
        and not (n > 0 and words[n - 1].is_placeholder)
        for n, w in enumerate(words)
    )
    shown_change = _shown_change(words)
    share = (percent and _share(words)) or _share_of(words)
    phones = _phone_numbers(words)  # "Anna Kivelä, 040 555 6677": a contact, no figure
    words = [w for w in words if not w.is_punct and w.i not in phones]
    if not words:
        return False
    if not (percent or shown_change) and (_bare(words) or _bare_conjuncts(words)):
        return False  # "Kustannukset nousseet", "Kilpailu kiristyy": what everyone says
    if opens_with_congratulations(words):
        return False  # "Onnittelut tulevasta muutosta!": a greeting, however it reads
    if _as_you_know(words):
        return False  # "Kuten tiedätte, …": what the reader knows, by the writer's own words
    figures = _figures(words)
    if not (percent or shown_change or figures) and (_better_when(words) or _gradually(words)):
        # "henkilökunta viihtyy paremmin, kun ilma on raikasta", "kanavat likaantuvat
        # vuosien mittaan": how things generally go, no news
        return False
    # "Autojen määrä kasvaa, joten lataus on tärkeä asia": only that something matters,
    # without a figure; after a truism it is no news, and it is no consequence either
    concluded = None if (percent or figures) else _concludes_importance(words)
    if concluded is not None and not shown_change:
        premise = [w for w in words[:concluded] if not w.is_punct]
        if not premise or _bare(premise):
            return False
    if not (percent or shown_change or figures) and _assumed_of_reader(words):
        return False  # "sen huomaa varmasti teidänkin arjessanne": the writer's guess
    if not (percent or shown_change or figures) and _normative(words):
        # "Siksi on entistä tärkeämpää, että yritys pysyy mielessä"; but in "Tämä on
        # meille tärkeä askel, koska laki antaa…" the seller's view only frames the news
        # ("… on keskeinen asia: tietosuoja-asetus edellyttää, että…": the view
        # announces what the colon spells out)
        framed = _seller_frame(words) or (after_colon if not _normative(after_colon) else [])
        return bool(framed) and is_insight(framed, quoted=quoted)
    # "Huomasin, että verkkokauppanne …": the seller only frames an observation
    # about the reader's world; the observation is what counts, and an observed
    # fact about the reader's own business is news by itself, unless it is only an
    # event of theirs ("Näin, että teille on noussut uusi navetta").
    seller = any(
        w.refers_to_seller
        and not (w.lemma in _PERCEPTION and _frames_a_finding(w, words))
        and not _peer(w, words)
        and w.i not in quoted
        and not _source_frame(w, words)
        and not is_data_source(w)  # "tehdaskäynneistämme kuudessa kahdeksasta …"
        # ("meidän huoltokohteissamme": the "our" of the data source is the source too)
        and not (w.dep == "nmod:poss" and any(h.i == w.head and is_data_source(h) for h in words))
        # ("asiakkaidemme kokemuksen mukaan hoito venyy…": the seller's source cited)
        and not (w.dep == "nmod:poss" and any(h.i == w.head and _cited(h, words) for h in words))
        and not _describes_another(w, words)
        for w in words
    ) or any(
        w.dep.startswith("nsubj")
        and w.lemma in _OFFERING
        and not w.possessive
        and not _what_it_becomes(w, words)
        for w in words
    )
    seller = seller or about_seller
    reader = any(w.addresses_reader for w in words)
    observed = _observed(words)
    if observed is not None:
        # seen first-hand ("huomasin", "näin", "luin sivuiltanne"); what the seller
        # heard of the reader ("kuulin Lauralta, että…") or read in their own news
        # ("näin uutisen, että avaatte myymälän"): the reader told it first
        noticed = not any(w.lemmas & (_SECOND_HAND | _PUBLISHED) for w in words[:4])
        if (
            # ("Huomasin, että asiakkaat arvostavat laatua" after "you" is a platitude)
            (reader or (reader_before and len(observed) >= 6))
            and noticed
            and not any(_own_past_change(observed, w) for w in observed)
            and not _own_new_state(observed)
        ):
            return True
        if seller and observed:
            # "Olemme seuranneet, että yhä useampi konepaja …": what the seller saw
            # is judged by itself, without the seller's own frame
            return is_insight(observed, quoted=quoted)
    framing = [w for w in words if after_colon and w.end <= after_colon[0].start]
    if (
        after_colon
        and not any(w.refers_to_seller for w in after_colon)
        and (
            any(w.refers_to_seller for w in framing)
            or (
                any(w.addresses_reader for w in framing)
                and not any(w.addresses_reader for w in after_colon)
            )
        )
        and is_insight(after_colon, quoted=quoted)
    ):
        # "Kerron yhden luvun: yhdellä pisteellä ladataan yössä 80 kWh": the seller
        # only announces what follows the colon, which is judged by itself (a list
        # after the colon, "…kohdista: ilmakanavista, …", leaves the whole to judge);
        # so does advice to the reader ("Ennen kuin vaihdatte, kokeilkaa yhtä asiaa:
        # X:n elokuun päivityksessä tuli …")
        return True
    before_colon = _without_as_i_said(
        [w for w in words if after_colon and w.end <= after_colon[0].start]
    )
    if (
        seller
        and len(before_colon) >= 4
        and not any(w.refers_to_seller for w in before_colon)
        and is_insight(before_colon, quoted=quoted)
    ):
        # "Pk-yritysten luottotappiot kasvoivat viime vuonna: perintäämme siirtyneet
        # saatavat nousivat 27 %": a change told first, the seller's own data after the
        # colon backs it
        return True
    reason = _seller_frame(words) if seller else None
    if reason and is_insight(reason, quoted=quoted):
        # "Otan yhteyttä, koska huhtikuussa voimaan tullut laki velvoittaa…", "Kuten
        # mainitsin, jääveistos ei enää kestä…": the seller frames, the rest tells
        # (a frame only adds: the seller's own finding is judged whole below)
        return True
    # "jos siivous siirretään kello 17:n jälkeen": a condition's time, not a meeting's
    # ("Jos asia kiinnostaa, voisimme tavata torstaina": only the condition's own clause)
    conditioned = {
        v.i
        for n, w in enumerate(words)
        if w.lemma in CONDITIONS
        for v in words[n + 1 : n + 7]
        if w.dep != "mark" or _under(v, w.head, words)
    }
    # ("Marras- ja joulukuun perjantait ovat jo varattuja": weekdays in the plural are a
    # pattern, not a meeting's time)
    # ("keskiviikon kuppimäärä on kaksinkertainen perjantaihin verrattuna": a day's
    # own figures, in the genitive or compared, are a pattern too)
    if any(
        (w.lemma in SCHEDULE_WORDS or _calendar_week(words, n))
        and w.i not in conditioned
        and not (w.reading is not None and w.reading.number == "pl")
        and w.case != "Gen"
        and not (n + 1 < len(words) and words[n + 1].lemma in ("verrata", "verrattuna"))
        and not _times_a_thing(w, words)
        for n, w in enumerate(words)
    ):
        meeting = any(is_meeting_word(w) for w in words)
        # "osuus laski 40 prosentista 20 prosenttiin, kun maanantaisin…": a change
        # measured; "Sovitaan palaveri to klo 10": a meeting proposal's times, no news
        # ("joka viides puhelu jää vastaamatta kello 11–13": a share, at a time of day)
        measured = shown_change or share or _changed_by(words) or (percent and not meeting)
        if not measured and (seller or reader or (not percent and meeting)):
            return False
    # "Kävimme läpi 40 asiakkaamme matkakulut, … 23 % korkeampi": a comparison the
    # seller measured among its customers is a finding, not the seller's size
    # ("Vertailumme 40 yrityksestä: … keskimäärin 61 %": an average it measured)
    studied = _study(words) or any(w.refers_to_seller and word_heads(w) & _FINDINGS for w in words)
    # ("analysoimistamme näytteistä 40 prosenttia löydöksistä tuli kohdista, …": what
    # the study found, told in the past of the samples)
    # ("…keskimäärin 2,3 kuppia henkeä kohden, mutta etätyöpäivinä vain 0,8": two
    # figures set side by side measure as a percent does)
    measured = studied and (
        (
            percent
            and any(_comparative(w) or w.lemma == "keskimäärin" or _told_result(w) for w in words)
        )
        or (figures >= 2 and any(_comparative(w) or w.lemma == "keskimäärin" for w in words))
    )
    # ("Varaston arvo noussut 40 % vuodesta 2021": a change since a year, not a founding)
    # ("Eräällä konepajalla palkinto toi 48 hakemusta, kun edellisenä vuonna 19": an
    # award's effect measured, before and after, at another firm)
    if (
        strong_background(words)
        and (seller or not (percent or shown_change or _figure_then_and_before(words, figures)))
    ) or (
        # ("tapaamistamme 40 yhtiöstä 14 raportoi nyt…, kun vielä vuonna 2020…": a
        # share among those the seller met that has changed is a finding)
        seller
        and background_score(words)
        and not measured
        and not (share and shown_change)
        # ("asiakkaidemme kokemusten perusteella avoimia rivejä jää puolet vähemmän kuin
        # ennen": what changed for the seller's customers, measured, not the seller)
        and not (
            figures
            and (_compared_with_before(words) or _average_effect(words))
            and not any(w.refers_to_seller and w.finite for w in words)
        )
        # ("kuvasimme 38 laitoksessa ja huomasimme, että puolessa kohteista …": a share
        # the seller saw in its sample is a finding)
        and not (
            share and any(w.lemma in _PERCEPTION and _frames_a_finding(w, words) for w in words)
        )
        # ("Lisään yhden havainnon: kolmesta sijoittamastamme tekijästä kaksi …"): a share
        # announced as a finding
        and not (share and any(word_heads(w) & _FINDINGS for w in words))
        # ("Kävimme läpi kahdeksan kiinteistön raportit, ja liitoksista noin kolmannes oli
        # kuumentunut"): a share in the sample the seller studied
        and not (share and _study(words))
        # ("hälytyksistämme 70 prosenttia johtui likaisista lauhduttimista": a share of
        # what the seller handled traced to its cause is a finding)
        and not (share and any(w.lemmas & _CAUSED_BY for w in words))
        # ("huollamme 34 porrasta, ja olemme huomanneet, että ketjun kuluminen on
        # nopeutunut": a change the seller saw is a finding, its size only frames it)
        and not _seen_change(words)
        # ("siirryimme osmoosiveteen, ja kemikaalien kulutus putosi kohteissamme 60 %"):
        # a change measured in what the seller serves, not in the seller itself
        # ("äänestys on yleistynyt: … käytti joka viides kokouksemme": a share in words)
        and not ((percent or share) and _change_not_of_seller(words))
        # ("kuhan kilohinta laskee viidenneksellä, joten 140 hengen juhlaanne ehdotan…":
        # the size is the reader's party, the share a fact of their market; the
        # seller only proposes)
        and not (
            share and reader and all(w.lemma in _PROPOSING for w in words if w.refers_to_seller)
        )
    ):
        return False  # the seller's history and size are not news for the reader
    # ("EU:n digitaalisen häiriönsietokyvyn asetus": a word of a regulation's name)
    platitude = (
        any(
            w in wordlist("platitude")
            and not _names_a_regulation(w, words)
            and not _steady_practice(w, words)
            for w in words
        )
        or _stock_phrase(words)
    ) and figures == 0
    # "toimintaympäristö muuttuu jatkuvasti, ja tukipalveluilta odotetaan yhä
    # enemmän": a platitude's change and trend words are no news either
    # ("Luvat ja selvitykset vaativat asiantuntemusta": a truism, whatever it names)
    signals = (
        not platitude
        and not any(_usual_need(words, w) for w in words)
        and not _guaranteed(words)
        and (
            # (an aim is judged once for the sentence, not for each of its words)
            (
                not _an_aim(words)
                and any(
                    w in wordlist("insight")
                    and not _part_of_a_name(words, w)
                    and not _not_leading_to(words, w)
                    and not _in_charge_of(words, w)
                    and not _own_past_change(words, w)
                    and not _no_event(words, w)
                    and not _in_a_manner(words, w)
                    and not _may_do_harm(words, w)
                    and not _an_option(words, w)
                    and not _listed_thing(words, w)
                    and not (seller and sellers_own_change(words))
                    for w in words
                )
            )
            or _trend(words)
            or _resultative(words)
            or _began(words)
            or (not seller and not reader and _begins_later(words))
            or (not seller and not reader and _found_too_late(words))
            or _authority_acts(words)
            or (not seller and _guidance_issued(words))
            or _ruled(words)
            or (not seller and not title and _corrects(words))
            or _dated_change_against_before(words)
            or (not seller and not reader and not title and _recent_event(words))
            or _from_now_on(words)
            or _unknowing(words)
            or _came_to_light(words)
            or _neighbours_do(words)
            or (not seller and not reader and not title and _no_longer(words))
            or (not seller and not title and _discontinued(words))
            or (not seller and not title and _same_in_other_time(words))
            or (not seller and _against_the_usual(words))
            or (not seller and not reader and _usual_falls_short(words))
            or (not seller and _largest_factor(words))
        )
    ) or (
        # ("Ihminen on usein heikoin lenkki": a platitude stays one however often)
        not platitude
        and any(
            (w.lower in _GENERALISING or w.lower in _MOST_OR_LEAST) and not _service_level(words, w)
            for w in words
        )
    )
    # "Hyvitysten ero yhtiöiden välillä noin 0,4 % palkkasummasta": a difference measured
    # ("Oppilaiden pituusero samassa luokassa jopa 24 cm": a difference in any unit)
    # ("Muottihuolto noin 60 prosenttia lyhyempi": a percentage set on a comparison)
    difference = (
        (
            (percent or figures > 0)
            and any(w.lemma in _DIFFERENCE or word_heads(w) & _DIFFERENCE for w in words)
        )
        or (
            percent
            and any(_comparative(w) and w.lemma not in _PRICED for w in words)
            and not _offer_terms(words)
        )
        or (_measured_gap(words) and not _offer_terms(words))
    )
    if (
        not signals
        and not difference
        and _offer_terms(words)
        and not _readers_current_terms(words)
        and not _many_pay(words)
        # ("EU:n datasäädös antaa oikeuden … kahden kuukauden irtisanomisajalla": a
        # regulation's terms are news, not the seller's price list)
        and not any(word_heads(w) & _REGULATION for w in words)
    ):
        return False  # "Hinta on 49 euroa kuussa": a price list teaches nothing
    # "yleisin reklamaatio koskee…" (not the offer's "yleisimmät merkit", caught above)
    # ("jokaisessa huoltoautossamme kulkee yleisimpiä osia": the seller's own stock;
    # "kävimme läpi kolmen yleisimmän laitemallin ohjeet": its study of the market)
    signals = signals or (
        (not seller or _study(words))
        and any(w.lemma in _COMMON and _has_superlative(w) for w in words)
    )
    figure = figures > 0 or percent or share  # "joka kolmannessa": a share in words
    # "1,8 % → 3,1 %", "asennusaika −30 %", "25 % lämpöhäviöistä": a change or a share
    # measured, even in a verbless bullet
    if not seller and not title and (shown_change or share or difference):
        return True
    if about_reader and figure and not seller and not title:
        return True  # "Varaosien toimitusaika 4–6 viikkoa" on the reader's slide
    indices = {w.i for w in words}
    # ("Ilman lupaa lentoyhtiö ei ota vierasta koneeseen": a fronted "without" is a
    # condition, and what follows its consequence)
    connective = words[0].lower == "ilman" or any(
        (w.lemma in _CONNECTIVES or w.lower in _CONNECTIVES)
        # "Muuten, …" is "by the way"; "muuten … eivät ehdi" is "otherwise"
        and not (w.lower in _OTHERWISE and w.i + 1 not in indices)
        and not (w.lemma == "kun" and _since(words, w))
        # "Silloin metallipöly päätyy koteihin" follows from what was told; "…, ja
        # laitteilla on silloin kovat paikat" only says when
        and not (w.lower == "silloin" and w.i != words[0].i)
        for w in words
    )
    meeting = any(is_meeting_word(w, words[n - 1] if n else None) for n, w in enumerate(words))
    if (
        not signals
        and not percent
        and not shown_change  # "vie nyt kaksi minuuttia aiemman kahdeksan sijaan" is news
        and any(w.lemma in _DURATIONS for w in words)
        and (
            # ("vien vain viisi minuuttia": the seller's own verb; "matka ovellemme
            # kestää jatkossa kahdeksan minuuttia" is news)
            (
                any(w.refers_to_seller and w.finite for w in words)
                and any(w.lemma in _TAKING for w in words)
            )
            or ((seller or reader) and meeting)
            # "Puhelu veisi vain viisi minuuttia": a meeting's length said of the meeting
            or (meeting and any(w.lemma in _TAKING for w in words))
            # "Vien aikaanne korkeintaan viisi minuuttia": the reader's time asked for
            or (
                any(w.lemma in _TAKING for w in words)
                and any(w.lemma == "aika" and w.addresses_reader for w in words)
            )
        )
    ):
        # "vien vain viisi minuuttia", "varaa 30 minuutin esittely": the length of
        # a call is no news
        return False
    if seller and _study(words) and any(_told_result(w) for w in words):
        # "selvittämissämme 14 tapauksessa hyökkääjä yritti jokaisessa…": what the
        # seller's study found, told in the past of a third party
        return True
    if (
        seller
        and any(w.lemma in _COMMON and _has_superlative(w) for w in words)
        and any(
            is_data_source(w)
            or (w.lemma in DATA_SOURCES and n + 1 < len(words) and words[n + 1].lemma == "mukaan")
            for n, w in enumerate(words)
        )
    ):
        # "Asiakasmyymälöidemme datan mukaan yleisin yöllinen vika on…": the commonest
        # case in the seller's data is a finding, with or without a figure
        return True
    if seller:
        # The seller's own scale ("palvelemme 500 kampaamoa") teaches nothing; a
        # finding does: a change, a share, a cause ("11 tapauksesta yhdeksässä …,
        # koska …", "kävimme läpi 25 yritystä, ja 17:ltä puuttui …").
        # ("Olemme kasvaneet kahden hengen toimistosta yhdeksän hengen yritykseksi": the
        # seller's own growth, whatever figures it counts)
        # ("teimme sairaalaan mallin, ja keilauksessa löytyi 23 kanavaa…": what turned up
        # in the seller's work is a finding)
        return (
            figure
            and (signals or percent or connective or shown_change or share or _turned_up(words))
            and not _seller_grew(words)
        ) or (
            # ("olemme nähneet kohteita, joissa tuuletusrako on tukkeutunut": what the
            # seller saw happen to things there, a finding without a count)
            _seen_change(words) and _change_not_of_seller(words) and not _seller_grew(words)
        )
    if reader:
        return (
            figure
            or (signals and (not title or _title_tells(words)))
            or (not title and _befalls_reader(words))
        )
    # A statement about the reader's world: a figure in a full clause, a change or
    # comparison, or a consequence ("Jos päämies kiistää …, linkki ei osoita …").
    finite = any(w.finite for w in words)
    # "jos jotain jää huomaamatta, se korjataan heti": the seller's procedure in the
    # passive, not a consequence in the reader's world
    by_index = {w.i: w for w in words}
    # ("Sopimusta voi päivittää, jos tilanne muuttuu": the zero person's "voi" too)
    procedure = any(
        w.dep == "advcl"
        and (main := by_index.get(w.head)) is not None
        and (
            # ("Ennen uuni huollettiin kerran vuodessa, koska…": what was done, no routine)
            (
                main.finite
                and main.person == 4
                and not (main.reading is not None and main.reading.tense == "past_imperfective")
            )
            or (
                # only on a condition: "voi nyt painaa nimen ilman, että hinta nousee" tells
                any(v.head == w.i and v.lemma in ("jos", "mikäli") for v in words)
                and not any(v.head == main.i and v.dep.startswith("nsubj") for v in words)
                and any(
                    v.head == main.i and v.dep == "aux" and v.lemma == "voida" and v.person == 3
                    for v in words
                )
            )
        )
        for w in words
    )
    # ("…ovat yleisin syy reklamaatioihin, ja kun data yhdistetään…" still tells)
    most_common = any(w.lemma in _COMMON and _has_superlative(w) for w in words)
    if procedure and not figure and not most_common:
        return False
    # ("Olisi mukava vaihtaa ajatuksia, jos tarvetta tulee": a wish in the conditional
    # with its condition, no consequence in the reader's world)
    first_verb = next((w for w in words if w.finite), None)
    wish = (
        first_verb is not None
        and first_verb.reading is not None
        and first_verb.reading.mood == "conditional"
        and any(w.lemma in _PLEASANT for w in words)
    )
    # ("Jos tällainen kiinnostaa, ole yhteydessä, niin jutellaan": a request, not a consequence)
    # (a connegative, "ei onnistu", reads as an imperative too: a negation verb before it)
    asked = any(
        w.reading is not None
        and w.reading.mood == "imperative"
        and not any(v.negative for v in words[max(0, n - 3) : n])
        for n, w in enumerate(words)
    ) or _lets(words)
    # ("Konsultit ovat aina heti käytettävissä, kun tarve syntyy": availability promised)
    always_at_hand = any(w.lower == "aina" for w in words) and any(
        w.lower in ("heti", "välittömästi", "käytettävissä", "saatavilla") for w in words
    )
    # ("tuli mieleen laittaa lyhyt viesti, kun …": why the writer writes, no consequence)
    this_message = any(
        w.lemma in _THIS_MESSAGE
        and (verb := by_index.get(w.head)) is not None
        and verb.lemma in _SENDING_A_MESSAGE
        for w in words
    )
    # ("Vastata ei tietenkään tarvitse, jos aihe ei ole ajankohtainen": the reader
    # excused, not a consequence in their world)
    excused = any(
        w.lemma == "tarvita"
        and any(v.negative and v.head == w.i for v in words)
        and any(
            v.head == w.i
            and (
                v.dep.startswith(("xcomp", "csubj"))
                # (the parser may read the infinitive as a noun subject: "Vastata ei…")
                or any(r.mood == "A-infinitive" for r in v.readings)
            )
            for v in words
        )
        for w in words
    )
    consequence = (
        len(words) >= 8
        and finite
        and connective
        and not platitude
        and not wish
        and not asked
        and not excused
        and not always_at_hand
        and not this_message
        and concluded is None
    )
    # ("Julkisissa arvioissa 14 mainintaa kolkoista huoneista viime vuonna": a bullet
    # without a verb still reports a count when it dates it in the past)
    # ("Vuoden päästä tehty seuranta: juomapullo käytössä 72 prosentilla"): and a
    # share reported from a study
    dated = any(w.lemma == "viime" for w in words) or (
        percent
        and any(word_heads(w) & _STUDIES for w in words)
        and not _offer_terms(words)
        and not any(word_heads(w) & _DISCOUNTS for w in words)
    )
    # ("Digitaalinen käyttöohje sallittu 20.1.2027 alkaen"): or what a rule allows or
    # demands from a date on
    dated = dated or (
        any(w.lemmas & _RULED for w in words)
        and any(w.lower in ("alkaen", "lähtien") for w in words)
    )
    # ("Tyypillinen vahinko 5 000–20 000 euroa"): or a typical figure of their world
    typical = not seller and any(w.lemma in _TYPICAL for w in words)
    return signals or consequence or (figure and (finite or dated or typical))
