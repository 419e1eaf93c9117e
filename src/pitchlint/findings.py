"""The public result types: a finding and a per-message report."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Severity(StrEnum):
    """How serious a finding is. Ordered: ``info`` < ``warning`` < ``error``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Finding(BaseModel):
    """One problem at one exact place of the original input.

    ``start``/``end`` are character offsets into :attr:`Report.source`, the
    decoded text of the input; ``line``/``column`` are 1-based and point to
    ``start``, ``end_line``/``end_column`` to ``end`` (exclusive).
    """

    model_config = ConfigDict(frozen=True)

    rule: str
    severity: Severity
    message: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1)
    suggestion: str | None = None


class Report(BaseModel):
    """The result of linting one message."""

    path: str | None = None
    kind: str | None = None
    score: float | None = Field(default=None, ge=0, le=100)
    findings: list[Finding] = Field(default_factory=list)
    error: str | None = None
    notes: list[str] = Field(default_factory=list)  # e.g. how the input was decoded
    source: str = Field(default="", exclude=True, repr=False)

    @property
    def ok(self) -> bool:
        """True when the message was read and nothing was found."""
        return self.error is None and not self.findings
