#!/usr/bin/env bash
# Installs what newsd needs on a fresh Debian machine: the C libraries it links and the tools
# its tests use. Safe to run again: it installs only what is missing.
set -euo pipefail

packages=(libsystemd-dev libsqlite3-dev pkg-config util-linux systemd python3-pip)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [[ $(id -u) == 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Python packages the tests use: the varlink client package, as a client no one here wrote.
if ! python3 -c "import varlink" 2>/dev/null; then
  echo "setup: installing the Python varlink package" >&2
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore varlink >/dev/null
fi

command -v swift >/dev/null || { echo "setup: the Swift 6 toolchain is not on PATH (expected at /opt/swift)" >&2; exit 1; }
pkg-config --exists libsystemd || { echo "setup: pkg-config cannot find libsystemd" >&2; exit 1; }
pkg-config --exists sqlite3 || { echo "setup: pkg-config cannot find sqlite3 (newsbench's baseline)" >&2; exit 1; }
