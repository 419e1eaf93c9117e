"""Linguistic analysis: spaCy + Voikko, run once per message."""

from pitchlint.analysis.analyser import Analyzer, load_pipeline
from pitchlint.analysis.model import AnalysedBlock, AnalysedMessage, Sentence, Word
from pitchlint.analysis.voikko import Reading, VoikkoAnalyser, get_voikko

__all__ = [
    "AnalysedBlock",
    "AnalysedMessage",
    "Analyzer",
    "Reading",
    "Sentence",
    "VoikkoAnalyser",
    "Word",
    "get_voikko",
    "load_pipeline",
]
