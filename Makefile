# Two commands: `make demo` sets everything up and runs a demo session; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready

.PHONY: demo test lint bench fixtures clean

demo: $(READY)
	$(BIN)/voice-session demo

test: $(READY)
	$(BIN)/python -m pytest -q

lint: $(READY)
	$(BIN)/ruff check voice_session scripts tests

bench: $(READY)
	$(BIN)/python scripts/bench.py

fixtures: $(READY)
	$(BIN)/python scripts/make_fixtures.py

$(READY): pyproject.toml scripts/setup_system.sh
	sh scripts/setup_system.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(READY)

clean:
	rm -rf $(VENV) build *.egg-info
