"""Output formats for lint results."""

from pitchlint.reporting.formats import FORMATS, render

__all__ = ["FORMATS", "render"]
