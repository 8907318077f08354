# Two commands do all the set-up on a fresh machine:
#   make run    run the bot (or its local chat mode when no token is set)
#   make test   lint, type-check and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean postgres-binaries

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# With TELEGRAM_BOT_TOKEN (environment or .env): the bot. Without: the local terminal chat.
run: $(STAMP)
	@if $(BIN)/python -c "from bot.settings import Settings; raise SystemExit(not Settings.load().token)"; \
	then exec $(BIN)/python -m bot; \
	else echo "No TELEGRAM_BOT_TOKEN set: starting the local chat (python -m bot chat)."; \
	     exec $(BIN)/python -m bot chat; fi

# The suite runs twice: on SQLite (everything), then on a throwaway PostgreSQL cluster (every test
# that opens storage or runs the bot; the engine's own tests touch no database), where each
# end-to-end scenario runs against two bot instances in webhook mode sharing the database.
PG_TESTS := tests/storage tests/bot tests/hostile

test: $(STAMP) postgres-binaries
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	SIFT_TEST_DATABASE=sqlite $(BIN)/pytest
	SIFT_TEST_DATABASE=postgresql SIFT_TEST_INSTANCES=2 $(BIN)/pytest $(PG_TESTS)

# The PostgreSQL run needs the server binaries (initdb, pg_ctl, postgres, psql): installed here
# when missing and we are root, otherwise a clear failure; never a silent skip.
postgres-binaries: $(STAMP)
	@if ! $(BIN)/python -c "from tests.postgres import find_bindir as f; raise SystemExit(not f())"; \
	then if [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; \
	else echo "PostgreSQL server binaries not found: install postgresql (as root: make test)"; \
		exit 1; fi; fi

bench: $(STAMP)
	$(BIN)/python -m benchmarks.rouge
	$(BIN)/python -m benchmarks.extraction
	$(BIN)/python -m benchmarks.pages
	$(BIN)/python -m benchmarks.wrapped
	$(BIN)/python -m benchmarks.wrapped --hyphens
	$(BIN)/python -m benchmarks.speed
	$(BIN)/python -m benchmarks.claims
	$(BIN)/python -m benchmarks.delivery
	$(BIN)/python -m benchmarks.hostile_engine
	$(BIN)/python -m benchmarks.fetch_bombs
	$(BIN)/python -m benchmarks.concurrency
	$(BIN)/python -m benchmarks.engine_start

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
