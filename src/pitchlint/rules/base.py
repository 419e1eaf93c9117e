"""What a rule is: metadata, options, documentation and a ``check`` method."""

from __future__ import annotations

import copy
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import ClassVar

from pydantic import BaseModel, ConfigDict

from pitchlint.analysis.model import AnalysedMessage
from pitchlint.findings import Severity
from pitchlint.inputs.message import Message


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class RuleOptions(BaseModel):
    """Base of every rule's options; unknown keys are errors.

    Options are written in kebab-case in TOML (``max-words``), like every other
    key; the Python name (``max_words``) is accepted too.
    """

    model_config = ConfigDict(
        extra="forbid", frozen=True, populate_by_name=True, alias_generator=_kebab
    )


@dataclass(frozen=True, slots=True)
class RuleDocs:
    """A rule's documentation page; ``bad``/``good`` are run by the tests."""

    why: str
    fires: str = ""
    does_not_fire: str = ""
    bad: str = ""
    good: str = ""
    kind: str = "email"  # what kind of message the examples are
    source: str = ""  # the sales idea the rule comes from


@dataclass(frozen=True, slots=True)
class RuleInfo:
    id: str
    summary_fi: str
    summary_en: str
    severity: Severity = Severity.WARNING
    weight: float = 10.0
    kinds: frozenset[str] = frozenset({"email", "outline"})
    components: frozenset[str] = frozenset()  # optional spaCy components ("ner")
    docs: RuleDocs = field(default_factory=lambda: RuleDocs(why=""))
    origin: str = "builtin"  # builtin | plugin:<dist> | lexicon:<file>


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule's raw result: a span of the original input and a message."""

    start: int
    end: int
    message: str
    suggestion: str | None = None


class Rule(ABC):
    """Subclass, set ``info`` (and ``Options``), implement :meth:`check`.

    A rule reads an :class:`AnalysedMessage` and yields :class:`Hit` objects;
    severity, weight, suppression, positions and scoring are done for it.
    """

    info: RuleInfo
    Options: ClassVar[type[RuleOptions]] = RuleOptions

    def __init__(self, options: RuleOptions | None = None) -> None:
        self.options = options if options is not None else self.Options()

    def configured(self, options: RuleOptions) -> Rule:
        """This rule with ``options``: for rules registered as ready instances (lexicon
        rules). The copy shares what the rule compiled."""
        if options == self.options:
            return self
        clone = copy.copy(self)
        clone.options = options
        return clone

    def prepare(self, message: Message) -> None:
        """Called for every message before the language analysis. A rule may start
        work here that needs only the text (it then runs while spaCy parses);
        the default does nothing. Must not change ``message``."""
        return None

    @abstractmethod
    def check(self, msg: AnalysedMessage) -> Iterable[Hit]:
        """Yield a hit for every problem found in ``msg``."""
