"""No network at run time: the command line (with worker processes) and a part of
the suite pass in processes whose every IP connection and name lookup fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BLOCKER = Path(__file__).parent / "no_network"


def offline_env() -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(BLOCKER), os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "PYTHONPATH": path, "NO_COLOR": "1", "HF_HUB_OFFLINE": "1"}


def offline(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=offline_env(),
        timeout=600,
        check=False,
    )


def test_the_blocker_blocks() -> None:
    connect = offline("-c", "import socket; socket.socket().connect(('127.0.0.1', 9))")
    assert connect.returncode != 0 and "network access is disabled" in connect.stderr
    lookup = offline("-c", "import socket; socket.getaddrinfo('example.com', 443)")
    assert lookup.returncode != 0 and "lookups are disabled" in lookup.stderr


def test_cli_offline_with_worker_processes() -> None:
    result = offline("-m", "pitchlint", "check", "--isolated", "--jobs", "2", "corpora/examples")
    assert result.returncode in (0, 1), result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert "Found" in result.stdout


@pytest.mark.slow
def test_suite_subset_offline() -> None:
    result = offline(
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "tests/test_batch.py",
        "tests/test_fuzz_parsers.py",
        "-k",
        "not dask",
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
