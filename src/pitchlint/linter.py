"""The Linter: input -> analysis -> rules -> scoring -> Report."""

from __future__ import annotations

import bisect
import functools
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from pitchlint.analysis.analyser import Analyzer
from pitchlint.analysis.model import AnalysedMessage
from pitchlint.config import ActiveRule, Config, ignored_for, resolve_rules
from pitchlint.errors import InputError, PitchlintError, RuleError
from pitchlint.findings import Finding, Report
from pitchlint.inputs import SUFFIXES, Message, MessageKind, parse_bytes, parse_text, read_path
from pitchlint.inputs.decode import DEFAULT_MAX_CHARS
from pitchlint.inputs.replies import reply_patterns
from pitchlint.inputs.suppression import is_suppressed
from pitchlint.rules.registry import RuleRegistry
from pitchlint.scoring import score

_T = TypeVar("_T")

Kind = MessageKind | str
# Messages per batched parse in lint_paths/lint_records: large enough for nlp.pipe's
# batching, small enough that memory does not grow with the number of inputs.
CHUNK = 64


class Linter:
    """Lints messages with one set of rules; loads spaCy and Voikko once, lazily.

    Reuse one Linter for many messages: the models are loaded on first use and
    kept. ``lint_many`` and ``lint_paths`` batch the parse with ``nlp.pipe``.
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        registry: RuleRegistry | None = None,
        analyzer: Analyzer | None = None,
    ) -> None:
        self.config = config or Config()
        self.registry = registry or RuleRegistry.default(
            self.config.lexicon_dirs(), plugins=self.config.plugins
        )
        self.rules: list[ActiveRule] = resolve_rules(self.config, self.registry)
        components = {c for r in self.rules for c in r.rule.info.components}
        self.analyzer = analyzer or Analyzer(components)
        self._weights = {r.id: r.weight for r in self.rules}
        self._allow_words = frozenset(self.config.allow_words)
        self._reply_patterns = reply_patterns(self.config.reply_patterns)

    # --- public API ---------------------------------------------------------------------

    def lint(self, text: str, kind: Kind = "auto", *, path: str | None = None) -> Report:
        """Lint one message given as text."""
        return self.lint_message(self._parse(text, kind, path))

    def lint_message(self, message: Message) -> Report:
        self._prepare([message])
        return self._report(self.analyzer.analyse(message))

    def lint_file(self, path: str | os.PathLike[str], kind: Kind = "auto") -> Report:
        """Lint one file. Raises :class:`InputError` if it cannot be read."""
        message = read_path(
            path, kind, max_chars=self.config.max_chars, reply_patterns=self._reply_patterns
        )
        return self.lint_message(message)

    def lint_many(self, texts: Iterable[str], kind: Kind = "auto") -> list[Report]:
        """Lint many texts in one batched parse. Results are in input order."""
        messages = [self._parse(t, kind, None) for t in texts]
        return [self._report(a) for a in self.analyzer.analyse_many(messages)]

    def lint_paths(
        self, paths: Sequence[str | os.PathLike[str]], kind: Kind = "auto"
    ) -> Iterator[Report]:
        """Lint files and folders (recursively). A file that cannot be read gives
        a report with ``error`` set; the others are still linted.

        Files are read and parsed in chunks of ``CHUNK`` (one batched parse each)
        and reports are yielded as each chunk is done: memory stays flat however
        many files there are."""
        for chunk in _chunks(expand_paths(paths), CHUNK):
            read = functools.partial(
                read_path, max_chars=self.config.max_chars, reply_patterns=self._reply_patterns
            )
            yield from self._lint_chunk([(p, functools.partial(read, p, kind)) for p in chunk])

    def lint_records(
        self, items: Iterable[tuple[str | bytes, str | None]], kind: Kind = "auto"
    ) -> Iterator[Report]:
        """Lint ``(text or raw bytes, path)`` pairs in batches, streaming, in input
        order. An item that cannot be parsed gives a report with ``error`` set."""
        for chunk in _chunks(iter(items), CHUNK):
            yield from self._lint_chunk(
                [(p, functools.partial(self._parse_any, d, kind, p)) for d, p in chunk]
            )

    def lint_bytes(self, data: bytes, kind: Kind = "auto", *, path: str | None = None) -> Report:
        """Lint raw bytes (an RFC 5322 message, or text in any common charset) with
        this linter's configuration, reply patterns included."""
        return self.lint_message(self._parse_any(data, kind, path))

    def _parse_any(self, data: str | bytes, kind: Kind, path: str | None) -> Message:
        if isinstance(data, bytes):
            return parse_bytes(
                data,
                kind,
                path=path,
                max_chars=self.config.max_chars,
                reply_patterns=self._reply_patterns,
            )
        return self._parse(data, kind, path)

    def _lint_chunk(self, items: list[tuple[str | None, Callable[[], Message]]]) -> list[Report]:
        pending: list[Message] = []
        order: list[Report | int] = []
        for path, parse in items:
            try:
                pending.append(parse())
                order.append(len(pending) - 1)
            except InputError as exc:
                order.append(Report(path=None if path is None else str(path), error=str(exc)))
            except Exception as exc:  # a parser bug must not stop the other inputs
                order.append(
                    Report(
                        path=None if path is None else str(path),
                        error=f"internal error while reading the input: {exc!r}",
                    )
                )
        analysed = self._analyse_safely(pending)
        return [analysed[item] if isinstance(item, int) else item for item in order]

    # --- internals ----------------------------------------------------------------------

    def _parse(self, text: str, kind: Kind, path: str | None) -> Message:
        if len(text) > self.config.max_chars:
            raise InputError(
                f"message is {len(text):,} characters, over the limit of {self.config.max_chars:,}; "
                "raise it with --max-chars or `max-chars` in the config"
            )
        if not text.strip():
            raise InputError("empty message: nothing to lint")
        return parse_text(text, kind, path=path, reply_patterns=self._reply_patterns)

    def _analyse_safely(self, messages: list[Message]) -> list[Report]:
        self._prepare(messages)
        try:
            return [self._report(a) for a in self.analyzer.analyse_many(messages)]
        except PitchlintError:
            raise
        except Exception:  # one odd message must not sink the batch: retry one by one
            reports = []
            for message in messages:
                try:
                    reports.append(self._report(self.analyzer.analyse(message)))
                except Exception as exc:
                    reports.append(
                        Report(
                            path=message.path, kind=message.kind, error=f"internal error: {exc!r}"
                        )
                    )
            return reports

    def _prepare(self, messages: list[Message]) -> None:
        """Let rules start text-only work that can run while spaCy parses."""
        for message in messages:
            off = ignored_for(self.config, message.path)
            for active in self.rules:
                if message.kind in active.rule.info.kinds and active.id not in off:
                    try:
                        active.rule.prepare(message)
                    except Exception:  # only a head start: check() does the work anyway
                        continue

    def _report(self, msg: AnalysedMessage) -> Report:
        msg.config_words = msg.config_words | self._allow_words  # names/terms the config allows
        message = msg.message
        lines = _LineIndex(message.source)
        off = ignored_for(self.config, message.path)
        findings: list[Finding] = []
        for active in self.rules:
            info = active.rule.info
            if message.kind not in info.kinds or active.id in off:
                continue
            try:
                hits = list(active.rule.check(msg))
            except PitchlintError:
                raise
            except Exception as exc:
                raise RuleError(f"rule {active.id!r} ({info.origin}) crashed: {exc!r}") from exc
            for hit in hits:
                start = max(0, min(hit.start, len(message.source)))
                end = max(start, min(hit.end, len(message.source)))
                line, col = lines.position(start)
                if is_suppressed(message.suppressions, active.id, line):
                    continue
                end_line, end_col = lines.position(end)
                findings.append(
                    Finding(
                        rule=active.id,
                        severity=active.severity,
                        message=hit.message,
                        start=start,
                        end=end,
                        line=line,
                        column=col,
                        end_line=end_line,
                        end_column=end_col,
                        suggestion=hit.suggestion,
                    )
                )
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        return Report(
            path=message.path,
            kind=message.kind,
            score=score(findings, self._weights),
            findings=findings,
            notes=list(message.notes),
            source=message.source,
        )


class _LineIndex:
    def __init__(self, text: str) -> None:
        starts = [0]
        at = text.find("\n")
        while at != -1:  # str.find, not a Python loop over every character
            starts.append(at + 1)
            at = text.find("\n", at + 1)
        self.starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def _chunks(items: Iterator[_T], size: int) -> Iterator[list[_T]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def expand_paths(paths: Sequence[str | os.PathLike[str]]) -> Iterator[str]:
    """Files as given; folders recursively by suffix, sorted; missing paths as given."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                if (
                    found.suffix.lower() in SUFFIXES
                    and found.is_file()
                    and not _hidden(found, path)
                ):
                    yield str(found)
        else:
            yield str(raw)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


_default: Linter | None = None


def lint(text: str, kind: Kind = "auto", *, config: Config | None = None) -> Report:
    """Lint one message with the default rules (the Linter is created once and reused)."""
    global _default  # noqa: PLW0603 - a process-wide default, like logging's root logger
    if config is not None:
        return Linter(config).lint(text, kind)
    if _default is None:
        _default = Linter()
    return _default.lint(text, kind)


__all__ = ["DEFAULT_MAX_CHARS", "Linter", "expand_paths", "lint"]
