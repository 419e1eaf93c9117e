"""Typed errors. Each says what went wrong and what to do about it."""

from __future__ import annotations


class PitchlintError(Exception):
    """Base class of every error pitchlint raises on purpose."""


class InputError(PitchlintError):
    """A message could not be read or decoded (binary, empty, too large, missing)."""


class ConfigError(PitchlintError):
    """The configuration is invalid: unknown key, unknown rule id, bad value."""


class RuleError(PitchlintError):
    """A rule definition (built-in, plugin or lexicon file) is invalid."""


class SetupError(PitchlintError):
    """A required component (spaCy model, Voikko dictionary) is missing."""
