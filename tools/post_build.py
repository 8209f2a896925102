#!/usr/bin/env python3
"""Trunk post_build step (tools/post_build.sh runs it with TRUNK_STAGING_DIR set).

1. Fills public/boot.js with this build's hashed JS/wasm names and saves it as boot-<hash>.js.
2. Replaces the inline loader Trunk injects into index.html with that external file, so the
   Content-Security-Policy needs no 'unsafe-inline'.
3. Fills sw.js with the version and the list of every file of the build (all languages), so the
   offline list is generated, never written by hand.
4. Writes the static danger boxes and recovery texts (crates/engine/examples/prewasm.rs, run by
   tools/post_build.sh into .prewasm.html) into index.html, so the danger box of a results link and
   the recovery screen need no wasm (issue 13 item 6, issue 14).
5. Gives theme.js a hashed name (boot.js and embed.js import it) so a tab on an older version
   never mixes in a newer theme.js.
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

theme = (stage / "theme.js").read_text(encoding="utf-8")
theme_name = f"theme-{short_hash(theme.encode())}.js"
(stage / theme_name).write_text(theme, encoding="utf-8")
(stage / "theme.js").unlink()

boot_src = (stage / "boot.js").read_text(encoding="utf-8")
boot = boot_src.replace("__RUTA_JS__", "./" + js.name).replace("__RUTA_WASM__", "./" + wasm.name).replace("'./theme.js'", f"'./{theme_name}'")
boot_name = f"boot-{short_hash(boot.encode())}.js"
(stage / boot_name).write_text(boot, encoding="utf-8")
(stage / "boot.js").unlink()

# The widget's stylesheet: the same rules, sized in em from a fixed 16 px on the shadow host, so a
# host page's font sizes (even `* { font-size: 40px !important }`) cannot reach inside.
css_file = next(stage.glob("style-*.css"))
css = css_file.read_text(encoding="utf-8")
widget_css = (
    ":host{all:initial;display:block;font-size:16px!important;line-height:1.5!important;"
    "font-family:var(--ruta-font)!important;color:var(--ruta-fg)!important;background:var(--ruta-bg);text-align:left}"
    ".ruta-root{font-size:1em}"
    # Custom properties are defined on :root in the page; in a shadow tree that is :host (the
    # host page can still override them: that is the theming).
    + re.sub(r"(\d*\.?\d+)rem\b", r"\1em", css).replace(":root", ":host")
)
widget_name = f"widget-{short_hash(widget_css.encode())}.css"
(stage / widget_name).write_text(widget_css, encoding="utf-8")

# Stable names for hosts: embed.js (widget) and frame-host.js (iframe) — not hashed, so a host's
# snippet never changes; they are small and point at this build's hashed files.
embed = (stage / "embed.js").read_text(encoding="utf-8")
embed = embed.replace("__RUTA_JS__", "./" + js.name).replace("__RUTA_WASM__", "./" + wasm.name).replace("__RUTA_WIDGET_CSS__", "./" + widget_name)
embed = embed.replace("'./theme.js'", f"'./{theme_name}'")
(stage / "embed.js").write_text(embed, encoding="utf-8")

index = (stage / "index.html").read_text(encoding="utf-8")
index, n = re.subn(r"<script type=\"?module\"?>.*?</script>", f'<script type=module src=./{boot_name}></script>', index, flags=re.S)
if n != 1:
    sys.exit(f"post_build: expected one inline loader script in index.html, found {n}")
fragment_file = stage / ".prewasm.html"
fragment = fragment_file.read_text(encoding="utf-8")
fragment_file.unlink()
index, n = re.subn(r"<div id=\"?boot-static\"?></div>", lambda _: fragment, index)
if n != 1 or 'class="blc"' not in fragment:
    sys.exit(f"post_build: expected one <div id=boot-static> in index.html and a fragment with danger boxes, found {n}")
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
