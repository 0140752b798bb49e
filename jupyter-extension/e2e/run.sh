#!/usr/bin/env bash
# End-to-end test of the JupyterLab extension: a real JupyterLab (pip, in a venv this script creates), the extension
# installed with pip from this directory, the real StageSense server (`./stagesense serve` with a temporary token file)
# and Debian's Chromium driven by playwright-core. Screenshots and logs land in e2e/artifacts/.
#
#   bash jupyter-extension/e2e/run.sh          (or `npm run e2e` in jupyter-extension/)
#
# Needs: python3 with venv, node/npm, /usr/bin/chromium (installed with apt-get when missing and run as root),
# Java 17 + Maven for the launcher's jar build. Maven runs under flock /tmp/stagesense-mvn.lock so it never competes
# with another build on the same machine.
set -euo pipefail
EXT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$EXT/.." && pwd)"
VENV="$EXT/e2e/.venv"
ARTIFACTS="$EXT/e2e/artifacts"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
mkdir -p "$ARTIFACTS"
rm -f "$ARTIFACTS"/*.png "$ARTIFACTS"/*.log "$ARTIFACTS"/*.json "$ARTIFACTS"/*.xml

step() { echo "e2e: $*" >&2; }

if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ]; then
    step "installing Debian's chromium"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  else
    echo "e2e: $CHROMIUM not found; install it with: sudo apt-get install chromium" >&2
    exit 1
  fi
fi

if [ ! -x "$VENV/bin/jupyter-lab" ] || [ ! -x "$VENV/bin/pytest" ]; then
  step "creating $VENV with JupyterLab"
  python3 -m venv "$VENV"
  nice "$VENV/bin/pip" install -q 'jupyterlab>=4.1,<5' 'hatchling>=1.5' 'hatch-jupyter-builder>=0.8' \
    pytest 'pytest-jupyter[server]>=0.6'
fi

cd "$EXT"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci"
  nice npm ci --no-audit --no-fund >/dev/null
fi
step "building the extension and installing it with pip"
PATH="$VENV/bin:$PATH" nice npm run --silent build:prod >"$ARTIFACTS/build.log" 2>&1 || { cat "$ARTIFACTS/build.log" >&2; exit 1; }
nice "$VENV/bin/pip" install -q --no-build-isolation --no-deps --force-reinstall "$EXT" >"$ARTIFACTS/pip.log" 2>&1 \
  || { cat "$ARTIFACTS/pip.log" >&2; exit 1; }
# (Read into a variable first: `grep -q` closing the pipe early would fail the pipeline under pipefail.)
extensions="$("$VENV/bin/jupyter" server extension list 2>&1)"
grep -q "stagesense_jupyter.*enabled" <<<"$extensions" \
  || { echo "e2e: server extension not enabled after pip install" >&2; exit 1; }

step "server extension tests (pytest)"
(cd "$EXT" && "$VENV/bin/python" -m pytest -q -p no:cacheprovider --junitxml="$ARTIFACTS/server-tests.xml" server_tests)

step "building the StageSense jar if needed"
cd "$ROOT"
if command -v flock >/dev/null; then
  flock /tmp/stagesense-mvn.lock ./stagesense serve --help >/dev/null
else
  ./stagesense serve --help >/dev/null
fi

WORK="$(mktemp -d /tmp/stagesense-e2e.XXXXXX)"
JUPYTER_PID=""
cleanup() {
  if [ -n "$JUPYTER_PID" ] && kill -0 "$JUPYTER_PID" 2>/dev/null; then
    kill "$JUPYTER_PID" 2>/dev/null || true
    wait "$JUPYTER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
SS_PORT="$(free_port)"
JP_PORT="$(free_port)"
JP_TOKEN="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
mkdir -p "$WORK/notebooks" "$WORK/jupyter-config" "$WORK/settings" "$WORK/workspaces"
cp "$EXT/e2e/fixtures/"* "$WORK/notebooks/"
# No "get notified about Jupyter news?" toast over the screenshots.
mkdir -p "$WORK/settings/@jupyterlab/apputils-extension"
echo '{"fetchNews": "false"}' >"$WORK/settings/@jupyterlab/apputils-extension/notification.jupyterlab-settings"

# CI and containers run as root, which Jupyter refuses unless told.
ROOT_FLAG=()
[ "$(id -u)" = 0 ] && ROOT_FLAG=(--allow-root)
step "starting JupyterLab on 127.0.0.1:$JP_PORT (StageSense expected on 127.0.0.1:$SS_PORT)"
# Fresh config, settings and workspace dirs: the run never sees (or changes) the user's own JupyterLab state.
# The venv's etc/jupyter still enables the server extension (that is what pip installed).
JUPYTER_CONFIG_DIR="$WORK/jupyter-config" JUPYTERLAB_SETTINGS_DIR="$WORK/settings" \
JUPYTERLAB_WORKSPACES_DIR="$WORK/workspaces" \
  "$VENV/bin/jupyter" lab --no-browser "${ROOT_FLAG[@]}" --ip 127.0.0.1 --port "$JP_PORT" \
  --ServerApp.token="$JP_TOKEN" --ServerApp.root_dir="$WORK/notebooks" \
  --StageSense.url="http://127.0.0.1:$SS_PORT" --StageSense.token_file="$WORK/stagesense-token" \
  --StageSense.autostart=False >"$ARTIFACTS/jupyter.log" 2>&1 &
JUPYTER_PID=$!
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$JP_PORT/api/status?token=$JP_TOKEN" >/dev/null 2>&1 && break
  kill -0 "$JUPYTER_PID" 2>/dev/null || { cat "$ARTIFACTS/jupyter.log" >&2; exit 1; }
  sleep 0.5
done

step "running the browser test"
cd "$EXT"
JUPYTER_URL="http://127.0.0.1:$JP_PORT" JUPYTER_TOKEN="$JP_TOKEN" CHROMIUM="$CHROMIUM" ARTIFACTS="$ARTIFACTS" \
STAGESENSE_ROOT="$ROOT" STAGESENSE_PORT="$SS_PORT" STAGESENSE_TOKEN_FILE="$WORK/stagesense-token" \
PROFILE_DIR="$WORK/chromium-profile" \
  node e2e/test.mjs
