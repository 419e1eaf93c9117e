"""SARIF 2.1.0 (``--format sarif``): for GitHub code scanning and other SARIF viewers.

One run; the rules are described in ``tool.driver.rules`` (ids, English short
and Finnish full descriptions, a help link to ``docs/rules/<id>.md``); each
finding is a result with its rule, level and exact region. Columns and
character offsets count Unicode code points (``columnKind``), like the JSON
output; files that could not be read are tool execution notifications.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from pitchlint._version import __version__
from pitchlint.findings import Finding, Report, Severity
from pitchlint.reporting.common import (
    RuleInfos,
    docs_base_url,
    rule_help_uri,
    rule_infos,
    used_rule_ids,
)
from pitchlint.rules.base import RuleInfo

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str | None) -> str:
    """A URI reference for a reported path: relative paths stay relative."""
    if not path or path == "-":
        return "stdin"
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(pure.as_posix(), safe="/")


def _descriptor(rule_id: str, info: RuleInfo | None) -> dict[str, Any]:
    if info is None:  # a rule the caller did not describe: still a valid reference
        return {"id": rule_id, "helpUri": rule_help_uri(rule_id)}
    full = info.summary_fi
    if info.docs.why:
        full = f"{info.summary_fi} {info.docs.why}"
    return {
        "id": info.id,
        "shortDescription": {"text": info.summary_en},
        "fullDescription": {"text": full},
        "helpUri": rule_help_uri(info.id),
        "help": {
            "text": f"{info.summary_en} See {rule_help_uri(info.id)}",
            "markdown": f"{info.summary_en} [Documentation]({rule_help_uri(info.id)})",
        },
        "defaultConfiguration": {"level": LEVELS[info.severity]},
        "properties": {"weight": info.weight, "kinds": sorted(info.kinds), "origin": info.origin},
    }


def _region(f: Finding, source: str) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": f.end_line,
        "endColumn": f.end_column,
        "charOffset": f.start,
        "charLength": f.end - f.start,
    }
    if source and f.end <= len(source):
        region["snippet"] = {"text": source[f.start : f.end]}
    return region


def sarif_log(
    reports: Sequence[Report], *, rules: RuleInfos | None = None, **_: Any
) -> dict[str, Any]:
    """The SARIF log as a dict (``render_sarif`` serialises it)."""
    infos = rule_infos(rules)
    ids = sorted(set(infos) | set(used_rule_ids(reports)))
    index = {rule_id: n for n, rule_id in enumerate(ids)}
    artifacts: list[dict[str, Any]] = []
    artifact_index: dict[str, int] = {}
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for r in reports:
        uri = artifact_uri(r.path)
        if r.error is not None:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{r.path or 'stdin'}: {r.error}"},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
                }
            )
            continue
        if uri not in artifact_index:
            artifact_index[uri] = len(artifacts)
            props: dict[str, Any] = {"score": r.score}
            if r.kind:
                props["kind"] = r.kind
            artifacts.append({"location": {"uri": uri}, "properties": props})
        location = {"uri": uri, "index": artifact_index[uri]}
        for f in r.findings:
            result: dict[str, Any] = {
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": LEVELS[f.severity],
                "message": {"text": f.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": location,
                            "region": _region(f, r.source),
                        }
                    }
                ],
            }
            if f.suggestion:
                result["properties"] = {"suggestion": f.suggestion}
            results.append(result)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "pitchlint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": docs_base_url(),
                "rules": [_descriptor(rule_id, infos.get(rule_id)) for rule_id in ids],
            }
        },
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": results,
        "invocations": [
            {
                "executionSuccessful": not notifications,
                "toolExecutionNotifications": notifications,
            }
        ],
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render_sarif(reports: Sequence[Report], **options: Any) -> str:
    return json.dumps(sarif_log(reports, **options), ensure_ascii=False, indent=2) + "\n"
