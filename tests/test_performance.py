"""The speed-ups change nothing: the cached word facts equal a fresh computation,
every cache is bounded, and `check --jobs` gives the same reports as one process
with models loaded once per worker."""

from __future__ import annotations

import dataclasses
import io
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pitchlint import Linter
from pitchlint.analysis import analyser as analyser_module
from pitchlint.analysis.analyser import Analyzer, _doc_text, load_pipeline
from pitchlint.config import Config
from pitchlint.inputs import parse_text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.corpus import generate  # noqa: E402

_CACHES = {"memo"}


def _words(analyzer: Analyzer, texts: list[str], cached: bool) -> list[list[dict[str, object]]]:
    out = []
    for text in texts:
        message = parse_text(text, "email")
        doc = analyzer.nlp(_doc_text(message))
        if not cached:  # the same _build, but every word computed from scratch
            original = analyzer._lexical
            analyzer._lexical = _NoCache()  # type: ignore[assignment]
            try:
                built = analyzer._build(doc, message)
            finally:
                analyzer._lexical = original
        else:
            built = analyzer._build(doc, message)
        out.append(
            [
                {k: v for k, v in dataclasses.asdict(w).items() if k not in _CACHES}
                for w in built.words
            ]
        )
    return out


class _NoCache(dict):  # type: ignore[type-arg]
    def get(self, key, default=None):  # type: ignore[no-untyped-def]
        return None

    def __setitem__(self, key, value) -> None:  # type: ignore[no-untyped-def]
        pass


def test_cached_word_facts_equal_fresh_ones(analyzer: Analyzer) -> None:
    texts = [m.text for m in generate(25, seed=3)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora/dev").rglob("*.txt"))][
        :20
    ]
    _words(analyzer, texts, cached=True)  # fill the cache
    assert _words(analyzer, texts, cached=True) == _words(analyzer, texts, cached=False)


def test_word_fact_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analyser_module, "LEXICAL_CACHE_SIZE", 50)
    analyzer = Analyzer()
    linter = Linter(analyzer=analyzer)
    linter.lint_many([m.text for m in generate(5, seed=9)])
    assert 0 < len(analyzer._lexical) <= 50


def test_voikko_caches_are_bounded(analyzer: Analyzer) -> None:
    voikko = analyzer.voikko
    assert voikko.analyse.cache_info().maxsize is not None
    assert voikko.spell.cache_info().maxsize is not None


def test_workers_load_the_models_in_the_initializer_only() -> None:
    from pitchlint import parallel

    parallel._init_worker([Config()])
    loads = load_pipeline.cache_info().misses
    files = sorted(str(p) for p in (ROOT / "corpora/examples").iterdir() if p.is_file())
    first = parallel._lint_task(0, files[:2], "auto")
    second = parallel._lint_task(0, files[2:], "auto")
    assert load_pipeline.cache_info().misses == loads
    assert len(first) + len(second) == len(files)


def test_jobs_in_process_equals_serial(linter: Linter) -> None:
    from pitchlint.parallel import lint_parallel

    files = [str(ROOT / "corpora/examples")]
    serial = list(linter.lint_paths(files))
    parallel = list(lint_parallel([(Linter(Config()), files)], "auto", 2))
    assert [r.model_dump() for r in parallel] == [r.model_dump() for r in serial]


def test_progress_bar_draws_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from pitchlint.parallel import _Progress, progress_stream

    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert progress_stream() is None  # not a terminal: no bar
    stream = io.StringIO()
    bar = _Progress(stream, 100)
    for _ in range(25):
        bar.advance(4)
    bar.close()
    assert "100/100 files" in stream.getvalue()
    assert stream.getvalue().endswith("\r")


def test_grammar_cache_returns_what_voikko_says(analyzer: Analyzer) -> None:
    voikko = analyzer.voikko
    text = "tämä lause alkaa pienellä  ja siinä on kaksi välilyöntiä"
    first = voikko.grammar_errors(text)
    first.clear()  # callers get their own list
    cached = voikko.grammar_errors(text)
    assert cached == list(voikko._grammar_errors(text)) and cached
    long_text = "Tämä on lause. " * 400  # over the cached length: never stored
    assert voikko.grammar_errors(long_text) == list(voikko._grammar_errors(long_text))
    assert long_text not in voikko._grammar_cache


def test_grammar_checked_ahead_equals_checked_in_place(analyzer: Analyzer) -> None:
    """The background thread has its own Voikko handle; its answer must be the same."""
    voikko = analyzer.voikko
    texts = [f"tämä on on lause numero {n} ilman pistettä" for n in range(50)]
    voikko.check_grammar_ahead(texts)
    assert all(t in voikko._ahead for t in texts)
    ahead = [voikko.grammar_errors(t) for t in texts]
    assert not any(t in voikko._ahead for t in texts)  # collected, not kept twice
    assert ahead == [list(voikko._grammar_errors(t)) for t in texts]
    assert all(errors for errors in ahead)


def test_grammar_caches_stay_bounded(analyzer: Analyzer) -> None:
    from pitchlint.analysis.voikko import GRAMMAR_CACHE_SIZE

    voikko = analyzer.voikko
    voikko.check_grammar_ahead([f"Lause {n}." for n in range(GRAMMAR_CACHE_SIZE + 10)])
    assert len(voikko._ahead) <= GRAMMAR_CACHE_SIZE
    for n in range(GRAMMAR_CACHE_SIZE + 10):
        voikko.grammar_errors(f"Toinen lause {n}.")
    assert len(voikko._grammar_cache) <= GRAMMAR_CACHE_SIZE
    voikko._ahead.clear()


_ADDRESS_TEXTS = [
    "Katso www.esimerkki.fi/hinnat tai https://a.b/c?d=1, ja kirjoita aino.k+myynti@firma.fi.",
    "(lisää: docs.example.com) — sivu.fi. Loppu.",
    "Ei osoitteita tässä lauseessa. Vain pisteitä... ja 3.5 %.",
    "kaksi@osoite.fi,kolme@osoite.com;www.x.io\twww.y.eu\nz.fi",
]


@given(
    st.lists(
        st.sampled_from(["www.", "http://", "@", ".", "fi", "com", " ", "\n", "a", "ä", "-", "/"]),
        max_size=40,
    ).map("".join)
)
@settings(max_examples=300, deadline=None)
def test_address_search_by_chunks_equals_the_plain_pattern(text: str) -> None:
    from pitchlint.rules.builtin.spelling import ADDRESS, find_addresses

    assert find_addresses(text) == [(m.start(), m.end()) for m in ADDRESS.finditer(text)]


@pytest.mark.parametrize("text", _ADDRESS_TEXTS)
def test_address_search_by_chunks_on_real_text(text: str) -> None:
    from pitchlint.rules.builtin.spelling import ADDRESS, find_addresses

    found = find_addresses(text)
    assert found == [(m.start(), m.end()) for m in ADDRESS.finditer(text)]
    assert found or "Ei osoitteita" in text


def test_words_are_built_in_field_order() -> None:
    """``_word`` passes Word's fields positionally (it is the hot loop): every field
    must land where its name says."""
    from pitchlint.analysis.analyser import _Lexical, _word
    from pitchlint.analysis.model import WordMemo

    names = list(_Lexical._fields)
    values: dict[str, object] = {name: f"lex-{name}" for name in names}
    values["memo"] = WordMemo()
    lex = _Lexical(**values)  # type: ignore[arg-type]
    word = _word(lex, 7, 10, 20, 3, 2, [], "dep-x", "ent-x")
    expected = {
        "i": 7, "start": 10, "end": 20, "sentence": 3, "block": 2, "head": 7,
        "dep": "dep-x", "ent_type": "ent-x", "is_placeholder": False,
    }  # fmt: skip
    for field in dataclasses.fields(word):
        got = getattr(word, field.name)
        if field.name in expected:
            assert got == expected[field.name], field.name
        elif field.name in names:
            assert got is values[field.name], field.name
        else:
            raise AssertionError(f"Word.{field.name} is neither a lexical fact nor a position")
