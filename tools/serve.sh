#!/usr/bin/env bash
# Build Ruta and serve it on http://127.0.0.1:8080 (installs pinned tools first if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
WITH_CHROMIUM=0 tools/install.sh
. tools/env.sh
exec trunk serve --release "$@"
