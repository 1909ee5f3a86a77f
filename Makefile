# tnz - every command installs what it needs (Python venv, npm packages) on first use.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The generator's post-hooks call `ruff` and `python`: the venv's pinned ones must come first.
export PATH := $(CURDIR)/$(BIN):$(CURDIR)/node_modules/.bin:$(PATH)
export TNZ_SPEC := $(CURDIR)/openapi/tnz.yaml

SPEC := $(TNZ_SPEC)
GEN_CONFIG := openapi/generator-config.yaml
GEN_DIR := generated/tnz_api
# Custom templates (openapi-python-client --custom-template-path): a lazy models/__init__.py.
GEN_TEMPLATES := openapi/templates
PY_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: help install demo test lint-spec generate generate-surface check-generated check-surface lint docs unit bench bench-cli bench-deps lock clean

help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(PY_STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	@# phonenumberslite replaced phonenumbers (same import name): drop the old one from existing venvs.
	$(BIN)/python -m pip uninstall --quiet --yes phonenumbers 2>/dev/null || true
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

install: $(PY_STAMP) $(NODE_STAMP) ## Create .venv and node_modules (idempotent)

demo: install ## Start Prism, run one of each operation through tnz_ext, print a table, stop Prism
	$(BIN)/python -m examples.demo

test: install lint-spec check-generated check-surface lint docs ## Spec lint, generated/surface drift checks, ruff/mypy, API docs, unit + contract tests
	$(BIN)/python -m pytest

lint-spec: install ## Spectral (spectral:oas) and openapi-spec-validator
	spectral lint --fail-severity=warn $(SPEC)
	$(BIN)/openapi-spec-validator $(SPEC)

# The generator warns that XML request bodies have no schema (on purpose: Prism cannot validate
# XML bodies, see README); its log is kept in .generate.log and shown only when it fails.
generate: install ## Regenerate generated/tnz_api from the spec
	@$(BIN)/openapi-python-client generate --path $(SPEC) --config $(GEN_CONFIG) --custom-template-path $(GEN_TEMPLATES) \
		--meta none --output-path $(GEN_DIR) --overwrite > .generate.log 2>&1 || { cat .generate.log; exit 1; }
	@echo "generated/tnz_api regenerated from $(notdir $(SPEC))"
	@$(MAKE) --no-print-directory generate-surface

# tnz_ext/_surface.py (every operation's typed keywords, sync and async) and tnz_ext/types.py are
# generated from the spec and the builders in tnz_ext/_operations.py, and committed.
generate-surface: install ## Regenerate tnz_ext/_surface.py and tnz_ext/types.py from the spec
	$(BIN)/python scripts/gen_surface.py

check-surface: install ## Fail if regenerating would change tnz_ext/_surface.py or tnz_ext/types.py
	$(BIN)/python scripts/gen_surface.py --check

check-generated: install ## Fail if regenerating would change generated/
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/openapi-python-client generate --path $(SPEC) --config $(GEN_CONFIG) --custom-template-path $(GEN_TEMPLATES) \
		--meta none --output-path "$$tmp/tnz_api" > "$$tmp/generate.log" 2>&1 || { cat "$$tmp/generate.log"; exit 1; }; \
	if diff -r "$$tmp/tnz_api" $(GEN_DIR) -x __pycache__; then echo "generated/ is up to date"; \
	else echo "generated/ is stale: run 'make generate' and commit the result" >&2; exit 1; fi

lint: install ## ruff and mypy --strict on the hand-written code
	$(BIN)/ruff check tnz_ext tests examples bench docs scripts
	$(BIN)/ruff format --check tnz_ext tests examples bench docs scripts
	$(BIN)/mypy tnz_ext

docs: install ## API reference from the docstrings (pdoc) into docs/api/; any warning fails
	$(BIN)/python docs/make_docs.py

# The peers (TNZ's own tnzapi and its requests stack) live only in the bench's own venv.
BENCH_VENV := .venv-bench
BENCH_STAMP := $(BENCH_VENV)/.installed

$(BENCH_STAMP): pyproject.toml constraints.txt bench/requirements.txt bench/constraints.txt
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade "pip>=24"
	$(BENCH_VENV)/bin/python -m pip install --quiet -c constraints.txt -c bench/constraints.txt -e ".[aiohttp]" -r bench/requirements.txt
	touch $@

bench: $(BENCH_STAMP) ## Benchmarks against raw httpx, aiohttp and tnzapi (rewrites bench/results.md and README's table)
	$(BENCH_VENV)/bin/python -m bench
	$(MAKE) --no-print-directory bench-cli

bench-cli: $(BENCH_STAMP) ## tnz bulk throughput and peak RSS at 1,000,000 rows, tnz --help start-up (own section of results.md)
	$(BENCH_VENV)/bin/python -m bench._bulk

bench-deps: $(BENCH_STAMP) ## Measure the dependency choices (rewrites their section of bench/results.md)
	$(BENCH_VENV)/bin/python -m bench --deps

lock: ## Re-resolve constraints.txt from pyproject.toml
	rm -rf /tmp/tnz-lock && $(PYTHON) -m venv /tmp/tnz-lock
	/tmp/tnz-lock/bin/pip install --quiet -e ".[dev]"
	{ echo "# Exact versions the project is tested with (pip install -c constraints.txt). Regenerate with: make lock"; \
	  /tmp/tnz-lock/bin/pip freeze --exclude-editable; } > constraints.txt

clean: ## Remove the venv, node_modules and caches
	rm -rf $(VENV) $(BENCH_VENV) node_modules .pytest_cache .mypy_cache .ruff_cache docs/api dist
