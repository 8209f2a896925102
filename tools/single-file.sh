#!/usr/bin/env bash
# Build the single-file edition out/ruta.html (all languages inside; opens at file:// offline).
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/env.sh
trunk build --release --features embedded-locales --dist target/single-dist
python3 tools/single_file.py target/single-dist out/ruta.html
node tools/size-report.mjs out
