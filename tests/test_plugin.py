"""Third-party rules through the ``pitchlint.rules`` entry-point group.

The example plugin in tests/plugin_pkg is made installed for this test the way
pip would: its package on sys.path plus a ``.dist-info`` with the
entry points read from its own pyproject.toml.
"""

from __future__ import annotations

import shutil
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from pitchlint import Config, Linter, RuleRegistry
from pitchlint.analysis import Analyzer
from pitchlint.errors import RuleError

PLUGIN = Path(__file__).parent / "plugin_pkg"


@pytest.fixture
def installed_plugin(tmp_path: Path) -> Iterator[Path]:
    meta = tomllib.loads((PLUGIN / "pyproject.toml").read_text())["project"]
    site = tmp_path / "site"
    shutil.copytree(PLUGIN / "src" / "pitchlint_exclamations", site / "pitchlint_exclamations")
    dist = site / f"{meta['name'].replace('-', '_')}-{meta['version']}.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {meta['name']}\nVersion: {meta['version']}\n"
    )
    lines = []
    for group, eps in meta["entry-points"].items():
        lines.append(f"[{group}]")
        lines.extend(f"{name} = {value}" for name, value in eps.items())
    (dist / "entry_points.txt").write_text("\n".join(lines) + "\n")
    sys.path.insert(0, str(site))
    try:
        yield site
    finally:
        sys.path.remove(str(site))
        for mod in [m for m in sys.modules if m.startswith("pitchlint_exclamations")]:
            del sys.modules[mod]


def test_plugin_rules_are_discovered_and_run(installed_plugin: Path, analyzer: Analyzer) -> None:
    registry = RuleRegistry.default()
    assert "too-many-exclamations" in registry
    assert "hype-words" in registry
    assert registry.get("too-many-exclamations").info.origin == "plugin:pitchlint-exclamations"
    linter = Linter(
        Config(select=["too-many-exclamations", "hype-words"]), registry=registry, analyzer=analyzer
    )
    text = (
        "Hei Mikko,\n\nTämä mullistava megapaketti on valmis! Kokeile heti!\n\nTerveisin\nLeena\n"
    )
    report = linter.lint(text, "email")
    got = [(f.rule, text[f.start : f.end]) for f in report.findings]
    assert got == [
        ("hype-words", "mullistava"),
        ("hype-words", "megapaketti"),
        ("too-many-exclamations", "!"),
        ("too-many-exclamations", "!"),
    ]


def test_plugin_options_are_validated(installed_plugin: Path, analyzer: Analyzer) -> None:
    registry = RuleRegistry.default()
    cfg = Config(
        select=["too-many-exclamations"], rules={"too-many-exclamations": {"max_marks": 5}}
    )
    linter = Linter(cfg, registry=registry, analyzer=analyzer)
    assert linter.lint("Hei!\n\nValmista! Nyt!\n", "email").findings == []


def test_plugins_can_be_turned_off(installed_plugin: Path) -> None:
    assert "too-many-exclamations" not in RuleRegistry.default(plugins=False)


def test_duplicate_rule_id_is_an_error() -> None:
    from pitchlint.rules.builtin.placeholder import UnfilledPlaceholder

    registry = RuleRegistry()
    registry.register(UnfilledPlaceholder)
    with pytest.raises(RuleError, match="already defined"):
        registry.register(UnfilledPlaceholder)
