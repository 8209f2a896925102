#!/usr/bin/env bash
# Performance benchmark: builds the release site and the single file, then prints ONE table with
# every budget of issue 14 (first visit, danger box before the wasm, Lighthouse, selection change,
# memory, offline pack, single file) and of issue 17's search (answer to a key, index size)
# beside the previous figures. The search's per-language table (tools/bench-search.mjs) comes
# first. Not a test: it prints figures.
#
#   tools/bench.sh                       build into target/bench/dist, then measure (≈ 8–10 min)
#   BENCH_DIST=/some/dist tools/bench.sh measure an existing build (no site build)
#   BENCH_RUNS=3 …                       fewer runs (default 5; figures are medians)
#   BENCH_SKIP_SINGLE=1 …                do not rebuild out/ruta.html (an existing one is measured)
#   BENCH_NO_INSTALL=1 …                 skip tools/install.sh (tools already installed)
#   BENCH_PREVIOUS=file.json …           compare with that run instead of target/bench/last.json
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${BENCH_NO_INSTALL:-}" ] || WITH_CHROMIUM=1 tools/install.sh
. tools/env.sh
if ! command -v twiggy >/dev/null || [ "$(twiggy --version | awk '{print $2}')" != "0.8.0" ]; then
  cargo install twiggy --version 0.8.0 --locked
fi
start=$(date +%s)
DIST=${BENCH_DIST:-}
if [ -z "$DIST" ]; then
  DIST=target/bench/dist
  trunk build --release --dist "$DIST"
fi
if [ -z "${BENCH_SKIP_SINGLE:-}" ]; then
  tools/single-file.sh >/dev/null
fi
echo "bench: builds took $(( $(date +%s) - start )) s" >&2
node tools/bench-search.mjs "$DIST" | grep -v '^{'
node tools/bench.mjs "$DIST"
