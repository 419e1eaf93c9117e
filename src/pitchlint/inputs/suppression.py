"""Inline suppression directives.

``pitchlint: disable=ID[,ID…]`` on a line of its own (bare, or inside
``<!-- -->``, ``#``, ``//`` or ``[ ]``) disables rules for the whole message;
``disable-line=`` for findings that start on that line and
``disable-next-line=`` for the line below. ``all`` means every rule.
Directive lines are not part of the analysed text.
"""

from __future__ import annotations

import re

_DIRECTIVE = re.compile(
    r"pitchlint:\s*(?P<scope>disable|disable-line|disable-next-line)\s*=\s*"
    r"(?P<ids>[a-z0-9*-]+(?:\s*,\s*[a-z0-9*-]+)*)"
)
_OWN_LINE = re.compile(r"^\s*(?:<!--|#+|//|\[)?\s*pitchlint:.*?(?:-->|\])?\s*$")
_WRAPPED = re.compile(r"<!--\s*pitchlint:.*?-->|\[\s*pitchlint:[^\]]*\]|(?:#|//)\s*pitchlint:.*$")


def parse_suppressions(
    text: str,
) -> tuple[dict[str, set[int] | None], list[tuple[int, int]]]:
    """Return (rule id -> None for all lines or a set of 1-based lines, spans to hide).

    The directive spans are hidden from the language layer (masked with spaces).
    """
    result: dict[str, set[int] | None] = {}
    hidden: list[tuple[int, int]] = []
    offset = 0
    for lineno, line in enumerate(text.split("\n"), start=1):
        line_start = offset
        offset += len(line) + 1
        match = _DIRECTIVE.search(line)
        if not match:
            continue
        own_line = bool(_OWN_LINE.match(line))
        if own_line:
            hidden.append((line_start, line_start + len(line)))
        else:
            wrapped = _WRAPPED.search(line)
            span = wrapped.span() if wrapped else match.span()
            hidden.append((line_start + span[0], line_start + span[1]))
        scope = match["scope"]
        for rule_id in (part.strip() for part in match["ids"].split(",")):
            if scope == "disable" and own_line:
                result[rule_id] = None
                continue
            target = lineno + 1 if scope == "disable-next-line" else lineno
            lines = result.setdefault(rule_id, set())
            if lines is not None:
                lines.add(target)
    return result, hidden


def is_suppressed(supp: dict[str, set[int] | None], rule_id: str, line: int) -> bool:
    for key in (rule_id, "all"):
        if key in supp:
            lines = supp[key]
            if lines is None or line in lines:
                return True
    return False
