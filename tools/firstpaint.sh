#!/usr/bin/env bash
# Builds the first paint (crates/firstpaint) into a Trunk staging folder: the small wasm that
# draws a results link before the app (issue 14), as firstpaint-<hash>.js + firstpaint-<hash>_bg.wasm.
# Run by tools/post_build.sh; the same steps Trunk runs for the app (cargo → wasm-bindgen → wasm-opt -Oz).
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/env.sh
stage="${1:?usage: tools/firstpaint.sh <staging dir>}"
target="${CARGO_TARGET_DIR:-$PWD/target}"
cargo build -q --release --target wasm32-unknown-unknown -p ruta-firstpaint
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$tmp" --out-name firstpaint "$target/wasm32-unknown-unknown/release/ruta_firstpaint.wasm"
wasm-opt -Oz --output "$tmp/opt.wasm" "$tmp/firstpaint_bg.wasm"
h="$(cat "$tmp/firstpaint.js" "$tmp/opt.wasm" | sha256sum | cut -c1-16)"
rm -f "$stage"/firstpaint-*.js "$stage"/firstpaint-*_bg.wasm
cp "$tmp/opt.wasm" "$stage/firstpaint-${h}_bg.wasm"
cp "$tmp/firstpaint.js" "$stage/firstpaint-${h}.js"
