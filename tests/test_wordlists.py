"""Every word-list entry matches in several inflected forms (Voikko's lexemes)."""

from __future__ import annotations

import pytest

from pitchlint.analysis import Analyzer
from pitchlint.analysis.voikko import get_voikko
from pitchlint.rules.lexicon import lexeme_keys
from pitchlint.rules.wordlists import raw_wordlists, wordlist

ENTRIES = [(name, w) for name, words in raw_wordlists().items() for w in words]


def _forms(word: str) -> list[str]:
    """Inflected forms Voikko accepts for ``word``: genitive, partitive, plural, …"""
    voikko = get_voikko()
    readings = voikko.analyse(word)
    if not readings:
        return []
    cls = readings[0].word_class
    if cls == "teonsana":
        stems = [word[:-2] + e for e in ("mme", "tte", "vat")] + [word[:-1] + "an"]
    else:
        stems = [word + e for e in ("n", "a", "ä", "ssa", "ssä", "lle", "ja", "jä", "t")]
        if word.endswith("nen"):
            stems += [word[:-3] + e for e in ("sen", "sta", "stä", "set", "sia", "siä", "selle")]
    # Keep only real inflections of this very word (Voikko gives it as their base form).
    base = {r.baseform.lower() for r in readings}
    return [s for s in stems if any(r.baseform.lower() in base for r in voikko.analyse(s))]


@pytest.mark.parametrize(("name", "word"), ENTRIES, ids=[f"{n}:{w}" for n, w in ENTRIES])
def test_entry_is_known_to_voikko(name: str, word: str) -> None:
    assert get_voikko().analyse(word), f"{name}: Voikko does not know {word!r}"
    assert lexeme_keys(word, get_voikko())


@pytest.mark.parametrize(("name", "word"), ENTRIES, ids=[f"{n}:{w}" for n, w in ENTRIES])
def test_entry_matches_inflected_forms(name: str, word: str, analyzer: Analyzer) -> None:
    from pitchlint.inputs import parse_text

    forms = _forms(word)
    if len(forms) < 2:
        pytest.skip(f"no regular inflection generated for {word!r}")
    listed = wordlist(name)
    cls = get_voikko().analyse(word)[0].word_class
    frame = {"teonsana": "Nyt he {} sen.", "laatusana": "Asia on {} nyt."}.get(
        cls, "Tässä on {} mukana."
    )
    for form in forms[:3]:
        msg = analyzer.analyse(parse_text(frame.format(form), "email"))
        words = [w for w in msg.words if w.text == form]
        assert words and words[0] in listed, f"{name}: {word!r} does not match the form {form!r}"
