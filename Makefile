# Qorgau: `make run` opens the app, `make test` runs the whole suite. Both set everything up first.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: bench run test lint validate self-test clean sources screenshots translations qm

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed (apt-get install python3.11 python3.11-venv)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $(STAMP)

TS := assets/i18n/qorgau_ru.ts assets/i18n/qorgau_kk.ts
QM := $(TS:.ts=.qm)

assets/i18n/%.qm: assets/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Compiled translations (.qm) are built from the committed .ts files.
qm: $(QM)

# Refresh the .ts files from every translatable string in the source.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find trainer -name '*.py' | sort) -ts $(TS) -no-obsolete -locations none

# The system packages Qt needs, checked before anything else (Debian and Ubuntu; skipped elsewhere).
.PHONY: check-system check-system-test
check-system:
	@sh tools/check_system.sh run
check-system-test:
	@sh tools/check_system.sh test

# `make run ARGS="--data-dir /tmp/qorgau"` passes ARGS to the app.
ARGS ?=
run: check-system $(STAMP) qm
	$(PY) -m compileall -q trainer >/dev/null
	$(PY) main.py $(ARGS)

test: check-system-test $(STAMP) qm
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

# docs/screenshots/matrix/: the main screens at 1366×768 in en/ru/kk, light and high contrast, 100% and 200% text
.PHONY: screenshots-matrix
screenshots-matrix: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshot_matrix.py

.PHONY: package bench-package
# dist/Qorgau/ (PyInstaller one-folder build) and dist/Qorgau-<version>-linux-<arch>.tar.gz
package: $(STAMP)
	$(PY) tools/package.py

# Qorgau's packaged size beside a bare PySide6 widgets app built with the same filters, and build times
bench-package: $(STAMP)
	$(PY) benchmarks/bench_package.py

# Every benchmarks/bench_*.py; their tables and the machine go to benchmarks/RESULTS.md.
bench: $(STAMP)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) benchmarks/run_all.py

# Cohort reports on 2,000 and 20,000 demo learners: dashboard, item analysis, CSV/XLSX/PDF vs sqlite3
.PHONY: bench-reports
bench-reports: $(STAMP)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) benchmarks/bench_reports.py

.PHONY: bench-merge
bench-merge: $(STAMP)
	$(PY) benchmarks/bench_merge.py
