# Standards LMS — every set-up step lives here, so a fresh clone needs only `make demo` / `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV        := .venv
PY          := $(VENV)/bin/python
STAMP       := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
PYTHON_BIN  ?= $(shell .ci/find-python)
HOST        ?= 127.0.0.1
PORT        ?= 8000
PYTEST_ARGS ?=

.PHONY: help install messages messages-update demo serve test test-postgres e2e bench lint check clean

help:
	@echo "make demo           set up everything and serve the demo at http://$(HOST):$(PORT)/"
	@echo "make test           install test dependencies and run the test suite on SQLite"
	@echo "make test-postgres  run the same suite on a throwaway PostgreSQL 15 cluster"
	@echo "make e2e            real-browser tests in Chromium"
	@echo "make bench          benchmarks of the speeds named in the issues"
	@echo "make lint           ruff"

$(PY):
	@test -n "$(PYTHON_BIN)" || { .ci/find-python; exit 1; }
	$(PYTHON_BIN) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	.ci/ensure-pdf-libs
	$(PY) -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

# Compiled catalogues are build output (not committed): compile them on every build.
messages: install
	$(PY) manage.py compilemessages --ignore '.venv/*' -v 0

# After changing translatable text: refresh every app's ru/de/en catalogues, then translate.
messages-update: install
	.ci/update-messages

# The demo's own address (QR codes on certificates, links in mails, the closing banner) follows
# HOST and PORT: lms/settings/dev.py reads them as DEMO_HOST / DEMO_PORT.
demo serve: export DEMO_HOST = $(HOST)
demo serve: export DEMO_PORT = $(PORT)

demo: messages
	mkdir -p var/static var/media
	$(PY) manage.py migrate --no-input -v 0
	$(PY) manage.py load_demo_content
	$(PY) manage.py runserver $(HOST):$(PORT)

serve: messages
	$(PY) manage.py runserver $(HOST):$(PORT)

# pytest exits 5 when it collects nothing: that fails the target, as it should.
test: messages
	$(PY) -m pytest -m "not e2e" $(PYTEST_ARGS)

test-postgres: messages
	.ci/with-postgres $(PY) -m pytest -m "not e2e" $(PYTEST_ARGS)

e2e: messages
	.ci/ensure-chromium
	$(PY) -m pytest -m e2e -p no:randomly $(PYTEST_ARGS)

bench: messages
	$(PY) -m tests.bench

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean:
	rm -rf $(VENV) var/db.sqlite3 test-artifacts
