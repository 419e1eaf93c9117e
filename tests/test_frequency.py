"""The word-frequency table from the Finnish pipeline, and the spelling rule's use of
it: a typo is one slip from a word writers use."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pitchlint.analysis.frequency import COMMON, RAREST, common, log_probabilities
from pitchlint.analysis.voikko import get_voikko
from pitchlint.rules.builtin.spelling import _common_fix, _one_letter_edits, _ranked, _with_fix


def test_log_probabilities_of_common_rare_and_unseen_forms() -> None:
    often, names, unseen = log_probabilities(["maaliskuussa", "Colin", "kolonnivalikoima"])
    assert often is not None and often > COMMON
    assert names is not None and names < often
    assert unseen is None


def test_a_form_is_looked_up_as_written_and_in_lower_case() -> None:
    upper, lower = log_probabilities(["Maaliskuussa", "maaliskuussa"])
    assert upper == lower


def test_common_keeps_order_and_drops_rare_forms() -> None:
    forms = ["kiinnostaa", "kinostaa", "maaliskuussa", "maaliskiusa"]
    assert common(forms) == ["kiinnostaa", "maaliskuussa"]
    assert common([]) == []
    # "colin" (E. colin) is in the table, but rare
    assert common(["colin"]) == [] and common(["colin"], floor=RAREST) == ["colin"]


def test_one_letter_edits_are_deletions_swaps_changes_and_insertions() -> None:
    edits = _one_letter_edits("kuusa")
    assert {"kusa", "ukusa", "kuuta", "kuussa"} <= edits
    assert "kuusa" not in edits
    assert all(abs(len(e) - 5) <= 1 for e in edits)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("maaliskuusa", "maaliskuussa"),  # a letter doubled, not the commoner "maaliskuuta"
        ("asenuksen", "asennuksen"),  # doubled first, though "asetuksen" is commoner
        ("kunnosapitokustannuksista", "kunnossapitokustannuksista"),  # the first part
        ("tukimahdolisuuksista", "tukimahdollisuuksista"),  # the last part
    ],
)
def test_common_fix_finds_the_word_meant(typed: str, meant: str) -> None:
    assert _common_fix(typed, get_voikko()) == meant


@pytest.mark.parametrize("term", ["reometrit", "kaksikolonnikytkentä", "sentrifugeissa"])
def test_common_fix_is_none_for_a_trade_term(term: str) -> None:
    assert _common_fix(term, get_voikko()) is None


def test_the_fix_goes_first_unless_voikkos_guess_is_as_likely() -> None:
    voikko = get_voikko()
    assert _with_fix(["Kinostaa", "Kiinnostaa"], "kiinnostaa", "Kiinostaa", voikko) == [
        "Kiinnostaa",
        "Kinostaa",
    ]
    # Voikko's first guess, a doubled letter, stays first; the fix comes second
    assert _with_fix(["asennuksen"], "asetuksen", "asenuksen", voikko) == [
        "asennuksen",
        "asetuksen",
    ]
    assert _with_fix(["x"], None, "y", voikko) == ["x"]


def test_ranked_puts_a_doubled_letter_first_then_the_commoner() -> None:
    assert _ranked("asenuksen", {"asetuksen", "asennuksen", "asenuxxen"}) == [
        "asennuksen",
        "asetuksen",
    ]


def test_the_fix_does_not_depend_on_the_hash_seed() -> None:
    """The one-letter edits come as a set, whose order changes with the hash seed;
    the fix chosen from them must not."""
    code = (
        "from pitchlint.analysis.voikko import get_voikko\n"
        "from pitchlint.rules.builtin.spelling import _common_fix\n"
        "print(_common_fix('pakkaskoneikosta', get_voikko()))"
    )
    fixes = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2", "3")
    }
    assert len(fixes) == 1
