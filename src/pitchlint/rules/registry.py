"""The rule registry: built-ins, lexicon files and plugins by entry point."""

from __future__ import annotations

import importlib.resources
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from pitchlint.errors import RuleError
from pitchlint.rules.base import Rule, RuleInfo, RuleOptions
from pitchlint.rules.lexicon import LexiconRule, load_lexicon_dir

ENTRY_POINT_GROUP = "pitchlint.rules"


@dataclass(frozen=True, slots=True)
class RuleEntry:
    info: RuleInfo
    options_model: type[RuleOptions]
    factory: Callable[[RuleOptions], Rule]

    def create(self, options: RuleOptions | None = None) -> Rule:
        return self.factory(options if options is not None else self.options_model())


def packaged_rules_dir() -> Path:
    """The lexicon rules shipped with pitchlint (``rules/`` in the repository)."""
    packaged = Path(str(importlib.resources.files("pitchlint"))) / "_rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "rules"  # editable install / source tree


class RuleRegistry:
    """Every rule known to this process, by id."""

    def __init__(self) -> None:
        self._entries: dict[str, RuleEntry] = {}

    def register(self, rule: type[Rule] | Rule) -> None:
        """Register a Rule subclass, or a ready rule instance (lexicon rules)."""
        if isinstance(rule, Rule):
            instance = rule
            entry = RuleEntry(rule.info, type(rule).Options, instance.configured)
        elif isinstance(rule, type) and issubclass(rule, Rule) and hasattr(rule, "info"):
            entry = RuleEntry(rule.info, rule.Options, rule)
        else:
            raise RuleError(
                f"not a pitchlint rule: {rule!r} (subclass pitchlint.Rule and set `info`)"
            )
        rule_id = entry.info.id
        if rule_id in self._entries:
            other = self._entries[rule_id].info.origin
            raise RuleError(
                f"rule id {rule_id!r} from {entry.info.origin} is already defined by {other}"
            )
        self._entries[rule_id] = entry

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._entries

    def __iter__(self) -> Iterator[RuleEntry]:
        return iter(sorted(self._entries.values(), key=lambda e: e.info.id))

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, rule_id: str) -> RuleEntry:
        try:
            return self._entries[rule_id]
        except KeyError:
            raise RuleError(f"unknown rule id {rule_id!r}; `pitchlint rules` lists them") from None

    def ids(self) -> list[str]:
        return sorted(self._entries)

    @classmethod
    def default(cls, extra_lexicons: Iterable[Path] = (), *, plugins: bool = True) -> RuleRegistry:
        """Built-in rules, the packaged lexicon rules, plugins, then ``extra_lexicons``."""
        from pitchlint.rules.builtin import BUILTIN_RULES

        registry = cls()
        for rule in BUILTIN_RULES:
            registry.register(rule)
        for lex in load_lexicon_dir([packaged_rules_dir()]):
            registry.register(lex)
        if plugins:
            registry.load_entry_points()
        for lex in load_lexicon_dir(extra_lexicons):
            registry.register(lex)
        return registry

    def load_entry_points(self) -> None:
        """Rules from other packages: the ``pitchlint.rules`` entry-point group.

        An entry point may name a Rule subclass, a list of them, or a path to
        a lexicon file or folder of lexicon files.
        """
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            try:
                obj: Any = ep.load()
            except Exception as exc:
                raise RuleError(
                    f"plugin entry point {ep.name!r} ({ep.value}) failed to load: {exc}"
                ) from exc
            dist = ep.dist.name if ep.dist else ep.name
            for item in obj if isinstance(obj, (list, tuple)) else [obj]:
                if isinstance(item, (str, Path)):
                    for lex in load_lexicon_dir([Path(item)]):
                        self.register(_with_origin(lex, f"plugin:{dist}"))
                elif isinstance(item, type) and issubclass(item, Rule):
                    if getattr(item, "info", None) is not None and item.info.origin == "builtin":
                        item.info = _replace_origin(item.info, f"plugin:{dist}")
                    self.register(item)
                else:
                    raise RuleError(
                        f"plugin entry point {ep.name!r} gave {item!r}, not a Rule subclass"
                    )


def _replace_origin(info: RuleInfo, origin: str) -> RuleInfo:
    from dataclasses import replace

    return replace(info, origin=origin)


def _with_origin(rule: LexiconRule, origin: str) -> LexiconRule:
    rule.info = _replace_origin(rule.info, origin)
    return rule
