# pitchlint — every target sets up what is missing, then runs.
#   make example   lint the bundled example messages
#   make test      ruff, mypy and the whole pytest suite
#   make bench     the performance benchmark (writes docs/performance.md; ~20 min)
#   make eval      per-rule precision/recall on corpora/dev, the first test split and all of corpora/test
#   make train     retrain the stance model of competitor-bashing on corpora/dev (~12 min)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.pitchlint-installed
VOIKKO_PKGS := libvoikko1 voikko-fi

.PHONY: example test eval train bench lint typecheck setup system-deps clean

example: setup
	$(BIN)/pitchlint check corpora/examples; status=$$?; \
	  if [ $$status -eq 2 ]; then exit 2; fi; \
	  echo "(exit $$status: 0 = clean, 1 = findings, 2 = errors)"

test: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/pytest

# Not a timed test: prints the table and the target ratios, and writes them to
# docs/performance.md. BENCH_ARGS=--quick for a smoke run.
bench: setup
	$(BIN)/python -m bench.run --doc docs/performance.md $(BENCH_ARGS)

eval: setup
	$(BIN)/pitchlint eval corpora/dev corpora/test/first corpora/test

# Writes rules/competitor-bashing.stance.json; never trained on corpora/test.
train: setup
	$(BIN)/python -m pitchlint.train corpora/dev

setup: system-deps $(STAMP)

# Voikko is a C library with a dictionary: it comes from the system, not PyPI.
system-deps:
	@if $(PYTHON) -c "import ctypes.util,sys; sys.exit(0 if ctypes.util.find_library('voikko') else 1)" \
	    && { [ -d /usr/lib/voikko ] || [ -d /usr/share/voikko ] || [ -d /usr/local/lib/voikko ] \
	         || [ -d /opt/homebrew/lib/voikko ] || [ -d "$$HOME/.voikko" ]; }; then :; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  echo "Installing Voikko: apt-get install $(VOIKKO_PKGS)"; \
	  { apt-get install -y -q $(VOIKKO_PKGS) || { apt-get update -q && apt-get install -y -q $(VOIKKO_PKGS); }; } >/dev/null; \
	elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then \
	  echo "Installing Voikko: sudo apt-get install $(VOIKKO_PKGS)"; \
	  { sudo apt-get install -y -q $(VOIKKO_PKGS) || { sudo apt-get update -q && sudo apt-get install -y -q $(VOIKKO_PKGS); }; } >/dev/null; \
	else \
	  echo "pitchlint needs the Voikko library and its Finnish dictionary."; \
	  echo "  Debian/Ubuntu:  sudo apt-get install $(VOIKKO_PKGS)"; \
	  echo "  macOS:          brew install libvoikko"; \
	  exit 1; \
	fi

$(STAMP): pyproject.toml
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build dist
