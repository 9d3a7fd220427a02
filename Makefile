# The two set-up commands: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= sqlite:///parallax.db

.PHONY: run test test-postgres lint typecheck check clean

$(BIN)/parallax: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

run: $(BIN)/parallax
	$(BIN)/parallax ingest corpus --db $(DB)
	$(BIN)/parallax report --db $(DB) --json out/report.json --html out/report.html

test: $(BIN)/parallax
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/pytest

# the whole suite again with every test store on PostgreSQL (needs PARALLAX_TEST_PG_URL:
# run it inside scripts/with-postgres.sh, as .ci/run does)
test-postgres: $(BIN)/parallax
	PARALLAX_TEST_BACKEND=postgresql $(BIN)/pytest

lint: $(BIN)/parallax
	$(BIN)/ruff check src tests

typecheck: $(BIN)/parallax
	$(BIN)/mypy

clean:
	rm -rf $(VENV) parallax.db parallax.db-wal parallax.db-shm out
