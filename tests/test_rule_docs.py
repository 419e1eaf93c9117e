"""Every rule's documented bad example fires it and its better example does not
(like ruff, the docs examples are tests), and docs/rules/ is up to date."""

from __future__ import annotations

from pathlib import Path

import pytest

from pitchlint import Config, Linter, RuleRegistry
from pitchlint.analysis import Analyzer
from pitchlint.docs import rule_page

REGISTRY = RuleRegistry.default(plugins=False)
ENTRIES = list(REGISTRY)
DOCS = Path(__file__).resolve().parents[1] / "docs" / "rules"


@pytest.fixture(scope="module")
def full(analyzer: Analyzer) -> Linter:
    return Linter(Config(plugins=False), analyzer=analyzer)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.info.id)
def test_rule_has_complete_docs(entry) -> None:  # type: ignore[no-untyped-def]
    docs = entry.info.docs
    assert docs.why and docs.bad and docs.good, f"{entry.info.id}: why, bad and good are required"
    assert entry.info.summary_fi and entry.info.summary_en


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.info.id)
def test_bad_example_fires_and_good_does_not(entry, full: Linter) -> None:  # type: ignore[no-untyped-def]
    rule_id, docs = entry.info.id, entry.info.docs
    bad = {f.rule for f in full.lint(docs.bad, docs.kind).findings}
    good = {f.rule for f in full.lint(docs.good, docs.kind).findings}
    assert rule_id in bad, f"{rule_id}: the bad example does not fire it"
    assert rule_id not in good, f"{rule_id}: the better example still fires it"


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.info.id)
def test_docs_page_is_generated_and_current(entry) -> None:  # type: ignore[no-untyped-def]
    page = DOCS / f"{entry.info.id}.md"
    assert page.is_file(), f"run `python -m pitchlint.docs docs/rules` to write {page}"
    assert page.read_text(encoding="utf-8") == rule_page(entry), (
        f"{page} is stale: run `python -m pitchlint.docs docs/rules`"
    )
