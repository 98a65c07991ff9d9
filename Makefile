# Alongside — the two commands a new user needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed-dev

.PHONY: run test lint typecheck pytest bench soak eval eval-safety train-safety train-meaning gates chromium clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

## What running needs, and nothing more (no test or lint tools): `make run` stops here.
$(RUN_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e .
	touch $(RUN_STAMP)

## The tools for tests, linting and measuring, on top: every other target needs these.
$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## make run: install what running needs, then start Alongside on the embedded default (SQLite).
run: $(RUN_STAMP)
	$(BIN)/alongside serve

## make test: install, then ruff, mypy --strict and the whole test suite.
test: $(STAMP) chromium lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff format --check src tests bench tools
	$(BIN)/ruff check src tests bench tools

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

## Debian's chromium for the browser tests (as CI does); needs root on a fresh machine.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium wrk; }

## make bench: peers side by side, ratios (figures go in the README, never in tests).
bench: $(STAMP) chromium
	@for f in bench/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

## make soak: a few minutes of crashes, restores while open and two writers (not in make test).
SOAK_MINUTES ?= 3
soak: $(STAMP)
	$(BIN)/python tools/soak.py --minutes $(SOAK_MINUTES)

## make eval: score the analyser on the shared labelled dev data, then on its two halves,
## then on the team's own held-aside partner messages (evalsets/meaning, final split) and
## helper talk and thinking traps (evalsets/mi, final split)
## (dev-look to read, dev-blind to score only; split by a hash of each text).
eval: $(STAMP)
	@if [ -f ../shared/eval-data/score.py ]; then \
	  $(BIN)/python tools/check_eval_copies.py ../shared/eval-data && \
	  $(BIN)/python tools/eval_split.py ../shared/eval-data; \
	else echo "No eval data at ../shared/eval-data: nothing to score."; fi
	$(BIN)/python tools/eval_meaning.py --split final
	$(BIN)/python tools/eval_mi.py --split final

## make eval-safety: the safety screen's recall and false alarms per kind and layer, on the
## tune split of evalsets/safety (tools/eval_safety.py --final also scores the final split).
eval-safety: $(STAMP)
	$(BIN)/python tools/eval_safety.py

## make train-safety: retrain the screen's learned layer from training/safety (deterministic).
train-safety: $(STAMP)
	$(BIN)/python tools/train_safety.py

## make train-meaning: rewrite the coach's training text and retrain its learned layer (deterministic).
train-meaning: $(STAMP)
	$(BIN)/python tools/write_meaning.py
	$(BIN)/python tools/train_meaning.py

## make gates: after editing a coach rule file or the safety lexicon, read every pattern's
## regex once and rewrite the shipped shortcuts (coach/data/rules_keys.json, safety/data/gate.json),
## the rules as built (coach/data/rules_built.json), the compiled regexes (data/regex_code.bin)
## and the JSON copies of the data TOML files (data/toml/): a stale one only costs start-up time.
gates: $(STAMP)
	$(BIN)/python tools/build_gates.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
