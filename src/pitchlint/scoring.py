"""The message score: 100 means nothing was found. See docs/scoring.md.

Each finding costs ``weight × severity factor`` points (error 1.0, warning
0.6, info 0.2). A rule's findings together cost at most twice its weight, so
one repeated problem cannot sink a message alone. The score is
``max(0, 100 − total)``, rounded to one decimal.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from pitchlint.findings import Finding, Severity

SEVERITY_FACTOR: Mapping[Severity, float] = {
    Severity.ERROR: 1.0,
    Severity.WARNING: 0.6,
    Severity.INFO: 0.2,
}
RULE_CAP = 2.0  # a rule costs at most this many times its weight


def score(findings: Iterable[Finding], weights: Mapping[str, float]) -> float:
    per_rule: dict[str, float] = defaultdict(float)
    for f in findings:
        per_rule[f.rule] += weights.get(f.rule, 10.0) * SEVERITY_FACTOR[f.severity]
    total = sum(min(cost, RULE_CAP * weights.get(rule, 10.0)) for rule, cost in per_rule.items())
    return round(max(0.0, 100.0 - total), 1)
