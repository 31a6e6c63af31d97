# trialpages: `make demo` runs the product locally, `make test` runs every check.
# The functions run on python3.12 (template.yaml), so the venv and every test do too: pyenv's 3.12
# (on these machines and CI's), else a python3.12 on PATH, else python3 with a warning.
PYTHON ?= $(firstword $(wildcard $(shell pyenv root 2>/dev/null)/versions/3.12.*/bin/python3.12) $(shell command -v python3.12 2>/dev/null) python3)
PY_VERSION := $(shell $(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
VENV := .venv
BIN := $(VENV)/bin
SAM_VENV := .venv-sam
STAMP := $(VENV)/.installed-py$(PY_VERSION)
CHECKERS := tools/web-checkers

.PHONY: install demo test test-fast lint unit typecheck bench render sam-build clean

install: $(STAMP) $(CHECKERS)/node_modules/.installed

# The Nu Html Checker and axe-core for the page-quality tests (--ignore-scripts: vnu-jar's
# install script would try to download a Java runtime; Java 17 is on the machine).
$(CHECKERS)/node_modules/.installed: $(CHECKERS)/package.json $(CHECKERS)/package-lock.json
	cd $(CHECKERS) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

$(STAMP): requirements-dev.txt pyproject.toml shared/requirements.txt
	@test "$(PY_VERSION)" = "3.12" || echo "WARNING: no python3.12 found; the venv uses $(PYTHON) ($(PY_VERSION)), not Lambda's runtime" >&2
	@test "$$($(BIN)/python -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)" = "$(PY_VERSION)" \
		|| { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

$(SAM_VENV)/.installed: requirements-sam.txt
	test -x $(SAM_VENV)/bin/python || $(PYTHON) -m venv $(SAM_VENV)
	$(SAM_VENV)/bin/pip install --quiet -r requirements-sam.txt
	touch $@

demo: install
	$(BIN)/trialpages demo

test: install lint typecheck unit

# Test runs keep compiled modules and pytest's rewritten tests in .cache/pycache (outside the source
# tree, so the layer stays clean) even where PYTHONDONTWRITEBYTECODE is set: a run after the first
# then skips about 10 s a worker of compiling and assertion rewriting.
test-fast unit: export PYTHONDONTWRITEBYTECODE :=
test-fast unit: export PYTHONPYCACHEPREFIX := $(CURDIR)/.cache/pycache

# The inner loop: every test but the browser and slow ones (pytest -m unit / -m integration pick a layer).
test-fast: install $(SAM_VENV)/.installed
	$(BIN)/python -m pytest -n 2 -q -m "not browser and not slow"

lint: install $(SAM_VENV)/.installed
	SAM_CLI_TELEMETRY=0 AWS_DEFAULT_REGION=us-east-1 $(SAM_VENV)/bin/sam validate --lint --template template.yaml
	SAM_CLI_TELEMETRY=0 AWS_DEFAULT_REGION=us-east-1 $(SAM_VENV)/bin/sam validate --template template.yaml
	$(BIN)/cfn-lint template.yaml
	$(BIN)/ruff check shared functions dev tests
	$(BIN)/ruff format --check shared functions dev tests

unit: install $(SAM_VENV)/.installed
	$(BIN)/python -m pytest -n 2 -q --durations=10

# The Lambda code: the layer's package and the handlers (config: pyproject.toml [tool.mypy]).
typecheck: install
	$(BIN)/mypy

bench: install
	$(BIN)/trialpages bench --json bench.json

# sam build without containers needs python3.12 on PATH (pyenv has 3.12.1 on these machines).
sam-build: $(SAM_VENV)/.installed
	PATH="$$(pyenv root 2>/dev/null)/versions/3.12.1/bin:$$PATH" $(SAM_VENV)/bin/sam build --template template.yaml

clean:
	rm -rf $(VENV) $(SAM_VENV) .aws-sam build out .pytest_cache
