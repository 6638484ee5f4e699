# Every target installs what it needs, so each one works on a fresh clone.
# Stamp files make `setup` cheap when nothing changed.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PY_STAMP := $(VENV)/.vimmerse-setup.stamp
NODE_STAMP := mock/node_modules/.vimmerse-setup.stamp
PORT ?= 4010
MOCK_PORT ?= 4011

# Everything we write, and what the generator writes.
MYPY_TARGETS := core/vimmerse_core generated/vimmerse mock/vimmerse_mock codegen/generate.py codegen/surface.py codegen/project.py codegen/answers.py codegen/param_types.py codegen/apidiff demo devtools tests bench

.PHONY: setup venv generate check-generated api-diff api-check release-notes lint test demo mock-prism mock drift proxy

# What a fresh clone needs is checked before anything is installed, each missing piece one
# line naming its install command, and a .venv made by the wrong Python is removed (a
# PYTHON named on the command line or in the environment replaces the .venv's own):
# devtools/prereqs.py, run by any python3 >= 3.6. Make then builds what is missing in a
# second make, so that it sees a .venv the check removed.
CHECK = python3 devtools/prereqs.py --python '$(PYTHON)' --venv $(VENV) \
	$(if $(filter file,$(origin PYTHON)),,--explicit)
venv:
	@$(CHECK)
	@$(MAKE) --no-print-directory python-packages

setup:
	@$(CHECK) --node
	@$(MAKE) --no-print-directory python-packages node-packages

.PHONY: python-packages node-packages
python-packages: $(PY_STAMP)
	@:
node-packages: $(NODE_STAMP)
	@:

$(PY):
	$(PYTHON) -m venv $(VENV)

$(PY_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

$(NODE_STAMP): mock/package.json mock/package-lock.json
	npm ci --prefix mock --no-audit --no-fund
	touch $@

generate: venv
	$(PY) codegen/generate.py

check-generated: venv
	$(PY) codegen/generate.py --check

# Accept a deliberate template change: rewrite the golden record (tests/golden/expected).
.PHONY: golden
golden: venv
	rm -rf tests/golden/expected
	$(PY) codegen/generate.py --spec tests/golden/spec.yaml --out tests/golden/expected

# How the spec changed since BASE (default: the last v* tag, else HEAD), breaking marked.
api-diff: venv
	$(PY) -m codegen.apidiff $(if $(BASE),--base $(BASE))

# The same report, failing (exit 3) when a change is breaking: for CI to gate on.
api-check: venv
	$(PY) -m codegen.apidiff --fail-on-breaking $(if $(BASE),--base $(BASE))

# Draft the CHANGELOG.md entry from that diff, bump the version, regenerate the package.
release-notes: venv
	$(PY) -m codegen.apidiff --changelog --bump $(if $(BASE),--base $(BASE))
	$(PY) codegen/generate.py

lint: venv
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) -m mypy $(MYPY_TARGETS)

test:
	@$(CHECK) --node --chromium
	@$(MAKE) --no-print-directory python-packages node-packages
	$(PY) -m pytest

# A session with the CLI and the SDK against the stateful mock: offline, no real key.
# Python only: the demo never runs Prism, so it needs no npm.
demo: venv
	$(PY) demo/run.py

mock-prism: $(NODE_STAMP)
	npx --prefix mock prism mock openapi/vimmerse.yaml -h 127.0.0.1 -p $(PORT)

# The stateful mock (mock/vimmerse_mock); flags: `$(VENV)/bin/vimmerse-mock --help`.
mock: venv
	$(PY) -m vimmerse_mock --host 127.0.0.1 --port $(MOCK_PORT) $(MOCK_ARGS)

# Has the API moved? Calls only the spec's free, safe operations (x-vimmerse-safe) on
# BASE_URL with $$VIMMERSE_API_KEY; IDS="asset_id=... media_id=..." for the reads, DRIFT_ARGS
# e.g. --json. Exit code 11 on drift.
drift: venv
	$(VENV)/bin/vimmerse $(if $(BASE_URL),--base-url $(BASE_URL)) spec drift \
		$(foreach id,$(IDS),--id $(id)) $(DRIFT_ARGS)

# Prism's proxy mode in front of UPSTREAM on PROXY_PORT (4012): every call validated against
# the spec; on Ctrl-C, the violations as a drift report.
PROXY_PORT ?= 4012
proxy: setup
	$(if $(UPSTREAM),,$(error UPSTREAM is not set, e.g. make proxy UPSTREAM=https://api.vimmerse.net))
	$(PY) -m devtools.proxy --upstream $(UPSTREAM) --port $(PROXY_PORT)

# The facts the tests take from the API's docs pages are kept in the repo as data
# (openapi/docs_pages.json, beside the spec). With the pages at hand (../shared/api-docs,
# DOCS=DIR, or VIMMERSE_API_DOCS=DIR): docs-check says whether the data still matches them,
# docs-record records it again after the pages change (review the diff).
PAGES_ENV = $(if $(DOCS),VIMMERSE_API_DOCS='$(DOCS)')
.PHONY: docs-check docs-record
docs-check: venv
	$(PAGES_ENV) $(PY) -m tests.contract.pages check
docs-record: venv
	$(PAGES_ENV) $(PY) -m tests.contract.pages record

# Schemathesis against Prism and the stateful mock (also part of `make test`).
.PHONY: contract fuzz
contract: setup
	$(PY) -m pytest tests/contract

# A long contract run: many more examples per operation, a fresh seed each time.
FUZZ_EXAMPLES ?= 500
fuzz: setup
	VIMMERSE_CONTRACT_EXAMPLES=$(FUZZ_EXAMPLES) VIMMERSE_CONTRACT_SEED=random \
	VIMMERSE_CONTRACT_TIMEOUT=3600 $(PY) -m pytest tests/contract/test_contract.py

# The SDK, CLI and kit tests on every other supported Python (pyproject's classifiers),
# from the wheel in a venv per Python; one line for a Python this machine lacks.
.PHONY: pythons
pythons: venv
	$(PY) -m devtools.pythons $(PYTHONS_ARGS)

# Benchmarks (not part of `make test`): prints the table and writes bench/results/.
# Every figure is a ratio against a baseline measured in the same run. BENCH_ARGS, e.g.
# `--only fanout resilience` or `--smoke`: see `$(PY) -m bench --help`.
.PHONY: bench
bench: setup
	$(PY) -m bench $(BENCH_ARGS)

# Faults, hostile clients and slow webhook receivers at once, for a bounded time (not part
# of `make test`): jobs lost, charged twice, webhooks delivered twice, 5xx, the mock's RSS.
# SOAK_ARGS, e.g. `--jobs 200 --seconds 30`: see `$(PY) -m bench.soak --help`.
.PHONY: soak
soak: setup
	$(PY) -m bench.soak $(SOAK_ARGS)
