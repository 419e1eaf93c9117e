"""A pure, picklable entry point for batch engines: Dask, Ray, Spark, multiprocessing.

>>> from pitchlint.interfaces.batch import lint_partition
>>> records = [{"path": "a.txt", "text": "Hei Mikko, ..."}]
>>> for result in lint_partition(records):          # doctest: +SKIP
...     print(result["path"], result["score"], len(result["findings"]))

``lint_partition(records, config)`` takes an iterable of messages and yields one
result record per message, in order, with the fields of ``pitchlint check
--format json`` (``path``, ``kind``, ``score``, ``error``, ``findings``, …). It is
a module-level function of picklable arguments, so an engine can ship it to its
workers; spaCy and Voikko are loaded lazily, once per worker process, on the
first call (a Voikko handle cannot be pickled, so it never travels), and kept
for every later partition with the same configuration.

A record is a mapping with ``text`` (a ``str``, or ``bytes`` of a raw file or
``.eml``) and optionally ``path`` and ``kind``; a bare ``str`` or ``bytes`` is a
message without a path. A message that cannot be parsed gives a record with
``error`` set and ``score`` None; it never stops the partition.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from pitchlint.config import Config, config_from_dict
from pitchlint.findings import Report
from pitchlint.linter import Linter
from pitchlint.reporting.formats import report_record

Record = dict[str, Any]
MessageInput = Mapping[str, Any] | str | bytes
ConfigInput = Config | Mapping[str, Any] | None

# The fields of every result record, in order: the JSON output's per-file fields.
RESULT_FIELDS: tuple[str, ...] = tuple(report_record(Report()))

_LINTERS: dict[str, Linter] = {}  # per worker process: config JSON -> Linter
_MAX_LINTERS = 4  # a process rarely sees more than one or two configurations
_LOCK = threading.Lock()


def lint_partition(
    records: Iterable[MessageInput], config: ConfigInput = None, *, kind: str = "auto"
) -> Iterator[Record]:
    """Lint a partition of messages; yield one JSON-shaped result record per message."""
    linter = worker_linter(config)
    items = (_item(r) for r in records)
    for report in _lint_items(linter, items, kind):
        yield report_record(report)


def lint_texts(
    texts: Iterable[str], config: ConfigInput = None, *, kind: str = "auto"
) -> list[Record]:
    """``lint_partition`` over plain texts, as a list (for ``map_partitions``)."""
    return list(lint_partition(texts, config, kind=kind))


def worker_linter(config: ConfigInput = None) -> Linter:
    """The process's Linter for ``config``, created on first use and then reused."""
    resolved = resolve_config(config)
    key = resolved.model_dump_json(by_alias=True) + f"|root={resolved.root}"
    with _LOCK:
        linter = _LINTERS.get(key)
        if linter is None:
            shared = next(iter(_LINTERS.values())).analyzer if _LINTERS else None
            if len(_LINTERS) >= _MAX_LINTERS:  # bounded: forget the oldest configuration
                del _LINTERS[next(iter(_LINTERS))]
            linter = Linter(resolved)
            if shared is not None and shared.components == linter.analyzer.components:
                linter.analyzer = shared  # one spaCy pipeline and Voikko per process
            _LINTERS[key] = linter
    return linter


def resolve_config(config: ConfigInput) -> Config:
    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    return config_from_dict(dict(config), source="lint_partition config")


def _item(record: MessageInput) -> tuple[str | bytes, str | None, str | None]:
    if isinstance(record, str | bytes):
        return record, None, None
    text = record.get("text")
    if not isinstance(text, str | bytes):
        text = "" if text is None else str(text)
    path = record.get("path")
    kind = record.get("kind")
    return text, None if path is None else str(path), None if kind is None else str(kind)


def _lint_items(
    linter: Linter, items: Iterator[tuple[str | bytes, str | None, str | None]], default: str
) -> Iterator[Report]:
    run: list[tuple[str | bytes, str | None]] = []
    run_kind = default
    for text, path, own_kind in items:
        kind = own_kind or default
        if run and kind != run_kind:
            yield from _with_paths(linter.lint_records(run, run_kind), run)
            run = []
        run_kind = kind
        run.append((text, path))
    if run:
        yield from _with_paths(linter.lint_records(run, run_kind), run)


def _with_paths(
    reports: Iterator[Report], items: list[tuple[str | bytes, str | None]]
) -> Iterator[Report]:
    for report, (_, path) in zip(reports, items, strict=True):
        yield report if report.path == path else report.model_copy(update={"path": path})


__all__ = ["RESULT_FIELDS", "Record", "lint_partition", "lint_texts", "worker_linter"]
