"""Configuration: discovery, validation, select/ignore, per-rule settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from pitchlint import Config, ConfigError, Linter
from pitchlint.analysis import Analyzer
from pitchlint.config import config_from_dict, find_config, load_config

BAD = (
    "Hei {{etunimi}},\n\nKävin läpi tukkujen varastotilastot. Keskimääräinen kiertonopeus laski "
    "viime vuonna 8 prosenttia. Montako työntekijää teillä on? Mitä järjestelmää käytätte? "
    "Sopisiko puhelu torstaina kello 10?\n"
)


def test_unknown_rule_id_is_an_error_with_a_hint() -> None:
    with pytest.raises(
        ConfigError,
        match=r"unknown rule id 'over-questionin' in `select`; did you mean 'over-questioning'\?",
    ):
        Linter(Config(select=["over-questionin"]))


def test_unknown_key_is_an_error() -> None:
    with pytest.raises(ConfigError, match="unknown key 'selekt'"):
        config_from_dict({"selekt": ["ALL"]})


def test_unknown_rule_option_is_an_error() -> None:
    with pytest.raises(ConfigError, match=r"rules\.over-questioning\.treshold"):
        Linter(Config(rules={"over-questioning": {"treshold": 3}}))


def test_select_and_ignore(analyzer: Analyzer) -> None:
    only = Linter(Config(select=["unfilled-placeholder"]), analyzer=analyzer)
    assert [r.id for r in only.rules] == ["unfilled-placeholder"]
    without = Linter(Config(ignore=["unfilled-placeholder"]), analyzer=analyzer)
    assert "unfilled-placeholder" not in {r.id for r in without.rules}
    assert {f.rule for f in without.lint(BAD, "email").findings} & {"unfilled-placeholder"} == set()


def test_severity_weight_and_threshold(analyzer: Analyzer) -> None:
    cfg = Config(
        select=["over-questioning"],
        rules={"over-questioning": {"severity": "error", "weight": 40, "threshold": 3}},
    )
    report = Linter(cfg, analyzer=analyzer).lint(BAD, "email")
    assert report.findings == []  # two questions < threshold 3
    cfg2 = Config(
        select=["over-questioning"], rules={"over-questioning": {"severity": "error", "weight": 40}}
    )
    report2 = Linter(cfg2, analyzer=analyzer).lint(BAD, "email")
    assert [f.severity for f in report2.findings] == ["error", "error"]
    assert report2.score == 20.0  # 2 × 40 × 1.0 capped at 2 × 40 = 80


def test_find_config_upward(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.pitchlint]\nignore = ["spelling"]\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (deep / "m.txt").write_text("x")
    found = find_config(deep / "m.txt")
    assert found == tmp_path / "pyproject.toml"
    assert load_config(found).ignore == ["spelling"]


def test_pyproject_without_section_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pitchlint.toml").write_text('select = ["ALL"]\n')
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text("[project]\nname='x'\n")
    assert find_config(sub / "m.txt") == tmp_path / "pitchlint.toml"


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "pitchlint.toml"
    path.write_text("select = [\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(path)


def test_per_file_ignores(tmp_path: Path, analyzer: Analyzer) -> None:
    cfg = config_from_dict(
        {"per-file-ignores": {"templates/*": ["unfilled-placeholder"]}}, root=str(tmp_path)
    )
    (tmp_path / "templates").mkdir()
    t = tmp_path / "templates" / "a.txt"
    t.write_text(BAD)
    o = tmp_path / "other.txt"
    o.write_text(BAD)
    linter = Linter(cfg, analyzer=analyzer)
    assert "unfilled-placeholder" not in {f.rule for f in linter.lint_file(t).findings}
    assert "unfilled-placeholder" in {f.rule for f in linter.lint_file(o).findings}
