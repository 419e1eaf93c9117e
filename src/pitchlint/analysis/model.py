"""The analysed message: what every rule reads.

Words and sentences carry offsets into the original input (``start``/``end``),
spaCy's POS and dependencies, and the Voikko reading chosen for the word. The
grammatical facts rules need (person, possessive suffix, the -ko/-kö clitic,
negation, compound parts) are computed once here, so rules never re-analyse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from pitchlint.analysis.voikko import Reading
from pitchlint.inputs.message import Block, Message

NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})


class WordMemo:
    """Facts derived from a word's form, POS, morphology and readings, computed on
    first use. Every word of the same lexical shape shares one memo."""

    __slots__ = ("is_name", "keys", "lemmas", "lists", "lower", "match_keys")

    def __init__(self) -> None:
        self.keys: frozenset[str] | None = None
        self.match_keys: frozenset[str] | None = None
        self.lower: str | None = None
        self.lemmas: frozenset[str] | None = None
        self.is_name: bool | None = None
        self.lists: dict[object, Any] = {}  # word list or test -> its answer


@dataclass(slots=True)
class Word:
    i: int  # index in AnalysedMessage.words
    text: str
    start: int  # offsets into Message.source
    end: int
    pos: str  # spaCy UPOS
    dep: str
    head: int  # index of the syntactic head in AnalysedMessage.words (itself for roots)
    lemma: str  # lemma, lowercased unless a proper name
    readings: tuple[Reading, ...]  # every Voikko reading
    reading: Reading | None  # the reading that fits spaCy's POS best
    sentence: int
    block: int
    person: int | None = None  # finite verbs: 1, 2, 3, 4 (passive)
    number: str | None = None  # "sg" | "pl"
    possessive: str | None = None  # "1s", "1p", "2s", "2p", "3"
    case: str | None = None
    clitic_ko: bool = False
    negative: bool = False  # the negation verb "ei" in any person
    interrogative: bool = False  # mikä, kuka, kuinka, montako, millainen, …
    finite: bool = False
    is_placeholder: bool = False  # overlaps a merge tag
    like_num: bool = False
    is_punct: bool = False
    ent_type: str = ""
    # Derived facts (match keys, lemma set, word-list membership) filled on first
    # use. Words of one lexical shape share one memo (see ``Analyzer._lexical``):
    # the facts depend only on that shape, so they are computed once per corpus.
    memo: WordMemo = field(default_factory=WordMemo, repr=False, compare=False)

    @property
    def lower(self) -> str:
        memo = self.memo
        if memo.lower is None:
            memo.lower = self.text.lower()
        return memo.lower

    @property
    def lemmas(self) -> frozenset[str]:
        """Every lemma candidate, lowercased: spaCy's and each Voikko base form."""
        memo = self.memo
        if memo.lemmas is None:
            memo.lemmas = frozenset(
                {self.lemma.lower(), *(r.baseform.lower() for r in self.readings)}
            )
        return memo.lemmas

    @property
    def parts(self) -> tuple[str, ...]:
        """Compound parts of the chosen reading (``asiakas``, ``lähtöinen``)."""
        return self.reading.parts if self.reading else ()

    @property
    def is_name(self) -> bool:
        memo = self.memo
        if memo.is_name is None:
            memo.is_name = self.pos == "PROPN" or any(
                r.word_class in NAME_CLASSES for r in self.readings
            )
        return memo.is_name

    @property
    def addresses_reader(self) -> bool:
        """Second person: te/sinä, a 2nd-person verb or a -nne/-si possessive."""
        return self.person == 2 or (self.possessive or "").startswith("2")

    @property
    def refers_to_seller(self) -> bool:
        """First person: me/minä, a 1st-person verb or a -mme/-ni possessive."""
        return self.person == 1 or (self.possessive or "").startswith("1")


@dataclass(slots=True)
class Sentence:
    index: int
    block: int
    first: int  # word index range [first, last)
    last: int
    start: int
    end: int
    is_question: bool = False

    def words(self, msg: AnalysedMessage) -> list[Word]:
        return msg.words[self.first : self.last]


@dataclass(slots=True)
class AnalysedBlock:
    index: int
    block: Block
    first_sentence: int
    last_sentence: int  # exclusive
    first_word: int
    last_word: int


@dataclass
class AnalysedMessage:
    message: Message
    words: list[Word]
    sentences: list[Sentence]
    blocks: list[AnalysedBlock]
    config_words: frozenset[str] = field(default_factory=frozenset)  # allowed names/words
    # Facts rules derive from the whole message and share (names, sentence keys),
    # keyed by the function that computes them.
    memo: dict[object, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def kind(self) -> str:
        return self.message.kind

    @property
    def source(self) -> str:
        return self.message.source

    def sentence_words(self, sentence: Sentence) -> list[Word]:
        return self.words[sentence.first : sentence.last]

    def block_sentences(self, block: AnalysedBlock) -> list[Sentence]:
        return self.sentences[block.first_sentence : block.last_sentence]

    def text(self, start: int, end: int) -> str:
        return self.message.source[start:end]

    @cached_property
    def content_words(self) -> list[Word]:
        return [w for w in self.words if not w.is_punct]
