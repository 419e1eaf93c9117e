"""Who an evaluation is said of: third parties' names, "se" pointing back, scare
quotes, and titles that only name a topic. Real pipeline, exact spans."""

from __future__ import annotations

import pytest

from pitchlint import Linter
from pitchlint.inputs import parse_bytes

HEAD = "Hei Anna,\n\n"
TAIL = "\n\nSoitan torstaina kello 10.\n\nTerveisin\nMatti Meikäläinen\nKassavirta Oy"


def _message_spans(linter: Linter, text: str) -> list[str]:
    """The competitor-bashing spans of a whole message (subject, greeting, signature)."""
    findings = linter.lint(text, "email").findings
    return [text[f.start : f.end] for f in findings if f.rule == "competitor-bashing"]


def _spans(linter: Linter, body: str, rule: str) -> list[str]:
    text = HEAD + body + TAIL
    return [text[f.start : f.end] for f in linter.lint(text, "email").findings if f.rule == rule]


def _deck_spans(linter: Linter, deck: str, rule: str = "competitor-bashing") -> list[str]:
    """The spans one rule finds in a slide outline."""
    return [deck[f.start : f.end] for f in linter.lint(deck, "outline").findings if f.rule == rule]


@pytest.mark.parametrize(
    ("body", "span"),
    [
        # "se" after a sentence that named the reader's current product
        ("Käytätte Tikettitaloa. Se on kömpelö ja hidas.", "kömpelö"),
        # a capitalised word the dictionary lacks, mid-sentence, is a name whatever its tag
        (
            "Tiedän, että käytätte Steriltekin seurantaohjelmaa. Suoraan sanottuna se on kömpelö.",
            "kömpelö",
        ),
        # a coined compound at the sentence start, owning an offering, is a firm
        ("Korvausvirran kuvamoduuli on kömpelö.", "kömpelö"),
        ("Varausvelhon pilvipalvelu on kömpelö.", "kömpelö"),
        # a coined compound as the subject of a verb in the singular
        ("Hiustaika on kyllä hidas.", "hidas"),
        # a firm named after what it serves ("messu-") is no fair: its head is "virta"
        ("Kuulin, että Messuvirran asentajat ovat kömpelöitä.", "kömpelöitä"),
        # a sentence-initial compound whose monthly fee runs is a firm
        (
            "Kuormakartan kuukausimaksu juoksee, vaikka sivuja ei päivitetä. Kai sekin "
            "jonkinlaista ylläpitoa on.",
            "Kai sekin jonkinlaista",
        ),
        # a municipality's own works department and a city's IT services, in-house rivals
        ("Kunnan tekninen toimi hoitaa hautausmaan huolimattomasti.", "huolimattomasti"),
        ("Kaupungin IT-palvelut ovat tunnetusti kömpelöitä.", "kömpelöitä"),
        ("Teillä on käytössä Kassamestari. Sen tekijät eivät välitä asiakkaistaan.", "välitä"),
        # a third party's name the evaluation is said of
        ("Teillä käytössä oleva Kurssivelho on surkea ohjelma.", "surkea"),
        ("Käytätte Verkkotalon kömpelöä alustaa.", "kömpelöä"),
        # the trade's firms, the reader's laundry
        ("Alan vanhat talot ovat kankeita ja kalliita.", "kankeita"),
        ("Pesulanne on tunnetusti huolimaton.", "huolimaton"),
        # a trade hyphenated to a surname is a firm, and "he" takes it up
        ("Etikettinne painaa Pakkaus-Ruohonen. He ovat huolimattomia.", "huolimattomia"),
        # a name the message writes capitalised mid-sentence is one at a sentence start too
        (
            "Kurssikeidas on toki ihan kiva valinta, jos riittää kurssi paperilla. "
            "Käytättekö Kurssikeidasta kaikissa myymälöissä?",
            "toki ihan kiva",
        ),
        # what the reader weighs buying, and whom the reader pays, is a seller
        ("Harkitsette Rantalan tuontitrukkeja. He ovat epäluotettavia.", "epäluotettavia"),
        (
            "Maksatte Lindqvistille järjestelmästä, joka on surkea.",
            "surkea",
        ),
        # the reader's current service, named by its kind
        ("Nykyinen seurapalvelu on kömpelö ja vanhanaikainen.", "kömpelö"),
        # to a housing company, its maintenance company is a vendor, not a peer
        (
            "Nykyinen huoltoyhtiönne on tunnetusti huolimaton. Teemme taloyhtiöllenne "
            "kuntotarkastuksen.",
            "huolimaton",
        ),
        ("Joillekin eläinlääkäriklinikoille riittää huolimaton työ.", "huolimaton"),
        # irony: praise in scare quotes, attached to a vendor
        ('Nykyisen toimittajanne "nopea" toimitus kestää viikon.', "nopea"),
        # the vendor's operations and people named right after the vendor
        (
            "Nykyinen kuljetusurakoitsijanne ei pysy muutoksessa mukana. Suoraan sanottuna "
            "toiminta on ala-arvoista.",
            "ala-arvoista",
        ),
        ("Edellinen urakoitsija jätti työmaan. Työnjälki oli huolimatonta.", "huolimatonta"),
        # a relative clause of place whose verdict is not on its own subject
        (
            "Kilpailijat tekevät sopimuksia, joissa asiakas maksaa surkeasta palvelusta.",
            "surkeasta",
        ),
        # the venue where the reader holds its events now, and its premises after it
        ("Pidätte koulutuksenne nykyään Aurorassa. Salit ovat siellä nuhjuisia.", "nuhjuisia"),
        (
            "Tiedän, että pidätte koulutuksenne nykyään Aurorassa. Se paikka on jäänyt "
            "90-luvulle: salit ovat nuhjuisia.",
            "nuhjuisia",
        ),
        # the "että" clause of "niin" on the noun's attribute spells out the vendor's clause
        (
            "Nykyisen huoltoyhtiönne asentajilla on niin tiukka aikataulu, että käynnit "
            "kuitataan ilman työtä.",
            "käynnit kuitataan",
        ),
        # the vendor's staff right after the vendor, with no place of their own
        (
            "Nykyinen vartiointiliikkeenne kiertää myymälät kerran yössä. Henkilökunta on "
            "hidasta ja kokematonta.",
            "hidasta",
        ),
        # a disclaimer does not cover what follows "but"
        (
            "En väitä mitään kilpailijastanne, mutta kannattaa kysyä, miksi juuri heidän "
            "asiakkaidensa työmailla kopit tyhjenevät.",
            "kannattaa kysyä, miksi",
        ),
        # "Puolet niistä": "ne" stands for the vendors before, not the word it hangs on
        (
            "Nettipainot lyövät samaa rullatavaraa joka purkkiin. Puolet niistä ei edes tiedä, "
            "mitä liimaa niiden tarroissa on.",
            "edes tiedä",
        ),
        # "niissä" does not stand for a plural of its own clause
        (
            "Isoja isännöintiketjuja on monta. Osakkaiden asiat hoidetaan niissä "
            "välinpitämättömästi.",
            "välinpitämättömästi",
        ),
        # the vendor itself or its system judged, "myös" in a clause of its own
        ("Toimittajanne järjestelmä on hidas.", "hidas"),
        (
            "Kaikki toimittajat nostivat hintoja, ja myös nykyinen toimittajanne on surkea.",
            "surkea",
        ),
        # the vendor's own thing is still judged
        ("Nykyisen toimittajanne kömpelö portaali hidastaa tilauksianne.", "kömpelö"),
        ("Nykyinen toimittajanne on hidas, ja tilauksenne myöhästyvät.", "hidas"),
        # a surname the message shows to be a firm ("Raution ohjelmalla") is one later too
        (
            "Työvuorot suunnitellaan nyt Raution ohjelmalla. Rautio lupaa paljon ja toimittaa "
            "vähän.",
            "lupaa paljon ja toimittaa vähän",
        ),
        ("Haapalan järjestelmä on käytössänne. Se on kankea.", "kankea"),
        # a trade before a surname names a firm: "Isännöinti Mäkelä"
        (
            "Isännöinti Mäkelä on tarjouksista halvin. Heidän raporttinsa ovat sekavia.",
            "sekavia",
        ),
        # a surname before a word of the firm's own making names the firm, and the
        # surname alone names it later
        (
            "Kauppanne on tehty Koponen Digitalin kanssa. Koposella on sama kassapohja kuin "
            "vuonna 2015. Mitä muuta voisi odottaa talolta, joka ei päivitä omia sivujaan?",
            "Mitä muuta",
        ),
        # a surname owning a business is a firm, and its genitive stays the firm's far
        # from there, though Voikko also knows it as a place
        (
            "Hotellinne vuokraa lisäautot Heikkilän autovuokraamolta. Kesällä kysyntä kasvaa. "
            "Heinäkuussa pakettiautoista on pulaa. Hinnat nousevat silloin 40 %. Heikkilän "
            "hinnoittelu on sekavaa.",
            "sekavaa",
        ),
        # the surname of a hyphenated firm name stands for the firm alone
        (
            "Käytössänne on Pyörä-Virtanen Oy:n pyöräetu vuodesta 2021. Kesällä pyöräily "
            "kasvaa. Huoltoja tarvitaan silloin eniten. Sopimus päättyy marraskuussa. "
            "Virtasella huoltoaika on surkea.",
            "surkea",
        ),
        # the business the reader's own relative clause says the reader buys from
        (
            "Ei ihme: se rautakauppa, josta tolppasi ostat, myy puuta kuin se olisi nostettu "
            "suosta, eikä siellä kukaan tunnu välittävän.",
            "välittävän",
        ),
        ("Kauppa, josta ostatte maalinne, on hidas.", "hidas"),
        # the reader's things in a named business's care: that business is the vendor
        (
            "Työsuhdeautonne ovat nykyään Rantasen autokeskuksella. Toki sekin on yksi "
            "vaihtoehto, jos tykkää odotella sijaisautoa viikon.",
            "Toki sekin on yksi vaihtoehto",
        ),
        # a business doing the reader's work, whatever the verb, is the reader's vendor
        (
            "Tiedän, että ravintolanne liinavaatteet pesee nyt Lahden Tekstiilihuolto. He "
            "eivät ole kuulleetkaan matalista pesulämpötiloista.",
            "kuulleetkaan",
        ),
        (
            "Kotisivujenne tuotekuvat on ottanut Heinosen kuvaamo. Heidän kuvansa ovat "
            "huolimattomasti rajattuja.",
            "huolimattomasti",
        ),
        # the owner's name of such a business, repeated alone, stands for it
        (
            "Kuulin, että teille tuo lounaan Mattilan pitopalvelu. Mattila tekee ihan kelpo "
            "keittoja, jos nälkä ei ole kova.",
            "ihan kelpo",
        ),
        # whoever made the reader an offer is a vendor
        (
            "Olette saaneet tarjouksen Hakalalta. Hakalan pojat ovat hitaita ja kalliita.",
            "hitaita",
        ),
        ("Saitte Kuljetus Niemiseltä tarjouksen. Heidän autonsa ovat romuja.", "romuja"),
        # the maker of what the reader uses, and its goods referred to after it
        (
            "Käytättekö yhä Lindqvistin pinnoitteita? Heidän tuotteensa ovat surkeita.",
            "surkeita",
        ),
        ("Huomasin, että teillä käytetään Koskisen pohjamaaleja. Ne ovat surkeita.", "surkeita"),
        # a name beside its kind ("tietoturvayhtiö Haloselta") is repeated alone after it
        (
            "Kuulin, että olette pyytäneet tarjousta myös tietoturvayhtiö Haloselta. Halosen "
            "kurssimateriaalit ovat surkeita.",
            "surkeita",
        ),
        # "he" takes up a singular name only for a firm; one doing the seller's own trade
        (
            "Kielipaja käänsi edellisen version. Termit vaihtelevat. He eivät ilmeisesti ole "
            "kuulleetkaan käännösmuistista. Käännämme ohjeet kahdeksalle kielelle.",
            "kuulleetkaan",
        ),
        # or one that has what only a business has ("heidän asiakastukensa")
        (
            "Verkkovahti hoiti päivitykset. Heidän asiakastukensa on surkea.",
            "surkea",
        ),
        # an adjective that is the subject of "is an app" names the product
        (
            "Lojaali on ihan kiva sovellus niille, joille riittää, että leimakortti toimii "
            "useimpina päivinä.",
            "ihan kiva",
        ),
        # the seller's customers named, and the reader's vendor still judged
        (
            "Toimitamme tilitoimistoille laskutusohjelmia. Nykyinen ohjelmistotoimittajanne ei "
            "vastaa puhelimeen koskaan.",
            "vastaa puhelimeen koskaan",  # the phone unanswered, and never
        ),
        # the in-house alternative is a party: the reader's IT team, whoever owns it
        ("IT-tiiminne on tunnetusti kyvytön.", "kyvytön"),
        ("Kaupungin IT-osasto on epäluotettava.", "epäluotettava"),
        ("Teidän IT-väkenne on huolimatonta.", "huolimatonta"),
        ("Kotikallion oma siivoustiimi on huolimaton.", "huolimaton"),
        ("Kaupungin oma varikko on tunnetusti huolimaton.", "huolimaton"),
        ("Teidän IT-vastaavanne on kyvytön.", "kyvytön"),
        ("Tietohallintonne on tunnetusti kyvytön.", "kyvytön"),
        # a surname owning the report names the consultant who made it
        ("Kiviniemen raportti oli surkea ja pintapuolinen.", "surkea"),
        # a brand's products, unlike a standard's ("ATEX-trukki", a hard negative elsewhere)
        (
            "Huoltamissamme varastoissa joka neljännestä Kaikuva-trukista löytyi puutteellinen "
            "suojaus.",
            "puutteellinen",
        ),
        # a firm named with common words ("vartio" + "ässä"), known by serving the reader's site
        (
            "Vartioässä on hoitanut kohdettanne jo pitkään. Heidän vartijansa ovat surkeita.",
            "surkeita",
        ),
        # a coined compound web text never uses, acting in the singular, is a firm's name
        ("Verkkovahti palkkasi uudet asentajat. Heidän asiakastukensa on surkea.", "surkea"),
        (
            "Kaarnapesu keksii joka kuukausi uuden lisämaksun. Sitä sinnikkyyttä voi melkein "
            "ihailla.",
            "sinnikkyyttä voi melkein ihailla",
        ),
        ("Karvakalenteri on vanhanaikainen ja kömpelö.", "vanhanaikainen"),
        # ... also when the parser hangs it on the verb as an adverbial
        ("Kielisilta tekee ihan kelpo käännöksiä, ainakin jos mittari on sanakirja.", "ihan kelpo"),
        # ... a brand on the web's "-netti" or a "voice"
        ("Siivousnetti on kömpelö.", "kömpelö"),
        ("Potilasääni on ihan kelpo valinta, jos raportti kerran vuodessa riittää.", "ihan kelpo"),
        # ... owning the contracts a vendor makes
        ("Kiekkomestarin sopimukset ovat sekavia.", "sekavia"),
        # ... or at whom a practice is or is not the custom (a place would be "Kivirannalla")
        ("Rengasvahdilla on tapana jättää työt kesken.", "jättää työt kesken"),
        # ... and a patrol made into a firm's name
        (
            "Tuholaispartio on toki ihan kelpo valinta, jos riittää, että joku käy joskus.",
            "toki ihan kelpo",
        ),
        # ... also when the dictionary folds its first part into the last ("sijais" + "apu")
        (
            "Sijaisapu on ihan kelpo vaihtoehto silloin, kun ei ole niin tarkkaa, kuka tulee.",
            "ihan kelpo",
        ),
        # "kumpikin" takes up the two just named
        ("Käytätte Opinreittiä ja Koulutusvirtaa. Kummankin kurssit ovat surkeita.", "surkeita"),
        # ... by its staff or its customers, and so wherever the message names it
        (
            "Tilivirran palkanlaskijat eivät tunne työehtosopimusta lainkaan.",
            "tunne työehtosopimusta lainkaan",
        ),
        (
            "Ajotallin asiakkaana tunnet heidän palvelunsa. Ajotalli on surkea ja kömpelö.",
            "surkea",
        ),
        # a surname or a place serving the reader's goods, the verb before its subject
        (
            "Tiedän, että laitteitanne huoltaa nyt Kylmälä. Heidän asentajansa ovat huolimattomia.",
            "huolimattomia",
        ),
        # a name after "kilpailijanne" is a rival, "he" after it too
        (
            "Vertasin tarjousta kilpailijanne Kaiku & Kuva Oy:n hintoihin. Heidän "
            "kouluttajansa lukee diat ääneen.",
            "lukee diat ääneen",
        ),
        # the vendor serving with beginners is its own act
        (
            "Isot ohjelmistotalot palvelevat pieniä asiakkaita kesäharjoittelijoilla.",
            "palvelevat pieniä asiakkaita kesäharjoittelijoilla",
        ),
        # a list of scare quotes, not examples, is irony item by item
        (
            'Kilpailijanne mainostaa "nopeaa" ja "joustavaa" palvelua, mutta toimitus kestää '
            "kolme viikkoa.",
            "joustavaa",
        ),
        # "valtaosa" is no measured share, unlike "kolmasosa"
        (
            "Valtaosa seudun siivousfirmoista on huijareita, jotka laskuttavat "
            "tekemättömästä työstä.",
            "huijareita",
        ),
        # what an onlooker sees of the vendor's own is still the vendor's
        ("Kilpailijanne laskutus on sekavaa, ja pankki näkee heidän heikon palvelunsa.", "heikon"),
    ],
)
def test_evaluation_of_a_named_vendor_fires(linter: Linter, body: str, span: str) -> None:
    assert span in _spans(linter, body, "competitor-bashing")


@pytest.mark.parametrize(
    "body",
    [
        # the reader's own name (it is in the subject line) is no competitor
        "Aihe: Kellotalon keskeneräiset ostokset\n\nKellotalon kassa on hidas mobiilissa.",
        # a peer's old problem told as a story: the evaluation is not said of the name
        "Nurmela kärsi hitaista toimituksista, kunnes vaihtoi reittiä.",
        # a common word capitalised at a sentence start is no name
        "Pohjoisen reiteillä kaluston saatavuus on talvella heikko.",
        # a person's full name is no firm
        "Kauppanne teki Pekka Koponen Tampereelta. Koposella on vanhentunut kassapohja.",
        # the reader's things in a place, not in a business's care
        "Autonne ovat nykyään Lahdessa. Toki sekin on yksi vaihtoehto, jos tykkää odotella.",
        # a name "he" takes up with no sign of a vendor: a company in the news
        "Rautakeskus avaa Tampereelle uuden myymälän. He eivät ole kuulleetkaan hitaista "
        "toimituksista.",
        # the seller's customer, in a sentence of the seller's own
        "Asiakkaamme Kielipaja käänsi ohjeensa itse. He eivät olleet kuulleetkaan "
        "käännösmuistista. Käännämme ohjeita.",
        # "he" for the people named in the sentence, not for the name
        "Verkkovahdin toimitusjohtaja palkkasi uudet asentajat. Heidän asiakastukensa on surkea.",
        # a source that informs the reader is no vendor of the reader's
        "Tilastokeskus kertoo teille alanne kasvusta. Heidän lukunsa ovat hitaita päivittymään.",
        # a person who uses the reader's things is no business ("Pekka" is a first name)
        "Pekka käyttää teidän autoanne. Hän on huono kuski.",
        # the seller doing the reader's work is no third party
        "Pesemme ravintolanne liinavaatteet. Ne ovat olleet surkeassa kunnossa.",
        # an adjective as the subject with no product noun stays an adjective
        "Nopea on parempi kuin halpa, kun kylmäketju pettää kesällä.",
        # "sen jälkeen" is a time, not the vendor named before
        "Valmistaja lopettaa varaosien toimituksen ensi vuonna. Sen jälkeen yksikin "
        "rikkoutunut rele voi pysäyttää hissin viikoiksi.",
        # "se" with nothing named before it
        "Uusi laki tulee voimaan keväällä. Se on monelle hankala.",
        # a housing company, by its name's form, is what sellers serve, not a rival
        "As Oy Rekolan Sorsapuiston lataus lämpötolpista on hidasta.",
        # quotation of a longer phrase is someone's words, not irony
        'Asiakkaanne kirjoitti: "palvelu on nopea ja toimittaja luotettava".',
        # the verdict is on the own subject of a relative clause of place, not on
        # the vendor whose pricing it is
        "Moni kaukolämpöyhtiö on siirtynyt hinnoitteluun, jossa huonosti jäähdyttävä "
        "lämmönjakokeskus maksaa enemmän.",
        "Energiayhtiöt käyttävät tariffia, jossa heikosti toimiva vanha keskus nostaa laskua.",
        # the verdict is on the reader's own thing, named beside its translator
        "Käännöstoimisto Lähde kääntää ohjeenne huolellisesti, mutta vanhentunut, käsin "
        "koottu dokumentaationne pakottaa heidät aloittamaan alusta.",
        "Nykyinen toimittajanne joutuu käyttämään teidän vanhentunutta pohjaanne.",
        # the staff of the place the clause names, not of the vendor named before
        "Nykyinen vartiointiliikkeenne kiertää myymälät kerran yössä. Uudessa myymälässä "
        "henkilökunta on hidasta ja kokematonta.",
        # the reader's own chain named by its kind: the others of that kind are peers
        "Ketjunne on Pirkanmaan suurin rautakauppaketju. Muissa rautakauppaketjuissa kassat "
        "ovat hitaita.",
        # the reader's own system judged beside a vendor praised
        "Nykyinen toimittajasi on pitänyt mainokset kunnossa, mutta kassajärjestelmäsi vanha "
        "versio on hidas.",
        # one named as part of the whole field
        "Riski koskee kaikkia tukkuja, myös nykyistä toimittajaanne: kukaan ei voi varastoida "
        "rajattomasti.",
        "Saatavuus on ollut heikko koko alalla, myös nykyisellä toimittajallasi.",
        # a chain of goods, not a retail chain; the reader's own salespeople
        "Monessa leipomossa vakuutus kattaa vain uunit, vaikka useimmiten pettää kylmäketju.",
        "Myyjänne voivat tarjota kahvin suoraan pöytään, eikä heidän tarvitse jättää "
        "asiakasta yksin odottamaan.",
        # "niiden" stands for the trips of the clause before, not the agency named earlier
        "Nykyinen matkatoimistonne lähettää raportin kerran vuodessa. Liikematkat kuuluvat "
        "välillisiin päästöihin, ja niiden laskeminen kuiteista on hidasta.",
        # the disclaimer holds what it says; a fact follows "but"
        "En väitä, että kilpailijanne olisi huono, mutta hinnat ovat meillä samat.",
        # a city where the reader meets is no venue; our own halls are ours
        "Pidätte kesäpäivät yleensä Tampereella. Siellä ruuhkat ovat surkeita.",
        "Kilpailijanne avasi uuden toimipisteen. Meidän salimme olivat ennen nuhjuisia.",
        # those the seller makes its offer for are the reader's kind, not rivals
        "Teemme pienille korjaamoille ajanvarausjärjestelmiä. Pienillä korjaamoilla "
        "puhelimeen ei kukaan vastaa iltaisin.",
        # a double surname is a person, not a trade and a surname
        "Ala-Nissilä on huolimaton.",
        "Tapasin Maija Sähkö-Virtasen, joka on huolimaton.",
        # "se" with a partitive predicate adjective is a doing, not the firm
        "Nykyinen toimittajanne kerää luvut käsin matkalaskuista. Se on hidasta.",
        # a compound with no fee of its own is no firm named
        "Kuormakartan reitit kulkevat, vaikka sivuja ei päivitetä. Kai sekin jonkinlaista "
        "ylläpitoa on.",
        # the seller's own IT team, or own team, is no other party
        "IT-tiimimme oli aiemmin huolimaton, mutta nyt tarkistamme jokaisen asennuksen.",
        "Kassavirran oma asennustiimi oli ennen hidas, mutta nyt asennamme viikossa.",
        # a rare compound naming a technique, or a team of the reader's, is no coined name
        "Nykyinen anturi on hyvä. Kiihtyvyysmittaus ei siksi erota niitä luotettavasti.",
        "Ravintolakeittiön työntekijät ovat kiireisiä ja huolimattomia.",
        "Ajoportti oli auki koko aamun, eikä porttia jaksettu sulkea.",
        # "molemmat" is the contractor and the farm here, not two vendors
        "Teemme sopimuksen kahden laskutusohjelman toimittajan kanssa. Lähetämme rivit sekä "
        "urakoitsijalle että tilalle, jolloin molemmilla on sama tieto eikä kenenkään tarvitse "
        "arvailla tunteja.",
        # a common compound naming a unit or a line of work has staff, but is no firm
        "Asiakaspalvelun työntekijät eivät tunne uutta järjestelmää lainkaan.",
        "Kiinteistöhuollon asentajat ovat huolimattomia, kun kiire on kova.",
        # a share counted out of a whole is a measurement of the group
        "Kyselyissämme kaksi myyjää kolmesta ei tiennyt, mistä ilmoituskanava löytyy.",
        "Testissämme neljä toimittajaa viidestä ei tiennyt, mitä asetus vaatii.",
        # a published work cited, whatever its noun: the association is the source
        "Verkkokauppiaat ry:n keväällä julkaiseman vertailun mukaan puolet kuluttajista on "
        "jättänyt ostoksen kesken, koska chattiin ei vastattu.",
        "Verkkokauppiaat ry:n keväällä julkaiseman barometrin mukaan 35 prosenttia alle "
        "30-vuotiaista ostajista on jättänyt ostoksen kesken, koska puhelimeen ei vastattu.",
        # the seller's own partner, named after "kumppanimme" (a compound too), and "he"
        # for it, works on the seller's side
        "Selvitin asian äänitekniikkakumppanimme Kaiku & Kuva Oy:n kanssa. He ehdottavat "
        "kahta mikrofonia ja juontajaa, joka lukee yleisön kysymykset ääneen.",
        "Selvitin asian kumppanimme Kaiku & Kuva Oy:n kanssa. He ehdottavat juontajaa, joka "
        "lukee yleisön kysymykset ääneen.",
        # the seller's own act, in the 1st person, however near a beginner is named
        "Suurimmat ohjelmistotalot julkaisevat kesätyönsä jo lokakuussa. Meillä on valmiina "
        "malli, jossa haemme sinulle neljä kesäharjoittelijaa ja hoidamme myös heidän "
        "palkanlaskentansa.",
        # a list of examples after "kuten" is cited, its later items too
        "Rakennusliikkeet etsivät toimittajia yhä useammin tuotenimillä, kuten "
        '"palamaton eriste" tai "kierrätettävä kuplamuovi".',
        "Ostajat etsivät toimittajia tuotekohtaisilla hauilla, kuten "
        '"biohajoava pussi" tai "kestävä kassi".',
        # the party sees what is judged: the reader's weak year, not the bank's
        "Jos kirjaus puuttuu, tulos heittelee vuodesta toiseen, ja pankki näkee heikon "
        "tilikauden eikä tasaista kasvua.",
        # the reader's own kind, told in the essive ("… ketjuna teillä on"): a chain in
        # the subject line is the reader's kind, not a vendor
        "Aihe: Viivästykset 12 toimipisteen ketjussa\n\nAlueen suurimpana "
        "eläinlääkäriketjuna teillä on laaja verkko, ja se näkyy näytteiden kuljetuksessa.",
        "Aihe: Palautusten viivästykset kasvavassa ketjussa\n\nKasvavana kauppaketjuna "
        "tiedätte, että palautukset jäävät usein myymälään odottamaan noutoa.",
        # a customer's own words about its former way of working, introduced by a colon
        "Eräs oululainen tuottaja kuvasi studionsa entistä toimintatapaa näin: ”Käännökset "
        "tilattiin viimeisellä viikolla, ja sitten ihmeteltiin, miksi kaikki hajosi "
        "julkaisupäivänä.” He siirsivät tilaamisen beetavaiheeseen.",
        # the maker of a report cited as right is a source, not a party the next
        # sentence's "ei erota" is said of
        "Kaupan Analyysikeskuksen syyskuun raportin mukaan joka neljäs ruukku palautetaan. "
        "Ruukuissa ero on suurin, sillä pelkästä kuvasta ei erota 20 ja 40 senttimetrin ruukkua.",
    ],
)
def test_no_named_target_does_not_fire(linter: Linter, body: str) -> None:
    if body.startswith("Aihe:"):
        text = body.replace("\n\n", "\n\n" + HEAD, 1) + TAIL
        found = [
            text[f.start : f.end]
            for f in linter.lint(text, "email").findings
            if f.rule == "competitor-bashing"
        ]
    else:
        found = _spans(linter, body, "competitor-bashing")
    assert not found


def test_topic_title_is_no_promise(linter: Linter) -> None:
    deck = (
        "# Pumput – Esimerkki Oy\n\n## Takuu ja huolto\n- Takuu kattaa viisi vuotta\n\n"
        "## Tulokset taattu\n- Kaikki ongelmat poistuvat\n"
    )
    found = _deck_spans(linter, deck, "unbacked-promise")
    assert "Takuu" not in found  # a title naming a topic
    assert "taattu" in found  # a title that promises


def test_a_bullet_under_another_partys_title_is_no_promise(linter: Linter) -> None:
    """ "## Nykyisen toimittajanne vahvuudet" over "- Laskutus toimii moitteetta" says
    what the reader's supplier does; under the seller's own title it is a promise."""
    theirs = (
        "# Työkykyehdotus\n\n## Nykyisen toimittajanne vahvuudet\n"
        "- Laskutus toimii moitteetta\n\n## Ehdotus\n- Työkykyneuvottelu 60 päivän kohdalla\n"
    )
    ours = theirs.replace("Nykyisen toimittajanne vahvuudet", "Meidän lupauksemme")
    # (the reader's organisation named in the title is no vendor)
    readers = theirs.replace("Nykyisen toimittajanne vahvuudet", "Mitä taloyhtiö saa")
    assert _deck_spans(linter, theirs, "unbacked-promise") == []
    assert _deck_spans(linter, ours, "unbacked-promise") == ["toimii moitteetta"]
    assert _deck_spans(linter, readers, "unbacked-promise") == ["toimii moitteetta"]


def test_what_he_does_is_no_promise_of_ours(linter: Linter) -> None:
    """ "he" are people, never the writer's "me": what a rival's staff do is told, not
    promised; after "Asentajamme…" the same "he" are the seller's own."""
    rival = "Heidän asiantuntijansa ovat kesäapulaisia. Laskuttaminen sujuu heiltä moitteetta."
    ours = "Asentajamme ovat kokeneita. Laskuttaminen sujuu heiltä moitteetta."
    assert _spans(linter, rival, "unbacked-promise") == []
    assert _spans(linter, ours, "unbacked-promise") == ["sujuu heiltä moitteetta"]


def test_what_the_seller_learned_from_a_kind_is_no_topic_of_contempt(linter: Linter) -> None:
    """ "## Mitä olemme oppineet arkkitehtitoimistoista" tells the seller's experience of
    its customers; "## Mitä olemme kuulleet nykyisestä toimittajastanne" is about a vendor."""
    learned = (
        "# Esitys\n\n## Mitä olemme oppineet arkkitehtitoimistoista\n"
        "- Hitaat yhteydet olivat yleisin tukipyyntöjen syy\n"
    )
    assert _deck_spans(linter, learned) == []
    heard = "# Esitys\n\n## Mitä olemme kuulleet nykyisestä toimittajastanne\n- Hidas ja kallis\n"
    assert _deck_spans(linter, heard) == ["Hidas"]


def test_a_title_says_what_its_slide_means_for_the_audience(linter: Linter) -> None:
    """ "## Mitä tämä tarkoittaa Saarenkylälle" names the deck's audience, the reader,
    not a vendor the slide's faults belong to; "## Mitä Saarenkylä tekee" names a party."""

    def spans(title: str) -> list[str]:
        deck = (
            f"# Esitys\n\n{title}\n- Puutteellisten kuvien uusintapyynnöt vähenevät "
            "18 prosentista viiteen\n\n## Seuraavat askeleet\n- Palaveri keskiviikkona 9.4.\n"
        )
        return _deck_spans(linter, deck)

    assert spans("## Mitä tämä tarkoittaa Saarenkylän Vakuutukselle") == []
    assert spans("## Hyödyt Saarenkylälle") == []
    assert spans("## Mitä Saarenkylä tekee") == ["Puutteellisten"]


def test_a_title_its_points_answer_as_we_names_the_seller(linter: Linter) -> None:
    """ "## Mitä Routapiste ei lupaa" answered by "Yöpäivystystä emme lupaa": the same
    verb said as "we" makes the name the seller's, so its own limits are no put-down;
    answered as "they" or with another verb, the name is still a rival's."""

    def spans(title: str, point: str) -> list[str]:
        deck = (
            f"# Huoltosopimus Kiinteistö Aallolle\n\n{title}\n- {point}\n"
            "- Viikonloppuisin puhelimeen ei vastata\n\n"
            "## Seuraava askel\n- Katselmus tiistaina 14.5.\n"
        )
        return _deck_spans(linter, deck)

    assert spans("## Mitä Routapiste ei lupaa", "Yöpäivystystä emme lupaa") == []
    assert spans("## Mitä Routapiste ei lupaa", "Yöpäivystystä emme lupaa kenellekään") == []
    assert spans("## Mitä Lumipiste ei lupaa", "Yöpäivystystä he eivät lupaa") == [
        "puhelimeen ei vastata"
    ]
    assert spans("## Miksi ei Lumipiste?", "Hinta on meitä korkeampi") == ["puhelimeen ei vastata"]


def test_a_rows_label_holds_what_the_row_says_breaks(linter: Linter) -> None:
    """ "- Frostia: halpaa kalustoa, joka hajoaa…": the relative pronoun is the subject,
    but the row is the labelled vendor's."""
    deck = (
        "# Esitys\n\n## Vertailu muihin\n- Frostia: halpaa kalustoa, joka hajoaa "
        "ensimmäisellä pakkasella\n- Kylmäpiste: kallis mutta kestävä\n\n"
        "## Seuraava askel\n- Käynti viikolla 45\n"
    )
    assert _deck_spans(linter, deck) == ["hajoaa"]


def test_a_name_set_against_the_sellers_in_the_subject_is_a_rival(linter: Linter) -> None:
    """ "Aihe: Ajotapa vai Kettunen Telematiikka?": the subject names the rival, not the
    seller or the reader, so its name stays a target."""
    text = (
        "Aihe: Ajotapa vai Kettunen Telematiikka?\n\nMoi Harri,\n\nkuulin, että mietit "
        "Kettunen Telematiikan laitteita. Telematiikan laitteet lakkaavat toimimasta "
        "ensimmäisillä pakkasilla.\n\nSoitan torstaina kello 10.\n\nTerveisin\nMikko\n"
        "Ajotapa Oy\n"
    )
    assert _message_spans(linter, text) == ["lakkaavat toimimasta"]


def test_a_name_in_the_subject_that_made_the_readers_report_is_another(linter: Linter) -> None:
    """ "Aihe: Lämpöluotsin raportti" … "lähetit Lämpöluotsin tekemän raportin": the maker
    of what the reader has is neither the seller ("tekemämme") nor the reader."""
    text = (
        "Aihe: Lämpöluotsin katselmusraportti\n\nHei Kalle,\n\nkiitos, että lähetit "
        "Lämpöluotsin viime vuonna tekemän raportin. Lämpöluotsin raportit ovat kömpelöitä."
        "\n\nSoitan torstaina kello 10.\n\nTerveisin\nPetra\nEnergiakaari Oy\n"
    )
    assert _message_spans(linter, text) == ["kömpelöitä"]
    # the seller's own report, sent back by the reader, is no other's
    own = text.replace("Lämpöluotsin", "Energiakaaren")
    assert _message_spans(linter, own) == []


@pytest.mark.parametrize(
    ("greeting", "spans"),
    [
        ("Hyvä Pekka Hirvonen", []),
        # another surname's firm is another party
        ("Hyvä Pekka Lahtinen", ["kömpelöt", "vanhanaikaiset"]),
    ],
)
def test_a_firm_named_by_the_readers_surname_is_the_readers(
    linter: Linter, greeting: str, spans: list[str]
) -> None:
    text = (
        f"{greeting},\n\nHirvosen Sahan verkkosivut ovat kömpelöt ja vanhanaikaiset. "
        "Kävijöistä 60 % tulee puhelimella." + TAIL
    )
    assert _message_spans(linter, text) == spans


def test_the_recipients_surname_in_the_to_header_names_the_readers_firm(
    linter: Linter,
) -> None:
    body = (
        "Hei Emma,\n\nKävin läpi Pakkasen Instagramin: sen julkaisut ovat kömpelöitä. "
        "Kävijöistä 60 % tulee puhelimella." + TAIL
    )
    head = "From: Iida <iida@example.fi>\nTo: {} <emma@example.fi>\nSubject: Videot\n\n"
    ours = linter.lint_bytes((head.format("Emma Pakkanen") + body).encode(), path="a.eml")
    theirs = linter.lint_bytes((head.format("Emma Laine") + body).encode(), path="a.eml")
    assert [f.rule for f in ours.findings if f.rule == "competitor-bashing"] == []
    assert [f.rule for f in theirs.findings if f.rule == "competitor-bashing"] != []


def test_happening_to_be_somewhere_is_chance_not_carelessness(linter: Linter) -> None:
    careless = "Nykyinen toimittajanne tuo ruoan sinne, missä väki sattuu."
    assert _spans(linter, careless, "competitor-bashing") == ["missä väki sattuu"]
    chance = careless.replace("sattuu.", "sattuu olemaan.")
    assert "missä väki sattuu" not in _spans(linter, chance, "competitor-bashing")


_KIPINA = (
    "Kipinäkoulussa harjoitellaan yhä vanhanaikaisella ohjelmalla. "
    "Heidän kurssinsa kestää puoli päivää."
)
_FEES = (
    "Nykyinen toimittajanne lähettää raportin. Heidän laskuissaan on kolme lisämaksua. "
    "Onhan sekin eräänlaista palvelua."
)


_AERIAL = (
    "Ilmakuvat teille tekee nyt Ilmakuva Pohjola, jolla on luvat drooneille. "
    "Heidän kuvaajansa tuntee tunturit. "
)


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        # "Kipinäkoulussa harjoitellaan…" has no subject, so "heidän" in the next
        # sentence can only be the people there: the firm
        (_KIPINA, ["vanhanaikaisella"]),
        # with a subject of its own, or without "he" after it, it is where things happen
        (_KIPINA.replace("harjoitellaan", "opiskelijat harjoittelevat"), []),
        (_KIPINA.replace("Heidän kurssinsa", "Kurssi"), []),
        # a comment on the sentence before follows its "heidän" back to the party named
        (_FEES, ["Onhan sekin eräänlaista"]),
        (_FEES.replace("Nykyinen toimittajanne lähettää", "Asiakkaanne lähettävät"), []),
        # "niistä" with a count that owns the thing found counts a sample of the goods
        (
            "Kävin läpi kilpailijoiden 12 verkkokauppaa. Niistä kahden kuvaukset on kopioitu "
            "valmistajan sivuilta.",
            [],
        ),
        # the count as the subject singles the vendors out
        (
            "Kävin läpi kilpailijoiden 12 verkkokauppaa. Niistä kaksi on kopioinut "
            "kuvauksensa valmistajan sivuilta.",
            ["kopioinut"],
        ),
        # "he" stands for the people named last in its own sentence, not the supplier
        # named before ("heidän kuvaajansa" still pointed back at the partner)
        (
            _AERIAL + "Seurannassamme ruotsalaiset hiihtäjät katsoivat pitkiä videoita, "
            "kun taas lyhyet mainosvideot toimivat heillä huonommin kuin muilla ryhmillä.",
            [],
        ),
        # people of the vendor's own are the vendor's
        (
            _AERIAL + "Heidän kuvaajansa tulevat aina myöhässä, ja heillä on väärät "
            "linssit mukana.",
            ["tulevat aina myöhässä"],
        ),
    ],
    ids=[
        "passive-then-they",
        "own-subject",
        "no-they",
        "they-carries-on",
        "customers",
        "a-sample-count-after-them",
        "the-count-as-subject",
        "they-are-the-people-named-last",
        "they-are-the-vendors-people",
    ],
)
def test_they_points_back_to_a_party(linter: Linter, body: str, spans: list[str]) -> None:
    assert _spans(linter, body, "competitor-bashing") == spans


def test_a_promise_said_by_them_is_no_promise_of_the_sellers(linter: Linter) -> None:
    deck = (
        "# Esitys Kanervalle\n\n## Miksi Lindholm ei riitä\n- He lupaavat paljon, mutta "
        "toimitukset ovat myöhässä\n\n## Seuraava askel\n- Koetilaus kesäkuussa\n"
    )
    rules = {f.rule for f in linter.lint(deck, "outline").findings}
    assert "unbacked-promise" not in rules


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        # another firm's goods at the reader's place, observed: "teillä" says where
        (
            "Latausasemanne ovat Ampeeritalolta. Ampeeritalon laitteet toimivat teillä "
            "moitteetta, eikä niitä tarvitse vaihtaa.",
            [],
        ),
        # the seller's own goods, or the reader told what they will get, still promise
        ("Laitteemme toimivat teillä moitteetta.", ["toimivat teillä moitteetta"]),
        (
            "Ampeeritalon laitteet toimivat meidän huollossamme aina moitteetta.",
            ["aina moitteetta"],
        ),
    ],
)
def test_another_firms_goods_observed_at_the_readers_are_no_promise(
    linter: Linter, body: str, spans: list[str]
) -> None:
    assert _spans(linter, body, "unbacked-promise") == spans


@pytest.mark.parametrize(
    ("subject", "body", "span"),
    [
        # "Jos kassananne on Kassamestari": the subject names the reader's current system,
        # and the means judged under a negation is judged all the same
        (
            "Kanta-asiakkaat ja Kassamestari",
            "Jos kassananne on Kassamestari, tiedän jo, miksi asiakastiedot ovat hajallaan. "
            "Sen kömpelöllä moduulilla ei saa raportteja irti.",
            "kömpelöllä",
        ),
        # the reader's own units as the users make the name the reader's supplier
        (
            "Mäntylän ohjelmasta eroon",
            "kuulin, että teidän myymälänne käyttävät yhä Mäntylä Palkkojen ohjelmaa. "
            "Suoraan sanottuna Mäntylän surkeat päivitykset tulevat aina myöhässä.",
            "surkeat",
        ),
        # the reader trying a rival out, told (not "kokeilkaa", the seller's offer)
        (
            "Puhekone ja suomen kieli",
            "kuulin, että kokeilette toimistolla Puhekonetta. Puhekoneen kehittäjät eivät "
            "ole koskaan välittäneet suomen kielestä.",
            "välittäneet",
        ),
        # the office the reader is thinking of moving to is another party
        (
            "Ennen kuin jatkat Saaristotilien kanssa",
            "kuulin, että harkitset siirtymistä Saaristotileille. Kannattaa kysyä heiltä, "
            "miksi heidän asiakkaansa vaihtavat toimistoa niin tiuhaan.",
            "Kannattaa kysyä heiltä, miksi",
        ),
        # the reader's own thing done at a firm: the firm serves the reader
        (
            "Ohjekirjat ja Sanamylly",
            "huomasin, että uusien koneidenne ohjekirjat on käännetty Sanamyllyssä. "
            "Sanamylly syöttää kaiken konekääntäjään, eikä kukaan siellä vaivaudu lukemaan "
            "tulosta.",
            "vaivaudu",
        ),
        # the name the reader got a quote from, and the one the reader has in use or
        # the subject leaves behind
        (
            "Metsävarman tarjouksesta",
            "yhtiönne sai kuulemani mukaan Metsävarmalta tarjouksen. Heidän tunnettu "
            "hutilointinsa näkyy taimikoissa vuosia.",
            "hutilointinsa",
        ),
        (
            "Arkistovahdin jälkeen kaikki tuntuu nopealta",
            "jos toimistollanne on yhä käytössä Arkistovahdin kömpelö kansiojärjestelmä, "
            "ymmärrän hyvin, miksi haut takkuavat.",
            "kömpelö",
        ),
    ],
)
def test_a_name_the_subject_gives_as_the_readers_supplier_is_a_vendor(
    linter: Linter, subject: str, body: str, span: str
) -> None:
    """A name in the subject line that the body gives as what the reader uses is
    a vendor, not the seller's or the reader's own name."""
    text = (
        f"Aihe: {subject}\n\nHei Petri,\n\n{body}\n\nSoitan torstaina kello 10.\n\n"
        "Terveisin\nSanna Koskinen\nVakiopaikka Oy\n"
    )
    assert span in _message_spans(linter, text)


def test_the_kind_advised_in_a_title_is_the_readers(linter: Linter) -> None:
    """ "Miksi tilitoimiston kannattaa…" advises the reader's kind; the bullet under it
    judges no vendor. The same title naming a vendor kind as judged still fires."""
    deck = (
        "# Varmuuskopiointi\n\n## Miksi tilitoimiston kannattaa miettiä varmuuskopioita nyt\n"
        "- Vanhimmat tilinpäätökset ovat levyillä, joita kukaan ei ole testannut\n"
    )
    found = linter.lint(deck, "outline").findings
    assert [f for f in found if f.rule == "competitor-bashing"] == []
    judged = deck.replace("Miksi tilitoimiston kannattaa miettiä", "Nykyinen tilitoimisto ja")
    spans = [judged[f.start : f.end] for f in linter.lint(judged, "outline").findings]
    assert "kukaan" in spans


def test_the_name_a_title_switches_from_is_the_rival_not_the_seller(linter: Linter) -> None:
    """ "Ajovihosta Reittiässään": the elative name is what the reader leaves, so a
    verdict on it later in the outline is about another vendor."""
    outline = (
        "# Ajovihosta Reittiässään – vaihdon vaiheet\n\n"
        "## Miksi Ajovihko jarruttaa sinua\n"
        "- Kankea käyttöliittymä, jota kukaan ei osaa käyttää\n\n"
        "## Seuraava askel\n"
        "- Demo omilla ajoreiteilläsi viikolla 15\n"
    )
    findings = linter.lint(outline, "outline").findings
    spans = [outline[f.start : f.end] for f in findings if f.rule == "competitor-bashing"]
    assert "Kankea" in spans


def test_a_system_the_title_slide_puts_data_into_is_no_own_name(linter: Linter) -> None:
    """ "- Kuljettajat kirjaavat ajot Ajopilveen" on the title slide: the system the
    reader's data goes into, not the reader's or the seller's name; a later slide may
    judge it."""
    deck = (
        "# Kuljetus Lahtinen: 12 autoa ja kaksi järjestelmää\n"
        "- Kuljettajat kirjaavat ajot Ajopilveen\n- Laskutus tehdään Tilikirjassa\n\n"
        "## Miksi Ajopilvi ei riitä\n"
        "- Kömpelö käyttöliittymä, jonka kanssa kuljettajat tuskailevat\n\n"
        "## Seuraava askel\n- Pilotti kolmella autolla syyskuussa\n"
    )
    assert _deck_spans(linter, deck) == ["Kömpelö"]


def test_a_fault_that_shrank_is_a_result_not_a_verdict(linter: Linter) -> None:
    """ "viivästykset puolittuivat" under "Mitä muut ketjut ovat muuttaneet" tells a
    change for the better; a fault that did not shrink or grew still blames."""
    deck = (
        "# Ketjun laboratoriotyöt\n\n## Mitä muut ketjut ovat muuttaneet\n"
        "- Kiinteä noutoreitti kahdesti viikossa: viivästykset puolittuivat kolmessa "
        "kuukaudessa\n\n## Seuraava askel\n- Pilotti kolmessa toimipisteessä maaliskuussa\n"
    )
    assert _deck_spans(linter, deck) == []
    grew = "Muut tukut lupasivat parannusta, mutta niiden viivästykset vain pahenivat."
    assert _spans(linter, grew, "competitor-bashing") == ["viivästykset"]
    denied = "Nykyisen toimittajanne viivästykset eivät vähentyneet, vaikka he lupasivat niin."
    assert _spans(linter, denied, "competitor-bashing") != []


def test_bullets_on_a_slide_of_the_readers_current_tools_name_them(linter: Linter) -> None:
    """ "## Miksi nykyiset työkalut eivät riitä": a compound opening a bullet there and
    owning something names a tool's maker; under "## Nykyinen tilanne" it is the
    reader's own."""
    deck = (
        "# Varasto\n\n## Miksi nykyiset työkalut eivät riitä\n"
        "- Apteekkidatan raportit ovat kömpelöitä\n\n## Ehdotus\n- Ennuste viikoittain\n"
    )
    spans = [deck[f.start : f.end] for f in linter.lint(deck, "outline").findings]
    assert "kömpelöitä" in spans
    own = deck.replace("Miksi nykyiset työkalut eivät riitä", "Nykyinen tilanne")
    findings = linter.lint(own, "outline").findings
    assert [f for f in findings if f.rule == "competitor-bashing"] == []


def test_labels_under_a_title_of_vendors_name_them(linter: Linter) -> None:
    """ "## Kolme toimittajaa rinnakkain": each label below names a supplier, so the
    superlative after it is said of that supplier, and a put-down there is bashing."""
    text = (
        "# Kylmäkalusto 2026\n\n## Kolme toimittajaa rinnakkain\n"
        "- Tiepooli: nopein huollon läpimenoaika\n"
        "- Vetoakseli: laajin korjaamoverkosto pohjoisessa\n"
        "- Kuormaväylä: kömpelö ja hidas huolto\n\n"
        "## Seuraava askel\n- Päätös huhtikuun johtoryhmässä\n"
    )
    found = [(f.rule, text[f.start : f.end]) for f in linter.lint(text, "outline").findings]
    assert not [span for rule, span in found if rule == "self-praise"]
    assert ("competitor-bashing", "kömpelö") in found
    # the same labels under a title of the seller's own offer are the seller's praise
    own = text.replace("Kolme toimittajaa rinnakkain", "Palvelumme").replace(
        "- Kuormaväylä: kömpelö ja hidas huolto\n", ""
    )
    praised = [own[f.start : f.end] for f in linter.lint(own, "outline").findings]
    assert "laajin" in praised


def test_a_coined_label_names_a_vendor(linter: Linter) -> None:
    """ "- Koulutusvirta: tuki on käytännössä olematon": a label web text never uses
    names a firm; "- Hinta: …" is an everyday word."""
    text = (
        "# Koulutus\n\n## Miksi vaihtaa\n- Koulutusvirta: tuki on käytännössä olematon\n"
        "- Hinta: alle 2 000 euroa\n"
    )
    found = [text[f.start : f.end] for f in linter.lint(text, "outline").findings]
    assert "tuki on käytännössä olematon" in found
    common = text.replace("Koulutusvirta:", "Asiakaspalvelu:")
    assert "tuki on käytännössä olematon" not in [
        common[f.start : f.end] for f in linter.lint(common, "outline").findings
    ]


def test_labels_under_a_title_of_the_readers_peers_are_topics(linter: Linter) -> None:
    """ "## Missä vastaavat yritykset ovat jääneet vajaiksi": the labels below are the
    gaps found among the reader's peers, not firms."""
    text = (
        "# Auditointi\n\n## Missä vastaavat yritykset ovat jääneet vajaiksi\n"
        "- Toimittajariskit: etäyhteyksiä ei ole listattu mihinkään\n"
        "- Ilmoitusprosessi: kukaan ei tiedä, kuka soittaa viranomaiselle\n"
    )
    found = [f.rule for f in linter.lint(text, "outline").findings]
    assert "competitor-bashing" not in found


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        # a compound of common words, then "he": its people, so a firm
        (
            "Kuormainkeskuksen huoltoraportit ovat surkeita. Heillä ei ole aikaa kirjoittaa.",
            ["surkeita"],
        ),
        # without "he" after it, it may be any centre's reports
        ("Kuormainkeskuksen huoltoraportit ovat surkeita. Raportti on lyhyt.", []),
        # with a plural subject of its own between, "he" is those people
        (
            "Kuormainkeskuksen huoltoraportit ovat surkeita. Asentajat kertovat, että "
            "heillä ei ole aikaa.",
            [],
        ),
    ],
    ids=["they-follow", "no-they", "their-own-subject"],
)
def test_they_after_a_compound_make_it_a_firm(linter: Linter, body: str, spans: list[str]) -> None:
    assert _spans(linter, body, "competitor-bashing") == spans


def test_a_subject_line_name_spoken_of_as_them_is_not_the_readers(linter: Linter) -> None:
    body = (
        "Kuulin, että Kylmähyllyn hälytykset herättävät päivystäjän turhaan. "
        "Heidän tuotteensa on kömpelö."
    )
    text = "Aihe: Kylmähyllyn hälytykset\n\n" + HEAD + body + TAIL
    assert _message_spans(linter, text) == ["kömpelö"]
    # without "they" the subject's name may be the reader's own firm
    own = text.replace("Heidän tuotteensa on kömpelö.", "Teidän tuotteenne on kömpelö.")
    assert _message_spans(linter, own) == []


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        # the standard of a comparison is the others of the kind compared
        (
            "Uusi työntekijä käyttää palveluja harvemmin kuin muut, koska ei tiedä, mitä "
            "hänelle kuuluu.",
            [],
        ),
        # a relative clause says more of those others
        ("Vastaamme nopeammin kuin muut, jotka eivät tiedä, mitä tekevät.", ["tiedä, mitä"]),
    ],
    ids=["than-the-others", "others-who"],
)
def test_others_compared_with_are_no_vendor(linter: Linter, body: str, spans: list[str]) -> None:
    assert _spans(linter, body, "competitor-bashing") == spans


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        # how a thing was done, in a passive participle before its noun: no one blamed
        (
            "Salmenrannan Lämpö siirtyy tammikuussa tehoperusteiseen maksuun, ja muutos "
            "nostaa eniten huonosti säädettyjen talojen laskuja.",
            [],
        ),
        # the thing is the vendor itself, or the vendor's
        ("Nykyinen toimittajanne on huonosti hoidettu yritys.", ["huonosti"]),
        ("Kilpailijanne huonosti hoidetut kohteet näkyvät kaupungilla.", ["huonosti"]),
        # the vendor is known for them
        (
            "Nykyinen toimittajanne tunnetaan alalla hätäisesti tehdyistä ohjelmista.",
            ["hätäisesti"],
        ),
    ],
    ids=["a-things-state", "the-vendor-itself", "the-vendors-things", "known-for-them"],
)
def test_an_adverb_of_a_things_state_blames_no_one(
    linter: Linter, body: str, spans: list[str]
) -> None:
    assert _spans(linter, body, "competitor-bashing") == spans


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # the reader's contract with it
        ("Välkyn jatkokausi", "Tuulikorven nykyinen sopimus Välkyn kanssa päättyy toukokuussa. "),
        # where the reader moved
        ("Routasaari ja Välkky", "Kuulin, että Routasaari siirtyi Välkkyyn keväällä. "),
        # the one the reader leaves
        ("Välkystä siirtyminen", "Tiedän, että Välkky toimii monessa kunnassa. "),
        # whom the reader asked for a quote, in another case ending
        ("Välkyn tarjous", "Kuulin, että olet pyytänyt tarjousta myös Välkyltä. "),
        # whom the reader bought from (a participle the tagger lemmatises as itself)
        ("Välkyn kurssit", "Kuulin, että olette ostaneet kurssit Välkyltä. "),
        # in use at the reader's firm, named by its own name
        ("Välkky ja talven vuorolistat", "Kuulin, että Tuulikorvessa on yhä käytössä Välkky. "),
    ],
    ids=[
        "a-deal-with-it",
        "moved-to-it",
        "leaving-it",
        "asked-for-a-quote",
        "bought-from-it",
        "in-use-at-the-readers",
    ],
)
def test_a_subject_lines_vendor_is_no_own_name(linter: Linter, subject: str, body: str) -> None:
    text = f"Aihe: {subject}\n\n{HEAD}{body}Välkky on kömpelö järjestelmä.{TAIL}"
    assert _message_spans(linter, text) == ["kömpelö"]
    # a subject naming the reader's own firm stays the reader's
    own = f"Aihe: {subject}\n\n{HEAD}Välkky on kömpelö järjestelmä.{TAIL}"
    assert _message_spans(linter, own) == []


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        # a coined name owning an offering is a firm
        (
            "Varaosavirran uusi sovellus on kömpelö ja hidas.",
            ["kömpelö", "hidas"],
        ),
        # a prefix the dictionary folds, then "they"
        (
            "Pikalähetin väkeä käy oikeastaan sääliksi. Heillä on kiire.",
            ["käy oikeastaan sääliksi"],
        ),
        # an everyday compound owning a service is no firm
        ("Asiakaspalvelun uusi sovellus on kömpelö.", []),
        # a capital inside the word, even at the head of the sentence
        ("LedPisteen näytöt ovat kömpelöitä ja hitaita.", ["kömpelöitä", "hitaita"]),
    ],
    ids=[
        "coined-owner-of-an-app",
        "folded-prefix-then-they",
        "everyday-compound",
        "camel-case-brand",
    ],
)
def test_names_found_by_what_they_own_or_by_they(
    linter: Linter, body: str, spans: list[str]
) -> None:
    assert _spans(linter, body, "competitor-bashing") == spans


def test_a_fault_denied_in_the_next_sentence_blames_no_one(linter: Linter) -> None:
    problem = "Valvonta on jaettu kolmen toimittajan kesken, eikä kenelläkään ole kokonaiskuvaa."
    assert _spans(linter, problem, "competitor-bashing") == ["kenelläkään"]
    denied = problem + " Kyse ei ole kenenkään toimittajan virheestä."
    assert _spans(linter, denied, "competitor-bashing") == []


def test_the_readers_firm_is_known_from_the_address_written_to(linter: Linter) -> None:
    """ "To: outi@taikametsa.fi": "Taikametsässä" is the reader's own daycare."""
    body = (
        "Kuulin, että Taikametsällä on kuukaudessa viisi sijaista, eikä "
        "kukaan ehdi perehdyttää heitä kansioon."
    )
    eml = (
        "From: Riikka <riikka@ruokaraitti.fi>\nTo: Outi <outi@{to}.fi>\nSubject: Sijaiset\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{HEAD}{body}{TAIL}\n"
    )

    def spans(raw: str) -> list[str]:
        report = linter.lint_message(parse_bytes(raw.encode(), path="sijaiset.eml"))
        return [raw[f.start : f.end] for f in report.findings if f.rule == "competitor-bashing"]

    assert spans(eml.format(to="taikametsa")) == []
    # written to someone else, the same firm is a third party with no one in it
    assert spans(eml.format(to="kuusikko")) == ["kukaan"]


def test_a_subject_lines_vendor_is_known_from_its_deal_with_the_reader(linter: Linter) -> None:
    text = (
        f"Aihe: Ennen kuin jatkatte Koetorin sopimusta\n\n{HEAD}Kuulin, että teillä mietitään "
        f"Koetorin sopimuksen jatkamista. Koetori on kömpelö järjestelmä.{TAIL}"
    )
    assert _message_spans(linter, text) == ["kömpelö"]


def test_a_title_slide_names_the_vendor_it_offers_life_without(linter: Linter) -> None:
    deck = (
        "# Hopeahelmi: asiakaspalvelu ilman Palvelukaaren kahleita\n\n"
        "## Miksi vaihtaa\n- Palvelukaaren järjestelmä on sekava\n"
    )
    assert _deck_spans(linter, deck) == ["sekava"]
    # the title's own name is the seller's or the reader's
    own = deck.replace("ilman Palvelukaaren kahleita", "Palvelukaaren kanssa")
    assert _deck_spans(linter, own) == []


def test_an_unknown_name_opening_a_sentence_tagged_as_an_adjective(linter: Linter) -> None:
    body = (
        "Drylinen huolto toimii niin, että joku soittaa takaisin parin päivän päästä. "
        "Heillä ei ole yhtään asentajaa, joka osaisi laitteensa. Se on heikkoa palvelua."
    )
    assert _spans(linter, body, "competitor-bashing") == ["heikkoa"]


def test_they_after_a_firms_things_are_still_the_firm(linter: Linter) -> None:
    """ "Varausvelho … siirsi integraatiot lisäpakettiin. Heidän…": things between
    the name and "they" are no people "they" could stand for."""
    text = (
        f"Aihe: Varausvelhon lisäpaketti\n\n{HEAD}Kuulin, että Varausvelho siirsi "
        f"kanavaintegraatiot erilliseen lisäpakettiin. Heidän tukensa on kömpelö.{TAIL}"
    )
    assert _message_spans(linter, text) == ["kömpelö"]
    # people between: "they" are the fitters, and the subject's name stays the reader's
    people = text.replace("siirsi kanavaintegraatiot", "palkkasi uudet asentajat")
    assert _message_spans(linter, people) == []


def test_a_customer_cases_before_row_blames_no_one(linter: Linter) -> None:
    deck = (
        "# Kosteudenhallinta\n\n## Mitä Rakennus Mäkelän kohteessa tapahtui\n"
        "- Ennen: lämmitys nestekaasulla, laatat kuivuivat hitaasti\n"
        "- Tulos: päällystyskosteus kolme viikkoa aiemmin\n"
    )
    assert _deck_spans(linter, deck) == []


def test_advice_to_keep_the_rivals_product_is_no_put_down(linter: Linter) -> None:
    body = (
        "Kuivaamossanne on Norrtorkin ohjaus vuodelta 2008. Ne laitteet ovat tunnetusti "
        "kestäviä, eikä niitä kannata vaihtaa pelkän iän vuoksi."
    )
    assert _spans(linter, body, "competitor-bashing") == []


def test_a_first_name_inflected_is_part_of_a_firms_name(linter: Linter) -> None:
    """ "Pirkan Kiinteistöpalvelulle": a first name before a surname stays in the
    nominative ("Pekka Salon"), so an inflected one begins a firm's name (owed the
    mock thanks card, and "Heidän" after it)."""
    body = (
        "Meidän pitäisi lähettää kiitoskortti Pirkan Kiinteistöpalvelulle. Heidän ansiostaan "
        "moni taloyhtiö on oppinut, että \u201dtalvikunnossapito\u201d voi tarkoittaa odottamista."
    )
    assert _spans(linter, body, "competitor-bashing") == ["kiitoskortti", "talvikunnossapito"]


def test_a_paragraph_taking_up_the_partys_thing_is_about_the_party(linter: Linter) -> None:
    """ "…kokeiltu Kodinvarman vikailmoitussovellusta.¶ Sovellus on kieltämättä kaunis.":
    the subject repeats the thing the party was last named with."""
    body = (
        "Kuulin, että talossa on kokeiltu Kodinvarman vikailmoitussovellusta.\n\n"
        "Sovellus on kieltämättä kaunis. Kellarin kosteus näkyy anturista kuukausia ennen."
    )
    assert _spans(linter, body, "competitor-bashing") == ["Sovellus on kieltämättä kaunis"]
    # another subject opens the paragraph: nothing taken up
    other = body.replace("Sovellus on kieltämättä kaunis", "Kellari on kieltämättä kaunis")
    assert _spans(linter, other, "competitor-bashing") == []


@pytest.mark.parametrize(
    "text",
    [
        # the body moves the reader from the subject's name to the seller
        'Aihe: Tase Classicin "uusin versio"\n\nHei Raimo,\n\nTase-Data on taas julkaissut '
        '"uusimman versionsa" Tase Classicista. Voin näyttää siirtymäsuunnitelman Tase '
        "Classicista Saldoon torstaina.\n\nTerveisin\nSanna Pesonen\nSaldo Oy",
        # a customer came to the seller from it
        "Aihe: Mitä Numeran päivityksessä tapahtui\n\nHei Tuomas,\n\nYksi asiakkaistamme "
        "tuli meille viime syksynä Numeralta. Numeran tuki ei osannut viikkoon kertoa edes "
        "sitä, saadaanko tiedot palautettua.\n\nSoitan torstaina.\n\nTerveisin\nJussi "
        "Rautio\nSaldo Oy",
    ],
)
def test_a_subject_name_the_reader_leaves_is_a_rival(linter: Linter, text: str) -> None:
    assert _message_spans(linter, text)


def test_bullets_under_a_title_on_the_readers_current_model_name_its_vendor(
    linter: Linter,
) -> None:
    deck = (
        "# Huolto Ratinan Portissa\n\n## Nykyinen huoltomalli\n"
        "- Huoltoässän huoltokäynnit ovat kömpelöitä\n\n## Ehdotus\n- Etävalvonta\n"
    )
    assert _deck_spans(linter, deck) == ["kömpelöitä"]


def test_a_test_bought_from_a_vendor_is_no_published_source(linter: Linter) -> None:
    """ "## Haapamäen Energian edellinen testi Kyberkilveltä": the reader's last test is
    the vendor's work judged, not a publication cited."""
    deck = (
        "# Tietoturvatestaus\n\n## Haapamäen Energian edellinen testi Kyberkilveltä\n"
        "- Kiitos Kyberkilvelle ainakin siitä, että kansilehti oli tyylikäs\n"
        "- 140 sivua raporttia, josta 120 sivua on skannerin listaa – tehokasta paperinkulutusta\n"
    )
    assert _deck_spans(linter, deck)
    published = deck.replace("edellinen testi Kyberkilveltä", "testi Metsälehdessä")
    published = published.replace("Kiitos Kyberkilvelle", "Kiitos lehdelle")
    assert _deck_spans(linter, published) == []


def test_a_review_of_the_readers_supplier_is_the_writers_own(linter: Linter) -> None:
    """ "## Nykyinen toimittajasi – arvostava katsaus": the writer reviews the supplier;
    no published review is cited, so its scare quotes are the writer's."""
    deck = (
        "# Tiimipäivä\n\n## Nykyinen toimittajasi – arvostava katsaus\n"
        '- Ohjelmana on "omatoiminen rentoutuminen", eli tiimi lukee työviestejä altaalla\n'
    )
    assert _deck_spans(linter, deck) == ["omatoiminen"]
    published = deck.replace("Nykyinen toimittajasi – arvostava katsaus", "Matkalehden katsaus")
    assert _deck_spans(linter, published) == []


@pytest.mark.parametrize(
    ("body", "span"),
    [
        # what the reader gets through a surname comes from a firm
        (
            "Kuulin, että teillä on sesonkiväki Kivelän kautta. Heidän keräilijänsä ovat "
            "kömpelöitä.",
            "kömpelöitä",
        ),
        # a deal with a surname is a deal with a firm
        (
            "Tiedän, että teillä on sopimus Kivelän kanssa. Heidän järjestelmänsä on pelkkä "
            "mainostemppu.",
            "mainostemppu",
        ),
        # a surname where a passive says how things are done, against the seller's way
        (
            'Me haastattelemme jokaisen itse. Rantalalla asiat hoidetaan vähän "tehokkaammin".',
            "tehokkaammin",
        ),
    ],
)
def test_a_surname_dealt_with_as_a_supplier_is_a_firm(linter: Linter, body: str, span: str) -> None:
    assert _spans(linter, body, "competitor-bashing") == [span]


def test_a_subject_name_the_reader_deals_through_is_a_rival(linter: Linter) -> None:
    text = (
        "Aihe: Ennen kuin hyväksytte Vaarametsän tarjouksen\n\nHyvä Markku,\n\nKuulin, että "
        "tilanne myy leimikkoa Vaarametsän kautta. Vaarametsän leimikot suunnitellaan "
        "puolihuolimattomasti.\n\nSoitan maanantaina.\n\nTerveisin\nSanna Hyvönen\n"
        "Kuusikon Metsäpalvelu Oy"
    )
    assert _message_spans(linter, text) == ["puolihuolimattomasti"]


def test_a_name_built_on_a_word_of_the_sellers_name_is_another_firm(linter: Linter) -> None:
    """ "Tilipilvi" beside the seller "Tase & Tili Oy": the dictionary reads it as
    "tili" + "pilvi", a name of its own, not "Tili" with a case ending."""
    text = (
        "Aihe: Alv-raja\n\nHei Emma,\n\nTiedän, että kirjanpitosi on Tilipilvessä. Heidän "
        "asiakaspalvelunsa on surkea.\n\nSoitan torstaina.\n\nTerveisin\nHeidi Laaksonen\n"
        "Tase & Tili Oy"
    )
    assert _message_spans(linter, text) == ["surkea"]
    # the seller's own word with a case ending stays the seller's
    own = text.replace("kirjanpitosi on Tilipilvessä", "kirjanpitosi on Tilissä")
    assert _message_spans(linter, own) == []


@pytest.mark.parametrize(
    ("firm", "spans"),
    [
        # a product named by the first part of the seller's compound name is its own
        ("Helmiapteekkipalvelut Oy", []),
        # signed by another firm, "Helmi Jono" is a third party's, and its name's
        # "jono" makes the vanishing queues theirs
        ("Apteekkipalvelut Oy", ["katoavat"]),
    ],
)
def test_a_product_named_after_the_sellers_compound_name_is_its_own(
    linter: Linter, firm: str, spans: list[str]
) -> None:
    text = (
        "Aihe: Ratkaisu apteekkinne jonoon\n\nHei Jari,\n\nAsemanapteekissa asiakasvirta "
        "seuraa junia. Tarjoamme tähän uuden ratkaisun. Helmi Jonon avulla jonot katoavat "
        "kokonaan.\n\nSoitan torstaina 6.11.\n\nTerveisin\nMikaela Rantanen\n"
        f"myyntipäällikkö, {firm}"
    )
    assert _message_spans(linter, text) == spans


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        # the slowest among the options on the table is a ranking, not a verdict
        (
            "Vertasimme kolmea vaihtoehtoa. Kilpailijan malli on vaihtoehdoista hitain ja kallein.",
            [],
        ),
        ("Kilpailijan malli on alan hitain.", ["hitain"]),
        # a part of a country is where, not who: "kukaan" there is the reader's people
        (
            "Jos osakkaat asuvat eri puolilla Suomea eikä kukaan ehdi metsään, välitetty kauppa "
            "säästää eniten vaivaa.",
            [],
        ),
    ],
    ids=["ranked-among-options", "ranked-in-the-trade", "part-of-a-country"],
)
def test_rankings_and_places_are_not_verdicts(linter: Linter, body: str, spans: list[str]) -> None:
    assert _spans(linter, body, "competitor-bashing") == spans


def test_what_the_readers_thing_relies_on_is_its_supplier(linter: Linter) -> None:
    """ "terminaalinne on PohjanNetin radiolinkin varassa": the subject line's name is
    the reader's supplier, not the reader's own name."""
    text = (
        "Aihe: Terminaalinne yhteys ja PohjanNetin radiolinkki\n\nHei Pekka,\n\nkuulin, että "
        "terminaalinne Kuortaneella on PohjanNetin radiolinkin varassa. PohjanNetin asentajat "
        "tekevät hutiloivaa jälkeä.\n\nSoitan tiistaina.\n\nTerveisin\nSanna Kivioja\n"
        "Kuitulinja Oy"
    )
    assert _message_spans(linter, text) == ["hutiloivaa"]


def test_a_coined_compound_tagged_as_a_verb_is_still_a_name(linter: Linter) -> None:
    """ "Hakuvoiman kuukausiraportissa" opens the sentence and the tagger reads a verb,
    but the dictionary knows only the nouns "haku" + "voima", a compound web text never
    uses: a firm owning a report."""
    from pitchlint.inputs import parse_text
    from pitchlint.rules.context import is_third_party_name, own_names

    text = (
        "Aihe: Kurenpolven sijoitukset kolmella hakusanalla\n\nHei Pekka!\n\nKiitos eilisestä "
        'puhelusta, jossa sovimme, että tarkistan erämajan sijoitukset hakusanoilla "erämaja '
        'Taivalkoski" ja "kalastusmökki Iijoki".\n\nErämaja on näillä hauilla sijoilla 14 ja '
        "22. Hakuvoiman kuukausiraportissa, jonka välititte minulle, samat sanat on merkitty "
        "vihreällä.\n\nSoitan torstaina.\n\nTerveisin\nJuho Tervo\nKasvupolku Digital Oy"
    )
    msg = linter.analyzer.analyse(parse_text(text, "email"))
    word = next(w for w in msg.words if w.text == "Hakuvoiman")
    assert is_third_party_name(msg, word, own_names(msg))


def test_a_subject_name_taken_up_by_a_spoken_ne_is_a_third_party(linter: Linter) -> None:
    """ "Aihe: … älkää toistako Kosteusvahdin virheitä" names no seller when the body
    goes on "Kosteusvahti on … Ne lähettävät paikalle kokemattomia mittaajia": the spoken
    "ne" for the firm, which the reader and the seller are not."""
    text = (
        "Aihe: Koulun kosteustutkimus – älkää toistako Kosteusvahdin virheitä\n\n"
        + HEAD
        + "Edellisen selvityksen teki Kosteusvahti vuonna 2021. Suoraan sanottuna "
        "Kosteusvahti on halpa. Ne lähettävät paikalle kokemattomia mittaajia." + TAIL
    )
    found = [
        text[f.start : f.end]
        for f in linter.lint(text, "email").findings
        if f.rule == "competitor-bashing"
    ]
    assert "kokemattomia" in found
