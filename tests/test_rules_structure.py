"""The structure rules on the real pipeline: too-long, missing-next-step, self-centered."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from pitchlint import Config, Linter
from pitchlint.analysis import Analyzer
from pitchlint.findings import Finding

LintIds = Callable[..., set[str]]


def found(linter: Linter, text: str, rule: str, kind: str = "email") -> list[Finding]:
    return [f for f in linter.lint(text, kind).findings if f.rule == rule]


def configured(analyzer: Analyzer, rule: str, **options: object) -> Linter:
    return Linter(Config(plugins=False, rules={rule: dict(options)}), analyzer=analyzer)


def position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def assert_span(finding: Finding, text: str, target: str) -> None:
    start = text.index(target)
    assert (finding.start, finding.end) == (start, start + len(target))
    assert (finding.line, finding.column) == position(text, start)
    assert (finding.end_line, finding.end_column) == position(text, start + len(target))


# --- too-long ---------------------------------------------------------------------------------

SHORT = "Varastonne keräily hidastuu joulun alla."  # 5 words


def long_email(sentences: int) -> tuple[str, str]:
    body = " ".join([SHORT] * (sentences - 1) + ["Sopisiko puhelu torstaina kello 10?"])
    text = (
        "Aihe: Keräilyn ruuhkahuiput ja niiden tasaaminen ennen joulua\n\n"
        f"Hei Mikko,\n\n{body}\n\nTerveisin\nLeena Virtanen\nMyyntipäällikkö, Keräilyapu Oy\n"
        "Tämä viesti voi sisältää luottamuksellista tietoa, joka on tarkoitettu vain "
        "vastaanottajalle, ja jos olet saanut sen vahingossa, poista se ja ilmoita lähettäjälle."
    )
    return text, body


def test_too_long_body_word_count_whole_body_span(linter: Linter) -> None:
    text, body = long_email(41)  # 40 × 5 + 5 = 205 body words, every sentence short
    (hit,) = found(linter, text, "too-long")
    assert_span(hit, text, body)
    assert "205 sanaa" in hit.message and "200" in hit.message
    assert hit.severity == "info"


def test_too_long_not_for_a_long_but_short_sentenced_email_under_the_limit(
    lint_ids: LintIds,
) -> None:
    text, _ = long_email(39)  # 195 body words; the subject and the long signature do not count
    assert "too-long" not in lint_ids(text)


def test_too_long_sentence_over_35_words_te_register(linter: Linter) -> None:
    long_sentence = (
        "Koska olette laajentamassa varastoanne Vantaalla ensi vuonna ja koska uuden varaston "
        "hyllypaikkojen järjestys ratkaisee keräilyn nopeuden ja virheiden määrän erityisesti "
        "ensimmäisinä kuukausina käyttöönoton jälkeen, kannattaa teidän miettiä järjestystä "
        "jo hyvissä ajoin ennen muuttoa eikä vasta sen jälkeen, kun ongelmat näkyvät."
    )
    text = (
        f"Hei Mikko,\n\nHuomasin uutisen laajennuksestanne. {long_sentence}\n\n"
        "Sopisiko puhelu torstaina kello 10?\n\nTerveisin\nLeena"
    )
    (hit,) = found(linter, text, "too-long")
    assert_span(hit, text, long_sentence)
    count = len(re.findall(r"[\wåäö]+", long_sentence))
    assert count > 35
    assert f"{count} sanaa" in hit.message


@pytest.mark.parametrize(
    ("stop", "merged"),
    [("18.30.", False), ("kello 9.45.", False), ("ti 9.12.", True)],
)
def test_too_long_a_clock_time_ends_a_sentence_a_date_does_not(
    lint_ids: LintIds, stop: str, merged: bool
) -> None:
    # two sentences of 20 words each: one of 40 only when the first ends in a date
    first = "Viimeinen nouto lähtee Keravalta jo kello 15, kun Vantaan terminaalista se lähtee " + (
        f"vasta vähän myöhemmin ja tavallisesti arkisin {stop}"
    )
    second = (
        "Lastenvaatteita myyvillä asiakkaillamme noin viidennes tilauksista tehdään iltapäivällä, "
        "ja myöhäisempi takaraja siirtäisi ne päivää aiemmin matkaan."
    )
    text = f"Hei Elina,\n\n{first} {second}\n\nSopisiko puhelu perjantaina kello 9?\n\nTerveisin\nAnna\n"
    assert ("too-long" in lint_ids(text)) is merged


@pytest.mark.parametrize(
    ("stop", "merged"),
    [("myöhemmin.", False), ("esim.", True)],
)
def test_too_long_a_small_letter_after_a_words_full_stop_starts_a_sentence(
    lint_ids: LintIds, stop: str, merged: bool
) -> None:
    # the capital forgotten after a whole word ends the sentence still (grammar says so);
    # after an abbreviation the sentence goes on
    first = (
        "Viimeinen nouto lähtee Keravalta jo kello 15, kun Vantaan terminaalista se lähtee "
        f"vasta vähän {stop}"
    )
    second = (
        "jos asiakkaasi tilaavat iltapäivällä, myöhäisempi takaraja siirtäisi noin viidenneksen "
        "tilauksista päivää aiemmin matkaan ja säästäisi heille yhden kokonaisen päivän joka viikko."
    )
    text = f"Hei Elina,\n\n{first} {second}\n\nSopisiko puhelu perjantaina kello 9?\n\nTerveisin\nAnna\n"
    assert ("too-long" in lint_ids(text)) is merged


def test_too_long_a_figure_after_a_words_full_stop_starts_a_sentence(lint_ids: LintIds) -> None:
    # "…42 euroa tunnilta. 340 hengen lounaalla…": two sentences of 18 words, not one
    # of 36, though the second opens with a figure
    first = (
        "Nykyinen pitopalvelunne laskuttaa linjaston tarjoilijat aina erikseen, ja yksi "
        "tarjoilija maksaa heidän oman hinnastonsa mukaan 42 euroa tunnilta."
    )
    second = (
        "340 hengen lounaalla tarvitaan noin kuusi tarjoilijaa kahdeksi tunniksi, joten "
        "hengeltä laskettu kokonaishinta on kummassakin vaihtoehdossa lähes sama."
    )
    text = f"Hei Anne,\n\n{first} {second}\n\nSopisiko puhelu perjantaina kello 9?\n\nTerveisin\nAnna\n"
    assert "too-long" not in lint_ids(text)
    assert "too-long" in lint_ids(text.replace("tunnilta. 340", "tunnilta, ja 340"))


def test_too_long_is_for_emails_not_outlines(linter: Linter) -> None:
    bullet = (
        "Kun vaihdat hyllypaikat ennen muuttoa etkä sen jälkeen, keräilijäsi oppivat uudet "
        "paikat rauhassa, virheet eivät kasva ensimmäisinä viikkoina ja asiakkaasi saavat "
        "tilauksensa yhtä nopeasti kuin ennenkin, vaikka koko varasto ja sen kaikki hyllyt "
        "vaihtuvat samalla kertaa"
    )
    outline = f"# Uusi varasto ilman keräilyvirheitä\n\n## Ehdotus\n\n- {bullet}\n- kokeilu\n"
    # An outline bullet is a speaker's note; the limit is for e-mails, where the same
    # sentence fires (see the sinä-register test above).
    assert found(linter, outline, "too-long", kind="outline") == []
    email = f"Hei Anna,\n\n{bullet}.\n\nSopisiko puhelu torstaina kello 10?\n\nTerveisin\nJari\n"
    (hit,) = found(linter, email, "too-long")
    assert_span(hit, email, bullet + ".")


def test_too_long_options(analyzer: Analyzer) -> None:
    text, body = long_email(11)  # 55 words
    strict = configured(analyzer, "too-long", max_words=50, max_sentence_words=4)
    hits = found(strict, text, "too-long")
    assert sum(1 for h in hits if text[h.start : h.end] == body) == 1
    assert len(hits) == 1 + 11  # the body, and every sentence of 5 words
    assert found(configured(analyzer, "too-long", **{"max-words": 60}), text, "too-long") == []


def test_too_long_word_limit_is_for_emails_only(analyzer: Analyzer) -> None:
    bullets = "\n".join(f"- {SHORT}" for _ in range(12))
    outline = f"# Keräily\n\n## Havainnot\n\n{bullets}\n"
    linter = configured(analyzer, "too-long", max_words=20)
    assert found(linter, outline, "too-long", kind="outline") == []


# --- missing-next-step ------------------------------------------------------------------------

INTRO_SINA = (
    "Hei Mikko,\n\nHuomasin, että laajennat varastoasi Vantaalla. Uudessa varastossa "
    "keräilyvirheet lisääntyvät usein ensimmäisinä kuukausina, kun hyllypaikat vaihtuvat.\n\n"
)
INTRO_TE = (
    "Hei Mikko,\n\nHuomasin, että laajennatte varastoanne Vantaalla. Uudessa varastossa "
    "keräilyvirheet lisääntyvät usein ensimmäisinä kuukausina, kun hyllypaikat vaihtuvat.\n\n"
)
END = "\n\nTerveisin\nLeena"


@pytest.mark.parametrize(
    ("intro", "closing"),
    [
        (INTRO_SINA, "Kerro, jos aihe kiinnostaa."),
        (INTRO_TE, "Ottakaa yhteyttä, jos haluatte kuulla lisää."),
        (INTRO_TE, "Tapasimme messuilla viime viikolla, ja palaan asiaan myöhemmin."),
        (INTRO_SINA, "Sain kutsusi viime perjantaina klo 10 pidettyyn tilaisuuteen. Kiitos siitä."),
        (INTRO_SINA, "Meillä on hyvä demo, ja olemme pitäneet satoja esittelyjä."),
        # "ole" after "ei" is a connegative, not an imperative among meeting words
        (INTRO_SINA, "Päättäjä ei ole osallistunut yhteenkään tapaamiseen. Palaillaan tähän."),
        # an indirect question is no proposal
        (
            INTRO_TE,
            "Ohjelmointiaika ratkaisee, kannattaako robotti. Palaillaan asiaan, kun lomat on "
            "pidetty.",
        ),
        # kinds of event the reader may hold, and a wish to find out, propose nothing
        (
            INTRO_TE,
            "Oli kyseessä sitten kokous, seminaari tai juhla, haluamme tehdä siitä onnistuneen.",
        ),
        (
            INTRO_TE,
            "Yhdistyksenne vuosikokous on taas keväällä, ja haluaisimme selvittää, voisimmeko "
            "järjestää sen meillä.",
        ),
        # a question on how the reader books is no booking proposed
        (INTRO_SINA, "Varaatko hotellit itse, vai hoitaako sen teillä assistentti?"),
        # a question on the reader's own meetings proposes none
        (INTRO_TE, "Onko teillä kehityskeskustelut kerran vuodessa vai useammin?"),
        # "hetki aikaa" to look at a brochure is a moment, not a meeting
        (INTRO_TE, "Jos teillä olisi hetki aikaa, olisin kiitollinen, jos vilkaisisitte esitettä."),
        # "käy" after "ja" shares the subject of the verb before it: a routine, no ask
        (
            INTRO_TE,
            "Sisupolku rakentaa palautemallin etätapaamisten tallenteiden ympärille: esihenkilö "
            "katsoo viikossa yhden tallenteen ja käy sen läpi myyjän kanssa 15 minuutissa. "
            "Kuulemme mielellämme teistä, kun sopiva hetki tulee.",
        ),
    ],
)
def test_missing_next_step_vague_close_points_at_the_last_paragraph(
    linter: Linter, intro: str, closing: str
) -> None:
    text = intro + closing + END
    (hit,) = found(linter, text, "missing-next-step")
    assert_span(hit, text, closing)
    assert "puuttuu konkreettinen seuraava askel" in hit.message


@pytest.mark.parametrize(
    "closing",
    [
        "Soitan sinulle torstaina klo 10.",
        "Sopisiko tiistai klo 10?",
        "Sopisiko sinulle lyhyt puhelu ensi viikolla?",
        "Voisimmeko sopia 20 minuutin puhelun?",
        "Olen yhteydessä ensi viikon maanantaina.",
        "Kumpi sopii paremmin, ti 9.12. kello 13 vai to 11.12. kello 9?",
        "Varaa sopiva aika kalenteristani: https://calendly.com/leena/30min",
        "Ehdotan puolen tunnin Teams-palaveria, jossa näytän luvut.",
        "Palaan asiaan perjantaina 17.10. ennen kello 12.",
        "Demo voidaan pitää 12.3. kello 14 etäyhteydellä.",
        "Olisin kiitollinen 15 minuutin tapaamisesta torstaina 16.5. kello 10.",
        # the tagger reads "varaan" as an adverb; it is the writer's booking
        "Jos laitat vastaukset tähän viestiin, varaan meille palaverin ensi viikon tiistaille.",
        # a compound of a derived noun the tagger misreads: "etätapaamista"
        "Jos aihe on ajankohtainen, ehdotan puolen tunnin etätapaamista.",
        # a time that suits the writer, offered
        "Minulle sopisi esimerkiksi maanantai 24.2. klo 13 tai tiistai 25.2. klo 9.",
        "Kartoituspäiväksi ehdotin tiistaita 18.6., ja se sopii edelleen meille.",
        # the reader invited over; the question word is what the visit will show
        "Tuletko ensi viikolla varikolle katsomaan, miltä vikakoodinäkymä näyttää?",
        # the invitation is already out
        "Laitoin sinulle kalenterikutsun ensi perjantaiksi klo 10.",
        "Varasin alustavasti 45 minuuttia torstaille 30.10. kello 13 suunnitelman läpikäyntiin.",
        "Olemme varanneet terminaalista esittelyajan tiistaiksi 1.4. kello 10.",
        # a meeting already agreed, with its day and hour
        "Tapaamisemme on sovittu torstaille 22.5. kello 10 toimistollenne.",
        # a day written with the month's name
        "Voisin käydä museolla katsomassa tiloja. Sopisiko sinulle 3. vai 4. kesäkuuta?",
        # a day and an hour put in the conditional: a slot offered or asked for
        "Meillä olisi mahdollisuus esitellä työtämme teille tiistaina 4.11. klo 13.",
        "Olisin kiitollinen, jos voisitte antaa minulle 15 minuuttia torstaina 20.6. klo 10.",
        "Olisin kiitollinen, jos antaisitte minulle 20 minuuttia ensi viikon torstaina kello 10.",
        # "kannattaako…" is the reader's decision, not another ask
        "Sen jälkeen voitte päättää, kannattaako asiaa viedä pidemmälle. Sopisiko tiistai klo 10?",
        # a weekday misspelt is still a day the reader reads
        "Sopisiko, että tulen ensi keskiviikona aamulla?",
        # "tuon" before a numeral is "I bring", not "that"
        "Jos aihe on ajankohtainen, tuon kaksi mallia näytille maanantaina kello 10.",
        # a week named by its place in the month
        "Tuokaa testiin pari laatikkoa tuotteita. Sopisiko teille kesäkuun toinen viikko?",
        # a week offered by its number, the numbers after the choice
        "Tulisin mielelläni tilalle. Kerro, kumpi viikko sopii paremmin, 24 vai 26.",
        "Ehdotan, että tuon demorobotin hallillenne kahdeksi päiväksi viikolla 42.",
        # confirming the time or proposing another is one ask answered either way; a
        # negated "tarvitse" is no imperative
        "Ylijäämää ei tarvitse myydä verkkoon. Ehdotan puhelua torstaina 17.4. kello 16. "
        "Vahvistakaa aika tai ehdottakaa toista, niin lähetän kutsun.",
        # "mitenkään" is no interrogative: the proposal stands
        "Olisiko mitenkään mahdollista, että ehtisit vartiksi puhelimeen tiistaina 27.5.?",
        # someone of the seller's comes at a time the writer will confirm
        "Torjuja pääsee paikalle perjantaina 10.10. klo 7.30. Vahvistan ajan huomenna.",
        # what the reader can do at the proposed visit is no further ask
        "Pääsisitkö käymään varastolla perjantaina 14.3. klo 10? Voit istua tuoleja ja valita "
        "kansien värit paikan päällä.",
        # the writer's own action at a date, and the undersigned in the 3rd person
        "Tarkastan lattiat paikan päällä maanantaina 27.10. klo 7.30.",
        "Allekirjoittanut soittaa maanantaina 17.3. aamupäivällä katselmuksen sopimiseksi.",
        # a meeting offered as a noun or in the passive, at a time
        "Vapaat esittelyajat ovat keskiviikkona kello 10 ja torstaina kello 15.",
        "Tarjous on mahdollista käydä läpi etäkokouksessa tiistaina 18.3. klo 14.",
        # an imperative's object in the nominative, a misspelt -ko verb, a quarter hour
        "Varaa 30 minuutin demo tiistaille tai torstaille kalenteristani.",
        "Voin käydä listan läpi kanssasi puhelimessa. Sopisko perjantai klo 13?",
        "Olisin tosi kiitollinen vartista torstaina 21.11. kello 14.",
        # a time of day is when the call is, not where music is played
        "Soitan perjantaina aamupäivällä ja kysyn toimitusosoitteen.",
        # the reader invited to book the meeting with "voit"/"voitte"
        "Voit varata 20 minuutin esittelyn suoraan kalenteristani.",
        "Voitte sopia tapaamisen assistenttini kanssa numerossa 040 123 4567.",
    ],
)
def test_missing_next_step_concrete_steps(lint_ids: LintIds, closing: str) -> None:
    assert "missing-next-step" not in lint_ids(INTRO_SINA + closing + END)


def test_missing_next_step_postscript_counts(lint_ids: LintIds) -> None:
    text = (
        INTRO_TE
        + "Kerro, jos aihe kiinnostaa.\n\nTerveisin\nLeena\n\nPS. Soitan teille torstaina kello 10."
    )
    assert "missing-next-step" not in lint_ids(text)


MANY_ASKS = (
    INTRO_TE + "Lataa opas sivuiltamme ja katso lyhyt video palvelustamme. Tilaa myös "
    "uutiskirjeemme. Sopisiko puhelu torstaina kello 10? Vastaa tähän viestiin, niin "
    "lähetän kutsun." + END
)


def test_missing_next_step_competing_asks(linter: Linter) -> None:
    (hit,) = found(linter, MANY_ASKS, "missing-next-step")
    assert "4 kilpailevaa pyyntöä" in hit.message
    for ask in ("Lataa", "katso", "Tilaa", "Vastaa"):
        assert f'"{ask}' in hit.message
    last_paragraph = MANY_ASKS[MANY_ASKS.index("Lataa") : MANY_ASKS.index(END)]
    assert_span(hit, MANY_ASKS, last_paragraph)


ADVICE = (
    INTRO_TE + "Ensinnäkin selvittäkää, säilyvätkö metatiedot siirrossa. Toiseksi tarkistakaa "
    "hinnoittelu. Kolmanneksi pyytäkää aikataulu kirjallisesti. Lisäksi varmistakaa "
    "sopimuksestanne irtisanomisaika. Sopisiko puhelu torstaina kello 10?" + END
)


def test_advice_to_the_reader_is_no_competing_ask(linter: Linter) -> None:
    # numbered points and checks of the reader's own papers advise; they ask nothing
    assert found(linter, ADVICE, "missing-next-step") == []
    # the same verbs as things to do for the seller still compete
    asks = (
        ADVICE.replace("Ensinnäkin selvittäkää", "Selvittäkää meille")
        .replace("Toiseksi tarkistakaa", "Tarkistakaa meille")
        .replace("Kolmanneksi pyytäkää", "Lähettäkää meille")
    )
    (hit,) = found(linter, asks, "missing-next-step")
    assert "kilpailevaa pyyntöä" in hit.message


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        # "täyttää" and "pyytää" are 3rd-person presents as well as infinitives
        (
            INTRO_TE + "Voitte varata demon kalenterilinkistäni, täyttää tarvekartoituslomakkeen, "
            "ladata oppaan tai pyytää tarjousta." + END,
            ("varata", "täyttää", "ladata", "pyytää"),
        ),
        # a visit to the seller's premises is one more way to go on
        (
            INTRO_SINA + "Voit vastata tähän viestiin, täyttää lomakkeen verkkosivuillamme "
            "tai piipahtaa Joensuun toimipisteessämme." + END,
            ("vastata", "täyttää", "piipahtaa"),
        ),
        # the writer's offers set against what the reader may do
        (
            INTRO_SINA + "Voin lähettää esitteen, tai voit kokeilla demoversiota itse. Voidaan "
            "myös sopia palaveri, tai jos tulet messuille, osastollamme voi pysähtyä." + END,
            ("lähettää", "kokeilla", "sopia"),
        ),
        # "milloin tahansa" is "any time", no indirect question ending the menu
        (
            INTRO_TE + "Voitte soittaa minulle milloin tahansa, tilata kuntokartoituksen "
            "verkkosivuiltamme tai tulla tapaamaan meitä messuilla." + END,
            ("soittaa", "tilata", "tulla"),
        ),
        # the writer asks the reader to go and do several things
        (
            INTRO_TE + "Pyytäisin teitä tutustumaan esitteeseemme, täyttämään kyselymme, "
            "varaamaan esittelyajan tai soittamaan suoraan myyntiimme." + END,
            ("tutustumaan", "täyttämään", "varaamaan", "soittamaan"),
        ),
        # the writer's offers, then "mikä näistä": a menu to choose from
        (
            INTRO_SINA + "Voisitko lähettää listan kohteista? Voisin esitellä havainnot "
            "palaverissanne, tai voisimme tehdä yhteen kohteeseen tarkastuksen. Kerro, mikä "
            "näistä sopisi." + END,
            ("Voisitko lähettää", "esitellä", "tehdä", "Kerro"),
        ),
        # one polite request with four things to do, each another ask
        (
            INTRO_TE + "Voisitteko vastata oheiseen kyselyyn, lähettää minulle verkkokaavion, "
            "varata esittelyn kalenteristani tai ohjata minut IT-päällikkönne puheille?" + END,
            ("Voisitteko vastata", "lähettää", "varata", "ohjata"),
        ),
        # the writer's coordinated offers, the way left to the reader
        (
            INTRO_TE + "Kertokaa, jos aihe kiinnostaa. Voimme myös lähettää materiaalia, soittaa "
            "tai tulla käymään, ihan miten teille sopii." + END,
            ("Kertokaa", "lähettää", "soittaa", "tulla"),
        ),
        # a list after a polite request that the parser splits into clauses of its own
        (
            INTRO_TE + "Jos vain ehditte, voisitteko vastata tähän viestiin, soittaa minulle, "
            "täyttää tarjouslomakkeen tai tulla messuosastollemme Lahteen?" + END,
            ("voisitteko vastata", "täyttää", "tulla"),
        ),
        # a permission is a menu too
        (
            INTRO_SINA + "Saat soittaa minulle, täyttää kyselyn tai ladata oppaan." + END,
            ("soittaa", "täyttää", "ladata"),
        ),
    ],
    ids=[
        "ambiguous-infinitives",
        "a-visit-too",
        "offers-and-options",
        "any-time",
        "asked-to-go-and-do",
        "offers-to-choose-from",
        "one-request-four-asks",
        "offers-left-to-the-reader",
        "a-list-the-parser-splits",
        "a-permission-menu",
    ],
)
def test_a_menu_of_options_competes(linter: Linter, text: str, asks: tuple[str, ...]) -> None:
    (hit,) = found(linter, text, "missing-next-step")
    assert f"{len(asks)} kilpailevaa pyyntöä" in hit.message
    for ask in asks:
        assert f'"{ask}' in hit.message


@pytest.mark.parametrize(
    "close",
    [
        "Voin myös soittaa jossain vaiheessa.",  # no time at all
        "Soitamme mielellämme yritysten juhlissa ja tilaisuuksissa.",  # music, no call
        # a price page is no booking, and delivery times are no meeting's time
        "Hinnat ja toimitusajat löydät osoitteesta https://painopajalumo.fi/messupaketit.",
        # "kevään ajan" is a while, not a time booked
        "Voimme myydä rouhetta nykyhinnalla vielä kevään ajan.",
        # meetings as a line of business; thanks for a meeting that was
        "Järjestämme kokouksia ja juhlia, joten olemme mielellämme mukana.",
        "Kiitos, että ehdimme tavata messuilla. Palataan asiaan, kun sinulle sopii.",
        # the -hän clitic asks for agreement, not for a time
        "Eihän se haittaa, jos tulokset voi odottaa huomiseen?",
        # what customers in general can book; what the reader cannot
        "Asiakkaamme voivat varata esittelyn verkkosivuiltamme.",
        "Et voi varata esittelyä ilman tunnuksia, jotka saat myyjältäsi.",
        # "voi" as the modal of what someone else can do, not "voi!" (be able)
        "Portaalissa asukas näkee aikataulun ja voi varata esittelyn itse.",
    ],
    ids=[
        "some-day",
        "playing-music",
        "price-page",
        "for-the-spring",
        "venue",
        "thanks",
        "rhetorical",
        "customers-can-book",
        "cannot-book",
        "a-resident-can-book",
    ],
)
def test_a_call_without_a_time_or_a_callee_is_no_step(lint_ids: LintIds, close: str) -> None:
    assert "missing-next-step" in lint_ids(INTRO_SINA + close + END)


def test_a_dated_visit_the_reader_is_invited_to_is_a_step(lint_ids: LintIds) -> None:
    close = (
        "Kiinnostaisiko sinua nähdä järjestelmä käytössä? Kuortaneella on käynnissä "
        "metsätiekohde, jossa voit käydä katsomassa sitä keskiviikkona 16.4."
    )
    assert "missing-next-step" not in lint_ids(INTRO_SINA + close + END)
    # the same "voit" with no date, or a visit to a web page, is no step
    assert "missing-next-step" in lint_ids(INTRO_SINA + "Voit käydä sivuillamme." + END)


@pytest.mark.parametrize(
    "close",
    [
        "Eihän haittaa, jos soitan sinulle torstaina kello 10?",
        "Onhan sinulla aikaa torstaina kello 10 lyhyelle puhelulle?",
    ],
)
def test_a_han_clitic_question_that_offers_a_call_is_a_step(lint_ids: LintIds, close: str) -> None:
    assert "missing-next-step" not in lint_ids(INTRO_SINA + close + END)


@pytest.mark.parametrize(
    "text",
    [
        # a fallback for the time offered is the same step
        INTRO_SINA + "Voit hakea levyt varastolta tai tilata kuorman työmaalle. Soitan sinulle "
        "torstaina kello 9. Jos aika ei käy, vastaa tähän viestiin paremmalla ajalla." + END,
        # a session booked in the passive, times offered after it
        INTRO_SINA + "Buukataanko puolen tunnin sparraus ennen joulusesonkia? Minulle käy "
        "maanantai ja keskiviikko kello 10–12." + END,
        # a condition ends a menu of options: "…, jos veneisiin pitää tehdä huoltotöitä"
        INTRO_TE + "Talven aikana voitte käydä hallissa arkisin sovittuna aikana, jos veneisiin "
        "pitää tehdä huoltotöitä. Soitan teille maanantaina kello 10." + END,
        # alternatives of place, or of one step, do not compete
        INTRO_TE + "Koulutus voidaan järjestää teidän tiloissanne tai työmaalla. Voitte lähettää "
        "korttitiedot etukäteen, tai ne voidaan käydä läpi yhdessä. Soitan teille maanantaina "
        "kello 10." + END,
        # what a template lets one do, and a fallback after the time offered
        INTRO_SINA + "Olen koonnut pohjan, johon voit syöttää kaikkien tarjoajien hinnat. "
        "Ehdotan, että käydään pohja läpi perjantaina 11.4. kello 13. Lähetän kutsun, ja voit "
        "siirtää aikaa, jos se ei sovi." + END,
        INTRO_TE + "Tuoleja on esittelytilassamme, jossa voitte istua tuoliin itse ja kokeilla "
        "ohjaimia. Ehdotan käyntiä keskiviikkona 26.6. kello 15. Jos toinen aika sopii "
        "paremmin, vastatkaa tähän viestiin ja ehdottakaa sitä." + END,
        # what the writer advises the reader to do in their own business
        INTRO_TE + "Ehdotan, että uusitte ensin neljä juoksumattoa ja vaihdatte kaksi kuntopyörää "
        "porraskoneiksi. Sopisiko, että tulette kokeilemaan niitä torstaina 27.3. kello 15? Ottakaa "
        "mukaan myös salin vastaava ohjaaja." + END,
        # two ways with one object are one option, not two asks
        INTRO_SINA + "Voit kasvattaa tai pienentää tilaa kuukauden varoitusajalla. Tulisitko "
        "katsomaan tiloja tiistaina 3.6. klo 15?" + END,
        # an indirect question ends a menu: what to repair is no third ask
        INTRO_SINA + "Samalla voit itse päättää, mitä kannattaa korjata nyt ja mikä voi odottaa. "
        "Voisinko tulla torstaina 12.6. kello 7 katsomaan laitteet?" + END,
        # an event's time, then meeting "there"
        INTRO_TE + "Meillä on avoimet ovet torstaina 12.6. klo 15–18. Olisi hienoa nähdä teidät "
        "siellä." + END,
        # "or" with the writer's own fallback time is the same step
        INTRO_SINA + "Sopisiko puhelu torstaina 12.6. kello 10? Tai jos aamu on kiireinen, "
        "soitan perjantaina kello 14." + END,
        # "silloin": the day the sentence before named
        INTRO_SINA + "Kamari 4 tyhjenee ensi viikon keskiviikkona. Teenkö muutoksen silloin "
        "aamupäivällä, vai haluatko, että tulen paikan päälle?" + END,
        # verbs sharing the subject of the first in their chain describe the product
        INTRO_TE + "Ohjelma poimii päätöksen päivän, laskee määräajan ja vie sen kalenteriin. "
        "Soitan teille torstaina 16.10. aamupäivällä." + END,
    ],
    ids=[
        "fallback-time",
        "booked-session",
        "condition-ends-menu",
        "alternatives",
        "what-a-template-does",
        "what-a-showroom-lets-one-do",
        "advice-is-no-ask",
        "one-thing-two-ways",
        "question-ends-menu",
        "see-you-there",
        "or-the-writers-fallback",
        "then-the-day-before",
        "a-chain-of-the-products-verbs",
    ],
)
def test_one_concrete_step(lint_ids: LintIds, text: str) -> None:
    assert "missing-next-step" not in lint_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # sending a document is not one more way to reply
        INTRO_SINA + "Varaa aika kalenteristani tai soita suoraan. Voit myös lähettää viime "
        "vuoden tilinpäätöksen, niin teen laskelman." + END,
        # the tagger reads "Vastaa" and "tilaa" as nouns; in a list with "tule" they ask
        INTRO_SINA + "Vastaa tähän viestiin, tilaa maksuton tuoteluettelo verkkosivuiltamme "
        "tai tule tapaamaan meitä messuille!" + END,
        # a request put as a wish, and a document sent, are asks of their own
        INTRO_TE + "Voisitteko lähettää nykyisen ylläpitosopimuksen luettavaksi? Lisäksi olisi "
        "hienoa, jos ehtisitte täyttää liitteenä olevan kyselyn. Kertokaa myös, kannattaako "
        "minun olla yhteydessä toimittajaanne." + END,
        # what the writer proposes the reader does, one ask per verb
        INTRO_SINA + "Ehdotan, että katsot liitteenä olevan esitteen, täytät lyhyen kyselyn ja "
        "lähetät meille nykyisen pohjapiirroksen." + END,
        # the main clause after a condition opens with its verb, though tagged a noun
        INTRO_SINA + "Voit ladata oppaan osoitteesta latavo.fi/opas. Voit myös vastata "
        "kyselyymme. Ja jos haluat nähdä palvelun, varaa demo kalenteristani." + END,
        # sentences opened by "or" offer one more step each, in any person
        INTRO_SINA + "Voisit lähettää lohkokartat, niin teen tarjouksen. Tai sitten voidaan "
        "tavata pellolla jossain vaiheessa. Tai soitatko minulle, kun ehdit?" + END,
        # an option coordinated past a clause of its own is one more; a verb of an
        # "että" clause is no ask
        INTRO_SINA + "Riittää, että joku avaa oven ja ohjaa lehmät odotusalueelle. Voisit "
        "soittaa minulle, kun sinulle sopii, tai lähettää huoltokirjat sähköpostilla. Voit "
        "myös tilata uutiskirjeemme." + END,
    ],
    ids=[
        "document-is-no-reply",
        "imperatives-read-as-nouns",
        "a-wish-and-a-document",
        "proposed-to-the-reader",
        "after-a-condition",
        "or-and-or",
        "past-a-clause-of-its-own",
    ],
)
def test_three_different_asks_compete(linter: Linter, text: str) -> None:
    (hit,) = found(linter, text, "missing-next-step")
    assert "3 kilpailevaa pyyntöä" in hit.message


def test_what_our_product_lets_one_do_is_no_menu(lint_ids: LintIds) -> None:
    text = INTRO_SINA + "Alustallamme voit pilkkoa tallenteet jaksoiksi, lisätä tehtävän ja "
    text += "seurata katselua. Sopisiko demo torstaina 17.4. klo 9?" + END
    assert "missing-next-step" not in lint_ids(text)


def test_then_needs_a_time_in_the_sentence_before(lint_ids: LintIds) -> None:
    ask = "Teenkö muutoksen silloin aamupäivällä?"
    assert "missing-next-step" in lint_ids(INTRO_SINA + "Kamari 4 tyhjenee pian. " + ask + END)
    dated = INTRO_SINA + "Kamari 4 tyhjenee ensi keskiviikkona. " + ask + END
    assert "missing-next-step" not in lint_ids(dated)


def test_a_colleague_of_the_writers_offered_on_a_date_is_a_step(lint_ids: LintIds) -> None:
    visit = "Leena voi tulla varastollenne keskiviikkona 25.6."
    ours = INTRO_TE + "Asiantuntijamme Leena Rautio on tehnyt tämän kymmenesti. " + visit + END
    assert "missing-next-step" not in lint_ids(ours)
    # the writer's customer of that name is no one the writer sends
    theirs = ours.replace("Asiantuntijamme", "Asiakkaamme")
    assert "missing-next-step" in lint_ids(theirs)
    # nor is a visit already made
    past = ours.replace("voi tulla varastollenne", "kävi varastollanne")
    assert "missing-next-step" in lint_ids(past)
    # nor one she cannot make
    refused = ours.replace("voi tulla", "ei voi tulla")
    assert "missing-next-step" in lint_ids(refused)


def test_the_sellers_routine_is_no_next_step(lint_ids: LintIds) -> None:
    """A clock time in the seller's habits ("nykyään", "yleensä") books nothing."""
    text = INTRO_TE + "Järjestämme nykyään jokaiselle asiakkaallemme kolme koulutusta, ja "
    text += "tukemme vastaa arkipäivisin kello 8–16. Kerromme mielellämme lisää." + END
    assert "missing-next-step" in lint_ids(text)
    booked = INTRO_TE + "Järjestän teille koulutuksen tiistaina 3.2. kello 9." + END
    assert "missing-next-step" not in lint_ids(booked)


@pytest.mark.parametrize(
    "routine",
    [
        "Ensin pidämme sisäisen aloituspalaverin, jossa käymme läpi aiemmat projektit.",
        "Jaamme työt maanantaisin viikkopalaverissamme.",
    ],
)
def test_the_sellers_internal_meeting_is_no_next_step(lint_ids: LintIds, routine: str) -> None:
    """A meeting the seller holds without the reader proposes nothing to the reader."""
    text = INTRO_TE + routine + " Kerromme mielellämme lisää, jos asia kiinnostaa." + END
    assert "missing-next-step" in lint_ids(text)
    proposed = INTRO_TE + "Ehdotan aloituspalaveria, jossa käymme läpi tavoitteenne." + END
    assert "missing-next-step" not in lint_ids(proposed)


def test_wanting_a_state_is_no_next_step(lint_ids: LintIds) -> None:
    """ "Haluamme, että jokainen käynti on sujuva" is an aim; wanting to meet proposes."""
    aim = "Haluamme, että jokainen huoltokäyntimme on sujuva, ja siksi kirjaamme käynnit "
    text = INTRO_TE + aim + "omaan järjestelmäämme. Ota yhteyttä, kun sinulle sopii." + END
    assert "missing-next-step" in lint_ids(text)
    wish = INTRO_TE + "Haluaisin, että tapaisimme torstaina kello 10." + END
    assert "missing-next-step" not in lint_ids(wish)


def test_missing_next_step_two_ways_to_reply_are_one_ask(lint_ids: LintIds) -> None:
    text = INTRO_SINA + "Katso liitteestä laskelma. Sopisiko tiistai klo 10? Kerro tai vastaa "
    text += "suoraan tähän viestiin." + END
    assert "missing-next-step" not in lint_ids(text)


def test_choosing_between_the_times_offered_is_the_same_step(lint_ids: LintIds) -> None:
    text = INTRO_SINA + "Voit testata molemmat maut pienellä erällä ja tilata lisää, kun tiedät, "
    text += "kumpi myy. Voisinko tuoda näytteet keskiviikkona 16.4.? Pääsen kello 10 tai 14, "
    text += "valitse kumpi sopii paremmin." + END
    assert "missing-next-step" not in lint_ids(text)


def test_missing_next_step_options_and_kind(analyzer: Analyzer) -> None:
    lenient = configured(analyzer, "missing-next-step", competing_asks=5)
    assert found(lenient, MANY_ASKS, "missing-next-step") == []
    plain = configured(analyzer, "missing-next-step")
    outline = "# Keräilyvirheet\n\n## Havainto\n\n- virheet lisääntyvät muuton jälkeen\n"
    assert found(plain, outline, "missing-next-step", kind="outline") == []


# --- self-centered ----------------------------------------------------------------------------

SELF_TE = (
    "Hei Mikko,\n\n"
    "Olemme logistiikan ohjelmistotalo, ja toimitamme varastonhallintaa tukuille. "
    "Meillä on 40 asiantuntijaa, ja ratkaisumme on käytössä 120 varastossa. "
    "Kehitämme tuotettamme jatkuvasti. Haluaisimme esitellä sen teille.\n\n"
    "Sopisiko puhelu torstaina kello 10?\n\nTerveisin\nLeena"
)
# seller: Olemme, toimitamme, Meillä, ratkaisumme, Kehitämme, tuotettamme, Haluaisimme = 7
# reader: teille = 1


def test_self_centered_te_register_counts_and_span(linter: Linter) -> None:
    (hit,) = found(linter, SELF_TE, "self-centered")
    assert hit.message.startswith("Myyjä puhuu itsestään 7 kertaa, lukijasta 1 kertaa (7.0:1).")
    body = SELF_TE[SELF_TE.index("Olemme") : SELF_TE.index("10?") + 3]
    assert_span(hit, SELF_TE, body)
    assert hit.severity == "info"


def test_self_centered_sina_register_no_reader_at_all(linter: Linter) -> None:
    text = (
        "Hei Sanna,\n\nMe olemme tehneet tätä työtä 20 vuotta, ja kokemuksemme on laaja. "
        "Yrityksemme on kasvanut, ja meidän tiimimme on palkittu. Olemme mukana hankkeissamme "
        "alusta loppuun.\n\nTerveisin\nJari"
    )
    (hit,) = found(linter, text, "self-centered")
    assert re.match(r"Myyjä puhuu itsestään \d+ kertaa, lukijasta 0 kertaa \(\d+:0\)", hit.message)


def test_self_centered_colloquial_passive_as_we(linter: Linter) -> None:
    text = (
        "Moi Sanna,\n\nMe tehdään varastojen layoutit. Me hoidetaan myös muutot. "
        "Me ollaan tehty tätä kauan.\n\nTerveisin\nJari"
    )
    (hit,) = found(linter, text, "self-centered")  # 3 × "me" + 3 passives as "we"
    assert hit.message.startswith("Myyjä puhuu itsestään 6 kertaa, lukijasta 0 kertaa")


def test_self_centered_balanced_message_does_not_fire(lint_ids: LintIds) -> None:
    text = (
        "Hei Mikko,\n\nKävin läpi julkiset tietonne. Teillä on kolme varastoa, ja "
        "keräilynne hidastuu joulun alla. Olemme auttaneet tukkuja tasaamaan huiput, ja "
        "näytämme mielellämme, miten voitte tehdä saman. Toimitamme laskelman teidän "
        "luvuillanne, ja te päätätte, kannattaako jatkaa.\n\nSopisiko teille puhelu "
        "torstaina kello 10?\n\nTerveisin\nLeena"
    )
    assert "self-centered" not in lint_ids(text)


@pytest.mark.parametrize(
    "body",
    [
        # the messenger's "I" is not the company talking about itself
        "Huomasin, että laajennatte. Luin uutisen ja arvioin, että keräilyvirheet kasvavat. "
        "Uskon, että voin auttaa. Ehdotan puhelua, ja soitan mielelläni. Haluaisin kuulla "
        "ajatuksesi.",
        # servile, yes, but the sender's own manners are not self-talk either
        "anteeksi, että häiritsen, enkä halua viedä aikaanne. Jäin miettimään varastonne "
        "hyllytystä. Uskaltaisinko ehdottaa tapaamista? Lupaan, etten vie kuin vartin.",
        # a customer quoted: their "we" is not the seller's
        "Asiakkaamme sanoin: ”Meillä menee joka aamu tunti siihen, että soitamme sijaisia, "
        "ja meidän johtajamme tekevät sen omalta ajaltaan. Meistä tuntuu, että päivä on "
        "pilalla.” Ratkaisumme lyhentää tätä. Teillä on 70 päiväkotia.",
        # the writer's "I", apologising and introducing, is the messenger, not the company
        "olen hirveän pahoillani, että kirjoitan taas. Yritän olla mahdollisimman vähän "
        "vaivaksi. Olen Jukka Tilipalvelusta, ja kokemukseni on pitkä. Autamme pienyrityksiä, "
        "ja hoidamme palkat. Kerron mielelläni lisää, jos vain ehdit.",
    ],
    ids=["messenger", "humble-sender", "customer-quoted", "the-writers-own-i"],
)
def test_self_centered_the_senders_i_is_not_self_talk(lint_ids: LintIds, body: str) -> None:
    assert "self-centered" not in lint_ids(f"Hei Mikko,\n\n{body}\n\nTerveisin\nLeena")


def test_self_centered_options(analyzer: Analyzer) -> None:
    assert found(configured(analyzer, "self-centered", ratio=8.0), SELF_TE, "self-centered") == []
    assert (
        found(configured(analyzer, "self-centered", min_seller=8), SELF_TE, "self-centered") == []
    )
    (hit,) = found(configured(analyzer, "self-centered", ratio=7.0), SELF_TE, "self-centered")
    assert "(7.0:1)" in hit.message


def test_sending_a_calendar_invite_is_a_next_step(linter: Linter) -> None:
    text = (
        "Hei Oskari,\n\nSovellus lähettää jäsenelle viestin, kun käynnistä on kulunut kymmenen "
        "päivää. Laitan kalenterikutsun ensi viikon torstaille 17.4. klo 14.\n\nTerveisin\nLeena\n"
    )
    assert "missing-next-step" not in {f.rule for f in linter.lint(text, "email").findings}


def test_bringing_samples_on_a_date_is_a_next_step(linter: Linter) -> None:
    text = (
        "Hei Pirjo,\n\nKartonkinen kantokassi kestää märän pullon painon. Tuon teille mallin "
        "torstaina 20.11. kello 10.\n\nTerveisin\nLeena\n"
    )
    assert "missing-next-step" not in {f.rule for f in linter.lint(text, "email").findings}


@pytest.mark.parametrize(
    ("close", "step"),
    [
        # what the seller sends, dated, is its step told through the parcel
        ("Kun ilmoitatte osoitteen, näytteet lähtevät maanantaina 20.10.", True),
        ("Sopimusluonnos saapuu sähköpostiinne perjantaina 24.10.", True),
        # already sent, or a date that only limits an offer, is no step
        ("Näytteet lähtivät maanantaina 20.10.", False),
        ("Tarjous on voimassa 31.10. asti.", False),
    ],
)
def test_a_dated_parcel_is_a_next_step(linter: Linter, close: str, step: bool) -> None:
    opening = "Fluoriton paperi kestää rasvaa testissä yhtä hyvin kuin fluorattu."
    assert _has_next_step(linter, opening, close) is step


def _has_next_step(linter: Linter, opening: str, close: str) -> bool:
    """Does a short e-mail of ``opening`` and ``close`` pass missing-next-step?"""
    text = f"Hei Pirjo,\n\n{opening} {close}\n\nTerveisin\nLeena\n"
    return "missing-next-step" not in {f.rule for f in linter.lint(text, "email").findings}


def test_registering_by_a_reply_that_suffices_is_a_step(linter: Linter) -> None:
    """ "Ilmoittautumiseksi riittää vastaus tähän viestiin" for a dated webinar is a step."""
    text = (
        "Hei Pekka,\n\nPidämme keskiviikkona 23.4. kello 14 verkkoseminaarin paineilmavuodoista. "
        "Valimossa vuodot kuluttivat 19 % kompressorien tuotosta. Ilmoittautumiseksi riittää "
        "vastaus tähän viestiin.\n\nTerveisin\nSanna\n"
    )
    assert "missing-next-step" not in {f.rule for f in linter.lint(text, "email").findings}


@pytest.mark.parametrize(
    ("close", "step"),
    [
        # how to accept, and the date to accept by
        (
            "Jos hyväksyt tarjouksen perjantaihin 21.3. mennessä, työ ehditään tehdä ennen "
            "kevättä. Hyväksynnäksi riittää vastaus tähän viestiin.",
            True,
        ),
        # how to accept with no date: the reader is left to decide when
        ("Hyväksynnäksi riittää vastaus tähän viestiin.", False),
        # a "let us" question, and the time it can happen in the sentence after it
        (
            "Käydäänkö kohde läpi paikan päällä? Asennuspäällikkömme pääsee Tikkurilaan "
            "tiistaina 11.11. kello 8.",
            True,
        ),
        # a question about the reader's facts before a date is no proposal
        ("Onko kohteessa nosturi? Toimitamme telineet tiistaina 11.11.", False),
    ],
    ids=["accept-by-a-date", "accept-undated", "lets-us-then-the-time", "a-fact-question"],
)
def test_an_offer_accepted_by_a_date_or_a_visit_timed_after_is_a_step(
    linter: Linter, close: str, step: bool
) -> None:
    opening = (
        "Korjaus sisältää aluskatteen paikkauksen ja harjapellin uusimisen. Hinta on 4 850 euroa."
    )
    assert _has_next_step(linter, opening, close) is step


def test_what_the_reader_gets_to_hear_at_a_meeting_is_no_ask(linter: Linter) -> None:
    """ "voit tavata rekrytoijamme ja kuulla, miten…" tells what the meeting offers;
    with "Varaa tapaaminen…" it is one step, not three competing asks."""
    text = (
        "Hei Aino,\n\nOulun Teollisuuspäivät järjestetään 14.–15.5. messuhallissa. "
        "Ulkoistetun kunnossapidon osuus on kasvanut kolmessa vuodessa 22 prosentista 31 "
        "prosenttiin. Osastolla 12 voit tavata rekrytoijamme ja kuulla, miten muut tehtaat "
        "ovat varautuneet syksyn seisokkeihin.\n\nVaraa 20 minuutin tapaaminen osastolle "
        "vastaamalla tähän viestiin.\n\nTerveisin\nRiikka\n"
    )
    assert found(linter, text, "missing-next-step") == []
    # more things to do besides still compete
    asks = text.replace(
        "Varaa 20 minuutin", "Lataa oppaamme, tilaa uutiskirje ja varaa 20 minuutin"
    )
    (hit,) = found(linter, asks, "missing-next-step")
    assert "kilpailevaa pyyntöä" in hit.message


def test_what_the_reader_can_do_at_the_stand_and_how_one_signs_up(linter: Linter) -> None:
    """ "Osastolla voitte tutustua … ja keskustella …" tells what the stand offers; with
    "Voitte varata tapaamisen…" it is one step. "Ilmoittautua voi vastaamalla tähän
    viestiin" tells how to sign up for the dated webinar, in the zero person."""
    stand = (
        "Hei Marjo,\n\nHalli-messut järjestetään Tampereella 9.–10.10. Viime vuonna 40 % "
        "kävijöistä kysyi lattioiden kulutuskestävyydestä. Osastolla voitte tutustua "
        "pinnoitukseen sekä keskustella hallinne lattiasta. Voitte varata 20 minuutin "
        "tapaamisen vastaamalla tähän viestiin.\n\nTerveisin\nSanna\n"
    )
    assert found(linter, stand, "missing-next-step") == []
    webinar = (
        "Hei Satu,\n\nTarkastaja kertoo tiistaina 20.5. klo 14 verkkoseminaarissa, millaiset "
        "kirjaukset kelpaavat. Viime vuonna joka neljännen myymälän kirjauksissa oli aukkoja. "
        "Ilmoittautua voi vastaamalla tähän viestiin perjantaihin 16.5. mennessä.\n\n"
        "Terveisin\nSanna\n"
    )
    assert found(linter, webinar, "missing-next-step") == []
    # a menu whose last option is at the fair still competes
    menu = stand.replace(
        "Osastolla voitte tutustua pinnoitukseen sekä keskustella hallinne lattiasta.",
        "Voitte ladata oppaan, pyytää tarjouksen tai tulla tapaamaan meitä messuilla.",
    )
    (hit,) = found(linter, menu, "missing-next-step")
    assert "kilpailevaa pyyntöä" in hit.message
    # no longer open: nothing to do
    closed = webinar.replace("Ilmoittautua voi", "Ilmoittautua ei voi enää")
    assert [f.rule for f in found(linter, closed, "missing-next-step")] == ["missing-next-step"]
