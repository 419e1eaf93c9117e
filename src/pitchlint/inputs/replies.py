"""Quoted replies, forwarded history and signatures in e-mail bodies.

The patterns are data (``inputs/data/reply_patterns.toml``) that users extend
with the ``reply-patterns`` config key. :func:`find_reply_spans` returns the
spans of a body to hide; the caller masks them with spaces (same length), so
every offset still points into the original message.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from pitchlint.errors import ConfigError
from pitchlint.inputs.lines import Line, split_lines

CATEGORIES = (
    "quote",
    "attribution",
    "header-start",
    "header-names",
    "separator",
    "signature",
    "closing",
    "device",
    "postscript",
    "html-drop",
    "html-drop-from",
)
_HTML = ("html-drop", "html-drop-from")

# Lines after a header start (or after an attribution) that are looked at.
_HEADER_WINDOW = 3


@dataclass(frozen=True, slots=True)
class ReplyPatterns:
    """Compiled line patterns by category (see the data file for what each means)."""

    quote: tuple[re.Pattern[str], ...]
    attribution: tuple[re.Pattern[str], ...]
    header_start: tuple[re.Pattern[str], ...]
    header_names: tuple[re.Pattern[str], ...]
    separator: tuple[re.Pattern[str], ...]
    signature: tuple[re.Pattern[str], ...]
    closing: tuple[re.Pattern[str], ...]
    device: tuple[re.Pattern[str], ...]
    postscript: tuple[re.Pattern[str], ...]
    html_drop: tuple[str, ...]  # CSS-like selectors
    html_drop_from: tuple[str, ...]

    def is_closing(self, line: str) -> bool:
        return _any(self.closing, line.strip())


PatternSource = ReplyPatterns | Mapping[str, Sequence[str]] | None


def _any(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    return any(p.search(text) for p in patterns)


@functools.cache
def _builtin() -> dict[str, tuple[str, ...]]:
    raw = (
        resources.files("pitchlint.inputs").joinpath("data/reply_patterns.toml").read_text("utf-8")
    )
    data = tomllib.loads(raw)
    return {key: tuple(data.get(key, ())) for key in CATEGORIES}


def reply_patterns(extra: PatternSource = None) -> ReplyPatterns:
    """The built-in patterns extended by ``extra`` (category -> list of patterns).

    Raises :class:`ConfigError` for an unknown category or a bad regular expression.
    """
    if isinstance(extra, ReplyPatterns):
        return extra
    items = tuple(sorted((k, tuple(v)) for k, v in (extra or {}).items()))
    return _compiled(items)


@functools.lru_cache(maxsize=32)
def _compiled(extra: tuple[tuple[str, tuple[str, ...]], ...]) -> ReplyPatterns:
    merged = dict(_builtin())
    for key, values in extra:
        if key not in CATEGORIES:
            raise ConfigError(
                f"reply-patterns: unknown key {key!r} (known keys: {', '.join(CATEGORIES)})"
            )
        extra_values = (values,) if isinstance(values, str) else tuple(values)
        merged[key] = merged[key] + extra_values
    compiled: dict[str, tuple[re.Pattern[str], ...]] = {}
    for key, values in merged.items():
        if key in _HTML:
            continue
        for pattern in values:
            try:
                re.compile(pattern, re.IGNORECASE)
            except re.error as exc:
                raise ConfigError(f"reply-patterns.{key}: bad pattern {pattern!r}: {exc}") from None
        compiled[key] = _combined(values)
    return ReplyPatterns(
        quote=compiled["quote"],
        attribution=compiled["attribution"],
        header_start=compiled["header-start"],
        header_names=compiled["header-names"],
        separator=compiled["separator"],
        signature=compiled["signature"],
        closing=compiled["closing"],
        device=compiled["device"],
        postscript=compiled["postscript"],
        html_drop=merged["html-drop"],
        html_drop_from=merged["html-drop-from"],
    )


def _combined(patterns: Sequence[str]) -> tuple[re.Pattern[str], ...]:
    """One alternation per category: every line is tested against every category,
    and one search is much cheaper than thirty. Patterns that cannot share one
    (a backreference, a global inline flag) are kept apart."""
    if not patterns:
        return ()
    try:
        joined = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error:
        return tuple(re.compile(p, re.IGNORECASE) for p in patterns)
    if joined.groups != sum(re.compile(p).groups for p in patterns) or any(
        "\\" + str(n) in p for p in patterns for n in range(1, 10)
    ):
        return tuple(re.compile(p, re.IGNORECASE) for p in patterns)
    return (joined,)


@dataclass(frozen=True, slots=True)
class HiddenPart:
    """A hidden span of the body and why (for the message's notes)."""

    start: int
    end: int
    what: str  # "quoted reply", "signature", …
    line: int  # 1-based line of ``start``


def find_reply_spans(text: str, start: int, patterns: ReplyPatterns) -> list[HiddenPart]:
    """Spans of ``text`` (from offset ``start``, the body) that are quoted replies,
    forwarded history, signatures or device footers."""
    lines = list(split_lines(text, start))
    hidden: list[HiddenPart] = []
    seen_text = False  # some of the writer's own text came before
    after_closing = False
    i = 0
    n = len(lines)

    def rest(k: int, what: str) -> None:
        hidden.append(HiddenPart(lines[k].start, len(text), what, lines[k].number))

    while i < n:
        line = lines[i]
        raw = line.text.rstrip()
        stripped = raw.strip()
        if not stripped:
            i += 1
            continue
        if after_closing and _any(patterns.postscript, stripped):
            after_closing = False
            seen_text = True
            i += 1
            continue
        if _any(patterns.quote, raw):
            hidden.append(HiddenPart(line.start, line.end, "quoted reply", line.number))
            i += 1
            continue
        attribution = _attribution(lines, i, patterns)
        if attribution:
            last = i + attribution - 1
            nxt = _next_nonblank(lines, last + 1)
            if nxt is not None and _any(patterns.quote, lines[nxt].text.rstrip()):
                hidden.append(HiddenPart(line.start, lines[last].end, "quoted reply", line.number))
                i = last + 1
                continue
            rest(i, "quoted reply")
            break
        if seen_text and _header_block(lines, i, patterns):
            rest(i, "quoted reply")
            break
        if _any(patterns.separator, stripped):
            nxt = _next_nonblank(lines, i + 1)
            outlook = nxt is not None and _header_block(lines, nxt, patterns)
            rest(i, "quoted reply" if outlook else "forwarded or original message")
            break
        if _any(patterns.signature, raw):
            rest(i, "signature")
            break
        if _any(patterns.device, stripped):
            hidden.append(HiddenPart(line.start, line.end, "device footer", line.number))
            i += 1
            continue
        if after_closing:  # the signature under a closing
            hidden.append(HiddenPart(line.start, line.end, "signature", line.number))
            i += 1
            continue
        if seen_text and patterns.is_closing(stripped):
            after_closing = True  # the closing itself is kept
        seen_text = True
        i += 1
    return _merge(hidden)


def _attribution(lines: list[Line], i: int, patterns: ReplyPatterns) -> int:
    """1 or 2 (lines) when an attribution starts at line ``i``, else 0."""
    one = lines[i].text.strip()
    if _any(patterns.attribution, one):
        return 1
    if i + 1 < len(lines) and not lines[i + 1].blank and len(one) < 200:
        two = one + " " + lines[i + 1].text.strip()
        if _any(patterns.attribution, two) and not _any(patterns.quote, lines[i].text):
            return 2
    return 0


def _header_block(lines: list[Line], i: int, patterns: ReplyPatterns) -> bool:
    if not _any(patterns.header_start, lines[i].text.strip()):
        return False
    window = lines[i + 1 : i + 1 + _HEADER_WINDOW]
    return any(_any(patterns.header_names, ln.text.strip()) for ln in window)


def _next_nonblank(lines: list[Line], i: int) -> int | None:
    while i < len(lines):
        if not lines[i].blank:
            return i
        i += 1
    return None


def _merge(parts: list[HiddenPart]) -> list[HiddenPart]:
    parts.sort(key=lambda p: p.start)
    out: list[HiddenPart] = []
    for part in parts:
        if out and part.start <= out[-1].end + 1 and part.what == out[-1].what:
            prev = out[-1]
            out[-1] = HiddenPart(prev.start, max(prev.end, part.end), prev.what, prev.line)
        else:
            out.append(part)
    return out
