"""An HTML report (``--format html``) for the people who write and approve the
messages: one self-contained file (no scripts, no external resources).

At the top, every message with its score and a per-rule summary; then each
message in full with the findings highlighted (hover for the message, the
number links to the finding) and listed below it. The report is in Finnish,
like the findings. Every piece of text from the input is HTML-escaped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from pitchlint._version import __version__
from pitchlint.findings import Finding, Report, Severity
from pitchlint.reporting.common import RuleInfos, rule_help_uri, rule_infos

SEVERITY_FI = {Severity.ERROR: "virhe", Severity.WARNING: "varoitus", Severity.INFO: "huomio"}
SEVERITY_PLURAL_FI = {
    Severity.ERROR: "virhettä",
    Severity.WARNING: "varoitusta",
    Severity.INFO: "huomiota",
}
KIND_FI = {"email": "sähköposti", "outline": "esitysrunko"}

_CSS = """
:root { --ink:#1d2430; --muted:#5b6575; --line:#dde2ea; --bg:#f5f7fa; --card:#fff;
  --err:#c62828; --err-bg:#fde2e1; --warn:#a15c00; --warn-bg:#fff1c7; --info:#1e63a8;
  --info-bg:#e1edfb; --good:#2e7d32; }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--ink);
  font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 32px 24px 64px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 0 0 12px; }
.sub { color: var(--muted); margin: 0 0 28px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: 20px 24px; margin: 0 0 24px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 8px 10px; border-bottom: 1px solid var(--line);
  vertical-align: top; }
th { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
  font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr:last-child td { border-bottom: none; }
a { color: #1e63a8; }
.score { display: inline-block; min-width: 3.2em; padding: 2px 8px; border-radius: 6px;
  font-weight: 700; text-align: center; color: #fff; font-variant-numeric: tabular-nums; }
.score.good { background: var(--good); } .score.ok { background: #b26a00; }
.score.bad { background: var(--err); } .score.none { background: #8a94a3; }
.bar { display: inline-block; width: 120px; height: 8px; background: var(--line);
  border-radius: 4px; vertical-align: middle; margin-left: 10px; overflow: hidden; }
.bar span { display: block; height: 100%; background: currentColor; }
.good-c { color: var(--good); } .ok-c { color: #b26a00; } .bad-c { color: var(--err); }
.badge { display: inline-block; font-size: 12px; font-weight: 600; padding: 1px 8px;
  border-radius: 10px; white-space: nowrap; }
.badge.error { color: var(--err); background: var(--err-bg); }
.badge.warning { color: var(--warn); background: var(--warn-bg); }
.badge.info { color: var(--info); background: var(--info-bg); }
code { white-space: nowrap; font: 13px/1.4 ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;
  background: #eef1f5; padding: 1px 5px; border-radius: 4px; }
.file-head { display: flex; align-items: center; gap: 14px; flex-wrap: wrap; }
.file-head h2 { margin: 0; word-break: break-all; }
.meta { color: var(--muted); font-size: 14px; margin: 6px 0 14px; }
.source { white-space: pre-wrap; word-wrap: break-word; margin: 0; padding: 16px 18px;
  background: #fbfcfd; border: 1px solid var(--line); border-radius: 8px;
  font: 15px/1.7 ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace; }
mark { color: inherit; border-radius: 2px; padding: 1px 0; cursor: help; }
mark.error { background: var(--err-bg); border-bottom: 2px solid var(--err); }
mark.warning { background: var(--warn-bg); border-bottom: 2px solid #e0a100; }
mark.info { background: var(--info-bg); border-bottom: 2px dotted var(--info); }
mark.stacked { filter: saturate(1.6) brightness(.97); }
mark.point { display: inline-block; width: .55em; height: 1.1em; vertical-align: text-bottom; }
a.ref { font: 600 11px/1 system-ui,sans-serif; vertical-align: super; text-decoration: none;
  color: #fff; background: #5b6575; border-radius: 8px; padding: 1px 5px; margin: 0 1px; }
a.ref.error { background: var(--err); } a.ref.warning { background: #b26a00; }
a.ref.info { background: var(--info); }
ol.findings { list-style: none; padding: 0; margin: 16px 0 0; }
ol.findings li { display: grid; grid-template-columns: 2.2em 8.5em 1fr; gap: 4px 12px;
  padding: 10px 0; border-top: 1px solid var(--line); }
ol.findings .n { font-weight: 700; color: var(--muted); }
ol.findings .where { color: var(--muted); font-size: 14px; }
ol.findings .what .rule { margin-left: 6px; }
ol.findings .msg { grid-column: 3; }
ol.findings .suggestion { grid-column: 3; color: var(--muted); font-size: 14px; }
.notes { color: var(--muted); font-size: 14px; margin: -6px 0 12px; }
.error-box { color: var(--err); background: var(--err-bg); border-radius: 8px; padding: 10px 14px; }
.clean { color: var(--good); font-weight: 600; margin-top: 12px; }
footer { color: var(--muted); font-size: 13px; text-align: center; margin-top: 32px; }
"""


def _score_class(score: float | None) -> str:
    if score is None:
        return "none"
    return "good" if score >= 80 else "ok" if score >= 60 else "bad"


def _score(score: float | None) -> str:
    text = "–" if score is None else f"{score:.0f}"
    return f'<span class="score {_score_class(score)}">{text}</span>'


def _counts(findings: Sequence[Finding]) -> str:
    if not findings:
        return "ei havaintoja"
    counts = Counter(f.severity for f in findings)
    parts = []
    for sev in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        n = counts.get(sev, 0)
        if n:
            parts.append(f"{n} {SEVERITY_FI[sev] if n == 1 else SEVERITY_PLURAL_FI[sev]}")
    return ", ".join(parts)


@dataclass
class _Numbered:
    n: int
    finding: Finding


def _highlight(source: str, findings: list[_Numbered], anchor: str) -> str:
    """The source with every finding's span wrapped in <mark>, overlaps split into
    segments, and a numbered link after each finding's end."""
    cuts = {0, len(source)}
    for item in findings:
        cuts.update((item.finding.start, item.finding.end))
    points = sorted(c for c in cuts if 0 <= c <= len(source))
    ends_at: dict[int, list[_Numbered]] = {}
    for item in findings:
        ends_at.setdefault(item.finding.end, []).append(item)
    out: list[str] = []
    for i, pos in enumerate(points):
        for item in ends_at.get(pos, []):
            f = item.finding
            if f.start == f.end:  # an empty span: a marker you can hover
                out.append(f'<mark class="point {f.severity}" title="{escape(_tip([f]))}"></mark>')
            out.append(
                f'<a class="ref {f.severity}" id="{anchor}-m{item.n}" '
                f'href="#{anchor}-f{item.n}" title="{escape(_tip([f]))}">{item.n}</a>'
            )
        if i + 1 == len(points):
            break
        nxt = points[i + 1]
        text = escape(source[pos:nxt], quote=False)
        active = [
            item.finding
            for item in findings
            if item.finding.start <= pos and item.finding.end >= nxt and item.finding.end > pos
        ]
        if not active:
            out.append(text)
            continue
        top = max(active, key=lambda f: f.severity.rank).severity
        stacked = " stacked" if len(active) > 1 else ""
        out.append(f'<mark class="{top}{stacked}" title="{escape(_tip(active))}">{text}</mark>')
    return "".join(out)


def _tip(findings: Sequence[Finding]) -> str:
    return "\n".join(f"{f.rule} ({SEVERITY_FI[f.severity]}): {f.message}" for f in findings)


def _file_section(index: int, r: Report) -> str:
    anchor = f"file-{index}"
    path = escape(r.path or "-")
    head = f'<div class="file-head">{_score(r.score)}<h2>{path}</h2></div>'
    if r.error is not None:
        body = f'<p class="error-box">Viestiä ei voitu tarkistaa: {escape(r.error)}</p>'
        return f'<section class="card file" id="{anchor}">{head}{body}</section>'
    kind = KIND_FI.get(r.kind or "", r.kind or "")
    meta = f'<p class="meta">{escape(kind)} · {_counts(r.findings)}</p>'
    notes = "".join(
        f'<p class="notes">Huom: {escape(note)}</p>' for note in getattr(r, "notes", [])
    )
    numbered = [_Numbered(n, f) for n, f in enumerate(r.findings, 1)]
    source = f'<pre class="source">{_highlight(r.source, numbered, anchor)}</pre>'
    if not numbered:
        listing = '<p class="clean">Ei havaintoja – viesti on valmis lähetettäväksi.</p>'
    else:
        items = []
        for item in numbered:
            f = item.finding
            suggestion = (
                f'<div class="suggestion">Ehdotus: {escape(f.suggestion)}</div>'
                if f.suggestion
                else ""
            )
            items.append(
                f'<li id="{anchor}-f{item.n}"><span class="n">{item.n}.</span>'
                f'<a class="where" href="#{anchor}-m{item.n}">rivi {f.line}, sarake {f.column}</a>'
                f'<span class="what"><span class="badge {f.severity}">'
                f"{SEVERITY_FI[f.severity]}</span>"
                f'<code class="rule">{escape(f.rule)}</code></span>'
                f'<div class="msg">{escape(f.message)}</div>{suggestion}</li>'
            )
        listing = f'<ol class="findings">{"".join(items)}</ol>'
    return (
        f'<section class="card file" id="{anchor}">{head}{meta}{notes}{source}{listing}</section>'
    )


def _overview(reports: Sequence[Report]) -> str:
    rows = []
    for i, r in enumerate(reports, 1):
        cls = _score_class(r.score)
        width = 0.0 if r.score is None else max(0.0, min(100.0, r.score))
        bar = f'<span class="bar {cls}-c"><span style="width:{width:.0f}%"></span></span>'
        counts = "ei voitu tarkistaa" if r.error is not None else _counts(r.findings)
        rows.append(
            f'<tr><td><a href="#file-{i}">{escape(r.path or "-")}</a></td>'
            f"<td>{_score(r.score)}{bar}</td><td>{counts}</td></tr>"
        )
    return (
        '<section class="card" id="messages"><h2>Viestit</h2><table>'
        "<thead><tr><th>Viesti</th><th>Pisteet (0–100)</th><th>Havainnot</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _rule_summary(reports: Sequence[Report], rules: RuleInfos) -> str:
    counts: Counter[str] = Counter()
    files: dict[str, set[int]] = {}
    severity: dict[str, Severity] = {}
    for i, r in enumerate(reports):
        for f in r.findings:
            counts[f.rule] += 1
            files.setdefault(f.rule, set()).add(i)
            if f.rule not in severity or f.severity.rank > severity[f.rule].rank:
                severity[f.rule] = f.severity
    if not counts:
        return (
            '<section class="card" id="rules"><h2>Säännöittäin</h2>'
            '<p class="clean">Yksikään sääntö ei löytänyt huomautettavaa.</p></section>'
        )
    rows = []
    for rule_id, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        info = rules.get(rule_id)
        summary = escape(info.summary_fi) if info else ""
        sev = severity[rule_id]
        rows.append(
            f'<tr><td><a href="{escape(rule_help_uri(rule_id))}"><code>{escape(rule_id)}</code></a></td>'
            f"<td>{summary}</td>"
            f'<td><span class="badge {sev}">{SEVERITY_FI[sev]}</span></td>'
            f'<td class="num">{n}</td><td class="num">{len(files[rule_id])}</td></tr>'
        )
    return (
        '<section class="card" id="rules"><h2>Säännöittäin</h2><table>'
        "<thead><tr><th>Sääntö</th><th>Mitä se tarkoittaa</th><th>Vakavuus</th>"
        '<th class="num">Havaintoja</th><th class="num">Viestejä</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def render_html(
    reports: Sequence[Report],
    *,
    rules: RuleInfos | None = None,
    title: str = "Myyntiviestien tarkistus",
    **_: Any,
) -> str:
    infos = rule_infos(rules)
    scored = [r.score for r in reports if r.score is not None]
    total = sum(len(r.findings) for r in reports)
    average = f"{sum(scored) / len(scored):.0f}/100" if scored else "–"
    n = len(reports)
    sub = (
        f"{n} {'viesti' if n == 1 else 'viestiä'} · {total} "
        f"{'havainto' if total == 1 else 'havaintoa'} · keskimääräiset pisteet {average}"
    )
    body = "".join(
        [
            f"<header><h1>{escape(title)}</h1><p class='sub'>{sub}</p></header>",
            _overview(reports),
            _rule_summary(reports, infos),
            *(_file_section(i, r) for i, r in enumerate(reports, 1)),
            f"<footer>pitchlint {escape(__version__)} · pisteet: 100 = ei havaintoja. "
            "Vie hiiri korostuksen päälle nähdäksesi havainnon.</footer>",
        ]
    )
    return (
        '<!DOCTYPE html>\n<html lang="fi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="pitchlint">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n"
        f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )
