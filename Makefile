# footspine-viz: the two quick-start commands are `make run` and `make test`.
# Each creates the virtual environment it needs in .venv.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
# What `make run` starts; override with e.g. `make run ARGS="serve --kiosk"`.
ARGS   ?= serve

.PHONY: run test install install-test chromium bench bench-ui bench-web build-web-assets clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade "pip>=24,<27"

$(VENV)/.installed: $(BIN)/python pyproject.toml requirements-meshes.txt
	$(PIP) install --quiet -e .
	$(PIP) install --quiet --no-deps -r requirements-meshes.txt
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test chromium

# Browser tests drive Debian's Chromium (never a downloaded browser); the
# desktop-window test runs a real window under Xvfb, driven by xdotool.
SYSTEM_PACKAGES := chromium xvfb xdotool
chromium:
	@{ command -v chromium && command -v Xvfb && command -v xdotool; } >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null; }

run: install
	$(BIN)/footspine-viz $(ARGS)

test: install-test
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python scripts/bench.py

bench-ui: install-test
	$(BIN)/python -m footspine_viz.ui.bench

# The page bundle (footspine_viz/web/static) from web/'s lock file; commit the result.
build-web-assets:
	cd web && npm ci --no-audit --no-fund && node build.mjs

bench-web: install-test
	$(BIN)/python scripts/bench_web.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
