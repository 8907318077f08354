# Two commands do all the set-up on a fresh machine:
#   make run    run the bot (or its local chat mode when no token is set)
#   make test   lint, type-check and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

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

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python -m benchmarks.rouge
	$(BIN)/python -m benchmarks.extraction
	$(BIN)/python -m benchmarks.pages
	$(BIN)/python -m benchmarks.speed
	$(BIN)/python -m benchmarks.claims
	$(BIN)/python -m benchmarks.delivery
	$(BIN)/python -m benchmarks.hostile_engine
	$(BIN)/python -m benchmarks.fetch_bombs
	$(BIN)/python -m benchmarks.concurrency

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
