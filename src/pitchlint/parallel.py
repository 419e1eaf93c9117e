"""``pitchlint check --jobs N``: lint files in a pool of worker processes.

Each worker builds its Linter(s) once, in the pool initializer (spaCy and Voikko
are loaded there, once per worker, never per file); files are sent in small
chunks and the reports come back in input order, streamed as soon as the
chunks before them are done. A file that cannot be read, or that crashes the
analysis, gives a report with ``error`` set; the other files are still linted,
even if a worker process dies.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import IO

from pitchlint.config import Config
from pitchlint.findings import Report
from pitchlint.linter import Linter, expand_paths

# Files per task: small enough to balance two workers on a few dozen files, large
# enough that each task is one batched parse.
CHUNK = 8
PROGRESS_MIN_FILES = 20  # no progress bar for a handful of files
_WORKER_LINTERS: list[Linter] = []


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _init_worker(configs: list[Config]) -> None:
    """Build one Linter per configuration and load the models, once per worker."""
    _WORKER_LINTERS.clear()
    shared = None
    for config in configs:
        linter = Linter(config, analyzer=shared)
        shared = linter.analyzer
        _WORKER_LINTERS.append(linter)
    if shared is not None:
        _ = shared.nlp, shared.voikko  # load now: the first task must not pay for it


def _lint_task(group: int, paths: list[str], kind: str) -> list[Report]:
    linter = _WORKER_LINTERS[group]
    try:
        return list(linter.lint_paths(paths, kind))
    except Exception:  # a rule error in one file: lint the chunk file by file
        reports: list[Report] = []
        for path in paths:
            try:
                reports.extend(linter.lint_paths([path], kind))
            except Exception as exc:
                reports.append(Report(path=path, error=f"internal error: {exc}"))
        return reports


def _context() -> multiprocessing.context.BaseContext:
    # forkserver: workers never inherit the parent's threads or library handles
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)


def lint_parallel(
    groups: Sequence[tuple[Linter, Sequence[str]]],
    kind: str,
    jobs: int,
    *,
    progress: IO[str] | None = None,
) -> Iterator[Report]:
    """Lint each group's paths (files or folders) with its linter's config in ``jobs``
    worker processes; reports in input order. One file or ``jobs`` of 1: in process."""
    tasks: list[tuple[int, list[str]]] = []
    for index, (_, paths) in enumerate(groups):
        files = list(expand_paths(list(paths)))
        tasks.extend((index, files[i : i + CHUNK]) for i in range(0, len(files), CHUNK))
    total = sum(len(files) for _, files in tasks)
    if jobs <= 1 or total <= 1:
        for linter, paths in groups:
            yield from linter.lint_paths(list(paths), kind)
        return
    bar = (
        _Progress(progress, total) if progress is not None and total >= PROGRESS_MIN_FILES else None
    )
    configs = [linter.config for linter, _ in groups]
    jobs = min(jobs, len(tasks))
    window = max(2, jobs * 4)  # chunks in flight: bounded, so memory stays flat
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=_context(), initializer=_init_worker, initargs=(configs,)
    ) as pool:
        pending: deque[tuple[list[str], Future[list[Report]]]] = deque()
        queue = iter(tasks)
        broken = False
        while True:
            while len(pending) < window and (task := next(queue, None)) is not None:
                future = _failed()
                if not broken:
                    try:
                        future = pool.submit(_lint_task, task[0], task[1], kind)
                    except BrokenProcessPool:
                        broken = True
                pending.append((task[1], future))
            if not pending:
                break
            files, future = pending.popleft()
            try:
                reports = future.result()
            except Exception as exc:  # the worker died (killed, out of memory, crash)
                broken = broken or isinstance(exc, BrokenProcessPool)
                reason = "worker process died" if broken else repr(exc)
                reports = [Report(path=f, error=f"internal error: {reason}") for f in files]
            if bar is not None:
                bar.advance(len(files))
            yield from reports
    if bar is not None:
        bar.close()


def _failed() -> Future[list[Report]]:
    future: Future[list[Report]] = Future()
    future.set_exception(BrokenProcessPool("worker process died"))
    return future


class _Progress:
    """``[#####     ] 120/1000 files`` on a terminal, redrawn at most 10 times a second."""

    WIDTH = 30

    def __init__(self, stream: IO[str], total: int) -> None:
        self.stream, self.total, self.done = stream, total, 0
        self._last = 0.0

    def advance(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        if now - self._last >= 0.1 or self.done >= self.total:
            self._last = now
            filled = self.WIDTH * self.done // max(1, self.total)
            bar = "#" * filled + " " * (self.WIDTH - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total} files")
            self.stream.flush()

    def close(self) -> None:
        self.stream.write("\r" + " " * (self.WIDTH + 30) + "\r")
        self.stream.flush()


def progress_stream() -> IO[str] | None:
    """Standard error when it is a terminal: never in pipes, files or CI logs."""
    return sys.stderr if sys.stderr.isatty() else None


__all__ = ["available_cpus", "lint_parallel", "progress_stream"]
