"""Pre-send hooks: ``pitchlint hook sendmail`` and ``pitchlint hook git-sendemail-validate``.

The sendmail hook stands in for ``sendmail`` in any mail client that pipes the
message to it (mutt/neomutt, aerc, himalaya, …). Its one promise: **the message
is never lost or changed**. It reads standard input completely as bytes before
doing anything else, and then on every path either

- delivers exactly those bytes (only an ``X-Pitchlint: skip`` header line is
  cut out) by ``exec``-ing the real sendmail with its arguments, so the real
  command's exit code is the client's; or
- exits non-zero without having run the real command, with the reason on
  standard error, so the client reports the failure and keeps the draft.

Exit codes (sysexits.h, which mail clients understand): 65 ``EX_DATAERR`` the
check failed; 75 ``EX_TEMPFAIL`` pitchlint could not check the message and
``--fail-closed`` is set; 64 ``EX_USAGE`` bad hook arguments; 130 interrupted;
126/127 the real command could not be run. Otherwise the real command's code.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from pitchlint.findings import Report, Severity
from pitchlint.interfaces.api import (
    DEFAULT_FAIL_ON,
    MESSAGE_NAME,
    parse_fail_on,
    rejection_reasons,
)

EX_OK = 0
EX_USAGE = 64
EX_DATAERR = 65
EX_TEMPFAIL = 75
EX_INTERRUPTED = 130

SKIP_HEADER = "X-Pitchlint"

_OPTIONS_HELP = """\
options:
  --fail-on SEVERITY  block when a finding has this severity or a higher one:
                      info, warning, error (default) or never
  --min-score N       block when the score is below N (default: the config's min-score)
  --fail-closed       when pitchlint itself fails (missing model, bad config, bug),
                      do not send (exit 75) instead of sending unchecked with a warning
  --config FILE       config file (default: pitchlint.toml / pyproject.toml found
                      upward from the current folder)
  --isolated          ignore every config file
  -h, --help          show this help"""

SENDMAIL_USAGE = f"""\
usage: pitchlint hook sendmail [OPTIONS] -- REAL_SENDMAIL [ARGS...]
       pitchlint hook sendmail [OPTIONS] --sendmail=REAL_SENDMAIL [ARGS...]

A sendmail stand-in: reads the message from standard input, lints it and, if it
passes, runs REAL_SENDMAIL with the same arguments and the same bytes. If it
fails, prints the report to standard error and exits 65; the client keeps the
draft. A header "X-Pitchlint: skip" sends the message once unchecked (the
header is removed before delivery).

Use the --sendmail= form where the client itself treats "--" specially
(mutt and neomutt): everything after the pitchlint options, "--" included,
is then passed to REAL_SENDMAIL.

{_OPTIONS_HELP}
  --sendmail=PATH     the real sendmail (instead of "-- REAL_SENDMAIL")
"""

GIT_USAGE = f"""\
usage: pitchlint hook git-sendemail-validate [OPTIONS] FILE [SMTP_HEADERS_FILE]

For git's sendemail-validate hook: lints the e-mail FILE (for a patch, only the
text before the diff) and exits 65 when it fails, which makes git send-email
stop. `git send-email --no-validate` skips the check once.

{_OPTIONS_HELP}
"""

HOOKS_USAGE = """\
usage: pitchlint hook {sendmail,git-sendemail-validate} ...

  sendmail                a sendmail stand-in for mail clients (mutt, aerc, himalaya, …)
  git-sendemail-validate  git's sendemail-validate hook

`pitchlint hook NAME --help` for the options of each.
"""


class _UsageError(Exception):
    pass


class _HelpRequested(Exception):
    pass


@dataclass
class HookOptions:
    fail_on: Severity | None = DEFAULT_FAIL_ON
    min_score: float | None = None
    fail_closed: bool = False
    config: Path | None = None
    isolated: bool = False
    sendmail: str | None = None


def _parse_options(args: Sequence[str], *, sendmail: bool) -> tuple[HookOptions, list[str]]:
    """Leading pitchlint options; everything from the first other word on is returned."""
    opts = HookOptions()
    valued = {"--fail-on", "--min-score", "--config"} | ({"--sendmail"} if sendmail else set())
    i = 0
    while i < len(args):
        arg = args[i]
        name, eq, inline = arg.partition("=")
        if name in valued:
            if eq:
                value, i = inline, i + 1
            elif i + 1 < len(args):
                value, i = args[i + 1], i + 2
            else:
                raise _UsageError(f"{name} needs a value")
            _set_option(opts, name, value)
        elif arg == "--fail-closed":
            opts.fail_closed, i = True, i + 1
        elif arg == "--isolated":
            opts.isolated, i = True, i + 1
        elif arg in ("-h", "--help"):
            raise _HelpRequested
        else:
            break
    if opts.config and opts.isolated:
        raise _UsageError("--config and --isolated cannot be used together")
    return opts, list(args[i:])


def _set_option(opts: HookOptions, name: str, value: str) -> None:
    if name == "--fail-on":
        try:
            opts.fail_on = parse_fail_on(value)
        except ValueError as exc:
            raise _UsageError(str(exc).replace("fail_on", "--fail-on")) from None
    elif name == "--min-score":
        try:
            opts.min_score = float(value)
        except ValueError:
            raise _UsageError(f"--min-score needs a number, not {value!r}") from None
        if not 0 <= opts.min_score <= 100:
            raise _UsageError("--min-score must be between 0 and 100")
    elif name == "--config":
        opts.config = Path(value)
    else:
        if not value:
            raise _UsageError("--sendmail needs a command")
        opts.sendmail = value


def _err(text: str) -> None:
    with contextlib.suppress(OSError, ValueError):  # stderr closed: the exit code still tells
        print(f"pitchlint: {text}", file=sys.stderr, flush=True)


# --- entry points --------------------------------------------------------------------------


def main(argv: Sequence[str]) -> int:
    """``pitchlint hook NAME ...``."""
    if not argv or argv[0] in ("-h", "--help"):
        sys.stdout.write(HOOKS_USAGE)
        return EX_OK if argv else EX_USAGE
    name, rest = argv[0], argv[1:]
    if name == "sendmail":
        return sendmail_hook(rest)
    if name == "git-sendemail-validate":
        return git_sendemail_validate(rest)
    sys.stderr.write(HOOKS_USAGE)
    _err(f"unknown hook {name!r}")
    return EX_USAGE


def sendmail_hook(argv: Sequence[str]) -> int:
    try:
        opts, rest = _parse_options(argv, sendmail=True)
        if opts.sendmail is not None:
            command = [opts.sendmail, *rest]
        elif rest[:1] == ["--"] and len(rest) > 1:
            command = rest[1:]
        else:
            raise _UsageError(
                "give the real sendmail after `--` (or with --sendmail=PATH), "
                f"e.g. `pitchlint hook sendmail -- /usr/sbin/sendmail -oi`; got {rest!r}"
            )
    except _HelpRequested:
        sys.stdout.write(SENDMAIL_USAGE)
        return EX_OK
    except _UsageError as exc:
        sys.stderr.write(SENDMAIL_USAGE)
        _err(f"error: {exc}; message NOT sent")
        return EX_USAGE

    # 1. Take the whole message before anything else can go wrong.
    try:
        data = sys.stdin.buffer.read()
    except KeyboardInterrupt:
        _err("interrupted while reading the message; NOT sent")
        return EX_INTERRUPTED
    except (OSError, AttributeError, ValueError) as exc:  # no or closed stdin
        _err(f"cannot read the message from standard input ({exc}); NOT sent")
        return EX_TEMPFAIL

    # 2. Decide. Every failure of pitchlint itself is caught here.
    try:
        delivered, skipped = strip_skip_header(data)
        if skipped:
            return deliver(command, delivered)
        report, reasons = check_bytes(data, opts)
    except KeyboardInterrupt:
        _err("interrupted while checking the message; NOT sent")
        return EX_INTERRUPTED
    except Exception as exc:
        _internal_failure(exc)
        if opts.fail_closed:
            _err("message NOT sent (--fail-closed); your mail client keeps the draft")
            return EX_TEMPFAIL
        _err("warning: sending the message unchecked")
        return deliver(command, data)

    if reasons:
        _print_block(report, reasons, hint=f'add the header "{SKIP_HEADER}: skip" to send it once')
        return EX_DATAERR
    return deliver(command, data)


def git_sendemail_validate(argv: Sequence[str]) -> int:
    try:
        opts, rest = _parse_options(argv, sendmail=False)
        if rest[:1] == ["--"]:
            rest = rest[1:]
        if not 1 <= len(rest) <= 2:
            raise _UsageError(f"expected FILE [SMTP_HEADERS_FILE], got {rest!r}")
    except _HelpRequested:
        sys.stdout.write(GIT_USAGE)
        return EX_OK
    except _UsageError as exc:
        sys.stderr.write(GIT_USAGE)
        _err(f"error: {exc}")
        return EX_USAGE
    path = Path(rest[0])
    try:
        data = path.read_bytes()
        report, reasons = check_bytes(patch_text_part(data), opts, name=str(path))
    except KeyboardInterrupt:
        _err("interrupted; the message was not validated")
        return EX_INTERRUPTED
    except Exception as exc:
        _internal_failure(exc)
        if opts.fail_closed:
            _err("validation failed (--fail-closed)")
            return EX_TEMPFAIL
        _err("warning: letting git send the message unchecked")
        return EX_OK
    if reasons:
        _print_block(report, reasons, hint="`git send-email --no-validate` sends it unchecked")
        return EX_DATAERR
    if report.findings:
        _print_report(report)
    return EX_OK


# --- the check -----------------------------------------------------------------------------


def check_bytes(
    data: bytes, opts: HookOptions, *, name: str = MESSAGE_NAME
) -> tuple[Report, list[str]]:
    """Lint a raw RFC 5322 message with the hook's configuration: the report and
    the reasons it must not be sent (empty: it may go)."""
    from pitchlint.config import Config, find_config, load_config
    from pitchlint.linter import Linter

    if opts.isolated:
        config = Config()
    elif opts.config:
        config = load_config(opts.config)
    else:
        found = find_config(Path.cwd())
        config = load_config(found) if found else Config()
    # Only the pipeline components the enabled rules ask for are loaded (Linter/Analyzer).
    linter = Linter(config)
    report = linter.lint_bytes(data, "email", path=f"{MESSAGE_NAME}.eml")
    report = report.model_copy(update={"path": name})
    floor = config.min_score if opts.min_score is None else opts.min_score
    return report, rejection_reasons(report, fail_on=opts.fail_on, min_score=floor)


def _internal_failure(exc: BaseException) -> None:
    from pitchlint.errors import PitchlintError

    if isinstance(exc, PitchlintError):
        _err(f"could not check the message: {exc}")
    else:  # a bug: show where
        _err(f"internal error while checking the message: {exc!r}")
        with contextlib.suppress(OSError, ValueError):
            traceback.print_exception(exc, file=sys.stderr)


def _print_report(report: Report) -> None:
    from pitchlint.reporting.formats import render_text

    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(render_text([report]))
        sys.stderr.flush()


def _print_block(report: Report, reasons: list[str], *, hint: str) -> None:
    _print_report(report)
    _err("message NOT sent: " + "; ".join(reasons))
    _err(f"fix the draft and send again, or {hint}")


# --- byte surgery --------------------------------------------------------------------------

_FIELD_NAME = re.compile(rb"^([!-9;-~]+)[ \t]*:(.*)$", re.DOTALL)


def header_section_end(data: bytes) -> int:
    """Offset of the blank line ending the header section (``len(data)`` if none)."""
    pos = 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        line_end = len(data) if nl == -1 else nl + 1
        if data[pos:line_end] in (b"\n", b"\r\n"):
            return pos
        pos = line_end
    return len(data)


def strip_skip_header(data: bytes) -> tuple[bytes, bool]:
    """Remove ``X-Pitchlint: skip`` header fields (folded lines included).

    Returns the bytes to deliver and whether a skip header was found. Only the
    lines of that field are cut; every other byte stays exactly as it was.
    """
    end = header_section_end(data)
    cut: list[tuple[int, int]] = []
    pos = 0
    while pos < end:
        field_start = pos
        pos = _line_end(data, pos, end)
        while pos < end and data[pos : pos + 1] in (b" ", b"\t"):  # folded continuation
            pos = _line_end(data, pos, end)
        match = _FIELD_NAME.match(data[field_start:pos])
        if match and match.group(1).decode("ascii").lower() == SKIP_HEADER.lower():
            value = b" ".join(match.group(2).split()).decode("ascii", "replace").lower()
            if re.split(r"[;\s]", value, maxsplit=1)[0] == "skip":
                cut.append((field_start, pos))
    if not cut:
        return data, False
    parts, prev = [], 0
    for start, stop in cut:
        parts.append(data[prev:start])
        prev = stop
    parts.append(data[prev:])
    return b"".join(parts), True


def _line_end(data: bytes, pos: int, limit: int) -> int:
    nl = data.find(b"\n", pos, limit)
    return limit if nl == -1 else nl + 1


_DIFF_START = re.compile(rb"^diff --git ", re.MULTILINE)
_PATCH_SEPARATOR = re.compile(rb"^---\r?\n", re.MULTILINE)
# git's subject prefix: [PATCH], [PATCH v2 3/7], [RFC PATCH], [PATCH net-next] …
_SUBJECT_PREFIX = re.compile(
    rb"^(Subject:[ \t]*)(\[[^\]\r\n]*\b(?:PATCH|RFC)\b[^\]\r\n]*\])", re.I | re.M
)


def patch_text_part(data: bytes) -> bytes:
    """What to lint of a ``git format-patch`` e-mail: the part before the ``---``
    line that precedes the diff (the commit message or cover letter), with the
    ``[PATCH …]`` subject prefix blanked so it is not taken for a merge tag.
    Other e-mails as they are.

    Offsets are kept: the result is a prefix of ``data`` with at most the
    prefix's bytes replaced by spaces, so line numbers are those of the file.
    """
    body = header_section_end(data)
    head = _SUBJECT_PREFIX.sub(lambda m: m.group(1) + b" " * len(m.group(2)), data[:body])
    data = head + data[body:]
    diff = _DIFF_START.search(data, body)
    if diff is None:
        return data
    separators = list(_PATCH_SEPARATOR.finditer(data, body, diff.start()))
    return data[: separators[-1].start()] if separators else data[: diff.start()]


# --- delivery ------------------------------------------------------------------------------


def deliver(command: Sequence[str], data: bytes) -> int:
    """Run the real sendmail with ``data`` as its standard input.

    On POSIX the process is replaced (``exec``) with standard input set to a
    file holding exactly ``data``: the real command's exit status, signals and
    output are the client's, and the language models are gone from memory.
    Returns only if the command cannot be run (126/127, message not sent).
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    if os.name != "posix":  # pragma: no cover - exec does not replace the process on Windows
        return _run_child(command, data)
    try:
        fd = _message_fd(data)
    except OSError:  # no memfd and no temporary space: pipe it through a child instead
        return _run_child(command, data)
    os.dup2(fd, 0)
    os.close(fd)
    # Python ignores SIGPIPE and SIGXFSZ; an exec'd program must get the defaults back.
    for name in ("SIGPIPE", "SIGXFSZ"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    try:
        _exec(command)
    except OSError as exc:
        _err(f"cannot run {command[0]!r}: {exc.strerror or exc}; message NOT sent")
        return 127 if isinstance(exc, FileNotFoundError) else 126


def _exec(command: Sequence[str]) -> NoReturn:
    os.execvp(command[0], list(command))


def _message_fd(data: bytes) -> int:
    if hasattr(os, "memfd_create"):
        try:
            fd = os.memfd_create("pitchlint-message", 0)
        except OSError:
            fd = _temp_fd()
    else:  # pragma: no cover - macOS, BSD
        fd = _temp_fd()
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.lseek(fd, 0, os.SEEK_SET)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _temp_fd() -> int:
    import tempfile

    fd, name = tempfile.mkstemp(prefix="pitchlint-message-")
    os.unlink(name)  # gone from the file system; lives while the fd is open
    return fd


def _run_child(command: Sequence[str], data: bytes) -> int:
    try:
        code = subprocess.run(list(command), input=data, check=False).returncode
    except OSError as exc:
        _err(f"cannot run {command[0]!r}: {exc.strerror or exc}; message NOT sent")
        return 127 if isinstance(exc, FileNotFoundError) else 126
    return 128 - code if code < 0 else code
