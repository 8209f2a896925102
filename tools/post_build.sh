#!/usr/bin/env bash
# Trunk post_build hook: runs in the project root with TRUNK_STAGING_DIR set.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run by trunk}"
# One message pack per language: locales/<code>.<hash>.bin (names the wasm was compiled with).
cargo run -q -p ruta-contentc --bin packs -- "$TRUNK_STAGING_DIR" "$PWD"
# The danger boxes and recovery texts that need no wasm, from the engine and the same content.
cargo run -q -p ruta-engine --example prewasm > "$TRUNK_STAGING_DIR/.prewasm.html"
# The first paint (issue 14): its small wasm and its per-language message packs.
tools/firstpaint.sh "$TRUNK_STAGING_DIR"
cargo run -q -p ruta-firstpaint --example packs -- "$TRUNK_STAGING_DIR" "$PWD"
# External loader, CSP-clean index.html, static danger boxes, service worker precache list.
python3 tools/post_build.py
