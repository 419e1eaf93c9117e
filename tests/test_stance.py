"""The learned stance model of competitor-bashing: features, training, loading, the
shipped model on the real pipeline (exact spans), and training end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pitchlint import Config, Linter
from pitchlint.analysis import Analyzer
from pitchlint.errors import PitchlintError, RuleError
from pitchlint.rules.lexicon import LexiconRule
from pitchlint.rules.stance import (
    FEATURE_VERSION,
    SentenceView,
    StanceModel,
    Token,
    combined,
    evidence,
    features,
    fit,
    sentence_features,
)
from pitchlint.train import main as train_main

HEAD = "Hei Anna,\n\n"
TAIL = "\n\nSoitan torstaina kello 10.\n\nTerveisin\nMatti Meikäläinen\nKassavirta Oy"


def _token(text: str, lemma: str, pos: str, **kw: object) -> Token:
    fields: dict[str, object] = {
        "person": None,
        "number": None,
        "name": False,
        "negated": False,
        "possessive": "",
        "clitic_ko": False,
    }
    fields.update(kw)
    return Token(lemma=lemma, pos=pos, text=text, **fields)  # type: ignore[arg-type]


def test_features_abstract_the_party_names_and_figures_and_read_morphology() -> None:
    # "Kyllähän Rautio ei vastaa 3 päivään", the rival as the subject of "ei vastaa"
    tokens = [
        _token("Kyllähän", "kyllä", "ADV", dep="advmod", head=3),
        _token("Rautio", "Rautio", "PROPN", name=True, party=True, dep="nsubj", head=3),
        _token("ei", "ei", "AUX", person=3, number="sg", dep="aux", head=3),
        _token("vastaa", "vastata", "VERB", negated=True, dep="root"),
        _token("3", "3", "NUM", dep="nummod", head=5),
        _token("päivään", "päivä", "NOUN", dep="obl", head=3),
    ]
    found = features(SentenceView(tuple(tokens), False, True, 'Kyllähän Rautio ei "vastaa" 3 …'))
    assert {"u:<PARTY>", "u:<NUM>", "b:<PARTY>_ei", "b:<NUM>_päivä"} <= set(found)
    assert not any("rautio" in f.lower() or f == "u:3" for f in found)  # whose name: not learned
    assert {"neg:vastata", "p:3sg", "cl:han", "direct", "quote", "ellipsis"} <= set(found)
    # what the party does, and that it is denied
    assert {"r:nsubj", "r:nsubj:vastata", "r:nsubj:neg", "negsubj:party"} <= set(found)
    assert "Q" not in found and "excl" not in found and "negsubj:other" not in found
    assert found == sorted(found)

    # "Asiakkaat eivät ymmärrä…": someone else's doing denied, the party an object
    others = [
        _token("Asiakkaat", "asiakas", "NOUN", dep="nsubj", head=2),
        _token("eivät", "ei", "AUX", person=3, number="pl", dep="aux", head=2),
        _token("ymmärrä", "ymmärtää", "VERB", negated=True, dep="root"),
        _token("toimittajaa", "toimittaja", "NOUN", party=True, dep="obj", head=2),
    ]
    found = features(SentenceView(tuple(others), False, True, "Asiakkaat eivät ymmärrä"))
    assert {"negsubj:other", "r:obj", "r:obj:ymmärtää", "r:obj:neg"} <= set(found)
    assert "negsubj:party" not in found and "u:toimittaja" not in found


def test_irony_signals_are_praise_hedges_undercuts_and_their_pairs() -> None:
    # "He ovat varmastikin taitavia, vaikka…": praise with a hedge (a clitic on it) and an undercut
    tokens = [
        _token("He", "he", "PRON", party=True),
        _token("ovat", "olla", "AUX", person=3, number="pl"),
        _token("varmastikin", "varma", "ADV"),
        _token("taitavia", "taitava", "ADJ", praise=True),
        _token("vaikka", "vaikka", "SCONJ"),
    ]
    found = set(features(SentenceView(tuple(tokens), False, True, "He ovat varmastikin …")))
    assert {"C:praise", "C:hedge", "C:undercut", "C:praise+hedge", "C:praise+undercut"} <= found
    assert "C:rhetorical" not in found
    # the praise alone, with no hedge or undercut: none of the pairs
    alone = set(features(SentenceView((tokens[0], tokens[1], tokens[3]), False, True, "He …")))
    assert "C:praise" in alone and not any(f.startswith("C:praise+") for f in alone)
    # "Kukapa ei haluaisi…": a question that answers itself
    asked = [_token("Kukapa", "kuka", "PRON"), _token("ei", "ei", "AUX")]
    assert "C:rhetorical" in features(SentenceView(tuple(asked), True, False, "Kukapa ei …?"))
    # "kai" is a hedge, "kaipa" too; "kaikki" is not
    for text, hedged in (("kaipa", True), ("kai", True), ("kaikki", False)):
        view = SentenceView((_token(text, text, "ADV"),), False, True, text)
        assert ("C:hedge" in features(view)) is hedged, text


def test_an_aside_is_told_apart_by_whether_the_party_stands_inside_it() -> None:
    # "Tuki vastaa arkisin (X:n asiakkaille tämä on uutta)": the party inside the brackets
    tokens = (
        _token("Tuki", "tuki", "NOUN"),
        _token("vastaa", "vastata", "VERB"),
        _token("Kauppakorin", "Kauppakori", "PROPN", name=True, party=True),
        _token("asiakkaille", "asiakas", "NOUN"),
    )
    text = "Tuki vastaa arkisin (Kauppakorin asiakkaille tämä on uutta)."
    found = set(features(SentenceView(tokens, False, True, text)))
    assert "aside:party" in found and "aside" not in found
    # the party outside the aside, after a spaced dash
    text = "Kauppakorin asiakkaille tuki vastaa – arkisin, kuten kaikilla."
    found = set(features(SentenceView(tokens, False, True, text)))
    assert "aside" in found and "aside:party" not in found
    # no aside at all: a hyphen inside a word is none ("LED-seinä")
    text = "Kauppakorin LED-seinä vastaa tukeen."
    assert not {"aside", "aside:party"} & set(features(SentenceView(tokens, False, True, text)))


@pytest.mark.parametrize(
    ("body", "signals"),
    [
        # praise inflected ("puolueettomia", "hienoja"), a hedge with a clitic, an undercut
        (
            "Kilpailijanne konsultit ovat tietystikin täysin puolueettomia, vaikka heidän "
            "suosituksensa osuvat aina samaan liikkeeseen.",
            {"C:praise+hedge", "C:praise+undercut", "C:hedge+undercut"},
        ),
        (
            "Nykyisen toimittajanne esitteet ovat kuulemma hienoja.",
            {"C:praise", "C:praise+hedge"},
        ),
        # "ikävä kyllä" is an undercut as two words
        ("Kilpailijanne tuki vastaa, ikävä kyllä vasta viikon päästä.", {"C:undercut"}),
    ],
)
def test_irony_signals_on_the_real_pipeline(linter: Linter, body: str, signals: set[str]) -> None:
    msg = linter.analyzer.analyse(linter._parse(HEAD + body + TAIL, "email", None))
    found = _bashing(linter).party_sentences(msg)
    assert found, "the sentence names a rival"
    assert signals <= set(sentence_features(msg, found[0]))


def test_fit_learns_the_sign_of_evidence_and_is_deterministic() -> None:
    instances = [(["irony", "shared"], 1, 1.0)] * 20 + [(["fact", "shared"], 0, 1.0)] * 20
    weights, bias = fit(instances, c=1.0, iterations=300)
    assert weights["irony"] > 1.0 > -1.0 > weights["fact"]
    assert (weights, bias) == fit(instances, c=1.0, iterations=300)
    model = StanceModel(feature_version=FEATURE_VERSION, threshold=0.5, bias=bias, weights=weights)
    assert model.probability(["irony", "shared"]) > 0.8
    assert model.probability(["fact", "shared"]) < 0.2


def test_fit_drops_features_seen_once() -> None:
    instances = [(["once"], 1, 1.0), (["twice"], 1, 1.0), (["twice"], 0, 0.5)]
    weights, _ = fit(instances, c=1.0, iterations=50)
    assert "once" not in weights


@pytest.mark.parametrize(
    ("probabilities", "chosen"),
    [
        ([0.2, 0.95, 0.5], [1]),  # one damning sentence is evidence enough
        ([0.77, 0.1, 0.66], [0, 2]),  # two ironic ones add up: 1 - 0.23 * 0.34 = 0.92
        ([0.6, 0.8, 0.5], [0, 1]),  # the fewest that reach it, most likely first
        ([0.29] * 12, []),  # faint doubts under the floor never add up
        ([0.6, 0.5], []),  # 0.8 < 0.9
        ([], []),
    ],
)
def test_evidence_is_the_fewest_sentences_whose_noisy_or_reaches_the_threshold(
    probabilities: list[float], chosen: list[int]
) -> None:
    assert evidence(probabilities, 0.9, 0.3) == chosen
    if chosen:
        assert combined((probabilities[k] for k in chosen), 0.3) >= 0.9


def test_combined_ignores_what_is_under_the_floor() -> None:
    assert combined([0.5, 0.5, 0.2], 0.3) == pytest.approx(0.75)
    assert combined([0.2], 0.3) == 0.0


def test_a_broken_or_outdated_model_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(RuleError, match=r"cannot read stance model.*python -m pitchlint\.train"):
        StanceModel.load(broken)
    old = tmp_path / "old.json"
    old.write_text(
        json.dumps({"feature_version": 0, "threshold": 0.8, "bias": 0.0, "weights": {}}),
        encoding="utf-8",
    )
    with pytest.raises(RuleError, match="feature version 0"):
        StanceModel.load(old)


def _bashing(linter: Linter) -> LexiconRule:
    rule = next(a.rule for a in linter.rules if a.id == "competitor-bashing")
    assert isinstance(rule, LexiconRule)
    return rule


def test_the_shipped_model_loads_and_was_trained_on_the_dev_corpus(linter: Linter) -> None:
    model = _bashing(linter).stance
    assert model is not None and model.feature_version == FEATURE_VERSION
    assert int(model.trained_on["positive_messages"]) > 1000
    # the wink and the scare quote speak against; the writer's own "we" speaks for a fact
    assert model.weights["quote"] > 0 and model.weights["cl:han"] > 0
    assert model.weights["p:1pl"] < 0


def test_party_sentences_follow_a_named_rival_within_its_paragraph(linter: Linter) -> None:
    text = (
        HEAD + "Käytätte nyt Kuuselan palkkaohjelmaa. Heidän päivityksensä tulevat keväällä.\n\n"
        "Meidän ohjelmamme laskee lisät kerran kuussa." + TAIL
    )
    msg = linter.analyzer.analyse(linter._parse(text, "email", None))
    found = {
        msg.text(f.sentence.start, f.sentence.end): (f.direct, [msg.words[i].text for i in f.party])
        for f in _bashing(linter).party_sentences(msg)
    }
    # named there, or in the sentence before in the same paragraph; not in the next one
    assert found == {
        "Käytätte nyt Kuuselan palkkaohjelmaa.": (True, ["Kuuselan"]),
        "Heidän päivityksensä tulevat keväällä.": (False, ["Heidän"]),
    }


def test_a_place_things_go_to_is_no_party_judged(linter: Linter) -> None:
    """ "merkinnät eivät päädy korjaamolle asti": the workshop is where the notes fail
    to go, not someone the sentence speaks of; a workshop said to be slow still is."""
    text = (
        HEAD + "Kuljettajien merkinnät jäävät paperille, eivätkä ne koskaan päädy korjaamolle "
        "asti. Korjaamo on kuitenkin hidas." + TAIL
    )
    msg = linter.analyzer.analyse(linter._parse(text, "email", None))
    found = [
        msg.text(f.sentence.start, f.sentence.end) for f in _bashing(linter).party_sentences(msg)
    ]
    assert found == ["Korjaamo on kuitenkin hidas."]


@pytest.mark.parametrize(
    ("body", "party"),
    [
        # a compound whose pages are quoted is a firm, even opening the sentence
        ("Piirivirran sivuilla luvataan täydellistä tarkastusta.", ["Piirivirran"]),
        # the reader's thing done at a place-shaped name: a firm serving the reader
        ("Tiedän, että prototyyppisi ladotaan nyt Piirivirralla.", ["Piirivirralla"]),
        # a compound whose customer the reader is, or with which the reader works
        ("Kärkihaun asiakkaana olette varmasti odottaneet raporttia.", ["Kärkihaun"]),
        ("Kaarnatelineen kanssa olette kai jo huomanneet eron.", ["Kaarnatelineen"]),
    ],
)
def test_a_firm_is_known_by_its_pages_and_by_the_work_it_does_for_the_reader(
    linter: Linter, body: str, party: list[str]
) -> None:
    msg = linter.analyzer.analyse(linter._parse(HEAD + body + TAIL, "email", None))
    found = [[msg.words[i].text for i in f.party] for f in _bashing(linter).party_sentences(msg)]
    assert found == [party]


def test_they_opening_the_next_paragraph_take_up_the_party_it_ended_on(linter: Linter) -> None:
    text = (
        HEAD + "Teillä on sopimus Akustiikka-Ässien kanssa.\n\n"
        "Olen nähnyt heidän jälkiään monella asemalla.\n\n"
        "Asiakkaat odottavat vastaanotolla.\n\nHe istuvat pitkään." + TAIL
    )
    msg = linter.analyzer.analyse(linter._parse(text, "email", None))
    found = [
        msg.text(f.sentence.start, f.sentence.end) for f in _bashing(linter).party_sentences(msg)
    ]
    # the "he" after the paragraph that named the firm; not the "he" after the customers
    assert found == [
        "Teillä on sopimus Akustiikka-Ässien kanssa.",
        "Olen nähnyt heidän jälkiään monella asemalla.",
    ]


@pytest.mark.parametrize(
    ("body", "party"),
    [
        # "he" after the served people stands for them, not for the rival
        (
            "Kilpailijan asiakkaista moni asuu kaukana, eli he eivät olisi muuten tulleet.",
            ["Kilpailijan"],
        ),
        # the rival's own staff are the rival
        (
            "Kilpailijanne asentajat ovat mukavia, mutta he eivät ehdi paikalle.",
            ["Kilpailijanne", "he"],
        ),
    ],
)
def test_they_is_the_party_unless_people_came_before(
    linter: Linter, body: str, party: list[str]
) -> None:
    msg = linter.analyzer.analyse(linter._parse(HEAD + body + TAIL, "email", None))
    (found,) = _bashing(linter).party_sentences(msg)
    assert [msg.words[i].text for i in sorted(found.party)] == party


def _stance_spans(linter: Linter, body: str) -> list[str]:
    text = HEAD + body + TAIL
    return [
        text[f.start : f.end]
        for f in linter.lint(text, "email").findings
        if f.rule == "competitor-bashing" and "mallin arvio" in f.message
    ]


# Put-downs with no verdict word of the lexicon: written for this test, not in the corpus.
@pytest.mark.parametrize(
    ("body", "span"),
    [
        (
            "Käytätte tiettävästi Kuuselan palkkaohjelmaa. Kyllähän heidänkin tukensa "
            "vastaa viikon sisällä, jos muistaa soittaa oikeana päivänä.",
            "Kyllähän heidänkin tukensa vastaa viikon sisällä, jos muistaa soittaa oikeana päivänä",
        ),
        # claiming not to know, then hinting all the same, is no refusal to judge
        (
            "Nykyinen toimittajanne ei ole julkaissut vastaavia lukuja. En osaa sanoa, miksi "
            "– kai siihen on jokin hyvä syy.",
            "En osaa sanoa, miksi – kai siihen on jokin hyvä syy",
        ),
    ],
)
def test_a_put_down_without_a_verdict_word_is_read_from_its_stance(
    linter: Linter, body: str, span: str
) -> None:
    assert _stance_spans(linter, body) == [span]


def test_irony_spread_over_sentences_adds_up(analyzer: Analyzer) -> None:
    """Neither sentence reaches the threshold alone; together (noisy-OR) they do, and
    both are shown. The threshold is set between the two, so the test checks the
    combining on the real pipeline whatever a retrained model's estimates."""
    body = (
        "Tilaatte nyt siivouksen Puhdas-Laineelta. Kyllähän he käyvät joka viikko. "
        "Ehkä he joskus ehtivät pyyhkiä pölytkin."
    )
    text = HEAD + body + TAIL
    sentences = ["Kyllähän he käyvät joka viikko", "Ehkä he joskus ehtivät pyyhkiä pölytkin"]
    linter = Linter(Config(plugins=False), analyzer=analyzer)
    model = _bashing(linter).stance
    assert model is not None
    msg = next(iter(analyzer.analyse_many([linter._parse_any(text, "email", None)])))
    judged = {
        msg.text(p.sentence.start, p.sentence.end).rstrip("."): model.probability(
            sentence_features(msg, p)
        )
        for p in _bashing(linter).party_sentences(msg)
    }
    first, second = (judged[s] for s in sentences)
    assert min(first, second) >= 0.3  # both count (the floor)
    together = 1 - (1 - first) * (1 - second)
    threshold = (max(first, second) + together) / 2
    tuned = Linter(
        Config(plugins=False, rules={"competitor-bashing": {"stance-threshold": threshold}}),
        analyzer=analyzer,
    )
    found = [
        f
        for f in tuned.lint(text, "email").findings
        if f.rule == "competitor-bashing" and "mallin arvio" in f.message
    ]
    assert [text[f.start : f.end] for f in found] == sentences
    assert all("yhdessä 1 muun lauseen kanssa" in f.message for f in found)
    assert [(f.line, f.column) for f in found] == [(3, 43), (3, 75)]


@pytest.mark.parametrize(
    "body",
    [
        "Käytätte nyt Kuuselan palkkaohjelmaa. Heidän uusi versionsa laskee ilta-lisät "
        "automaattisesti, ja siirto meille onnistuu samasta tiedostosta.",
        "Kilpailijanne Rautio avasi viime kuussa toisen myymälän Tampereelle. Se näkyy "
        "jo teidän alueenne hinnoissa.",
        "Moni asiakkaamme tuli meille Kuuselalta, koska tarvitsi vuorolistat mobiiliin. "
        "Kuuselan palkanlaskenta on hyvä, ja se jää monella käyttöön.",
        # the customers' "eivät ymmärrä" about the current supplier's offer (a known
        # false positive of the model until the model of extra1208)
        "Asiakkaat eivät aina ymmärrä, mitä nykyinen toimittajanne tarjoaa.",
    ],
)
def test_a_fair_mention_of_a_rival_is_no_put_down(linter: Linter, body: str) -> None:
    text = HEAD + body + TAIL
    assert "competitor-bashing" not in {f.rule for f in linter.lint(text, "email").findings}


def test_training_end_to_end_writes_a_model_that_loads(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    cases = []
    bodies = {
        "a.txt": (True, "Käytätte Kuuselan ohjelmaa. Se on surkea ja kömpelö, ja he rahastavat."),
        "b.txt": (True, "Nykyinen toimittajanne on tunnetusti epäluotettava huijari."),
        "c.txt": (False, "Kilpailijanne Rautio avasi uuden myymälän Tampereelle."),
        "d.txt": (False, "Käytätte Kuuselan ohjelmaa. Heidän versionsa päivittyy keväällä."),
    }
    for name, (bashing, body) in bodies.items():
        (corpus / name).write_text(HEAD + body + TAIL, encoding="utf-8")
        expect = '["competitor-bashing"]' if bashing else "[]"
        cases.append(f'[[case]]\nfile = "{name}"\nkind = "email"\nexpect = {expect}\nnote = ""\n')
    (corpus / "labels.toml").write_text("\n".join(cases), encoding="utf-8")
    out = tmp_path / "model.json"
    # (a corpus of five sentences: every feature seen twice is kept)
    args = [str(corpus), "--jobs", "1", "--rounds", "1", "--min-count", "2", "--out", str(out)]
    assert train_main(args) == 0
    model = StanceModel.load(out)
    assert model.trained_on["messages"] == 4 and model.trained_on["positive_messages"] == 2
    # a positive gives only the sentence its terms fired on ("Se on surkea…", not
    # "Käytätte Kuuselan ohjelmaa."); every candidate of a negative counts: 2 + 1 + 2
    assert model.trained_on["sentences"] == 5
    # the copular verdicts were positive, the named neutral facts negative
    # the copular verdicts were positive, said of the party as their subject; the neutral
    # facts had it as a possessor ("Heidän versionsa päivittyy")
    assert model.weights["u:olla"] > 0
    assert model.weights["r:nsubj"] > 0 > model.weights["r:nmod"]


def test_the_model_is_configurable_per_project(analyzer: Analyzer) -> None:
    body = (
        "Käytätte tiettävästi Kuuselan palkkaohjelmaa. Kyllähän heidänkin tukensa "
        "vastaa viikon sisällä, jos muistaa soittaa oikeana päivänä."
    )

    def spans(rules: dict[str, dict[str, object]]) -> list[str]:
        linter = Linter(Config(select=["competitor-bashing"], rules=rules), analyzer=analyzer)
        return _stance_spans(linter, body)

    assert len(spans({})) == 1
    assert spans({"competitor-bashing": {"stance": False}}) == []
    assert spans({"competitor-bashing": {"stance-threshold": 0.999999}}) == []
    with pytest.raises(PitchlintError, match="stance-threshold"):
        Linter(Config(rules={"competitor-bashing": {"stance-threshold": 1.5}}))


# Fair sentences the model still reads as put-downs: its known limits, kept in sight.
# (strict: when a retrained model gets one right, this fails and it moves back to the
# hard negatives of test_lexicon_rules.py)
@pytest.mark.xfail(strict=True, reason="known false positive of the stance model")
@pytest.mark.parametrize(
    "body",
    [
        # plain faint praise without a sting: the corpus's faint praise always had one
        "Kilpailijanne myy samaa mallia halvemmalla, ja sekin on ihan kelpo kone.",
        # the customers' "he eivät", built of many weak signals of a put-down
        "Kilpailijan asiakkaista moni asuu kaukana, eli he eivät olisi muuten käyneet paikan "
        "päällä.",
        # "toisin kuin" and "laskuttaa" lean to a put-down in the corpus ("toisin kuin
        # kilpailijat, me…"); a change in the rivals' billing told plainly (it flips with
        # each retrain: right with the model of extra700, wrong again since extra708)
        "Kilpailijat laskuttavat nyt toisin kuin vielä viime vuonna.",
        # the seller's own "ettemme osaa" beside a rival's clause: the terms know whose
        # denial it is (_writers_own), the model reads the pair as a put-down
        "Isot tilitoimistot ottavat verkkokauppoja asiakkaiksi, mutta myönnämme, ettemme "
        "osaa kaikkea lainkaan.",
        # a rival's strength granted before the seller's own, with no low bar set (0.91):
        # the hedge "toki" is the commonest mark of irony in the corpus, and a fair
        # concession uses it too
        "Kilpailijanne järjestelmä on toki hyvä, mutta meillä raportit tulevat päivittäin.",
        # the reader's own knowledge asked (0.84 since the model of extra1080): "edes" and
        # "laskuttaa" beside the vendor mostly belong to insinuation in the corpus
        # ("Tiedättekö edes, mistä kaikesta he laskuttavat?")
        "Tiedättekö edes, mitä nykyinen toimittajanne laskuttaa?",
    ],
)
def test_known_false_positives_of_the_model(linter: Linter, body: str) -> None:
    assert _stance_spans(linter, body) == []
