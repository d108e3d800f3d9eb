# Qorgau: `make run` opens the app, `make test` runs the whole suite. Both set everything up first.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint validate self-test clean sources screenshots

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed (apt-get install python3.11 python3.11-venv)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check .

validate: $(STAMP)
	$(PY) main.py validate

self-test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) main.py self-test

clean:
	rm -rf $(VENV) build dist .pytest_cache

sources: $(STAMP)
	$(PY) main.py validate --coverage --markdown > modules/SOURCES.md

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py
