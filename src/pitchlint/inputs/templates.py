"""Templates: check merge-tag syntax and render a template with data rows.

:func:`check_template` finds unbalanced blocks (``{% if %}`` without
``{% endif %}``, ``{{#if}}`` without ``{{/if}}``, ``*|IF:X|*`` without
``*|END:IF|*``), unterminated or stray tag delimiters, single-brace fields,
``XXX`` markers, mixed dialects and (with a declared field list) undeclared
fields. :func:`render` fills a template from one data row, with sandboxed
Jinja2 for Jinja/HubSpot/Brevo/Liquid-style templates and simple substitution
for the others, and keeps a map from the rendered text back to the template.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pitchlint.errors import InputError
from pitchlint.inputs.decode import decode_bytes
from pitchlint.inputs.message import Placeholder, Run, SourceMap

Row = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    start: int
    end: int
    message: str


# --- checking ------------------------------------------------------------------------------

_JINJA_OPEN = {
    "if", "for", "unless", "case", "capture", "macro", "call", "filter", "with", "block",
    "raw", "comment", "autoescape", "trans", "tablerow", "paginate", "form",
}  # fmt: skip
_JINJA_MIDDLE = {"elif": {"if"}, "elsif": {"if", "unless"}, "else": {"if", "unless", "for", "case"},
                 "when": {"case"}, "empty": {"for"}, "pluralize": {"trans"}}  # fmt: skip
_FAMILY = {
    "jinja-block": "jinja",
    "jinja-comment": "jinja",
    "handlebars": "jinja",  # {{ }} fields are shared by Jinja, HubSpot, Brevo, Handlebars, Liquid
    "mailchimp": "mailchimp",
    "salesforce": "salesforce",
    "salesforce-merge": "salesforce",
    "percent": "activecampaign",
}
_HAND_MADE = {"bracket", "angle"}
_KEYWORDS = {
    "and", "or", "not", "in", "is", "true", "false", "none", "True", "False", "None",
    "loop", "super", "range", "contains", "blank", "empty", "nil", "null", "else", "this",
}  # fmt: skip
_STRING = re.compile(r"'[^']*'|\"[^\"]*\"")
_NAME = re.compile(r"(?<![\w.])[A-Za-z_åäöÅÄÖ][\wåäöÅÄÖ]*(?:\.[A-Za-z_åäöÅÄÖ][\wåäöÅÄÖ]*)*")
# Mailchimp's delimiters only next to a tag name: "**|" and "|**" occur in Markdown tables.
_DELIMS = re.compile(r"\{\{|\{%|\{#|\*\|(?=[A-Za-z_])|\}\}|%\}|#\}|(?<=[A-Za-z0-9_])\|\*")
# ("/shipments/{id}" is a path parameter of an API, not a merge field)
_SINGLE_BRACE = re.compile(r"(?<![{\w$/])\{\s*([A-Za-z_åäöÅÄÖ][\wåäöÅÄÖ.]*)\s*\}(?!\})")


def check_template(
    source: str,
    placeholders: list[Placeholder],
    fields: Iterable[str] | None = None,
    *,
    template: bool = True,
    hidden: Iterable[tuple[int, int]] = (),
) -> list[TemplateProblem]:
    """Problems of a template's merge-tag syntax, in source order.

    Broken syntax (unbalanced blocks, unterminated or stray delimiters,
    single-brace fields) is always checked; with ``template`` also mixed
    dialects and ``XXX`` markers, and with ``fields`` undeclared field names.
    """
    problems: list[TemplateProblem] = []
    problems.extend(_balance(placeholders))
    covered = [*hidden, *((t.start, t.end) for t in placeholders)]
    problems.extend(_stray(source, covered))
    if not template:
        problems.sort(key=lambda p: (p.start, p.end, p.message))
        return problems
    problems.extend(_dialects(placeholders))
    for tag in placeholders:
        if tag.dialect == "xxx":
            problems.append(
                TemplateProblem(
                    tag.start,
                    tag.end,
                    f"{tag.text} ei ole yhdistelykenttä: mikään lähetystyökalu ei täytä sitä.",
                )
            )
    if fields is not None:
        problems.extend(_undeclared(placeholders, list(fields)))
    problems.sort(key=lambda p: (p.start, p.end, p.message))
    return problems


def _block_key(tag: Placeholder) -> tuple[str, str, str] | None:
    """(family, role: open/middle/close, key) of a block tag."""
    name = tag.name
    if tag.dialect == "jinja-block":
        if name.startswith("end"):
            return ("jinja", "close", name[3:])
        if name in _JINJA_MIDDLE:
            return ("jinja", "middle", name)
        if name in _JINJA_OPEN and not (name == "set" and "=" in tag.args):
            return ("jinja", "open", name)
        return None
    if tag.dialect == "handlebars" and tag.kind == "block" and name != "partial":
        if name[:1] in "#^":
            return ("handlebars", "open", name[1:])
        if name[:1] == "/":
            return ("handlebars", "close", name[1:])
        return ("handlebars", "middle", name)
    if tag.dialect == "mailchimp" and tag.kind == "block":
        if name.startswith("END:"):
            return ("mailchimp", "close", name[4:])
        if name in ("IF", "IFNOT", "INTERESTED"):
            return ("mailchimp", "open", "IF" if name != "INTERESTED" else name)
        return ("mailchimp", "middle", name)
    return None


def _closer(family: str, key: str) -> str:
    if family == "jinja":
        return "{% end" + key + " %}"
    if family == "handlebars":
        return "{{/" + key + "}}"
    return "*|END:" + key + "|*"


def _balance(placeholders: list[Placeholder]) -> list[TemplateProblem]:
    problems: list[TemplateProblem] = []
    stacks: dict[str, list[tuple[str, Placeholder]]] = {}
    for tag in placeholders:
        info = _block_key(tag)
        if info is None:
            continue
        family, role, key = info
        stack = stacks.setdefault(family, [])
        if role == "open":
            stack.append((key, tag))
        elif role == "middle":
            allowed = _JINJA_MIDDLE.get(key) if family == "jinja" else None
            if not stack or (allowed is not None and stack[-1][0] not in allowed):
                problems.append(
                    TemplateProblem(
                        tag.start,
                        tag.end,
                        f"{tag.text} on lohkon ulkopuolella: sille ei ole avausta.",
                    )
                )
        elif not stack:
            problems.append(
                TemplateProblem(
                    tag.start, tag.end, f"{tag.text} sulkee lohkon, jota ei ole avattu."
                )
            )
        elif stack[-1][0] != key:
            open_key, open_tag = stack[-1]
            if any(k == key for k, _ in stack):  # the inner block was left open
                while stack and stack[-1][0] != key:
                    k, t = stack.pop()
                    problems.append(_unclosed(family, k, t))
                stack.pop()
            else:
                problems.append(
                    TemplateProblem(
                        tag.start,
                        tag.end,
                        f"{tag.text} ei sovi avaukseen {open_tag.text}: "
                        f"odotettiin {_closer(family, open_key)}.",
                    )
                )
                stack.pop()
        else:
            stack.pop()
    for family, stack in stacks.items():
        problems.extend(_unclosed(family, k, t) for k, t in stack)
    return problems


def _unclosed(family: str, key: str, tag: Placeholder) -> TemplateProblem:
    return TemplateProblem(
        tag.start, tag.end, f"Lohkoa {tag.text} ei suljeta: lisää {_closer(family, key)}."
    )


def _stray(source: str, covered: list[tuple[int, int]]) -> list[TemplateProblem]:
    """Tag delimiters outside every recognised tag (and hidden span), and
    ``{field}`` with one brace."""
    problems: list[TemplateProblem] = []

    def inside(pos: int) -> bool:
        return any(s <= pos < e for s, e in covered)

    for m in _DELIMS.finditer(source):
        if inside(m.start()):
            continue
        delim = m.group()
        line_end = source.find("\n", m.start())
        line_end = len(source) if line_end == -1 else line_end
        if delim in ("{{", "{%", "{#", "*|"):
            problems.append(
                TemplateProblem(
                    m.start(), line_end, f"Tagi {delim} jää sulkematta samalla rivillä."
                )
            )
        else:
            problems.append(
                TemplateProblem(m.start(), m.end(), f"{delim} sulkee tagin, jota ei ole avattu.")
            )
    for m in _SINGLE_BRACE.finditer(source):
        if inside(m.start()):
            continue
        problems.append(
            TemplateProblem(
                m.start(),
                m.end(),
                f"{m.group()} ei ole minkään työkalun yhdistelykenttä: "
                f"tarkoititko {{{{{m.group(1)}}}}}?",
            )
        )
    return problems


def _dialects(placeholders: list[Placeholder]) -> list[TemplateProblem]:
    """Tags of a second sending tool (or hand-made ones) next to a tool's tags."""
    seen: dict[str, Placeholder] = {}
    for tag in placeholders:
        family = _FAMILY.get(tag.dialect, "hand-made" if tag.dialect in _HAND_MADE else "")
        if family:
            seen.setdefault(family, tag)
    tools = [f for f in seen if f != "hand-made"]
    if not tools:
        return []
    main = min(tools, key=lambda f: seen[f].start)
    problems = []
    for family in seen:
        if family == main:
            continue
        for tag in placeholders:
            fam = _FAMILY.get(tag.dialect, "hand-made" if tag.dialect in _HAND_MADE else "")
            if fam == family:
                problems.append(
                    TemplateProblem(
                        tag.start,
                        tag.end,
                        f"{tag.text} on eri murretta ({family}) kuin pohjan muut tagit ({main}): "
                        "lähetystyökalu ei täytä sitä.",
                    )
                )
    return problems


def _names_in(expr: str) -> list[str]:
    expr = _STRING.sub(" ", expr)
    expr = re.sub(r"\|\s*\w+", " ", expr)  # filters
    return [n for n in _NAME.findall(expr) if n.split(".")[0] not in _KEYWORDS]


def tag_names(tag: Placeholder) -> list[str]:
    """Field names a tag reads."""
    if tag.kind == "field":
        return [tag.name] if tag.name and tag.dialect != "xxx" else []
    if tag.kind != "block":
        return []
    if tag.dialect == "jinja-block":
        if tag.name == "for":
            _, _, iterable = tag.args.partition(" in ")
            return _names_in(iterable)
        if tag.name in ("if", "elif", "elsif", "unless", "case", "when", "with"):
            return _names_in(tag.args)
        return []
    if tag.dialect == "handlebars" and tag.name[:1] in "#^":
        return _names_in(tag.args if tag.args else tag.name[1:])
    if tag.dialect == "mailchimp" and tag.args:
        return [re.split(r"[=!<>]", tag.args, maxsplit=1)[0].strip()]
    return []


def _loop_vars(placeholders: list[Placeholder]) -> set[str]:
    names: set[str] = set()
    for tag in placeholders:
        if tag.dialect == "jinja-block" and tag.name in ("for", "set", "capture", "macro"):
            target = re.split(r"\s+in\s+|=|\(", tag.args, maxsplit=1)[0]
            names.update(n.strip().lower() for n in target.split(",") if n.strip())
        if tag.dialect == "handlebars" and tag.name == "#each" and " as |" in tag.args:
            names.update(n.lower() for n in re.findall(r"\w+", tag.args.split(" as |", 1)[1]))
    return names


def _undeclared(placeholders: list[Placeholder], fields: list[str]) -> list[TemplateProblem]:
    declared = {f.strip().lower() for f in fields if f.strip()}
    local = _loop_vars(placeholders)
    problems = []
    for tag in placeholders:
        for name in tag_names(tag):
            key = name.lower()
            parts = key.split(".")
            if key in declared or parts[-1] in declared or parts[0] in local:
                continue
            known = ", ".join(sorted(declared)) or "(ei yhtään)"
            problems.append(
                TemplateProblem(
                    tag.start,
                    tag.end,
                    f"Kenttää {name!r} ei ole määritelty kenttäluettelossa (tunnetut: {known}).",
                )
            )
    return problems


# --- data rows -----------------------------------------------------------------------------


def load_rows(path: str | Path) -> list[dict[str, Any]]:
    """Data rows from a CSV (header row; `,`, `;` or tab) or JSON file (a list of
    objects, one object, or an object with one list of objects)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read data file: {exc.strerror or exc}") from None
    text = decode_bytes(data).text
    if p.suffix.lower() == ".json" or text.lstrip()[:1] in ("[", "{"):
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{p}: invalid JSON: {exc}") from None
        if isinstance(value, dict):
            lists = [v for v in value.values() if isinstance(v, list)]
            value = lists[0] if len(value) == 1 and len(lists) == 1 else [value]
        if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
            raise InputError(f"{p}: JSON data must be a list of objects")
        rows = value
    else:
        try:
            dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.DictReader(io.StringIO(text), dialect=dialect)
        rows = [{k.strip(): (v or "") for k, v in r.items() if k} for r in reader]
    if not rows:
        raise InputError(f"{p}: no data rows")
    return [dict(r) for r in rows]


def lookup(row: Row, name: str) -> Any:
    """A field's value: exact key, any case, a dotted path, or the one key with the
    same last part (``Recipient.FirstName`` ~ ``FirstName``); else None."""
    if name in row:
        return row[name]
    lower = {str(k).lower(): v for k, v in row.items()}
    key = name.lower()
    if key in lower:
        return lower[key]
    parts = key.split(".")
    value: Any = lower
    for part in parts:
        if isinstance(value, Mapping):
            value = {str(k).lower(): v for k, v in value.items()}.get(part)
        else:
            value = None
            break
    if value is not None:
        return value
    same_last = [v for k, v in lower.items() if k.rsplit(".", 1)[-1] == parts[-1]]
    if len(same_last) == 1:  # {{{Recipient.FirstName}}} from a Contact.FirstName column
        return same_last[0]
    return None


# --- rendering -----------------------------------------------------------------------------


class TemplateRenderError(InputError):
    """The template could not be rendered with a data row."""


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    source_map: SourceMap  # rendered offset -> template offset
    engine: str  # "jinja2" or "simple"


_LIT, _TAG, _SEP, _CLOSE, _UNDEF = "\ue000", "\ue001", "\ue002", "\ue003", "\ue004"
_PRIVATE = re.compile("[\ue000-\ue004]")


def engine_for(placeholders: list[Placeholder]) -> str:
    handlebars_blocks = any(p.dialect == "handlebars" and p.kind == "block" for p in placeholders)
    jinja = any(p.dialect in ("jinja-block", "jinja-comment", "handlebars") for p in placeholders)
    return "jinja2" if jinja and not handlebars_blocks else "simple"


def render(
    source: str, placeholders: list[Placeholder], row: Row, *, index: int = 0, max_chars: int = 0
) -> Rendered:
    """Fill ``source`` with ``row``. A field missing from the row stays as its tag."""
    if engine_for(placeholders) == "jinja2":
        result = _render_jinja(source, placeholders, row)
    else:
        result = _render_simple(source, placeholders, row, index)
    if max_chars and len(result.text) > max_chars:
        raise TemplateRenderError(f"the rendered message is over {max_chars:,} characters")
    return result


class _Out:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.runs: list[Run] = []
        self.length = 0

    def add(self, text: str, orig_start: int, orig_end: int) -> None:
        if text:
            self.runs.append(Run(self.length, len(text), orig_start, orig_end))
            self.parts.append(text)
            self.length += len(text)

    def done(self, engine: str) -> Rendered:
        return Rendered("".join(self.parts), SourceMap(tuple(self.runs)), engine)


def _segments(
    source: str, tags: list[Placeholder]
) -> list[tuple[str, int, int, Placeholder | None]]:
    """Literal text and tags in order: (kind "lit"/"tag", start, end, tag)."""
    out: list[tuple[str, int, int, Placeholder | None]] = []
    pos = 0
    for tag in tags:
        if tag.start > pos:
            out.append(("lit", pos, tag.start, None))
        out.append(("tag", tag.start, tag.end, tag))
        pos = tag.end
    if pos < len(source):
        out.append(("lit", pos, len(source), None))
    return out


def _scalar(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else ""
    return _PRIVATE.sub("", str(value))


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("", "0", "false", "no", "ei")
    return bool(value)


def _render_simple(source: str, tags: list[Placeholder], row: Row, index: int) -> Rendered:
    out = _Out()
    # Each frame: (parent active, a branch was taken, this branch active).
    frames: list[tuple[bool, bool, bool]] = []

    def active() -> bool:
        return not frames or frames[-1][2]

    for _kind, start, end, tag in _segments(source, tags):
        if tag is None:
            if active():
                out.add(source[start:end], start, end)
            continue
        if tag.kind == "block":
            _simple_block(tag, row, frames, active())
            continue
        if not active() or tag.kind == "comment":
            continue
        if tag.kind == "choice":
            options = tag.text[1:-1].split("|")
            pick = index % len(options)
            offset = start + 1 + sum(len(o) + 1 for o in options[:pick])
            out.add(options[pick], offset, offset + len(options[pick]))
            continue
        value = lookup(row, tag.name) if tag.name else None
        if value is None or (isinstance(value, str) and not value):
            out.add(source[start:end], start, end)  # unfilled: stays a tag
        else:
            out.add(_scalar(value), start, end)
    return out.done("simple")


def _simple_block(
    tag: Placeholder, row: Row, frames: list[tuple[bool, bool, bool]], now: bool
) -> None:
    info = _block_key(tag)
    if info is None:
        return
    _, role, _ = info
    if role == "open":
        cond = _condition(tag, row)
        frames.append((now, cond, now and cond))
    elif role == "middle" and frames:
        parent, taken, _ = frames[-1]
        if tag.name.upper() in ("ELSEIF", "ELIF", "ELSIF") or tag.args.startswith("if "):
            args = tag.args[3:] if tag.args.startswith("if ") else tag.args
            cond = not taken and _truthy(lookup(row, _names_in(args)[0])) if args else False
        else:
            cond = not taken
        frames[-1] = (parent, taken or cond, parent and cond)
    elif role == "close" and frames:
        frames.pop()


def _condition(tag: Placeholder, row: Row) -> bool:
    name = tag.name
    if tag.dialect == "mailchimp":
        m = re.match(r"\s*([^=!]+?)\s*(!=|=)\s*(.*)$", tag.args)
        if m:
            equal = _scalar(lookup(row, m[1])) == m[3].strip().strip("'\"")
            result = equal if m[2] == "=" else not equal
        else:
            result = _truthy(lookup(row, tag.args.strip()))
        return not result if name == "IFNOT" else result
    # handlebars: #if x, #unless x, #each x / #with x / #x (sections), ^x (inverted)
    args = tag.args or name[1:]
    names = _names_in(args)
    value = _truthy(lookup(row, names[0])) if names else False
    if name == "#unless" or name.startswith("^"):
        return not value
    return value


def _render_jinja(source: str, tags: list[Placeholder], row: Row) -> Rendered:
    from jinja2 import ChainableUndefined, TemplateError
    from jinja2.sandbox import SandboxedEnvironment

    class KeepUndefined(ChainableUndefined):
        def __str__(self) -> str:
            return _UNDEF

    jinja_tags = [t for t in tags if t.dialect in ("jinja-block", "jinja-comment", "handlebars")]
    parts: list[str] = []
    literals: list[int] = []  # literal index -> template offset
    skip_ws = False
    for _kind, start, end, tag in _segments(source, jinja_tags):
        if tag is None:
            lit_start = end - len(source[start:end].lstrip()) if skip_ws else start
            text = _PRIVATE.sub(" ", source[lit_start:end])
            if not text:
                continue
            literals.append(lit_start)
            if any(d in text for d in ("{{", "{%", "{#")):
                text = "{% raw %}" + text + "{% endraw %}"
            parts.append(f"{_LIT}{len(literals) - 1}{_TAG}{text}")
            skip_ws = False
            continue
        skip_ws = tag.text[-3:-2] == "-"
        if tag.dialect == "handlebars" and tag.kind == "field":
            parts.append(f"{_SEP}{tags.index(tag)}{_TAG}{tag.text}{_CLOSE}")
        else:
            parts.append(tag.text)
    env = SandboxedEnvironment(
        undefined=KeepUndefined, autoescape=False, keep_trailing_newline=True
    )
    try:
        raw = env.from_string("".join(parts)).render(_context(row))
    except TemplateError as exc:
        lineno = getattr(exc, "lineno", None)
        where = f"line {lineno}: " if lineno else ""
        raise TemplateRenderError(f"Jinja2 cannot render the template: {where}{exc}") from None
    out = _Out()
    pos = 0
    cur = 0  # template offset the next plain character maps to
    exact = False
    while pos < len(raw):
        ch = raw[pos]
        if ch == _LIT:
            mark = raw.index(_TAG, pos)
            cur, exact = literals[int(raw[pos + 1 : mark])], True
            pos = mark + 1
        elif ch == _SEP:
            mark = raw.index(_TAG, pos)
            close = raw.index(_CLOSE, mark)
            tag = tags[int(raw[pos + 1 : mark])]
            value = raw[mark + 1 : close]
            if value == _UNDEF:
                out.add(tag.text, tag.start, tag.end)  # unfilled: stays a tag
            else:
                out.add(value.replace(_UNDEF, ""), tag.start, tag.end)
            cur, exact = tag.end, False
            pos = close + 1
        else:
            nxt = len(raw)
            for m in (_LIT, _SEP):
                found = raw.find(m, pos)
                if found != -1:
                    nxt = min(nxt, found)
            text = raw[pos:nxt].replace(_UNDEF, "").replace(_CLOSE, "")
            if exact:
                out.add(text, cur, cur + len(text))
                cur += len(text)
            else:
                out.add(text, cur, cur)
            pos = nxt
    return out.done("jinja2")


def _context(row: Row) -> dict[str, Any]:
    """The row for Jinja: values as given, dotted keys also nested, any case.
    Empty values are left out: the field stays a tag (reported as unfilled)."""
    ctx: dict[str, Any] = {}
    for raw_key, value in row.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        key = str(raw_key)
        clean = _PRIVATE.sub("", value) if isinstance(value, str) else value
        for variant in (key, key.lower()):
            ctx.setdefault(variant, clean)
            if "." in variant:
                node = ctx
                *heads, last = variant.split(".")
                for head in heads:
                    node = node.setdefault(head, {}) if isinstance(node.get(head, {}), dict) else {}
                if isinstance(node, dict):
                    node.setdefault(last, clean)
    return ctx
