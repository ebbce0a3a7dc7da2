# Two commands: `make run` and `make test`. Everything else is a step they take.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export DJANGO_SETTINGS_MODULE := assure.settings

.PHONY: lint run serve test install install-test frontend browser pdf-libs migrate demo bench bench-import bench-lists bench-dataset bench-documents bench-pages check-deploy clean score-minutes

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python frontend pdf-libs
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python frontend pdf-libs
	$(BIN)/pip install --quiet -e '.[test]'

# WeasyPrint (the dataset pack's PDF, ADR 0126) draws text with Debian's Pango and HarfBuzz.
pdf-libs:
	@ldconfig -p | grep -q libpangoft2-1.0 && ldconfig -p | grep -q libharfbuzz-subset || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core >/dev/null; }

frontend: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

# End-to-end tests drive Debian's Chromium; never a downloaded browser.
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

migrate: install
	mkdir -p var
	DJANGO_DEBUG=1 $(BIN)/python manage.py migrate --no-input -v0

demo: migrate
	DJANGO_DEBUG=1 $(BIN)/assure demo

# The site and, beside it, the queue's worker (ADR 0143: the embedded SQLite queue by default); Ctrl-C stops both.
# A job started before the worker is up waits in the queue and runs when it starts.
run: demo
	@DJANGO_DEBUG=1 $(BIN)/python manage.py run_huey & worker=$$!; \
	trap 'kill -TERM $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	DJANGO_DEBUG=1 SECURE_COOKIES=0 SECURE_SSL_REDIRECT=0 $(BIN)/python manage.py runserver 127.0.0.1:8000

# The production web server: gunicorn with sync workers (ADR 0150), settings from the environment (docs/deploy.md).
# The queue's worker is a separate process: `python manage.py run_huey`. `make run` stays the development server.
serve: migrate
	$(BIN)/assure serve

test: install-test browser
	$(BIN)/pytest -n 2 -q

lint: install-test
	$(BIN)/ruff check assure
	$(BIN)/lint-imports

check-deploy: install
	DJANGO_DEBUG=0 SECRET_KEY=$$(python3 -c 'import secrets;print(secrets.token_urlsafe(50))') \
	ALLOWED_HOSTS=assure.example.org $(BIN)/python manage.py check --deploy --fail-level WARNING

bench: bench-import bench-lists bench-dataset bench-documents bench-pages

bench-import: install-test
	$(BIN)/python -m assure.imports.bench

# The extractor against every labelled set: record_f1, due_acc and text_kept per set.
score-minutes: install-test
	$(BIN)/python -m assure.imports.evaluate

bench-lists: install-test
	$(BIN)/python -m assure.meetings.bench_lists

# The quarter's board pack for 25 indicators: Word and PDF, median and minimum CPU seconds.
bench-dataset: install-test
	$(BIN)/python -m assure.performance.bench

# A 40-page composition with 10 charts drawn as Word, PDF and HTML: CPU seconds per format.
bench-documents: install-test
	$(BIN)/python -m assure.documents.bench

# Every main page under gunicorn (2 sync workers) on a generated database, SQLite then PostgreSQL (bench14 on
# 127.0.0.1, dropped and created): p50 and p95 against /healthz in the same run, and queries for a large and a small
# partnership. Full scale: add `--partnerships 150`.
bench-pages: install-test
	$(BIN)/python -m assure.generate.bench_pages --db sqlite
	$(BIN)/python -m assure.generate.bench_pages --db postgres

clean:
	rm -rf $(VENV) node_modules var
