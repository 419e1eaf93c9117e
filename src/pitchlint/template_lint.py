"""Linting templates (``pitchlint check --template [--fields a,b] [--data rows.csv]``).

In template mode merge tags are expected: ``unfilled-placeholder`` is off and
``template-syntax`` reports broken tags, ``XXX`` markers, mixed dialects and
fields missing from ``--fields``. With data rows, every row is rendered
(sandboxed Jinja2, or simple substitution for the other dialects), linted as
an ordinary message, and its findings are mapped back onto the template: one
report per template, each row-only finding saying which data rows it came from.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from pitchlint.errors import InputError
from pitchlint.findings import Finding, Report
from pitchlint.inputs import Message, MessageKind, TemplateSpec, read_path, reparse
from pitchlint.inputs.templates import TemplateRenderError, render
from pitchlint.linter import Linter, expand_paths
from pitchlint.scoring import score

TEMPLATE_RULE = "template-syntax"


def lint_template_paths(
    linter: Linter,
    paths: Sequence[str | os.PathLike[str]],
    kind: MessageKind | str = "auto",
    *,
    fields: Sequence[str] | None = None,
    rows: Sequence[Mapping[str, Any]] | None = None,
) -> Iterator[Report]:
    """Lint files and folders as templates; see :func:`lint_template`."""
    spec = TemplateSpec(tuple(fields) if fields is not None else None)
    for path in expand_paths(paths):
        try:
            message = read_path(
                path,
                kind,
                max_chars=linter.config.max_chars,
                reply_patterns=linter.config.reply_patterns,
                template=spec,
            )
        except InputError as exc:
            yield Report(path=str(path), error=str(exc))
            continue
        yield lint_template(linter, message, rows)


def lint_template(
    linter: Linter, message: Message, rows: Sequence[Mapping[str, Any]] | None = None
) -> Report:
    """Lint one template message (parsed with ``template=TemplateSpec(...)``).

    Without ``rows`` the template itself is linted, merge tags read as a
    neutral stand-in name. With ``rows`` each rendered row is linted and the
    findings point into the template.
    """
    if message.template is None:
        message.template = TemplateSpec()
    report = linter.lint_message(message)
    if not rows:
        return report
    rendered = []
    for index, row in enumerate(rows):
        try:
            result = render(
                message.source,
                message.placeholders,
                row,
                index=index,
                max_chars=linter.config.max_chars,
            )
        except TemplateRenderError as exc:
            return report.model_copy(update={"error": f"data row {index + 1}: {exc}"})
        rendered.append(result)
    row_messages = []
    for index, result in enumerate(rendered):
        try:
            row_messages.append(
                reparse(result.text, message, reply_patterns=linter.config.reply_patterns)
            )
        except InputError as exc:
            return report.model_copy(update={"error": f"data row {index + 1}: {exc}"})
    row_reports = [linter.lint_message(m) for m in row_messages]
    lines = _Lines(message.source)
    merged: dict[tuple[str, int, int], tuple[Finding, list[int]]] = {}
    for index, (result, row_report) in enumerate(zip(rendered, row_reports, strict=True)):
        for f in row_report.findings:
            start = result.source_map.to_source(f.start)
            end = max(start, result.source_map.to_source(f.end, end=True))
            key = (f.rule, start, end)
            if key in merged:
                merged[key][1].append(index + 1)
                continue
            line, col = lines.position(start)
            end_line, end_col = lines.position(end)
            mapped = f.model_copy(
                update={
                    "start": start,
                    "end": end,
                    "line": line,
                    "column": col,
                    "end_line": end_line,
                    "end_column": end_col,
                }
            )
            merged[key] = (mapped, [index + 1])
    findings = [f for f in report.findings if f.rule == TEMPLATE_RULE]
    seen = {(f.rule, f.start, f.end) for f in findings}
    for key, (finding, where) in merged.items():
        if key in seen:
            continue
        note = "kaikilla datariveillä" if len(where) == len(rows) else _rows_text(where)
        findings.append(finding.model_copy(update={"message": f"{finding.message} [{note}]"}))
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    weights = {r.id: r.weight for r in linter.rules}
    notes = [*report.notes, f"rendered and linted {len(rows)} data rows ({rendered[0].engine})"]
    return report.model_copy(
        update={"findings": findings, "score": score(findings, weights), "notes": notes}
    )


def _rows_text(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:10])
    more = f" ja {len(rows) - 10} muuta" if len(rows) > 10 else ""
    return f"datarivi {shown}{more}" if len(rows) == 1 else f"datarivit {shown}{more}"


class _Lines:
    def __init__(self, text: str) -> None:
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1
