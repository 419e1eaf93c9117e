"""What the batch formats (SARIF, GitHub, CSV, HTML) share: rule metadata and doc links."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from pitchlint.findings import Report
from pitchlint.rules.base import RuleInfo

RuleInfos = Mapping[str, RuleInfo]
_FALLBACK_DOCS = "https://example.invalid/pitchlint/docs"


@lru_cache(maxsize=1)
def docs_base_url() -> str:
    """The ``Documentation`` project URL from the installed package's metadata."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls: list[str] = metadata("pitchlint").get_all("Project-URL") or []
    except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
        urls = []
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "documentation" and url.strip():
            return url.strip().rstrip("/")
    return _FALLBACK_DOCS


def rule_help_uri(rule_id: str) -> str:
    """The rule's page, docs/rules/<id>.md, under the documentation URL."""
    return f"{docs_base_url()}/rules/{rule_id}.md"


def rule_infos(rules: RuleInfos | Iterable[RuleInfo] | None) -> dict[str, RuleInfo]:
    """Rule metadata by id: as given by the caller (the CLI passes its linters'
    registries), else the default registry's."""
    if rules is None:
        from pitchlint.rules.registry import RuleRegistry

        try:
            return {e.info.id: e.info for e in RuleRegistry.default()}
        except Exception:  # a broken plugin must not stop the report
            return {}
    if isinstance(rules, Mapping):
        return dict(rules)
    return {info.id: info for info in rules}


def used_rule_ids(reports: Sequence[Report]) -> list[str]:
    return sorted({f.rule for r in reports for f in r.findings})
