"""Rule documentation pages, for `pitchlint explain` and docs/rules/*.md."""

from __future__ import annotations

from pitchlint.rules.registry import RuleEntry


def rule_page(entry: RuleEntry) -> str:
    """The Markdown page of one rule."""
    info, docs = entry.info, entry.info.docs
    kinds = ", ".join(sorted(info.kinds))
    lines = [
        f"# {info.id}",
        "",
        f"{info.summary_fi}  ",
        f"*{info.summary_en}*",
        "",
        f"- Default severity: `{info.severity}`; weight: {info.weight:g}",
        f"- Applies to: {kinds}",
        f"- Defined by: {info.origin}",
        "",
        "## Why is this bad?",
        "",
        docs.why,
    ]
    if docs.source:
        lines += ["", f"Idea: {docs.source}"]
    if docs.fires:
        lines += ["", "## What fires", "", docs.fires]
    if docs.does_not_fire:
        lines += ["", "## What does not fire", "", docs.does_not_fire]
    if docs.bad:
        lines += ["", f"## Bad example ({docs.kind})", "", "```text", docs.bad.strip("\n"), "```"]
    if docs.good:
        lines += ["", "## Better", "", "```text", docs.good.strip("\n"), "```"]
    fields = entry.options_model.model_fields
    lines += ["", "## Options", ""]
    lines.append("Every rule takes `severity` and `weight`:")
    lines += [
        "",
        "```toml",
        f"[tool.pitchlint.rules.{info.id}]",
        f'severity = "{info.severity}"',
        f"weight = {info.weight:g}",
    ]
    for name, field in fields.items():
        default = field.default
        value = f'"{default}"' if isinstance(default, str) else repr(default).replace("'", '"')
        if isinstance(default, bool):
            value = str(default).lower()
        comment = f"  # {field.description}" if field.description else ""
        key = field.alias or name.replace("_", "-")
        if default is None:  # unset by default: TOML has no null, so shown commented out
            lines.append(f"# {key} = …{comment}")
        else:
            lines.append(f"{key} = {value}{comment}")
    lines += ["```", ""]
    return "\n".join(lines)


def write_pages(folder: str) -> list[str]:
    """Write docs/rules/<id>.md for every registered rule; return the paths."""
    from pathlib import Path

    from pitchlint.rules.registry import RuleRegistry

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for entry in RuleRegistry.default(plugins=False):
        path = out / f"{entry.info.id}.md"
        path.write_text(rule_page(entry), encoding="utf-8")
        written.append(str(path))
    return written


if __name__ == "__main__":  # python -m pitchlint.docs docs/rules
    import sys

    for p in write_pages(sys.argv[1] if len(sys.argv) > 1 else "docs/rules"):
        print(p)
