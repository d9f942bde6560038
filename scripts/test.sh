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

# --node-compat (.ci/run, on a second Node version): only the steps whose outcome depends on the Node
# running them. Typecheck and lint answer the same on any Node; e2e runs once, on Node 24 (see .ci/run).
compat=false
[ "${1:-}" = "--node-compat" ] && compat=true
echo "npm test on Node $(node -v)$($compat && echo ': unit and integration tests only (--node-compat)')"

step "system packages (chromium, postgresql 15)" bash scripts/ensure-system-deps.sh
$compat || step "typecheck" npx tsc --noEmit
$compat || step "lint" npx biome check .
step "unit tests" npx vitest run --project unit
step "production build (when sources changed)" node scripts/run.mjs build-if-stale
step "integration tests (embedded PostgreSQL 18 + Debian PostgreSQL 15)" npx vitest run --project integration
$compat || step "end-to-end tests (Chromium)" npx playwright test
echo
echo "npm test on Node $(node -v): all checks passed"
