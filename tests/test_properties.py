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
