"""Built-in rules: every Rule subclass with ``info`` in this package's modules.

Modules are discovered, so adding a rule is adding a file here.
"""

from __future__ import annotations

import importlib
import pkgutil

from pitchlint.rules.base import Rule


def _discover() -> list[type[Rule]]:
    found: list[type[Rule]] = []
    for mod in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if mod.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{mod.name}")
        for obj in vars(module).values():
            if (
                isinstance(obj, type)
                and issubclass(obj, Rule)
                and obj.__module__ == module.__name__
                and "info" in vars(obj)
            ):
                found.append(obj)
    return found


BUILTIN_RULES: list[type[Rule]] = _discover()
