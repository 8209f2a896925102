#!/usr/bin/env bash
# Installs every tool Ruta's build and tests need, at pinned versions, skipping what is already
# there at the right version. Safe to run again (idempotent). Debian 12 + rustup + Node 20 assumed.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock (pinned "=" in Cargo.toml).
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
WITH_CHROMIUM=${WITH_CHROMIUM:-1}

say() { printf '\033[1m[install]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

say "wasm32 target"
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION (compiles from crates.io, ~8 min once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
else
  say "trunk $TRUNK_VERSION already installed"
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION (~4 min once)"
  # Not --locked: its lockfile pins a webpki-roots the registry mirror lacks (seen on these machines).
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
else
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION already installed"
fi

if [ "$WITH_CHROMIUM" = 1 ]; then
  if ! command -v /usr/bin/chromium >/dev/null || ! command -v /usr/bin/chromedriver >/dev/null; then
    say "chromium + chromedriver (Debian packages)"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  else
    say "chromium already installed ($(/usr/bin/chromium --version 2>/dev/null | head -1))"
  fi
fi

# npm dev tools (binaryen's wasm-opt, playwright-core, axe-core) from package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || ! npm ls --depth=0 >/dev/null 2>&1; then
  say "npm ci"
  npm ci --no-audit --no-fund
else
  say "npm packages up to date"
fi

say "cargo fetch (Trunk builds offline)"
cargo fetch --target wasm32-unknown-unknown -q
cargo fetch -q
