#!/usr/bin/env bash
# Performance benchmark: builds the release site and prints one table (sizes, the floor,
# Lighthouse mobile, re-query latency, memory, wasm breakdown). Not a test: it prints figures.
set -euo pipefail
cd "$(dirname "$0")/.."
WITH_CHROMIUM=1 tools/install.sh
. tools/env.sh
if ! command -v twiggy >/dev/null || [ "$(twiggy --version | awk '{print $2}')" != "0.8.0" ]; then
  cargo install twiggy --version 0.8.0 --locked
fi
trunk build --release
node tools/bench.mjs
