"""Text (like ruff: ``path:line:col: rule message``) and JSON (a versioned contract)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from pitchlint._version import JSON_SCHEMA_VERSION
from pitchlint.findings import Report, Severity

_COLOURS = {
    Severity.ERROR: "\033[31m",
    Severity.WARNING: "\033[33m",
    Severity.INFO: "\033[36m",
}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def render_text(
    reports: Sequence[Report], *, colour: bool = False, statistics: bool = False
) -> str:
    def c(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if colour else text

    out: list[str] = []
    total = errors = 0
    for r in reports:
        path = r.path or "<stdin>"
        if r.error is not None:
            errors += 1
            out.append(f"{c(_BOLD, path)}: {c(_COLOURS[Severity.ERROR], 'error')}: {r.error}")
            continue
        out.extend(c(_DIM, f"{path}: note: {note}") for note in r.notes)
        for f in r.findings:
            total += 1
            out.append(
                f"{c(_BOLD, path)}:{f.line}:{f.column}: "
                f"{c(_COLOURS[f.severity], f.rule)} [{f.severity}] {f.message}"
            )
        out.append(c(_DIM, f"{path}: score {r.score:.1f}/100 ({len(r.findings)} findings)"))
    if statistics:
        counts = Counter(f.rule for r in reports for f in r.findings)
        out.extend(f"{n:5d}\t{rule}" for rule, n in counts.most_common())
    files = len(reports)
    summary = f"Found {total} finding{'s' * (total != 1)} in {files} file{'s' * (files != 1)}"
    if errors:
        summary += f"; {errors} could not be linted"
    out.append(summary + ".")
    return "\n".join(out) + "\n"


def report_record(r: Report) -> dict[str, Any]:
    """One file's record in the JSON contract (also used by batch interfaces)."""
    return {
        "path": r.path,
        "kind": r.kind,
        "score": r.score,
        "error": r.error,
        "notes": list(r.notes),
        "findings": [
            {
                "rule": f.rule,
                "severity": str(f.severity),
                "message": f.message,
                "start": f.start,
                "end": f.end,
                "line": f.line,
                "column": f.column,
                "end_line": f.end_line,
                "end_column": f.end_column,
                "suggestion": f.suggestion,
            }
            for f in r.findings
        ],
    }


def render_json(reports: Sequence[Report], **_: Any) -> str:
    doc = {"version": JSON_SCHEMA_VERSION, "files": [report_record(r) for r in reports]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _lazy(module: str, function: str) -> Callable[..., str]:
    """A renderer imported on first use: the hooks and `check` pay only for what they print."""

    def render_lazily(reports: Sequence[Report], **options: Any) -> str:
        from importlib import import_module

        renderer: Callable[..., str] = getattr(
            import_module(f"pitchlint.reporting.{module}"), function
        )
        return renderer(reports, **options)

    return render_lazily


FORMATS: dict[str, Callable[..., str]] = {
    "text": render_text,
    "json": render_json,
    "sarif": _lazy("sarif", "render_sarif"),
    "github": _lazy("github", "render_github"),
    "csv": _lazy("csv_format", "render_csv"),
    "html": _lazy("html", "render_html"),
}


def render(reports: Sequence[Report], fmt: str = "text", **options: Any) -> str:
    return FORMATS[fmt](reports, **options)
