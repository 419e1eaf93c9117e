"""Runs spaCy and Voikko over a message, once, and builds the analysed message."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from pitchlint.analysis.model import (
    NAME_CLASSES,
    AnalysedBlock,
    AnalysedMessage,
    Sentence,
    Word,
    WordMemo,
)
from pitchlint.analysis.voikko import FINITE_MOODS, Reading, VoikkoAnalyser, get_voikko
from pitchlint.errors import SetupError
from pitchlint.inputs.message import Message

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

SPACY_MODEL = "spacy_fi_experimental_web_md"
BLOCK_SEPARATOR = "\n\n"
# Components a rule can ask for on top of the base pipeline (tok2vec, tagger,
# morphologizer, parser). NER costs a third of the parse; Voikko gives names.
OPTIONAL_COMPONENTS = ("ner",)
# Always skipped: the lemmatizer (Voikko gives lemmas, with all readings) and
# the 500,000-entry probability table that only feeds token.prob.
_ALWAYS_EXCLUDED = ("lookups", "lemmatizer")

# spaCy UPOS to the Voikko word classes that fit it, to pick a reading.
_POS_CLASSES: dict[str, frozenset[str]] = {
    "VERB": frozenset({"teonsana"}),
    "AUX": frozenset({"teonsana", "kieltosana"}),
    "NOUN": frozenset({"nimisana", "nimisana_laatusana", "lyhenne"}),
    "PROPN": frozenset({"etunimi", "sukunimi", "paikannimi", "nimi", "nimisana"}),
    "ADJ": frozenset({"laatusana", "nimisana_laatusana", "teonsana"}),
    "PRON": frozenset({"asemosana"}),
    "DET": frozenset({"asemosana"}),
    "NUM": frozenset({"lukusana"}),
    "ADV": frozenset({"seikkasana", "asemosana"}),
    "ADP": frozenset({"suhdesana"}),
    "CCONJ": frozenset({"sidesana"}),
    "SCONJ": frozenset({"sidesana"}),
    "INTJ": frozenset({"huudahdussana"}),
}
INTERROGATIVES = frozenset(
    {
        "mikä", "kuka", "kumpi", "millainen", "minkälainen", "kuinka", "miten", "miksi",
        "milloin", "missä", "mistä", "mihin", "montako", "paljonko", "monesko", "ken",
    }
)  # fmt: skip
_FIRST_PERSON_PRONOUNS = frozenset({"minä", "me"})
_SECOND_PERSON_PRONOUNS = frozenset({"sinä", "te"})


@lru_cache(maxsize=4)
def load_pipeline(extra: frozenset[str] = frozenset()) -> Language:
    """Load the Finnish pipeline once per process with only the components needed."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("pitchlint_block_starts"):
        Language.component("pitchlint_block_starts", func=_block_starts)
    excluded = [*_ALWAYS_EXCLUDED, *(c for c in OPTIONAL_COMPONENTS if c not in extra)]
    try:
        nlp = spacy.load(SPACY_MODEL, exclude=excluded)
    except OSError as exc:
        raise SetupError(
            f"the Finnish spaCy pipeline {SPACY_MODEL!r} is not installed ({exc}); "
            "install it with `pip install spacy-fi-experimental-web-md`"
        ) from exc
    nlp.add_pipe("pitchlint_block_starts", before="parser")
    nlp.max_length = 10_000_000  # inputs are size-checked before they get here
    return nlp


_FINAL = frozenset({".", "!", "?", "…", "?!", "!?", "..."})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "»"})
_NUMBER_WITH_PERIOD = re.compile(r"^\d+\.$")
_MONTH = re.compile(r"^(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu")
_SENTENCE_OPENERS = frozenset({"ADV", "PRON", "VERB", "AUX", "SCONJ", "CCONJ", "DET", "INTJ"})


def _block_starts(doc: Doc) -> Doc:
    """Deterministic sentences: a block (blank line) always ends one, and so does
    final punctuation before a capital, a digit or a quote. Everything else is
    fixed as no boundary, so the parser cannot split "Yrityksemme Koneteknikka Oy"."""
    after_final = False
    after_word_stop = False  # "nousi 74 prosenttiin. tärkeintä oli…": a typo's small letter
    starts = [0]
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if token.is_space:
            continue
        # a quotation mark glued to the stop closes its sentence ("…sanoi "kyllä." Sitten");
        # one after a space opens the next ("…riviltä. "Edullisuus" on…")
        closing = token.text in _CLOSERS and not prev.whitespace_ and not prev.is_space
        started = (prev.is_space and "\n\n" in prev.text) or (
            after_final
            and (
                token.text[:1].isupper()
                or token.text[:1].isdigit()
                or (token.text[:1] in '"”«-–' and not closing)
            )
        )
        if started or (after_word_stop and token.text[:1].islower()):
            token.is_sent_start = True
            starts.append(token.i)
        else:
            token.is_sent_start = False
        # a full stop of its own after a whole word, not an abbreviation's ("esim.",
        # "mm." keep their stop in the token), still ends the sentence
        after_word_stop = token.text == "." and prev.is_alpha and len(prev.text) >= 3
        if token.text in _FINAL or (after_final and token.text in _CLOSERS and not started):
            after_final = True
        elif _NUMBER_WITH_PERIOD.match(token.text):
            # "yli 30. Siksi …": Finnish writes ordinals as "30.", so the period is
            # glued to the number; a verb or function word after it starts a sentence
            # ("30. päivä", "3. Lyseo" do not)
            # ("oli 27. Kaupungin hotellit…": a capitalised common noun opens one too)
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            after_final = nxt is not None and (
                nxt.pos_ in _SENTENCE_OPENERS
                or (
                    nxt.text[:1].isupper()
                    and nxt.pos_ in ("NOUN", "ADJ", "NUM")
                    and not _MONTH.match(nxt.lower_)  # "30. Kesäkuuta": a date
                )
            )
        else:
            after_final = False
    # The parser may still start a sentence where this said no ("talvesta toiseen |
    # jopa 40 %"), so the analyser reads the boundaries from here, not doc.sents.
    doc.user_data[_STARTS_KEY] = starts
    return doc


_STARTS_KEY = "pitchlint_sentence_starts"


def _sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of the sentences ``_block_starts`` decided."""
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None:  # a Doc parsed without the component
        return [(sent.start, sent.end) for sent in doc.sents]
    bounds = [*starts, len(doc)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if a < b]


class Analyzer:
    """Loads spaCy and Voikko lazily, once, and analyses messages."""

    def __init__(self, components: Iterable[str] = (), *, batch_size: int = 32) -> None:
        self.components = frozenset(c for c in components if c in OPTIONAL_COMPONENTS)
        self.batch_size = batch_size
        self._nlp: Language | None = None
        self._voikko: VoikkoAnalyser | None = None
        # spaCy hashes of (form, POS, norm, morphology) -> word facts; bounded by
        # LEXICAL_CACHE_SIZE
        self._lexical: dict[tuple[int, int, int, int], _Lexical] = {}

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_pipeline(self.components)
        return self._nlp

    @property
    def voikko(self) -> VoikkoAnalyser:
        if self._voikko is None:
            self._voikko = get_voikko()
        return self._voikko

    def analyse(self, message: Message) -> AnalysedMessage:
        return next(self.analyse_many([message]))

    def analyse_many(self, messages: Iterable[Message]) -> Iterator[AnalysedMessage]:
        """Analyse messages in batches with ``nlp.pipe``; yields in input order."""
        nlp = self.nlp

        def pairs() -> Iterator[tuple[str, Message]]:
            for m in messages:
                text = _doc_text(m)
                # Inputs are size-checked (max-chars) before they get here: spaCy's own
                # limit must never be what refuses a message.
                nlp.max_length = max(nlp.max_length, len(text) + 1)
                yield text, m

        for doc, message in nlp.pipe(pairs(), as_tuples=True, batch_size=self.batch_size):
            yield self._build(doc, message)

    def _build(self, doc: Doc, message: Message) -> AnalysedMessage:
        from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_SPACE, MORPH, NORM, ORTH, POS

        blocks = message.blocks
        block_starts: list[int] = []
        pos = 0
        for block in blocks:
            block_starts.append(pos)
            pos += len(block.text) + len(BLOCK_SEPARATOR)
        tags = message.placeholders
        strings = doc.vocab.strings

        names: dict[int, str] = {0: ""}  # 0: no entity (or NER not run)

        def labels(label: int) -> str:
            name = names.get(label)
            if name is None:
                name = names[label] = strings[label]
            return name

        words: list[Word] = []
        token_word: dict[int, int] = {}
        sentences: list[Sentence] = []
        voikko = self.voikko
        lexical = self._lexical
        # One array read instead of a Token object and a string lookup per attribute
        # per token: the cache key is spaCy's hashes of form, POS, norm, morphology.
        rows = doc.to_array([ORTH, POS, NORM, MORPH, DEP, ENT_TYPE, IDX, IS_SPACE]).tolist()
        heads = doc.to_array(HEAD).view("int64").tolist()  # relative offsets
        for sent_start, sent_end in _sentence_spans(doc):
            first = len(words)
            for i in range(sent_start, sent_end):
                orth, pos_id, norm, morph, dep, ent, idx, space = rows[i]
                if space:
                    continue
                key = (orth, pos_id, norm, morph)
                lex = lexical.get(key)
                if lex is None:
                    lex = _lexical(doc[i], voikko)
                    if len(lexical) >= LEXICAL_CACHE_SIZE:  # bounded: drop the oldest entry
                        del lexical[next(iter(lexical))]
                    lexical[key] = lex
                b = bisect.bisect_right(block_starts, idx) - 1
                rel = idx - block_starts[b]
                start, end = blocks[b].source_map.span(rel, rel + len(lex.text))
                token_word[i] = len(words)
                words.append(
                    _word(
                        lex,
                        len(words),
                        start,
                        end,
                        len(sentences),
                        b,
                        tags,
                        labels(dep),
                        labels(ent),
                    )
                )
            if len(words) == first:
                continue
            sent_words = words[first:]
            sentences.append(
                Sentence(
                    index=len(sentences),
                    block=sent_words[0].block,
                    first=first,
                    last=len(words),
                    start=sent_words[0].start,
                    end=sent_words[-1].end,
                    is_question=_is_question(sent_words),
                )
            )
        for i, n in token_word.items():
            words[n].head = token_word.get(i + heads[i], n)
        _repair_tags(words)
        return AnalysedMessage(message, words, sentences, _blocks(message, words, sentences))


_NOUN_CLASSES = NAME_CLASSES | {"nimisana"}


def _heads_a_finite_verb(w: Word, words: list[Word], n: int) -> bool:
    """ "nostin jää": the next word is a 3rd-person finite verb attached to this one
    as its complement, and this one may be a noun in the nominative."""
    if n + 1 >= len(words):
        return False
    verb = words[n + 1]
    return (
        verb.head == w.i
        and verb.finite
        and verb.person == 3
        and verb.dep in ("xcomp", "ccomp", "obj")
        and any(r.word_class == "nimisana" and r.case == "Nom" for r in w.readings)
        and not any(d.head == verb.i and d.dep.startswith("nsubj") for d in words)
    )


_PERSONAL = _FIRST_PERSON_PRONOUNS | _SECOND_PERSON_PRONOUNS | {"hän", "he"}


def _cries_alas(words: list[Word], n: int) -> bool:
    """ "Voi sinua," "Voi heitäkin!": "voi" (or "oi") then a personal pronoun in the
    partitive, and the clause ends there."""
    if words[n].lower not in ("voi", "oi") or n + 2 >= len(words):
        return False
    pronoun, after = words[n + 1], words[n + 2]
    return (
        pronoun.case == "Par"
        and any(r.baseform in _PERSONAL for r in pronoun.readings)
        and after.is_punct
        and after.text in (",", "!", ".", "…")
    )


def _repair_tags(words: list[Word]) -> None:
    """Fix what one form cannot tell. "eivätkä kollegat päädy", "en sano": the verb
    after a negation verb of another person is its connegative, which spaCy does not
    always mark and Voikko reads as a 2nd-person imperative; the negation verb
    carries the person. "kirjanpito saa": an imperative has no subject, so a verb
    with one is the 3rd-person indicative it may also be. An adjective before its noun
    is an adjective, whatever the tagger said. A repaired word gets a memo of its own:
    the shared one holds facts derived from the tags it had. "Alan nopeimmin kasvava":
    before a superlative, "Alan" is the genitive of "ala", not "I begin". "Seuraavan
    vuoden lupaan": a verb has no genitive attribute, so it is the noun. "joka
    kolmas huomasi": "joka" before an ordinal is "every", not a relative pronoun, so
    its verb heads a clause of its own. "ennen kuin erotin on puolillaan": a subject in
    the 1st or 2nd person of a verb is the noun it may also be."""
    # words with a genitive attribute in front of them (an adjective there may be a
    # misparsed subject: "Maatilan Parhaat kasvatti…")
    attributed = {
        w.head for w in words if w.dep == "nmod:poss" and w.case == "Gen" and 0 < w.head - w.i <= 3
    }
    opened: set[int] = set()  # sentences whose first word has been seen
    for n, w in enumerate(words):
        if (
            w.pos in ("VERB", "AUX")
            and w.sentence in opened
            and w.text[:1].isupper()
            and w.readings
            and all(r.word_class in _NOUN_CLASSES for r in w.readings)
        ):
            # "No, Vesivahdin asiakkaat tietävät": a capitalised word inside a sentence
            # that the dictionary knows only as a noun is a name, whatever the tagger said
            w.pos, w.memo = "PROPN", WordMemo()
        if w.sentence not in opened and _cries_alas(words, n):
            # "Voi teitäkin, joudutte odottamaan": "voida" takes an infinitive, so a
            # sentence opened by "voi" and a pronoun in the partitive alone is the cry
            w.pos, w.lemma, w.dep, w.reading = "INTJ", w.lower, "discourse", None
            w.person = w.number = None
            w.finite, w.memo = False, WordMemo()
        if not w.is_punct:
            opened.add(w.sentence)
        if (
            w.lemma == "joka"
            and w.dep.startswith("nsubj")
            and n + 1 < len(words)
            and any(r.word_class == "lukusana" for r in words[n + 1].readings)
            and words[w.head].dep == "acl:relcl"
        ):
            words[w.head].dep = "parataxis"
        if w.finite and w.person in (1, 2) and _heads_a_finite_verb(w, words, n):
            # "nostin jää usein työmaalle": no verb takes a finite verb as its
            # complement, so the 1st-person "I lifted" is the subject noun of the next
            # (re-attached as its subject here; the check below then reads the noun)
            verb = words[n + 1]
            for d in words:
                if d.head == w.i and d is not verb:
                    d.head = verb.i
            verb.dep, verb.head = (w.dep, w.head) if w.head != w.i else ("ROOT", verb.i)
            w.dep, w.head = "nsubj", verb.i
        if w.finite and w.person in (1, 2) and w.dep in ("nsubj", "nsubj:cop"):
            # "ennen kuin erotin on puolillaan": a subject is no verb in the 1st or 2nd
            # person ("I separated"), so the word is the noun it may also be
            noun = next(
                (r for r in w.readings if r.word_class == "nimisana" and r.case == "Nom"), None
            )
            if noun is not None:
                w.pos, w.reading, w.lemma = "NOUN", noun, noun.baseform
                w.person = w.number = None
                w.case, w.finite, w.memo = noun.case, False, WordMemo()
                continue
        if w.finite and w.i in attributed and w.dep in ("obl", "obj", "nsubj", "nmod"):
            # "seuraavan vuoden lupaan": a verb takes no genitive attribute, so the
            # word is the noun it may also be (lupa, not luvata)
            noun = next((r for r in w.readings if r.word_class == "nimisana"), None)
            if noun is not None:
                w.pos, w.reading, w.lemma = "NOUN", noun, noun.baseform
                w.person = w.number = None
                w.case, w.finite, w.memo = noun.case, False, WordMemo()
        if (
            w.pos in ("VERB", "AUX")
            and w.person == 1
            and n + 1 < len(words)
            and any(r.comparison == "superlative" for r in words[n + 1].readings)
        ):
            genitive = next(
                (r for r in w.readings if r.word_class == "nimisana" and r.case == "Gen"), None
            )
            if genitive is not None:
                w.pos, w.dep, w.reading, w.lemma = "NOUN", "nmod:poss", genitive, genitive.baseform
                w.person = w.number = None
                w.case, w.finite, w.memo = "Gen", False, WordMemo()
        if (
            w.pos == "ADV"
            and w.dep == "advmod"
            and 0 < w.head - w.i <= 3
            and words[w.head].pos == "NOUN"
            and w.readings
            and all(r.word_class == "laatusana" for r in w.readings)
        ):
            # "Suomen tuloksellisin mainonnan toimisto": an adjective before its noun,
            # tagged as an adverb
            w.pos, w.dep, w.memo = "ADJ", "amod", WordMemo()
        if w.negative and w.head > w.i and w.person not in (None, 2):
            verb = words[w.head]
            if verb.person == 2 and verb.pos in ("VERB", "AUX"):
                verb.person = verb.number = None
                verb.memo = WordMemo()
        elif (
            w.dep.startswith("nsubj")
            and w.person is None
            and w.pos in ("NOUN", "PROPN")
            and w.head != w.i
        ):
            verb = words[w.head]
            if (
                verb.person == 2
                and verb.reading is not None
                and verb.reading.mood == "imperative"
                and any(r.person == 3 for r in verb.readings)
            ):
                verb.person, verb.number, verb.memo = 3, "sg", WordMemo()


def _doc_text(message: Message) -> str:
    # A line break inside a block is a hard-wrapped line, not a boundary; a space
    # of the same length keeps every offset.
    return BLOCK_SEPARATOR.join(block.text.replace("\n", " ") for block in message.blocks)


def _blocks(message: Message, words: list[Word], sentences: list[Sentence]) -> list[AnalysedBlock]:
    result = []
    s = w = 0
    for index, block in enumerate(message.blocks):
        s0, w0 = s, w
        while s < len(sentences) and sentences[s].block == index:
            s += 1
        while w < len(words) and words[w].block == index:
            w += 1
        result.append(AnalysedBlock(index, block, s0, s, w0, w))
    return result


def _fits_verb_form(r: Reading, verb_form: str | None) -> bool:
    if verb_form == "Inf":
        return r.mood is not None and r.mood.endswith("infinitive")
    if verb_form == "Part":
        return r.participle is not None or r.mood is None
    if verb_form == "Fin":
        return r.mood in FINITE_MOODS
    return True


def choose_reading(
    readings: tuple[Reading, ...],
    pos: str,
    lemma: str,
    case: str | None = None,
    verb_form: str | None = None,
) -> Reading | None:
    """The Voikko reading that agrees with spaCy's POS, verb form and case ("vuotta"
    is the partitive of vuosi, not the abessive of vuo), then its text as a lemma."""
    if not readings:
        return None
    fitting = [
        r
        for r in readings
        if r.word_class in _POS_CLASSES.get(pos, frozenset())
        or (verb_form == "Part" and r.participle is not None)  # Voikko files it as an adjective
    ]
    candidates = fitting or list(readings)

    # Among equals prefer the case spaCy saw, then the fewest compound parts
    # (ammattilainen, not ammatti+laki): Voikko lists splits of lexicalised words too.
    # For verbs, spaCy's VerbForm decides between "soittaa" the infinitive and
    # "soittaa" the 3rd person, or "pehmennyt" the participle and a finite form.
    def rank(r: Reading) -> tuple[int, int, int, int]:
        return (
            0 if _fits_verb_form(r, verb_form) else 1,
            0 if case is None or r.case == case else 1,
            len(r.parts),  # kahvila+nne, not kahvi+lanne
            0 if r.baseform.lower() == lemma.lower() else 1,
        )

    return min(candidates, key=rank)


def _word(
    lex: _Lexical,
    index: int,
    start: int,
    end: int,
    sentence: int,
    block: int,
    tags: list[Any],
    dep: str,
    ent_type: str,
) -> Word:
    is_placeholder = bool(tags) and any(t.start < end and start < t.end for t in tags)
    # positional, in Word's field order: ~40k words per 150 messages, and keyword
    # construction of a 25-field dataclass is measurably slower
    return Word(
        index,
        lex.text,
        start,
        end,
        lex.pos,
        dep,
        index,  # head: set once every word exists
        lex.lemma,
        lex.readings,
        lex.reading,
        sentence,
        block,
        lex.person,
        lex.number,
        lex.possessive,
        lex.case,
        lex.clitic_ko,
        lex.negative,
        lex.interrogative,
        lex.finite,
        is_placeholder,
        lex.like_num,
        lex.is_punct,
        ent_type,
        lex.memo,
    )


# Per-process bound of the (form, POS, norm, morphology) -> word facts cache.
LEXICAL_CACHE_SIZE = 50_000


class _Lexical(NamedTuple):
    """What a word is apart from its place: the same for every occurrence of one
    form with one POS, norm and morphology, so it is computed once and cached."""

    readings: tuple[Reading, ...]
    reading: Reading | None
    lemma: str
    person: int | None
    number: str | None
    possessive: str | None
    case: str | None
    clitic_ko: bool
    negative: bool
    interrogative: bool
    finite: bool
    like_num: bool
    is_punct: bool
    memo: WordMemo  # shared by every word of this shape
    text: str
    pos: str


def _suffix_possessive(text: str, pos: str) -> str | None:
    """A noun Voikko does not know (a typo: "käänöstoimistonne") still shows its
    possessive suffix -nne, yours. (A typo in -mme is left alone: "our" would make
    "vihanesasiakkaallamme", our customers, the seller's own talk.)"""
    lower = text.lower()
    if pos != "NOUN" or len(lower) < 7 or not lower.isalpha():
        return None
    return "2p" if lower.endswith("nne") else None


def _lexical(token: Any, voikko: VoikkoAnalyser) -> _Lexical:
    text: str = token.text
    pos: str = token.pos_
    morph = token.morph
    is_punct = bool(token.is_punct) or pos in ("PUNCT", "SYM")
    readings = voikko.analyse_text_word(text) if not is_punct and len(text) < 80 else ()
    reading = choose_reading(
        readings,
        pos,
        token.norm_,
        next(iter(morph.get("Case")), None),
        next(iter(morph.get("VerbForm")), None) if pos in ("VERB", "AUX") else None,
    )
    if reading is not None:
        lemma = reading.baseform if reading.is_name else reading.baseform.lower()
    else:
        lemma = text if pos == "PROPN" else text.lower()
    if lemma == "ett" and pos == "SCONJ":
        lemma = "että"  # "ettei" is tokenised "ett" + "ei": the conjunction is "että"
    person: int | None = None
    number: str | None = None
    # "teilläkin", "meilläkin": a pronoun with a clitic is sometimes tagged an adverb
    if pos in ("PRON", "ADV") and lemma in _FIRST_PERSON_PRONOUNS | _SECOND_PERSON_PRONOUNS:
        person = 1 if lemma in _FIRST_PERSON_PRONOUNS else 2
        number = "pl" if lemma in ("me", "te") else "sg"
    elif pos == "PRON" and (p := morph.get("Person")) and p[0] in ("1", "2"):
        person = int(p[0])  # spaCy knows 'teillä' is 2nd person even when Voikko doubts
        number = "pl" if morph.get("Number") == ["Plur"] else "sg"
    # a form Voikko knows only as a verb is one, whatever the tagger says: "Vien vain
    # kymmenen minuuttia" opening a bullet was tagged a noun
    only_verb = bool(readings) and all(r.word_class == "teonsana" for r in readings)
    finite = (
        reading is not None
        and reading.mood in FINITE_MOODS
        and (pos in ("VERB", "AUX") or (only_verb and pos in ("NOUN", "PROPN")))
    )
    if finite and reading is not None:
        person, number = reading.person, reading.number
    if "Yes" in morph.get("Connegative"):
        # "(ei) ole", "(emme) voi": the negation verb carries the person, and
        # "ole" is not a 2nd-person imperative here
        person = number = None
    return _Lexical(
        readings=readings,
        reading=reading,
        lemma=lemma,
        person=person,
        number=number,
        possessive=reading.possessive if reading else _suffix_possessive(text, pos),
        case=(reading.case if reading else None) or next(iter(morph.get("Case")), None),
        clitic_ko=bool(reading and reading.clitic_ko) or "Ko" in morph.get("Clitic"),
        negative=lemma == "ei" and pos in ("AUX", "VERB"),
        # "montako", "paljonko": a quantifier with the -ko clitic asks too
        # ("mitenkään", "kukaan": the -kAAn clitic makes an indefinite, no question)
        interrogative=not text.lower().endswith(("kaan", "kään"))
        and (
            lemma in INTERROGATIVES
            or text.lower() in INTERROGATIVES
            or "Int" in morph.get("PronType")
            # (not a verb's -ko the tagger took for a name: "Ehditkö torstaina…?")
            or (
                pos not in ("VERB", "AUX")
                and bool(reading and reading.clitic_ko and reading.word_class != "teonsana")
            )
        ),
        finite=finite,
        like_num=bool(token.like_num),
        is_punct=is_punct,
        memo=WordMemo(),
        text=text,
        pos=pos,
    )


def _is_question(words: list[Word]) -> bool:
    last = next((w for w in reversed(words) if w.is_punct), None)
    if last is not None and "?" in last.text and words[-1].is_punct:
        return True
    # Verb-initial yes/no questions and polite requests ("Kertoisitteko, …").
    first_verb = next((w for w in words[:3] if w.finite), None)
    return first_verb is not None and first_verb.clitic_ko
