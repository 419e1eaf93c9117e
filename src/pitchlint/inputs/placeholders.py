"""Template merge tags: find them in the input and neutralise them for NLP.

Dialects: Mailchimp ``*|FNAME|*`` (and ``*|IF:X|*`` … ``*|END:IF|*``),
HubSpot/Brevo/Jinja/Handlebars/Liquid ``{{ contact.firstname }}`` (and
``{{#if x}}`` … ``{{/if}}``), Jinja/Liquid blocks ``{% if %}`` … ``{% endif %}``
and comments ``{# #}``, Salesforce ``{{{Recipient.FirstName}}}`` and
``{!Contact.FirstName}``, ActiveCampaign ``%FIRSTNAME%``, ``%%first_name%%``,
spintax ``{a|b|c}`` and hand-made ``[Yritys]``, ``<NIMI>``, ``XXX``.
"""

from __future__ import annotations

import re

from pitchlint.inputs.message import Placeholder

# A capitalised Finnish surname the analysers know: the parser sees a name, so
# "Hei {{etunimi}}," still parses as a greeting and "{{yritys}}:lle" as a name.
STAND_IN = "Mallinen"

# Order matters: longer/more specific dialects first.
_PATTERNS: list[tuple[str, str]] = [
    ("salesforce", r"\{\{\{\s*[\w.]+\s*\}\}\}"),
    ("jinja-comment", r"\{#.*?#\}"),
    ("jinja-block", r"\{%-?.*?-?%\}"),
    ("handlebars", r"\{\{(?!\{)[^{}\n]{1,200}?\}\}"),
    ("salesforce-merge", r"\{![\w.]+(?:\s*,[^{}\n]{0,100})?\}"),
    ("mailchimp", r"\*\|[\w:.=' -]{1,100}\|\*"),
    ("percent", r"%%[A-Za-z_]\w*%%|%[A-Z][A-Z0-9_]{2,}%"),
    ("spintax", r"\{[^{}|\n]{1,60}(?:\|[^{}|\n]{0,60})+\}"),
    # Hand-made fields: [Yritys], [Asiakkaan nimi], [kohteen osoite], but not Markdown
    # links [x](url), a checkbox [x] or an editor's [sic].
    (
        "bracket",
        r"\[(?:[A-ZÅÄÖ][\wåäöÅÄÖ]*|(?!sic\])[a-zåäö][a-zåäö]{2,})(?: [\wåäöÅÄÖ]+){0,3}\](?![(\[])",
    ),
    ("angle", r"<[A-ZÅÄÖ][A-ZÅÄÖ_ ]{1,30}>"),
    ("xxx", r"(?<![\w])X{3,}(?![\w])"),
]
# Every dialect starts with one of these characters: the lookahead lets the search
# skip all other positions at once (ten times faster on ordinary text).
_RE = re.compile(
    r"(?=[{*%\[<X])(?:"
    + "|".join(f"(?P<{re.sub('-', '_', name)}>{pat})" for name, pat in _PATTERNS)
    + ")"
)

_IDENT = re.compile(r"[A-Za-z_åäöÅÄÖ][\wåäöÅÄÖ]*(?:\.[A-Za-z_åäöÅÄÖ][\wåäöÅÄÖ]*)*")
_TOKEN_CALL = re.compile(r"^\w+\(\s*['\"]([\w.]+)['\"]")  # HubSpot personalization_token('x')
_MAILCHIMP_BLOCKS = {"IF", "IFNOT", "ELSEIF", "ELSE", "END", "INTERESTED"}


def find_placeholders(text: str) -> list[Placeholder]:
    """All merge tags in ``text``, in order, non-overlapping."""
    found = []
    for match in _RE.finditer(text):
        dialect = (match.lastgroup or "unknown").replace("_", "-")
        found.append(classify(match.start(), match.end(), match.group(), dialect))
    return found


def classify(start: int, end: int, text: str, dialect: str) -> Placeholder:
    """A placeholder with its kind (field, block, comment, choice) and name."""
    kind, name, args = "field", "", ""
    if dialect == "jinja-comment":
        kind = "comment"
    elif dialect == "jinja-block":
        inner = text[2:-2].strip("-+ \t")
        word, _, args = inner.partition(" ")
        kind, name, args = "block", word.strip().lower(), args.strip()
    elif dialect == "handlebars":
        inner = text[2:-2].strip("~- \t")
        if inner[:1] in "#^/" or inner.split(" ")[0] in ("else", "else if"):
            kind = "block"
            if inner == "^":
                name = "else"
            elif inner[:1] == "#":
                name, _, args = inner[1:].strip().partition(" ")
                name = "#" + name
            elif inner[:1] == "^":  # a Mustache inverted section: {{^x}}…{{/x}}
                args = inner[1:].strip()
                name = "^" + args
            elif inner[:1] == "/":
                name = "/" + inner[1:].strip()
            else:
                name, _, args = inner.partition(" ")
        elif inner[:1] == "!":
            kind = "comment"
        elif inner[:1] == ">":
            kind, name = "block", "partial"
        else:
            call = _TOKEN_CALL.match(inner)
            ident = _IDENT.match(inner)
            name = call.group(1) if call else (ident.group() if ident else inner)
    elif dialect == "salesforce":
        name = text[3:-3].strip()
    elif dialect == "salesforce-merge":
        name = text[2:-1].split(",", 1)[0].strip()
    elif dialect == "mailchimp":
        inner = text[2:-2].strip()
        head, sep, rest = inner.partition(":")
        if sep and head.upper() in _MAILCHIMP_BLOCKS:
            kind = "block"
            name = head.upper() if head.upper() != "END" else "END:" + rest.strip().upper()
            args = rest.strip() if head.upper() != "END" else ""
        else:
            name = inner.rsplit(":", 1)[-1].strip()
    elif dialect == "percent":
        name = text.strip("%")
    elif dialect == "spintax":
        kind = "choice"
    elif dialect in ("bracket", "angle"):
        name = text[1:-1].strip()
    return Placeholder(start, end, text, dialect, kind, name, args)
