"""Named word lists (``data/wordlists.toml``) matched on lexemes and compound tails."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from pitchlint.analysis.model import Word
from pitchlint.analysis.voikko import get_voikko
from pitchlint.rules.lexicon import lexeme_keys, word_keys

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
        # Signals, not verdicts: any Voikko reading may match, since spaCy's POS
        # is unsure on exactly these words ("ajankohtaista": adjective or verb?).
        return bool(word_keys(word) & self.keys) or any(
            not self.keys.isdisjoint(r.lexemes) for r in word.readings
        )

    def count(self, words: list[Word]) -> int:
        return sum(1 for w in words if w in self)


@cache
def raw_wordlists() -> dict[str, list[str]]:
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    return {name: list(table["words"]) for name, table in data.items()}


@cache
def wordlist(name: str) -> WordList:
    return WordList(name, raw_wordlists()[name])
