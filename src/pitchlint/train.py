"""Train a lexicon rule's stance model on labelled corpus folders.

    python -m pitchlint.train [--rule competitor-bashing] [DIR ...]

Every folder holds a ``labels.toml`` (see ``corpora/README.md``). The instances are
the sentences the rule puts about a third party (:meth:`LexiconRule.party_sentences`);
a message's label says only that *some* sentence of it is a put-down, so training is
multiple-instance: a positive message first contributes the sentences its terms fire
on (or, when none fire, all its candidates at equal shares), then, in each further
round, its terms' sentences and the one the model scores highest. Every sentence of a
negative message is a negative. ``--hold-out GLOB`` leaves folders out and reports
how the model does on them, message by message, against the terms alone.
"""

from __future__ import annotations

import argparse
import fnmatch
import pickle
import sys
import tomllib
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pitchlint.linter import Linter
from pitchlint.rules.lexicon import LexiconRule
from pitchlint.rules.stance import (
    FEATURE_VERSION,
    SentenceView,
    StanceModel,
    combined,
    features,
    fit,
    view,
)


@dataclass(slots=True)
class Candidate:
    view: SentenceView
    fired: bool  # a term of the rule fired in this sentence
    features: list[str] = field(default_factory=list)  # filled in by `train`


@dataclass(slots=True)
class Example:
    path: str
    positive: bool
    fired: bool  # a term of the rule fired anywhere in the message
    candidates: list[Candidate]


def _rule(linter: Linter, rule_id: str) -> LexiconRule:
    for active in linter.rules:
        if active.id == rule_id and isinstance(active.rule, LexiconRule):
            return active.rule
    raise SystemExit(f"pitchlint.train: {rule_id!r} is not a lexicon rule of this install")


def _examples(args: tuple[str, list[str]]) -> list[Example]:
    """One worker's share: parse, analyse and cut the folders into instances."""
    rule_id, folders = args
    linter = Linter()
    rule = _rule(linter, rule_id)
    found: list[Example] = []
    for folder in folders:
        labels = tomllib.loads((Path(folder) / "labels.toml").read_text(encoding="utf-8"))
        messages, positive = [], {}
        for case in labels.get("case", []):
            path = Path(folder) / case["file"]
            try:
                messages.append(linter._parse_any(path.read_bytes(), "auto", str(path)))
            except Exception as exc:  # a bad file is reported and left out, not fatal
                print(f"pitchlint.train: skipped {path}: {exc}", file=sys.stderr)
                continue
            positive[str(path)] = rule_id in case.get("expect", [])
        for msg in linter.analyzer.analyse_many(messages):
            fired = {sentence.index for sentence, _ in rule.term_hits(msg)}
            candidates = [
                Candidate(view(msg, found), found.sentence.index in fired)
                for found in rule.party_sentences(msg)
            ]
            path = msg.message.path or ""
            found.append(Example(path, positive[path], bool(fired), candidates))
    return found


def collect(rule_id: str, folders: Sequence[str], jobs: int) -> list[Example]:
    shares = [(rule_id, list(folders[k::jobs])) for k in range(jobs)]
    if jobs == 1:
        return _examples(shares[0])
    with ProcessPoolExecutor(jobs) as pool:
        return [e for share in pool.map(_examples, shares) for e in share]


def train(
    examples: Sequence[Example], *, c: float, rounds: int, threshold: float, min_count: int = 2
) -> StanceModel:
    """Multiple-instance training: see the module docstring."""
    usable = [e for e in examples if e.candidates]
    for example in usable:
        for cand in example.candidates:
            cand.features = features(cand.view)
    chosen: dict[int, list[Candidate]] = {}
    model: StanceModel | None = None
    for _ in range(rounds + 1):
        instances: list[tuple[list[str], int, float]] = []
        for k, example in enumerate(usable):
            if not example.positive:
                instances.extend((cand.features, 0, 1.0) for cand in example.candidates)
                continue
            picked = (
                chosen.get(k)
                or [cand for cand in example.candidates if cand.fired]
                or example.candidates
            )
            instances.extend((cand.features, 1, 1.0 / len(picked)) for cand in picked)
        weights, bias = fit(instances, c=c, min_count=min_count)
        model = StanceModel(
            feature_version=FEATURE_VERSION,
            threshold=threshold,
            bias=bias,
            weights=weights,
            trained_on={
                "messages": len(examples),
                "positive_messages": sum(e.positive for e in examples),
                "sentences": len(instances),
                "c": c,
                "min_count": min_count,
                "rounds": rounds,
            },
        )
        chosen = {}
        for k, example in enumerate(usable):
            if example.positive:
                best = max(example.candidates, key=lambda cand: model.probability(cand.features))
                picked = [cand for cand in example.candidates if cand.fired]
                chosen[k] = picked if best in picked else [*picked, best]
    assert model is not None
    return model


def score(model: StanceModel, example: Example, floor: float) -> float:
    """The message's estimate, as the rule combines its sentences (`stance.combined`)."""
    return combined(
        (model.probability(c.features or features(c.view)) for c in example.candidates), floor
    )


def report_held_out(model: StanceModel, examples: Sequence[Example], floor: float) -> None:
    missed = [e for e in examples if e.positive and not e.fired]
    clean = [e for e in examples if not e.positive and not e.fired]
    print(
        f"held out: {len(examples)} messages, {sum(e.positive for e in examples)} positive, "
        f"{len(missed)} of them missed by the terms"
    )
    for threshold in (0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        caught = sum(score(model, e, floor) >= threshold for e in missed)
        false = sum(score(model, e, floor) >= threshold for e in clean)
        print(f"  threshold {threshold:.2f}: +{caught} caught, +{false} false positives")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pitchlint.train", description=__doc__)
    parser.add_argument("dirs", nargs="*", default=["corpora/dev"], help="labelled folders")
    parser.add_argument("--rule", default="competitor-bashing")
    # (see docs/lexicon-rules.md for how these were chosen on held-out rounds)
    parser.add_argument("--c", type=float, default=0.6, help="inverse L2 strength")
    parser.add_argument(
        "--min-count", type=int, default=2, help="drop features seen in fewer sentences"
    )
    parser.add_argument("--rounds", type=int, default=2, help="multiple-instance rounds")
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--hold-out", default="", help="glob of folder names to leave out")
    parser.add_argument("--out", type=Path, help="default: the file the rule names")
    parser.add_argument(
        "--examples", type=Path, help="cache of the parsed instances: read if present, else written"
    )
    args = parser.parse_args(argv)

    folders = sorted(
        str(p)
        for d in args.dirs
        for p in ([Path(d)] if (Path(d) / "labels.toml").exists() else Path(d).iterdir())
        if (p / "labels.toml").exists()
    )
    if not folders:
        parser.error("no folder with a labels.toml among " + ", ".join(args.dirs))
    if args.examples and args.examples.exists():
        with args.examples.open("rb") as f:
            examples = pickle.load(f)
    else:
        examples = collect(args.rule, folders, max(1, args.jobs))
        if args.examples:
            with args.examples.open("wb") as f:
                pickle.dump(examples, f)
    # (one order, whatever the number of workers: the model is then the same bytes)
    examples.sort(key=lambda e: e.path)
    held = [
        e
        for e in examples
        if args.hold_out and fnmatch.fnmatch(Path(e.path).parent.name, args.hold_out)
    ]
    held_ids = {id(e) for e in held}
    kept = [e for e in examples if id(e) not in held_ids]
    model = train(
        kept, c=args.c, rounds=args.rounds, threshold=args.threshold, min_count=args.min_count
    )
    print(
        f"trained on {len(kept)} messages ({sum(e.positive for e in kept)} positive), "
        f"{len(model.weights)} features"
    )
    if held:
        report_held_out(model, held, _rule(Linter(), args.rule).spec.context.stance_floor)
        return 0  # a held-out run is a measurement; it never overwrites the shipped model
    out = args.out or _rule(Linter(), args.rule).stance_path
    if out is None:
        parser.error(f"{args.rule} names no stance_model; give --out")
    model.dump(out)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    # run through the imported module, so that an --examples cache pickles its classes
    # as pitchlint.train.Example, loadable from anywhere (not as __main__.Example)
    from pitchlint.train import main as _main

    raise SystemExit(_main())
