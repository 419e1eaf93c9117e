"""The command line, run as a real process: exit codes, JSON contract, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "corpora" / "examples"
CLEAN = "Aihe: Jätelain muutos\n\nHei Mikko,\n\nVuoden 2027 alusta biojäte on eroteltava jo viiden hengen toimistoissa. Teillä tämä koskee kolmea toimipistettä. Sopisiko puhelu torstaina kello 10?\n\nTerveisin\nLeena\n"
BAD = "Hei {{etunimi}},\n\nMontako työntekijää teillä on? Mitä järjestelmää käytätte?\n\nTerveisin\nLeena\n"


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "pitchlint", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd or ROOT,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("cli")
    (d / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (d / "bad.txt").write_text(BAD, encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02\x03binary")
    (d / "empty.txt").write_bytes(b"")
    (d / "latin1.txt").write_bytes(CLEAN.encode("latin-1", errors="replace"))
    return {p.stem: p for p in d.iterdir()}


def test_json_contract_on_examples() -> None:
    proc = run("check", "--format", "json", str(EXAMPLES))
    assert proc.returncode == 1, proc.stderr.decode()
    doc = json.loads(proc.stdout)
    assert doc["version"] == "0.1.0"
    assert len(doc["files"]) >= 6
    for f in doc["files"]:
        assert set(f) == {"path", "kind", "score", "error", "notes", "findings"}
        assert f["kind"] in ("email", "outline") and f["error"] is None
        assert 0 <= f["score"] <= 100
        source = Path(f["path"]).read_text(encoding="utf-8")
        for finding in f["findings"]:
            assert set(finding) >= {
                "rule",
                "severity",
                "message",
                "start",
                "end",
                "line",
                "column",
                "end_line",
                "end_column",
            }
            assert 0 <= finding["start"] <= finding["end"] <= len(source) + 2000


def test_exit_codes(files: dict[str, Path]) -> None:
    assert run("check", str(files["clean"])).returncode == 0
    assert run("check", str(files["bad"])).returncode == 1
    assert run("check", "--min-score", "100", str(files["bad"])).returncode == 1


def test_bad_files_are_reported_and_others_still_linted(files: dict[str, Path]) -> None:
    proc = run(
        "check", "--format", "json",
        str(files["binary"]), str(files["empty"]), "/nonexistent/x.txt", str(files["bad"]),
    )  # fmt: skip
    assert proc.returncode == 2
    doc = json.loads(proc.stdout)
    by_name = {Path(f["path"]).name: f for f in doc["files"]}
    assert "binary data" in by_name["binary.txt"]["error"]
    assert "empty message" in by_name["empty.txt"]["error"]
    assert by_name["x.txt"]["error"] == "no such file"
    assert by_name["bad.txt"]["error"] is None and by_name["bad.txt"]["findings"]


def test_text_format_lines(files: dict[str, Path]) -> None:
    proc = run("check", str(files["bad"]))
    out = proc.stdout.decode()
    assert f"{files['bad']}:1:5: unfilled-placeholder [error]" in out
    assert "score" in out and out.rstrip().endswith(".")


def test_stdin(files: dict[str, Path]) -> None:
    proc = run("check", "--format", "json", "-", stdin=BAD.encode())
    doc = json.loads(proc.stdout)
    assert doc["files"][0]["path"] == "-"
    assert {f["rule"] for f in doc["files"][0]["findings"]} >= {"unfilled-placeholder"}


def test_windows_1252_file_is_linted_and_the_decoding_said(files: dict[str, Path]) -> None:
    proc = run("check", "--format", "json", str(files["latin1"]))
    record = json.loads(proc.stdout)["files"][0]
    assert record["error"] is None
    assert record["notes"] == ["decoded as windows-1252 (not valid UTF-8)"]
    assert "note: decoded as windows-1252" in run("check", str(files["latin1"])).stdout.decode()


def test_unknown_rule_in_config_exits_2(tmp_path: Path, files: dict[str, Path]) -> None:
    cfg = tmp_path / "pitchlint.toml"
    cfg.write_text('ignore = ["no-such-rule"]\n')
    proc = run("check", "--config", str(cfg), str(files["clean"]))
    assert proc.returncode == 2
    assert "unknown rule id 'no-such-rule'" in proc.stderr.decode()


def test_select_from_command_line(files: dict[str, Path]) -> None:
    proc = run("check", "--format", "json", "--select", "unfilled-placeholder", str(files["bad"]))
    rules = {f["rule"] for f in json.loads(proc.stdout)["files"][0]["findings"]}
    assert rules == {"unfilled-placeholder"}


def test_rules_and_explain() -> None:
    listing = run("rules").stdout.decode()
    for rule in (
        "company-history-first",
        "no-novel-insight",
        "over-questioning",
        "unfilled-placeholder",
    ):
        assert rule in listing
    page = run("explain", "over-questioning").stdout.decode()
    assert "## Why is this bad?" in page and "## Bad example" in page and "## Better" in page
    missing = run("explain", "nope")
    assert missing.returncode == 2 and "unknown rule id" in missing.stderr.decode()


def test_linter_never_writes_inputs(files: dict[str, Path]) -> None:
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files.values()}
    run("check", *map(str, files.values()))
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files.values()} == before
