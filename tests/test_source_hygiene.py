"""Source checks the linters do not make: a module-level constant assigned twice
silently replaces the first for every function in the module (a second ``_CHARGES``
once turned a list of remedy prices into a list of vendor fees)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).resolve().parents[1] / "src" / "pitchlint").rglob("*.py"))


def _constants(tree: ast.Module) -> Counter[str]:
    """Module-level names written as constants ("_CHARGES", "PUBLIC_BODIES")."""
    names: Counter[str] = Counter()
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                names[target.id] += 1
    return names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.name))
def test_no_module_level_constant_is_assigned_twice(path: Path) -> None:
    names = _constants(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []


def test_a_second_assignment_is_found() -> None:
    assert _constants(ast.parse("_A = 1\nB: int = 2\n_A = 3\nlower = 4\n")) == {"_A": 2, "B": 1}
