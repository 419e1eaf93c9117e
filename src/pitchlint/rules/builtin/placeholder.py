"""unfilled-placeholder: template merge fields left in the text."""

from __future__ import annotations

from collections.abc import Iterator

from pitchlint.analysis.model import AnalysedMessage
from pitchlint.findings import Severity
from pitchlint.rules.base import Hit, Rule, RuleDocs, RuleInfo


class UnfilledPlaceholder(Rule):
    info = RuleInfo(
        id="unfilled-placeholder",
        summary_fi="Viestiin on jäänyt täyttämätön yhdistelykenttä, kuten {{etunimi}}.",
        summary_en="A template merge field such as {{etunimi}} was left in the message.",
        severity=Severity.ERROR,
        weight=30.0,
        docs=RuleDocs(
            why=(
                'Viesti, jossa lukee "Hei {{etunimi}}", kertoo vastaanottajalle heti, että hän on '
                "rivi joukkopostituksessa. Luottamus menee ennen kuin asia ehditään sanoa. "
                "Pohjia tarkistetaan erissä juuri tämän takia."
            ),
            fires="Mailchimp `*|FNAME|*`, Handlebars/Jinja `{{ contact.firstname }}`, "
            "Salesforce `{!Contact.FirstName}`, `%FIRSTNAME%`, `[Yritys]`, `<NIMI>`, `XXX`.",
            does_not_fire="Markdown-linkit `[teksti](osoite)`, sähköpostiosoitteet `<a@b.fi>`; "
            "lainattu vastaus ja allekirjoitus; `--template`-tilassa tagit ovat odotettuja "
            "(niiden virheet raportoi `template-syntax`).",
            bad="Aihe: Ajatus {{yritys}}:lle\n\nHei {{etunimi}},\n\nHuomasin, että "
            "varastonne kiertonopeus on alan keskiarvoa hitaampi. Sopisiko lyhyt puhelu "
            "torstaina kello 10?\n\nTerveisin\nLeena",
            good="Aihe: Ajatus Kuljetus Oy:lle\n\nHei Mikko,\n\nHuomasin, että "
            "varastonne kiertonopeus on alan keskiarvoa hitaampi. Sopisiko lyhyt puhelu "
            "torstaina kello 10?\n\nTerveisin\nLeena",
            source="Joukkopostitusten pohjat tarkistetaan ennen lähetystä.",
        ),
    )

    def check(self, msg: AnalysedMessage) -> Iterator[Hit]:
        if msg.message.template is not None:  # --template: tags are expected (template-syntax)
            return
        for tag in msg.message.placeholders:
            yield Hit(
                tag.start,
                tag.end,
                f"Täyttämätön yhdistelykenttä {tag.text} ({tag.dialect}): täytä se ennen lähetystä.",
            )
