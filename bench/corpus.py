"""A deterministic generator of realistic Finnish B2B sales e-mails for benchmarks.

Messages are built from templates and word banks: a subject, a greeting, two to
eight body paragraphs (about the seller, the reader's situation, evidence,
offers, questions), sometimes a bullet list, a call to action, a closing and a
signature, with merge tags now and then. The same seed always gives the same
corpus; word counts are drawn uniformly from a range (50-400 by default).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

FIRST_NAMES = [
    "Mikko", "Laura", "Jari", "Tiina", "Juha", "Anna", "Eero", "Heidi", "Sami", "Riikka",
    "Antti", "Katja", "Ville", "Noora", "Timo", "Satu", "Pekka", "Elina", "Markus", "Johanna",
]  # fmt: skip
LAST_NAMES = [
    "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Lehto", "Salonen", "Heikkinen", "Laine",
    "Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Niemi", "Hämäläinen", "Kallio",
]  # fmt: skip
COMPANIES = [
    "Logistiikka Kärki Oy", "Lämpötase Oy", "Terveystupa Oy", "Hävikkivaaka Oy",
    "Datavirta Oy", "Kiinteistö Kuusi Oy", "Rakennus Routa Oy", "Palkkapiste Oy",
    "Siivouspalvelu Sointu Oy", "Kyberturva Oy", "Koulutus Kipinä Oy", "Pitopalvelu Herkku Oy",
]  # fmt: skip
CITIES = ["Vantaalla", "Tampereella", "Oulussa", "Turussa", "Jyväskylässä", "Kuopiossa", "Lahdessa"]
PRODUCTS = [
    ("kiinteistöhuolto", "kiinteistöhuollon", "kiinteistöhuoltoa"),
    ("palkanlaskenta", "palkanlaskennan", "palkanlaskentaa"),
    ("työterveyshuolto", "työterveyshuollon", "työterveyshuoltoa"),
    ("energiaseuranta", "energiaseurannan", "energiaseurantaa"),
    ("tietoturvakartoitus", "tietoturvakartoituksen", "tietoturvakartoitusta"),
    ("varastonhallinta", "varastonhallinnan", "varastonhallintaa"),
    ("henkilöstökoulutus", "henkilöstökoulutuksen", "henkilöstökoulutusta"),
    ("laskujen käsittely", "laskujen käsittelyn", "laskujen käsittelyä"),
]  # fmt: skip
INDUSTRIES = [
    "rakennusalalla", "logistiikassa", "teollisuudessa", "vähittäiskaupassa",
    "terveydenhuollossa", "hotelli- ja ravintola-alalla", "kiinteistöalalla",
]  # fmt: skip
METRICS = [
    "kustannukset", "läpimenoajat", "kirjausvirheet", "sairauspoissaolot",
    "energiakulut", "hävikkierät", "käsittelyajat", "asiakasvalitukset",
]  # fmt: skip
WEEKDAYS = ["maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina"]

SUBJECTS = [
    "Esittelyssä {company}",
    "{metric_cap} puoleen – kysymys {product_gen} nykytilasta",
    "Lyhyt kysymys: {product}",
    "{first}, vertailu {industry}",
    "Tarjous: {product} {city}",
    "Ajatus {product_gen} kehittämiseen",
]  # fmt: skip
GREETINGS = ["Hei {first},", "Hei {{{{etunimi}}}},", "Hyvää huomenta {first},", "Moi {first},"]
ABOUT_US = [
    "{company} on vuonna {year} perustettu perheyritys, jolla on nykyään {n} työntekijää ja toimipisteet {city} ja {city2}.",
    "Olemme kasvaneet {decades} vuosikymmenessä alan johtavaksi toimijaksi, ja meidät palkittiin viime vuonna alan parhaana yrityksenä.",
    "Tarjoamme kokonaisvaltaisia ja asiakaslähtöisiä ratkaisuja, jotka tuovat lisäarvoa koko toimitusketjuun.",
    "Meille jokainen asiakas on tärkeä, ja haluamme rakentaa kanssanne pitkäaikaisen kumppanuuden.",
    "Tiimimme on kokenut, toimintamme on ketterää ja palvelemme asiakkaitamme joustavasti ympäri vuorokauden.",
    "Autamme yrityksiä {industry} hoitamaan {product_par} tehokkaammin ja edullisemmin.",
]  # fmt: skip
INSIGHT = [
    "Vertasin yrityksenne julkisia tietoja kymmeneen samankokoiseen yritykseen {industry}, ja {metric} ovat teillä noin {pct} % keskiarvoa suuremmat.",
    "Huomasin, että haette parhaillaan uutta työntekijää, jonka tehtäviin kuuluu {product}.",
    "Useimmissa {n}-henkisissä yrityksissä {product} vie viikossa noin {hours} tuntia, josta suurin osa on käsin tehtävää kirjaamista.",
    "Kun naapuriyhtiö {company2} uudisti {product_gen} prosessin, {metric} pienenivät ensimmäisenä vuonna {pct} %.",
    "Ero syntyy yleensä siitä, että tiedot kirjataan kahteen kertaan eri järjestelmiin eikä kukaan näe kokonaiskuvaa.",
    "Viime syksynä tehdyssä kyselyssä {pct} % vastaajista kertoi, että {metric} ovat heidän suurin huolenaiheensa.",
]  # fmt: skip
OFFER = [
    "Mittaus tehdään {weeks} viikon aikana, ja tulokset esitellään johtoryhmälle ennen päätöstä.",
    "Kokeilun hinta on kiinteä {price} euroa, eikä se sido teitä mihinkään.",
    "Takaamme, että {metric} vähenevät varmasti jo ensimmäisen kuukauden aikana.",
    "Pilotti kestää {weeks} viikkoa ja sen jälkeen saatte raportin, jossa on kolme konkreettista parannusehdotusta.",
    "Ratkaisumme on helppo ottaa käyttöön, eikä se vaadi muutoksia nykyisiin järjestelmiinne.",
]  # fmt: skip
QUESTIONS = [
    "Kuinka monta työntekijää yrityksessänne on tällä hetkellä?",
    "Kuka vastaa teillä {product_gen} kehittämisestä?",
    "Käytättekö nykyään jotain järjestelmää {product_gen} tukena?",
    "Milloin nykyinen sopimuksenne päättyy?",
    "Paljonko käytätte vuodessa rahaa {product_gen} hoitamiseen?",
]  # fmt: skip
BULLETS = [
    "- {metric_cap} näkyvät viikoittain yhdestä raportista",
    "- Ei uusia ohjelmistoja asennettavaksi",
    "- Aloitus {weeks} viikon kuluessa tilauksesta",
    "- Kiinteä kuukausihinta {price} euroa",
    "- Yhteyshenkilö {city}",
]  # fmt: skip
CALLS = [
    "Sopisiko, että esittelen vertailun {weekday} {day}.{month}. tai {weekday2} {day2}.{month}.?",
    "Kuulisimme mielellämme, olisiko teillä tarvetta palveluillemme.",
    "Voisimmeko sopia lyhyen puhelun ensi viikolle? Pääsen {weekday} kello {hour}.",
    "Jos aihe kiinnostaa, vastaa tähän viestiin, niin lähetän lisätietoja.",
]  # fmt: skip
CLOSINGS = ["Ystävällisin terveisin", "Terveisin", "Parhain terveisin", "Kiittäen"]
TITLES = ["myyntipäällikkö", "asiakkuusjohtaja", "energia-asiantuntija", "toimitusjohtaja"]


@dataclass(frozen=True, slots=True)
class Message:
    """One generated message and its word count (whitespace-separated tokens of the body)."""

    text: str
    words: int


def _fill(template: str, rng: random.Random) -> str:
    product = rng.choice(PRODUCTS)
    metric = rng.choice(METRICS)
    return template.format(
        company=rng.choice(COMPANIES),
        company2=rng.choice(COMPANIES),
        first=rng.choice(FIRST_NAMES),
        city=rng.choice(CITIES),
        city2=rng.choice(CITIES),
        industry=rng.choice(INDUSTRIES),
        product=product[0],
        product_gen=product[1],
        product_par=product[2],
        metric=metric,
        metric_cap=metric.capitalize(),
        year=rng.randint(1950, 2020),
        n=rng.randint(5, 900),
        decades=rng.choice(["kahdessa", "kolmessa", "neljässä"]),
        pct=rng.randint(5, 45),
        hours=rng.randint(2, 30),
        weeks=rng.randint(2, 12),
        price=rng.choice(["1 900", "2 400", "490", "12 000", "850"]),
        weekday=rng.choice(WEEKDAYS),
        weekday2=rng.choice(WEEKDAYS),
        day=rng.randint(1, 28),
        day2=rng.randint(1, 28),
        month=rng.randint(1, 12),
        hour=rng.randint(8, 16),
    )


def _sentences(rng: random.Random) -> Iterator[str]:
    """An endless stream of sentences; a template repeats only after all were used."""
    templates = [*ABOUT_US, *INSIGHT, *OFFER, *QUESTIONS]
    while True:
        for template in rng.sample(templates, len(templates)):
            yield _fill(template, rng)


def make_message(rng: random.Random, target_words: int) -> Message:
    """One e-mail whose body has about ``target_words`` words (never fewer than 40)."""
    head = [f"Aihe: {_fill(rng.choice(SUBJECTS), rng)}", "", _fill(rng.choice(GREETINGS), rng), ""]
    call = _fill(rng.choice(CALLS), rng)
    sender = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    tail = ["", call, "", rng.choice(CLOSINGS), sender, rng.choice(TITLES), rng.choice(COMPANIES)]
    fixed = sum(len(line.split()) for line in head + tail)
    paragraphs: list[str] = []
    current: list[str] = []
    count = fixed
    stream = _sentences(rng)
    bullets_done = False
    while count < target_words:
        if not bullets_done and paragraphs and rng.random() < 0.15:
            items = rng.sample(BULLETS, rng.randint(2, 4))
            block = "\n".join(_fill(b, rng) for b in items)
            paragraphs.append(block)
            count += len(block.split())
            bullets_done = True
            continue
        sentence = next(stream)
        current.append(sentence)
        count += len(sentence.split())
        if len(current) >= rng.randint(2, 5):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    body = "\n\n".join(paragraphs)
    text = "\n".join(head) + "\n" + body + "\n" + "\n".join(tail) + "\n"
    return Message(text, len(text.split()))


def generate(n: int, *, seed: int = 1, min_words: int = 50, max_words: int = 400) -> list[Message]:
    """``n`` messages with word counts drawn uniformly from [min_words, max_words]."""
    rng = random.Random(seed)
    return [make_message(rng, rng.randint(min_words, max_words)) for _ in range(n)]


def fixed_length(n: int, words: int, *, seed: int = 1) -> list[Message]:
    """``n`` messages of about ``words`` words each (for the length-scaling table)."""
    rng = random.Random(seed)
    return [make_message(rng, words) for _ in range(n)]


if __name__ == "__main__":  # pragma: no cover - a quick look at the output
    for m in generate(3, seed=7):
        print(m.text)
        print(f"--- {m.words} words ---")
