"""over-questioning: asking the reader facts they know and the seller could find out."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from pydantic import Field

from pitchlint.analysis.model import AnalysedMessage, Sentence, Word
from pitchlint.rules.base import Hit, Rule, RuleDocs, RuleInfo, RuleOptions
from pitchlint.rules.context import (
    QUOTES,
    SCHEDULE_WORDS,
    body_sentences,
    content_words,
    is_quoted,
    participle_verbs,
    slide_titles,
    word_heads,
)
from pitchlint.rules.wordlists import wordlist


class Options(RuleOptions):
    threshold: int = Field(default=2, ge=1, description="fact questions that fire the rule")
    main_content_sentences: int = Field(
        default=3, ge=1, description="a body this short makes one fact question its main content"
    )


class OverQuestioning(Rule):
    Options = Options
    info = RuleInfo(
        id="over-questioning",
        summary_fi="Kysytään asiakkaalta tämän omia faktoja, jotka hän jo tietää.",
        summary_en="Asks the recipient facts about their own situation they already know.",
        weight=15.0,
        docs=RuleDocs(
            why=(
                "Asiakas tuntee oman tilanteensa: henkilömääränsä, järjestelmänsä, toimittajansa "
                "ja prosessinsa. Kun myyjä kysyy niitä, hän siirtää selvitystyön asiakkaalle eikä "
                "tuo itse mitään. Moni kokee tällaisen kyselyn turhauttavaksi. Myyjän kuuluu "
                "selvittää perusasiat etukäteen ja kysyä mielipidettä, painotuksia ja valintoja."
            ),
            fires="Kysymykset vastaanottajan omista faktoista (te-/sinä-muodot, -nne/-si, "
            "-ko/-kö, kysymyssanat), kun niitä on vähintään `threshold` tai yksi on viestin "
            "pääsisältö.",
            does_not_fire='Mielipide-, painotus- ja valintakysymykset: "kumpi aika sopii?", '
            '"onko tämä teille ajankohtaista?", "mikä on teille tärkeintä?".',
            bad="Hei Sanna,\n\nMontako työntekijää teillä on tällä hetkellä? "
            "Mitä toiminnanohjausjärjestelmää käytätte? Kuka on nykyinen "
            "logistiikkakumppaninne?\n\nTerveisin\nJari",
            good="Hei Sanna,\n\nSelvitin, että käytätte Lemonsoftia ja että kuljetuksenne hoitaa "
            "nyt kolme eri kumppania. Saman kokoiset tukut ovat säästäneet 12 prosenttia "
            "yhdistämällä kuljetukset yhteen sopimukseen. Kumpi sopii paremmin, tiistai vai "
            "torstai?\n\nTerveisin\nJari",
            source="Myyjät kyselevät asiakkaalta tämän tilanteesta, jonka asiakas jo tuntee.",
        ),
    )

    def check(self, msg: AnalysedMessage) -> Iterator[Hit]:
        assert isinstance(self.options, Options)
        body = body_sentences(msg)
        facts: list[Sentence] = []
        announced: Sentence | None = None  # "kerro pari asiaa." before the questions
        listed: Sentence | None = None  # "kertoisitteko:" before a list of them
        handed: Sentence | None = None  # "kysymykset, jotka voit esittää ehdokkaille:"
        others: Sentence | None = None  # "sinuna kysyisin heiltä pari asiaa."
        for s in body:
            if _handed_over(msg, handed, s):
                continue  # a question the reader is given to ask others, not asked
            if others is not None and others.block == s.block:
                continue  # the questions for them, in the paragraph that hands them over
            others = s if _ask_them(msg.sentence_words(s)) else None
            words = _asked(msg, s)
            if _hook(msg, s, words):
                continue  # "# Miksi ravintolasi ei näy, vaikka sivut ovat uudet?": answered below
            after = facts[-1] if facts else announced
            question = (
                (s.is_question and not _quoted_mark(msg, s))
                or _unmarked_question(msg, s, words)
                or (listed is not None and _listed_question(msg, listed, s, words))
            )
            if is_fact_request(words, question) or (
                after is not None and _same_run(msg, after, s) and _follow_up(words, question)
            ):
                facts.append(s)
            elif not s.is_question and _announces_questions(words):
                announced = s
            if _opens_a_list(msg, s):
                listed = s
            if _ends_in_colon(msg, s):
                handed = s if _questions_to_ask(msg.sentence_words(s)) else None
        if not facts:
            return
        # "Millainen tilanne teillä on, eli montako liittymää teillä on ja kenen kautta
        # ne on hankittu?" asks three things in one sentence
        # (from a colon on: "haluaisin ymmärtää tilanteesi: miten…, ja kuka…?" asks twice)
        asked = sum(_questions_in(_from_colon(msg, s)) for s in facts)
        enough = asked >= self.options.threshold
        main = msg.kind == "email" and len(body) <= self.options.main_content_sentences
        if not (enough or main):
            return
        for s in facts:
            yield Hit(
                s.start,
                s.end,
                f"Kysymys asiakkaan omasta tilanteesta ({asked} viestissä): asiakas tietää "
                "tämän jo. Selvitä se itse ja tuo tilalle havainto tai kysy mielipidettä.",
            )


_ANNOUNCED = frozenset({"asia", "kysymys", "tieto", "seikka"})


def _hook(msg: AnalysedMessage, sentence: Sentence, words: list[Word]) -> bool:
    """A "why" question as a title or subject line ("# Miksi ravintolasi ei näy, vaikka
    sivut ovat uudet?"): the message below answers it; it asks the reader nothing."""
    kind = msg.blocks[sentence.block].block.kind
    content = [w for w in words if not w.is_punct]
    return kind in ("title", "subject") and bool(content) and content[0].lower == "miksi"


def _questions_to_ask(words: list[Word]) -> bool:
    """ "Kolme kysymystä, jotka voit ottaa käyttöön huomenna", "Kysymykset, joita
    kannattaa esittää toimittajalle": questions handed to the reader to ask someone,
    the reader the one who asks or uses them ("jos ehtisitte vastata muutamaan
    kysymykseen:" asks the reader)."""
    if not any(word_heads(w) & {"kysymys"} for w in words):
        return False
    if any(w.lemma == "vastata" for w in words):
        return False
    reader_does = any(
        (w.finite and w.person == 2 and not w.clitic_ko) or w.lemma == "kannattaa" for w in words
    )
    return any(
        w.lemma in _USING_QUESTIONS
        and (reader_does or (w.reading is not None and w.reading.mood == "imperative"))
        for w in words
    )


def _ask_them(words: list[Word]) -> bool:
    """ "Sinuna kysyisin heiltä pari asiaa", "Kysykää toimittajaltanne": the reader is
    told what to ask another party (in the ablative), so the questions after it in the
    paragraph are for them, not about the reader."""
    return any(
        w.lemma == "kysyä"
        and any(
            d.head == w.i
            and d.case == "Abl"
            and not d.addresses_reader
            and not d.refers_to_seller
            and (d.pos in ("NOUN", "PROPN") or d.lemma in ("he", "ne", "hän"))
            for d in words
        )
        for w in words
    )


# what one does with questions handed over: "kysy", "esitä", "ota käyttöön"
_USING_QUESTIONS = frozenset({"kysyä", "esittää", "käyttää", "ottaa", "hyödyntää"})


def _handed_over(msg: AnalysedMessage, handed: Sentence | None, sentence: Sentence) -> bool:
    """The sentence is one of the questions handed over: a bullet under a slide title
    or after a sentence ending in a colon that hands questions to the reader."""
    if msg.blocks[sentence.block].block.kind != "bullet":
        return False
    if any(_questions_to_ask(msg.sentence_words(t)) for t in slide_titles(msg, sentence)):
        return True
    return handed is not None and _bullet_after(msg, handed, sentence)


def _bullet_after(msg: AnalysedMessage, opener: Sentence, sentence: Sentence) -> bool:
    """The sentence is in the run of bullets right after the sentence that opened it."""
    return sentence.block > opener.block and all(
        msg.blocks[b].block.kind == "bullet" for b in range(opener.block + 1, sentence.block + 1)
    )


def _ends_in_colon(msg: AnalysedMessage, sentence: Sentence) -> bool:
    words = msg.sentence_words(sentence)
    return bool(words) and words[-1].text == ":"


def _same_run(msg: AnalysedMessage, before: Sentence, sentence: Sentence) -> bool:
    """The same paragraph, or the next bullet of the same list: questions listed as
    bullets ask about the reader named in the first one."""
    if before.block == sentence.block:
        return True
    kinds = {msg.blocks[before.block].block.kind, msg.blocks[sentence.block].block.kind}
    return kinds == {"bullet"} and sentence.block == before.block + 1


def _quoted_mark(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """The sentence's question mark stands inside quotation marks: a question cited."""
    mark = next((w for w in reversed(msg.sentence_words(sentence)) if w.text == "?"), None)
    return mark is not None and is_quoted(msg, mark)


def _announces_questions(words: list[Word]) -> bool:
    """ "Kerro pari asiaa.", "Kertoisitteko muutaman asian": the reader is asked to
    tell, and the questions that follow ask about them without naming them."""
    # ("Ennen ehdotusta haluaisin tietää muutaman asian.", "tarvitsemme muutaman tiedon":
    # the writer's wish to know announces the questions just as well)
    wish = any(w.finite and w.person == 1 for w in words) and any(
        w.lemma in _WANTING_TO_KNOW for w in words
    )
    asked = any(w in wordlist("ask") and w.person == 2 for w in words)
    # ("tarvitsemme vielä joitakin perustietoja": a compound of "tieto" too)
    return (asked or wish) and any(word_heads(w) & _ANNOUNCED for w in words)


_WANTING_TO_KNOW = frozenset({"tietää", "kysyä", "selvittää", "tarvita", "ymmärtää"})


def _opens_a_list(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """ "Jotta osaisin ehdottaa jotain, kertoisitteko:": the reader asked to tell, and
    the colon hands over to the list that follows."""
    return _ends_in_colon(msg, sentence) and any(
        _asked_to_tell(w) for w in msg.sentence_words(sentence)
    )


def _listed_question(
    msg: AnalysedMessage, listed: Sentence, sentence: Sentence, words: list[Word]
) -> bool:
    """A bullet of the list after "kertoisitteko:" opened by a question word ("- kuinka
    monta palvelinta teillä on,"): a question, though only the last has its mark."""
    if not words or not _bullet_after(msg, listed, sentence):
        return False
    opening = [w for w in words[:2] if w.lower != "ja"]
    return bool(opening) and opening[0].interrogative


def _from_colon(msg: AnalysedMessage, sentence: Sentence) -> list[Word]:
    """The content words that are asked (see :func:`_asked`)."""
    asked = {w.i for w in _asked(msg, sentence)}
    return [w for w in content_words(msg, sentence) if w.i in asked]


def _asked_to_tell(word: Word) -> bool:
    """ "kerrotko", "kertoisitteko", "kerro": the reader asked to tell ("te tiedätte
    itse, kuinka…" and "saat listan: mitkä…" ask nothing)."""
    return (
        word.lemma in ("kertoa", "ilmoittaa", "selvittää", "kuvata")
        and word.person == 2
        and word.reading is not None
        and (word.clitic_ko or word.reading.mood in ("imperative", "conditional"))
    )


def _unmarked_question(msg: AnalysedMessage, sentence: Sentence, words: list[Word]) -> bool:
    """ "Entä miten kuljettajasi ohjeistetaan" ending a paragraph without its mark: a
    question word opens it and nothing closes it as a statement (a slide title or
    bullet has no marks anyway: "Miksi juuri me")."""
    if msg.blocks[sentence.block].block.kind != "paragraph" or not words:
        return False
    if msg.sentence_words(sentence)[-1].is_punct:
        return False
    opening = [w for w in words[:2] if w.lower not in ("entä", "ja")]
    return bool(opening) and opening[0].interrogative and any(w.finite for w in words)


def _asked(msg: AnalysedMessage, sentence: Sentence) -> list[Word]:
    """The sentence's words, from a colon on when a question follows it: in "Jotta
    voimme arvioida tilanteen, pari kysymystä: kuinka monta…?" the seller's purpose
    only introduces what is asked."""
    words = msg.sentence_words(sentence)
    if any(q in msg.text(sentence.start, sentence.end) for q in QUOTES):
        # 'kysymys "mikä on nykyinen palkkasi?" on kielletty': a question quoted is
        # someone else's, not one asked of the reader
        words = [w for w in words if not is_quoted(msg, w)]
    colon = max((n for n, w in enumerate(words) if w.text == ":"), default=-1)
    if colon >= 0 and any(w.interrogative or w.clitic_ko for w in words[colon + 1 :]):
        # ("…, kerrotko vielä: montako luokkaa…?": from the reader's verb of telling on)
        teller = next((n for n, w in enumerate(words[:colon]) if _asked_to_tell(w)), None)
        words = words[teller:] if teller is not None else words[colon + 1 :]
    return [w for w in words if not w.is_punct]


_TELLING = frozenset({"kertoa", "selvittää"})
_ASKING = frozenset({"kysyä", "tiedustella"})
_RHETORICAL = frozenset({"oikeasti", "todella", "tosissaan"})
# "Eikö kauppakeskuksenne ansaitse parempaa?", "Jaksatteko vielä katsella…?": a point
_RHETORICAL_VERBS = frozenset({"ansaita", "jaksaa", "sietää", "ihmetellä"})


# "onko tiedossa, …", "onko selvillä, …": the question word after it says what is known
_KNOWN = frozenset({"tieto", "tietää", "selvillä", "selvä", "käsitys", "arvio"})


def _questions_in(words: list[Word]) -> int:
    """How many questions one sentence asks: each question word or -ko verb opens one
    ("montako…" and "kenen kautta…" are two), except one embedded under a verb of
    hearing or telling ("olisiko aikaa kuulla, miten asetus muuttuu?" asks once) or
    completing the question before it ("onko nimetty, kuka vastaa?") and
    the second option of an alternative ("…, vai pitäisikö…?")."""
    count = 0
    by_index = {w.i: w for w in words}
    for n, w in enumerate(words):
        if not (w.interrogative or (w.clitic_ko and w.finite)):
            continue
        if count and w.interrogative and _complement(by_index, w):
            continue  # "Onko teillä jo nimetty, kuka vastaa …?": what is asked, once
        if (
            count
            and w.interrogative
            and n > 0
            and words[n - 1].lemma not in ("ja", "sekä", "tai", "vai", "entä")
            and any(v.lemma in _KNOWN for v in words[:n])
        ):
            continue  # "Onko kunnassanne tiedossa, kuinka moni …?": what is known, once
        embedding = [v for v in words[max(0, n - 2) : n] if v in wordlist("ask")]
        if embedding and (
            count or not w.interrogative or not any(v.lemma in _ASKING for v in embedding)
        ):
            continue  # (but "Haluaisin kysyä, mikä …, ja milloin …?" asks twice)
        if any(v.lemma == "vai" for v in words[max(0, n - 2) : n]):
            continue  # "Onko valmius jo, vai pitäisikö se asentaa?": one question, two options
        count += 1
    return max(1, count)


def _complement(by_index: dict[int, Word], word: Word) -> bool:
    """The question word opens a clause that completes the verb before it ("…
    nimetty, kuka vastaa"), not a question of its own ("…, ja kenen kautta…")."""
    w = word
    # up to the head of the question word's own clause ("…, ja mihin asti sopimus on
    # voimassa": "voimassa" heads a clause coordinated with the one before)
    while (
        not w.finite
        and not w.dep.startswith(("conj", "ccomp", "csubj", "advcl", "acl", "parataxis"))
        and w.head != w.i
        and w.head in by_index
    ):
        w = by_index[w.head]
    return w.dep in ("ccomp", "csubj") and w.head < word.i


# Verbs of knowing that, asked with "että", tell the reader something new.
_NEWS_AS_QUESTION = frozenset({"tietää", "huomata", "arvata", "kuulla", "lukea"})


def _follow_up(words: list[Word], is_question: bool) -> bool:
    """ "Kuinka monta laskua teille tulee? Montako ihmistä osallistuu hyväksyntään?":
    a question right after a fact question in the same paragraph asks about the same
    reader without naming them again, if it names no one else either."""
    # "Tehdäänkö palkanlaskenta nyt itse vai tilitoimistossa?": a passive -ko asks
    # about the same reader's practice
    if not is_question or not any(
        w.interrogative or (w.clitic_ko and w.finite and w.person == 4) for w in words
    ):
        return False
    if any(w.refers_to_seller or w.addresses_reader or w in wordlist("opinion") for w in words):
        return False
    if any(w.clitic_ko and w.person == 4 and w.lemmas & _PROPOSED for w in words) and not any(
        w.lower in _NOW for w in words
    ):
        return False  # "Aloitetaanko koko kalustolla vai kymmenellä autolla?": shall we
    # "Ja mikä painaa päätöksissä enemmän: hinta vai omavastuu?": a priority
    return not any(w.lemmas & _CHOICE for w in words) and not _weighs_alternatives(words)


_CHOICE = frozenset({"kumpi", "sopia", "haluta", "kiinnostaa"})
# a passive -ko of these proposes a way forward ("Aloitetaanko…?", "Edetäänkö…?"), unless
# it asks how things are done now ("Tehdäänkö palkat nyt itse?")
_PROPOSED = frozenset(
    {"aloittaa", "käynnistää", "edetä", "lähteä", "kokeilla", "testata", "pilotoida", "jatkaa"}
)
_NOW = frozenset({"nyt", "nykyään", "nykyisin", "hetkellä", "yleensä", "tavallisesti"})
# choosing someone or something for a role (with its translative): "nimetä vastuuhenkilöksi"
_APPOINTING = frozenset({"nimetä", "valita", "määrätä", "asettaa"})
_TIME_OFFERED = frozenset({"aika", "ajankohta", "kellonaika", "päivämäärä"})
_SUITING = frozenset({"käydä", "sopia", "vahvistaa", "passata"})
_PROPOSAL_POINTERS = frozenset({"se", "tämä", "tuo"})


def is_fact_request(words: list[Word], is_question: bool) -> bool:
    """A direct fact question, or a statement that asks one indirectly
    ("Haluaisin tietää, millä järjestelmällä kirjanpitonne hoidetaan.")."""
    clause = indirect_clause(words)
    if clause is not None:
        # "kerrotko vielä: montako luokkaa uudistus koskee?": the reader is asked to
        # tell, so the fact asked is theirs whoever the clause names
        asks_reader = any(_asked_to_tell(w) for w in words[: len(words) - len(clause)])
        return is_fact_question(clause) or (asks_reader and is_fact_question(words))
    return is_question and is_fact_question(words)


def indirect_clause(words: list[Word]) -> list[Word] | None:
    """The interrogative clause after a verb of knowing or telling, if any."""
    for n, w in enumerate(words):
        # "Kerron silloin, mitkä kohdat koskevat teitä", "Voin näyttää … ja kertoa, missä
        # tilanteessa…": the seller will tell, not ask
        # the nearest verb of the writer or the reader decides: "Jotta osaisin kertoa…,
        # voisitteko kertoa, miten…?" asks the reader to tell
        speaker = next((v for v in reversed(words[:n]) if v.finite and v.person in (1, 2)), None)
        seller_voice = speaker is not None and speaker.person == 1
        telling = w.lemma in _TELLING and (
            (w.finite and w.person == 1) or (not w.finite and seller_voice)
        )
        # "Kysyitte, kuinka monta asentajaa meillä on": the reader's own question, told back
        readers = (
            w.finite
            and w.person == 2
            and w.reading is not None
            and w.reading.tense == "past_imperfective"
        )
        # "kukaan ei tiennyt, kuka yhteyttä käytti", "myyvät sitä, mistä saavat palkkion":
        # someone else's knowing or getting, told, asks the reader nothing
        # ("ettei kukaan tiedä, kuka työnne tekee": the negation verb carries the person)
        negation = next((v for v in reversed(words[max(0, n - 3) : n]) if v.negative), None)
        narrated = (w.finite and w.person in (3, 4)) or (
            negation is not None and negation.person in (3, 4)
        )
        # "Tiedän, että hankintalaki rajoittaa, mitä voitte ostaa": what the writer
        # knows is stated ("En tiedä, mitä järjestelmää käytätte" still asks)
        # ("Tiedät, mitä leimikossa on": what the reader will know, stated)
        known = (
            w.lemma == "tietää"
            and w.finite
            and (w.person == 1 or (w.person == 2 and not w.clitic_ko))
            and w.reading is not None
            and w.reading.mood == "indicative"
            and not any(v.negative for v in words[max(0, n - 2) : n])
        )
        # "kenelle osakkeita saa myydä": "saada" with another verb is "may", no asking
        # ("saisinko tietää, millä…" still asks)
        permitted = w.lemma == "saada" and any(
            d.head == w.i and d.dep == "xcomp" and d not in wordlist("ask") for d in words
        )
        # "saat yhteenvedon siitä, mitä työmaallasi on tapahtunut": what the reader
        # will get, told, asks nothing ("saisinko tietää, millä…" still asks)
        # (nor "lupaavat mitä tahansa saadakseen nimen sopimukseen, minkä jälkeen…":
        # "in order to get" is no verb of asking)
        received = w.lemma == "saada" and (
            not w.finite
            or (
                w.person == 2
                and not w.clitic_ko
                and w.reading is not None
                and w.reading.mood == "indicative"
            )
        )
        # "Selvittäkää, kulkeeko siirto vielä lankaliittymän kautta": finding out, told
        # in the imperative, is advice to check for oneself ("kertokaa, …" still asks)
        advised = (
            w.lemma == "selvittää" and w.reading is not None and w.reading.mood == "imperative"
        )
        # "käy läpi, mitä työntekijöille pitää kertoa, kuinka kauan…": a verb inside a
        # question of its own asks nothing more
        asked_itself = any(v.interrogative and v.i < w.i and v.head == w.i for v in words)
        if (
            w in wordlist("ask")
            and w.pos in ("VERB", "AUX")
            and not advised
            and not asked_itself
            and not telling
            and not readers
            and not narrated
            and not known
            and not permitted
            and not received
        ):
            rest = words[n + 1 :]
            for m, x in enumerate(rest):
                if x.interrogative or (x.clitic_ko and x.finite):
                    return rest[m:]
    return None


_COMPANY = frozenset({"yhtiö", "yritys", "firma", "taloyhtiö"})


def _the_company(word: Word, words: list[Word]) -> bool:
    """ "yhtiön", "yrityksessä", "paljonko taloyhtiö maksaa": the company a question to
    its owner means, not "mikä yritys", "montako yritystä" or "kolmessa vastaavassa
    yrityksessä" (companies asked or told about) nor "yrityksemme"."""
    return (
        word.lemma in _COMPANY
        # ("paljonko taloyhtiö maksaa huollosta": the bare subject is the one asked)
        and (word.case not in (None, "Nom", "Par") or (word.case == "Nom" and word.dep == "nsubj"))
        and not word.possessive
        and not any(d.head == word.i and d.dep in _DESCRIBED for d in words)
    )


_DESCRIBED = frozenset({"det", "nummod", "amod", "nmod:poss", "nmod"})
# superlative adverbs Voikko lists as words of their own, and the verbs of what the
# reader feels with which they rank ("Mitä myytte eniten?" still asks a fact)
_MOST_ADVERBS = frozenset({"eniten", "vähiten"})
_BURDENING = frozenset(
    {"kuormittaa", "vaivata", "harmittaa", "turhauttaa", "huolettaa", "rasittaa",
     "työllistää", "hidastaa", "haitata", "kiinnostaa", "ärsyttää", "stressata"}
)  # fmt: skip


def is_fact_question(words: list[Word]) -> bool:
    """A question about the reader's own facts, found through morphology.

    It addresses the reader (2nd-person verb, te/sinä, -nne/-si), asks with an
    interrogative or the -ko/-kö clitic, and asks no opinion, priority or choice.
    """
    # a merge tag ("Kuinka monelle työntekijälle [Yritys] maksaa palkkaa?") is the reader,
    # and so is what is "current" in a question to them ("Kuinka vanha nykyinen katto on?")
    # or "the company" without a name ("Kuka yhtiön omistaa?", "Paljonko yrityksen
    # tilillä on rahaa?")
    asks_what = any(w.interrogative for w in words)  # not a yes/no "Kyllästyttääkö nykyinen…?"
    if not any(
        (w.addresses_reader and not (asks_what and _imperative_only(w)))
        or w.is_placeholder
        or (asks_what and (w.lemma == "nykyinen" or _the_company(w, words)))
        for w in words
    ):
        return False
    if any(r.comparison == "superlative" for w in words for r in w.readings if w.pos == "ADJ"):
        return False  # "Minkä vaatimuksen dokumentointi tuntuu työläimmältä?": a priority
    if any(w.lower in _MOST_ADVERBS for w in words) and any(w.lemmas & _BURDENING for w in words):
        return False  # "Mikä kuormittaa teillä eniten?": what weighs most, a priority
    # (a participle's verb too: "Oletko koskaan ihmetellyt, miten…?")
    if any(
        w.lower in _RHETORICAL
        or w.lemma in _RHETORICAL_VERBS
        or participle_verbs(w) & _RHETORICAL_VERBS
        for w in words
    ):
        return False  # "Pitääkö teidän oikeasti maksaa siitä, että…?": a point, not a question
    if words and words[0].lower in ("eikö", "eikös") and any(w.lemma == "että" for w in words):
        return False  # "Eikö ole vähän erikoista, että…?": agreement asked, a point
    if _answers_itself(words):
        return False  # "Mihin hinta perustuu, jos ei siihen, että te maksatte ilmasta?"
    if (
        len(words) > 2
        and words[0].interrogative
        and words[1].lower == "nyt"
        and any(
            w.finite and w.reading is not None and w.reading.mood == "conditional" for w in words
        )
    ):
        return False  # "Kuka nyt päivityksiä kaipaisi, kun…?": the answer is "no one"
    if any(
        w.lemma == "tietää"
        and any(d.head == w.i and d.dep.startswith("nsubj") and d.lemma == "kuka" for d in words)
        and not any(d.head == w.i and d.addresses_reader and d.case == "Ade" for d in words)
        for w in words
    ):
        return False  # "Kuka tietää metsäsi puumäärän?": "who knows", answered by the seller
    asking = [v for v in words if v.clitic_ko and v.finite]
    if any(
        w.pos == "PRON"
        and w.lemma in ("tämä", "tuo")
        and w.dep.startswith("nsubj")
        # the -ko verb heads the subject, or is the copula of what heads it
        and any(w.head in (v.i, v.head) for v in asking)
        for w in words
    ):
        return False  # "Onko tämä teillä jo työn alla?": where the reader stands on the topic
    if any(
        d.head == v.i
        and d.dep.startswith("nsubj")
        and d.lemma in _ANYONE
        and not any(x.head == v.i and x.addresses_reader for x in words)
        for v in asking
        if v.person == 3
        for d in words
    ):
        return False  # "Muistaako siellä kukaan, mitä sinun keittimellesi tehtiin?": of others
    if any(w.lower in ("kauanko", "kuinka kauan") for w in words) and any(
        w.lower == "vielä" for w in words
    ):
        return False  # "kauanko aiotte vielä katsella, kun…?": how much longer, a point
    # ("Millä järjestelmällä vaativuus teillä arvioidaan?": a process in the passive,
    # not the reader's view)
    if any(
        w in wordlist("opinion")
        and not (w.finite and w.person == 4)
        # "kummassakin liikkeessä": "both", not the choice "kumpi"
        and not w.lower.endswith(("kin", "kaan", "kään"))
        # "valmiista pohjista": ready-made, a product asked about, not readiness
        and not (w.lemma == "valmis" and w.dep == "amod")
        for w in words
    ):
        return False
    if _weighs_alternatives(words):
        return False  # "Painaako enemmän hinta vai ennustettavuus?": a priority
    if any(
        w.lemmas & _APPOINTING
        and w.finite
        and w.reading is not None
        and w.reading.tense == "present_simple"
        and any(d.head == w.i and d.case == "Tra" for d in words)
        for w in words
    ):
        return False  # "Kenet nimeätte valmennuksen vastuuhenkilöksi?": a decision to come
    if any(w.lemma in SCHEDULE_WORDS for w in words):
        return False  # "Mitä sanot, käydäänkö luonnos läpi tiistaina klo 10?": a time offered
    by_index = {w.i: w for w in words}
    if any(
        w.lemma in _SUITING
        and w.person == 3
        and any(d.head == w.i and d.case == "All" and d.addresses_reader for d in words)
        for w in words
    ):
        return False  # "Käykö se teille?", "Sopiiko tämä sinulle?": whether a proposal suits
    if any(
        (
            w.lemma in _TIME_OFFERED
            or (w.pos == "PRON" and w.lemma in _PROPOSAL_POINTERS and w.dep.startswith("nsubj"))
        )
        and w.head in by_index
        and by_index[w.head].lemma in _SUITING
        for w in words
    ):
        # "Vahvistatko, käykö aika?", "Vastaatteko, käykö se?": whether the time
        # offered (or the proposal "se" points back to) suits
        return False
    first_verb = next((w for w in words if w.finite), None)
    if first_verb is not None and first_verb.person == 1:
        return False  # "Voisimmeko…", "Saanko…": the seller proposes
    if (
        first_verb is not None
        and first_verb.person == 4
        and first_verb.clitic_ko
        and first_verb.lemma in _LETS
    ):
        return False  # "Katsotaanko 20 minuutissa, miltä polku näyttäisi?": "let's"
    if (
        first_verb is not None
        and first_verb.clitic_ko
        and first_verb.lemma in _NEWS_AS_QUESTION
        and any(w.lemma == "että" for w in words)
    ):
        return False  # "Tiesitkö, että …?": news told as a question, not asked
    if not any(w.interrogative or w.clitic_ko for w in words):
        return False
    if first_verb is not None and first_verb.reading and first_verb.reading.mood == "conditional":
        # "Olisiko teillä aikaa…", "Voisitteko lähettää…" are proposals; "Kuinka monta
        # palvelinta teillä olisi?" asks directly, "Kertoisitteko, montako…" through its
        # interrogative clause, but "Olisiko hyötyä laskelmasta, jossa näkyy, miten…"
        # describes what is offered
        content = [w for w in words if not w.is_punct]
        return any(
            w.interrogative and (n == 0 or any(v in wordlist("ask") for v in content[:n]))
            for n, w in enumerate(content)
        )
    return True


def _imperative_only(word: Word) -> bool:
    """ "Mitä sillä rahalla oikeastaan saa?": an interrogative asks no command, so a
    verb that is 2nd person only as an imperative ("saa") is the generic 3rd person."""
    return (
        word.finite
        and word.person == 2
        and not word.possessive
        and word.reading is not None
        and word.reading.mood == "imperative"
    )


def _answers_itself(words: list[Word]) -> bool:
    """ "…, jos ei siihen, että…", "…, ellei sitä, että…": "if not (to) this", without
    a verb of its own, gives the answer the question pretends to ask: a point. "Miten
    toimitte, jos asentaja ei pääse?" keeps its verb and asks a real condition."""
    for n, w in enumerate(words):
        if not (
            (w.lemma in ("jos", "mikäli") and n + 1 < len(words) and words[n + 1].lemma == "ei")
            or w.lower == "ellei"
        ):
            continue
        rest = itertools.takewhile(
            lambda v: not v.is_punct and v.lemma != "että",
            words[n + (1 if w.lower == "ellei" else 2) :],
        )
        if not any(v.pos in ("VERB", "AUX") for v in rest):
            return True
    return False


# "anyone" as the subject of a -ko verb: whether someone else does, not the reader's fact
_ANYONE = frozenset({"kukaan", "kenkään", "joku", "jokin", "mikään"})


# Passive -ko of these is the spoken "shall we": "Katsotaanko…", "Käydäänkö läpi…";
# "Tehdäänkö palkanlaskenta itse?" still asks the reader's practice.
_LETS = frozenset(
    {"katsoa", "käydä", "sopia", "jutella", "keskustella", "puhua", "kokeilla", "testata",
     "katsastaa", "vertailla", "kartoittaa", "aloittaa", "lähteä"}
)  # fmt: skip


def _weighs_alternatives(words: list[Word]) -> bool:
    """ "A vai B" with a comparative asks which matters more: "painaako enemmän hinta
    vai toimitusaika?"; "Onko teillä 10 vai 20 autoa?" asks a fact, and so does "yksi
    liikennöitsijä vai useampi?" ("useampi" counts, it does not weigh)."""
    return any(w.lemma == "vai" for w in words) and any(
        r.comparison == "comparative" and r.baseform not in _COUNTING
        for w in words
        for r in w.readings
    )


_COUNTING = frozenset({"usea", "useampi"})


def question_sentences(msg: AnalysedMessage) -> list[Sentence]:
    return [s for s in body_sentences(msg) if s.is_question]
