#!/usr/bin/env bash
# The one test command (`npm test`): installs what is missing, then typecheck, lint, unit + integration tests
# (Vitest, real PostgreSQL), a production build and the e2e tests (Playwright, Debian Chromium, next start).
# Without DATABASE_URL it runs its own throwaway embedded PostgreSQL; with it, a throwaway database there.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
start=$(date +%s)
step() { printf '\n\033[1;36m== %s (%ss)\033[0m\n' "$1" "$(( $(date +%s) - start ))"; }

step "dependencies"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Debian's chromium for the e2e tests…"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null
fi
if ! command -v xmllint >/dev/null; then
  echo "Installing Debian's libxml2-utils (xmllint) for the QTI schema tests…"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq libxml2-utils >/dev/null
fi

step "typecheck"
node_modules/.bin/tsc --noEmit

step "lint (ESLint, Prettier)"
npm run --silent lint

step "production build (.next-test)"
NEXT_DIST_DIR=.next-test node_modules/.bin/next build > /tmp/pq-next-build.log 2>&1 || { cat /tmp/pq-next-build.log; exit 1; }
tail -n 3 /tmp/pq-next-build.log

step "database, unit, integration and e2e tests"
E2E_PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
export E2E_PORT
rm -rf .test-results
status=0
node scripts/db.mjs test -- bash -c 'node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=.test-results/vitest.json && node_modules/.bin/playwright test' || status=$?

# One closing line for both runners: "N passed, N failed".
node scripts/test-summary.mjs || true
[ "$status" = 0 ] && step "all tests passed" || step "tests FAILED"
exit "$status"
