"""CSV (``--format csv``): one row per finding, for spreadsheets.

RFC 4180 (comma-separated, ``"`` quoting, CRLF rows) in UTF-8 with a
byte-order mark, so Excel shows Finnish letters correctly; LibreOffice and
Google Sheets read it as well. A file with no findings, or one that could not
be read, still gets one row (empty rule columns), so every file's score is in
the sheet. A text cell starting with ``=``, ``+``, ``-`` or ``@`` gets a
leading ``'`` so that no spreadsheet runs it as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from pitchlint.findings import Report

COLUMNS = (
    "path",
    "kind",
    "score",
    "rule",
    "severity",
    "line",
    "column",
    "end_line",
    "end_column",
    "start",
    "end",
    "text",
    "message",
    "suggestion",
    "error",
)
BOM = "\ufeff"


# Free-text columns that come from the linted message or the rules.
_TEXT_COLUMNS = frozenset({"text", "message", "suggestion", "error"})


def _cell(column: str, value: object) -> object:
    """A message text that a spreadsheet would run as a formula gets a leading ``'``."""
    if column in _TEXT_COLUMNS and isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return "" if value is None else value


def render_csv(reports: Sequence[Report], *, bom: bool = True, **_: Any) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in reports:
        base = {"path": r.path or "-", "kind": r.kind, "score": r.score, "error": r.error}
        if not r.findings:
            writer.writerow([_cell(c, base.get(c)) for c in COLUMNS])
            continue
        for f in r.findings:
            row = {
                **base,
                "rule": f.rule,
                "severity": str(f.severity),
                "line": f.line,
                "column": f.column,
                "end_line": f.end_line,
                "end_column": f.end_column,
                "start": f.start,
                "end": f.end,
                "text": r.source[f.start : f.end] if r.source else "",
                "message": f.message,
                "suggestion": f.suggestion,
            }
            writer.writerow([_cell(c, row.get(c)) for c in COLUMNS])
    return (BOM if bom else "") + buffer.getvalue()
