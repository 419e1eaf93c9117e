"""Declarative lexicon rules: a TOML file is a rule, matched on Finnish morphology.

A term's words are analysed by Voikko when the file is loaded, so a marketing
writer lists "kokonaisvaltainen" once and every inflection ("kokonaisvaltaisen",
"kokonaisvaltaisia") and compound ending in it matches. See docs/lexicon-rules.md.

One matcher serves every lexicon rule. What a term can say:

- ``words``: words in their base form, each matched in any inflection and as the
  tail of a compound; a slot may list alternatives with ``|``
  ("anteeksi häiritä|vaivata"), an exact form with ``=`` ("=ollenkaan") or a kind
  of word (``@reader``, ``@seller``, ``@name``); ``within = N`` lets up to N other
  words stand between consecutive words; ``ordered = false`` accepts any order.
- ``part``: a compound part anywhere in a word ("synergia" -> "synergiaetuja").
- ``exact``: a surface string for words Voikko does not know ("win-win",
  "best practice"); it may be followed by an inflection ending or a compound tail.
- ``degree``: the match needs a comparative or superlative form ("paras").
- ``negated``: ``true`` matches only in a negated clause ("eivät välitä"),
  ``false`` also in one; unset follows ``[context] skip_negated``.
- ``about_seller``, ``about_reader``, ``skip_concrete``: override ``[context]`` for one term.

``[context]`` tests apply to every term: negation, checkable figures, quotation,
whose the phrase is (reader or seller), message parts to skip, and ``requires``:
phrases that must also be in the sentence or clause ("kilpailija" for "huono"),
which a pronoun ("heidän") or the repeated noun may stand for after a recent
sentence named them. ``[[exceptions]]`` are phrases whose words no term may count
("parhain terveisin").
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pitchlint.analysis.model import AnalysedMessage, Sentence, Word
from pitchlint.analysis.voikko import FINITE_MOODS, Reading, VoikkoAnalyser, get_voikko
from pitchlint.errors import RuleError
from pitchlint.findings import Severity
from pitchlint.rules.base import Hit, Rule, RuleDocs, RuleInfo, RuleOptions
from pitchlint.rules.context import (
    ANAPHORIC_KINDS,
    CONDITIONS,
    DATA_SOURCES,
    FORMER_OR_CURRENT,
    FRACTIONS,
    LOCAL_CASES,
    MANY,
    OUR_RELATIONS,
    PEOPLE,
    PROMISING,
    QUOTES,
    agent_noun,
    cites_source,
    cites_wording,
    clause_head,
    clause_words,
    deck_title_words,
    in_housing_company_name,
    inherited_subjects,
    is_about_reader,
    is_about_seller,
    is_data_source,
    is_disclaimed,
    is_negated,
    is_ordinal,
    is_own_name,
    is_plural,
    is_quoted,
    is_reported,
    is_scare_quoted,
    is_third_party_name,
    is_tied,
    is_unasserted,
    label_end,
    may_be_people,
    may_be_present,
    next_sentence,
    opens_scare_quote,
    ours_by_apposition,
    own_names,
    person_or_place,
    phrase_head,
    promises_readers_result,
    reader_kinds,
    readers_verb,
    remedy_in_or_near,
    remedy_nearby,
    reported_by_reader,
    reports_past,
    said_by_reader,
    said_of_a_share,
    sentence_has_checkable_terms,
    site_of_a_place,
    slide_titles,
    subject_backed,
    that_frame,
    under_readers_goals,
    word_heads,
)
from pitchlint.rules.stance import PartySentence, StanceModel, combined, evidence, sentence_features

_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
_MAX_GAP = 10
_MAX_UNORDERED = 4
_REQUIRES_GAP = 2  # words allowed between the words of a ``requires`` phrase
_FREE_RELATIVES = frozenset({"ken", "kuka", "mikä", "mitä"})
_CHAIN_LINKS = 2  # sentences with "he" that carry a named business further back
_LOOKBACK = 3  # sentences an anaphor ("heidän") may look back for what it stands for
_THERE_PRONOUNS = frozenset({"siellä", "sinne", "sieltä"})
# spots a "siellä" may take up: "oven edusta", "hallin pääty"
_SPOTS = frozenset(
    {"edusta", "alue", "kohta", "piha", "halli", "huone", "sali", "kerros", "pääty", "nurkka",
     "reuna", "lattia", "seinä", "katto", "pinta", "tila", "varasto", "kellari", "ullakko"}
)  # fmt: skip
_STANCE_LOOKBACK = 3  # sentences after a party is named that the stance model judges
_STORY_LOOKBACK = 4  # sentences a comment may come after the party its story is about
_DECADE = re.compile(r"\d{2,4}-luku$")
# the endings of nouns that name doing: -minen, -nti (luennointi), -lu/-ly (odottelu),
# -Us (kierrätys, tarkastus)
_ACTION_ENDINGS = ("minen", "nti", "lu", "ly", "us", "ys", "ös")


def _action_noun(reading: Reading) -> bool:
    if reading.mood == "MINEN-infinitive":
        return True
    made_of_verb = bool(reading.parts) and reading.parts[-1] != reading.heads[-1]
    return (
        reading.word_class == "nimisana"
        and made_of_verb
        and reading.parts[-1].endswith(("a", "ä"))
        and reading.baseform.endswith(_ACTION_ENDINGS)
    )


_SPECIAL: dict[str, Callable[[Word], bool]] = {
    "@reader": lambda w: w.addresses_reader,  # te, teidän, -nne, -tte, sinä forms
    "@seller": lambda w: w.refers_to_seller,  # me, meidän, -mme
    "@name": lambda w: w.is_name,  # a proper name
    # a noun of the reader's: "(nykyinen) järjestelmänne", not any 2nd-person verb
    "@yours": lambda w: (
        (w.possessive or "").startswith("2")
        and (w.pos in ("NOUN", "PROPN") or any(r.word_class == "nimisana" for r in w.readings))
    ),
    "@word": lambda w: w.text[:1].isalnum(),  # any word (for `quoted` irony)
    # a question word with the musing clitic -hAn ("onkohan", "osaakohan", "kukahan"):
    # "I wonder whether …" asked of a third party insinuates
    "@wondering": lambda w: (w.clitic_ko or w.interrogative) and w.lower.endswith(("han", "hän")),
    # any adjective or adverb in the superlative: "alan taitavin", "Suomen kauneimmat"
    # a word tagged as an adverb is a superlative in -mmin ("nopeimmin") or when it
    # modifies a noun ("markkinoiden älykkäin alusta"); "arkisin" (on weekdays) is
    # also read as a superlative of "arkinen"
    # ("Suomen käytetyin": a participle's superlative the tagger read as a noun)
    "@superlative": lambda w: (
        (
            w.pos == "ADJ"
            or (w.pos in ("ADV", "NOUN") and w.dep == "amod")
            or (w.pos == "ADV" and w.lower.endswith("mmin"))
        )
        and any(r.comparison == "superlative" for r in w.readings)
        and not _at_its_most(w)
    ),
    # a place name: "Pirkanmaan johtava", "Lapin paras"
    "@place": lambda w: (
        w.text[:1].isupper() and any(r.word_class == "paikannimi" for r in w.readings)
    ),
    # a decade: "1980-luvulla", "90-luvulta", "2000-luvun alun"
    "@decade": lambda w: any(_DECADE.match(r.baseform) for r in w.readings),
    # an action noun made from a verb: "lukemista", "luennointia", "odottelua"
    "@doing": lambda w: any(_action_noun(r) for r in w.readings),
    # who does a verb's work: "halvat poraajat", "halpoihin kuntotarkastajiin"
    "@agent": agent_noun,
    # ... and one made cheap in a compound: "halpaporaajat", "halpa-asentajat"
    "@cheap_agent": lambda w: (
        agent_noun(w)
        and any(len(r.parts) > 1 and r.parts[0] in ("halpa", "halpahintainen") for r in w.readings)
    ),
    # a verb asking with -kO ("onko", "mahtoiko"): "onko heidän mekaanikkonsa koskaan…?"
    "@asking": lambda w: w.clitic_ko and w.finite,
    # an interjection ("voi", "oi"): the tagger tells "Voi sinua," (alas) from the verb in
    # "toimittaja voi teitä auttaa"
    "@interjection": lambda w: w.pos == "INTJ",
    # a verb's illative -mAAn form, what someone is good "at doing": "mestareita lähettämään"
    "@to_do": lambda w: any(r.mood == "MA-infinitive" and r.case == "Ill" for r in w.readings),
    # a number in figures or words: "kuntoluokassa 3 tai huonompi"
    "@number": lambda w: w.like_num or w.text[:1].isdigit(),
}
_ANY_WORD = frozenset({"@word"})
# adverbs with a clitic that mean something of their own: Voikko reads "ainakin" (at
# least) as "aina" (always) and "jopa" (even) as "jo", but neither says "always"/"already"
_LEXICALISED_CLITICS = frozenset({"ainakin", "jopa"})
BlockName = Literal[
    "subject", "greeting", "paragraph", "closing", "signature", "title", "bullet", "note"
]


Kind = Literal["email", "outline"]


def _all_kinds() -> list[Kind]:
    return ["email", "outline"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TermSpec(_Strict):
    """One lexicon entry. Exactly one of ``words``, ``part`` or ``exact``."""

    words: str | None = None  # space-separated words, each matched in any inflection
    part: str | None = None  # a compound part: "synergia" matches "synergiaetuja"
    exact: str | None = None  # a surface string, case-insensitive (foreign words)
    within: int = Field(default=0, ge=0, le=_MAX_GAP)  # other words allowed between words
    ordered: bool = True  # False: the words may come in any order
    # a comma may stand between the words: an afterthought tag ("En vie kauaa, lupaan.")
    across_commas: bool = False
    degree: Literal["comparative", "superlative"] | None = None  # "paras", not "hyvä"
    negated: bool | None = None  # True: only when negated; False: also when negated
    about_seller: bool | None = None  # overrides [context] about_seller for this term
    about_reader: bool | None = None  # overrides [context] about_reader for this term
    skip_concrete: bool | None = None  # overrides [context] skip_concrete for this term
    skip_about_reader: bool | None = None  # overrides [context] skip_about_reader
    # With skip_concrete: a remedy in the next or previous sentence of the same
    # paragraph states the terms ("Takaamme vasteajan. Jos …, hyvitämme 5 %.")
    terms_nearby: bool = False
    # the sentence names the reader or the seller ("kulunne laskevat varmasti",
    # "kanssamme myynti kasvaa"): "hinnat nousevat varmasti" forecasts a market
    personal: bool = False
    skip_comparative: bool | None = None  # overrides [context] skip_comparative
    # a clause in the past reports a result ("puolitimme hävikin"), it promises none
    skip_past: bool = False
    # a condition ("jos", "mikäli") in the sentence or the conditional mood makes it a
    # calculation: "Jos katkoksia on useampi, vasteaika maksaa itsensä takaisin"
    skip_conditioned: bool = False
    names_target: bool = False  # the term itself names what [context] requires ("pulju")
    # overrides [context] requires_near: "kukaan ei vastaa" needs its vendor close by
    requires_near: int | None = Field(default=None, ge=0)
    # overrides [context] requires_scope: "ei ihme, että …: nykyisen toimistonne
    # kirjoittajat …" judges what the rest of the sentence says
    requires_scope: Literal["sentence", "clause", "first_clause"] | None = None
    quoted: bool = False  # only inside scare quotes, as irony: heidän "moderni" alustansa
    # "remedy": only a remedy backs this promise, not a deadline or a figure: "aina
    # samana päivänä" names a deadline and still promises it always, whatever happens
    # "basis": a percentage or a sum in this or the previous sentence of the paragraph
    # backs it ("likainen paneeli tuottaa 5–10 % vähemmän, … pesu maksaa itsensä takaisin")
    backed_by: Literal["terms", "remedy", "basis"] = "terms"
    # lemmas one of which must come after the match, in the rest of its sentence or as
    # the next sentence's first word: "En halua puhua pahaa kenestäkään. Mutta …"
    followed_by: list[str] = Field(default_factory=list)
    # a crime or a wrong that is a put-down only when the vendor does it: not in the
    # passive ("huijatun asiakkaan"), not as a kind ("puhelinhuijaukset"), and not as a
    # party or topic of its own ("Huijari soittaa…") unless a vendor owns it
    agent_only: bool = False
    # the party must not come after the match: the possessor of "X:llä ei ole osaamista",
    # not the object of what follows ("…ei ole osaamista kilpailuttaa urakoitsijoita")
    party_before: bool = False
    # a verb said of something, not its participle naming a thing's state: "laitteet
    # hajoavat", "myyjät katoavat", but not "rikkoutunut rele", "kadonneen tekstiilin"
    predicate_only: bool = False
    # a verb that blames only the party it is said of: its subject must be the party,
    # one it owns or "he", or the party must hold it ("toimittajat katoavat", "heidän
    # budjettinsa karkaa", "isoilla taloilla aikataulu karkaa"), not water or a key
    # ("vuotovesi karkaa putkista", "vesi katoaa verkostoon")
    party_subject: bool = False
    # a comment on the sentence before: the party it judges may be named there rather
    # than in its own sentence ("Kysykää toimittajaltanne, kuka raportit lukee. Arvaan
    # vastauksen.")
    target_before: bool = False
    # the writer's own word is the put-down: "Osanottoni!" after the vendor is named
    # (otherwise a fault the writer owns, "viivästyksemme", is said of no other party)
    writers_word: bool = False
    # a comment that stands as its own sentence: the match's last word is the root, not
    # an argument of a verb ("Rohkea ratkaisu." after what another did, not "teki
    # rohkean ratkaisun")
    standalone: bool = False
    # A catch-all term ("ala @superlative") that gives way to any other term it overlaps,
    # so the specific term's span and message win.
    fallback: bool = False
    note: str = ""

    @model_validator(mode="after")
    def _one_kind(self) -> TermSpec:
        given = [k for k in (self.words, self.part, self.exact) if k]
        if len(given) != 1:
            raise ValueError("a term needs exactly one of words, part or exact")
        if not self.ordered and self.words and len(self.words.split()) > _MAX_UNORDERED:
            raise ValueError(f"ordered = false takes at most {_MAX_UNORDERED} words")
        return self

    @property
    def label(self) -> str:
        return self.words or self.part or self.exact or ""


class ContextSpec(_Strict):
    skip_negated: bool = False  # "emme voi luvata": a negated clause does not count
    # Verbs that, negated, take back what their clause says: "Emme lupaa, ettei
    # katkoja tule" promises nothing, whatever the "että" clause contains.
    disclaimers: list[str] = Field(default_factory=list)
    # The reader's own past ("olette varmasti huomanneet", "saitte varmasti") is an
    # assumption about them, not a promise; "Kukaan ei ole pettynyt" still counts.
    skip_reader_past: bool = False
    # The reader's own words told back ("Mainitsitte, että nykyinen toimittajanne on
    # ollut hidas", "teidän mukaanne"): listening, not the writer's verdict.
    skip_reader_said: bool = False
    # Someone else's words reported ("Asiakkaamme kertoi, että olemme parhaita", "Kuten
    # Anna sanoi, …") are theirs, not the writer's claim.
    skip_reported: bool = False
    # A published source cited ("Traficomin tiedotteen mukaan syynä oli rikkoutunut
    # kaapeli", "kyselyssä kaksi kolmesta kertoi…"): a fact reported, not a verdict.
    skip_cited: bool = False
    # Words that make a claim an estimate, not a guarantee, in the match's clause:
    # "maksaa itsensä takaisin yleensä ensimmäisen vuoden aikana"
    hedges: list[str] = Field(default_factory=list)
    # Not asserted: in a condition ("Jos haluatte taata…") or asked of the reader
    # ("Voitteko taata…?", "Miten varmistatte, että laitteet päivittyvät aina?").
    skip_unasserted: bool = False
    skip_concrete: bool = False  # a figure, sum, date or deadline makes it checkable
    # "clause": only a figure in the term's own clause (and the clauses under it)
    # backs it, not one in a main clause coordinated with it
    concrete_scope: Literal["sentence", "clause"] = "sentence"
    # a promised change in the reader's own figures ("kulunne laskevat 20 %") is
    # backed only by a remedy: the figure is the promise, not a term of it
    results_need_remedy: bool = False
    skip_about_reader: bool = False  # "johtava asiantuntijanne" is about the reader
    # a comparative compares, it does not condemn: "hitaammalla aikataululla"
    skip_comparative: bool = False
    skip_quoted: bool = True  # quoted text is someone else's words
    # a title or subject of nouns only ("Takuu ja huolto") names a topic, says nothing
    skip_topic_titles: bool = False
    # a bullet under "## Tarpeenne" or "## Teidän tavoitteet" is the reader's wish
    skip_reader_goals: bool = False
    skip_blocks: list[BlockName] = Field(default_factory=list)  # e.g. ["closing", "signature"]
    # Groups of phrases; the sentence must contain a phrase of every group.
    requires: list[list[str]] = Field(default_factory=list)
    requires_near: int = Field(default=0, ge=0)  # 0: anywhere in the sentence; N: within N words
    requires_scope: Literal["sentence", "clause"] = "sentence"  # "clause": the term's own clause
    # Pronouns that stand for a `requires` phrase only when the paragraph named one
    # before them: "heidän" after "nykyinen toimittajanne" or "Tukkuri Oy".
    anaphors: list[str] = Field(default_factory=list)
    # Like anaphors, but so common ("se") that they count only when the term is said
    # of them: "Se on kömpelö", "Sen kehittäjät eivät välitä".
    tied_anaphors: list[str] = Field(default_factory=list)
    # A company or product name that is not the seller's or the reader's (those are in
    # the signature, subject, greeting, title slide) counts as a `requires` phrase
    # when the term is said of it: "Teillä käytössä oleva Kurssivelho on surkea".
    name_targets: bool = False
    # `requires` nouns that, with a 1st- or 2nd-person possessive, name the seller's
    # or the reader's own organisation: "yhtiömme", "taloyhtiönne" (not "toimittajanne").
    own_organisations: list[str] = Field(default_factory=list)
    # `requires` nouns that name the reader's own units doing what a vendor would: the
    # in-house alternative ("IT-tiiminne", "kaupungin oma IT-osasto"). Another party
    # whoever's they are, except the seller's own ("IT-tiimimme").
    in_house: list[str] = Field(default_factory=list)
    # Compounds that end like a `requires` noun but name a place or a layout, not a
    # party: "huonetoimisto", "monitilatoimisto" are offices one works in.
    not_targets: list[str] = Field(default_factory=list)
    # Nouns that name other parties (vendors, competitors): a match in a clause said
    # of one is that party's claim reported, not the writer's own ("Isot talot
    # lupaavat 100 % tyytyväisyyden", "Kilpailijalta saa aina kaiken heti").
    others: list[str] = Field(default_factory=list)
    about_seller: bool = False  # the clause must speak of the seller (1st person, its name)
    about_reader: bool = False  # the sentence must address the reader (te, -nne, -tte)
    # A learned stance model (a JSON file beside the rule, written by `python -m
    # pitchlint.train`) that judges the sentences about a `requires` party no term
    # matched: irony, faint praise and insinuation rarely have a verdict word.
    stance_model: str | None = None
    stance_threshold: float | None = Field(default=None, gt=0, lt=1)  # else the model's own
    stance_message: str = "{text}"  # "{probability}" is the model's, as a percentage
    # sentences at least this likely add up (noisy-OR) when none reaches the threshold
    # alone; "{together}" in the message then says with how many others
    stance_floor: float = Field(default=0.3, gt=0, lt=1)
    stance_together: str = ""

    @field_validator("requires", mode="before")
    @classmethod
    def _groups(cls, value: object) -> object:
        """``requires = ["a", "b"]`` is one group; ``[["a"], ["b"]]`` are two."""
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return [value]
        return value


class DocsSpec(_Strict):
    why: str
    fires: str = ""
    does_not_fire: str = ""
    bad: str = ""
    good: str = ""
    kind: Literal["email", "outline"] = "email"
    source: str = ""


class LexiconSpec(_Strict):
    id: str
    summary_fi: str
    summary_en: str
    message: str  # "{text}" is the matched text, "{term}" the term entry
    suggestion: str | None = None
    severity: Severity = Severity.WARNING
    weight: float = Field(default=5.0, ge=0)
    kinds: list[Kind] = Field(default_factory=_all_kinds)
    docs: DocsSpec
    context: ContextSpec = Field(default_factory=ContextSpec)
    terms: list[TermSpec] = Field(min_length=1)
    exceptions: list[TermSpec] = Field(default_factory=list)


# Function-word tags and the Voikko word classes a word so tagged can have: a verb
# reading of a word tagged as an adverb is a misreading ("takaisin" is not "taata").
_FUNCTION_POS: dict[str, frozenset[str]] = {
    "ADV": frozenset({"seikkasana", "asemosana", "laatusana", "nimisana_laatusana"}),
    "ADP": frozenset({"suhdesana", "seikkasana"}),
    "PRON": frozenset({"asemosana"}),
    "DET": frozenset({"asemosana"}),
    "NUM": frozenset({"lukusana"}),
    "CCONJ": frozenset({"sidesana"}),
    "SCONJ": frozenset({"sidesana"}),
    "INTJ": frozenset({"huudahdussana"}),
}

_NOMINAL_CLASSES = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "lukusana"})
# Participles Voikko reads as adjectives or nouns; they also match their verb
# ("rahastaneet", "kyhätty", "kyhäämä" match "rahastaa", "kyhätä").
_VERBAL_PARTICIPLES = frozenset({"past_active", "past_passive", "agent"})


@dataclass(frozen=True, slots=True)
class _Term:
    slots: tuple[frozenset[str], ...]  # words: per slot, the lexeme keys that match it
    kind: Literal["words", "part", "exact"]
    label: str
    spec: TermSpec
    parts: tuple[str, ...] = ()  # part: consecutive compound parts
    pattern: re.Pattern[str] | None = None  # exact


@dataclass(frozen=True, slots=True)
class _Match:
    term: _Term
    words: tuple[Word, ...]  # the matched words, in text order

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end


class LexiconOptions(RuleOptions):
    """What a user may change of a lexicon rule in ``[tool.pitchlint.rules.ID]``."""

    stance: bool = Field(
        default=True,
        description="judge sentences about other parties with the rule's stance model, if it has one",
    )
    stance_threshold: float | None = Field(
        default=None,
        gt=0,
        lt=1,
        description="the model's probability from which a sentence counts (default: the rule's)",
    )


class LexiconRule(Rule):
    """A rule defined by a lexicon file; one matcher serves every such rule."""

    Options = LexiconOptions
    options: LexiconOptions

    def __init__(
        self,
        spec: LexiconSpec,
        origin: str,
        voikko: VoikkoAnalyser | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.spec = spec
        # (the stance model is read on first use: training must work without one)
        self.stance_path = (
            (folder or Path.cwd()) / spec.context.stance_model
            if spec.context.stance_model
            else None
        )
        self._stance: StanceModel | None = None
        self.info = RuleInfo(
            id=spec.id,
            summary_fi=spec.summary_fi,
            summary_en=spec.summary_en,
            severity=spec.severity,
            weight=spec.weight,
            kinds=frozenset(spec.kinds),
            docs=RuleDocs(**spec.docs.model_dump()),
            origin=origin,
        )
        self._voikko = voikko
        self._compiled: _Compiled | None = None
        self._disclaimers = frozenset(v.lower() for v in spec.context.disclaimers)
        self._hedges = frozenset(v.lower() for v in spec.context.hedges)
        self._tied_nouns = frozenset(v.lower() for v in spec.context.tied_anaphors)

    @property
    def compiled(self) -> _Compiled:
        if self._compiled is None:
            voikko = self._voikko or get_voikko()
            self._compiled = _Compiled(
                terms=compile_terms(self.spec.terms, voikko),
                exceptions=compile_terms(self.spec.exceptions, voikko),
                requires=[
                    compile_terms([TermSpec(words=p, within=_REQUIRES_GAP) for p in group], voikko)
                    for group in self.spec.context.requires
                ],
                anaphors=compile_terms(
                    [TermSpec(words=p) for p in self.spec.context.anaphors], voikko
                ),
                tied_anaphors=compile_terms(
                    [TermSpec(words=p) for p in self.spec.context.tied_anaphors], voikko
                ),
                own_organisations=frozenset(
                    k
                    for noun in self.spec.context.own_organisations
                    for k in _term_keys(noun, voikko)
                ),
                not_targets=frozenset(
                    k for noun in self.spec.context.not_targets for k in _term_keys(noun, voikko)
                ),
                in_house=frozenset(
                    k for noun in self.spec.context.in_house for k in _term_keys(noun, voikko)
                ),
                others=frozenset(
                    k for noun in self.spec.context.others for k in _term_keys(noun, voikko)
                ),
            )
        return self._compiled

    @property
    def stance(self) -> StanceModel | None:
        if self._stance is None and self.stance_path is not None:
            self._stance = StanceModel.load(self.stance_path)
        return self._stance

    def check(self, msg: AnalysedMessage) -> Iterator[Hit]:
        covered: set[int] = set()
        for sentence, hit in self.term_hits(msg):
            covered.add(sentence.index)
            yield hit
        if self.stance_path is not None and self.options.stance:
            yield from self._stance_hits(msg, covered)

    def term_hits(self, msg: AnalysedMessage) -> Iterator[tuple[Sentence, Hit]]:
        """The hits of the lexicon's terms, with the sentence of each."""
        compiled = self.compiled
        ctx = self.spec.context
        skip_blocks = set(ctx.skip_blocks)
        for sentence in msg.sentences:
            if msg.blocks[sentence.block].block.kind in skip_blocks:
                continue
            words = [w for w in msg.sentence_words(sentence) if not w.is_punct]
            if not words:
                continue
            found: Sequence[_Match] = find_matches(compiled.terms, msg, sentence, words)
            if not found:
                continue
            excepted = find_matches(compiled.exceptions, msg, sentence, words)
            kept: list[_Match] = []
            # A fallback ("ala @superlative") gives way to a specific term it overlaps,
            # but only to one that counts: "alan paras" stays when "paras" is skipped.
            for fallback in (False, True):
                for match in sorted(found, key=lambda m: (m.start, -m.end)):
                    if bool(match.term.spec.fallback) != fallback:
                        continue
                    # (an exception counts on the words it shares with the match, not
                    # on the span between: "testi … tulos" spans a whole clause)
                    if any(_overlaps(match, other) for other in kept) or any(
                        _shares_word(match, other) for other in excepted
                    ):
                        continue
                    if self._skipped(msg, sentence, words, match):
                        continue
                    kept.append(match)
            kept.sort(key=lambda m: (m.start, -m.end))
            for match in kept:
                text = msg.text(match.start, match.end)
                yield (
                    sentence,
                    Hit(
                        match.start,
                        match.end,
                        self.spec.message.format(text=text, term=match.term.label),
                        self.spec.suggestion,
                    ),
                )

    def party_sentences(self, msg: AnalysedMessage) -> list[PartySentence]:
        """The sentences about a `requires` party, each with whether the party is named
        in it (or else in one of the few sentences before it, in the same paragraph or
        on the same slide) and the words that name or stand for it: what the stance
        model judges."""
        if not self.compiled.requires:
            return []
        own = own_names(msg) if self.spec.context.name_targets else frozenset()
        group = self.compiled.requires[0]
        named = [bool(self._named_in(msg, s, group, own)) for s in msg.sentences]
        # a paragraph that takes up the party the one before ended on is about it too
        taken = [
            not named[s.index]
            and _takes_up_the_party(
                msg, s, [w for w in msg.sentence_words(s) if not w.is_punct], named, own
            )
            for s in msg.sentences
        ]
        found: list[PartySentence] = []
        for sentence in msg.sentences:
            slide = msg.blocks[sentence.block].block.slide
            after_named = any(
                (named[k] or taken[k])
                and (
                    msg.sentences[k].block == sentence.block
                    or (
                        slide is not None
                        and msg.blocks[msg.sentences[k].block].block.slide == slide
                    )
                )
                for k in range(max(0, sentence.index - _STANCE_LOOKBACK), sentence.index)
            )
            words = [w for w in msg.sentence_words(sentence) if not w.is_punct]
            if not (named[sentence.index] or after_named or taken[sentence.index]):
                continue
            targets = self._targets_in(msg, sentence, words)
            party = targets | {
                w.i
                for w in words
                if w.lemma == "he" and not _they_are_people_before(msg, words, w, targets)
            }
            if self.spec.context.name_targets:
                party |= {w.i for w in _third_parties(msg, sentence, own)}
            if not after_named and party and all(_destination(msg, msg.words[i]) for i in party):
                continue  # "merkinnät eivät päädy korjaamolle asti": where things go, not who
            found.append(PartySentence(sentence, named[sentence.index], frozenset(party)))
        return found

    def _stance_hits(self, msg: AnalysedMessage, covered: set[int]) -> Iterator[Hit]:
        """Sentences about another party that no term matched, but whose stance the
        model reads as a put-down, alone or together (:func:`stance.evidence`): one
        hit over each whole sentence."""
        model = self.stance
        if model is None:
            return
        ctx = self.spec.context
        threshold = self.options.stance_threshold or ctx.stance_threshold or model.threshold
        skip_blocks = set(ctx.skip_blocks)
        judged: list[tuple[list[Word], float]] = []
        for found in self.party_sentences(msg):
            sentence = found.sentence
            if sentence.index in covered or msg.blocks[sentence.block].block.kind in skip_blocks:
                continue
            words = [w for w in msg.sentence_words(sentence) if not w.is_punct]
            # (judged at its last word: "Kerroitte, että …" frames the clause it ends in)
            if not words or (ctx.skip_reader_said and said_by_reader(msg, sentence, words[-1])):
                continue
            if ctx.skip_cited and cites_source(msg, sentence):
                continue
            if _declines_to_judge(msg, sentence, words) or _advises_keeping(words):
                continue
            if (
                ctx.skip_quoted
                # (a cheap look first: a quotation mark on the line up to the sentence's end)
                and any(q in _line_up_to(msg, sentence.end) for q in QUOTES)
                and _mostly_quoted(msg, words)
            ):
                continue  # 'Hän kertoi: "Ketjut eivät ole halvimmat, mutta…"': their words
            judged.append((words, model.probability(sentence_features(msg, found))))
        chosen = evidence([p for _, p in judged], threshold, ctx.stance_floor)
        for k in chosen:
            words, probability = judged[k]
            start, end = words[0].start, words[-1].end
            together = (
                ctx.stance_together.format(
                    others=len(chosen) - 1,
                    probability=f"{combined((judged[j][1] for j in chosen), 0.0):.0%}",
                )
                if len(chosen) > 1
                else ""
            )
            yield Hit(
                start,
                end,
                ctx.stance_message.format(
                    text=msg.text(start, end),
                    probability=f"{probability:.0%}",
                    together=together,
                ),
                self.spec.suggestion,
            )

    def _skipped(
        self, msg: AnalysedMessage, sentence: Sentence, words: list[Word], match: _Match
    ) -> bool:
        ctx = self.spec.context
        term = match.term.spec
        first, last = match.words[0], match.words[-1]
        negated = any(is_negated(msg, sentence, w) for w in match.words)
        if term.negated is True and not negated:
            return True
        if term.negated is None and ctx.skip_negated and negated:
            return True
        # a negated term that is itself a disclaimer verb ("En sano enempää") is not
        # taken back by its own negation
        own_verb = term.negated is True and any(w.lemmas & self._disclaimers for w in match.words)
        if (
            self._disclaimers
            and not own_verb
            and is_disclaimed(msg, sentence, first, self._disclaimers)
        ):
            return True
        if ctx.skip_reader_past and _reader_past(msg, sentence, match):
            return True
        if ctx.skip_reader_said and said_by_reader(msg, sentence, first):
            return True
        if ctx.skip_reported and is_reported(msg.sentence_words(sentence), first):
            return True
        if ctx.skip_cited and cites_source(msg, sentence):
            return True
        if self._hedges and (
            any(
                w.lemmas & self._hedges and not _hedges_the_act(msg, w)
                for w in clause_words(msg, first)
            )
            or _may_happen(msg, sentence, match)
            or said_of_a_share(msg, first)
        ):
            return True
        about_seller = ctx.about_seller if term.about_seller is None else term.about_seller
        if about_seller and not is_about_seller(msg, sentence, first, last):
            return True
        if ctx.skip_unasserted and is_unasserted(msg, sentence, first):
            return True
        if self.compiled.others and self._said_of_others(msg, sentence, first):
            return True
        about_reader = ctx.about_reader if term.about_reader is None else term.about_reader
        if about_reader and not any(w.addresses_reader for w in words):
            return True
        if term.personal and not _personal(msg, sentence, words):
            return True
        if term.followed_by and not _followed_by(msg, sentence, last, term.followed_by):
            return True
        if term.skip_past and reports_past(msg, first):
            return True
        if term.skip_conditioned and _conditioned(words, first):
            return True
        if term.agent_only and not _done_by_someone(msg, first):
            return True
        # (the verb of the match, wherever it stands: "myöhässä toimittamat tiedot")
        if term.predicate_only and any(_describes_a_thing(msg, w) for w in match.words):
            return True
        if (
            self.compiled.requires
            and len(match.words) == 1
            and _how_a_thing_was_done(msg, first)
            and not self._of_the_partys_clause(msg, sentence, words, first)
        ):
            return True
        if term.standalone and last.head != last.i:
            return True
        if term.party_subject and self._said_of_a_thing(msg, sentence, words, first):
            return True
        if self.compiled.requires and _describes_the_served(msg, words, last):
            return True
        if self.compiled.requires and not term.writers_word and _writers_own(msg, sentence, match):
            return True
        if self.compiled.requires and _counted_with_a_figure(msg, match):
            return True
        if self.compiled.requires and _said_of_a_counted_share(msg, match):
            return True
        if self.compiled.requires and _market_fact(msg, match):
            return True
        if self.compiled.requires and _fault_that_shrank(msg, sentence, match):
            return True
        if self.compiled.requires and _blame_denied_next(msg, sentence):
            return True
        if self.compiled.requires and (
            self._countered(msg, sentence, words, match) or _remedied(words, match.words[-1])
        ):
            return True
        if (
            self.compiled.requires
            and not term.names_target
            and not self._requirements_met(msg, sentence, words, match)
        ):
            return True
        # checked last of the party tests: it matches every `requires` phrase again
        if self.compiled.requires and self._said_of_a_bystander(msg, sentence, words, match):
            return True
        skip_concrete = ctx.skip_concrete if term.skip_concrete is None else term.skip_concrete
        if term.quoted:
            if term.words == "@word":  # any scare quote, reported once, at its first word
                return not opens_scare_quote(msg, sentence, first)
            return (
                not is_scare_quoted(msg, first)
                or reported_by_reader(msg, sentence)
                or cites_wording(msg, sentence, first)
            )
        if ctx.skip_topic_titles and _topic_title(msg, sentence):
            return True
        if ctx.skip_reader_goals and under_readers_goals(msg, sentence):
            return True
        comparative = (
            ctx.skip_comparative if term.skip_comparative is None else term.skip_comparative
        )
        backed_by = term.backed_by
        if ctx.results_need_remedy and promises_readers_result(msg, first):
            backed_by = "remedy"
        if comparative and any(
            _has_degree(w, "comparative") or _ranked_among(msg, sentence, w) for w in match.words
        ):
            return True
        return (
            (ctx.skip_quoted and is_quoted(msg, first))
            # ('esitteessä luvataan "kaikki valmiina aina heti"': the term ends in a
            # quotation, their words cited, not a few words held at a distance)
            or (ctx.skip_quoted and is_quoted(msg, last) and not is_scare_quoted(msg, last))
            or (
                skip_concrete
                and backed_by in ("terms", "basis")
                and sentence_has_checkable_terms(
                    msg, sentence, first if ctx.concrete_scope == "clause" else None
                )
            )
            or (skip_concrete and backed_by == "remedy" and remedy_in_or_near(msg, sentence))
            or (skip_concrete and term.terms_nearby and remedy_nearby(msg, sentence))
            or (skip_concrete and subject_backed(msg, sentence))
            or (skip_concrete and backed_by == "basis" and _basis_nearby(msg, sentence))
            or (
                (
                    ctx.skip_about_reader
                    if term.skip_about_reader is None
                    else term.skip_about_reader
                )
                and is_about_reader(msg, first, last)
            )
        )

    def _requirements_met(
        self, msg: AnalysedMessage, sentence: Sentence, words: list[Word], match: _Match
    ) -> bool:
        ctx = self.spec.context
        near = (
            ctx.requires_near
            if match.term.spec.requires_near is None
            else match.term.spec.requires_near
        )
        position = {w.i: n for n, w in enumerate(words)}
        lo, hi = position[match.words[0].i], position[match.words[-1].i]
        scope: set[int] | None = None
        scope_kind = match.term.spec.requires_scope or ctx.requires_scope
        if scope_kind in ("clause", "first_clause"):
            clause = clause_words(msg, match.words[0])
            # ("first_clause": in "ei tiedä, mitä …" who does not know is in the verb's
            # clause, not in the one the question word opens)
            if scope_kind == "clause":
                clause = [*clause, *clause_words(msg, match.words[-1])]
            head = clause_head(msg, match.words[-1])
            if _on_scene_subject(msg, head, match.words[0]):
                clause = [w for w in clause if clause_head(msg, w).i == head.i]
            if head.head != head.i and any(
                w.head == head.i
                and w.dep.startswith("nsubj")
                and w.lemma in _FREE_RELATIVES
                and not _after_comma(msg, w)
                for w in clause
            ):
                # "heittävät paikalle kenet sattuu": a free relative is part of its clause
                # (", mikä näkyy kuluina" after a comma sums up the clause before it
                # and says nothing of who is named there)
                clause += clause_words(msg, msg.words[head.head])
            elif governor := _correlative(msg, head):
                # "X on tunnettu siitä, että autot tulevat miten sattuu": the clause
                # spells out "siitä", an argument of the clause about X
                clause += clause_words(msg, governor)
            elif match.term.spec.quoted and head.dep == "ccomp" and head.head != head.i:
                # "Heidän ansiostaan moni on oppinut, että "talvikunnossapito" voi
                # tarkoittaa odottamista": the scare quote's "että" clause spells out
                # what the clause about the party brought about
                clause += clause_words(msg, msg.words[head.head])
            if not any(w.finite for w in clause) and head.dep.startswith("xcomp"):
                # "vuokraamot tuovat harjoittelijan säätämään niitä": an infinitive
                # clause belongs to the clause of the verb it completes
                clause += clause_words(msg, msg.words[head.head])
            # "se lauta, jota nykyinen toimittajanne ajaa, on polttopuuta": a relative
            # clause on the subject says whose the subject is
            subjects = {w.i for w in clause if w.dep.startswith("nsubj")}
            for w in words:
                if w.dep == "acl:relcl" and w.head in subjects:
                    clause += clause_words(msg, w)
            # Only a clause with its verb and subject is trusted: one without is
            # probably misparsed, and the whole sentence counts.
            # ("ettemme osaa": a 1st- or 2nd-person verb names its subject itself;
            # "varaosia saa huonommin": a zero-person verb with its object is whole)
            if any(w.finite for w in clause) and any(
                w.dep.startswith(("nsubj", "obj")) or (w.finite and w.person in (1, 2))
                for w in clause
            ):
                scope = {w.i for w in clause}
            if (gapped := _gapped_clause(msg, words, match.words[-1])) is not None:
                scope = gapped

        # "Isot talot ottavat asiakkaan ja huomaavat, etteivät osaa…": a clause
        # without a subject speaks of the one it depends on, however far away
        inherited = {w.i for w in inherited_subjects(msg, match.words[0])}

        # "Aika hyvin kuvaa sitä firmaa: …, kukaan ei tiedä mistään mitään": what
        # follows a colon elaborates what the clause before it names
        colon = msg.source.rfind(":", sentence.start, match.start)

        def usable(m: _Match, modifier: bool = False) -> bool:
            # a party between the matched words is the one spoken of: "en usko
            # kilpailijanne lupauksiin"; only the term's own words never count
            if _shares_word(m, match) or (not modifier and _only_modifies(msg, m)):
                return False
            if _overlaps(m, match) and not _speaks_of_the_match(m, match):
                return False  # "maksaa yhtiölle turhaan": who pays, not whose fault
            if match.term.spec.party_before and m.words[0].i > match.words[-1].i:
                return False  # after the whole match: what follows, not who lacks it
            if any(w.i in inherited for w in m.words):
                return True
            labelled = colon >= 0 and m.end <= colon
            in_scope = scope is not None and any(w.i in scope for w in m.words)
            distance = min(abs(position[w.i] - p) for w in m.words for p in (lo, hi))
            # a clause bounds what it speaks of: inside it, a long relative clause may
            # stand between the vendor and the verdict ("Isot ketjut lähettävät
            # vartijoita, jotka eivät tunne paikkoja eivätkä jaksa välittää")
            close = (
                not near
                or distance <= near
                or (in_scope and match.term.spec.requires_near is None and distance <= 2 * near)
            )
            return (scope is None or labelled or in_scope) and close

        readers = _readers_own_thing(msg, match)
        if readers and not self._targets_in(msg, sentence, words) & {w.i for w in readers}:
            return False
        anaphors: list[_Match] | None = None  # looked for only when a target was named before
        own = own_names(msg) if ctx.name_targets else frozenset()
        for group in self.compiled.requires:
            targets = [
                m
                for m in find_matches(group, msg, sentence, words)
                if usable(m)
                and self._is_target(msg, m, own)
                and not _whole_field(msg, m)
                and not _names_the_seller(msg, m)
                and not _victim(msg, m, match)
            ]
            if targets or (
                ctx.name_targets
                and self._names_here(msg, _third_parties(msg, sentence, own), match, usable)
            ):
                continue
            if _topic_targets(
                msg,
                sentence,
                words,
                group,
                lambda m: self._is_target(msg, m, own),
                own if ctx.name_targets else None,
            ):
                continue
            if match.term.spec.target_before and self._named_just_before(msg, sentence, group, own):
                continue
            named = self._named_before(msg, sentence, group, match.start, own)
            if not named:
                return False
            # A pronoun ("heidän") or the named noun repeated ("hiomonne") refers back.
            repeated = [
                w
                for w in words
                if not w.is_placeholder
                and w.pos in ("NOUN", "PROPN")
                and _cached_match_keys(w) & named
                # (a common noun repeats what was named as a whole, not by a shared
                # last part: "pesuvesi" does not repeat "Nordic Puhdasvesi")
                and (w.text[:1].isupper() or w.lemma.lower() in named)
                and usable(_Match(match.term, (w,)))
                and self._is_target(msg, _Match(match.term, (w,)), own)  # not "toimistonne"
                and not _whole_field(msg, _Match(match.term, (w,)))
                and not _names_the_seller(msg, _Match(match.term, (w,)))
                and not _victim(msg, _Match(match.term, (w,)), match)
                and not _compared(msg, words, w)
            ]
            if repeated:
                continue
            if anaphors is None:
                anaphors = self._anaphors(msg, sentence, words, match, usable)
            if not anaphors:
                return False
        return True

    def _anaphors(
        self,
        msg: AnalysedMessage,
        sentence: Sentence,
        words: list[Word],
        match: _Match,
        usable: Callable[..., bool],
    ) -> list[_Match]:
        # an anaphor may be a demonstrative of an organisation: "ne talot" after
        # "isot ketjut" (but "ne kasvuyritykset" are the customers)
        found = [
            m
            for m in find_matches(self.compiled.anaphors, msg, sentence, words)
            # "sellaisella romulla": "such" on the verdict itself points back at the
            # goods; elsewhere ("sellaisessa kasvuvaiheessa") it is no vendor
            if (
                (usable(m) and m.words[0].lemma not in ANAPHORIC_KINDS)
                or (
                    usable(m, modifier=True)
                    and (
                        self._of_organisation(msg, m)
                        or (
                            m.words[0].lemma in ANAPHORIC_KINDS
                            and any(m.words[0].head == w.i for w in match.words)
                        )
                    )
                )
            )
            and not self._nearer_antecedent(msg, sentence, words, m.words[0])
            and not _counted_among(msg, m.words[0])
        ]
        found += [
            m
            for m in find_matches(self.compiled.tied_anaphors, msg, sentence, words)
            if usable(m)
            # "siksi", "siten" are forms of "se" that Voikko knows, but as adverbs
            # they mean "therefore", "thus", not the vendor
            and m.words[0].pos != "ADV"
            and is_tied(msg, m.words[0], match.words)
            and not _said_of_an_activity(msg, m.words[0], match)
            and not self._nearer_antecedent(msg, sentence, words, m.words[0])
            and not self._placed_elsewhere(msg, sentence, words, m.words[0])
            # "toimintamme", "autonne": ours or the reader's, not the vendor's
            and (m.words[0].possessive or "")[:1] not in ("1", "2")
            # "kahdessa paikassa": a counted noun is new, it points back at nothing
            and not any(d.head == m.words[0].i and d.dep == "nummod" for d in words)
            # "toimipaikoissa": a compound names a kind of its own, not the one named
            and (m.words[0].pos != "NOUN" or m.words[0].lemma.lower() in self._tied_nouns)
            # "vaan siihen, ettei kukaan soita": "se" points ahead to its clause; "sen
            # jälkeen", "sen vuoksi" point back at an event, not at the vendor
            and not (
                m.words[0].pos == "PRON"
                and any(
                    w.head == m.words[0].i
                    and (
                        w.dep.startswith(("ccomp", "acl"))
                        or (w.dep == "case" and w.lemma in _EVENT_POSTPOSITIONS)
                    )
                    for w in words
                )
            )
        ]
        return found

    def _placed_elsewhere(
        self, msg: AnalysedMessage, sentence: Sentence, words: list[Word], noun: Word
    ) -> bool:
        """ "Uudessa liikkeessä henkilökunta ei vielä tunne asiakkaita": the staff of
        the place the clause names, not of the vendor named before."""
        if noun.pos != "NOUN":
            return False
        head = clause_head(msg, noun)
        targets = self._targets_in(msg, sentence, words)
        return any(
            w.pos == "NOUN"
            and w.case in ("Ine", "Ade")
            and w.dep == "obl"
            and w.head == head.i
            and w.i not in targets
            and not w.possessive
            for w in words
        )

    def _nearer_antecedent(
        self, msg: AnalysedMessage, sentence: Sentence, words: list[Word], pronoun: Word
    ) -> bool:
        """ "Maksuja oli kertynyt, eikä kukaan ollut huomannut niitä": the last plural
        noun before "ne" in the same sentence is what it most likely stands for; it
        stands for a vendor only when that noun is one ("Muut toimistot lupaavat
        kaikenlaista, mutta ne vain laskuttavat")."""
        if pronoun.lemma == "se" and pronoun.pos == "PRON":
            # "sameus nousi…, mutta kukaan ei huomannut sitä": the subject or object
            # named before it in the same sentence, but not in its own clause (a
            # pronoun does not stand for its clause-mate: "Lopputulos on sen mukainen")
            own = _predicate(msg, words, pronoun).i
            singular = [
                w
                for w in words
                if w.i < pronoun.i
                and _predicate(msg, words, w).i != own
                and w.pos == "NOUN"
                and w.dep.startswith(("nsubj", "obj"))
                and w.reading is not None
                and w.reading.number == "sg"
            ]
            return bool(singular) and singular[-1].i not in self._targets_in(msg, sentence, words)
        if pronoun.lower in _THERE_PRONOUNS:
            # "Oven edustan korjaus kannattaa tehdä ensin, koska siellä heikko pinta
            # murenee": "there" is the place the sentence named before it (a noun in a
            # place case, or a spot such as "edusta"), when the sentence names no vendor
            # before it ("Kilpailijan varastossa … siellä"; "Laskut paisuvat, koska
            # kukaan ei siellä valvo" still points at the yards named before)
            targets = self._targets_in(msg, sentence, words)
            before = [w for w in words if w.i < pronoun.i]
            return not any(w.i in targets for w in before) and any(
                w.pos == "NOUN"
                and not may_be_people(w)
                and (w.case in LOCAL_CASES or bool(word_heads(w) & _SPOTS))
                for w in before
            )
        if pronoun.lemma == "he":
            # "saksalaiset kalastajat katsoivat pitkiä videoita, kun taas lyhyet toimivat
            # heillä huonommin": the people named last before "he" in its sentence, when
            # they are neither a vendor nor a vendor's own ("Kilpailijan asentajat")
            targets = self._targets_in(msg, sentence, words)
            people = [
                w
                for w in words
                if w.i < pronoun.i
                and w.pos == "NOUN"
                and w.dep.startswith(("nsubj", "obj"))
                and is_plural(w)
                and may_be_people(w)
            ]
            return bool(people) and not any(
                w.i in targets and (w.i == people[-1].i or w.head == people[-1].i) for w in words
            )
        if pronoun.lemma not in ("ne", "nämä"):
            return False
        # ("…, ja asiat hoidetaan niissä välinpitämättömästi": not an argument of its
        # own verb)
        plural = [
            w
            for w in _plural_nouns(words, before=pronoun.i)
            # ("Puolet niistä ei edes tiedä": nor the word it hangs on)
            if pronoun.head not in (w.i, w.head, msg.words[w.head].head)
        ]
        if not plural and sentence.index > 0:
            # "… iskut ovat heikkoja. Mittaus ei erota niitä": the sentence before,
            # when it names no vendor itself ("Muut firmat vuokraavat vanhoja
            # laitteita. Ne eivät välitä…" still speaks of the firms)
            previous = msg.sentences[sentence.index - 1]
            before = [w for w in msg.sentence_words(previous) if not w.is_punct]
            # ("Teillä käytetään Hakalan pohjamaaleja. Ne ovat…": the goods of a
            # supplier named there are the vendor's too)
            if (
                previous.block == sentence.block
                and not self._targets_in(msg, previous, before)
                and not (self.spec.context.name_targets and _readers_supplier(msg, previous))
            ):
                plural = _plural_nouns(before, before=pronoun.i)
                return bool(plural)
        if not plural:
            return False
        targets = self._targets_in(msg, sentence, words)
        if (
            pronoun.case == "Gen"
            and agent_noun(msg.words[pronoun.head])
            and any(w.i in targets for w in plural)
        ):
            # "pesufirmat eivät pese näitä paikkoja, koska niiden pesijät…": the ones
            # with washers are the firms, not the places named last
            return False
        return plural[-1].i not in targets

    def _said_of_a_bystander(
        self, msg: AnalysedMessage, sentence: Sentence, words: list[Word], match: _Match
    ) -> bool:
        """The verdict's verb has a subject of its own that is no party: the market's
        people ("Kuluttaja ei jaksa irrottaa ikkunaa") or, in a condition, any plain
        thing ("Jos kone hajoaa, korjaus vie viikkoja")."""
        verb = match.words[0]
        if verb.pos != "VERB":
            return False
        subjects = [w for w in words if w.head == verb.i and w.dep.startswith("nsubj")]
        if len(subjects) != 1 or subjects[0].pos != "NOUN":
            return False
        subject = subjects[0]
        if (
            subject.i in self._targets_in(msg, sentence, words)
            or subject.lemma.lower() in self._tied_nouns
            or (subject.possessive or "")[:1] == "3"  # "heidän asentajansa"
            or any(d.head == subject.i and d.dep.startswith("nmod") for d in words)
        ):
            return False
        conditioned = any(
            d.head == verb.i and d.lemma in ("jos", "mikäli") and d.dep == "mark" for d in words
        )
        return subject.lemma in _BYSTANDERS or conditioned

    def _said_of_a_thing(
        self, msg: AnalysedMessage, sentence: Sentence, words: list[Word], verb: Word
    ) -> bool:
        """The verb's own subject is something other than a party, and no party holds
        it: "puolet vuotovedestä karkaa tonttijohdoista", "vesi katoaa verkostoon"."""
        head = clause_head(msg, verb)
        # (not the term's own pronoun, read as the subject: "sen, mitä ehtivät")
        subjects = [
            w for w in words if w.head == head.i and w.dep.startswith("nsubj") and w.i != verb.i
        ]
        if not subjects and head.finite and head.person in (1, 2):
            return True  # "mitä ehdit tehdä ennen asentajan tuloa": the reader's own doing
        if not verb.finite and (verb.possessive or "").startswith("3") and verb.head != verb.i:
            # "tiivisteet vaihdetaan vasta rikkoutuessaan": the suffix points to the main
            # clause's subject or, in the passive, its object
            governor = msg.words[verb.head]
            subjects = [
                w for w in words if w.head == governor.i and w.dep.startswith(("nsubj", "obj"))
            ]
        noun = msg.words[verb.head]
        if verb.dep == "amod" and verb.head != verb.i and noun.i != head.i:
            # an attribute judges its noun: "isojen ketjujen heikko palvelu" is theirs,
            # "heikon luokan kohteista" a grade of no one's (a predicate noun, "on
            # heikoin osa-alue", is judged through the clause's subject)
            owners = [msg.words[noun.head]] if noun.dep.startswith("nmod") else []
            # ("aliurakoitsijat valittivat puutteellisista kylteistä": what someone
            # complains of or reports is not theirs)
            if head.lemmas & _COMPLAINING and noun.head == head.i:
                subjects = []
            subjects = [*subjects, noun, *owners]
        if not subjects:
            return False  # "katoavat heti kaupan jälkeen": the subject is the one before
        targets = self._targets_in(msg, sentence, words)

        def party(w: Word) -> bool:
            return (
                w.i in targets
                or (w.lemma in _THIRD_PRONOUNS and not _takes_up_a_thing(msg, words, w, targets))
                or (w.is_name and not site_of_a_place(msg, w))
            )

        label = label_end(msg, sentence)
        if not any(party(w) for w in words):
            # the party is the slide's title ("Miksi nykyinen toimittaja ei riitä" over
            # "- Laskutus epäselvää"): the thing is theirs, unless the row is a customer
            # case's state before the change ("- Ennen: laatat kuivuivat hitaasti")
            return label is not None and any(
                w.lemma in _BEFORE_LABELS and w.end <= label for w in words
            )
        if label is not None and any(party(w) and w.end <= label for w in words):
            return False  # "- Frostia: halpaa kalustoa, joka hajoaa": the row is theirs
        # the subject, what it is part of ("puolet vedestä"), its owner
        held = [*subjects, *(w for w in words if w.head in {s.i for s in subjects})]
        if any(party(w) for w in held):
            return False
        # one that has it ("isoilla taloilla aikataulu karkaa"), goes with it ("heidän
        # kanssaan") or owns where it happens ("kilpailijan projekteissa budjetti paisuu")
        return not any(
            w.head == head.i
            and (
                (
                    party(w)
                    and (
                        w.case in ("Ade", "Abl")
                        or any(d.head == w.i and d.lemma == "kanssa" for d in words)
                    )
                )
                or (
                    w.dep == "obl"
                    and any(d.head == w.i and d.dep == "nmod:poss" and party(d) for d in words)
                )
            )
            for w in words
        )

    def _countered(
        self, msg: AnalysedMessage, sentence: Sentence, words: list[Word], match: _Match
    ) -> bool:
        """ "jotta viivästyksiin ehditään puuttua", "estää katkokset": a fault no one owns,
        as what someone other than the party heads off, is a risk, not a vendor's fault
        ("kilpailija ei puutu viivästyksiin" still blames the one who does not)."""
        noun = match.words[-1]
        if noun.pos != "NOUN" or noun.head == noun.i or not noun.dep.startswith(("obj", "obl")):
            return False
        verb = msg.words[noun.head]
        if verb.lemma not in _COUNTERING | _HEADING_OFF:
            return False
        if any(w.head == noun.i and w.dep.startswith("nmod") for w in words):
            return False  # "heidän viivästyksiinsä": theirs
        targets = self._targets_in(msg, sentence, words)
        return not any(
            w.head == verb.i
            and w.dep.startswith("nsubj")
            and (w.i in targets or w.lemma in _THIRD_PRONOUNS or w.is_name)
            for w in words
        )

    def _of_the_partys_clause(
        self, msg: AnalysedMessage, sentence: Sentence, words: list[Word], word: Word
    ) -> bool:
        """The clause of ``word`` has a party as its subject or object: "toimittajanne
        tunnetaan hätäisesti tehdyistä ohjelmista" speaks of the vendor's things."""
        verb = msg.words[word.head]
        # (up past the participle and its noun: "hätäisesti tehdyistä ohjelmista")
        while verb.head != verb.i and (
            verb.pos not in ("VERB", "AUX") or (not verb.finite and verb.dep in ("acl", "amod"))
        ):
            verb = msg.words[verb.head]
        if verb.pos not in ("VERB", "AUX"):
            return False
        party = self._targets_in(msg, sentence, words) | {
            w.i for w in _third_parties(msg, sentence, own_names(msg))
        }
        return any(
            w.head == verb.i
            and w.dep.split(":")[0] in ("nsubj", "obj")
            and (w.i in party or w.lemma == "he")
            for w in words
        )

    def _targets_in(self, msg: AnalysedMessage, sentence: Sentence, words: list[Word]) -> set[int]:
        """The indices of the words in ``sentence`` that a `requires` phrase matches."""
        return {
            w.i
            for group in self.compiled.requires
            for m in find_matches(group, msg, sentence, words)
            for w in m.words
        }

    @staticmethod
    def _names_here(
        msg: AnalysedMessage,
        names: tuple[Word, ...],
        match: _Match,
        usable: Callable[[_Match], bool],
    ) -> bool:
        """A third party's name the term is said of, in this sentence."""
        return any(
            usable(_Match(match.term, (w,)))
            and is_tied(msg, w, match.words)
            and not _victim(msg, _Match(match.term, (w,)), match)
            for w in names
        )

    def _is_target(self, msg: AnalysedMessage, match: _Match, own: frozenset[str]) -> bool:
        """A `requires` phrase that names someone else: not the seller's name, nor
        the seller's or the reader's own organisation ("yhtiömme", "taloyhtiönne"),
        nor the reader's peers ("muut rakennusliikkeet" to one: "Olette … rakennusliike")."""
        if any(is_own_name(w, own) for w in match.words):
            return False
        last = match.words[-1]
        after = msg.words[last.i + 1] if last.i + 1 < len(msg.words) else None
        # (the kind itself, not its head: to a "taloyhtiö", "huoltoyhtiö" is no peer)
        if last.lemma.lower() in reader_kinds(msg) or (
            last.lemma == "muu" and after is not None and after.lemma.lower() in reader_kinds(msg)
        ):
            return False
        # (a compound's tail too: "nykyinen metsäsuunnitelmanne" is the reader's plan)
        if any(
            ({w.lemma.lower()} | word_heads(w)) & self.compiled.not_targets for w in match.words
        ):
            return False  # "toisin kuin huonetoimistossa": a kind of office, not a vendor
        around = msg.sentence_words(msg.sentences[last.sentence])
        if any(
            w.head == last.i and w.lemma == "asiakas" and (w.possessive or "").startswith("1")
            for w in around
        ):
            return False  # "asiakkaidemme tilitoimistoissa": the seller's clients
        if len(match.words) == 1 and last.pos == "VERB" and last.finite:
            return False  # "kukaan ei muista": the verb "muistaa", not "muista" (others)
        if any(ours_by_apposition(msg, w) for w in match.words):
            return False  # "kumppanimme Valo & Ääni Oy": the seller's own partner
        if in_housing_company_name(msg, last):
            return False  # "As Oy Rekolan Sorsapuisto": a housing company, a customer
        if last.case == "Gen" and any(w.head == last.i and w.lemma == "mukaan" for w in around):
            return False  # "Valmistajan mukaan: hidas löytää": a way to sort, or a source
        verb = msg.words[last.head]
        if (
            last.case == "Gen"
            and last.dep.startswith("nsubj")
            # (the parser may hang the subject on the infinitive: "kannattaa miettiä")
            and (verb.lemma in _ADVISING or msg.words[verb.head].lemma in _ADVISING)
        ):
            return False  # "Miksi tilitoimiston kannattaa miettiä…": the reader's kind advised
        if (
            last.dep.startswith(("nsubj", "obj"))
            # staff joining or working there ("Kirkas Siivous hoitaa teillä…" is a vendor)
            and msg.words[last.head].lemma in _WORKING_AT
            and any(
                w.addresses_reader and w.case == "Ade" and w.head == last.head and w is not last
                for w in around
            )
        ):
            return False  # "teillä aloittaa kahdeksan uutta myyjää": the reader's own staff
        if any(
            w.head == last.i and w.lower.startswith(("kukaan", "kenenkään", "mikään", "minkään"))
            for w in around
        ):
            return False  # "ei kukaan alan toimija", "ei kenenkään kumppanin moka": no one
        if len(match.words) > 1:
            # "nykyinen toimistonne": the reader's vendor; "edellinen palvelumme": ours
            return not any((w.possessive or "").startswith("1") for w in match.words)
        word = match.words[0]
        organisations = self.compiled.own_organisations
        if word.case in ("Ill", "All") and _cached_match_keys(word) & self.compiled.in_house:
            return False  # "nollauspyynnöt tietohallintoon": where requests go, not who errs
        if _readers_trade_as_setting(msg, word):
            return False  # "Tilitoimistoissa käsitellään…" to an office: the reader's trade
        if word.refers_to_seller:  # "perheyhtiömme", but "kilpailijamme" are others
            keys = _cached_match_keys(word)
            # ("tekniikkakumppanimme": a partner of the seller's works on its side)
            return not (
                keys & organisations or keys & self.compiled.in_house or keys & OUR_RELATIONS
            )
        # "taloyhtiönne" is the reader; "huoltoyhtiönne" its vendor
        return not (word.addresses_reader and word.lemmas & organisations)

    def _said_of_others(self, msg: AnalysedMessage, sentence: Sentence, word: Word) -> bool:
        """The clause of ``word`` speaks of another party: its subject (or, in a
        clause without one, the subject it inherits or a noun the verb governs) is
        a vendor noun, and no 1st or 2nd person is in it. Names are left out: a
        capitalised subject is as often a product of the seller's ("Churn")."""
        words = msg.sentence_words(sentence)
        head = clause_head(msg, word)
        clause = clause_words(msg, word)
        others = self.compiled.others
        # "Meiltä saa aina kaiken heti", "säästätte": the seller's or the reader's own
        # ("kilpailijamme", "toimittajanne" are others, whatever their possessive)
        # ("edellinen tutkijanne": the reader's former or current provider is another)
        provider = {w.i for w in clause if _readers_provider(words, w)}
        if _anothers_thing_as_subject(msg, words, head) and not any(
            w.refers_to_seller or (w.addresses_reader and w.finite) for w in clause
        ):
            # "Ampeeritalon laitteet toimivat teillä moitteetta": another firm's goods
            # at the reader's place, observed; "teillä" says where, nobody vouches
            return True
        if head.lemma in _CLAIMING and _named_party_as_subject(msg, words, head):
            return True  # "Veroväylä lupaa kaiken ja hoitaa puolet": a rival's claim told
        if _anothers_way(msg, words, word):
            return True  # "Raution tapa ratkaista kaikki ongelmat on myydä uusi kone"
        if any(
            (w.refers_to_seller or w.addresses_reader)
            and not _cached_match_keys(w) & others
            and w.i not in provider
            for w in clause
        ):
            return False
        if self._under_anothers_title(msg, sentence):
            return True  # "## Nykyisen toimittajanne vahvuudet" over "- Laskutus toimii moitteetta"
        if any(w.i in provider and w.dep.startswith("nsubj") for w in clause):
            return True
        if (correlative := _correlative(msg, head)) is not None and _reputation_of_another(
            msg, words, msg.words[correlative.head]
        ):
            return True
        subjects = [w for w in words if w.head == head.i and w.dep.startswith("nsubj")]
        subjects = subjects or inherited_subjects(msg, word)
        if subjects and all(s.lemma in _THIRD_PRONOUNS for s in subjects):
            # "Kyseinen firma on tunnettu siitä, että se lupaa kaiken": the pronoun
            # stands for a subject before it in the sentence
            subjects += [w for w in words if w.i < subjects[0].i and w.dep.startswith("nsubj")]
            if len(subjects) == 1 and sentence.index:
                # "Jotkut toimistot elävät … Juuri ne vakuuttavat aina, että …": or
                # for the subject of the sentence before, in the same block
                # ("Monet taloyhtiöt ovat siirtyneet meille. Ne saavat …" are customers)
                previous = msg.sentences[sentence.index - 1]
                if previous.block == sentence.block:
                    subjects += [
                        w
                        for w in msg.sentence_words(previous)
                        if w.dep.startswith("nsubj")
                        and w.pos in ("NOUN", "PROPN")
                        and not any(
                            v.refers_to_seller or v.addresses_reader for v in clause_words(msg, w)
                        )
                    ]
        if not subjects:  # "Myyjää ei näe enää koskaan": the generic zero person
            # (not the receiver: "Säästö taataan jokaiselle taloyhtiölle")
            subjects = [
                w
                for w in clause
                if w.head == head.i and w.pos in ("NOUN", "PROPN") and w.case != "All"
            ]
        if any(_cached_match_keys(s) & others and not self._own_organisation(s) for s in subjects):
            return True
        # "Isot ketjut … Laskutus toimii niillä moitteetta", "…siirtynyt isoille ketjuille.
        # Ne lupaavat…": a 3rd-person pronoun of the clause, as its subject or whose the
        # thing is, stands for another party named in the sentence before (same block)
        pointing = any(
            w.lemma in _THIRD_PRONOUNS
            and (w.dep.startswith("nsubj") or w.case in ("Ade", "Gen", "Abl"))
            for w in clause
        )
        if not pointing or not sentence.index:
            return False
        previous = msg.sentences[sentence.index - 1]
        if previous.block == sentence.block and any(
            w.lemma in _PEOPLE_PRONOUNS and (w.dep.startswith("nsubj") or w.case in ("Gen", "Abl"))
            for w in clause
        ):
            # ("…heidän asiantuntijansa ovat kesäapulaisia. Laskutus sujuu heiltä
            # moitteetta": "he" are people, not the seller's "me", unless the sentence
            # before named the seller's own: "Asentajamme… He hoitavat aina…")
            return not any(w.refers_to_seller for w in msg.sentence_words(previous))
        return previous.block == sentence.block and any(
            w.pos == "NOUN"
            and _cached_match_keys(w) & others
            and not self._own_organisation(w)
            and not any(v.refers_to_seller or v.addresses_reader for v in clause_words(msg, w))
            for w in msg.sentence_words(previous)
        )

    def _under_anothers_title(self, msg: AnalysedMessage, sentence: Sentence) -> bool:
        """A bullet under a slide title that names another party ("## Nykyisen
        toimittajanne vahvuudet", "## Mitä kilpailijat lupaavat") speaks of that party."""
        if msg.blocks[sentence.block].block.kind != "bullet":
            return False
        # (a vendor's noun, not any organisation's: "## Mitä taloyhtiö saa" is the reader)
        return any(
            word_heads(w) & _VENDORS and w.pos == "NOUN" and not w.refers_to_seller
            for title in slide_titles(msg, sentence)
            for w in msg.sentence_words(title)
        )

    def _own_organisation(self, word: Word) -> bool:
        """ "Yhtiömme", "yrityksenne": the seller or the reader, not another party."""
        return (word.possessive or "")[:1] in ("1", "2") and bool(
            _cached_match_keys(word) & self.compiled.own_organisations
        )

    def _of_organisation(self, msg: AnalysedMessage, match: _Match) -> bool:
        head = msg.words[match.words[0].head]
        return bool(head.lemmas & self.compiled.own_organisations)

    def _named_before(
        self,
        msg: AnalysedMessage,
        sentence: Sentence,
        group: TermSet,
        before: int,
        own: frozenset[str] = frozenset(),
    ) -> frozenset[str]:
        """The nouns of ``group`` phrases named shortly before ``before``: in this
        sentence or the few before it (same slide), as their lexeme keys; with
        ``name_targets``, third parties' names too ("Käytätte Tikettitaloa. Se…")."""
        keys: set[str] = set()
        slide = msg.blocks[sentence.block].block.slide
        first = max(0, sentence.index - _LOOKBACK)
        # "Luin Aholan huoltoliikkeen raportin. He suosittelevat… Ei ole yllättävää, että
        # he päätyivät… Heillähän ei ole ketään…": a "he" in between carries the business
        # on, so the look back goes on from it (a chain of at most two links)
        links = 0
        index = sentence.index - 1
        while index >= first and links < _CHAIN_LINKS:
            if _they_carry_on(msg.sentence_words(msg.sentences[index])):
                first = max(0, min(first, index - _LOOKBACK))
                links += 1
            index -= 1
        they = any(w.lemma == "he" for w in msg.sentence_words(sentence))
        for earlier in msg.sentences[first : sentence.index + 1]:
            if msg.blocks[earlier.block].block.slide != slide:
                continue
            if they and self.spec.context.name_targets:
                keys.update(
                    k
                    for w in _taken_up_by_they(msg, earlier, own)
                    if w.start < before and _a_vendor(msg, w, sentence)
                    for k in _content_keys(w)
                )
            for start, named in self._named_in(msg, earlier, group, own):
                if start < before:
                    keys.update(named)
            if earlier.index < sentence.index:
                # (a business named by its work is a target for the sentences after it;
                # in its own sentence the verdict may be of something else: "Kilpinen on
                # huoltanut keskuksia hyvin, mutta laitteet ovat vanhentuneita")
                # ("Työterveys Holmströmin kanssa. Holmström on…": a surname in a
                # business's name stands for the business when repeated alone)
                earlier_words = [w for w in msg.sentence_words(earlier) if not w.is_punct]
                keys.update(
                    k
                    for w in (
                        *_business_at_work(msg, earlier, own),
                        *_name_partners(msg, earlier, earlier_words, own),
                    )
                    for k in _content_keys(w)
                )
        return frozenset(keys)

    def _named_just_before(
        self, msg: AnalysedMessage, sentence: Sentence, group: TermSet, own: frozenset[str]
    ) -> bool:
        """Does the sentence just before, in the same paragraph or on the same slide,
        name a ``group`` party? Or one a little before, when the sentences between
        tell its story without turning to the reader ("Eräs kilpailijamme ratkaisi
        saman ongelman… Kaapeli jätettiin… kävijät kompastuivat. Sekin on tietysti
        yksi tapa saada huomiota.")?"""
        slide = msg.blocks[sentence.block].block.slide
        for k in range(sentence.index - 1, max(-1, sentence.index - 1 - _STORY_LOOKBACK), -1):
            before = msg.sentences[k]
            together = before.block == sentence.block or (
                slide is not None and msg.blocks[before.block].block.slide == slide
            )
            if not together:
                return False
            if self._named_in(msg, before, group, own):
                return True
            words = msg.sentence_words(before)
            # ("Nykyinen toimittajanne … Heidän laskuissaan on kolme lisämaksua. Onhan
            # sekin eräänlaista palvelua."): the sentence before carries the party on
            # with "he"
            if _they_carry_on(words):
                return bool(self._named_before(msg, before, group, before.start, own))
            if any(w.addresses_reader for w in words):
                return False
        return False

    def _named_in(
        self, msg: AnalysedMessage, sentence: Sentence, group: TermSet, own: frozenset[str]
    ) -> list[tuple[int, frozenset[str]]]:
        """What one sentence names, as (offset, lexeme keys): memoised per message,
        since every later match looks back at the same sentences."""
        cache = msg.memo.setdefault((self._named_in, group), {})
        found: list[tuple[int, frozenset[str]]] | None = cache.get(sentence.index)
        if found is not None:
            return found
        found = []
        words = [w for w in msg.sentence_words(sentence) if not w.is_punct]
        for m in find_matches(group, msg, sentence, words):
            # ("Mitä muut seutukirjastot ovat oppineet": "muut" of a non-vendor names none)
            if (
                self._is_target(msg, m, own)
                and not _whole_field(msg, m)
                and not _only_modifies(msg, m)
            ):
                nouns = [w for w in m.words if w.pos in ("NOUN", "PROPN")] or list(m.words)
                # "urakoitsija Rämö", "tietoturvayhtiö Haloselta": the name beside the
                # kind ("Rämöllä on tapana…" refers back), whichever the parser heads
                nouns += [
                    w
                    for n in nouns
                    for w in words
                    if w.text[:1].isupper()
                    and w.pos in ("NOUN", "PROPN")
                    and (
                        (w.i == n.head and n.dep in _APPOSED)
                        or (w.head == n.i and w.dep in _APPOSED)
                    )
                    and not is_own_name(w, own)
                    and not any(r.word_class == "etunimi" for r in w.readings)
                ]
                # "Tikkasen korjaamolla" … "Tikkasen mekaanikot": the owner's name
                # repeated stands for the business too
                nouns += [
                    o
                    for o in words
                    if o.pos == "PROPN"
                    and o.dep == "nmod:poss"
                    and any(o.head == n.i for n in nouns)
                    and not is_own_name(o, own)
                ]
                found.append((m.start, frozenset(k for w in nouns for k in _content_keys(w))))
        if self.spec.context.name_targets:
            found.extend((w.start, _content_keys(w)) for w in _third_parties(msg, sentence, own))
            for w in _readers_supplier(msg, sentence):
                # ("Pekkasen lounasravintola", then "Pekkanen tekee…": the owner's name)
                owners = [
                    o for o in words if o.head == w.i and o.dep == "nmod:poss" and o.pos == "PROPN"
                ]
                found.append(
                    (w.start, frozenset(k for n in (w, *owners) for k in _content_keys(n)))
                )
        cache[sentence.index] = found
        return found


@dataclass(frozen=True, slots=True)
class _Compiled:
    terms: TermSet
    exceptions: TermSet
    requires: list[TermSet]
    anaphors: TermSet
    tied_anaphors: TermSet
    own_organisations: frozenset[str]
    not_targets: frozenset[str]
    in_house: frozenset[str]
    others: frozenset[str]


class TermSet:
    """Compiled terms with an index by what can start a match, so a sentence is
    checked only against the terms one of its words can begin ("words": a key
    of the first slot, "part": the first compound part, "exact": one combined
    pattern that must occur). Order is kept: matches come out in term order."""

    __slots__ = (
        "_by_key",
        "_by_part",
        "_exact",
        "_exact_any",
        "_key_names",
        "_part_names",
        "terms",
    )

    def __init__(self, terms: Sequence[_Term]) -> None:
        self.terms = tuple(terms)
        by_key: dict[str, list[int]] = {}
        by_part: dict[str, list[int]] = {}
        exact: list[int] = []
        for index, term in enumerate(self.terms):
            if term.kind == "words":
                for key in term.slots[0]:
                    by_key.setdefault(key, []).append(index)
            elif term.kind == "part":
                by_part.setdefault(term.parts[0], []).append(index)
            else:
                exact.append(index)
        self._by_key = {k: tuple(v) for k, v in by_key.items()}
        self._by_part = {k: tuple(v) for k, v in by_part.items()}
        self._key_names = frozenset(self._by_key)
        self._part_names = frozenset(self._by_part)
        self._exact = tuple(exact)
        patterns = [t.pattern.pattern for t in self.terms if t.pattern is not None]
        self._exact_any = (
            re.compile(
                _starts_with(self.terms) + "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")",
                re.IGNORECASE,
            )
            if patterns
            else None
        )

    def __len__(self) -> int:
        return len(self.terms)

    def __iter__(self) -> Iterator[_Term]:
        return iter(self.terms)

    def candidates(self, found_in: _SentenceIndex) -> list[int]:
        """Indices (in term order) of the terms that may match in one sentence."""
        found: set[int] = set()
        by_key, by_part = self._by_key, self._by_part
        for key in found_in.keys & self._key_names:
            found.update(by_key[key])
        for part in found_in.parts & self._part_names:
            found.update(by_part[part])
        if self._exact_any is not None and self._exact_any.search(found_in.text):
            found.update(self._exact)
        return sorted(found)


class _SentenceIndex(NamedTuple):
    """One sentence's match keys, computed once and shared by every term set."""

    word_keys: list[frozenset[str]]  # per word
    keys: frozenset[str]  # every word's keys
    parts: frozenset[str]  # every word's compound parts
    text: str


def _sentence_index(msg: AnalysedMessage, sentence: Sentence, words: list[Word]) -> _SentenceIndex:
    # ``words`` is the sentence's non-punctuation words for every caller; the
    # length check keeps a different selection from reading a stale index.
    cache = msg.memo.setdefault(_sentence_index, {})
    index: _SentenceIndex | None = cache.get(sentence.index)
    if index is None or len(index.word_keys) != len(words):
        # an adposition governs a nominal: "lähellä nollaa" is "nolla", not "nollata"
        governed = {w.head for w in words if w.dep == "case" and w.pos == "ADP"}
        keys = [
            _hyphen_tail_keys(
                msg.source,
                w,
                _match_keys(w, nominal=True) if w.i in governed else _cached_match_keys(w),
            )
            for w in words
        ]
        index = _SentenceIndex(
            keys,
            frozenset().union(*keys),
            frozenset(p for w in words for p in w.parts),
            msg.text(sentence.start, sentence.end),
        )
        cache[sentence.index] = index
    return index


def _hyphen_tail_keys(source: str, word: Word, keys: frozenset[str]) -> frozenset[str]:
    """A word written after a spaced hyphen is a compound's tail: "pakettihintaan
    -toimisto" is one compound, though the tokenizer splits off the hyphen."""
    if (
        source[word.start - 1 : word.start] != "-"
        or not source[word.start - 2 : word.start - 1].isspace()
    ):
        return keys
    return keys | {"-" + k for k in keys if k[:1].isalpha()}


def _starts_with(terms: Sequence[_Term]) -> str:
    """A lookahead for the letters exact terms begin with, so a search skips every
    other position at once; none when a term may begin with a dash or a space."""
    firsts = {t.spec.exact.strip()[:1].lower() for t in terms if t.kind == "exact" and t.spec.exact}
    if not firsts or any(not c.isalnum() for c in firsts):
        return ""
    return "(?=[" + "".join(sorted(re.escape(c) for c in firsts)) + "])"


def compile_terms(specs: Sequence[TermSpec], voikko: VoikkoAnalyser) -> TermSet:
    """Analyse each term's words once: the keys its inflected forms will have."""
    terms: list[_Term] = []
    for spec in specs:
        if spec.part:
            parts = _part_sequence(spec.part, voikko)
            terms.append(_Term((), "part", spec.label, spec, parts=parts))
        elif spec.exact:
            pattern = re.compile(
                r"(?<![\w-])" + _surface_pattern(spec.exact) + r"(?:[:-]?\w+)*", re.IGNORECASE
            )
            terms.append(_Term((), "exact", spec.label, spec, pattern=pattern))
        elif spec.words:
            slots = tuple(
                frozenset(k for alt in slot.split("|") if alt for k in _term_keys(alt, voikko))
                for slot in spec.words.split()
                if slot.strip("|")
            )
            if not slots:
                raise RuleError(f"term {spec.words!r} has no words")
            orders = itertools.permutations(slots) if not spec.ordered else [slots]
            terms.extend(
                _Term(tuple(order), "words", spec.label, spec) for order in dict.fromkeys(orders)
            )
    return TermSet(terms)


def _cached_match_keys(word: Word) -> frozenset[str]:
    """``_match_keys`` once per word: every lexicon rule asks for every word's keys."""
    memo = word.memo
    if memo.match_keys is None:
        memo.match_keys = _match_keys(word)
    return memo.match_keys


_DASHES = "-‐‑–—"


def _surface_pattern(text: str) -> str:
    """An exact term as a pattern: any space run for a space, and a hyphen may be
    any dash, a space or nothing ("win-win", "win–win", "win win")."""
    out: list[str] = []
    for ch in text.lower().strip():
        if ch.isspace():
            if not out or out[-1] != r"\s+":
                out.append(r"\s+")
        elif ch in _DASHES:
            out.append(f"[{_DASHES}\\s]?")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def find_matches(
    terms: TermSet, msg: AnalysedMessage, sentence: Sentence, words: list[Word]
) -> tuple[_Match, ...]:
    """Every match of ``terms`` in one sentence's (non-punctuation) words."""
    # Memoised per message: the requirement checks look again at earlier
    # sentences for every match, and rules share term sets.
    cache = msg.memo.setdefault(find_matches, {})
    key = (terms, sentence.index, len(words))
    cached: tuple[_Match, ...] | None = cache.get(key)
    if cached is None:
        cached = cache[key] = tuple(_find_matches(terms, msg, sentence, words))
    return cached


def _find_matches(
    terms: TermSet, msg: AnalysedMessage, sentence: Sentence, words: list[Word]
) -> list[_Match]:
    index_ = _sentence_index(msg, sentence, words)
    keys = index_.word_keys
    found: list[_Match] = []
    quotes: bool | None = None  # looked up only when a quoted term is a candidate
    for index in terms.candidates(index_):
        term = terms.terms[index]
        if term.spec.quoted:
            if quotes is None:
                quotes = any(q in index_.text for q in QUOTES)
            if not quotes:
                continue  # irony in scare quotes needs quotation marks
        if term.kind == "exact":
            found.extend(_exact_matches(term, msg, sentence, words))
            continue
        any_word = term.slots[:1] == (_ANY_WORD,)
        for n, word in enumerate(words):
            if any_word and not _after_quote(msg.source, word.start):
                continue  # "@word" counts only where a quotation opens
            if word.is_placeholder:
                continue
            if term.kind == "part":
                if _has_parts(word, term.parts):
                    found.append(_Match(term, (word,)))
                continue
            if not keys[n] & term.slots[0]:
                continue
            indices = _follow(term, keys, words, n, 1, msg.source)
            if indices is None:
                continue
            matched = tuple(words[i] for i in indices)
            if term.spec.degree and not any(_has_degree(w, term.spec.degree) for w in matched):
                continue
            found.append(_Match(term, tuple(sorted(matched, key=lambda w: w.i))))
    return found


def _after_quote(source: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and source[i] == " ":
        i -= 1
    return i >= 0 and source[i] in QUOTES


_CLAUSE_BREAK = re.compile(r"[,;:]")


def _follow(
    term: _Term, keys: list[frozenset[str]], words: list[Word], n: int, slot: int, source: str
) -> list[int] | None:
    """Match slots ``slot..`` after word ``n``, each within ``term.spec.within`` words.
    A comma, semicolon or colon ends the reach unless a subordinate clause, an
    indirect question or a "mutta" opens after it ("anteeksi, että häiritsen", "pahaa, mutta"):
    "seisokkeihin, eikä yhtään" are two clauses, not "ei yhtään seisokkia"."""
    if slot == len(term.slots):
        return [n]
    gap = term.spec.within
    for m in range(n + 1, min(len(keys), n + gap + 2)):
        if (
            not term.spec.across_commas
            and words[m].pos != "SCONJ"
            and words[m].lemma != "mutta"
            and not words[m].interrogative  # "tietävät, millaista…": an indirect question
            and _CLAUSE_BREAK.search(source, words[m - 1].end, words[m].start)
        ):
            return None
        if keys[m] & term.slots[slot]:
            rest = _follow(term, keys, words, m, slot + 1, source)
            if rest is not None:
                return [n, *rest]
    return None


def _exact_matches(
    term: _Term, msg: AnalysedMessage, sentence: Sentence, words: list[Word]
) -> Iterator[_Match]:
    assert term.pattern is not None
    text = msg.text(sentence.start, sentence.end)
    for m in term.pattern.finditer(text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        covered = tuple(w for w in words if w.start < end and start < w.end)
        if covered and not any(w.is_placeholder for w in covered):
            yield _Match(term, covered)


def _part_sequence(part: str, voikko: VoikkoAnalyser) -> tuple[str, ...]:
    """A part's own compound parts: "lisäarvo" -> ("lisä", "arvo")."""
    readings = voikko.analyse(part)
    for r in readings:
        if r.parts and all("=" not in p for p in r.parts):
            return r.parts
    return (part.lower(),)


def _has_parts(word: Word, parts: tuple[str, ...]) -> bool:
    have = word.parts
    size = len(parts)
    return any(have[i : i + size] == parts for i in range(len(have) - size + 1))


def _has_degree(word: Word, degree: str) -> bool:
    if degree == "superlative" and _at_its_most(word):
        return False
    return any(r.comparison == degree for r in word.readings)


def _at_its_most(word: Word) -> bool:
    """ "vahvimmillaan", "parhaimmillaan": a thing at its strongest or best, a state
    or a hedge ("parhaimmillaan säästö on 40 %"), not a ranking against others."""
    return "mmilla" in word.lower or "mmillä" in word.lower


def _match_keys(word: Word, *, nominal: bool = False) -> frozenset[str]:
    """A word's keys for lexicon terms: the lexemes of every reading that fits its tag.

    spaCy's tag sometimes picks the wrong Voikko reading ("huippuosaamista" read
    as a noun), so every reading counts, except that a word tagged as a function
    word (adverb, adposition, conjunction…) has only function-word or nominal
    readings: nouns stand as adverbs in their local cases ("pilalla",
    "jäljessä"), verbs do not ("takaisin" is not "taata"). A past or agent
    participle also matches its verb ("rahastaneet", "kyhätty" -> "rahastaa", "kyhätä"), and
    so does a reported -vAn form ("eivät tunnu välittävän" -> "välittää").
    A ``nominal`` word (one an adposition governs) has no finite verb readings.
    """
    allowed = _FUNCTION_POS.get(word.pos)
    if allowed is not None and not any(
        r.word_class in allowed | _NOMINAL_CLASSES for r in word.readings
    ):
        allowed = None  # "sen takaan": Voikko knows only "taata", whatever the tagger says
    keys = {word.lower, "=" + word.lower, *(t for t, test in _SPECIAL.items() if test(word))}
    # "ainakin" is not "aina": its readings name another word
    readings = () if word.lower in _LEXICALISED_CLITICS else word.readings
    kept: set[str] = set()  # the lexemes of the readings that fit the tag
    for r in readings:
        if allowed is not None and r.word_class not in allowed | _NOMINAL_CLASSES:
            continue
        kept.update(r.lexemes)
        if nominal and r.mood in FINITE_MOODS:
            continue
        keys.update(r.lexemes)
        keys.update("-" + h for h in r.heads[1:])  # "-liike": a compound's tail only
        if r.parts and (
            r.participle in _VERBAL_PARTICIPLES
            # "eivät tunnu välittävän": the -vAn form after "tuntua", "näyttää",
            # "väittää" is the verb reported, not an adjective
            or (
                r.participle == "present_active"
                and r.case == "Gen"
                and word.pos == "VERB"
                and word.dep.startswith(("xcomp", "ccomp"))
            )
        ):
            keys.add(r.parts[-1].replace("=", ""))  # "alle=kirjoittaa" -> "allekirjoittaa"
    if (
        allowed is not None
        and word.lower not in kept
        and any(word.lower in r.lexemes for r in readings)
    ):
        # "kuukausien päästä": a postposition spelled as a verb's infinitive is not
        # that verb by its spelling either
        keys.discard(word.lower)
    if not word.readings:
        keys.add(word.lemma.lower())
    return frozenset(keys)


_TOPIC_POS = frozenset({"NOUN", "PROPN", "CCONJ", "ADP", "NUM", "SYM"})
_TOPIC_QUESTIONS = frozenset({"miten", "mikä", "miksi", "kuinka", "milloin", "missä", "mitä"})


# "Moni vaihtaa toimittajaa huonon palvelun takia": people in general are the subject,
# the vendor only what they leave; a market fact, not a verdict on anyone.
_SWITCHING = frozenset({"vaihtaa", "kilpailuttaa"})
_VENDOR_ROLES = frozenset(
    {"toimittaja", "kumppani", "palveluntarjoaja", "urakoitsija", "kilpailija"}
)
_GENERIC_SUBJECTS = frozenset({"moni", "monet", "useampi", "harva", "osa", "enemmistö"})


# nouns that measure a quantity of something: "puutteellisten kirjausten osuus"
_QUANTITIES = frozenset({"osuus", "määrä", "lukumäärä", "prosentti", "osa", "taso", "luku"})


def _counted_with_a_figure(msg: AnalysedMessage, match: _Match) -> bool:
    """ "X:llä puutteellisten kirjausten osuus laski 2 prosenttiin": the faulty things
    are counted, with a figure, a measurement (a peer's progress, a fair comparison),
    not a verdict on whoever is named."""
    word = match.words[-1]
    noun = word if word.pos == "NOUN" else msg.words[word.head]
    if noun.case != "Gen" or noun.head == noun.i or msg.words[noun.head].lemma not in _QUANTITIES:
        return False
    return any(w.pos == "NUM" for w in msg.sentence_words(msg.sentences[word.sentence]))


def _said_of_a_counted_share(msg: AnalysedMessage, match: _Match) -> bool:
    """ "Kyselyissämme kaksi myyjää kolmesta ei tiennyt, mistä kanava löytyy": the
    subject is a share counted out of a whole ("N of M", or a percentage of it), so the
    clause reports a measurement of a group, not a verdict on a vendor."""
    head = clause_head(msg, match.words[0])
    words = msg.sentence_words(msg.sentences[head.sentence])
    for subject in (w for w in words if w.head == head.i and w.dep.startswith("nsubj")):
        counted = [d for d in words if d.head == subject.i]
        if any(d.dep == "nummod" for d in counted) and any(
            d.case == "Ela" and d.pos == "NUM" for d in counted
        ):
            return True
        # "myyntikylteistä 27 % oli vinossa", "kolmasosa asentajista ei ymmärtänyt":
        # a percentage or a fraction of a whole, measured ("osa" alone is no measure)
        if (
            subject.text == "%"
            or subject.lemma == "prosentti"
            # (an ordinal's part, "kolmasosa"; "valtaosa" is no measure either)
            or subject.lemma.endswith("sosa")
        ) and any(d.case == "Ela" and d.pos == "NOUN" for d in counted):
            return True
    return False


def _describes_the_served(msg: AnalysedMessage, words: list[Word], word: Word) -> bool:
    """ "Myöhästelevät asiakkaat tunnistettiin": an attribute judges the noun it
    describes, and customers, patients or residents nobody owns here are the people a
    business serves, not a vendor ("kilpailijan tyytymättömät asiakkaat" are its own)."""
    if word.dep not in ("amod", "acl") or word.head == word.i:
        return False
    # (an adjective or a participle: "huijaa asiakkaita" misparsed is still a verb)
    if word.pos != "ADJ" and not any(r.participle for r in word.readings):
        return False
    noun = msg.words[word.head]
    if noun.lemma not in _SERVED or (noun.possessive or "").startswith("3"):
        return False
    # (not a predicate noun: "asentajat ovat mukavia ihmisiä" describes the fitters)
    return not any(
        d.head == noun.i and (d.case == "Gen" or d.dep.startswith(("nmod:poss", "cop")))
        for d in words
    )


def _takes_up_a_thing(
    msg: AnalysedMessage, words: list[Word], pronoun: Word, parties: set[int]
) -> bool:
    """ "Heillä kuitteja kertyy satoja, ja juuri ne katoavat": a "se" or "ne" subject
    of a clause joined to one before it takes up that clause's subject, here a thing
    ("he" is always a person, and so a party when one was named)."""
    if pronoun.dep == "det":  # "ne ne katoavat", "se se": the word doubled
        pronoun = msg.words[pronoun.head]
    if pronoun.lemma not in ("se", "ne") or not pronoun.dep.startswith("nsubj"):
        return False
    verb = msg.words[pronoun.head]
    if verb.dep != "conj" or verb.head == verb.i:
        return False
    first = [w for w in words if w.head == verb.head and w.dep.startswith("nsubj")]
    return bool(first) and all(
        w.pos in ("NOUN", "NUM") and not w.is_name and w.i not in parties for w in first
    )


def _market_fact(msg: AnalysedMessage, match: _Match) -> bool:
    """ "Moni vaihtaa toimittajaa…", but not "Osa kilpailijoista myy…" or "Suurin osa
    niistä on puljuja" (a part of the vendors is still the vendors), and not a fault
    owned by a vendor ("Moni on saanut tarpeekseen kilpailijan epäluotettavuudesta")."""
    word = match.words[0]
    head = clause_head(msg, word)
    words = msg.sentence_words(msg.sentences[word.sentence])
    owned = {w.i for w in match.words}
    if any(
        d.case == "Gen"
        and d.pos in ("NOUN", "PROPN", "PRON")
        and (d.head in owned or d.i + 1 == word.i)
        for d in words
    ):
        return False  # (the parser may hang the possessor on the verb)
    # (not "asentajat vaihtavat osia": parts swapped, no vendor left)
    left = [w for w in words if w.head == head.i and w.dep.startswith("obj")]
    if (
        head.lemma in _SWITCHING
        and not any(w.i in owned for w in words if w.head == head.i)
        and not any(not (word_heads(o) & _PROVIDERS or o.lemma in _VENDOR_ROLES) for o in left)
    ):
        # "Isännöitsijät vaihtavat huoltoyhtiötä vasta usean huonon kokemuksen jälkeen":
        # why buyers switch, the vendor only what they leave
        return True
    subjects = [w for w in words if w.head == head.i and w.dep.startswith("nsubj")]
    if subjects and all(
        w.lemma in _VENDOR_ROLES
        and any(d.head == w.i and d.case == "Gen" and d.lemma == "asiakas" for d in words)
        for w in subjects
    ):
        # "asiakkaidenne toimittajat päivittävät rekistereitään hitaasti": the
        # suppliers of the reader's customers, a whole trade's habit, no rival
        return True
    return any(
        w.lemma in _GENERIC_SUBJECTS
        # (a term that names the quantifier itself means it: "harva osaa … yhtä")
        and w.i not in owned
        and not any(d.head == w.i and d.case == "Ela" for d in words)
        # "Moni … -toimisto on pihalla": the quantifier read as a second subject
        # counts the vendors, it is not "many people"
        and not any(v.i > w.i and v.pos in ("NOUN", "PROPN") for v in subjects)
        for w in subjects
    )


_EVERY = frozenset({"kaikki", "jokainen", "kukaan", "mikään"})
# Voikko reads "yksikään" as "yksi": its forms are listed
_NOT_ONE = frozenset({"yksikään", "yhtäkään", "yhdelläkään", "yhdenkään"})


def _whole_field(msg: AnalysedMessage, match: _Match) -> bool:
    """ "kaikkien operaattoreiden verkoissa", "yksikään yhtiö": every vendor, the
    writer's own company included, is no party singled out; nor is "monessa
    yhtiössä", where something was common."""
    last = match.words[-1]
    after = msg.words[last.i + 1] if last.i + 1 < len(msg.words) else None
    if last.lemma == "muu" and after is not None and after.lemma == "kuin":
        return True  # "heikoimmat muut kuin asuinrakennukset": "other than", no party
    before = msg.words[match.words[0].i - 1] if match.words[0].i else None
    sentence = msg.sentence_words(msg.sentences[last.sentence])
    if (
        last.dep.startswith("nsubj")
        and any(w.head == last.i and w.lemma == "kaikki" for w in sentence)
        and any(w.negative and w.head == last.head for w in sentence)
    ):
        return False  # "Kaikki torjuntafirmat eivät jaksa…": not all, so some are meant
    if last.case in LOCAL_CASES:
        before = None  # "eikä kukaan toimistolla tiedä": nobody at the vendor's office
    if before is not None and (before.lemma in _EVERY or before.lower in _NOT_ONE):
        return True
    if any(w.case in LOCAL_CASES and _counted(msg, w, sentence) for w in sentence) and any(
        w.lemma == "joka" and is_ordinal(o) and o.i < match.words[0].i <= o.i + 6
        for w, o in itertools.pairwise(sentence)
    ):
        # "kolmessa talossa joka viides … konsultti": a share of a sample ("joka toinen
        # kilpailija" alone still singles the field's half out)
        return True
    if any(
        w.head == last.i and w.dep == "det" and w.lemma in ("kaikki", "jokainen") for w in sentence
    ):
        return True
    if _one_of_the_field(msg, match, sentence) or _with_the_writer(msg, match, sentence):
        return True
    # "monessa pörssiyhtiössä", "kolmella valmistajalla": where a thing was common or
    # was measured, a sample of the market ("Moni kilpailijoistamme ei edes tiedä":
    # many of them, as the subject, are singled out all the same)
    # ("keskikokoisissa vakuutusyhtiöissä 17 % kuvista pyydetään uudelleen": a kind of
    # firm where a share was measured)
    return (
        last.case in LOCAL_CASES
        and not (last.case == "Ela" and last.dep.startswith(("nsubj", "obj")))
        and (
            _counted(msg, last, sentence)
            or any(w.head == last.i and w.lemma in MANY for w in sentence)
            or (last.case != "Ela" and is_plural(last) and _share_measured(sentence))
        )
    )


def _share_measured(sentence: list[Word]) -> bool:
    """The sentence measures a share of a whole: "17 % vahinkokuvista"."""
    return any(
        (w.text == "%" or w.lemma == "prosentti")
        and any(d.head == w.i and d.case == "Ela" and d.pos == "NOUN" for d in sentence)
        for w in sentence
    )


_SOME = frozenset({"osa", "moni", "harva", "useampi", "usea", "muutama", "pari"})


def _said_of_an_activity(msg: AnalysedMessage, pronoun: Word, match: _Match) -> bool:
    """ "Moni toimisto kerää luvut käsin. Se on hidasta": a predicate adjective in the
    partitive singular says "se" is a doing or a mass, not a firm (a firm would be
    "Se on hidas")."""
    return (
        pronoun.lemma == "se"
        and pronoun.dep == "nsubj:cop"
        and any(
            w.i == pronoun.head
            and w.pos == "ADJ"
            and w.case == "Par"
            and w.reading is not None
            and w.reading.number == "sg"
            for w in match.words
        )
    )


def _counted_among(msg: AnalysedMessage, pronoun: Word) -> bool:
    """ "Kävimme läpi 12 valmistajan ohjeet. Yhdeksässä niistä …": where a thing was
    found in a count of a sample, not a vendor singled out ("Kaksi niistä on surkeita"
    still is: the count is the subject)."""
    if pronoun.case != "Ela":
        return False

    def sample_count(count: Word) -> bool:
        return count.sentence == pronoun.sentence and (
            count.lemma in _SOME or any(r.word_class == "lukusana" for r in count.readings)
        )

    before = msg.words[pronoun.i - 1] if pronoun.i > 0 else None
    if before is not None and before.case in LOCAL_CASES and sample_count(before):
        return True
    # ("Niistä 38:n kuvaus on kopioitu…": the count after it owns what is found, in the
    # genitive or a local case; "Niistä kaksi on surkeita" has the count as the subject)
    after = msg.words[pronoun.i + 1] if pronoun.i + 1 < len(msg.words) else None
    return (
        after is not None
        and (after.case == "Gen" or after.case in LOCAL_CASES)
        and sample_count(after)
    )


def _one_of_the_field(msg: AnalysedMessage, match: _Match, sentence: list[Word]) -> bool:
    """ "kaikkia tukkuja, myös nykyistä toimittajaanne", "koko alalla, myös nykyisellä
    toimittajallasi": one named as part of the whole field, in the same phrase
    ("…, ja myös toimittajanne on surkea" is a clause of its own)."""
    first = match.words[0]
    n = first.i - 1
    while n > 0 and msg.words[n].dep in ("amod", "det") and msg.words[n].head >= first.i:
        n -= 1  # "myös nykyistä toimittajaanne": past the noun's attributes
    if n < 0 or msg.words[n].lower != "myös":
        return False
    return any(
        w.lemma in ("kaikki", "jokainen", "koko")
        and w.i < n
        and not any(x.finite or x.pos == "CCONJ" for x in msg.words[w.i + 1 : n])
        for w in sentence
    )


def _with_the_writer(msg: AnalysedMessage, match: _Match, sentence: list[Word]) -> bool:
    """ "niin meillä kuin Hakkaraisen korjaamollakin", "nykyisellä toimittajallasi vai
    meillä": the writer counts itself in, tied by the parse or, where the parse does
    not tie the pair, by "vai", "ja", "kuin" right beside the vendor."""
    first, last = match.words[0], match.words[-1]
    if (last.dep == "conj" and msg.words[last.head].refers_to_seller) or any(
        w.head == last.i and w.dep == "conj" and w.refers_to_seller for w in sentence
    ):
        return True
    # (a verdict stays one: "Kilpailija on surkea, me hyviä")
    if (
        last.dep.startswith("nsubj")
        and msg.words[last.head].pos == "VERB"
        and any(
            w.pos == "PRON"
            and w.refers_to_seller
            and w.i > last.i
            and _after_comma(msg, w)
            # a gapped clause: no verb of its own after the comma
            and not any(v.finite for v in sentence if v.i > w.i)
            for w in sentence
        )
    ):
        return True  # "toimittajanne veloittaa maksun jokaisesta lipusta, me kuukausimaksun"

    def ours(pairing: Word, pronoun: Word) -> bool:
        return pairing.lemma in _PAIRING and pronoun.refers_to_seller and pronoun.pos == "PRON"

    after = msg.words[last.i + 1 : last.i + 3]
    before = msg.words[max(0, first.i - 2) : first.i]
    return (len(after) == 2 and ours(*after)) or (len(before) == 2 and ours(*before))


_PAIRING = frozenset({"vai", "tai", "ja", "kuin", "sekä"})


def _counted(msg: AnalysedMessage, place: Word, sentence: list[Word]) -> bool:
    """A numeral counts the place: "kolmella valmistajalla", or in the place's own case
    on its genitive, where the parser may hang it ("kolmessa 60–120 hengen talossa")."""
    return any(
        d.pos == "NUM"
        and (
            (d.head == place.i and d.dep.startswith("nummod"))
            or (d.case == place.case and msg.words[d.head].head == place.i)
            # "12 seuratussa tilitoimistossa": hung on the participle before the place
            or (
                d.i < place.i
                and msg.words[d.head].head == place.i
                and msg.words[d.head].dep in ("acl", "amod")
            )
        )
        for d in sentence
    )


def _third_parties(
    msg: AnalysedMessage, sentence: Sentence, own: frozenset[str]
) -> tuple[Word, ...]:
    """The names of third parties in one sentence, memoised per message."""
    cache = msg.memo.setdefault(_third_parties, {})
    found: tuple[Word, ...] | None = cache.get((sentence.index, own))
    if found is None:
        found = cache[sentence.index, own] = tuple(
            w
            for w in msg.sentence_words(sentence)
            if not w.is_punct and is_third_party_name(msg, w, own)
        )
    return found


# what the reader buys or uses from someone: "käytätte nyt keskustan kongressihotellia"
_BUYING = frozenset({"käyttää", "ostaa", "tilata", "vuokrata", "hankkia", "teettää", "tulla"})
# the kinds of business a supplier is, as a compound's head: "pitopalvelu", "kongressihotelli"
_PROVIDERS = frozenset(
    {"hotelli", "palvelu", "toimisto", "liike", "yritys", "firma", "yhtiö", "talo", "ravintola",
     "korjaamo", "huolto", "kauppa", "tukku", "laboratorio", "klinikka", "paino", "pesula",
     "vuokraamo", "kuljetus", "leipomo", "keittiö", "asema", "autokeskus", "huoltokeskus",
     "isännöinti"}
)  # fmt: skip


# where the reader holds its events or stays: "pidätte koulutuksenne nykyään Aurorassa"
_HOLDING = frozenset({"pitää", "järjestää", "majoittua", "kokoontua", "viettää", "asioida"})
# what a supplier does for the reader: "kohteidenne tarkastukset tekee X"
_DOING = frozenset({"tehdä", "hoitaa", "huoltaa", "toimittaa", "siivota", "tarkastaa"})
# what the reader's things are in: "Kivelän hoidossa", "Lindqvistin leasingilla"
_IN_CARE = frozenset({"hoito", "vastuu", "leasing", "huolto", "ylläpito", "sopimus"})


# "sen jälkeen", "sen takia": "se" as the time or the cause of what follows
_EVENT_POSTPOSITIONS = frozenset(
    {"jälkeen", "aikana", "vuoksi", "takia", "johdosta", "seurauksena", "myötä", "ennen"}
)


_APPOSED = frozenset({"compound:nn", "flat", "flat:name", "appos"})


# people a business serves, never the business itself: "kilpailijan asiakkaista moni …
# eli he eivät olisi muuten tulleet" speaks of the customers
_SERVED = frozenset(
    {"asiakas", "potilas", "vieras", "asukas", "jäsen", "oppilas", "opiskelija", "ihminen",
     "henkilö", "lapsi", "käyttäjä", "kuluttaja", "ostaja", "moni"}
)  # fmt: skip


# verbs of going somewhere: the place gone to is no one judged
_GOING = frozenset({"päätyä", "mennä", "tulla", "lähteä", "saapua", "kulkea", "päästä", "siirtyä"})


def _destination(msg: AnalysedMessage, word: Word) -> bool:
    """ "päätyvät korjaamolle asti": a place things go to, in the allative or illative
    under a verb of going, with no owner of its own."""
    return (
        word.case in ("All", "Ill")
        and not word.possessive
        and word.head != word.i
        and bool(msg.words[word.head].lemmas & _GOING)
        and not any(
            w.head == word.i and w.dep == "nmod:poss"
            for w in msg.words[max(0, word.i - 3) : word.i]
        )
    )


def _takes_up_the_party(
    msg: AnalysedMessage,
    sentence: Sentence,
    words: list[Word],
    named: list[bool],
    own: frozenset[str],
) -> bool:
    """A paragraph that opens by taking up the party the one before ended on: with
    "he" ("Teillä on sopimus Akustiikka-Ässien kanssa.¶ Olen nähnyt heidän jälkiään…")
    or by its subject repeating the party's thing ("…kokeiltu Kodinvarman
    vikailmoitussovellusta.¶ Sovellus on kieltämättä kaunis.")."""
    k = sentence.index
    if not (
        k > 0
        and msg.sentences[k - 1].block != sentence.block
        and msg.blocks[sentence.block].block.slide is None
        and named[k - 1]
    ):
        return False
    if any(w.lemma == "he" for w in words):
        return True
    subject = next((w for w in words if w.dep.startswith("nsubj")), None)
    if subject is None or subject.pos != "NOUN" or subject.possessive:
        return False
    before = msg.sentence_words(msg.sentences[k - 1])
    parties = {w.i for w in _third_parties(msg, msg.sentences[k - 1], own)}
    owners = {d.head for d in before if d.i in parties}
    owned = {head for w in before if w.pos == "NOUN" and w.i in owners for head in word_heads(w)}
    return bool(word_heads(subject) & owned)


def _they_are_people_before(
    msg: AnalysedMessage, words: list[Word], they: Word, targets: set[int]
) -> bool:
    """Does "he" more likely stand for people named before it in its sentence than for
    the party? The served ("asiakkaat") always; other people ("asentajat") unless the
    party owns them ("kilpailijan asentajat … he" are the rival's own)."""
    for w in words:
        if w.i >= they.i:
            return False
        if w.i in targets or w.pos not in ("NOUN", "PRON"):
            continue
        if w.lemma in _SERVED:
            return True
        owned = any(d.head == w.i and d.i in targets for d in words)
        if (w.lemma in PEOPLE or agent_noun(w)) and not owned:
            return True
    return False


def _taken_up_by_they(msg: AnalysedMessage, sentence: Sentence, own: frozenset[str]) -> list[Word]:
    """Capitalised singular names a later "he" may stand for: "Kielipaja käänsi
    edellisen version … He eivät ole kuulleetkaan…", "Karttavahdin laitteet ovat
    romua, eikä heidän tukensa…". Finnish takes up a singular noun with "he" only
    when it is an organisation, so such a name is a firm; not when plural people
    are there for "he" to mean, nor in a sentence of the seller's own ("asiakkaamme
    Lemminkäinen säästi… He…" are the seller's customers)."""
    words = [w for w in msg.sentence_words(sentence) if not w.is_punct]
    if any(w.refers_to_seller for w in words):
        return []
    if any(
        w.pos == "NOUN"
        and w.reading is not None
        and w.reading.number == "pl"
        and (agent_noun(w) or w.lemma in PEOPLE)
        for w in words
    ):
        return []
    return [
        w
        for w in words
        if w.text[:1].isupper()
        and w.pos in ("NOUN", "PROPN")
        and w.dep.startswith(("nsubj", "nmod:poss"))
        and not w.possessive
        and not w.is_placeholder
        and (w.reading is None or w.reading.number != "pl")
        and not person_or_place(w)
        and not is_own_name(w, own)
        and not w.addresses_reader
    ]


# what only a business has: "heidän asiakastukensa", "Karttavahdin hinnasto"
_BUSINESS_THINGS = frozenset(
    {"tuki", "asiakaspalvelu", "asiakastuki", "myyjä", "laskutus", "lasku", "hinnasto",
     "tarjous", "tuote", "palvelu", "laite", "asentaja", "huolto", "päivystys", "asiakas",
     "konsultti", "kuljettaja", "teknikko", "materiaali", "kurssi", "sopimusehto"}
)  # fmt: skip
# verbs too common to show that a party does the seller's trade
_ANY_TRADE = frozenset(
    {"olla", "voida", "tehdä", "haluta", "ehdottaa", "soittaa", "kertoa", "tarjota",
     "lähettää", "käydä", "tulla", "nähdä", "tietää", "kysyä", "auttaa", "saada", "pitää",
     "huomata", "kuulla", "toivoa", "sopia", "katsoa", "mitata", "laskea", "käyttää"}
)  # fmt: skip


def _a_vendor(msg: AnalysedMessage, name: Word, here: Sentence) -> bool:
    """A name a "he" stands for is a vendor when it or that "he" owns what only a
    business has ("Karttavahdin laitteet", "heidän asiakastukensa"), or when it does
    the seller's own trade ("Kielipaja käänsi edellisen version" to a seller who
    writes "käännämme")."""
    sentences = (msg.sentences[name.sentence], here)
    owners = [
        w
        for s in sentences
        for w in msg.sentence_words(s)
        if w.dep == "nmod:poss" and (w.i == name.i or w.lemma == "he")
    ]
    if any(word_heads(msg.words[o.head]) & _BUSINESS_THINGS for o in owners):
        return True
    if not name.dep.startswith("nsubj"):
        return False
    verb = msg.words[name.head]
    return bool(verb.lemmas & _seller_trade(msg))


# the reader's own organisation, named with "your": "toimistollanne", "yhtiönne" (not
# context's _READERS_OWN with "ketjunne", "konsernianne": the plural of a chain is rivals as often)
_READERS_OWN_PLACES = frozenset({"toimisto", "yritys", "yhtiö", "firma", "organisaatio"})
# quantifiers that keep a plural generic ("monissa tilitoimistoissa")
_GENERIC_QUANTIFIERS = frozenset({"moni", "monet", "useat", "usea", "kaikki", "useimmat", "lähes"})


def _readers_trade_as_setting(msg: AnalysedMessage, word: Word) -> bool:
    """ "Arkkitehtitoimistoissa iso riski ovat jakolinkit", to an office: a plural
    setting ("in offices like yours") of the kind the reader is, by the tail of its
    name ("pienille toimistoille" served, "toimistollanne" owned), is where the
    reader's peers work, not a vendor. Only the bare or counted plural: "muissa
    toimistoissa", "halvoissa toimistoissa" set others apart."""
    if word.case not in ("Ine", "Ade") or word.reading is None:
        return False
    # (a common noun the tagger calls a name at the head of a sentence counts too)
    if word.pos != "NOUN" and word.reading.word_class != "nimisana":
        return False
    if word.reading.number != "pl":
        return False
    around = msg.sentence_words(msg.sentences[word.sentence])
    if any(
        d.head == word.i
        and d.dep in ("amod", "det", "nmod:poss", "nummod")
        and d.lemma not in _GENERIC_QUANTIFIERS
        for d in around
    ):
        return False
    places, trades = _readers_places_and_trades(msg)
    if word_heads(word) & (reader_kinds(msg) | places):
        return True
    # "Isännöintitoimistoissa …" to one whose "isännöintijärjestelmänne" is named: the
    # reader's own tools are of the trade the setting names
    return _trade_part(word) in trades


def _readers_places_and_trades(msg: AnalysedMessage) -> tuple[frozenset[str], frozenset[str]]:
    """The places the reader calls its own ("toimistollanne") and the trades of the
    things it does ("isännöintijärjestelmänne" -> "isännöidä"). Memoised per message."""
    known: tuple[frozenset[str], frozenset[str]] | None = msg.memo.get(_readers_places_and_trades)
    if known is None:
        owned = [w for w in msg.words if (w.possessive or "").startswith("2")]
        places = frozenset(w.lemma for w in owned if w.lemma in _READERS_OWN_PLACES)
        trades = frozenset(t for w in owned if (t := _trade_part(w)) is not None)
        known = msg.memo[_readers_places_and_trades] = (places, trades)
    return known


def _trade_part(word: Word) -> str | None:
    """The first part of a two-part compound noun: "isännöidä" of "isännöintitoimisto"."""
    parts = word.parts
    return parts[0] if word.pos in ("NOUN", "PROPN") and len(parts) == 2 else None


# verbs whose object or oblique is what is complained of, not what the complainer did
_COMPLAINING = frozenset({"valittaa", "huomauttaa", "kysyä", "reklamoida", "moittia", "kritisoida"})
_KNOWING_OR_SAYING = frozenset(
    {"tuntea", "tietää", "osata", "sanoa", "arvioida", "kommentoida", "ottaa", "väittää"}
)


def _mostly_quoted(msg: AnalysedMessage, words: list[Word]) -> bool:
    """Three fifths of the sentence quoted, or half when a colon introduces the quote
    ("Eräs tuottaja kuvasi studionsa entistä tapaa näin: ”…”"): someone's own words."""
    quoted = [w for w in words if is_quoted(msg, w)]
    if len(quoted) * 5 >= len(words) * 3:
        return True
    if not quoted or len(quoted) * 2 < len(words):
        return False
    start = quoted[0].start
    before = msg.source[max(0, start - 8) : start].rstrip(" " + "".join(QUOTES))
    return before.endswith(":")


def _line_up_to(msg: AnalysedMessage, end: int) -> str:
    """The source line that holds ``end``, from its start up to ``end``."""
    return msg.source[msg.source.rfind("\n", 0, end) + 1 : end]


# a guess that says what the writer claims not to know: "kai", "varmaan", "ilmeisesti"
_GUESSES = frozenset({"kai", "kaiketi", "varmaan", "varmaankin", "ilmeisesti", "luultavasti"})


# what one does to a product one gives up
_REPLACING_VERBS = frozenset(
    {"vaihtaa", "uusia", "korvata", "luopua", "hylätä", "poistaa", "romuttaa", "irtisanoa"}
)
_WORTH = frozenset({"kannattaa", "tarvita", "pitää", "täytyä"})


def _advises_keeping(words: list[Word]) -> bool:
    """ "Ne laitteet ovat kestäviä, eikä niitä kannata vaihtaa": advice not to replace
    the other party's product speaks for it, whatever praise and hedges come with it."""
    by_i = {w.i: w for w in words}
    return any(
        w.lemma in _REPLACING_VERBS
        and (worth := by_i.get(w.head)) is not None
        and worth.lemma in _WORTH
        and any(n.negative and n.head == worth.i for n in words)
        for w in words
    )


def _declines_to_judge(msg: AnalysedMessage, sentence: Sentence, words: list[Word]) -> bool:
    """ "En tunne edellisen toimittajanne sopimusta, joten en osaa sanoa siitä mitään":
    the writer's own negated knowing or saying, and nothing else asserted, is a
    refusal to judge the other party, not a put-down."""
    negations = [w for w in words if w.negative]
    if not negations or any(w.person != 1 for w in negations):
        return False
    if any(w.lower in _GUESSES for w in words):
        return False  # "En osaa sanoa, miksi – kai siihen on jokin hyvä syy": a hint after all
    negated = {w.head for w in negations}
    if not all(msg.words[i].lemmas & _KNOWING_OR_SAYING for i in negated):
        return False
    # no other clause of its own: every finite verb is a negation or one negated
    return all(
        w.negative or w.i in negated or w.dep.startswith(("aux", "cop"))
        for w in words
        if w.finite and w.pos in ("VERB", "AUX")
    )


def _seller_trade(msg: AnalysedMessage) -> frozenset[str]:
    """The verbs the seller uses of itself in the 1st person ("käännämme"), less the
    common ones, memoised per message."""
    found: frozenset[str] | None = msg.memo.get(_seller_trade)
    if found is None:
        found = msg.memo[_seller_trade] = (
            frozenset(
                lemma
                for w in msg.words
                if w.pos == "VERB" and w.person == 1 and w.reading is not None
                for lemma in w.lemmas
            )
            - _ANY_TRADE
        )
    return found


def _they_carry_on(words: list[Word]) -> bool:
    """A "he" that carries on the topic of the sentences before: the subject or
    possessor, with no people of its own sentence before it to stand for ("teillä
    aloittaa kahdeksan uutta myyjää ja hankitte heille autot": "heille" are the hires)."""
    counted = {d.head for d in words if d.dep == "nummod"}
    # ("Heillä on nyt kovin paljon asiakkaita": the holder of "on" is its subject too)
    holders = {d.head for d in words if d.dep == "cop:own"}
    for w in words:
        if w.lemma != "he" or not (w.dep.startswith(("nsubj", "nmod:poss")) or w.i in holders):
            continue
        if not any(
            v.i < w.i
            and v.pos == "NOUN"
            and ((v.reading is not None and v.reading.number == "pl") or v.i in counted)
            for v in words
        ):
            return True
    return False


def _name_partners(
    msg: AnalysedMessage, sentence: Sentence, words: list[Word], own: frozenset[str]
) -> list[Word]:
    """The capitalised neighbours of a third party's name, part of the same name:
    "Holmström" in "Työterveys Holmström", "Vainio" in "Palkkatoimisto Vainio". A
    surname after a capitalised trade word inside a sentence is such a name too, even
    when the trade word is also in the seller's own name ("Työterveys Kaarna")."""
    names = {w.i for w in _third_parties(msg, sentence, own)}
    first = words[0].i if words else -1
    # a name or a capitalised trade word may stand before a surname
    before = names | {
        w.i
        for w in words
        if w.i != first
        and w.text[:1].isupper()
        and any(r.word_class == "nimisana" for r in w.readings)
    }
    return [
        w
        for n, w in enumerate(words)
        if w.i not in names
        and w.pos == "PROPN"
        and w.text[:1].isupper()
        and (
            (n > 0 and words[n - 1].i in before) or (n + 1 < len(words) and words[n + 1].i in names)
        )
        and not any(r.word_class == "etunimi" for r in w.readings)
        and not is_own_name(w, own)
        and not ours_by_apposition(msg, w)  # "kumppanimme Valo & Ääni Oy"
    ]


def _business_at_work(msg: AnalysedMessage, sentence: Sentence, own: frozenset[str]) -> list[Word]:
    """A name doing a trade's work is a business, though Voikko reads it as a place or a
    surname: "Salmela hoiti monen toimiston pikkujoulut", "Kalliola on tehnyt
    auditoinnit", "Aholan huoltoliikkeen tekemä raportti" (a business kind owned by a
    name). A person is named in full ("Mikko Salmela hoiti asian") or by a first name.
    "He" after it stands for that business."""
    words = [w for w in msg.sentence_words(sentence) if not w.is_punct]
    by_index = {w.i: w for w in words}
    found = []
    for w in words:
        if w.possessive or w.head == w.i:
            continue
        # (the parser may take the name after the verb for its object: "auditoinnit on
        # tehnyt Kalliola", where the work done is the other object)
        swapped = (
            w.dep == "obj"
            and w.pos == "PROPN"
            and any(o.head == w.head and o.dep == "obj" and o.i < w.i for o in words)
        )
        if not (w.dep.startswith("nsubj") or swapped):
            continue
        owner = next(
            (o for o in words if o.head == w.i and o.dep == "nmod:poss" and o.pos == "PROPN"),
            None,
        )
        if not (w.pos == "PROPN" or (owner is not None and word_heads(w) & _PROVIDERS)):
            continue
        name = w if w.pos == "PROPN" else owner
        assert name is not None
        before = by_index.get(name.i - 1)
        if any(r.word_class == "etunimi" for r in name.readings) or (
            before is not None and any(r.word_class == "etunimi" for r in before.readings)
        ):
            continue  # a person
        if is_own_name(name, own):
            continue
        verb = msg.words[w.head]
        if (verb.lemmas | _cached_match_keys(verb)) & _DOING:
            found.append(w)
    return found


def _readers_supplier(msg: AnalysedMessage, sentence: Sentence) -> list[Word]:
    """A business the sentence says the reader buys from: the object of the reader's
    "käytätte", "tilaatte", the source of what came to the reader ("ruoat tulivat
    keskustan pitopalvelusta"), the one in whose care the reader's thing is
    ("hammashoitonne on Kivelän hammasaseman hoidossa") or who does the reader's work
    ("kohteidenne tarkastukset tekee Virtasen peltiliike"), when the noun is a kind of
    business. "He" and
    "siellä" after it stand for that supplier."""
    words = [w for w in msg.sentence_words(sentence) if not w.is_punct]
    if not any(w.addresses_reader for w in words):
        return []
    found = []
    for w in words:
        # ("Pohjolan Suurkeittiöiltä": the tagger may take a noun for an adjective)
        noun = w.pos in ("NOUN", "PROPN") or (
            bool(w.readings) and all(r.word_class == "nimisana" for r in w.readings)
        )
        if not noun or w.possessive:
            continue
        verb = msg.words[w.head]
        if (
            w.case == "Gen"
            and (w.pos == "PROPN" or word_heads(w) & _PROVIDERS)
            and verb.lemma in _IN_CARE
            and verb.case in ("Ine", "Ade")
        ):
            found.append(w)  # "hammashoitonne on Kivelän hammasaseman hoidossa"
            continue
        if _where_the_readers_things_are(w, words):
            found.append(w)  # "työsuhdeautonne ovat nykyään Rantasen autokeskuksella"
            continue
        if _bought_from_in_relative(w, words):
            found.append(w)  # "se rautakauppa, josta tolppasi ostat"
            continue
        # (the parser may swap subject and object in "…tarkastukset tekee X")
        if (
            w.dep.startswith(("nsubj", "obj"))
            and word_heads(w) & _PROVIDERS
            and verb.lemmas & _DOING
            and any(
                a.head == verb.i
                and a is not w
                and a.dep.startswith(("nsubj", "obj"))
                and any(r.addresses_reader and (r is a or r.head == a.i) for r in words)
                for a in words
            )
        ):
            found.append(w)  # "kohteidenne tarkastukset tekee nykyään Virtasen peltiliike"
            continue
        if (
            w.pos == "PROPN"
            and w.case in ("Ine", "Ade")
            and verb.lemma in _HOLDING
            and readers_verb(verb, words)
            and not any(r.word_class == "paikannimi" for r in w.readings)
        ):
            found.append(w)  # "pidätte koulutuksenne nykyään Aurorassa": the venue
            continue
        # ("olet ostanut": the perfect's participle stands for its verb, as in matching)
        acts = verb.lemmas | _cached_match_keys(verb)
        if _serves_the_reader(msg, w, words) or _offered_by(msg, w, words):
            found.append(w)  # "hotellinne tekstiilit pesee Pirkan Pyykkipalvelu"
            continue
        if (
            w.pos == "PROPN"
            and w.dep == "nmod:poss"
            and not person_or_place(w)
            and _bought_by_reader(msg, msg.words[w.head], words)
        ):
            found.append(w)  # "käytättekö edelleen Lindqvistin pinnoitteita": their maker
            continue
        if not word_heads(w) & _PROVIDERS or not acts & _BUYING:
            continue
        if (w.dep.startswith("obj") and "tulla" not in acts and readers_verb(verb, words)) or (
            w.case in ("Ela", "Abl") and acts & {"tulla", "tilata", "ostaa"}
        ):
            found.append(w)
    return found


def _offered_by(msg: AnalysedMessage, word: Word, words: list[Word]) -> bool:
    """The source of an offer the reader got is a vendor: "olette saaneet Hakalalta
    tarjouksen" (the parser may hang the source on another word of the clause)."""
    if word.case not in ("Abl", "Ela") or word.pos not in ("NOUN", "PROPN"):
        return False
    verb = clause_head(msg, word)
    return (
        bool((verb.lemmas | _cached_match_keys(verb)) & {"saada", "pyytää"})
        and readers_verb(verb, words)
        and any(o.lemma == "tarjous" and clause_head(msg, o).i == verb.i for o in words)
    )


def _bought_by_reader(msg: AnalysedMessage, thing: Word, words: list[Word]) -> bool:
    """The reader buys or uses ``thing``: the object of the reader's "käytättekö",
    "ostatte", or of a passive one "at the reader's" ("teillä käytetään")."""
    if not thing.dep.startswith("obj"):
        return False
    verb = msg.words[thing.head]
    if not (verb.lemmas | _cached_match_keys(verb)) & _BUYING or "tulla" in verb.lemmas:
        return False
    at_readers = verb.person == 4 and any(
        a.head == verb.i and a.addresses_reader and a.case == "Ade" for a in words
    )
    return readers_verb(verb, words) or at_readers


# what an authority or a source does to the reader, which makes it no supplier:
# "Tilastokeskus kertoo…", "Verohallinto vaatii teiltä…"
_INFORMING = frozenset(
    {"kertoa", "julkaista", "ilmoittaa", "todeta", "arvioida", "ennustaa", "vaatia",
     "edellyttää", "velvoittaa", "määrätä", "kysyä", "sanoa", "mainita", "tietää",
     "lähettää", "muistuttaa", "suositella", "koskea", "kuulua"}
)  # fmt: skip


def _serves_the_reader(msg: AnalysedMessage, word: Word, words: list[Word]) -> bool:
    """A business doing something for the reader or to the reader's things is the
    reader's supplier, whatever the work: "hotellinne tekstiilit pesee Pirkan
    Pyykkipalvelu", "kartanokuvat on ottanut Lindqvistin kuvaamo", "teille tuo
    aamiaisen Pekkasen lounasravintola", and whoever made the reader an offer
    ("Kuntatietosuoja on tehnyt teille tarjouksen"). A business is a kind of one, a
    name owning a noun ("Lindqvistin kuvaamo") or a name that is no person's or
    place's; a source or an authority informing the reader is none."""
    if word.case not in ("Nom", None) or not word.dep.startswith(("nsubj", "obj")):
        return False
    if word.possessive or word.refers_to_seller or word.addresses_reader:
        return False
    verb = msg.words[word.head]
    if verb.pos != "VERB" or verb.lemmas & _INFORMING:
        return False
    args = [a for a in words if a.head == verb.i and a is not word]
    if verb.person == 1 or any(a.dep == "aux" and a.person == 1 for a in args):
        return False  # the seller's own work: "toimitamme teille…"
    if any(a.dep.startswith("nsubj") and (a.addresses_reader or a.refers_to_seller) for a in args):
        return False  # "te käytätte…": the reader is the doer, see _BUYING
    readers = [
        a
        for a in args
        if (
            a.dep.startswith(("obj", "nsubj"))
            and a.pos == "NOUN"
            and (
                (a.possessive or "")[:1] == "2"
                or any(o.head == a.i and o.dep == "nmod:poss" and o.addresses_reader for o in words)
            )
        )
        or (a.dep.startswith("obl") and a.pos == "PRON" and a.addresses_reader and a.case == "All")
    ]
    if not readers:
        return False
    offered = verb.lemma == "tarjota" or any(
        a.dep.startswith("obj") and a.lemma == "tarjous" for a in args
    )
    owner = next(
        (o for o in words if o.head == word.i and o.dep == "nmod:poss" and o.pos == "PROPN"), None
    )
    return (
        offered
        or bool(word_heads(word) & _PROVIDERS)
        or (owner is not None and not person_or_place(owner))
        or (word.pos == "PROPN" and not person_or_place(word))
    )


# necessity and advice with a genitive subject: "tilitoimiston kannattaa", "yrityksen
# pitää": the one advised, not a vendor judged
_ADVISING = frozenset({"kannattaa", "pitää", "täytyä", "tarvita", "kuulua"})


def _bought_from_in_relative(word: Word, words: list[Word]) -> bool:
    """ "se rautakauppa, josta tolppasi ostat": a kind of business the reader's own
    relative clause says the reader buys from."""
    if not word_heads(word) & _PROVIDERS:
        return False
    for r in words:
        if r.head != word.i or r.dep != "acl:relcl":
            continue
        # (the parser may hang the verb under its object: "josta tolppasi ostat")
        clause = [r, *(c for c in words if c.head == r.i)]
        source = any(p.lemma == "joka" and p.case in ("Ela", "Abl") for p in clause)
        bought = any(v.lemmas & _BUYING and readers_verb(v, words) for v in clause)
        if source and bought:
            return True
    return False


def _where_the_readers_things_are(word: Word, words: list[Word]) -> bool:
    """ "Autonne ovat nykyään Rantasen autokeskuksella", "kiinteistönne on Kivelän
    isännöinnillä": the reader's things are with a named business, in its care
    ("autonne ovat Lahdessa" names a place, and no business is owned by it)."""
    if word.case not in ("Ade", "Ine") or not word_heads(word) & (_PROVIDERS | _IN_CARE):
        return False
    named = any(
        o.head == word.i
        and o.dep == "nmod:poss"
        and o.pos == "PROPN"
        and not any(r.word_class in ("paikannimi", "etunimi") for r in o.readings)
        for o in words
    )
    copula = any(c.head == word.i and c.dep == "cop" for c in words)
    readers = any(
        c.head == word.i and c.dep.startswith("nsubj") and c.addresses_reader for c in words
    )
    return named and copula and readers


def _topic_targets(
    msg: AnalysedMessage,
    sentence: Sentence,
    words: list[Word],
    group: TermSet,
    is_target: Callable[[_Match], bool],
    own: frozenset[str] | None = None,
) -> bool:
    """A phrase of ``group`` that is the topic the sentence is said of: its slide's
    title ("## Perinteiset firmat" above "- kukaan ei vastaa puhelimeen"), or a
    label before a colon ("Isot talot: halpa tarjous, kalliit lisätyöt"). With
    ``own`` (name targets), a third party's name in the slide title is a topic too
    ("## Nykytilanne Vellamon kanssa")."""
    end = label_end(msg, sentence)
    if end is not None and any(
        m.end <= end and is_target(m) for m in find_matches(group, msg, sentence, words)
    ):
        return True
    # ("# Isännöintitoimisto Laaksonen" over "## Miksi juuri isännöintitoimistot?": the
    # deck's own party's kind is the topic, not a vendor)
    deck = deck_title_words(msg)
    for title in slide_titles(msg, sentence):
        title_words = [w for w in msg.sentence_words(title) if not w.is_punct]
        if any(
            is_target(m)
            and not (len(m.words) == 1 and m.words[0].lemma.lower() in deck)
            and not _learned_from(title_words, m.words[-1])
            and not _meant_for(msg, m.words[-1])
            for m in find_matches(group, msg, title, title_words)
        ):
            return True
        if own is not None and any(
            not _whose_business(msg, w) and not _meant_for(msg, w)
            for w in _third_parties(msg, title, own)
        ):
            return True
    return False


# what a slide offers its audience: "## Mitä tämä tarkoittaa Saarenkylälle", "## Hyödyt X:lle"
_MEANING = frozenset({"tarkoittaa", "merkitä"})
_BENEFITS = frozenset({"hyöty", "ehdotus", "tarjous", "suositus", "säästö", "etu"})


def _meant_for(msg: AnalysedMessage, word: Word) -> bool:
    """ "## Mitä tämä tarkoittaa Saarenkylän Vakuutukselle", "## Hyödyt Rantalalle":
    a title's party that a meaning or a benefit is for is the deck's audience, the
    reader, not a vendor whose slide this is."""
    phrase = phrase_head(msg, word)
    if phrase.case != "All" and phrase.dep == "nmod:poss" and phrase.head != phrase.i:
        phrase = msg.words[phrase.head]  # "Saarenkylän Vakuutukselle"
    if phrase.case != "All" or phrase.head == phrase.i:
        return False
    head = msg.words[phrase.head]
    return head.lemma in _MEANING or bool(word_heads(head) & _BENEFITS)


def _learned_from(title: list[Word], noun: Word) -> bool:
    """ "## Mitä olemme oppineet arkkitehtitoimistoista": the seller's own experience
    of them (its customers), told in its own voice, is no topic of contempt."""
    return (
        noun.case in ("Ela", "Abl")
        and any(w.refers_to_seller for w in title)
        and any("oppia" in w.lemmas | set(w.parts) for w in title)
    )


_WORKING_AT = frozenset({"aloittaa", "työskennellä", "aloitella"})


def _whose_business(msg: AnalysedMessage, name: Word) -> bool:
    """ "## Hiekkasärkkien Lomakylän kesäsesonki": a name in the genitive owning a
    slide's topic is the party the deck is about, the audience, not a rival vendor
    ("## Nykytilanne Vellamon kanssa" still names one)."""
    if name.case != "Gen" or name.head == name.i:
        return False
    owner = phrase_head(msg, name)  # a name of several words: "Hiekkasärkkien Lomakylän"
    words = msg.sentence_words(msg.sentences[name.sentence])
    if any(w.head == owner.i and w.dep == "case" for w in words):
        return False  # "Vellamon kanssa": a postposition's genitive, not an owner
    return msg.words[owner.head].pos == "NOUN" and owner.dep.startswith("nmod")


def _topic_title(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """A slide title or subject of nouns only: "Takuu", "Takuu ja huolto"."""
    if msg.blocks[sentence.block].block.kind not in ("title", "subject"):
        return False
    words = [w for w in msg.sentence_words(sentence) if not w.is_punct]
    if words and words[0].lemma in _TOPIC_QUESTIONS:
        return True  # "Miten varaosatakuumme syntyi", "Mitä takuu on": a question as a topic
    # "Lupaukset, jotka voi tarkistaa": a relative clause describes the topic noun;
    # "Lupauksemme – ja mitä tapahtuu, jos…": the topic is named before the dash
    relative = {w.i for w in words if w.dep == "acl:relcl"}
    words = [w for w in words if w.i not in relative and w.head not in relative]
    dash = next((w.i for w in msg.sentence_words(sentence) if w.text in ("–", "—")), None)
    words = [w for w in words if dash is None or w.i < dash]
    # "Korvauslupaus ehtoineen": only a noun takes the comitative (the parser may
    # call it a verb)
    # ("Lupaus ja sen rajat": a pronoun's genitive says whose, it asserts nothing)
    return bool(words) and all(
        (w.pos in _TOPIC_POS and not _capitalised_adjective(w))
        or w.case == "Com"
        or (w.pos == "PRON" and w.case == "Gen")
        or (w.pos == "ADJ" and w.case == "Ess")  # "Toimitusaikalupaus kirjallisena"
        for w in words
    )


def _capitalised_adjective(word: Word) -> bool:
    """ "Takuuvarmat säästöt": a title's capital makes the tagger read a proper noun,
    but Voikko knows no name, and an adjective describing the topic claims something."""
    return (
        word.pos == "PROPN"
        and word.dep == "amod"
        and any(r.word_class == "laatusana" for r in word.readings)
        and not any(r.is_name for r in word.readings)
    )


# the writer's knowledge of the reader: "tiedän, että saat…", "arvaan, että olette…"
_KNOWING = frozenset(
    {"tietää", "ymmärtää", "tajuta", "tuntea", "osata", "arvata", "olettaa", "kuulla", "nähdä"}
)


_READER_ATTITUDES = frozenset(
    {"haluta", "toivoa", "tietää", "tuntea", "ymmärtää", "muistaa", "odottaa", "arvostaa"}
)


def _reader_past(msg: AnalysedMessage, sentence: Sentence, match: _Match) -> bool:
    """ "Olette varmasti huomanneet", "saitte varmasti": the reader's past, in the
    2nd person, as a simple past or a perfect; or what the writer knows of the
    reader ("tiedän, että saat tällaisia viestejä varmasti kymmeniä")."""
    words = msg.sentence_words(sentence)
    if any(
        w.lower in ("varmasti", "varmaankin", "takuulla")
        and (verb := msg.words[w.head]).person == 2
        and verb.finite
        and verb.lemma in _READER_ATTITUDES
        for w in match.words
    ):
        return True  # "Haluatte varmasti, että kaikki sujuu": the reader's wish assumed
    if any(w.person == 2 and w.finite for w in match.words) and any(
        w.lemma in _KNOWING and w.person == 1 for w in that_frame(words, match.words[0], 3)
    ):
        return True
    for w in match.words:
        reading = w.reading
        if reading is None or w.pos not in ("VERB", "AUX") or may_be_present(w):
            continue
        if reading.tense == "past_imperfective" and w.person == 2:
            return True
        if reading.participle == "past_active" and any(
            d.head == w.i and d.dep.startswith("aux") and d.person == 2 for d in words
        ):
            return True
    return False


def _personal(msg: AnalysedMessage, sentence: Sentence, words: list[Word]) -> bool:
    """The sentence names the reader or the seller, or is a bullet on a slide whose
    title speaks for the seller ("Mitä lupaamme" / "Jonot lyhenevät varmuudella");
    a bullet under "Kustannukset työmaillanne" describes the reader's world. The
    seller's data named as the place of a finding ("Huoltodatassamme akkuviat
    kaksinkertaistuvat") is a source, not a party."""
    if any(w.addresses_reader or (w.refers_to_seller and not _data_source(msg, w)) for w in words):
        return True
    # ("## Havaintomme vastaavista kohteista": the seller's observations are a source)
    return any(
        w.refers_to_seller and not word_heads(w) & DATA_SOURCES
        for title in slide_titles(msg, sentence)
        for w in msg.sentence_words(title)
    )


def _conditioned(words: list[Word], word: Word) -> bool:
    """A condition in the sentence, the word in the conditional mood ("maksaisi"), or
    an indirect question ("missä kohtaa se maksaa itsensä")."""
    conditional = word.reading is not None and word.reading.mood == "conditional"
    return conditional or any(
        w.lemma in CONDITIONS or (w.interrogative and w.i < word.i) for w in words
    )


def _data_source(msg: AnalysedMessage, word: Word) -> bool:
    """ "huoltodatassamme", "aineistostamme": where a finding was seen; "kokemuksemme
    mukaan": whose experience it is ("virheet kaksinkertaistuvat" is then an observation)."""
    after = msg.words[word.i + 1] if word.i + 1 < len(msg.words) else None
    if after is not None and after.lemma == "mukaan" and after.head == word.i:
        return True  # the postposition, not "ottakaa meidät mukaan" (along)
    return is_data_source(word)


# verbs of claiming: what a named rival claims is reported, not promised by the writer
# what a rival claims or grants: "Veroväylä lupaa kaiken", "Kylmäkontrolli antaa pisimmän
# takuun" (told of it, not promised by the seller)
_CLAIMING = frozenset(
    {"luvata", "väittää", "mainostaa", "markkinoida", "vakuuttaa", "antaa", "myöntää", "taata"}
)


def _named_party_as_subject(msg: AnalysedMessage, words: list[Word], head: Word) -> bool:
    """The clause's subject is a third party's name: "Veroväylä lupaa kaiken"."""
    own = own_names(msg)
    return any(
        s.head == head.i and s.dep.startswith("nsubj") and is_third_party_name(msg, s, own)
        for s in words
    )


def _anothers_thing_as_subject(msg: AnalysedMessage, words: list[Word], head: Word) -> bool:
    """The clause's subject belongs to a third party's name or to "them":
    "Ampeeritalon laitteet", "heidän laatutakuunsa"; or the place an existential
    clause is about: "Lavakeskuksen ehdoissa ei ole vikaa"; or where a passive says
    it: "Heidän esitteessään luvataan…"."""
    own = own_names(msg)

    def theirs(d: Word, s: Word) -> bool:
        return (
            d.head == s.i
            and d.case == "Gen"
            and (is_third_party_name(msg, d, own) or (d.pos == "PRON" and d.lemma == "he"))
        )

    return any(
        (
            (s.head == head.i and s.dep.startswith("nsubj"))
            or (s is head and s.case == "Ine")
            or (s.head == head.i and s.case in ("Ine", "Ade") and head.person == 4)
        )
        and any(theirs(d, s) for d in words)
        for s in words
    )


def _predicate(msg: AnalysedMessage, words: list[Word], word: Word) -> Word:
    """The predicate of the word's clause: the first finite word, root, clause boundary
    or word with a copula or auxiliary of its own on the way up ("…, muuten siitä ei
    ole hyötyä": "hyötyä" is a clause's predicate however the parser joined it)."""
    head = word
    for _ in range(12):
        if head.i != word.i and any(w.head == head.i and w.dep in ("cop", "aux") for w in words):
            return head
        if head is not word and clause_head(msg, head).i == head.i:
            return head
        if head.head == head.i or head.finite:
            return head
        head = msg.words[head.head]
    return head


def _gapped_clause(msg: AnalysedMessage, words: list[Word], word: Word) -> set[int] | None:
    """ "Kaksi autoa ajoi X:n välityksellä ja kolme vanhalla järjestelmällä": a clause
    whose verb is left out, a counted subject and its own adverbial joined to the verb
    before it, is a clause of its own: the indices of its words, or None."""
    if word.dep != "conj" or word.pos == "VERB" or msg.words[word.head].pos != "VERB":
        return None
    if not any(w.head == word.i and w.pos == "NUM" and w.dep == "nummod" for w in words):
        return None
    inside = {word.i}
    for _ in range(4):  # its words, down a few levels
        inside |= {w.i for w in words if w.head in inside}
    return inside


def _plural_nouns(words: list[Word], before: int) -> list[Word]:
    """The plural nouns before word index ``before``; "yhdeksän puusepänliikkeen …
    niissä": a counted noun is many too."""
    counted = {
        w.head for w in words if w.pos == "NUM" and w.dep.startswith("nummod") and w.lemma != "yksi"
    }
    return [
        w
        for w in words
        if w.i < before
        and w.pos == "NOUN"
        and ((w.reading is not None and w.reading.number == "pl") or w.i in counted)
    ]


def _ranked_among(msg: AnalysedMessage, sentence: Sentence, word: Word) -> bool:
    """A superlative ranked among the options named in the elative ("Vaihtoehdoista
    hitain ja kallein", "näistä hitain") compares as a comparative does ("alan hitain"
    ranks against the whole trade and is a verdict)."""
    if not _has_degree(word, "superlative"):
        return False
    words = msg.sentence_words(sentence)
    at = next((n for n, w in enumerate(words) if w.i == word.i), 0)
    return any(
        w.case == "Ela" and w.pos in ("NOUN", "PRON", "NUM") and w.lemma in _RANKED_SETS
        for w in words[max(0, at - 2) : at]
    )


# what a ranking compares among: the options on the table, not a trade or a market
_RANKED_SETS = frozenset(
    {"vaihtoehto", "tämä", "nämä", "tuo", "malli", "tarjous", "ratkaisu", "paketti", "kolme",
     "kaksi", "neljä", "ehdokas"}
)  # fmt: skip


def _followed_by(msg: AnalysedMessage, sentence: Sentence, last: Word, lemmas: list[str]) -> bool:
    """One of ``lemmas`` after ``last`` in its sentence, or opening the next sentence of
    the same block: an announcement is judged by what it announces. A dash listed in
    ``lemmas`` counts too: "Epäilemättä edullinen – ja sen kyllä maistaa" turns on it."""
    after = [
        w
        for w in msg.sentence_words(sentence)
        if w.i > last.i and (not w.is_punct or w.text in lemmas)
    ]
    following = next_sentence(msg, sentence)
    if following is not None:
        after += [w for w in msg.sentence_words(following) if not w.is_punct][:1]
    return any(w.lemma.lower() in lemmas or w.lower in lemmas for w in after)


# knowing, caring and bothering: in the writer's 1st person ("emme tunne", "en
# viitsi vaivata sinua") they are said of the writer, not of a vendor
_OWN_FAILINGS = frozenset(
    {"ymmärtää", "tajuta", "tuntea", "tietää", "osata", "pystyä", "kyetä",
     "välittää", "piitata", "jaksaa", "viitsiä", "vaivautua", "yrittää"}
)  # fmt: skip


def _readers_provider(words: list[Word], word: Word) -> bool:
    """ "edellinen tutkijanne", "nykyinen kumppaninne": a noun of the reader's with
    "former" or "current" before it is someone the reader has hired, not the reader."""
    return (word.possessive or "").startswith("2") and any(
        d.head == word.i and d.lemma in FORMER_OR_CURRENT for d in words
    )


def _after_comma(msg: AnalysedMessage, word: Word) -> bool:
    """A comma just before the word."""
    return word.i > 0 and msg.words[word.i - 1].text == ","


def _writers_own(msg: AnalysedMessage, sentence: Sentence, match: _Match) -> bool:
    """ "Meidän kahden viikon viivästyksemme": a fault the writer owns up to is said
    of no other party (a 1st-person possessive suffix, or "meidän" before it)."""
    words = msg.sentence_words(sentence)
    owned = any(
        (w.possessive or "").startswith("1")
        or any(d.head == w.i and d.dep == "nmod:poss" and d.refers_to_seller for d in words)
        for w in match.words
        if w.pos in ("NOUN", "PROPN")
    )
    # "Ehdotan sen rinnalle pelkkää hyllytarkastusta": what the writer offers is theirs
    by_index = {w.i: w for w in words}
    offered = any(
        w.dep == "obj"
        and (verb := by_index.get(w.head)) is not None
        and verb.lemma in _OFFERING
        and verb.finite
        and verb.person == 1
        for w in match.words
    )

    # "Emme tunne nykyistä sopimustanne": the writer's own verb, in the 1st person
    # itself or through its negation or auxiliary; "meidän ei kannata edes yrittää":
    # or the verb it completes has the writer as its subject
    # (a subject pronoun: "kilpailijamme" is the writer's rivals, not the writer)
    def first_person(verb: Word) -> bool:
        return (verb.finite and verb.person == 1) or any(
            d.head == verb.i
            and (
                (d.dep.startswith("aux") and d.refers_to_seller)
                or (d.dep.startswith("nsubj") and d.pos == "PRON" and d.refers_to_seller)
            )
            for d in words
        )

    def governors(w: Word) -> Iterator[Word]:
        yield w
        while w.dep.startswith("xcomp") and (up := by_index.get(w.head)) not in (None, w):
            assert up is not None
            w = up
            yield w

    # ("Teimme tarjouksen niin, jotta hinta näyttää hyvältä": the purpose of the
    # writer's own act)
    purpose = any(
        w.lemma == "jotta"
        and (verb := by_index.get(w.head)) is not None
        and (main := by_index.get(verb.head)) is not None
        and main is not verb
        and first_person(main)
        for w in match.words
    )
    return (
        owned
        or offered
        or purpose
        or any(
            w.lemma in _OWN_FAILINGS and any(first_person(v) for v in governors(w))
            for w in match.words
        )
    )


_OFFERING = frozenset({"ehdottaa", "tarjota", "suositella", "esittää"})
# (not "kuulla": "toimittaja kuulee valituksia jatkuvasti" is the vendor's complaints)
_PERCEIVING = frozenset({"nähdä", "huomata", "havaita", "todeta"})
# the market's people, who are no vendor: "Kuluttaja ei jaksa irrottaa ikkunaa"
_BYSTANDERS = frozenset(
    {"kuluttaja", "käyttäjä", "ostaja", "ihminen", "vieras", "potilas", "matkustaja", "asukas"}
)
_THIRD_PRONOUNS = frozenset({"se", "he", "ne"})
_VENDORS = frozenset(
    {"toimittaja", "kilpailija", "palveluntarjoaja", "tarjoaja", "urakoitsija", "alihankkija",
     "operaattori", "valmistaja", "konsultti"}
)  # fmt: skip
_PEOPLE_PRONOUNS = frozenset({"he", "hän"})  # people, never the writer's "me"


_REPUTED = frozenset({"tunnettu", "kuuluisa", "pahamaineinen"})


def _reputation_of_another(msg: AnalysedMessage, words: list[Word], known: Word) -> bool:
    """ "Virtaset ovat tunnettuja siitä, että lasku tulee aina ajallaan": what a party
    is known for belongs to that party, a name too, unless it is the seller or the
    reader ("Olemme tunnettuja siitä, että toimitamme aina ajallaan" is a promise)."""
    if known.lemma not in _REPUTED or known.refers_to_seller or known.addresses_reader:
        return False
    subjects = [w for w in words if w.head == known.i and w.dep.startswith("nsubj")]
    own = own_names(msg)  # "Kuljetus Oy on tunnettu siitä, että…" in Kuljetus Oy's own mail
    return bool(subjects) and not any(
        v.refers_to_seller or v.addresses_reader or v.lower in own or v.lemma.lower() in own
        for w in subjects
        for v in (w, *(d for d in words if d.head == w.i))
    )


def _correlative(msg: AnalysedMessage, head: Word) -> Word | None:
    """The correlative "se" (or the "niin" of a degree) whose "että" clause the clause
    headed by ``head`` is ("tunnettu siitä, että…", "vika on siinä, että…"), if any."""
    for _ in range(3):  # "…, että autot tulevat miten sattuu": up from a coordinated verb
        if head.dep != "conj" or head.head == head.i:
            break
        head = msg.words[head.head]
    if head.head == head.i or not head.dep.startswith(("ccomp", "acl")):
        return None
    governor = msg.words[head.head]
    if governor.pos == "PRON" and governor.lemma == "se":
        return governor
    # "asiakkaita on niin paljon, että pieni jää jonon hännille": the "että" clause of
    # "niin" spells out the degree its main clause states
    words = msg.sentence_words(msg.sentences[head.sentence])
    # ("niin tiukka aikataulu, ettei …": "niin" may stand on the noun's attribute)
    attributes = {w.i for w in words if w.head == governor.i and w.dep == "amod"}
    degree = any(
        (w.head == governor.i or w.head in attributes) and w.lemma == "niin" and w.i < head.i
        for w in words
    )
    return governor if degree else None


def _compared(msg: AnalysedMessage, words: list[Word], noun: Word) -> bool:
    """ "Hitaampi pankki": a noun with a comparative is a class, not the one named."""
    return any(
        w.head == noun.i and w.dep == "amod" and _has_degree(w, "comparative") for w in words
    )


def _names_the_seller(msg: AnalysedMessage, match: _Match) -> bool:
    """ "Olemme markkinoiden nopein varaosavalmistaja": a vendor noun predicated of the
    seller by its own copula is the seller, not a rival."""
    noun = match.words[-1]
    return any(
        d.head == noun.i and d.dep in ("cop", "nsubj:cop") and d.refers_to_seller
        for d in msg.sentence_words(msg.sentences[noun.sentence])
    )


_MEASURES = frozenset({"prosentti", "euro", "prosenttiyksikkö"})


def _basis_nearby(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """A percentage, a sum, a share in words ("kolmannes kuluista") or a multiple
    ("kolme kertaa enemmän") in the sentence, before it in the same paragraph (the
    argument it concludes) or right after it (the evidence it announces). A sentence
    that opens by pointing back at a kind ("Tällaiset säädöt maksavat itsensä
    takaisin") rests on what the message has measured anywhere before it."""
    words = msg.sentence_words(sentence)
    points_back = bool(words) and words[0].lemma in ANAPHORIC_KINDS
    slide = msg.blocks[sentence.block].block.slide

    def together(other: Sentence) -> bool:
        # a paragraph, or a slide: its bullets are one argument ("- 8 käyntiä × 240 €
        # … - Anturi maksaa itsensä takaisin toisena vuonna")
        return other.block == sentence.block or (
            slide is not None and msg.blocks[other.block].block.slide == slide
        )

    # ("…maksaa itsensä takaisin nopeasti. Asiakkaidemme energiakulut laskivat 230 €
    # kuukaudessa.": the figure right after, in the same paragraph, is the basis too)
    after = msg.sentences[sentence.index + 1 : sentence.index + 2]
    following = [s.index for s in after if together(s)]
    for n in [*following, *range(sentence.index, -1, -1)]:
        earlier = msg.sentences[n]
        if not together(earlier) and not points_back:
            break
        words = msg.sentence_words(earlier)
        if any(
            w.lemma in FRACTIONS or (w.lemma == "kerta" and k > 0 and words[k - 1].pos == "NUM")
            for k, w in enumerate(words)
        ) or (
            any(w.text in ("%", "€") or w.lemma in _MEASURES for w in words)
            and any(any(c.isdigit() for c in w.text) for w in words)
        ):
            return True
    return False


def _describes_a_thing(msg: AnalysedMessage, word: Word) -> bool:
    """ "rikkoutunut rele", "kadonneen tai rikkoutuneen tekstiilin": a participle
    before its noun names the thing's state; whoever broke or lost it is not said.
    An agent participle ("lupaamani") names a thing done, whatever its place."""
    attribute = word
    if word.dep == "conj":  # "kadonneen tai rikkoutuneen": the first one's role
        attribute = msg.words[word.head]
    # ("kadonneiden ja rikkoutuneiden näyttökylttien": the parser may make the first a
    # noun of its own; a participle right before a noun in its own case still names it)
    following = msg.words[word.i + 1] if word.i + 1 < len(msg.words) else None
    before_its_noun = (
        following is not None
        and following.pos == "NOUN"
        and following.case is not None
        and following.case == word.case
        and following.sentence == word.sentence
    )
    if not word.finite and any(r.participle == "agent" for r in word.readings):
        return True  # "lupaamani", "viivästyi lupaamastani": what was done, named
    return (
        not word.finite
        and (attribute.dep in ("amod", "acl") or before_its_noun)
        and any(r.participle for r in word.readings)
    )


_FAULTS = frozenset({"vika", "virhe", "syy", "moka", "laiminlyönti"})


def _blame_denied_next(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """The next sentence of the paragraph says it is no one's fault: "…, eikä kenelläkään
    ole kokonaiskuvaa. Kyse ei ole kenenkään toimittajan virheestä": a problem of the
    set-up, described, not a vendor blamed."""
    after = next_sentence(msg, sentence)
    if after is None:
        return False
    words = msg.sentence_words(after)
    no_one = any(w.lower.startswith(("kukaan", "kenenkään", "kenellekään")) for w in words)
    return no_one and any(w.lemma in _FAULTS and is_negated(msg, after, w) for w in words)


def _how_a_thing_was_done(msg: AnalysedMessage, word: Word) -> bool:
    """ "huonosti säädettyjen talojen laskut": an adverb of a passive participle
    before its noun says what state a thing is in; no one is blamed for it."""
    if word.pos != "ADV" or word.head == word.i:
        return False
    head = msg.words[word.head]
    if not any((r.participle or "").endswith("passive") for r in head.readings):
        return False
    if not _describes_a_thing(msg, head):
        return False
    # ("toimittajanne on huonosti hoidettu yritys": the thing is the vendor itself;
    # "kilpailijan huonosti hoidetut kohteet" are the vendor's)
    noun = msg.words[head.head] if head.dep in ("amod", "acl") else msg.words[head.i + 1]
    return not any(
        w.head == noun.i and w.dep in ("cop", "nmod:poss")
        for w in msg.sentence_words(msg.sentences[noun.sentence])
    )


def _done_by_someone(msg: AnalysedMessage, word: Word) -> bool:
    """The wrong has a doer the sentence can name: an active verb, or a noun that is a
    predicate ("toimittaja on huijari") or owned ("kilpailijan huijaukset")."""
    reading = word.reading
    if reading is None:
        return True
    if reading.person == 4 or (reading.participle or "").endswith("passive"):
        # "asiakkaita huijataan": the victim's side; but "Heidän tuotettaan ei ole
        # uudistettu vuosiin": the owner of the thing left alone is the one who left it
        return _owned_by_them(msg, word)
    if word.pos in ("NOUN", "PROPN"):
        if len(reading.parts) > 1:
            return False  # "puhelinhuijaukset": a kind of crime
        if word.possessive == "3":
            return True  # "tunnettu huijauksistaan": the doer's own
        head = msg.words[word.head]
        if word.dep == "obl" and any(
            (r.participle or "").endswith("passive") for r in head.readings
        ):
            return False  # "huijauksella maksettu lasku": the victim's loss, no doer
        sentence = msg.sentence_words(msg.sentences[word.sentence])
        if word.dep.startswith(("obj", "obl")) and head.lemma in _COUNTERING:
            return False  # "tunnistamaan huijauksia": the crime one guards against
        if word.head == word.i and not any(
            w.head == word.i and (w.dep == "cop" or w.dep.startswith("nsubj")) for w in sentence
        ):
            return False  # a slide titled "Huijaukset syksyllä": the crime as the topic
        if any(w.head == word.i and w.dep == "amod" and w.lemma in _COMMON for w in sentence):
            return False  # "alan yleisin huijaus": a kind of crime, ranked by how common
        owned = any(
            w.head == word.i and w.dep in ("nmod:poss", "nmod:gsubj") and w.lemma != "ala"
            for w in sentence
        )
        if not owned and word.case in ("All", "Abl", "Ade"):
            # "tili on huijarille kiinnostava kohde", "suojaa huijareilta": the fraudster
            # as a threat one is exposed to
            return False
        return owned or not word.dep.startswith("nsubj")
    return True


# how common a kind of thing is: "yleisin huijaus", "tyypillinen virhe"
_COMMON = frozenset({"yleinen", "tavallinen", "tyypillinen", "harvinainen"})


# a case's "before" row: "Ennen: …", "Lähtötilanne: …"
_BEFORE_LABELS = frozenset({"ennen", "aiemmin", "aikaisemmin", "lähtötilanne", "alkutilanne"})


def _anothers_way(msg: AnalysedMessage, words: Sequence[Word], word: Word) -> bool:
    """An infinitive that modifies a noun a named other party or "they" own: "Raution
    tapa ratkaista kaikki ongelmat", "heidän lupauksensa hoitaa kaikki": theirs, told."""
    verb = word
    for _ in range(3):  # from the term's word up to its verb: "ongelmat" → "ratkaista"
        if verb.pos == "VERB" or verb.head == verb.i:
            break
        verb = msg.words[verb.head]
    if verb.dep != "acl" or verb.finite or verb.head == verb.i:
        return False
    own = own_names(msg)
    return any(w.head == verb.head and w.dep == "nmod:poss" and _theirs(msg, w, own) for w in words)


def _theirs(msg: AnalysedMessage, owner: Word, own: frozenset[str]) -> bool:
    """An owner that is another party: "heidän", or a third party's name that is not
    just a common noun capitalised to open the sentence ("Pankin asiakkaita …")."""
    if owner.lemma == "he":
        return True
    opening = owner.i == msg.sentences[owner.sentence].first and all(
        r.word_class in ("nimisana", "laatusana", "nimisana_laatusana") for r in owner.readings
    )
    return not opening and (
        is_third_party_name(msg, owner, own)
        # ("Kompressorikeskus Rautiolla …, ja Raution tapa": a firm by a surname)
        or (owner.pos == "PROPN" and owner.is_name and not is_own_name(owner, own))
    )


def _owned_by_them(msg: AnalysedMessage, verb: Word) -> bool:
    """A passive verb's object or subject is a named party's or "their" thing:
    "heidän tuotettaan ei ole uudistettu", "Lexintan ohjelmaa ei ole päivitetty"."""
    sentence = msg.sentence_words(msg.sentences[verb.sentence])
    things = [w for w in sentence if w.head == verb.i and w.dep.startswith(("obj", "nsubj"))]
    own = own_names(msg)
    return any(
        w.head == thing.i and w.dep == "nmod:poss" and _theirs(msg, w, own)
        for thing in things
        for w in sentence
    )


# what one does about a crime: spots it, warns of it, fends it off
_COUNTERING = frozenset(
    {"tunnistaa", "torjua", "varoittaa", "estää", "ehkäistä", "välttää", "paljastaa",
     "huomata", "suojautua", "suojata", "kohdata", "tunnistaminen", "torjunta"}
)  # fmt: skip


# a fault told as shrinking or gone: "viivästykset puolittuivat kolmessa kuukaudessa"
_SHRINKING = frozenset(
    {"puolittua", "vähentyä", "vähetä", "pienentyä", "laskea", "lyhentyä", "loppua",
     "pudota", "harventua", "hävitä", "poistua"}
)  # fmt: skip


def _fault_that_shrank(msg: AnalysedMessage, sentence: Sentence, match: _Match) -> bool:
    """ "Kiinteä noutoreitti: viivästykset puolittuivat": a fault as the subject of a
    verb of shrinking or ending is a result told, a change for the better, not a
    verdict ("heidän viivästyksensä eivät vähentyneet" still blames; "heiltä loppuu
    kiinnostus", the verb in the term, is the put-down itself)."""
    noun = match.words[-1]
    if noun.pos != "NOUN" or not noun.dep.startswith("nsubj") or noun.head == noun.i:
        return False
    verb = msg.words[noun.head]
    return (
        verb.lemma in _SHRINKING
        and all(w.i != verb.i for w in match.words)
        and not is_negated(msg, sentence, verb)
        and not (noun.possessive or "").startswith("3")
    )


def _remedied(words: list[Word], noun: Word) -> bool:
    """ "viivästyksestä hyvitys 200 € vuorokaudelta": a contract's remedy for a fault is a
    term of service, not a fault of anyone's ("viivästyksistään", "heidän
    viivästyksestään" are theirs)."""
    return (
        noun.pos == "NOUN"
        and noun.case == "Ela"
        and any(
            ({w.lemma} | word_heads(w)) & _COMPENSATING and noun.head in (w.i, w.head)
            for w in words
        )
        and not (noun.possessive or "").startswith("3")
        and not any(w.head == noun.i and w.dep.startswith("nmod") for w in words)
    )


# a contract's remedy: "viivästyksestä hyvitys", "virheestä korvataan"
# ("viivästyksestä maksetaan viivästyskorko": a compound's last part too)
_COMPENSATING = frozenset(
    {"hyvitys", "hyvittää", "korvaus", "korvata", "sakko", "sanktio", "korko", "hinnanalennus"}
)
# what one does about a risk before it hits: "puuttua viivästyksiin ajoissa"
_HEADING_OFF = frozenset({"puuttua", "ennakoida", "havaita", "ehtiä", "varautua"})


_POSING = frozenset({"esittäytyä", "esiintyä", "tekeytyä", "naamioitua", "väittäytyä"})


def _victim(msg: AnalysedMessage, target: _Match, match: _Match) -> bool:
    """The vendor owns what someone else acts on: "väärennetyt viestit kopioivat
    tilitoimiston logon" says nothing of the firm ("kilpailija kopioi logonne" does)."""
    word = target.words[0]
    if _receives(msg, target, match):
        return True
    last = target.words[-1]
    head = msg.words[last.head]
    if last.case == "Gen" and head.lemma == "nimi" and head.case in ("Ine", "Ade"):
        return True  # "huijaus kahden muun vaateketjun nimissä": the firm impersonated
    role = head if last.case == "Gen" or last.dep == "nmod:poss" else last
    if role.case == "Tra" and msg.words[role.head].lemma in _POSING:
        return True  # "esittäytyy pankin virkailijaksi": the firm impersonated
    if _object_of_another(msg, last, match.words[0]):
        return True
    if (
        last.dep.startswith("nsubj")
        # (not a possessed noun, nominative or genitive alike: "vakuuttajanne asiakkailta
        # kuulee valituksia" is the owner of the ones heard from)
        and last.case == "Nom"
        and not last.possessive
        and head.lemma in _PERCEIVING
        and any(
            (w.dep == "obj" and w.head == head.i)
            or (
                w.dep == "amod" and (noun := msg.words[w.head]).dep == "obj" and noun.head == head.i
            )
            for w in match.words
        )
    ):
        return True  # "pankki näkee heikon vuoden": the one who sees it, not whose it is
    if (
        last.dep.startswith("nsubj")
        and last.case == "Nom"
        and any(w.lemma == "joutua" and head.i in (w.i, w.head) for w in match.words)
    ):
        return True  # "tilitoimisto joutuu karhuamaan laskuja uudelleen": the one made to
    if len(target.words) != 1 or word.dep not in ("nmod:poss", "nmod:gsubj"):
        return False
    owned = msg.words[word.head]
    verb = match.words[0]  # the verdict is the act itself ("kukaan järkevä ei hyväksyisi
    # kilpailijan ehtoja" judges the rival's terms)
    sentence = msg.sentences[verb.sentence]
    objects = {w.i for w in msg.sentence_words(sentence) if w.head == verb.i and w.dep == "obj"}
    if (
        owned.case in ("Ela", "Abl")
        and objects
        and ((owned.head == verb.i and owned.dep == "obl") or owned.head in objects)
    ):
        # "se oli kopioitu toimittajan mallista": the vendor's thing is the source
        # someone else takes from ("kilpailijan kasseista ratkeavat saumat" is its own)
        return True
    if verb.pos != "VERB" or owned.dep != "obj" or owned.head != verb.i:
        return False
    return any(w.head == verb.i and w.dep.startswith("nsubj") for w in msg.sentence_words(sentence))


def _speaks_of_the_match(party: _Match, match: _Match) -> bool:
    """A party between the matched words counts as the one judged only as the owner
    of a matched word, the subject of a matched verb ("en usko kilpailijoiden
    lupauksiin", "kilpailija ei vastaa"), the one a matched "maksaa" pays or the one
    a matched "syyttää" accuses, or the ones a matched "moni" counts."""
    inside = {w.i for w in match.words}
    # ("maksaisitte isoille leasingtaloille niiden mainoskampanjoista": the one paid;
    # in the 3rd person "sopimusteho maksaa yhtiölle" is what a thing costs someone)
    paid = {w.i for w in match.words if w.lemma == "maksaa" and w.person in (1, 2, 4)}
    # ("ei voi syyttää heitä liiallisesta kiireestä": the one accused)
    accusing = {w.i for w in match.words if w.lemma == "syyttää"}
    # ("kuinka moni isoista ketjuista", "kuinka moni kilpailija": the ones counted)
    counting = {w.i for w in match.words if w.lemma in ("moni", "harva")}
    return any(
        (
            w.head in inside
            and (
                w.dep in ("nmod:poss", "nmod:gsubj")
                or w.dep.startswith("nsubj")
                or (w.head in paid and w.case == "All")
                or (w.head in accusing and w.dep == "obj")
                or (w.head in counting and w.case == "Ela")
            )
        )
        or any(m.head == w.i and m.i in counting for m in match.words)
        for w in party.words
    )


def _object_of_another(msg: AnalysedMessage, target: Word, verdict: Word) -> bool:
    """ "Tuuraaja ei tunne toimittajia eikä tiedä, miltä lasku näyttää": the vendor is
    what someone else's verb acts on, and the verdict is the next verb of that someone
    (on the verb itself the object may be who feels: "juristeja kiinnostaa laskutus")."""
    if target.dep != "obj" or verdict.pos not in ("VERB", "AUX") or verdict.head == target.i:
        return False
    if verdict.person == 4:
        return False  # a passive names no one, so it is no verb of that someone
    verb = msg.words[target.head]
    words = msg.sentence_words(msg.sentences[verb.sentence])
    if not any(w.head == verb.i and w.dep.startswith("nsubj") for w in words):
        return False
    own_clause = clause_head(msg, verdict)
    return own_clause.dep == "conj" and own_clause.head == verb.i


_RECEIVING = frozenset({"vastaanottaa", "saada", "kohdata", "periä", "joutua"})


def _receives(msg: AnalysedMessage, target: _Match, match: _Match) -> bool:
    """The verdict describes what the vendor receives: "ketjuna Rautakulma vastaanottaa
    rikkoutunutta levytavaraa" (but "kilpailija myy rikkoutunutta tavaraa" sells it)."""
    word = match.words[0]
    if word.dep not in ("amod", "acl"):
        return False
    noun = msg.words[word.head]
    verb = clause_head(msg, noun)
    if verb.lemma not in _RECEIVING or noun.dep not in ("obj", "conj", "obl"):
        return False
    # the vendor is the one who receives: the subject, or a word on it ("ketjuna
    # Rautakulma"); "toimittajastanne saa kuulla pelkkää moitetta" is about the vendor
    subjects = {
        w.i
        for w in msg.sentence_words(msg.sentences[verb.sentence])
        if w.head == verb.i and w.dep.startswith("nsubj")
    }
    return all(w.i in subjects or w.head in subjects for w in target.words)


def _may_happen(msg: AnalysedMessage, sentence: Sentence, match: _Match) -> bool:
    """ "Kesän palkkalaskelmat voivat kolminkertaistaa laskunne", "peruspesu voi puolittaa
    kuluman": a result that may come, no absolute (but "voimme taata" promises all
    the same)."""
    # ("aamuleikkuut voivat jäädä historiaan": the verb of a longer term too, where
    # "voin antaa sanani" and "voitte nukkua yönne rauhassa" still promise; not a term
    # that names the "voida" itself, "voitte unohtaa huolet")
    matched = {w.i for w in match.words}
    verb = next((w for w in match.words if w.pos == "VERB"), None)
    return (
        verb is not None
        and verb.lemma not in PROMISING
        and any(
            w.head == verb.i
            and w.dep == "aux"
            and w.lemma == "voida"
            and w.i not in matched
            and (len(match.words) == 1 or w.person not in (1, 2))
            for w in msg.sentence_words(sentence)
        )
    )


# verbs of promising or daring to: "uskallan melkein luvata" still promises
_PROMISING_ACTS = PROMISING | {"uskaltaa", "väittää", "sanoa"}


def _hedges_the_act(msg: AnalysedMessage, hedge: Word) -> bool:
    """The hedge softens the act of promising, not what is promised: "Uskallan
    melkein luvata, että …" is a promise all the same ("lähes kaikki erät" is not)."""
    return msg.words[hedge.head].lemma in _PROMISING_ACTS and hedge.dep == "advmod"


def _readers_own_thing(msg: AnalysedMessage, match: _Match) -> list[Word]:
    """The verdict describes a thing of the reader's own: "vanhentunut, käsin koottu
    dokumentaationne pakottaa heidät…" judges the reader's documents, not the
    translator named beside them. Returns the words that make it the reader's (the
    thing and its owner), so the caller can keep a vendor of theirs ("toimittajanne");
    none when it is not."""
    word = match.words[0]
    if len(match.words) != 1 or word.finite or word.case is None:
        return []
    sentence = msg.sentence_words(msg.sentences[word.sentence])
    subject = next((w for w in sentence if w.head == word.i and w.dep.startswith("nsubj")), None)
    if word.pos == "ADJ" and subject is not None and subject.pos == "NOUN":
        # "kassajärjestelmäsi vanha versio on hidas": said of the reader's own system
        # (the parser may hang the possessor on the verdict); "toimittajanne on hidas"
        # and "toimittajanne järjestelmä on hidas" speak of a vendor: the caller checks
        # the nouns returned against the vendors named
        owners = [
            w
            for w in sentence
            if (w.possessive or "").startswith("2")
            and w.pos == "NOUN"
            and (
                w is subject
                or (w.head == subject.i and w.dep == "nmod:poss")
                or (w.head == word.i and 0 < subject.i - w.i <= 2)
            )
        ]
        return [subject, *owners] if owners else []
    if word.dep in ("amod", "acl") and word.head != word.i:
        noun = msg.words[word.head]
    elif word.pos not in ("ADJ", "VERB"):
        return []
    else:
        # a misparsed attribute: the first noun after it in its own case, with only
        # other attributes and commas between ("vanhentunut, käsin koottu dokumentaationne")
        noun = next(
            (
                w
                for w in msg.words[word.i + 1 : word.i + 6]
                if w.pos == "NOUN" and w.case == word.case
            ),
            word,
        )
        between = msg.words[word.i + 1 : noun.i]
        if (
            noun is word
            or any(w.finite or w.pos == "CCONJ" for w in between)
            # a predicate with its subject or copula is no attribute
            or any(w.head == word.i and w.dep.startswith(("nsubj", "cop")) for w in sentence)
        ):
            return []
    if noun.pos != "NOUN":
        return []
    if (noun.possessive or "").startswith("2") or any(
        w.head == noun.i and w.dep == "nmod:poss" and w.addresses_reader and w.pos == "PRON"
        for w in sentence
    ):
        return [noun]
    return []


def _on_scene_subject(msg: AnalysedMessage, head: Word, word: Word) -> bool:
    """The verdict describes the own subject of a relative clause of place or time:
    in "hinnoitteluun, jossa huonosti jäähdyttävä keskus maksaa enemmän" it is said
    of the substation, not of who set the pricing ("toimittaja, jonka asentajat ovat
    huolimattomia" still speaks of the vendor through "jonka")."""
    if not head.dep.startswith("acl"):
        return False
    clause = msg.sentence_words(msg.sentences[head.sentence])
    if not any(
        w.head == head.i
        and w.lemma in ("joka", "mikä", "jolloin", "missä")
        and w.dep in ("obl", "advmod")
        for w in clause
    ):
        return False
    node = word
    for _ in range(6):  # climb the noun phrase the verdict stands in
        if node.head == head.i:
            return node.dep.startswith("nsubj") and node.pos in ("NOUN", "PROPN")
        if node.head == node.i or node.dep not in ("amod", "advmod", "acl", "nmod", "compound"):
            return False
        node = msg.words[node.head]
    return False


_AMONG = frozenset({"joukossa", "joukkoon", "seassa", "sekaan", "lomassa", "lomaan", "ohella"})


def _among(msg: AnalysedMessage, word: Word) -> bool:
    """ "muiden joukossa", "muiden seassa": one among other things or lines."""
    head = msg.words[word.head]
    if word.case == "Gen" and head.i != word.i and head.text.lower() in _AMONG:
        return True
    sentence = msg.sentence_words(msg.sentences[word.sentence])
    return any(w.head == word.i and w.dep == "case" and w.text.lower() in _AMONG for w in sentence)


def _compared_with(msg: AnalysedMessage, word: Word) -> bool:
    """ "harvemmin kuin muut": the standard of a comparison is the others of whatever
    is compared, not a vendor; unless a relative clause says more of them ("kuin muut,
    jotka …")."""
    before = msg.words[word.i - 1] if word.i > 0 else None
    if before is None or before.lemma != "kuin" or before.sentence != word.sentence:
        return False
    rest = [w for w in msg.sentence_words(msg.sentences[word.sentence]) if w.i > word.i]
    following = next((w for w in rest if not w.is_punct), None)
    return following is None or following.lemma != "joka"


def _only_modifies(msg: AnalysedMessage, match: _Match) -> bool:
    """A one-word requirement that only modifies a noun names nothing itself:
    "muut" in "muut vaihtoehdot" is no vendor, "muut" in "muut rahastavat" is, and
    so is "muut kartanot" from Kartano Kuusela: the others of the seller's own kind
    (named in its signature, its deck's title or its subject line)."""
    word = match.words[0]
    if len(match.words) == 1 and word.lemma == "muu" and _among(msg, word):
        return True  # "vain yksi rivi muiden joukossa": among other things, no vendor
    if len(match.words) == 1 and word.lemma == "muu" and _compared_with(msg, word):
        return True  # "uusi työntekijä käy harvemmin kuin muut": the others of its kind
    # ("eräillä asiakkaillamme": the parser may tag a determiner as an adjective;
    # "kilpailevat yritykset" is a vendor kind in an adjective)
    determiner = word.dep == "det" or (word.dep == "amod" and word.lemma in ("eräs", "muu"))
    if len(match.words) != 1 or not determiner:
        return False
    # ("kummankin kurssit", "molempien asentajat": each of the two named owns them)
    if word.case == "Gen" and word.lemma in ("kumpi", "kumpikin", "molemmat"):
        return False
    if word.lemma != "muu":
        return True
    # ("muut rakennusliikkeet" to a rakennusliike are its peers: see _is_target)
    head = msg.words[word.head]
    if _on_the_market(msg, head):
        return False  # "markkinoiden muut simulaattorit": what the others sell
    return head.lemma.lower() not in _own_kinds(msg)


def _on_the_market(msg: AnalysedMessage, head: Word) -> bool:
    """ "markkinoiden muut laitteet", "muut markkinoilla olevat ratkaisut": what is
    on the market is someone's offering, so "the other ones" there are rivals'."""
    return any(
        w.lemma.lower() == "markkina" and w.case in ("Gen", "Ade")
        for w in msg.sentence_words(msg.sentences[head.sentence])
        if w.head == head.i or msg.words[w.head].head == head.i
    )


def _own_kinds(msg: AnalysedMessage) -> frozenset[str]:
    """What the seller calls itself or offers: its names, its deck's title words and
    the heads of its subject line ("Alueen muut talot" under "Kalasataman upein
    toimistotalo"), memoised per message."""
    kinds: frozenset[str] | None = msg.memo.get(_own_kinds)
    if kinds is None:
        subject = {
            h
            for w in msg.words
            if msg.blocks[w.block].block.kind == "subject"
            for h in word_heads(w)
        }
        # the deck's title may name the reader too ("… – Seutukirjastojen ohjausryhmä")
        kinds = own_names(msg) | deck_title_words(msg) | subject
        kinds = msg.memo[_own_kinds] = kinds - reader_kinds(msg)
    return kinds


def _content_keys(word: Word) -> frozenset[str]:
    """A word's lexeme keys without the special tokens (for repetition)."""
    return frozenset(k for k in _cached_match_keys(word) if k not in _SPECIAL)


def _overlaps(a: _Match, b: _Match) -> bool:
    return a.start < b.end and b.start < a.end


def _shares_word(a: _Match, b: _Match) -> bool:
    return not {w.i for w in a.words}.isdisjoint(w.i for w in b.words)


def word_keys(word: Word) -> frozenset[str]:
    """What a word matches a lexicon by: lexemes of its reading, or its text."""
    memo = word.memo
    if memo.keys is not None:  # computed once per lexical shape, shared by every rule
        return memo.keys
    keys = {word.lower}
    if word.lower in _LEXICALISED_CLITICS:  # "ainakin" is not "aina"
        memo.keys = frozenset(keys)
        return memo.keys
    reading = word.reading
    keys.update(reading.lexemes if reading else ())
    if reading is None or reading.mood != "MINEN-infinitive":
        keys.add(word.lemma.lower())  # "johtaminen" (leadership) has the lemma "johtaa"
    memo.keys = frozenset(keys)
    return memo.keys


def _term_keys(term_word: str, voikko: VoikkoAnalyser) -> frozenset[str]:
    """A term word's keys. ``=word`` matches that exact form only ("=ollenkaan",
    which Voikko reads as a form of "olla"). A word written in its base form
    keeps only the readings it is the base form of ("lainkaan", not "laki")."""
    if term_word.startswith(("=", "-")):  # "=mikään" is not "millään"; "-liike" not "liike"
        return frozenset({term_word.lower()})
    if term_word in _SPECIAL or term_word in _LEXICALISED_CLITICS:
        return frozenset({term_word})
    readings = voikko.analyse(term_word)
    own = [r for r in readings if r.baseform.lower() == term_word.lower() and r.lexemes]
    keys = {r.lexemes[0] for r in own or readings if r.lexemes}
    return frozenset(keys or {term_word.lower()})


def lexeme_keys(term_word: str, voikko: VoikkoAnalyser) -> frozenset[str]:
    """A lexicon word's keys: the lexemes of every Voikko reading, or the word itself."""
    readings = voikko.analyse(term_word)
    keys = {r.lexemes[0] for r in readings if r.lexemes}
    return frozenset(keys or {term_word.lower()})


def load_lexicon_file(path: Path, origin: str | None = None) -> LexiconRule:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"{path}: cannot read lexicon rule: {exc}") from exc
    try:
        spec = LexiconSpec.model_validate(data)
    except ValidationError as exc:
        raise RuleError(f"{path}: invalid lexicon rule: {_first_error(exc)}") from exc
    if not _ID.match(spec.id):
        raise RuleError(f"{path}: rule id {spec.id!r} must be kebab-case (e.g. 'vague-fluff')")
    return LexiconRule(spec, origin or f"lexicon:{path.name}", folder=path.parent)


def load_lexicon_dir(paths: Iterable[Path]) -> list[LexiconRule]:
    rules: list[LexiconRule] = []
    for path in paths:
        files = sorted(path.glob("*.toml")) if path.is_dir() else [path]
        rules.extend(load_lexicon_file(f) for f in files)
    return rules


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or "file"
    return f"{where}: {err['msg']}"
