"""Message-level evaluation of rules against labelled corpora (``labels.toml``)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pitchlint.errors import ConfigError, PitchlintError
from pitchlint.linter import Linter


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid")

    file: str
    kind: str = "auto"
    expect: list[str] = Field(default_factory=list)
    note: str = ""


@dataclass
class RuleScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalResult:
    name: str
    cases: int = 0
    scores: dict[str, RuleScore] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)  # "file: missed rule" / "file: false rule"
    errors: list[str] = field(default_factory=list)


def load_cases(root: Path) -> list[tuple[Path, Case]]:
    cases = []
    for labels in sorted(root.rglob("labels.toml")):
        try:
            data = tomllib.loads(labels.read_text(encoding="utf-8"))
            for raw in data.get("case", []):
                case = Case.model_validate(raw)
                cases.append((labels.parent / case.file, case))
        except (OSError, tomllib.TOMLDecodeError, ValidationError) as exc:
            raise ConfigError(f"{labels}: invalid labels file: {exc}") from exc
    return cases


def evaluate(linter: Linter, root: Path, rule_ids: Iterable[str] | None = None) -> EvalResult:
    """Each rule of the set must fire on a case iff the case lists it in ``expect``."""
    ids = sorted(rule_ids) if rule_ids is not None else [r.id for r in linter.rules]
    result = EvalResult(str(root), scores={i: RuleScore() for i in ids})
    for path, case in load_cases(root):
        result.cases += 1
        try:
            report = linter.lint_file(path, case.kind)
        except PitchlintError as exc:
            result.errors.append(f"{path}: {exc}")
            continue
        fired = {f.rule for f in report.findings}
        expected = set(case.expect)
        for rule in ids:
            score = result.scores[rule]
            if rule in fired and rule in expected:
                score.tp += 1
            elif rule in fired:
                score.fp += 1
                result.misses.append(f"{path}: false positive {rule}")
            elif rule in expected:
                score.fn += 1
                result.misses.append(f"{path}: missed {rule}")
    return result


def format_result(result: EvalResult) -> str:
    lines = [
        f"== {result.name}: {result.cases} messages",
        f"{'rule':<24}{'TP':>5}{'FP':>5}{'FN':>5}{'prec':>8}{'recall':>8}{'F1':>7}",
    ]
    total = RuleScore()
    for rule, s in result.scores.items():
        total.tp += s.tp
        total.fp += s.fp
        total.fn += s.fn
        lines.append(
            f"{rule:<24}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>8.2f}{s.recall:>8.2f}{s.f1:>7.2f}"
        )
    lines.append(
        f"{'(micro)':<24}{total.tp:>5}{total.fp:>5}{total.fn:>5}"
        f"{total.precision:>8.2f}{total.recall:>8.2f}{total.f1:>7.2f}"
    )
    if result.misses:
        lines += ["misses:", *(f"  {m}" for m in result.misses)]
    if result.errors:
        lines += ["errors:", *(f"  {e}" for e in result.errors)]
    return "\n".join(lines) + "\n"
