"""pitchlint — a linter for Finnish sales pitches.

>>> import pitchlint
>>> report = pitchlint.lint("Hei Mikko, …", kind="email")
>>> report.score, [f.rule for f in report.findings]
"""

from pitchlint._version import __version__
from pitchlint.config import Config, find_config, load_config
from pitchlint.errors import ConfigError, InputError, PitchlintError, RuleError, SetupError
from pitchlint.findings import Finding, Report, Severity
from pitchlint.interfaces.api import PitchRejected, check_email_message
from pitchlint.linter import Linter, lint
from pitchlint.rules import Hit, Rule, RuleDocs, RuleInfo, RuleOptions, RuleRegistry

__all__ = [
    "Config",
    "ConfigError",
    "Finding",
    "Hit",
    "InputError",
    "Linter",
    "PitchRejected",
    "PitchlintError",
    "Report",
    "Rule",
    "RuleDocs",
    "RuleError",
    "RuleInfo",
    "RuleOptions",
    "RuleRegistry",
    "SetupError",
    "Severity",
    "__version__",
    "check_email_message",
    "find_config",
    "lint",
    "load_config",
]
