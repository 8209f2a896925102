#!/usr/bin/env bash
# Release build into dist/ (no server). Assumes tools/install.sh has run.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/env.sh
trunk build --release "$@"
