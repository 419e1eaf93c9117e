"""An example pitchlint plugin: one Python rule and one lexicon rule."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pydantic import Field

from pitchlint import Hit, Rule, RuleDocs, RuleInfo, RuleOptions
from pitchlint.analysis import AnalysedMessage


class Options(RuleOptions):
    max_marks: int = Field(default=1, ge=0, description="exclamation marks allowed")


class TooManyExclamations(Rule):
    Options = Options
    info = RuleInfo(
        id="too-many-exclamations",
        summary_fi="Liikaa huutomerkkejä.",
        summary_en="Too many exclamation marks.",
        weight=4.0,
        docs=RuleDocs(
            why="Huutomerkit saavat asiallisen viestin kuulostamaan mainokselta.",
            bad="Hei Mikko,\n\nUusi palvelu on nyt valmis! Se on nopea! Kokeile!\n\nTerveisin\nLeena",
            good="Hei Mikko,\n\nUusi palvelu on nyt valmis.\n\nTerveisin\nLeena",
        ),
    )

    def check(self, msg: AnalysedMessage) -> Iterator[Hit]:
        assert isinstance(self.options, Options)
        marks = [w for w in msg.words if w.text == "!"]
        if len(marks) > self.options.max_marks:
            for w in marks:
                yield Hit(
                    w.start, w.end, f"{len(marks)} huutomerkkiä; riittää {self.options.max_marks}."
                )


# A plugin can also ship declarative lexicon rules: a path to TOML files.
RULES = [TooManyExclamations, Path(__file__).parent / "lexicon"]
