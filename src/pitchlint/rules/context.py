"""Context tests shared by rules: negation, concreteness, quotation, whose it is."""

from __future__ import annotations

import re

from pitchlint.analysis.model import AnalysedMessage, Sentence, Word

_QUOTES = '"”“«»„'
_CONCRETE_UNITS = frozenset(
    {
        "prosentti", "euro", "päivä", "arkipäivä", "viikko", "kuukausi", "vuosi", "tunti",
        "minuutti", "sentti", "kilo", "tonni", "kpl", "kappale", "kerta", "klo",
    }
)  # fmt: skip
_NUMBER = re.compile(r"\d")


def is_negated(msg: AnalysedMessage, sentence: Sentence, word: Word) -> bool:
    """Is ``word`` in a clause negated by "ei" (emme, en, ette, eivät, …)?"""
    for other in msg.sentence_words(sentence):
        if other.negative and (
            other.head == word.head or other.head == word.i or _governs(msg, other, word)
        ):
            return True
    return False


def _governs(msg: AnalysedMessage, neg: Word, word: Word) -> bool:
    """The negation attaches to a verb that dominates ``word``."""
    target = neg.head
    node = word.i
    for _ in range(8):
        if node == target:
            return True
        parent = msg.words[node].head
        if parent == node:
            return False
        node = parent
    return False


def sentence_is_concrete(msg: AnalysedMessage, sentence: Sentence) -> bool:
    """Numbers, percentages, sums, dates, deadlines: something one can check."""
    for w in msg.sentence_words(sentence):
        if w.like_num or _NUMBER.search(w.text) or w.text in ("%", "€"):
            return True
        if w.reading and w.reading.word_class == "lukusana":
            return True
    return False


def is_quoted(msg: AnalysedMessage, word: Word) -> bool:
    """Is the word inside quotation marks on its line?"""
    line_start = msg.source.rfind("\n", 0, word.start) + 1
    before = msg.source[line_start : word.start]
    return sum(before.count(q) for q in _QUOTES) % 2 == 1


def is_about_reader(msg: AnalysedMessage, first: Word, last: Word) -> bool:
    """The phrase belongs to the reader: "johtava asiantuntijanne", "teidän alanne johtava"."""
    span = msg.words[first.i : last.i + 1]
    head = msg.words[last.head]
    nearby = [*span, head, *msg.words[last.i + 1 : last.i + 3]]
    if any((w.possessive or "").startswith("2") for w in nearby):
        return True
    sentence_words = msg.words[first.i - min(first.i, 3) : first.i]
    return any(w.person == 2 and w.case == "Gen" for w in sentence_words)


def is_unit(word: Word) -> bool:
    return word.lemma in _CONCRETE_UNITS


_FRAME_KINDS = frozenset({"subject", "greeting", "closing", "signature"})


def body_sentences(msg: AnalysedMessage) -> list[Sentence]:
    """Sentences of the message's content: no subject, greeting, closing or signature."""
    return [s for s in msg.sentences if msg.blocks[s.block].block.kind not in _FRAME_KINDS]


def content_words(msg: AnalysedMessage, sentence: Sentence) -> list[Word]:
    return [w for w in msg.sentence_words(sentence) if not w.is_punct]


def reader_refs(words: list[Word]) -> int:
    return sum(1 for w in words if w.addresses_reader)


def seller_refs(words: list[Word]) -> int:
    return sum(1 for w in words if w.refers_to_seller)
