"""company-history-first: the seller's background before the reader's interest."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pitchlint.analysis.model import AnalysedBlock, AnalysedMessage, Word
from pitchlint.rules.base import Hit, Rule, RuleDocs, RuleInfo
from pitchlint.rules.builtin.insight import (
    framed_news,
    is_insight,
    peer_reference,
    sellers_own_change,
)
from pitchlint.rules.context import (
    body_sentences,
    content_words,
    is_own_name,
    is_third_party_name,
    own_names,
    seller_names,
    signed_by_company,
)
from pitchlint.rules.wordlists import background_score, strong_background, wordlist

_YEAR = re.compile(r"^(1[89]\d\d|20[0-2]\d)$")
_YEAR_SPAN = re.compile(r"^(1[89]\d\d|20[0-2]\d)\s*[–—-]\s*(1[89]\d\d|20[0-9]\d)?$")


@dataclass(slots=True)
class _Unit:
    """A sentence (e-mail) or a slide (outline), with its span and its signals."""

    start: int
    end: int
    background: bool
    customer: bool
    weight: int = 1  # how much background it carries
    heading: bool = False  # the subject line, a title apart from the body


class CompanyHistoryFirst(Rule):
    info = RuleInfo(
        id="company-history-first",
        summary_fi="Viesti alkaa myyjän omalla taustalla ennen asiakkaan hyötyä.",
        summary_en="Opens with the seller's own background before the recipient's interest.",
        weight=15.0,
        docs=RuleDocs(
            why=(
                "Vastaanottajan ensimmäinen kysymys on, mitä tässä on hänelle. Perustamisvuosi, "
                "henkilömäärä, toimipisteet ja palkinnot eivät vastaa siihen, ja niiden kohdalla "
                "lukija lopettaa. Yrityksen perustiedot kuuluvat loppuun, jos niitä kysytään."
            ),
            fires="Myyjän taustaa (perustaminen, historia, koko, toimipisteet, omistajat, "
            "palkinnot, 'keitä olemme') ennen ensimmäistä asiakkaan etua koskevaa kohtaa; "
            "esityksissä taustadia ennen ensimmäistä asiakasdiaa.",
            does_not_fire="Yhden rivin esittäytyminen, asiakkaan asiaa palveleva "
            "referenssilause tai tausta viestin lopussa.",
            bad="Hei Pekka,\n\nYrityksemme on perustettu vuonna 1987, ja meillä on nykyään "
            "140 työntekijää ja toimipisteet Tampereella ja Oulussa. Olemme perheyritys jo "
            "kolmannessa polvessa.\n\nHuomasin, että laajennatte varastoanne Vantaalla. "
            "Sopisiko puhelu torstaina kello 9?\n\nTerveisin\nAnne",
            good="Hei Pekka,\n\nHuomasin, että laajennatte varastoanne Vantaalla. Uuden "
            "varaston hyllyjärjestys ratkaisee usein keräilyn nopeuden kahdeksi vuodeksi. "
            "Sopisiko puhelu torstaina kello 9?\n\nTerveisin\nAnne",
            source="Yleinen esitysvirhe on aloittaa yrityksen perustiedoilla ja historialla.",
        ),
    )

    def check(self, msg: AnalysedMessage) -> Iterator[Hit]:
        # Only what comes before the first unit for the reader matters: stop there.
        background: list[_Unit] = []
        for unit in _slides(msg) if msg.kind == "outline" else _sentences(msg):
            if unit.customer:
                break
            if unit.background:
                background.append(unit)
        # One passing mention ("toimistomme Turussa") is not a company presentation.
        if sum(u.weight for u in background) < 2:
            return
        where = "diaa" if msg.kind == "outline" else "kohtaa"
        # a span from the subject line into the body would cover the headers and the
        # greeting: the body's background is reported, the subject only when alone
        shown = [u for u in background if not u.heading] or background
        yield Hit(
            shown[0].start,
            shown[-1].end,
            "Viesti alkaa omalla taustallanne (historia, koko, toimipisteet) ennen ensimmäistä "
            f"asiakkaan etua koskevaa {where}. Aloita siitä, mitä tässä on asiakkaalle, ja siirrä "
            "tausta loppuun.",
        )


_background_score = background_score
_AGENDA = frozenset({"agenda", "asialista", "esityslista", "ohjelma", "sisältö", "sisällys"})
# "Aluksi", "Tervetuloa": the opening's thanks and pleasantries are for no one's interest
_OPENINGS = frozenset({"aluksi", "alkuun", "avaus", "tervetuloa", "intro", "johdanto", "alkusanat"})


_FOR = frozenset({"All", "Ade"})
_DESCRIBING = frozenset({"amod", "acl", "nmod", "nmod:poss"})
_WISHING = frozenset({"toivottavasti", "toivoa"})  # matched on the surface and the lemma


# An apology or thanks speaks to the reader but serves no interest of theirs
_COURTESY = frozenset(
    {"pahoitella", "anteeksi", "kiittää", "kiitos", "häiritä", "vaiva", "vaivata", "pahastua",
     "pahoillani", "pahoillamme"}  # ("olen pahoillani": the lemma is "paha")
)  # fmt: skip
# the reader's time or patience is a courtesy too: "aikanne on kortilla", "jos jaksatte"
_COURTEOUS_REFERENCES = frozenset({"jaksaa", "aika"})


def _readers_interest(words: list[Word]) -> int:
    """The reader references that may serve the reader: none in an apology or thanks
    ("Pahoittelemme, että viemme aikaanne", "kiitos, että ehdit jutella"), nor
    patience asked ("jos jaksatte kuunnella", "aikanne on kortilla")."""
    if any(w.lemma in _COURTESY or w.lower in _COURTESY for w in words):
        return 0
    if _tells_of_itself(words):
        return 0
    return sum(1 for w in words if w.addresses_reader and w.lemma not in _COURTEOUS_REFERENCES)


_TELLING = frozenset({"kertoa", "esitellä", "esittää", "kuvata"})


def _tells_of_itself(words: list[Word]) -> bool:
    """ "Haluamme kertoa teille hieman yrityksestämme", "Esittelemme teille itsemme":
    the reader only receives the seller's story, which serves no interest of theirs."""
    readers = [w for w in words if w.addresses_reader]
    if not readers:
        return False
    for verb in words:
        if verb.lemma not in _TELLING:
            continue
        told = [w for w in words if w.head == verb.i]
        of_seller = any(
            w.refers_to_seller and (w.case == "Ela" or w.dep.startswith("obj")) for w in told
        )
        if of_seller and all(w.head == verb.i and w.case in ("All", "Ade") for w in readers):
            return True
    return False


def _introduces_self(words: list[Word]) -> bool:
    """ "Olen Mikko Heinonen, …", "Nimeni on Aino": the writer by name, in the
    singular throughout ("olemme", "yrityksemme" speak for the company)."""
    if len(words) < 2:
        return False
    first, second = words[0], words[1]
    named = (first.lower == "olen" and second.pos == "PROPN") or (
        first.lemma == "nimi" and first.possessive == "1s"
    )
    plural = any(
        (w.person == 1 and w.number == "pl") or w.possessive == "1p" or w.lower in ("me", "meidän")
        for w in words
    )
    return named and not plural


def _founded(words: list[Word]) -> bool:
    """ "Ketjun perusti X vuonna 1991", "perustettiin 1985": a founding dated by a year."""
    return any(w.lemma == "perustaa" or "perustaa" in w.lemmas for w in words) and any(
        _YEAR.match(w.text) for w in words
    )


def _source(words: list[Word], word: Word) -> bool:
    """ "kokemuksemme mukaan …": the seller named only as the source of a finding."""
    after = [w for w in words if w.i > word.i]
    return bool(after) and after[0].lemma == "mukaan"


def _background_title(words: list[Word]) -> bool:
    """ "Yritysesittely", "Keitä olemme", "Tietoa meistä", "Historiamme", "Arvomme"."""
    if not words or len(words) > 5 or any(w.addresses_reader for w in words):
        return False
    seller = any(w.refers_to_seller for w in words)
    about_us = any(w.person == 1 and w.case == "Ela" for w in words)  # "meistä", "minusta"
    # "Me Palkkaässässä": "we" at a name, the team presenting itself
    us_at = (
        2 <= len(words) <= 3
        and words[0].lemma == "me"
        and all(w.text[:1].isupper() and not w.finite for w in words[1:])
    )
    # "Polttoainekortti yrityksille": the companies a product is for, not ours
    # "Tarjoamamme arvo", "Asiakkaan arvo": the value a product gives, not "Arvomme"
    # "Miksi arvo nousee": a measured value that changes, said in the third person
    offered = {
        w.i
        for w in words
        if w.lemma == "arvo"
        and (
            any(d.head == w.i and d.dep in _DESCRIBING and d.pos != "PRON" for d in words)
            or (w.dep.startswith("nsubj") and any(h.i == w.head and h.person == 3 for h in words))
        )
    }
    # "Kasvavan yrityksen budjetointi": a background word owning the title's topic is
    # whose the topic is, not the topic ("Yrityksen historia" still tells the past)
    titles = wordlist("background_titles")
    owner = {
        w.i
        for w in words
        if w.case == "Gen"
        and any(h.i == w.head and h.i != w.i and not titles.count([h]) for h in words)
    }
    named = (
        titles.count([w for w in words if w.case not in _FOR and w.i not in offered | owner]) > 0
    )
    # "Konekorjaamo Hakala – perustettu 1971": the founding told in the title itself, with
    # its year (not "Hinnat nousseet 40 % vuodesta 2021": a change since a year)
    founded = (
        strong_background(words)
        and any(w.text.isdigit() and len(w.text) == 4 for w in words)
        and not any(w.text == "%" for w in words)
    )
    # "Matkamme 1994–2025": the seller's own years, from a first to a last
    years = seller and any(_YEAR_SPAN.match(w.text) for w in words)
    return about_us or us_at or founded or years or (named and (seller or len(words) <= 3))


# Titles that may present the product as well as the company: the bullets decide.
# "Tausta" over the regulation's dates is the matter's background, not the seller's.
_WEAK_TITLES = frozenset({"esittely", "tarina", "organisaatio", "yritys", "tausta"})


# "Tasekirja lyhyesti", "Koskela numeroina": a name in brief, the company's or the
# product's; the bullets tell which.
_IN_BRIEF = frozenset({"lyhyesti", "numeroina", "pähkinänkuoressa"})


def _brief_title(words: list[Word]) -> bool:
    """ "Tasekirja lyhyesti", not "Nykytilanne lyhyesti" (the reader's situation) nor
    "Tuotteemme lyhyesti" (the product, by its own word)."""
    # ("Lakitupa Ahola lyhyesti": a name of several words, each capitalised)
    name = words[:-1]
    return (
        1 <= len(name) <= 3
        and words[-1].lower in _IN_BRIEF
        and (len(name) == 1 or all(w.text[:1].isupper() for w in name))
        and not words[0].addresses_reader
        and words[0] not in wordlist("situation")
        and not words[0].lemmas & _PRODUCT_NOUNS
    )


def _this_is_a_name(words: list[Word]) -> bool:
    """ "Tämä on Työterveys Virta", "Tässä on Kattovirta": a name presented; the
    bullets tell whose ("Tämä on haaste" names no one)."""
    name = words[2:]
    return (
        len(words) >= 3
        and words[0].lemma in ("tämä", "tässä")
        and words[1].lemma == "olla"
        and len(name) <= 3
        and all(w.text[:1].isupper() for w in name)
    )


def _named_story(words: list[Word]) -> bool:
    """ "Pyynikin Anturin tarina 2009–2025": a story owned by a name, the company's or
    a customer's; the bullets tell which."""
    return any(
        w.lemma in ("tarina", "taival", "historia")
        and any(d.head == w.i and d.case == "Gen" and d.text[:1].isupper() for d in words)
        for w in words
    )


_PRODUCT_NOUNS = frozenset(
    {"tuote", "palvelu", "ratkaisu", "ohjelmisto", "sovellus", "järjestelmä", "laite", "malli"}
)


def _weak_title(words: list[Word]) -> bool:
    """ "Esittely", "Tausta", or a label of one ("Tausta: rikkoutuneet lähetykset")."""
    return (
        bool(words)
        and (all(w.lemma in _WEAK_TITLES for w in words) or words[0].lemma in _WEAK_TITLES)
        and not any(w.refers_to_seller for w in words)
    )


def _speaks_of_seller(msg: AnalysedMessage, bullets: list[AnalysedBlock]) -> bool:
    return any(
        _background_bullet(_block_words(msg, b))
        or any(w.refers_to_seller for w in _block_words(msg, b))
        for b in bullets
    )


def _background_bullet(words: list[Word]) -> bool:
    """A bullet about the seller's past or size ("52 työntekijää", "vuodesta 1986").
    A size in news said of no one ("viranomaiset edellyttävät yli 5 000 hengen
    tapahtumilta…") is the reader's market, as in running text."""
    # a merge tag ("[Asiakas] palkkaa 40 uutta työntekijää") stands for the reader
    if _background_score(words) == 0 or any(w.addresses_reader or w.is_placeholder for w in words):
        return False
    seller = any(w.refers_to_seller for w in words)
    # "Keräysäänen järjestelmä käytössä vuodesta 2016": how long the reader has used a
    # system, not the seller's years
    if not seller and any(w.lemma == "käyttö" and w.case == "Ine" for w in words):
        return False
    # "Vertailumme 40 yrityksestä: … keskimäärin 61 %": the seller's finding is news
    if strong_background(words) or (seller and not is_insight(words)):
        return True
    return not (_news(words) or is_insight(words))


def _another_firm(msg: AnalysedMessage, word: Word) -> bool:
    """ "Vuokrarauta on hoitanut sopimusta vuodesta 2022" in a message signed "Pohjolan
    Konevuokra Oy": a firm's name as the subject (a capitalised compound or a word
    the dictionary lacks, as `wordlists` reads "Tilikamari on hoitanut…", but not a
    person's name: "Ketjun perusti Eero Linna") that the signed company form does not
    hold is another firm."""
    return (
        word.dep.startswith("nsubj")
        and word.text[:1].isupper()
        and all(len(r.parts) > 1 for r in word.readings)
        and signed_by_company(msg)
        and not is_own_name(word, own_names(msg))
    )


def _block_words(msg: AnalysedMessage, block: AnalysedBlock) -> list[Word]:
    return msg.words[block.first_word : block.last_word]


def _news(words: list[Word]) -> bool:
    """Something for the reader: a change, a comparison, a consequence, a % or € figure."""
    return wordlist("insight").count(words) > 0 or any(w.text in ("%", "€") for w in words)


def _sentences(msg: AnalysedMessage) -> Iterator[_Unit]:
    # The subject line is read first: "35 vuotta kirjanpitoa – Tilikamari esittäytyy".
    subject = [s for s in msg.sentences if msg.blocks[s.block].block.kind == "subject"]
    names = seller_names(msg)
    for n, s in enumerate([*subject, *body_sentences(msg)]):
        words = content_words(msg, s)
        reader = _readers_interest(words)
        score = _background_score(words)
        # "Olen Aino Datavirrasta." is an introduction, not background; so is the
        # speaker's own career told in it ("Olen Mikko, Vetoran toimitusjohtaja, ja
        # työskentelin kymmenen vuotta eläinlääkärinä")
        intro = n <= len(subject) and (
            (len(words) <= 12 and score == 0)
            or (n == len(subject) and _introduces_self(words) and not strong_background(words))
        )
        # the seller's own growth ("liikevaihtomme kasvoi 18 %") is a credential
        news = (_news(words) or is_insight(msg.sentence_words(s))) and not sellers_own_change(words)
        # A credential clause that carries news for the reader serves the reader.
        # Founding, owners, awards are background whatever else the sentence says;
        # size and experience next to news serve a point for the reader.
        # Size words ("viiden hengen toimistoissa") describe the seller only when
        # the seller speaks in the sentence.
        # "Selkeä Työterveys aloitti toimintansa …": the seller by its own name
        seller = any(
            (w.refers_to_seller and not peer_reference(w, words) and not _source(words, w))
            or w.lower in names
            for w in words
        )
        # "sertifikaatit raukeavat 31.10.2025": a certificate of no one in the news
        # (a founding with its founder and year is the company's story, never news:
        # "Ketjun perusti hammaslääkäri Eero Linna vuonna 1991")
        # "Lingvia on hoitanut käännöksenne vuodesta 2019": the history of another firm
        # named as the subject, the reader's current supplier, is no seller background
        # ("Lepikössä on käytetty Ruokakelloa vuodesta 2011": the reader's years with it;
        # but a name founded in the passive, "X on perustettu 1992", is a founding told)
        # (the tagger gives the passive participle "perustettu" a lemma of its own)
        founding = _founded(words) or any(w.lower.startswith("perustet") for w in words)
        roles = ("nsubj",) if founding else ("nsubj", "obj")
        others = not seller and any(
            w.dep.startswith(roles)
            and (is_third_party_name(msg, w, own_names(msg)) or _another_firm(msg, w))
            for w in words
        )
        strong = strong_background(words) and (
            seller or ((not news or _founded(words)) and not others)
        )
        background = not intro and score >= 1 and reader == 0 and (strong or (seller and not news))
        # The subject is a title: it may announce background but never opens the
        # reader's part; news the seller tells about itself is not for the reader.
        # "toivottavasti kevät on alkanut tehtaallanne hyvin": a wish, no interest served
        wish = not news and any({w.lower, w.lemma} & _WISHING for w in words[:3])
        # ("Rakensimme salin, koska huomasimme, että …": what the seller saw of the
        # reader's market serves the reader)
        # "Lupasimme kertoa tarkemmin, miten…": what the reader was promised is theirs
        promised = any(
            w.lemma == "luvata"
            and w.person == 1
            and w.reading is not None
            and w.reading.tense == "past_imperfective"
            for w in words
        )
        customer = (
            n >= len(subject)
            and not background
            and not wish
            and (
                reader > 0
                or promised
                or (news and (not seller or framed_news(msg.sentence_words(s))))
            )
        )
        yield _Unit(s.start, s.end, background, customer, score, heading=n < len(subject))


def _slides(msg: AnalysedMessage) -> Iterator[_Unit]:
    produced = 0
    slides: dict[int, list[int]] = {}
    for b in msg.blocks:
        slides.setdefault(b.block.slide or 0, []).append(b.index)
    for slide, block_ids in sorted(slides.items()):
        blocks = [msg.blocks[i] for i in block_ids]
        title_words = [
            w
            for b in blocks
            if b.block.kind == "title"
            for w in _block_words(msg, b)
            if not w.is_punct
        ]
        words = [w for b in blocks for w in _block_words(msg, b) if not w.is_punct]
        if not words:
            continue
        bullets = [b for b in blocks if b.block.kind != "title"]
        if slide == 0 and not bullets:
            continue  # a deck title alone
        titled = _background_title(title_words) or (
            (_brief_title(title_words) or _named_story(title_words) or _this_is_a_name(title_words))
            and bool(bullets)
            and _speaks_of_seller(msg, bullets)
        )
        if titled and bullets and not _speaks_of_seller(msg, bullets) and _weak_title(title_words):
            titled = False  # "Esittely" over "- Keskusvoitelu sahalinjan laakereille": the product
        bg_bullets = sum(1 for b in bullets if _background_bullet(_block_words(msg, b)))
        # a merge tag in the title ("Lounas Vantaan toimipisteeseen – <ASIAKAS>") names
        # the reader: "Noin 240 työntekijää" below it is their size
        start, end = blocks[0].block.start, blocks[-1].block.end
        tags = sum(
            1 for p in msg.message.placeholders if p.kind == "field" and start <= p.start <= end
        )
        reader = sum(
            _readers_interest(content_words(msg, s))
            for b in blocks
            for s in msg.sentences[b.first_sentence : b.last_sentence]
        )
        named = tags + sum(1 for w in words if w.is_placeholder)
        # A size alone ("12 henkeä") in half a slide that never says "we" may be
        # anyone's: the reader's office described ("- Mainostoimisto Kivinen: 12
        # henkeä - Kahvit loppuvat perjantaisin"); it takes most of the slide.
        weak = not any(w.refers_to_seller for w in words) and not any(
            strong_background(_block_words(msg, b)) for b in bullets
        )
        # "- Kolme rakennusliikettä siirtyi meille 2025 - Niiden materiaalilasku pieneni
        # 6,5 %": a bullet of news makes half the slide a proof, not a background
        news_bullet = any(
            is_insight(msg.sentence_words(s))
            for b in bullets
            for s in msg.sentences[b.first_sentence : b.last_sentence]
        )
        strict = weak or news_bullet
        enough = bg_bullets * 2 > len(bullets) if strict else bg_bullets * 2 >= len(bullets)
        # "## Kolme sukupolvea hissikuiluissa" over the founding and the headcount: a
        # title of the seller's past over bullets of it, though it names no "history"
        told_past = (
            strong_background(title_words)
            and not any(w.addresses_reader for w in title_words)
            and bg_bullets > 0
            and reader + named == 0
        )
        background = titled or told_past or (bullets and enough and reader + named == 0)
        # the deck's own title slide ("Esittely: analytiikkaa johdolle" over the
        # seller's name) introduces the talk, unless it tells the seller's past
        # ("# Tietoa meistä" first is the company presentation itself, not a title slide)
        # ("- Esitys Hotelli Auroran johtoryhmälle - Sanna Heikkilä - Huhtikuu 2025": who
        # speaks, to whom and when, in short verbless bullets)
        title_slide = not produced and (
            (len(bullets) <= 2 and len(words) <= 16)
            or (len(bullets) <= 4 and len(words) <= 24 and not any(w.finite for w in words))
        )
        # ("# Esihenkilö tekee tiimin": a title that says something is the talk's thesis)
        plainly_ours = titled and (
            _this_is_a_name(title_words)
            or (not _weak_title(title_words) and not any(w.finite for w in title_words))
        )
        if (
            title_slide
            and not plainly_ours
            and not any(strong_background(_block_words(msg, b)) for b in blocks)
        ):
            background = False
        # A deck title or a "why us" slide is neither; the reader's interest is
        # a slide that speaks to them or brings news (a change, a figure).
        # A slide about the reader's world (their problem, a change in their
        # market) is for the reader even without "te": the seller is not in it.
        seller = sum(1 for w in words if w.refers_to_seller)
        # "Agenda", "Asialista": a list of what is coming is for no one yet
        agenda = len(title_words) <= 2 and any(
            w.lemmas & _AGENDA or w.lower in _OPENINGS for w in title_words
        )
        # an observation about the reader's world ("kymmenestä tarkastamastamme kunnasta
        # kahdeksassa etäyhteys oli auki") is for the reader, as in an e-mail; the
        # seller's own growth is not
        observed = any(
            is_insight(msg.sentence_words(s)) and not sellers_own_change(content_words(msg, s))
            for b in bullets
            for s in msg.sentences[b.first_sentence : b.last_sentence]
        )
        customer = (
            not background
            and not agenda
            and (
                reader > 0
                or _news(words)
                or observed
                or (seller == 0 and bool(bullets) and not title_slide)
            )
        )
        produced += 1
        yield _Unit(blocks[0].block.start, blocks[-1].block.end, bool(background), customer, 2)
