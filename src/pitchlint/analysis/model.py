"""The analysed message: what every rule reads.

Words and sentences carry offsets into the original input (``start``/``end``),
spaCy's POS and dependencies, and the Voikko reading chosen for the word. The
grammatical facts rules need (person, possessive suffix, the -ko/-kö clitic,
negation, compound parts) are computed once here, so rules never re-analyse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from pitchlint.analysis.voikko import Reading
from pitchlint.inputs.message import Block, Message

NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})


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
    # Memo slots for derived keys (lexicon matching), filled on first use: many rules
    # ask for the same word's keys, and they never change once the word is built.
    key_cache: frozenset[str] | None = field(default=None, repr=False, compare=False)
    match_key_cache: frozenset[str] | None = field(default=None, repr=False, compare=False)
    lower_cache: str | None = field(default=None, repr=False, compare=False)
    lemmas_cache: frozenset[str] | None = field(default=None, repr=False, compare=False)
    is_name_cache: bool | None = field(default=None, repr=False, compare=False)
    list_cache: dict[str, bool] | None = field(default=None, repr=False, compare=False)

    @property
    def lower(self) -> str:
        if self.lower_cache is None:
            self.lower_cache = self.text.lower()
        return self.lower_cache

    @property
    def lemmas(self) -> frozenset[str]:
        """Every lemma candidate, lowercased: spaCy's and each Voikko base form."""
        if self.lemmas_cache is None:
            self.lemmas_cache = frozenset(
                {self.lemma.lower(), *(r.baseform.lower() for r in self.readings)}
            )
        return self.lemmas_cache

    @property
    def parts(self) -> tuple[str, ...]:
        """Compound parts of the chosen reading (``asiakas``, ``lähtöinen``)."""
        return self.reading.parts if self.reading else ()

    @property
    def is_name(self) -> bool:
        if self.is_name_cache is None:
            self.is_name_cache = self.pos == "PROPN" or any(
                r.word_class in NAME_CLASSES for r in self.readings
            )
        return self.is_name_cache

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
