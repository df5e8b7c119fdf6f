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

# Two models ship only inside wheels whose dependencies voice-session must not bring: the turn model
# (Smart Turn v3.2, BSD-2-Clause) in pipecat-ai (aiohttp, openai, numba, pydantic, ...) and the speaker model
# (Resemblyzer's GE2E encoder, Apache-2.0) in resemblyzer (torch, librosa). The wheels alone, none of their
# code imported, pipecat's two commands removed (they cannot run without its dependencies). See pyproject.toml.
$(READY): pyproject.toml scripts/setup_system.sh Makefile
	sh scripts/setup_system.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps 'pipecat-ai==1.14.0' 'resemblyzer==0.1.4'
	rm -f $(BIN)/pc $(BIN)/pipecat
	touch $(READY)

clean:
	rm -rf $(VENV) build *.egg-info
