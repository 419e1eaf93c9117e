"""Adversarial files through the real command line: every one gives a report or a
clear error (never a traceback), the other files are still linted, the exit code
is 2 when something could not be linted, and no input is ever written to."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from pitchlint import Linter
from pitchlint.config import Config
from pitchlint.linter import expand_paths

ROOT = Path(__file__).resolve().parents[1]
BAD = Path(__file__).parent / "bad_inputs"
EXPECTED = tomllib.loads((BAD / "expected.toml").read_text(encoding="utf-8"))
GOOD = "Hei {name},\n\nHuomasin, että avaatte uuden varaston Vantaalle. Sopisiko puhelu torstaina?\n\nTerveisin\nLeena\n"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pitchlint", "check", "--isolated", "--format", "json", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=600,
        check=False,
    )


def checksums(root: Path) -> dict[str, tuple[str, int]]:
    return {
        str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def folder_run() -> tuple[subprocess.CompletedProcess[str], dict[str, dict[str, object]]]:
    before = checksums(BAD)
    result = run(str(BAD))
    assert checksums(BAD) == before, "the linter wrote to its inputs"
    files = {Path(str(f["path"])).name: f for f in json.loads(result.stdout)["files"]}
    return result, files


def test_every_bad_input_has_its_expected_outcome(
    folder_run: tuple[subprocess.CompletedProcess[str], dict[str, dict[str, object]]],
) -> None:
    result, files = folder_run
    assert "Traceback" not in result.stderr
    assert set(files) == set(EXPECTED)
    for name, expected in EXPECTED.items():
        got = files[name]
        if expected["outcome"] == "error":
            assert got["score"] is None, name
            assert expected["reason"] in str(got["error"]), (name, got["error"])
        else:
            assert got["error"] is None, (name, got["error"])
            assert got["score"] is not None and 0 <= float(got["score"]) <= 100  # type: ignore[arg-type]
    assert result.returncode == 2  # some files could not be linted


@pytest.mark.parametrize("name", [n for n, e in EXPECTED.items() if "contains" in e])
def test_legacy_encodings_are_decoded(name: str) -> None:
    report = Linter(Config()).lint_file(BAD / name)
    assert EXPECTED[name]["contains"] in report.source


def test_missing_path_and_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD.format(name="Mikko"), encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the read fail as it would for a user
        real = Path.read_bytes

        def denied(self: Path) -> bytes:
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", denied)
    linter = Linter(Config())
    missing, unreadable = linter.lint_paths([str(tmp_path / "nope.txt"), str(locked)])
    assert missing.error == "no such file"
    assert unreadable.error == "permission denied"
    result = run(str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert json.loads(result.stdout)["files"][0]["error"] == "no such file"


def test_ten_megabyte_message_is_refused_with_the_limit_and_option(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes((GOOD.format(name="Mikko") * 80_000)[: 10 * 1024 * 1024].encode())
    big_eml = tmp_path / "big.eml"
    big_eml.write_bytes(b"From: a@b.fi\nTo: c@d.fi\nSubject: x\n\n" + big.read_bytes())
    result = run(str(big), str(big_eml))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    for entry in json.loads(result.stdout)["files"]:
        assert "over the limit of 200,000" in entry["error"]
        assert "--max-chars" in entry["error"]


def test_spacy_max_length_never_refuses_an_allowed_message(linter: Linter) -> None:
    text = GOOD.format(name="Mikko") * 40  # ~4,000 characters
    nlp = linter.analyzer.nlp
    saved = nlp.max_length
    nlp.max_length = 1_000  # spaCy's own guard below the message size
    try:
        report = linter.lint(text)
    finally:
        nlp.max_length = max(saved, nlp.max_length)
    assert report.error is None and report.score is not None


@pytest.mark.slow
def test_thousand_files_ten_broken_parallel_equals_serial(tmp_path: Path) -> None:
    names = ["Mikko", "Laura", "Jari", "Tiina", "Juha", "Anna", "Eero", "Heidi"]
    for i in range(1000):
        path = tmp_path / f"m{i:04d}.txt"
        if i % 100 == 37:
            path.write_bytes(b"%PDF-1.4 broken" if i % 200 == 37 else b"\x00\x01\x02" * 50)
        else:
            path.write_text(GOOD.format(name=names[i % len(names)]), encoding="utf-8")
    before = checksums(tmp_path)
    serial = run("--jobs", "1", str(tmp_path))
    parallel = run("--jobs", "2", str(tmp_path))
    assert checksums(tmp_path) == before
    for result in (serial, parallel):
        assert result.returncode == 2, result.stderr[-2000:]
        assert "Traceback" not in result.stderr
        files = json.loads(result.stdout)["files"]
        assert len(files) == 1000
        assert sum(1 for f in files if f["error"] is None and f["score"] is not None) == 990
        errors = [f for f in files if f["error"] is not None]
        assert len(errors) == 10
        assert all("not a text file" in f["error"] for f in errors)
    assert json.loads(parallel.stdout) == json.loads(serial.stdout)
    assert parallel.stderr == ""  # no progress bar when stderr is not a terminal
    assert next(expand_paths([str(tmp_path)])).endswith("m0000.txt")
