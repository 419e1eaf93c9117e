"""Stop a send from Python: lint an :class:`email.message.Message` and raise
:class:`PitchRejected` when it must not go out.

>>> from email.message import EmailMessage
>>> import pitchlint
>>> msg = EmailMessage()
>>> msg["Subject"] = "Tarjous"
>>> msg.set_content("Hei {{etunimi}}, ...")
>>> try:
...     pitchlint.check_email_message(msg)
... except pitchlint.PitchRejected as exc:
...     print(exc.report.score, [f.rule for f in exc.blocking])

The language models are loaded once per process and configuration and then
reused, so the call is cheap after the first one (keep the process alive, as a
web app does). Calls are serialised per configuration: spaCy pipelines are not
meant to be shared between threads mid-parse.
"""

from __future__ import annotations

import threading
from email.message import Message as StdMessage

from pitchlint.config import Config
from pitchlint.errors import PitchlintError
from pitchlint.findings import Finding, Report, Severity
from pitchlint.linter import Linter

__all__ = [
    "DEFAULT_FAIL_ON",
    "PitchRejected",
    "blocking_findings",
    "check_email_message",
    "parse_fail_on",
    "rejection_reasons",
]

DEFAULT_FAIL_ON = Severity.ERROR
# What a message is called in reports when it has no file name.
MESSAGE_NAME = "message"
_NEVER = frozenset({"never", "none", "off"})


class PitchRejected(PitchlintError):
    """The message failed the check and must not be sent.

    ``report`` is the full :class:`~pitchlint.Report` (score and every finding),
    ``blocking`` the findings at or above the ``fail_on`` severity and
    ``reasons`` one human-readable line per reason (findings, low score).
    """

    def __init__(self, report: Report, reasons: list[str], blocking: list[Finding]) -> None:
        self.report = report
        self.reasons = reasons
        self.blocking = blocking
        super().__init__(self._text())

    def _text(self) -> str:
        text = "pitchlint rejected the message: " + "; ".join(self.reasons)
        for f in self.blocking[:5]:
            text += f"\n  {f.line}:{f.column}: {f.rule} [{f.severity}] {f.message}"
        if len(self.blocking) > 5:
            text += f"\n  … and {len(self.blocking) - 5} more"
        return text

    def __reduce__(self) -> tuple[type[PitchRejected], tuple[Report, list[str], list[Finding]]]:
        return (type(self), (self.report, self.reasons, self.blocking))


def parse_fail_on(value: Severity | str | None) -> Severity | None:
    """``info``/``warning``/``error`` as a :class:`Severity`; ``never`` or None: never block
    on findings (only on ``min_score``)."""
    if value is None or isinstance(value, Severity):
        return value
    if value.strip().lower() in _NEVER:
        return None
    try:
        return Severity(value.strip().lower())
    except ValueError:
        allowed = ", ".join([*(s.value for s in Severity), "never"])
        raise ValueError(f"fail_on must be one of {allowed}, not {value!r}") from None


def blocking_findings(report: Report, fail_on: Severity | None) -> list[Finding]:
    if fail_on is None:
        return []
    return [f for f in report.findings if f.severity.rank >= fail_on.rank]


def rejection_reasons(
    report: Report, *, fail_on: Severity | None, min_score: float | None
) -> list[str]:
    """Why ``report`` must stop the send; empty when it may go."""
    reasons: list[str] = []
    blocking = blocking_findings(report, fail_on)
    if blocking:
        n = len(blocking)
        reasons.append(f"{n} finding{'s' * (n != 1)} at severity {fail_on} or above")
    if min_score and report.score is not None and report.score < min_score:
        reasons.append(f"score {report.score:.1f} is below the minimum {min_score:g}")
    return reasons


# --- linter cache --------------------------------------------------------------------------

_lock = threading.Lock()
_linters: dict[tuple[str, str | None], tuple[Linter, threading.Lock]] = {}


def _linter_for(config: Config | None) -> tuple[Linter, threading.Lock]:
    config = config or Config()
    key = (config.model_dump_json(by_alias=True), config.root)
    with _lock:
        if key not in _linters:
            _linters[key] = (Linter(config), threading.Lock())
        return _linters[key]


def check_email_message(
    msg: StdMessage,
    config: Config | None = None,
    *,
    fail_on: Severity | str | None = DEFAULT_FAIL_ON,
    min_score: float | None = None,
) -> Report:
    """Lint an e-mail about to be sent; raise :class:`PitchRejected` if it must not go.

    ``msg`` is an :class:`email.message.EmailMessage` (or any
    :class:`email.message.Message`, such as Django's ``EmailMessage.message()``).
    It is not modified. The message blocks when a finding has severity
    ``fail_on`` or above (default ``error``; ``"never"`` to block on the score
    only) or when its score is below ``min_score`` (default: the config's
    ``min-score``). Returns the :class:`~pitchlint.Report` when the message may go.

    Raises :class:`~pitchlint.InputError` when the message has no text to lint
    and :class:`~pitchlint.SetupError` when a language model is missing: catch
    :class:`~pitchlint.PitchlintError` around the call to send anyway
    ("fail open") or let it propagate to stop the send ("fail closed").
    """
    if not isinstance(msg, StdMessage):
        raise TypeError(f"expected an email.message.Message, got {type(msg).__name__}")
    threshold = parse_fail_on(fail_on)
    linter, lock = _linter_for(config)
    data = msg.as_bytes()
    with lock:
        report = linter.lint_bytes(data, "email", path=f"{MESSAGE_NAME}.eml")
    report = report.model_copy(update={"path": MESSAGE_NAME})
    floor = linter.config.min_score if min_score is None else min_score
    reasons = rejection_reasons(report, fail_on=threshold, min_score=floor)
    if reasons:
        raise PitchRejected(report, reasons, blocking_findings(report, threshold))
    return report
