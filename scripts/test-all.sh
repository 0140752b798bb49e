#!/usr/bin/env bash
# Runs every test suite of the project. This is the README's test command (via ./stagesense test) and what CI runs.
# Ends with one "N passed, N failed" line over all suites.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
passed=0
failed=0
status=0

echo "== Java (Maven: grammar, featurization, server, dataset builder) =="
mvn -B -ntp install || status=1
read -r p f < <(/usr/bin/python3 "$ROOT/scripts/surefire-totals.py" "$ROOT")
passed=$((passed + p)); failed=$((failed + f))

if [ -d model-training/python/tests ]; then
  echo "== Python (model training) =="
  report=$(mktemp)
  (cd model-training/python && /usr/bin/python3 -m pytest -q -p no:cacheprovider --junitxml="$report" tests) || status=1
  read -r p f < <(/usr/bin/python3 "$ROOT/scripts/surefire-totals.py" --junit "$report")
  passed=$((passed + p)); failed=$((failed + f))
  rm -f "$report"
fi

if [ -f jupyter-extension/package.json ]; then
  echo "== TypeScript (JupyterLab extension) =="
  (cd jupyter-extension && npm test --silent) || status=1
fi

echo
echo "$passed passed, $failed failed"
exit $status
