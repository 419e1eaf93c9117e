"""Templates: merge tags of every dialect, stand-ins that keep offsets, template-syntax,
rendering with data rows (sandboxed Jinja2 and simple substitution), and the CLI."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from pitchlint import Linter
from pitchlint.cli import main
from pitchlint.errors import InputError
from pitchlint.inputs import BlockKind, TemplateSpec, parse_text
from pitchlint.inputs.placeholders import STAND_IN, find_placeholders
from pitchlint.inputs.templates import (
    TemplateRenderError,
    check_template,
    load_rows,
    lookup,
    render,
)
from pitchlint.template_lint import lint_template

FIXTURES = Path(__file__).parent / "fixtures" / "inputs" / "templates"


# --- recognising tags ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "dialect", "kind", "name"),
    [
        ("*|FNAME|*", "mailchimp", "field", "FNAME"),
        ("*|IF:COMPANY|*", "mailchimp", "block", "IF"),
        ("*|END:IF|*", "mailchimp", "block", "END:IF"),
        ("{{ contact.firstname }}", "handlebars", "field", "contact.firstname"),
        ("{{etunimi}}", "handlebars", "field", "etunimi"),
        ("{{ params.FIRSTNAME }}", "handlebars", "field", "params.FIRSTNAME"),
        ('{{ etunimi | default: "ystävä" }}', "handlebars", "field", "etunimi"),
        ("{{ personalization_token('contact.company', 'yrityksenne') }}", "handlebars",
         "field", "contact.company"),
        ("{{#if yritys}}", "handlebars", "block", "#if"),
        ("{{/if}}", "handlebars", "block", "/if"),
        ("{{else}}", "handlebars", "block", "else"),
        ("{{{Recipient.FirstName}}}", "salesforce", "field", "Recipient.FirstName"),
        ("{!Contact.FirstName}", "salesforce-merge", "field", "Contact.FirstName"),
        ("%FIRSTNAME%", "percent", "field", "FIRSTNAME"),
        ("%%first_name%%", "percent", "field", "first_name"),
        ("{% if yritys %}", "jinja-block", "block", "if"),
        ("{%- endif -%}", "jinja-block", "block", "endif"),
        ("{# muistiinpano #}", "jinja-comment", "comment", ""),
        ("{hei|moi|terve}", "spintax", "choice", ""),
        ("[Yritys]", "bracket", "field", "Yritys"),
        ("[Asiakkaan nimi]", "bracket", "field", "Asiakkaan nimi"),
        ("[kohteen osoite]", "bracket", "field", "kohteen osoite"),
        ("[isännöitsijän nimi]", "bracket", "field", "isännöitsijän nimi"),
        ("<NIMI>", "angle", "field", "NIMI"),
        ("XXX", "xxx", "field", ""),
    ],
)  # fmt: skip
def test_every_dialect_is_recognised(tag: str, dialect: str, kind: str, name: str) -> None:
    found = find_placeholders(f"Hei {tag}, tässä asia.")
    assert [(p.text, p.dialect, p.kind, p.name) for p in found] == [(tag, dialect, kind, name)]


@pytest.mark.parametrize(
    "text",
    [
        "Katso [ohje](https://datavirta.fi).",
        "Katso [ohje][1].",
        "Lähetä <matti@example.fi>.",
        "Hinta 20 % alle, 30 % yli.",
        "Kello 10:00 {sic}",
        "Lainaus on alkuperäinen [sic], ja tehtävä on tehty [x].",
        "Lähde: raportti [1], sivu 4.",
    ],
)
def test_not_tags(text: str) -> None:
    assert find_placeholders(text) == []


@pytest.mark.parametrize(
    ("template", "ending"),
    [
        ("Ajatus {{yritys}}:lle", ":lle"),
        ("Ajatus *|COMPANY|*:n tiimille", ":n tiimille"),
        ("Ajatus [Yritys]:lle", ":lle"),
        ("Ajatus {!Account.Name}:ssa", ":ssa"),
        ("Ajatus %COMPANY%:lle", ":lle"),
    ],
)
def test_stand_in_keeps_case_endings_and_offsets(template: str, ending: str) -> None:
    text = f"Aihe: {template}\n\nHei,\n\nTeksti.\n"
    msg = parse_text(text, "email")
    subject = msg.blocks[0]
    assert subject.text == f"Ajatus {STAND_IN}{ending}"
    assert msg.source[subject.start : subject.end] == template
    pos = subject.text.index(ending)
    assert subject.source_map.to_source(pos) == text.index(ending)
    tag_at = subject.text.index(STAND_IN)
    tag = msg.placeholders[0]
    assert subject.source_map.to_source(tag_at) == tag.start
    assert subject.source_map.to_source(tag_at + len(STAND_IN), end=True) == tag.end


def test_spintax_reads_its_first_option_exactly() -> None:
    text = "{Hei|Moi|Terve} Mikko,\n\nTeksti.\n"
    msg = parse_text(text, "email")
    first = msg.blocks[0]
    assert (first.kind, first.text) == (BlockKind.GREETING, "Hei Mikko,")
    assert first.source_map.to_source(0) == 1
    assert first.source_map.to_source(4) == text.index("Mikko")


def test_block_tags_are_hidden_not_named() -> None:
    text = "Hei,\n\nSopisiko {% if aamu %}aamupäivä{% else %}iltapäivä{% endif %}?\n"
    msg = parse_text(text, "email")
    body = msg.blocks[-1]
    assert STAND_IN not in body.text
    assert body.text.split() == ["Sopisiko", "aamupäivä", "iltapäivä", "?"]
    assert msg.source[body.start : body.end] == text.split("\n")[2]


# --- template-syntax -----------------------------------------------------------------------


def _problems(
    text: str, fields: tuple[str, ...] | None = None, *, template: bool = True
) -> list[str]:
    tags = find_placeholders(text)
    found = check_template(text, tags, fields, template=template)
    return [f"{text[p.start : p.end]}: {p.message}" for p in found]


def test_balanced_blocks_of_every_family_are_fine() -> None:
    text = (
        "{% if a %}x{% elif b %}y{% else %}z{% endif %} {% for t in tuotteet %}{{ t }}{% endfor %}\n"
        "{{#if yritys}}x{{else}}y{{/if}} {{#each tuotteet}}{{this}}{{/each}} {{^kiire}}z{{/kiire}}\n"
        "*|IF:FNAME|*x*|ELSE:|*y*|END:IF|* {% set n = 1 %}\n"
    )
    assert _problems(text, template=False) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{% if yritys %}Hei", ["{% if yritys %}: Lohkoa {% if yritys %} ei suljeta: lisää {% endif %}."]),
        ("Hei{% endif %}", ["{% endif %}: {% endif %} sulkee lohkon, jota ei ole avattu."]),
        ("{% for t in x %}{% endif %}",
         ["{% endif %}: {% endif %} ei sovi avaukseen {% for t in x %}: odotettiin {% endfor %}."]),
        ("{% if a %}{% for t in x %}{% endif %}",
         ["{% for t in x %}: Lohkoa {% for t in x %} ei suljeta: lisää {% endfor %}."]),
        ("{{#if yritys}}Hei", ["{{#if yritys}}: Lohkoa {{#if yritys}} ei suljeta: lisää {{/if}}."]),
        ("Hei{{/each}}", ["{{/each}}: {{/each}} sulkee lohkon, jota ei ole avattu."]),
        ("*|IF:FNAME|*Hei", ["*|IF:FNAME|*: Lohkoa *|IF:FNAME|* ei suljeta: lisää *|END:IF|*."]),
        ("Hei {% else %}", ["{% else %}: {% else %} on lohkon ulkopuolella: sille ei ole avausta."]),
        ("Hei {{ etunimi,\n", ["{{ etunimi,: Tagi {{ jää sulkematta samalla rivillä."]),
        ("Hei etunimi}},", ["}}: }} sulkee tagin, jota ei ole avattu."]),
        ("Hei {etunimi},", ["{etunimi}: {etunimi} ei ole minkään työkalun yhdistelykenttä: "
                            "tarkoititko {{etunimi}}?"]),
    ],
)  # fmt: skip
def test_broken_syntax_is_reported(text: str, expected: list[str]) -> None:
    assert _problems(text) == expected
    assert _problems(text, template=False) == expected  # always, not only in template mode


def test_a_path_parameter_is_no_merge_field() -> None:
    assert _problems("Kutsu GET /api/v2/shipments/{id} palauttaa lähetyksen.") == []


def test_template_mode_reports_xxx_and_mixed_dialects() -> None:
    text = "Hei {{etunimi}}, *|COMPANY|* ja [Yritys] sekä XXX."
    assert _problems(text) == [
        "*|COMPANY|*: *|COMPANY|* on eri murretta (mailchimp) kuin pohjan muut tagit (jinja): "
        "lähetystyökalu ei täytä sitä.",
        "[Yritys]: [Yritys] on eri murretta (hand-made) kuin pohjan muut tagit (jinja): "
        "lähetystyökalu ei täytä sitä.",
        "XXX: XXX ei ole yhdistelykenttä: mikään lähetystyökalu ei täytä sitä.",
    ]
    assert _problems(text, template=False) == []


def test_undeclared_fields() -> None:
    text = (
        "Hei {{ contact.firstname|title }}, {% if contact.company %}{{ yritys }}{% endif %}\n"
        "{% for t in tuotteet %}{{ t.nimi }}{% endfor %} {{ personalization_token('kaupunki') }}"
    )
    fields = ("contact.firstname", "company", "tuotteet")
    assert _problems(text, fields) == [
        "{{ yritys }}: Kenttää 'yritys' ei ole määritelty kenttäluettelossa "
        "(tunnetut: company, contact.firstname, tuotteet).",
        "{{ personalization_token('kaupunki') }}: Kenttää 'kaupunki' ei ole määritelty "
        "kenttäluettelossa (tunnetut: company, contact.firstname, tuotteet).",
    ]


def test_template_mode_in_the_linter(linter: Linter) -> None:
    text = (FIXTURES / "handlebars_unbalanced.txt").read_text(encoding="utf-8")
    plain = {f.rule for f in linter.lint(text, "email").findings}
    assert {"unfilled-placeholder", "template-syntax"} <= plain
    msg = parse_text(text, "email", template=TemplateSpec(("etunimi",)))
    report = linter.lint_message(msg)
    assert "unfilled-placeholder" not in {f.rule for f in report.findings}
    syntax = [(f.line, f.column, f.message) for f in report.findings if f.rule == "template-syntax"]
    assert syntax == [
        (3, 1, "Kenttää 'yritys' ei ole määritelty kenttäluettelossa (tunnetut: etunimi)."),
        (3, 1, "Lohkoa {{#if yritys}} ei suljeta: lisää {{/if}}."),
        (3, 30, "Kenttää 'yritys' ei ole määritelty kenttäluettelossa (tunnetut: etunimi)."),
    ]


def test_well_formed_template_has_no_template_findings(linter: Linter) -> None:
    text = (FIXTURES / "jinja_hubspot.txt").read_text(encoding="utf-8")
    spec = TemplateSpec(("contact.firstname", "contact.company", "contact.industry"))
    report = linter.lint_message(parse_text(text, "email", template=spec))
    assert {"unfilled-placeholder", "template-syntax"}.isdisjoint(f.rule for f in report.findings)


# --- data rows and rendering ---------------------------------------------------------------


def test_load_rows_csv_and_json(tmp_path: Path) -> None:
    rows = load_rows(FIXTURES / "rows.csv")
    assert rows[0] == {
        "contact.firstname": "Mikko",
        "contact.company": "Kuljetus Virtanen",
        "contact.industry": "logistiikka",
    }
    assert len(rows) == 3
    assert load_rows(FIXTURES / "rows.json")[1] == {"etunimi": "Anna", "yritys": ""}
    comma = tmp_path / "a.csv"
    comma.write_bytes("etunimi,yritys\nPäivi,Öljy Oy\n".encode("cp1252"))
    assert load_rows(comma) == [{"etunimi": "Päivi", "yritys": "Öljy Oy"}]
    wrapped = tmp_path / "b.json"
    wrapped.write_text(json.dumps({"rows": [{"a": 1}]}), encoding="utf-8")
    assert load_rows(wrapped) == [{"a": 1}]
    bad = tmp_path / "c.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(InputError, match="list of objects"):
        load_rows(bad)
    with pytest.raises(InputError, match="cannot read"):
        load_rows(tmp_path / "puuttuu.csv")


def test_lookup_is_forgiving() -> None:
    row = {"Contact.FirstName": "Mikko", "COMPANY": "Virtanen", "contact": {"city": "Vantaa"}}
    assert lookup(row, "contact.firstname") == "Mikko"
    assert lookup(row, "company") == "Virtanen"
    assert lookup(row, "Contact.City") == "Vantaa"
    assert lookup(row, "Account.Company") == "Virtanen"  # the last part
    assert lookup(row, "puhelin") is None


def _render(text: str, row: dict[str, object], index: int = 0) -> tuple[str, list[int]]:
    rendered = render(text, find_placeholders(text), row, index=index)
    return rendered.text, [rendered.source_map.to_source(i) for i in range(len(rendered.text))]


def test_jinja_rendering_maps_back_to_the_template() -> None:
    text = (
        "Hei {{ etunimi }},\n{% if yritys %}ajatus {{ yritys }}:lle{% endif %}\n"
        "{%- for t in tuotteet %}\n- {{ t }}{% endfor %}\nSoitto {{ paiva }}?\n"
    )
    row = {"etunimi": "Mikko", "yritys": "Virtanen", "tuotteet": ["A", "B"]}
    rendered = render(text, find_placeholders(text), row)
    assert rendered.engine == "jinja2"
    assert rendered.text == ("Hei Mikko,\najatus Virtanen:lle\n- A\n- B\nSoitto {{ paiva }}?\n")
    out, where = rendered.text, rendered.source_map
    assert where.to_source(out.index("ajatus")) == text.index("ajatus")
    assert where.to_source(out.index(":lle")) == text.index(":lle")
    assert where.to_source(out.index("Virtanen")) == text.index("{{ yritys }}")
    assert where.to_source(out.index("Virtanen") + 8, end=True) == text.index(":lle")
    assert where.to_source(out.index("{{ paiva }}")) == text.index("{{ paiva }}")
    assert where.to_source(out.index("Soitto")) == text.index("Soitto")


def test_jinja_is_sandboxed() -> None:
    text = "Hei {{ etunimi.__class__.__mro__[1].__subclasses__() }}"
    with pytest.raises(TemplateRenderError, match="Jinja2 cannot render"):
        render(text, find_placeholders(text), {"etunimi": "Mikko"})


@pytest.mark.parametrize(
    ("template", "row", "expected"),
    [
        ("Hei *|FNAME|*, *|IF:COMPANY|*ajatus *|COMPANY|*:lle*|ELSE:|*ajatus*|END:IF|*.",
         {"FNAME": "Mikko", "COMPANY": "Virtanen"}, "Hei Mikko, ajatus Virtanen:lle."),
        ("Hei *|FNAME|*, *|IF:COMPANY|*ajatus *|COMPANY|*:lle*|ELSE:|*ajatus*|END:IF|*.",
         {"FNAME": "Mikko"}, "Hei Mikko, ajatus."),
        ("*|IFNOT:FNAME|*Hei*|END:IF|*", {"FNAME": "x"}, ""),
        ("{{#if yritys}}Hei {{yritys}}{{else}}Hei{{/if}}, {{#unless kiire}}rauhassa{{/unless}}",
         {"yritys": "Virtanen"}, "Hei Virtanen, rauhassa"),
        ("{{^kiire}}rauhassa{{/kiire}}{{#kiire}}nopeasti{{/kiire}}", {"kiire": "kyllä"},
         "nopeasti"),
        ("Hei {{{Recipient.FirstName}}} / {!Contact.FirstName}", {"Contact.FirstName": "Anna"},
         "Hei Anna / Anna"),
        ("Hei %FIRSTNAME% %%last_name%%", {"firstname": "Anna", "last_name": "Korhonen"},
         "Hei Anna Korhonen"),
        ("Hei [Etunimi], <YRITYS>:lle XXX", {"etunimi": "Anna", "yritys": "Korhonen"},
         "Hei Anna, Korhonen:lle XXX"),
        ("Hei *|FNAME|*", {"FNAME": ""}, "Hei *|FNAME|*"),
    ],
)  # fmt: skip
def test_simple_substitution(template: str, row: dict[str, object], expected: str) -> None:
    assert _render(template, row)[0] == expected


def test_spintax_rotates_by_row_and_maps_exactly() -> None:
    text = "{Hei|Moi} Mikko"
    assert [_render(text, {}, i)[0] for i in range(3)] == ["Hei Mikko", "Moi Mikko", "Hei Mikko"]
    out, where = _render(text, {}, 1)
    assert where[0] == text.index("Moi") and where[out.index("Mikko")] == text.index("Mikko")


def test_lint_template_with_rows_maps_findings_to_template_lines(linter: Linter) -> None:
    path = FIXTURES / "jinja_hubspot.txt"
    text = path.read_text(encoding="utf-8")
    msg = parse_text(text, "email", path=str(path), template=TemplateSpec())
    report = lint_template(linter, msg, load_rows(FIXTURES / "rows.csv"))
    assert report.error is None
    unfilled = [f for f in report.findings if f.rule == "unfilled-placeholder"]
    assert len(unfilled) == 1  # row 3 has no first name
    tag = unfilled[0]
    assert text[tag.start : tag.end] == "{{ contact.firstname }}"
    assert (tag.line, tag.column) == (3, 5)
    assert tag.message.endswith("[datarivi 3]")
    for finding in report.findings:  # every finding points into the template
        assert 0 <= finding.start <= finding.end <= len(text)
        line = text.split("\n")[finding.line - 1]
        assert finding.column <= len(line) + 1
    assert report.notes[-1] == "rendered and linted 3 data rows (jinja2)"


def test_render_error_is_reported_not_raised(linter: Linter) -> None:
    text = "Hei {{ etunimi | tuntematon_suodatin }},\n\nTeksti.\n"
    msg = parse_text(text, "email", template=TemplateSpec())
    report = lint_template(linter, msg, [{"etunimi": "Mikko"}])
    assert report.error is not None and report.error.startswith("data row 1: Jinja2")


# --- command line --------------------------------------------------------------------------


def test_cli_template_flags(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(FIXTURES / "handlebars_unbalanced.txt")
    code = main(["check", "--isolated", "--format", "json", "--fields", "etunimi", path])
    data = json.loads(capsys.readouterr().out)
    rules = [f["rule"] for f in data["files"][0]["findings"]]
    assert code == 1
    assert rules.count("template-syntax") == 3 and "unfilled-placeholder" not in rules


def test_cli_data_rows(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(FIXTURES / "mailchimp.txt")
    rows = str(FIXTURES / "rows.json")
    code = main(["check", "--isolated", "--select", "unfilled-placeholder", "--data", rows, path])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{path}:1:5: unfilled-placeholder" in out and "[kaikilla datariveillä]" in out


def test_cli_template_mode_on_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Hei {{etunimi}},\n\nTeksti {% if x %}.\n"))
    monkeypatch.setattr(sys, "stdin", stdin)
    code = main(["check", "--isolated", "--select", "template-syntax,unfilled-placeholder",
                 "--template", "-"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 1
    assert "-:3:8: template-syntax" in out and "unfilled-placeholder" not in out


def test_cli_bad_data_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "rows.json"
    bad.write_text("{", encoding="utf-8")
    code = main(["check", "--isolated", "--data", str(bad), str(FIXTURES / "mailchimp.txt")])
    assert code == 2
    assert "invalid JSON" in capsys.readouterr().err
