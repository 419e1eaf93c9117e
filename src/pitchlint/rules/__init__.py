"""Rules: the base class, the registry and the shared matchers."""

from pitchlint.rules.base import Hit, Rule, RuleDocs, RuleInfo, RuleOptions
from pitchlint.rules.registry import ENTRY_POINT_GROUP, RuleEntry, RuleRegistry

__all__ = [
    "ENTRY_POINT_GROUP",
    "Hit",
    "Rule",
    "RuleDocs",
    "RuleEntry",
    "RuleInfo",
    "RuleOptions",
    "RuleRegistry",
]
