"""template-syntax: broken merge-tag syntax, and in --template mode undeclared fields."""

from __future__ import annotations

from collections.abc import Iterator

from pitchlint.analysis.model import AnalysedMessage
from pitchlint.findings import Severity
from pitchlint.inputs.templates import check_template
from pitchlint.rules.base import Hit, Rule, RuleDocs, RuleInfo


class TemplateSyntax(Rule):
    info = RuleInfo(
        id="template-syntax",
        summary_fi="Pohjan yhdistelytageissa on virhe: avoin lohko, katkennut tagi tai "
        "tuntematon kenttä.",
        summary_en="A template's merge tags are broken: an unclosed block, a cut tag or a "
        "field that is not declared.",
        severity=Severity.ERROR,
        weight=30.0,
        docs=RuleDocs(
            why=(
                "Lähetystyökalu joko hylkää rikkinäisen pohjan tai, mikä on pahempaa, lähettää "
                "sen sellaisenaan: vastaanottaja näkee {% endif %}-rivin tai tyhjän kohdan "
                'nimensä paikalla. Pohja kannattaa tarkistaa ennen kuin se "ajetaan" listaa '
                "vasten, koska virhe monistuu jokaiseen viestiin."
            ),
            fires="Aina: `{% if %}` ilman `{% endif %}`, `{{#if}}` ilman `{{/if}}`, "
            "`*|IF:X|*` ilman `*|END:IF|*`, väärä sulkija, kesken jäänyt `{{ etunimi` tai "
            "yksinkertaisin aaltosuluin kirjoitettu `{etunimi}`. `--template`-tilassa lisäksi "
            "kentät, joita ei ole `--fields`-luettelossa, eri työkalujen tagien sekoitus ja "
            "`XXX`-merkit.",
            does_not_fire="Tasapainoiset lohkot ja luettelossa olevat kentät; spintax `{hei|moi}`.",
            bad="Aihe: Ajatus varastonne kiertoon\n\nHei {{etunimi}},\n\n"
            "{% if yritys %}Huomasin, että {{yritys}}:n varaston kiertonopeus on alan "
            "keskiarvoa hitaampi.\n\nSopisiko lyhyt puhelu torstaina kello 10?\n\n"
            "Terveisin\nLeena",
            good="Aihe: Ajatus varastonne kiertoon\n\nHei {{etunimi}},\n\n"
            "{% if yritys %}Huomasin, että {{yritys}}:n varaston kiertonopeus on alan "
            "keskiarvoa hitaampi.{% endif %}\n\nSopisiko lyhyt puhelu torstaina kello 10?\n\n"
            "Terveisin\nLeena",
            source="Joukkopostitusten pohjat testataan ennen lähetystä.",
        ),
    )

    def check(self, msg: AnalysedMessage) -> Iterator[Hit]:
        message = msg.message
        spec = message.template
        problems = check_template(
            message.source,
            message.placeholders,
            spec.fields if spec is not None else None,
            template=spec is not None,
            hidden=message.hidden,
        )
        for problem in problems:
            yield Hit(problem.start, problem.end, problem.message)
