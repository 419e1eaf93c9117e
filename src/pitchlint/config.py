"""Configuration: ``[tool.pitchlint]`` in pyproject.toml or a ``pitchlint.toml``.

Found upward from the linted file, like ruff. Validated by pydantic: an
unknown key, rule id or option is an error that names what is known.
"""

from __future__ import annotations

import contextlib
import difflib
import fnmatch
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pitchlint.errors import ConfigError, RuleError
from pitchlint.findings import Severity
from pitchlint.inputs.decode import DEFAULT_MAX_CHARS
from pitchlint.rules.base import Rule, RuleOptions
from pitchlint.rules.registry import RuleRegistry

CONFIG_FILES = ("pitchlint.toml", "pyproject.toml")


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class Config(BaseModel):
    """Settings for a lint run. Every field has a kebab-case TOML key."""

    model_config = ConfigDict(
        extra="forbid", alias_generator=_kebab, populate_by_name=True, frozen=True
    )

    select: list[str] = Field(default_factory=lambda: ["ALL"])
    ignore: list[str] = Field(default_factory=list)
    extend_select: list[str] = Field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict)
    rules: dict[str, dict[str, Any]] = Field(default_factory=dict)
    allow_words: list[str] = Field(default_factory=list)
    lexicon_paths: list[str] = Field(default_factory=list)
    max_chars: int = Field(default=DEFAULT_MAX_CHARS, gt=0)
    # Extra quoted-reply/signature patterns by category (see docs/inputs.md).
    reply_patterns: dict[str, list[str]] = Field(default_factory=dict)
    min_score: float = Field(default=0.0, ge=0, le=100)
    plugins: bool = True
    root: str | None = Field(default=None, exclude=True)  # folder of the config file

    @field_validator("reply_patterns")
    @classmethod
    def _check_reply_patterns(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        from pitchlint.inputs.replies import reply_patterns

        try:
            reply_patterns(value)
        except ConfigError as exc:
            raise ValueError(str(exc).removeprefix("reply-patterns: ")) from None
        return value

    def lexicon_dirs(self) -> list[Path]:
        base = Path(self.root) if self.root else Path.cwd()
        return [base / p for p in self.lexicon_paths]


class RuleSettings(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)

    severity: Severity | None = None
    weight: float | None = Field(default=None, ge=0)


class ActiveRule:
    """A rule instance with its effective severity and weight."""

    __slots__ = ("rule", "severity", "weight")

    def __init__(self, rule: Rule, severity: Severity, weight: float) -> None:
        self.rule = rule
        self.severity = severity
        self.weight = weight

    @property
    def id(self) -> str:
        return self.rule.info.id


def resolve_rules(config: Config, registry: RuleRegistry) -> list[ActiveRule]:
    """Validate the rule ids and options of ``config`` and build the active rules."""
    known = set(registry.ids())
    for key, ids in [
        ("select", config.select),
        ("ignore", config.ignore),
        ("extend-select", config.extend_select),
        ("rules", list(config.rules)),
        *((f"per-file-ignores.{pat!r}", v) for pat, v in config.per_file_ignores.items()),
    ]:
        for rule_id in ids:
            if rule_id != "ALL" and rule_id not in known:
                raise ConfigError(_unknown(rule_id, key, known))
    selected = known if "ALL" in config.select else set(config.select)
    selected = (selected | set(config.extend_select)) - set(config.ignore)
    active = []
    for rule_id in sorted(selected):
        entry = registry.get(rule_id)
        raw = dict(config.rules.get(rule_id, {}))
        try:
            settings = RuleSettings.model_validate(raw)
            opts_raw = {k: v for k, v in raw.items() if k not in ("severity", "weight")}
            options = entry.options_model.model_validate(opts_raw)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            allowed = ", ".join(["severity", "weight", *_option_names(entry.options_model)])
            raise ConfigError(
                f"rules.{rule_id}.{where}: {err['msg']} (options of {rule_id}: {allowed})"
            ) from None
        try:
            rule = entry.create(options)
        except RuleError as exc:
            raise ConfigError(str(exc)) from exc
        active.append(
            ActiveRule(
                rule,
                settings.severity or entry.info.severity,
                settings.weight if settings.weight is not None else entry.info.weight,
            )
        )
    return active


def _option_names(model: type[RuleOptions]) -> list[str]:
    return [f.alias or name for name, f in model.model_fields.items()]


def _unknown(rule_id: str, key: str, known: set[str]) -> str:
    close = difflib.get_close_matches(rule_id, sorted(known), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else "; `pitchlint rules` lists them"
    return f"unknown rule id {rule_id!r} in `{key}`{hint}"


def ignored_for(config: Config, path: str | None) -> set[str]:
    """Rule ids that ``per-file-ignores`` turns off for ``path``."""
    if not path:
        return set()
    rel = Path(path)
    if config.root:
        with contextlib.suppress(ValueError):  # outside the config's folder: match as given
            rel = Path(path).resolve().relative_to(Path(config.root).resolve())
    ids: set[str] = set()
    for pattern, rules in config.per_file_ignores.items():
        if fnmatch.fnmatch(rel.as_posix(), pattern) or fnmatch.fnmatch(rel.name, pattern):
            ids.update(rules)
    return ids


def find_config(start: Path) -> Path | None:
    """The nearest pitchlint.toml, or pyproject.toml with [tool.pitchlint], upward."""
    here = start.resolve()
    if here.is_file() or not here.exists():
        here = here.parent
    for folder in [here, *here.parents]:
        candidate = folder / "pitchlint.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_section(pyproject):
            return pyproject
    return None


def _has_tool_section(path: Path) -> bool:
    try:
        return "pitchlint" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def load_config(path: Path) -> Config:
    """Read and validate a config file; ConfigError names the file and the key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("pitchlint", {})
    return config_from_dict(data, source=str(path), root=str(path.parent))


def config_from_dict(
    data: dict[str, Any], *, source: str = "config", root: str | None = None
) -> Config:
    try:
        return Config.model_validate({**data, "root": root})
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        if err["type"] == "extra_forbidden":
            known = ", ".join(sorted(_kebab(n) for n in Config.model_fields if n != "root"))
            raise ConfigError(f"{source}: unknown key {where!r} (known keys: {known})") from None
        raise ConfigError(f"{source}: {where}: {err['msg']}") from None
