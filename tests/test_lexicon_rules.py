"""The five lexicon rules in rules/*.toml, run through the real pipeline.

Every term entry of every rule file has at least three sentences below, each with
the term in a different inflected form or compound; ``[`` and ``]`` mark the exact
span the finding must cover. Hard negatives check negation, concrete terms,
about-the-reader phrases, neutral competitor facts and quoted text.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from pitchlint import Linter
from pitchlint.inputs import parse_bytes
from pitchlint.rules.lexicon import LexiconRule, load_lexicon_file

RULES_DIR = Path(__file__).resolve().parents[1] / "rules"
RULE_IDS = ("vague-fluff", "self-praise", "servile-tone", "unbacked-promise", "competitor-bashing")
WEIGHTS = {
    "vague-fluff": 5,
    "self-praise": 8,
    "servile-tone": 8,
    "unbacked-promise": 10,
    "competitor-bashing": 10,
}
HEAD = "Hei Anna,\n\n"
TAIL = "\n\nTerveisin\nMatti Meikäläinen\nEsimerkki Oy"

# rule -> term label (its words/part/exact) -> sentences, the expected span in [brackets]
CASES: dict[str, dict[str, list[str]]] = {
    "vague-fluff": {
        "kokonaisvaltainen": [
            "Tarjoamme [kokonaisvaltaisen] palvelun koko kiinteistölle.",
            "Hoidamme asiat [kokonaisvaltaisesti] alusta loppuun.",
            "Asiakkaamme arvostavat [kokonaisvaltaisia] sopimuksiamme.",
        ],
        "innovatiivisuus": [
            "Arvostamme [innovatiivisuutta].",
            "Meidän vahvuutemme on [innovatiivisuus].",
            "Tunnemme [innovatiivisuudestamme].",
        ],
        "kokonaisvaltaisuus": [
            "Palvelumme ydin on [kokonaisvaltaisuus].",
            "Korostamme [kokonaisvaltaisuutta] kaikessa.",
            "Tunnemme [kokonaisvaltaisuudestamme].",
        ],
        "synerginen": [
            "Yhteistyö on [synergistä].",
            "Rakennamme [synergisen] kumppanuuden.",
            "Tarjoamme [synergisiä] palveluja.",
        ],
        "holistinen": [
            "Lähestymistapamme on [holistinen].",
            "Katsomme tilannettanne [holistisesti].",
            "Rakennamme [holistisia] malleja johtoryhmille.",
        ],
        "innovatiivinen": [
            "Olemme [innovatiivinen] kumppani.",
            "Kehitämme [innovatiivisia] palveluja teollisuudelle.",
            "Ratkaisemme ongelmat [innovatiivisesti].",
        ],
        "innovaatio": [
            "Uusin [innovaatiomme] muuttaa alan.",
            "Tuomme [innovaatioita] teidän arkeenne.",
            "Palvelu perustuu [kasvuinnovaatioon].",
        ],
        "asiakaslähtöinen": [
            "Toimimme aina [asiakaslähtöisesti].",
            "Tarjoamme [asiakaslähtöisen] ratkaisun.",
            "Kaikki palvelumme ovat [asiakaslähtöisiä].",
        ],
        "asiakaslähtöisyys": [
            "Meille tärkeintä on [asiakaslähtöisyys].",
            "Panostamme [asiakaslähtöisyyteen] joka päivä.",
            "Toimintamme perustuu [asiakaslähtöisyyden] periaatteelle.",
        ],
        "asiakaskeskeinen": [
            "Olemme [asiakaskeskeinen] yritys.",
            "Rakennamme [asiakaskeskeisiä] palveluja.",
            "Palvelemme teitä [asiakaskeskeisesti].",
        ],
        "asiakaskeskeisyys": [
            "Arvomme on [asiakaskeskeisyys].",
            "Sitoudumme [asiakaskeskeisyyteen].",
            "Tämä on [asiakaskeskeisyyden] ydin.",
        ],
        "ketterä": [
            "Olemme [ketterä] toimija.",
            "Toimimme [ketterästi] muutoksissa.",
            "Tarjoamme [ketteriä] malleja projekteihin.",
        ],
        "ketteryys": [
            "Meidän vahvuutemme on [ketteryys].",
            "Tuomme organisaatioonne [ketteryyttä].",
            "Toimintamme perustuu [ketteryyteen].",
        ],
        "saumaton yhteistyö|integraatio|palvelu|palvelukokemus|kokemus|toiminta|siirtymä|ketju|"
        "prosessi|kumppanuus|yhteys|kokonaisuus|ratkaisu|-ratkaisu|tiedonkulku|viestintä|"
        "yhteispeli|kunnossapito|ylläpito|huolto|hallinta|-hallinta|ohjaus|-palvelu|tuki|-tuki|"
        "asiointi|jatkumo|käyttöönotto|malli|-malli|polku|-polku|matka|-kulku": [
            "Tarjoamme [saumattoman polun] sopimuksesta allekirjoitukseen.",
            "Rakennamme [saumattoman asiakaspolun] verkkokauppaanne.",
            "Lupaamme [saumattoman työnkulun] kaikille osastoille.",
            "[Saumaton tiedonkulku] osastojen välillä.",
            "Kanssamme [saumaton toimintamallimme] hoitaa kaiken muun.",
            "Tarjoamme [saumattoman palvelumallin] koko ketjulle.",
            "Tarjoamme lisäksi [saumattoman tuen] koko elinkaaren ajan.",
            "Asiakkaamme saavat [saumatonta asiakastukea] arkisin.",
            "Lupaamme [saumattoman käyttöönoton] kaikille.",
            "Tarjoamme [saumattoman kunnossapidon] koko pihalle.",
            "[Saumaton ilmastonhallinta] kurkkutilallesi",
            "Asiakkaat saavat [saumattomia asiakaspalveluja] ympäri vuoden.",
            "Varmistamme [saumattoman viestinnän] työmaalla.",
            "Tavoitteena on [saumaton yhteispeli] kaikkien toimijoiden kesken.",
            "Lupaamme [saumatonta yhteistyötä].",
            "Rakennamme [saumattoman integraation] järjestelmiinne.",
            "Tarjoamme [saumattomia palveluja] koko maahan.",
        ],
        "saumattomasti": [
            "Järjestelmä toimii [saumattomasti] kanssanne.",
            "Integroimme palvelut [saumattomasti].",
            "Kaikki sujuu [saumattomasti] alusta loppuun.",
        ],
        "ainutlaatuinen": [
            "Tarjoamme [ainutlaatuisen] mahdollisuuden.",
            "Palvelumme on [ainutlaatuinen] markkinoilla.",
            "Kehitämme [ainutlaatuisia] ratkaisuja.",
        ],
        "elämyksellinen": [
            "Tarjoamme [elämyksellisen] virkistyspäivän koko työyhteisölle.",
            "Tarjoamme [elämyksellisen] pikkujoulun koko henkilöstölle.",
            "Rakennamme [elämyksellisiä] asiakaskokemuksia.",
        ],
        "edistyksellinen": [
            "Käytämme [edistyksellistä] teknologiaa.",
            "Olemme [edistyksellinen] kumppani.",
            "Tarjoamme [edistyksellisiä] työkaluja.",
        ],
        "uraauurtava": [
            "Esittelemme [uraauurtavan] palvelun.",
            "Tämä menetelmä on [uraauurtava].",
            "Teemme [uraauurtavia] hankkeita.",
        ],
        "mullistava": [
            "Tuotteemme on [mullistava].",
            "Esittelemme [mullistavan] sovelluksen.",
            "Tarjoamme [mullistavia] ratkaisuja.",
        ],
        "vallankumouksellinen": [
            "Palvelumme on [vallankumouksellinen].",
            "Kehitimme [vallankumouksellisen] alustan.",
            "Tuomme markkinoille [vallankumouksellisia] tuotteita.",
        ],
        "disruptiivi": [
            "Teknologiamme on [disruptiivinen].",
            "Tarjoamme [disruptiivisen] liiketoimintamallin.",
            "Rakennamme [disruptiivisia] palveluja.",
        ],
        "skaalautuva": [
            "Alustamme on [skaalautuva].",
            "Tarjoamme [skaalautuvan] ratkaisun.",
            "Rakennamme [skaalautuvia] järjestelmiä.",
        ],
        "proaktiivinen": [
            "Palvelumme on [proaktiivinen].",
            "Toimimme [proaktiivisesti].",
            "Tarjoamme [proaktiivista] tukea.",
        ],
        "ratkaisukeskeinen": [
            "Olemme [ratkaisukeskeinen] kumppani.",
            "Toimimme [ratkaisukeskeisesti].",
            "Tarjoamme [ratkaisukeskeistä] konsultointia.",
        ],
        "tulevaisuudenkestävä": [
            "Rakennamme [tulevaisuudenkestävän] alustan.",
            "Ratkaisumme on [tulevaisuudenkestävä].",
            "Tarjoamme [tulevaisuudenkestäviä] palveluja.",
        ],
        "synergia": [
            "Yhteistyö tuo [synergiaetuja].",
            "Haemme [synergioita] liiketoimintojen välillä.",
            "Saatte selvän [synergiahyödyn].",
        ],
        "lisäarvo": [
            "Saatte [lisäarvoa] liiketoimintaanne.",
            "Palvelumme on todellinen [lisäarvo].",
            "Keskitymme [lisäarvon] tuottamiseen.",
        ],
        "huippuosaaminen": [
            "Meillä on alan [huippuosaaminen].",
            "Tarjoamme [huippuosaamista] teille.",
            "Hyödynnämme [huippuosaamistamme] projekteissa.",
        ],
        "huippuosaaja": [
            "Tiimissämme on [huippuosaajia].",
            "Olemme [huippuosaaja] omalla alallamme.",
            "Kokosimme [huippuosaajien] ryhmän.",
        ],
        "huippuasiantuntija": [
            "Meillä on alan [huippuasiantuntijat].",
            "Tiimimme koostuu [huippuasiantuntijoista].",
            "Saatte käyttöönne [huippuasiantuntijan].",
        ],
        "huippuammattilainen": [
            "Asentajamme ovat [huippuammattilaisia].",
            "Palvelua tekee [huippuammattilainen].",
            "Luotamme [huippuammattilaisiimme].",
        ],
        "tuoda|tuottaa|luoda arvo": [
            "[Luomme arvoa] asiakkaillemme.",
            "Palvelu [tuo teille arvoa] joka päivä.",
            "Haluamme [tuottaa arvoa] yhdessä.",
        ],
        "=seuraavalle|=uudelle|=seuraavalla|=uudella taso": [
            "Viemme liiketoimintanne [seuraavalle tasolle].",
            "Nostamme palvelunne [uudelle tasolle].",
            "Asiakaskokemus on nyt [uudella tasolla].",
        ],
        "mullistaa": [
            "Palvelumme [mullistaa] alan.",
            "Olemme [mullistaneet] logistiikan.",
            "Haluamme [mullistaa] tapanne toimia.",
        ],
        "innovoida": [
            "[Innovoimme] jatkuvasti.",
            "Haluamme [innovoida] kanssanne.",
            "Olemme [innovoineet] uuden palvelun.",
        ],
        "kokonaisratkaisu": [
            "Tarjoamme [kokonaisratkaisun] logistiikkaan.",
            "Myymme [kokonaisratkaisuja] kiinteistöille.",
            "Tämä on toimiva [kokonaisratkaisu].",
        ],
        "paradigma": [
            "Tämä on uusi [paradigma].",
            "Olemme murtamassa vanhan [paradigman].",
            "Tuomme alalle [paradigman] muutoksen.",
        ],
        "tulevaisuus ratkaisu|teknologia|työkalu|palvelu|alusta|kestävä": [
            "Tarjoamme [tulevaisuuden ratkaisuja].",
            "Rakennamme [tulevaisuuden teknologiaa].",
            "Esittelemme [tulevaisuuden palvelun].",
            "Rakennamme [tulevaisuuden kestäviä] ratkaisuja.",
        ],
        "digitaalinen transformaatio|murros|muutosmatka": [
            "Autamme [digitaalisessa transformaatiossa].",
            "Kuljemme kanssanne [digitaalisen murroksen] läpi.",
            "Tämä on osa [digitaalista transformaatiota].",
        ],
        "transformaatio": [
            "Autamme yrityksenne [transformaatioon].",
            "Viemme [transformaation] läpi vaiheittain.",
            "Olemme kumppaninne koko [transformaatiossa].",
        ],
        "ekosysteemi": [
            "Rakennamme teille toimivan [ekosysteemin].",
            "Liity kasvavaan [ekosysteemiimme].",
            "Palvelu on osa laajaa [ekosysteemiä].",
        ],
        "digitransformaatio": [
            "Tuemme [digitransformaatiota].",
            "Olemme kumppaninne [digitransformaatiossa].",
            "Käynnistämme [digitransformaation] yhdessä.",
        ],
        "strateginen kumppani|kumppanuus": [
            "Haluamme olla [strateginen kumppaninne].",
            "Tarjoamme [strategista kumppanuutta].",
            "Toimimme [strategisena kumppanina].",
        ],
        "win-win": [
            "Tämä on [win-win] kaikille.",
            "Tämä on aito [win–win] molemmille.",
            "Tavoite on [win win] -asetelma.",
            "Tavoitteena on [win-win-tilanne].",
            "Rakennamme [win-win-kumppanuuksia].",
        ],
        "next level": [
            "Viemme asiakaskokemuksen [next level] -tasolle.",
            "Tämä on [next levelin] palvelua.",
            "Tarjoamme [next level] -ratkaisuja.",
        ],
        "best practice": [
            "Käytämme alan [best practice] -malleja.",
            "Jaamme [best practicet] teille.",
            "Toimimme [best practicen] mukaan.",
        ],
        "state of the art": [
            "Käytössämme on [state of the art] -teknologia.",
            "Tarjoamme [state of the art] -palveluja.",
            "Laitteemme ovat [state of the artia].",
        ],
        "end-to-end": [
            "Tarjoamme [end-to-end] -palvelun.",
            "Hoidamme [end-to-end-prosessin].",
            "Ratkaisumme on [end-to-end].",
        ],
        "one-stop-shop": [
            "Olemme [one-stop-shop] kiinteistöille.",
            "Tarjoamme [one-stop-shop-palvelun].",
            "Meistä tulee teidän [one-stop-shopinne].",
        ],
        "game changer": [
            "Tämä on todellinen [game changer].",
            "Palvelumme on alan [game changeri].",
            "Esittelemme [game changerin] logistiikkaan.",
        ],
        "cutting edge": [
            "Käytämme [cutting edge] -tekniikkaa.",
            "Tarjoamme [cutting edge] -ratkaisuja.",
            "Osaamisemme on [cutting edgeä].",
        ],
    },
    "self-praise": {
        "@place johtava|ykkönen": [
            "Olemme [Pirkanmaan johtava] tilitoimisto.",
            "Yrityksemme on [Lapin ykkönen] matkailussa.",
            "Miksi me: [Uudenmaan johtava] kiinteistöhuolto.",
        ],
        "=kukaan|=kenenkään|=yksikään|=mikään|=harva kuin =me|=meitä|=meillä|=minä|=minua": [
            "[Kukaan Suomessa ei tee asiantuntijasisältöä paremmin kuin me].",
            "[Harva osaa tämän yhtä hyvin kuin me].",
            "[Yksikään kilpailija ei toimita nopeammin kuin me].",
        ],
        "alue|seutu|maakunta|talousalue|lähialue johtava": [
            "Olemme [alueen johtava] kylvökoneiden asiantuntija.",
            "Yrityksemme on [seudun johtavia] huoltoliikkeitä.",
            "Me kuulumme [maakunnan johtaviin] urakoitsijoihin.",
        ],
        "ala|toimiala|markkina|Suomi|Pohjoismaat|Eurooppa|maailma|Skandinavia|=maan johtava": [
            "Olemme [maan johtava] logistiikka-alueiden vartioija.",
            "Meistä on kasvanut [maan johtavia] toimijoita.",
            "Yrityksemme on [maan johtavien] joukossa.",
            "Olemme [alan johtava] toimija.",
            "Yrityksemme on [Suomen johtava] ohjelmistotalo.",
            "Me kuulumme [Pohjoismaiden johtaviin] palveluntarjoajiin.",
        ],
        "johtava toimija|toimittaja|palveluntarjoaja|tarjoaja|yritys|yhtiö|talo|valmistaja|brändi|"
        "kumppani|ratkaisu|järjestelmä|ohjelmisto|alusta|palvelu": [
            "Olemme [johtava pohjoismainen ohjelmistotalo].",
            "Toimimme [johtavana palveluntarjoajana].",
            "Meistä on tullut [johtava toimittaja].",
        ],
        "kärkinimi|kärkitalo|kärkiyritys|kärkitoimija": [
            "Olemme konenäön ehdoton [kärkitalo] Pohjoismaissa.",
            "Olemme jäsenviestinnän ehdoton [kärkinimi].",
            "Yrityksemme on alan [kärkinimiä].",
            "Meistä on tullut Suomen [kärkinimi] tapahtumatekniikassa.",
        ],
        "markkinajohtaja": [
            "Olemme [markkinajohtaja] Suomessa.",
            "Toimimme [markkinajohtajana] jo kymmenettä vuotta.",
            "Meistä on tullut alan [markkinajohtajia].",
        ],
        "edelläkävijä": [
            "Olemme alan [edelläkävijä].",
            "Meitä pidetään [edelläkävijänä].",
            "Kuulumme [edelläkävijöihin] tekoälyssä.",
        ],
        "uranuurtaja": [
            "Olemme alan [uranuurtaja].",
            "Toimimme [uranuurtajana] kiertotaloudessa.",
            "Kuulumme [uranuurtajiin].",
        ],
        "ykkönen": [
            "Olemme alan [ykkönen].",
            "Meistä on tullut asiakkaiden [ykkösvalinta].",
            "Toimimme [ykköstoimijana] Pirkanmaalla.",
        ],
        "ala|toimiala|markkina|=maailman|=suomen kärki|huippu": [
            "Tiimimme on aivan [maailman huippua].",
            "Asentajamme ovat [Suomen kärkeä].",
            "Olemme [alan kärki].",
            "Kuulumme [toimialan kärkeen].",
            "Pysymme [markkinoiden kärjessä].",
            "Asiantuntijamme ovat [alansa huippuja].",
            "Kuvaajamme ovat [alan ehdotonta kärkeä] Suomessa.",
        ],
        "kärkitoimija": [
            "Olemme alan [kärkitoimija].",
            "Kuulumme [kärkitoimijoihin].",
            "Toimimme [kärkitoimijana] kaupan alalla.",
        ],
        "maailmanluokka": [
            "Tarjoamme [maailmanluokan] palvelua.",
            "Osaamisemme on [maailmanluokkaa].",
            "Nousimme [maailmanluokkaan] jo vuosia sitten.",
        ],
        "huippuluokka": [
            "Tarjoamme [huippuluokan] palvelua.",
            "Laitteemme ovat [huippuluokkaa].",
            "Nostamme palvelunne [huippuluokkaan].",
        ],
        "huipputaso": [
            "Tarjoamme [huipputason] osaamista.",
            "Palvelumme on [huipputasoa].",
            "Nostamme laatunne [huipputasolle].",
        ],
        "ylivoimainen": [
            "Ratkaisumme on [ylivoimainen].",
            "Tarjoamme [ylivoimaisen] käyttökokemuksen.",
            "Olemme [ylivoimaisesti] alan nopein toimittaja.",
        ],
        "ylivertainen": [
            "Palvelumme on [ylivertainen].",
            "Tarjoamme [ylivertaisen] laadun.",
            "Tuotteemme ovat [ylivertaisia].",
        ],
        "Suomi|maailma|Pohjoismaat|Eurooppa|ala|toimiala|markkina =ainoa|=ainoana|=ainoat|=ainoita": [
            "Olemme [Suomen ainoa] käännöstoimisto, jonka kääntäjät ovat insinöörejä.",
            "Olemme [alan ainoa] toimija, joka takaa tämän.",
            "Tiimimme on [Pohjoismaiden ainoa] sertifioitu kumppani.",
        ],
        "Suomi|maailma|Pohjoismaat|Eurooppa|ala|toimiala|markkina =kovin|=kovimmat|=kovinta|"
        "=kovimpia|=kovimpien": [
            "Olemme ehdottomasti [Suomen kovin] porukka LinkedIn-markkinoinnissa.",
            "Tiimissämme on [alan kovimmat] tekijät.",
            "Tarjoamme [Suomen kovinta] osaamista.",
        ],
        "vertaansa vailla": [
            "Palvelumme on [vertaansa vailla].",
            "Tarjoamme [vertaansa vailla] olevan kokemuksen.",
            "Osaamisemme on aivan [vertaansa vailla] koko maassa.",
        ],
        "lyömätön": [
            "Hintamme on [lyömätön].",
            "Tarjoamme [lyömättömän] paketin.",
            "Palvelumme ovat [lyömättömiä].",
        ],
        "kiistaton": [
            "Olemme alan [kiistaton] ykköskumppani.",
            "Meidän asemamme on [kiistaton].",
            "Olemme [kiistattomasti] markkinoiden vahvin.",
        ],
        "hyvä": [
            # the partitive "parasta" is missing from voikko-fi; the analyser adds it
            "Teemme kirkkaasti [parasta] jälkeä.",
            "Olemme Suomen [paras] kumppani.",
            "Tarjoamme teille alan [parhaan] palvelun.",
            "Meillä on markkinoiden [parhaat] asiantuntijat.",
            "Tiimi, joka on alan [paras].",
        ],
        "Suomi|maailma|Pohjoismaat|Eurooppa|ala|toimiala|markkina|maakunta|=maan @superlative": [
            "Meillä on [maan edistyksellisin] huoltoverkosto.",
            # the tagger reads the superlative as an adverb: it stands before its noun
            "Olemme [Suomen tuloksellisin] verkkokauppamainonnan toimisto.",
            "Olemme [alan taitavin] perheyritys.",
            "Teemme [Suomen kauneimmat] pakkaukset.",
            "Meillä on [maakunnan siisteimmät] huoltotilat.",
        ],
        "parhaiten": [
            "Me tunnemme alan [parhaiten].",
            "Hoidamme kirjanpidon [parhaiten] koko maakunnassa.",
            "Osaamme tämän [parhaiten].",
        ],
        "kokenut": [
            "Olemme Suomen [kokenein] toimija.",
            "Meillä on alan [kokeneimmat] asentajat.",
            "Tiimimme kuuluu [kokeneimpiin] koko maassa.",
        ],
        "luotettu": [
            "Olemme alan [luotetuin] kumppani.",
            "Meistä on tullut [luotetuimpia] toimittajia.",
            "Kuulumme [luotetuimpiin] palveluntarjoajiin.",
        ],
        "luotettava": [
            "Olemme markkinoiden [luotettavin] toimittaja.",
            "Tarjoamme alan [luotettavimman] palvelun.",
            "Meillä on [luotettavimmat] laitteet.",
        ],
        "osaava": [
            "Meillä on alan [osaavin] tiimi.",
            "Asentajamme ovat Suomen [osaavimpia].",
            "Kuulumme [osaavimpiin] taloihin.",
        ],
        "tehokas": [
            "Tarjoamme markkinoiden [tehokkaimman] ratkaisun.",
            "Olemme alan [tehokkain] toimija.",
            "Laitteemme ovat [tehokkaimpia] koko maassa.",
        ],
        "laadukas": [
            "Tarjoamme alan [laadukkainta] palvelua.",
            "Olemme Suomen [laadukkain] valmistaja.",
            "Tuotteemme ovat [laadukkaimpia].",
        ],
        "nopea": [
            "Olemme alan [nopein] toimittaja.",
            "Tarjoamme markkinoiden [nopeimman] palvelun.",
            "Asentajamme ovat [nopeimpia] koko maassa.",
        ],
        "edullinen": [
            "Olemme alan [edullisin] toimija.",
            "Tarjoamme markkinoiden [edullisimman] paketin.",
            "Hintamme ovat [edullisimpia] koko maassa.",
        ],
        "suosittu": [
            "Olemme alan [suosituin] palvelu.",
            "Sovelluksemme on Suomen [suosituin].",
            "Tuotteemme ovat [suosituimpia].",
        ],
        "arvostettu": [
            "Olemme alan [arvostetuin] toimija.",
            "Kuulumme [arvostetuimpiin] taloihin.",
            "Meillä on Suomen [arvostetuimmat] konsultit.",
        ],
        "tunnettu": [
            "Olemme alan [tunnetuin] brändi.",
            "Kuulumme [tunnetuimpiin] valmistajiin.",
            "Tuotteemme on Suomen [tunnetuin].",
        ],
        "monipuolinen": [
            "Tarjoamme alan [monipuolisimman] valikoiman.",
            "Olemme [monipuolisin] kumppani.",
            "Palvelumme ovat [monipuolisimpia].",
        ],
        "kattava": [
            "Tarjoamme markkinoiden [kattavimman] palvelun.",
            "Verkostomme on Suomen [kattavin].",
            "Sopimuksemme ovat [kattavimpia].",
        ],
        "tarkka": [
            "Tarjoamme markkinoiden [tarkimmat] ennusteet.",
            "Mittarimme on alan [tarkin].",
            "Laitteemme ovat [tarkimpia].",
        ],
        "kehittynyt": [
            "Tarjoamme alan [kehittyneimmän] alustan.",
            "Järjestelmämme on markkinoiden [kehittynein].",
            "Robottimme ovat [kehittyneimpiä].",
        ],
        "joustava": [
            "Olemme alan [joustavin] kumppani.",
            "Tarjoamme [joustavimmat] sopimusehdot.",
            "Palvelumme ovat [joustavimpia].",
        ],
        "turvallinen": [
            "Tarjoamme markkinoiden [turvallisimman] pilven.",
            "Palvelumme on alan [turvallisin].",
            "Laitteemme ovat [turvallisimpia].",
        ],
        "laaja": [
            "Meillä on alan [laajin] valikoima.",
            "Tarjoamme markkinoiden [laajimman] verkoston.",
            "Palvelumme ovat [laajimpia].",
        ],
        "vahva": [
            "Meillä on alan [vahvin] osaaminen.",
            "Olemme markkinoiden [vahvimpia] toimijoita.",
            "Tarjoamme [vahvimman] tietoturvan.",
        ],
        "ammattitaitoinen": [
            "Meillä on alan [ammattitaitoisin] henkilöstö.",
            "Asentajamme ovat [ammattitaitoisimpia].",
            "Tarjoamme [ammattitaitoisimman] palvelun.",
        ],
        "paremmin|enemmän|nopeammin|halvemmin|edullisemmin kuin =kukaan|=yksikään|=mikään =muu": [
            "Tiimimme tuntee sopimukset [paremmin kuin kukaan muu] Suomessa.",
            "Toimitamme [nopeammin kuin yksikään muu] tukku.",
            "Meiltä saat [enemmän kuin mikään muu] palvelu tarjoaa.",
        ],
        "Suomi|maailma|Pohjoismaat|ala|toimiala suuri": [
            "Olemme [Suomen suurin] toimija.",
            "Meistä tuli [alan suurimpia] taloja.",
            "Kuulumme [Pohjoismaiden suurimpiin] valmistajiin.",
        ],
    },
    "servile-tone": {
        "=olisiko|=olisikohan|=onkohan|=onko =mitenkään mahdollinen": [
            "[Olisiko mitenkään mahdollista], että ehtisit vilkaista sitä?",
            "[Olisikohan mitenkään mahdollista] saada puoli tuntia?",
            "[Onkohan mitenkään mahdollista] tavata ensi viikolla?",
        ],
        "viedä paljon|liikaa|kauan|pitkään aika": [
            "Kiitos, että annoitte mahdollisuuden – emme [vie paljon aikaanne].",
            "En [vie liikaa aikaasi], lupaan sen.",
            "Emme [vie kauan aikaa] tällä asialla.",
        ],
        "anteeksi|pahoitella|pahoittelu esitys|viesti|palaveri|puhe|tapaaminen|esittely|"
        "sähköposti|teksti|puhelu venyä|venähtää|pitkittyä": [
            "[Pahoittelut, jos esitys venyi].",
            "[Pahoittelen, että palaveri venähti] puoli tuntia.",
            "[Anteeksi, että viestini pitkittyi] näin.",
        ],
        "viedä =kuin": [
            "Emme [vie kuin] muutaman minuutin.",
            "En [vie kuin] vartin aikaasi.",
            "Emme todellakaan [vie kuin] hetken teidän ajastanne.",
        ],
        "anteeksi|pahoitella|pahoittelu|=pahoillani kirjoittaa|lähettää|lisätä|ottaa|viedä|"
        "keskeyttää|muistuttaa|tunkeutua|tupsahtaa|ilmestyä|lähestyä": [
            "[Pahoittelut, että viemme] arvokasta aikaanne.",
            "[Anteeksi, että tupsahdan] näin yllättäen sähköpostiisi.",
            "[Pahoittelen, että lähestyn] teitä näin suoraan.",
            "[Anteeksi, että lisään] vielä yhden viestin pinoosi.",
            "[Pahoittelen, että kirjoitan] näin suoraan.",
            "[Anteeksi, että vien] aikaanne tällä asialla.",
        ],
        "anteeksi|=sori|=sorry häiritä|vaivata|häiriö|vaiva|yhteydenotto|tunkea": [
            "[Anteeksi, että häiritsen] teitä.",
            "[Anteeksi häiriö] näin aamusta.",
            "Pyydän [anteeksi, että vaivaan] teitä taas.",
            "[Sori että häiritsen] taas.",
        ],
        "pahoitella|pahoittelu|=pahoillani|=pahoillamme häiritä|vaivata|häiriö|vaiva|yhteydenotto|"
        "tunkea": [
            "[Pahoittelen häiriötä].",
            "[Pahoittelut häiriöstä].",
            "[Pahoittelen kovasti, että tungen] postilaatikkoonne.",
            "[Pahoittelen, että vaivaan] kesken kiireiden.",
            "Olen [pahoillani, että joudun häiritsemään].",
        ],
        "anteeksi|pahoitella|=pahoillani|=pahoillamme jos": [
            "[Anteeksi, jos] viesti tuli väärälle henkilölle.",
            "[Pahoittelen, jos] tämä ei koske teitä.",
            "Olemme [pahoillamme, jos] tämä ei koske teitä.",
        ],
        "anteeksi|pahoitella|pahoittelu pitkä|pitkähkö viesti|sähköposti|teksti": [
            "[Pahoittelen pitkää viestiä].",
            "[Anteeksi pitkä sähköposti].",
            "[Pahoittelut pitkähköstä viestistä].",
        ],
        "anteeksi|pahoitella =pitkä|=pitkähkö": [
            "Kiitos kovasti, ja [anteeksi, että tästä tuli näin pitkä]!",
            "[Pahoittelen, että viestistä tuli pitkä].",
            "[Anteeksi, jos tämä oli turhan pitkä]!",
        ],
        "toivottavasti häiritä|vaivata|pahastua|tuhlata|tunkeilla|tungetella|tunkea": [
            "[Toivottavasti en häiritse] liikaa.",
            "[Toivottavasti en tunkeile] liikaa, kun kirjoitan.",
            "[Toivottavasti viestini ei vaivaa] teitä.",
            "[Toivottavasti emme häiritse].",
            "[Toivottavasti ette pahastu].",
            "[Toivottavasti en tuhlaa] arvokasta aikaanne.",
        ],
        "haluta häiritä|vaivata": [
            "En [halua häiritä] teitä pitkään.",
            "Emme [halua vaivata] teitä turhaan.",
            "En [haluaisi häiritä], mutta kysyn silti.",
        ],
        "tuputtaa|tuputtaminen": [
            "En halua [tuputtaa] mitään.",
            "Emme [tuputa] teille turhia palveluja.",
            "Tämä ei ole [tuputtamista].",
        ],
        "aika @seller kallis|arvokas": [
            "Tiedämme, että [aikanne on meitä arvokkaampaa].",
            "Tiedän, että [aikasi on minua kalliimpaa].",
            "Kiitos, vaikka [aikanne on varmasti meitä arvokkaampaa].",
        ],
        "aika kallis|arvokas": [
            "Kiitos, että otitte meidät vastaan, vaikka [aikanne on kallista].",
            "Koska [aikasi on arvokasta], pidän tämän lyhyenä.",
            "Teidän [aikanne on todella arvokasta], joten pidän tämän lyhyenä.",
        ],
        "turha viesti|sähköposti|yhteydenotto": [
            "Tämä on luultavasti aivan [turha viesti].",
            "Anteeksi [turha sähköposti], jos asia ei koske teitä.",
            "Ehkä tämä on [turha yhteydenotto], mutta kokeilen silti.",
        ],
        "=painetta|=paineita vastata|vastaus|vastaaminen|sitoutua": [
            "Älä kuitenkaan tunne mitään [painetta vastata].",
            "Ei [paineita vastata] heti.",
            "Ilman mitään [painetta sitoutua] mihinkään.",
        ],
        "tyrkyttää|tyrkyttäminen": [
            "En halua [tyrkyttää] mitään.",
            "Emme [tyrkytä] palvelujamme.",
            "Tarkoitus ei ole [tyrkyttää] teille tuotteita.",
        ],
        "jos =vain|=vaan jotenkin": [
            "[Jos vain jotenkin] saisitte järjestettyä pienen hetken, voisin soittaa.",
            "Soittaisin mielelläni, [jos vaan jotenkin] sopii.",
            "Kävisin esittelemässä, [jos vain jotenkin] pystytte.",
        ],
        "ymmärtää jos ehtiä|vastata|kiinnostaa|jaksaa": [
            "[Ymmärrän täysin, jos ette ehdi] vastata.",
            "[Ymmärrän hyvin, jos tämä ei juuri nyt kiinnosta].",
            "[Ymmärrämme, jos et jaksa] lukea pidemmälle.",
        ],
        "=vain|=vaan|=ainoastaan pieni toimija|yritys|firma|yrittäjä|tekijä|paja|puoti|talo": [
            "Olen [vain pieni toimija] tällä alalla.",
            "Olemme [vain pieni firma], mutta teemme parhaamme.",
            "Olen [ainoastaan pieni yrittäjä], joten kiitos, että luet tämän.",
        ],
        "toivottavasti olla tungetteleva|tunkeileva|päällekäyvä|tyrkky|=vaivaksi|=riesaksi": [
            "[Toivottavasti en ole liian tungetteleva], kun otan yhteyttä.",
            "[Toivottavasti en ole teille vaivaksi].",
            "[Toivottavasti emme ole liian päällekäyviä] tämän kanssa.",
        ],
        "jos =mitenkään|suinkin|ikinä": [
            "Vastaisitteko, [jos mitenkään] ehditte?",
            "Soittaisin, [jos vain suinkin sopii].",
            "Olisi hienoa, [jos ikinä] ehtisitte kuunnella.",
            "Sopisiko torstai, [jos mitenkään] ehditte?",
        ],
        "jos vain ehtiä|viitsiä|jaksaa|mahdollinen|sopia": [
            "Soitan tiistaina, [jos se vain sopii] sinulle.",
            "Soittakaa, [jos vain ehditte].",
            "Vastatkaa, [jos vain viitsitte].",
            "Tapaisimme, [jos vain mahdollista].",
        ],
        "viedä vain|ainoastaan|pelkästään": [
            "[Vien vain] muutaman minuutin.",
            "Lupaan, että [vien ainoastaan] viisi minuuttia.",
            "[Viemme vain] kymmenen minuuttia.",
        ],
        "viedä vain|ainoastaan|=vaan hetki|tovi|hetkinen|pieni|hetkisen": [
            "Tämä [vie vain hetken].",
            "Vastaaminen [vie ainoastaan pienen] hetken.",
            "Puhelu [vie vain tovin].",
            "Tää [vie vaan ihan pienen] hetken.",
        ],
        "vain|ainoastaan|pikainen|pieni|lyhyt|=saisinko|=saisimmeko|lainata hetki|minuutti|tovi|"
        "hetkinen =aikaa|=aikaanne|=aikaasi|=ajastanne|=ajastasi": [
            "Pyydän [vain hetken aikaanne].",
            "[Saisinko viisi minuuttia aikaanne]?",
            "Tämä vie [vain viisi minuuttia aikaanne].",
        ],
        "uskaltaa|rohjeta|uskaltautua kirjoittaa|lähettää|soittaa": [
            "Ajattelin kuitenkin [uskaltaa kirjoittaa] sinulle.",
            "[Rohkenin lähettää] tämän viestin suoraan teille.",
            "[Uskaltaudun soittamaan] teille ensi viikolla.",
        ],
        "ehtiä =lainkaan|=edes|=ollenkaan|=ikinä lukea|vilkaista|avata": [
            "En tiedä, [ehditkö lainkaan lukea] tätä.",
            "Et ehkä [ehdi edes vilkaista] viestiä.",
            "Tuskin [ehditte ollenkaan avata] tätä.",
        ],
        "pahoitella|anteeksi etukäteen =jos": [
            "[Pahoittelen jo etukäteen, jos] viestini tuntuu tungettelevalta.",
            "[Anteeksi jo etukäteen, jos] tämä tuntuu oudolta.",
            "[Pahoittelemme etukäteen, jos] viesti tulee väärälle henkilölle.",
        ],
        "uskaltaa|rohjeta pyytää|kysyä|ehdottaa|lähestyä|toivoa|esittää|häiritä|viedä|vaivata": [
            "[Uskallanko silti viedä] pari minuuttia ajastasi?",
            "[Uskaltaisinko vielä vaivata] teitä yhdellä kysymyksellä?",
            "[Uskaltaisinko pyytää] tapaamista?",
            "[Rohkenen ehdottaa] lyhyttä puhelua.",
            "[Uskallan kysyä], olisiko teillä aikaa.",
        ],
        "oikeus häiritä|vaivata": [
            "Minulla ei ole [oikeutta häiritä] teitä näin.",
            "Tiedän, ettei meillä ole [oikeutta vaivata] sinua.",
            "Eihän minulla olisi [oikeutta häiritä] kiireistä päivääsi.",
        ],
        "oikeus viedä aika": [
            "Tiedän, ettei minulla ole [oikeutta viedä aikaanne].",
            "Minulla ei olisi [oikeutta viedä aikaasi] tällä tavalla.",
            "Meillä ei ole [oikeutta viedä teidän aikaanne].",
        ],
        "jos lukea|jaksaa tämä|=tänne": [
            "Kiitän jo etukäteen, [jos luette tämän] loppuun.",
            "Kiitos, [jos jaksoit lukea tänne] asti!",
            "Olen kiitollinen, [jos jaksatte tämän] lukea.",
        ],
        "jos lukea|jaksaa viesti|sähköposti": [
            "Olisin kiitollinen, [jos jaksaisit lukea viestin] loppuun.",
            "Kiitos, [jos luette sähköpostini] loppuun.",
            "Ilahtuisin, [jos jaksaisitte viestini] lukea.",
        ],
        "uskaltaa|rohjeta|uskaltautua ottaa yhteys": [
            "[Rohkenin ottaa yhteyttä] teihin.",
            "[Uskallan ottaa yhteyttä], koska aihe on tärkeä.",
            "[Uskaltauduin ottamaan yhteyttä] suoraan.",
        ],
        "haluta olla tungetteleva|tunkeileva|tyrkky|päällekäyvä|riesa|=vaivaksi|=riesaksi|=tiellä|"
        "=tielläsi|=tiellänne": [
            "En [halua olla vaivaksi] kiireisen syksyn keskellä.",
            "En [halua olla tungetteleva], mutta voisinko saada viisi minuuttia?",
            "En [haluaisi olla liian päällekäyvä], mutta kysyn vielä kerran.",
            "Emme [halua olla tunkeilevia], joten tämä jää viimeiseksi viestiksi.",
        ],
        "jättää =huomiotta|=huomioimatta|=sikseen": [
            "Jos tämä ei kiinnosta, voit hyvin [jättää viestin huomiotta].",
            "Voitte toki [jättää tämän sikseen], jos aihe ei ole ajankohtainen.",
            "[Jätä tämä viesti huomiotta], jos aihe ei kosketa sinua.",
        ],
        "todella|erittäin|äärimmäisen|äärettömän|ikuisesti|suunnattoman|kovin|hirveän|valtavan kiitollinen": [
            "Olisin [todella kiitollinen] vastauksesta.",
            "Olisimme [erittäin kiitollisia] ajastanne.",
            "Olisin [ikuisesti kiitollinen], jos vastaisitte.",
            "Olisin [äärettömän kiitollinen], jos ehtisitte vilkaista liitettä.",
        ],
        "haluta viedä aika": [
            "En [halua viedä liikaa aikaanne].",
            "Emme [halua viedä aikaanne] turhaan.",
            "En [haluaisi viedä aikaa] muilta asioilta.",
        ],
        "suuri|valtava|ikuinen kunnia": [
            "Olisi [suuri kunnia] päästä esittelemään.",
            "Pidämme [suurena kunniana] tätä mahdollisuutta.",
            "Olisi [valtava kunnia] tavata teidät.",
        ],
        "toivoa kovasti|hartaasti|kovin|sydämestä": [
            "[Toivoisin kovasti], että ehtisitte vastata.",
            "[Toivomme hartaasti] vastaustanne.",
            "[Toivon kovasti], että tapaisimme.",
        ],
        "nöyrä": [
            "Pyydän [nöyrimmin] vastaustanne.",
            "Esitän [nöyrän] pyynnön.",
            "Kysyn [nöyrästi], sopisiko tapaaminen.",
        ],
        "tietää|ymmärtää että|=ettei kiireinen|kiire|=aikaa|=ajan|=aikasi|=aikanne|=aikaasi|=aikaanne|=ajastasi|=ajastanne": [
            "[Tiedän, että olette kiireinen].",
            "[Tiedän, että ajastasi] kilpailee moni.",
            "[Ymmärrän, että teillä on kiire].",
            "[Tiedämme, että olette kiireisiä].",
            "[Tiedän, ettei sinulla varmasti ole aikaa] tällaisille viesteille.",
        ],
        "kiinnostaa lainkaan|=ollenkaan|yhtään": [
            "Jos tämä [yhtään kiinnostaa], vastatkaa.",
            "Jos aihe [kiinnostaa lainkaan], soittakaa.",
            "Jos asia [ollenkaan kiinnostaisi], kertokaa.",
        ],
    },
    "unbacked-promise": {
        "pysyvästi|lopullisesti pienentyä|pienetä|laskea|pudota|vähentyä|vähetä|loppua|poistua|"
        "kadota|hävitä|ratketa|korjaantua": [
            "Paineilmalaskunne [pienenee pysyvästi].",
            "Sähkölaskusi [putoaa pysyvästi].",
            "Vuodot [loppuvat lopullisesti] kanssamme.",
        ],
        "vakuuttaa": [
            "Voin [vakuuttaa], että sähkölaskusi putoaa puoleen.",
            "[Vakuutamme], että olette tyytyväisiä.",
            "[Vakuutan], että uusi järjestelmä toimii.",
        ],
        "varmasti|taatusti|takuulla|takuuvarmasti =ajallaan|=aikataulussa|=määräajassa": [
            "Projektinne valmistuvat [varmasti ajallaan].",
            "Toimitukset tulevat teille [taatusti ajallaan].",
            "Asennuksenne valmistuvat [takuulla aikataulussa].",
            "Kylpyhuoneesi on valmis [varmasti määräajassa].",
        ],
        "oikea valinta ehdottomasti|varmasti|taatusti|takuuvarmasti|takuulla": [
            "Jokainen esittelemämme kehittäjä on [oikea valinta, ehdottomasti].",
            "Olemme teille [varmasti oikea valinta].",
            "Kumppaninamme teette [takuulla oikean valinnan].",
        ],
        "se|tämä olla fakta|=tosiasia": [
            "Liikevaihtonne kasvaa, [tämä on fakta].",
            "Saatte rahanne takaisin, [se on tosiasia].",
            "Kanssamme myynti kasvaa, [se on ihan fakta].",
        ],
        "koskaan|ikinä jäädä ilman|pulaan|tyhjän|yksin": [
            "Et [ikinä jää ilman] kuljettajaa.",
            "Asiakkaamme eivät [jää koskaan pulaan].",
            "Kanssamme ette [jää koskaan yksin] ongelmienne kanssa.",
            "Kanssamme ette [jää ikinä tyhjän] päälle.",
        ],
        "=se|=sehän olla =varma|=varmaa|=selvä|=selvää": [
            "Kanssamme kulut pienenevät, [se on varma].",
            "Myyntisi kasvaa, [se on varmaa].",
            "Säästätte aikaa, [se on ihan varma].",
            "Kuukausilaskunne pienenee, [se on selvä] asia.",
        ],
        "tuplata|tuplaantua|kaksinkertaistaa|kaksinkertaistua|kolminkertaistaa|kolminkertaistua|"
        "moninkertaistaa|moninkertaistua|puolittaa|puolittua|nollata": [
            "[Tuplaamme] liidienne määrän.",
            "Energialaskusi [puolittuu] uuden ohjauksen myötä.",
            "Kanssamme myyntinne [kaksinkertaistuu].",
            "[Nollaamme] hävikkinne.",
            "Hävikkinne [puolitetaan] ensimmäisen kuukauden aikana.",
        ],
        "aina|poikkeuksetta tuplata|tuplaantua|kaksinkertaistaa|kaksinkertaistua|"
        "kolminkertaistaa|kolminkertaistua|moninkertaistaa|moninkertaistua|puolittaa|"
        "puolittua|nollata|nollautua": [
            "Lämmityskulut [puolittuvat aina], sääoloista riippumatta.",
            "Kävijämäärä [tuplaantuu poikkeuksetta] ensimmäisessä kuussa.",
            "Hävikki [nollautuu aina] käyttöönoton jälkeen.",
            "Kampanja [kaksinkertaistaa aina] liidien määrän.",
        ],
        "riski|ongelma|huoli|virhe|vika|katko|häiriö|hävikki|reklamaatio|seisokki "
        "poistua|poistaa|hävitä|kadota|loppua kokonaan": [
            "Dokumentoinnin jälkeen oikaisun [riski poistuu kokonaan].",
            "Uuden ohjauksen myötä [poistamme hävikin kokonaan] varastostanne.",
            "Siirron jälkeen [katkot loppuvat kokonaan].",
        ],
        "ratkaista|ratketa|korjata|korjaantua|=kuntoon|loppua|päättyä|poistua =lopullisesti|"
        "=pysyvästi": [
            "Vaatimustenmukaisuus [kuntoon kerralla ja lopullisesti].",
            "[Ratkaisemme ennusteongelmanne lopullisesti].",
            "Uudella ohjauksella kosteusvauriot [loppuvat pysyvästi].",
            "Vuodot [korjataan pysyvästi] yhdellä käynnillä.",
        ],
        "nousta|kallistua|kasvaa =koskaan|=ikinä": [
            "Kanssamme hintasi ei [nouse koskaan].",
            "Kuukausimaksunne ei [koskaan kallistu].",
            "Vakuutusmaksunne ei [nouse ikinä].",
        ],
        "heti|välittömästi|=tien =joka =kerta": [
            "Toimitus lähtee saman [tien, ihan joka kerta].",
            "Vastaamme [heti, joka kerta].",
            "Korjaamme viat [välittömästi, aivan joka kerta].",
        ],
        "oikea|sopiva|täydellinen|virheetön =joka =kerta": [
            "Löydämme sinulle juuri [oikeat ihmiset joka kerta].",
            "Teemme [virheettömän työn joka kerta].",
            "Asiakkaanne saavat [sopivan ratkaisun joka kerta].",
        ],
        "varmasti|=varmuudella =nousuun|=kasvuun|=lentoon": [
            "Kanssamme myyntisi lähtee [varmasti nousuun].",
            "Liikevaihtonne kääntyy [varmasti kasvuun] ensi vuonna.",
            "Kanssamme kävijämääränne lähtee [varmasti lentoon].",
        ],
        "kestää|toimia|pysyä|säilyä =ikuisesti|=loputtomiin": [
            "Katto [kestää varmasti ikuisesti].",
            "Asentamamme ikkunat [pysyvät tiiviinä ikuisesti].",
            "Järjestelmämme [toimii loputtomiin] ilman huoltoa.",
        ],
        "=yksikään|=mikään|=ainuttakaan|=yhtäkään päästä|livahtaa|murtautua": [
            "Palomuurimme ansiosta [yksikään hyökkäys ei pääse] läpi.",
            "[Mikään virus ei pääse] verkkoonne.",
            "Valvonnassamme [yksikään murtautuja ei livahda] ohi.",
        ],
        "=joka =kerta heti|välittömästi|virheetön|moitteeton|täydellinen": [
            "Lopputulos on [joka kerta virheetön].",
            "Asiakkaanne saavat vastauksen [joka kerta välittömästi].",
            "Huoltomies on paikalla [joka kerta heti].",
            "Korjaamme viat [joka kerta heti] ilmoituksen jälkeen.",
        ],
        "kääntyä laskuun|nousuun": [
            "Poissaolonne [kääntyvät laskuun] jo ensimmäisellä neljänneksellä.",
            "Kun otat sovelluksen käyttöön, myyntisi [kääntyy nousuun].",
            "Tilauksenne [kääntyvät nousuun] heti kampanjan jälkeen.",
        ],
        "varmasti|taatusti|takuulla|=varmuudella =paremmin|=enemmän|=nopeammin|=parempi|"
        "=parempaa|=paremman|=parempia|=paremmat": [
            "Työntekijäsi nukkuvat [varmasti paremmin].",
            "Myytte [takuulla enemmän] kuin ennen.",
            "Uuden kassan myötä asiakkaasi pääsevät jonosta [varmasti nopeammin].",
        ],
        "=missään tilanne|olosuhde|oloissa": [
            "Järjestely tehdään niin, ettei teille koidu seuraamuksia [missään tilanteessa].",
            "Lattia ei liukastu [missään olosuhteissa].",
            "Asiakkaat eivät jää ilman lämpöä [missään olosuhteissa].",
        ],
        "aina täysi|loppuunmyyty|täyteen": [
            "Kanssamme pöytäsi ovat perjantaisin [aina täynnä].",
            "Huoneenne ovat sesonkina [aina loppuunmyytyjä].",
            "Kalenterinne täyttyy [aina täyteen] ennen kuun loppua.",
        ],
        "enää syntyä|sattua|esiintyä": [
            "Järjestelmän myötä ylivarauksia ei hotellissanne [enää synny].",
            "Uuden ohjauksen jälkeen virheitä ei teillä [satu enää].",
            "Kanssamme virheitä ei [enää esiinny] teidän laskuissanne.",
        ],
        "katua": [
            "Ette tule [katumaan] päätöstänne.",
            "Et [kadu] tätä valintaa.",
            "Kukaan asiakkaistamme ei ole [katunut] siirtoa.",
        ],
        "huomata|tuntea ero": [
            "[Huomaatte eron] heti ensimmäisenä aamuna.",
            "Tiimisi [tuntee eron] jo viikossa.",
            "[Huomaat varmasti eron].",
        ],
        "nähdä ero heti|välittömästi|nopeasti|=jo|pian": [
            "[Näet eron jo] ensimmäisellä viikolla.",
            "[Näette eron heti].",
            "Asiakkaasi [näkevät eron nopeasti].",
        ],
        "toimia|sujua|pelata|rullata =moitteetta|=ongelmitta|=virheettä|virheettömästi|"
        "moitteettomasti|täydellisesti|=kitkatta|kivuttomasti": [
            "Kaikki [toimii moitteetta] ensimmäisestä päivästä alkaen.",
            "Käyttöönotto [sujuu kivuttomasti].",
            "Logistiikkanne [rullaa kitkatta].",
        ],
        "varmasti|taatusti|takuuvarmasti =kuntoon": [
            "Osakaslainat hoidetaan [varmasti kuntoon] kerralla.",
            "Laitamme kirjanpitonne [taatusti kuntoon].",
            "Hoidamme veroasianne [kuntoon varmasti] ilman stressiä.",
        ],
        "olla|jäädä|syntyä|aiheutua riski =lainkaan|=ollenkaan|=yhtään|=mitään": [
            "[Riskiä ei ole lainkaan].",
            "Teille ei [jää mitään riskiä].",
            "Kokeilussa ei [ole riskiä ollenkaan].",
            "Vaihdosta ei [aiheudu teille mitään riskiä].",
        ],
        "tulos|hyöty|säästö|=ero|vaikutus näkyä|tuntua heti|välittömästi": [
            "[Tulokset näkyvät heti].",
            "Kun kone on vaihdettu, [ero näkyy heti] sähkölaskussa.",
            "[Säästöt tuntuvat välittömästi].",
            "[Vaikutus näkyy heti] kassavirrassa.",
        ],
        "nousta|kohota|kivuta pilvi": [
            "Asiakkaidenne tyytyväisyys [nousee pilviin].",
            "Myyntinne [kohoaa pilviin].",
            "Kävijämäärät [nousevat pilviin].",
        ],
        "loppua|lakata|tyrehtyä|katketa kuin seinä": [
            "Henkilöstön vaihtuvuus [loppuu kuin seinään].",
            "Reklamaatiot [lakkaavat kuin seinään].",
            "Hävikki [loppuu kuin seinään].",
        ],
        "aina onnistua": [
            "Rekrytointi [onnistuu aina] ensimmäisellä yrityksellä.",
            "Meillä kampanja [aina onnistuu].",
            "Toimitus [onnistuu meiltä aina].",
        ],
        "=lopullisesti|=pysyvästi ongelma|vika|huoli|murhe|hävikki|=jono|=jonot|=jonoja|=jonoa|"
        "katko": [
            "Tällä ratkaisulla [ongelmanne poistuvat lopullisesti].",
            "Poistamme [katkot pysyvästi].",
            "Kanssamme [huolet ovat pysyvästi] poissa.",
            "Kassan [jonot poistuvat lopullisesti] uuden järjestelmän myötä.",
        ],
        "antaa sana|kunniasana": [
            "Myynti kasvaa, siitä voin [antaa sanani].",
            "[Annan sanani], että olette tyytyväisiä.",
            "[Annan kunniasanani] siitä, että säästätte.",
        ],
        "=yksikään|=yhtäkään|=ainuttakaan|=yhdenkään|=yhdelläkään @reader": [
            "Valmennuksen jälkeen [yksikään esihenkilönne] ei lykkää vaikeaa keskustelua.",
            "Tyhjiä vuoroja [sinulle ei tänä kesänä jää yhtäkään].",
            "[Yhdelläkään asentajallanne] ei ole enää tyhjiä tunteja.",
        ],
        "enää =yhtään|=yhtäkään|=ainuttakaan ongelma|vika|katko|katkos|viive|virhe|häiriö|"
        "reklamaatio|seisokki|keskeytys|murto|varkaus|vuoto|valitus": [
            "Uusien lukkojen jälkeen varastossanne ei ole [enää yhtään murtoa].",
            "Kassoilla ei ole [enää yhtäkään katkosta].",
            "Tuotannossa ei synny [enää ainuttakaan seisokkia].",
        ],
        "=yksikään|=mikään|=ainuttakaan|=yhtäkään|=yhtään|=kukaan enää pudota|hukkua|kadota|unohtua|"
        "myöhästyä|viivästyä|jäädä|katketa|tulla|sattua|tapahtua|nähdä|seisoa|pysähtyä|päästä|"
        "langeta": [
            "[Yksikään lähete ei enää putoa] väliin.",
            "Jos siirrytte meille, [yksikään linja ei enää seiso] varaosan takia.",
            "Koulutuksen jälkeen [kukaan henkilöstöstänne ei enää lankea] huijauksiin.",
            "Verkkoonne ei [enää pääse kukaan] ulkopuolinen.",
            "Tehtaallanne [yksikään kone ei enää pysähdy] varaosan takia.",
            "[Yhtään murtoa ette enää näe].",
            "Kohteeseenne ei [yhtäkään vahinkoa enää satu].",
            "[Mikään tilaus ei enää huku].",
            "[Yksikään toimitus ei enää myöhästy].",
        ],
        "näin käydä joka|jokainen|aina": [
            "[Näin on käynyt joka] kerta.",
            "[Näin on käynyt jokaisessa] työyhteisössä.",
            "Teillekin [näin käy aina], kun sitoudutte.",
        ],
        "varma kasvu|säästö|tulos|menestys|voitto": [
            "Datasta [varmaa kasvua] myynnillenne.",
            "[Varma kasvu] jo ensimmäisen neljänneksen aikana.",
            "Tarjoamme teille [varmat säästöt].",
        ],
        "aina sama|seuraava päivä|arkipäivä": [
            "Vika korjataan [aina samana päivänä], vuorokaudenajasta riippumatta.",
            "Kone on työmaallanne [aina samana päivänä] ilman mitään säätöä.",
            "Toimitamme osat teille [aina seuraavana arkipäivänä].",
        ],
        "tulla =säästämään|=hyötymään|=kasvamaan|=kasvattamaan|=huomaamaan|=yllättymään|"
        "=ilahtumaan|=näkemään|=pienentymään|=vähentymään|=onnistumaan|=jonottamaan|"
        "=rakastamaan|=ihastumaan|=kestämään": [
            "Asiakkaanne [tulevat rakastamaan] uutta sivustoa.",
            "Vaihteistonne [tulevat varmasti kestämään] koko elinkaarensa.",
            "Laitteet [tulevat kestämään] kovankin käytön.",
            "Kävijät [tulevat ihastumaan] uusiin kuviin.",
            "Kanssamme [tulette säästämään] tuhansia euroja.",
            "Asiakkaat [tulevat jonottamaan] ovellenne.",
            "[Tulet huomaamaan] eron heti.",
            "Myyntinne [tulee kasvamaan] nopeasti.",
        ],
        "joka ikinen": [
            "Laskunne pienenee [joka ikinen] kuukausi.",
            "Vastaamme [joka ikiseen] viestiin tunnissa.",
            "Palvelemme [joka ikistä] asiakasta yhtä hyvin.",
        ],
        "=mitään|=mikään|=yksikään|=yhtäkään|=yhdenkään|=yhtään ongelma|vika|katko|katkos|viive|virhe|"
        "huoli|murhe|häiriö|vaiva|seisokki|keskeytys|vahinko|murto|varkaus|rikko|vaurio": [
            "Varastollenne ei tule [yhtään murtoa].",
            "Ensi sesonkina kassoillanne ei [yhtään katkoa].",
            "Vaihteistoihinne ei tule [yhtäkään rikkoa].",
            "Laitteisiinne ei synny [mitään vaurioita].",
            "Myymälässänne ei satu [yhtäkään varkautta].",
            "Kuituyhteydellä ette koe [yhtään katkosta].",
            "Siirrossa ei tule [mitään ongelmia].",
            "Järjestelmään ei tule [yhtäkään virhettä].",
            "Linjalla ei ole [yhtään seisokkia].",
            "[Mikään vahinko] ei kaada kahvilaanne.",
        ],
        "enää koskaan|ikinä": [
            "Biofilmiä ei synny [enää koskaan].",
            "Paperisotkua ei tule [koskaan enää].",
            "Tätä ei tapahdu teillä [enää ikinä].",
        ],
        "enää ongelma|vika|katko|katkos|viive|virhe|huoli|murhe|häiriö|jono|odotus|hävikki|"
        "reklamaatio|seisokki|keskeytys|murto|varkaus|vuoto|valitus": [
            "Varastollanne ei ole [enää murtoja].",
            "Kattoon ei tule [enää vuotoja].",
            "Myymälästä ei katoa tavaraa, eikä [enää varkauksia] tapahdu.",
            "Ei [enää katkoksia] kassoilla.",
            "Tuotannossa ei ole [enää seisokkeja].",
            "Kassajärjestelmään ei tule [enää keskeytyksiä].",
            "Teillä ei ole [enää jonoja] aamuisin.",
            "Varastossa ei synny [enää hävikkiä].",
        ],
        "ilman yhtään|=ainuttakaan|=yhtäkään ongelma|vika|katko|katkos|seisokki|häiriö|virhe|"
        "viive": [
            "Järjestelmä toimii heti [ilman yhtään katkosta].",
            "Siirto tehdään [ilman ainuttakaan virhettä].",
            "Tuotanto jatkuu [ilman yhtäkään seisokkia].",
        ],
        "ongelma|vika|katko|katkos|häiriö tulla": [
            "Käyttöönotto hoituu, eikä [ongelmia tule].",
            "Meidän kanssamme ei [tule katkoksia].",
            "Asennuksen jälkeen [vikoja ei tule].",
            "[Käyttökatkoja ei yksinkertaisesti enää tule].",
        ],
        "olla =varmaa": [
            "Tämä [on varmaa]: asiakkaanne tykkäävät.",
            "Kasvu [on varmaa], kun aloitatte kanssamme.",
            "Yksi asia [on varmaa]: asiakkaanne huomaavat eron.",
        ],
        "huoleton|huolettomasti|huolettomuus": [
            "Tarjoamme [huolettoman] kunnossapidon.",
            "Arki sujuu jatkossa [huolettomasti].",
            "Sopimus tuo yrityksellenne [huolettomuutta].",
        ],
        "murehtia|stressata": [
            "Teidän ei tarvitse enää [murehtia] huollosta.",
            "Sinun ei tarvitse [stressata] toimituksista.",
            "Ette joudu enää [murehtimaan] katkoksista.",
        ],
        "käden käänteessä": [
            "Käyttöönotto hoituu [käden käänteessä].",
            "Asennamme laitteet [käden käänteessä].",
            "Kaikki siirtyy uuteen järjestelmään [käden käänteessä].",
        ],
        "silmänräpäyksessä": [
            "Raportti on valmis [silmänräpäyksessä].",
            "Vaihdamme laitteen [silmänräpäyksessä].",
            "Tilauksenne lähtee matkaan [silmänräpäyksessä].",
        ],
        "tuossa tuokiossa": [
            "Verkko on asennettu [tuossa tuokiossa].",
            "Saatte tunnukset [tuossa tuokiossa].",
            "Korjaamme vian [tuossa tuokiossa].",
        ],
        "pyöriä|toimia|käydä|kulkea kuin kello": [
            "Linjanne [pyörii kuin kello] vuoden jokaisena päivänä.",
            "Järjestelmä [toimii kuin kello].",
            "Tuotanto [käy kuin kello] huollon jälkeen.",
        ],
        "tulla mikä tulla": [
            "Jos jotain sattuu, vika korjataan samana päivänä, [tuli mitä tuli].",
            "Kuorma on perillä aamulla, [tuli mitä tuli].",
            "Palvelu pelaa, [tulee mitä tulee].",
        ],
        "=olipa|=oli|=olkoon =mikä|=mitkä =tahansa": [
            "Hakemuksenne hyväksytään aina, [olipa tilanne mikä tahansa].",
            "Saatte rahoituksen, [oli luottoluokitus mikä tahansa].",
            "Asennamme laitteen, [olipa kohde mikä tahansa].",
        ],
        "pettää|kaatua|katketa|pysähtyä|jumittua|hajota|reistailla|takkuilla|kadota|hävitä =koskaan|=ikinä": [
            "Meidän kanssamme tiedostosi eivät [katoa koskaan], piste.",
            "Pääte ei [kaadu koskaan], ei edes joulun ruuhkassa.",
            "Yhteys ei [koskaan katkea].",
            "Linjanne ei [pysähdy ikinä].",
        ],
        "ylittyä|venyä|viivästyä|myöhästyä|vuotaa =koskaan|=ikinä|=missään": [
            "Budjetti ei [ylity missään] vaiheessa.",
            "Aikataulunne ei [koskaan veny].",
            "Uusi katto ei [vuoda ikinä].",
        ],
        "voida unohtaa": [
            "Kanssamme [voit unohtaa] tyhjät ajat lopullisesti.",
            "Nyt [voitte unohtaa] jonot.",
            "Uuden järjestelmän myötä [voitte unohtaa] paperilaskut.",
        ],
        "ilman poikkeus": [
            "Kontti varastoonne aina sovittuna päivänä, [ilman poikkeuksia].",
            "Jokainen tilaus lähtee samana päivänä [ilman poikkeusta].",
            "Vastaamme jokaiseen viestiin saman päivän aikana [ilman poikkeuksia].",
        ],
        "=poikkeuksetta": [
            "Toimitamme [poikkeuksetta] ajallaan.",
            "Jokainen kuorma on perillä [poikkeuksetta] seuraavana aamuna.",
            "Vastaamme [poikkeuksetta] samana päivänä.",
        ],
        "=epäilemättä|=kiistatta säästää|hyötyä|kasvaa|parantaa|nousta|onnistua|tyytyväinen|levitä": [
            "Te [hyödytte epäilemättä] uudesta mallista.",
            "Myyntinne [kasvaa kiistatta] jo ensimmäisenä vuonna.",
            "Kampanjasi [leviää epäilemättä] laajalle.",
        ],
        "menestys|läpimurto|tulos|kasvu|onnistuminen|myynti|kauppa|näkyvyys|voitto =käytännössä "
        "varmistaa|hoitaa|taata|turvata": [
            "Kansainvälinen [läpimurto on sillä käytännössä varmistettu].",
            "Teidän [myyntinne on tällä käytännössä turvattu].",
            "Tällä [näkyvyytenne on käytännössä taattu] koko kaudeksi.",
        ],
        "varmasti|=varmuudella pysyä": [
            "Kuukausierä [pysyy varmasti] budjetissanne koko sopimuskauden.",
            "Kanssamme kulut [pysyvät varmasti] kurissa.",
            "Laitteenne [pysyy varmuudella] käynnissä.",
        ],
        "se|tämä pitää huoli": [
            "Arki helpottuu heti ensimmäisestä päivästä. [Siitä pidämme huolen].",
            "Toimitus on perillä aamulla, [siitä pidän huolen].",
            "Kaikki sujuu, [tästä pidämme huolen].",
        ],
        "laskea|pienentyä|pienetä|vähentyä|vähetä|alentua heti": [
            "Rahtikulunne [laskevat heti] ensimmäisestä kontista alkaen.",
            "Kulusi [pienenevät heti] ensimmäisestä kuusta.",
            "Hävikkinne [vähenee heti], kun otatte järjestelmän käyttöön.",
        ],
        "käydä miten =tahansa": [
            "Kassanne kasvaa, [kävi korkomarkkinoilla miten tahansa].",
            "Säästätte joka kuukausi, [kävi miten tahansa].",
            "Myyntinne nousee, [käy markkinoilla miten tahansa].",
        ],
        "kestää =minkä|=mitä =tahansa": [
            "Kauppasi [kestää minkä tahansa] ruuhkan.",
            "Palvelimenne [kestää mitä tahansa].",
            "Järjestelmämme [kestää minkä tahansa] kuormituksen.",
        ],
        "kyse|kysymys vaan milloin": [
            "Myynnin kasvussa [kyse ei ole siitä, kasvaako se, vaan milloin].",
            "Säästöissä [kysymys ei ole siitä, tuleeko niitä, vaan milloin].",
            "[Kyse ei ole siitä, nouseeko tulos, vaan milloin] se nousee.",
        ],
        "kyse|kysymys vaan aikataulu|ajankohta": [
            "Konversion nousu ei ole [kysymys vaan aikataulu].",
            "Säästö ei ole [kysymys vaan aikataulu], kun siirrytte meille.",
            "Säästö ei ole [kysymys vaan ajankohta].",
        ],
        "tarvita =edes|kummemmin testata|laskea|laskeskella|kokeilla|epäillä|tarkistaa": [
            "Myynti kääntyy nousuun – sitä ei [tarvitse edes testata].",
            "Kulut putoavat puoleen, sitä ei [tarvitse sen kummemmin laskeskella].",
            "Tulos on selvä, eikä sitä [tarvitse edes epäillä].",
        ],
        "löytää varmasti|takuulla": [
            "[Löydämme varmasti] teille juuri sopivan tekijän.",
            "Meiltä [löydätte takuulla] oikean osaajan.",
            "[Löydämme varmasti] ratkaisun, joka puolittaa kulunne.",
            "[Löydämme jokaisen ongelman syyn varmasti].",
        ],
        "=tuli|=tulipa|=sattui|=sattuipa mikä =tahansa": [
            "Olet turvassa, [tuli eteen mitä tahansa].",
            "Toimitus pysyy aikataulussa, [sattuipa matkalla mitä tahansa].",
            "Vakuutus korvaa vahingot, [tuli vastaan mitä tahansa].",
        ],
        "täysin|kokonaan|aukottomasti|täydellisesti|sataprosenttisesti "
        "suojata|suojattu|turvata|turvattu": [
            "Auditoinnin jälkeen kaupunkinne on [täysin suojattu] kaikilta hyökkäyksiltä.",
            "[Suojaamme tietonne aukottomasti] kaikilta uhilta.",
            "Palvelumme [turvaa verkkonne täydellisesti].",
        ],
        "=turvassa kaikki": [
            "Kun otat vakuutuksen meiltä, olet [turvassa kaikilta] vaatimuksilta.",
            "Tietonne ovat pilvessämme [turvassa kaikilta] uhilta.",
            "Yrityksesi on [turvassa kaikelta], mitä tilikaudella voi sattua.",
        ],
        "tapahtua mikä =tahansa": [
            "Koneet pysyvät käynnissä, [tapahtui mitä tahansa].",
            "Toimitus tulee perille, [tapahtui matkalla mitä tahansa].",
            "Palvelu toimii, [mitä tahansa tapahtuukin].",
        ],
        "säällä kuin säällä": [
            "Jokainen alus pääsee kiinnittymään heti, [säällä kuin säällä].",
            "Laiturinne pysyvät auki [säällä kuin säällä].",
            "Toimitamme ajallaan [säällä kuin säällä].",
        ],
        "tuli mitä tuli": [
            "Aikataulu pitää joka kerta, [tuli mitä tuli].",
            "Toimitamme, [tuli mitä tuli].",
            "Hissi kulkee, [tuli mitä tuli].",
        ],
        "aina sovittu aika|aikataulu|hinta": [
            "Urakka valmistuu [aina sovitussa ajassa].",
            "Remontti valmistuu [aina sovitussa aikataulussa].",
            "Laskutamme [aina sovitun hinnan] mukaan.",
        ],
        "aina ilman katko|katkos|ongelma|häiriö|viive|viivästys": [
            "Yhteys toimii [aina ilman katkoja].",
            "Siirto sujuu [aina ilman ongelmia].",
            "Toimitukset kulkevat [aina ilman viivästyksiä].",
        ],
        "=ei yllätyskulu|piilokulu|viivästys|yllätys": [
            "- [Ei yllätyskuluja], ei viivästyksiä",
            "Hinta on kiinteä: [ei piilokuluja].",
            "Urakka etenee suunnitellusti, [ei viivästyksiä].",
        ],
        "=jatkossakaan": [
            "Yksikään näyte ei ole kadonnut, eikä niin tule käymään [jatkossakaan].",
            "Hinnat eivät nouse [jatkossakaan].",
            "Tietoja ei menetetä [jatkossakaan].",
        ],
        "menettää|hukata|kadottaa|hylätä =yhtäkään|=yhtään|=mitään|=ainuttakaan": [
            "Ensi vuodesta alkaen ette [menetä yhtäkään] kuormaa.",
            "Emme [hylkää yhtäkään] erää.",
            "Emme [hukkaa ainuttakaan] lähetystä.",
        ],
        "aina ehtiä|löytää": [
            "Huoltomies [ehtii aina] paikalle.",
            "[Löydämme aina] ratkaisun.",
            "Meiltä [löydätte aina] sopivan ratkaisun.",
        ],
        "aina =juuri|täsmälleen oikea": [
            "Saat meiltä [aina juuri oikeat] tekijät.",
            "Toimitamme [aina täsmälleen oikean] määrän.",
            "Kone annostelee [aina juuri oikean] määrän.",
        ],
        "tulos|hyöty|vaikutus näkyä aina|varmasti|taatusti|takuulla": [
            "[Tuloksemme näkyvät aina] jo ensimmäisen kuukauden aikana.",
            "[Hyödyt näkyvät varmasti] arjessanne.",
            "Koulutuksen [vaikutus näkyy takuulla] tiimissä.",
        ],
        "varmasti|taatusti|takuulla|takuuvarmasti =juuri|=täsmälleen|=tasan sellainen|oikea|sopiva": [
            "Tekijä on [varmasti täsmälleen sellainen] kuin toivot.",
            "Laitteet ovat [taatusti juuri oikeat] teidän linjallenne.",
            "Koulutus on [takuulla juuri sopiva] tiimillesi.",
        ],
        "myydä|varata varmasti|taatusti|takuulla|takuuvarmasti =loppuun|=täyteen": [
            "Kampanjan ansiosta huoneenne [myydään varmasti loppuun].",
            "Hiihtolomaviikot [varataan takuulla täyteen] jo syksyllä.",
            "Mökkisi ovat [taatusti loppuun varattuja] koko talven.",
        ],
        "voida olla varma|vakuuttunut": [
            "Siitä [voitte olla täysin varmoja].",
            "[Voit olla varma], että tiimisi myy enemmän.",
            "[Voitte olla vakuuttuneita] lopputuloksesta.",
        ],
        "ilman ongelma|murhe|huoli|vaiva": [
            "Käyttöönotto sujuu [ilman minkäänlaisia ongelmia].",
            "Esihenkilönne hoitavat vaikeatkin keskustelut [ilman ongelmia].",
            "Siirto hoituu [ilman murheita].",
            "Saatte palvelun [ilman huolia].",
        ],
        "=varma juttu|asia|nakki|tapaus": [
            "Uusi malli on teille [varma juttu].",
            "Tämä on [varma asia].",
            "Kasvu on käytännössä [varma nakki].",
        ],
        "pudota|laskea|painua|vähentyä|vähetä|supistua nolla": [
            "Asiakaspoistumanne [putoaa nollaan].",
            "Hävikkinne [laskee käytännössä nollaan].",
            "Kanssamme reklamaatiot [vähenevät nollaan] ensimmäisenä vuonna.",
        ],
        "aina osua": [
            "Ennusteenne [osuu jatkossa aina] oikeaan.",
            "Tilausarvio [osuu aina] kohdalleen.",
            "Arviomme [aina osuvat] oikeaan.",
        ],
        "=mikään|=mitään|=yksikään|=yhtäkään jäädä =hoitamatta|=huomaamatta|=huomioimatta|=käsittelemättä|=vastaamatta|=korjaamatta|=tekemättä|=väliin": [
            "Meidän kanssamme [mikään ei jää hoitamatta].",
            "[Yksikään vikailmoitus ei jää meillä käsittelemättä].",
            "Järjestelmän ansiosta teiltä ei [jää mitään huomaamatta].",
        ],
        "ongelma|murhe|huoli|vaiva|katko|katkos|jono|viive|häiriö|virhe|vika|seisokki|ruuhka|kiire =historiaa": [
            "[Ongelmat ovat sen jälkeen historiaa].",
            "Lupaamme, että [jonot ovat historiaa].",
            "Uuden laitteen myötä [katkokset ovat pian historiaa].",
        ],
        "jäädä =historiaan": [
            "Tuotantokatkot [jäävät historiaan].",
            "Käsin tehty kirjanpito [jää historiaan].",
            "Jonot ovat [jääneet kokonaan historiaan] asiakkaillamme.",
        ],
        "kuulua menneisyys": [
            "Jonot [kuuluvat menneisyyteen].",
            "Paperiset lomakkeet [kuuluvat pian menneisyyteen].",
            "Katkot [kuuluvat meidän kanssamme menneisyyteen].",
        ],
        "nukkua rauha|huoleton|huolettomasti|levollinen|levollisesti": [
            "[Nukut yösi huolettomasti].",
            "Voitte [nukkua yönne rauhassa].",
            "Johto [nukkuu sen jälkeen levollisesti].",
        ],
        "aina pysyä": [
            "Linjasi [pysyvät puhtaina aina].",
            "Ohjelmisto [pysyy aina] ajan tasalla.",
            "Varastosi [pysyy aina] järjestyksessä.",
        ],
        "täysin|täydellisesti|aivan huoleton|vaivaton|ongelmaton|murheeton|stressitön|kivuton": [
            "Käyttöönotto on [täysin kivuton].",
            "Muutto on [aivan kivuton].",
            "Juhlanne sujuu [täysin huolettomasti].",
            "Käyttöönotto on [aivan vaivaton].",
            "Lupaamme teille [täysin ongelmattoman] syksyn.",
        ],
        "taata": [
            # the tagger reads "takaan" as a postposition ("sen takaa"); Voikko knows better
            "Me hoidamme sinulle näkyvyyden isoimmissa medioissa, sen [takaan].",
            # the writer's own claim restated is still the writer's promise
            "Kerroin jo, että [takaamme] kaikille asiakkaille täyden tyytyväisyyden.",
            "[Takaamme] laadun kaikissa sopimuksissamme.",
            "[Takaamme] tyytyväisyytenne.",
            # the reader's season sold out: the month is the promise, not a term of it
            "[Takaamme], että kesäkautesi myydään loppuun jo toukokuussa.",
            # a negation in the clause before does not reach a verb with a person of its own
            "Kosteusvahinkoja ei synny, sen [takaamme].",
            "Laatu [taataan] jokaisessa projektissa.",
            "Voin [taata], että olette tyytyväisiä.",
        ],
        "taattu": [
            "Tulos on [taattu].",
            "Tarjoamme [taatun] lopputuloksen.",
            "Säästöt ovat [taattuja].",
        ],
        "taatusti": [
            "Palvelu toimii [taatusti].",
            "Toimitus tulee [taatusti] perille.",
            "Laite kestää [taatusti] pakkasen.",
        ],
        "tyytyväisyystakuu|tulostakuu|onnistumistakuu|laatutakuu|säästötakuu|toimitustakuu|"
        "toimivuustakuu|hintatakuu": [
            "Meillä on [tyytyväisyystakuu].",
            "Kampanjalla on [tulostakuu].",
            "Kaikilla töillämme on [laatutakuu].",
        ],
        "=takuulla": [
            "Nousette hakujen kärkeen [takuulla].",
            "Järjestelmänne on murtosuojattu – [takuulla].",
            "Vuokralaiset ovat tyytyväisiä, [takuulla].",
        ],
        "antaa|tarjota takuu": [
            "[Annamme takuun] kaikelle.",
            "[Annamme täyden takuun] siitä, että kaikki toimii.",
            "[Tarjoamme takuun] onnistumisesta.",
            "[Annamme vuosien takuun] kaikille laitteille.",
        ],
        "luvata": [
            "[Lupaamme] parhaan palvelun.",
            "[Lupaan], että olette tyytyväisiä.",
            "Voimme [luvata] nopean toimituksen.",
            # the afterthought tag promises the clause before it, unless that is a plea
            "Käyttöönotto ei vie kauaa, [lupaan].",
            "Asennus on nopea, [lupaan] sen.",
        ],
        "lupaus": [
            "[Lupauksemme] on huoleton arki.",
            "Annamme teille [lupauksen] laadusta.",
            "Pidämme [lupauksemme] aina.",
        ],
        "varmasti|=varmuudella säästää|hyötyä|parantaa|tehostua|onnistua|tyytyväinen|ilahtua|"
        "vakuuttua|kannattaa|kannattava|sujua|selvitä": [
            "Tarkastuksesta [selviätte varmasti] ilman seuraamuksia.",
            "Te [hyödytte varmuudella] uudesta mallista.",
            "Siirtyminen on [varmasti kannattavaa].",
            "Käyttöönotto [sujuu varmasti] ilman yllätyksiä.",
            "Kanssamme [säästätte varmasti].",
            "Te [hyödytte varmasti] palvelustamme.",
        ],
        "varmasti|=varmuudella|taatusti|ehdottomasti|takuuvarmasti kasvaa|kasvattaa|parantua|"
        "parata|lyhentyä|lyhetä|nopeutua|"
        "pienentyä|vähentyä|nousta|laskea|pudota|puolittua|pienetä|alentua|vähetä|lisääntyä|"
        "levitä|täyttyä|tuplaantua|kaksinkertaistua|vapautua|loppua|päättyä|hävitä|kadota|"
        "poistua": [
            "Kun kuljettajanne on koulutettu meillä, törmäyksenne [loppuvat varmasti].",
            "Reklamaationne [häviävät varmasti] ensimmäisen kuukauden aikana.",
            "Videosi [leviää varmuudella] tuhansille päättäjille.",
            "Voitte luottaa siihen, että käyttöpääomaa [vapautuu varmasti].",
            "Tarjouspyyntönne [tuplaantuvat varmasti].",
            "Myyntisi [kaksinkertaistuu varmasti] vuodessa.",
            "Kalenterinne [täyttyy varmasti] tapaamisista.",
            "Hakukonenäkyvyytenne [paranee varmuudella].",
            "Jononne [lyhenevät varmasti].",
            "Kulunne [putoavat varmasti].",
            "Myyntinne [varmasti kasvaa].",
            "Kanssamme myynti [kasvaa ihan varmasti].",
            "Lämmityskulunne [putoaisivat ehdottomasti] ensimmäisenä talvena.",
            "Hävikkinne [pienenee taatusti] uuden hyllytyksen myötä.",
            "Vasteaikanne [lyhenevät takuuvarmasti].",
        ],
        "taatusti|ehdottomasti|takuuvarmasti säästää|hyötyä|saada|kasvaa|parantaa|nopeutua|"
        "tehostua|onnistua|tyytyväinen": [
            "Te [hyödytte ehdottomasti] tästä.",
            "[Takuuvarmasti säästätte] kuluissa.",
            "Olette [ehdottomasti tyytyväisiä].",
        ],
        "varma säästää|hyötyä|saada|kasvaa|parantaa|tehostua|onnistua|tyytyväinen": [
            "Olemme [varmoja, että säästätte].",
            "Olen [varma, että hyödytte] tästä.",
            "Olemme [varmoja, että olette tyytyväisiä].",
        ],
        "aina heti|välittömästi|nopeasti|=ajallaan|=ajoissa|=etuajassa|virheettömästi|moitteettomasti|"
        "täydellisesti|oikein|=paikalla|tyytyväinen|kunnolla|=kerralla|=sovitusti|=moitteetta|"
        "=kunnossa": [
            "Jos siirryt meille, kirjanpitosi on [aina kunnossa].",
            "Pidämme koneenne [aina kunnossa] sesongin yli.",
            "Työ tehdään [aina kunnolla] ensimmäisellä kerralla.",
            "Urakka valmistuu [aina sovitusti].",
            "Remontti on valmis [aina etuajassa].",
            "Palvelemme [aina heti].",
            # what the seller is known for is the seller's promise
            "Olemme tunnettuja siitä, että tavara tulee [aina ajallaan].",
            "Toimitukset tulevat [aina ajallaan].",
            "Olemme [aina paikalla], kun tarvitsette.",
            "Asiakkaamme ovat [aina tyytyväisiä].",
        ],
        "takuuvarma": [
            "Palvelumme on [takuuvarma].",
            "Kaikki kahdeksan paikkaa täytetään kuudessa viikossa, [takuuvarmasti].",
            "Tarjoamme [takuuvarman] palvelun.",
            "Toimitus saapuu [takuuvarmasti] perille.",
        ],
        "100 tyytyväisyys|varmuus|onnistuminen|luotettavuus|toimivuus|laatu|tulos|suoja|turva": [
            "Saatte [100 % suojan] kiristyshaittaohjelmia vastaan.",
            "Lupaamme [100 % tyytyväisyyden].",
            "Saatte [100 % varmuuden] toimituksiin.",
            "Takaamme [100 % laadun].",
            "Kosteus pysyy [100 % varmuudella] alle 30 prosentissa.",
        ],
        "aina kaikki|jokainen": [
            "Hissimme toimivat [aina ja kaikissa] tilanteissa.",
            "Täytämme [jokaisen vuoron aina], myös saman päivän tilaukset.",
            "Vastaamme [aina jokaiseen] viestiinne.",
            "Järjestelmä pelaa [kaikissa oloissa aina].",
            "Palvelemme teitä [aina kaikessa].",
        ],
        "sataprosenttinen": [
            "Tarjoamme [sataprosenttisen] varmuuden.",
            "Laatu on [sataprosenttinen].",
            "Saatte [sataprosenttista] palvelua.",
        ],
        "satavarma": [
            "Tämä on [satavarma] sijoitus.",
            "Säästö on [satavarmaa].",
            "Onnistutte [satavarmasti].",
        ],
        "100-prosenttinen": [
            "Laatu on [100-prosenttinen].",
            "Toimitusvarmuutemme on [100 prosenttinen].",
            "Toimitusvarmuus on [100-prosenttinen] koko vuoden.",
        ],
        "100-prosenttis": [
            "Tarjoamme [100-prosenttisen] varmuuden.",
            "Saatte [100-prosenttista] tukea.",
            "Hoidamme kaiken [100-prosenttisesti].",
        ],
        "täydellinen|täysi tyytyväisyys|laatu|varmuus|onnistuminen|toimivuus|suoja|turva": [
            "[Täysi suoja] kaikkia kyberuhkia vastaan.",
            "Saatte [täyden turvan] tiloillenne.",
            "Tarjoamme verkollenne [täydellisen suojan].",
            "Lupaamme [täydellisen tyytyväisyyden].",
            "Saatte [täydellistä laatua].",
            "Takaamme [täyden tyytyväisyyden].",
            "Tarjoamme [täydellisen varmuuden] toimituksiin.",
        ],
        "koskaan|ikinä ongelma|vika|katko|viive|virhe|huoli|murhe|häiriö|reklamaatio|pettyä|"
        "huolehtia|murehtia|odottaa|jonottaa|katkos|tietomurto|seisokki|vahinko|lisälasku|"
        "lisäkulu|lisätyö|yllätys|yllättää|vaurioitua|rikkinäinen|miettiä|sakko|huomautus": [
            "Verotarkastus ei tule [koskaan yllättämään] teitä.",
            "Meidän kanssamme ei tule [koskaan lisätöitä].",
            "Remontissamme ei [ikinä tule lisätöitä].",
            "Verottajalta ei tule [koskaan huomautuksia].",
            "Kanssamme et saa [ikinä sakkoja] verottajalta.",
            "Hallituksen ei tarvitse [ikinä miettiä] siivousta.",
            "Meiltä ei [koskaan lähde asiakkaalle vaurioitunutta] huonekalua.",
            "Varastostamme ei [ikinä lähde rikkinäistä] tuotetta.",
            "Kalusteet eivät [vaurioidu koskaan] kuljetuksessa.",
            "Yhtään aitoa asiakasta ei [koskaan hylätä vahingossa].",
            "Verotuksessa ei tule [koskaan yllätyksiä].",
            "Laskussa ei ole [ikinä yllätystä].",
            "Teille ei [koskaan tule yllätyksiä].",
            "Et joudu [koskaan odottamaan] kalustoa.",
            "Teille ei tule [ikinä lisälaskuja].",
            "Remontista ei tule [koskaan lisäkuluja].",
            "Kuntasi ei joudu [koskaan tietomurron] kohteeksi.",
            "Linjalla ei ole [ikinä seisokkeja].",
            "Asiakkaanne eivät [jonota koskaan].",
            "Verkossa ei ole [koskaan katkoksia].",
            "Teillä ei ole [koskaan ongelmia].",
            "Järjestelmässä ei ole [koskaan katkoja].",
            "Ette [pety koskaan].",
            "Teillä ei ole [ikinä ongelmia].",
            "Teidän ei tarvitse [koskaan enää huolehtia] varastosta.",
        ],
        "aina hyvä|edullinen|nopea": [
            "Saatte [aina parhaan] hinnan.",
            "Tarjoamme [aina edullisimman] vaihtoehdon.",
            "Toimitus on [aina nopein] mahdollinen.",
        ],
        "pettyä": [
            "Ette tule [pettymään].",
            "Ette [pety] tähän palveluun.",
            "Kukaan asiakkaamme ei ole [pettynyt].",
        ],
        "maksaa =takaisin": [
            "Laite [maksaa itsensä takaisin] nopeasti.",
            "Investointi [maksaa takaisin] itsensä varmasti.",
            "Järjestelmä [maksaa itsensä takaisin] jokaiselle asiakkaallemme.",
        ],
        "säästö|tulos|hyöty|onnistuminen varma": [
            "[Säästöt ovat varmat].",
            "[Tulos on varma].",
            "Teille on tarjolla [varma hyöty].",
        ],
        "kaikki ongelma|murhe|huoli ratketa|ratkaista|poistua|kadota": [
            "[Ratkaisemme kaikki ongelmanne].",
            "[Kaikki murheenne poistuvat].",
            "Näin [kaikki ongelmat ratkeavat].",
        ],
        "riskitön": [
            "Kokeilu on täysin [riskitön].",
            "Tarjoamme [riskittömän] aloituksen.",
            "Voitte kokeilla palvelua [riskittömästi].",
        ],
        "ilman =riskiä|=riskejä": [
            "Voitte aloittaa [ilman riskiä].",
            "Kokeilkaa palvelua [ilman riskejä].",
            "Saatte säästöt [ilman minkäänlaista riskiä].",
        ],
    },
    "competitor-bashing": {
        "olla|näkyä|löytyä osaaminen|ammattitaito|asiantuntemus|ymmärrys|tietotaito|pätevyys": [
            "Kilpailijoilla ei [ole ymmärrystä] siitä, miten voimala mitoitetaan.",
            "Kilpailijan tuotteessa ei [näy minkäänlaista ymmärrystä] ammatillisesta koulutuksesta.",
            "Nykyiseltä toimittajaltanne ei [löydy asiantuntemusta] kylmäketjuista.",
            "Nykyisellä toimittajallanne ei [ole ammattitaitoa] tähän.",
            "Käytätte Nettiapu Oy:tä. Heillä ei yksinkertaisesti [ole osaamista] tilitoimistoille.",
        ],
        "vetää|temmata|repiä|tempaista =hatusta|=hihasta": [
            "Kilpailijan tuotantoarviot on [vedetty hatusta].",
            "Nykyinen toimittajanne [veti hinnan hihasta].",
            "Nettimyyjät [tempaisevat luvut hatusta] ja lupaavat paljon.",
        ],
        "pelkkä|silkka|puhdas kuvitelma|toiveajattelu|arvaus|arpapeli": [
            "Nettimyyjien tarjoukset ovat usein [pelkkää kuvitelmaa].",
            "Kilpailijan laskelma on [silkkaa toiveajattelua].",
            "Nykyisen toimittajanne aikataulu on [puhdasta arvausta].",
        ],
        "=jos|=mikäli nauttia|tykätä|pitää =siitä": [
            "[Jos nautit siitä], että sovellus kaatuu, Lojaalin ohjelma on juuri sinun juttusi.",
            "[Jos tykkäätte siitä], että laskut myöhästyvät, nykyinen toimittajanne sopii teille.",
            "Kilpailija on oikea valinta, [mikäli pidätte siitä], että odotatte viikkoja.",
        ],
        "lakata =toimimasta|=toimimastakin|=pelaamasta": [
            "Kilpailijan laitteet [lakkaavat toimimasta] ensimmäisillä pakkasilla.",
            "Nykyisen toimittajanne mittarit [lakkasivat toimimastakin] kesken urakan.",
            "Edellisen huoltajan pumppu [lakkasi pelaamasta] jo toisella viikolla.",
        ],
        "vastata|reagoida|soittaa|kuulua =viikkoihin|=kuukausiin|=päiviin|=aikoihin|=ikuisuuksiin": [
            "Kilpailijat eivät [vastaa asiakkailleen viikkoihin].",
            "Nykyisestä toimittajastasi ei [kuulunut kuukausiin] mitään.",
            "Edellinen huoltoliike ei [reagoinut ilmoitukseemme päiviin].",
        ],
        "uskoa|luottaa lupaus|lupailu|puhe|mainospuhe": [
            "En [uskoisi kilpailijanne lupauksia] hetkeäkään.",
            "Älä [luota kilpailijan puheisiin] ennen kuin näet tulokset.",
            "Kukaan ei enää [usko nykyisen toimittajanne mainospuheisiin].",
        ],
        "asiakas vaihtaa|siirtyä|lähteä|karata|paeta =muualle": [
            "Kysykää nykyiseltä toimittajaltanne, miksi niin moni sen [asiakkaista on vaihtanut muualle].",
            "Kilpailijan [asiakkaita siirtyy muualle] joka kuukausi.",
            "Nykyisen toimittajanne [asiakkaat ovat lähteneet muualle] yksi kerrallaan.",
        ],
        "=en|=enkä|=emme sanoa|kertoa =enempää|=enempääkään": [
            "Kysy nykyiseltä toimittajaltasi, mihin hinnankorotus perustui. [En sano enempää].",
            "Kilpailijanne raportit tulevat kuukauden viiveellä. [Emme kerro enempää], päätelkää itse.",
            "Vertaa kilpailijan takuuehtoja meidän ehtoihimme. [Enkä sano enempääkään].",
        ],
        "=kuullakaan|=kuullutkaan|=kuulleetkaan": [
            "Kilpailijat eivät ole tainneet [kuullakaan] biofilmistä.",
            "Nykyinen toimittajanne ei ole [kuullutkaan] uudesta asetuksesta.",
            "Muut urakoitsijat eivät ole [kuulleetkaan] kosteusmittauksesta.",
        ],
        "=minkä|=mitä ehtiä|kerkiää|jaksaa": [
            "Nykyinen siivousfirmanne pesee sen, [minkä ehtii].",
            "Kilpailijan asentajat korjaavat [mitä kerkiävät] ja lähtevät.",
            "Edellinen toimittajanne hoiti vain sen, [minkä jaksoi].",
        ],
        "=kauan jaksaa|viitsiä|kestää|sietää odottaa|odotella|katsella": [
            "Kuinka [kauan jaksatte vielä odotella] tilauksia nykyiseltä toimittajaltanne?",
            "Miten [kauan viitsit odottaa] kilpailijan asentajaa?",
            "Kuinka [kauan jaksatte katsella] edellisen urakoitsijan keskeneräisiä töitä?",
        ],
        "=yhtäkään|=ainuttakaan|=kertaakaan =ajallaan|=ajoissa|=perille|=oikein": [
            "Nykyinen toimittajanne ei tunnu saavan [yhtäkään lähetystä perille] ajallaan.",
            "Kilpailija ei ole toimittanut [kertaakaan ajallaan].",
            "Edellinen tilitoimistonne ei tehnyt [ainuttakaan ilmoitusta oikein].",
        ],
        "kuulua =kai|=kaipa|=varmaan|=ilmeisesti|=näköjään palvelu|hinta|paketti|sopimus|tapa": [
            "Kilpailijan mielestä vesilammikot [kuuluvat kai palveluun].",
            "Nykyisellä toimittajallanne viiveet [kuuluvat ilmeisesti hintaan].",
            "Edellisellä urakoitsijalla sotku [kuului näköjään tapaan].",
        ],
        "rakas|pyhä|kallis|vaalia perinne": [
            "Voitte jatkaa nykyisen toimittajanne kanssa, jos korjauskierros on teille [rakas perinne].",
            "Kilpailijalle myöhästely on [pyhä perinne].",
            "Edellinen urakoitsija [vaalii perinnettä], jossa lasku tulee ennen työtä.",
        ],
        "odottaa|odotella =vieläkin|=yhä|=edelleenkin|=vieläkään": [
            "Vai [odottaako hän vieläkin], että kilpailija soittaa takaisin?",
            "Asiakas [odottaa yhä], että nykyinen toimittajanne vastaa.",
            "Naapurisi [odottelee edelleenkin], että edellinen urakoitsija palaa paikalle.",
        ],
        "ihan|aivan|oikein|sinänsä kelpo|kelvollinen|pätevä": [
            "Kuulin, että tilaat nykyään Medilinjalta. [Ihan kelpo] valinta sinänsä, jos ei haittaa, että puolet tulee jälkitoimituksena.",
            "Käytätte Kassavirran ohjelmaa. [Ihan kelvollinen] ohjelma, kunhan kukaan ei tarvitse raportteja.",
            "Kilpailijanne avasi uuden myymälän. [Sinänsä pätevä] ratkaisu, mutta varasto on yhä tyhjä.",
            "Kilpailijan varaosat ovat [oikein kelvollisia], kunhan niitä ei käytä joka päivä.",
        ],
        "luvata|lupailla|puhua paljon =ja toimittaa|tehdä|antaa|hoitaa vähän": [
            "Kilpailija [lupaa paljon ja toimittaa vähän].",
            "Nykyinen toimittajanne [puhuu paljon ja tekee vähän].",
            "Muut konsultit [lupailevat paljon ja antavat vähän].",
        ],
        "päätyä|jäädä|unohtua =mappiin|=pöytälaatikkoon|=mapissa|=pöytälaatikossa": [
            "Kilpailijoiden auditointiraportit [päätyvät mappiin].",
            "Nykyisen toimittajanne suunnitelmat [jäävät pöytälaatikkoon].",
            "Isojen talojen selvitykset [unohtuvat pöytälaatikkoon].",
        ],
        "nopea|ahkera|innokas|tarkka|taitava =lähettämään|=lähettämässä|=kirjoittamaan lasku": [
            "Nykyinen toimittajanne on [nopea lähettämään laskun].",
            "Kilpailijat ovat [innokkaita kirjoittamaan laskuja].",
            "Isot talot ovat [ahkeria lähettämässä laskuja].",
        ],
        "=muka": [
            "Kuinka moni toimittaja [muka] vielä vaatii kolmen vuoden sopimuksen?",
            "Nykyinen toimittajanne on [muka] saatavilla ympäri vuorokauden.",
            "Kilpailijoiden [muka] nopea tuki vastaa viikon päästä.",
        ],
        "=ilmeisesti|=kai|=kaiketi|=varmaankin|=taitaa unohtaa": [
            "Nykyinen toimittajanne on [ilmeisesti unohtanut], että aamu alkaa kuudelta.",
            "Nykyinen toimittajanne on [kai unohtanut], että sopimus päättyy.",
            "Kilpailijat ovat [varmaankin unohtaneet] päivittää hinnastonsa.",
        ],
        "=onko|=olisiko|=lieneekö|=oliko sattuma": [
            "[Onko sattumaa], että nykyisen toimittajanne raporteista puuttuu juuri tämä luku?",
            "[Olisiko sattumaa], että kilpailijoiden laskuissa on aina sama virhe?",
            "[Lieneekö sattumaa], että isojen ketjujen ehdokkaat vaihtuvat joka kuukausi?",
        ],
        "=eikö|=eikös erikoinen|outo|kummallinen|merkillinen|omituinen|ihmeellinen": [
            "[Eikö ole vähän erikoista], että nykyinen toimittajanne tarvitsee kolme viikkoa pesuun?",
            "[Eikös ole outoa], että kilpailijat laskuttavat jokaisesta puhelusta?",
            "[Eikö ole kummallista], että edellinen urakoitsijanne jätti rännit puhdistamatta?",
        ],
        "väittää =mitään": [
            "En [väitä mitään], mutta nykyisen toimistosi hinnoittelu hyödyttää lähinnä toimistoa.",
            "Emme [väitä mitään], mutta kilpailijoiden raportit ovat kummallisen lyhyitä.",
            "En nyt [väitä mitään], mutta kannattaa miettiä, miksi toimittajanne laskut kasvavat.",
        ],
        "kummoinen|kummoisempi|ihmeellinen|häävi|kehuttava|kaksinen": [
            "Ei sieltä kovin [kummoista] laskentaa ole kilpailijanne tarjoukseen tehty.",
            "Nykyisen toimittajanne tuki ei ole [häävi].",
            "Kilpailijoiden raportit eivät ole kovin [kaksisia].",
        ],
        "jotta hinta|-hinta|tarjous|luku|tulos näyttää hyvä|halpa|edullinen|kilpailukykyinen|"
        "houkutteleva": [
            "Kilpailijanne kirjoittaa kaivot lyhyiksi, [jotta tarjoushinta näyttää hyvältä].",
            "Nykyinen toimittajanne jättää asennuksen pois, [jotta hinta näyttää halvalta].",
            "Isot talot laskevat tunnit alakanttiin, [jotta tarjous näyttää edulliselta].",
        ],
        "=onhan|=onpa|=olihan|kai|kaipa =sekin|=tuokin|=sekään eräänlainen|jonkinlainen": [
            "Kilpailijan sivuja päivitettiin viimeksi helmikuussa – [kai sekin jonkinlaista] "
            "ylläpitoa on.",
            "Kilpailijanne laskuttaa kolme lisämaksua. [Onhan sekin eräänlaista] palvelua.",
            "Nykyinen toimittajanne lähetti raportin kuukauden myöhässä. [Olihan sekin "
            "jonkinlainen] suoritus.",
            "Isot talot vastaavat viikon päästä. [Onpa tuokin eräänlainen] palvelulupaus.",
        ],
        "=tietenkään|=tietysti|=toki|=suinkaan väittää|vihjata": [
            "En [tietenkään väitä], että nykyisen toimittajanne raportit kirjoitetaan jälkikäteen.",
            "Emme [tietysti väitä], että kilpailijan hinta selittyisi kokemattomilla asentajilla.",
            "En [suinkaan vihjaa], että heidän huoltoyhtiönsä laskuttaisi tekemättömistä töistä.",
        ],
        "tarkoittaa|merkitä lähinnä": [
            "Nykyisellä toimittajallanne nopeus [tarkoittaa lähinnä] nopeasti lähetettyä pinoa.",
            "Kilpailijoilla asiakaspalvelu [tarkoittaa lähinnä] automaattivastausta.",
            "Isoilla ketjuilla laatu [merkitsee lähinnä] kauniita raportteja.",
        ],
        "=ainakin|=vain|=lähinnä|=pelkästään =paperilla": [
            "Nykyisen toimittajanne tuntihinta on edullinen – [ainakin paperilla].",
            "Kilpailijan takuu näyttää kattavalta, mutta [vain paperilla].",
            "Toimittajanne laatujärjestelmä on olemassa [lähinnä paperilla].",
        ],
        "kannattaa odottaa|toivoa": [
            "Nykyiseltä toimittajaltanne ei [kannata odottaa] nopeaa vastausta.",
            "Kilpailijan asentajilta ei [kannata toivoa] ihmeitä.",
            "Isoilta taloilta ei [kannata oikeastaan odottaa] mitään.",
        ],
        "lakaista|piilottaa|työntää =maton =alle": [
            "Ketjutilitoimistonne [lakaisee virheensä maton alle].",
            "Kilpailijat [piilottavat reklamaatiot maton alle].",
            "Nykyinen toimittajanne [työntää ongelmat maton alle].",
        ],
        "keksiä vika|syy|lisämaksu|kulu|virhe": [
            "Moni kilpailija nipistää hinnasta kuntotarkastuksessa [keksimillään vioilla].",
            "Kilpailijat [keksivät lisämaksuja] joka laskuun.",
            "Nykyinen toimittajanne [keksii syyn] jokaiselle viivästykselle.",
        ],
        "sepustus|höpinä|löpinä|jaarittelu|puppu|hölynpöly": [
            "Nykyisen toimittajanne raportit ovat ympäripyöreää [sepustusta].",
            "Kilpailijoiden myyjiltä kuulee lähinnä [höpinää].",
            "Isojen konsulttitalojen suositukset ovat [puppua].",
        ],
        "kuin @decade": [
            "Palveluntarjoajasi pääte tulostaa kuitin [kuin jostain 2000-luvun] alun museosta.",
            "Nykyinen pankkinne käsittelee lainat samaan tahtiin [kuin 1980-luvulla].",
            "Kilpailijan raportit näyttävät [kuin 90-luvulta].",
        ],
        "laskuttaa|rahastaa|veloittaa kuin": [
            "Edellinen pitopalvelu lämmittää eineksiä ja [laskuttaa niistä kuin] annoksista.",
            "Isot talot [rahastavat kuin] olisivat ainoita.",
            "Nykyinen toimittajanne [veloittaa käynneistä kuin] kokonaisista päivistä.",
        ],
        "pysyä =ajan =tasalla|=hermolla": [
            "Kuulin käyttävänne Rautiaisen huoltoa. Eivät he ole [pysyneet ajan tasalla] "
            "sitten 90-luvun.",
            "Nykyinen toimittajanne ei [pysy ajan hermolla].",
            "Kilpailijat eivät ole [pysyneet ajan tasalla] säädösten muutoksissa.",
        ],
        "olla =ajan =tasalla|=hermolla": [
            "Nykyinen toimittajanne ei [ole ajan tasalla].",
            "Isot talot eivät [ole ajan hermolla], kun on kyse pienistä kaupoista.",
            "Kilpailijan ohjelmisto ei [ollut ajan tasalla] vielä viime vuonna.",
        ],
        "pysyä =kehityksen|=ajan|=alan|=muiden =mukana|=perässä|=tahdissa": [
            "Nykyinen toimittajanne ei [pysy kehityksen mukana].",
            "Isot ketjut eivät [pysy alan tahdissa].",
            "Kilpailijan asentajat eivät ole [pysyneet muiden perässä] enää vuosiin.",
        ],
        "kai|kaipa|toki|tietysti|tietenkin =sekin|=tuokin|=sellainenkin|=sekään "
        "yksi|eräs|jonkinlainen|eräänlainen tapa|vaihtoehto|keino|ratkaisu|strategia|linja|"
        "saavutus|suoritus|taidonnäyte": [
            "Sinulla on ollut sama toimittaja pitkään. [Kai sekin on jonkinlainen saavutus], "
            "että reseptiä ei ole muutettu.",
            "Nykyinen toimittajasi piilottaa tuotteet. [Kai sekin on yksi tapa] pitää varasto "
            "täynnä.",
            "Autonne ovat Rantasen autokeskuksella. [Toki sekin on yksi vaihtoehto], jos tykkää "
            "odotella.",
            "Kilpailija lupaa kaiken. [Tietysti tuokin on eräs strategia].",
        ],
        "=sitäkin|=tätäkin|=tuotakin tietysti|toki|kai|tietenkin|kieltämättä voida "
        "pitää|kutsua|lukea|laskea": [
            "Kilpailijan autot seisovat usein tien laidassa. [Sitäkin voi tietysti pitää] "
            "lisäpalveluna.",
            "Nykyinen toimittajanne vastaa viikon päästä. [Toki tätäkin voi kutsua] "
            "asiakaspalveluksi.",
            "Kilpailijan raportti tulee kerran vuodessa. [Kai sitäkin voi laskea] seurannaksi.",
        ],
        "=sekin|=tämäkin|=tuokin|=sekään oma|omanlainen|omanlaatuinen taito|taiteenlaji|"
        "saavutus|lahjakkuus": [
            "Kuljetusliike pahoitteli joka kerta yhtä kohteliaasti, ja [sekin on oma taitonsa].",
            "Kilpailijan myyjät selittävät viivästykset aina uudella tavalla. [Tämäkin on "
            "omanlaisensa taiteenlaji].",
            "Nykyinen toimittajanne on lykännyt päivitystä kolme kertaa. [Sekin on oma "
            "saavutuksensa].",
        ],
        "omanlainen|omanlaatuinen saavutus|suoritus|ansio|taidonnäyte": [
            "Kasvuvoima opetti teille palaverimallin, jota noudatetaan yhä, vaikka kukaan ei "
            "muista miksi. Se on [omanlaisensa saavutus].",
            "Kilpailijan sopimusehdot ovat [omanlaatuinen taidonnäyte].",
            "Nykyisen toimittajanne laskut ovat kuuden sivun mittaisia, mikä on [omanlaisensa "
            "suoritus].",
        ],
        "irrota|hajota|rikkoutua|vuotaa|ruostua|pettää|haljeta|lohkeilla|kulua =ennen|=heti|"
        "=juuri takuu|takuuaika": [
            "Kilpailijan pinnoitteet [irtoavat ennen takuuajan] loppua.",
            "Nykyisen toimittajanne pumput [hajoavat heti takuun] jälkeen.",
            "Halpojen tarjoajien saumat [vuotavat juuri takuun] päätyttyä.",
        ],
        "kallis harrastus|huvi|seurustelu|lysti|leikki|kahvittelu": [
            "Kilpailija dokumentoi ongelman mutta ei korjaa sitä. Se on melko [kallis harrastus].",
            "Nykyinen toimittajanne käy kerran vuodessa toteamassa saman. Aika [kallista "
            "seurustelua].",
            "Kilpailijan raportit eivät johda mihinkään. Niistä tulee [kallis huvi].",
        ],
        "luova aikataulu|aikataulutus|laskutus|kirjanpito|hinnoittelu|tulkinta|tuntikirjaus|"
        "matematiikka|lasku": [
            "Nykyinen toimittajanne on taas siirtänyt noutoja: heidän [luovan aikataulunsa] "
            "ansiosta lavat odottavat.",
            "Kilpailijan [luova laskutus] näkyy vanhojen asiakkaiden hinnoissa.",
            "Edellisellä urakoitsijalla oli [luova tulkinta] sopimuksen sanasta viikoittain.",
        ],
        "=aina =jokin|=joku|=jonkin|=jonkun|=uusi|=uuden lisämaksu|lisäkulu|lisärivi|lisälasku|"
        "yllätys": [
            "Kilpailijan hinnoittelusta löytyy [aina jokin lisämaksu].",
            "Nykyinen toimittajanne lisää laskuun [aina jonkin lisämaksun].",
            "Isojen talojen laskuissa on [aina joku yllätys].",
        ],
        "asiakaspalvelu|tuki|puhelin|vaihde|päivystys|linja päästä =läpi": [
            "Kilpailijan [tukeen ei päässyt läpi] koko päivänä.",
            "Nykyisen toimittajanne [asiakaspalveluun ei pääse läpi] iltaisin.",
            "Heikkilän autovuokraamon [puhelimeen ei ole päässyt läpi] kukaan.",
        ],
        "maksaa =niiden|=heidän|=sen mainoskampanja|mainonta|markkinointi|mainos|pääkonttori|"
        "brändi|logo|bonus": [
            "Miksi [maksaisitte isoille leasingtaloille niiden mainoskampanjoista]?",
            "Kilpailijan hinnassa [maksatte heidän markkinoinnistaan].",
            "Isoilla ketjuilla [maksat sen brändistä], et kahvista.",
        ],
        "puhelin|puhelu vastata kone|robotti|automaatti|nauha": [
            "Isoissa leasingtaloissa [puhelimeen vastaa kone].",
            "Nykyisen toimittajanne [puheluihin vastaa robotti].",
            "Nykyisellä toimittajallanne [puhelimeen vastaa nauha] iltaisin.",
        ],
        "kysyä|kysellä|tiedustella =milloin|=miksi|=kuka|=kenen|=montako|=kuinka|=mitä|=mihin|"
        "=missä|=mistä|=miten|=onko|=ovatko": [
            "Juhlapalvelu Rantala on halpa. [Kysy heiltä, missä] heidän ruokansa oikeasti tehdään.",
            "Isot ketjut puhuvat kotiruoasta. [Kysykää heiltä, milloin] heidän keittiössään on "
            "viimeksi kuorittu peruna.",
            "Kilpailija lupaa kaiken. [Kysy, kuka] sen voimalan lopulta asentaa.",
            "Nykyinen toimittajanne on halpa. [Kysykää, onko] heidän asentajansa koskaan käynyt "
            "katolla.",
        ],
        "@asking =oikeasti|=todella|=tosiaan|=enää|=edelleen|=yhä maksaa|tyytyä|sietää": [
            "[Kannattaako oikeasti maksaa] toimittajalle, joka ruiskuttaa vain lattian?",
            "[Haluatteko todella tyytyä] kilpailijan puolittaiseen huoltoon?",
            "[Jaksatteko yhä sietää] nykyisen toimittajanne myöhästelyä?",
        ],
        "sanoa|kommentoida =mitään": [
            "Nykyisen toimittajanne työstä en [sano mitään]; kuulemma tarroista voi päätellä "
            "olennaisen.",
            "Kilpailijan laskutuksesta en [kommentoi mitään], kuulemma asiakkaat osaavat jo "
            "varautua.",
            "Kilpailijan asentajista en [sano mitään] – paitsi että heitä ei ole näkynyt.",
            "Nykyisen toimittajanne ruoista en [sano mitään], mutta moni hääpari on kuulemma "
            "yllättynyt.",
        ],
        "moderni|nykyaikainen|innovatiivinen|edullinen|nopea|helppo|älykäs|tehokas|kattava|"
        "ilmainen|luotettava": [
            'Kartan voi tilata halvimmalta tarjoajalta. Moni on oppinut, mitä "[edullinen]" '
            "ilmakuvaus tarkoittaa.",
            'Nykyinen toimittajanne vaihtui keväällä. Sen "[nopea]" toimitus kestää viikon.',
            'Kilpailija esitteli uuden alustan. Sen "[älykkäät]" raportit tulostetaan käsin.',
        ],
        "toki|kyllä|tietysti|tunnetusti kuuluisa|tunnettu|kuulu nopeus|täsmällisyys|joustavuus|"
        "tehokkuus|asiakaspalvelu|ripeys|palvelualttius|reagointi": [
            "Lehtinen Leasing on [toki kuuluisa nopeudestaan]: pyörä ehtii nähdä kaksi "
            "vuodenaikaa huollossa.",
            "Nykyinen toimittajanne on [kyllä tunnettu joustavuudestaan], kun laskuja lähetetään.",
            "Kilpailija on [tunnetusti kuuluisa asiakaspalvelustaan], ainakin omissa esitteissään.",
        ],
        "jäädä =auttamatta|=pahasti|=kauas|=reilusti =jälkeen": [
            "Vilkkusen järjestelmä on valitettavasti [jäänyt auttamatta jälkeen].",
            "Kilpailija on [jäänyt pahasti jälkeen], eikä se näytä kiriltä.",
            "Nykyisen toimittajanne alusta [jäi reilusti jälkeen] jo vuosia sitten.",
        ],
        "jäädä =jälkeen =ajasta|=kehityksestä|=ajan|=muista|=kilpailijoista": [
            "Nykyisen toimittajanne järjestelmä on [jäänyt jälkeen ajasta].",
            "Kilpailijanne [jäivät jälkeen kehityksestä] jo vuosia sitten.",
            "Isot talot ovat [jääneet jälkeen muista].",
        ],
        "edes tietää|osata|ymmärtää|muistaa|tuntea|lukea|tunnistaa|käydä": [
            "Mahtaako nykyinen vartiointiliikkeenne [edes tietää] omia vasteaikojaan?",
            "[Tunteeko nykyinen toimittajanne edes] uuden asetuksen?",
            "Mahtavatko kilpailijan asentajat [edes tuntea] laitteitanne?",
        ],
        "lisätyö|lisälasku|lisäkulu|lisämaksu|lisärivi|lisälaskutus ropista|sadella|vyöryä|"
        "tipahdella|tippua": [
            "Kilpailijan tarjous on halpa, mutta [lisätöitä alkaa ropista] heti.",
            "Nykyiseltä toimittajaltanne [lisälaskuja sateli] koko syksyn.",
            "Isoilta taloilta [lisäkuluja tipahtelee] kuukausittain.",
        ],
        "lähinnä|pelkästään|vain|puhtaasti nimellinen|muodollinen|kosmeettinen|näennäinen": [
            "Nykyisen toimittajanne huolto on [lähinnä nimellistä].",
            "Kilpailijan tarkastus on [puhtaasti muodollinen].",
            "Isojen talojen takuu on [vain näennäinen].",
        ],
        "=onhan|=onpa|=onkos erikoinen|outo|kummallinen|merkillinen|omituinen|ihmeellinen": [
            "[Onhan se vähän erikoista], ettei puuta myyvä liike tiedä puidensa kosteutta.",
            "[Onpa outoa], että nykyinen toimittajanne tarvitsee kolme viikkoa.",
            "[Onhan se kummallista], että kilpailijan asentaja ei löydä kattoa.",
        ],
        "@reader =mitä|=mistä|=minkä|=mihin =pesulaa|=firmaa|=yritystä|=toimittajaa|=liikettä|"
        "=taloa|=kauppaa|=paikkaa|=tukkua|=pesulasta|=firmasta|=yrityksestä|=toimittajasta|"
        "=liikkeestä|=talosta|=kaupasta|=paikasta|=tukusta puhua|tarkoittaa": [
            "Sisäpuhdistus tarkoittaa siellä tuhkakupin tyhjennystä. [Tiedätte varmasti, mitä "
            "pesulaa tarkoitan].",
            "[Arvaat kyllä, mistä firmasta puhun].",
            "Nimiä en mainitse, mutta [tiedätte, mitä kauppaa tarkoitan].",
        ],
        "=siihen|=tähän ansio|vahvuus|plussa|hyvä jäädä|loppua|päättyä": [
            "Kilpailijan tuntihinta on edullinen, ja [siihen heidän ansionsa sitten jäävätkin].",
            "Nykyinen toimittajanne on nopea, mutta [siihen vahvuudet loppuvat].",
            "Isot talot ovat tunnettuja, ja [tähän niiden plussat päättyvät].",
        ],
        "=sanotaanko|=sanoisinko|=sanotaan|=sanoisin =näin|=vaikka|=niin": [
            "Palvelutalonne on Hoivapesu Lahtisen asiakas. [Sanotaanko näin], että emme ole "
            "ainoa taho, jolle hoitajat ovat kertoneet Lahtisen sekoittamista vaatteista.",
            "[Sanoisinko vaikka], että kilpailijan asentajat eivät ole kovin ahkeria.",
            "[Sanotaan näin], että nykyisen toimittajanne laskut ovat luovia.",
        ],
        "=varmasti|=kai|=kaipa|=kaiketi|=tietysti|=toki =syynsä|=syyt|=syy": [
            "Nykyinen kumppaninne on Pesula Rinne. Heillähän on [varmasti syynsä] sille, että "
            "liinat palaavat kellertävinä.",
            "Kilpailijalla on [kai syynsä] siihen, ettei kukaan vastaa.",
            "Nykyisellä toimittajallanne on [tietysti syyt] viivästyksiin.",
        ],
        "ehkä|kai|kaipa|varmaan|varmaankin se|tämä olla tapa|tyylivalinta|tyyli|keino|"
        "strategia|linja|filosofia|valinta": [
            "Pesula Rinne palauttaa liinat kellertävinä, [ehkä se on heidän tapansa] tuoda lämpöä.",
            "Osa moderneiksi mainostetuista alustoista näyttää vanhalta. [Ehkä se on niiden "
            "tietoinen tyylivalinta].",
            "Kilpailija ei vastaa viesteihin, [kai se on heidän strategiansa].",
        ],
        "syyttää kiire|hätäily|nopeus|innokkuus|into|ahkeruus|tehokkuus|täsmällisyys|"
        "ylisuorittaminen": [
            "Nykyinen kumppaninne on Pesula Rinne. Kukaan ei voi [syyttää heitä liiallisesta "
            "kiireestä].",
            "Kilpailijaa ei voi [syyttää ainakaan innokkuudesta].",
            "Nykyistä toimittajaanne ei kukaan [syyttäisi tehokkuudesta].",
        ],
        "sanoa|väittää =samaa|=samoin": [
            "Mäkelä on toki mukava pieni firma. Sopimusehdoista en ihan [samaa sanoisi].",
            "Kilpailijan myyjät ovat ystävällisiä. Laskutuksesta ei voi [sanoa samaa].",
            "Nykyinen toimittajanne on nopea. Asennusten laadusta en [väittäisi samoin].",
        ],
        "yllättää =ketään": [
            "Kirjanpitonne hoitaa Tilitoimisto Hakala. He eivät ole maininneet asiasta, mikä "
            "ei [yllätä ketään], joka on yrittänyt tavoittaa heitä.",
            "Nykyisen toimittajanne myöhästely ei [yllättänyt ketään].",
            "Kilpailijan hinnankorotus ei [yllätä ketään] alalla.",
        ],
        "viimeinen mahdollinen päivä|hetki|minuutti|ilta|viikko": [
            "Kilpailijan tilinpäätökset valmistuvat [viimeisenä mahdollisena päivänä].",
            "Nykyinen toimittajanne toimittaa aina [viimeisellä mahdollisella viikolla].",
            "Kilpailijan asentajat tulevat [viimeisenä mahdollisena hetkenä].",
        ],
        "kiinnostaa": [
            "Isojen talojen konsultteja ei [kiinnosta] teidän ajojärjestelmänne.",
            "Nykyistä toimittajaanne ei [kiinnostanut] vikailmoituksenne lainkaan.",
            "Kilpailijoita eivät pienet tilaukset [kiinnosta].",
        ],
        "=kenet|=ketä|=keitä tahansa": [
            "Isot henkilöstöketjut lähettävät teille [kenet tahansa], joka sattuu olemaan vapaana.",
            "Kilpailijat palkkaavat [keitä tahansa] kesäksi.",
            "Nykyinen toimittajanne ei valitse kohteeseen ketään, vaan laittaa [kenet tahansa].",
        ],
        "laskuttaa|veloittaa|rahastaa pienikin": [
            "Nykyinen toimittajanne [veloittaa pienimmästäkin] käynnistä.",
            "Isot talot [laskuttavat pienistäkin] muutoksista.",
            "Kilpailijat [rahastavat pienimmälläkin] lisätyöllä.",
        ],
        "laskuttaa|veloittaa|rahastaa jokainen": [
            "Perinteiset toimittajat [laskuttavat sen jälkeen jokaisesta] muutoksesta erikseen.",
            "Nykyinen toimittajanne [veloittaa jokaisesta] puhelusta.",
            "Isot talot [rahastavat jokaisella] lisärivillä.",
        ],
        "jos voida kutsua|nimittää|sanoa": [
            "Nykyinen toimistonne on tehnyt parhaansa, [jos sitä nyt parhaaksi voi kutsua].",
            "Kilpailijanne tarjoaa tukea, [jos sitä tueksi voi sanoa].",
            "Nykyinen toimittajanne lähettää raportteja, [jos niitä raporteiksi voi nimittää].",
        ],
        "kutsua|nimittää =sitä|=tätä|=niitä|=sen|=se": [
            "Nuo ketjut lämmittävät pakasteita ja [kutsuvat sitä] pitopalveluksi.",
            "Kilpailija kopioi vanhan raportin ja [nimittää sitä] analyysiksi.",
            "Nykyinen toimittajanne lähettää laskun kahden kuukauden päästä ja [kutsuu tätä] joustavuudeksi.",
        ],
        "musta aukko": [
            "Nykyisellä operaattorillanne vikailmoitukset katoavat [mustaan aukkoon].",
            "Kilpailijan tukipyynnöt uppoavat [mustaan aukkoon].",
            "Isojen talojen asiakaspalvelu on yhtä [mustaa aukkoa].",
        ],
        "uusi kansi|etiketti|kääre": [
            "Kilpailijan yrityspaketti on pelkkä kuluttajaliittymä [uusissa kansissa].",
            "Halvimmat operaattorit myyvät kuluttajaliittymiä [uudella etiketillä].",
            "Nykyisen toimittajanne uusi versio on vanha ohjelma [uudessa kääreessä].",
        ],
        "edes yrittää": [
            "Nykyinen kuljetusliikkeenne ei [edes yritä].",
            "Nykyinen toimittajanne ei [edes yrittänyt] korjata vikaa.",
            "Isot talot eivät [edes yritä] paneutua alaanne.",
        ],
        "uumen|=bermudan": [
            "Nykyisellä toimittajalla tilaukset katoavat järjestelmän [uumeniin].",
            "Kilpailijan tukipyynnöt hukkuvat johonkin asiakaspalvelun [uumeniin].",
            "Nykyisen toimittajanne tiketit uppoavat [Bermudan] kolmioon.",
        ],
        "=kukaan järkevä": [
            "Toimittajanne myy aineita, joiden kanssa [kukaan järkevä] ei enää työskentele.",
            "Kilpailijan sopimusehtoja ei [kukaan järkevä] hyväksyisi.",
            "Nykyisen toimittajanne ehtoja ei [kukaan järkevä] allekirjoittaisi.",
        ],
        "taiteenlaji": [
            "Isojen logistiikkatalojen hinnastot ovat oma [taiteenlajinsa].",
            "Kilpailijoilla laskutus on [taiteenlaji].",
            "Nykyisen toimittajanne lisämaksut ovat kokonainen [taiteenlaji].",
        ],
        "niin ja näin": [
            "Kilpailijan asentajien osaaminen on vähän [niin ja näin].",
            "Nykyisen toimittajanne tuki on [niin ja näin].",
            "Muiden toimijoiden laatu on usein [niin ja näin].",
        ],
        "kaikki tietää millainen|miten": [
            "[Kaikki alalla tietävät, millaista] palvelu isoissa taloissa on.",
            "[Kaikki tietävät, miten] kilpailijat hoitavat reklamaatiot.",
            "[Kaikki kyllä tietävät, millainen] nykyisen toimittajanne tuki on.",
        ],
        "hyvä puoli jäädä|loppua": [
            "Kilpailijan paketti on halpa, mutta siihen ne [hyvät puolet sitten jäävätkin].",
            "Nykyisen toimittajanne [hyvät puolet loppuvat] hintaan.",
            "Halpatoimijoilla [hyvät puolet jäävät] mainoksiin.",
        ],
        "iso|suuri puhe|sana": [
            "Sitä firmaa kuvaa hyvin: mainoksissa [isot puheet].",
            "Kilpailijoilla on [suuria sanoja] mutta vähän tekoja.",
            "Nykyisen operaattorinne myyjillä riittää [isoja puheita].",
        ],
        "jättää =puolitiehen|=kesken": [
            "Moni iso mainostoimisto [jättää toteutuksen puolitiehen].",
            "Edellinen urakoitsijanne [jätti työmaan kesken].",
            "Halvat firmat [jättävät asennukset kesken].",
        ],
        "paisua|karata": [
            "Perinteisillä messurakentajilla budjetti [paisuu] lisätöillä.",
            "Kilpailijan projekteissa aikataulu [karkaa] aina.",
            "Nykyisen toimittajanne laskut [paisuvat] joka kuukausi.",
        ],
        "pelkkä|=vain|=pelkkä numero|=rivi|=rivinä|asiakasnumero|tilausnumero|laskutuskohde|"
        "kuluerä|lypsylehmä": [
            "Isoille kiinteistöpalvelutaloille asiakas on [vain yksi rivi] laskentataulukossa.",
            "Jotkut vuokrafirmat toimivat niin, että työntekijä on heille [pelkkä rivi] taulukossa.",
            "Isoissa taloissa asiakas on [vain numero].",
            "Nykyiselle toimittajallenne olette [pelkkä lypsylehmä].",
        ],
        "kuin viimeistä päivää": [
            "Jotkut alan toimijat nostavat hintoja [kuin viimeistä päivää].",
            "Kilpailijat myyvät lisäpalveluja [kuin viimeistä päivää].",
            "Nykyinen operaattorinne nostaa hintoja [kuin viimeistä päivää].",
        ],
        "yhtä tyhjän kanssa": [
            "Operaattorinne asiakaspalvelu on [yhtä tyhjän kanssa].",
            "Kilpailijan takuu on [yhtä tyhjän kanssa].",
            "Nykyisen toimittajanne raportit ovat [yhtä tyhjän kanssa].",
        ],
        "jättää =tyhjän =päälle": [
            "Eräs kilpailijamme [jätti asiakkaansa tyhjän päälle] kesken urakan.",
            "Edellinen toimittajanne [jättää teidät tyhjän päälle].",
            "Moni urakoitsija [jättää kohteen tyhjän päälle].",
        ],
        "halpa|kehno|huono|heikkolaatuinen|kiinalainen tavara|kama|roina": [
            "Kilpailijan laitteet ovat rehellisesti sanottuna [halpaa tavaraa].",
            "Nykyinen toimittajanne myy [kehnoa kamaa] kalliilla.",
            "Muut toimijat tuovat maahan [huonoja tavaroita].",
        ],
        "kierrättää sama": [
            "Suuret konsulttiyritykset [kierrättävät samoja] kalvoja pankeista hoivakoteihin.",
            "Nykyinen toimittajanne [kierrättää samaa] kampanjaa vuodesta toiseen.",
            "Isot talot [kierrättivät samat] esitykset kaikille asiakkailleen.",
        ],
        "lukea =ääneen": [
            "Nykyinen kouluttajanne [lukee diat ääneen] ja laskuttaa siitä.",
            "Muut valmentajat [lukevat ääneen] kalvoja koko päivän.",
            "Edellinen konsulttinne [luki raportin ääneen] palaverissa.",
        ],
        "sama vanha": [
            "Muut toimijat tuovat [samaa vanhaa] tekniikkaa uusilla nimillä.",
            "Nykyinen toimittajanne myy teille [samaa vanhaa] pakettia.",
            "Kilpailijat kierrättävät [samoja vanhoja] ideoita.",
        ],
        "pelle|hutiloija|sähläri": [
            "Toisin kuin monet alan [pellet], me vastaamme puhelimeen.",
            "Rakennusalalla riittää [hutiloijia].",
            "Edellinen toimittajanne oli oikea [sähläri].",
        ],
        "hutiloida|hutilointi|tunaroida|säheltää|sählätä|sähläys": [
            "Nykyisen toimittajanne pystytys oli yhtä [sähläystä].",
            "Edellinen urakoitsija [hutiloi] saumat.",
            "Kilpailija [sähelsi] koko käyttöönoton.",
            "Nykyinen toimittajanne [tunaroi] laskutuksen.",
            "Nykyinen toimittajanne jätti osaston kesken, eikä sellaista [sähläystä] kannata katsoa.",
        ],
        "virhe|moka|kömmähdys|valitus|reklamaatio =jatkuvasti|=toistuvasti|=alvariinsa|=yhtenään": [
            "Nykyisen vakuuttajanne asiakkailta kuulee [valituksia jatkuvasti].",
            "Tilitoimistonne tekee [virheitä jatkuvasti].",
            "Nykyisellä toimittajallanne sattuu [mokia toistuvasti].",
            "Kilpailijan asentajilta tulee [kömmähdyksiä yhtenään].",
        ],
        "osata|jaksaa =lähinnä": [
            "Kilpailijamme [osaavat lähinnä] lähettää laskuja.",
            "Nykyinen toimittajanne [jaksaa lähinnä] pahoitella.",
            "Isot talot [osaavat lähinnä] myydä.",
        ],
        "hyvä tahto": [
            "Kaarnapesu on pieni pesula. Heillä on varmasti [hyvää tahtoa].",
            "Nykyisellä toimittajallanne on [hyvä tahto], mutta se ei riitä.",
            "Kilpailijan asentajat yrittävät. Pelkkä [hyvä tahto] ei tosin aina riitä.",
        ],
        "=on =mikä =on": [
            "Kilpailijanne järjestelmä [on mikä on], ja sen tietävät kaikki.",
            "Nykyisen toimittajanne raportointi [on mikä on].",
            "Kilpailijan sovellus [on mikä on], mutta hinta on pieni.",
        ],
        "käydä =sääliksi": [
            "Transkoodin projektipäälliköitä [käy oikeastaan vähän sääliksi].",
            "Nykyisen toimittajanne asentajia [käy sääliksi], kun varaosat puuttuvat aina.",
            "Kilpailijan myyjät lupasivat liikoja. Heitä [käy melkein sääliksi].",
        ],
        "melkoinen|huima|valtava|aikamoinen harppaus|edistysaskel|loikka|saavutus": [
            "Kilpailijanne vastaa kuulemma nyt jo saman viikon aikana. [Melkoinen harppaus] "
            "heiltä.",
            "Kilpailijanne päivitti lomakkeen vuoden 2012 jälkeen. [Huima edistysaskel].",
            "Nykyinen toimittajanne lähettää raportin nyt kahdesti vuodessa. [Aikamoinen "
            "saavutus].",
        ],
        "pelkkä|puhdas sattuma": [
            "Kolme Kaarnapesun asiakasta kysyi varavaatteita ennen auditointia. Kyse on varmasti "
            "[pelkästä sattumasta].",
            "Kilpailijan laskuun tuli taas lisärivi. [Puhdasta sattumaa], tietysti.",
            "Nykyisen toimittajanne hinnat nousivat juuri sopimuksen jälkeen. [Pelkkää sattumaa].",
        ],
        "väittää|vihjata": [
            "En [väitä], että Kielisillan halvat hinnat selittyisivät konekääntäjällä. Totean "
            "vain, että tekstit ovat samat.",
            "Emme [väitä] mitään kilpailijoistanne. Totean vain, että heidän laskunsa kasvavat.",
            "En [vihjaa], että nykyinen toimittajanne laskuttaa liikaa. Huomautan vain, että "
            "tunteja on paljon.",
        ],
        "ihan|aivan|sinänsä kelpo|kelvollinen|pätevä|mukava|kiva|sympaattinen": [
            "Tietolinna on [varmasti ihan kelpo] valinta firmalle, jolle riittää vastaus joskus.",
            "Nykyisen toimittajanne siivous on [ihan kelvollista], kunhan kukaan ei katso nurkkiin.",
            "Kilpailijanne raportit ovat [sinänsä päteviä], jos numeroita ei tarvitse ymmärtää.",
            "Kilpailijan ohjelma on yhä [aivan kelpo], jos maksut laskee itse taskulaskimella.",
        ],
        "arvailla|arvuutella": [
            "Nykyisellä korjaamollanne vian syytä [arvaillaan] viikkoja.",
            "Kilpailijan asentajat [arvailivat] osia koko kevään.",
            "Edellinen huoltoliikkeenne [arvuutteli] vikaa laskun kasvaessa.",
        ],
        "turha|turhaan maksaa|maksu|kuukausimaksu|laskuttaa": [
            "Nykyisen vartiointiliikkeenne palvelusta on [turha maksaa] mitään.",
            "Kilpailijalle menee [turhaan kuukausimaksu] joka kuukausi.",
            "Edellinen toimittajanne [laskutti turhaan] käynneistä, joita ei tehty.",
        ],
        "kannattaa|kannattaisi kysyä|miettiä|ihmetellä =miksi": [
            "Nykyiseltä toimittajaltanne [kannattaa kysyä, miksi] kopit tyhjenevät.",
            "Kilpailijan asiakkaiden [kannattaisi miettiä, miksi] laskut kasvavat.",
            "Nykyisen urakoitsijanne kohdalla [kannattaa ihmetellä, miksi] työt venyvät.",
        ],
        "toki|kyllä|kieltämättä|epäilemättä|sinänsä nopea|edullinen|halpa|mukava|kiva|"
        "ystävällinen|kelpo|kelvollinen|näyttävä|ahkera|innokas|reipas|kohtelias|mainio|"
        "oivallinen": [
            "Kilpailijan alusta on [sinänsä ihan mainio], jos myytävää on kolme tuotetta.",
            "Nykyisen toimittajanne raportit ovat [toki oivallisia], kunhan lukuja ei kaipaa.",
            "Isojen talojen kurssit ovat [kyllä mainioita] – jos tarkastajaa ei tule.",
            "Kilpailijan asentajat ovat [kyllä mukavia] ihmisiä, mutta työ jää kesken.",
            "Kilpailijan laitteet ovat [kyllä halpoja], kunhan niitä ei tarvitse huoltaa.",
            "Nykyinen valvojanne on [toki mukava] ihminen, mutta lisätöitä kertyy.",
            "Nykyinen vartiointiliikkeenne on [toki ahkera], mutta partio tulee myöhässä.",
            "Kilpailijan myyjät ovat [kieltämättä innokkaita], kunhan kauppa syntyy.",
            "Kilpailijan tarjous on [kieltämättä edullinen], kunhan mitään ei tarvitse korjata.",
            "Nykyisen toimittajanne raportit ovat [epäilemättä näyttäviä], mutta lukuja niissä ei ole.",
            "Kilpailijan hinta on [kieltämättä edullinen] – ja sen kyllä huomaa työn jäljestä.",
            "Nykyisen toimittajanne palvelu on [toki ystävällinen] – laskut vain ovat mitä ovat.",
            "Isot ketjut ovat [toki edullisia], jos lämmitetty sämpylä riittää.",
        ],
        "taitava|hyvä|etevä|nopea|tehokas|mestari|ammattilainen "
        "=myymään|=markkinoimaan|=mainostamaan|=lupaamaan|=lupailemaan|=laskuttamaan": [
            "Kilpailijanne ovat kyllä [taitavia myymään], mutta toimitus ontuu.",
            "Isot talot ovat [mestareita markkinoimaan] omia ratkaisujaan.",
            "Nykyinen toimittajanne on [nopea laskuttamaan] jokaisen lisätyön.",
        ],
        "=ainakin|=sentään edullinen|halpa|helppo|hygieeninen|siisti|kätevä|ystävällinen|mukava|kiva|kohtelias|näyttävä|iloinen|värikäs|kaunis|hieno|komea|tyylikäs|upea|edullisesti|=halvalla": [
            "Nykyisen toimittajanne aamiainen on [ainakin edullinen].",
            "Kilpailijanne toimitukset myöhästyvät. Onneksi niillä on [sentään hieno] logo.",
            "Kilpailijan kääreet ovat [ainakin hygieenisiä].",
            "Ne isot ketjut toimittivat kahvit [ainakin halvalla].",
            "Kilpailijan myyjät ovat [ainakin ystävällisiä] puhelimessa.",
            "Nykyisellä toimittajallanne on [ainakin hienot] nettisivut.",
        ],
        "toki|kyllä|varmasti|varmaan|tietysti|tietenkin|kieltämättä|epäilemättä hieno|"
        "mainio|oiva|loistava|erinomainen|toimiva|pärjätä|kelvata|taiteilija|sopiva": [
            "Nykyinen huoltoliikkeesi on [varmaan ihan toimiva] ratkaisu, jos koneet "
            "hajoavat vain arkisin.",
            "Halvempien laitteiden toimittajat [toki pärjäävät], jos lokin ehtii lukea vasta "
            "huomenna.",
            "Nykyinen siivousfirmasi on [varmasti oikea taiteilija], kunhan mitään ei "
            "tarvitse nostaa.",
            "Kilpailijan kuljetukset [kyllä kelpaavat], jos kuorma saa myöhästyä viikon.",
        ],
        "hieno|mainio|loistava|upea|oiva|erinomainen linjaus|suoritus|valinta|saavutus|"
        "ratkaisu|periaate": [
            "Nykyinen toimittajanne jätti oikoluvun pois. [Hieno linjaus], jos asiakkaat "
            "eivät lue ohjeita.",
            "Kilpailijanne vaihtoi kuljetukset halvimpaan. [Mainio valinta], jos nauttii "
            "jännityksestä.",
            "Nykyinen urakoitsijanne harvensi metsän kesällä. [Loistavaa suoritusta], kunhan "
            "kukaan ei katso juurikäävän määrää.",
        ],
        "osata|hallita =koskaan|=ikinä|=kunnolla|=lainkaan|=ollenkaan": [
            "Nykyinen toimittajanne ei ole [koskaan osannut] kokoustarjoiluja.",
            "Kilpailijan asentajat eivät [hallitse kunnolla] edes perusasioita.",
            "Edellinen urakoitsija ei [osannut lainkaan] tiivistää saumoja.",
            "Nykyinen toimittajanne ei [osaa käyttää akustista kameraa kunnolla].",
        ],
        "hieno|mainio|loistava|upea|melkoinen suoritus|saavutus|linjaus|temppu =heiltä|=siltä": [
            "Nykyinen urakoitsijanne harvensi kuusikon heinäkuussa. [Hieno suoritus heiltä], "
            "täytyy sanoa.",
            "Kilpailijanne nosti hintoja kahdesti vuodessa. [Melkoinen saavutus heiltä].",
            "Edellinen toimittajanne unohti huollon kolme kertaa. [Upea temppu siltä].",
        ],
        "tyypillinen|ominainen =heille|=heiltä|=hänelle|=häneltä": [
            "Nykyinen käännöstoimistonne laskuttaa koko ohjeesta, [tyypillistä heille].",
            "Edellinen urakoitsijanne jätti työmaan kesken, mikä on [heille ominaista].",
            "Kilpailijan raportit myöhästyvät, mikä on [heiltä tyypillistä].",
        ],
        "tuttu =heiltä|=häneltä": [
            "Kilpailijan termit vaihtelevat luvusta toiseen, mikä on [heiltä tuttua].",
            "Nykyisen toimittajanne laskut tulevat myöhässä, [tuttua heiltä].",
            "Edellinen huoltoyhtiönne unohti käynnin, mikä oli [heiltä tuttua].",
        ],
        "@asking =oikeasti|=koskaan|=ikinä|=muka": [
            "Kun moottori hajoaa, [tuleeko nykyinen toimittajasi oikeasti] paikalle?",
            "[Vastaako kilpailijanne muka] puhelimeen viikonloppuna?",
            "[Siivoaako edellinen urakoitsijanne ikinä] jälkiään?",
        ],
        "=kenen pussi|tasku|etu|laari|kukkaro": [
            "Nykyinen huoltoyhtiönne vaihtaa suodattimet kahdesti vuodessa. [Kenen etua] "
            "se palvelee?",
            "Kilpailija antaa suunnitelman ilmaiseksi. [Kenen pussiin] hyöty päätyy?",
            "Edellinen välittäjänne peri välityspalkkion kahdesti. [Kenen taskuun] se meni?",
        ],
        "varmasti kelpo|kelvollinen|mukava|kiva": [
            "Kilpailijanne asiantuntijat ovat [varmasti mukavia] ihmisiä, mutta osaaminen puuttuu.",
            "Nykyisen toimittajanne myyjät ovat [varmasti kivoja] tyyppejä.",
            "Halpatoimijan kone on [varmasti kelvollinen] kotikäyttöön.",
        ],
        "dinosaurus": [
            "Perinteiset toimistot ovat hitaita [dinosauruksia].",
            "Nykyinen toimittajanne on alan [dinosaurus].",
            "Kilpailijamme ovat [dinosauruksen] kaltaisia.",
        ],
        "museo": [
            "Kilpailijan kassa on [museokappale].",
            "Nykyinen toimittajanne myy [museotavaraa].",
            "Muiden toimijoiden laitteet kuuluvat [museoon].",
        ],
        "talviuni": [
            "Kilpailijan kehittäjät ovat [talviunilla].",
            "Nykyinen toimittajanne nukkuu [talviuntaan].",
            "Muut toimijat heräävät [talviunesta] vasta keväällä.",
        ],
        "kaatua|kaatuilla|jumittaa|jumiutua|takkuilla|tökkiä": [
            "Kilpailijan järjestelmä [kaatuu] jatkuvasti.",
            "Nykyisen toimittajanne sovellus [jumittaa] joka aamu.",
            "Kilpailijoiden kassat [tökkivät] ruuhkassa.",
        ],
        "@word": [
            'Kilpailijan "[joustava] kapasiteetti" tarkoittaa vastaajaa.',
            'Nykyinen toimittajanne lupaa "[reaaliaikaista] raportointia".',
            'Muiden toimijoiden "[laadunvalvonta]" on lomake.',
            # "niin sanottu" marks the irony ("kirjattu" would cite a document)
            "Kilpailijan niin sanottu ”[tekoäly]” on pari sääntöä taulukossa.",
        ],
        "@reader kuka|ken puhua|tarkoittaa": [
            "Nimiä ei tarvitse mainita: [tiedätte varmasti, keistä puhun].",
            "Huoltoon saa soittaa viisi kertaa, [arvannette, kenestä puhumme].",
            "[Sinä kyllä arvaat, ketä tarkoitan], kun puhun halvoista tarjouksista.",
        ],
        "kohdella|käsitellä kuin numero|rivi|pelinappula|lammas": [
            "Isot ketjut [kohtelevat asiakkaitaan kuin numeroita].",
            "Kilpailijalla teitä [kohdeltiin kuin pelinappulaa].",
            "Suuret kuljetusliikkeet [käsittelevät kuljettajiaan kuin lampaita].",
        ],
        "myydä =tyhjää|=ilmaa": [
            "Monet alan toimijat [myyvät tyhjää].",
            "Isot konsulttitalot [myivät ilmaa] koko hankkeen ajan.",
            "Kilpailija [myy tyhjää] kalliilla.",
        ],
        "säästää|pihistää|nuukailla =laadusta|=materiaaleista|=materiaalista|=turvallisuudesta|"
        "=tarvikkeista|=osista": [
            "Kilpailevat valmistajat [säästävät materiaaleista].",
            "Halvat urakoitsijat [pihistävät turvallisuudesta].",
            "Nykyinen toimittajanne [säästi laadusta] viime kaudella.",
        ],
        "ryöstö|kiskonta|riisto": [
            "Kilpailijan hinnoittelu on silkkaa [ryöstöä].",
            "Nykyisen toimittajanne lisämaksut ovat [kiskontaa].",
            "Isojen talojen palvelumaksut ovat [hintaryöstö].",
        ],
        "kertakäyttökama|halpakama|rojukama|kiinakama": [
            "Halpatuottajien tuotteet ovat [kertakäyttökamaa].",
            "Kilpailija myy [halpakamaa].",
            "Nettikauppojen pullot ovat [kiinakamaa], joka vuotaa.",
        ],
        "sauma ratketa|pettää": [
            "Kilpailijoiden kasseista [ratkeavat saumat] heti.",
            "Nykyisen toimittajan kengistä [saumat ratkeavat] kuukaudessa.",
            "Halpojen valmistajien teltoissa [saumat pettivät] tuulessa.",
        ],
        "sotkuinen|siivoton|sottainen": [
            "Kilpailijan asentajat jättävät työmaan [sotkuiseksi].",
            "Edellisen urakoitsijan jäljiltä piha oli [siivoton].",
            "Nykyisen siivousfirman jälki on [sottaista].",
        ],
        "voima|jaksaminen|tsemppi|onni|sisu =jos": [
            "[Voimia sinulle, jos] nykyinen toimittajasi toimittaa taas myöhässä.",
            "[Jaksamista, jos] kilpailijan tuki vastaa vasta viikon päästä.",
            "[Onnea vaan, jos] telineet tulevat taas kilpailijalta.",
        ],
        "=otan|=otamme =osaa": [
            "Kuulin, että teillä on yhä Karvakortti käytössä. [Otan osaa].",
            "Nykyinen toimittajanne vastaa tukipyyntöihin viikossa. [Otamme osaa].",
            "Kilpailijan päivitys venyi taas kuukaudella. [Otan osaa], jos odotatte sitä.",
        ],
        "romu|rihkama|rämä|krääsä|roju": [
            "Kilpailijan kalusto on loppuun ajettua [romua].",
            "Kilpailijan anturit ovat halpaa [rihkamaa].",
            "Nykyinen toimittajanne myy [krääsää].",
            "Nykyinen toimittajanne ajaa työmaalle tuontilautaa. Sellaisella [romulla] ei "
            "rakenneta mitään.",
        ],
        "lähinnä|pelkkä|vain|kelvata polttopuu": [
            "Lauta, jota nykyinen toimittajanne ajaa, on [lähinnä polttopuuta].",
            "Kilpailijan tuontipuu [kelpaa polttopuuksi].",
            "Halpatuojien kuormat ovat [pelkkää polttopuuta].",
        ],
        "myydä =mitä|=mikä =tahansa": [
            "Kallion myyjät [myyvät mitä tahansa], kunhan lasku lähtee.",
            "Isot ketjut [myyvät mitä tahansa] kenelle tahansa.",
            "Kilpailija [myy mitä tahansa] saadakseen kaupan.",
        ],
        "hajota|hajoilla|rikkoutua|reistailla|temppuilla|repeillä|repeytyä|natista|irtoilla|"
        "hyytyä|vääntyä": [
            "Halvimpien toimittajien kehikot [vääntyvät] toisella kerralla.",
            "Huonekaluketjujen tuolit [natisevat] jo vuoden jälkeen.",
            "Kilpailijan käsinojat [irtoilevat] parissa vuodessa.",
            "Nykyisen toimittajanne moottorit [hyytyvät] ensimmäisenä talvena.",
            "Kilpailijan laitteet [hajoavat] ensimmäisillä pakkasilla.",
            "Nykyisen toimittajanne kalvot [repeilevät] koneessa.",
            "Muiden toimijoiden järjestelmät [reistailevat] jatkuvasti.",
        ],
        "epäluotettavuus": [
            "Moni on saanut tarpeekseen kilpailijan [epäluotettavuudesta].",
            "Nykyisen toimittajanne [epäluotettavuus] on tunnettu.",
            "Kilpailijoiden [epäluotettavuuden] takia asiakkaat vaihtavat.",
        ],
        "edes tietää|osata|ymmärtää|vastata|muistaa|tuntea|jaksaa|lukea|avata|soittaa|kuunnella|"
        "vaivautua": [
            "Isot talot eivät [edes tiedä], missä kauppasi on.",
            "Kilpailijan konsultit eivät [edes lue] ilmoitusta.",
            "Muut toimijat eivät [vaivaudu edes] soittamaan takaisin.",
            "Nykyinen toimittajanne ei [osaa edes] laskuttaa oikein.",
            "Kilpailija ei [edes vastaa] viesteihin.",
        ],
        "joutua pyytää|kysyä|muistuttaa|soittaa|vaatia|karhuta|odottaa =useampaan|=moneen|=monta|=useita|=uudelleen|=uudestaan|=toistamiseen|=yhä|=aina": [
            "Nykyiselle toimittajallenne [joudutte soittamaan monta] kertaa.",
            "Kilpailija vastaa nopeasti, kun samoja korjauksia [joutuu pyytämään useampaan] kertaan.",
            "Isoilta ketjuilta [joudut kysymään samaa uudelleen] joka viikko.",
        ],
        "rohkea|uskalias|urhea valinta|ratkaisu|päätös|veto|linjaus =eihän|=eiväthän|=eikös|=eikö": [
            "Oma IT-tiiminne rakentaa järjestelmän itse. [Rohkea valinta, sillä eihän] siihen "
            "osaamista tarvita.",
            "Kilpailija jätti huollon pois. [Uskalias ratkaisu, eikö] vain?",
            "Nykyinen toimittajanne säästää varaosissa. [Rohkea linjaus, eiväthän] koneet "
            "koskaan hajoa.",
        ],
        "rohkea|uskalias ratkaisu|valinta|päätös|veto|linjaus": [
            "Rekisteri on oman IT-tiiminne rakentama. [Rohkea ratkaisu] ja varmasti opettavainen.",
            "Nykyinen toimittajanne sijoitti tiskin perälle. Aika [rohkea ratkaisu], kun jonossa "
            "seisoo kuumeinen asiakas.",
            "Kilpailija lopetti tuen kesken kauden. [Uskalias päätös].",
        ],
        "joutua odottaa =viikon|=viikkoja|=viikkoa|=viikkokausia|=päiväkausia|=kuukausia|"
        "=kuukauden|=kuukausikaupalla|=tuntikausia|=ikuisuuden": [
            "Isojen mittaustoimistojen kanssa moni on [joutunut odottamaan mittaajaa viikon].",
            "Nykyisen toimittajanne kanssa [joudutte odottamaan asentajaa viikon].",
            "Isojen ketjujen asiakkaat [joutuvat odottamaan kuukausia].",
        ],
        "=kuinka moni =oikeasti|=koskaan|=ikinä|=edes": [
            "[Kuinka moni isoista käännösketjuista on oikeasti] lukenut asetuksen?",
            "[Kuinka moni kilpailija on edes] käynyt kohteessanne?",
            "Ja [kuinka moni nykyisen toimittajanne asentaja on koskaan] käynyt kohteessa?",
        ],
        "pitää kiinni|=lupauksiaan|=lupauksistaan|=sanaansa|=sanastaan": [
            "Kilpailijanne ei [pidä kiinni] sovituista ajoista.",
            "Nykyinen toimittajanne ei [pidä lupauksiaan].",
            "Olemme kuulleet, ettei Kaupin Imulla juuri [pidetä kiinni] sovituista ajoista.",
            "Isot ketjut eivät [pitäneet sanaansa] viime talvena.",
        ],
        "saada kiinni": [
            "Kilpailijalta ei [saa ketään kiinni].",
            "Nykyiseltä toimittajaltanne ei [saa ketään kiinni] kaupan jälkeen.",
            "Isoista taloista ei [saa kiinni] ketään.",
        ],
        "saada valmis|kunto": [
            "Kilpailija ei ole [saanut yhtään asennusta valmiiksi] ajallaan.",
            "Nykyinen toimittajanne ei [saa järjestelmää kuntoon].",
            "Muut toimijat eivät [saaneet projektia valmiiksi].",
        ],
        "=hajuakaan|=aavistustakaan|=käsitystäkään": [
            "Kilpailijan myyjillä ei ole [hajuakaan] säädöistä.",
            "Nykyisellä toimittajallanne ei ole [aavistustakaan] alastanne.",
            "Muilla toimijoilla ei ole [käsitystäkään] hygieniasta.",
        ],
        "ymmärtää|tajuta": [
            "Isot talot eivät tällaisia hakuja [ymmärrä].",
            "Nykyinen toimittajanne ei [tajua] alaanne.",
            "Kilpailijat eivät [ymmärtäneet] tarvettanne.",
            # the abessive "without understanding" negates by its form
            "Monet pienet asianajotoimistot tekevät tarkastukset [ymmärtämättä] liiketoimintaa.",
        ],
        "osata|ymmärtää muu kuin": [
            "Kilpailijan mekaanikot eivät [osaa muuta kuin] vaihtaa öljyt.",
            "Nykyinen toimittajanne ei [osaa mitään muuta kuin] laskuttaa.",
            "Muut toimijat eivät [ymmärrä muuta kuin] hintaa.",
        ],
        "pelkkä valitus|moite|kritiikki|haukku": [
            "Hakalan korjaamosta kuuluu alalla [pelkkää valitusta].",
            "Nykyisestä toimittajastanne saa kuulla [pelkkää moitetta].",
            "Kilpailijan asiakkailta tulee [pelkkää kritiikkiä].",
        ],
        "arvoitus": [
            "Nykyisen korjaamonne laskut ovat [arvoituksia].",
            "Kilpailijan hinnoittelu on [arvoitus].",
            "Kilpailijan toimitusajat ovat yhtä [arvoitusta].",
        ],
        "kokematon|huoltamaton": [
            "Kilpailijan huoltajat ovat tunnetusti [kokemattomia].",
            "Nykyisen vuokraamonne koneet tulevat työmaalle [huoltamattomina].",
            "Isot talot lähettävät paikalle [kokemattomia] asentajia.",
        ],
        "viherpesu|viherpestä": [
            "Kilpailijoidemme raportit ovat lähinnä [viherpesua].",
            "Muiden toimijoiden luvut ovat [viherpesua] alusta loppuun.",
            "Nykyisen toimittajanne ympäristöraportti on pelkkää [viherpesua].",
        ],
        "ihan|täysin|aivan =pihalla": [
            "Ne isot vuokraamot ovat [ihan pihalla] siitä, mitä työmaalla tarvitaan.",
            "Nykyinen toimittajanne on [täysin pihalla] alanne säännöistä.",
            "Kilpailijat ovat [aivan pihalla] hinnoittelussa.",
        ],
        "sattumanvarainen": [
            "Isot henkilöstöpalvelut lähettävät kasan [sattumanvaraisia] ansioluetteloita.",
            "Kilpailijan raportit ovat [sattumanvaraisia].",
            "Nykyisen toimittajanne toimitukset ovat [sattumanvaraisia].",
        ],
        "mitä|miten|milloin|=kenet sattua|=sattuu": [
            "Nykyinen huoltamonne on tunnettu siitä, että auto on valmis [milloin sattuu].",
            "Nykyisen kuljetusfirmasi autot tulevat [miten sattuu].",
            "Halpahintaiset painotalot painavat [mitä sattuu].",
            "Kilpailija tekee asennukset [miten sattuu].",
            "Muut toimijat hoitavat asiat [miten sattuu].",
            "Isot firmat heittävät paikalle [kenet sattuu].",
        ],
        "vitsi": [
            "Kilpailijan asiakastuki on lähinnä [vitsi].",
            "Nykyisen toimittajanne hinnoittelu on [vitsi].",
            "Muiden toimijoiden takuut ovat [vitsejä].",
            # a business named by what it sells
            "Sopimuspohjia myyvät verkkopalvelut ovat rehellisesti sanottuna [vitsi].",
            "Halpoja tuoleja tarjoavien kauppojen takuu on [vitsi].",
        ],
        "keinottelija": [
            "Muut toimijat ovat pelkkiä [keinottelijoita].",
            "Kilpailijat ovat [keinottelijoita].",
            "Nykyinen toimittajanne on tunnettu [keinottelija].",
        ],
        "=kukaan|=kenelläkään|=yksikään|=yhdelläkään": [
            "Kilpailijalla [kukaan] ei vastaa puhelimeen.",
            "Nykyisellä toimittajallanne [kenelläkään] ei ole aikaa teille.",
            "Muiden toimijoiden konsulteista [yksikään] ei ole kirjoittanut testiä.",
            # "muista" is "remember" here, not "others"
            "Isoissa logistiikkataloissa [kukaan] ei muista nimeänne.",
            # "siellä" after a clause that names no place takes up the vendor before it
            "Kilpailijan telakalta palaa aluksia, joiden pinnoitteet hilseilevät. Lisätyölaskut "
            "paisuvat, koska [kukaan] ei siellä valvo työn laatua.",
        ],
        "erottaa": [
            "Kilpailijan konsultit eivät [erota] varastoa kirjanpidosta.",
            "Nykyinen toimittajanne ei [erottanut] kiireellisiä vikoja muista.",
            "Muut toimijat eivät [erota] testausta asennuksesta.",
        ],
        "uudistaa|kehittää|päivittää|parantaa mikään": [
            "Kilpailija ei ole [uudistanut mitään] vuosiin.",
            "Nykyinen toimittajanne ei [kehitä mitään].",
            "Muut toimijat eivät [päivitä mitään] ajallaan.",
        ],
        "liukuhihna": [
            "Isot ketjut käsittelevät asiakkaita [liukuhihnalla].",
            "Kilpailijan palvelu on pelkkää [liukuhihnatyötä].",
            "Nykyinen toimittajanne pyörittää kohteita kuin [liukuhihnaa].",
            "Isot käännöstehtaat ajavat tekstit [liukuhihnalla].",
        ],
        "kultahinta": [
            "Kilpailija laskuttaa lisätyöt [kultahinnalla].",
            "Nykyisen toimittajanne varaosat maksavat [kultahintoja].",
            "Muut toimijat myyvät huollon [kultahintaan].",
        ],
        "ryöstöhinta": [
            "Kilpailijan lisenssit ovat [ryöstöhintoja].",
            "Nykyinen toimittajanne myy varaosia [ryöstöhintaan].",
            "Muiden toimijoiden [ryöstöhinnat] ovat tuttuja.",
        ],
        "halpa mahdollinen": [
            "Kilpailija käyttää [halvinta mahdollista] materiaalia.",
            "Nykyinen toimittajanne on ulkoistanut työn [halvimpaan mahdolliseen] paikkaan.",
            "Isot talot ostavat palvelun [halvimmalta mahdolliselta] alihankkijalta.",
        ],
        "kuunnella selitys": [
            "Kilpailijan asiakas saa [kuunnella selityksiä] viikon.",
            "Nykyisen toimittajanne kanssa saatte [kuunnella pelkkiä selityksiä].",
            "Muiden toimijoiden asiakkaat joutuvat [kuuntelemaan selityksiä] joka kerta.",
        ],
        "=on|=ovat|=oli|=olivat|=olisi kuin": [
            "Nykyisen huoltoyhtiönne raportit [ovat kuin] horoskooppeja.",
            "Pelkällä hinnalla valittu konsultti [on kuin] sateenvarjo, joka aukeaa sateen jälkeen.",
            "Nykyisen toimittajanne tuki [oli kuin] puhelinvastaaja.",
        ],
        "=on|=ovat|=oli|=olivat|=olisi =vähän|=hieman|=melkein|=tavallaan|=aika|=enemmänkin kuin": [
            "Kilpailijan vuokrakoneet [ovat vähän kuin] kirpputorin polkupyörät.",
            "Nykyisen toimittajanne raportointi [on melkein kuin] arvoitus.",
            "Kilpailijan huolto [oli tavallaan kuin] lottoa.",
        ],
        "kiitoskortti|kiitoskirje|kiitoslahja|kukkakimppu": [
            "Meidän pitäisi oikeastaan lähettää Kuittiolle [kiitoskortti].",
            "Nykyinen toimittajanne ansaitsisi [kukkakimpun] jokaisesta asiakkaasta, jonka se meille lähettää.",
            "Voisimme lähettää kilpailijalle [kiitoskirjeen], sillä heidän hinnankorotuksensa toi meille kolme asiakasta.",
        ],
        "=halvalla|=halvemmalla =sen mukainen": [
            "Kilpailija toimitti vanhentuneita sidetarpeita. [Halvalla saa, mutta ilmeisesti myös sen mukaista].",
            "Kilpailijalta ostettiin kerran [halvalla, ja tulos oli sen mukainen].",
            "Kilpailijalta saa [halvemmalla, mutta myös sen mukaista].",
        ],
        "kuin irtotavara|karja": [
            "Nykyisellä toimittajallanne veneitä käsitellään [kuin irtotavaraa].",
            "Kilpailija kohtelee asiakkaitaan [kuin karjaa].",
            "Muut toimijat lastaavat tavaranne [kuin irtotavaran].",
        ],
        "pahamaineinen": [
            "Isot leasingtalot ovat aika [pahamaineisia].",
            "Kilpailijan [pahamaineinen] palautustarkastus maksaa.",
            "Nykyinen toimittajanne on alalla [pahamaineinen].",
        ],
        "nyhtää|lypsää": [
            "Isot leasingtalot [nyhtävät] asiakkaalta jokaisesta naarmusta.",
            "Kilpailija [lypsää] asiakkaitaan lisämaksuilla.",
            "Nykyinen toimittajanne [nyhtää] teiltä lisää joka kuussa.",
        ],
        "kuitata käynti": [
            "Nykyinen siivousfirmanne käy lähinnä [kuittaamassa käyntinsä].",
            "Kilpailijan huoltomiehet [kuittaavat käynnin] ja lähtevät.",
            "Muiden urakoitsijoiden [käynnit kuitataan] ilman työtä.",
        ],
        "jos =sitäkään|=sitäkin": [
            "Kilpailijan huoltomies käy kerran kuukaudessa, [jos sitäkään].",
            "Nykyinen toimittajanne siivoaa rappunne kerran viikossa, [jos sitäkään].",
            "Muut toimijat vastaavat viikon päästä, [jos sitäkin].",
        ],
        "hätäinen": [
            "Nykyisen toimittajanne koodi kirjoitetaan tunnetusti [hätäisesti].",
            "Kilpailijan asentajat ovat [hätäisiä].",
            "Muiden toimijoiden [hätäinen] työ näkyy vuosia.",
        ],
        "polttaa budjetti|raha|rahat": [
            "Nykyisen toimittajanne kanssa [budjetti on poltettu] jo keväällä.",
            "Kilpailija [poltti rahat] puolessa vuodessa.",
            "Muut konsultit [polttavat budjettinne] ennen kuin mitään valmistuu.",
        ],
        "haalia": [
            "Ne halvimmat huoltofirmat [haalivat] kohteita.",
            "Kilpailija [haalii] asiakkaita polkuhinnoilla.",
            "Muut toimijat ovat [haalineet] liikaa kohteita.",
        ],
        "kuulla|kuulua kaikenlainen": [
            "Nykyisestä kumppanistanne [kuulee alalla kaikenlaista].",
            "Kilpailijasta on [kuulunut kaikenlaista].",
            "Muista toimijoista [kuulin kaikenlaista] messuilla.",
        ],
        "mustamaalata|haukkua|moittia|lytätä|arvostella|parjata": [
            "Emme halua [mustamaalata] ketään, mutta alan muut toimijat eivät ole investoineet.",
            "En halua [haukkua] kilpailijoita, mutta heidän hinnastonsa kannattaa lukea.",
            "En halua [moittia] ketään. Kuitenkin laskutus on ollut heillä sekavaa.",
            "Emme [parjaa] muita. Silti heidän sopimuksensa kannattaa lukea tarkkaan.",
        ],
        "@wondering": [
            "[Onkohan] nykyinen mainostoimistonne kuullut uudesta laista?",
            "[Osaakohan] nykyinen toimittajanne edes lukea piirustuksia?",
            "[Ehtiiköhän] kilpailijan asentaja koskaan paikalle ajoissa?",
            "[Kukahan] nykyisen siivousyhtiönne laskut oikeasti tarkistaa?",
        ],
        "=ihme": [
            "Kilpailijanne asentaja tuli viikon myöhässä. Ei [ihme]: heillä on yksi asentaja.",
            "Nykyinen toimittajanne lähetti laskun kahdesti. Ei [ihme].",
            "Isot talot vastaavat viikossa. Eihän se [ihme] ole, kun tukea on yksi henkilö.",
        ],
        "ihme että": [
            "Ei [ihme, että] nykyisen toimittajanne asiakkaat vaihtavat meille.",
            "Käytätte Kääntäjä Oy:tä. Eipä [ihme, että] heidän käännöksiään pitää korjata.",
            "Kilpailijan tuki vastaa viikossa, joten ei [ihme, että] sen asiakkaat valittavat.",
        ],
        "puhua|sanoa paha": [
            "En halua [puhua pahaa] kenestäkään, mutta kuulin yhtä ja toista.",
            "Emme [puhu kilpailijoista pahaa], mutta laskut kannattaa tarkistaa.",
            "En tahdo [puhua pahaa] muista. Mutta tiedätte kyllä.",
            "En halua [sanoa heistä mitään pahaa], joten totean vain tämän.",
        ],
        "sekaisin|sotku|sekasorto|kaaos|=sekaisin": [
            "Kilpailijan logistiikka on ollut [sekaisin] vuosia.",
            "Nykyisen toimittajanne kirjanpito oli yhtä [sotkua].",
            "Muiden toimijoiden projekteissa vallitsee [kaaos].",
        ],
        "=hyötyä|=hyötyjä|=hyötyäkään": [
            "Kilpailijan raporteista ei ole [hyötyä].",
            "Nykyisen toimittajanne koulutuksesta ette saa mitään [hyötyä].",
            "Muiden toimijoiden ohjeista ei ollut kenellekään [hyötyä].",
            "Kilpailijan kurssista ei ollut [hyötyäkään].",
        ],
        "=meille|=meidän hyvä|tehokas|paras|parempi|tehokkain markkinointi|mainos|mainonta": [
            "Meditervan jono on ollut [meille tehokkaampaa markkinointia] kuin mainoksemme.",
            "Kilpailijan hinnoittelu on ollut [meille parasta mainosta].",
            "Nykyisen toimittajanne hitaus on ollut [meille parempaa mainontaa] kuin kampanja.",
        ],
        "haluta|esittää kiittää|kiitos|kiitokset": [
            "[Haluan kiittää] Lavaväkeä uusista asiakkaistamme.",
            "[Haluan esittää kiitokset] nykyiselle äänitoimittajallenne.",
            "[Haluamme kiittää] kilpailijaanne Reitiota kolmesta uudesta asiakkaasta.",
        ],
        "kun|jos =joskus|=aikanaan ehtiä|kerkiää|jaksaa|muistaa": [
            "Kilpailijallanne kone korjataan sitten, [kun mekaanikko joskus ehtii].",
            "Nykyinen toimittajanne vastaa viesteihin, [kun joskus jaksaa].",
            "Muut huoltoliikkeet tulevat paikalle, [jos aikanaan muistavat].",
        ],
        "kopioida": [
            "Kilpailijan raportit ovat [kopioitua] pohjaa.",
            "Nykyinen toimittajanne [kopioi] saman tekstin jokaiselle.",
            "Muut toimijat [kopioivat] ideansa meiltä.",
            "Muiden valmennustalojen kalvot on [kopioitu] suoraan 90-luvun kirjoista.",
        ],
        "epäilyttävä|epäilyttävästi": [
            "Nykyisen toimittajanne lisätyöosuus on [epäilyttävän] korkea.",
            "Kilpailijan hinnoittelu on [epäilyttävää].",
            "Muiden toimijoiden [epäilyttävät] lisämaksut yllättävät.",
        ],
        "vanha liitto": [
            "Kilpailija on [vanhan liiton] toimija.",
            "Nykyinen toimittajanne toimii [vanhan liiton] tapaan.",
            "Muut tilitoimistot ovat [vanhaa liittoa].",
        ],
        "sekoilu|sähläys|hässäkkä|tohelointi|sekoilla|sählätä|säheltää|toheloida|hölmöillä": [
            "Nykyisellä leipomotukullanne sama [sekoilu] on jatkunut vuosia.",
            "Kilpailijan kuskit [sähläävät] joka viikko.",
            "Edellisen urakoitsijan [tohelointi] maksoi teille viikon.",
        ],
        "hieno|komea|kiiltävä|upea|näyttävä esite|kalvo|kalvosarja|mainos|esitys|nettisivu": [
            "Nykyisellä vartiointiliikkeellä on toki [hienot esitteet], mutta raportit puuttuvat.",
            "Isoilla toimistoilla on [komeat kalvosarjat], mutta tulokset jäävät laihoiksi.",
            "Kilpailijalla on [näyttävät nettisivut], vaan puhelimeen ei vastaa kukaan.",
        ],
        "=viime|=edellisen =vuosikymmenen|=vuosituhannen": [
            "Perinteisen toimiston tapa on [viime vuosikymmenen] menoa.",
            "Kilpailijan laitteet ovat [edellisen vuosituhannen] tekniikkaa.",
            "Nykyisen toimittajanne järjestelmä on [viime vuosituhannen] jäänne.",
        ],
        "laiska|saamaton|leväperäinen|veltto|laiskuus": [
            "Isot mainostoimistot ovat tässä aika [laiskoja].",
            "Nykyinen kumppaninne on ollut [saamaton] koko kevään.",
            "Kilpailijan huolto on [leväperäistä].",
        ],
        "maata|lojua =jonossa|=pöydällä|=laatikossa": [
            "Isolla talolla tiketti [makaa jonossa] viikon.",
            "Nykyisellä toimittajallanne tilaukset [lojuvat pöydällä] päiväkausia.",
            "Kilpailijalla reklamaatiot [makaavat laatikossa] kuukauden.",
        ],
        "kura|sonta|paska|=kuraa": [
            "Nykyinen huoltofirma on ihan [kuraa].",
            "Kilpailijan työnjälki on silkkaa [sontaa].",
            "Halpojen valmistajien tuotteet ovat [paskaa].",
        ],
        "mennä =läskiksi|=mönkään|=puihin": [
            "Nykyisellä huoltofirmalla [menee kaikki läskiksi].",
            "Kilpailijan asennuksissa [menee aina jokin puihin].",
            "Edellisen urakoitsijan kanssa projekti [meni mönkään].",
        ],
        "junnata|polkea =paikallaan": [
            "Nykyisen toimittajanne kanssa asiat [junnaavat paikallaan].",
            "Kilpailijan projekti [polki paikallaan] koko kevään.",
            "Isojen talojen kehitys [polkee paikallaan].",
        ],
        "hyvä|hieno|komea|upea =paperilla": [
            "Kilpailijoiden tarjoukset näyttävät [hyviltä paperilla], mutta eivät toimi.",
            "Nykyisen toimittajanne sopimus on [hieno paperilla].",
            "Isojen talojen lupaukset ovat [paperilla komeita].",
        ],
        "=täynnä virhe|puute|bugi|aukko|kirjoitusvirhe": [
            "Nykyisen kumppaninne raportit ovat [täynnä virheitä].",
            "Kilpailijan ohjelmisto on [täynnä bugeja].",
            "Edellisen toimittajan dokumentaatio oli [täynnä puutteita].",
        ],
        "maksaa =kahteen|=kahdesti =kertaan": [
            "Halpatoimittajien kanssa saa aina [maksaa kahteen kertaan].",
            "Kilpailijan asiakkaat [maksavat kahteen kertaan].",
            "Nykyisellä urakoitsijalla [maksoitte kahteen kertaan].",
        ],
        "=hukassa|=ulalla|=kujalla": [
            "Nykyinen tilitoimistonne on selvästi [hukassa] uuden lain kanssa.",
            "Kilpailijat ovat täysin [ulalla] asiakkaan tarpeista.",
            "Teidän nykyisen toimittajanne tuki on aivan [hukassa].",
            "Isot talot ovat [kujalla] pienten asiakkaiden arjesta.",
        ],
        "vaihtaa|vaihtua kuin =sukat|=sukkia|=paitaa|=paidat|=paitoja|=alusvaatteita": [
            "Kilpailevan talon projektipäälliköt [vaihtuvat kuin sukat].",
            "Nykyinen toimittajanne [vaihtaa yhteyshenkilöä kuin paitaa].",
            "Isojen firmojen asentajat [vaihtuvat kuin paidat].",
        ],
        "hinta|hinnoittelu|lasku =pilvissä|=tapissa|=taivaissa": [
            "Nykyisen toimittajanne [hinnat ovat pilvissä].",
            "Kilpailijan [hinnoittelu on tapissa].",
            "Isojen talojen [laskut ovat taivaissa].",
        ],
        "luvata paljon|=kuun|=taivaat|=vuoret": [
            "Muut toimijat [lupaavat paljon], mutta paikalle tulee harjoittelija.",
            "Isot talot [lupaavat kuun] taivaalta, mutta toimittavat puolet.",
            "Kilpailijat [lupaavat vuoret] ja kultakaivokset. Mutta entä toteutus?",
        ],
        "lupaus|puhe|sana kohdata|vastata|pitää": [
            "Nykyisen toimittajanne myyjien [lupaukset ja toimitukset eivät ole kohdanneet] "
            "vuosiin.",
            "Kilpailijat eivät [pidä sanaansa].",
            "Isojen talojen [puheet eivät vastaa] tekoja.",
        ],
        "jono häntä|perä": [
            "Isoissa taloissa pieni asiakas jää [jonon hännille].",
            "Nykyinen toimittajanne siirtää teidät aina [jonon perälle].",
            "Isoissa taloissa asiakkaita on niin paljon, että pieni paja jää [jonon hännille].",
        ],
        "onni =nojaan": [
            "Halvimmat toimistot jättävät ryhmän oman [onnensa nojaan].",
            "Kilpailija jätti asiakkaansa oman [onnensa nojaan].",
            "Nykyinen toimittajanne jättää teidät [onnenne nojaan].",
        ],
        "kopio =toisistaan|=toistensa|=toisiaan|=toistaan|=toisesta": [
            "Isojen matkatoimistojen paketit ovat [kopioita toisistaan].",
            "Kilpailijoiden sovellukset ovat [kopioita toistensa] kanssa.",
            "Muiden konsulttien raportit ovat [kopio toisesta].",
        ],
        "=vinossa|=vinoon|=kierossa|=kieroon": [
            "Kilpailijan karmit ovat puolen vuoden päästä [vinossa].",
            "Halpojen valmistajien ovet painuvat [vinoon].",
            "Edellisen urakoitsijan asentamat listat ovat [kierossa].",
        ],
        "tunkkainen|ummehtunut": [
            "Kilpailijan juhlasalit ovat [tunkkaisia].",
            "Muiden toimijoiden tilat ovat [ummehtuneita].",
            "Isojen ketjuhotellien kokoustilat ovat [tunkkaisia] ja ahtaita.",
            "Isojen hotellien juhlasalit ovat [tunkkaisia].",
        ],
        "=päivääkään": [
            "Kilpailijan konsultit eivät ole [päivääkään] johtaneet tuotantoa.",
            "Perinteiset kouluttajat eivät ole olleet [päivääkään] töissä tehtaalla.",
            "Isojen talojen konsultit eivät ole tehneet [päivääkään] myyntityötä.",
        ],
        "käydä =kohteessa|=kohteessanne|=työmaalla|=työmaallanne|=tehtaalla|=tehtaallanne"
        "|=hallissa|=hallissanne": [
            "Isojen toimistojen myyjät eivät ole koskaan [käyneet kohteessa].",
            "Kilpailijan suunnittelijat eivät [käy edes työmaalla].",
            "Nykyisen toimittajanne asentaja ei ole ikinä [käynyt kohteessanne].",
            "Kuvat teki kuvapankkifirma, joka ei ole ikinä [käynyt hallissa].",
            "Kilpailijan kuvaajat eivät [käyneet hallissanne] lainkaan.",
        ],
        "luvata kaikki": [
            "Isot talot [lupaavat kaiken] ja toimittavat puolet.",
            "Kilpailijat [lupasivat kaiken], mutta toimitus myöhästyi.",
            "Nykyinen toimittajanne [lupaa kaikkea] mahdollista.",
        ],
        "koulu penkki": [
            "Kilpailijan konsultit tulevat suoraan [koulun penkiltä].",
            "Nykyinen toimittajanne palkkaa asentajat [koulun penkiltä].",
            "Muut toimijat lähettävät kohteisiin väkeä [koulun penkiltä].",
        ],
        "koulunpenkki": [
            "Muiden toimijoiden konsultit ovat juuri [koulunpenkiltä] päässeitä.",
            "Kilpailija palkkaa [koulunpenkiltä] suoraan myyjiksi.",
            "Nykyisen toimittajanne tiimi on [koulunpenkin] kasvatteja.",
        ],
        "nähdä koskaan|ikinä": [
            "Nykyisen toimittajanne suunnittelijat eivät ole [ikinä nähneet] konepajaa.",
            "Kilpailijan myyjät eivät ole [koskaan nähneet] varastoanne.",
            "Muut toimijat eivät [näe koskaan] kohdetta ennen tarjousta.",
        ],
        "puuttua osaaminen|ammattitaito|asiantuntemus|ymmärrys|kokemus": [
            "Mainostoimistoilta [puuttuu kokonaan teollisuuden ymmärrys].",
            "Kilpailijan asentajilta [puuttui ammattitaito].",
            "Nykyiseltä toimittajaltanne [puuttuvat osaaminen] ja kokemus.",
        ],
        "=sutta|=suttua|tuuba": [
            "Kilpailijan kuvat ovat samaa [sutta] kuin ennenkin.",
            "Se on tyypillistä mainostoimistojen [tuubaa].",
            "Kilpailijoiden videot ovat pelkkää [suttua].",
            "Kilpailijan video oli pelkkää [tuubaa] alusta loppuun.",
        ],
        "yllättävä|odottamaton rivi|lisärivi|lisämaksu|kulu|veloitus|lisä": [
            "Nykyisen isännöitsijänne laskuihin ilmestyy [yllättäviä rivejä].",
            "Nykyisen toimittajanne laskuissa on aina [odottamattomia lisämaksuja].",
            "Kilpailijoiden laskuihin tulee [yllättäviä veloituksia] sopimuksen jälkeen.",
        ],
        "jäädä käsi": [
            "Isojen toimistojen kampanjoista ei [jää käteen] mitään.",
            "Kilpailijan koulutuksesta ei [jäänyt käteen] juuri mitään.",
            "Nykyisen toimittajanne raporteista ei [jää käteen] muuta kuin lasku.",
        ],
        "tyypillinen tapa": [
            "Kilpailijalle [tyypilliseen tapaan] toimitus myöhästyi.",
            "Nykyinen toimittajanne myöhästyi [tyypilliseen tapaansa].",
            "Muut toimijat hinnoittelivat lisätyöt [tyypillisellä tavalla] kalliiksi.",
        ],
        "piilokulu|piilomaksu": [
            "Kilpailijan sopimukset ovat täynnä [piilokuluja].",
            "Nykyinen toimittajanne laskuttaa [piilomaksuja].",
            "Muiden toimijoiden hinnoissa on [piilokuluja].",
        ],
        "elää pikkurivi|lisärivi|lisämaksu|lisälaskutus|lisäveloitus": [
            "Nykyinen huoltoyhtiönne tuntuu [elävän pikkuriveistä].",
            "Isot talot [elävät lisälaskutuksesta].",
            "Kilpailijat [elävät juuri lisämaksuilla].",
        ],
        "kun huvittaa": [
            "Kilpailijan huolto vastaa puhelimeen silloin [kun huvittaa].",
            "Nykyinen toimittajanne toimittaa [kun huvittaa].",
            "Muut tarjoajat tulevat paikalle [kun huvittaa].",
        ],
        "kankea": [
            "Kilpailijan ohjelmisto on [kankea].",
            "Nykyinen toimittajanne tarjoaa [kankeita] ratkaisuja.",
            "Muiden toimijoiden palvelu toimii [kankeasti].",
        ],
        "vanha tekniikka|teknologia|järjestelmä|ohjelmisto": [
            "Kilpailijan alusta on kymmenen vuotta [vanhaa tekniikkaa].",
            "Nykyinen toimittajanne myy [vanhoja järjestelmiä].",
            "Kilpailijat tarjoavat [vanhaa teknologiaa].",
        ],
        "luotettava|ammattitaitoinen|pätevä|järkevä|toimiva|asiallinen|osaava": [
            "Isoilla mainostoimistoilla ei ole [osaavia] koodareita talossa.",
            "Nykyinen toimittajanne ei ole koskaan ollut [luotettava].",
            "Kilpailijan tuki ei ole [ammattitaitoista].",
            "Muut toimijat eivät tarjoa [järkeviä] ratkaisuja.",
        ],
        "saada =aikaan": [
            "Kilpailijan kehittäjät eivät ole [saaneet aikaan] mitään vuosiin.",
            "Nykyinen toimittajanne ei [saa aikaan] mitään.",
            "Muut toimijat eivät [saaneet aikaan] tuloksia.",
        ],
        "moderni|nykyaikainen|uusi|innovatiivinen|asiantuntija|ammattilainen|edullinen|nopea|"
        "helppo|älykäs|tehokas|palvelu|tuki|asiakaspalvelu|laatu|kattava|ilmainen|luotettava": [
            'Käytätte Verkkotalon "[modernia]" alustaa.',
            'Kilpailijan "[asiantuntijat]" eivät vastaa puhelimeen.',
            'Nykyisen toimittajanne "[nopea] toimitus" kestää viikon.',
        ],
        "huono": [
            "Kilpailijoiden palvelu on [huonoa].",
            "Nykyinen toimittajanne tekee [huonoa] jälkeä.",
            "Muiden toimijoiden laitteet ovat [huonompia].",
        ],
        "ylimalkainen|pintapuolinen|pintaraapaisu|=retuperällä|=retuperälle": [
            "Nykyisen toimittajanne raportit ovat [ylimalkaisia].",
            "Kilpailijan auditoinnit ovat [pintapuolisia].",
            "Kilpailijan huolto on täysin [retuperällä].",
            "Nykyisen toimittajanne tarkastukset ovat pelkkää [pintaraapaisua].",
        ],
        "opetella|harjoitella|opettelu|harjoittelu =laskuun|=laskuunne|=laskuusi|=kustannuksella|"
        "=kustannuksellanne": [
            "Halvemmat toimistot [opettelevat menettelyn asiakkaan laskuun].",
            "Kilpailijan juniorit [harjoittelevat teidän laskuunne].",
            "Isot konsulttitalot [opettelevat alaa asiakkaan kustannuksella].",
        ],
        "kettu kana|kanala|kanatarha|kanahuone": [
            "Sellainen tarkastaja on vähän kuin [kettu, joka laskee kanoja].",
            "Nykyisen huoltoyhtiönne asentajat ovat kuin [kettuja kanalassa].",
            "Kilpailijan valvoja on [kettu kanatarhan] vartijana.",
        ],
        "pukki kaalimaa": [
            "Nykyinen huoltoyhtiönne on [pukki kaalimaan] vartijana.",
            "Kilpailija tarkastaa omat asennuksensa kuin [pukki kaalimaassa].",
            "Isot talot asettavat [pukin kaalimaan] vartijaksi.",
        ],
        "olla =tarkkana|=varuillaan|=valppaana": [
            "Nykyisen toimittajanne asentajien kanssa kannattaa [olla varuillaan].",
            "Heidän tarkastajiensa kanssa kannattaa [olla tarkkana], sanoo kilpailijan entinen asiakas.",
            "Isojen talojen laskujen kanssa saa [olla valppaana].",
        ],
        "tarkka|nopea|ahkera|innokas|tehokas|täsmällinen|reipas|huolellinen|taitava|etevä|kova "
        "=laskutuksessa|=laskuttamaan|=laskuttamisessa|=laskuissa|=laskuttamassa": [
            "Nykyinen toimittajanne on epäilemättä [tarkka, ainakin laskutuksessa].",
            "Isot talot ovat [nopeita laskuttamaan] mutta hitaita korjaamaan.",
            "Kilpailija on [ahkera laskuttamassa] jokaisesta käynnistä.",
            "Kilpailijat ovat [taitavampia laskuttamaan] kuin korjaamaan.",
            "Nykyinen toimittajanne on [etevä laskuttamaan].",
        ],
        "=surullisen kuuluisa|tunnettu|maineikas": [
            "Nykyisen toimittajanne järjestelmä on alalla [surullisen kuuluisa].",
            "Kilpailijan tukipalvelu on [surullisen tunnettu] hitaudestaan.",
            "Isot konsulttitalot ovat [surullisen kuuluisia] laskuistaan.",
        ],
        "lähettää|tuoda|laittaa|panna|pistää|istua|palvella|hoitaa|säätää harjoittelija|"
        "kesäharjoittelija|kesätyöntekijä|kesäapulainen|kesäpoika|kesätyttö|vastavalmistunut|"
        "ensikertalainen": [
            "Kilpailijoiden valvomoissa [istuu harjoittelijoita] yövuorossa.",
            "Halvimmat tarkastusfirmat [lähettävät paikalle kesäpojan] kameran kanssa.",
            "Tavalliset vuokraamot [tuovat paikalle jonkun harjoittelijan] säätämään valoja.",
            "Isot siivousfirmat [lähettävät kohteeseen kesätyöntekijöitä] ilman perehdytystä.",
        ],
        "=ovat|=olivat|=ovatkin harjoittelija|kesäharjoittelija|kesätyöntekijä|kesäapulainen|"
        "kesäpoika|kesätyttö|vastavalmistunut|ensikertalainen": [
            "Kilpailijan mittaajat [ovat kesäpoikia] ilman koulutusta.",
            "Isojen konsernien mittaajat [ovat usein kesäharjoittelijoita].",
            "Kilpailijan asentajat [olivat vastavalmistuneita] ilman kokemusta.",
            "Nykyisen toimittajanne tarkastajat [ovatkin kesätyöntekijöitä].",
        ],
        "pelkkä|=pelkkää|=pelkkiä markkinointi|mainos|puhe|höttö|hype|mainospuhe|myyntipuhe|sanahelinä|kulissi|"
        "julkisivu|kiiltokuva|paperi|myyntikoneisto|myyntikone|myyntimateriaali|"
        "mainosmateriaali": [
            "Kilpailijan tekoäly on [pelkkää markkinointipuhetta].",
            "Kilpailijan lupaukset ovat [pelkkää puhetta]."
            "Nykyisen toimittajanne raportit ovat [pelkkää myyntimateriaalia].",
            "Isojen IT-talojen teollisuuspaketit ovat [pelkkää markkinointia].",
            "Kilpailijan ympäristösertifikaatti on [pelkkä kulissi].",
            "Nykyisen toimittajanne laatulupaukset ovat [pelkkiä mainospuheita].",
        ],
        "=pelkkää|=pelkkiä @doing": [
            "Kilpailijan kurssit ovat [pelkkää kalvojen lukemista] ääneen.",
            "Nykyisen toimittajanne tuki on [pelkkää odottelua].",
            "Isojen talojen koulutuspäivät ovat [pelkkiä luennointeja].",
            "Isojen toimistojen sopimustarkastus on [pelkkää pohjien kierrätystä].",
        ],
        "teoreetikko|nojatuolikenraali": [
            "Kilpailijoiden valmentajat eivät ole itse johtaneet tiimiä päivääkään – he ovat [teoreetikkoja].",
            "Nykyisen kouluttajanne konsultit ovat [teoreetikkoja].",
            "Isojen talojen asiantuntijat ovat [nojatuolikenraaleja].",
        ],
        "ilman osaaminen|ammattitaito|asiantuntemus|ymmärrys": [
            "Kilpailijat myyvät valvontaa [ilman osaamista].",
            "Halpafirmat asentavat laitteita [ilman ammattitaitoa].",
            "Isot talot tekevät suunnitelmat [ilman ymmärrystä] tehtaasta.",
        ],
        "surkea": [
            "Kilpailijamme palvelu on [surkeaa].",
            "Nykyinen toimittajanne on [surkea].",
            "Muut toimijat tekevät [surkeita] ratkaisuja.",
        ],
        "kehno": [
            "Kilpailijoiden laatu on [kehnoa].",
            "Nykyinen toimittajanne on [kehno].",
            "Muut tarjoavat [kehnoja] ratkaisuja.",
        ],
        "heikko": [
            "Kilpailijoiden tuki on [heikkoa].",
            "Nykyisen toimittajanne palvelu on [heikko].",
            "Muiden toimijoiden laitteet ovat [heikkoja].",
        ],
        "kelvoton": [
            "Kilpailijan ohjelmisto on [kelvoton].",
            "Nykyinen toimittajanne tekee [kelvotonta] työtä.",
            "Muut myyvät [kelvottomia] laitteita.",
        ],
        "ala-arvoinen": [
            "Kilpailijan palvelu on [ala-arvoista].",
            "Nykyinen toimittajanne on [ala-arvoinen].",
            "Muut toimittajat myyvät [ala-arvoisia] tuotteita.",
        ],
        "kyvytön": [
            "Nykyinen toimittajanne on [kyvytön].",
            "Kilpailijat ovat täysin [kyvyttömiä].",
            "Muut toimijat jäävät [kyvyttöminä] sivuun.",
        ],
        "osata lukea|laskea": [
            "Pankin myyjä ei [osaa lukea] ehtoja.",
            "Kilpailijan konsultit eivät [osaa edes laskea] katetta.",
            "Nykyisen toimittajanne asentajat eivät [osanneet lukea] piirustuksia.",
        ],
        "sotkea|tunaroida|möhliä|mokata": [
            "Teidän nykyinen palkkatoimistonne on taas [sotkenut] urakkaerät.",
            "Kilpailijat [tunaroivat] lomapalkkojen kanssa joka kesä.",
            "Nykyinen toimittajanne [mokasi] toimituksen jo kahdesti.",
        ],
        "kiinnostaa|kiinnostua|kiinnostunut laskutus|laskuttaminen|raha|palkkio|provisio|"
        "tuntilaskutus|maksu": [
            "Juristeja [kiinnostaa laskutus], ei teidän sopimuksenne.",
            "Pankin myyjiä [kiinnostaa vain provisio].",
            "Isoja konsulttitaloja [kiinnostaa lähinnä tuntilaskutus].",
            "Ohjelman toimittaja on [kiinnostunut lähinnä lisenssimaksuista].",
        ],
        "väsynyt|pölyttynyt|kulunut kalvo|dia|diasarja|esitys|konsepti|materiaali": [
            "Nykyisellä kouluttajallanne on samat [väsyneet kalvot] joka vuosi.",
            "Kilpailijan myyjät esittelevät [pölyttyneen diasarjan].",
            "Isot toimistot kierrättävät [kuluneita konsepteja].",
        ],
        "vahva|hyvä alue|puoli|laji|osaamisalue": [
            "Dokumentointi ei ole ollut nykyisen toimittajanne [vahvinta aluetta].",
            "Asiakaspalvelu ei ole kilpailijan [parhaita puolia].",
            "Aikataulut eivät ole isojen talojen [vahvinta lajia].",
        ],
        "korjata|päivittää|kehittää|parantaa|uudistaa mikään|=vuosiin|=vuosikausiin|=vuoteen|"
        "=vuosikymmeneen": [
            "Ohjelman toimittaja ei ole [vuosiin korjannut] siitä mitään.",
            # the passive of the party's own thing: its owner is the one who neglects it
            "Kilpailijanne Lexinta myy vanhaa ohjelmaa. Heidän tuotettaan ei ole "
            "[uudistettu kymmeneen vuoteen].",
            "Nykyinen toimittajanne ei ole [uudistanut sovellustaan vuosikymmeneen].",
            "Nykyinen toimittajanne ei ole [päivittänyt järjestelmää vuosikausiin].",
            "Kilpailija ei ole [kehittänyt siitä mitään].",
        ],
        "=katsomatta|=tarkistamatta|=lukematta|=kokeilematta|=käymättä|=avaamatta|=testaamatta|"
        "=mittaamatta|=tutkimatta mikään|kunnolla|=edes": [
            "Kilpailijan testaajat leimaavat paperit [katsomatta mitään].",
            "Nykyinen huoltoyhtiönne kuittaa käynnit [tarkistamatta kunnolla] suodattimia.",
            "Isot talot hyväksyvät suunnitelmat [lukematta edes] liitteitä.",
            "Edellinen tarkastajanne kuittasi hyllyt [käymättä edes] käytävillä.",
            "Kilpailija hyväksyy koneet [avaamatta edes] suojakansia.",
            "Nykyinen huoltoliikkeenne leimaa mittarit [testaamatta mitään].",
        ],
        "raha|rahat|budjetti polttaminen|=polttamista|=polttamiseen|tuhlaaminen|=tuhlaamista|"
        "haaskaaminen|=haaskaamista|tuhlaus|haaskaus": [
            "Kilpailijan tarkastus on [rahan polttamista] alusta loppuun.",
            "Nykyisen toimittajanne raportit ovat [rahojen tuhlausta].",
            "Isojen talojen konsultointi on [budjetin haaskausta] alusta loppuun.",
        ],
        "toivoton": [
            "Ne isot ketjutoimistot ovat ihan [toivottomia].",
            "Nykyinen toimittajanne on [toivoton] tapaus.",
            "Kilpailijan asiakaspalvelu on täysin [toivotonta].",
        ],
        "harjoittelija|kesäharjoittelija|kesätyöntekijä|kesäpoika|kesätyttö|vastavalmistunut|"
        "ensikertalainen =käsissä|=käsiin|=varassa|=varaan|=vastuulla|=vastuulle": [
            "Isoissa toimistoissa kirjanpito pyörii [harjoittelijan käsissä].",
            "Kilpailija jättää kohteenne [kesätyöntekijän vastuulle].",
            "Nykyinen vartiointiliikkeenne jättää yöt [kesäpojan varaan].",
        ],
        "tinkiä": [
            "Emme tingi laadusta siinä, missä isot ketjut [tinkivät].",
            "Nykyinen siivousfirmanne [tinkii] aineista ja ajasta.",
            "Kilpailijat [tinkivät] turvallisuudesta, kun kiire tulee.",
        ],
        "kyhäelmä|nuhjuinen|nuhruinen|rähjäinen|hutiloitu|hutilointi|hutiloida|hutiloiva|"
        "puolivillainen|myöhästellä|myöhästelevä": [
            "Nykyisen firmanne [puolivillainen] jälki näkyy käytävillä.",
            "Kilpailijan asentajat tekevät [hutiloivaa] jälkeä.",
            "Nykyisen toimittajanne asentajat [hutiloivat] kytkennät.",
            "Kilpailijan siivoojat [myöhästelevät] viikoittain.",
            "Edellisen urakoitsijan [nuhruiset] moppikärryt jäivät käytävälle.",
            "Halpojen rakentajien [kyhäelmät] pettävät messuilla.",
            "Kilpailijan osastot näyttävät [nuhjuisilta].",
            "Nykyisen toimittajanne asennukset ovat [hutiloituja].",
        ],
        "kertoa kaikki|paljon taso|ammattitaito|osaaminen|laatu": [
            "Nykyinen toimittajanne jätti sähköt kesken, mikä [kertoo kaiken heidän tasostaan].",
            "Kilpailijan raportit [kertovat paljon heidän ammattitaidostaan].",
            "Isojen talojen vasteajat [kertovat kaiken niiden laadusta].",
        ],
        "tehdä harjoittelija|kesäharjoittelija|kesäpoika|kesätyttö|vastavalmistunut|"
        "ensikertalainen": [
            "Isoissa asianajotoimistoissa työn [tekee vastavalmistunut] juristi.",
            "Nykyisellä urakoitsijallanne merkinnät [tekevät kesätytöt] yksin.",
            "Kilpailijalla suunnitelmat [tekee kesäharjoittelija].",
            "Nykyisellä toimittajallanne asennukset [tekevät usein ensikertalaiset].",
        ],
        "harjoittelija|kesäharjoittelija|kesäpoika|kesätyttö|vastavalmistunut|ensikertalainen tehdä": [
            "Isoissa toimistoissa osakas myy, ja [harjoittelija tekee] työn vanhan mallin päälle.",
            "Kilpailijalla [kesäharjoittelijat tekivät] asennukset.",
            "Nykyisellä toimittajallanne [vastavalmistunut tekee] tarkastukset yksin.",
        ],
        "=vasemmalla =kädellä": [
            "Ohjelma ostettiin isolta talolta, joka tekee kuntien työt [vasemmalla kädellä].",
            "Nykyinen toimittajanne hoitaa pienet asiakkaat [vasemmalla kädellä].",
            "Isot toimistot tekevät pienet kampanjat [vasemmalla kädellä].",
        ],
        "silmänlume|arvaus|arvailu|mutu|mututuntuma": [
            "Kilpailijan testi on pelkkää [silmänlumetta].",
            "Konsulttitalojen raportit ovat käytännössä [arvauksia].",
            "Nykyisen toimittajanne mitoitus on [mututuntumaa].",
        ],
        "vilkaista|vilkaisu": [
            "Nykyinen huoltoyhtiönne ei [vilkaisekaan] kulutuslukemia.",
            "Kilpailijan asentajat eivät [vilkaise] mittareita.",
            "Isot talot eivät anna raportille edes [vilkaisua].",
        ],
        "kiinnostus|mielenkiinto": [
            "Isoilla huoltoyhtiöillä ei ole [kiinnostusta] säästää rahojanne.",
            "Nykyisellä toimittajallanne ei näytä olevan [kiinnostusta] kehittää palvelua.",
            "Kilpailijoilla ei ole [mielenkiintoa] pieniin kohteisiin.",
        ],
        "vanha koulukunta": [
            "Nykyinen kumppaninne edustaa [vanhaa koulukuntaa].",
            "Kilpailijan valmentajat ovat [vanhaa koulukuntaa].",
            "Isojen talojen konsultit ovat [vanhan koulukunnan] miehiä.",
        ],
        "pimittää|peitellä|kaunistella": [
            "Moni muu alan toimija [pimittää] porauksen hinnan asiakkaalta.",
            "Kilpailijat [peittelevät] lisäkuluja liitteissä.",
            "Nykyinen toimittajanne [kaunistelee] raporttinsa lukuja.",
        ],
        "taitamaton|ammattitaidoton|kädetön": [
            "Kilpailevien toimistojen meklarit ovat [taitamattomia].",
            "Nykyisen toimittajanne asentajat ovat [ammattitaidottomia].",
            "Halpafirmojen maalarit ovat [kädettömiä] pensselin kanssa.",
        ],
        "kannattaa|voida luottaa": [
            "Miksi pankkien vakuutusmyyjiin ei [kannata luottaa].",
            "Nykyiseen toimittajaanne ei [voi luottaa] enää.",
            "Isoihin konsulttitaloihin ei [kannattaisi luottaa] tässä asiassa.",
        ],
        "tyly|töykeä|nihkeä|tympeä": [
            "Kilpailijan tarjoilijat ovat kiireisiä ja [tylyjä].",
            "Nykyisen toimittajanne asiakaspalvelu on [töykeää].",
            "Isojen hotellien vastaanotossa palvelu on [nihkeää].",
        ],
        "osaamaton": [
            "Kilpailijan asentajat ovat [osaamattomia].",
            "Nykyinen toimittajanne on [osaamaton].",
            "Muut käyttävät [osaamatonta] työvoimaa.",
        ],
        "epäpätevä": [
            "Kilpailijan konsultit ovat [epäpäteviä].",
            "Nykyinen toimittajanne on [epäpätevä].",
            "Muut toimijat palkkaavat [epäpätevää] väkeä.",
        ],
        "epäluotettava": [
            "Nykyinen toimittajanne on [epäluotettava].",
            "Kilpailijat ovat [epäluotettavia].",
            "Muiden toimijoiden järjestelmä on [epäluotettavampi].",
        ],
        "epärehellinen": [
            "Kilpailijamme ovat [epärehellisiä].",
            "Nykyinen toimittajanne on [epärehellinen].",
            "Muut myyjät käyttävät [epärehellisiä] keinoja.",
        ],
        "epätarkka|epäselvä|epäammattimainen|epäsiisti|epäkäytännöllinen|epäreilu|"
        "epäjärjestelmällinen|epäjohdonmukainen|epäkohtelias|epäasiallinen|epätäsmällinen": [
            "Kilpailijoiden mallit ovat usein [epätarkkoja] ja myöhässä.",
            "Moni huoltoyhtiö laskuttaa [epäselvästi].",
            "Nykyisen toimittajanne asentajat ovat [epäkohteliaita].",
            "Isojen ketjujen [epätarkat] mittaukset maksavat teille.",
            "Kilpailijan hinnoittelu on [epäreilua].",
        ],
        "tuki|-tuki|palvelu|-palvelu|viestintä|raportointi|dokumentaatio|perehdytys|koulutus|"
        "huolto|-huolto|yhteydenpito|seuranta|apu|reagointi olematon": [
            "Kilpailijoiden [tuki on käytännössä olematonta].",
            "Nykyisen toimittajanne [asiakaspalvelu on olematon].",
            "Muiden valmistajien [koulutus on lähes olematonta] ja maksullista.",
        ],
        "amatööri": [
            "Kilpailijat ovat [amatöörejä].",
            "Nykyinen toimittajanne on pelkkä [amatööri].",
            "Muut toimijat palkkaavat [amatöörejä].",
        ],
        "=mikä =yllätys": [
            "Kyberkilpi teki teille ilmaisen arvioinnin. Ja [mikä yllätys]: tarvitsette juuri "
            "heidän sopimuksensa.",
            "Nykyinen toimittajanne tarkasti laitteet itse. Ja [mikä yllätys], kaikki pitää vaihtaa.",
            "Kilpailijamme teki vertailun. [Mikä yllätys]: voittaja oli he itse.",
        ],
        "=kuka oikeastaan|oikeasti|todella|lopulta hyötyä": [
            "Verkkotorin asiakkaat maksavat jokaisesta muutoksesta. Ja [kuka oikeastaan hyötyy] "
            "siitä?",
            "Nykyinen toimittajanne laskuttaa tunneista. [Kuka oikeasti hyötyy] hitaasta työstä?",
            "Kilpailija myy kolmen vuoden sopimuksia. [Kuka lopulta hyötyy] niistä eniten?",
        ],
        "museotavara|museokappale|museoesine|museokama": [
            "Nykyinen alustanne on [museotavaraa].",
            "Kilpailijan ohjelma on kömpelö [museokappale].",
            "Nykyiselle toimittajallesi on annettava tunnustusta. Sivupohja on jo [museoesine].",
        ],
        "kotikutoinen": [
            "Äänivirta on ihastuttavan [kotikutoinen] toimittaja.",
            "Kilpailijanne kauppa pyörii [kotikutoisella] alustalla.",
            "Nykyisen toimittajanne raportit ovat [kotikutoisia] taulukoita.",
        ],
        "=sekin|=tämäkin|=tuokin tietysti|tietenkin|toki|kai|kieltämättä yksi|eräs tapa|keino": [
            "Eräs kilpailijamme jätti kaapelin käytävälle. Kävijät kompastuivat siihen. "
            "[Sekin on tietysti yksi tapa] saada huomiota.",
            "Nykyinen toimittajanne laskuttaa jokaisesta soitosta. [Tämäkin on toki yksi keino] "
            "pitää asiakkaat.",
            "Kilpailijan tuki vastaa kerran viikossa. [Sekin on kai yksi tapa] säästää.",
        ],
        "rakastava|nauttiva|kaipaava oiva|hieno|mainio|loistava|täydellinen|erinomainen valinta|ratkaisu|vaihtoehto": [
            "Kaikutalon tarjouksesta puuttuu kuljetus. Yllätyksiä [rakastavalle tilaajalle tämä "
            "on tietysti oiva valinta].",
            "Kilpailijan tuki vastaa viikon päästä. Jonottamisesta [nauttivalle asiakkaalle se on "
            "mainio ratkaisu].",
            "Nykyisen toimittajanne laitteet ovat vanhoja. Jännitystä [kaipaavalle juhlijalle "
            "ne ovat täydellinen valinta].",
        ],
        "tietää|ymmärtää|arvata =mistä|=mitä puhua|tarkoittaa": [
            "Jos teidänkin talonne huoltaa sama yhtiö, [tiedät jo, mistä puhun].",
            "Jotkut isot ketjut tinkivät siivouksesta – jos [ymmärrät, mitä tarkoitan].",
            "Nykyinen toimittajanne lupaa paljon. [Arvaatte varmaan, mitä tarkoitan].",
        ],
        "amatöörimäinen": [
            "Kilpailijan työ on [amatöörimäistä].",
            "Nykyinen toimittajanne toimii [amatöörimäisesti].",
            "Muut tekevät [amatöörimäisiä] asennuksia.",
        ],
        "nimi viitsiä": [
            "Tilan silloinen vartiointiliike, jonka [nimeä en viitsi] mainita, kuittasi "
            "hälytyksen.",
            "Nykyinen toimittajanne, jonka [nimeä en edes viitsi] kirjoittaa, laskutti heiltä "
            "kaksi kertaa.",
            "Muuan kilpailija, jonka [nimeä emme viitsi] tähän kirjoittaa, lupasi saman.",
        ],
        "odottaa =vastausta|=yhteydenottoa|=soittoa|=paluusoittoa =yhä|=edelleen|=vieläkin": [
            "Kysyin heidän myyjältään, mistä partiot ajavat yöllä, ja hän lupasi selvittää "
            "asian. [Odotan vastausta yhä].",
            "Lähetin tarjouspyynnön nykyiselle toimittajallenne kaksi viikkoa sitten. [Odotan "
            "vastausta edelleen].",
            "Kilpailija lupasi soittaa meille takaisin maaliskuussa. [Odotamme yhä soittoa].",
        ],
        "odottaa|toivoa|luottaa|jäädä ratketa|korjaantua|hoitua|kadota|poistua|parantua|selvitä "
        "=itsestään": [
            "Nykyinen huoltoyhtiönne tuntuu [odottavan, että vuoto korjaantuu itsestään].",
            "Kilpailijat [toivovat ilmeisesti, että reklamaatiot hoituvat itsestään].",
            "Nykyinen toimittajanne vastaa viestiin kahden viikon päästä. Ehkä he [luottavat "
            "siihen, että ongelma katoaa itsestään].",
        ],
        "halpa näkyä =jäljessä|=työnjäljessä|=lopputuloksessa|=laadussa|=tuloksessa|=tuloksissa": [
            "Nykyinen urakoitsijanne oli [halvin, ja se näkyy jäljessä].",
            "Kilpailija on alan [halvin, ja se näkyy myös lopputuloksessa].",
            "Edellinen urakoitsija oli tarjouskilpailun [halvin, ja se näkyi työnjäljessä].",
        ],
        "harrastelija|harrastelijamainen|tumpelo|tunari|sählääjä|puuhastelija|näpertelijä|hutiloija": [
            "Moni alan firma lähettää paikalle [harrastelijan], jonka kuvista ei saa mitään.",
            "Nykyisen toimittajanne asennukset ovat [harrastelijamaisia].",
            "Edellinen torjuja oli ihan [tumpelo].",
            "Kilpailijan asentajat ovat [tunareita] ja [sählääjiä].",
            "Nykyisen huoltoliikkeenne asentajat ovat [puuhastelijoita].",
            "Kilpailija lähettää paikalle [näpertelijän], joka ei tunne uunia.",
            "Muiden toimijoiden [hutiloijat] jättävät jäljet siivottaviksi.",
        ],
        "vanhanaikainen": [
            "Kilpailijoiden järjestelmät ovat [vanhanaikaisia].",
            "Nykyinen toimittajanne on [vanhanaikainen].",
            "Muut toimijat käyttävät [vanhanaikaista] tekniikkaa.",
        ],
        "vanhentunut": [
            "Kilpailijan ohjelmisto on [vanhentunut].",
            "Nykyinen toimittajanne käyttää [vanhentunutta] tekniikkaa.",
            "Muiden toimijoiden laitteet ovat [vanhentuneita].",
        ],
        "jälkeenjäänyt": [
            "Kilpailijat ovat [jälkeenjääneitä].",
            "Nykyinen toimittajanne on [jälkeenjäänyt].",
            "Muut toimijat tarjoavat [jälkeenjäänyttä] tekniikkaa.",
        ],
        "kömpelö": [
            "Kilpailijan järjestelmä on [kömpelö].",
            "Nykyinen toimittajanne toimii [kömpelösti].",
            "Muiden toimijoiden sovellukset ovat [kömpelöitä].",
        ],
        "tehoton": [
            "Kilpailijan palvelu on [tehoton].",
            "Nykyinen toimittajanne toimii [tehottomasti].",
            "Muut toimijat myyvät [tehottomia] laitteita.",
        ],
        "hidas": [
            "Kilpailijat ovat [hitaita].",
            "Nykyinen toimittajanne on [hidas].",
            "Muiden toimijoiden tuki vastaa [hitaasti].",
        ],
        "sekava": [
            "Kilpailijan hinnoittelu on [sekava].",
            "Nykyinen toimittajanne toimii [sekavasti].",
            "Muut tarjoavat [sekavia] sopimuksia.",
        ],
        "välinpitämätön|välinpitämättömyys": [
            "Kilpailijat ovat [välinpitämättömiä].",
            "Nykyinen toimittajanne on [välinpitämätön].",
            "Muut toimijat suhtautuvat asiakkaisiin [välinpitämättömästi].",
            "Moni on kyllästynyt isojen kuljetusliikkeiden [välinpitämättömyyteen].",
            "Nykyisen toimittajanne [välinpitämättömyys] näkyy laskuissa.",
            "Kilpailijoiden [välinpitämättömyydestä] kertoo jo vastausaika.",
        ],
        "ylimielinen": [
            "Kilpailijat ovat [ylimielisiä].",
            "Nykyinen toimittajanne on [ylimielinen].",
            "Muut konsultit käyttäytyvät [ylimielisesti].",
        ],
        "kyseenalainen": [
            "Kilpailevat ratkaisut ovat [kyseenalaisia].",
            "Nykyisen toimittajanne laatu on [kyseenalainen].",
            "Kilpailijoiden tietoturva on [kyseenalaista].",
        ],
        "kurja": [
            "Kilpailijan palvelu on [kurjaa].",
            "Nykyinen toimittajanne on [kurja].",
            "Muut toimijat tarjoavat [kurjia] ehtoja.",
        ],
        "onneton": [
            "Kilpailijan sovellus on [onneton].",
            "Nykyinen toimittajanne hoitaa asiat [onnettomasti].",
            "Muiden toimijoiden ratkaisut ovat [onnettomia].",
        ],
        "puoskari": [
            "Kilpailijat ovat [puoskareita].",
            "Nykyinen toimittajanne on [puoskari].",
            "Muut konsultit ovat [puoskareita].",
        ],
        "hölmö": [
            "Kilpailijat ovat [hölmöjä].",
            "Nykyinen toimittajanne toimi [hölmösti].",
            "Muut myyjät tekevät [hölmöjä] tarjouksia.",
        ],
        "mokata": [
            "Nykyinen tilitoimistonne [mokasi] ilmoituksen.",
            "Kilpailijat [mokaavat] toimitukset.",
            "Muut toimijat ovat [mokanneet] monta kertaa.",
        ],
        "tyhmä": [
            "Kilpailijat ovat [tyhmiä].",
            "Nykyinen toimittajanne on [tyhmä].",
            "Muut toimijat tekevät [tyhmiä] ratkaisuja.",
        ],
        "typerä": [
            "Kilpailijan ratkaisu on [typerä].",
            "Nykyinen toimittajanne toimii [typerästi].",
            "Muut tekevät [typeriä] virheitä.",
        ],
        "idiootti": [
            "Kilpailijat ovat [idiootteja].",
            "Nykyinen toimittajanne on [idiootti].",
            "Muiden firmojen myyjät ovat [idiootteja].",
        ],
        "ääliö": [
            "Kilpailijat ovat [ääliöitä].",
            "Nykyinen toimittajanne on [ääliö].",
            "Muut myyjät ovat [ääliöitä].",
        ],
        "tumpelo": [
            "Kilpailijat ovat [tumpeloita].",
            "Nykyinen toimittajanne on [tumpelo].",
            "Muiden firmojen asentajat ovat [tumpeloja].",
        ],
        "viritelmä": [
            "Kilpailijan järjestelmä on [viritelmä].",
            "Nykyinen toimittajanne myy [purkkaviritelmiä].",
            "Muiden toimijoiden ratkaisut ovat [viritelmiä].",
        ],
        "ylihinnoiteltu": [
            "Kilpailijoiden palvelut ovat [ylihinnoiteltuja].",
            "Nykyinen toimittajanne on [ylihinnoiteltu].",
            "Muut myyvät [ylihinnoiteltua] huoltoa.",
        ],
        "ylihinta": [
            "Kilpailijat perivät [ylihintaa].",
            "Nykyinen toimittajanne myy [ylihintaan].",
            "Muut toimijat keräävät [ylihinnan] asiakkailta.",
        ],
        "ylihintainen": [
            "Kilpailijan palvelu on [ylihintainen].",
            "Nykyinen toimittajanne myy [ylihintaisia] lisenssejä.",
            "Muut tarjoavat [ylihintaista] huoltoa.",
        ],
        "rahastaa": [
            "Kilpailijat [rahastavat] asiakkaitaan.",
            "Nykyinen toimittajanne [rahastaa] teitä.",
            "Muut toimijat ovat [rahastaneet] pitkään.",
        ],
        "rahastus": [
            "Kilpailijoiden hinnoittelu on silkkaa [rahastusta].",
            "Nykyinen toimittajanne elää [rahastuksella].",
            "Muiden toimijoiden lisämaksut ovat [rahastus].",
        ],
        "osanotto": [
            "Teillä on yhä käytössä kilpailijan ohjelma. [Osanottoni]!",
            "Näin, että tilaatte nykyisen toimittajanne kautta. Lämmin [osanottomme].",
            "Kuulin, että Kilpailija Oy hoitaa yhä huoltonne. [Osanotto] on paikallaan.",
        ],
        "sattuma =kai|=kaiketi|=varmaan|=varmaankin|=tietenkin|=tietysti|=lienee": [
            "[Sattumaa kai], että kilpailijan lisätyölaskut kasvoivat samaa tahtia.",
            "[Lienee sattumaa], että nykyisen toimittajanne hinnat nousivat juuri nyt.",
            "Kilpailijan raportit ovat vihreitä, mikä on [varmaan sattumaa].",
        ],
        "keksiä lisämaksu|lisäkulu|lisäveloitus|veloitus|maksu|kulu|lisärivi": [
            "Kilpailija [keksii aina uusia lisämaksuja].",
            "Onnittelut Kauppakorille. He ovat [keksineet yhdelle tilaukselle viisi lisämaksua].",
            "Nykyinen toimittajanne on [keksinyt laskuun kolme uutta veloitusta].",
        ],
        "rahastaja": [
            "Kilpailijanne on alan [rahastaja].",
            "Nykyistä toimittajaanne pidetään [rahastajana].",
            "Muut toimijat ovat pelkkiä [rahastajia].",
        ],
        "nähdä|käydä =vuosiin|=vuosikausiin|=vuosikymmeneen|=vuosikymmeniin|=aikoihin": [
            "Kilpailijan kouluttajat eivät ole [nähneet työmaata vuosikymmeneen].",
            "Nykyisen toimittajanne myyjä ei ole [käynyt teillä vuosiin].",
            "Isojen talojen konsultit eivät ole [käyneet lattiatasolla aikoihin].",
        ],
        "huijata": [
            "Kilpailijat [huijaavat] asiakkaitaan.",
            "Nykyinen toimittajanne [huijaa] teitä.",
            "Muut toimijat ovat [huijanneet] monia.",
        ],
        "huijari": [
            "Kilpailijat ovat [huijareita].",
            "Nykyinen toimittajanne on [huijari].",
            "Muut myyjät ovat [huijareita].",
        ],
        "huijaus": [
            "Kilpailijan tarjous on [huijaus].",
            "Nykyisen toimittajanne hinnoittelu on [huijausta].",
            "Muiden toimijoiden lisämaksut ovat [huijauksia].",
            "Nykyinen toimittajanne on tunnettu [huijauksistaan].",
        ],
        "pettää": [
            "Kilpailijat [pettävät] lupauksensa.",
            "Nykyinen toimittajanne [petti] teidät.",
            "Muut toimijat ovat [pettäneet] asiakkaansa.",
        ],
        "lypsää": [
            "Kilpailijat [lypsävät] asiakkaitaan.",
            "Nykyinen toimittajanne [lypsää] teiltä rahaa.",
            "Muut toimijat ovat [lypsäneet] teitä vuosia.",
        ],
        "nylkeä": [
            "Kilpailijat [nylkevät] asiakkaitaan.",
            "Nykyinen toimittajanne [nylkee] teitä.",
            "Muut toimijat ovat [nylkeneet] teitä.",
        ],
        "tyhjä lupaus|puhe|lupailu": [
            "Kilpailijat antavat [tyhjiä lupauksia].",
            "Nykyisen toimittajanne puheet ovat [tyhjää puhetta].",
            "Muut toimijat myyvät [tyhjillä lupauksilla].",
        ],
        "piilottaa rajoitus|kulu|maksu|lisämaksu|poikkeus|ehto": [
            "Nykyisen vakuutusyhtiönne [ehtoihin on piilotettu] rajoituksia.",
            "Kilpailijat [piilottavat kulut] liitteiden pieneen präntiin.",
            "Isot operaattorit [piilottivat lisämaksunsa] sopimuksen loppuun.",
        ],
        "nimeksikään": [
            "Nykyisellä toimittajallanne ei ole osaamista [nimeksikään].",
            "Kilpailijoilla huoltoa ei ole [nimeksikään].",
            "Isoissa ketjuissa asiakaspalvelua on tuskin [nimeksikään].",
        ],
        "jäädä|jättää korjattava|paikattava|siivottava": [
            "Halvimman urakoitsijan työ [jää usein seuraavan korjattavaksi].",
            "Edellinen toimittajanne [jätti puolet virheistä asiakkaan paikattaviksi].",
            "Kilpailijan asentajat [jättävät jäljet asiakkaan siivottaviksi].",
        ],
        "lähinnä|ainakin =leimaamassa|=leimaamaan|=vilkaisemassa|=vilkaisemaan|"
        "=kahvittelemassa|=kahvittelemaan|=juomassa|=juomaan": [
            "Nykyisen huoltoyhtiönne asentajat käyvät [lähinnä vilkaisemassa] konehuonetta.",
            "Kilpailijan tarkastaja tuli [lähinnä leimaamaan] paperit.",
            "Edellinen urakoitsija kävi työmaalla [lähinnä kahvittelemassa].",
        ],
        "ainakin|lähinnä laskuttaa|lasku|laskutus": [
            "Nykyinen huoltoyhtiönne käy paikalla, [ainakin laskuttamassa].",
            "Kilpailijan säätökäynnin jälki näkyy [lähinnä laskussa].",
            "Edellisen urakoitsijan tunnit näkyivät [lähinnä laskuilla].",
            "Isojen toimittajien konsulteilla riittää aikaa [lähinnä laskutukseen].",
            "Kilpailijan asentajat käyvät paikalla [lähinnä laskuttamassa].",
        ],
        "sama|vanha|=käytännössä uusi logo|väri|kuori|nimi|kansi|maalipinta|pakkaus": [
            "Kilpailija myy [samaa ohjelmaa uudella logolla].",
            "Isot talot tarjoavat [vanhaa palvelua uudella nimellä].",
            "Nykyisen toimittajanne järjestelmä on [käytännössä taulukko uusilla väreillä].",
        ],
        "=ketään|=ketäänkään|=yhtäkään joka osata|ymmärtää|tuntea|jaksaa|viitsiä|vastata|tietää": [
            "Kilpailijalla ei ole [ketään, joka osaisi] mitata verkostoa.",
            "Nykyisellä toimittajallanne ei ole [ketään, joka vastaisi] puhelimeen viikonloppuisin.",
            "Isoissa taloissa ei ole [ketään, joka tuntisi] teidän laitteitanne.",
        ],
        "kaikki muu kuin asiakas|työ|palvelu|laatu|huolto|asennus": [
            "Nykyisellä toimittajallanne riittää aikaa [kaikkeen muuhun kuin asiakkaisiin].",
            "Kilpailija keskittyy [kaikkeen muuhun kuin laatuun].",
            "Isot talot panostavat [kaikkeen muuhun kuin huoltoon].",
        ],
        "loppua|hiipua|lopahtaa kiinnostus|mielenkiinto|into|halu": [
            "Kilpailijalta [loppuu kiinnostus] heti kaupan jälkeen.",
            "Nykyisen toimittajanne [kiinnostus hiipuu] ensimmäisen laskun jälkeen.",
            "Isoilta taloilta [loppuu into] pienten asiakkaiden kohdalla.",
        ],
        "enemmän kuin haluta|viitsiä myöntää|tunnustaa|kertoa|paljastaa": [
            "Nykyisen toimittajanne raportti kertoo [enemmän kuin he haluavat myöntää].",
            "Kilpailijan hinnasto paljastaa [enemmän kuin he haluaisivat kertoa].",
            "Kilpailijan sopimusehdot kertovat [enemmän kuin myyjä haluaa tunnustaa].",
        ],
        "laatu|jälki|lopputulos =sen|=hinnan|=hintansa|=hintaan mukainen": [
            "Kilpailija tekee työn halvalla, ja [laatu on sen mukainen].",
            "Nykyisen urakoitsijanne [jälki on hinnan mukaista].",
            "Halpojen rakentajien [lopputulos on hintansa mukainen].",
        ],
        "=onhan|=olihan tietysti|tietenkin|toki|kyllä|sinänsä|=se "
        "kätevä|näppärä|mukava|kiva|hieno|rohkea|käytännöllinen|helppo|ymmärrettävä": [
            "Olette ostaneet huollot Lappalaiselta, ja [onhan se ymmärrettävää], kun tapa on vanha.",
            "[Onhan se tietysti kätevää], että nykyinen toimittajanne ei lähetä raportteja.",
            "[Olihan se toki näppärää], kun edellinen urakoitsijanne jätti piirustukset tekemättä.",
            "[Onhan se sinänsä rohkeaa], että kilpailija myy vanhaa mallia uutena.",
        ],
        "miksi =jotkut|=jotkin|=eräät|=muutamat": [
            "[Miksi jotkut] toimittajat laskuttavat jokaisesta puhelusta?",
            "Kysykää itseltänne, [miksi eräät] tilitoimistot vaihtavat hintoja joka vuosi.",
            "[Miksi muutamat] kilpailijat eivät kerro lisämaksuista etukäteen?",
        ],
        "toisin kuin =eräät|=jotkut|=jotkin|=monet|=useimmat": [
            "[Toisin kuin eräät], emme lämmitä eilisiä sämpylöitä.",
            "[Toisin kuin jotkut], me vastaamme puhelimeen viikonloppuisin.",
            "[Toisin kuin useimmat], tarkastamme jokaisen koneen itse.",
        ],
        "arvata vastaus": [
            "Kysykää nykyiseltä toimittajaltanne, kuka raportit lukee. [Arvaan vastauksen].",
            "Kilpailijalta voi kysyä, montako asentajaa heillä on. [Vastauksen voi arvata].",
            "Kysy edelliseltä urakoitsijalta, missä piirustukset ovat. [Arvaat varmaan vastauksen].",
        ],
        "vastaus opettavainen|valaiseva|paljastava|kiusallinen|yllättää|yllättävä": [
            "Kysykää nykyiseltä auditoijaltanne, milloin hän kävi kerroksessa. "
            "[Vastaus voi olla opettavainen].",
            "Kysy nykyiseltä toimittajaltasi, miksi asiakkaat lähtevät. [Vastaus voi yllättää].",
            "Kysy toimittajaltasi, miksi raportti tulee kerran kuussa. [Vastaus on valaiseva].",
            "Kysykää kilpailijalta takuuehdoista. [Vastaus on usein kiusallinen].",
        ],
        "=kukapa|=mikäpä|=kenellepä|=kenelläpä|=ketäpä|=missäpä|=mistäpä|=mihinpä|=mitäpä|"
        "=mitenpä": [
            "Nykyinen käännöstoimistonne on mestari: [missäpä] muualla sylinteri muuttuisi "
            "vesisylinteriksi.",
            "Nykyinen toimittajanne ei lähetä sopimuksia etukäteen. [Kukapa] niitä lukisikaan.",
            "Kilpailija liimaa koneeseen vain tarran. [Kukapa] todistuksia tarvitsisi.",
            "Edellinen urakoitsija jätti saumat auki. [Mikäpä] siinä, kun maksaja on toinen.",
        ],
        "=sen kyllä huomata|maistaa|nähdä|kuulla|tuntea": [
            "Kilpailijanne ovat tunnetusti edullisia, ja [sen kyllä huomaa].",
            "Nykyinen toimittaja tekee voileivät edellisenä iltana. [Kyllä sen maistaa].",
            "Isot talot lähettävät harjoittelijan, ja [sen kyllä näkee] jäljestä.",
        ],
        "=sehän|=senhän|=tämänhän näkyä|huomata|maistaa|nähdä|kuulla|tuntea": [
            "Nykyinen toimistonne on ennen kaikkea edullinen, ja [sehän näkyy] lopputuloksessa.",
            "Kilpailija säästää siivouksesta. [Senhän huomaa] jo ovella.",
            "Nykyinen pitopalvelunne käyttää pakasteita, ja [senhän maistaa].",
        ],
        "=tuskin =kukaan|=yksikään|=kenelläkään|=ketään|=kenenkään": [
            "Nykyisen toimittajanne käännös on outo. [Tuskin kukaan] siellä on nähnyt nostinta.",
            "Kilpailijan asentajista [tuskin yksikään] on käynyt tehtaallanne.",
            "Nykyisellä toimittajallanne [tuskin kenelläkään] on aikaa pieniin asiakkaisiin.",
        ],
        "=ennen =kaikkea laskuttaa|laskuttaminen|laskutus": [
            "Isojen talojen huolto on [ennen kaikkea laskutusta].",
            "Kilpailijan konsultit panostavat [ennen kaikkea laskutukseen].",
            "Nykyinen toimittajanne keskittyy [ennen kaikkea laskuttamaan].",
        ],
        "osata laskuttaa|laskuttaminen": [
            "Nykyinen urakoitsijanne [osaa kyllä laskuttaa].",
            "[Laskuttaa he kyllä osaavat], nykyinen urakoitsijanne.",
            "Kilpailijan asentajat [osaavat laskuttamisen] paremmin kuin huollon.",
        ],
        "tavoitettavissa|tavoittaa|tavoitettava": [
            "Nykyinen palkkatoimistonne ei ole koskaan [tavoitettavissa] palkkapäivänä.",
            "Kilpailijan tukea ei [tavoita] viikonloppuisin.",
            "Isot talot eivät ole [tavoitettavissa], kun vika tulee.",
        ],
        "=toisen =luokan kansalainen|asiakas|ihminen": [
            "Isot EMS-talot kohtelevat pieniä asiakkaita kuin [toisen luokan kansalaisia].",
            "Kilpailijalle olette [toisen luokan asiakas].",
            "Nykyinen toimittajanne pitää teitä [toisen luokan asiakkaina].",
        ],
        "käydä -halli|telakka|konehuone|tuotantolinja|-linja|tuotantotila|-työmaa|-kohde": [
            "Kilpailijan suunnittelijat eivät ole koskaan [käyneet tehdashallissa].",
            "Nykyisen työterveytenne lääkärit eivät ole [käyneet telakalla].",
            "Isojen talojen asentajat eivät ole [käyneet konehuoneessa] kertaakaan.",
        ],
        "miksi =ihmeessä|=kummassa": [
            "[Miksi ihmeessä] kukaan maksaisi ohjelmistosta, jonka toimittaja ei saa päivityksiä "
            "ajoissa?",
            "[Miksi kummassa] kilpailija laskuttaa jokaisesta puhelusta?",
            "[Miksi ihmeessä] nykyinen toimittajanne ei kerro tätä teille?",
        ],
        "toki|kyllä|kieltämättä|tosin mestari|taitava|etevä|ekspertti @to_do": [
            "Isot rekrytointitalot ovat [toki todellisia mestareita lähettämään] kasan hakemuksia.",
            "Kilpailijanne on [kyllä taitava venyttämään] aikatauluja.",
            "Nykyinen toimittajanne on [kieltämättä etevä siirtämään] aikatauluja.",
        ],
        "harmi|sääli =vain|=vaan|=ainoastaan": [
            "Kilpailijan esite on kaunis. [Harmi vain], ettei siinä ole yhtään hintaa.",
            "Nykyisen toimittajanne sovellus näyttää hyvältä. [Sääli vaan], että se kaatuu.",
            "Isojen talojen raportit ovat paksuja, [harmi ainoastaan], ettei niitä lue kukaan.",
        ],
        "=jos|=mikäli|=kunhan|=joille|=jolle|=kenelle riittää|kelvata": [
            "Nykyisen toimittajanne raportit ovat käteviä niille, [joille riittää], että luvut "
            "tulevat viikon myöhässä.",
            "Kilpailijan palvelu on hyvä valinta, [jos riittää], että paikalle tullaan joskus.",
            "Isojen talojen paketti toimii, [mikäli teille kelpaa], että tukeen vastataan "
            "seuraavana päivänä.",
        ],
        "voida =odottaakaan": [
            "Nykyinen toimittajanne ei päivitä mitään. Eipä sellaiselta talolta [voi odottaakaan] "
            "muuta.",
            "Kilpailijalta ei [voi odottaakaan] vastausta samana päivänä.",
            "Isoilta ketjuilta emme [voineet odottaakaan] joustoa.",
        ],
        "=mitä|=mitäpä =muuta": [
            "Raportti tuli taas myöhässä. [Mitä muuta] sellaiselta firmalta voi odottaa?",
            "Nykyinen toimittajanne unohti huollon. [Mitäpä muuta] heiltä voisi odottaa.",
            "[Mitä muuta] halvimmalta urakoitsijalta voi odottaakaan?",
        ],
        "lasku|laskutus =ajallaan|=ajoissa|täsmällisesti|täsmällinen|täsmälleen": [
            "Kilpailijanne tunnetaan siitä, että tavara saapuu joskus ja [lasku aina ajallaan].",
            "Nykyinen toimittajanne unohtaa huollot. [Laskut sieltä kyllä tulevat ajoissa].",
            "Isojen talojen [laskutus on ainakin täsmällistä].",
        ],
        "muu|=muutakin|=muuta kuin lasku|laskutus|laskuttaa": [
            "Oletteko saaneet nykyiseltä huoltoyhtiöltänne [muutakin kuin laskuja]?",
            "Kilpailijalta ei ole kuulunut [muuta kuin laskuja].",
            "Mitä isot talot tekevät [muuta kuin laskuttavat]?",
        ],
        "=kukaan|=yksikään|=kenelläkään =heistä|=heidän|=siellä|=sieltä|=niistä": [
            "Nykyinen toimistosi laskuttaa joka kuukausi. Mahtoiko [kukaan heistä] koskaan "
            "käydä hotellilla?",
            "Kysykää nykyiseltä toimittajaltanne raportista. Onko [kukaan siellä] lukenut sitä?",
            "Kilpailijan tukeen on jono. Vastaako [kukaan sieltä] ennen iltapäivää?",
        ],
        "@asking =heidän|=heillä|=heistä|=heiltä|=he|=sieltä|=siellä =koskaan|=ikinä|=joskus": [
            "Tiedätte kilpailijan. [Onko heidän mekaanikkonsa koskaan] ehtinyt työmaalle samana "
            "päivänä?",
            "Nykyinen toimittajanne lupaa paljon. Vai [onko sieltä joskus] vastattu samana päivänä?",
            "Kilpailija lähettää raportin. [Lukevatko he koskaan] sitä itse?",
        ],
        "=lupauksia|=selityksiä|=tekosyitä|=puheita =ei|=eikä": [
            "Nykyiseltä huoltajalta saa [lupauksia, ei] asentajaa.",
            "Kilpailijan tuesta tulee [selityksiä eikä] korjauksia.",
            "Isoilta taloilta saa [puheita, ei] tuloksia.",
        ],
        "hinnoitella =ulos": [
            "Suuret hissiyhtiöt [hinnoittelevat pienet taloyhtiöt ulos].",
            "Isot talot [hinnoittelivat pienet asiakkaat ulos] jo vuosia sitten.",
            "Isoissa taloissa pienet kunnat [hinnoitellaan ulos].",
        ],
        "litku|loru|mitäänsanomaton": [
            "Isojen panimoiden [litku] maistuu kaikkialla samalta.",
            "Kilpailijan mainokset ovat tyhjää [lorua].",
            "Isojen tehtaiden olut on [mitäänsanomatonta].",
        ],
        "kunhan lasku|laskutus|laskuttaa": [
            "Lounaanne tulevat samalta toimittajalta kuin ennen. Haalea kahvi ei haittaa, "
            "[kunhan lasku] tulee ajallaan.",
            "Kilpailijalle kelpaa mikä tahansa jälki, [kunhan laskutus] pelaa.",
            "Nykyinen urakoitsijanne ei kiirehdi. Kaikki käy, [kunhan laskuttaa] saa.",
        ],
        "=ei =pahalla": [
            "[Ei pahalla], mutta kannattaako huoltoa ostaa kilpailijalta, jonka asentaja ei vastaa?",
            "Nykyinen toimittajanne on hidas. [Ei pahalla], mutta kaksi viikkoa on pitkä aika.",
            "[Ei pahalla], mutta isojen talojen konsultit eivät ole käyneet tehtaalla.",
        ],
        "olla =niitä|=sellaisia|=semmoisia|=niitäkään": [
            "Emme [ole niitä] huoltajia, jotka vaihtavat suodattimen ja katoavat.",
            "Me emme [ole niitä], jotka jättävät asiakkaan yksin.",
            "Emme [ole sellaisia] urakoitsijoita, jotka häipyvät kesken työn.",
        ],
        "kuulua =niihin|=sellaisiin": [
            "Emme [kuulu niihin], jotka lähettävät laskun ennen työtä.",
            "Me emme [kuulu niihin] toimijoihin, jotka lupaavat kaiken.",
            "En [kuulu sellaisiin] myyjiin, jotka katoavat kaupan jälkeen.",
        ],
        "nahistunut|nahkea|haalea|laimea|vetinen|kuivahtanut|ummehtunut|eltaantunut|härski|"
        "lässähtänyt|mössöinen": [
            "Jotkut pitopalvelut tarjoavat [nahistunutta] salaattia.",
            "Nykyisen toimittajanne kahvi on aina [haaleaa].",
            "Kilpailijan voileivät ovat [nahkeita] jo ennen tarjoilua.",
        ],
        "huoltokumppani|asiantuntija|ammattilainen|osaaja|konsultti": [
            'Näin muut "[huoltokumppanit]" hoitavat asian.',
            'Kilpailijan "[asiantuntijat]" eivät ole käyneet tehtaalla.',
            'Nykyisen toimittajanne "[ammattilaiset]" eivät ole käyneet kohteessa.',
        ],
        "saada odotella|odottaa|jonottaa": [
            "Olemme kuulleet, että Lindqvistin asentajaa [saa nykyään odotella] pari päivää.",
            "Nykyiseltä toimittajaltanne vastausta [saa odottaa] viikon.",
            "Isoissa ketjuissa huoltoon [saa jonottaa] kuukauden.",
        ],
        "muistaa laskuttaa|lasku|laskutus": [
            "Kilpailijoilla pikatoimitus kyllä [muistetaan laskuttaa].",
            "Edellinen toimittajanne [muisti laskuttaa] ajallaan.",
            "Nykyinen huoltoyhtiönne [muistaa kyllä laskun] joka kuukausi.",
        ],
        "rapistua|rappeutua|ränsistyä|laiminlyödä|retuperä": [
            "Nykyinen huoltokumppaninne on päästänyt järjestelmät [rapistumaan].",
            "Edellinen urakoitsijanne [laiminlöi] päivitykset vuosia.",
            "Kilpailijan kohteet ovat [ränsistyneet] muutamassa vuodessa.",
        ],
        "opetella =asiakkaan|=asiakkaiden|=asiakkaanne|=asiakkaasi|piikki|kustannus|lasku|katto|työmaa|budjetti": [
            "Isoissa toimistoissa harjoittelija [opettelee mediasuunnittelua sinun budjetillasi].",
            "Kilpailijan asentajat [opettelevat työt vasta asiakkaan] katolla.",
            "Isojen konsulttitalojen juniorit [opettelevat toimialan asiakkaan] piikkiin.",
            "Kilpailijan uudet asentajat [opettelevat työmaalla].",
        ],
        "=umpimähkään|=summanmutikassa|=arpomalla": [
            "Nykyinen huoltoliikkeenne vaihtaa osia [umpimähkään].",
            "Kilpailijat mitoittavat laitteet [summanmutikassa].",
            "Edellinen toimittajanne etsi vikaa [arpomalla].",
        ],
        "polkuhinta|polkuhinnoittelu": [
            "Alalla on toimijoita, jotka voittavat kilpailutuksia [polkuhinnoilla].",
            "Kilpailijat houkuttelevat asiakkaita [polkuhinnoittelulla].",
            "Halpatoimijoiden [polkuhinnat] paikataan lisätöillä.",
        ],
        "ymmärtää|tajuta vähemmän": [
            "Pankkien vakuutusmyyjät [ymmärtävät teollisuusriskeistä vielä vähemmän].",
            "Kilpailijat [tajuavat verkkokaupasta vähemmän] kuin luulisi.",
            "Isot konsulttitalot [ymmärtävät pienyrityksistä yllättävän vähemmän].",
        ],
        "välittää|piitata|kuunnella|jaksaa|viitsiä|vaivautua": [
            "Kilpailijat eivät [välitä] asiakkaistaan.",
            "Nykyinen toimittajanne ei [kuuntele] teitä.",
            "Muut toimijat eivät [jaksa] perehtyä asiaan.",
            "Nykyisen vakuuttajanne myyjät eivät [vaivaudu] kertomaan rajoituksista.",
            # the -vAn form after "tuntua" is the verb reported
            "Kilpailijat eivät tunnu [välittävän] pienistä asiakkaista.",
        ],
        "ymmärtää|osata|tietää|tajuta|tuntea mikään|lainkaan|=ollenkaan|yhtään|mitenkään": [
            "Kilpailijan asentajat eivät [tunne laitteita lainkaan].",
            "Nykyinen toimittajanne ei [ymmärrä mitään] logistiikasta.",
            "Kilpailijat eivät [osaa lainkaan] huoltaa näitä.",
            "Muut toimijat eivät [tiedä asiasta yhtään] mitään.",
        ],
        "tietää|ymmärtää|tajuta =miltä|=millaista|=millainen|=mitä|=miten|=mistä|=mikä|=mitkä": [
            "Nykyinen toimittajanne ei taida [tietää, miltä] hallissa kuulostaa.",
            "Käännöstoimistonne harjoittelijat eivät [tiedä, mikä] paineilmasäiliö on.",
            "Kilpailijan asentajat eivät [ymmärrä, mitkä] putket kuuluvat yhteen.",
            "Isot ketjut eivät [ymmärrä, millaista] työ valimossa on.",
            "Kilpailijoiden myyjät eivät [tajunneet, mistä] kulut syntyivät.",
            "Edellinen konsulttinne ei [tiennyt, miten] laitteet kytketään.",
        ],
        "=hintansa|=hintaansa|=hintojensa mukainen": [
            "Nykyisen toimittajanne kuvut ovat [hintansa mukaisia].",
            "Kilpailijan palvelu on [hintaansa mukaista].",
            "Halpaketjujen tuotteet ovat, sanotaanko, [hintojensa mukaisia].",
        ],
        "=hinnalleen|=hintansa ominainen|ominaisesti|tyypillinen|tyypillisesti": [
            "Kilpailijan mainokset ovat [hinnalleen ominaisia]: samat kuvat joka vuosi.",
            "[Hinnalleen tyypillisesti] nykyisen toimittajanne raportit jäävät ohuiksi.",
            "Halpatoimiston työnjälki on [hintansa ominaista].",
        ],
        "=lienee|=tuskin|=varmaan|=kai|=taitaa|=taitanee|=ehkä|=kenties pelkkä|puhdas|silkka sattuma": [
            "[Lienee pelkkää sattumaa], että kilpailijan raportista puuttuu juuri tämä luku.",
            "[Tuskin on puhdasta sattumaa], että nykyisen toimittajanne laskut myöhästyvät.",
            "Isojen talojen hinnat nousevat joka kevät, mikä [kai on silkkaa sattumaa].",
            "Nykyisen isännöitsijänne asiakkaat vaihtavat muualle. [Ehkä se on pelkkää sattumaa].",
        ],
        "rauhallinen|verkkainen|leppoisa|kiireetön|maltillinen tahti|tempo|tahdissa": [
            "Nykyisen toimittajanne tuki on kuulemma tunnettu [rauhallisesta tahdistaan].",
            "Kilpailijan asentajat etenevät [leppoisaan tahtiin].",
            "Isojen talojen tukipalvelussa vastaukset tulevat [verkkaisella tempolla].",
        ],
        "=kerrottavaa|=näytettävää|=esiteltävää": [
            "Isot toimistot raportoivat näyttökertoja, koska hakemuksista ei olisi [kerrottavaa].",
            "Kilpailijoillanne ei ole tuloksista mitään [näytettävää].",
            "Nykyisellä toimittajallanne ei taida olla paljon [esiteltävää] kevään hauista.",
        ],
        "muu =tarjottavaa|=kilpailtavaa|=annettavaa|=myytävää": [
            "Kilpailijoillamme ei ole [muuta tarjottavaa] kuin hinta.",
            "Isot ketjut kilpailevat hinnalla, koska [muuta kilpailtavaa] heillä ei ole.",
            "Nykyisellä toimittajallanne ei ole mitään [muuta annettavaa].",
        ],
        "osata homma|työ|asia|ammatti": [
            "Kilpailijat eivät [osaa hommaansa].",
            "Nykyinen toimittajanne ei [osaa työtään].",
            "Muut toimijat eivät [osaa asiaa].",
        ],
        "vastata puhelin|viesti|sähköposti|soitto|yhteydenotto": [
            "Nykyinen toimittajanne ei [vastaa puhelimeen].",
            "Kilpailijat eivät [vastaa viesteihin].",
            "Muut toimijat eivät [vastaa edes sähköposteihin].",
        ],
        "kuu taivas": [
            "Kilpailijat lupaavat [kuun taivaalta].",
            "Nykyinen toimittajanne lupasi [kuun taivaalta].",
            "Muut toimijat lupailevat [kuuta taivaalta].",
        ],
        "unohtaa|laiminlyödä|hylätä asiakas": [
            "Kilpailijat [unohtavat asiakkaan] kaupan jälkeen.",
            "Nykyinen toimittajanne [laiminlyö asiakkaitaan].",
            "Muut toimijat [hylkäävät asiakkaansa] ongelmissa.",
        ],
        "unohtaa|laiminlyödä|hylätä allekirjoittaa|allekirjoitus": [
            "Isot toimijat [unohtavat pienet alueet heti, kun sopimus on allekirjoitettu].",
            "Nykyinen kumppaninne [unohti asiakkaan heti allekirjoituksen] jälkeen.",
            "Kilpailijat [unohtavat teidät, kun olette allekirjoittaneet] sopimuksen.",
        ],
        "pätkiä|rakeinen": [
            "Pienemmillä toimijoilla lopputulos on [rakeista] kuvaa.",
            "Nykyisen operaattorinne yhteys [pätkii] joka ilta.",
            "Kilpailijoiden lähetyksissä kuva on [rakeinen].",
        ],
        "persoonaton|teennäinen|mauton|arpapeli": [
            "Halpojen kuvapankkien kuvat ovat [persoonattomia].",
            "Freelancerit ovat [arpapeliä].",
            "Kilpailijan mainokset ovat [mauttomia].",
        ],
        "toimittaa|tulla|saapua|valmistua =myöhässä|=myöhään": [
            "Freelancerit [toimittavat myöhässä].",
            "Nykyisen toimittajanne asentajat [tulevat aina myöhässä].",
            "Kilpailijan tilaukset [saapuvat myöhässä] joka kerta.",
        ],
        "=arvaamalla|=arvailemalla|=umpimähkään": [
            "Merkkihuollossa vaihdetaan osia [arvaamalla].",
            "Nykyinen toimittajanne säätää laitteita [arvailemalla].",
            "Kilpailijat hinnoittelevat [umpimähkään].",
        ],
        "pestä käsi": [
            "Kilpailijat [pesevät kätensä] virheistä.",
            "Nykyinen toimittajanne [pesi kätensä] koko asiasta.",
            "Isot toimistot [pesevät kätensä] heti, kun jokin menee pieleen.",
        ],
        "=päätä =eikä =häntää": [
            "Kuljetusjättien vastauksissa ei ole [päätä eikä häntää].",
            "Nykyisen toimittajanne raportissa ei ollut [päätä eikä häntää].",
            "Kilpailijan laskuista ei saa [päätä eikä häntää].",
        ],
        "=vähän =sinne =päin": [
            "Monien huoltoyhtiöiden tarkastukset ovat [vähän sinne päin].",
            "Nykyisen siivousfirmanne jälki on [vähän sinne päin].",
            "Kilpailijoiden raportit ovat [vähän sinne päin].",
        ],
        "tehdä|hoitaa|tehty|hoidettu =sinne =päin": [
            "Edellinen urakoitsija [teki saumaukset sinne päin].",
            "Toimittajanne [hoitaa huollot sinne päin].",
            "Kilpailijoilla työt [tehdään sinne päin].",
        ],
        "jäädä|juuttua|pysähtyä @decade": [
            "Kilpailijoiden käyttöliittymät ovat [jääneet jonnekin 2000-luvun] alkuun.",
            "Nykyisen toimittajanne raportointi on [juuttunut 1990-luvulle].",
            "Muiden tarjoajien kehitys [pysähtyi 2010-luvulla].",
        ],
        "kuin =ajalta|=aikakaudelta|=museosta|=kivikaudelta": [
            "Toimittajanne näkymät ovat [kuin suoraan korppulevykkeiden ajalta].",
            "Kilpailijan sovellus näyttää [kuin kivikaudelta].",
            "Nykyisen järjestelmänne raportit ovat [kuin toiselta aikakaudelta].",
        ],
        "kivikautinen|=kivikaudelta|=kivikaudella": [
            "Kilpailijan laitteet: tekniikkaa [kivikaudelta].",
            "Nykyisen toimittajanne [kivikautinen] järjestelmä hidastaa kaikkea.",
            "Muiden tarjoajien raportit ovat [kivikautisia].",
        ],
        "=koskaan|=ikinä vastata|soittaa|palata|reagoida": [
            "Kilpailijan tuki ei [vastaa koskaan].",
            "Nykyinen toimittajanne ei [ikinä soita] takaisin.",
            "Kilpailijanne asiakaspalvelu ei [koskaan palaa] asiaan.",
        ],
        "=harva osata|saada|opettaa|onnistua|uskaltaa|jaksaa|keksiä|pystyä|taitaa =yhtä": [
            "Täytyy nostaa hattua kilpailijalle. [Harva osaa esitellä vanhan kameran yhtä] "
            "vakuuttavasti.",
            "Pitää kiittää nykyistä toimittajaanne. [Harva toimittaja on opettanut yhtä] monelle "
            "kärsivällisyyttä.",
            "Hattu täytyy nostaa kilpailijalle: [harva osaa laskuttaa yhtä] monta viikkoa.",
        ],
        "mutta =eihän =kaikkea": [
            "Kilpailija osaa ruokintalinjat. Robotit ovat eri laji, [mutta eihän kaikkea] voi "
            "osata.",
            "Kilpailijan esitteet ovat kauniita, [mutta eihän kaikkea] voi saada.",
            "Nykyisellä toimittajallanne ei kierrätys kuulu tapoihin, [mutta eihän kaikkea] voi "
            "ehtiä.",
        ],
        "jos =ollenkaan|=lainkaan|=ylipäätään|=ylipäänsä": [
            "Kilpailijan tuki vastaa viikossa, [jos vastaa ollenkaan].",
            "Nykyinen toimittajanne toimittaa osat kuukaudessa, [jos ylipäätään] toimittaa.",
            "Kilpailijan asentajat tulevat paikalle iltapäivällä, [jos tulevat lainkaan].",
        ],
        "=aina|=yleensä|=poikkeuksetta|=jatkuvasti venyä|viivästyä|myöhästyä|pitkittyä|lipsua|venyä": [
            "Kilpailijan käyttöönotot [venyvät aina].",
            "Nykyisen toimittajanne toimitukset [myöhästyvät jatkuvasti].",
            "Isojen talojen projektit [pitkittyvät poikkeuksetta].",
        ],
        "asiakas olla pettynyt|tyytymätön|harmissaan|turhautunut": [
            "Kilpailijan [asiakkaat ovat pettyneitä].",
            "Nykyisen toimittajanne [asiakkaat ovat olleet tyytymättömiä].",
            "Kilpailijan käyttöönotot venyvät, ja [asiakkaat ovat turhautuneita].",
        ],
        "hyvä päivä =jopa|=peräti|=ehkä": [
            "Kilpailijan kamera löytää oksan, ja [hyvänä päivänä jopa] halkeaman.",
            "Nykyisen toimittajanne tuki vastaa [hyvänä päivänä peräti] samana päivänä.",
            "Kilpailijan asentaja ehtii [hyvinä päivinä ehkä] kahteen kohteeseen.",
        ],
        "kallis|turha|hintava lelu|leikkikalu|vempain": [
            "Kilpailijan kamerat ovat [kalliita leluja].",
            "Nykyisen toimittajanne anturit: [turhia vempaimia].",
            "Muiden tarjoajien laitteet ovat [hintavia leikkikaluja].",
        ],
        "tahallaan": [
            "Kilpailijoiden sopimusehdot on kirjoitettu [tahallaan] epäselviksi.",
            "Isot toimijat pitävät hinnastonsa [tahallaan] piilossa.",
            "Nykyinen toimittajanne hidastelee [tahallaan], jotta lisätyöt kertyvät.",
        ],
        "jäädä =jälkeen|=jälkijunaan": [
            "Nykyinen toimittajanne on [jäänyt jälkeen].",
            "Perinteiset kouluttajat [jäivät jälkijunaan], kun etäopetus yleistyi.",
            "Kilpailijat [jäävät jälkeen], koska eivät päivitä tekniikkaansa.",
        ],
        "jäädä kehitys|aika|vuosi|vuosikymmen|pahasti|selvästi|auttamattomasti|reilusti =jälkeen": [
            "Nykyinen järjestelmätoimittajanne on [jäänyt kehityksessä vuosia jälkeen].",
            "Muut toimijat ovat [jääneet pahasti jälkeen].",
            "Edellisen kumppanin ohjelmisto [jäi ajasta jälkeen] jo vuosia sitten.",
        ],
        "oikoa|oikaista mutka": [
            "Muut siivousfirmat [oikovat mutkia] ja jättävät nurkat pölyisiksi.",
            "Halvat urakoitsijat [oikaisevat mutkissa] turvallisuuden kustannuksella.",
            "Edellinen asentaja oli [oikonut mutkia] joka vaiheessa.",
        ],
        "vuosi|vuosikymmen =jäljessä": [
            "Kilpailijat ovat [vuosia jäljessä].",
            "Nykyisen toimittajanne tekniikka on [vuosikymmenen jäljessä].",
            "Muut toimijat laahaavat [vuosia jäljessä].",
        ],
        "huolimaton": [
            "Kilpailijan asentajat ovat [huolimattomia].",
            "Nykyinen toimittajanne toimii [huolimattomasti].",
            "Muiden toimijoiden jälki on [huolimatonta].",
        ],
        "huolimattomuus": [
            "Kilpailijan [huolimattomuus] maksaa teille.",
            "Nykyisen toimittajanne [huolimattomuudesta] kärsitte te.",
            "Muiden toimijoiden [huolimattomuuden] takia vaihdoitte.",
        ],
        "pila": [
            "Kilpailijan tuotteet ovat usein [pilalla].",
            "Nykyisen toimittajanne kuormat saapuvat [pilalla].",
            "Muiden toimijoiden vihannekset menevät [pilalle].",
        ],
        "nyrkkipaja": [
            "Kilpailija on pelkkä [nyrkkipaja].",
            "Nykyinen toimittajanne on [nyrkkipaja].",
            "Muut toimijat ovat [nyrkkipajoja].",
        ],
        "jättää pula|=heitteille|=pulaan|=yksin|=tuuliajolle": [
            "Kilpailijat [jättävät asiakkaat pulaan].",
            "Nykyinen toimittajanne [jätti teidät heitteille].",
            "Nykyinen toimittajanne [jättää asiakkaansa yksin] kesällä.",
            "Kilpailijat [jättivät meidät pulaan] kesken kauden.",
            "Muut toimijat [jättävät asiakkaat tuuliajolle] heti kaupan jälkeen.",
        ],
        "osata|jaksaa|pystyä palvella|hoitaa|auttaa|huolehtia|korjata|tulkita|asentaa|mitata|"
        "neuvoa": [
            "Kilpailijan analyytikot eivät [osaa tulkita] hälytyksiä.",
            "Isot yhtiöt eivät [osaa palvella] pieniä asiakkaita.",
            "Nykyinen toimittajanne ei [pysty hoitamaan] talven huoltoja.",
            "Kilpailijat eivät [jaksa auttaa] pienissä asioissa.",
        ],
        "keskeneräinen": [
            "Kilpailija myy [keskeneräistä] ohjelmistoa.",
            "Nykyisen toimittajanne järjestelmä on [keskeneräinen].",
            "Muut toimijat toimittavat [keskeneräisiä] laitteita.",
        ],
        "tunari": [
            "Nykyinen toimittajanne on tunnetusti [tunari].",
            "Kilpailijat ovat [tunareita] logistiikassa.",
            "Muut toimijat palkkaavat [tunareita].",
        ],
        "puutteellinen": [
            "Nykyisen toimittajanne dokumentaatio on [puutteellinen].",
            "Kilpailijat tekevät [puutteellisia] asennuksia.",
            "Muiden toimijoiden palvelu jää [puutteelliseksi].",
        ],
        "viivästys": [
            "Nykyinen toimittajanne on tunnettu [viivästyksistään].",
            "Kilpailijan toimituksissa on jatkuvia [viivästyksiä].",
            "Muiden toimijoiden [viivästys] maksaa teille.",
        ],
        "roska": [
            "Rautakaupan ketjut myyvät teille [roskaa] ylihintaan.",
            "Kilpailijan laitteet ovat [roskaa].",
            "Nykyinen toimittajanne toimittaa [roskia].",
        ],
        "häipyä": [
            "Ne perinteiset laitekauppiaat laskuttavat ja [häipyvät].",
            "Kilpailijan myyjä [häipyi] heti kaupan jälkeen.",
            "Nykyinen toimittajanne [häipyy] aina, kun tarvitaan apua.",
        ],
        "temppu|kikka|jekku|kikkailu|silmänlume": [
            "Teidän nykyinen huoltoliikkeenne osaa tämän [tempun] varmaan myös.",
            "Kilpailijan [hinnoittelukikat] tulevat esiin vasta laskussa.",
            "Nykyisen toimittajanne markkinointi on pelkkää [silmänlumetta].",
            "Isot ketjut myyvät [jekkuja], eivät ratkaisuja.",
        ],
        "harjoitella|koetella|kysyä|vaatia|opetella|oppia|opettaa kärsivällisyys|hermo": [
            "Nykyisen toimittajanne tukipuhelin on mainio paikka [harjoitella kärsivällisyyttä].",
            "Kilpailijan tukipuhelin [koettelee kärsivällisyyttä].",
            "Kilpailijan asiakaspalvelu [vaatii hermoja].",
            "Nykyisen toimittajanne kanssa on joutunut [opettelemaan kärsivällisyyttä].",
        ],
        "lasku|-lasku|laskutus|hintalappu päätellä": [
            "Kilpailijanne kierrokset ovat [laskun pituudesta päätellen] perusteellisia.",
            "Nykyisen toimittajanne huolto on [kuukausilaskusta päätellen] hyvin työlästä.",
            "Heidän konsulttinsa ovat [laskutuksesta päätellen] ahkeria, sanoi nykyinen "
            "toimittajanne.",
        ],
        "=sellaista|=tuollaista|=sitä saada =kun|=mitä": [
            "[Sellaista saa, kun] tilaa katselmuksen firmalta, joka ei ole asentanut pumppua.",
            "Kilpailija oli halvin, mutta [sitä saa, mitä] tilaa.",
            "[Tuollaista saa, kun] valitsee toimittajan pelkän hinnan perusteella.",
        ],
        "=tärkeämpiä|=tärkeämmät|=tärkeämpien|=isompia|=isommat|=isompien "
        "asiakas|-asiakas|projekti|kohde": [
            "Nykyinen toimittajanne myöhästyi taas. Heillä on kai [tärkeämpiä asiakkaita].",
            "Kilpailijan asentajat lähtivät kesken. Kalenterissa oli [isompia projekteja].",
            "Kilpailijanne hoitaa ensin [isompien asiakkaiden] työt.",
        ],
        "=voi =heitä|=heitäkin": [
            "Nykyinen toimittajanne ei ehdi vastata. [Voi heitä], kiireistä aikaa.",
            "Isot talot hukkasivat tilauksen. [Voi heitäkin], kun kaikki on niin vaikeaa.",
            "Kilpailijan tuki vastasi viikossa. [Voi heitä].",
        ],
        "=voi =raukkoja|=raukkaa|=parkoja": [
            "Kilpailijanne asentajat eksyivät taas. [Voi raukkoja].",
            "Nykyisen toimittajanne asentaja eksyi taas. [Voi sinua raukkaa].",
            "Kilpailijanne tuki ei vastannut viikkoon. [Voi teitä parkoja].",
            "Isot talot hukkasivat tilauksenne. [Voi teitä raukkoja], kun kaikki on vaikeaa.",
        ],
        "@interjection =sinua|=teitä|=sinuakin|=teitäkin": [
            "Nykyisen huoltoyhtiönne asentaja ei taaskaan tullut. [Voi teitä], sitä osaa on "
            "odotettu kuukausi.",
            "Kuulin, että Akkutalon huoltomies on yhä matkalla. [Voi sinua], kevät ehtii vaihtua "
            "kesäksi.",
            "Kilpailijan kuljettaja eksyi taas väärään pihaan. [Voi teitäkin], joudutte "
            "odottamaan kuormaa.",
        ],
        "ei|=toisin =tapaan": [
            "Tuotanto on laskettu koko vuoden säästä ([eikä Kirkasvirran tapaan]) yhdestä "
            "päivästä.",
            "Mittaamme kaikki huoneet, [emme kilpailijoiden tapaan] vain yhtä.",
            "Raportti tulee viikossa [eikä nykyisen toimittajanne tapaan] kuukauden päästä.",
        ],
        "ihailla rohkeus|optimismi|mielikuvitus|itsevarmuus|uskallus|sinnikkyys|kekseliäisyys": [
            "Kirkasvirta lupaa 25 vuoden takuun. Täytyy [ihailla rohkeutta].",
            "Kaarnapesu keksii joka kuukausi uuden lisämaksun. Sitä [sinnikkyyttä voi melkein "
            "ihailla].",
            "Nykyinen toimittajanne lupasi valmista viikossa. [Ihailen heidän optimismiaan].",
            "Kilpailijan tarjouksessa säästö on 60 %. Sitä [ihailee mielikuvitusta], jolla luku "
            "on laskettu.",
        ],
        "tuntea|tunnettu lähinnä|ainoastaan|pelkästään =siitä|=siitäkin": [
            "Jos siivoojanne tulevat Kiiltopisteeltä, ymmärrän. Heidät [tunnetaan lähinnä "
            "siitä], että rätti on sama joka paikassa.",
            "Kilpailijanne on [tunnettu ainoastaan siitä], että laskut tulevat ajallaan.",
            "Nykyinen toimittajanne [tunnetaan alalla pelkästään siitä], että hinnat nousevat.",
            "Isot ketjut [tunnetaan Kotkaniemessä lähinnä siitäkin], ettei puhelimeen vastata.",
        ],
        "ymmärrettävä ehtiä|jaksaa|kerkiää|muistaa": [
            "Kilpailijallanne on paljon asiakkaita, joten on [ymmärrettävää, ettei pienten "
            "asioita ehditä] katsoa.",
            "Nykyinen toimittajanne on kiireinen. On [ymmärrettävää, etteivät he jaksa] vastata.",
            "Isoilla taloilla on paljon töitä, joten on [ymmärrettävää, ettei raportteja muisteta] "
            "lähettää.",
        ],
        "kysyä =vaikka|=esimerkiksi|=ihan asiakas|-asiakas|käyttäjä": [
            "Se ei ole alalla itsestäänselvyys, [kysykää vaikka kilpailijan asiakkailta].",
            "[Kysy esimerkiksi toisen huoltoyhtiön asiakkailta], miten tuki vastaa.",
            "[Kysykää ihan isojen talojen asiakkailta], kauanko asennus kesti.",
        ],
        "tehdä|yrittää =parhaansa|=parastaan": [
            "Nykyinen toimittajanne on epäilemättä [tehnyt parhaansa], sen verran kuin vanha ohjelma antaa myöten.",
            "Kilpailijat [yrittävät varmasti parastaan].",
            "Edellinen urakoitsija [teki kai parhaansa].",
        ],
        "jättää =tekemättä|=hoitamatta|=siivoamatta|=korjaamatta|=tarkastamatta": [
            "Nykyinen toimittajanne kuittaa erotuksen [jättämällä töitä tekemättä].",
            "Kilpailija [jättää puolet kohteista siivoamatta].",
            "Edellinen urakoitsija [jätti vuodot korjaamatta].",
        ],
        "alihinnoittelu|alihinnoitella": [
            "Nykyinen toimittajanne voittaa kilpailutukset [alihinnoittelulla].",
            "Kilpailija voitti urakan [alihinnoittelulla] ja laskutti lisätöistä.",
            "Isot talot elävät [alihinnoittelusta].",
        ],
        "vasta-alkaja|keltanokka": [
            "Kilpailijan analyytikot ovat [vasta-alkajia].",
            "Nykyisen toimittajanne asentajat ovat [keltanokkia].",
            "Isot talot lähettävät paikalle [keltanokkia].",
        ],
        "kadota": [
            "Kilpailijan myyjät [katoavat] heti kaupan jälkeen.",
            "Nykyinen toimittajanne [katosi] paikalta kesken urakan.",
            "Isojen talojen konsultit [katoavat] laskun jälkeen.",
        ],
        "toisin kuin": [
            "[Toisin kuin] kilpailijamme, me teemme oikeaa työtä.",
            "Vastaamme heti, [toisin kuin] nykyinen toimittajanne.",
            "[Toisin kuin] muut toimijat, emme laskuta lisistä.",
            "[Toisin kuin] yhdistyksen urakoitsijat, jotka jättävät rytöä, me emme sotke palstaasi.",
            "[Toisin kuin] isot ketjut, emme lähetä listoja lukematta.",
        ],
        "pulju": [
            "Toisin kuin ne halvat [puljut], me tulemme paikalle.",
            "Nykyinen kumppaninne on pieni [pulju] Tampereella.",
            "Moni [pulju] katkaisee lähetyksen kesken.",
        ],
        "kyhätä": [
            "Kilpailijan ratkaisut ovat [kyhättyjä].",
            "Nykyisen toimittajanne järjestelmä on [kyhätty] kasaan.",
            "Muiden toimijoiden sovellukset ovat hätäisesti [kyhäämiä].",
        ],
        "kasata|kasattu|koota|koottu|kyhätä|tehdä|tehty|rakentaa|rakennettu|kirjoittaa|kirjoitettu "
        "=kiireellä|=kiireessä|=hätäpäissään|=hutaisten|=hätiköiden": [
            "Kilpailijanne Tarkastamo myy alustaa. Heidän tuotteensa on [kasattu kiireellä].",
            "Nykyisen toimittajanne ohjelma on [tehty hätäpäissään].",
            "Isojen talojen raportit [kirjoitetaan kiireessä].",
        ],
        "hutaista|hutaistu": [
            "Kilpailijan raportti on [hutaistu] puolessa tunnissa.",
            "Nykyinen toimittajanne [hutaisee] tarkastukset.",
            "Muiden konsulttien [hutaistuissa] suunnitelmissa on aukkoja.",
        ],
        "tavoittamaton|saavuttamaton": [
            "Koetorin tuki on käytännössä [tavoittamattomissa].",
            "Nykyisen toimittajanne asiakaspalvelu on [tavoittamaton].",
            "Kilpailijan päivystäjät ovat usein [saavuttamattomissa].",
        ],
        "varoittava|pelottava esimerkki|tapaus|tarina": [
            "[Varoittava esimerkki]: Koetorin päivitys hävitti opiston merkinnät.",
            "Kilpailijanne asennus on [pelottava esimerkki] siitä, mitä kiire tekee.",
            "Nykyisen toimittajanne kanssa kävi [varoittava tapaus] viime keväänä.",
        ],
        "kauhutarina|kauhuesimerkki|kauhukertomus": [
            "Kuulin Koetorista [kauhutarinan] toisensa perään.",
            "Kilpailijan asiakkailla on [kauhutarinoita] riittämiin.",
            "Nykyisen toimittajanne käyttöönotoista kerrotaan [kauhukertomuksia].",
        ],
        "soveltua|kelvata =lainkaan|=ollenkaan|=yhtään|=mitenkään": [
            "Kilpailijan alusta on tehty monivalintoihin, eikä se [sovellu ammatilliseen "
            "arviointiin lainkaan].",
            "Kilpailijan ohjelma ei [kelpaa tähän ollenkaan].",
            "Nykyisen toimittajanne raportit eivät [sovellu mitenkään] tilintarkastukseen.",
        ],
    },
}

# (rule, sentence): the rule must not fire. The hard cases of each rule.
NEGATIVES: list[tuple[str, str]] = [
    # how another's work went, every time: a record, no promise
    (
        "unbacked-promise",
        "Vakuutusmäärät on kopioitu edellisestä vuodesta virheettömästi joka kerta.",
    ),
    # "siellä" is the place its own sentence named, not the maker named before
    (
        "competitor-bashing",
        "Hartsivalmistaja antaa pinnoitteelle oman viiden vuoden takuunsa. Oven edustan "
        "korjaus kannattaa tehdä ensin, koska siellä heikko pintakerros murenee nopeimmin.",
    ),
    # old systems as a kind, where a common problem happens
    (
        "competitor-bashing",
        "Muissa yrityksissä havaitsimme, että vanhoissa järjestelmissä lähteneiden "
        "työntekijöiden kortit jäävät usein aktiivisiksi.",
    ),
    # the seller's own cheaper option and what comes with it
    (
        "competitor-bashing",
        "Meiltä saatte pienen erän halvemmalla, ja toimitusaika on sen mukainen.",
    ),
    # things lost in a move, told of a peer that moved
    (
        "competitor-bashing",
        "Toinen yhtiö siirsi studion viimeisenä ja menetti viikon, kun mikrofonitelineet "
        "katosivat kuormaan.",
    ),
    # letters lost in the post, after a doorstep seller: a thing lost, no vendor's failing
    (
        "competitor-bashing",
        "Moni vaihtaa osoitteen vasta, kun ovelle ilmestyy kutsumaton myyjä tai laskuja alkaa "
        "kadota naapurin postilaatikkoon.",
    ),
    # a risk just described, pointed back at with a demonstrative
    (
        "unbacked-promise",
        "Liimattu sauma alkaa ajan myötä päästää vettä eristeeseen. Hitsattu lattia kestää "
        "päivittäiset painepesut ilman tätä riskiä.",
    ),
    # an insurer's routine question, told as what it does
    (
        "competitor-bashing",
        "Kun pihalla sattuu liukastuminen, vakuutusyhtiö kysyy ensimmäisenä, milloin alue on "
        "viimeksi hiekoitettu.",
    ),
    # a card really sent to a partner is told in the past
    ("competitor-bashing", "Lähetimme Kuittiolle kiitoskortin yhteisestä messuosastosta."),
    # thanks sent to the seller's own customers
    ("competitor-bashing", "Lähetämme asiakkaillemme joulun alla kiitoskortin."),
    # a softened simile of the reader's own situation, no rival near it
    ("competitor-bashing", "Kevään sesonki on vähän kuin viime vuonna, mutta varasto on pienempi."),
    # a comparative, not a simile: "enemmän kuin" counts
    ("competitor-bashing", "Kilpailijan kone on aika paljon kalliimpi kuin meidän."),
    # the condition first, then a fair recommendation of the rival
    (
        "competitor-bashing",
        "Jos teille riittää, että ALV-ilmoitukset, palkat ja tilinpäätös hoituvat, Numerokulma "
        "on järkevä valinta.",
    ),
    # a skill of its own without "-kin" only says the work is hard
    (
        "competitor-bashing",
        "Kilpailijan myyjät kertovat, että tarjouksen laatiminen on oma taitonsa.",
    ),
    # a partner rated by the seller's groups: the seller only gave the rating
    (
        "self-praise",
        "Illallisen valmistaa Pitopalvelu Jänkä, jonka poronkäristys sai viime talvena "
        "ryhmiltämme parhaat arviot.",
    ),
    # a doubling on days that come round every year is a pattern, no promise
    (
        "unbacked-promise",
        "- Ystävänpäivän ja äitienpäivän viikoilla myymälöidenne tunnit kaksinkertaistuvat",
    ),
    # a count that found nothing reports, it promises no outcome
    (
        "unbacked-promise",
        "Kävin läpi 40 hakua. Lupien myyntisivu ei näy yhdelläkään, vaikka luvat myydään "
        "juuri sinun kauttasi.",
    ),
    # the seller's own warranty terms: nothing fails, nobody is blamed
    (
        "competitor-bashing",
        "Jos pinnoite irtoaa ennen takuuajan loppua, korjaamme sen veloituksetta.",
    ),
    # a material that gives way with age betrays no one
    (
        "competitor-bashing",
        "Nykyisen isännöitsijänne hoitamissa 1980-luvun taloissa vedeneristys on pettänyt "
        "useassa kylpyhuoneessa.",
    ),
    # a name kept back for discretion, not contempt
    (
        "competitor-bashing",
        "Asiakas, jonka nimeä en voi mainita, säästi viime vuonna 12 000 euroa.",
    ),
    # waiting for the reader's or an authority's answer
    (
        "competitor-bashing",
        "Lähetin teille tarjouksen viime viikolla. Odotan vastaustanne edelleen.",
    ),
    (
        "competitor-bashing",
        "Lähetin kysymyksen Verohallintoon maanantaina. Odotan vastausta edelleen.",
    ),
    # waiting for a fault to go away: the seller's own refusal, or the trade's people
    (
        "competitor-bashing",
        "Emme jää odottamaan, että vika korjaantuu itsestään, vaan soitamme teille heti.",
    ),
    ("competitor-bashing", "Moni yrittäjä toivoo, että ongelma ratkeaa itsestään."),
    ("competitor-bashing", "Nykyinen toimittajanne ei odota, että vika korjaantuu itsestään."),
    # the ones not reached, named by a relative pronoun: the advertising's reach
    (
        "competitor-bashing",
        "Uudet kävijät ovat kesävaeltajia, joita teidän nykyinen talvipainotteinen mainontanne "
        "ei tavoita.",
    ),
    # a pastime that is dear, with no vendor before it
    ("competitor-bashing", "Purjehdus on kallis harrastus, mutta moni pitää siitä."),
    # "luova" of the reader's own work is praise
    ("competitor-bashing", "Kilpailijanne kehui markkinointitiimiänne luovaksi."),
    # a ranking of the reader's figures, no praise
    ("self-praise", "- Suosituin juoma maitokahvi (46 %), toisena musta kahvi (31 %)"),
    # information ages by itself
    (
        "competitor-bashing",
        "Nykyinen toimittajanne teki kartoituksen. Vanhentunut tieto näkyy hinnassa.",
    ),
    # a job too small on its own: the trade's economics, no indifference judged
    (
        "competitor-bashing",
        "Pienet taimikkokuviot jäävät hoitamatta, koska ne eivät yksinään kiinnosta urakoitsijoita.",
    ),
    # the reader's own plan grown old, no vendor judged
    (
        "competitor-bashing",
        "Nykyinen metsäsuunnitelmanne on laadittu vuonna 2015. Vanhentunut suunnitelma näkyy "
        "suoraan tuloissa.",
    ),
    # the adjective names an advantage of theirs, it vouches for nothing
    (
        "unbacked-promise",
        "Jos salinne tarvitsee siivousta yöllä, se on heidän selvä etunsa.",
    ),
    # their guarantee judged, not the writer's
    (
        "unbacked-promise",
        "Kerroit, että Helmisiivous tarjosi laatutakuuta. Sanon suoraan: heidän laatutakuunsa "
        "on tyhjää puhetta.",
    ),
    # what their brochure promises, reported
    (
        "unbacked-promise",
        "Vartiotorni hoitaa valvonnan. Heidän esitteessään luvataan ympärivuorokautista valvontaa.",
    ),
    # a surprise reported, no sarcasm
    (
        "competitor-bashing",
        "Kilpailijat laskuttivat ylimenevät käynnit erikseen, mikä yllätti monen hallituksen.",
    ),
    # literal waste in a customer case, no junk sold
    (
        "competitor-bashing",
        "Kahvilaketjussa illalla roskiin menneiden leivonnaisten määrä laski kolmanneksella.",
    ),
    # the field's most common kind of fraud, no vendor doing it
    (
        "competitor-bashing",
        "- Asiakkaan nimissä lähetetty tilinvaihtoilmoitus on alan yleisin huijaus",
    ),
    # the writer's own limits, owned up to
    ("competitor-bashing", "Mitä pystymme hoitamaan Levin kohteille – ja mitä emme."),
    # what decides instead of good will, no put-down
    ("competitor-bashing", "Sopimus määrää vasteajat, ei huoltoyhtiön hyvä tahto."),
    # a fair option, no knowing hedge
    (
        "competitor-bashing",
        "Kilpailijanne tarjoaa laitteet vuokralle. Sekin on yksi tapa hoitaa asia.",
    ),
    # the reader's own experience, no vendor in sight
    ("competitor-bashing", "Jos olet joskus odottanut huoltomiestä, tiedät, mistä puhun."),
    # whichever shop the reader uses: no result vouched for
    (
        "unbacked-promise",
        "Laakerien välysmittaus kannattaa jättää huoltoliikkeelle, olipa se mikä tahansa.",
    ),
    ("unbacked-promise", "- Laakerien välysmittaus: huoltoliike, olipa se mikä tahansa"),
    # a service record, not trouble gone for good
    (
        "unbacked-promise",
        "Jokaisesta vaihdosta jää merkintä huoltohistoriaan, jonka voitte näyttää maahantuojalle.",
    ),
    # what past work has shown, told as a finding
    (
        "unbacked-promise",
        "Kun olemme sovittaneet laatikkokokoja, yleisin löydös on ollut, että täytepaperin "
        "kulutus puolittuu.",
    ),
    # the best thing to do, advice
    (
        "self-praise",
        "Kokemuksemme mukaan paras mahdollisuus on hakea ihmisiä Vaasan energiayhtiöistä.",
    ),
    # the modal "voi", no cry of pity
    (
        "competitor-bashing",
        "Asiakasvirran käyttöönotto on nopeampi, joten kiire voi puoltaa heitä.",
    ),
    # a burden someone bears, not the writer's loaded question
    (
        "competitor-bashing",
        "Kilpailijanne Hintaviiva myy hyllylappuja. Asentaja joutuu usein kysymään tiskiltä, "
        "mitä tuote hänelle oikeasti maksaa.",
    ),
    # a rush others will be forced into
    (
        "competitor-bashing",
        "Kilpailijat ovat hitaampia. Voitte kertoa jo nyt sen, mitä muut joutuvat myöhemmin "
        "kokoamaan kiireessä.",
    ),
    # a passive of no party's thing is no one's neglect ("jonka" is the router's)
    (
        "competitor-bashing",
        "Kilpailijanne Sarvio myy reitittimiä. Reititin, jonka ohjelmistoa ei ole päivitetty "
        "vuosiin, on riski.",
    ),
    (
        "competitor-bashing",
        "Kilpailijanne Sarvio myy sovelluksia. Tukemme on juhannuksena tavoittamattomissa.",
    ),
    (
        "competitor-bashing",
        "Kilpailijanne Sarvio on hyvä. Varoittava esimerkki: yhdeltä asiakkaalta puuttui varmuuskopio.",
    ),
    (
        "competitor-bashing",
        "Kilpailijanne Sarvio myy kartoituksia. Teemme kartoituksen kiireellä, jos tarvitsette.",
    ),
    # discrepancies shown on screen, no result promised
    ("unbacked-promise", "Erot näkyvät heti, ja ne käsitellään ennen arvosanan lukitsemista."),
    # another party's way, told: no promise of the seller's
    (
        "unbacked-promise",
        "Huoltonne on Painevirta Oy:llä, ja Painevirran tapa ratkaista kaikki ongelmat on "
        "myydä isompi kompressori.",
    ),
    # "tietty" is "a certain", no participle of "tietää"
    ("competitor-bashing", "Konsultti ei kartoituksessaan suosittele mitään tiettyä palvelua."),
    # sympathy for a real loss
    (
        "competitor-bashing",
        "Kuulin kilpailijanne toimitusjohtajasta. Lämmin osanottomme hänen poismenonsa johdosta.",
    ),
    # a visit long ago said of one's own people, or a visit that did happen
    ("competitor-bashing", "Asentajamme eivät ole nähneet näin siistiä konehuonetta vuosiin."),
    ("competitor-bashing", "Kilpailijan myyjä on käynyt teillä vuosittain, kuten kerroitte."),
    # receipts that go missing, taken up by "ne" after the customers who collect them
    (
        "competitor-bashing",
        "Rakennusalan asiakkailla kuitteja kertyy satoja, ja juuri ne katoavat työmaalla.",
    ),
    # the customers a business serves, described, and a measured share of fitters
    ("competitor-bashing", "Muut toimistot eivät erottele myöhästeleviä asiakkaita ajoissa."),
    (
        "competitor-bashing",
        "Kävimme kilpailijan työmailla, ja niillä kolmasosa asentajista ei ymmärtänyt "
        "perehdytyksen keskeisiä kohtia.",
    ),
    # stale data moved or dropped, not an outdated firm
    (
        "competitor-bashing",
        "Moni yritys siirtää säännöt sellaisenaan, ja samalla siirtyvät vanhentuneet "
        "kustannuspaikat ja toimittajat.",
    ),
    ("competitor-bashing", "Pankin portaalissa vanhentunut versio poistuu kilpailijan jakelusta."),
    # a record in the perfect of the copula, and the best way to find out
    ("unbacked-promise", "Toimitukset ovat olleet poikkeuksetta ajallaan."),
    ("self-praise", "En osaa sanoa etukäteen, toistuuko kuvio. Se selviää parhaiten vertailulla."),
    # the seller's record, in the past, promises nothing
    ("unbacked-promise", "Olemme kasvaneet joka ikinen vuosi perustamisesta lähtien."),
    # reception measured, and a message marked as a possible fraud
    (
        "competitor-bashing",
        "Kuitulinja hoitaa verkkonne. Kuituyhteys on vakaampi, sillä hallissa "
        "matkapuhelinverkon kuuluvuus oli mittauksessamme heikko.",
    ),
    (
        "competitor-bashing",
        "Operaattorit ovat alkaneet merkitä rekisteröimättömiä lähettäjänimiä mahdollisiksi "
        "huijauksiksi.",
    ),
    # a measured quantity changing slowly: physics
    (
        "competitor-bashing",
        "Kilpailijan kuivaimet ovat kohteessa. Niitä voi siirtää sinne, missä kosteus laskee "
        "hitaimmin.",
    ),
    # work that lags is no vendor fallen behind
    (
        "competitor-bashing",
        "Kilpailijan niitto etenee 9 hehtaaria tunnissa, mutta haravointi ja ajo jäävät jälkeen.",
    ),
    # a season's pattern, in a compound of "kausi"
    (
        "unbacked-promise",
        "Moottoripyöräkaudella varausten määrä kaksinkertaistuu autokoulussasi muutamassa "
        "viikossa.",
    ),
    # a site named after its place is where, and what subcontractors complain of is not theirs
    (
        "competitor-bashing",
        "Kolmella Pihlajavaaran työmaalla aliurakoitsijat valittivat puutteellisista kylteistä.",
    ),
    (
        "competitor-bashing",
        "Kahdella Tervasalmen työmaalla kamerat sammutettiin puutteellisen tiedottamisen vuoksi.",
    ),
    # "few do it as well" measured against the reader or the seller
    (
        "competitor-bashing",
        "Kilpailija hoitaa huollon. Harva osaa yhtä hyvin hoitaa kylmäketjua kuin te.",
    ),
    ("competitor-bashing", "Harva toimittaja pystyy toimittamaan yhtä nopeasti kuin me."),
    # consolation of the reader, with no "but" after a rival's credit
    ("competitor-bashing", "Kilpailija hoitaa huollon. Eihän kaikkea voi tietää etukäteen."),
    # a reader asked to answer if they can at all: no party
    ("competitor-bashing", "Kilpailija on iso. Voisitteko vastata, jos ollenkaan ehditte?"),
    # no reason to change a working partnership: the reason is denied, not the working
    (
        "competitor-bashing",
        "Nykyinen toimittajanne on hoitanut kohdettanne hyvin, eikä toimivaa yhteistyötä "
        "ole syytä vaihtaa kevyin perustein.",
    ),
    # a plain good wish names no vendor
    ("competitor-bashing", "Voimia kevään kiireisiin! Kilpailijat ovat nyt myös liikkeellä."),
    # taking part in a fair, no condolences
    ("competitor-bashing", "Kilpailijat ovat mukana messuilla. Otamme osaa messuille myös itse."),
    # an apology for a real mistake in the offer sent, not for writing
    (
        "servile-tone",
        "Pahoittelen, että eilen lähettämässäni tarjouksessa vuokra oli laskettu väärin.",
    ),
    # a clause whose verb is left out: the old system is the reader's, set against the pilot
    (
        "competitor-bashing",
        "Kaksi autoasi ajoi huhtikuussa Ajovirran välityksellä ja kolme vanhalla järjestelmällä.",
    ),
    # "samalla" as "at the same time", not "the same old"
    (
        "competitor-bashing",
        "Chat vahvistaa samalla vanhan laitteen noudon. Teillä on chatissa käytössä Vastausvahti.",
    ),
    # a quoted phrase made the first part of an open compound is named, not held at a distance
    (
        "competitor-bashing",
        'Kilpailijan asiakkailla palautteen "vastaanottoa vaikea löytää" -maininnat loppuivat.',
    ),
    # a contract's remedy for a delay is a term of service, no delay blamed
    (
        "competitor-bashing",
        "Nykyisen toimittajanne sopimuksessa on viivästyksestä hyvitys 200 euroa vuorokaudelta.",
    ),
    (
        "competitor-bashing",
        "Nykyisen toimittajanne sopimuksessa viivästyksestä maksetaan korkolain mukainen "
        "viivästyskorko.",
    ),
    # the vendor being left, named by the system it supplied
    (
        "competitor-bashing",
        "Järjestelmävaihdoksissa on koko alalla sama ongelma: vanhan järjestelmän toimittaja "
        "luovuttaa tiedot yleensä yhtenä vientitiedostona.",
    ),
    # data that aged by itself, said after it
    (
        "competitor-bashing",
        "Nykyinen suunnitelmanne on vuodelta 2012, ja puustotiedot ovat vanhentuneet.",
    ),
    # nature's ecosystem, not a vendor's network
    ("vague-fluff", "Ravinnepäästöt kuormittavat Itämeren ekosysteemiä joka kesä."),
    # a rival's warranty told in a fair comparison, not the seller's promise
    (
        "unbacked-promise",
        "Jääpiste on vahvimmillaan huollossa. Kylmäkontrolli puolestaan antaa "
        "kompressoreille pisimmän takuun.",
    ),
    # "siitä" stands for the test result of its own sentence, not for the test named before
    (
        "competitor-bashing",
        "Helix kertoo, pääseekö höyry instrumenttien sisälle. Testin tulos pitää kuitenkin "
        "kirjata erätietoihin, muuten siitä ei ole tarkastuksessa hyötyä.",
    ),
    # the writer's humility about sellers' e-mails, no vendor blamed
    ("competitor-bashing", "Tiedän, ettei kukaan kaipaa myyjien viestejä, mutta tämä on lyhyt."),
    # data copied by hand between systems, no plagiarism
    (
        "competitor-bashing",
        "Signeon rinnalla kuluu 35 minuuttia sopimusta kohden, kun tiedot kopioidaan käsin.",
    ),
    # "joka kolmannelle": a share of past cases, not every one
    (
        "unbacked-promise",
        "Viime vuonna näin kävi noin joka kolmannelle, joten sijaisesta voi tulla syystekijä.",
    ),
    # thanks to the reader, to the seller's partner and to a person: no vendor thanked
    ("competitor-bashing", "Kiitos, että kerroitte nykyisestä toimittajastanne."),
    ("competitor-bashing", "Kiitos kumppanillemme Kuvavirta Oy:lle hyvästä yhteistyöstä."),
    ("competitor-bashing", "Kiitos Maija Virtaselle eilisestä esittelystä."),
    ("competitor-bashing", "Kiitos tapaamisesta Hotelli Sointulan aulassa viime torstaina."),
    ("competitor-bashing", "Jos kuitenkin joskus mitenkään ehtisitte, soitan Kivelän asiasta."),
    # the seller's own spare time, and a supplier praised for visiting more often
    (
        "competitor-bashing",
        "Kilpailija Kivelä tekee hyvää työtä, ja kun joskus ehdimme, autamme heitä.",
    ),
    (
        "competitor-bashing",
        "Nykyinen toimittajanne hoitaa huollon hyvin, ja joskus ehtii käydä useamminkin.",
    ),
    # records lost between systems, and the reader's settings copied in a migration
    ("competitor-bashing", "Kilpailijan järjestelmässä ruokavaliomerkinnät katoavat helpoimmin."),
    ("competitor-bashing", "Telvion jonosäännöt toimivat hyvin, ja ne kopioidaan sellaisinaan."),
    # the shop "whom it does not interest at all": another's indifference, no plea
    (
        "servile-tone",
        "Sellaista se on, kun tilaa halpahallista, jota ei kiinnosta yhtään, mitä se lähettää.",
    ),
    # a rival's offer was the cheapest: no praise of the seller's own
    ("self-praise", "Eräs taloyhtiö valitsi kilpailijamme, jonka tarjous oli edullisin."),
    # a suspect message reported in a phishing drill
    (
        "competitor-bashing",
        "Kilpailijan kurssilla epäilyttävän viestin ilmoittamiseen lisättiin painike.",
    ),
    # a record kept on paper, literally
    ("competitor-bashing", "Kilpailijan vanhemmissa koneissa huoltotieto on vain paperilla."),
    # perishables past their date at a named place: expired goods, no outdated firm
    (
        "competitor-bashing",
        "Kahvila Aallon varastossa vanhentuneiden pakkausten hävikki pieneni 40 eurolla.",
    ),
    # the seller's praise of itself is self-praise, not a put-down of others
    (
        "competitor-bashing",
        "Olemme Suomen paras trukkien jälleenmyyjä, ja huoltomme on alan nopein.",
    ),
    # an agency's work for the seller: a good advertisement made, no mockery
    (
        "competitor-bashing",
        "Mainostoimisto Vireo on tehnyt meille viime vuonna tehokkaan mainoksen.",
    ),
    # records copied as they are in a migration (a compound "-tieto", an apposition)
    (
        "competitor-bashing",
        "Kun Kassanetin asiakasrekisteri siirretään, potilastiedot, myös lääkitysmerkinnät, "
        "kopioidaan usein sellaisinaan uuteen järjestelmään.",
    ),
    # the reader's own time before the vendor's fitter arrives
    (
        "competitor-bashing",
        "Ratkaisevaa on se, mitä ehdit tehdä ennen huoltoliikkeen asentajan tuloa.",
    ),
    # worn parts changed only when they break, by whoever does it
    (
        "competitor-bashing",
        "Ero johtuu siitä, että tiivisteet vaihdetaan vasta rikkoutuessaan eikä "
        "valmistajan ilmoittaman syklimäärän jälkeen.",
    ),
    # delays headed off by the reader's kind, no vendor's
    (
        "competitor-bashing",
        "Moni metsäyhtiö kirjaa sopimuksiin etäseurannan, jotta viivästyksiin ehditään "
        "puuttua ajoissa.",
    ),
    # "this is no attempt to talk it down": the denial covers the infinitive
    (
        "competitor-bashing",
        "Heidän palvelunsa on toiminut teillä hyvin, eikä tämä viesti ole yritys puhua "
        "sitä huonoksi.",
    ),
    # hard water scales a part faster than soft: a comparison of conditions, no promise
    (
        "unbacked-promise",
        "Kovalla vedellä höyrystin kalkkeutuu aina nopeammin kuin pehmeän veden alueella.",
    ),
    # a storm's fallen trees reported to the insurers
    (
        "competitor-bashing",
        "Vakuutusyhtiöihin tuli tuhansia ilmoituksia kaatuneista puista ja rikkoutuneista aidoista.",
    ),
    # the reader's own risk in a tender, no vendor judged
    (
        "competitor-bashing",
        "Kilpailutuksessa puutteellinen aineisto voi pudottaa tarjouksen pois jo ennen hintoja.",
    ),
    # a share measured in a kind of firm, the reader's peers
    (
        "competitor-bashing",
        "Keskikokoisissa vakuutusyhtiöissä noin 17 % vahinkokuvista joudutaan pyytämään "
        "asiakkaalta uudelleen.",
    ),
    # the best spot on the reader's yard, in the seller's view
    (
        "self-praise",
        "Kävin eilen pihallasi, ja paras paikka olisi mielestäni huolto-oven vieressä.",
    ),
    # a machine's use measured during the rush, no one's time asked for
    ("servile-tone", "Soutulaite on käytössä vain kahdeksan minuuttia tunnissa ruuhkan aikana."),
    # the seller's copy of the e-mail to the reader's colleague
    ("competitor-bashing", "Kopioin viestiin isännöitsijänne, koska hän kysyi samasta asiasta."),
    # a pilot's result told in the negative past passive, not a promise
    (
        "unbacked-promise",
        "Kulutus laski kolmessa kuukaudessa 18 prosenttia, eikä yhtään kuormaa hylätty.",
    ),
    # what the seller's tool finds among others' offers
    (
        "self-praise",
        "Sovelluksemme näyttää kuljettajalle reitin varrelta edullisimman aseman.",
    ),
    # a way to sort shelves, not a vendor judged
    ("competitor-bashing", "Valmistajan mukaan järjestetty hylly on helppo täyttää ja hidas."),
    # the seller admires its own customers' nerve, and a method is the reader's own way
    (
        "competitor-bashing",
        "Ihailen asiakkaidemme rohkeutta kokeilla uutta. Teemme sen teidän tapaanne.",
    ),
    # the benefit does not depend on the vendor: no benefit is denied
    (
        "competitor-bashing",
        "Taitosillan alusta tukee samaa kirjautumista, joten hyöty ei riipu alustan toimittajasta.",
    ),
    # a rule another party sets, not the seller's promise
    ("unbacked-promise", "Messukeskus vaatii aina hygieniapassin kaikilta tarjoilijoilta."),
    ("unbacked-promise", "Laki edellyttää aina kirjallista sopimusta."),
    # a named rival's claim, told
    (
        "unbacked-promise",
        "Veroväylän palkanlaskijat ovat kokeneita. Veroväylä lupaa aina kaiken heti.",
    ),
    # the reader's own seasonal staff, late with their hours
    (
        "competitor-bashing",
        "Kun kausimyyjien tunnit tulevat myöhässä, ilmoitus jää helposti tekemättä.",
    ),
    # "että" with the conditional says what for: no promise made
    (
        "unbacked-promise",
        "Tulen vaikka myöhään illalla, ettei käynnistä olisi sinulle mitään vaivaa.",
    ),
    # a plain denial with the seller's own point after it, and a sincere big step
    (
        "competitor-bashing",
        "Emme väitä, että Opinreitti olisi huono. Kerromme omista tuloksistamme.",
    ),
    ("competitor-bashing", "Asiakkaanne siirtyivät verkkoon. Melkoinen harppaus teiltä!"),
    ("competitor-bashing", "Löysimme vian pelkästä sattumasta, kun mittasimme toista laitetta."),
    # the suppliers of the reader's customers, a trade's habit; lost and broken signs
    # counted; a measured share of a whole
    (
        "competitor-bashing",
        "Vanhaan osoitteeseen tulee laskuja kuukausia, koska asiakkaidenne toimittajat "
        "päivittävät rekistereitään hitaasti.",
    ),
    (
        "competitor-bashing",
        "Kun laskimme asiaa kahden välitystoimiston kanssa, kadonneiden ja rikkoutuneiden "
        "kylttien korvaaminen maksoi 1 400 euroa.",
    ),
    (
        "competitor-bashing",
        "Välitystoimistojen myyntikylteistä 27 % oli viime kesänä haalistuneita tai vinossa.",
    ),
    # a bay numbered one, and a rival's saddest joke, are no praise of the seller
    ("self-praise", "Suurin osa vaaratilanteista sattui ykköslaiturilla, jossa lastaus risteää."),
    ("self-praise", "Kokeilemme yhtä trukkia ykkösvuorossa kaksi viikkoa."),
    ("self-praise", "Kontiokierto on alan surullisin vitsi, kun laskut ovat arvoitus."),
    # a named rival's terms found fine: no promise of the seller's
    ("unbacked-promise", "Käytätte Lavakeskusta. Lavakeskuksen ehdoissa ei ole mitään vikaa."),
    # "voi" the verb, not the interjection of mock pity
    (
        "competitor-bashing",
        "Nykyinen toimittajanne voi teitä auttaa myös siirrossa, jos pyydätte sitä ajoissa.",
    ),
    # the vendor is known for one plain line of work, not for a failing
    (
        "competitor-bashing",
        "Kiiltopiste on Kotkaniemen vanhin siivousyritys. Heidät tunnetaan lähinnä "
        "sairaaloiden siivoajana.",
    ),
    # the writer declines to judge what it does not know
    (
        "competitor-bashing",
        "Edellinen toimittajanne hoiti huollot kolme vuotta. En tunne edellisen "
        "toimittajanne sopimusta, joten en osaa sanoa siitä mitään.",
    ),
    # water, not a vendor, escapes or goes missing
    (
        "competitor-bashing",
        "Ruskolan kaltaisissa verkostoissa puolet vuotovedestä karkaa alle kymmenestä "
        "prosentista putkimetreistä.",
    ),
    (
        "competitor-bashing",
        "Kuusiniemen Veden raportista näkyy 60 000 kuutiota vettä, joka katoaa verkostoon.",
    ),
    (
        "competitor-bashing",
        "Rivitaloyhtiöissä saunan avain on hukassa keskimäärin kahdesti vuodessa.",
    ),
    # an option's outcome, said of the relative clause's own subject
    (
        "self-praise",
        "Vaihtoehtoja on kolme: 3. Koko valaistuksen uusiminen kerralla, jolloin asennus on "
        "nopein ja neliöhinta edullisin.",
    ),
    # a brave decision reported, or the reader's own praised
    # "none of them" in a statement counts the contracts, it doubts no one
    (
        "competitor-bashing",
        "Asianajajanne laati sopimukset. Ne ovat selkeitä: yksikään niistä ei ole päätynyt "
        "oikeuteen.",
    ),
    # "happens to be" with its -mAAn verb is chance
    (
        "competitor-bashing",
        "Kilpailijanne asiakkaat syövät lounaan siellä, missä kukin sattuu olemaan.",
    ),
    # a plain denial without "of course" stays a denial; "sanoa" tells the reader's choice
    (
        "competitor-bashing",
        "Emme väitä, että kilpailijanne olisi huono, mutta meillä raportti tulee viikoittain.",
    ),
    ("competitor-bashing", "En tietenkään sano, että teidän kannattaisi vaihtaa toimittajaa."),
    # a difference that is not much is a measure; the writer's own purpose is no trick
    ("competitor-bashing", "Ero kilpailijan hintaan ei ole kummoinen."),
    (
        "competitor-bashing",
        "Teimme tarjouksen kilpailijan pohjalta, jotta hinta näyttää hyvältä myös hallitukselle.",
    ),
    # granted without the ironic "kind of": an option weighed
    (
        "competitor-bashing",
        "Kilpailijanne vuokraa laitteet kuukausimaksulla. Onhan sekin yksi vaihtoehto.",
    ),
    # the reader's own customers asked; the seller's own customers ranked
    (
        "competitor-bashing",
        "Kilpailijanne avasi myymälän Ouluun. Kysykää vaikka asiakkailtanne, huomasivatko he sen.",
    ),
    ("competitor-bashing", "Kilpailijanne on iso. Meillä ei ole tärkeämpiä asiakkaita kuin te."),
    # "varmaan" is "probably": a guess, no certainty handed over
    ("unbacked-promise", "Jos toimittaja on jo valittu, tiedätte varmaan itse, mitä saatte."),
    ("unbacked-promise", "Saatte varmaan tarjouksen myös muilta, ja se on hyvä."),
    # "nobody does it better" boasts of the seller, it runs no rival down
    ("competitor-bashing", "Alan pesuloista kukaan ei pese työvaatteita paremmin kuin me."),
    ("competitor-bashing", "Laatumme on tasoa, jota yksikään kilpailija ei pysty haastamaan."),
    ("competitor-bashing", "Kukaan muu toimittaja ei toimita nopeammin kuin me."),
    ("competitor-bashing", "Kilpailijanne teki rohkean ratkaisun ja avasi myymälän Ouluun."),
    ("competitor-bashing", "Avasitte myymälän Ouluun. Rohkea ratkaisu, ja se on kannattanut."),
    # the one made to wait is no vendor judged, nor is an authority
    ("competitor-bashing", "Kilpailijat joutuvat odottamaan osia viikkoja."),
    ("competitor-bashing", "Moni joutuu odottamaan viranomaisen päätöstä kuukausia."),
    (
        "competitor-bashing",
        "Moottoria joutuu nyt odottamaan tehtaalta jopa kolme viikkoa, kun vuosi sitten se tuli "
        "viikossa.",
    ),
    # an "epä-" word that judges nothing, or judges no party
    ("competitor-bashing", "Kilpailijanne käyttää epävirallista mallia."),
    ("competitor-bashing", "Mittaus voi olla epätarkka, jos laite on kylmä."),
    (
        "competitor-bashing",
        "Monesta sopimuksesta kohta puuttuu, jolloin vastuu alihankkijan virheistä jää "
        "epäselväksi.",
    ),
    # the one made to ask again is no vendor at fault
    ("competitor-bashing", "Moni tilitoimisto joutuu karhuamaan laskuja uudelleen."),
    ("competitor-bashing", "Kilpailijat joutuvat odottamaan osia monta viikkoa."),
    # the reader's own trade as a plural setting, in a message to one of its kind
    (
        "competitor-bashing",
        "Mainostoimistoissa ulkopuoliset tekijät ovat usein heikoin kohta, koska he pääsevät "
        "toimistollanne jaettuihin kansioihin.",
    ),
    (
        "competitor-bashing",
        "Teemme tietoturvakoulutuksia pienille toimistoille. Arkkitehtitoimistoissa iso riski "
        'ovat jakolinkit: huijari lähettää viestin "piirustukset odottavat kommenttejasi", ja '
        "linkki vie kirjautumissivulle.",
    ),
    # a clause after "joten" the parser hung on the verb as a relative clause
    (
        "competitor-bashing",
        "Tilitoimistoissa käsitellään päivittäin verotietoja, joten yksi huolimaton klikkaus "
        "voi tulla kalliiksi.",
    ),
    # a foreign word glossing a noun, or given as an example of it, is no firm
    (
        "competitor-bashing",
        "Laskunäkymässä termit vaihtelevat. Teitittely (Sie) koko sovelluksessa, toisin kuin "
        "monessa suomalaisessa sovelluksessa.",
    ),
    (
        "competitor-bashing",
        "Kysyin asiantuntijaltanne, mikä on vaikeinta. Hän mainitsi raporttipohjat. Saksalaiset "
        'talousjohtajat odottavat, että termit, kuten "Umsatzkostenverfahren", ovat täsmälleen '
        "samoja kuin heidän omassa tilinpäätöksessään.",
    ),
    # "miten" after "jos" asks how, it begs for nothing
    ("servile-tone", "Jos haluatte nähdä, miten viive toimii meillä, ehdotan palaveria."),
    # one client at a time is no learning at the client's cost
    (
        "competitor-bashing",
        "Kasvuvaiheessa tiliöinti vie aikaa, koska toimittajien tilit pitää opetella asiakas "
        "kerrallaan.",
    ),
    # the fraudster as the threat, not a name called
    ("competitor-bashing", "Kilpailijanne asiakkaiden tilit ovat huijarille kiinnostava kohde."),
    ("competitor-bashing", "Isojen ketjujen asiakasrekisterit ovat huijareille kiinnostavia."),
    # an effort, not a result promised
    ("unbacked-promise", "Hoidamme torjuntaa monille asiakkaille, ja yritämme aina parhaamme."),
    ("unbacked-promise", "Yritän aina parastani, kun aikataulu on tiukka."),
    # a standard names a kind of product, not its maker ("ATEX-trukki")
    (
        "competitor-bashing",
        "Huoltamissamme varastoissa joka neljännestä ATEX-trukista löytyi ensimmäisessä tarkastuksessa puutteellinen suojaus.",
    ),
    # a fair is where we met, not a vendor "niitä" could point back to
    (
        "competitor-bashing",
        "Kiitos keskustelusta Logistiikkamessuilla. Tavallinen määräaikaishuolto ei kuitenkaan aina tarkista niitä, ja silloin trukin hyväksyntä voi olla voimassa vain paperilla.",
    ),
    # ", mikä" sums up the clause before it: the costs are no fault of the maker named there
    (
        "competitor-bashing",
        "Akkujen elinikä lyhenee, koska niitä ladataan useammin kuin valmistaja suosittelee, mikä näkyy parin vuoden päästä yllättävinä vaihtokuluina.",
    ),
    # the writer gives up competing: "meidän" is the one who would not even try
    (
        "competitor-bashing",
        "Koneenne huoltaa Kahvikone-Kallio, ja he tuntevat italialaiset koneet läpikotaisin, eikä meidän kannata edes yrittää kilpailla heidän kanssaan.",
    ),
    (
        "competitor-bashing",
        "Emme edes yritä kilpailla heidän kanssaan hinnalla, vaan huollon nopeudella.",
    ),
    # the reader's former provider, and hearsay, promise nothing of the seller's
    ("unbacked-promise", "Edellinen tutkijanne ei olisi koskaan löytänyt välipohjan ongelmaa."),
    (
        "unbacked-promise",
        "Taulukko toimii kuulemma moitteetta aina, kun sen tekijä ei ole lomalla.",
    ),
    # leaving the reader alone is a plea, and a "value promise" is a buzzword
    ("unbacked-promise", "Lupaan olla vaivaamatta teitä enempää, jos aihe ei kiinnosta."),
    ("unbacked-promise", "Tulevaisuuden kestävä arvolupauksemme on koottu yhdelle sivulle."),
    # a record of how a former vendor did, not a promise
    (
        "unbacked-promise",
        "Edellinen kumppaninne hoiti ainakin yhden asian: laskut tulivat aina ajallaan.",
    ),
    # the date label on food is no ranking
    ("self-praise", "Parasta ennen -päiväykset ovat korkeissanne nyt päivän tarkkuudella."),
    ("self-praise", "Merkintä parasta ennen 12.3. näkyy korkissa huonosti."),
    # the best and the worst of a measured range, and the reader's own best
    (
        "self-praise",
        "Viime talvena asiakkaidemme autoissa parhaan ja heikoimman kuljettajan kulutuksessa oli 18 prosentin ero.",
    ),
    ("self-praise", "Se on myös yksi kauppanne parhaista myyntityökaluista."),
    (
        "self-praise",
        "Kävin viime viikolla kaupassasi, ja kalatiskisi on rehellisesti sanottuna kaupungin paras.",
    ),
    # the quickest gain is the reader's, ranked among measures
    ("self-praise", "Nopein säästö ilman investointia tulee ilmanvaihdon käyntiajoista."),
    ("self-praise", "Suurimman hyödyn saatte yöajon lopettamisesta."),
    # the seller's own choice praised on a condition
    (
        "competitor-bashing",
        "Järjestelmämme on toki hyvä valinta, jos tarvitsette raportit päivittäin.",
    ),
    (
        "competitor-bashing",
        "Olemme päättäneet raportoida päivittäin. Hieno linjaus, jos asiakkaat lukevat niitä.",
    ),
    # the seller's own or the reader's people never having mastered something
    ("competitor-bashing", "Emme ole koskaan osanneet myydä itseämme."),
    (
        "competitor-bashing",
        "Kuljettajat eivät osanneet koskaan ennustaa ruuhkia, ennen kuin otimme seurannan käyttöön.",
    ),
    # what the vendor knows, said in its favour
    (
        "competitor-bashing",
        "Päivitys nykyisen toimittajan kanssa: koodi on heille tuttu ja lisenssit valmiina.",
    ),
    # what is familiar to the reader's customers
    ("competitor-bashing", "Asiakkaanne tuntevat mobiilimaksun, ja se on heille tuttua arjesta."),
    # applause for the reader's own team
    ("competitor-bashing", "Tiiminne voitti alueen kilpailun. Hieno suoritus teiltä!"),
    # a question of interest with no vendor before it
    ("competitor-bashing", "Onko teillä koskaan ollut katkoja viikonloppuna?"),
    ("competitor-bashing", "Uusi asetus tuli voimaan. Kenen etua se palvelee?"),
    # a condition with no vendor in sight
    ("competitor-bashing", "Tämä malli on varmasti hyvä, jos tila on pieni."),
    # items picked by rank: a count before the superlative
    ("self-praise", "Ehdotan kauppaa, jossa on aluksi sata suosituinta lankaa."),
    ("self-praise", "Tuomme näytille kolme myydyintä malliamme."),
    # a peak of a measured quantity in a trade is no top rank of the seller
    (
        "self-praise",
        "Viime jouluna kahvialan verkkokauppojen kuormitushuippu oli asiakkaillamme "
        "nelinkertainen.",
    ),
    # a count in digits picks items by rank too
    ("self-praise", "Hinnoittelemme 25 suosituinta tuotetta uudelleen."),
    ("self-praise", "Päivitämme 30 suosituimman tuotteen kuvat."),
    # a promise kept small on purpose
    ("unbacked-promise", "Lupaamme vain sovitun purkuajan satamassa."),
    # a pronoun standing for another party named in the sentence before
    (
        "unbacked-promise",
        "Isot ketjut ovat varmasti tehokkaita. Ainakin laskutus toimii niillä aina moitteetta.",
    ),
    (
        "unbacked-promise",
        "Moni tehdas on siirtynyt isoille ketjuille. Ne lupaavat aina nopean palvelun.",
    ),
    # full protection as a fact of the field or of a thing, not promised to anyone
    ("unbacked-promise", "Mikään verkko ei ole täysin suojattu."),
    ("unbacked-promise", "Heillä kaikki näyttää aina olevan kunnossa."),
    # a report of how it went: the past, not a 2nd-person imperative
    ("unbacked-promise", "Laskutus sen sijaan toimi moitteetta."),
    ("unbacked-promise", "Huolsimme hissit keväällä, eikä kesällä tullut yhtään katkoa."),
    (
        "unbacked-promise",
        "Sopisiko teille 20 minuutin puhelu? Lupaan pitää sen lyhyenä enkä vie aikaanne "
        "enempää kuin on pakko.",
    ),
    ("unbacked-promise", "Viime talvena kaikki toimi aina moitteetta."),
    ("unbacked-promise", "Raporteissa kaikki vaikuttaa olevan aina valmiina."),
    ("unbacked-promise", "Kaikki tuntuu heillä olevan aina hoidossa."),
    ("unbacked-promise", "Ovi on täysin suojattu sateelta."),
    # what another party is known for, even under a bare name, is theirs
    ("unbacked-promise", "Virtaset ovat tunnettuja siitä, että lasku tulee aina ajallaan."),
    # a season sold out, told as a pattern, promises nothing
    ("unbacked-promise", "Kesän liput myydään loppuun yleensä toukokuussa."),
    # a concession with no turn grants a fact
    (
        "competitor-bashing",
        "Tiedän, ettei minunlaiseni myyjän viesti ole päiväsi tärkein asia, joten en viitsi vaivata sinua pitkään.",
    ),
    (
        "competitor-bashing",
        "Karttojen käyttö kaatuu usein siihen, että urakoitsijan levitin ei lue karttaa.",
    ),
    (
        "competitor-bashing",
        "Tuuraaja ei tunne asiakkaan tavallisia toimittajia eikä tiedä, miltä oikea maksupyyntö näyttää.",
    ),
    ("competitor-bashing", "Moni kilpailijan asiakas on siirtynyt meille."),
    ("competitor-bashing", "Kilpailijanne laitteisiin voi luottaa, ja heidän lupauksensa pitävät."),
    ("competitor-bashing", "Käytätte Kassavirran ohjelmaa. Ihan kelpo ohjelma."),
    ("competitor-bashing", "Autamme siellä, missä kilpailijat eivät ehdi."),
    (
        "competitor-bashing",
        "Liian suuri sopimusteho maksaa yhtiölle turhaan satoja euroja vuodessa.",
    ),
    (
        "competitor-bashing",
        "Nykyisen huoltoyhtiönne sopimukseen ei tarvitse koskea. Ehdotan sen rinnalle pelkkää "
        "hyllytarkastusta.",
    ),
    (
        "competitor-bashing",
        "Hoitamillamme operaattoreilla joka neljäs puhelu koskee sitä, milloin vanha liittymä "
        "lakkaa toimimasta.",
    ),
    (
        "competitor-bashing",
        "Nykyisessä rasiassanne on liimattu ikkuna. Kuluttaja ei yleensä jaksa irrottaa sitä.",
    ),
    (
        "competitor-bashing",
        "Valmistaja lopettaa varaosien toimitukset ensi kesänä. Jos kone hajoaa sen jälkeen, "
        "korjaus voi viedä viikkoja.",
    ),
    (
        "competitor-bashing",
        "Oulun suurimpana isännöintitoimistona näette valitukset ensimmäisinä. Oulun kohteissa "
        "valitukset koskivat kuraa. Toimisto Oulun keskustassa palvelee arkisin.",
    ),
    ("competitor-bashing", "Kilpailijanne hinta on kieltämättä edullinen."),
    # an official grade quoted is cited, not held at a distance
    (
        "competitor-bashing",
        'Kolme kilpailevaa meijeriä sai viime vuonna Oiva-raporttiinsa arvosanan "korjattavaa" tuholaisseurannasta.',
    ),
    (
        "competitor-bashing",
        'Nykyisen toimittajanne kohteiden Oiva-arviot: 12 "oivallista" ja 2 "hyvää".',
    ),
    # someone's new practice of asking is news, not a question to set the vendor
    (
        "competitor-bashing",
        "Vakuutusyhtiöt ovat viime vuosina alkaneet kysyä vesivahinkojen yhteydessä, milloin katto on viimeksi tarkastettu.",
    ),
    # the reader's former employee is no former vendor ("entinen tekijä")
    (
        "competitor-bashing",
        "Hälytys meni entisen työntekijän sähköpostiin, eikä kukaan nähnyt sitä.",
    ),
    # a counted sample of firms, its numeral hung on the participle, singles none out
    (
        "competitor-bashing",
        "12 seuratussa tilitoimistossa oli talvella viisi varmistuskatkoa. Hälytys meni tyhjään postilaatikkoon, eikä kukaan nähnyt sitä.",
    ),
    # requests sent to the reader's IT department name where they go, not who errs
    (
        "competitor-bashing",
        "Niissä kunnissa salasanojen nollauspyynnöt tietohallintoon ovat vähentyneet kolmanneksella, koska epäilyttävistä viesteistä ilmoitetaan ajoissa.",
    ),
    # investing shows in quality: praise, not the cheapest's work
    ("competitor-bashing", "Kilpailijanne panostaa koulutukseen, ja se näkyy laadussa."),
    # a backup copy in another place, not copies of each other
    (
        "competitor-bashing",
        "Nykyinen toimittajanne säilyttää varmuuskopiot Rovaniemellä, ja vakuutusyhtiöt kysyvät, onko kopio toisella paikkakunnalla.",
    ),
    # the low bar without its "että": the reader's own judgement
    ("competitor-bashing", "Jos nykyinen toimittajanne riittää teille, en vie aikaanne enempää."),
    # "kukaan heistä" of the reader's own staff; the invoice of the seller
    (
        "competitor-bashing",
        "Työntekijänne ovat kiireisiä. Onko kukaan heistä käynyt ensiapukurssilla?",
    ),
    ("competitor-bashing", "Lasku tulee aina ajallaan kuun ensimmäisenä päivänä."),
    # novices told about as a group; invoices paid by the reader
    (
        "competitor-bashing",
        "Kilpailijoiden kokemuksen mukaan moni harjoittelija tekee päätöksen elokuussa.",
    ),
    (
        "competitor-bashing",
        "Muut työt vievät aikaa. Siksi on tärkeää, että laskut maksetaan ajallaan.",
    ),
    # "have they ever" of the reader's own staff
    ("competitor-bashing", "Työntekijänne ovat kiireisiä. Ovatko he koskaan käyneet kurssilla?"),
    # a bland headline is no rival's product
    ("competitor-bashing", "Mitäänsanomaton otsikko jää lukematta."),
    # a concession of skill with no vendor
    ("competitor-bashing", "Asentajamme ovat kyllä taitavia löytämään vian nopeasti."),
    # "ei ole niitä asioita, jotka…" is said of a matter, not of the seller
    ("competitor-bashing", "Tämä ei ole niitä asioita, jotka ratkeavat hetkessä."),
    (
        "competitor-bashing",
        "Miksi jotkut asiakkaat valitsevat kuukausihinnan? Kassavirta pysyy tasaisena.",
    ),
    ("competitor-bashing", "Haalea kahvi on palaverien yleisin valitus."),
    ("competitor-bashing", "Asiakkaiden kiinnostus loppuu, jos sivu latautuu hitaasti."),
    ("competitor-bashing", "Ette ole niitä asiakkaita, jotka tarvitsevat kaiken valmiina."),
    # the same words without a vendor named just before, or against a belief
    ("competitor-bashing", "Kuinka paljon aikaa listoihin kuluu viikossa? Arvaan vastauksen."),
    ("competitor-bashing", "Kukapa ei haluaisi säästää sähkössä?"),
    ("competitor-bashing", "Toisin kuin monet luulevat, huolto ei maksa paljon."),
    # a business named by its work, then a verdict on the reader's own devices
    (
        "competitor-bashing",
        "Kilpinen on huoltanut keskuksia hyvin, mutta laitteet ovat vanhentuneita.",
    ),
    # "heille" are the reader's new hires, no vendor carried on
    (
        "competitor-bashing",
        "Teillä aloittaa kahdeksan uutta myyjää, ja hankitte heille autot. Sopimuksissa on "
        "ehto. Jos kuljettaja ajaa huolimattomasti, kasko ei korvaa vahinkoa.",
    ),
    # a backlog's open items are no half-done product
    (
        "competitor-bashing",
        "Kilpailijanne asiakaslehden mukaan keskeneräisten työmääräysten määrä laski.",
    ),
    # skew measured is physics, not a verdict
    (
        "competitor-bashing",
        "Kahdella muulla valmistajalla hitsauksen lämpö vetää reiät 0,4 millimetriä vinoon.",
    ),
    # a grade and those below it on a scale
    (
        "competitor-bashing",
        "Kilpailijanne tarkasti 23 siltaa, joista 9 on kuntoluokassa 3 tai huonompi.",
    ),
    # what a check or channel fails to reach is its reach, not a vendor out of reach
    ("competitor-bashing", "Huoltoyhtiön kuukausikäynti ei tavoita nopeasti etenevää vikaa."),
    ("competitor-bashing", "Kilpailijanne ilmoitusportaalit eivät tavoita nuoria asentajia."),
    # a plea to be quick is no guarantee
    ("unbacked-promise", "Voisinko soittaa tiistaina? Lupaan olla mahdollisimman nopea."),
    # nobody waiting for a sales message is the writer's humility
    ("competitor-bashing", "Tiedän, ettei kukaan odota myyjien viestejä."),
    # a promise made before, named by its agent participle
    ("unbacked-promise", "Pahoittelen, että vertailu viivästyi lupaamastani."),
    # messages in the plural are a kind of thing, not this one belittled
    ("servile-tone", "Turhat viestit heikentävät kuljettajien luottamusta aikatauluun."),
    # the number one the seller makes of the reader is a promise, not praise of the seller
    ("self-praise", "Nostamme klinikkanne ykköseksi tärkeimmillä hakusanoilla."),
    # "parhaaksi nähdä" is to deem best, a choice left to the reader
    ("self-praise", "Voimme jatkaa ihan miten itse parhaaksi näet."),
    ("self-praise", "Toimimme niin kuin parhaaksi katsotte."),
    # "ei juuri mitään" is "hardly any", an estimate
    ("unbacked-promise", "Uusiin laitteisiimme ei synny juuri mitään vaurioita."),
    ("unbacked-promise", "Takuumme piiriin ei kuulu juuri mikään vaurio."),
    # work in progress, as the bank asks of a builder's books
    (
        "competitor-bashing",
        "Nykyisen tilitoimistonne raportista näkyy keskeneräisten urakoiden kate.",
    ),
    ("competitor-bashing", "Miksi ihmeessä maksaisitte turhasta lisenssistä?"),
    # a working system granted before the point is made: a fair concession
    (
        "competitor-bashing",
        "Nykyinen järjestelmänne on sinänsä toimiva, mutta raportit tehdään käsin.",
    ),
    ("competitor-bashing", "Ei pahalla, mutta lähetän teille vielä yhden muistutuksen."),
    ("competitor-bashing", "Tiimimme on operaattoreille Suomen paras myymään lisäpalveluja."),
    # an assurance reported from the past, and "vakuuttaa" as insuring
    ("unbacked-promise", "Asiakkaamme vakuuttivat, että palvelu toimi koko talven."),
    ("unbacked-promise", "Vakuutamme kiinteistönne koko jälleenrakennusarvosta."),
    # a forecast of no one's, and a deadline with its remedy
    ("unbacked-promise", "Kevät tulee varmasti ajallaan."),
    (
        "unbacked-promise",
        "Toimitamme tavarat varmasti ajallaan, tai hyvitämme 5 % tilauksen arvosta.",
    ),
    # unsold goods left on the shelf, no verdict on a vendor
    ("competitor-bashing", "Kilpailijoiden tuotteita jää hyllyyn, kun päiväys lähestyy."),
    # a market's past, not a promise
    ("unbacked-promise", "Sähkön hinta laski pysyvästi vuonna 2023."),
    # most cases, not all; only on a condition; the reader's own guarantee imagined
    ("unbacked-promise", "Suurin osa muutoista sujuu ilman ongelmia."),
    ("unbacked-promise", "Useimmat asiakkaat saavat vastauksen aina heti."),
    ("unbacked-promise", "Käyttöönotto sujuu ilman ongelmia vain, jos tunnukset ovat valmiina."),
    (
        "unbacked-promise",
        "Jos allekirjoittaisitte ehdon sellaisenaan, takaisitte tilaajalle virheettömän työn.",
    ),
    # what follows from the arrangement just described
    (
        "unbacked-promise",
        "Latausaikojen muutos voidaan tehdä vaiheittain, jolloin vuorojen töihin ei tule katkoja.",
    ),
    # a denied promise about rivals' ads, cows milked by hand, a figure "mostly" means
    ("competitor-bashing", "Emme voi luvata, että kilpailijoiden mainokset katoavat."),
    ("competitor-bashing", "Kilpailijoiden tiloilla katko tarkoitti lehmien lypsämistä käsin."),
    (
        "competitor-bashing",
        "Kilpailijanne uusi hinnasto tarkoittaa lähinnä 10 prosentin korotusta pienille tilauksille.",
    ),
    # the reader's own well-known name draws fraudsters
    (
        "competitor-bashing",
        "Tunnettu nimi houkuttelee huijareita, ja pankin nimissä soitetaan yhä useammin.",
    ),
    # the writer's own forgetting; a customer's claim doubted; a café the writer visited
    ("competitor-bashing", "Olin ilmeisesti unohtanut liitteen, pahoittelen."),
    ("competitor-bashing", "Asiakas on muka jo maksanut laskun, mutta rahaa ei näy tilillä."),
    (
        "competitor-bashing",
        "Vierailin eilen Ravintola Kuusessa, ja maksupääte jumitti kolmesti saman jonon aikana.",
    ),
    # a disclaimer about the market, a question with no rival in it
    ("competitor-bashing", "En väitä mitään varmaa, mutta hinnat saattavat nousta ensi vuonna."),
    ("competitor-bashing", "Eikö olekin hienoa, että asiakkaat löytävät teidät nyt verkosta?"),
    ("competitor-bashing", "Onko sattumaa, että tilaukset kasvavat aina keväällä?"),
    # a kind of promise, said of the rival's habits; a guarantee with its remedy
    ("unbacked-promise", "Onhan sekin eräänlainen palvelulupaus."),
    (
        "unbacked-promise",
        "Takaamme, että rikkoutunut laite vaihdetaan seuraavana arkipäivänä, ja jos vaihto "
        "myöhästyy, kuukausimaksu jää perimättä.",
    ),
    # a rival's brochure quoted, not judged
    (
        "competitor-bashing",
        'Erään toisen tarjoajan esitteessä luvataan "kaikki valmiina aina heti".',
    ),
    # a person's surname after a first name is no firm
    (
        "competitor-bashing",
        "Pekka Salon isännöimien kolmen taloyhtiön arkistoista löytyi 14 osakekirjaa, joiden "
        "oletettiin kadonneen.",
    ),
    # "even if it worked perfectly": a concession supposed, not a promise made
    (
        "unbacked-promise",
        "Kunnan mittaama rasvapitoisuus nousee, vaikka rasvanerotin toimisi moitteettomasti.",
    ),
    # what no one in the market offers is a gap, not anyone's failing
    (
        "competitor-bashing",
        "Viikonloppuisin iltajakelua ei tarjoa kukaan alueen kylmäkuljettajista.",
    ),
    # the crime named, no doer: what the training teaches to spot
    ("competitor-bashing", "Valmennamme asianajotoimistojen henkilöstöä tunnistamaan huijauksia."),
    # the bank is the one impersonated, its "confirmation" the fraudster's
    (
        "competitor-bashing",
        'Huijari soittaa perään ja esittäytyy pankin virkailijaksi, joka "vahvistaa" uuden '
        "tilinumeron.",
    ),
    # the seller's own staff doing their best
    ("competitor-bashing", "Asentajamme tekevät parhaansa joka keikalla."),
    # a price stated is no nickel-and-diming
    ("competitor-bashing", "Nykyinen matkatoimistonne veloittaa 18 euroa jokaisesta lipusta."),
    # "joka kolmas" is "every third" of the customers, not a clause on the vendor
    (
        "competitor-bashing",
        "Yrittäjistä, jotka siirtyivät Tilikirjaan viime vuonna, joka kolmas huomasi "
        "jättäneensä vähennyksen tekemättä.",
    ),
    ("competitor-bashing", "Kilpailijan koulutus ei ole pelkkää luennointia."),
    # the strongest suit told, not denied
    ("competitor-bashing", "Kilpailijan vahvin alue on ollut dokumentointi."),
    # against an earlier time, not a vendor
    ("competitor-bashing", "Nykyinen toimittajanne hoitaa tilaukset nyt toisin kuin ennen."),
    # nobody leaving is a retention claim
    ("competitor-bashing", "Asiakkaanne pysyvät – yksikään ei vaihda myyjää kesken kauden."),
    ("competitor-bashing", "Asiakkaanne pysyvät, eikä kukaan vaihda toimittajaa kesken kauden."),
    # a demand on figures, no warning about people
    ("competitor-bashing", "Nykyisen toimittajanne mittausten pitää olla tarkkoja."),
    # the seller's own billing
    ("competitor-bashing", "Olemme tarkkoja laskutuksessa, toisin kuin ehkä odotatte."),
    # printed wording cited, not held at a distance
    (
        "competitor-bashing",
        "Pankkien lahjoissa on yleistynyt painatus ”ympäristöystävällinen valinta”.",
    ),
    ("competitor-bashing", 'Kilpailijan pakkauksissa on teksti "kotimainen laatu".'),
    # a part of something lost is no vendor vanishing
    ("competitor-bashing", "Moni ketju lyhensi kyselyään, mutta osa vertailtavuudesta katosi."),
    # measured, and the best of a comparison's row of figures
    (
        "self-praise",
        "Asiakkaillamme vaihto tuottaa keskimäärin kolme kertaa enemmän palautetta kuin mikään "
        "muu muutos.",
    ),
    ("self-praise", "Vertailukuntien mediaani 39 kWh, paras 31 kWh."),
    # a vendor's interest told, not denied; a guess of the writer's own
    ("competitor-bashing", "Kilpailijalla on suuri kiinnostus pieniin kohteisiin."),
    ("competitor-bashing", "En halua arvostella nykyistä toimittajaanne."),
    # the vendor's level told by a figure, in praise
    ("competitor-bashing", "Kilpailijan 98 %:n toimitusvarmuus kertoo paljon heidän laadustaan."),
    ("competitor-bashing", "Arvaukseni on, että kilpailija laskee hintojaan."),
    # what the vendor has fixed, told
    ("competitor-bashing", "Kilpailija on korjannut vian ja päivittänyt ohjelman vuosittain."),
    # in the passive, no one's neglect
    (
        "competitor-bashing",
        "Operaattorin reitittimen ohjelmistoa ei ole päivitetty vuosiin, kertoi kilpailija.",
    ),
    # a market's past told, not promised
    ("unbacked-promise", "Rautakaupoissa näytöt ovat alkaneet maksaa itseään takaisin."),
    # another's promises judged (that is bashing, not the writer's promise)
    ("unbacked-promise", "Kokemuksemme mukaan heidän lupauksensa ovat tyhjiä."),
    # a value compared is no groveling
    # the negation reaches its verb across "myöskään", however the parser hangs it
    ("unbacked-promise", "Emme myöskään lupaa pudotusta samana päivänä kovan pyryn jälkeen."),
    ("servile-tone", "Siksi mainosaika on teillä arvokkaampaa kuin missään muualla."),
    # "viime aikoina" is recently, not the reader's time
    ("servile-tone", "Tiedän, että olet ostanut terät viime aikoina toiselta liikkeeltä."),
    ("servile-tone", "Ymmärrän, että teillä on näinä aikoina tilattu paljon varaosia."),
    # the writer's own measurement, passed on; "lupaan" the noun (lupa) after a genitive
    (
        "unbacked-promise",
        "Mittasimme asiakkaillamme, että kun muutokset siirtyvät samana päivänä, "
        "korjausten määrä puolittuu.",
    ),
    (
        "unbacked-promise",
        "Testasimme keväällä, että käsittelyaika puolittuu sähköisellä lomakkeella.",
    ),
    ("unbacked-promise", "Valitusten määrä vaikuttaa myös seuraavan vuoden lupaan."),
    # a trainee, a plain fact; a job done without expertise by no vendor
    ("competitor-bashing", "Kilpailijanne palkkasi keväällä kaksi harjoittelijaa markkinointiin."),
    (
        "competitor-bashing",
        "Moni yrittäjä aloittaa kirjanpidon ilman osaamista, ja virheitä sattuu.",
    ),
    ("competitor-bashing", "Kesätyöntekijöiden perehdytys vie teillä kaksi päivää."),
    ("competitor-bashing", "Kilpailijoiden harjoittelijoista moni tekee päätöksen elokuussa."),
    ("competitor-bashing", "Kalenteri on kuvana, eikä Google pysty lukemaan tuntien nimiä."),
    ("servile-tone", "Asennus ei vie kuin yhden päivän, ja laite on heti käytössä."),
    ("self-praise", "Toimitamme 30 litran tynnyreissä, ja se on alalla yleisin koko."),
    (
        "competitor-bashing",
        "Toimitusaika venyi syksyllä kahdeksaan viikkoon, ja se sotki urakoitsijoiden aikatauluja.",
    ),
    ("competitor-bashing", "Käsin tehty siirto sotkee helposti urakkaerät, kun tunnit muuttuvat."),
    ("servile-tone", "Käsin raportointi ei vie paljon aikaa, mutta virheitä syntyy."),
    ("servile-tone", "Pahoittelemme, että asennus venyi sateen takia kahdella päivällä."),
    # the figure the payback is drawn from, in the sentence before
    (
        "unbacked-promise",
        "Likainen paneeli tuottaa 5–10 % vähemmän. Siksi pesu kerran kesässä maksaa itsensä "
        "takaisin.",
    ),
    ("competitor-bashing", "Poistettu sähköpostiketju voi olla jo kadonnut, kun riita alkaa."),
    ("competitor-bashing", "Teidän juristejanne kiinnostaa, miten sopimusten laskutus järjestyy."),
    # a string ("merkkijono") is no queue, and a permanent label no promise
    ("unbacked-promise", "Ehdotamme, että merkkijonojen tunnisteet muutetaan pysyviksi."),
    # a share measured, not a put-down
    (
        "competitor-bashing",
        "Kun kävimme läpi 60 tilaisuutta, yli puolet viivästyksistä syntyi toimittajien "
        "välisissä vaihdoissa.",
    ),
    # a document promised is a deliverable the reader can check
    (
        "unbacked-promise",
        "Lupaamme raportin tyhjistä hauista joka kuukauden ensimmäisenä arkipäivänä.",
    ),
    ("competitor-bashing", "Konevalmistajien käännöskulut laskevat, toisin kuin moni luulee."),
    ("competitor-bashing", "Autamme konevalmistajia pitämään käännöskulut kurissa."),
    ("self-praise", "Soitan maanantaina aamulla, koska silloin tavoitan sinut yleensä parhaiten."),
    # the fraud itself, its kinds and its victims are no put-down of a vendor
    ("competitor-bashing", "Huijari soittaa asiakkaalle pankin nimissä."),
    ("competitor-bashing", "Puhelinhuijaukset kohdistuvat nyt pankkien asiakkaisiin."),
    ("competitor-bashing", "Pankin asiakkaita huijataan yhä useammin puhelimessa."),
    ("vague-fluff", "Turvallisuusjohtaja vastaa kokonaisvaltaisesta turvallisuudesta."),
    (
        "servile-tone",
        "Kiitos vastauksesta! Ymmärrän hyvin, että huhtikuu on teillä kiireistä aikaa.",
    ),
    (
        "unbacked-promise",
        "Yhden asian lupaan: jos ensimmäinen laskusi ei mene perille, selvitämme syyn, ja "
        "ensimmäinen kuukausi on silloin ilmainen.",
    ),
    ("servile-tone", "Ymmärrän, jos olet jo ehtinyt kyllästyä rekrytointifirmoihin."),
    ("vague-fluff", "Asiakkaiden ketteryys ja askelpituus paranivat kahdeksassa viikossa."),
    ("vague-fluff", "Harjoittelu parantaa tasapainoa ja tekee iäkkäistä ketterämpiä."),
    ("servile-tone", "Asiakas ymmärtää, jos toimitus viivästyy sään takia."),
    ("servile-tone", "Olemme pieni yritys, joten päätöksemme syntyvät nopeasti."),
    ("servile-tone", "Ymmärrän, jos haluatte vertailla tarjouksia ennen päätöstä."),
    # an observation passed on, a precondition, a time in words
    (
        "unbacked-promise",
        "Olemme huomanneet, että monet panimot joutuvat arvailemaan, eikä ongelmaa saada "
        "koskaan kunnolla kuriin.",
    ),
    ("unbacked-promise", "Moni valmistaja varaa testin vasta, kun tulos on varmasti rajan alla."),
    ("unbacked-promise", "Teline maksaa itsensä takaisin alle puolessa vuodessa."),
    ("unbacked-promise", "Takaamme, että järjestelmä on käytössä vuoden sisällä."),
    ("self-praise", "Asiakkaamme ovat kertoneet, että olemme alan paras kumppani."),
    ("competitor-bashing", "Nykyinen toimittajanne sai viime vuonna jätekulut kuriin."),
    (
        "competitor-bashing",
        "Suurimpana ketjuna Rautakulma vastaanottaa eniten rikkoutunutta levytavaraa.",
    ),
    ("servile-tone", "Moni jättää huomiotta, että asetus muuttuu keväällä."),
    ("servile-tone", "Kukaan ei halua olla asiakkaalle vaivaksi."),
    (
        "servile-tone",
        "Tiedän, että kesäkuu on teillä vuoden kiireisintä aikaa, joten menen suoraan asiaan.",
    ),
    # at its strongest (a state), the reader ranked, a superlative disclaimed, a time
    ("self-praise", "Palkkaväylä on vahvimmillaan palkanlaskennassa."),
    ("self-praise", "Parhaimmillaan säästö on 40 prosenttia."),
    ("self-praise", "Te tunnette asiakkaanne paremmin kuin kukaan muu."),
    ("self-praise", "Emme lupaa, että vakuutuksemme on markkinoiden halvin."),
    ("self-praise", "Meillä on parasta aikaa kesällä, kun tilaukset ovat hiljaisia."),
    ("competitor-bashing", "Emme tahallaan jätä kilpailijoita vertailusta pois."),
    (
        "competitor-bashing",
        "Teimme ohjelman tahallaan yksinkertaiseksi, jotta uudet oppivat sen päivässä.",
    ),
    # the firm is the victim of what someone else does; a document's wording quoted
    ("competitor-bashing", "Väärennetyt viestit kopioivat nykyään tilitoimiston oman logon."),
    # "muiden joukossa": among other lines, no vendor
    ("competitor-bashing", "Sitä ei huomaa, koska se on laskulla vain yksi rivi muiden joukossa."),
    ("competitor-bashing", "Lisämaksu jää huomaamatta, kun se on vain yksi rivi muiden seassa."),
    # the vendor's template is the source copied from, not the copier
    ("competitor-bashing", "Viidellä suunnitelma oli kopioitu järjestelmätoimittajan mallista."),
    ("competitor-bashing", "Moni klinikka kopioi ohjeensa ohjelmistotoimittajan pohjasta."),
    (
        "competitor-bashing",
        'Siinä palautusajaksi on kirjattu "kohtuullisessa ajassa", mikä ei sido toimittajaa.',
    ),
    # "ainakin" is "at least", not "aina"; the seller's experience is a source, not a party
    ("unbacked-promise", "Kahvi ehtii ainakin jäähtyä rauhassa, kun listaa odottaa."),
    ("unbacked-promise", "Kokemuksemme mukaan virheprosentti kaksinkertaistuu siirron aikana."),
    # "tuli" came; "kestivät" is its own clause, no future auxiliary
    ("unbacked-promise", "Katsomme, montako ilmoitusta tuli, kauanko korjaukset kestivät."),
    # the seller pays on a condition: a remedy states the guarantee's terms
    (
        "unbacked-promise",
        "Annamme aloituspäivälle takuun: jos emme pysy siinä, maksamme varastoinnin.",
    ),
    # "jälkeen" as a postposition, not falling behind
    (
        "competitor-bashing",
        "Nykyinen toimittajanne jää lomalle joulun jälkeen, joten sopimus siirtyy meille.",
    ),
    # a promise kept and reported; a deadline in words; a record of the past
    ("unbacked-promise", "Lupasimme keväällä nopeat toimitukset ja pidimme lupauksen joka viikko."),
    ("unbacked-promise", "Voin luvata sen verran, että vastaan viestiisi vielä tänään."),
    ("unbacked-promise", "Se kestää ihan pari minuuttia, lupaan sen."),
    ("unbacked-promise", "Vien vain hetken aikaasi, lupaan sen."),
    # results that showed, reported
    ("unbacked-promise", "Viime keväänä tulokset näkyivät varmasti jo toisella viikolla."),
    # the seller's charge cut on the seller's own failure is a remedy
    (
        "unbacked-promise",
        "Jos emme ehdi paikalle sovitussa ajassa, seuraavan vuositarkastuksen hinta puolittuu.",
    ),
    # a concrete apology in advance; daring without a plea
    ("servile-tone", "Pahoittelen etukäteen, että toimitus viivästyy viikolla 12."),
    ("servile-tone", "Ehdit lukea raportin ennen torstaita, koska lähetän sen tänään."),
    # "ainakin" with a figure praises nothing; the seller's own "ainakin"
    ("competitor-bashing", "Kilpailijanne kampanjoita on nähty ainakin kolmessa kaupungissa."),
    # a region's leading firms, not the seller
    ("self-praise", "Alueen johtavat yritykset ovat jo siirtyneet sähköisiin kuitteihin."),
    # the seller's own crew; a crew's plain figure
    ("competitor-bashing", "Meidän porukkamme on hidas mutta tarkka."),
    # cheap goods with no vendor named
    ("competitor-bashing", "Halpa tavara myy joulun alla hyvin."),
    ("competitor-bashing", "Köysiporukka tarkastaa lavat kahdessa päivässä."),
    ("competitor-bashing", "Meidän aamiaisemme on ainakin edullinen, ja se tulee ajallaan."),
    ("unbacked-promise", "Tämä vie ainoastaan muutaman minuutin, sen lupaan."),
    # the writer promises to be brief: a plea for time, the promise as an afterthought
    # "siksi" is "se" in the translative: "therefore", and the condition is stated
    ("unbacked-promise", "Siksi sopimuksessamme on yksi selvä ehto."),
    # left without once, reported; a question
    ("unbacked-promise", "Viime talvena jäitte kahdesti ilman kuljettajaa."),
    # a place name in the genitive on a place says where, not who
    (
        "competitor-bashing",
        "Ruotsin sovelluskaupassa arviot mainitsevat kömpelön kielen kolme kertaa useammin.",
    ),
    # "no vendor" names no one; a pronoun stands for the noun just before it
    (
        "competitor-bashing",
        "Taustalla on ulkopuolinen huijari, ei kukaan kalustealan toimija, joka laskuttaisi väärin.",
    ),
    (
        "competitor-bashing",
        "Tämä ei ole kenenkään mainoskumppanin moka: huijarit kopioivat kuvat minuutissa.",
    ),
    (
        "competitor-bashing",
        "Sopimuspohjia myyvät verkkopalvelut ovat yleistyneet, ja niitä on nyt yli 40.",
    ),
    ("unbacked-promise", "Ravintola-alan sopimuksessa sunnuntaityön korotus on 100 prosenttia."),
    # a contract's sanction; liability law; the reader's own staff
    ("competitor-bashing", "Myös urakoitsijan sopimussakko viivästyksistä piti aikataulun."),
    (
        "competitor-bashing",
        "Hallituksen jäsen vastaa yhtiölle huolimattomuudella aiheutetusta vahingosta, ja "
        "konsultit suosittelevat siksi vastuuvakuutusta.",
    ),
    (
        "competitor-bashing",
        "Teillä aloittaa keväällä kahdeksan uutta myyjää. Jos kuljettaja on ajanut "
        "huolimattomasti, kasko voi jäädä maksamatta.",
    ),
    (
        "vague-fluff",
        "Tilanne ei ole ainutlaatuinen: vaihtuvuus nousi 9 prosentista 17 prosenttiin.",
    ),
    ("unbacked-promise", "Meklarinne ei ymmärrä teollisuuden riskejä lainkaan."),
    ("unbacked-promise", "Toimittajaketjun riskejä ei ole arvioitu lainkaan."),
    (
        "competitor-bashing",
        "Tilanne on kuin viime vuonna, ja nykyinen toimittajanne nosti hintoja 4 %.",
    ),
    ("competitor-bashing", "Kilpailijanne hinta on sama kuin meillä."),
    # a firm impersonated; the seller's clients of the reader's kind
    (
        "competitor-bashing",
        "Poliisi on varoittanut samasta huijauksesta myös kahden muun vaateketjun nimissä.",
    ),
    (
        "competitor-bashing",
        "Asiakkaidemme tilitoimistoissa puolet rikkoutumisista johtui kaatuneista kahvikupeista.",
    ),
    # a concession without its "but" grants a fact; a product's trade-off is no rival's
    ("competitor-bashing", "Kilpailijanne on toki edullinen. Meillä huolto sisältyy hintaan."),
    ("competitor-bashing", "Uusi malli on toki edullinen, mutta sen akku kestää vain vuoden."),
    # a hotel alone is as often the seller's customer
    (
        "competitor-bashing",
        "Hotellien kokoustilat ovat tunkkaisia, joten ilmanvaihto kannattaa tarkistaa.",
    ),
    # a third party's label for itself, a third party's interest
    (
        "self-praise",
        "Aika erikoista talolta, joka mainostaa itseään digitaalisen kaupan edelläkävijänä.",
    ),
    ("self-praise", "Kilpailijanne kutsuu itseään Suomen parhaaksi kahvilaksi."),
    (
        "servile-tone",
        "Isot firmat kierrättävät kuskeja, eikä niitä kiinnosta yhtään, mitä teille tapahtuu.",
    ),
    ("unbacked-promise", "En vie kauaa, lupaan."),
    ("unbacked-promise", "En vie paljon aikaasi, sen lupaan."),
    ("unbacked-promise", "Yritän olla tosi nopea, lupaan!"),
    ("unbacked-promise", "Lupaan olla lyhytsanainen."),
    ("unbacked-promise", "Katkot olivat historiaa jo vuonna 2019, kun vaihdoimme laitteet."),
    ("unbacked-promise", "Viime vuonna yksikään tilaus ei jäänyt käsittelemättä."),
    # the reader knows better; deletion is for good; a forecast; a result reported
    ("unbacked-promise", "Tunnette varmasti paremmin oman tilanteenne."),
    ("unbacked-promise", "Te tiedätte varmasti tilanteenne paremmin kuin me."),
    ("unbacked-promise", "Poistamme vanhat asiakastiedot pysyvästi pyynnöstänne."),
    ("unbacked-promise", "Markkinahinnat kääntyvät nousuun keväällä."),
    ("unbacked-promise", "Henkilöstöhallinnolta odotetaan nyt enemmän kuin koskaan."),
    ("unbacked-promise", "Oletteko koskaan miettineet, miksi siivous venyy iltaan?"),
    ("unbacked-promise", "Kerron mielelläni, miten asian voi hoitaa ilman suurta vaivaa."),
    ("unbacked-promise", "Kuntanne alakoulujen oppilasmäärä on kääntymässä laskuun."),
    ("unbacked-promise", "Lajivalinta ratkaisee, pysyvätkö kasvit kunnossa paahteessa."),
    (
        "unbacked-promise",
        "Vuosikustannus on uusimisen jälkeen tyypillisesti kaksin- tai kolminkertaistunut.",
    ),
    ("unbacked-promise", "Kiista ratkesi lopullisesti korkeimmassa oikeudessa viime vuonna."),
    (
        "unbacked-promise",
        "Yhdessä konepajassa kanavointi maksoi itsensä takaisin yhdessä talvessa.",
    ),
    ("unbacked-promise", "Yritystilin korko on monessa pankissa edelleen lähellä nollaa."),
    ("competitor-bashing", "Kilpailijoilla ei ole sellaista sähläystä kuin väitetään."),
    ("self-praise", "Suosittelemme silti toiseksi edullisinta vaihtoehtoa."),
    ("self-praise", "Ehdotamme myymäläjakelua Pohjois-Suomessa Rautaketju Kärjelle."),
    ("self-praise", "Lääkäriliiton mukaan alan kärkinimet kokoontuvat Helsingissä."),
    ("self-praise", "Mittauksemme voi olla nopein yksittäinen keino puolittaa hävikki."),
    ("self-praise", "Pumppujen vaihto on tehokkain yksittäinen toimenpide taloyhtiöllenne."),
    ("competitor-bashing", "Noin 8 % EUR-lavoista ei palaa kiertoon vaan katoaa."),
    (
        "unbacked-promise",
        "Lupaan tämän: jos pesä aktivoituu uudelleen, uusintakäsittely ei maksa teille mitään.",
    ),
    (
        "unbacked-promise",
        "Viittasit väitteeseen, jonka mukaan tekoäly tuplaa asiantuntijatyön tuottavuuden.",
    ),
    ("unbacked-promise", "Kyseinen firma on tunnettu siitä, että se lupaa asiakkailleen kaiken."),
    # a postposition spelled as the verb "päästä" is no "kukaan ei enää pääse"
    (
        "unbacked-promise",
        "Reklamaatio tulee vasta kuukausien päästä, kun kukaan ei enää muista syytä.",
    ),
    (
        "unbacked-promise",
        "Jos käyttöönotto venyy meistä johtuvasta syystä, ensimmäisen vuoden lisenssimaksu "
        "puolittuu.",
    ),
    ("unbacked-promise", "Jos palvelu katkeaa, sen kuun käyttömaksu puolitetaan."),
    (
        "unbacked-promise",
        "Heidän asiakkaansa joutuvat laskemaan korotukset käsin joka ikinen palkkakausi.",
    ),
    ("unbacked-promise", "Nyt teidän täytyy tarkistaa jokainen lasku joka ikinen viikko."),
    # one unit of time in a warranty is its checkable term
    ("unbacked-promise", "Kunnostettu vaihteisto on koeajettu, ja sille annetaan vuoden takuu."),
    # a guess, hedged with "kai", is no promise
    ("unbacked-promise", "Toimitus on kai aina ajallaan, jos tilaus tulee ajoissa."),
    # the perfect passive reports a result; a perfect guess is no promise either
    (
        "unbacked-promise",
        "Asiakkaillamme hävikki on saatu puolitettua, kun annokset suunnitellaan iän mukaan.",
    ),
    ("unbacked-promise", "Keittiön väki on varmasti ilahtunut saadessaan niin paljon luettavaa."),
    # a loss suffered every time: the pain, not a promise
    (
        "unbacked-promise",
        "Pienet vuodot aiheuttavat laitokselle turhia pumppauskuluja joka ikinen yö.",
    ),
    ("unbacked-promise", "Menetätte joka ikinen kuukausi asiakkaita kilpailijoille."),
    ("unbacked-promise", "Kävijämäärä tuplaantuu aina keväällä."),
    # a result that may come: no absolute
    ("unbacked-promise", "Kesän palkkalaskelmat voivat kolminkertaistaa kirjanpitolaskunne."),
    ("unbacked-promise", "Vuosittainen peruspesu voi puolittaa lattianne kuluman."),
    (
        "unbacked-promise",
        "Nykyinen laboratorionne tekee samat määritykset, joten kyse ei ole laboratorion "
        "vaihtamisesta vaan näytteenoton ajankohdasta.",
    ),
    ("competitor-bashing", "Nykyinen toimittajanne pesee leipomonne uunipellit kerran viikossa."),
    ("competitor-bashing", "Leivinpellit kuluvat nopeasti, kun niitä pestään kuumalla."),
    # a count of a sample, a part that gives way, a price set beside the writer's
    (
        "competitor-bashing",
        "Kävimme läpi 12 valmistajan ohjeet. Yhdeksässä niistä kieltosana oli kadonnut "
        "yhdestä varoituksesta.",
    ),
    (
        "competitor-bashing",
        "Kilpailijan koneissa kääntövaihteen laakeri pettää tyypillisesti 11 000 tunnin kohdalla.",
    ),
    (
        "competitor-bashing",
        "Nykyinen toimittajanne veloittaa maksun jokaisesta lipusta erikseen, me kuukausimaksun.",
    ),
    ("unbacked-promise", "Jos raaskit vilkaista tätä viestiä, lupaan olla lyhyt."),
    ("competitor-bashing", "Kuljetusliike ajaa sinne päin joka tiistai."),
    (
        "competitor-bashing",
        "Sanoit webinaarissa, että nykyisen toimistonne raportti tulee viikkoja myöhässä.",
    ),
    ("competitor-bashing", "Toimittajan viime kuun tilaus tuli myöhässä lakon takia."),
    ("competitor-bashing", "Moni verkkokauppa menettää asiakkaita hitaan kassan takia."),
    (
        "competitor-bashing",
        "Palautuspiste on Tukholmassa. Vain rikkoutuneet tuotteet palaavat Suomeen kerran kuussa.",
    ),
    (
        "competitor-bashing",
        "Tilasitte toimittajalta uuden järjestelmän. Sellaisessa kasvuvaiheessa seuranta "
        "karkaa helposti käsistä.",
    ),
    (
        "competitor-bashing",
        "Käytämme kotimaista puuta. Sellaisella laudalla rakennetaan kestävästi.",
    ),
    ("competitor-bashing", "Toimittajamme myy polttopuuta myös kotitalouksille."),
    (
        "competitor-bashing",
        "Kellarissa Vellamon signaali oli heikoin, ja nopeus jäi 6 megabittiin sekunnissa.",
    ),
    (
        "competitor-bashing",
        "Kilpailijan vastausaika oli mittauksessa hitain, keskimäärin 3 päivää.",
    ),
    ("competitor-bashing", "Älkää unohtako allekirjoittaa sopimusta toimittajan kanssa."),
    # nothing wrong with the reader's contract; a season's pattern; synonyms are a mention
    (
        "unbacked-promise",
        "Nykyinen sopimuksenne on tehty ennen hinnannousua, eikä siinä ole mitään vikaa.",
    ),
    (
        "unbacked-promise",
        "Teillä on nyt Kuljetus Aron autot, eikä niissä ole kerrassaan mitään vikaa.",
    ),
    (
        "unbacked-promise",
        "Tilaatte nyt Terveyspisteeltä. Ei siellä mitään suurta vikaa ole.",
    ),
    ("unbacked-promise", "Heillä ei ole mitään vikaa hinnoittelussa."),
    # "vahingossa" is "by accident", not damage
    ("unbacked-promise", "Haku on tehty niin, ettei kukaan vahingossa löytäisi mitään."),
    # a place named by when the reader was there, with nothing said against it
    (
        "competitor-bashing",
        "Juhlan voi pitää siellä, missä viime vuonna oli 200 vierasta, sillä sali on iso.",
    ),
    ("competitor-bashing", "Kahvi on haaleaa siellä, missä asiakkaanne odottavat."),
    # taking part, and keeping up said of oneself or not negated
    ("competitor-bashing", "Nykyinen toimittajanne ei ole mukana hankkeessa."),
    ("competitor-bashing", "Kilpailijanne pysyvät ajan tasalla, ja niin pysymme mekin."),
    ("competitor-bashing", "Toimittajanne on kyllä nopea, ja hinnat ovat samat."),
    # the market's offer judged by a figure, and the seller's own offer
    (
        "competitor-bashing",
        "Markkinoiden ratkaisut ovat kallistuneet, koska komponentit kallistuivat 30 %.",
    ),
    ("competitor-bashing", "Mainostettu hinta sisältää asennuksen ja kaksi huoltoa."),
    # a question that weighs a price, and a plain "we will not comment"
    (
        "competitor-bashing",
        "Haluatteko todella jatkaa nykyisen toimittajanne kanssa, kun hinta nousee 12 %?",
    ),
    (
        "competitor-bashing",
        "Kilpailijan tarjouksesta emme sano mitään, koska emme ole nähneet sitä.",
    ),
    # a fair question to put to the vendor, with no doubt in it
    (
        "competitor-bashing",
        "Jos teillä on jo toimittaja, kysykää heiltä, mitä päivitys maksaa.",
    ),
    # a participle naming a thing's state says nothing of who broke or lost it
    (
        "competitor-bashing",
        "Nykyinen pesulanne hoitaa hävikin: kadonneen tai rikkoutuneen tekstiilin korvaaja "
        "kannattaa kirjata sopimukseen.",
    ),
    (
        "competitor-bashing",
        "Kilpailija lopettaa varaosat. Yksikin rikkoutunut rele voi pysäyttää hissin.",
    ),
    # a quoted label after a party, not quoted praise
    (
        "competitor-bashing",
        'Huijarit lähestyvät toimistoja. Lähettäjänä on yleensä "IT-tuki" tai "kirjanpito".',
    ),
    # who lacks the skill is the possessor, not the vendors the reader hires
    ("competitor-bashing", "Monella taloyhtiöllä ei ole osaamista kilpailuttaa urakoitsijoita."),
    # ("Isot tilitoimistot ottavat verkkokauppoja asiakkaiksi, mutta myönnämme, ettemme
    # osaa kaikkea lainkaan": the terms leave it, the stance model does not; it is a
    # known false positive in tests/test_stance.py)
    # "eräillä" before a noun names no one
    ("competitor-bashing", "Eräillä asiakkaillamme toimitus on hidas."),
    # a change that is only cosmetic, with its size
    ("competitor-bashing", "Muutos kilpailijan hinnastoon on vain kosmeettinen, 0,5 %."),
    # the seller's own kind of place explained, no wink
    ("competitor-bashing", "Kerron mielelläni, mitä pesulaa suosittelen teidän alueellanne."),
    # a strange fact of the market with no vendor in it
    ("competitor-bashing", "Onhan se erikoista, että puun hinta nousi 12 % keväällä."),
    # a business the reader's customers visit is no supplier of the reader's
    ("competitor-bashing", "Kauppa, jossa asiakkaanne käyvät, on hidas."),
    # a figure put coyly is still a figure
    ("competitor-bashing", "Sanotaan näin, että kilpailijan hinta on 12 % korkeampi."),
    # the seller's own reasons and haste, and a choice fitting the reader
    ("competitor-bashing", "Meillä on varmasti syy kiittää teitä."),
    ("competitor-bashing", "Meitä ei voi syyttää kiireestä, sillä teemme työn huolella."),
    ("competitor-bashing", "Ehkä se on teille oikea valinta, jos budjetti on tiukka."),
    # a waste measured in euros is a calculation, not a put-down
    (
        "competitor-bashing",
        "Kauppaketjujen näytöt ovat päällä yölläkin. Yhden näytön turha yökäyttö maksaa noin "
        "90 euroa vuodessa.",
    ),
    # a deadline that is the law's
    (
        "competitor-bashing",
        "Vuokra on maksettava viimeisenä mahdollisena päivänä, kertoi kilpailija.",
    ),
    # the same said, not denied; and nothing named before it
    ("competitor-bashing", "Kilpailijanne on hyvä. Samaa voi sanoa meistä."),
    ("competitor-bashing", "Hinnat nousivat. En sanoisi samaa palkoista."),
    # the writer's own price and the reader's own phone
    ("competitor-bashing", "Meillä maksatte vain autoista, ette mainoskampanjoista."),
    ("competitor-bashing", "Kun kilpailija soittaa, puhelimeenne vastaa kone."),
    # getting through a rival's firewall is praise, not a line that never answers
    ("competitor-bashing", "Kilpailijan palomuurista ei pääse läpi mikään."),
    # options weighed fairly, with no mock "kai" or "toki"
    ("competitor-bashing", "Nykyinen toimittajanne tarjoaa vuokrausta. Sekin on yksi vaihtoehto."),
    (
        "competitor-bashing",
        "Auditoimissamme tukuissa 0,4 % kilpailijan toimittamista laskuista maksettiin kahteen kertaan.",
    ),
    # never been there, lacking, unexpected: said of ourselves, the reader or a thing
    ("competitor-bashing", "Emme ole koskaan käyneet teidän tehtaallanne."),
    ("competitor-bashing", "Meiltä puuttuu kokemus juuri tästä alasta."),
    ("competitor-bashing", "Laskussa voi olla yllättäviä kuluja, jos sopimus ei ole selvä."),
    # a share of a sample is no party singled out; a bound in words is a checkable term
    (
        "competitor-bashing",
        "Kahdessa 80 hengen toimistossa joka neljäs konsultti kertoi nukkuvansa huonosti.",
    ),
    (
        "unbacked-promise",
        "Sen voin luvata, että jokainen avaus näkyy lokissa ja oikeus katkeaa alle minuutissa.",
    ),
    ("unbacked-promise", "Takaamme, että vika korjataan alle vuorokaudessa."),
    # a legal fact; a report, not this message; an earlier message referred to
    ("servile-tone", "Meillä ei ole oikeutta viedä tietoja EU:n ulkopuolelle."),
    ("servile-tone", "Jos luet raportin loppuun, näet säästöt."),
    ("servile-tone", "Jos luitte viestini, tiedätte jo hinnan."),
    # not knowing, said of oneself; "according to the price"; nothing else, of our own
    ("competitor-bashing", "Emme tiedä, miten nykyinen toimittajanne hinnoittelee."),
    ("competitor-bashing", "Toimittajanne tietää, mitä tehtaallanne tapahtuu."),
    ("competitor-bashing", "Kilpailijan laskutus on käytetyn ajan mukainen."),
    ("competitor-bashing", "Meillä ei ole muuta tarjottavaa kuin hyvä palvelu."),
    # no vendor: what the writer or a law has nothing of; a price said of the writer's own
    ("competitor-bashing", "Meillä ei ole vielä kerrottavaa uudesta versiosta."),
    (
        "competitor-bashing",
        "Remontti etenee rauhallisessa tahdissa, jotta asukkaat ehtivät muuttaa.",
    ),
    # a coincidence of the market or the writer's own, no vendor doubted
    (
        "competitor-bashing",
        "Lienee pelkkää sattumaa, että kevään kaksi isointa hakua osuivat samalle viikolle.",
    ),
    ("competitor-bashing", "Kilpailija julkaisi tuloksensa, ja niissä oli paljon kerrottavaa."),
    ("competitor-bashing", "Hinnalleen tyypillisesti paketti sisältää kaksi ilmoitusta kuussa."),
    # a promise bounded by what the reader can check; a test's reading
    (
        "unbacked-promise",
        "Voin luvata sen, minkä voitte itse tarkistaa: kirjaamme jokaisen käynnin.",
    ),
    ("unbacked-promise", "Lupaamme vain sitä, mitä pystymme pitämään."),
    ("unbacked-promise", "Takaan sen, minkä voit mitata: lämpötila kirjataan tunneittain."),
    ("unbacked-promise", "Testi kestää vartin, ja tulos näkyy heti ruudulla."),
    ("unbacked-promise", "Mittauksen tulokset näkyvät välittömästi sovelluksessa."),
    ("unbacked-promise", "Tarkastus tehdään aamulla, ja tulokset näkyvät heti raportissa."),
    # a case reported in the past is evidence, not a promise
    (
        "unbacked-promise",
        "Nykyinen toimittajanne on hoitanut asian hyvin: viime talvena ei yhtään katkoa.",
    ),
    (
        "unbacked-promise",
        "Yhdellä leipomolla hävikki loppui kokonaan, kun uunit vaihdettiin.",
    ),
    (
        "unbacked-promise",
        "Viime talvena eräältä kiinteistöltä katkot poistuivat kokonaan uuden pumpun myötä.",
    ),
    (
        "unbacked-promise",
        "Huoltodatassamme akkuvikojen määrä kaksinkertaistuu kolmannen vuoden jälkeen.",
    ),
    (
        "unbacked-promise",
        "Jos ylitöistä poistuu puolet, investointi maksaa itsensä takaisin alle vuodessa.",
    ),
    ("unbacked-promise", "Laskelmasta näet, missä kohtaa skanneri maksaisi itsensä takaisin."),
    ("unbacked-promise", "Viime kesänä terassinne oli aina täynnä."),
    (
        "unbacked-promise",
        "Tätä virhettä ei teillä enää synny, jos päivitys tehdään ennen kesäkuuta.",
    ),
    ("unbacked-promise", "Kokeilun jälkeen hukkaa ei meillä enää syntynyt."),
    ("unbacked-promise", "En haluaisi olla teille yhtään vaivaksi."),
    ("unbacked-promise", "Jos luvut myöhästyvät, kyseisen kuukauden palkkio puolitetaan."),
    ("unbacked-promise", "Jos emme ehdi, sen kuun laitevuokra puolitetaan suoraan laskulta."),
    ("unbacked-promise", "Kerron, mitä voimme luvata ja mitä emme."),
    ("unbacked-promise", "Näin voit luvata asiakkaillesi saman toimitusajan koko vuoden."),
    ("unbacked-promise", "Riski ei poistu kokonaan, mutta se pienenee."),
    ("unbacked-promise", "Vanha järjestelmä poistuu käytöstä kokonaan ensi vuonna."),
    ("unbacked-promise", "Teidän kauppanne kävijämäärä moninkertaistuu keväällä."),
    ("competitor-bashing", 'Kilpailijan haussa ei ole synonyymejä: "lenkkarit" = "juoksukengät".'),
    # a surname one heard something from is a person
    ("competitor-bashing", 'Kutsumme teitä "kumppaneiksi", koska suunnittelemme huollon yhdessä.'),
    ("competitor-bashing", "Meiltä teidän ei tarvitse odotella asentajaa."),
    ("competitor-bashing", "Muistamme laskuttaa vasta, kun työ on hyväksytty."),
    ("competitor-bashing", "Emme tunne teidän nykyistä sopimustanne."),
    (
        "competitor-bashing",
        "Direktiivi velvoittaa korjaamaan ensin heikoimmat muut kuin asuinrakennukset.",
    ),
    ("competitor-bashing", "Uudet myyjät eivät vielä tunne tuotteita kunnolla."),
    (
        "competitor-bashing",
        "Hotellinne kuuluu ketjuhotelleihin, joiden varausjärjestelmä on yhteinen.",
    ),
    ("competitor-bashing", "Vastaamolle määrättiin sakko tietoturvan laiminlyönnistä."),
    ("competitor-bashing", "Kilpailijat ovat kokeilleet samaa mallia Ruotsissa."),
    ("competitor-bashing", "Meidän mielestämme vastaavaa ei ole kenelläkään muulla."),
    ("competitor-bashing", 'Kun haetaan "kukkakauppa Kallio", Orvokki ei näy karttatuloksissa.'),
    (
        "competitor-bashing",
        "Verohallinto voi puutteellisen dokumentaation vuoksi arvioida hinnat itse.",
    ),
    ("competitor-bashing", "Tytäryhtiöiden määrä kasvoi, ja eliminointi paisuu samassa suhteessa."),
    ("competitor-bashing", "Emme piilota kuluja ehtoihin, vaan hinta on kiinteä."),
    ("competitor-bashing", "Teidän työnne ei jää kenenkään muun korjattavaksi."),
    ("competitor-bashing", "Kuulin Virtaselta, että asennus oli huono."),
    ("servile-tone", "Tiedän, että ruiskusi on ostettu aikanaan Heikkilän konekaupasta."),
    ("unbacked-promise", "Voit kokeilla konetta parilla lohkolla ilman isoa riskiä."),
    (
        "unbacked-promise",
        "Toimittajasopimusten takuuehdot ovat lyhyempiä kuin asiakkaille annetut takuut.",
    ),
    # one's best is an effort; a rating by others; the top reason is no ranking of ours
    ("self-praise", "Järjestämme päiviä, ja elokuussa suosituimmat päivät ovat jo menneet."),
    ("self-praise", "Heidän asiakastukensa on koko alan surkein."),
    ("self-praise", "Haastattelemme parhaat ehdokkaat videolla."),
    ("self-praise", "Olemme koonneet alan parhaat käytännöt yhteen oppaaseen."),
    # "mielestäni", "tietääkseni": the writer's view of another's goods, not the writer
    ("self-praise", "Pielisen Meijerin tuorejuustot ovat mielestäni maan parhaita."),
    # hoping for the best is an idiom, not a ranking
    ("self-praise", "Korjaukset tehtiin teipillä ja toivomalla parasta."),
    (
        "self-praise",
        "Toimittajanne on tietääkseni hoitanut asiat hyvin, ja heidän raporttinsa ovat alan selkeimpiä.",
    ),
    ("self-praise", "Keski-Suomen hyvinvointialue – johtava ylilääkäri ja osastonhoitaja"),
    ("self-praise", "Hoidamme asiat parhaamme mukaan."),
    ("self-praise", "Kaupungin parhaaksi arvioitu hotelliaamiainen on teillä."),
    ("self-praise", "Meidät valittiin viime vuonna maakunnan parhaaksi työnantajaksi."),
    ("self-praise", "Ykkössyy valituksiin on meilläkin viive."),
    ("unbacked-promise", "Näin kävi myös viime vuonna, kun hinnat nousivat."),
    ("unbacked-promise", "Jokainen tilaus ei aina vaadi käyntiä."),
    ("unbacked-promise", "Kukaan ei enää jaksa lukea pitkiä viestejä."),
    # a deadline with its remedy, or on a stated condition; a service level
    (
        "unbacked-promise",
        "Viat ratkaistaan aina samana päivänä, tai hyvitämme 10 % kuukausimaksusta.",
    ),
    ("unbacked-promise", "Tilaus lähtee aina samana päivänä, jos se tulee ennen kello 14."),
    ("unbacked-promise", "Toimitamme varaosat viimeistään seuraavana arkipäivänä."),
    ("unbacked-promise", "Yksikään kone ei seissyt viime vuonna, kun huolto tehtiin ajallaan."),
    ("competitor-bashing", "Huoltomies kuittaa käynnin sovelluksessa, ja näette sen heti."),
    ("competitor-bashing", "Ei kannata tehdä hätäisiä päätöksiä ennen kuin luvut ovat valmiit."),
    # a museum as a customer, goods unsellable, a board that appointed people; "siksi"
    # is "therefore", not "it"
    ("competitor-bashing", "Tiedän, että museon paperikuvat on aiemmin digitoinut Kuva Oy."),
    ("competitor-bashing", "Kilpailijan palautukset ovat viikon myyntikelvottomia varastossa."),
    ("competitor-bashing", "Kilpailija Oy on nimittänyt tänä vuonna kolme uutta päällikköä."),
    (
        "competitor-bashing",
        "Nykyisen toimittajanne anturit sopivat moottoreille. Iskut ovat heikkoja. "
        "Kiihtyvyysmittaus ei siksi erota niitä luotettavasti kohinasta.",
    ),
    # a disclaimer not followed by a "but" keeps its word; a musing question with no vendor
    (
        "competitor-bashing",
        "Emme puhu pahaa kilpailijoista. Kerromme mieluummin omista tuloksistamme.",
    ),
    ("competitor-bashing", "Emme halua haukkua ketään, vaan näyttää omat lukumme."),
    ("competitor-bashing", "Onkohan teillä aikaa ensi viikolla?"),
    ("competitor-bashing", "Mitähän mieltä olette tästä ehdotuksesta?"),
    ("competitor-bashing", "Kilpailijan salilla aloittelija käy kerran eikä tule takaisin."),
    ("competitor-bashing", "Nykyinen toimittajanne pysäköi autonsa pihalla kohteen viereen."),
    ("competitor-bashing", "Viherpesu on EU:ssa kiellettyä vuodesta 2026, kertoo direktiivi."),
    ("competitor-bashing", "Kolmella valmistajalla 58 % vaurioista johtui heikosta liimasaumasta."),
    (
        "competitor-bashing",
        "Hoidamme yhdeksän puusepänliikkeen kirjanpidon, ja niissä keskeneräiset työt arvostetaan kuukausittain.",
    ),
    (
        "competitor-bashing",
        "Etäpäivinä siivouksen voi keventää pelkkään keittiön ja roskien hoitoon.",
    ),
    ("competitor-bashing", "Uusi toimisto on hidas tavoittaa julkisilla."),
    ("vague-fluff", "Skaalautuva ajo: 412 000 tietuetta 11 minuutissa."),
    ("vague-fluff", "Ketterä trukki kääntyy 1,8 metrin käytävässä."),
    ("unbacked-promise", "Löydämme varmasti sopivan ajan."),
    ("unbacked-promise", "Tähän sääntöön ei ole poikkeuksia."),
    ("unbacked-promise", "Sesonkiaikana sama ehto, ei poikkeuksia."),
    ("unbacked-promise", "Tuulisina tunteina sähkön hinta painuu yhä useammin nollaan."),
    ("unbacked-promise", "Taattu korko: talletuksissa ehdot luetaan sopimuksesta."),
    ("unbacked-promise", "Teidän ei tarvitse edes miettiä laskutusta, hoidamme sen."),
    ("competitor-bashing", "Valitsimme otoksen sattumanvaraisesti kilpailijoiden asiakkaista."),
    (
        "competitor-bashing",
        "Korjaamonne asiakkaat odottavat autojaan liian kauan, koska osat tulevat hitaasti.",
    ),
    (
        "competitor-bashing",
        "Nykyinen urakoitsijanne lopettaa maaliskuussa. Toiminta jatkuu meillä normaalisti.",
    ),
    (
        "competitor-bashing",
        "Kilpailijanne avasi uuden toimipisteen. Toimintamme on ollut hidasta kesällä.",
    ),
    ("servile-tone", "Moni talousjohtaja tuntee nyt painetta leikata kuluja."),
    ("servile-tone", "Säästätte arvokasta aikaa joka viikko."),
    (
        "servile-tone",
        "Isojen yhtiöiden ostajat eivät välitä, eikä metsänomistajan etu kiinnosta heitä lainkaan.",
    ),
    ("self-praise", "Edellinen kuvaajanne on varmasti tehnyt parhaansa."),
    ("self-praise", "Sopimukseen sisältyy paras hinta -takuu."),
    ("self-praise", "Teemme aina parhaamme."),
    (
        "competitor-bashing",
        "Ilmastosuunnitelma osoittautui monessa pörssiyhtiössä raportin heikoimmaksi kohdaksi.",
    ),
    (
        "competitor-bashing",
        "Tilin kautta huijari pääsee lähettämään asiakkaillenne väärennettyjä laskuja.",
    ),
    ("competitor-bashing", "Laitteiden hallinta Intunella: kadonnut läppäri tyhjennetään etänä."),
    ("competitor-bashing", "Nykyinen hintaliike on pieni, ja se on hidas."),
    (
        "unbacked-promise",
        "Lupaamme aina tuoreet aamiaiset, ja tarkoitamme sitä kirjaimellisesti: leipä leivotaan joka yö klo 3.",
    ),
    ("unbacked-promise", "Rahoitus on käytännössä varmistettu, ja hanke alkaa toukokuussa."),
    ("unbacked-promise", "Asia on käytännössä hoidettu, lähetän teille vielä kuittauksen."),
    ("unbacked-promise", "Se on selvää, että päätös on teidän."),
    (
        "unbacked-promise",
        "Tämä on fakta: kolme neljästä ostajasta lukee arviot ennen yhteydenottoa.",
    ),
    ("unbacked-promise", "Yhtään murtoa ei tapahtunut viime vuonna kohteissamme."),
    ("unbacked-promise", "Epäilemättä olette jo miettineet tätä itsekin."),
    ("competitor-bashing", "Ei ihme, että asiakkaat ovat kiinnostuneita: säästö on 18 % vuodessa."),
    ("competitor-bashing", "Ei ihme, että moni yritys harkitsee nyt aurinkopaneeleja."),
    ("competitor-bashing", "Jos tätä voi kutsua innovaatioksi, olemme mukana."),
    ("competitor-bashing", "Emme väitä, että kilpailijat olisivat huonoja."),
    ("competitor-bashing", "En sano, että nykyinen toimittajanne olisi huono."),
    ("unbacked-promise", "Voitte unohtaa tämän viestin, jos aihe ei ole ajankohtainen."),
    (
        "competitor-bashing",
        "Isännöitsijät vaihtavat huoltoyhtiötä yleensä vasta usean huonon kokemuksen jälkeen.",
    ),
    (
        "competitor-bashing",
        "Kortti on voimassa viisi vuotta, eikä vanhentunut kortti kelpaa urakoitsijoiden työmaille.",
    ),
    ("unbacked-promise", "Haluatte varmasti, että kaikki sujuu ilman katkoja."),
    ("competitor-bashing", "Excel-taulukot ovat hitaita ja virhealttiita."),
    ("competitor-bashing", "Moni vaihtaa toimittajaa huonon palvelun takia."),
    ("unbacked-promise", "Teemme aina parhaamme."),
    ("unbacked-promise", "Kaikki hinnat ovat aina arvonlisäverottomia."),
    ("unbacked-promise", "Olisin todella kiitollinen mistä tahansa vastauksesta."),
    (
        "competitor-bashing",
        "Siksi kuuluvuus on hallin keskiosassa heikko kaikkien operaattoreiden verkoissa.",
    ),
    # a published source cited: a fact reported, not the writer's verdict
    (
        "competitor-bashing",
        "Traficomin häiriötiedotteen mukaan nykyisen operaattorinne katkon syynä oli "
        "rikkoutunut runkokaapeli.",
    ),
    (
        "competitor-bashing",
        "Tuoreessa ostajakyselyssä kaksi kolmesta kertoi vaihtaneensa toimittajaa hitaiden "
        "toimitusten takia.",
    ),
    ("competitor-bashing", 'Lehden arvio kilpailijan nosturista: "hidas viimeisellä metrillä".'),
    # the whole field, the writer included
    ("competitor-bashing", "Lakko koski kaikkia, eikä yksikään yhtiö saanut kontteja purettua."),
    ("competitor-bashing", "Kaivinkoneen vaurioon ei yksikään operaattori voi varautua."),
    ("unbacked-promise", "Viitekorko seuraa läheisesti riskitöntä korkoa."),
    (
        "unbacked-promise",
        "Rahoituslaskelmissa riskittömällä korolla tarkoitetaan valtion lainan tuottoa.",
    ),
    (
        "competitor-bashing",
        "Sitä emme voi luvata, eikä kukaan muukaan voi sitä rehellisesti luvata.",
    ),
    ("competitor-bashing", "Ymmärrän täysin, jos aihe ei kiinnosta juuri nyt."),
    ("competitor-bashing", "Kerron mielelläni, miten kutsumme sitä omassa hinnastossamme."),
    ("servile-tone", "Tiedän, että kilpailutatte samaan aikaan myös kahta muuta toimittajaa."),
    (
        "unbacked-promise",
        "Kerroitte messuilla, että tavoitteenne on, ettei yksikään asentajanne loukkaannu.",
    ),
    ("unbacked-promise", "Ette ole menettäneet yhtäkään asiakasta koko vuonna."),
    ("unbacked-promise", "Ette tarvitse yhtäkään uutta laitetta."),
    ("unbacked-promise", "Pörssisähkön hinta painui viime kesänä nollan alle satoina tunteina."),
    ("unbacked-promise", "Tässä hinnasto, luvattua myöhemmin."),
    (
        "unbacked-promise",
        "Meklarina takaamme yhden asian: jos vahinko sattuu, laadimme hakemuksen kolmessa "
        "arkipäivässä emmekä laskuta siitä.",
    ),
    (
        "unbacked-promise",
        "Omavastuuaika on kolme vuorokautta, eikä sitä lyhyemmistä katkoista makseta mitään.",
    ),
    (
        "self-praise",
        "Asiakkaillamme tätä ovat purkaneet parhaiten ryhmät, joihin eri tiimien ihmiset sekoitetaan.",
    ),
    (
        "competitor-bashing",
        "Nykyinen toimittajanne on varmasti pätevä kumppani, ja siksi vertailu kannattaa tehdä huolella.",
    ),
    ("self-praise", "Asiakastuki palvelee suomeksi arkisin kello 8–17."),
    ("competitor-bashing", "Monitilatoimistossa tarve jakautuu toisin kuin huonetoimistossa."),
    (
        "competitor-bashing",
        'Kerroit, että toinen tarjoaja mainostaa olevansa "Pohjoismaiden johtava palvelu".',
    ),
    ("competitor-bashing", "Kilpailijanne tarjoaa saman palvelun hitaammalla aikataululla."),
    ("competitor-bashing", "Nykyisen toimittajanne laitteiden teho on heikompi."),
    ("competitor-bashing", "Emme väitä, että muut toimijat olisivat huonoja."),
    ("competitor-bashing", "Kukaan toimittajista ei ole vielä ratkaissut tätä ongelmaa."),
    # a negated promise verb takes back its whole "että" clause
    ("unbacked-promise", "Emme lupaa, ettei siirtymä aiheuta yhtään tuotantokatkoa."),
    ("unbacked-promise", "En voi luvata, että linjat pysyvät aina puhtaina."),
    ("unbacked-promise", "Emme väitä, että katkot jäävät historiaan."),
    # what happened, or what the law guarantees, is no promise of the seller's
    ("unbacked-promise", "Olette varmasti huomanneet, että palautuksia tulee joulukuussa."),
    ("unbacked-promise", "Olette varmasti saaneet paljon yhteydenottoja tästä aiheesta."),
    ("unbacked-promise", "Kuluttajansuojalaki takaa asiakkaillenne oikeuden palauttaa tuote."),
    ("unbacked-promise", "Sopimus takaa hankintayksikölle oikeuden irtisanoa palvelu."),
    ("unbacked-promise", "Rahtihinta ilman odotusriskiä, kun lastausvuorot pitävät."),
    ("unbacked-promise", "Kun ongelmaa ei enää ole, huoltokäynnit loppuvat."),
    ("unbacked-promise", "Tämä vika ei enää kuulu takuun piiriin."),
    ("unbacked-promise", "Sinulla on varmasti tärkeämpiäkin asioita hoidettavana."),
    ("unbacked-promise", "Puristin maksaa itsensä takaisin yleensä ensimmäisen vuoden aikana."),
    ("unbacked-promise", "Lupaan, etten vie kuin vartin."),
    ("unbacked-promise", "Lupaan, ettei siihen mene kuin minuutti."),
    ("unbacked-promise", "Usein yllättää yksi asia: ongelma ei ole kone vaan lataus."),
    ("unbacked-promise", "Hoitajat eivät voi nukkua yönsä rauhassa, kun hälytyksiä tulee."),
    # the writer's next step, a feature's wording, or a promise with a named day
    ("unbacked-promise", "Lupaan palata asiaan pian."),
    ("unbacked-promise", "Sen voin luvata, mitä voin mitata."),
    ("competitor-bashing", "Tiedän, kenestä puhutte: Virtasen tiimi on meillekin tuttu."),
    ("competitor-bashing", "Kilpailijanne kanssa ongelma ratkesi nopeasti."),
    ("servile-tone", "Kilpailijan myyjät ovat olleet tungettelevia."),
    ("servile-tone", "Nykyiset talot myyvät teille vastaanottoaikoja ja kalliita raportteja."),
    ("servile-tone", "Pahoittelen, että eilen lähettämässäni tarjouksessa oli väärä päivä."),
    ("servile-tone", "Pahoittelen, että vastaukseni viivästyi."),
    ("servile-tone", "Osuuskunnan neuvojat tuputtavat vain omia tiivisteitään."),
    ("self-praise", "Voin näyttää tarkistuslistan, jota parhaiten pärjänneet tehtaat käyttivät."),
    ("self-praise", "Yrityksenne on Suomen ainoa valmistaja, joka testaa jokaisen erän."),
    ("self-praise", "Alueen parhaalla neljänneksellä kuolleisuus on alle 3 %."),
    ("self-praise", "Omistajamme johtavat yhä yritystämme itse."),
    ("self-praise", "Tämä on alan kovin haaste juuri nyt: hinnat nousivat 12 %."),
    ("competitor-bashing", "Kilpailijanne ei ole koskaan käynyt Suomessa."),
    ("competitor-bashing", "Kilpailijan asentaja kävi kohteessa eilen."),
    ("competitor-bashing", "Kevät on niin kiireistä, että moni jää jonon hännille."),
    ("competitor-bashing", "Kilpailija piti lupauksensa ja toimitti ajallaan."),
    ("competitor-bashing", "Kilpailijan kone seisoo paikallaan koko talven."),
    (
        "competitor-bashing",
        "Vaihteistovalmistajien toimitusajat venyvät. Olemme nopein varaosavalmistaja, eikä "
        "yksikään asiakkaamme ole joutunut odottamaan.",
    ),
    ("competitor-bashing", "Viime kesän huono sato näkyy osuuskuntanne jäsenten varastoissa."),
    (
        "competitor-bashing",
        "Yritysten pilvikuluista neljännes menee ylimitoitettuihin palvelimiin.",
    ),
    ("competitor-bashing", "Olemme ylivoimaisesti paras kumppani, eikä kukaan pärjää meille."),
    # hopeless and wasted said of something else than the vendor; skilled hands
    ("competitor-bashing", "Kilpailijanne tilanne ei ole toivoton, vaikka markkina laski."),
    (
        "competitor-bashing",
        "Ylimitoitettu varasto on rahan tuhlausta, ja kilpailijanne on jo purkanut omansa.",
    ),
    ("competitor-bashing", "Kilpailijanne siirsi asiakaspalvelun kokeneiden myyjien käsiin."),
    # "mostly" with a plain object: what is drunk or offered, no sneer
    ("competitor-bashing", "Kilpailijan asentajat juovat lähinnä kahvia, kertoi kyselymme."),
    ("competitor-bashing", "Kilpailijanne tarjoaa lähinnä leimattuja paperipasseja."),
    # no one can promise it, the writer included; "it too" is praise on equal footing
    (
        "competitor-bashing",
        "Sitä ei voi kukaan luvata tuon ikäisestä koneesta, ei kilpailijakaan.",
    ),
    ("competitor-bashing", "Kilpailijanne kone on hyvä, mutta kukaan ei voi taata sen kestoa."),
    ("competitor-bashing", "Kilpailijoilla on omat mallinsa, ja nekin ovat ihan kelvollisia."),
    # the writer counts itself in
    (
        "competitor-bashing",
        "Toimitusajat ovat venyneet surkeasti kaikilla, niin meillä kuin Hakkaraisen korjaamollakin.",
    ),
    ("competitor-bashing", "Toimitukset ovat olleet surkeita sekä meillä että kilpailijoilla."),
    # a fraud's victim: a bill paid because of it has no doer named
    ("competitor-bashing", "Kilpailijan vakuutus ei kata huijauksella maksettua laskua."),
    # the reader's free choice of supplier; the writer counted in with "vai meillä"
    (
        "competitor-bashing",
        "Lajittelu säästää 600 euroa kuussa, valitsitpa toimittajaksi kenet tahansa.",
    ),
    (
        "competitor-bashing",
        "Riski on sama, onko auto nykyisellä toimittajallasi vai meillä: vanha auto hajoaa.",
    ),
    # bargaining on price is fair trade; what one may skimp on is a choice
    ("competitor-bashing", "Moni valmistaja on tulkinnut, että käännöksistä voi nyt tinkiä."),
    ("competitor-bashing", "Kilpailijanne tinkii hinnasta, jos tilaatte koko vuoden kerralla."),
    ("competitor-bashing", "Isot ketjut tinkivät katteista suurissa kilpailutuksissa."),
    # no one beats the one praised; a fee for the customer's own shortfall
    (
        "competitor-bashing",
        "Suomen kokenein koulujen laitekumppani, jota kukaan ei voita huollossa.",
    ),
    (
        "competitor-bashing",
        "Kilpailijanne hinnoissa heitä ei lyö kukaan, mutta toimitus kestää viikon.",
    ),
    ("competitor-bashing", "Kaukolämpöyhtiö voi periä lisämaksua huonosta jäähtymästä."),
    ("competitor-bashing", "Osa energiayhtiöistä laskuttaa huonosta jäähtymästä erikseen."),
    ("competitor-bashing", "Sähköyhtiöt veloittavat heikosta tehokertoimesta loistehomaksun."),
    (
        "competitor-bashing",
        "Kotimaisissa B2B-SaaS-yrityksissä taustalla on keskeneräinen käyttöönotto.",
    ),
    (
        "competitor-bashing",
        "Mitä vertailuyhtiöissä muutettiin: asentaja kuittaa käynnin puhelimella.",
    ),
    ("competitor-bashing", "Kilpailijan kuljettajat menevät metsään hakemaan puita."),
    ("competitor-bashing", "Yksi onnistunut huijaus voi viedä taloyhtiön korjausrahaston."),
    ("competitor-bashing", "Kilpailijalla on hienot esitteet, ja hinnat ovat samaa tasoa."),
    ("competitor-bashing", "Kilpailijanne kasvoi viime vuosikymmenen aikana kaksinkertaiseksi."),
    ("competitor-bashing", "Kilpailijanne tarjous on paperilla, ja me toimitamme sähköisenä."),
    ("competitor-bashing", "Muut vaihtoehdot lupaavat paljon, mutta niissä on riskinsä."),
    ("unbacked-promise", "Kukaan ei voi luvata, että yksikään hyökkäys ei pääse läpi."),
    ("unbacked-promise", "Ennen vuotta 2023 yksikään hakemus ei päässyt läpi ilman liitteitä."),
    ("unbacked-promise", "Hinnat eivät pysy tällä tasolla ikuisesti."),
    ("unbacked-promise", "Nykyisen vartijan käynnit osuvat lähes aina samoihin kellonaikoihin."),
    ("unbacked-promise", "Limiitillä voitte maksaa luoton takaisin sitä mukaa, kun myynti kertyy."),
    ("unbacked-promise", "Lupaamme, että tiedätte viikon sisällä, jos kriittinen polku siirtyy."),
    # a named time as the deadline: "ennen syksyä", "juhannukseen mennessä"
    (
        "unbacked-promise",
        "Sen voin luvata, että saat ennen syksyä listan vaihdettavista kiskoista.",
    ),
    ("unbacked-promise", "Lupaamme, että merkinnät ovat valmiit juhannukseen mennessä."),
    ("unbacked-promise", "Takaan, että raportti on pöydälläsi ennen joulua."),
    # "ei sillä, että" denies what follows
    ("unbacked-promise", "Ei sillä, että takaisimme kaiken heti."),
    ("unbacked-promise", "Lupaan, että tämä on tosi lyhyt viesti."),
    ("unbacked-promise", "Sähkön hinta ei koskaan nouse yhtä jyrkästi kuin talvella 2022."),
    ("unbacked-promise", "Hintasi ei noussut koskaan sopimuskauden aikana."),
    ("servile-tone", "Haluamme olla tungettelevan myynnin vastakohta."),
    ("competitor-bashing", "Toimittajat säästävät kuluissa yhteiskuljetuksilla."),
    ("competitor-bashing", "Ryöstöjen määrä kasvoi viime vuonna 12 %."),
    ("unbacked-promise", "Lupaamme raportoida tulokset joka kuukausi."),
    ("unbacked-promise", "Lupaan seurata hakusijoituksianne viikoittain."),
    ("unbacked-promise", "Lupaamme olla yhteydessä heti, kun hinnasto valmistuu."),
    ("unbacked-promise", "Integraatio varmistaa, että saldot ovat aina ajan tasalla."),
    ("unbacked-promise", "Takaamme toimituksen perjantaina."),
    ("unbacked-promise", "Uusi kalusto on luvattu toimittaa maaliskuussa."),
    # a feature explained, a case from the past, a cardinal number, a disclaimer
    ("unbacked-promise", "Lupaan, että se vie korkeintaan kymmenen minuuttia."),
    ("unbacked-promise", "Takuu ei tarkoita, ettei vikoja tule."),
    (
        "unbacked-promise",
        "Puhdistukset ajoitettiin seisokkeihin, eikä yhtään sulatusta keskeytetty.",
    ),
    ("unbacked-promise", "Pahoittelen, en millään haluaisi olla vaivaksi."),
    ("unbacked-promise", "Pyytäkää toimittajalta aina kuukausiraportti."),
    ("unbacked-promise", "Koostin aikataulun, jolla vaihto onnistuu ilman katkoa."),
    ("unbacked-promise", "Heidän kanssaan siirto tuskin onnistuu ilman ongelmia."),
    ("unbacked-promise", "Tiedän, että saat tällaisia viestejä varmasti kymmeniä viikossa."),
    ("unbacked-promise", "Lupaan, ettei tapaaminen kestä kauan."),
    ("unbacked-promise", "Voin luvata, että demo on lyhyt."),
    # the terms in the next sentence of the paragraph, or a remedy on a condition
    (
        "unbacked-promise",
        "Takaamme vasteajan. Jos teknikko ei vastaa kahdessa tunnissa, hyvitämme 5 %.",
    ),
    ("unbacked-promise", "Toimitustakuu: jos lähetys myöhästyy, palautamme rahtimaksun."),
    (
        "unbacked-promise",
        "Tarjoamme tyytyväisyystakuun. Jos ette ole tyytyväisiä, voitte irtisanoa sopimuksen.",
    ),
    # a question reported, in any person
    ("unbacked-promise", "Kysyitte, voimmeko taata, että kaikki toimitukset tulevat ajallaan."),
    # a polite "saatte varmasti", a forecast of the market
    ("unbacked-promise", "Demossa saatte varmasti hyvän kuvan palvelusta."),
    ("unbacked-promise", "Saatte varmasti paljon yhteydenottoja."),
    ("unbacked-promise", "Sähkön hinnat nousevat varmasti ensi vuonna."),
    # a warranty is a term of the sale; an earlier promise referred to
    ("unbacked-promise", "Valmistajan takuu on voimassa normaalisti."),
    ("unbacked-promise", "Takuun piiriin kuuluvat viat korjataan maksutta."),
    ("unbacked-promise", "Laitteiden takuu siirtyy teille kaupan yhteydessä."),
    ("unbacked-promise", "Lupauksemme mukaisesti lähetän tarjouksen perjantaina."),
    # an aim is not a promise
    ("unbacked-promise", "Tavoitteemme on, että jokainen asiakas on aina tyytyväinen."),
    ("unbacked-promise", "Pyrimme siihen, että toimitukset tulevat aina ajallaan."),
    # another party's promise, reported: the writer promises nothing
    (
        "unbacked-promise",
        "Monet kilpailijat lupaavat toimituksen aina heti, mutta odotatte viikkoja.",
    ),
    ("unbacked-promise", "Nykyinen toimittajanne takaa paperilla nopean palvelun."),
    ("unbacked-promise", "Isot talot mainostavat huoletonta palvelua."),
    ("unbacked-promise", "Myyjää ei näe sopimuksen jälkeen enää koskaan."),
    # breakage, junk and "edes" said of the reader's own things or nobody's
    ("competitor-bashing", "Vanhat trukit hajoavat helposti pakkasella."),
    ("competitor-bashing", "Romu kannattaa kierrättää, ja saatte siitä hyvityksen."),
    ("competitor-bashing", "Kun huvittaa, voit kokeilla palvelua ilmaiseksi."),
    ("competitor-bashing", "Ymmärrämme, ettei kilpailijanne hinnoittelua voi kommentoida."),
    ("competitor-bashing", "Tilaa mitä tahansa, niin toimitamme sen, sattuipa mitä tahansa."),
    ("competitor-bashing", "Tarkistamme sopimuksestanne mahdolliset piilokulut."),
    (
        "competitor-bashing",
        "Kilpailijanne ei tarjoa tätä, koska se ei kiinnosta heidän asiakkaitaan.",
    ),
    (
        "unbacked-promise",
        "Hävikki laski nollaan kolmessa kuukaudessa, kertoo Kauppa Oy:n raportti.",
    ),
    ("competitor-bashing", "Ette ehkä edes tiedä, että hyllyn kulutus laskee yöllä."),
    # quoted text is someone else's words
    ("vague-fluff", 'Asiakas kirjoitti meille: "haluamme kokonaisvaltaisen ratkaisun".'),
    ("self-praise", 'Lehti kutsui heitä otsikossaan "alan johtavaksi toimijaksi".'),
    # literal, physical "seamless"
    ("vague-fluff", "Saumaton kouru muovataan työmaalla yhdestä kelasta."),
    ("vague-fluff", "Uusi taso tuli voimaan vuoden alussa."),
    # self-praise: about the reader, or about others
    ("self-praise", "Teidän alanne johtavana toimijana tiedätte tämän."),
    ("self-praise", "Johtava asiantuntijanne mainitsi asiasta messuilla."),
    ("self-praise", "Alan johtavat kaupat ovat jo siirtyneet sähköisiin kuitteihin."),
    ("self-praise", "Paras tapa arvioida muutosta on katsoa viime vuoden lukuja."),
    ("self-praise", "Suurin osa asiakkaistamme aloittaa kokeilulla."),
    ("self-praise", "Minulle sopivat parhaiten ensi viikon aamupäivät."),
    ("self-praise", "Teillä on maakunnan kaunein tehdasalue."),
    # the one congratulated is never the seller
    ("self-praise", "Onnittelut Kuopion parhaalle kahvilalle!"),
    ("self-praise", "Onnea maakunnan suosituimmalle leipomolle!"),
    ("self-praise", "Alan nopeimmat toimijat ovat jo siirtyneet sähköiseen tilaukseen."),
    (
        "self-praise",
        "Olimme mukana hankkeessa alan suurimman valimon, Pohjolan Metallin, kanssa.",
    ),
    ("self-praise", "Paras tapa aloittaa: pilotti yhdessä varastossamme."),
    ("self-praise", "Ylivoimaisesti yleisin syy hävikkiin on väärä lämpötila."),
    ("self-praise", "Emme ole alan suurin, mutta vastaamme tunnissa."),
    ("self-praise", "Vaihtoehto B on nopein, kuukausikulu noin 1 100 €."),
    # servile-tone: ordinary politeness and correcting an error
    ("servile-tone", "Sopiiko puhelu torstaina kello 10?"),
    ("servile-tone", "Saatte raportin 15 minuutin aikana."),
    ("servile-tone", "Pahoittelen pitkää toimitusaikaa viime kuussa."),
    ("servile-tone", "Anteeksi pitkä odotus, vastaus kysymykseenne on alla."),
    ("servile-tone", "Uskallamme ottaa riskin, koska pilotti on pieni."),
    ("servile-tone", "Tiedän, että kiireinen joulusesonki on jo ovella."),
    ("servile-tone", "Tietämättään moni yritys maksaa kiireisen kauden lisiä."),
    ("servile-tone", "Pahoittelen, edellisessä viestissäni oli väärä päivämäärä."),
    ("servile-tone", "Anturin asennus vie vain puoli tuntia autoa kohden."),
    ("servile-tone", "Tiedätte varmasti, että kiireinen sesonki alkaa pian."),
    # unbacked-promise: concrete terms, negation, past promises, other words
    ("unbacked-promise", "Takaamme toimituksen 10 arkipäivässä, muuten hyvitys 5 %."),
    ("unbacked-promise", "Emme voi luvata, että kustannukset laskevat."),
    ("unbacked-promise", "Emme takaa säästöjä, mutta mittaamme ne yhdessä."),
    ("unbacked-promise", "Kuten lupasin, liitteenä on raportti."),
    ("unbacked-promise", "Lupasin palata asiaan tällä viikolla."),
    ("unbacked-promise", "Palautettu tuote menee takaisin myyntiin samana päivänä."),
    ("unbacked-promise", "Olette varmasti huomanneet, että sähkön hinta vaihtelee."),
    # competitor-bashing: neutral facts, negated evaluations, no target
    ("competitor-bashing", "Kilpailijanne Rautio julkaisi uuden palvelun viime kuussa."),
    ("competitor-bashing", "Kilpailijanne eivät ole huonoja, mutta hinnoittelumme on erilainen."),
    ("competitor-bashing", "Huono sää viivästytti toimituksia marraskuussa."),
    ("competitor-bashing", "Työntekijänne kertovat, että heidän nykyinen työkalunsa on kömpelö."),
    (
        "competitor-bashing",
        "Kuljettajat kokevat, että heidän reittinsä ovat huonosti suunniteltuja.",
    ),
    ("competitor-bashing", "Muut vaihtoehdot ovat huonompia, koska ne vaativat investoinnin."),
    (
        "competitor-bashing",
        "Huono saatavuus on alan ongelma, ja kilpailijanne kärsivät siitä myös.",
    ),
    ("competitor-bashing", "Kilpailijat ovat jo siirtyneet sähköisiin kuitteihin."),
    ("competitor-bashing", "Kierrämme talon ja saatte kartan heikoista kohdista."),
    ("competitor-bashing", "Nurmela kärsi hitaista toimituksista, kunnes vaihtoi reittiä."),
    (
        "competitor-bashing",
        "Jos alueenne jatkaa nykyisellä mallilla, kilpailette heikommilla ehdoilla.",
    ),
    ("unbacked-promise", "Lähetän varmasti tarjouksen perjantaina."),
    ("unbacked-promise", "Kulut laskevat tyypillisesti 10–15 %, mutta emme voi taata sitä."),
    # not asserted: supposed in a condition, or asked of the reader
    ("unbacked-promise", "Voitteko taata, että jokainen työntekijä kuittaa ohjeen?"),
    ("unbacked-promise", "Jos haluatte taata tietoturvan, tarvitaan selkeä vastuunjako."),
    ("unbacked-promise", "Miten varmistatte, että jokainen laite päivittyy aina ajallaan?"),
    ("unbacked-promise", "Jos laitteet toimivat aina moitteetta, huoltoa ei tarvita."),
    ("unbacked-promise", "Palvelu toimii kello 8–16."),
    ("unbacked-promise", "Toimivatko varmuuskopionne aina moitteettomasti?"),
    ("unbacked-promise", "Onko kaikki aina kunnossa, kun tarkastaja tulee?"),
    ("unbacked-promise", "Tässä lupaamani luvut kohdevideoista."),
    ("unbacked-promise", "Lähetän lupaamamme laskelman huomenna."),
    ("unbacked-promise", "Sinulla on varmaan paljon raportteja työn alla."),
    ("unbacked-promise", "Annostelija kannattaa aina sijoittaa potilaspaikan viereen."),
    ("unbacked-promise", "Tietoturvaloukkaus on aina ilmoitettava viranomaiselle."),
    ("unbacked-promise", "Suojaimet pitää aina tarkistaa ennen työvuoroa."),
    ("unbacked-promise", "Teidän ei tarvitse huolehtia laskutuksesta, hoidamme sen."),
    # "nobody" with no vendor as its domain; the reader's and seller's own organisation
    (
        "competitor-bashing",
        "Meidän ei tarvitse odottaa ketään, koska haemme aineiston edelliseltä toimistolta itse.",
    ),
    ("competitor-bashing", "Arkistohuone on toimistossa se tila, jota kukaan ei halua ajatella."),
    (
        "competitor-bashing",
        "Monessa muussa pankissa päätös vie viikon. Hitaampi pankki menettää asiakkaita.",
    ),
    ("competitor-bashing", "Emme puhu pahaa kilpailijoista."),
    ("competitor-bashing", "Emme ole koskaan nähneet näin selkeää tilannetta."),
    ("competitor-bashing", "Tyypilliseen tapaan aloitamme kartoituksella."),
    ("competitor-bashing", "Kilpailijanne Rautio on tunnetusti alan suurin toimija."),
    ("competitor-bashing", 'Kuvasitte nykyisen toimittajanne raportteja sanalla "sekava".'),
    ("competitor-bashing", 'Kilpailija julkaisi "Pikatilaus"-palvelun viime kuussa.'),
    (
        "competitor-bashing",
        "Taloyhtiönne hissit ovat vanhoja, ja yksi rikkoutunut piirikortti voi pysäyttää hissin.",
    ),
    (
        "competitor-bashing",
        "Perheyhtiömme on perustettu 1962. Seinäjoen putkien saumat alkavat pettää.",
    ),
    # a result reported in the past, an aim, a purpose, a question, news passed on
    ("unbacked-promise", "Puolitimme Kuljetus Oy:n hävikin vuodessa."),
    ("unbacked-promise", "Kysyntä alallanne on kaksinkertaistunut kolmessa vuodessa."),
    ("unbacked-promise", "Tavoitteenamme on puolittaa käsittelyaikanne."),
    ("unbacked-promise", "Pyrimme puolittamaan vasteajan ensi vuoden aikana."),
    ("unbacked-promise", "Jotta kaikki sujuu ongelmitta, lähetämme ohjeet etukäteen."),
    ("unbacked-promise", "Voisimmeko yhdessä selvittää, miten läpimenoaika puolittuu?"),
    (
        "unbacked-promise",
        "Luin paikallislehdestä, että biokaasulaitoksenne kapasiteetti kaksinkertaistuu.",
    ),
    ("unbacked-promise", "Näette eron hinnoissa liitteen taulukosta."),
    ("unbacked-promise", "Kukaan ei halua katua hankintaa jälkikäteen."),
    ("unbacked-promise", "Laite toimi testissä moitteetta kolme kuukautta."),
    # a remedy as the alternative, a sanction written into the contract
    ("unbacked-promise", "Korjaamme vian pysyvästi tai palautamme rahat."),
    ("unbacked-promise", "Pidämme lupauksemme, ja siksi kirjaamme ne sopimukseen sanktioineen."),
    ("unbacked-promise", "Tämä kuulostaa taatusti tutulta kenelle tahansa myyntipäällikölle."),
    ("unbacked-promise", "Tilanne on varmasti tuttu monelle tuotantopäällikölle."),
    # terms written into the contract or its annex; the law's guarantee
    ("unbacked-promise", "Ei piilokuluja: kaikki hinnat ovat sopimuksen liitteessä."),
    ("unbacked-promise", "Takaamme laadun, ja kirjaamme vasteajat sopimukseen."),
    ("unbacked-promise", "Peruutusoikeus on taattu laissa."),
    ("unbacked-promise", "Yritämme aina löytää ratkaisun, joka sopii budjettiin."),
    ("unbacked-promise", "Sanotaan, että hyvä huolto maksaa itsensä takaisin."),
    # respect, a fault owned or explained, a correlative "se", self-praise
    (
        "competitor-bashing",
        "Nykyinen toimittajanne on varmasti pätevä kumppani, ja siksi vertailu kannattaa.",
    ),
    (
        "competitor-bashing",
        "Meidän kahden viikon viivästyksemme aiheutti ikkunatoimittajan konkurssi.",
    ),
    (
        "competitor-bashing",
        "Pohjolan Tekijät Oy oli kuusi viikkoa myöhässä. Heidän viivästyksensä johtui "
        "kunnan suunnitelmamuutoksista.",
    ),
    ("competitor-bashing", "Heikko kuuluvuus johtuu hallin teräsrakenteista, ei operaattorista."),
    (
        "competitor-bashing",
        "Kävimme läpi kuuden tukun tarjoukset. Suurin osa kaupoista ei kaadu hintaan vaan "
        "siihen, ettei kukaan soita perään.",
    ),
    ("competitor-bashing", "Kukaan Suomessa ei tee asiantuntijasisältöä paremmin kuin me."),
    ("competitor-bashing", "Asiakas ei ole meille pelkkä numero."),
    # the reader's own words told back; circumstances
    ("competitor-bashing", "Mainitsitte, että nykyinen toimittajanne on ollut hidas vastaamaan."),
    ("competitor-bashing", "Kuten kerroitte, nykyinen toimittajanne on hidas."),
    ("competitor-bashing", "Teidän mukaanne nykyinen toimittaja on surkea."),
    ("competitor-bashing", "Huono sää viivästytti kaikkien urakoitsijoiden töitä syksyllä."),
    ("competitor-bashing", "Muilla tukuilla sesonkituotteista tulee vain 30 % keräilyriveistä."),
    ("competitor-bashing", "Muut tukut siirtävät hitaasti kiertävät lavat ulkoiseen varastoon."),
    (
        "competitor-bashing",
        "Markkina on nyt yhtä kireä kuin 1990-luvulla, ja kilpailijat kamppailevat.",
    ),
    (
        "competitor-bashing",
        "Vuokrasopimus on tehty 1980-luvulla, ja nykyinen toimittajanne hoitaa sen.",
    ),
    ("competitor-bashing", "Kaikki tietävät, miten tärkeää toimitusvarmuus on alalla."),
    ("competitor-bashing", "Edellinen palvelumme oli hidas, ja siksi uudistimme sen."),
    ("servile-tone", "Pyydän anteeksi, että hinnoittelimme tarjouksen väärin."),
    ("servile-tone", "Ei ole mitenkään mahdollista toimittaa ennen juhannusta."),
    ("unbacked-promise", "Lupaan, etten vie aikaanne kuin muutaman minuutin."),
    ("unbacked-promise", "Ei ole epäilystäkään, että tarvitsette pian uuden järjestelmän."),
    (
        "unbacked-promise",
        "Meiltä saat seudun parhaat harkot, siitä ei ole epäilystäkään.",
    ),
    (
        "competitor-bashing",
        "Tietolinnan tuki on hoitanut käyttäjänne hyvin, eikä toimivaa palvelua kannata rikkoa.",
    ),
    ("competitor-bashing", "Vertailu: kaksi rakennusliikettä ensimmäisen puolen vuoden jälkeen."),
    (
        "competitor-bashing",
        "Tarjouspyynnöissä on 300 vaatimusta, ja kilpailijat vastaavat lähes kaikkiin ”kyllä”.",
    ),
    ("unbacked-promise", "Olin varma, että kilpailutus siirtyy."),
    ("self-praise", "En väitä, että olemme alan parhaita."),
    ("self-praise", "Pirkanmaan suurin asiakkaamme on Tampereen kaupunki."),
    ("competitor-bashing", "Ei kannata odottaa, että hinnat laskevat ensi vuonna."),
    (
        "competitor-bashing",
        "Huono uutinen on, että päivitys maksaa nykyisellä toimittajallanne noin 4 000 euroa.",
    ),
    ("competitor-bashing", "Kilpailijan ratkaisun huono puoli on hinta, hyvä puoli laajuus."),
    ("competitor-bashing", "Meiltä ei kannata odottaa ihmeitä, mutta vastaamme tunnissa."),
    ("self-praise", "Toimimme Pirkanmaan alueella jo kolmatta vuotta."),
    ("self-praise", "Asiakkaamme kertoi, että olemme parhaita, joiden kanssa he ovat toimineet."),
    (
        "unbacked-promise",
        "Huoltopäällikkönne totesi palaverissa, että yhteistyö on sujunut aina moitteetta.",
    ),
    ("unbacked-promise", "Kuten Anna sanoi, toimitukset tulevat aina ajallaan."),
    (
        "unbacked-promise",
        "Lupausten pitäminen on meille tärkeää, ja siksi mittaamme toimitusvarmuuden.",
    ),
    ("self-praise", "Teillä on käytössä Tikettitalon järjestelmä. Se on alan paras ratkaisu."),
]


def _case(sentence: str) -> tuple[str, int, int]:
    """The sentence without brackets, inside a short e-mail; the bracketed span."""
    start = sentence.index("[")
    end = sentence.index("]") - 1
    plain = sentence.replace("[", "").replace("]", "")
    return HEAD + plain + TAIL, len(HEAD) + start, len(HEAD) + end


def _rule(rule_id: str) -> LexiconRule:
    return load_lexicon_file(RULES_DIR / f"{rule_id}.toml")


POSITIVE = [
    pytest.param(rule, term, sentence, id=f"{rule}:{term.split('|')[0]}:{n}")
    for rule, terms in CASES.items()
    for term, sentences in terms.items()
    for n, sentence in enumerate(sentences)
]


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_rule_file_metadata(rule_id: str) -> None:
    rule = _rule(rule_id)
    assert rule.info.id == rule_id
    assert rule.info.severity.value == "warning"
    assert rule.info.weight == WEIGHTS[rule_id]
    assert "{text}" in rule.spec.message
    docs = rule.spec.docs
    assert docs.why and docs.fires and docs.does_not_fire and docs.source
    assert docs.kind == "email"


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_every_term_has_three_cases(rule_id: str) -> None:
    labels = [t.label for t in _rule(rule_id).spec.terms]
    assert len(labels) == len(set(labels)), "duplicate term entries"
    for label in labels:
        assert len(CASES[rule_id].get(label, [])) >= 3, f"{rule_id}: term {label!r} needs 3 cases"
    assert set(CASES[rule_id]) == set(labels), "cases for terms that no longer exist"


@pytest.mark.parametrize(("rule_id", "term", "sentence"), POSITIVE)
def test_term_fires_with_exact_span(rule_id: str, term: str, sentence: str, linter: Linter) -> None:
    text, start, end = _case(sentence)
    spans = [(f.start, f.end) for f in linter.lint(text, "email").findings if f.rule == rule_id]
    assert (start, end) in spans, f"{rule_id} {term!r}: want {text[start:end]!r}, got " + repr(
        [text[s:e] for s, e in spans]
    )


@pytest.mark.parametrize(("rule_id", "sentence"), NEGATIVES)
def test_hard_negative_does_not_fire(rule_id: str, sentence: str, linter: Linter) -> None:
    text = HEAD + sentence + TAIL
    found = [
        text[f.start : f.end] for f in linter.lint(text, "email").findings if f.rule == rule_id
    ]
    assert not found, f"{rule_id} fired on {found}"


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_docs_bad_fires_and_good_is_clean(rule_id: str, linter: Linter) -> None:
    docs = _rule(rule_id).spec.docs
    bad = {f.rule for f in linter.lint(docs.bad, docs.kind).findings}
    good = [
        (f.rule, docs.good[f.start : f.end]) for f in linter.lint(docs.good, docs.kind).findings
    ]
    assert rule_id in bad
    assert not [g for g in good if g[0] in RULE_IDS], good


def test_the_company_named_in_the_sentence_before_is_the_seller(linter: Linter) -> None:
    """ "Esimerkki Oy:n perustivat … Yhtiö on Suomen paras …": the company the sentence
    before named (with its company form inflected) is the seller; another firm is not."""
    ours = "Esimerkki Oy:n perustivat vuonna 2006 kaksi tutkijaa. Yhtiö on Suomen paras tarjoaja."
    # back through "the company" of the sentence between, and "se" taking it up
    later = (
        "Esimerkki Oy:n perustivat Espoossa vuonna 2006 kaksi tutkijaa. Yhtiöllä on 45 "
        "työntekijää. Yhtiö on palkittu kahdesti, ja se on Suomen paras tarjoaja."
    )
    for body in (ours, later):
        text = HEAD + body + TAIL
        spans = [text[f.start : f.end] for f in linter.lint(text, "email").findings]
        assert "paras" in spans, body
    theirs = (
        "Turvaväylä Oy:n perustivat vuonna 2006 kaksi tutkijaa. Yhtiö on Suomen paras tarjoaja."
    )
    text = HEAD + theirs + TAIL
    assert "self-praise" not in {f.rule for f in linter.lint(text, "email").findings}


def test_the_senders_domain_names_the_seller_in_the_signature(linter: Linter) -> None:
    text = (
        "From: Elina <elina@tuulensuu.fi>\nTo: Hanna <hanna@vaskinen.fi>\nSubject: Kokous\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nHei Hanna,\n\n"
        "Tuulensuu on maakunnan paras kokoushotelli.\n\nTerveisin\nElina Koskinen\n"
        "myyntipäällikkö, Kongressihotelli Tuulensuu\n"
    )

    def praised(raw: str) -> list[str]:
        report = linter.lint_message(parse_bytes(raw.encode(), path="tuulensuu.eml"))
        return [raw[f.start : f.end] for f in report.findings if f.rule == "self-praise"]

    assert praised(text) == ["paras"]
    assert praised(text.replace("Tuulensuu on", "Kilpailijanne Rantala on")) == []
    # a domain that runs the name's words together: "Kaarna Huolto" for kaarnahuolto.fi
    two_words = (
        text.replace("tuulensuu.fi", "kaarnahuolto.fi")
        .replace("Tuulensuu on", "Kaarna Huolto on")
        .replace("Kongressihotelli Tuulensuu", "Kaarna Huolto")
    )
    assert praised(two_words) == ["paras"]


def test_signature_name_makes_third_person_self_praise(linter: Linter) -> None:
    text = "Hei Anna,\n\nEsimerkki on alan johtava toimija.\n\nTerveisin\nMatti Meikäläinen\nEsimerkki Oy"
    found = _spans(linter, text, "self-praise", "email")
    assert found == ["alan johtava"]
    # an adverb opening the sentence is no part of another name ("Rakennus Esimerkki" is)
    for opening, praised in (("Nykyään", ["alan johtava"]), ("Rakennus", [])):
        text = f"Hei Anna,\n\n{opening} Esimerkki on alan johtava toimija.\n\nTerveisin\nMatti\nEsimerkki Oy"
        assert _spans(linter, text, "self-praise", "email") == praised, opening


def test_an_opinion_marker_is_no_self_reference_but_the_seller_still_is(linter: Linter) -> None:
    """ "mielestäni" carries "my" but says whose view it is, not whom the clause is about."""
    text = "Hei Anna,\n\n{}\n\nTerveisin\nMatti Meikäläinen\nEsimerkki Oy"
    for body, praised in (
        ("Palvelumme on mielestäni alan paras.", ["paras"]),
        ("Esimerkki on tietääkseni alan paras.", ["paras"]),
        ("Kalevan Leipomon limput ovat mielestäni maan parhaita.", []),
        # the set the writer has seen, ranked: the reader's houses, not the writer's
        ("Kalevan Isännöinnin kohteet ovat kiertämistäni taloista parhaiten hoidettuja.", []),
        ("Tekemämme työ on alan parasta.", ["parasta"]),
    ):
        assert _spans(linter, text.format(body), "self-praise", "email") == praised, body


def test_the_product_named_by_the_tail_of_the_sellers_name(linter: Linter) -> None:
    """ "Vire" signed as "Työvire Oy": the product carries the company's name."""
    body = "Vire on markkinoiden paras vuorosuunnittelun työkalu. Sopisiko demo torstaina klo 10?"
    text = f"Hei Anna,\n\n{body}\n\nTerveisin\nMikko Lahtinen\nTyövire Oy"
    assert _spans(linter, text, "self-praise", "email") == ["paras"]
    other = text.replace("Työvire Oy", "Kaarnatalo Oy")
    assert _spans(linter, other, "self-praise", "email") == []


@pytest.mark.parametrize(
    ("body", "span"),
    [
        # "yritys" after the seller's name in the same sentence
        (
            "Esimerkki Oy perustettiin vuonna 2006, ja siitä lähtien yritys on kasvanut alan "
            "johtavaksi toimijaksi.",
            "alan johtavaksi",
        ),
        # what the seller offered in the sentence before, named again
        (
            "Tarjoamme kunnille varmuuskopiointia ja tietoturvapalveluja. Palvelu on markkinoiden "
            "paras valinta.",
            "paras",
        ),
    ],
    ids=["the-company", "the-service"],
)
def test_the_seller_under_a_common_noun(linter: Linter, body: str, span: str) -> None:
    assert _spans(linter, HEAD + body + TAIL, "self-praise") == [span]


@pytest.mark.parametrize(
    ("text", "kind", "span"),
    [
        # what the reader gets is the seller's offer
        (
            "Hevostallin ruokinta\n\n1. Mitä saat\n   - Markkinoiden parhaat hevosrehut\n"
            "2. Aloitetaan\n   - Pyydä tarjous\n",
            "outline",
            "parhaat",
        ),
        # the product named for its customer in the deck title
        (
            "# Suomen nopein kassa – Kassavirta Teekulmalle\n\n## Ehdotus\n- Demo\n",
            "outline",
            "nopein",
        ),
        # a signature under no closing names the seller
        (
            "Hei Anna,\n\nKassavirta on Pohjoismaiden kehittynein maksualusta.\n\nSopiiko demo "
            "torstaina klo 9?\n\nJoona Lehtinen\nKassavirta\n",
            "email",
            "kehittynein",
        ),
        # the praised ones are with us, said in the next clause
        (
            HEAD
            + "Tähän tarvitaan maan kovimmat hotellimarkkinoijat, ja ne istuvat meillä."
            + TAIL,
            "email",
            "maan kovimmat",
        ),
    ],
    ids=["what-you-get", "product-for-customer", "bare-signature", "they-sit-with-us"],
)
def test_the_seller_praised_without_saying_we(
    linter: Linter, text: str, kind: str, span: str
) -> None:
    assert span in _spans(linter, text, "self-praise", kind)


@pytest.mark.parametrize(
    "body",
    [
        "Alan suurimmat toimijat ovat siirtyneet pilveen, ja se näkyy meilläkin.",
        "Käytätte Kurssivelhon palvelua. Palvelu on markkinoiden suosituin.",
        "Esimerkki Oy tarkasti 40 kuntaa, ja yritys, joka oli alueen suurin, säästi eniten.",
    ],
    ids=["the-trend-seen-here", "the-readers-service", "a-customer-company"],
)
def test_a_common_noun_of_another_is_not_the_seller(linter: Linter, body: str) -> None:
    assert _spans(linter, HEAD + body + TAIL, "self-praise") == []


def test_closing_formula_is_not_self_praise(linter: Linter) -> None:
    text = "Hei Anna,\n\nSopiiko puhelu torstaina kello 10?\n\nParhain terveisin\nMatti Meikäläinen"
    assert "self-praise" not in {f.rule for f in linter.lint(text, "email").findings}


def test_negation_does_not_cross_into_a_coordinated_clause(linter: Linter) -> None:
    text = HEAD + "Kilpailijat eivät vastaa puhelimeen ja heidän järjestelmänsä on kömpelö." + TAIL
    found = [text[f.start : f.end] for f in linter.lint(text, "email").findings]
    assert "kömpelö" in found


def test_a_big_systems_makers_are_vendors(linter: Linter) -> None:
    text = (
        HEAD + "Moni parturi on vaihtanut meille ison ketjujärjestelmän jälkeen, jonka laskutus "
        "on suoraan sanottuna rahastusta." + TAIL
    )
    assert _spans(linter, text, "competitor-bashing") == ["rahastusta"]


def test_a_negation_hung_on_a_relative_pronoun_negates_its_clause(linter: Linter) -> None:
    text = (
        HEAD + "Edellinen kouluttajanne teetti vain persoonallisuustestejä, joista ei ollut "
        "mitään hyötyä." + TAIL
    )
    assert _spans(linter, text, "competitor-bashing") == ["hyötyä"]
    # where the relative pronoun is the predicate itself, "ei" is its own
    owned = HEAD + "Nykyinen toimittajanne käyttää halpaa työvoimaa, jolla ei ole "
    owned += "aavistustakaan konetekniikasta." + TAIL
    assert _spans(linter, owned, "competitor-bashing") == ["aavistustakaan"]


def test_negation_does_not_reach_a_predicate_with_its_own_copula(linter: Linter) -> None:
    # the parser hangs "romua" on "yllätä" as its object; its own "on" makes it a clause
    text = HEAD + "Kilpailijan kalusto ei yllätä: heidän kalustonsa on romua." + TAIL
    found = [text[f.start : f.end] for f in linter.lint(text, "email").findings]
    assert "romua" in found


def test_a_verb_of_another_person_is_no_connegative(linter: Linter) -> None:
    # the parser hangs the 3rd-person "ei" of the "että" clause on "Takaamme"
    text = (
        HEAD + "Kuulas on paras. Takaamme, että jokainen vieras on tyytyväinen liinavaatteisiin "
        "ja että toimituksissa ei ole koskaan ongelmia." + TAIL
    )
    assert _spans(linter, text, "unbacked-promise") == ["Takaamme", "koskaan ongelmia"]
    # a real negation of the guarantee still takes it back
    taken_back = HEAD + "Emme takaa, että ongelmia ei koskaan tule." + TAIL
    assert _spans(linter, taken_back, "unbacked-promise") == []


def test_pronoun_stands_for_a_vendor_named_before(linter: Linter) -> None:
    text = (
        HEAD
        + "Tilaatte nyt kasvikset Tukkuri Oy:ltä. Heidän kasviksensa ovat usein pilalla."
        + TAIL
    )
    found = [text[f.start : f.end] for f in linter.lint(text, "email").findings]
    assert "pilalla" in found


@pytest.mark.parametrize(
    ("named", "business"),
    [
        # a name Voikko reads as a place, doing the trade's work
        ("Salmela hoiti viime vuonna monen toimiston pikkujoulut.", True),
        # the parser takes the name after the verb for the object
        ("Kuulin, että kunnan auditoinnit on viime vuodet tehnyt Kalliola.", True),
        # a kind of business owned by a surname
        ("Luin Aholan huoltoliikkeen tekemän kuntoraportin.", True),
        # a person named in full, and a place where work was done
        ("Mikko Salmela hoiti viime vuonna monen toimiston pikkujoulut.", False),
        ("Kävimme viime vuonna Salmelassa katsomassa pikkujoulupaikkoja.", False),
    ],
    ids=["place-name-at-work", "swapped-object", "surnames-shop", "a-person", "a-place"],
)
def test_a_name_doing_the_trades_work_is_a_business(
    linter: Linter, named: str, business: bool
) -> None:
    """ "He" after such a name stands for the business."""
    text = HEAD + named + " Heillä ei ole ketään, joka osaisi mitata putkistoa." + TAIL
    assert bool(_spans(linter, text, "competitor-bashing", "email")) is business


@pytest.mark.parametrize(
    ("body", "span"),
    [
        # the vendor's crew summed up right after it is named
        (
            "Tiedän, että Pohjolan Verkkotyö tarjosi sinulle kauppaa keväällä. Ihan kelpo "
            "porukka sinänsä, kunhan ei odota vastausta samalla viikolla.",
            "Ihan kelpo",
        ),
        # a counted place and a compound of "paikka" are new, not the vendor's premises
        (
            "Luin, että Ravintolaryhmä Kivijalka avaa kaksi ravintolaa. Eri toimipaikoissa "
            "lisien rajat menevät helposti sekaisin, kun sama työntekijä tekee vuoroja kahdessa "
            "paikassa.",
            None,
        ),
    ],
    ids=["the-crew", "counted-and-compound-places"],
)
def test_a_noun_right_after_the_vendor_stands_for_it(
    linter: Linter, body: str, span: str | None
) -> None:
    found = _spans(linter, HEAD + body + TAIL, "competitor-bashing", "email")
    assert found == ([span] if span else [])


def test_a_surname_in_a_business_name_stands_for_it_when_repeated(linter: Linter) -> None:
    """ "Työterveys Holmström" is a business even when the seller signs "Työterveys
    Kaarna Oy"; "Holmström" alone in the next sentence stands for it."""
    text = (
        "Hei Antti,\n\nTiedän, että teillä on sopimus Työterveys Holmströmin kanssa. "
        "Holmström on ihan kelvollinen valinta, jos riittää, että paperit ovat kunnossa."
        "\n\nSopisiko puhelu tiistaina kello 10?\n\nTerveisin\nJuha Salo\nTyöterveys Kaarna Oy"
    )
    # (the low bar "jos riittää, että…" is a put-down of its own)
    assert _spans(linter, text, "competitor-bashing", "email") == [
        "ihan kelvollinen",
        "jos riittää",
    ]
    # in its own sentence the name decides nothing new: a visit told, a fault of the till
    visit = "Hei,\n\nVierailin Ravintola Kuusessa, ja maksupääte jumitti.\n\nTerveisin\nJuha"
    assert _spans(linter, visit, "competitor-bashing", "email") == []


def test_a_they_in_between_carries_the_business_further_back(linter: Linter) -> None:
    text = (
        HEAD
        + "Luin Aholan huoltoliikkeen tekemän raportin. Vanha kone käy 40 prosentin "
        + "kuormalla. Ongelma on verkossa. Ei ole yllättävää, että he päätyivät uuteen "
        + "koneeseen. Heillähän ei ole ketään, joka osaisi mitata putkistoa."
        + TAIL
    )
    assert _spans(linter, text, "competitor-bashing", "email") == ["ketään, joka osaisi"]
    # without the "he" in between, the business is too far back to be meant
    unlinked = text.replace("että he päätyivät uuteen koneeseen", "että kone on vanha")
    assert _spans(linter, unlinked, "competitor-bashing", "email") == []


@pytest.mark.parametrize(
    ("body", "span"),
    [
        # what the reader uses now, then "he"
        (
            "Tiedän, että käytätte nyt keskustan kongressihotellia. Buffet on samaa vuodesta "
            "toiseen, koska he eivät jaksa panostaa kokousryhmiin.",
            "jaksa",
        ),
        # where the reader's food came from, then its staff
        (
            "Kuulin, että joulujuhlanne ruoat tulivat viime vuonna keskustan pitopalvelusta. "
            "Ruoka tuli haaleana, eikä henkilökunta tuntunut välittävän mistään.",
            "välittävän",
        ),
        # in whose care the reader's thing is, then "he"
        (
            "Kuulin, että henkilöstönne työterveys on nyt Rantalan lääkäriaseman hoidossa. "
            "Valitettavasti he ovat tunnetusti sekavia.",
            "sekavia",
        ),
        # on whose lease the reader's cars are
        (
            "Kuulin, että autonne ovat nyt Lindqvistin leasingilla. Heidän sopimuksensa ovat "
            "alan surkeimpia.",
            "surkeimpia",
        ),
        # who does the reader's work (the parser may swap subject and object)
        (
            "Tiedän, että kohteidenne kattotarkastukset tekee nykyään Rantasen peltiliike. "
            "Heidän papereihinsa ei kannata luottaa.",
            "kannata luottaa",
        ),
    ],
    ids=["uses-now", "came-from", "in-their-care", "on-their-lease", "does-their-work"],
)
def test_the_readers_supplier_named_by_what_the_reader_buys(
    linter: Linter, body: str, span: str
) -> None:
    assert _spans(linter, body, "competitor-bashing") == [span]


def test_the_readers_own_staff_is_no_supplier(linter: Linter) -> None:
    body = (
        "Tiedän, että käytätte nyt keskustan kongressihotellia. Henkilökuntanne ei ehdi "
        "välittää kaikesta, kun ryhmiä on monta."
    )
    assert _spans(linter, body, "competitor-bashing") == []


def test_an_infinitive_clause_belongs_to_the_vendors_clause(linter: Linter) -> None:
    body = (
        "Tavalliset vuokraamot eivät tähän pysty, vaan tuovat sinulle vanhat heittimet ja "
        "jonkun harjoittelijan säätämään niitä."
    )
    assert _spans(linter, body, "competitor-bashing") == ["harjoittelijan säätämään"]


def test_a_label_naming_vendors_documents_is_no_source_cited(linter: Linter) -> None:
    """ "Lehden arvio:" cites one source; "Isojen konsulttitalojen raportit:" labels
    what a kind of vendor writes."""
    deck = (
        "# Raportointi\n\n## Miksi nykyiset kumppanit eivät riitä\n"
        "- Isojen konsulttitalojen raportit: satoja sivuja, joita kukaan ei lue\n"
    )
    assert _spans(linter, deck, "competitor-bashing", "outline") == ["kukaan"]


def test_current_supplier_named_by_role_and_repeated(linter: Linter) -> None:
    text = "1. Nykyinen hiomonne\n   - Hiomonne on tunnetusti hidas ja huolimaton\n"
    found = {text[f.start : f.end] for f in linter.lint(text, "outline").findings}
    assert {"hidas", "huolimaton"} <= found


def test_current_situation_is_not_a_supplier(linter: Linter) -> None:
    text = HEAD + "Nykyinen tilanne on huono monella alalla." + TAIL
    assert "competitor-bashing" not in {f.rule for f in linter.lint(text, "email").findings}


def test_ne_stands_for_companies_named_before(linter: Linter) -> None:
    text = (
        HEAD
        + "Muut firmat vuokraavat teille vanhoja laitteita. Ne eivät välitä asiakkaan kuluista."
        + TAIL
    )
    found = [(f.rule, text[f.start : f.end]) for f in linter.lint(text, "email").findings]
    assert ("competitor-bashing", "välitä") in found


def test_ne_without_a_vendor_before_is_not_bashing(linter: Linter) -> None:
    text = HEAD + "Laitteet ovat vanhoja. Ne eivät kestä pakkasta, ja siksi vaihdoimme ne." + TAIL
    assert "competitor-bashing" not in {f.rule for f in linter.lint(text, "email").findings}


def test_parhaillaan_is_an_adverb_not_self_praise(linter: Linter) -> None:
    text = HEAD + "Pilotoimme työkalua parhaillaan kahden verkkokaupan kanssa." + TAIL
    assert "self-praise" not in {f.rule for f in linter.lint(text, "email").findings}


def _spans(linter: Linter, text: str, rule_id: str, kind: str = "email") -> list[str]:
    """The text of each finding of one rule."""
    return [text[f.start : f.end] for f in linter.lint(text, kind).findings if f.rule == rule_id]  # type: ignore[arg-type]


def _found(linter: Linter, text: str, kind: str = "email") -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in linter.lint(text, kind).findings]  # type: ignore[arg-type]


def test_a_clause_without_a_subject_speaks_of_the_one_it_depends_on(linter: Linter) -> None:
    text = (
        HEAD + "Useimmat halvat tilitoimistot ottavat verkkokaupan asiakkaaksi ja huomaavat vasta "
        "tilinpäätöksessä, etteivät osaa maksunvälittäjien tilityksiä lainkaan." + TAIL
    )
    assert ("competitor-bashing", "osaa maksunvälittäjien tilityksiä lainkaan") in _found(
        linter, text
    )


def test_a_clause_in_the_first_person_does_not_inherit_the_vendor(linter: Linter) -> None:
    text = (
        HEAD + "Isot tilitoimistot ottavat verkkokauppoja asiakkaiksi, mutta myönnämme, ettemme "
        "osaa kaikkea lainkaan." + TAIL
    )
    # (the terms' side; the stance model's reading of it is a known false positive,
    # tests/test_stance.py)
    terms = [
        f
        for f in linter.lint(text, "email").findings
        if f.rule == "competitor-bashing" and "mallin arvio" not in f.message
    ]
    assert terms == []


OUTLINE_TOPIC = """# Toimistosiivous

## Mitä kilpailutuksessanne painotetaan
- Siivous iltaisin, 4 200 neliötä

## Perinteiset siivousyhtiöt
- Soitat viikon, eikä kukaan vastaa
- Laatu tarkistetaan lomakkeella, jota kukaan ei lue

## Ehdotus
- Kahden kuukauden pilotti kerroksissa 3–4
"""


def test_a_slide_title_names_the_vendor_its_bullets_speak_of(linter: Linter) -> None:
    found = _found(linter, OUTLINE_TOPIC, "outline")
    assert found.count(("competitor-bashing", "kukaan")) == 2


def test_a_thing_judged_under_the_vendors_title_is_theirs(linter: Linter) -> None:
    """A verb that blames only its party's things ("party_subject") takes the party
    from the slide title when the bullet names none: the invoicing is the vendor's."""
    deck = (
        "# Koneohjaus\n\n## Miksi nykyinen toimittaja ei riitä\n"
        "- Laskutus epäselvää, ja lisätöitä tulee joka käynnillä\n"
    )
    assert _spans(linter, deck, "competitor-bashing", "outline") == ["epäselvää"]


def test_a_name_in_the_slide_title_is_the_topic_of_its_bullets(linter: Linter) -> None:
    text = (
        "# Varastonhallinta\n\n## Tavoitteenne\n\n- Saldot oikein joka päivä\n\n"
        '## Nykytilanne Vellamon kanssa\n\n- "Reaaliaikainen" saldo kerran tunnissa\n\n'
        '## Meidän tapamme\n\n- "Reaaliaikainen" tarkoittaa jokaista skannausta\n'
    )
    assert _spans(linter, text, "competitor-bashing", "outline") == ["Reaaliaikainen"]


def test_the_current_provider_titled_is_the_topic_of_its_bullets(linter: Linter) -> None:
    text = (
        "Lelutori: mobiilikassa kuntoon\n\n1. Nykyinen maksunvälittäjä\n   - Tilisilta: ihan kelpo "
        "valinta, jos asiakkaasi ostavat yhä vuoden 2010 tapaan\n2. Ehdotus\n   - Demo\n"
    )
    assert "ihan kelpo" in _spans(linter, text, "competitor-bashing", "outline")


def test_the_readers_own_measurement_in_a_title_cites_no_source(linter: Linter) -> None:
    # a source word ("mittaus") titles a cited source only when no one owns it:
    # "mittauksesi" is the reader's, and the bullets judge the maker named under it
    text = (
        "# Putkien pintaviat\n- Juha, Visio Oy\n\n# Nykyinen mittauksesi ei riitä\n"
        "- Kaikuva-mittarit ovat vanhaa tekniikkaa\n"
    )
    assert _spans(linter, text, "competitor-bashing", "outline") == ["vanhaa tekniikkaa"]


def test_a_name_owning_the_slides_topic_is_the_audience(linter: Linter) -> None:
    text = (
        "1. Hiekkasärkkien Lomakylän kesäsesonki\n   - Perheet varaavat nyt puhelimella, ja "
        "varaussivu on hidas mobiilissa\n2. Ehdotus\n   - Mobiilisivu kesäkuuhun mennessä\n"
    )
    assert _spans(linter, text, "competitor-bashing", "outline") == []


def test_a_pronoun_does_not_stand_for_its_clause_mate(linter: Linter) -> None:
    text = (
        HEAD + "Moni vientiyritys teettää käännökset halvalla freelancereilla. Lopputulos on "
        "yleensä sen mukainen: hutiloituja tekstejä ja puuttuvia termejä." + TAIL
    )
    assert _spans(linter, text, "competitor-bashing") == ["hutiloituja"]


def test_a_vendor_working_at_the_readers_is_still_a_vendor(linter: Linter) -> None:
    text = HEAD + "Kirkas Siivous hoitaa teillä nyt ihan kelvollista perussiivousta." + TAIL
    assert _spans(linter, text, "competitor-bashing") == ["ihan kelvollista"]


def test_a_verb_is_no_vendor_word(linter: Linter) -> None:
    text = HEAD + "Laskutus jatkuu, vaikka kukaan ei muista, mitä viime kuussa tehtiin." + TAIL
    assert _spans(linter, text, "competitor-bashing") == []


def test_a_pronoun_stands_for_the_noun_just_before_it(linter: Linter) -> None:
    text = (
        HEAD + "Nykyinen laboratorionne toimittaa tulokset kerran kuukaudessa. Sameus nousi "
        "puolessa vuodessa nelinkertaiseksi, mutta kukaan ei huomannut sitä." + TAIL
    )
    assert _spans(linter, text, "competitor-bashing") == []


def test_the_sellers_observations_are_a_source_not_a_promise(linter: Linter) -> None:
    deck = (
        "# Ylläpito\n\n## Havaintomme vastaavista kohteista\n\n"
        "- Kun raja-arvot käydään läpi, hälytysmäärä puolittuu\n"
    )
    assert _spans(linter, deck, "unbacked-promise", "outline") == []
    promised = deck.replace("Havaintomme vastaavista kohteista", "Mitä lupaamme")
    assert _spans(linter, promised, "unbacked-promise", "outline") == ["puolittuu"]


def test_a_who_we_are_slide_speaks_of_the_seller(linter: Linter) -> None:
    deck = (
        "Esitys: Palkkapaja ja palkanlaskenta\n\n1. Keitä olemme\n"
        "   - Palkkapaja on Suomen johtava palkanlaskennan ohjelmisto pienille yrityksille\n"
    )
    assert _spans(linter, deck, "self-praise", "outline") == ["Suomen johtava"]
    # what the seller saw is the field's
    seen = deck.replace("Keitä olemme", "Mitä havaitsimme").replace(
        "Palkkapaja on Suomen johtava palkanlaskennan ohjelmisto",
        "Suomen johtava ohjelmisto on monelle liian kallis",
    )
    assert _spans(linter, seen, "self-praise", "outline") == []


def test_a_relative_clause_leaves_a_bullet_verbless(linter: Linter) -> None:
    deck = (
        "# Kiertovoima – yhteistyöesitys\n\n## Kiertovoima lyhyesti\n\n"
        "- Suomen johtava kierrätyskumppani, jonka asiakastyytyväisyys on alan korkein\n"
    )
    assert _spans(linter, deck, "self-praise", "outline") == ["Suomen johtava", "alan korkein"]


def test_others_of_the_readers_own_kind_are_its_peers(linter: Linter) -> None:
    peers = (
        "# Ehdotus Kaarnakosken tilitoimistolle\n\n## Lähtötilanne\n\n"
        "- Olette kasvava tilitoimisto, 30 työntekijää\n\n"
        "## Mitä muissa tilitoimistoissa on nähty\n\n"
        "- Useimmat kertovat, ettei kukaan ehtinyt opastaa uusia\n"
    )
    assert _spans(linter, peers, "competitor-bashing", "outline") == []
    # the same slide to a reader of another kind speaks of its vendors
    vendors = peers.replace("Olette kasvava tilitoimisto", "Olette kasvava rakennusliike")
    vendors = vendors.replace("tilitoimistolle", "rakennusliikkeelle")
    assert _spans(linter, vendors, "competitor-bashing", "outline") == ["kukaan"]
    # the deck's first slide names whom it is for
    audience = (
        "1. Kirjastojärjestelmän vaihto\n   - Seutukirjastojen ohjausryhmä 15.4.2025\n"
        "2. Mitä muut seutukirjastot ovat oppineet\n"
        "   - Vanhentuneita asiakastietueita oli 18–25 % kaikista tietueista\n"
    )
    assert _spans(linter, audience, "competitor-bashing", "outline") == []


def test_the_readers_current_system_is_its_vendors_work(linter: Linter) -> None:
    text = '# Esitys\n\n## Nykyinen järjestelmä lyhyesti\n\n- Saldot "reaaliajassa" – kunhan yöajo on valmis\n'
    assert _spans(linter, text, "competitor-bashing", "outline") == ["reaaliajassa"]


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # the figure belongs to the first of two coordinated main clauses
        (
            "Meillä samat kaksi vartijaa kiertävät kohdettanne joka yö, ja takaamme, että "
            "jokaiseen hälytykseen reagoidaan aina välittömästi.",
            True,
        ),
        # the figure is in the clause under the promise
        ("Takaamme, että osat ovat perillä 5 arkipäivässä.", False),
        ("Takaamme aina 2 tunnin vasteajan ja hyvitämme myöhästymiset.", False),
        # a coordinated nominal predicate with its own copula is a clause of its own
        (
            "Lupaan, että saat tekijän töihin kahdessa päivässä, ja hän on varmasti "
            "täsmälleen sellainen kuin toivot.",
            True,
        ),
        # a reason clause is asserted on its own: the main clause's month backs nothing
        (
            "Teidän ei tarvitse miettiä tyhjiä huoneita tammikuussa, sillä huoneet myydään "
            "varmasti loppuun.",
            True,
        ),
        ("Huoneet myydään varmasti loppuun tammikuussa.", False),
        # a price cut on the reader's own condition is no remedy
        ("Jos tilaatte nyt, energialaskunne puolittuu varmasti.", True),
    ],
)
def test_only_a_figure_in_the_promises_own_clauses_backs_it(
    linter: Linter, sentence: str, fires: bool
) -> None:
    assert bool(_spans(linter, HEAD + sentence + TAIL, "unbacked-promise")) is fires


def test_a_slide_title_reaches_only_its_own_bullets(linter: Linter) -> None:
    text = OUTLINE_TOPIC.replace("## Perinteiset siivousyhtiöt", "## Arjen pulmat")
    assert "competitor-bashing" not in {rule for rule, _ in _found(linter, text, "outline")}


def test_a_label_before_a_colon_names_the_vendor(linter: Linter) -> None:
    text = HEAD + "Perinteiset firmat: soitat viikon, kukaan ei vastaa." + TAIL
    assert ("competitor-bashing", "kukaan") in _found(linter, text)


def test_a_demonstrative_of_an_organisation_refers_back(linter: Linter) -> None:
    text = (
        HEAD + "Kirjanpitonne on nyt yhdessä isoista ketjuista. Ne talot pyörittävät asiakkaita "
        "liukuhihnalla." + TAIL
    )
    assert ("competitor-bashing", "liukuhihnalla") in _found(linter, text)


def test_a_promise_asked_of_the_seller_in_the_first_person_stays_a_promise(
    linter: Linter,
) -> None:
    text = HEAD + "Haluatteko, että takaamme tyytyväisyyden?" + TAIL
    assert ("unbacked-promise", "takaamme") in _found(linter, text)


def test_a_condition_ends_at_its_comma(linter: Linter) -> None:
    # the parser hangs the main clause under "jos": the comma decides
    text = HEAD + "Jos valitsette meidät, säästätte varmasti." + TAIL
    assert ("unbacked-promise", "säästätte varmasti") in _found(linter, text)


def test_moving_into_the_contract_writes_no_term_into_it(linter: Linter) -> None:
    # "kirjaamme sopimukseen" states a term; "siirryt huoltosopimukseemme" only switches
    text = (
        HEAD + "Kun siirryt meidän huoltosopimukseemme, trukkisi eivät enää koskaan hajoa "
        "kesken vuoron, ja säästät kuluissa varmasti." + TAIL
    )
    found = _found(linter, text)
    assert ("unbacked-promise", "enää koskaan") in found
    assert ("unbacked-promise", "säästät kuluissa varmasti") in found


def test_a_rhetorical_proposal_is_still_a_promise(linter: Linter) -> None:
    text = HEAD + "Entä jos voisimme taata, ettei yksikään toimitus myöhästy?" + TAIL
    assert ("unbacked-promise", "taata") in _found(linter, text)


def test_the_sellers_own_promise_is_not_another_partys(linter: Linter) -> None:
    # "kilpailijat" in the sentence does not make the seller's own clause reported
    text = HEAD + "Toisin kuin kilpailijat, me takaamme aina heti vasteen." + TAIL
    assert ("unbacked-promise", "aina heti") in _found(linter, text)
    # "yhtiömme" is the seller, "meiltä" the seller in a clause without a subject
    for sentence, span in [
        ("Yhtiömme takaa 100 % tyytyväisyyden.", "100 % tyytyväisyyden"),
        ("Meiltä saa aina kaiken heti.", "aina kaiken heti"),
        ("Teidän yrityksenne säästää varmasti.", "säästää varmasti"),
    ]:
        assert ("unbacked-promise", span) in _found(linter, HEAD + sentence + TAIL)


def test_a_fallback_counts_when_the_specific_term_it_overlaps_is_skipped(
    linter: Linter,
) -> None:
    deck = (
        "# Kiinteistöpalvelut\n\n## Meistä\n- Suomen luotettavin kumppani – alan paras työnjälki\n"
    )
    found = [
        deck[f.start : f.end]
        for f in linter.lint(deck, "outline").findings
        if f.rule == "self-praise"
    ]
    # "alan" is the field, no name: the specific "paras" or the fallback reports it
    assert any(span.endswith("paras") for span in found)


def test_a_bullet_about_a_labelled_thing_or_a_place_is_not_the_sellers(linter: Linter) -> None:
    deck = (
        "# Rekrytointimainonta\n\n## Mitä kanavat tavoittavat\n"
        "- Sosiaalisen median kohdennus: edullisin kontakti, lyhin huomioaika\n\n"
        "## Vaihtoehto A: Pasila\n- Paras saavutettavuus: junat viiden minuutin päässä\n"
    )
    assert "self-praise" not in {f.rule for f in linter.lint(deck, "outline").findings}
    # a one-word label is an attribute of the seller's own offer
    own = "# Palvelumme\n\n## Miksi me\n- Hinta: markkinoiden edullisin\n"
    assert "self-praise" in {f.rule for f in linter.lint(own, "outline").findings}
    # a product named on the slide title is still the seller's
    product = "# Esitys\n\n## Ratkaisu: Ohjausvahti\n- Markkinoiden älykkäin oppimisanalytiikka\n"
    assert "self-praise" in {f.rule for f in linter.lint(product, "outline").findings}


def test_ne_stands_for_the_plural_noun_before_it_in_the_same_sentence(linter: Linter) -> None:
    text = (
        HEAD + "Kävimme läpi 38 alan yrityksen aineistot. Yhdellä asiakkaallamme maksuja oli "
        "kertynyt, eikä kukaan ollut huomannut niitä." + TAIL
    )
    assert "competitor-bashing" not in {rule for rule, _ in _found(linter, text)}
    vendors = (
        HEAD + "Muut toimistot lupaavat kaikenlaista, mutta ne vain laskuttavat ja katoavat." + TAIL
    )
    assert ("competitor-bashing", "katoavat") in _found(linter, vendors)


def test_the_readers_own_office_repeated_is_not_the_vendor_named_before(linter: Linter) -> None:
    text = (
        HEAD + "Moni tilitoimisto hoitaa IT:n sivutyönä. Tämä jää viimeiseksi kaudeksi, jolloin "
        "toimistonne tekniikka reistailee." + TAIL
    )
    assert "competitor-bashing" not in {rule for rule, _ in _found(linter, text)}


def test_terms_in_another_paragraph_do_not_back_a_promise(linter: Linter) -> None:
    text = HEAD + "Takaamme vasteajan.\n\nHinta on 49 euroa kuukaudessa." + TAIL
    assert ("unbacked-promise", "Takaamme") in _found(linter, text)


def test_a_remedy_next_door_backs_only_a_guarantee(linter: Linter) -> None:
    # "ei tarvitse stressata" is no guarantee whose terms a neighbour could state
    text = (
        HEAD + "Muutto hoituu viikonlopussa, eikä siitä tarvitse stressata. Jos jokin "
        "rikkoutuu, korvaamme sen." + TAIL
    )
    assert ("unbacked-promise", "stressata") in _found(linter, text)


def test_a_bullet_about_the_readers_costs_is_no_promise(linter: Linter) -> None:
    text = "## Kustannukset työmaillanne\n- Lämmityskustannukset moninkertaistuvat pakkasjaksoina\n"
    assert "unbacked-promise" not in {f.rule for f in linter.lint(text, "outline").findings}


def test_another_name_sharing_a_word_with_the_sellers_is_not_the_seller(linter: Linter) -> None:
    body = "Hei Katja,\n\nRakennus Aalto pysyi aikataulussa parhaiten.\n\nTerveisin\nJari\n"
    ours = "Hei Katja,\n\nKivijalka pysyi aikataulussa parhaiten.\n\nTerveisin\nJari\n"
    signature = "Rakennus Kivijalka Oy\n"
    other = linter.lint(body + signature, "email").findings
    own = _spans(linter, ours + signature, "self-praise")
    assert "self-praise" not in {f.rule for f in other}
    assert own == ["parhaiten"]
    # a model code after the seller's name is its product, not another name
    model = "Hei Katja,\n\nSimurata S4 on markkinoiden paras simulaattori.\n\nTerveisin\nJari\n"
    assert _spans(linter, model + "Simurata Oy\n", "self-praise") == ["paras"]


def test_a_negation_hung_on_an_opening_adverb_still_negates_the_verb(linter: Linter) -> None:
    text = (
        HEAD + "Nykyisellä yhtiölläsi korvauksia käsitellään hitaasti. Siellä ei kai kukaan enää "
        "edes teeskentele kiinnostuvansa pienistä asiakkaista." + TAIL
    )
    found = _spans(linter, text, "competitor-bashing", "email")
    assert "kukaan" in found


@pytest.mark.parametrize(
    ("rule_id", "kind", "text", "spans"),
    [
        # a bullet under the seller's slide title promises for the seller
        (
            "unbacked-promise",
            "outline",
            "## Mitä lupaamme\n- Jonot lyhenevät varmuudella\n",
            ["lyhenevät varmuudella"],
        ),
        # a correlative "siitä, että" clause speaks of the vendor in its main clause
        (
            "competitor-bashing",
            "email",
            HEAD
            + "Nykyinen kuljetusfirmasi on tunnettu siitä, että autot tulevat miten sattuu."
            + TAIL,
            ["miten sattuu"],
        ),
        # a demonstrative after the seller's own sentence is the seller
        (
            "self-praise",
            "email",
            HEAD + "Olemme rakentaneet päivystyksille näkymän. Kyseessä on markkinoiden "
            "luotettavin alusta." + TAIL,
            ["luotettavin"],
        ),
        # a place in a bullet names no other party
        (
            "self-praise",
            "outline",
            "## Yhtiömme lyhyesti\n- Alan arvostetuin raportointitalo Pohjoismaissa\n",
            ["arvostetuin"],
        ),
        # a relative clause may stand between the vendor and the verdict in one clause
        (
            "competitor-bashing",
            "email",
            HEAD + "Isot vartiointiketjut lähettävät kohteisiin vuokravartijoita, jotka eivät "
            "tunne paikkoja eivätkä jaksa välittää." + TAIL,
            ["jaksa", "välittää"],
        ),
        # what follows a colon elaborates the vendor named before it
        (
            "competitor-bashing",
            "email",
            HEAD + "Aika hyvin kuvaa sitä firmaa: kun jotain tapahtuu, asiakkaat jätetään "
            "heitteille." + TAIL,
            ["jätetään heitteille"],
        ),
        # the makers of big international platforms are vendors, the seller"s own are not
        (
            "competitor-bashing",
            "email",
            "Hei Anna,\n\nSuurten kansainvälisten alustojen tehtävät ovat kömpelöitä käännöksiä.\n\nTerveisin\nJari",
            ["kömpelöitä"],
        ),
        (
            "competitor-bashing",
            "email",
            "Hei Anna,\n\nEnsimmäisen versiomme tehtävät ovat kömpelöitä käännöksiä.\n\nTerveisin\nJari",
            [],
        ),
        # cheap guards are vendors
        (
            "competitor-bashing",
            "email",
            "Hei Anna,\n\nHalpahintaiset vartijat eivät osaa lukea kulunvalvontaraporttia.\n\nTerveisin\nJari",
            ["osaa lukea"],
        ),
        # a slide titled with others" reports in the plural cites no published source
        (
            "competitor-bashing",
            "outline",
            "# Energiaselvitys\n\n## Miksi muiden selvitykset eivät riitä\n- Kilpailijoiden raportit ovat kopioituja pohjia\n",
            ["kopioituja"],
        ),
        # a deck"s "Miksi <Name> …" slide is the seller"s, its title too
        (
            "self-praise",
            "outline",
            "# Rekrytointi studiollesi\n\n## Miksi Kuusela on alan ykkönen\n- Suomen kokenein tiimi pelistudioiden hauissa\n",
            ["ykkönen", "kokenein"],
        ),
        # ... but "Miksi <Name> ei ole vaihtoehto" turns against the name: a promise its
        # bullets speak of is the rival's
        (
            "unbacked-promise",
            "outline",
            "# Puukauppa\n\n## Miksi Metsäpiste ei ole vaihtoehto\n- Metsäpisteen ostajat "
            "lupaavat mitä tahansa ja unohtavat lupauksensa kaupan jälkeen\n",
            [],
        ),
        # parts swapped are no vendor left: the verdict after it is still the vendor"s
        (
            "competitor-bashing",
            "email",
            "Hei Anna,\n\nMerkkiliikkeen asentajat vaihtavat osia ohjekirjasta lukien, mutta ymmärrystä koneesta heillä ei ole nimeksikään.\n\nTerveisin\nJari",
            ["nimeksikään"],
        ),
        # the seller's name from the signature, inflected
        (
            "self-praise",
            "email",
            "Hei Anna,\n\nTilaverstaan maailmanluokan muotoilu sopii juuri tällaiseen tilaan."
            "\n\nTerveisin\nHanna Kivelä\nTilaverstas Oy",
            ["maailmanluokan"],
        ),
        # "Julkisivunne" opens the next slide: the bullet before it is still the seller's
        (
            "self-praise",
            "outline",
            "1. Historiamme\n   - 60 työntekijää\n   - Pohjois-Suomen osaavimmat asentajat\n\n"
            "2. Julkisivunne kunto\n   - Rapautumaa etelä- ja länsisivulla\n",
            ["osaavimmat"],
        ),
        # the name's stem changes in the genitive ("Työkunto" -> "Työkunnon")
        (
            "self-praise",
            "email",
            "Hei Anna,\n\nPirkanmaan Työkunnon ohjaajat ovat maan kokeneimpia."
            "\n\nTerveisin\nHanna Kivelä\nPirkanmaan Työkunto",
            ["kokeneimpia"],
        ),
        # offered to the reader ("…tehtaallenne") is still the seller's; the reader's own
        # praised thing in the allative is not
        (
            "self-praise",
            "outline",
            "# Ehdotus\n\n## Maailmanluokan osaaminen tehtaallenne\n- Kaksi käyntiä vuodessa\n",
            ["Maailmanluokan"],
        ),
        (
            "self-praise",
            "email",
            "Hei Anna,\n\nOnnittelut alan parhaalle tiimillenne!\n\nTerveisin\nJari",
            [],
        ),
        # a sample's places ("kolmessa 60–120 hengen talossa") are not the firms named
        # before, repeated
        (
            "competitor-bashing",
            "email",
            "Hei Anna,\n\nKasvavissa konsulttitaloissa näkyy usein sama kuvio. Viime "
            "syksynä kolmessa 60–120 hengen talossa joka viides uusi konsultti kertoi "
            "nukkuvansa huonosti.\n\nTerveisin\nJari",
            [],
        ),
        # the praised one's yard, repeated of the reader below the title
        (
            "self-praise",
            "outline",
            "# Maan suurimman terminaalin piha\n- Pihallanne käy 650 rekkaa vuorokaudessa\n",
            [],
        ),
    ],
    ids=[
        "sellers-slide-title",
        "correlative",
        "demonstrative",
        "place-in-bullet",
        "colon",
        "long-relative-clause",
        "big-platforms",
        "our-own-version",
        "cheap-guards",
        "others-reports",
        "why-name",
        "why-name-not",
        "parts-swapped",
        "signature-name-inflected",
        "next-slides-possessive",
        "signature-name-stem-changes",
        "offered-to-the-reader",
        "the-readers-own-in-the-allative",
        "a-samples-places",
        "what-the-praised-one-owns",
    ],
)
def test_context_decides_whose_words_these_are(
    linter: Linter, rule_id: str, kind: str, text: str, spans: list[str]
) -> None:
    assert _spans(linter, text, rule_id, kind) == spans


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        # the tokenizer splits the hyphen off a spaced compound: still "-toimisto"
        ("Moni pakettihintaan -toimisto on ihan pihalla.", "ihan pihalla"),
        ("Halvin tuntihinta -toimisto on ihan pihalla.", "ihan pihalla"),
    ],
)
def test_a_spaced_hyphen_compound_names_its_tail(linter: Linter, sentence: str, span: str) -> None:
    assert ("competitor-bashing", span) in _found(linter, HEAD + sentence + TAIL)


def test_many_people_switching_is_still_a_market_fact(linter: Linter) -> None:
    text = HEAD + "Moni vaihtaa toimittajaa huonon palvelun takia." + TAIL
    assert "competitor-bashing" not in {rule for rule, _ in _found(linter, text)}


def test_a_surname_the_goods_came_from_is_a_firm(linter: Linter) -> None:
    """ "Rantala" is a surname and a place to Voikko; the walls "came from" it."""
    text = (
        HEAD + "Teidän osastonne seinät tulivat viime vuonna Rantalalta. Heidän seinänsä ovat "
        "halpaa tuontitavaraa, ja asentajat ovat ihan amatöörejä." + TAIL
    )
    assert ("competitor-bashing", "amatöörejä") in _found(linter, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiskusi on ostettu Heikkilän konekaupasta, ja sieltä myydään aika surkeaa tavaraa.",
        "Autonne ovat isoissa leasingtaloissa, ja ne ovat aika pahamaineisia.",
        "Halvat nettipainot eivät välitä, miltä brändisi näyttää.",
    ],
    ids=["machine-shop", "big-leasing-houses", "cheap-online-printers"],
)
def test_vendor_kinds_named_in_compounds(linter: Linter, sentence: str) -> None:
    assert "competitor-bashing" in {rule for rule, _ in _found(linter, HEAD + sentence + TAIL)}


def test_a_subject_line_promise_backed_by_the_bodys_remedy(linter: Linter) -> None:
    backed = (
        "Aihe: Riskitön kokeilu vehnäoluelle\n\nHei Anna,\n\nJos tynnyri jää avaamatta "
        "neljässä viikossa, noudamme sen ja hyvitämme koko hinnan.\n\nTerveisin\nJari\n"
    )
    assert _spans(linter, backed, "unbacked-promise") == []
    bare = (
        "Aihe: Riskitön kokeilu vehnäoluelle\n\nHei Anna,\n\nUusi olut on nyt "
        "saatavilla tynnyreissä.\n\nTerveisin\nJari\n"
    )
    assert _spans(linter, bare, "unbacked-promise") == ["Riskitön"]


@pytest.mark.parametrize(
    ("deck", "spans"),
    [
        # "Toimialan suurin yhtiö" sums up "yhtiönne on toimialansa suurin"
        (
            "# Yhdistymisen jälkeen\n\n## Toimialan suurin yhtiö\n"
            "- Yhdistynyt yhtiönne on toimialansa suurin Suomessa\n",
            [],
        ),
        # the kind of business the deck is for
        (
            "Kesäjuhla 2025 – ehdotus ohjelmistotalon henkilöstölle\n\n"
            "1. Suomen suurimman ohjelmistotalon kesäjuhla\n   - Noin 600 vierasta\n",
            [],
        ),
        # over a bullet that says nothing of the kind, still the seller's praise
        ("# Esitys\n\n## Suomen paras huolto\n- Teidän koneenne kunnossa aina\n", ["paras"]),
        # the noun praised is what the bullets say the reader does
        (
            "# Kylpylähotelli Ahtola\n\n## Suomen vilkkain kylpyläaamiainen\n"
            "- Tarjoilette kesällä jopa 1 100 aamiaista päivässä\n",
            [],
        ),
        # the noun praised is what the seller's work is done on, on any slide
        (
            "# Tarjous\n\n## Maakunnan suurin leipomo ja sen riskit\n- Kolme linjaa\n\n"
            "## Palvelu\n- Tarkastamme leipomon kuukausittain\n",
            [],
        ),
        # but what the seller offers is its own
        (
            "# Tarjous\n\n## Alan paras tarkastuspalvelu\n- 40 tarkastajaa\n\n"
            "## Hinnat\n- Tarjoamme tarkastuspalvelua 90 eurolla\n",
            ["paras"],
        ),
    ],
    ids=["said-of-you", "the-audience", "the-sellers", "what-you-do", "served", "offered"],
)
def test_a_title_the_deck_says_of_the_reader_is_the_readers(
    linter: Linter, deck: str, spans: list[str]
) -> None:
    assert _spans(linter, deck, "self-praise", "outline") == spans


def test_a_superlative_a_detailed_survey_gave_is_cited(linter: Linter) -> None:
    text = (
        "Ruispalamme oli kevään kuluttajakyselyssä (Tutkimustoimisto Kanava, 1 200 vastaajaa) "
        "pääkaupunkiseudun tunnetuin ruisleipä."
    )
    assert _spans(linter, text, "self-praise") == []
    assert _spans(linter, "Ruispalamme on pääkaupunkiseudun tunnetuin ruisleipä.", "self-praise")


def test_a_subject_line_the_body_says_of_the_reader_is_the_readers(linter: Linter) -> None:
    readers = (
        "Aihe: Nopeimmin kasvava verkkokauppa\n\nHei Joonas,\n\nolette listauksen mukaan "
        "alanne nopeimmin kasvava verkkokauppa Suomessa.\n\nSoitan tiistaina klo 10.\n"
    )
    assert _spans(linter, readers, "self-praise") == []
    sellers = (
        "Aihe: Suomen paras huolto\n\nHei Ville,\n\nteidän koneenne ovat kunnossa.\n\n"
        "Soitan tiistaina klo 10.\n"
    )
    assert _spans(linter, sellers, "self-praise") == ["paras"]


def test_a_best_before_label_in_the_subject_is_no_ranking(linter: Linter) -> None:
    """ "Parasta ennen -päiväykset": the date label on food, even as a subject line's
    first words, where a superlative would be the seller's."""
    text = (
        "Aihe: Parasta ennen -päiväykset korkeissa\n\nHei Anna,\n\nkorkkienne päiväys on "
        "nyt pidempi.\n\nSoitan tiistaina klo 10.\n"
    )
    assert _spans(linter, text, "self-praise") == []
    boast = "Aihe: Parasta kahvia ennen kokousta\n\nHei Anna,\n\nSoitan tiistaina klo 10.\n"
    assert _spans(linter, boast, "self-praise") == ["Parasta"]


def test_a_figure_guaranteed_outright_is_the_promise_itself(linter: Linter) -> None:
    """ "kasvaa taatusti 20 %": the figure is what is guaranteed, not a term of it."""
    text = "Nurmisato kasvaa taatusti 20 % jo ensimmäisenä kesänä."
    assert _spans(linter, text, "unbacked-promise")
    assert not _spans(
        linter, "Nurmisato kasvoi kokeessa 20 % ensimmäisenä kesänä.", "unbacked-promise"
    )


def test_a_genitive_place_in_the_slide_title_is_whose_best(linter: Linter) -> None:
    deck = "# Pikakuriiri – Suomen nopein kaupunkikuriiri\n- Alan paras asiakastyytyväisyys\n"
    assert "paras" in _spans(linter, deck, "self-praise", "outline")
    deck = "# Vaihtoehto A: Pasila\n- Alueen suurin toimistotalo\n"
    assert _spans(linter, deck, "self-praise", "outline") == []


def _plain_vendor_kinds() -> list[str]:
    spec = tomllib.loads((RULES_DIR / "competitor-bashing.toml").read_text(encoding="utf-8"))
    entries = [e for group in spec["context"]["requires"] for e in group]
    return [e for e in entries if not any(c in e for c in "|@ -=")]


@pytest.mark.parametrize("kind", _plain_vendor_kinds())
def test_every_plain_vendor_kind_is_a_target(linter: Linter, kind: str) -> None:
    """Each one-word vendor kind of the bashing rule's `requires`, as a subject."""
    text = f"{kind[0].upper()}{kind[1:]} on huono."
    assert _spans(linter, text, "competitor-bashing") == ["huono"]


def test_a_topic_title_with_a_relative_clause_promises_nothing(linter: Linter) -> None:
    deck = (
        "# Työkykyohjelma\n\n## Lupaukset, jotka voi tarkistaa\n"
        "- Vastaanottoaika järjestyy kahden arkipäivän kuluessa.\n"
    )
    assert _spans(linter, deck, "unbacked-promise", "outline") == []
    deck = (
        "# Tilitoimisto\n\n## Lupauksemme – ja mitä tapahtuu, jos ne pettävät\n"
        "- Luvut valmiina 8. arkipäivään mennessä; jos ne myöhästyvät, palkkio puolitetaan\n"
    )
    assert _spans(linter, deck, "unbacked-promise", "outline") == []
    # a comitative or a pronoun's genitive still names a topic
    for title in (
        "Korvauslupaus ehtoineen",
        "Lupaus ja sen rajat",
        "Toimitusaikalupaus kirjallisena",
    ):
        deck = f"# Vakuutus\n\n## {title}\n- Korvauspäätös viidessä arkipäivässä\n"
        assert _spans(linter, deck, "unbacked-promise", "outline") == []
    deck = "# Vakuutus\n\n## Lupaamme kaiken\n- Korvauspäätös viidessä arkipäivässä\n"
    assert _spans(linter, deck, "unbacked-promise", "outline") == ["Lupaamme"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Nykyinen vartiointiliike vain vilkaisee hallia. Koko homma on pelkkää rahastusta.",
            "pelkkää rahastusta",
        ),
        ("Edellinen torjuja oli ihan tumpelo.", "tumpelo"),
        # the farm's advisers and traditional tools are vendors too
        ("Osuuskunnan neuvojat ovat surkeita.", "surkeita"),
        ("Perinteiset kampanjatyökalut ovat kömpelöitä.", "kömpelöitä"),
        # other houses of the kind the subject line offers
        (
            "Aihe: Kalasataman upein toimistotalo\n\nHei Liisa,\n\nalueen muut talot ovat "
            "kiireellä kyhättyjä.\n\nTerveisin\nJoonas",
            "kiireellä kyhättyjä",
        ),
        # the place used last time is last time's vendor
        (
            "Juhlan voi toki pitää taas siellä, missä viime vuonna tarjoiltiin haaleaa ruokaa.",
            "haaleaa",
        ),
        # what is "advertised as" something, and what the market sells
        ('Osa "moderneiksi" mainostetuista alustoista näyttää vanhalta.', "moderneiksi"),
        ("Markkinoiden valmiit kurssit ovat kömpelöitä.", "kömpelöitä"),
    ],
    ids=[
        "the-whole-business",
        "the-one-before",
        "advisers",
        "traditional-tools",
        "others-of-the-subjects-kind",
        "the-place-used-last-time",
        "advertised-as",
        "the-markets-offer",
    ],
)
def test_the_vendors_business_and_predecessor(linter: Linter, text: str, span: str) -> None:
    assert span in _spans(linter, text, "competitor-bashing")


def test_a_why_us_slide_speaks_for_the_seller(linter: Linter) -> None:
    deck = "# Esitys\n\n## Miksi juuri me\n- Tiimi edustaa alan terävintä kärkeä\n"
    assert _spans(linter, deck, "self-praise", "outline")
    # what "we" observed of the field is the field's best, not the seller's
    deck = "# Esitys\n\n## Mitä havaitsimme\n- Toimialan parhaalla neljänneksellä virhe on 8 %\n"
    assert _spans(linter, deck, "self-praise", "outline") == []


def test_a_slide_titled_with_the_decks_own_name_speaks_for_the_seller(linter: Linter) -> None:
    # "Kuusela" is a place to Voikko, but the deck's title names it: the seller's slide
    text = (
        "# Kartano Kuusela – juhlanne suunnitelma\n\n## Juhlanne tarpeet\n\n- 250 vierasta\n\n"
        "## Kartano Kuusela\n\n- Uudenmaan arvostetuin juhlakartano\n"
    )
    assert _spans(linter, text, "self-praise", "outline") == ["arvostetuin"]
    # the reader's present state: "Koskelan tila nyt" over their farm's size
    farm = (
        "# Maksamadon hallinta – Koskelan tila\n\n## Koskelan tila nyt\n"
        "- Maakunnan suurin emolehmätila: 180 emoa, 420 ha laitumia\n"
    )
    assert _spans(linter, farm, "self-praise", "outline") == []
    # a place the deck's title does not name is where, not who
    other = text.replace("## Kartano Kuusela", "## Vaihtoehto B: Pasila")
    assert _spans(linter, other, "self-praise", "outline") == []


def test_others_of_the_sellers_own_kind_are_its_competitors(linter: Linter) -> None:
    # "muut kartanot" from Kartano Kuusela: the seller's rivals; "muut vaihtoehdot" names no one
    bullet = "- Muut kartanot lupaavat paljon, mutta ruoka tulee pakasteesta\n"
    deck = "# Kartano Kuusela – juhlanne suunnitelma\n\n## Miksi meille\n\n" + bullet
    assert _spans(linter, deck, "competitor-bashing", "outline") == ["lupaavat paljon"]
    other = deck.replace("# Kartano Kuusela", "# Juhlapaikka Kuusela")
    assert _spans(linter, other, "competitor-bashing", "outline") == []
    email = (
        "Hei Anna,\n\nmuut kartanot lupaavat paljon, mutta ruoka tulee pakasteesta.\n\n"
        "Terveisin\nLiisa Kuusela\nKartano Kuusela Oy\n"
    )
    assert _spans(linter, email, "competitor-bashing") == ["lupaavat paljon"]


def test_the_decks_own_party_named_in_a_slide_title_is_no_vendor(linter: Linter) -> None:
    # the reader is "Isännöintitoimisto Laaksonen": a slide on property managers is on them
    text = (
        "# Isännöintitoimisto Laaksonen: tietojenkalastelu kuriin\n\n"
        "## Miksi juuri isännöintitoimistot?\n\n"
        "- Kyberturvallisuuskeskus on varoittanut toistuvasti huijauksista\n"
    )
    assert _spans(linter, text, "competitor-bashing", "outline") == []
    other = text.replace("# Isännöintitoimisto Laaksonen", "# Taloyhtiöiden turva")
    assert _spans(linter, other, "competitor-bashing", "outline") == ["huijauksista"]


def test_an_exception_drops_only_the_terms_on_its_own_words(linter: Linter) -> None:
    """ "näyte … tulos" spans the clause between: the promise there still counts."""
    text = (
        HEAD + "Kun lähetätte näytteet meille, yksikään pesäke ei jää huomaamatta, ja tulokset "
        "näkyvät heti." + TAIL
    )
    assert _spans(linter, text, "unbacked-promise") == ["yksikään pesäke ei jää huomaamatta"]


def test_a_named_time_without_a_bound_is_no_deadline(linter: Linter) -> None:
    text = "Hei,\n\nLupaan, että syksyllä kaikki toimii.\n\nSopiiko tiistai klo 10?\n"
    assert _spans(linter, text, "unbacked-promise") == ["Lupaan"]


def test_the_readers_own_unit_buying_names_its_supplier(linter: Linter) -> None:
    text = (
        "Hei Kirsi,\n\nKerroit, että toimistonne käyttää nyt erillistä skannauspalvelua. "
        "Ollaan rehellisiä: se palvelu on kömpelö.\n\nSopiiko tiistai klo 10?\n"
    )
    assert _spans(linter, text, "competitor-bashing") == ["kömpelö"]
    # the reader's own office called clumsy is no supplier put down
    own = text.replace("se palvelu on kömpelö", "toimistonne on kömpelö")
    assert _spans(linter, own, "competitor-bashing") == []


def test_not_that_denies_the_clause_it_introduces(linter: Linter) -> None:
    text = (
        "Hei,\n\nNykyinen huoltoyhtiönne vaihtaa akun kolmessa viikossa. Eipä sillä, että "
        "heidän teknikkonsa ehtisivät vastata puhelimeen muutenkaan.\n\nSopiiko tiistai klo 10?\n"
    )
    assert _spans(linter, text, "competitor-bashing") == ["vastata puhelimeen"]


@pytest.mark.parametrize(
    ("title", "span"),
    [
        ("Miksi Kielimajakka: Suomen ykkönen liike-englannissa", "Suomen ykkönen"),
        ("Miksi Kuusela on alan ykkönen", "ykkönen"),
    ],
)
def test_the_name_a_why_title_asks_about_is_the_seller(
    linter: Linter, title: str, span: str
) -> None:
    deck = f"# Esitys\n\n## {title}\n- Kuusi harjoitusneuvottelua\n"
    assert _spans(linter, deck, "self-praise", "outline") == [span]
    # a name labelled as another's stays theirs
    other = deck.replace("Miksi ", "Kilpailija ")
    assert _spans(linter, other, "self-praise", "outline") == []


def test_the_readers_satisfaction_is_a_result_a_deadline_does_not_back(linter: Linter) -> None:
    text = (
        "Hei,\n\nTakaamme, että löydämme teille oikean henkilön ennen juhannusta, ja olette "
        "varmasti tyytyväisiä valintaan.\n\nSopiiko tiistai klo 10?\n"
    )
    assert _spans(linter, text, "unbacked-promise") == ["Takaamme", "varmasti tyytyväisiä"]
    # the deadline alone is a term one can check
    kept = text.replace(", ja olette varmasti tyytyväisiä valintaan", "")
    assert _spans(linter, kept, "unbacked-promise") == []


@pytest.mark.parametrize(
    ("text", "variants"),
    [
        # a kind pointed back at rests on the share measured paragraphs before it;
        # without pointing back, or pointing back at no figure, nothing backs it
        (
            "Hei,\n\nYhdellä tilalla laskimme, että kolmannes kaasusta meni hukkaan.\n\n"
            "Luukkujen raja on yksinkertainen muutos.\n\n"
            "Tällaiset säädöt maksavat itsensä takaisin nopeasti.\n\nSopiiko tiistai klo 10?\n",
            [
                ("Tällaiset säädöt maksavat", "Säätö maksaa", "maksaa itsensä takaisin"),
                (
                    "kolmannes kaasusta meni hukkaan",
                    "kaasua meni hukkaan",
                    "maksavat itsensä takaisin",
                ),
            ],
        ),
        # a payback concludes the figures of its paragraph, not of the one above
        (
            "Hei,\n\nIltavuorojen vaihtuvuus on noussut 18 prosentista 27 prosenttiin. Uusi "
            "tekijä tekee noin kolme kertaa enemmän virheitä kuin kokenut. Tässä vakituinen "
            "porukka maksaa itsensä takaisin.\n\nSopiiko tiistai klo 10?\n",
            [(" Tässä vakituinen", "\n\nTässä vakituinen", "maksaa itsensä takaisin")],
        ),
        # the evidence may follow the payback, in the same paragraph
        (
            "Hei,\n\nLyhyillä reiteillä sähköpakettiauto maksaa itsensä takaisin nopeasti. "
            "Asiakkaidemme energiakulut laskivat 230 euroa kuukaudessa autoa kohden.\n\n"
            "Sopiiko tiistai klo 10?\n",
            [(" Asiakkaidemme", "\n\nAsiakkaidemme", "maksaa itsensä takaisin")],
        ),
    ],
    ids=["a-kind-pointed-back-at", "the-figures-of-its-paragraph", "the-evidence-after"],
)
def test_a_payback_rests_on_the_figures_it_concludes(
    linter: Linter, text: str, variants: list[tuple[str, str, str]]
) -> None:
    assert _spans(linter, text, "unbacked-promise") == []
    for old, new, span in variants:
        assert _spans(linter, text.replace(old, new), "unbacked-promise") == [span]


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        # a hedge on the act of promising softens the act, not what is promised
        (
            "Uskallan melkein luvata, että tiimisi puhuu tästä päivästä vielä jouluna.",
            "luvata",
        ),
        ("Voin lähes luvata, että saatte tilan aina kun haluatte.", "luvata"),
        # a hedge on what is promised still takes the promise back
        ("Toimitus onnistuu melkein aina seuraavana päivänä.", None),
        # the reader's part on a condition sets no term of the promise
        (
            "Jos lähetät meille näytteet kolmesta erästä, takaamme, että tuotteesi läpäisevät "
            "jatkossakin jokaisen tarkastuksen.",
            "takaamme",
        ),
        # the promise's own deadline is a term
        ("Jos tilaatte ennen perjantaita, takaamme toimituksen viidessä arkipäivässä.", None),
    ],
    ids=[
        "dare-almost-promise",
        "can-nearly-promise",
        "almost-always",
        "the-readers-samples",
        "the-promises-deadline",
    ],
)
def test_what_hedges_and_terms_a_promise(linter: Linter, sentence: str, span: str | None) -> None:
    """A hedge counts on what is promised, not on the promising; a figure counts in the
    promise, not in the reader's condition."""
    text = HEAD + sentence + TAIL
    found = [
        text[f.start : f.end]
        for f in linter.lint(text, "email").findings
        if f.rule == "unbacked-promise"
    ]
    assert found == ([span] if span else [])


def test_a_pronoun_for_the_vendors_of_the_sentence_before_reports_their_promise(
    linter: Linter,
) -> None:
    theirs = (
        HEAD + "Jotkut toimistot elävät siitä, että asiakas ei lue raportteja. Juuri ne "
        "vakuuttavat aina, että kaikki on kunnossa." + TAIL
    )
    # customers who came to the seller are no vendor: "Ne saavat …" is the seller's promise
    ours = (
        HEAD + "Monet taloyhtiöt ovat siirtyneet meille viime vuonna. Ne saavat aina "
        "vastauksen heti." + TAIL
    )
    assert "unbacked-promise" not in {rule for rule, _ in _found(linter, theirs)}
    assert "unbacked-promise" in {rule for rule, _ in _found(linter, ours)}


def test_an_absolute_is_asserted_though_a_clause_after_it_is_negated(linter: Linter) -> None:
    # "eikä … olisi rikki": the negation is the second predicate's, not "taatusti"'s
    text = (
        HEAD + "Jos koneet siirrettäisiin kausivuokralle, kustannuksenne laskisivat taatusti, "
        "eikä yksikään kone olisi koskaan rikki." + TAIL
    )
    assert ("unbacked-promise", "laskisivat taatusti") in _found(linter, text)


def test_a_passive_guarantee_to_a_kind_of_company_is_the_sellers(linter: Linter) -> None:
    # the receiver of "taataan" is no other party that promises
    text = (
        "# Ratkaisu\n\n- Maalämpö kattaa pohjakuorman\n- Säästö taataan jokaiselle taloyhtiölle\n"
    )
    found = [f for f in linter.lint(text, "outline").findings if f.rule == "unbacked-promise"]
    assert [text[f.start : f.end] for f in found] == ["taataan"]


def test_a_title_adjective_claims_though_the_tagger_reads_a_name(linter: Linter) -> None:
    before = "# Lähtötaso\n\n- Kaukolämpölasku 96 000 euroa\n\n"
    claim = before + "# Takuuvarmat säästöt lämmityskuluihin\n\n- Poistoilmalämpöpumppu\n"
    topic = before + "# Takuu ja huolto\n\n- Poistoilmalämpöpumppu kaukolämmön rinnalle\n"
    claimed = [f for f in linter.lint(claim, "outline").findings if f.rule == "unbacked-promise"]
    assert [claim[f.start : f.end] for f in claimed] == ["Takuuvarmat säästöt"]
    assert "unbacked-promise" not in {f.rule for f in linter.lint(topic, "outline").findings}


def test_a_subject_line_may_name_the_readers_supplier(linter: Linter) -> None:
    # the subject's names are usually the reader's own; not one the body says they use
    body = (
        "Hei Markus,\n\ntiedän, että käytätte palkanlaskennassa Laskurivin ohjelmaa. "
        "Rehellisesti sanottuna se on vanhentunut rakennelma.\n\nTerveisin\nJoonas\n"
        "Tuntikirja Oy\n"
    )
    supplier = "Aihe: Laskurivi ja urakkapalkat\n\n" + body
    own = "Aihe: Tuntikirja ja urakkapalkat\n\n" + body.replace("Laskurivin", "Tuntikirjan")
    found = [f for f in linter.lint(supplier, "email").findings if f.rule == "competitor-bashing"]
    assert [supplier[f.start : f.end] for f in found] == ["vanhentunut"]
    assert "competitor-bashing" not in {f.rule for f in linter.lint(own, "email").findings}


def test_not_all_vendors_singles_some_out(linter: Linter) -> None:
    # "kaikki … eivät": not all of them, so some are meant; "kaikki jaksavat" is everyone
    text = HEAD + "Kaikki torjuntafirmat eivät ilmeisesti jaksa avata jauhosäkkejä." + TAIL
    assert ("competitor-bashing", "jaksa") in _found(linter, text)
    every = HEAD + "Kaikki torjuntafirmat eivät enää saa käyttää jatkuvaa syötitystä." + TAIL
    assert "competitor-bashing" not in {rule for rule, _ in _found(linter, every)}


def test_what_the_reader_has_in_use_is_their_supplier_though_the_subject_names_it(
    linter: Linter,
) -> None:
    # "klinikallanne on käytössä Varausväylän järjestelmä": Varausväylä is theirs, not ours
    text = (
        "Aihe: Vaihtoehto Varausväylälle\n\nHei Juha,\n\ntiedämme, että klinikallanne on "
        "käytössä Varausväylän järjestelmä. Valitettavasti Varausväylä on jäänyt pahasti "
        "ajastaan jälkeen.\n\nTerveisin\nJanne\nVellamo\n"
    )
    assert _spans(linter, text, "competitor-bashing") == ["jäänyt pahasti ajastaan jälkeen"]
    # the seller's own product in use at another customer stays the seller's
    own = text.replace("klinikallanne", "asiakkaallamme").replace("Hei Juha", "Hei")
    own = own.replace("Vaihtoehto Varausväylälle", "Varausväylä klinikoille")
    assert _spans(linter, own, "competitor-bashing") == []


@pytest.mark.parametrize(
    "text",
    [
        "Tarkistimme kuuden kilpailijan tarjoukset. Kaksi niistä on surkeita.",
        "Kilpailija on surkea, me hyviä.",
        "Kilpailija huijaa asiakkaita, me emme.",
        "Nykyinen huoltoliikkeenne pettää asiakkaansa.",
    ],
    ids=["a-count-as-the-subject", "a-verdict-beside-us", "a-clause-of-our-own", "betrays"],
)
def test_a_vendor_singled_out_beside_the_writer_or_a_sample_is_still_bashed(
    linter: Linter, text: str
) -> None:
    assert "competitor-bashing" in {rule for rule, _ in _found(linter, HEAD + text + TAIL)}


@pytest.mark.parametrize(
    ("body", "span"),
    [
        # the possessor of the staff is the firm named before, not the places named last
        (
            "Monet alan siivousfirmat eivät pese näitä paikkoja, koska niiden siivoojat "
            "ovat laiskoja.",
            "laiskoja",
        ),
        # the supplier the reader bought from, named in the perfect tense
        (
            "Tiedän, että olet ostanut terät viime aikoina Kauppisen liikkeestä. Heidän "
            "teränsä ovat pelkkää romua.",
            "romua",
        ),
        # a chain of relative clauses on the seller's own name
        (
            "Esimerkki Oy on vuodesta 1996 toiminut perheyritys, joka on kasvanut kahden "
            "hengen toimistosta 38 hengen taloksi, jolla on toimipisteet Lahdessa ja Oulussa, "
            "ja joka sai vuonna 2023 palkinnon sekä on nykyään alan kiistaton markkinajohtaja "
            "koko Suomessa.",
            "markkinajohtaja",
        ),
        # what the seller made, praised in a relative clause on it
        ("Olemme kehittäneet avustajan, joka on markkinoiden ehdottomasti paras.", "paras"),
    ],
    ids=["whose-staff", "bought-in-the-perfect", "relative-chain-on-the-seller", "our-make"],
)
def test_who_a_pronoun_or_a_relative_clause_stands_for(
    linter: Linter, body: str, span: str
) -> None:
    assert span in [s for _, s in _found(linter, HEAD + body + TAIL)]


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        # the places are the last plural, and places have no staff of their own
        (
            "Monet alan siivousfirmat eivät pese näitä paikkoja, koska niiden lattiat "
            "ovat liukkaita.",
            "competitor-bashing",
        ),
        ("Toimitamme palkat asiakkaalle, jonka palvelu on alan johtava.", "self-praise"),
        ("Teemme yhteistyötä ketjun kanssa, jonka myymälät ovat alan siisteimpiä.", "self-praise"),
        # a relative chain on the reader's company praises the reader
        ("Teidän yrityksenne, joka on alan markkinajohtaja, ansaitsee oman mallin.", "self-praise"),
    ],
    ids=[
        "places-have-no-staff",
        "the-customers-relative",
        "a-partners-relative",
        "the-readers-relative",
    ],
)
def test_what_a_pronoun_or_a_relative_clause_does_not_stand_for(
    linter: Linter, body: str, rule: str
) -> None:
    assert rule not in {r for r, _ in _found(linter, HEAD + body + TAIL)}


def test_a_bullet_under_a_slide_titled_for_another_party_is_not_self_praise(
    linter: Linter,
) -> None:
    outline = (
        "# Kehittäjät syksyn projekteihin\n\n- Neljä kehittäjää kuudeksi kuukaudeksi\n\n"
        "# Vaihtoehto 1: konsulttitalo\n\n- Nopein aloitus, usein viikossa\n\n"
        "# Vaihtoehto 2: meiltä vuokrattu kehittäjä\n\n- Paras hinta\n\n"
        "# Miksi Koodivirta\n\n- Alan nopein aloitus\n"
    )
    # the first option is another's; the seller's own option and slide still praise it
    assert _spans(linter, outline, "self-praise", kind="outline") == ["Paras", "nopein"]


def test_a_bullet_under_the_readers_needs_is_their_wish_not_a_promise(linter: Linter) -> None:
    outline = (
        "# Lukitus kuntoon\n\n## Tarpeenne\n\n- Asukkaiden arki sujuu ilman avainhuolia\n\n"
        "## Teidän tavoitteet\n\n- Huolto toimii ilman murheita\n- Takaamme, että kaikki "
        "toimii aina\n\n## Mitä saatte\n\n- Arki sujuu ilman huolia\n"
    )
    # the seller's own bullet under their goals, and the offer slide, still promise
    assert _spans(linter, outline, "unbacked-promise", kind="outline") == [
        "Takaamme",
        "kaikki toimii aina",
        "ilman huolia",
    ]


def test_a_lowercase_word_is_no_place_on_a_slide_title(linter: Linter) -> None:
    # "kiskot" is rails, though Voikko also knows the municipality Kisko
    outline = (
        "# Purentakiskot vastaanotollenne\n\n- Kisko viidessä arkipäivässä\n\n"
        "# Purennan kiskot\n\n- Maailmanluokan kiskot\n\n# Pasila\n\n- Kaupungin paras sijainti\n"
    )
    assert _spans(linter, outline, "self-praise", kind="outline") == ["Maailmanluokan"]


def test_a_promise_after_others_are_named_is_still_ours_when_we_make_it(linter: Linter) -> None:
    """The pronoun look-back is for "ne"/"niillä"; "me" after the rivals is the seller."""
    text = (
        HEAD + "Isot ketjut ovat hitaita. Me takaamme, että kaikki toimii aina moitteetta." + TAIL
    )
    spans = [
        text[f.start : f.end]
        for f in linter.lint(text, "email").findings
        if f.rule == "unbacked-promise"
    ]
    assert spans == ["takaamme", "kaikki toimii aina"]


def test_a_slides_figures_back_its_payback_bullet(linter: Linter) -> None:
    # the bullets of one slide are one argument; the next slide has no figures
    text = (
        "# Kustannukset\n- 8 käyntiä × 240 € = 1 920 € vuodessa\n"
        "- Anturilla 6 käyntiä = 1 440 € vuodessa\n"
        "- Anturi maksaa itsensä takaisin toisena vuonna\n\n"
        "# Huolto\n- Uudet pumput maksavat itsensä takaisin\n- Asennus kestää päivän\n"
    )
    hits = [f for f in linter.lint(text, "outline").findings if f.rule == "unbacked-promise"]
    assert [(text[f.start : f.end], f.line) for f in hits] == [("maksavat itsensä takaisin", 7)]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # the subject offers to replace the name: it is the reader's supplier
        (
            "Vaihtoehto Kalenterixille",
            "Rehellisesti sanottuna Kalenterix on vanhentunut ja kömpelö.",
        ),
        ("Kalenterixin tilalle", "Rehellisesti sanottuna Kalenterix on vanhentunut ja kömpelö."),
    ],
)
def test_a_name_the_subject_offers_to_replace_is_a_rival(
    linter: Linter, subject: str, body: str
) -> None:
    text = f"Aihe: {subject}\n\nHei Aino,\n\n{body} Sopisiko puhelu torstaina 20.6. klo 10?"
    text += "\n\nTerveisin\nTero\nAjasto Oy"
    assert _spans(linter, text, "competitor-bashing") == ["vanhentunut", "kömpelö"]


def test_a_name_in_use_at_the_readers_is_their_supplier(linter: Linter) -> None:
    # the subject names it, but the reader (by its own name) has it in use
    text = (
        "Aihe: Kalenterix ja ajanvaraus\n\nHei Aino,\n\nVirralla on tietääkseni käytössä "
        "Kalenterix. Rehellisesti sanottuna Kalenterix on vanhentunut ja kömpelö. Sopisiko "
        "puhelu torstaina 20.6. klo 10?\n\nTerveisin\nTero\nAjasto Oy"
    )
    assert _spans(linter, text, "competitor-bashing") == ["vanhentunut", "kömpelö"]


@pytest.mark.parametrize(
    ("rule_id", "sentence", "span"),
    [
        # a service that is not there is a verdict; a difference that is not there is none
        ("competitor-bashing", "Kilpailijoiden hintaero on olematon.", None),
        # "the others on the market" are rivals' products
        (
            "competitor-bashing",
            "Markkinoiden muut simulaattorit ovat vanhentuneita.",
            "vanhentuneita",
        ),
        (
            "competitor-bashing",
            "Muut markkinoilla olevat simulaattorit ovat vanhentuneita.",
            "vanhentuneita",
        ),
        # "eikä" hung on a temporal infinitive leaves a verb out; it negates no trouble
        (
            "unbacked-promise",
            "Huolto kannattaa ratkaista ennen hankintaa eikä vasta vian tullessa.",
            None,
        ),
        ("unbacked-promise", "Käyttöönoton jälkeen vikoja ei tule.", "vikoja ei tule"),
        # a record in the perfect or the past is no promise
        (
            "unbacked-promise",
            "Sama ohjelma on palvellut teitä vuosia, eikä mikään uudistus ole päässyt "
            "yllättämään ketään.",
            None,
        ),
        ("unbacked-promise", "Mikään virus ei pääse verkkoonne.", "Mikään virus ei pääse"),
        # what always falls to the customer's loss is a complaint, not a promise
        (
            "unbacked-promise",
            "Sattumaa varmaan, että unohdus osuu aina asiakkaan tappioksi.",
            None,
        ),
        # a participle of the verb names which data, with no verdict on who sent it
        (
            "competitor-bashing",
            "Moni huomaa, että aliurakoitsijoiden myöhässä toimittamat tiedot puuttuvat.",
            None,
        ),
        (
            "competitor-bashing",
            "Aliurakoitsijat toimittavat tiedot aina myöhässä.",
            "toimittavat tiedot aina myöhässä",
        ),
        # an attribute judges its own noun: a grade of no one's is no verdict on the banks
        (
            "competitor-bashing",
            "Useat pankit kysyvät jakaumaa, ja heikon luokan kohteista voidaan periä "
            "korkeampaa marginaalia.",
            None,
        ),
        ("competitor-bashing", "Isojen ketjujen heikko palvelu näkyy teillä.", "heikko"),
        # slow grass is no slow vendor
        (
            "competitor-bashing",
            "Kilpailijan kentällä nurmi kuluu eniten maalien edestä, ja kuluneet alueet "
            "kasvavat umpeen hitaasti.",
            None,
        ),
        ("competitor-bashing", "Kilpailijan toimitukset ovat hitaita.", "hitaita"),
        # a likeness dated by a decade is no sneer
        (
            "competitor-bashing",
            "Kilpailijanne halleissa voi olla sama tilanne kuin monessa muussa 2000-luvun "
            "hallissa.",
            None,
        ),
        # the reader's own complaint, in the second "että" clause of what they said
        (
            "competitor-bashing",
            "Kerroit, että nykyinen toimittajanne ei ole ehtinyt muuttaa aikoja ja että "
            "luokissa on aamuisin tunkkaista.",
            None,
        ),
        # a rival's product's own figure, in a coordinated clause; the reader's man's work
        (
            "self-praise",
            "Ne ovat vasta neljä vuotta vanhoja, niiden vikaantumisaste on alan alhaisimpia, "
            "ja niiden rajapinta on avoin.",
            None,
        ),
        (
            "self-praise",
            "Kävin salilla, ja huoltomiehesi Pekan kirjanpito oli paras, mitä olen nähnyt.",
            None,
        ),
        ("self-praise", "Kävin salilla, ja teknikkomme kirjanpito on alan paras.", "paras"),
        # what the reader has, praised, is no buzzword of the seller's
        ("vague-fluff", "Teillä taitaa olla Lapin edistyksellisin pienkenttä.", None),
        ("vague-fluff", "Käytämme edistyksellistä teknologiaa.", "edistyksellistä"),
        # a failure admitted under a negation the parser hung the verb on
        (
            "unbacked-promise",
            "Yritän olla lyhyt, vaikka se ei aina onnistukaan.",
            None,
        ),
        # no long break is a size, not a promise of none
        (
            "unbacked-promise",
            "Vaihto tehdään päivässä, joten tuotantoon ei tule pitkää katkoa.",
            None,
        ),
        # what may come of a regulation is no promise; what the reader can count on is
        (
            "unbacked-promise",
            "Kaupunki kiristää melurajoja, ja aamukuuden leikkuut voivat jäädä historiaan.",
            None,
        ),
        ("unbacked-promise", "Kanssamme tuotantokatkot jäävät historiaan.", "jäävät historiaan"),
        # a model's pressures that match the measured ones are no pressure on the reader
        (
            "servile-tone",
            "Malli kalibroidaan niin, että mallin paineet vastaavat mitattuja tarkasti.",
            None,
        ),
        # a superlative of where the seller goes is the place's, unless a verb ranks it there
        ("self-praise", "Osallistumme vuosittain alan tärkeimmille messuille.", None),
        ("self-praise", "Kuulumme alan parhaisiin toimijoihin.", "parhaisiin"),
        (
            "unbacked-promise",
            "He lupasivat helpon käyttöönoton, ja huoleton se olikin, ainakin heille.",
            None,
        ),
    ],
    ids=[
        "no-difference",
        "others-on-the-market",
        "others-on-the-market-adessive",
        "elliptic-negation",
        "negated-trouble",
        "a-record-in-the-perfect",
        "nothing-gets-through",
        "to-the-customers-loss",
        "late-sent-data",
        "they-send-late",
        "a-weak-grade",
        "weak-service",
        "slow-grass",
        "slow-deliveries",
        "a-likeness-dated",
        "the-readers-second-that",
        "their-failure-rate",
        "your-mans-books",
        "our-mans-books",
        "what-you-have",
        "our-technology",
        "not-always-succeeding",
        "no-long-break",
        "may-become-history",
        "becomes-history",
        "pressures-that-match",
        "the-biggest-fairs",
        "among-the-best",
        "what-was-carefree",
    ],
)
def test_context_decides_bashing_promises_and_praise(
    linter: Linter, rule_id: str, sentence: str, span: str | None
) -> None:
    text = HEAD + sentence + " Sopiiko puhelu torstaina 20.6. klo 10?" + TAIL
    assert _spans(linter, text, rule_id) == ([span] if span else [])


def test_a_customer_quoted_in_full_is_not_judged_for_irony(linter: Linter) -> None:
    quote = (
        'Urakoitsija Eero Pesonen ajoi ketjuilla 2 300 tuntia. Hän kertoi: "Ketjut eivät '
        'ole halvimmat, mutta suolla kone ei uponnut kertaakaan."'
    )
    text = HEAD + quote + " Sopiiko tiistai 22.4.?" + TAIL
    assert _spans(linter, text, "competitor-bashing") == []


def test_a_system_the_title_slide_keeps_data_in_is_the_readers_supplier(linter: Linter) -> None:
    deck = (
        "# Hoitola Saran ajanvaraus vuonna 2025\n- Viisi hoitohuonetta\n"
        "- Varaukset Varauskoneessa, kassa erillisessä ohjelmassa\n\n"
        "# Miksi Varauskone ei enää riitä\n- Varauskone on jäänyt kehityksessä vuosia jälkeen\n"
    )
    assert _spans(linter, deck, "competitor-bashing", "outline") == [
        "jäänyt kehityksessä vuosia jälkeen"
    ]


def test_a_trade_word_joined_to_a_name_is_a_firm(linter: Linter) -> None:
    # "Imu-Kallio": how small firms name themselves; "Ala-Nissilä" is a double surname
    text = (
        HEAD + "Tiedän, että tyhjennykset hoitaa nyt Imu-Kallio. Heidän kuljettajansa tulevat "
        "milloin sattuu." + TAIL
    )
    assert _spans(linter, text, "competitor-bashing") == ["milloin sattuu"]


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        # whoever does the work, made cheap: "halvat poraajat", "halpa-asentajat"
        ("Halvat poraajat jättävät kaivot kesken.", "jättävät kaivot kesken"),
        ("Halpa-asentajat jättävät kaivot kesken.", "jättävät kaivot kesken"),
        (
            "Moni isännöitsijä on pettynyt halpoihin kuntotarkastajiin, jotka kopioivat "
            "raportin edellisestä kohteesta.",
            "kopioivat",
        ),
        # a cheap lab or workshop is the trade's rival too
        (
            "Halvimmat laboratoriot lähettävät kiskot, joita istuvuus ei kiinnosta.",
            "kiinnosta",
        ),
        # a cheap thing made of no verb is no one at work
        ("Halpa kirja jättää tarinan kesken.", None),
    ],
)
def test_cheap_doers_of_the_trade_are_parties(
    linter: Linter, sentence: str, span: str | None
) -> None:
    text = HEAD + sentence + " Sopiiko tiistai 22.4.?" + TAIL
    assert _spans(linter, text, "competitor-bashing") == ([span] if span else [])


def test_a_trade_word_at_a_sentence_start_written_lower_case_later_is_no_firm(
    linter: Linter,
) -> None:
    # Voikko lacks "koneikko"; capitalised first in the sentence it looked like a
    # firm's name, but the message writes it in lower case too: a thing that broke
    text = HEAD + "Koneikon kompressori hajosi, ja koneikossa oli vuoto." + TAIL
    assert _spans(linter, text, "competitor-bashing") == []
    # a name written only capitalised stays a name
    named = HEAD + "Kylmixin kompressorit hajoavat jatkuvasti." + TAIL
    assert _spans(linter, named, "competitor-bashing") == ["hajoavat"]


def test_faulty_things_counted_with_a_figure_are_a_measurement(linter: Linter) -> None:
    # a peer's progress in figures, not a verdict on the peer
    fact = (
        HEAD
        + "Hakalan Vedellä puutteellisten kirjausten osuus laski vuodessa 2 prosenttiin."
        + TAIL
    )
    assert _spans(linter, fact, "competitor-bashing") == []
    # the verdict beside the figure still counts, and so do faulty goods delivered
    judged = (
        HEAD + "Kilpailijanne virheellisten laskujen osuus on 12 prosenttia, ja heidän "
        "asiakaspalvelunsa on surkeaa." + TAIL
    )
    assert _spans(linter, judged, "competitor-bashing") == ["surkeaa"]
    delivered = HEAD + "Kilpailijanne toimittaa puutteellisia kirjauksia." + TAIL
    assert _spans(linter, delivered, "competitor-bashing") == ["puutteellisia"]


def test_a_capitalised_compound_that_sells_is_a_firm(linter: Linter) -> None:
    # "reitti" + "vahti" are common words, but a route guard sells nothing
    text = HEAD + "Reittivahti on myynyt samaa kömpelöä seurantaboksia kymmenen vuotta." + TAIL
    assert _spans(linter, text, "competitor-bashing") == ["kömpelöä"]
    # a clumsy box sold by nobody in particular is a thing, not a vendor
    thing = HEAD + "Kömpelöä seurantaboksia myydään yhä monelle kuljetusliikkeelle." + TAIL
    assert _spans(linter, thing, "competitor-bashing") == []


def test_congratulations_are_about_whom_they_congratulate(linter: Linter) -> None:
    text = (
        "Aihe: Onnittelut vertailun parhaasta tuloksesta\n\nHei Katja,\n\nOnnittelemme "
        "teitä alan parhaasta tuloksesta! Olemme alan paras kumppani. Sopisiko puhelu "
        "torstaina 20.6. klo 10?\n\nTerveisin\nAino"
    )
    # the subject and the first sentence praise the reader; the second the seller
    assert _spans(linter, text, "self-praise") == ["paras"]
    (hit,) = [f for f in linter.lint(text, "email").findings if f.rule == "self-praise"]
    assert text[hit.start : hit.end] == "paras" and hit.start > text.index("Olemme")


def test_the_readers_complaint_told_back_with_its_result_clause(linter: Linter) -> None:
    # "niin, ettei …" grades the clause the reader's "Kerroitte, että" frames
    text = (
        HEAD + "Kerroitte, että edellisen toimittajanne anturit likaantuivat loppukesästä niin, "
        "ettei lukemiin voinut luottaa. Sopiiko tiistai 22.4.?" + TAIL
    )
    assert _spans(linter, text, "competitor-bashing") == []
    # the writer's own verdict with the same result clause still counts
    own = (
        HEAD + "Toimittajanne anturit ovat niin kömpelöitä, ettei lukemiin voi luottaa. "
        "Sopiiko tiistai 22.4.?" + TAIL
    )
    assert _spans(linter, own, "competitor-bashing") == ["kömpelöitä", "voi luottaa"]


@pytest.mark.parametrize(
    ("subject", "name", "body"),
    [
        # the subject names the system the body says the reader leaves
        ("Kun Purukello ei enää riitä", "Purukello", "Siirto Purukellosta on tehty 34 klinikalle."),
        # or the one the reader has
        ("Reittivahti ja talvi", "Reittivahti", "Teillä on Reittivahti."),
    ],
)
def test_a_subject_name_the_body_gives_as_the_readers_supplier_is_a_rival(
    linter: Linter, subject: str, name: str, body: str
) -> None:
    text = (
        f"Aihe: {subject}\n\nHei Ville,\n\n{body} {name}n ohjelma on kömpelö. "
        "Soitan keskiviikkona kello 11." + TAIL
    )
    assert _spans(linter, text, "competitor-bashing") == ["kömpelö"]


def test_a_label_among_named_labels_names_a_firm(linter: Linter) -> None:
    # "Kuormakartta" is "kuorma" + "kartta" to the dictionary, but its list names firms
    text = (
        "# Vertailu\n\n## Miksi vanhat työkalut eivät riitä\n"
        "- Kuormakartta: raportit ovat kömpelöitä\n"
        "- LogiPilotti: käyttöliittymä, jonka takana ei ole mitään\n"
        "- Reittivahti: reitit kiertoteitse\n"
    )
    assert _spans(linter, text, "competitor-bashing", "outline") == ["kömpelöitä"]
    # a label in a list of plain topics is no firm
    topics = "# Kustannukset\n\n## Nykytila\n- Kuormakirja: raportit ovat kömpelöitä\n"
    assert _spans(linter, topics, "competitor-bashing", "outline") == []


def test_a_rivals_row_in_a_comparison_is_no_self_praise(linter: Linter) -> None:
    text = (
        "# Voitelix: ehdotus Konepaja Aholle\n\n## Kolme toimittajaa rinnakkain\n"
        "- Öljykolmio: edullisin litrahinta, toimitus kolmessa arkipäivässä\n"
        "- Rasvamestarit: laajin rasvavalikoima\n"
        "- Voitelix: öljyanalyysi ja suodatus samassa sopimuksessa\n\n"
        "## Ehdotus\n- Koeajo kesäkuussa\n"
    )
    assert _spans(linter, text, "self-praise", "outline") == []
    # the seller's own row still praises the seller
    own = text.replace("öljyanalyysi ja suodatus", "alan paras öljyanalyysi")
    assert _spans(linter, own, "self-praise", "outline") == ["alan paras"]


def test_the_name_a_why_us_title_chooses_labels_the_sellers_row(linter: Linter) -> None:
    """ "# Miksi valita Kuntoremontti Kataja – Asunto Oy Kettulan Kallio": the name chosen
    is the seller's, so its row of the comparison praises the seller."""
    text = (
        "# Miksi valita Kuntoremontti Kataja – Asunto Oy Kettulan Kallio\n\n"
        "## Kataja ja muut tarjoajat rinnakkain\n"
        "- Kataja: Kuopion paras laatu ja nopea aikataulu\n"
        "- Itäputki: edullinen yksikköhinta\n\n## Seuraavaksi\n- Kohdekäynti 8.4.\n"
    )
    assert _spans(linter, text, "self-praise", "outline") == ["paras"]
    # a deck whose title chooses no one leaves the row to whoever it names
    plain = text.replace("Miksi valita Kuntoremontti Kataja", "Linjasaneeraus")
    assert _spans(linter, plain, "self-praise", "outline") == []


def test_a_name_the_tagger_took_for_a_verb_inside_a_sentence(linter: Linter) -> None:
    text = (
        HEAD + 'No, Vesivahdin asiakkaat tietävätkin, kuinka "nopeaa" heidän huoltonsa on. '
        "Sopiiko tiistai 22.4.?" + TAIL
    )
    assert _spans(linter, text, "competitor-bashing") == ["nopeaa"]


@pytest.mark.parametrize(
    ("sentence", "promised"),
    [
        ("Olipa valintanne mikä tahansa, tätä kannattaa vertailla tarjouksissa.", False),
        ("Oli toimittaja mikä tahansa, sopimus täytyy lukea tarkkaan.", False),
        # a guarantee whatever the case is still one
        ("Hakemus hyväksytään aina, olipa tilanne mikä tahansa.", True),
    ],
)
def test_advice_whatever_the_choice_is_no_promise(
    linter: Linter, sentence: str, promised: bool
) -> None:
    text = HEAD + sentence + " Sopiiko tiistai 22.4. klo 10?" + TAIL
    assert bool(_spans(linter, text, "unbacked-promise")) is promised


def test_a_place_shaped_compound_in_a_local_case_is_where(linter: Linter) -> None:
    # "sarvi" + "lahti": a bay's name says where the barriers gave way, not who failed
    text = (
        HEAD
        + "Viime talvena vastaavista esteistä petti Sarvilahdella kaksi. Sopiiko tiistai 22.4.?"
        + TAIL
    )
    assert _spans(linter, text, "competitor-bashing") == []


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        # a plural name with a singular verb is one firm
        ('Pihamestarit on taas tehnyt "huolellista" työtä.', "huolellista"),
        (
            "Kattomestarit tarkastaa katot niin huolimattomasti, että vuodot jäävät huomaamatta.",
            "huolimattomasti",
        ),
        # the same plural with a plural verb is people of a trade
        ("Kattomestarit tarkastavat katot huolimattomasti, jos kiire painaa.", None),
    ],
)
def test_a_plural_compound_with_a_singular_verb_is_a_firm(
    linter: Linter, sentence: str, span: str | None
) -> None:
    text = HEAD + "Kävin eilen puistossa. " + sentence + " Sopiiko tiistai 22.4.?" + TAIL
    assert _spans(linter, text, "competitor-bashing") == ([span] if span else [])


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        # a compound of common words said to be a system, or offering itself, is a vendor
        (
            "Annospilvi on epäilemättä ihan kelpo järjestelmä, jos lista ei vaihdu.",
            "epäilemättä ihan kelpo",
        ),
        (
            "Tukkiväylä on jo ehtinyt tarjoutua hoitamaan kaupan. Heidän suunnitelmansa ovat tunnetusti kömpelöitä.",
            "kömpelöitä",
        ),
        # the same words as what they are, a thing that is not a vendor
        ("Ilmanvaihto on kömpelö asia korjata jälkikäteen.", None),
    ],
)
def test_a_compound_said_to_be_a_vendor_is_a_name(
    linter: Linter, sentence: str, span: str | None
) -> None:
    text = HEAD + sentence + " Sopiiko tiistai 22.4.?" + TAIL
    assert _spans(linter, text, "competitor-bashing") == ([span] if span else [])


@pytest.mark.parametrize(
    ("subject", "body", "span"),
    [
        # "they" after the name: the subject named a third party, not the reader
        (
            "Kuivaamon kuljettimet ja Konevarman raportit",
            "Konevarma on kyllä edelläkävijä: heidän raporttipohjansa on surkea.",
            "surkea",
        ),
        # a sentence-case subject writes the name capitalised inside it
        (
            "Vieläkö Termosetin taulukoilla?",
            'Termosetin "pilvipalvelu" on lähinnä taulukko.',
            "pilvipalvelu",
        ),
    ],
)
def test_a_subject_name_the_body_treats_as_a_third_party(
    linter: Linter, subject: str, body: str, span: str
) -> None:
    text = f"Aihe: {subject}\n\nHei Ville,\n\n{body} Sopiiko tiistai 22.4.?" + TAIL
    assert _spans(linter, text, "competitor-bashing") == [span]


def test_the_readers_words_after_a_colon_are_theirs(linter: Linter) -> None:
    text = (
        HEAD + "Jäin miettimään, mitä kerroitte toimittajanne huoltosopimuksista: asiakkaat "
        "eivät tiedä, mitä huoltokäynnillä tehdään. Sopiiko tiistai 22.4.?" + TAIL
    )
    assert _spans(linter, text, "competitor-bashing") == []


def test_the_best_spot_placed_is_no_praise_but_the_seller_as_the_place_is(
    linter: Linter,
) -> None:
    placed = HEAD + "Kävin pihallasi, ja paras paikka olisi huolto-oven vieressä." + TAIL
    assert not [f for f in linter.lint(placed, "email").findings if f.rule == "self-praise"]
    boast = HEAD + "Olemme ihan rehellisesti kaupungin paras paikka tehdä töitä." + TAIL
    spans = [
        boast[f.start : f.end]
        for f in linter.lint(boast, "email").findings
        if f.rule == "self-praise"
    ]
    assert spans == ["paras"]


def test_a_row_of_a_comparison_slide_speaks_of_its_label(linter: Linter) -> None:
    """ "## Vaihtoehdot rinnakkain" over "- Runkotieto: vahvin …": the superlative is the
    labelled option's, a fair comparison, not the seller praising itself."""
    deck = (
        "# Etäseuranta\n\n## Vaihtoehdot rinnakkain\n- Runkotieto: vahvin mittatietojen "
        "siirrossa\n\n## Seuraavaksi\n- Palaveri 4.5.\n"
    )
    assert _spans(linter, deck, "self-praise", "outline") == []
    ours = deck.replace("## Vaihtoehdot rinnakkain", "## Mitä tarjoamme")
    assert _spans(linter, ours, "self-praise", "outline") == ["vahvin"]


def test_a_place_opening_the_sellers_name_is_no_seller(linter: Linter) -> None:
    """Signed "Turun Varjotalo Oy": "Turun" says where, so "Turun edullisimmat hinnat"
    said of another firm is no praise of the seller; "Varjotalo" still names it."""
    text = (
        "Hei Anna,\n\n{}\n\nSoitan torstaina kello 10.\n\nTerveisin\nHenna Laaksonen\n"
        "Turun Varjotalo Oy\n"
    )

    def praised(sentence: str) -> list[str]:
        body = text.format(sentence)
        found = linter.lint(body, "email").findings
        return [body[f.start : f.end] for f in found if f.rule == "self-praise"]

    assert praised("Markisolilla on tunnetusti Turun edullisimmat hinnat.") == []
    assert praised("Varjotalolla on Turun edullisimmat hinnat.") == ["edullisimmat"]
