"""Named word lists (``data/wordlists.toml``) matched on lexemes and compound tails."""

from __future__ import annotations

import datetime
import re
import tomllib
from functools import cache
from pathlib import Path

from pitchlint.analysis.model import Word
from pitchlint.analysis.voikko import FINITE_MOODS, get_voikko
from pitchlint.rules.context import LOCAL_CASES, MANY, participle_verbs
from pitchlint.rules.lexicon import lexeme_keys, word_keys

_PAST_PARTICIPLES = frozenset({"past_passive", "past_active"})
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN", "AUX"})
_DATA = Path(__file__).parent / "data" / "wordlists.toml"


def _active_participle_verb(participle: str) -> str:
    """ "yleistynyt" -> "yleistyä", "kallistunut" -> "kallistua": the verb of an
    active past participle in -nut/-nyt (not "noussut", which has no -n-)."""
    if not participle.endswith(("nut", "nyt")):
        return ""
    stem = participle[:-3]
    return stem + ("a" if any(c in "aou" for c in stem) else "ä")


class WordList:
    def __init__(self, name: str, words: list[str]) -> None:
        self.name = name
        self.words = words
        voikko = get_voikko()
        # "=omistaja": the word itself only, not as a compound's last part
        # ("metsänomistaja" is the reader's role, not the seller's owner)
        self.whole = frozenset(w[1:].lower() for w in words if w.startswith("="))
        self.keys = frozenset(
            k for w in words if not w.startswith("=") for k in lexeme_keys(w, voikko)
        )

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, Word):
            return False
        lists = word.memo.lists  # many rules ask about the same word and list
        known = lists.get(self)
        if known is None:
            known = lists[self] = self._contains(word)
        return known

    def _contains(self, word: Word) -> bool:
        # Signals, not verdicts: spaCy's POS is unsure on exactly these words
        # ("ajankohtaista": adjective or verb?), so other readings count too, but
        # by their whole base form only ("ammattilaista" may be read ammatti+laki,
        # and "laki" must not match then). A participle also counts as its verb
        # ("perustettu" -> perustaa).
        if word_keys(word) & self.keys:
            return True
        if self.whole and word.lemmas & self.whole and len(word.parts) <= 1:
            return True
        if word.pos not in _CONTENT_POS:
            return False  # "lainkaan" is an adverb, not laki + -kaan
        for r in word.readings:
            if word.case is not None and r.mood in FINITE_MOODS:
                continue  # "omista" (from one's own) is no "omista!" (own!): a case is nominal
            if r.lexemes and r.lexemes[0] in self.keys:
                return True
            # a compound ending in a derived noun: "etätapaamista" is etä + tavata#minen
            # (the tagger may pick a made-up reading "etätapaama" for the whole)
            if len(r.lexemes) > 1 and "#" in r.lexemes[-1] and r.lexemes[-1] in self.keys:
                return True
            # a past participle only: "perustettu" is "perustaa", but Voikko also
            # derives "perustuva" (based on) from it
            if r.participle in _PAST_PARTICIPLES and len(r.parts) == 1 and r.parts[0] in self.keys:
                return True
            # "ovat yleistyneet": Voikko gives a derived verb's participle the root of the
            # derivation ("yleistää"), so the verb is rebuilt from the participle itself
            if r.participle == "past_active" and _active_participle_verb(r.baseform) in self.keys:
                return True
        return False

    def count(self, words: list[Word]) -> int:
        return sum(1 for w in words if w in self)


@cache
def raw_wordlists() -> dict[str, list[str]]:
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    return {name: list(table["words"]) for name, table in data.items()}


@cache
def wordlist(name: str) -> WordList:
    return WordList(name, raw_wordlists()[name])


_COUNTED_CASES = frozenset({"Nom", "Par", "Gen"})  # "52 työntekijää", "200 asiantuntijan"
_YEAR = re.compile(r"^(1[89]\d\d|20[0-3]\d)$")


def has_digits(word: Word) -> bool:
    return any(ch.isdigit() for ch in word.text)


# "kiinteistön omistaja", "metsänomistaja": with someone else's possessor (or as a
# compound's tail, which "=omistaja" leaves out) the word names the reader's role;
# "perustajan osakkeet", "perustajan lähtemisestä" are a client's founders
_ROLE_NOUNS = frozenset({"omistaja", "perustaja"})


# "Konsernin viidellä tytäryhtiöllä oli 4,6 miljoonaa": the reader has a group too;
# these are the seller's only when the seller speaks in the sentence
_GROUP_NOUNS = frozenset({"konserni", "tytäryhtiö"})
_CERTIFIED = frozenset({"sertifioida", "sertifioitu", "sertifikaatti", "sertifiointi"})


_GENERATIONS = frozenset({"sukupolvi", "polvi"})
_FIRMS = frozenset({"yritys", "yhtiö", "firma", "liike", "yrittäjä", "omistaja", "suku"})
# what a company's founding names: "toimisto perustettiin 1990"
_FOUNDED = _FIRMS | {
    "toimisto", "talo", "tehdas", "ketju", "konserni", "osuuskunta", "paja", "verstas",
    "ravintola", "kauppa", "studio", "klinikka", "tila",
}  # fmt: skip


def _founds_no_firm(words: list[Word], verb: Word) -> bool:
    """What is founded is many, so no business of the seller's: "pienryhmäpaikkoja
    perustettiin yhdeksän" ("Teollisuusturva perustettiin", "kaksi insinööriä perusti
    toimiston" each found one)."""
    passive = verb.person == 4 or (
        verb.reading is not None and (verb.reading.participle or "").endswith("passive")
    )
    founded = [
        d
        for d in words
        if d.head == verb.i
        and d.pos == "NOUN"
        and (d.dep.startswith("obj") or (passive and d.dep.startswith("nsubj")))
    ]
    return bool(founded) and all(
        d.reading is not None
        and d.reading.number == "pl"
        and not {h for r in d.readings for h in r.heads} & _FOUNDED
        for d in founded
    )


_PEOPLE_COUNTED = frozenset(
    {"henki", "henkilö", "työntekijä", "ihminen", "ammattilainen", "kuljettaja", "asentaja"}
)


def _employs_people(verb: Word, words: list[Word]) -> bool:
    """ "työllistää 40 henkeä": the verb's object is people or a count of them."""
    return any(
        w.head == verb.i
        and w.dep.startswith("obj")
        and (
            {h for r in w.readings for h in r.heads} & _PEOPLE_COUNTED
            or any(d.head == w.i and d.pos == "NUM" for d in words)
            or w.pos == "NUM"
        )
        for w in words
    )


def _as_a_kind(noun: Word, words: list[Word]) -> bool:
    """ "moni perustaja", "useimmat omistajat": counted over many, so a kind of person,
    not the seller's own ("Yrityksen omistajat ovat…" names them)."""
    return any(d.head == noun.i and d.lemma in _MANY_OF_A_KIND for d in words)


_MANY_OF_A_KIND = MANY | {"useimmat", "useimpi", "jokainen", "kaikki"}


def _labels_a_name(noun: Word, words: list[Word]) -> bool:
    """ "Kärkölän Tilamatkailu Oy, omistajat": the noun after a comma that ends a
    name labels the people of that named firm (a list of who attends)."""
    k = next((n for n, w in enumerate(words) if w.i == noun.i), 0)
    return (
        k >= 2
        and words[k - 1].text == ","
        and words[k - 2].text[:1].isupper()
        and not words[k - 2].refers_to_seller
    )


# "perustaa jonkin varaan / pohjalle": to base on, not to found
_BASED_ON = frozenset({"varaan", "pohjalle", "pohjaan", "perustalle", "päälle"})


def _awardees(words: list[Word], word: Word) -> bool:
    """ "palkittu" as a noun for people: a possessor ("Palkittujen nimet"), counted
    ("12 palkittua") or doing something ("palkittu etsii reittiä")."""
    position = next(n for n, w in enumerate(words) if w.i == word.i)
    following = words[position + 1] if position + 1 < len(words) else None
    return (
        (word.case == "Gen" and position + 1 < len(words) and words[position + 1].pos == "NOUN")
        or any(d.head == word.i and d.dep == "nummod" for d in words)
        or (following is not None and following.finite and following.lemma != "olla")
    )


def _background_words(words: list[Word]) -> int:
    listed = wordlist("background")
    seller = any(w.refers_to_seller for w in words)
    return sum(
        1
        for w in words
        if w in listed
        and not (
            w.lemma in _ROLE_NOUNS
            # (a possessor comes before its noun: "Omistajina Saarisen suku" names them)
            and any(
                d.head == w.i and d.case == "Gen" and not d.refers_to_seller and d.i < w.i
                for d in words
            )
        )
        and not ({h for r in w.readings for h in r.heads} & _GROUP_NOUNS and not seller)
        # "sertifioidulta siemeneltä vaaditaan 85 %": a certified product, not ours
        and not (w.lemma in _CERTIFIED and not seller)
        # "pienryhmäpaikkoja perustettiin yhdeksän": a group founded, not a company
        and not (w.lemma == "perustaa" and not seller and _founds_no_firm(words, w))
        # "seuraavassa puusukupolvessa": a forest's generation, not a family firm's
        and not (w.lemma not in _GENERATIONS and any(p in _GENERATIONS for p in w.parts[-1:]))
        # "ennen omistuksen siirtoa", "omistuksenne siirtyy": the reader's ownership
        # ("omistus on perustajilla" tells the seller's)
        and not (
            w.lemma == "omistus"
            and ((w.possessive or "").startswith("2") or (w.case != "Nom" and not seller))
        )
        # "autamme perheyrityksiä", "Miksi perheyritykset valitsevat meidät": the
        # clients; the seller is one family firm ("Olemme kolmannen polven perheyritys")
        and not (
            w.lemma == "perheyritys"
            and (
                (w.reading is not None and w.reading.number == "pl")
                or (w.case not in ("Nom", "Ess") and not seller)
            )
        )
        # "Palkittujen nimet lavalla", "12 palkittua", "palkittu etsii reittiä lavalle":
        # the winners of someone's gala, as people; not the seller's award
        and not (w.lemma == "palkittu" and not seller and _awardees(words, w))
        # "Puunostajiksi esittäytyvät huijarit": someone else introducing themselves
        and not (
            w.lemma == "esittäytyä"
            and any(
                d.head == w.i
                and d.dep.startswith("nsubj")
                and d.pos == "NOUN"
                and not d.text[:1].isupper()
                for d in words
            )
        )
        # "Kiitos, että saimme tulla esittäytymään": thanks for the meeting, no story
        and not (w.lemma == "esittäytyä" and any(v.lemma in ("kiitos", "kiittää") for v in words))
        # ownership is told in the nominative or essive ("Omistajina Saarisen suku");
        # "pakottaa omistajan tiskin taakse" is the reader's owner at work
        # ("yhtiö on perustajiensa omistama": the owners in the genitive of an agent
        # participle tell the seller's ownership too)
        and not (
            w.lemma in _ROLE_NOUNS
            and w.case not in ("Nom", "Ess")
            and not seller
            and not (w.case == "Gen" and any("omistaa" in participle_verbs(v) for v in words))
        )
        # "mikä työllistää erityisesti pienempiä yrityksiä": keeps firms busy, no
        # headcount ("työllistämme 40 henkeä", "Kuormaketju työllistää 45 kuljettajaa")
        and not (w.lemma == "työllistää" and not _employs_people(w, words))
        # "moni perustaja huomaa vasta silloin…", "omistajat kysyvät": founders as a
        # kind the reader belongs to; the seller's founder is one ("perustajamme")
        and not (w.lemma in _ROLE_NOUNS and not seller and _as_a_kind(w, words))
        # "- Kärkölän Tilamatkailu Oy, omistajat": who attends, labelled after a comma
        and not (w.lemma in _ROLE_NOUNS and not seller and _labels_a_name(w, words))
        # "suositukset alettiin perustaa kirjailijaan": "base on", not "found"
        # ("perusti toimiston Jyväskylään": founded in a place)
        # ("perustettiin vuonna 1994 vanhaan kesähuvilaan": a year dates a founding)
        # ("lava kannattaa perustaa jalkojen varaan": what a thing stands on)
        and not (
            w.lemma == "perustaa"
            and (
                any(d.head == w.i and d.case == "Ill" and not d.is_name for d in words)
                or any(v.lower in _BASED_ON for v in words)
            )
            and not any(_YEAR.match(v.text) for v in words)
        )
        # "toisen sukupolven älyajopiirturi": a device's generation, not a family firm's
        # ("kolmannen sukupolven perheyhtiö" is one)
        and not (
            w.lemma in _GENERATIONS
            and w.case == "Gen"
            and not seller
            and not any(
                v.i == w.head and {h for r in v.readings for h in r.heads} & _FIRMS for v in words
            )
        )
    )


def strong_background(words: list[Word]) -> bool:
    """Founding, owners, awards or "vuodesta 1990": background whatever else is said."""
    if _background_words(words):
        return True
    if _founding(words):
        return True
    return any(_YEAR.match(w.text) and _since_year(words, n) for n, w in enumerate(words))


_SELLERS_YEARS = frozenset({"kokemus", "historia", "ura", "taival", "toiminta", "perinne"})


def _dates_a_place(words: list[Word], n: int, by_index: dict[int, Word]) -> bool:
    """ "kahdessa vuonna 1981 rakennetussa talossa": the year a place was built, where
    something happens, not the seller's founding ("vuonna 1981 perustettu yrityksemme")."""
    for v in words[n + 1 : n + 3]:
        if v.reading is not None and v.reading.participle == "past_passive":
            head = by_index.get(v.head)
            return head is not None and head.case in LOCAL_CASES and not head.refers_to_seller
    return False


def _founding(words: list[Word]) -> bool:
    """ "aloitti toimintansa vuonna 1994", "Vellamon tarina alkoi vuonna 2012": how
    Finnish companies tell their founding."""
    started = (
        # ("vuonna 2009 aloittanut yhtiö": the participle's verb)
        any(w.lemma == "aloittaa" or "aloittaa" in participle_verbs(w) for w in words)
        and any(
            w.lemma == "toiminta"
            # "aloitti vuonna 1996 kahden hengen toiminimenä": what it started as
            or (w.case == "Ess" and {h for r in w.readings for h in r.heads} & _STARTED_AS)
            for w in words
        )
    ) or (
        any(w.lemma in ("alkaa", "alkanut") for w in words)
        and any(w.lemma in _STORY and w.dep.startswith("nsubj") for w in words)
    )
    return started and any(
        _YEAR.match(w.text) and int(w.text) < datetime.date.today().year for w in words
    )


_STORY = frozenset({"tarina", "taival", "historia"})
_STARTED_AS = _FIRMS | {"toiminimi", "osakeyhtiö", "tiimi", "toimisto", "verstas", "paja"}


# Surveys and reports dated by a year: "Asiakaskyselymme 2023 (212 vastaajaa)"
_RESEARCH_VERBS = frozenset(
    {"kartoittaa", "tutkia", "selvittää", "mitata", "haastatella", "kysyä", "vertailla", "verrata"}
)  # "Kartoitimme 2023 kaksikymmentä tukkukauppaa"
_RESEARCH = (
    "kysely",
    "tutkimus",
    "selvitys",
    "raportti",
    "tilasto",
    "barometri",
    "katsaus",
    "vertailu",
    "pilotti",
    "kokeilu",
    "mittaus",
)

# Who a "vuodesta 1990" can be about: the seller, or the company as such.
_COMPANY_SUBJECTS = frozenset({"yritys", "yhtiö", "konserni", "perheyritys", "firma", "talo"})


def _since_year(words: list[Word], n: int) -> bool:
    """ "vuodesta 1990" is history; "vuodesta 2030 alkaen" is a deadline, "vuodesta 2022
    vuoteen 2023" a period, and "myynti on ollut kielletty vuodesta 2015" is about
    something else than the seller."""
    if not n or words[n - 1].lemma != "vuosi" or words[n - 1].case != "Ela":
        return False
    if int(words[n].text) >= datetime.date.today().year:
        return False
    if n + 1 < len(words) and words[n + 1].lemma == "vuosi" and words[n + 1].case == "Ill":
        return False  # "vuodesta 2022 vuoteen 2023": the span of a change measured
    verb = words[n - 1].head  # the subject of the verb "vuodesta" belongs to
    passive = any(
        w.i == verb and w.reading is not None and w.reading.participle == "past_passive"
        for w in words
    )
    return not any(
        (w.dep.startswith("nsubj") or (passive and w.dep == "obj"))  # "myynti on kielletty"
        and w.head == verb
        and w.pos in ("NOUN", "PRON")
        and not w.refers_to_seller
        and not w.lemmas & _COMPANY_SUBJECTS
        and not _company_name(w)
        for w in words
    )


def _company_name(word: Word) -> bool:
    """ "Tilikamari on hoitanut …": a capitalised compound or unknown word as the
    subject is a company's name, not a common noun like "Myynti"."""
    if not word.text[:1].isupper():
        return False
    return not word.readings or any(len(r.parts) > 1 or r.is_name for r in word.readings)


_PERIOD_POSTPOSITIONS = frozenset({"aika", "kuluessa", "sisällä", "jälkeen", "päästä", "kuluttua"})


def background_score(words: list[Word]) -> int:
    """Signals of the seller's past and size: founding, owners, awards, a founding
    year; experience and offices when the seller speaks of its own ("toimipisteemme",
    "meillä on toimistot Turussa"); headcount only when a figure counts it ("52
    työntekijää"), since the reader has people and offices too."""
    hits = _background_words(words) + 2 * _founding(words)
    seller = any(w.refers_to_seller for w in words)
    by_index = {w.i: w for w in words}
    # "Kun vertasimme kuuden toimiston laskuja": a sample studied, not the seller's size
    studied = any(w.lemma in _RESEARCH_VERBS for w in words)
    # "saliin mahtuu 320 henkeä": the room's capacity, not the seller's headcount
    capacity = any(w.lemma in ("mahtua", "majoittaa") for w in words)
    size, people, places, customers = (
        wordlist("background_size"),
        wordlist("background_people"),
        wordlist("background_places"),
        wordlist("background_customers"),
    )
    for n, w in enumerate(words):
        # the figure must count the thing: "52 (alan) työntekijää", not "30 % …
        # henkilöstöllä" or "seuraamissamme 20 toimistossa"
        counted = w.case in _COUNTED_CASES and any(
            has_digits(v) or v.pos == "NUM" for v in words[max(0, n - 2) : n]
        )
        # a verbless bullet may put the count after: "Henkilökuntaa 65"
        counted = counted or (
            w.case == "Par"
            and n + 1 < len(words)
            and has_digits(words[n + 1])
            and not any(v.finite for v in words)
        )
        if studied and (w in people or w in places):
            continue
        if w in size:
            # "asiakkaidemme kokemusten mukaan": a source cited, not experience claimed
            cited = n + 1 < len(words) and words[n + 1].lemma == "mukaan"
            # "Rautakaupoissa, joiden kanssa työskentelemme": a relative clause that
            # says whom the finding is about, not the seller's size
            relative = w.finite and w.dep.startswith("acl")
            hits += (seller or counted) and not cited and not relative
        elif w in people and not capacity:
            # "autamme 100–400 hengen tuotantoyrityksiä": the size of the customers
            # the seller serves, an attribute of a noun in an object's case ("olemme
            # 50 hengen yritys" is the seller in the nominative)
            head = by_index.get(w.head)
            # ("kasvoimme 70 hengen yritykseksi": what the seller became, in the translative)
            customers_size = (
                w.case == "Gen"
                and head is not None
                and head.case not in (None, "Nom", "Tra", "Ess")
            )
            hits += counted and not customers_size
        elif w in customers:
            # in digits: "20 000 yritystä" is a customer base, "kolme asiakasta" a sample
            # ("autamme 100–400 hengen yrityksiä": the figure counts people, not firms)
            # ("2 000 asiakkaidemme lähettämää laskua": the figure counts the invoices)
            hits += (
                seller
                and w.case != "Gen"
                and any(
                    has_digits(v) and (v.head == w.i or v is words[n - 1])
                    for v in words[max(0, n - 2) : n]
                )
            )
        elif w in places:
            # "meillä on toimistot Turussa", not "autan tilitoimistoja" (whose offices
            # are the seller's customers)
            # "kahden toimipisteen toimistoissa": an attribute that describes other offices
            attribute = w.dep.startswith("nmod") and w.case == "Gen"
            # ("moni toimisto yllättyy": many offices are the reader's peers)
            many = any(d.head == w.i and d.lemma in MANY for d in words)
            # ("Avasimme Kajaaniin uuden jakelupisteen": premises the seller opened)
            opened = (
                w.dep == "obj"
                and (verb := by_index.get(w.head)) is not None
                and verb.lemma in ("avata", "perustaa")
                and verb.refers_to_seller
            )
            own = (
                w.refers_to_seller
                or opened
                or (
                    seller
                    and w.case in _COUNTED_CASES
                    and w.dep != "obj"
                    and not attribute
                    and not many
                )
            )
            hits += (counted and not attribute) or own
    span = {w.case for w in words if w.lemma == "vuosi"} >= {"Ela", "Ill"}
    for n, w in enumerate(words):
        if not _YEAR.match(w.text):
            continue
        if span and n and words[n - 1].lemma == "vuosi":
            continue  # "vuodesta 2022 vuoteen 2023": the period of a change
        if _since_year(words, n):
            hits += 2  # "vuodesta 1990": since when the seller has been around
        elif any(
            v.lemma.endswith(_RESEARCH) or v.lemma in _RESEARCH_VERBS
            for v in words[max(0, n - 4) : n]
        ):
            # "asiakaskyselymme 2023", "pilottimme kahdessa myymälässä 2024": when the
            # data was gathered
            continue
        elif _dates_a_place(words, n, by_index):
            continue
        elif int(w.text[:4]) > datetime.date.today().year:
            continue  # "modernisointi on merkitty vuodelle 2027": a plan, no past
        elif hits or seller:  # a year alone may be a deadline ("elokuusta 2026")
            hits += 1
    # "Olemme olleet alalla 40 vuotta", "30 vuoden kokemuksella": the seller's years;
    # not "kahdessa vuodessa" (a period in which something changed)
    if seller and any(
        w.lemma == "vuosi"
        and w.case in _COUNTED_CASES
        and n
        and (has_digits(words[n - 1]) or words[n - 1].pos == "NUM")
        and words[n - 1].lemma != "puoli"
        # "ensimmäisen puolen vuoden aikana", "kahden vuoden kuluessa": a period
        and not (n + 1 < len(words) and words[n + 1].lemma in _PERIOD_POSTPOSITIONS)
        # "kolmen vuoden käytön jälkeen": how long a thing is used ("30 vuoden
        # kokemuksella" is the seller's)
        and not (
            w.case == "Gen"
            and (head := by_index.get(w.head)) is not None
            and head.pos == "NOUN"
            and head.lemma not in _SELLERS_YEARS
        )
        for n, w in enumerate(words)
    ):
        hits += 1
    # "Meillä on 84 huonetta": the seller's possessive existential with a count
    # (the existential "olla": "autot menevät meillä kaupaksi 24 päivässä" is no possession)
    if any(
        w.person == 1
        and w.case == "Ade"
        and (
            any(d.head == w.i and d.lemma == "olla" for d in words)  # "Meillä on": cop:own
            or ((head := by_index.get(w.head)) is not None and head.lemma == "olla")
        )
        for w in words
    ) and any(has_digits(w) for w in words):
        hits += 1
    return hits
