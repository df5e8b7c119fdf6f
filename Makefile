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
	# The turn model (Smart Turn v3.2, BSD-2-Clause) ships only inside the pipecat-ai wheel, whose dependencies
	# (aiohttp, openai, numba, pydantic, ...) voice-session must not bring: the wheel alone, none of it imported,
	# its two commands removed (they cannot run without those dependencies). See pyproject.toml.
	$(BIN)/python -m pip install --quiet --no-deps 'pipecat-ai==1.14.0'
	rm -f $(BIN)/pc $(BIN)/pipecat
	touch $(READY)

clean:
	rm -rf $(VENV) build *.egg-info
