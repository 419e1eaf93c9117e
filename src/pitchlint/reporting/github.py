"""GitHub Actions workflow commands (``--format github``): one annotation per finding.

``::warning file=a.txt,line=3,col=1,endLine=3,endColumn=40,title=pitchlint (rule)::message``
Levels: error, warning and notice (for ``info``). Values are escaped as the
runner expects: ``%``, CR and LF in the message; also ``:`` and ``,`` in the
properties.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pitchlint.findings import Report, Severity

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items())
    return f"::{level} {props}::{escape_data(message)}"


def render_github(reports: Sequence[Report], **_: Any) -> str:
    lines: list[str] = []
    for r in reports:
        path = r.path or "-"
        if r.error is not None:
            lines.append(
                _command("error", {"file": path, "title": "pitchlint"}, f"{path}: {r.error}")
            )
            continue
        for f in r.findings:
            message = f.message if not f.suggestion else f"{f.message} ({f.suggestion})"
            props: dict[str, object] = {
                "file": path,
                "line": f.line,
                "col": f.column,
                "endLine": f.end_line,
                "endColumn": f.end_column,
                "title": f"pitchlint ({f.rule})",
            }
            lines.append(_command(LEVELS[f.severity], props, message))
    return "".join(line + "\n" for line in lines)
