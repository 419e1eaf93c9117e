"""The language rules on the real pipeline: spelling and grammar (Voikko)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pitchlint import Config, Linter
from pitchlint.analysis import Analyzer
from pitchlint.errors import ConfigError
from pitchlint.findings import Finding

LintIds = Callable[..., set[str]]


def found(linter: Linter, text: str, rule: str, kind: str = "email") -> list[Finding]:
    return [f for f in linter.lint(text, kind).findings if f.rule == rule]


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of an offset, computed independently of the linter."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def assert_span(finding: Finding, text: str, target: str, occurrence: int = 0) -> None:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(target, start + 1)
    assert (finding.start, finding.end) == (start, start + len(target))
    assert text[finding.start : finding.end] == target
    assert (finding.line, finding.column) == position(text, start)
    assert (finding.end_line, finding.end_column) == position(text, start + len(target))


# --- spelling ---------------------------------------------------------------------------------

SPELLING_SINA = (
    "Aihe: Varaston keräilyvirheet\n"
    "\n"
    "Hei Mikko,\n"
    "\n"
    "Huomasin, että laajennat varastoasi Vantaalla. Uudessa varastossa keräilyvirheet "
    "lisääntyvät usein ensimmäisinä kuukausina.\n"
    "Toivottavsti ehdit vilkaista laskelmaa. Sopisiko puhelu torstaina kello 10?\n"
    "\n"
    "Terveisin\n"
    "Leena"
)


def test_spelling_flags_a_sentence_initial_typo_with_exact_span(linter: Linter) -> None:
    hits = found(linter, SPELLING_SINA, "spelling")
    assert len(hits) == 1
    assert_span(hits[0], SPELLING_SINA, "Toivottavsti")
    assert hits[0].line == 6 and hits[0].column == 1
    assert hits[0].suggestion == "Toivottavasti"
    assert '"Toivottavsti"' in hits[0].message and '"Toivottavasti"' in hits[0].message
    assert hits[0].severity == "warning"


def test_spelling_te_register_mid_sentence_typos_one_finding_each(linter: Linter) -> None:
    text = (
        "Hei Anna,\n\n"
        "Kävimme läpi viiden kiinteistön kulutustiedot. Näemme teidän kohteessanne "
        "mahdolisuuden pienentää lämmityskuluja, ja tämän mahdolisuuden laskemme mielellämme "
        "auki.\n\nVoisimmeko sopia puhelun tiistaille kello 9? Silloin näette "
        "mahdolisuuden omilla luvuillanne.\n\nTerveisin\nJari"
    )
    hits = found(linter, text, "spelling")
    assert len(hits) == 3
    for n, hit in enumerate(hits):
        assert_span(hit, text, "mahdolisuuden", n)
        assert hit.suggestion == "mahdollisuuden"


@pytest.mark.parametrize(
    "sentence",
    [
        "Reittiviisas Oy:n Kuormavahti-palvelu on käytössä Limingantullissa.",
        "Kuvatarkka Oy tarkastaa hitsaussaumat konenäöllä.",
        "Lisätietoja on osoitteessa https://www.reittiviisas.fi/kuormavahti ja sivulla "
        "reittiviisas.fi/hinnat.",
        "Voit vastata osoitteeseen aino.lehtinen@reittiviisas.fi tai soittaa.",
        "Hei {{etunimi}}, {{ company.name }} ja *|FNAME|* ovat yhdistelykenttiä.",
        "Seuraamme aihetta tunnisteella #kuormavahti ja tilillä @reittiviisas.",
        "Tiedot siirtyvät CRM:ään, ERP:hen ja SaaS-palveluun, ja ROI näkyy KPI-mittareissa.",
        "Demo ja onboarding sujuvat, ja feedback kerätään webinaarissa.",
        "Lisenssi maksaa 12 euroa per käyttäjä kuukaudessa.",
        'Asiakkaat kutsuvat sitä nimellä "smart routing engine" omassa käytössään.',
        "Valmistamme 3D-tulosteita ja 5G-antenneja 24/7.",
        "Teams-palaveri ja Excel-taulukko ovat valmiina, ettei mitään unohdu.",
        "Kampanja jaetaan sisä- ja ulkonäyttöjen kesken, ja etä- tai lähityö sopii molemmille.",
        # a part that spells a word with the coordinated compound's tail
        "Meillä on huhti- ja toukokuulle vielä muutama vapaa kuvauspäivä.",
        # a range of compounds sharing a tail, with a dash and no spaces
        "Kiirein aika on maalis–toukokuussa, ja piikki näkyy taas syys-lokakuussa.",
        # compounds the dictionary lacks, of a base-form noun or adjective and a known word
        "Halpatoimistot ovat yleistyneet, ja lomapalkat ovat virheherkin osa laskentaa.",
        # foreign trade terms, inflected the Finnish way
        "Sous vide -kypsennys ja cook-chill-menetelmä ovat tuttuja, ja soundcheckiin varataan tunti.",
        # a place where a verb is done, with -mo from the verb's stem
        "Monissa koneistamoissa kuormitus vaihtelee, ja teippaamon jono on viikon.",
        # a tool made with -in/-ime- from a verb in -ata ("keilata", as "avain")
        "Keilaimet kiertävät halleja, ja keilaimella mitataan koko kerros kerralla.",
        # ... from a front-vowel verb, and with the weak grade of a verb in -ntää
        "Työmääräinten kirjaus on hidasta, ja pehmennintä huolletaan harvoin.",
        "Pehmentimen suola vaihdetaan, ja uudet määräimet ovat jo käytössä.",
        # a noun and a passive or participle written together as one act
        "Tiedostot varmuuskopioidaan joka yö, ja loppuunvarattuja päiviä on kaksi.",
        # "by each" with -ittAin, from a noun's plural stem
        "Kulut eritellään työntekijöittäin, ja raportti näkyy myös asiakkaittain.",
        # the word in other capitals, or with a hyphen the speller would add
        "Lähetä pdf-tiedosto, niin Päivittäistuotteet lisätään listaan.",
        "Post-it-työpajaa ei tarvita, ja lappuja on vielä pöydällä.",
        # a short loan ending in a letter no Finnish word ends in
        "Kerroit, että RTK-fix katkeilee, ja jos fix ei pysy, kuukausi on ilmainen.",
        # a number word written together with a known nominal
        "Hinta on puolitoistakertainen, ja kolmeosainen sarja maksaa puolitoistakertaista.",
        # trade terms the speller lacks and cannot correct either
        "Homogenisaattorit ja kavitaatio kuuluvat meijerin huoltoon.",
        # words the speller corrects only by changing the first letter ("tetroja",
        # "orinteisempiä"): far from any word, not slips
        "Tiimi pitää retroja joka toinen viikko, ja rinteisempiä kenttiä leikataan harvemmin.",
        # ... or only by two edits: "laktaatin" is "lattaakin" by two swapped consonants
        "Laktaatin mittaus kertoo kunnosta, ja laktaatti nousee rasituksessa.",
        # a collective noun made with -sto from a noun, in the weak grade ("akku")
        "Akusto tasaa kulutushuiput, ja akuston koko mitoitetaan kuorman mukaan.",
        # the spoken -s clitic on a question word or an asking verb
        "Mihinkäs se aika oikein menee, ja onkos siihen keinoa?",
        # a place's institution after its name in the genitive, at a sentence start
        "Kaarnalan seurakunta uusii hoitosopimukset keväällä.",
        # a known noun after an adverb of direction or a learned combining form
        "Kielellinen validointi vaatii takaisinkäännöksen, ja takaisinsoittoa odottaa moni.",
        "Ohjeet neurostimulaatiolaitteiden ja biohajoavien pakkausten käyttöön ovat valmiit.",
        # place names at a sentence start, by their shape: a place noun as the last
        # part, or a word with -la/-lä and a case ending
        "Näsilahden varhaiskasvatuksessa ruokavaliot kulkevat paperilla.",
        "Kaarnalassa vaihdettiin kymmenen telinettä yhden talven jälkeen.",
        # loans and trade words on the packaged allow list, inflected and compounded
        "Natiivi lukee tekstin, ja valuri tarkistaa muotin.",
        "Feromonipyydykset kertovat, missä prusakoita liikkuu, ja kannakkeet tarkistetaan.",
        "Vaihdamme perkaalilakanat ja kaavarin terät, ja kontaktorit testataan.",
        "Tussitagit ja töhryt poistetaan, ja tagien tilalle ei jää klippiä varten jälkiä.",
        "Lauhteenpoistimet ja työmääräimiin kirjatut esillepanot tarkistetaan, myös dariksi.",
        "Beta-versio on auki, ja betassa on 40 käyttäjää. Spa-osastolle tulee uusi allas.",
        "Tippukastelu ja keernakoneisiin tulevat osat tarkistetaan, ja naulaimet huolletaan.",
        "Pop-up-piste on valmiina, ja pop-up-paikkaa haetaan kauppakeskuksesta.",
        "Paperibongit kulkevat kassalta grillille, ja bongeja hukkuu ruuhkassa.",
        "Pekkasvapaat ja pekkaspäivät merkitään vuorolistaan.",
        "Zirkoniakiekot riittävät, ja zirkonian sävy mitataan spektrofotometrillä.",
        "Pilatesstudioissa päiväsaika on hiljainen, ja päiväsaikaan pilatesta mahtuu.",
        "Kaivuutyöt alkavat, ja kaivuulla on kiire, koska kaivuuta on jäljellä kaivuun jälkeen.",
        "Kuvantamislaitteiden huolto ja kuvantamisen laatu: röntgen kuvantaa hampaat.",
        "Kuvantaminen nopeutuu, kun kuvantamisohjelmaa päivitetään.",
        "Pk-asiakkaan viesteihin vastataan, ja pk-sektorin yritykset saavat saman palvelun.",
        # public agencies the speller lacks, opening a sentence and inflected
        "Tukes valvoo kaivoksia, ja Tukesin ohje koskee myös Valviran ja Fimean tarkastuksia.",
        "Traficomin päätös ja Finnveran takaus tulivat samana päivänä kuin AVI:n lupa.",
        # a reflexive -UtUA verb of a known -idA verb ("tiliöidä" -> "tiliöityä")
        "Ostolasku tiliöityy automaattisesti, ja laskut tiliöityivät ennen käsin.",
        # one of a place, made with -lAinen from a name Voikko knows or the message writes
        "Moni vuorelalainen perhe muuttaa, ja kaarnalalaisille tulee uusi koulu Kaarnalaan.",
        # business abbreviations, with their period kept on them by the tokenizer
        "Hinta on 390 euroa + alv. Jos koet, ettei hyötyä tullut, palautamme summan.",
        "Kustannusarvio on 14 500 euroa (sis. alv), ja tilaus on 40 kpl.",
        # a name inflected at a sentence start, written elsewhere at the head of a compound
        "Vesitek-sopimuksenne päättyy vuoden lopussa. Vesitekin kanssa voi sopia jatkosta.",
        # a term the dictionary lacks, written twice in two forms: no slip of the fingers
        "Uusi autorefraktometri mittaa nopeasti, ja autorefraktometrin huolto on edullinen.",
        # a firm named with a capitalised trade word after it
        "Ventia Tekniikka ja Raikas Mittaus tarjoavat jo kausisopimuksia.",
        # a unit after its figure, inflected without the colon ("bar:iin")
        "Yöpaine laskee 6,9 barista 5,6 bariin, eli 1,3 barilla.",
        # a unit per another, after a currency sign
        "Koulutus maksaa 290 €/hlö, ja ryhmähinta on XXX €/hlö.",
        # a term written in several forms, the stem's consonant graded ("kk" -> "k")
        "Koneikko uusitaan, ja koneikolle tehdään vuototesti ennen kuin koneikkoa käytetään.",
        # a loan in -i on the allow list, with -e- before its plural endings
        "Saimme liidejä messuilta, ja liideille soitetaan viikon sisällä.",
        # a foreign phrase made the first part of an open compound
        "Sopimukseen kirjataan good leaver- ja bad leaver -ehdot sekä due diligence -vaihe.",
    ],
)
def test_spelling_hard_negatives(lint_ids: LintIds, sentence: str) -> None:
    text = f"Hei Mikko,\n\n{sentence} Sopisiko puhelu torstaina kello 10?\n\nTerveisin\nAino"
    assert "spelling" not in lint_ids(text)


def test_spelling_the_sellers_name_inflected_at_a_sentence_start(lint_ids: LintIds) -> None:
    # "Simukaaren" is the genitive of "Simukaari", the name the seller signs with
    text = (
        "Hei Mikko,\n\nSimukaaren simulaattoriin on tullut uusi tila. Soitan sinulle "
        "torstaina kello 10.\n\nTerveisin\nAino\nSimukaari Oy"
    )
    assert "spelling" not in lint_ids(text)
    # the same word under another signature is still unknown (no slip from a word in
    # use, so reported only with report-unknown)
    reported = Linter(Config(rules={"spelling": {"report-unknown": True}}))
    assert [f.rule for f in reported.lint(text, "email").findings if f.rule == "spelling"] == []
    other = text.replace("Simukaari Oy", "Ajasto Oy")
    assert [f.rule for f in reported.lint(other, "email").findings if f.rule == "spelling"] == [
        "spelling"
    ]


@pytest.mark.parametrize(
    ("sentence", "typo"),
    [
        # a typo that splits into a noun and a verb is no compound
        ("Liitteenä ovat mittausrapotit viime viikolta.", "mittausrapotit"),
        ("Kiitos esimerkisi jakamisesta.", "esimerkisi"),
        # -mo on something that is not a verb's stem
        ("Tilasimme sen kuvamosta.", "kuvamosta"),
        # a range dash does not excuse a misspelt first part
        ("Kiirein aika on vrihe–toukokuussa.", "vrihe"),
        # -in on something that is no verb's stem
        ("Kirjotin sen eilen valmiiksi.", "Kirjotin"),
        # a suggestion that only looks like the same word with a hyphen or in capitals
        ("Sen ymmärän hyvin.", "ymmärän"),
        ("Sovimme ylensä kaksi käyntiä.", "ylensä"),
        # a noun and a verb in a person, or an illative before an infinitive, are apart
        ("Kaikki on valmis, lukuunottamatta yhtä kohtaa.", "lukuunottamatta"),
        # -in after a weak grade that no verb strengthens
        ("Kirjottin sen eilen valmiiksi.", "Kirjottin"),
        # ... nor one the analyser reads as a compound verb the speller lacks ("rap|ottaa")
        ("Lähetin rapotin eilen.", "rapotin"),
        # a slip before a capitalised word is still a slip when it is no name's part
        ("Toivottavsti Tekniikka ratkeaa pian.", "Toivottavsti"),
        # a slip after a figure is no unit
        ("Asennus kestää 3 tunttia.", "tunttia"),
        # a split whose verb is also an adjective hides a slip ("asiakkaita")
        ("Meillä on paljon uusia asiakaita.", "asiakaita"),
        # -ittAin on a stem that is no noun's
        ("Kulut eritellään asiakkaittian.", "asiakkaittian"),
        # -sto on something that is no noun
        ("Meidän kalstomme on uusi.", "kalstomme"),
        # a bare "-lä" at a sentence start is a slip, not a place ("iltapäivällä")
        ("Iltapäivälä olemme paikalla kello 14.", "Iltapäivälä"),
        # a subject or an owner at a sentence start mended inside a compound's part
        ("Tyhjenysväli on kaksi viikkoa.", "Tyhjenysväli"),
        ("Ymäristöväitteen perustelut puuttuvat.", "Ymäristöväitteen"),
        # an adverb the parser may take for the subject of a verb with an object
        ("Esimerkisi Aalto lähetti laskun.", "Esimerkisi"),
        # mended inside a compound's last part, a word of its own in use ("tukku")
        ("Vertailutukusa hävikki oli kaksi kertaa pienempi.", "Vertailutukusa"),
        # a slip after a prefix the speller lacks, in a word too long for it to correct
        ("Hinta takaisinkäänöksen osalta on pieni.", "takaisinkäänöksen"),
        ("Ohjeet neurostimlaatiolaitteiden käyttöön ovat valmiit.", "neurostimlaatiolaitteiden"),
    ],
)
def test_spelling_typos_that_look_like_compounds_or_ranges(
    linter: Linter, sentence: str, typo: str
) -> None:
    text = f"Hei Mikko,\n\n{sentence} Sopisiko puhelu torstaina kello 10?\n\nTerveisin\nAino"
    assert [text[h.start : h.end] for h in found(linter, text, "spelling")] == [typo]


def test_spelling_does_not_check_the_signature(lint_ids: LintIds) -> None:
    text = (
        "Hei Mikko,\n\nSopisiko puhelu torstaina kello 10?\n\nTerveisin\n"
        "Aino Lehtinen\nKey Account Manager, Reittiviisas Oy"
    )
    assert "spelling" not in lint_ids(text)


def test_the_sellers_name_under_a_stand_in_signature_is_no_typo(linter: Linter) -> None:
    """ "{{lähettäjä}}" over "Kampuri Oy" is a template's sender, not a forwarded
    message's "Lähettäjä:" header: the company below still names the seller."""
    text = (
        "Hei Mikko,\n\nKampurissa muistutus lähtee automaattisesti. Sopisiko puhelu "
        "torstaina kello 10?\n\nTerveisin\n{{lähettäjä}}\nKampuri Oy\n"
    )
    assert found(linter, text, "spelling") == []
    forwarded = text.replace("{{lähettäjä}}", "Lähettäjä: Aino <aino@example.fi>")
    assert [forwarded[h.start : h.end] for h in found(linter, forwarded, "spelling")] == [
        "Kampurissa"
    ]


def test_spelling_allow_option_and_config_allow_words(analyzer: Analyzer) -> None:
    text = (
        "Hei Mikko,\n\nuusi kuljetix näyttää tyhjät kilometrit, ja kuljetixia voi "
        "kokeilla kuukauden. Sopisiko puhelu torstaina kello 10?\n\nTerveisin\nAino"
    )
    # (an inflected made-up name has no near word: reported only with report-unknown)
    unknown = {"spelling": {"report-unknown": True}}
    plain = Linter(Config(plugins=False, rules=unknown), analyzer=analyzer)
    assert [text[f.start : f.end] for f in found(plain, text, "spelling")] == [
        "kuljetix",
        "kuljetixia",
    ]
    by_option = Linter(
        Config(
            plugins=False,
            rules={"spelling": {"allow": ["Kuljetix"], "report-unknown": True}},
        ),
        analyzer=analyzer,
    )
    assert found(by_option, text, "spelling") == []
    by_config = Linter(
        Config(plugins=False, rules=unknown, allow_words=["kuljetix"]), analyzer=analyzer
    )
    assert found(by_config, text, "spelling") == []
    # an allowed word heads compounds too: "kuljetixraportit", "kuljetixtunnukset"
    compounds = text.replace("kuljetixia", "kuljetixraportteja")
    assert [compounds[f.start : f.end] for f in found(plain, compounds, "spelling")] == [
        "kuljetix",
        "kuljetixraportteja",
    ]
    assert found(by_config, compounds, "spelling") == []


def test_spelling_max_suggestions_option(analyzer: Analyzer) -> None:
    linter = Linter(
        Config(plugins=False, rules={"spelling": {"max-suggestions": 0}}), analyzer=analyzer
    )
    (hit,) = found(linter, SPELLING_SINA, "spelling")
    assert hit.suggestion is None
    assert "Tarkoititko" not in hit.message


def test_spelling_unknown_option_is_a_config_error(analyzer: Analyzer) -> None:
    with pytest.raises(ConfigError, match="spelling"):
        Linter(Config(rules={"spelling": {"allowed": ["x"]}}), analyzer=analyzer)


# --- grammar ----------------------------------------------------------------------------------

GRAMMAR_TE = (
    "Hei Mikko,\n"
    "\n"
    "Huomasin, että laajennatte varastoanne Vantaalla. Uudessa varastossa keräilyvirheet "
    "lisääntyvät usein, kun hyllypaikat vaihtuvat. tämä näkyy reklamaatioissa.\n"
    "\n"
    "Sopisiko puhelu torstaina kello 10, jotta voin näyttää, miten muut ovat ratkaisseet sen\n"
    "sen?\n"
    "\n"
    "Terveisin\n"
    "Leena"
)


def test_grammar_doubled_word_and_small_letter_with_exact_spans(linter: Linter) -> None:
    hits = found(linter, GRAMMAR_TE, "grammar")
    assert len(hits) == 2
    small, doubled = hits
    assert_span(small, GRAMMAR_TE, "tämä")
    assert small.suggestion == "Tämä"
    assert_span(doubled, GRAMMAR_TE, "sen\nsen")  # across the line break, in the input
    assert doubled.suggestion == "sen"
    assert (doubled.line, doubled.end_line) == (5, 6)
    assert "kahteen kertaan" in doubled.message


@pytest.mark.parametrize(
    ("text", "span", "said"),
    [
        # a doubled name that goes on no further is still doubled
        (
            "Hei Sanna,\n\nKävimme Turussa Turussa viime viikolla. Soitan torstaina kello 10.\n",
            "Turussa Turussa",
            "kahteen kertaan",
        ),
        # missing final punctuation in running text (sinä)
        (
            "Hei Sanna,\n\nLaskin, että uusi reititys vapauttaisi yhden auton päivittäin. "
            "Soitan sinulle torstaina kello 10 ja käyn luvut läpi\n\nTerveisin\nAino",
            "läpi",
            "Välimerkki puuttuu",
        ),
        # the old infinitive after "pitää", reported at the verb chain
        (
            "Hei Mikko,\n\nSinun pitää tekemän tämä huomenna.\n\nTerveisin\nAino",
            "pitää tekemän",
            "infinitiivissä",
        ),
        # the paragraph that runs on into a list needs no full stop; the one that
        # stops short does
        (
            "Hei Anna,\n\nJos ehditte, voisitteko\n- ladata oppaamme\n- ilmoittautua "
            "webinaariin.\n\nTämä lause jää kesken\n\nSopisiko puhelu torstaina kello 10?"
            "\n\nTerveisin\nAino\n",
            "kesken",
            "Välimerkki puuttuu",
        ),
    ],
    ids=["doubled-name", "missing-full-stop", "old-infinitive", "runs-on-into-a-list"],
)
def test_grammar_one_finding_at_the_slip(linter: Linter, text: str, span: str, said: str) -> None:
    (hit,) = found(linter, text, "grammar")
    assert_span(hit, text, span)
    assert said in hit.message


def test_grammar_wrapped_paragraph_maps_offsets_to_the_input(linter: Linter) -> None:
    text = (
        "Hei Sanna,\n\nLaskin, että uusi reititys vapauttaisi\nyhden auton päivittäin, ja "
        "ja se näkyy\nkuluissa heti. Soitan torstaina kello 10.\n\nTerveisin\nAino"
    )
    (hit,) = found(linter, text, "grammar")  # the wrapped lines are no sentence breaks
    assert_span(hit, text, "ja ja")
    assert (hit.line, hit.column) == (4, 25)


@pytest.mark.parametrize(
    "text",
    [
        # greeting without comma, closing and signature without full stops, a subject line
        "Aihe: Tyhjät kilometrit Nokialla\n\nHei Mikko\n\nSoitan sinulle torstaina kello 10."
        "\n\nYstävällisin terveisin\nAino Lehtinen\nReittiviisas Oy",
        # bullets and a paragraph ending with a colon
        "Hei Mikko,\n\nKävin läpi kolme asiaa:\n\n- tyhjät kilometrit\n- aamun lähtöjärjestys\n"
        "- vajaat kuormat\n\nSoitan sinulle torstaina kello 10.\n\nTerveisin\nAino",
        # a paragraph ending in a link, a smiley, a short verbless line
        "Hei Mikko,\n\nVaraa sopiva aika kalenteristani: https://calendly.com/aino/30min\n\n"
        "Mukavaa viikkoa :)\n\nKiitos jo etukäteen\n\nTerveisin\nAino",
        # merge tags: the stand-ins must not produce a doubled word
        "Hei {{etunimi}},\n\nLähetän laskelman {{etunimi}} {{sukunimi}} torstaina.\n\n"
        "Terveisin\nAino",
        # a phrase as a compound's first part: "piti" is no second main verb
        "Hei Mikko,\n\nMoni työpaikka huomaa ongelman vasta ensimmäisen läheltä piti "
        "-tilanteen jälkeen.\n\nSoitan sinulle torstaina kello 10.\n\nTerveisin\nAino",
        "Hei Mikko,\n\nPimeällä läheltä piti -tilanteita kirjataan enemmän kuin kesällä."
        "\n\nSoitan sinulle torstaina kello 10.\n\nTerveisin\nAino",
        # a connegative with -kin the checker misreads, and an illative noun after a verb
        "Hei Mikko,\n\nEikö olekin kiinnostavaa, miten raportit ovat samanlaisia? Soitan "
        "sinulle torstaina kello 10.\n\nTerveisin\nAino",
        "Hei Mikko,\n\nAikataulu kannattaa miettiä, jos muutos halutaan voimaan ensi kesänä. "
        "Soitan sinulle torstaina kello 10.\n\nTerveisin\nAino",
        # a plural greeting: the lower case after its comma is right
        "Hyvät hallituksen jäsenet,\n\nviime talvena kattolumia pudotettiin usein.\n\n"
        "Soitan teille torstaina kello 10.\n\nTerveisin\nAino",
        # a surname, then the firm named after it
        "Hei Mikko,\n\nOlen Laura Kivilampi Kivilampi Kunnostus Oy:stä. Soitan sinulle "
        "torstaina kello 10.\n\nTerveisin\nLaura",
        "Hei Mikko,\n\nHeikki Vaara Vaara & Lehto Konsultoinnista kertoi aikataulustanne. "
        "Soitan sinulle torstaina kello 10.\n\nTerveisin\nLaura",
        # an instrument noun the dictionary reads only as "I removed": no second verb
        # the idiom "whatever": no clause of its own to set off with a comma
        "Hei Mikko,\n\nLaatu on heillä mitä sattuu. Soitan sinulle torstaina kello 10."
        "\n\nTerveisin\nAino",
        # ... and "it is what it is", the verb again after the question word
        "Hei Mikko,\n\nVanha järjestelmä on mitä on, mutta tiedot siirtyvät siitä hyvin. "
        "Soitan sinulle torstaina kello 10.\n\nTerveisin\nAino",
        "Hei Mikko,\n\nAjastinohjattu poistin avautuu turhaan. Vaihdetaan kokeeksi yksi "
        "poistin. Soitan sinulle torstaina kello 10.\n\nTerveisin\nAino",
        # "liittymän" is the noun "liittymä", the object of "pitää" (keep), not the old
        # infinitive ("pitää tekemän") the checker reads there
        "Hei Mikko,\n\nKuormanhallinta pitää liittymän ennallaan, kun lataus ohjataan yöhön. "
        "Soitan sinulle torstaina kello 10.\n\nTerveisin\nAino",
    ],
)
def test_grammar_hard_negatives(lint_ids: LintIds, text: str) -> None:
    assert "grammar" not in lint_ids(text)


def test_grammar_a_first_person_past_in_in_is_still_a_verb(linter: Linter) -> None:
    text = (
        "Hei Mikko,\n\nKävin tehtaalla eilen ja poistin vanhat suodattimet jotka olivat "
        "tukossa. Soitan sinulle torstaina kello 10.\n\nTerveisin\nAino"
    )
    (hit,) = found(linter, text, "grammar")
    assert_span(hit, text, "poistin vanhat suodattimet jotka olivat")


def test_grammar_a_wrong_connegative_is_found_with_or_without_a_clitic(linter: Linter) -> None:
    for verb in ("tiedän", "tiedänkään"):
        text = (
            f"Hei Mikko,\n\nEn {verb} asiasta mitään. Soitan sinulle torstaina kello 10."
            "\n\nTerveisin\nAino"
        )
        (hit,) = found(linter, text, "grammar")
        assert_span(hit, text, f"En {verb}")


def test_grammar_outline_bullets_and_titles_need_no_full_stop(lint_ids: LintIds) -> None:
    outline = (
        "# Tyhjät kilometrit Nokian varastolla\n\n"
        "## Mitä aineisto näyttää\n\n"
        "- 23 % ajoista tyhjiä\n"
        "- keräilyjärjestys ratkaisee\n\n"
        "## Ehdotus\n\n"
        "- kahden viikon kokeilu\n"
    )
    assert "grammar" not in lint_ids(outline, kind="outline")


def test_grammar_ignore_codes_option(analyzer: Analyzer) -> None:
    none_ignored = Linter(
        Config(plugins=False, rules={"grammar": {"ignore-codes": []}}), analyzer=analyzer
    )
    doubled_ignored = Linter(
        Config(plugins=False, rules={"grammar": {"ignore_codes": [2, 8]}}), analyzer=analyzer
    )
    text = "Hei Mikko,\n\nSoitan sinulle  torstaina kello 10 ja ja kerron lisää.\n\nTerveisin\nAino"
    spans = {text[f.start : f.end] for f in found(none_ignored, text, "grammar")}
    assert spans == {"  ", "ja ja"}
    assert found(doubled_ignored, text, "grammar") == []


def _spelling_spans(linter: Linter, text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in linter.lint(text, "email").findings if f.rule == "spelling"
    ]


def test_case_endings_after_a_colon_are_not_spelling_errors(linter: Linter) -> None:
    text = (
        "Hei Anna,\n\nPäästöt laskivat 22 %:sta 14 %:iin, ja toimitus lähti 140:stä "
        "kohteesta. Kirjoitin sanan väärn tähän.\n\nTerveisin\nJari\n"
    )
    spans = _spelling_spans(linter, text)
    assert spans == ["väärn"]


def test_sentence_initial_unknown_name_is_not_a_typo_but_a_near_miss_is(linter: Linter) -> None:
    text = (
        "Hei Anna,\n\nFinavian ennusteen mukaan kesän matkustajamäärä kasvaa. "
        "Toivottavsti ehdit lukea tämän.\n\nTerveisin\nJari\n"
    )
    spans = _spelling_spans(linter, text)
    assert spans == ["Toivottavsti"]


def test_a_list_items_name_is_no_typo_but_a_list_items_typo_is(linter: Linter) -> None:
    """A bullet that opens with a name and a comma or colon, or a name the deck also
    writes as "Name-kortti", is a brand; a typo opening a bullet is still a typo."""
    deck = (
        "# Lataus\n\n## Vaihtoehdot\n- Latavo, perustettu 2014, 40 asentajaa\n"
        "- Tankkari: 1,90 € kortilta kuukaudessa\n- Toivottavsti ehditte vertailla\n"
        # the first of common words listed with "ja" is one of them, not a name
        "- Tyhjenys, pesu ja tarkastus samalla käynnillä\n\n"
        "## Ehdotus\n- Tankkari-kortti yhdeksälle autolle\n"
    )
    found = [f for f in linter.lint(deck, "outline").findings if f.rule == "spelling"]
    assert [deck[f.start : f.end] for f in found] == ["Toivottavsti", "Tyhjenys"]


def test_a_title_opened_by_a_name_is_no_typo_but_a_titles_typo_is(linter: Linter) -> None:
    """ "# Kalvio – esitys …", "## Kalvio: …", "## Kalvio teidän autoissanne": a title
    opened by a name and a dash or colon, or a name set in the reader's world (the
    speller would offer "Kalvo"); a typo opening a title is still a typo."""
    rest = "\n\n## Toivottavsti ehditte vertailla\n- Koeajo kahdella autolla\n"
    for title in (
        "# Kalvio – esitys Kuhmon Puukuljetukselle",
        "# Kuhmon Puukuljetus\n\n## Kalvio teidän autoissanne\n- Sijainti 10 sekunnin välein",
        "# Kuhmon Puukuljetus\n\n## Kalvio: seuranta ja huolto\n- Sijainti 10 sekunnin välein",
    ):
        deck = title + rest
        found = [f for f in linter.lint(deck, "outline").findings if f.rule == "spelling"]
        assert [deck[f.start : f.end] for f in found] == ["Toivottavsti"], title


def test_a_typo_of_a_dictionary_word_is_no_inflected_name(linter: Linter) -> None:
    """ "Asukaspalaute" is a word, so "Asukaspalauteet" is its typo, not its form; and
    the split "Asukaspa lauteet" finds a surname only in a common noun."""
    deck = (
        "# Porrassiivous\n\n## Seuranta\n- Asukaspalaute tekstiviestillä siivoojalle\n"
        "- Asukaspalauteet koesiivouksesta hallitukselle\n"
    )
    found = [f for f in linter.lint(deck, "outline").findings if f.rule == "spelling"]
    assert [deck[f.start : f.end] for f in found] == ["Asukaspalauteet"]


@pytest.mark.parametrize(
    "text",
    [
        # the seller signs with the name
        "Hei Anna,\n\nOppimo on työkalu juuri tähän. Toivottavsti ehdit lukea tämän.\n\n"
        "Terveisin\nJari\nOppimo Oy\n",
        # the same name inflected elsewhere, capitalised mid-sentence
        "Hei Anna,\n\nLiittymänne ovat Kaistanetin paketissa. Kaistanet nostaa hintaa "
        "kesäkuussa. Toivottavsti ehdit lukea tämän.\n\nTerveisin\nJari\n",
        # a product name of two capitalised words the dictionary lacks
        "Hei Anna,\n\nKong Gateway 3.6:ssa rajoitus on yksi laajennus. Toivottavsti ehdit "
        "lukea tämän.\n\nTerveisin\nJari\n",
        # an API path is no word
        "Hei Anna,\n\nKumppanit kutsuvat osoitetta GET /api/v2/shipments/{id}. Toivottavsti "
        "ehdit lukea tämän.\n\nTerveisin\nJari\n",
    ],
    ids=["signature-name", "inflected-elsewhere", "two-word-product", "api-path"],
)
def test_a_sentence_initial_name_known_from_the_message(linter: Linter, text: str) -> None:
    assert _spelling_spans(linter, text) == ["Toivottavsti"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a word ending in a letter no Finnish word ends in is a brand
        (
            "Hei Anna,\n\nKiiltox hoitaa salinne siivouksen hyvin. Toivottavsti ehdit lukea "
            "tämän.\n\nTerveisin\nJari\n",
            "email",
        ),
        # letters no Finnish word spells ("th"), though one edit from a word
        (
            "Hei Anna,\n\nSavothermin asentajat kävivät eilen. Toivottavsti ehdit lukea "
            "tämän.\n\nTerveisin\nJari\n",
            "email",
        ),
        # the name of the reader's firm, known from the address it writes from
        (
            "From: Jari <jari@kumuri.fi>\nTo: Aino <aino@juoksola.fi>\nSubject: Videot\n\n"
            "Hei Aino,\n\nJuoksolan kenkäsivuilla ei ole videoita. Toivottavsti ehdit lukea "
            "tämän.\n\nTerveisin\nJari\n",
            "email",
        ),
        # the tail of the address's compound, inflected as a name (no "kiteessä")
        (
            "From: Jari <jari@kumuri.fi>\nTo: Aino <aino@hammaskeskuskide.fi>\nSubject: Ajat\n\n"
            "Hei Aino,\n\nKidessä ajat varataan puhelimella. Toivottavsti ehdit lukea "
            "tämän.\n\nTerveisin\nJari\n",
            "email",
        ),
        # a name that keeps the grade of its base form ("Rungossa" is the word's)
        (
            "Hei Aino,\n\nRunkossa jäsenyydet ovat kahdessa järjestelmässä. Toivottavsti "
            "ehdit lukea tämän.\n\nTerveisin\nJari\n",
            "email",
        ),
        # only a name is founded
        (
            "# Keitä olemme\n\n- Kumuri on perustettu 2015\n- Toivottavsti ehditte lukea\n",
            "outline",
        ),
        # after a colon, a short capitalised word in a fragment without a verb
        ("# Lopuksi: Kumuri lyhyesti\n\n- Toivottavsti ehditte lukea\n", "outline"),
        # a name inflected whole, both its words in the genitive
        (
            "Hei Aino,\n\nNostola Hissien käsikirjat ovat verkossa. Toivottavsti ehdit lukea "
            "tämän.\n\nTerveisin\nJari\n",
            "email",
        ),
        # one letter from other names ("Harvala", "Arvola") and from no common word
        (
            "Hei Aino,\n\nHarvola on julkaissut kymmenen videota. Toivottavsti ehdit lukea "
            "tämän.\n\nTerveisin\nJari\n",
            "email",
        ),
        # an owner one letter only from forms nobody writes ("Lemmon", "Lammion")
        (
            "Hei Aino,\n\nLemmion asiakaspalvelussa on noin 14 agenttia. Toivottavsti ehdit "
            "lukea tämän.\n\nTerveisin\nJari\n",
            "email",
        ),
        # a label of the name and an adverb before a colon
        (
            "# Webinaari\n\n## Lopuksi\n- Verbia lyhyesti: helsinkiläinen kielikoulu\n"
            "- Toivottavsti ehditte lukea\n",
            "outline",
        ),
        # the subject of a verb with an object, near only cases no subject takes
        (
            "Hei Aino,\n\nKoodila siirsi palvelunsa meille viime syksynä. Toivottavsti ehdit "
            "lukea tämän.\n\nTerveisin\nJari\n",
            "email",
        ),
        # a subject one letter from a compound the speller makes up ("Linkorae")
        (
            "Hei Aino,\n\nLinkora sulkee 3G-verkkonsa joulukuussa. Toivottavsti ehdit lukea "
            "tämän.\n\nTerveisin\nJari\n",
            "email",
        ),
    ],
    ids=[
        "foreign-final-letter",
        "foreign-letters",
        "address",
        "address-tail",
        "ungraded-name",
        "founded",
        "after-a-label",
        "genitive-name-of-two-words",
        "a-name-near-names-only",
        "an-owner-near-rare-forms-only",
        "a-label-with-an-adverb",
        "a-transitive-subject-near-oblique-cases-only",
        "a-subject-near-a-made-up-compound-only",
    ],
)
def test_a_sentence_initial_name_known_from_its_form_or_place(
    linter: Linter, text: str, kind: str
) -> None:
    found_ = [f for f in linter.lint(text, kind).findings if f.rule == "spelling"]
    assert [text[f.start : f.end] for f in found_] == ["Toivottavsti"]


def test_a_long_word_one_letter_off_after_a_colon_is_a_typo(linter: Linter) -> None:
    deck = "# Esitys: Kyberturvalisuus klinikan arjessa\n\n- Koulutus kalastelusta\n"
    found_ = [f for f in linter.lint(deck, "outline").findings if f.rule == "spelling"]
    assert [deck[f.start : f.end] for f in found_] == ["Kyberturvalisuus"]


def test_a_place_before_its_institution_opens_a_heading(linter: Linter) -> None:
    """ "Saivon" is "Savion" with two letters swapped, but a genitive before "koulun"
    names the school's place."""
    deck = "# Saivon koulun ruokailu tänään\n\n- Jono kestää 20 minuuttia\n"
    assert [f for f in linter.lint(deck, "outline").findings if f.rule == "spelling"] == []


@pytest.mark.parametrize(
    ("deck", "typo"),
    [
        # a heading's first word is capitalised whatever it is; a swap is still a slip,
        # while a name one letter off a word ("Näsinkallion") is left alone
        (
            "# Siivous\n\n## Havainotmme saleilta\n- Kahvat likaantuvat iltaisin\n\n"
            "## Näsinkallion taloyhtiön lähtötilanne\n- Kolme porrasta\n",
            "Havainotmme",
        ),
        # "Kaarnion" is "kaarnoin" swapped, but nobody writes that form: a name
        (
            "# Kaarnion lihakuormat Vantaalle\n\n## Havainotmme laiturilta\n"
            "- Ovi auki yli 8 minuuttia\n",
            "Havainotmme",
        ),
        # "## Aikatalu" is "Aikataulu" with a letter dropped; a short name one letter off
        # a word ("## Kassio" for "kaksio") is left alone
        (
            "# Kassajärjestelmä\n\n## Aikatalu\n- Käyttöönotto kesäkuussa\n\n"
            "## Kassio\n- Nykyinen järjestelmänne\n",
            "Aikatalu",
        ),
    ],
    ids=[
        "two-letters-swapped",
        "swapped-from-a-form-nobody-writes",
        "long-word-one-slip-from-a-common-one",
    ],
)
def test_a_slip_in_a_headings_first_word_is_a_typo(linter: Linter, deck: str, typo: str) -> None:
    found_ = [f for f in linter.lint(deck, "outline").findings if f.rule == "spelling"]
    assert [deck[f.start : f.end] for f in found_] == [typo]


def test_a_dictionary_word_one_lost_length_from_an_everyday_form_is_a_slip(
    linter: Linter,
) -> None:
    """ "seuravana" (a compound no one writes) for "seuraavana", "laiteiden" for
    "laitteiden"; an everyday word is left alone, and so is a capitalised one."""
    text = (
        "Hei Mikko,\n\nAsennus alkaa heti seuravana maanantaina, ja laiteiden kytkentä kestää "
        "kaksi tuntia. Seuraavana päivänä laitteet ovat käytössä.\n\nTerveisin\nAino"
    )
    hits = [f for f in linter.lint(text, "email").findings if f.rule == "spelling"]
    assert [(text[f.start : f.end], f.suggestion) for f in hits] == [
        ("seuravana", "seuraavana"),
        ("laiteiden", "laitteiden"),
    ]


def test_a_web_brand_and_partners_names_are_names(linter: Linter) -> None:
    """ "Vuokranet" (a word and "-net") and "Aaltola & Vesa" open sentences as names,
    though each is one letter from a word; the slip beside them is still found."""
    text = (
        "Hei Mikko,\n\nVuokranet on alan vanhin toimija. Aaltola & Vesa ehdotti keväällä "
        "yhtä rekisteriä. Toivottavsti ehdit lukea tämän.\n\nTerveisin\nAino"
    )
    assert _spelling_spans(linter, text) == ["Toivottavsti"]


def test_makers_genitive_before_a_product_name_is_a_name(linter: Linter) -> None:
    text = (
        "Hei Anna,\n\nEsrin ArcGIS on yleisin vaihtoehto tähän. Toivottavsti ehdit "
        "lukea tämän.\n\nTerveisin\nJari\n"
    )
    spans = _spelling_spans(linter, text)
    assert spans == ["Toivottavsti"]


def test_a_sentence_initial_name_paired_with_a_name_is_a_name(linter: Linter) -> None:
    text = (
        "Hei Anna,\n\nMedilinjan ja Dentovaran listahinnat ovat samalla tasolla. "
        "Toivottavsti ehdit lukea tämän.\n\nTerveisin\nJari\n"
    )
    spans = _spelling_spans(linter, text)
    assert spans == ["Toivottavsti"]


@pytest.mark.parametrize("prefix", ["Re", "RE", "VS", "Vs", "Fwd", "VL", "SV"])
def test_reply_prefix_in_the_subject_is_not_a_word(linter: Linter, prefix: str) -> None:
    text = (
        f"Aihe: {prefix}: Lastauslaiturin aikataulu\n\nHei Anna,\n\nkiitos viestistä. "
        "Soitan sinulle torstaina kello 9.\n\nTerveisin\nJari\n"
    )
    assert "spelling" not in {f.rule for f in linter.lint(text, "email").findings}


def test_lower_case_after_a_comma_greeting_is_correct(linter: Linter) -> None:
    # Kielitoimisto: "Hei Maija,\nkokous on peruttu" - after a comma the text goes on in
    # lower case; a lower-case start elsewhere is still an error.
    text = (
        "Hei Maija,\n\nnäin eilen, että koulun runkovaihe alkaa marraskuussa. "
        "Soitan sinulle torstaina kello 8.\n\ntämä kappale alkaa väärin.\n\nTerveisin\nJari\n"
    )
    spans = [
        text[f.start : f.end] for f in linter.lint(text, "email").findings if f.rule == "grammar"
    ]
    assert spans == ["tämä"]


_OUTLINE = (
    "Työterveys tutkijoille\n\n"
    "1. Tilanne\n"
    "   a) Apurahatutkijat eivät kuulu työterveyshuollon piiriin\n"
    "   b) Kuormitus ja ja epävarmuus näkyvät poissaoloina\n"
    "2. Ehdotus\n"
    "   a) Pyskologin etävastaanotto kahden arkipäivän kuluessa\n"
)


def test_outline_bullets_get_spelling_at_a_list_mark_and_doubled_words(linter: Linter) -> None:
    report = linter.lint(_OUTLINE, "outline")
    found = {(f.rule, _OUTLINE[f.start : f.end]) for f in report.findings}
    assert ("spelling", "Pyskologin") in found  # after "a)" a capital does not make a name
    assert ("grammar", "ja ja") in found
    # bullets and titles have no full stops and need none
    assert not [
        f
        for f in report.findings
        if f.rule == "grammar" and "ja ja" not in _OUTLINE[f.start : f.end]
    ]


def test_merge_tag_before_a_colon_is_no_sentence_start_error(linter: Linter) -> None:
    text = "# <ASIAKAS>: sähkön hankinta\n\n## Tilanne\n- Nykyinen sopimus päättyy keväällä\n"
    assert "grammar" not in {f.rule for f in linter.lint(text, "outline").findings}


def test_a_misspelt_part_before_a_hyphen_and_ja_is_still_a_typo(linter: Linter) -> None:
    text = "Hei Mikko,\n\nKampanja jaetaan sisa- ja ulkonäyttöjen kesken.\n\nTerveisin\nAino"
    assert [
        text[f.start : f.end] for f in linter.lint(text, "email").findings if f.rule == "spelling"
    ] == ["sisa"]


def test_a_typo_after_an_acronym_and_a_hyphen_is_a_typo(linter: Linter) -> None:
    text = (
        "Hei Mikko,\n\nTeetkö ALV-ilmotukset itse? CRM-järjestelmä ja SaaS-palvelu ovat "
        "kunnossa.\n\nTerveisin\nAino"
    )
    assert [
        text[f.start : f.end] for f in linter.lint(text, "email").findings if f.rule == "spelling"
    ] == ["ALV-ilmotukset"]


def test_a_word_the_speller_rejects_is_spelling_not_grammar(linter: Linter) -> None:
    text = "Hei Mikko,\n\nVirheitä ei tule enään käsin tehtyinä.\n\nTerveisin\nAino"
    found = [(f.rule, text[f.start : f.end]) for f in linter.lint(text, "email").findings]
    assert ("spelling", "enään") in found
    assert not any(rule == "grammar" for rule, _ in found)


def test_abbreviations_and_units_by_a_figure_are_not_typos(linter: Linter) -> None:
    text = (
        "Hei Anna,\n\nToimitus 3–5 pv ja max 20 kpl viikossa. Esim. viikolla 6 palautuksia "
        "oli 8 % vs. 3 % vuotta aiemmin. Hinta on 40 euroo.\n\nTerveisin\nMatti"
    )
    found = [f for f in linter.lint(text, "email").findings if f.rule == "spelling"]
    assert [text[f.start : f.end] for f in found] == ["euroo"]


def test_every_word_of_a_company_name_before_oy_is_a_name(linter: Linter) -> None:
    text = "# Koneiden seuranta\n\n## Yritysesittely: Metrix Tuotantodata Oy\n- Perustettu 2006\n"
    assert "spelling" not in {f.rule for f in linter.lint(text, "outline").findings}


# --- spelling: a slip from a word in use, or a trade term ---------------------------------

TRADE_EMAIL = (
    "Hei Anna,\n\nHuomasin, että laboratorionne hankkii uusia laitteita. Meidän {} "
    "ovat olleet käytössä kolmessa yliopistossa.\n\nSopisiko puhelu torstaina kello 10?"
    "\n\nTerveisin\nLeena"
)


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("kiinostaa", "kiinnostaa"),  # Voikko's own first guess is "kinostaa"
        ("maaliskuusa", "maaliskuussa"),  # Voikko offers no "maaliskuussa" at all
        ("tukimahdolisuuksista", "tukimahdollisuuksista"),  # one part of a compound
        ("työturvalisuuskoulutukset", "työturvallisuuskoulutukset"),
    ],
)
def test_spelling_suggests_the_common_word_meant(linter: Linter, typo: str, meant: str) -> None:
    text = TRADE_EMAIL.format(typo)
    hits = found(linter, text, "spelling")
    assert [text[h.start : h.end] for h in hits] == [typo]
    assert_span(hits[0], text, typo)
    assert hits[0].suggestion == meant


def test_spelling_names_each_suggestion_once(linter: Linter) -> None:
    # Voikko's first guess is the common fix too: said once, not twice
    text = TRADE_EMAIL.format("asiakkaden")
    (hit,) = found(linter, text, "spelling")
    assert_span(hit, text, "asiakkaden")
    assert hit.message.count('"asiakkaiden"') == 1


@pytest.mark.parametrize("term", ["reometrit", "mikrotomit", "refraktometrit"])
def test_spelling_a_trade_term_one_letter_from_no_word_in_use(linter: Linter, term: str) -> None:
    """Voikko lacks these and offers "erometrit", "mikrot omit", "refraktiometrit": one
    letter away, but nobody writes those, so the word is no slip from them."""
    assert found(linter, TRADE_EMAIL.format(term), "spelling") == []
    reported = Linter(Config(rules={"spelling": {"report-unknown": True}}))
    assert len(found(reported, TRADE_EMAIL.format(term), "spelling")) == 1


def test_a_noun_compound_beside_a_rare_verb_reading_is_no_typo(linter: Linter) -> None:
    # "saatava" + "kanta" (receivables), which Voikko also guesses as "saatava" + "kantata"
    text = (
        "Hei Aino,\n\nNäytän, miltä saatavakantanne näyttää ennusteen läpi. Toivottavsti "
        "ehdit lukea tämän.\n\nTerveisin\nJari\n"
    )
    found_ = [f for f in linter.lint(text, "email").findings if f.rule == "spelling"]
    assert [text[f.start : f.end] for f in found_] == ["Toivottavsti"]
    # a noun before a verb that is a typo of a noun still is one
    slip = text.replace("saatavakantanne", "mittausrapotit")
    found_ = [f for f in linter.lint(slip, "email").findings if f.rule == "spelling"]
    assert [slip[f.start : f.end] for f in found_] == ["mittausrapotit", "Toivottavsti"]


@pytest.mark.parametrize(
    ("word", "derived"),
    [
        ("tiliöityy", True),  # tiliöidä
        ("tiliöityvät", True),
        ("tiliöitynyt", True),
        ("kirjoityy", False),  # no "kirjoidä"
        ("asenettu", False),  # no reflexive shape
    ],
)
def test_a_reflexive_verb_is_derived_from_a_known_ida_verb(word: str, derived: bool) -> None:
    from pitchlint.analysis.voikko import get_voikko
    from pitchlint.rules.builtin.spelling import _reflexive_derivation

    assert _reflexive_derivation(word, get_voikko()) is derived


def test_two_capitalised_words_the_parser_joins_are_one_name(linter: Linter) -> None:
    """ "Lingua Nova" opens a bullet: "Lingua" is one letter from "lintua", but the
    parser reads the two as one proper name; the slip in the next bullet is found."""
    deck = (
        "# Käännökset\n\n## Ehdotus\n- Lingua Nova kääntää puolan ja tšekin\n"
        "- Toivottavsti aikataulu sopii\n"
    )
    found_ = [f for f in linter.lint(deck, "outline").findings if f.rule == "spelling"]
    assert [deck[f.start : f.end] for f in found_] == ["Toivottavsti"]


def test_an_abbreviation_ending_a_sentence_is_no_typo(linter: Linter) -> None:
    """ "… jonka järjestää Suomen Teollisuusenergia ry." keeps one full stop for both;
    a slip before it is still found."""
    text = (
        "Hei Anna,\n\nSeminaarin järjestää Suomen Teollisuusenergia ry. Kirjoitin sanan "
        "väärn tähän.\n\nTerveisin\nJari\n"
    )
    assert _spelling_spans(linter, text) == ["väärn"]


def test_the_sellers_name_with_a_weakened_stop_is_no_typo(linter: Linter) -> None:
    """Signed "Linjakko Oy": "Linjakossa" is the name inflected (kk -> k before a
    closed syllable), not a slip of "Linjakassa"."""
    text = (
        "Hei Anna,\n\nLinjakossa puhelut ja chatit jonottavat samassa näkymässä. Kirjoitin "
        "sanan väärn tähän.\n\nTerveisin\nVille Rantanen\nLinjakko Oy\n"
    )
    assert _spelling_spans(linter, text) == ["väärn"]


@pytest.mark.parametrize(
    ("sentence", "typo"),
    [
        # a genitive that a cited source is named by is its publisher's name
        ("Kontaktion mukaan puhelut lisääntyivät talvella.", []),
        ("Kontaktion tuoreen selvityksen mukaan jonot pitenivät.", []),
        # unless the nearest word is itself such a source: a typo of one
        ("Tutkimksen mukaan puhelut lisääntyivät talvella.", ["Tutkimksen"]),
        # and an adjective's -nen before a source noun is no genitive
        ("Automaatinen palautustesti ajetaan kerran viikossa.", ["Automaatinen"]),
    ],
)
def test_a_source_cited_by_its_publishers_name(
    linter: Linter, sentence: str, typo: list[str]
) -> None:
    text = f"Hei Anna,\n\n{sentence}\n\nTerveisin\nJari\n"
    assert _spelling_spans(linter, text) == typo
