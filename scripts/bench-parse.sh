#!/usr/bin/env bash
# Parse benchmark over the CPython standard library on this machine: share of files parsed without errors and
# lines/s. Files CPython itself rejects (Python 2 test data, badsyntax_*.py) are reported separately, because the
# rate is meant to measure our grammar against what CPython accepts.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY=${PYTHON:-python3}
STDLIB=${1:-$($PY -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

find "$STDLIB" -name '*.py' -not -path '*/site-packages/*' | sort > "$WORK/all.txt"
$PY - "$WORK/all.txt" "$WORK/accepted.txt" <<'PYEOF'
import sys, warnings
warnings.simplefilter("ignore")
accepted = []
for path in open(sys.argv[1]).read().split("\n"):
    if not path:
        continue
    try:
        compile(open(path, "rb").read(), path, "exec", dont_inherit=True)
        accepted.append(path)
    except Exception:
        pass
open(sys.argv[2], "w").write("\n".join(accepted) + "\n")
PYEOF

echo "CPython: $($PY --version 2>&1), standard library at $STDLIB"
echo "$(wc -l < "$WORK/all.txt") .py files, $(wc -l < "$WORK/accepted.txt") of them accepted by CPython's own compile()"
echo
echo "### Files CPython accepts"
"$ROOT/stagesense" bench-parse --warmup 1 --files "$WORK/accepted.txt"
echo
echo "### All files (including Python 2 / deliberately broken test data)"
"$ROOT/stagesense" bench-parse --warmup 0 --files "$WORK/all.txt" | head -3
