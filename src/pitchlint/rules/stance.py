"""A learned stance model for a lexicon rule: does a sentence about another party
read as a put-down?

The terms of a lexicon catch verdicts that have words ("surkea", "rahastaa"). Irony,
faint praise and insinuation often have none: "Kyllähän he vastaavat puhelimeen –
kunhan on tiistai." What gives them away is a pattern of small signals: the -han
and -pa clitics, concessive "toki … mutta", negated 3rd-person verbs, scare quotes,
a question put about them. A logistic model over lemmas, lemma pairs and such
morphology weighs those signals, and so does an aside in brackets or after a dash
with the party inside it; it is trained on the labelled dev corpus by
``python -m pitchlint.train`` and shipped as a data file beside the rule's TOML.

The model only judges sentences the rule's own `requires` machinery puts about a
third party (named there, or in the sentences just before it in the same block);
it never decides on its own who is spoken of.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, Field, ValidationError

from pitchlint.analysis.model import AnalysedMessage, Sentence
from pitchlint.errors import RuleError
from pitchlint.rules.context import is_negated

# Bump when ``features`` changes: a model trained on other features is refused.
FEATURE_VERSION = 6

_NUMBER = re.compile(r"[\d.,%€:/-]+")
_QUOTES = re.compile(r"[\"”“»]")
# Irony is mostly praise with a hedge or an undercut: "Hän on tietysti täysin
# puolueeton, vaikka…". Praise words inflect and live in a word list
# (``stance_praise``); hedges and undercuts are uninflected adverbs and conjunctions,
# matched by form with any clitic ("varmastikin", "tosinhan").
_PRAISE_LIST = "stance_praise"
_HEDGES = frozenset(
    {
        "varmasti", "tietysti", "tietenkin", "kuulemma", "epäilemättä", "kieltämättä",
        "toki", "takuulla", "ilmeisesti", "kai", "kaiketi", "sentään", "tunnetusti",
        "luonnollisesti", "ymmärrettävästi", "taatusti", "eittämättä", "varmaan",
        "muka", "näköjään", "näemmä", "vissiin",
    }
)  # fmt: skip
_UNDERCUTS = frozenset(
    {
        "vaikka", "tosin", "kunhan", "ainakin", "harmi", "valitettavasti", "ellei",
        "sattumoisin", "sattumalta", "ikävä", "ikävä kyllä",
        "jopa", "peräti", "vasta", "edes", "paitsi",
    }
)  # fmt: skip
_CLOSED_CLASS = _HEDGES | _UNDERCUTS
_CLITICS = ("kaan", "kään", "kin", "han", "hän", "pa", "pä")
# a question that answers itself: "kukapa ei haluaisi…", "eikö vain?"
_RHETORICAL = frozenset({"eikö", "eiköhän", "eikös"})


class PartySentence(NamedTuple):
    """A sentence about another party, as the rule found it."""

    sentence: Sentence
    direct: bool  # the party is named in this very sentence
    party: frozenset[int]  # the words that name or stand for the party ("kilpailija", "he")


class Token(NamedTuple):
    """What the model sees of one word."""

    lemma: str
    pos: str
    person: int | None
    number: str | None
    name: bool  # a name or a capitalised word inside the sentence
    negated: bool
    possessive: str
    clitic_ko: bool
    text: str
    party: bool = False
    dep: str = ""
    head: int = -1  # the position of its head among the sentence's tokens, -1 for none
    praise: bool = False  # a word of the ``stance_praise`` list


class SentenceView(NamedTuple):
    """What the model sees of one sentence: all :func:`features` needs, and small
    enough to keep for training runs that try other features."""

    tokens: tuple[Token, ...]
    question: bool
    direct: bool  # the party is named in this very sentence
    text: str


def view(msg: AnalysedMessage, found: PartySentence) -> SentenceView:
    from pitchlint.rules.wordlists import wordlist  # (it imports the lexicon, which imports us)

    praise = wordlist(_PRAISE_LIST)
    sentence = found.sentence
    words = [w for w in msg.sentence_words(sentence) if not w.is_punct]
    position = {w.i: n for n, w in enumerate(words)}
    tokens = tuple(
        Token(
            lemma=w.lemma.lower(),
            pos=w.pos,
            person=w.person,
            number=w.number,
            name=w.is_name or (w.text[:1].isupper() and w is not words[0]),
            negated=is_negated(msg, sentence, w),
            possessive=w.possessive or "",
            clitic_ko=w.clitic_ko,
            text=w.text,
            party=w.i in found.party,
            dep=w.dep,
            head=position.get(w.head, -1) if w.head != w.i else -1,
            praise=w in praise,
        )
        for w in words
    )
    return SentenceView(
        tokens, sentence.is_question, found.direct, msg.text(sentence.start, sentence.end)
    )


def sentence_features(msg: AnalysedMessage, found: PartySentence) -> list[str]:
    """The model's features of one sentence the rule put about another party."""
    return features(view(msg, found))


def features(sentence: SentenceView) -> list[str]:
    """The model's binary features of one sentence. The party, names and figures are
    abstracted away: the model must learn how something is said, not of whom (else
    "kilpailija" itself would count against a sentence). What the party does, and
    whether that is negated, is kept: "he eivät vastaa" is not "asiakkaat eivät
    ymmärrä, mitä toimittajanne tarjoaa"."""
    tokens, text = sentence.tokens, sentence.text
    found: set[str] = set()
    lemmas = [_shown(t) for t in tokens]
    for t, lemma in zip(tokens, lemmas, strict=True):
        found.add("u:" + lemma)
        if t.negated and t.pos in ("VERB", "AUX", "ADJ"):
            found.add("neg:" + lemma)
        if t.pos in ("VERB", "AUX") and t.person:
            found.add(f"p:{t.person}{t.number or ''}")
        if t.possessive:
            found.add("poss:" + t.possessive[:1])
        lower = t.text.lower()
        if lower.endswith(("han", "hän")) and len(lower) > 5:
            found.add("cl:han")  # "onhan", "kyllähän": the knowing wink
        if lower.endswith(("pa", "pä")) and t.pos in ("VERB", "AUX", "ADV"):
            found.add("cl:pa")  # "onpa", "sepä"
        if t.clitic_ko:
            found.add("cl:ko")
        if t.head >= 0 and t.dep.startswith("nsubj") and tokens[t.head].negated:
            # whose doing is denied: the party's, or someone else's
            found.add("negsubj:" + ("party" if t.party else "other"))
        if t.party and t.head >= 0:
            role = t.dep.split(":")[0]
            found.add(f"r:{role}")
            found.add(f"r:{role}:{lemmas[t.head]}")
            if tokens[t.head].negated:
                found.add(f"r:{role}:neg")
    found.update(f"b:{a}_{b}" for a, b in itertools.pairwise(lemmas))
    found.update(_irony_signals(tokens))
    if sentence.question:
        found.add("Q")
    if sentence.direct:
        found.add("direct")  # the party is named in this very sentence
    if "!" in text:
        found.add("excl")
    if _QUOTES.search(text):
        found.add("quote")
    if "…" in text or "..." in text:
        found.add("ellipsis")
    found.update(_asides(sentence))
    return sorted(found)


# a remark set off from its sentence: in brackets, or after a spaced dash
_ASIDE_MARKS = (("(", ")"), (" – ", " – "), (" - ", " - "))


def _asides(sentence: SentenceView) -> set[str]:
    """ "Tukemme vastaa arkisin (X:n asiakkaille tämä on tietysti uusi kokemus)": an
    aside with the party inside it is the snide one; an aside without it is told apart."""
    text = sentence.text
    found: set[str] = set()
    for opening, closing in _ASIDE_MARKS:
        start = text.find(opening)
        if start < 0:
            continue
        end = text.find(closing, start + len(opening))
        inside = text[start + len(opening) : end if end >= 0 else len(text)]
        party = any(t.party and t.text in inside for t in sentence.tokens)
        found.add("aside:party" if party else "aside")
    return found


def _bare(text: str) -> str:
    """A word's form without its clitic: "varmastikin" -> "varmasti"."""
    lower = text.lower()
    for clitic in _CLITICS:
        if lower.endswith(clitic) and lower[: -len(clitic)] in _CLOSED_CLASS:
            return lower[: -len(clitic)]
    return lower


def _irony_signals(tokens: Sequence[Token]) -> set[str]:
    """Praise, a hedge, an undercut, each alone and as pairs, and the rhetorical
    question: classes the model can learn once and apply to every member."""
    forms = [_bare(t.text) for t in tokens]
    praise = any(t.praise for t in tokens)
    hedge = any(f in _HEDGES for f in forms)
    undercut = any(f in _UNDERCUTS for f in forms) or any(
        f"{a} {b}" in _UNDERCUTS for a, b in itertools.pairwise(forms)
    )
    found = {
        name
        for name, present in (
            ("C:praise", praise),
            ("C:hedge", hedge),
            ("C:undercut", undercut),
            ("C:praise+hedge", praise and hedge),
            ("C:praise+undercut", praise and undercut),
            ("C:hedge+undercut", hedge and undercut),
        )
        if present
    }
    if any(
        f in _RHETORICAL or (t.pos == "PRON" and f.endswith(("pa", "pä")) and len(f) > 4)
        for t, f in zip(tokens, forms, strict=True)
    ):
        found.add("C:rhetorical")  # "kukapa", "mikäpä", "eikö"
    return found


def _shown(t: Token) -> str:
    if t.party:
        return "<PARTY>"
    if t.name and t.pos in ("PROPN", "NOUN", "X"):
        return "<NAME>"
    if t.pos == "NUM" or _NUMBER.fullmatch(t.text):
        return "<NUM>"
    return t.lemma


def evidence(probabilities: Sequence[float], threshold: float, floor: float) -> list[int]:
    """Which sentences of a message together make it a put-down: the fewest, most
    likely first, whose noisy-OR ``1 - prod(1 - p)`` reaches ``threshold``; none if
    all of them (each at least ``floor``) do not. Irony is often spread over two or
    three sentences, none damning alone ("Kyllähän he vastaavat… Ehkä jo ensi
    viikolla."); the floor keeps many faint doubts from adding up to a verdict."""
    ranked = sorted(
        (k for k, p in enumerate(probabilities) if p >= floor),
        key=lambda k: -probabilities[k],
    )
    doubt = 1.0
    for n, k in enumerate(ranked, 1):
        doubt *= 1.0 - probabilities[k]
        if 1.0 - doubt >= threshold:
            return sorted(ranked[:n])
    return []


def combined(probabilities: Iterable[float], floor: float) -> float:
    """The noisy-OR of the probabilities at least ``floor``: see :func:`evidence`."""
    return 1.0 - math.prod(1.0 - p for p in probabilities if p >= floor)


class StanceModel(BaseModel):
    """Weights of a logistic model over :func:`features`."""

    feature_version: int
    threshold: float = Field(gt=0, lt=1)
    bias: float
    weights: dict[str, float]
    trained_on: dict[str, int | float | str] = Field(default_factory=dict)

    def probability(self, feats: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def load(cls, path: Path) -> StanceModel:
        try:
            model = cls.model_validate(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValidationError) as exc:
            raise RuleError(
                f"{path}: cannot read stance model: {exc}; "
                "retrain it with `python -m pitchlint.train`"
            ) from exc
        if model.feature_version != FEATURE_VERSION:
            raise RuleError(
                f"{path}: stance model has feature version {model.feature_version}, this "
                f"pitchlint uses {FEATURE_VERSION}; retrain it with `python -m pitchlint.train`"
            )
        return model

    def dump(self, path: Path) -> None:
        path.write_text(
            json.dumps(self.model_dump(), ensure_ascii=False, indent=0, sort_keys=True) + "\n",
            encoding="utf-8",
        )


def fit(
    instances: Sequence[tuple[Sequence[str], int, float]],
    *,
    c: float = 0.3,
    iterations: int = 800,
    min_count: int = 2,
) -> tuple[dict[str, float], float]:
    """L2-regularised logistic regression on (features, label, weight) instances:
    minimises ``sum(weight * log-loss) + |w|² / 2c`` by full-batch Adam, so the
    result depends only on the data. Features seen fewer than ``min_count`` times
    are dropped: one message's wording is no evidence."""
    import numpy as np  # spaCy's dependency; needed only for training

    counts: dict[str, int] = {}
    for feats, _, _ in instances:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(names)}
    rows: list[int] = []
    cols: list[int] = []
    for r, (feats, _, _) in enumerate(instances):
        for f in feats:
            if f in index:
                rows.append(r)
                cols.append(index[f])
    row = np.asarray(rows, dtype=np.int64)
    col = np.asarray(cols, dtype=np.int64)
    y = np.asarray([label for _, label, _ in instances], dtype=np.float64)
    sw = np.asarray([weight for _, _, weight in instances], dtype=np.float64)
    n, d = len(instances), len(names)
    w = np.zeros(d + 1)  # the last one is the bias, not regularised
    m = np.zeros(d + 1)
    v = np.zeros(d + 1)
    rate, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for step in range(1, iterations + 1):
        z = np.bincount(row, weights=w[col], minlength=n) + w[d]
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        r = sw * (p - y)
        grad = np.empty(d + 1)
        grad[:d] = np.bincount(col, weights=r[row], minlength=d) + w[:d] / c
        grad[d] = r.sum()
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad * grad
        mhat = m / (1 - beta1**step)
        vhat = v / (1 - beta2**step)
        w -= rate * mhat / (np.sqrt(vhat) + eps)
    weights = {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) >= 0.005}
    return weights, round(float(w[d]), 4)
