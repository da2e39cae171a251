#!/usr/bin/env bash
# The test command: system libraries Qt needs, a virtual environment with Reader and its test
# extra, then the whole suite (pytest; ruff and mypy run as tests too). Headless: the tests
# set QT_QPA_PLATFORM=offscreen themselves.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/system-deps.sh
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
exec .venv/bin/python -m pytest "$@"
