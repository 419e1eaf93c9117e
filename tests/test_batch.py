"""lint_partition: the picklable entry point for batch engines, and the Dask integration
on a real LocalCluster with two worker processes."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from pitchlint import Linter
from pitchlint.config import Config
from pitchlint.interfaces import batch
from pitchlint.interfaces.batch import RESULT_FIELDS, lint_partition
from pitchlint.reporting.formats import report_record

EXAMPLES = Path(__file__).parents[1] / "corpora" / "examples"


def _texts() -> list[tuple[str, str]]:
    files = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".md"))
    return [(str(p), p.read_text(encoding="utf-8")) for p in files]


def test_records_match_the_json_output(linter: Linter) -> None:
    items = _texts()
    records = [{"path": path, "text": text} for path, text in items]
    results = list(lint_partition(records))
    assert len(results) == len(items)
    for result, (path, text) in zip(results, items, strict=True):
        assert tuple(result) == RESULT_FIELDS
        expected = report_record(linter.lint(text, path=path))
        assert result == expected


def test_bad_records_give_errors_not_exceptions() -> None:
    results = list(lint_partition(["", b"\x00\x01\x02binary", {"text": None}, "Hei, sopiiko?"]))
    assert [r["error"] is not None for r in results] == [True, True, True, False]
    assert all(r["score"] is None for r in results[:3])


def test_entry_point_and_config_pickle_and_linter_is_reused() -> None:
    config = Config(select=["unfilled-placeholder"])
    assert pickle.loads(pickle.dumps(lint_partition)) is lint_partition
    assert pickle.loads(pickle.dumps(config)) == config
    first = batch.worker_linter(config)
    assert batch.worker_linter(Config(select=["unfilled-placeholder"])) is first
    assert batch.worker_linter({"select": ["unfilled-placeholder"]}) is first
    out = list(lint_partition(["Hei {{etunimi}}, sopiiko torstai?"], config))
    assert [f["rule"] for f in out[0]["findings"]] == ["unfilled-placeholder"]


@pytest.mark.slow
def test_dask_local_cluster_equals_single_process(linter: Linter) -> None:
    pytest.importorskip("dask.distributed")
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from dask.distributed import Client, LocalCluster

    from pitchlint.interfaces.dask import lint_bag, lint_column

    items = _texts() * 3
    texts = [text for _, text in items]
    expected = [report_record(r) for r in linter.lint_many(texts)]
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        got = lint_bag(db.from_sequence(texts, npartitions=4)).compute()
        assert got == expected
        # every worker process loaded the models itself, once
        pids = client.run(lambda: __import__("os").getpid())
        assert len(set(pids.values())) == 2

        frame = dd.from_pandas(
            pd.DataFrame({"body": texts, "file": [p for p, _ in items]}), npartitions=3
        )
        table = lint_column(frame, "body", path_column="file").compute()
    assert list(table.columns) == list(RESULT_FIELDS)
    assert list(table["score"]) == [r["score"] for r in expected]
    assert list(table["findings"]) == [r["findings"] for r in expected]
    assert list(table["path"]) == [p for p, _ in items]
