"""Named word lists (``data/wordlists.toml``) matched on lexemes and compound tails."""

from __future__ import annotations

import datetime
import re
import tomllib
from functools import cache
from pathlib import Path

from pitchlint.analysis.model import Word
from pitchlint.analysis.voikko import get_voikko
from pitchlint.rules.lexicon import lexeme_keys, word_keys

_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN", "AUX"})
_DATA = Path(__file__).parent / "data" / "wordlists.toml"


class WordList:
    def __init__(self, name: str, words: list[str]) -> None:
        self.name = name
        self.words = words
        voikko = get_voikko()
        self.keys = frozenset(k for w in words for k in lexeme_keys(w, voikko))

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, Word):
            return False
        lists = word.memo.lists  # many rules ask about the same word and list
        known = lists.get(self)
        if known is None:
            known = lists[self] = self._contains(word)
        return known

    def _contains(self, word: Word) -> bool:
        # Signals, not verdicts: spaCy's POS is unsure on exactly these words
        # ("ajankohtaista": adjective or verb?), so other readings count too, but
        # by their whole base form only ("ammattilaista" may be read ammatti+laki,
        # and "laki" must not match then). A participle also counts as its verb
        # ("perustettu" -> perustaa).
        if word_keys(word) & self.keys:
            return True
        if word.pos not in _CONTENT_POS:
            return False  # "lainkaan" is an adverb, not laki + -kaan
        for r in word.readings:
            if r.lexemes and r.lexemes[0] in self.keys:
                return True
            if r.participle and len(r.parts) == 1 and r.parts[0] in self.keys:
                return True
        return False

    def count(self, words: list[Word]) -> int:
        return sum(1 for w in words if w in self)


@cache
def raw_wordlists() -> dict[str, list[str]]:
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    return {name: list(table["words"]) for name, table in data.items()}


@cache
def wordlist(name: str) -> WordList:
    return WordList(name, raw_wordlists()[name])


_YEAR = re.compile(r"^(1[89]\d\d|20[0-3]\d)$")


def has_digits(word: Word) -> bool:
    return any(ch.isdigit() for ch in word.text)


def strong_background(words: list[Word]) -> bool:
    """Founding, owners, awards or "vuodesta 1990": background whatever else is said."""
    if wordlist("background").count(words):
        return True
    return any(_YEAR.match(w.text) and _since_year(words, n) for n, w in enumerate(words))


def _since_year(words: list[Word], n: int) -> bool:
    """ "vuodesta 1990" is history; "vuodesta 2030 alkaen" is a deadline."""
    if not n or words[n - 1].lemma != "vuosi" or words[n - 1].case != "Ela":
        return False
    return int(words[n].text) < datetime.date.today().year


def background_score(words: list[Word]) -> int:
    """Signals of the seller's past and size: founding, owners, awards, a founding
    year; headcount and offices only when the seller speaks or a figure is given
    ("meillä on 84 huonetta", "52 työntekijää"), since the reader has them too."""
    hits = wordlist("background").count(words)
    seller = any(w.refers_to_seller for w in words)
    size = wordlist("background_size")
    if seller:
        hits += size.count(words)
    else:  # the figure must count the thing: "52 (alan) työntekijää", not "30 % … henkilöstöllä"
        hits += sum(
            1
            for n, w in enumerate(words)
            if w in size and any(has_digits(v) or v.pos == "NUM" for v in words[max(0, n - 2) : n])
        )
    for n, w in enumerate(words):
        if not _YEAR.match(w.text):
            continue
        if _since_year(words, n):
            hits += 2  # "vuodesta 1990": since when the seller has been around
        elif hits or seller:  # a year alone may be a deadline ("elokuusta 2026")
            hits += 1
    # "Olemme olleet alalla 40 vuotta", "30 vuoden kokemuksella": the seller's years
    if seller and any(
        w.lemma == "vuosi" and n and (has_digits(words[n - 1]) or words[n - 1].pos == "NUM")
        for n, w in enumerate(words)
    ):
        hits += 1
    # "Meillä on 84 huonetta": the seller's possessive existential with a count
    if any(w.person == 1 and w.case == "Ade" for w in words) and any(has_digits(w) for w in words):
        hits += 1
    return hits
