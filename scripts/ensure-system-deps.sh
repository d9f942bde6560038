#!/usr/bin/env bash
# Installs what the tests need from Debian when it is missing: Chromium for the
# browser tests (Playwright's own download cannot work here) and PostgreSQL 15
# for the compatibility tests. Idempotent and quick when both are present.
set -euo pipefail
PG15_BIN="${PARLEY_PG15_BIN:-/usr/lib/postgresql/15/bin}"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
[ -x "$PG15_BIN/initdb" ] || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "[parley] installing from Debian: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "[parley] need root (or sudo) to apt-get install ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
