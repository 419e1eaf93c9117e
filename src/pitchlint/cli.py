"""The command line: ``pitchlint check|rules|explain|eval``.

Exit codes (stable, for scripts): 0 nothing found and every score at least
--min-score; 1 findings or a score below --min-score; 2 usage, config or
input error (reported after every other file was linted).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from pitchlint._version import __version__
from pitchlint.config import Config, config_from_dict, find_config, load_config
from pitchlint.errors import ConfigError, InputError, PitchlintError
from pitchlint.findings import Report
from pitchlint.inputs import TemplateSpec
from pitchlint.linter import Linter
from pitchlint.reporting import FORMATS, render

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _ids(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pitchlint", description="Lint Finnish sales e-mails and presentation outlines."
    )
    parser.add_argument("--version", action="version", version=f"pitchlint {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="lint files, folders or standard input (-)")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--kind", choices=["auto", "email", "outline"], default="auto")
    check.add_argument("--format", choices=sorted(FORMATS), default="text", dest="fmt")
    check.add_argument("--select", type=_ids, help="comma-separated rule ids (or ALL)")
    check.add_argument("--extend-select", type=_ids)
    check.add_argument("--ignore", type=_ids)
    check.add_argument("--min-score", type=float, help="exit 1 when a score is below this")
    check.add_argument("--config", type=Path, help="config file (default: found upward)")
    check.add_argument("--isolated", action="store_true", help="ignore every config file")
    check.add_argument("--max-chars", type=int, help="refuse messages longer than this")
    check.add_argument("--statistics", action="store_true", help="count findings per rule")
    check.add_argument("--stdin-filename", help="name to report for standard input")
    check.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    check.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="lint files in N worker processes (0: one per CPU; default 1)",
    )
    check.add_argument(
        "--template",
        action="store_true",
        help="the inputs are templates: merge tags are expected, broken ones are reported",
    )
    check.add_argument(
        "--fields", type=_ids, help="template mode: the only field names tags may use (a,b,c)"
    )
    check.add_argument(
        "--data",
        type=Path,
        metavar="FILE",
        help="template mode: render each row of a CSV or JSON file and lint it",
    )

    sub.add_parser(  # parsed by pitchlint.interfaces.hooks; listed here for --help
        "hook", help="pre-send hooks: sendmail, git-sendemail-validate (see `hook --help`)"
    )
    sub.add_parser("rules", help="list every rule")
    explain = sub.add_parser("explain", help="show a rule's documentation")
    explain.add_argument("rule")

    ev = sub.add_parser("eval", help="precision/recall per rule on labelled corpora")
    ev.add_argument("dirs", nargs="+", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["hook"]:  # its own parser: the real sendmail's arguments follow verbatim
        from pitchlint.interfaces.hooks import main as hook_main

        return hook_main(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "rules":
            return _rules()
        if args.command == "explain":
            return _explain(args.rule)
        return _eval(args.dirs)
    except (ConfigError, PitchlintError) as exc:
        print(f"pitchlint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def _config_for(args: argparse.Namespace, anchor: Path) -> Config:
    if args.isolated:
        base = Config()
    elif args.config:
        base = load_config(args.config)
    else:
        found = find_config(anchor)
        base = load_config(found) if found else Config()
    overrides = base.model_dump(by_alias=True, exclude={"root"})
    for key, value in [
        ("select", args.select),
        ("extend-select", args.extend_select),
        ("max-chars", args.max_chars),
        ("min-score", args.min_score),
    ]:
        if value is not None:
            overrides[key] = value
    if args.ignore:
        overrides["ignore"] = [*overrides["ignore"], *args.ignore]
    return config_from_dict(overrides, source=str(args.config or "command line"), root=base.root)


def _check(args: argparse.Namespace) -> int:
    # One linter per config file found (like ruff's hierarchical config); the
    # language models are loaded once per process and shared between them.
    groups: dict[str | None, tuple[Config, list[str]]] = {}
    reports: list[Report] = []
    args.template = args.template or args.fields is not None or args.data is not None
    args.rows = _load_rows(args.data) if args.data is not None else None
    for raw in args.paths:
        anchor = Path.cwd() if raw == "-" else Path(raw)
        config = _config_for(args, anchor)
        key = config.root if not (args.isolated or args.config) else "fixed"
        groups.setdefault(key, (config, []))[1].append(raw)
    linters: dict[str | None, Linter] = {}
    shared = None
    jobs = args.jobs
    if jobs <= 0:
        from pitchlint.parallel import available_cpus  # the pool only when asked for

        jobs = available_cpus()
    parallel: list[tuple[Linter, list[str]]] = []
    for key, (config, paths) in groups.items():
        linters[key] = Linter(config, analyzer=shared)
        shared = linters[key].analyzer
        files = [p for p in paths if p != "-"]
        if "-" in paths:
            reports.append(_lint_stdin(linters[key], args))
        if args.template:
            reports.extend(_lint_templates(linters[key], files, args))
        elif jobs > 1:
            parallel.append((linters[key], files))
        else:
            reports.extend(linters[key].lint_paths(files, args.kind))
    if parallel:
        from pitchlint.parallel import lint_parallel, progress_stream

        reports.extend(lint_parallel(parallel, args.kind, jobs, progress=progress_stream()))
    colour = args.color == "always" or (
        args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    )
    options: dict[str, object] = (
        {"colour": colour, "statistics": args.statistics}
        if args.fmt == "text"  # the others describe the rules (SARIF, HTML)
        else {"rules": {e.info.id: e.info for lt in linters.values() for e in lt.registry}}
    )
    sys.stdout.write(render(reports, args.fmt, **options))
    min_score = min((lt.config.min_score for lt in linters.values()), default=0.0)
    if any(r.error for r in reports):
        return EXIT_ERROR
    if any(r.findings or (r.score is not None and r.score < min_score) for r in reports):
        return EXIT_FINDINGS
    return EXIT_OK


def _lint_stdin(linter: Linter, args: argparse.Namespace) -> Report:
    from pitchlint.inputs import parse_bytes

    name = args.stdin_filename or "-"
    try:
        message = parse_bytes(
            sys.stdin.buffer.read(),
            args.kind,
            path=args.stdin_filename,
            max_chars=linter.config.max_chars,
            reply_patterns=linter.config.reply_patterns,
            template=_template_spec(args),
        )
    except InputError as exc:
        return Report(path=name, error=str(exc))
    if message.template is not None:
        from pitchlint.template_lint import lint_template

        report = lint_template(linter, message, args.rows)
    else:
        report = linter.lint_message(message)
    return report.model_copy(update={"path": name})


def _template_spec(args: argparse.Namespace) -> TemplateSpec | None:
    if not getattr(args, "template", False):
        return None
    return TemplateSpec(tuple(args.fields) if args.fields is not None else None)


def _load_rows(path: Path) -> list[dict[str, object]]:
    from pitchlint.inputs.templates import load_rows

    return load_rows(path)


def _lint_templates(linter: Linter, files: list[str], args: argparse.Namespace) -> list[Report]:
    from pitchlint.template_lint import lint_template_paths

    return list(lint_template_paths(linter, files, args.kind, fields=args.fields, rows=args.rows))


def _rules() -> int:
    linter_rules = Linter(Config()).registry
    width = max(len(e.info.id) for e in linter_rules)
    print(f"{'id':<{width}}  {'severity':<8}  {'weight':>6}  summary")
    for entry in linter_rules:
        info = entry.info
        print(f"{info.id:<{width}}  {info.severity!s:<8}  {info.weight:>6g}  {info.summary_en}")
    return EXIT_OK


def _explain(rule_id: str) -> int:
    from pitchlint.docs import rule_page

    registry = Linter(Config()).registry
    print(rule_page(registry.get(rule_id)))
    return EXIT_OK


def _eval(dirs: list[Path]) -> int:
    from pitchlint.evaluation import evaluate, format_result

    linter = Linter(Config())
    for d in dirs:
        sys.stdout.write(format_result(evaluate(linter, d)))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
