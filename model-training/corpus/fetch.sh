#!/usr/bin/env bash
# Gathers the dataset builder's default corpora into DATA_DIR (default: model-training/corpus/data, git-ignored),
# at the versions pinned in sources.lock:
#   DATA_DIR/notebooks      -> link to $ROOT/../shared/data/notebooks (linked, never copied)
#   DATA_DIR/packages       -> link to $ROOT/../shared/data/packages (pypi-ranked.tsv, Debian deb822 list)
#   DATA_DIR/docs/<pkg>/    Debian documentation packages (notebooks, gallery examples, ipython rst), dpkg -x
#   DATA_DIR/root/          Debian python3 library packages + CPython stdlib, dpkg -x into one tree
#   DATA_DIR/java/          *-sources.jar of the Java libraries
#   DATA_DIR/MANIFEST.tsv   what was fetched: kind, name, version, sha256 of the downloaded file
# Needs apt-get, dpkg and Maven; no root (apt-get download and dpkg -x write only into DATA_DIR).
# Re-running skips what is already there. Usage: fetch.sh [DATA_DIR]
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DATA="$(mkdir -p "${1:-$HERE/data}" && cd "${1:-$HERE/data}" && pwd)"
MVN="${MVN:-mvn}"
DEBS="$DATA/debs"
mkdir -p "$DEBS" "$DATA/docs" "$DATA/root" "$DATA/java"
MANIFEST="$DATA/MANIFEST.tsv"
printf 'kind\tname\tversion\tsha256\n' > "$MANIFEST"

log() { echo "fetch: $*" >&2; }

link_shared() {
  local name="$1" target="$ROOT/../shared/data/$1"
  if [ -d "$target" ]; then
    ln -sfn "$(cd "$target" && pwd)" "$DATA/$name"
    log "linked $DATA/$name -> $target"
  else
    log "no $target: skipping the shared $name corpus"
  fi
}

# apt-get download needs the exact version; a mirror that moved on serves the candidate instead
deb_file() {
  local kind="$1" pkg="$2" want="$3" have
  have="$(apt-cache policy "$pkg" 2>/dev/null | awk '/Candidate:/ {print $2}')"
  if [ -z "$have" ] || [ "$have" = "(none)" ]; then
    log "$pkg is not known to apt (apt-cache policy): skipped"
    return 1
  fi
  local version="$want"
  if ! apt-cache madison "$pkg" | awk -F'|' '{gsub(/ /, "", $2); print $2}' | grep -qxF "$want"; then
    log "WARNING: $pkg=$want is not available, fetching the candidate $have"
    version="$have"
  fi
  local existing
  existing="$(find "$DEBS" -maxdepth 1 -name "${pkg}_*.deb" -print -quit)"
  if [ -z "$existing" ] || [ "$(dpkg-deb -f "$existing" Version)" != "$version" ]; then
    rm -f "$DEBS/${pkg}"_*.deb
    # as root, apt would hand the download to its _apt user, which cannot write here
    (cd "$DEBS" && apt-get download -q -o APT::Sandbox::User="$(id -un)" "$pkg=$version" >/dev/null) \
      || { log "$pkg=$version: download failed, skipped"; return 1; }
    existing="$(find "$DEBS" -maxdepth 1 -name "${pkg}_*.deb" -print -quit)"
  fi
  printf '%s\t%s\t%s\t%s\n' "$kind" "$pkg" "$version" "$(sha256sum "$existing" | cut -d' ' -f1)" >> "$MANIFEST"
  echo "$existing"
}

fetch_doc() {
  local pkg="$1" version="$2" deb
  deb="$(deb_file doc "$pkg" "$version")" || return 0
  if [ ! -d "$DATA/docs/$pkg" ]; then
    dpkg -x "$deb" "$DATA/docs/$pkg.tmp" && mv "$DATA/docs/$pkg.tmp" "$DATA/docs/$pkg"
  fi
  log "doc $pkg: $(find "$DATA/docs/$pkg" -type f \( -name '*.ipynb' -o -name '*.py' -o -name '*.rst' -o -name '*.rst.txt' \) | wc -l) notebook-like files"
}

fetch_pysrc() {
  local pkg="$1" version="$2" deb
  deb="$(deb_file pysrc "$pkg" "$version")" || return 0
  dpkg -x "$deb" "$DATA/root"
  log "pysrc $pkg: extracted"
}

fetch_java() {
  local coords="$1" version="$2" group artifact jar
  group="${coords%%:*}"
  artifact="${coords#*:}"
  jar="$DATA/java/$artifact-$version-sources.jar"
  if [ ! -f "$jar" ]; then
    $MVN -q -B -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="$group:$artifact:$version:jar:sources" -DoutputDirectory="$DATA/java" -Dmdep.useBaseVersion=true \
      >/dev/null 2>"$DATA/java/$artifact-$version.maven.log" \
      || { log "java $coords:$version: Maven could not fetch it (see $DATA/java/$artifact-$version.maven.log), skipped"
           return 0; }
  fi
  printf 'java\t%s\t%s\t%s\n' "$coords" "$version" "$(sha256sum "$jar" | cut -d' ' -f1)" >> "$MANIFEST"
  log "java $artifact-$version-sources.jar"
}

link_shared notebooks
link_shared packages

while read -r kind name version; do
  case "$kind" in
    doc) fetch_doc "$name" "$version" ;;
    pysrc) fetch_pysrc "$name" "$version" ;;
    java) fetch_java "$name" "$version" ;;
  esac
done < <(grep -vE '^\s*(#|$)' "$HERE/sources.lock")

log "done: $DATA ($(du -sh -L "$DATA" 2>/dev/null | cut -f1))"
