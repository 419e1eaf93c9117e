"""Voikko: morphology, spelling and grammar checking, cached per word form."""

from __future__ import annotations

import os
import re
import threading
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from pitchlint.errors import SetupError

_INSTALL_HINT = (
    "install the Voikko library and its Finnish dictionary: "
    "`sudo apt-get install libvoikko1 voikko-fi` (Debian/Ubuntu) or `brew install libvoikko` (macOS)"
)

# Voikko's case names (SIJAMUOTO) to Universal Dependencies' Case values.
_CASE = {
    "nimento": "Nom",
    "omanto": "Gen",
    "osanto": "Par",
    "olento": "Ess",
    "tulento": "Tra",
    "sisaolento": "Ine",
    "sisaeronto": "Ela",
    "sisatulento": "Ill",
    "ulkoolento": "Ade",
    "ulkoeronto": "Abl",
    "ulkotulento": "All",
    "vajanto": "Abe",
    "seuranto": "Com",
    "keinonto": "Ins",
    "kerrontosti": "Adv",
}
# The base form of each compound segment: "[Bc]" separates segments, "[Xp]…[X]" is the base.
_SEGMENT_BASE = re.compile(r"(?:^|\[Bc\])(?:\[[^\]]*\])*?\[Xp\]([^\[]*)\[X\]")


# Voikko's moods of a finite verb (the rest are infinitives and participles)
FINITE_MOODS = frozenset({"indicative", "conditional", "imperative", "potential"})


@dataclass(frozen=True, slots=True)
class Reading:
    """One morphological reading of a word form by Voikko."""

    baseform: str
    word_class: str  # Voikko CLASS: nimisana, teonsana, laatusana, asemosana, etunimi, …
    person: int | None = None  # finite verbs: 1, 2, 3; 4 = passive
    number: str | None = None  # "sg" | "pl"
    mood: str | None = None
    tense: str | None = None  # present_simple | past_imperfective
    possessive: str | None = None  # "1s", "1p", "2s", "2p", "3"
    case: str | None = None  # UD case name: Nom, Gen, Par, …
    clitic_ko: bool = False  # the question clitic -ko/-kö
    negative: bool = False
    participle: str | None = None
    comparison: str | None = None  # positive | comparative | superlative
    parts: tuple[str, ...] = ()  # compound parts' base forms, lowercased (no suffixes)
    heads: tuple[str, ...] = ()  # the base form and its tails at compound boundaries
    # Keys a lexicon matches on: the base form and its compound tails. Voikko gives a
    # -minen noun the base form of its verb (osaaminen -> osata); the ``#minen`` mark
    # keeps "osaamme" from matching "osaaminen". Computed once (``_lexemes``): rules
    # read it for every word of every sentence.
    lexemes: tuple[str, ...] = ()

    @property
    def is_name(self) -> bool:
        return self.word_class in {"etunimi", "sukunimi", "paikannimi", "nimi"}


def _lexemes(heads: tuple[str, ...], mood: str | None) -> tuple[str, ...]:
    mark = "#minen" if mood == "MINEN-infinitive" else ""
    return tuple(h + mark for h in heads)


def _reading(raw: dict[str, str]) -> Reading:
    person_raw = raw.get("PERSON")
    person = 4 if person_raw == "4" else int(person_raw) if person_raw in {"1", "2", "3"} else None
    number = {"singular": "sg", "plural": "pl"}.get(raw.get("NUMBER", ""))
    possessive = raw.get("POSSESSIVE")
    if possessive in {"1s", "1p", "2s", "2p", "3"}:
        pass
    elif possessive:
        possessive = "3"
    baseform = raw.get("BASEFORM", "")
    parts = tuple(seg.lower() for seg in _SEGMENT_BASE.findall(raw.get("FSTOUTPUT", "")) if seg)
    heads = _heads(baseform.lower(), raw.get("STRUCTURE", ""))
    return Reading(
        baseform=baseform,
        word_class=raw.get("CLASS", ""),
        person=person,
        number=number,
        mood=raw.get("MOOD"),
        tense=raw.get("TENSE"),
        possessive=possessive,
        case=_CASE.get(raw.get("SIJAMUOTO", "")),
        clitic_ko=raw.get("KYSYMYSLIITE") == "true",
        negative=raw.get("NEGATIVE") == "true",
        participle=raw.get("PARTICIPLE"),
        comparison=raw.get("COMPARISON"),
        parts=parts,
        heads=heads,
        lexemes=_lexemes(heads, raw.get("MOOD")),
    )


# Compound guessing: parts of at least this many letters, of these word classes.
_MIN_PART = 3
_GUESSABLE = re.compile(r"[a-zåäö]{7,}")
# a lowercase word long enough that a one-letter slip leaves it recognisable
_MENDABLE = re.compile(r"[a-zåäö]{5,}")
_FIRST_PART_CLASSES = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})
_LAST_PART_CLASSES = _FIRST_PART_CLASSES | {"teonsana"}


def _joined(first: str, tail: Reading) -> Reading:
    """The reading of ``first`` + ``tail`` as one compound word."""
    baseform = first + tail.baseform.lower()
    heads = (baseform, *tail.heads)
    return replace(
        tail,
        baseform=baseform,
        parts=(first, *tail.parts),
        heads=heads,
        lexemes=_lexemes(heads, tail.mood),
    )


def _part_offsets(structure: str) -> list[int]:
    """Where compound parts after the first begin, in letters: STRUCTURE marks each
    part's first surface character with ``=`` ("=ppppppp=pppppp" -> [7]). Its first
    character opens the first part and is not counted."""
    offsets = []
    pos = 0
    for ch in structure[1:]:
        if ch == "=":
            if pos > 0:
                offsets.append(pos)
        else:
            pos += 1
    return offsets


def _heads(baseform: str, structure: str) -> tuple[str, ...]:
    """``markkinajohtaja`` -> (markkinajohtaja, johtaja): tails at compound starts.
    Non-final parts do not inflect, so the surface part starts split the base form."""
    heads = [baseform]
    heads += [baseform[pos:].lstrip("-") for pos in _part_offsets(structure) if pos < len(baseform)]
    return tuple(dict.fromkeys(h for h in heads if h))


# Paragraphs whose grammar errors are cached, and the longest one cached (memory bound).
GRAMMAR_CACHE_SIZE = 4_096
GRAMMAR_CACHE_MAX_CHARS = 4_000


@dataclass(frozen=True, slots=True)
class GrammarError:
    start: int
    length: int
    code: int
    description: str
    suggestions: tuple[str, ...]


# Forms the voikko-fi dictionary lacks, as (a form it knows, the case to give it):
# it reads "parasta" only as "parka"/"para", never as the partitive of "paras"
# ("alan parasta palvelua")
_DICTIONARY_GAPS = {"parasta": ("paras", "Par")}


class VoikkoAnalyser:
    """One Voikko handle per process, with bounded per-word-form caches.

    Voikko handles are not thread-safe and cannot be pickled: create one per
    process (``get_voikko()``).
    """

    def __init__(self, cache_size: int = 100_000) -> None:
        try:
            from libvoikko import Voikko
        except (ImportError, OSError) as exc:  # the C library is missing
            raise SetupError(f"Voikko is not available ({exc}); {_INSTALL_HINT}") from exc
        try:
            self._voikko: Any = Voikko("fi")
        except Exception as exc:  # libvoikko raises a bare Exception without a dictionary
            raise SetupError(
                f"the Finnish Voikko dictionary is missing ({exc}); {_INSTALL_HINT}"
            ) from exc
        self._lock = threading.Lock()
        self.analyse = lru_cache(maxsize=cache_size)(self._analyse)
        self.spell = lru_cache(maxsize=cache_size)(self._spell)
        self.analyse_text_word = lru_cache(maxsize=cache_size)(self._analyse_text_word)
        self.part_starts = lru_cache(maxsize=cache_size)(self._part_starts)
        self._grammar_cache: OrderedDict[str, tuple[GrammarError, ...]] = OrderedDict()
        self._ahead: OrderedDict[str, Future[tuple[GrammarError, ...]]] = OrderedDict()
        self._ahead_pool: ThreadPoolExecutor | None = None
        self._ahead_pid = 0
        self._thread_handle = threading.local()

    def _analyse(self, word: str) -> tuple[Reading, ...]:
        with self._lock:
            raw = self._voikko.analyze(word)
        if not raw and _GUESSABLE.fullmatch(word):
            return self._guess_compound(word)
        readings = tuple(_reading(r) for r in raw)
        gap = _DICTIONARY_GAPS.get(word.lower())
        if gap is not None:
            base, case = gap
            readings += tuple(replace(r, case=case) for r in self.analyse(base))
        return readings

    def _guess_compound(self, word: str) -> tuple[Reading, ...]:
        """Readings for a compound the dictionary lacks: "halpatoimijat" is
        "halpa" + "toimijat" though Voikko knows neither the compound nor "halpa" as
        a first part. The first part must be a noun or adjective in its base form,
        the last part a known inflected word; the longest last part wins, as Finnish
        compounds inflect and take their meaning from the last part. Only for
        lowercase words: a capitalised unknown word is likelier a name."""
        for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
            first, last = word[:cut], word[cut:]
            if not any(
                r.baseform.lower() == first and r.word_class in _FIRST_PART_CLASSES
                for r in self.analyse(first)
            ):
                continue
            tails = [r for r in self.analyse(last) if r.word_class in _LAST_PART_CLASSES]
            if tails:
                return tuple(_joined(first, r) for r in tails)
        return ()

    def _analyse_text_word(self, word: str) -> tuple[Reading, ...]:
        """Readings of a word in a message: as :meth:`analyse`, and a typo read as
        the word meant (not for the lexicons' own words, which are spelt right)."""
        readings = self.analyse(word)
        if readings or not _MENDABLE.fullmatch(word):
            return readings
        return self._mended(word)

    def _mended(self, word: str) -> tuple[Reading, ...]:
        """Readings for a typo: "yleistynytt" reads as "yleistynyt", so a rule sees
        the word the writer meant. Only when every suggestion one keystroke away
        means the same word ("yleistynyt", "yleistynyttä"); "harjotus" could be
        "harjoitus" or "hajotus", and stays unread."""
        near = [s for s in self.suggest(word, limit=5) if _one_edit(word, s)]
        readings = [self.analyse(s) for s in near]
        if not readings or not all(readings):
            return ()
        if not set.intersection(*({r.baseform for r in rs} for rs in readings)):
            return ()
        return readings[0]

    def _part_starts(self, word: str) -> frozenset[int]:
        """Where the compound parts of ``word`` begin in its letters, in any reading
        ("kuljetusreitti" -> {8}); empty for a simple word or an unknown one."""
        with self._lock:
            raw = self._voikko.analyze(word)
        return frozenset(pos for r in raw for pos in _part_offsets(r.get("STRUCTURE", "")))

    def _spell(self, word: str) -> bool:
        with self._lock:
            return bool(self._voikko.spell(word))

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        """Spelling suggestions: slow (milliseconds), call only for rejected words."""
        with self._lock:
            return list(self._voikko.suggest(word))[:limit]

    def grammar_errors(self, text: str) -> list[GrammarError]:
        """Voikko's grammar errors in one paragraph. Cached per paragraph text (a
        bounded LRU): template paragraphs recur across a campaign's messages.
        A paragraph handed to :meth:`check_grammar_ahead` is taken from there."""
        if len(text) > GRAMMAR_CACHE_MAX_CHARS:
            return list(self._grammar_errors(text))
        cached = self._grammar_cache.get(text)
        if cached is not None:
            self._grammar_cache.move_to_end(text)
            return list(cached)
        ahead = self._ahead.pop(text, None)
        try:
            errors = ahead.result() if ahead is not None else self._grammar_errors(text)
        except Exception:  # the background handle failed: check here instead
            errors = self._grammar_errors(text)
        self._grammar_cache[text] = errors
        if len(self._grammar_cache) > GRAMMAR_CACHE_SIZE:
            self._grammar_cache.popitem(last=False)
        return list(errors)

    def check_grammar_ahead(self, texts: list[str]) -> None:
        """Start checking these paragraphs in a background thread with its own
        Voikko handle. The checker is C code that releases the GIL, so it runs
        on another core while spaCy parses; :meth:`grammar_errors` then only
        collects the result. Paragraphs already cached are skipped."""
        pool = self._pool()
        for text in texts:
            if (
                text in self._ahead
                or text in self._grammar_cache
                or len(text) > GRAMMAR_CACHE_MAX_CHARS
            ):
                continue
            self._ahead[text] = pool.submit(self._grammar_in_thread, text)
            while len(self._ahead) > GRAMMAR_CACHE_SIZE:  # never collected: drop the oldest
                self._ahead.popitem(last=False)

    def _pool(self) -> ThreadPoolExecutor:
        # A pool does not survive fork: a worker process starts its own.
        if self._ahead_pool is None or self._ahead_pid != os.getpid():
            self._ahead_pool = ThreadPoolExecutor(1, thread_name_prefix="pitchlint-grammar")
            self._ahead_pid = os.getpid()
            self._ahead.clear()
        return self._ahead_pool

    def _grammar_in_thread(self, text: str) -> tuple[GrammarError, ...]:
        handle = getattr(self._thread_handle, "voikko", None)
        if handle is None:
            from libvoikko import Voikko

            handle = self._thread_handle.voikko = Voikko("fi")
        return _grammar_result(handle.grammarErrors(text, "fi"))

    def _grammar_errors(self, text: str) -> tuple[GrammarError, ...]:
        with self._lock:
            raw = self._voikko.grammarErrors(text, "fi")
        return _grammar_result(raw)


def _grammar_result(raw: Any) -> tuple[GrammarError, ...]:
    return tuple(
        GrammarError(e.startPos, e.errorLen, e.errorCode, e.shortDescription, tuple(e.suggestions))
        for e in raw
    )


_VOIKKO: VoikkoAnalyser | None = None


def get_voikko() -> VoikkoAnalyser:
    """The process-wide Voikko analyser, created on first use."""
    global _VOIKKO  # noqa: PLW0603 - one handle per process by design
    if _VOIKKO is None:
        _VOIKKO = VoikkoAnalyser()
    return _VOIKKO


def _one_edit(a: str, b: str) -> bool:
    """One letter added, dropped, changed or two neighbours swapped ("tulevat",
    "tulvat", "tuelvat"): the slips a typist makes."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        swapped = a[start : start + 2][::-1] == b[start : start + 2]
        return a[start + 1 :] == b[start + 1 :] or (swapped and a[start + 2 :] == b[start + 2 :])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return short[start:] == long[start + 1 :]


def shares_stem(a: str, b: str) -> bool:
    """Two forms that can be one word's inflections: the same start, leaving for the
    endings at most four letters of the shorter ("koneikko", "koneikon", "koneikoissa":
    gradation changes the stem's last consonant, the endings follow it)."""
    a, b = a.lower(), b.lower()
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(6, min(len(a), len(b)) - 4)
