"""Shared fixtures: the real Finnish pipeline and real Voikko, loaded once."""

from __future__ import annotations

import pytest

from pitchlint import Linter
from pitchlint.analysis import Analyzer


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture(scope="session")
def linter(analyzer: Analyzer) -> Linter:
    """A linter with every rule, sharing the session's analyser."""
    return Linter(analyzer=analyzer)


@pytest.fixture(scope="session")
def lint_ids(linter: Linter):  # type: ignore[no-untyped-def]
    """Rule ids that fire on a text: ``lint_ids(text, kind="email")``."""

    def run(text: str, kind: str = "email") -> set[str]:
        return {f.rule for f in linter.lint(text, kind).findings}

    return run
