#!/usr/bin/env bash
# Every test: native (content, engine, URL state), wasm-bindgen-test in headless Chromium, and
# end-to-end Playwright + axe over the release build. Installs pinned tools first if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install.sh
. tools/env.sh

echo "== native tests (content checker, engine, URL state, messages)"
cargo test --workspace --exclude ruta

echo "== plain-language scores of the woman-view texts (target 70)"
python3 tools/readability.py

echo "== wasm-bindgen-test in headless Chromium"
cargo test -p ruta --target wasm32-unknown-unknown

echo "== release build (dist/) and the single-file edition (out/ruta.html)"
trunk build --release
tools/single-file.sh

echo "== end-to-end (Playwright + axe-core over dist/)"
node --test --test-concurrency=1 tests/e2e/
