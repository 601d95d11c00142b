#!/usr/bin/env bash
# `npm test`: everything, in order of speed. Any failure stops the run with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

step "typecheck"
npm run --silent typecheck
step "lint (ESLint) and format (Prettier)"
npm run --silent lint
step "no test skips itself (except for a missing system package)"
npm run --silent check:skips
step "unit tests"
npm run --silent test:unit
step "database tests (PostgreSQL + pgTAP)"
npm run --silent test:db
step "Firefox build + web-ext lint"
npm run --silent lint:firefox
step "Firefox smoke tests (Firefox ESR + the Firefox build + replica pages)"
npm run --silent test:firefox
step "end-to-end tests (Chromium + built extension + replica pages)"
npm run --silent test:e2e
printf '\n\033[1mAll tests passed.\033[0m\n'
