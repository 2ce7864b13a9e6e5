# Sanad — see README.md. `make run` serves the demo, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
DATA ?= ../shared/data

.PHONY: install run test lint unit eval bench clean e2e e2e-deps

install: $(VENV)/.installed

# Debian's python3 ships without venv/ensurepip; install python3-venv once when it is missing.
$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -m venv --help >/dev/null 2>&1 && $(PYTHON) -c "import ensurepip" 2>/dev/null \
	  || (apt-get update -qq && apt-get install -y -qq python3-venv python3-dev)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

run: install
	$(BIN)/sanad serve --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint e2e-deps
	$(BIN)/sanad check
	$(PY) -m pytest

# The browser tests (tests/e2e) drive Debian's Chromium (never Playwright's own download);
# it is installed once, when /usr/bin/chromium is missing.
e2e-deps:
	@test -x /usr/bin/chromium || (apt-get update -qq && apt-get install -y -qq chromium)

e2e: install e2e-deps
	$(PY) -m pytest tests/e2e

# Benchmarks print JSON; figures are medians (the machines are shared and noisy).
bench: install
	$(BIN)/sanad bench answer
	$(BIN)/sanad bench squad $(DATA)/arcd/arcd-train.json --split held-out
	$(BIN)/sanad bench squad $(DATA)/arcd/arcd-train.json --split held-out --baseline
	$(BIN)/sanad bench squad $(DATA)/faquad/original_train.json --split held-out
	$(BIN)/sanad bench squad $(DATA)/faquad/original_train.json --split held-out --baseline
	$(BIN)/sanad bench http
	$(BIN)/sanad bench live

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
