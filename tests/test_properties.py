"""Property tests over the whole pipeline with the real models: for any text the
linter does not crash, spans lie inside the input and agree with line/column,
the score is in range, and the same input gives the same report."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pitchlint import InputError, Linter

FINNISH = [
    "Hei", "Mikko", ",", "Yrityksemme", "on", "perustettu", "vuonna", "1987", ".", "Montako",
    "työntekijää", "teillä", "on", "?", "Käytättekö", "kokonaisvaltaisia", "ratkaisuja", "\n",
    "\n\n", "{{etunimi}}", "*|FNAME|*", "[Yritys]", "-", "1.", "#", "**", "Terveisin", "😀",
    "e\u0301", "שלום", "\u200b", "XXX", "<!-- pitchlint: disable=spelling -->", "%", "€",
]  # fmt: skip
texts = st.one_of(
    st.lists(st.sampled_from(FINNISH), max_size=60).map(" ".join),
    st.text(max_size=400),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
)


def _check(linter: Linter, text: str, kind: str) -> None:
    try:
        report = linter.lint(text, kind)
    except InputError:
        assert not text.strip() or "\x00" in text
        return
    assert report.score is not None and 0 <= report.score <= 100
    lines = text.split("\n")
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)
        prefix = text[: f.start]
        assert f.line == prefix.count("\n") + 1
        assert f.column == len(prefix) - (prefix.rfind("\n") + 1) + 1
        assert f.line <= len(lines)
    again = linter.lint(text, kind)
    assert again.model_dump() == report.model_dump()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=texts, kind=st.sampled_from(["email", "outline", "auto"]))
def test_any_text(linter: Linter, text: str, kind: str) -> None:
    _check(linter, text, kind)


# --- adversarial text: the whole pipeline on what real inboxes and fuzzers send --------

MIXED = [
    # Finnish, English and Swedish sales phrases side by side
    "Hei", "Hej", "Hello", "Tervehdys", "olemme", "we are", "vi är", "markkinajohtaja",
    "market leader", "marknadsledande", "Sopisiko", "Would", "Skulle", "torstaina", "Thursday",
    "på torsdag", "Ystävällisin terveisin", "Best regards", "Med vänliga hälsningar",
    "kokonaisvaltaisia", "synergies", "lösningar", "?", "!", ".", ",", "\n", "\n\n", "\r\n",
]  # fmt: skip
COMBINING = "\u0300\u0301\u0302\u0308\u030a\u0323\u0336\u20dd"
EMOJI = ["😀", "👍🏽", "👨‍👩‍👧", "🇫🇮", "❤️", "\U0001f9d1\u200d\U0001f4bb"]
RTL = ["שלום", "مرحبا بكم", "\u202eevil\u202c", "\u200f", "\u061c"]
MERGE_TAGS = ["{{etunimi}}", "*|FNAME|*", "[Yritys]", "{{ company.name }}", "%FIRSTNAME%"]

_word = st.one_of(
    st.sampled_from(MIXED),
    st.sampled_from(EMOJI),
    st.sampled_from(RTL),
    st.sampled_from(MERGE_TAGS),
    st.tuples(st.sampled_from(["Mikko", "yritys", "ä", "a"]), st.text(COMBINING, max_size=6)).map(
        "".join
    ),
    st.text(alphabet="aäöeiklmnoprstuy", min_size=60, max_size=300),  # very long words
)
adversarial = st.one_of(
    st.lists(_word, max_size=80).map(" ".join),
    st.lists(st.sampled_from([*MERGE_TAGS, " ", "\n", ","]), min_size=1, max_size=30).map(
        "".join
    ),  # only merge tags
    st.text(alphabet=".,;:!?-–—…()[]{}\"'«»*#%/\\ \n", min_size=1, max_size=300),
    st.lists(_word, min_size=1, max_size=8).map(lambda ws: " ".join(ws) * 40),  # long lines
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
    st.lists(st.sampled_from([*MIXED, "\x00", "\x01", "\x7f"]), max_size=40).map("".join),
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=adversarial, kind=st.sampled_from(["email", "outline", "auto"]))
def test_adversarial_text(linter: Linter, text: str, kind: str) -> None:
    _check(linter, text, kind)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=adversarial,
    encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "cp1252", "latin-1"]),
    suffix=st.sampled_from(["note.txt", "deck.md", "mail.eml"]),
)
def test_adversarial_bytes(linter: Linter, text: str, encoding: str, suffix: str) -> None:
    """Raw bytes in any encoding under any name: a report or a clear InputError."""
    data = text.encode(encoding, errors="replace")
    first = list(linter.lint_records([(data, suffix)]))
    again = list(linter.lint_records([(data, suffix)]))
    assert len(first) == 1
    report = first[0]
    assert again[0].model_dump() == report.model_dump()
    if report.error is not None:
        assert report.score is None
        assert "internal error" not in report.error, report.error
        return
    assert report.score is not None and 0 <= report.score <= 100
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(report.source)
