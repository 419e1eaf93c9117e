"""Template merge tags: find them in the input and neutralise them for NLP."""

from __future__ import annotations

import re

from pitchlint.inputs.message import Placeholder

# A capitalised Finnish surname the analysers know: the parser sees a name, so
# "Hei {{etunimi}}," still parses as a greeting and "{{yritys}}:lle" as a name.
STAND_IN = "Mallinen"

# Order matters: longer/more specific dialects first.
_PATTERNS: list[tuple[str, str]] = [
    ("salesforce", r"\{\{\{\s*[\w.]+\s*\}\}\}"),
    ("jinja-block", r"\{%-?.*?-?%\}"),
    ("handlebars", r"\{\{[#/^]?\s*[\w.\[\]'\" |:-]+?\s*\}\}"),
    ("salesforce-merge", r"\{![\w.]+\}"),
    ("mailchimp", r"\*\|[\w:-]+\|\*"),
    ("percent", r"%%[A-Za-z_][\w]*%%|%[A-Z][A-Z0-9_]{2,}%"),
    ("spintax", r"\{[^{}|\n]{1,60}(?:\|[^{}|\n]{1,60})+\}"),
    # Hand-made fields: [Yritys], [Asiakkaan nimi], but not Markdown links [x](url).
    ("bracket", r"\[[A-ZÅÄÖ][\wåäöÅÄÖ]*(?: [\wåäöÅÄÖ]+){0,3}\](?!\()"),
    ("angle", r"<[A-ZÅÄÖ][A-ZÅÄÖ_ ]{1,30}>"),
    ("xxx", r"(?<![\w])X{3,}(?![\w])"),
]
_RE = re.compile("|".join(f"(?P<{re.sub('-', '_', name)}>{pat})" for name, pat in _PATTERNS))


def find_placeholders(text: str) -> list[Placeholder]:
    """All merge tags in ``text``, in order, non-overlapping."""
    found = []
    for match in _RE.finditer(text):
        dialect = (match.lastgroup or "unknown").replace("_", "-")
        found.append(Placeholder(match.start(), match.end(), match.group(), dialect))
    return found
