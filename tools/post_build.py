#!/usr/bin/env python3
"""Trunk post_build step (tools/post_build.sh runs it with TRUNK_STAGING_DIR set).

1. Fills public/boot.js with this build's hashed JS/wasm names and saves it as boot-<hash>.js.
2. Replaces the inline loader Trunk injects into index.html with that external file, so the
   Content-Security-Policy needs no 'unsafe-inline'.
3. Fills sw.js with the version and the list of every file of the build (all languages), so the
   offline list is generated, never written by hand.
"""
import hashlib
import json
import os
import re
import sys
from pathlib import Path

stage = Path(os.environ["TRUNK_STAGING_DIR"])


def short_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


js = next(stage.glob("ruta-*.js"))
wasm = next(stage.glob("ruta-*_bg.wasm"))

boot_src = (stage / "boot.js").read_text(encoding="utf-8")
boot = boot_src.replace("__RUTA_JS__", "./" + js.name).replace("__RUTA_WASM__", "./" + wasm.name)
boot_name = f"boot-{short_hash(boot.encode())}.js"
(stage / boot_name).write_text(boot, encoding="utf-8")
(stage / "boot.js").unlink()

index = (stage / "index.html").read_text(encoding="utf-8")
index, n = re.subn(r"<script type=\"?module\"?>.*?</script>", f'<script type=module src=./{boot_name}></script>', index, flags=re.S)
if n != 1:
    sys.exit(f"post_build: expected one inline loader script in index.html, found {n}")
if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", index):
    sys.exit("post_build: an inline script is left in index.html (the CSP forbids it)")
(stage / "index.html").write_text(index, encoding="utf-8")

files = sorted(p for p in stage.rglob("*") if p.is_file() and p.name != "sw.js")
digest = hashlib.sha256()
for p in files:
    digest.update(p.relative_to(stage).as_posix().encode())
    digest.update(p.read_bytes())
version = digest.hexdigest()[:16]
urls = ["./"] + ["./" + p.relative_to(stage).as_posix() for p in files]
sw = (stage / "sw.js").read_text(encoding="utf-8")
sw = sw.replace("__RUTA_VERSION__", version).replace("__RUTA_FILES__", json.dumps(urls, indent=1))
(stage / "sw.js").write_text(sw, encoding="utf-8")
(stage / "version.json").write_text(json.dumps({"version": version}), encoding="utf-8")
total = sum(p.stat().st_size for p in files)
print(f"post_build: {boot_name}, service worker version {version}, {len(urls)} files precached ({total} bytes)")
