#!/usr/bin/env bash
# Runs every test suite of the project. This is the README's test command (via ./stagesense test) and what CI runs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

echo "== Java (Maven: grammar, featurization, server) =="
mvn -B -q -ntp install

if [ -d model-training/python/tests ]; then
  echo "== Python (model training) =="
  /usr/bin/python3 -m pytest -q model-training/python/tests
fi

if [ -f jupyter-extension/package.json ]; then
  echo "== TypeScript (JupyterLab extension) =="
  (cd jupyter-extension && npm test --silent)
fi
