"""pitchlint's benchmark: ``make bench`` (or ``python -m bench.run``).

Everything is measured in one run on a generated corpus (``bench/corpus.py``,
seeded) and reported as ratios within that run, since absolute times move
±20 % on shared machines:

- bare ``nlp.pipe`` over the same spaCy pipeline the linter loads, against the
  full lint (parsing the input, Voikko, rules, scoring), interleaved chunk by
  chunk so that load from other processes hits both alike;
- messages/s and words/s at 100, 1,000 and 10,000 messages;
- time per word against message length and batch size (linear growth);
- the warm latency of one 150-word e-mail (median of many);
- the cold start of ``pitchlint check one.eml`` as a whole process, and what
  dominates it;
- ``check --jobs 2`` against ``--jobs 1`` on 1,000 files;
- RSS after the first 100 messages against the peak over 10,000.

``--quick`` shrinks the sizes for a smoke run; ``--doc PATH`` also writes the
report as Markdown (docs/performance.md).
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import psutil

from bench.corpus import Message, fixed_length, generate
from pitchlint import Linter
from pitchlint.analysis.analyser import LEXICAL_CACHE_SIZE, _doc_text
from pitchlint.config import Config

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
TARGET_RATIO = 1.15
TARGET_JOBS = 1.8
TARGET_MEMORY = 1.10


def now() -> float:
    return time.perf_counter()


def rss_mib() -> float:
    return float(psutil.Process().memory_info().rss) / 2**20


class Report:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, text: str = "") -> None:
        print(text, flush=True)
        self.lines.append(text)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        self.add("| " + " | ".join(header) + " |")
        self.add("|" + "|".join(" --- " for _ in header) + "|")
        for row in rows:
            self.add("| " + " | ".join(str(c) for c in row) + " |")
        self.add()


def cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system


def parse_vs_lint(
    linter: Linter, messages: list[Message], chunk: int
) -> tuple[float, float, list[float], float]:
    """Bare nlp.pipe and full lint over the same messages, alternating per chunk.

    Returns wall seconds of each, the per-chunk ratios, and the ratio of the
    process CPU time (robust against other load on a shared machine)."""
    nlp = linter.analyzer.nlp
    texts = [m.text for m in messages]
    bare_total = full_total = bare_cpu = full_cpu = 0.0
    ratios: list[float] = []
    for i in range(0, len(texts), chunk):
        part = texts[i : i + chunk]
        # the bare parse gets the same block-joined text the linter parses
        docs_in = [_doc_text(linter._parse(t, "email", None)) for t in part]
        gc.collect()
        c0, t0 = cpu_seconds(), now()
        for _ in nlp.pipe(docs_in, batch_size=linter.analyzer.batch_size):
            pass
        bare = now() - t0
        bare_cpu += cpu_seconds() - c0
        gc.collect()
        c0, t0 = cpu_seconds(), now()
        for _ in linter.lint_records([(t, None) for t in part], "email"):
            pass
        full = now() - t0
        full_cpu += cpu_seconds() - c0
        bare_total += bare
        full_total += full
        ratios.append(full / bare)
    return bare_total, full_total, ratios, full_cpu / bare_cpu


def rule_costs(linter: Linter, messages: list[Message]) -> tuple[float, float, dict[str, float]]:
    """Seconds in the analysis after the parse (Word building) and in each rule."""
    analyzer = linter.analyzer
    parsed = [linter._parse(m.text, "email", None) for m in messages]
    docs = list(analyzer.nlp.pipe([_doc_text(m) for m in parsed], batch_size=32))
    t0 = now()
    analysed = [analyzer._build(d, m) for d, m in zip(docs, parsed, strict=True)]
    build = now() - t0
    per_rule: dict[str, float] = {}
    t0 = now()
    for msg in analysed:
        for active in linter.rules:
            t1 = now()
            list(active.rule.check(msg))
            per_rule[active.id] = per_rule.get(active.id, 0.0) + now() - t1
    return build, now() - t0, per_rule


def _growth(
    linter: Linter, sets: dict[int, list[Message]], rounds: int
) -> tuple[list[float], list[list[object]]]:
    """Lint time per word for each set, round-robin ``rounds`` times, medians."""
    times: dict[int, list[float]] = {k: [] for k in sets}
    for _ in range(rounds):
        for key, msgs in sets.items():
            t0 = now()
            for _ in linter.lint_records([(m.text, None) for m in msgs], "email"):
                pass
            times[key].append(now() - t0)
    per_word, rows = [], []
    for key, msgs in sets.items():
        words = sum(m.words for m in msgs)
        sec = statistics.median(times[key])
        per_word.append(sec / words * 1e6)
        rows.append([key, f"{words:,}", f"{sec:.2f}", f"{per_word[-1]:.0f}"])
    return per_word, rows


def warm_latency(linter: Linter, runs: int) -> float:
    message = fixed_length(1, 150, seed=11)[0].text
    linter.lint(message)
    times = []
    for _ in range(runs):
        t0 = now()
        linter.lint(message)
        times.append(now() - t0)
    return statistics.median(times)


def run_process(args: Sequence[str], cwd: Path | None = None) -> tuple[float, str]:
    t0 = now()
    result = subprocess.run(
        list(args), capture_output=True, text=True, cwd=cwd, check=False, timeout=3600
    )
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return now() - t0, result.stdout


_COLD_PROBE = """
import time, sys
t0 = time.perf_counter()
import pitchlint.cli
t1 = time.perf_counter()
import spacy
t2 = time.perf_counter()
from pitchlint.analysis.analyser import load_pipeline
nlp = load_pipeline()
t3 = time.perf_counter()
from pitchlint.analysis.voikko import get_voikko
get_voikko()
t4 = time.perf_counter()
from pitchlint import Linter
Linter().lint_file(sys.argv[1])
t5 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)
"""


def cold_start(eml: Path, runs: int) -> tuple[float, list[tuple[str, float]]]:
    cli = statistics.median(
        run_process([PYTHON, "-m", "pitchlint", "check", "--isolated", str(eml)])[0]
        for _ in range(runs)
    )
    samples = []
    for _ in range(runs):
        t0 = now()
        _, out = run_process([PYTHON, "-c", _COLD_PROBE, str(eml)])
        total = now() - t0
        parts = [float(x) for x in out.split()]
        samples.append([total - sum(parts), *parts])
    med = [statistics.median(col) for col in zip(*samples, strict=True)]
    names = [
        "Python start-up",
        "import pitchlint.cli",
        "import spacy",
        "spacy.load (components the rules need)",
        "Voikko init",
        "lint one e-mail (first call, caches cold)",
    ]
    return cli, list(zip(names, med, strict=True))


def jobs_speedup(messages: list[Message], workdir: Path, runs: int) -> tuple[float, float]:
    for i, m in enumerate(messages):
        (workdir / f"m{i:05d}.txt").write_text(m.text, encoding="utf-8")
    t1s, t2s = [], []
    for _ in range(runs):
        for jobs, out in ((1, t1s), (2, t2s)):
            seconds, _ = run_process(
                [
                    PYTHON,
                    "-m",
                    "pitchlint",
                    "check",
                    "--isolated",
                    "--jobs",
                    str(jobs),
                    str(workdir),
                ]
            )
            out.append(seconds)
    return statistics.median(t1s), statistics.median(t2s)


def progress_cost(files: int) -> float:
    """Seconds spent drawing the --jobs progress bar for ``files`` files."""
    from pitchlint.parallel import CHUNK, _Progress

    bar = _Progress(io.StringIO(), files)
    t0 = now()
    for _ in range(0, files, CHUNK):
        bar.advance(CHUNK)
    bar.close()
    return now() - t0


def memory_run(linter: Linter, messages: list[Message]) -> tuple[float, float, float, float, int]:
    """Stream ``messages`` through one Linter; RSS after the first 100 and the peak."""
    count = 0
    after_100 = peak = 0.0
    t0 = now()
    for _ in linter.lint_records(((m.text, None) for m in messages), "email"):
        count += 1
        if count == 100:
            after_100 = rss_mib()
        if count % 250 == 0:
            peak = max(peak, rss_mib())
    elapsed = now() - t0
    peak = max(peak, rss_mib())
    return (
        elapsed,
        after_100,
        peak,
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        count,
    )


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import spacy

    mem = psutil.virtual_memory().total / 2**30
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {len(os.sched_getaffinity(0))} cores "
        f"available, {mem:.0f} GiB RAM; Python {platform.python_version()}, spaCy "
        f"{spacy.__version__}; shared with other work while it ran (timings are noisy: "
        "read the ratios)"
    )


def fmt_ratio(value: float, target: float, higher_is_better: bool = False) -> str:
    ok = value >= target if higher_is_better else value <= target
    return (
        f"{value:.2f} ({'meets' if ok else 'MISSES'} {'≥' if higher_is_better else '≤'} {target})"
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    ap.add_argument("--doc", type=Path, help="also write the report as Markdown here")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    sizes = (50, 200, 1000) if args.quick else (100, 1000, 10_000)
    small, mid, large = sizes
    out = Report()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    out.add(f"Machine: {machine()}")
    out.add(f"Run: {started}, seed {args.seed}, sizes {', '.join(f'{s:,}' for s in sizes)}")
    out.add()

    linter = Linter(Config())
    analyzer = linter.analyzer
    t0 = now()
    nlp = analyzer.nlp
    _ = analyzer.voikko
    load = now() - t0
    needed = sorted({c for r in linter.rules for c in r.rule.info.components})
    out.add("## Pipeline")
    out.add(f"- spaCy components loaded: {', '.join(nlp.pipe_names)} (load {load:.2f} s)")
    out.add(
        "- optional components the enabled rules ask for: "
        + (", ".join(needed) if needed else "none (NER stays excluded)")
    )
    out.add(
        "- always excluded: lemmatizer (Voikko gives lemmas), the lexeme_prob lookups table "
        "(spelling streams it once into 6 MB arrays instead)"
    )
    out.add()

    corpus = generate(large, seed=args.seed)
    linter.lint_many([m.text for m in corpus[:20]])  # warm-up: first-call costs out

    # --- parse vs lint ----------------------------------------------------------------
    rows = []
    ratio_mid = 0.0
    for n in (small, mid):
        msgs = corpus[:n]
        words = sum(m.words for m in msgs)
        load0 = os.getloadavg()[0]
        bare, full, ratios, cpu_ratio = parse_vs_lint(linter, msgs, chunk=max(10, n // 10))
        ratio = full / bare
        if n == mid:
            ratio_mid = ratio
        rows.append(
            [
                f"{n:,}",
                f"{words:,}",
                f"{bare:.1f}",
                f"{full:.1f}",
                f"{ratio:.3f}",
                f"{statistics.median(ratios):.3f}",
                f"{cpu_ratio:.3f}",
                f"{n / full:.1f}",
                f"{words / full:,.0f}",
                f"{load0:.1f}–{os.getloadavg()[0]:.1f}",
            ]
        )
    out.add("## Bare parse against full lint (one process, interleaved per chunk)")
    out.table(
        [
            "messages",
            "words",
            "bare nlp.pipe s",
            "full lint s",
            "lint / parse",
            "median per-chunk ratio",
            "CPU-time ratio",
            "messages/s",
            "words/s",
            "load avg",
        ],
        rows,
    )

    build, rules, per_rule = rule_costs(linter, corpus[: min(200, mid)])
    top = sorted(per_rule.items(), key=lambda kv: -kv[1])
    out.add(
        f"After the parse, on {min(200, mid)} messages: building words {build:.2f} s, "
        f"rules {rules:.2f} s; by rule: "
        + ", ".join(f"{rid} {sec:.2f}" for rid, sec in top if sec >= 0.01)
    )
    out.add()

    # --- linear growth ----------------------------------------------------------------
    out.add("## Growth with message length and batch size")
    lengths = {n: fixed_length(24, n, seed=args.seed + n) for n in (50, 100, 200, 400)}
    per_word, rows = _growth(linter, lengths, rounds=3)
    out.table(["words per message", "total words", "lint s (median of 3)", "µs per word"], rows)
    batches = {n: corpus[-n:] for n in (10, 100, min(400, mid))}
    batch_us, rows = _growth(linter, batches, rounds=3)
    out.table(["messages in the batch", "total words", "lint s (median of 3)", "µs per word"], rows)
    out.add(
        f"Time per word varies {max(per_word) / min(per_word):.2f}× across lengths and "
        f"{max(batch_us) / min(batch_us):.2f}× across batch sizes (1.00 = perfectly linear)."
    )
    out.add()

    # --- latency and cold start ---------------------------------------------------------
    latency = warm_latency(linter, runs=15 if args.quick else 50)
    workdir = Path(tempfile.mkdtemp(prefix="pitchlint-bench-"))
    try:
        eml = workdir / "one.eml"
        body = fixed_length(1, 150, seed=5)[0].text
        eml.write_text(
            "From: Leena <leena@example.com>\nTo: Mikko <mikko@example.com>\n"
            "Subject: Varasto\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            + body.split("\n", 2)[2],
            encoding="utf-8",
        )
        cli, parts = cold_start(eml, runs=3)
        out.add("## Latency")
        out.add(f"- warm, one 150-word e-mail: {latency * 1000:.0f} ms (median of many)")
        out.add(f"- cold, `pitchlint check one.eml` as a whole process: {cli:.2f} s (median of 3)")
        out.add()
        out.table(["cold start part", "s"], [[name, f"{sec:.2f}"] for name, sec in parts])

        # --- --jobs -----------------------------------------------------------------------
        files = workdir / "corpus"
        files.mkdir()
        load0 = os.getloadavg()[0]
        t1, t2 = jobs_speedup(corpus[:mid], files, runs=1 if args.quick else 2)
        speedup = t1 / t2
        bar = progress_cost(mid)
        out.add(f"## `check --jobs` on {mid:,} files (whole processes, start-up included)")
        out.table(
            ["jobs", "s", "messages/s"],
            [[1, f"{t1:.1f}", f"{mid / t1:.1f}"], [2, f"{t2:.1f}", f"{mid / t2:.1f}"]],
        )
        out.add(
            f"Speed-up {speedup:.2f}× (median of {1 if args.quick else 2} alternating runs; "
            f"load average {load0:.1f}–{os.getloadavg()[0]:.1f} on "
            f"{len(os.sched_getaffinity(0))} cores: other processes take cores from --jobs 2)."
        )
        out.add(
            f"Progress bar for {mid:,} files: {bar * 1000:.2f} ms in all "
            f"({bar / t2 * 100:.4f} % of the --jobs 2 run)."
        )
        out.add()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    # --- memory -------------------------------------------------------------------------
    fresh = Linter(Config())  # the corpus again, from the start, in a streaming run
    fresh.analyzer = analyzer
    analyzer._lexical.clear()
    elapsed, after_100, peak, maxrss, count = memory_run(fresh, corpus)
    words = sum(m.words for m in corpus)
    growth = peak / after_100
    voikko = analyzer.voikko
    out.add(f"## Memory over {count:,} messages in one process")
    out.table(
        ["RSS after 100 MiB", "peak RSS MiB", "peak / after 100", "messages/s", "words/s"],
        [
            [
                f"{after_100:.0f}",
                f"{peak:.0f}",
                f"{growth:.3f}",
                f"{count / elapsed:.1f}",
                f"{words / elapsed:,.0f}",
            ]
        ],
    )
    info = voikko.analyse.cache_info()
    out.add(
        f"Caches at the end: Voikko analyse {info.currsize:,}/{info.maxsize:,} entries "
        f"(hit rate {info.hits / max(1, info.hits + info.misses):.0%}), word facts "
        f"{len(analyzer._lexical):,}/{LEXICAL_CACHE_SIZE:,}, spaCy vocabulary "
        f"{len(nlp.vocab.strings):,} strings (ru_maxrss {maxrss:.0f} MiB)."
    )
    out.add()

    out.add("## Targets")
    out.table(
        ["target", "measured"],
        [
            [f"full lint ≤ {TARGET_RATIO} × bare parse ({mid:,} messages)",
             fmt_ratio(ratio_mid, TARGET_RATIO)],
            [f"--jobs 2 ≥ {TARGET_JOBS} × --jobs 1 ({mid:,} files)",
             fmt_ratio(speedup, TARGET_JOBS, higher_is_better=True)],
            [f"peak RSS ≤ {TARGET_MEMORY} × RSS after 100 ({count:,} messages)",
             fmt_ratio(growth, TARGET_MEMORY)],
        ],
    )  # fmt: skip
    if args.doc:
        write_doc(args.doc, out.lines)
        print(f"wrote {args.doc}")
    return 0


def write_doc(path: Path, lines: list[str]) -> None:
    head = (
        "# Performance\n\n"
        "Measured by `make bench` (`python -m bench.run --doc docs/performance.md`), which\n"
        "generates a seeded corpus of Finnish sales e-mails (`bench/corpus.py`, 50–400\n"
        "words each) and measures everything in one run. Timings on shared machines\n"
        "move ±20 % between runs: compare the **ratios**, which are measured within\n"
        "one run (the bare parse and the full lint alternate chunk by chunk).\n\n"
        "To reproduce: `make bench` (about 20 minutes on 2 cores; `.venv/bin/python -m\n"
        "bench.run --quick` for a smoke run in a few minutes).\n\n"
        "This file is written by the benchmark; the notes at the end are kept by hand\n"
        "in `bench/NOTES.md`.\n\n"
    )
    notes_path = Path(__file__).parent / "NOTES.md"
    notes = notes_path.read_text(encoding="utf-8") if notes_path.exists() else ""
    path.write_text(head + "\n".join(lines) + "\n\n" + notes, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
