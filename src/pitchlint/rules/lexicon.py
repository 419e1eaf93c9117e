"""Declarative lexicon rules: a TOML file is a rule, matched on Finnish morphology.

A term's words are analysed by Voikko when the file is loaded, so a marketing
writer lists "kokonaisvaltainen" once and every inflection ("kokonaisvaltaisen",
"kokonaisvaltaisia") and compound ending in it matches. See docs/lexicon-rules.md.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pitchlint.analysis.model import AnalysedMessage, Sentence, Word
from pitchlint.analysis.voikko import VoikkoAnalyser, get_voikko
from pitchlint.errors import RuleError
from pitchlint.findings import Severity
from pitchlint.rules.base import Hit, Rule, RuleDocs, RuleInfo
from pitchlint.rules.context import (
    is_about_reader,
    is_negated,
    is_quoted,
    sentence_is_concrete,
)

_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TermSpec(_Strict):
    """One lexicon entry. Exactly one of ``words``, ``part`` or ``exact``."""

    words: str | None = None  # space-separated words, each matched in any inflection
    part: str | None = None  # a compound part: "synergia" matches "synergiaetuja"
    exact: str | None = None  # a surface string, case-insensitive (foreign words)
    note: str = ""


class ContextSpec(_Strict):
    skip_negated: bool = False  # "emme voi luvata": a negated clause does not count
    skip_concrete: bool = False  # a number, percentage, sum or date makes it checkable
    skip_about_reader: bool = False  # "johtava asiantuntijanne" is about the reader
    skip_quoted: bool = True  # quoted text is someone else's words
    requires: list[str] = Field(default_factory=list)  # a word that must be in the sentence
    about_seller: bool = False  # the sentence must speak of the seller (1st person)


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
    message: str  # "{text}" is the matched text
    suggestion: str | None = None
    severity: Severity = Severity.WARNING
    weight: float = Field(default=5.0, ge=0)
    kinds: list[Literal["email", "outline"]] = Field(default_factory=lambda: ["email", "outline"])
    docs: DocsSpec
    context: ContextSpec = Field(default_factory=ContextSpec)
    terms: list[TermSpec] = Field(min_length=1)


@dataclass(frozen=True, slots=True)
class _Term:
    keys: tuple[frozenset[str], ...]  # per word: lexeme keys that match it
    kind: Literal["words", "part", "exact"]
    label: str


class LexiconRule(Rule):
    """A rule defined by a lexicon file; one matcher serves every such rule."""

    def __init__(
        self, spec: LexiconSpec, origin: str, voikko: VoikkoAnalyser | None = None
    ) -> None:
        super().__init__()
        self.spec = spec
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
        self._index: dict[str, list[_Term]] | None = None
        self._parts: dict[str, list[_Term]] = {}
        self._requires: frozenset[str] = frozenset()

    def _compile(self) -> dict[str, list[_Term]]:
        voikko = self._voikko or get_voikko()
        index: dict[str, list[_Term]] = {}
        for term in self.spec.terms:
            if term.part:
                part = term.part.lower()
                self._parts.setdefault(part, []).append(_Term((frozenset({part}),), "part", part))
            elif term.exact:
                exact = term.exact.lower()
                t = _Term((frozenset({exact}),), "exact", exact)
                index.setdefault(exact, []).append(t)
            elif term.words:
                keys = tuple(lexeme_keys(w, voikko) for w in term.words.split())
                t = _Term(keys, "words", term.words)
                for key in keys[0]:
                    index.setdefault(key, []).append(t)
            else:
                raise RuleError(f"{self.spec.id}: a term needs one of words, part or exact")
        self._requires = frozenset(
            k for word in self.spec.context.requires for k in lexeme_keys(word, voikko)
        )
        return index

    def check(self, msg: AnalysedMessage) -> Iterator[Hit]:
        if self._index is None:
            self._index = self._compile()
        ctx = self.spec.context
        for sentence in msg.sentences:
            words = [w for w in msg.sentence_words(sentence) if not w.is_punct]
            if ctx.requires and not any(word_keys(w) & self._requires for w in words):
                continue
            if ctx.about_seller and not any(w.refers_to_seller for w in words):
                continue
            for n, word in enumerate(words):
                if word.is_placeholder:
                    continue
                for term, length in self._matches(words, n):
                    last = words[n + length - 1]
                    if self._skipped(msg, sentence, word, last):
                        continue
                    text = msg.text(word.start, last.end)
                    yield Hit(
                        word.start,
                        last.end,
                        self.spec.message.format(text=text, term=term.label),
                        self.spec.suggestion,
                    )
                    break

    def _matches(self, words: list[Word], n: int) -> Iterator[tuple[_Term, int]]:
        word = words[n]
        assert self._index is not None
        for key in word_keys(word):
            for term in self._index.get(key, ()):
                length = len(term.keys)
                if n + length <= len(words) and all(
                    word_keys(words[n + k]) & term.keys[k] for k in range(1, length)
                ):
                    yield term, length
        for part in word.parts:
            for term in self._parts.get(part, ()):
                yield term, 1

    def _skipped(self, msg: AnalysedMessage, sentence: Sentence, first: Word, last: Word) -> bool:
        ctx = self.spec.context
        return (
            (ctx.skip_quoted and is_quoted(msg, first))
            or (ctx.skip_negated and is_negated(msg, sentence, first))
            or (ctx.skip_concrete and sentence_is_concrete(msg, sentence))
            or (ctx.skip_about_reader and is_about_reader(msg, first, last))
        )


def word_keys(word: Word) -> frozenset[str]:
    """What a word matches a lexicon by: lexemes of its reading, or its text."""
    reading = word.reading
    keys: set[str] = set()
    if reading is not None:
        # Voikko often has several readings of the same word class (kulun: kulku/kulu);
        # spaCy's POS cannot choose between them, so any of them may match.
        for r in word.readings:
            if r.word_class == reading.word_class:
                keys.update(r.lexemes)
    keys.add(word.lower)
    keys.add(word.lemma.lower())
    return frozenset(keys)


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
    return LexiconRule(spec, origin or f"lexicon:{path.name}")


def load_lexicon_dir(paths: Iterable[Path]) -> list[LexiconRule]:
    rules = []
    for path in paths:
        files = sorted(path.glob("*.toml")) if path.is_dir() else [path]
        rules.extend(load_lexicon_file(f) for f in files)
    return rules


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or "file"
    return f"{where}: {err['msg']}"
