# Two commands for a fresh clone: `make serve` and `make test`. Everything else is set up on demand.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 5000
HOST   ?= 127.0.0.1
STAMP  := $(VENV)/.installed
DURATION ?= 600

.PHONY: serve test reliability bench soak build validate lint clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11+ is needed (found: $$($(PYTHON) --version))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

serve: $(STAMP)
	$(BIN)/osce-kg serve --host $(HOST) --port $(PORT) --build-if-needed

build: $(STAMP)
	$(BIN)/osce-kg build

validate: $(STAMP)
	$(BIN)/osce-kg validate

test: $(STAMP)
	$(BIN)/python -m pytest -m "not long"

# every reliability test, the long ones too (tests/reliability/)
reliability: $(STAMP)
	$(BIN)/python -m pytest tests/reliability

# every benchmark runs even when an earlier one misses its target; the exit status says whether any did
bench: $(STAMP)
	@status=0; $(BIN)/python benchmarks/ingest_bench.py || status=1; \
		$(BIN)/python benchmarks/run.py --write-docs || status=1; \
		$(BIN)/python benchmarks/pages_bench.py --write-docs || status=1; exit $$status

# queries at 4 clients while pages are ingested, for DURATION seconds; prints figures (docs/operations.md)
soak: $(STAMP)
	$(BIN)/python -m tests.reliability.soak --duration $(DURATION)

# ruff, mypy, and vulture (dead code; its paths, exclusions and false positives: pyproject's
# [tool.vulture] and vulture_whitelist.py)
lint: $(STAMP)
	$(BIN)/ruff check graph server tests benchmarks
	$(BIN)/mypy
	$(BIN)/vulture

clean:
	rm -rf $(VENV) .data
