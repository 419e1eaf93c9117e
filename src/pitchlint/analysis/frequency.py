"""How common a written word form is, from the Finnish pipeline's own word
probabilities: about 500,000 forms of web text with their log probabilities
(``vocab/lookups.bin``, table ``lexeme_prob``, which the linter's pipeline does not
load). A typo is a slip from a word writers use; a trade term the dictionary lacks
is seldom one letter from such a word."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import BinaryIO

import numpy as np

from pitchlint.analysis.analyser import SPACY_MODEL

# The table's forms run from about -3 (the commonest) to -16.4 (the rarest kept);
# its median is -15.4. A form at -15 or above is one writers commonly use.
COMMON = -15.0
RAREST = float("-inf")  # any form the table has at all


@cache
def _table() -> tuple[np.ndarray, np.ndarray] | None:
    """The forms' string hashes, sorted, and their log probabilities; ``None``
    when the pipeline ships no table (then no form counts as common)."""
    import importlib.util

    spec = importlib.util.find_spec(SPACY_MODEL)
    if spec is None or not spec.submodule_search_locations:
        return None
    package = Path(next(iter(spec.submodule_search_locations)))
    files = sorted(package.glob("*/vocab/lookups.bin"))
    if not files:
        return None
    with files[-1].open("rb") as stream:
        read = _read_probabilities(stream)
    if read is None:
        return None
    keys, values = read
    order = np.argsort(keys)
    return keys[order], values[order].astype(np.float16)


def _read_probabilities(stream: BinaryIO) -> tuple[np.ndarray, np.ndarray] | None:
    """Stream the ``lexeme_prob`` map into arrays: read into a dict, half a million
    floats would cost ~66 MB for a moment; the arrays cost 6 MB."""
    from srsly import msgpack

    unpacker = msgpack.Unpacker(stream, raw=False, strict_map_key=False)
    for _ in range(unpacker.read_map_header()):
        if unpacker.unpack() != "lexeme_prob":
            unpacker.skip()
            continue
        size = unpacker.read_map_header()
        keys = np.empty(size, dtype=np.uint64)
        values = np.empty(size, dtype=np.float32)
        for i in range(size):
            keys[i] = unpacker.unpack()
            values[i] = unpacker.unpack()
        return keys, values
    return None


def _lookup(forms: list[str]) -> np.ndarray:
    """The forms' log probabilities as written, NaN where the table lacks a form."""
    from spacy.strings import get_string_id

    table = _table()
    if table is None or not forms:
        return np.full(len(forms), np.nan, dtype=np.float32)
    keys, values = table
    hashes = np.fromiter((get_string_id(f) for f in forms), dtype=np.uint64, count=len(forms))
    at = np.searchsorted(keys, hashes).clip(0, len(keys) - 1)
    return np.where(keys[at] == hashes, values[at].astype(np.float32), np.float32(np.nan))


def log_probabilities(forms: Iterable[str]) -> list[float | None]:
    """Each form's log probability, or ``None`` for a form the table lacks.
    Looked up as written and in lower case, whichever is commoner."""
    forms = list(forms)
    written, lower = _lookup(forms), _lookup([f.lower() for f in forms])
    best = np.fmax(written, lower)  # NaN only where both are missing
    return [None if np.isnan(v) else float(v) for v in best]


def common(forms: Iterable[str], floor: float = COMMON) -> list[str]:
    """The forms writers commonly use (log probability at or above ``floor``), in
    the order given. Vectorised: this is asked of every one-letter edit of a word."""
    forms = list(forms)
    found = _lookup(forms) >= floor  # NaN compares False
    return [f for f, ok in zip(forms, found, strict=True) if ok]
