# article-bot: `make run` and `make test` set up .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest eval bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

## run: serve Telegram when TELEGRAM_BOT_TOKEN is set, else chat in the terminal
run: $(STAMP)
	$(BIN)/article-bot

## test: lint, type check, tests (with the answer-quality floors)
test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

## eval: answer quality against the question set, beside a BM25 baseline
eval: $(STAMP)
	$(BIN)/article-bot eval

## bench: scale (1 to 5,000 posts, beside BM25) and end-to-end capacity of one bot process
bench: $(STAMP)
	$(BIN)/python -m benchmarks.scale
	$(BIN)/python -m benchmarks.capacity

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build *.egg-info
