# Sourced by the scripts: the npm wasm-opt (binaryen 132) must come before any other on PATH,
# Debian's wasm-opt 108 silently breaks the wasm: the page dies at load with
# "WebAssembly.Table.set(): Argument 1 is invalid for table" (reference types).
export PATH="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
