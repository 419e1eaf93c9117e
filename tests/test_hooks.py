"""Pre-send hooks, run as real processes: ``pitchlint hook sendmail -- FAKE`` with a
fake "real sendmail" that records its arguments and the exact bytes it got;
``pitchlint hook git-sendemail-validate``, also under a real ``git send-email``;
and the Python API ``check_email_message``."""

from __future__ import annotations

import io
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

import pitchlint
from pitchlint.interfaces import hooks

ROOT = Path(__file__).resolve().parents[1]

HEADERS = (
    "From: Leena Laine <leena@example.fi>\r\n"
    "To: Mikko Virtanen <mikko@example.fi>\r\n"
    "Subject: =?utf-8?q?J=C3=A4telain_muutos?=\r\n"
    "Date: Tue, 01 Dec 2026 09:00:00 +0200\r\n"
    "Message-ID: <1@example.fi>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
)
GOOD_BODY = (
    "Hei Mikko,\r\n\r\n"
    "Vuoden 2027 alusta biojäte on eroteltava jo viiden hengen toimistoissa. "
    "Teillä tämä koskee kolmea toimipistettä. Sopisiko puhelu torstaina kello 10?\r\n\r\n"
    "Terveisin\r\nLeena\r\n"
)
BAD_BODY = (
    "Hei {{etunimi}},\r\n\r\n"
    "Montako työntekijää teillä on? Mitä järjestelmää käytätte?\r\n\r\n"
    "Terveisin\r\nLeena\r\n"
)
WARN_BODY = (  # warnings only: asks the reader what they already know
    "Hei Mikko,\r\n\r\n"
    "Montako työntekijää teillä on? Mitä järjestelmää käytätte?\r\n\r\n"
    "Terveisin\r\nLeena\r\n"
)
WARN = (HEADERS + "\r\n" + WARN_BODY).encode("utf-8")
GOOD = (HEADERS + "\r\n" + GOOD_BODY).encode("utf-8")
BAD = (HEADERS + "\r\n" + BAD_BODY).encode("utf-8")
# 8-bit Latin-1, LF line ends, no final newline: must arrive exactly as it was
GOOD_LATIN1 = (
    HEADERS.replace("\r\n", "\n").replace("charset=utf-8", "charset=iso-8859-1")
    + "\n"
    + GOOD_BODY.replace("\r\n", "\n").rstrip("\n")
).encode("latin-1")
SENDMAIL_ARGS = ["-oi", "-f", "leena@example.fi", "--", "mikko@example.fi"]

FAKE_SENDMAIL = """\
#!{python}
import json, os, sys
out = os.environ["FAKE_OUT"]
data = sys.stdin.buffer.read()
with open(out + ".stdin", "wb") as f:
    f.write(data)
with open(out + ".argv", "w") as f:
    json.dump(sys.argv[1:], f)
sys.exit(int(os.environ.get("FAKE_EXIT", "0")))
"""


class Fake:
    """A fake real sendmail: where it writes what it received."""

    def __init__(self, tmp: Path) -> None:
        self.script = tmp / "fake-sendmail"
        self.script.write_text(FAKE_SENDMAIL.format(python=sys.executable))
        self.script.chmod(0o755)
        self.out = tmp / "received"

    @property
    def called(self) -> bool:
        return Path(f"{self.out}.stdin").exists()

    @property
    def stdin(self) -> bytes:
        return Path(f"{self.out}.stdin").read_bytes()

    @property
    def argv(self) -> list[str]:
        result: list[str] = json.loads(Path(f"{self.out}.argv").read_text())
        return result


@pytest.fixture
def fake(tmp_path: Path) -> Fake:
    return Fake(tmp_path)


def env_for(fake: Fake, **extra: str) -> dict[str, str]:
    return {**os.environ, "FAKE_OUT": str(fake.out), "NO_COLOR": "1", **extra}


def hook(
    *args: str,
    stdin: bytes = b"",
    fake: Fake,
    cwd: Path,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "pitchlint", "hook", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env or env_for(fake),
        timeout=300,
        check=False,
    )


def sendmail(
    fake: Fake, tmp_path: Path, message: bytes, *options: str, **kw: Any
) -> subprocess.CompletedProcess[bytes]:
    return hook(
        "sendmail", *options, "--", str(fake.script), *SENDMAIL_ARGS,
        stdin=message, fake=fake, cwd=tmp_path, **kw,
    )  # fmt: skip


# --- pass -------------------------------------------------------------------------------


@pytest.mark.parametrize("message", [GOOD, GOOD_LATIN1], ids=["utf8-crlf", "latin1-lf"])
def test_pass_delivers_the_exact_bytes_and_arguments(
    fake: Fake, tmp_path: Path, message: bytes
) -> None:
    proc = sendmail(fake, tmp_path, message)
    assert proc.returncode == 0, proc.stderr.decode()
    assert fake.stdin == message
    assert fake.argv == SENDMAIL_ARGS
    assert proc.stderr == b"" and proc.stdout == b""


def test_the_real_sendmails_exit_code_is_returned(fake: Fake, tmp_path: Path) -> None:
    proc = sendmail(fake, tmp_path, GOOD, env=env_for(fake, FAKE_EXIT="75"))
    assert proc.returncode == 75 and fake.stdin == GOOD


def test_mutt_style_sendmail_option_passes_every_argument(fake: Fake, tmp_path: Path) -> None:
    # mutt/neomutt treat "--" in $sendmail themselves and append "-- rcpt" after it
    proc = hook(
        "sendmail", "--isolated", f"--sendmail={fake.script}", "-oem", "-oi", "--",
        "mikko@example.fi", stdin=GOOD, fake=fake, cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr.decode()
    assert fake.argv == ["-oem", "-oi", "--", "mikko@example.fi"] and fake.stdin == GOOD


# --- block ------------------------------------------------------------------------------


def test_block_exits_65_with_the_report_and_sends_nothing(fake: Fake, tmp_path: Path) -> None:
    draft = tmp_path / "draft.eml"
    draft.write_bytes(BAD)
    with draft.open("rb") as f:
        proc = subprocess.run(
            [sys.executable, "-m", "pitchlint", "hook", "sendmail", "--", str(fake.script)],
            stdin=f, capture_output=True, cwd=tmp_path, env=env_for(fake), timeout=300,
            check=False,
        )  # fmt: skip
    assert proc.returncode == 65
    assert not fake.called
    assert draft.read_bytes() == BAD  # the draft is untouched
    err = proc.stderr.decode()
    assert "message:10:5: unfilled-placeholder [error]" in err
    assert "message NOT sent: 1 finding at severity error or above" in err
    assert "X-Pitchlint: skip" in err
    assert proc.stdout == b""


def test_fail_on_and_min_score(fake: Fake, tmp_path: Path) -> None:
    # WARN has warnings only: it passes by default, blocks with --fail-on warning
    proc = sendmail(fake, tmp_path, WARN)
    assert proc.returncode == 0 and fake.stdin == WARN
    Path(f"{fake.out}.stdin").unlink()
    proc = sendmail(fake, tmp_path, WARN, "--fail-on", "warning")
    assert proc.returncode == 65 and not fake.called
    assert "at severity warning or above" in proc.stderr.decode()
    proc = sendmail(fake, tmp_path, BAD, "--fail-on=never", "--min-score", "99.5")
    assert proc.returncode == 65 and not fake.called
    assert "below the minimum 99.5" in proc.stderr.decode()
    proc = sendmail(fake, tmp_path, BAD, "--fail-on", "never")
    assert proc.returncode == 0 and fake.stdin == BAD


# --- override ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [b"X-Pitchlint: skip\r\n", b"x-pitchlint:SKIP\r\n", b"X-Pitchlint:\r\n  skip\r\n"],
    ids=["plain", "case", "folded"],
)
def test_skip_header_sends_once_without_the_header(
    fake: Fake, tmp_path: Path, header: bytes
) -> None:
    at = BAD.index(b"Subject:")
    message = BAD[:at] + header + BAD[at:]
    proc = sendmail(fake, tmp_path, message)
    assert proc.returncode == 0, proc.stderr.decode()
    assert fake.stdin == BAD  # exactly the original minus the header's lines


def test_skip_in_the_body_is_not_an_override(fake: Fake, tmp_path: Path) -> None:
    proc = sendmail(fake, tmp_path, BAD + b"X-Pitchlint: skip\r\n")
    assert proc.returncode == 65 and not fake.called


# --- pitchlint itself fails ---------------------------------------------------------------


@pytest.fixture
def broken_config(tmp_path: Path) -> Path:
    cfg = tmp_path / "broken.toml"
    cfg.write_text('select = ["no-such-rule"]\n')
    return cfg


def test_fail_open_on_a_broken_config(fake: Fake, tmp_path: Path, broken_config: Path) -> None:
    proc = sendmail(fake, tmp_path, BAD, "--config", str(broken_config))
    assert proc.returncode == 0
    assert fake.stdin == BAD and fake.argv == SENDMAIL_ARGS
    err = proc.stderr.decode()
    assert "unknown rule id 'no-such-rule'" in err and "sending the message unchecked" in err


def test_fail_open_on_a_config_found_upward(fake: Fake, tmp_path: Path) -> None:
    (tmp_path / "pitchlint.toml").write_text("this is = not [toml\n")
    work = tmp_path / "drafts"
    work.mkdir()
    proc = sendmail(fake, work, GOOD)
    assert proc.returncode == 0 and fake.stdin == GOOD
    assert "invalid TOML" in proc.stderr.decode()


def test_fail_open_when_the_language_model_is_missing(fake: Fake, tmp_path: Path) -> None:
    # Shadow the installed spaCy model package with one that cannot load.
    shadow = tmp_path / "shadow" / "spacy_fi_experimental_web_md"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text(
        'def load(**kwargs):\n    raise OSError("[E050] Can\'t find model (test)")\n'
    )
    env = env_for(fake, PYTHONPATH=str(shadow.parent))
    proc = sendmail(fake, tmp_path, BAD, "--isolated", env=env)
    assert proc.returncode == 0, proc.stderr.decode()
    assert fake.stdin == BAD
    assert "is not installed" in proc.stderr.decode()
    closed = sendmail(fake, tmp_path / "shadow", BAD, "--isolated", "--fail-closed", env=env)
    assert closed.returncode == 75


def test_fail_closed(fake: Fake, tmp_path: Path, broken_config: Path) -> None:
    proc = sendmail(fake, tmp_path, GOOD, "--fail-closed", "--config", str(broken_config))
    assert proc.returncode == 75
    assert not fake.called
    assert "message NOT sent (--fail-closed)" in proc.stderr.decode()


def test_a_real_sendmail_that_cannot_run(fake: Fake, tmp_path: Path) -> None:
    proc = hook(
        "sendmail", "--isolated", "--", str(tmp_path / "no-such-sendmail"),
        stdin=GOOD, fake=fake, cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 127
    assert "message NOT sent" in proc.stderr.decode()


@pytest.mark.parametrize(
    "args",
    [[], ["--isolated"], ["--", ], ["--fail-on", "sometimes", "--", "/bin/cat"],
     ["--min-score"], ["--min-score", "200", "--", "/bin/cat"]],
    ids=["nothing", "no-command", "empty-command", "bad-severity", "no-value", "bad-score"],
)  # fmt: skip
def test_usage_errors_send_nothing(fake: Fake, tmp_path: Path, args: list[str]) -> None:
    proc = hook("sendmail", *args, stdin=GOOD, fake=fake, cwd=tmp_path)
    assert proc.returncode == 64
    assert "message NOT sent" in proc.stderr.decode() and "usage:" in proc.stderr.decode()


def test_help() -> None:
    for name in ("sendmail", "git-sendemail-validate"):
        proc = subprocess.run(
            [sys.executable, "-m", "pitchlint", "hook", name, "--help"],
            capture_output=True, timeout=60, check=False,
        )  # fmt: skip
        assert proc.returncode == 0 and b"usage: pitchlint hook " + name.encode() in proc.stdout
    listing = subprocess.run(
        [sys.executable, "-m", "pitchlint", "--help"], capture_output=True, timeout=60, check=True
    )
    assert b"hook" in listing.stdout


def _wait_until_reading_stdin(pid: int, limit: float = 60.0) -> None:
    """Until the process blocks in read(2) on its standard input (Linux /proc), so
    the interrupt lands in the read, not in start-up; elsewhere a fixed pause."""
    syscall = Path(f"/proc/{pid}/syscall")
    number = {"x86_64": "0", "aarch64": "63"}.get(platform.machine())  # read(2)
    if number is None or not syscall.exists():
        time.sleep(3)
        return
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            fields = syscall.read_text().split()
        except OSError:  # not permitted to read it: fall back to a pause
            time.sleep(3)
            return
        if fields[:2] == [number, "0x0"]:  # read(0, …)
            return
        time.sleep(0.05)
    raise AssertionError("the hook never started reading its standard input")


def test_interrupt_while_reading_sends_nothing(fake: Fake, tmp_path: Path) -> None:
    # A shell's background job ignores SIGINT and Python then keeps ignoring it:
    # give the hook the interactive default, as a terminal would.
    start = (
        "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
        "sys.argv = ['pitchlint', *sys.argv[1:]]; runpy.run_module('pitchlint', run_name='__main__')"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", start, "hook", "sendmail", "--", str(fake.script)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        cwd=tmp_path, env=env_for(fake),
    )  # fmt: skip
    assert proc.stdin is not None
    proc.stdin.write(GOOD[:100])
    proc.stdin.flush()
    _wait_until_reading_stdin(proc.pid)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert not fake.called
    assert b"NOT sent" in err


# --- branches in process: interrupt and bugs during the check -------------------------------


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_interrupt_during_the_check_sends_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    delivered: list[bytes] = []

    def interrupted(*_: object, **__: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(sys, "stdin", _Stdin(BAD))
    monkeypatch.setattr(hooks, "check_bytes", interrupted)
    monkeypatch.setattr(hooks, "deliver", lambda cmd, data: delivered.append(data) or 0)
    assert hooks.sendmail_hook(["--", "/bin/true"]) == 130
    assert delivered == []
    assert "interrupted while checking the message; NOT sent" in capsys.readouterr().err


def test_a_bug_fails_open_with_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    delivered: list[tuple[list[str], bytes]] = []

    def bug(*_: object, **__: object) -> object:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(sys, "stdin", _Stdin(BAD))
    monkeypatch.setattr(hooks, "check_bytes", bug)
    monkeypatch.setattr(hooks, "deliver", lambda cmd, data: delivered.append((cmd, data)) or 7)
    assert hooks.sendmail_hook(["--", "/usr/sbin/sendmail", "-t"]) == 7
    assert delivered == [(["/usr/sbin/sendmail", "-t"], BAD)]
    err = capsys.readouterr().err
    assert "internal error" in err and "ZeroDivisionError" in err and "Traceback" in err
    assert hooks.sendmail_hook(["--fail-closed", "--", "/usr/sbin/sendmail"]) == 75
    assert len(delivered) == 1


# --- byte surgery -------------------------------------------------------------------------


def test_strip_skip_header_only_cuts_that_field() -> None:
    message = (
        b"From: a@b.fi\r\nX-Pitchlint: skip; hyv\xc3\xa4ksytty\r\nX-Pitchlint-Other: skip\r\n"
        b"Subject: x\r\n\r\nX-Pitchlint: skip\r\n\xe4\r\n"
    )
    out, skipped = hooks.strip_skip_header(message)
    assert skipped
    assert out == (
        b"From: a@b.fi\r\nX-Pitchlint-Other: skip\r\nSubject: x\r\n\r\nX-Pitchlint: skip\r\n\xe4\r\n"
    )
    assert hooks.strip_skip_header(b"X-Pitchlint: check\n\nbody") == (
        b"X-Pitchlint: check\n\nbody",
        False,
    )
    assert hooks.strip_skip_header(b"Subject: a\nX-Pitchlint: skip") == (b"Subject: a\n", True)
    assert hooks.strip_skip_header(b"") == (b"", False)


PATCH = """\
From 1234567890abcdef Mon Sep 17 00:00:00 2001
From: Leena Laine <leena@example.fi>
Date: Tue, 1 Dec 2026 09:00:00 +0200
Subject: [PATCH] Tarjouspohja: {subject}

{body}
---
 pohja.txt | 1 +
 1 file changed, 1 insertion(+)

diff --git a/pohja.txt b/pohja.txt
index 0000000..1111111 100644
--- a/pohja.txt
+++ b/pohja.txt
@@ -0,0 +1 @@
+Hei {{{{etunimi}}}}, tämä kenttä kuuluu pohjaan.
--
2.39.5
"""


def test_patch_text_part_stops_before_the_diff() -> None:
    data = PATCH.format(subject="x", body="Hei Mikko.").encode()
    part = hooks.patch_text_part(data)
    blanked = data.replace(b"[PATCH]", b"       ")
    assert blanked.startswith(part) and part.endswith(b"\n\nHei Mikko.\n")
    assert b"Subject: " + b" " * len(b"[PATCH]") + b" Tarjouspohja: x\n" in part
    other = b"Subject: [Tarjous] {{etunimi}}\n\nHei.\n"
    assert hooks.patch_text_part(other) == other
    assert hooks.patch_text_part(GOOD) == GOOD


# --- git send-email -------------------------------------------------------------------------


def git_hook(tmp_path: Path, content: str, *options: str) -> subprocess.CompletedProcess[bytes]:
    patch = tmp_path / "0001-tarjous.patch"
    patch.write_text(content, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pitchlint", "hook", "git-sendemail-validate", *options,
         str(patch)],
        capture_output=True, cwd=tmp_path, timeout=300, check=False,
    )  # fmt: skip


def test_git_sendemail_validate_exit_codes(tmp_path: Path, broken_config: Path) -> None:
    bad = PATCH.format(subject="hei", body="Hei {{etunimi}},\n\nMontako työntekijää teillä on?")
    good = PATCH.format(subject="jätelaki", body=GOOD_BODY.replace("\r\n", "\n"))
    proc = git_hook(tmp_path, bad)
    assert proc.returncode == 65
    assert "0001-tarjous.patch:6:5: unfilled-placeholder [error]" in proc.stderr.decode()
    assert "--no-validate" in proc.stderr.decode()
    # the {{etunimi}} inside the diff is code, not message text
    assert git_hook(tmp_path, good).returncode == 0
    opened = git_hook(tmp_path, bad, "--config", str(broken_config))
    assert opened.returncode == 0 and "unchecked" in opened.stderr.decode()
    assert git_hook(tmp_path, bad, "--fail-closed", "--config", str(broken_config)).returncode == 75
    missing = subprocess.run(
        [sys.executable, "-m", "pitchlint", "hook", "git-sendemail-validate", "--fail-closed",
         str(tmp_path / "nope.patch")],
        capture_output=True, timeout=300, check=False,
    )  # fmt: skip
    assert missing.returncode == 75
    usage = subprocess.run(
        [sys.executable, "-m", "pitchlint", "hook", "git-sendemail-validate"],
        capture_output=True, timeout=300, check=False,
    )  # fmt: skip
    assert usage.returncode == 64


def _git_send_email_available() -> bool:
    if shutil.which("git") is None:
        return False
    probe = subprocess.run(["git", "send-email", "-h"], capture_output=True, check=False)
    return b"--dump-aliases" in probe.stdout + probe.stderr


@pytest.mark.skipif(not _git_send_email_available(), reason="git send-email is not installed")
def test_under_real_git_send_email(tmp_path: Path, fake: Fake) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git_env = {
        **env_for(fake),
        "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Leena Laine",
        "GIT_AUTHOR_EMAIL": "leena@example.fi",
        "GIT_COMMITTER_NAME": "Leena Laine",
        "GIT_COMMITTER_EMAIL": "leena@example.fi",
    }

    def git(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            ["git", *args], cwd=repo, env=git_env, capture_output=True, timeout=300, check=False
        )

    assert git("init", "-q").returncode == 0
    hook_file = repo / ".git" / "hooks" / "sendemail-validate"
    hook_file.write_text(
        f'#!/bin/sh\nexec "{sys.executable}" -m pitchlint hook git-sendemail-validate "$@"\n'
    )
    hook_file.chmod(0o755)
    send = [
        "send-email", "--to=mikko@example.fi", "--from=leena@example.fi",
        f"--smtp-server={fake.script}", "--confirm=never", "--quiet", "--8bit-encoding=UTF-8",
    ]  # fmt: skip

    bad = repo / "bad.patch"
    bad.write_text(PATCH.format(subject="hei", body="Hei {{etunimi}},\n\nMontako on?"))
    proc = git(*send, str(bad))
    assert proc.returncode != 0
    assert not fake.called
    assert b"unfilled-placeholder" in proc.stderr

    good = repo / "good.patch"
    good.write_text(PATCH.format(subject="jätelaki", body=GOOD_BODY.replace("\r\n", "\n")))
    proc = git(*send, str(good))
    assert proc.returncode == 0, proc.stderr.decode()
    assert fake.called and "biojäte".encode() in fake.stdin


# --- Python API ---------------------------------------------------------------------------


def email_message(body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "leena@example.fi"
    msg["To"] = "mikko@example.fi"
    msg["Subject"] = "Jätelain muutos"
    msg.set_content(body.replace("\r\n", "\n"))
    return msg


def test_check_email_message_raises_on_a_bad_message() -> None:
    msg = email_message(BAD_BODY)
    before = msg.as_bytes()
    with pytest.raises(pitchlint.PitchRejected) as caught:
        pitchlint.check_email_message(msg)
    exc = caught.value
    assert isinstance(exc, pitchlint.PitchlintError)
    assert [f.rule for f in exc.blocking] == ["unfilled-placeholder"]
    assert exc.report.score is not None and exc.report.score < 100
    assert exc.reasons == ["1 finding at severity error or above"]
    assert "unfilled-placeholder [error]" in str(exc)
    assert msg.as_bytes() == before  # not modified


def test_check_email_message_passes_and_thresholds() -> None:
    report = pitchlint.check_email_message(email_message(GOOD_BODY))
    assert report.error is None and report.path == "message"
    assert all(f.severity != "error" for f in report.findings)
    with pytest.raises(pitchlint.PitchRejected):
        pitchlint.check_email_message(email_message(WARN_BODY), fail_on="warning")
    with pytest.raises(pitchlint.PitchRejected, match="below the minimum"):
        pitchlint.check_email_message(email_message(BAD_BODY), fail_on="never", min_score=99)
    config = pitchlint.Config(ignore=["unfilled-placeholder"])
    assert pitchlint.check_email_message(email_message(BAD_BODY), config).findings
    with pytest.raises(ValueError, match="fail_on"):
        pitchlint.check_email_message(email_message(GOOD_BODY), fail_on="sometimes")
    with pytest.raises(TypeError):
        pitchlint.check_email_message("Hei", fail_on="error")  # type: ignore[arg-type]


# --- pre-commit ---------------------------------------------------------------------------


def test_pre_commit_hooks_definition_runs(tmp_path: Path) -> None:
    yaml = pytest.importorskip("yaml")
    hooks_def = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {h["id"] for h in hooks_def} == {"pitchlint", "pitchlint-github"}
    for h in hooks_def:
        assert {"id", "name", "entry", "language", "files"} <= set(h)
        assert h["language"] == "python" and h["require_serial"] is True
        assert h["entry"].split()[0] == "pitchlint"  # the console script in pyproject.toml
    # run the entry as pre-commit does: the entry's words, then the staged file names
    (tmp_path / "pohja.txt").write_bytes(BAD_BODY.encode())
    entry = next(h for h in hooks_def if h["id"] == "pitchlint-github")["entry"].split()
    proc = subprocess.run(
        [sys.executable, "-m", "pitchlint", *entry[1:], "pohja.txt"],
        capture_output=True, cwd=tmp_path, timeout=300, check=False,
    )  # fmt: skip
    assert proc.returncode == 1
    assert proc.stdout.startswith(b"::error file=pohja.txt,line=1,col=5,")
