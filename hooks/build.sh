#!/usr/bin/env bash
# ASK CLI v2 build hook: `ask deploy` runs `hooks/build.sh <OUT_FILE> <DO_DEBUG>` from the code's
# build folder (.ask/lambda) instead of its own npm-install-and-zip step. It must leave the deployable
# zip at OUT_FILE. We build the esbuild bundle and the reproducible package (scripts/package.ts), which
# also keeps dist/fortune-cookie-<version>-<commit>.zip for rollbacks.
set -euo pipefail

OUT_FILE="${1:?usage: hooks/build.sh <OUT_FILE> <DO_DEBUG>}"
DO_DEBUG="${2:-false}"
if [ "$DO_DEBUG" = "true" ]; then set -x; fi

# The CLI runs this with its build folder as the working directory: resolve OUT_FILE first, then work
# from the project root (this script's parent folder).
case "$OUT_FILE" in /*) ;; *) OUT_FILE="$PWD/$OUT_FILE" ;; esac
cd "$(dirname "$0")/.."

if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund
fi

npx --no-install tsx scripts/package.ts --out "$OUT_FILE"
