# Set-up and the project's commands; everything installs into .venv from pyproject.toml.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test eval bench lexicons golden clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/claimx extract corpus/ -o claims.jsonl
	$(BIN)/claimx stats claims.jsonl

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/python scripts/run_eval.py

# `make bench BENCH_PYTHON=/other/checkout/.venv/bin/python`: no .venv of its own needed (benchmarks/README.md).
bench: $(if $(BENCH_PYTHON),,$(STAMP))
	$(or $(BENCH_PYTHON),$(BIN)/python) benchmarks/bench.py

lexicons: $(STAMP)
	$(BIN)/python scripts/build_lexicons.py

golden: $(STAMP)
	$(BIN)/python scripts/update_golden.py

clean:
	rm -rf $(VENV) claims.jsonl build dist
