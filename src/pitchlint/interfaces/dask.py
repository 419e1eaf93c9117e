"""Lint with Dask: a bag of messages or a DataFrame column (``pip install pitchlint[dask]``).

>>> import dask.bag as db
>>> from pitchlint.interfaces.dask import lint_bag
>>> bag = db.from_sequence(texts, npartitions=8)        # doctest: +SKIP
>>> results = lint_bag(bag).compute()                   # doctest: +SKIP

Each partition goes through :func:`pitchlint.interfaces.batch.lint_partition`:
every worker process loads spaCy and Voikko once, on its first partition, and
keeps them. Results are records with the fields of the JSON output (``path``,
``kind``, ``score``, ``error``, ``findings``), in input order. Use worker
*processes* (``LocalCluster(processes=True)``, the default, or a real cluster):
spaCy's parse holds the GIL for much of its work, so threads do not scale.
See ``docs/scaling.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from pitchlint.interfaces.batch import RESULT_FIELDS, ConfigInput, Record, lint_partition

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe
    import pandas

_MISSING = (
    "the Dask integration needs Dask: install it with `pip install 'pitchlint[dask]'` "
    "(dask[distributed,dataframe])"
)


def _require_dask() -> None:
    try:
        import dask  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(_MISSING) from exc


def _lint_list(partition: Any, config: ConfigInput, kind: str) -> list[Record]:
    return list(lint_partition(partition, config, kind=kind))


def lint_bag(bag: dask.bag.Bag, config: ConfigInput = None, *, kind: str = "auto") -> dask.bag.Bag:
    """Lint a bag of messages (``str``, ``bytes`` or ``{"text", "path", "kind"}`` dicts).

    Returns a bag of result records, one per message, in the bag's order.
    """
    _require_dask()
    map_partitions: Any = bag.map_partitions
    return cast("dask.bag.Bag", map_partitions(_lint_list, config, kind))


def _lint_frame(
    frame: pandas.DataFrame,
    column: str,
    path_column: str | None,
    config: ConfigInput,
    kind: str,
) -> pandas.DataFrame:
    import pandas as pd

    paths = frame[path_column] if path_column else [None] * len(frame)
    records = (
        {"text": text, "path": None if path is None or pd.isna(path) else str(path)}
        for text, path in zip(frame[column], paths, strict=True)
    )
    rows = list(lint_partition(records, config, kind=kind))
    result = pd.DataFrame(rows, columns=list(RESULT_FIELDS), index=frame.index)
    return result.astype({"score": "float64"})


def result_meta() -> pandas.DataFrame:
    """The empty frame that describes :func:`lint_column`'s result columns."""
    import pandas as pd

    return pd.DataFrame(
        {f: pd.Series(dtype="float64" if f == "score" else "object") for f in RESULT_FIELDS}
    )


def lint_column(
    frame: dask.dataframe.DataFrame,
    column: str,
    config: ConfigInput = None,
    *,
    path_column: str | None = None,
    kind: str = "auto",
) -> dask.dataframe.DataFrame:
    """Lint the messages in ``frame[column]``.

    Returns a Dask DataFrame with the input's index and one column per field of
    the JSON output (``path``, ``kind``, ``score``, ``error``, ``findings`` as a
    list of finding dicts, …); ``path`` comes from ``path_column`` when given. Join it back with
    ``frame.join(result)`` if you want the input columns alongside.
    """
    _require_dask()
    map_partitions: Any = frame.map_partitions
    return cast(
        "dask.dataframe.DataFrame",
        map_partitions(
            _lint_frame,
            column,
            path_column,
            config,
            kind,
            meta=result_meta(),
            align_dataframes=False,
        ),
    )


__all__ = ["lint_bag", "lint_column", "result_meta"]
