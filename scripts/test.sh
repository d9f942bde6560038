#!/usr/bin/env bash
# `npm test`: every check, in order of speed, stopping at the first failure.
set -uo pipefail
cd "$(dirname "$0")/.."

step() {
  local name="$1"; shift
  local started=$SECONDS
  echo
  echo "━━ $name"
  if "$@"; then
    echo "━━ $name: ok ($((SECONDS - started)) s)"
  else
    echo "━━ $name: FAILED ($((SECONDS - started)) s)" >&2
    echo "npm test: '$name' failed" >&2
    exit 1
  fi
}

step "system packages (chromium, postgresql 15)" bash scripts/ensure-system-deps.sh
step "typecheck" npx tsc --noEmit
step "lint" npx biome check .
step "unit tests" npx vitest run --project unit
step "production build (when sources changed)" node scripts/run.mjs build-if-stale
step "integration tests (embedded PostgreSQL 18 + Debian PostgreSQL 15)" npx vitest run --project integration
step "end-to-end tests (Chromium)" npx playwright test
echo
echo "npm test: all checks passed"
