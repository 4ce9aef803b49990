#!/usr/bin/env bash
# Runs the test suite with the project's virtual environment (created by scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec .venv/bin/python -m pytest "$@"
