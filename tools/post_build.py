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
6. Inlines style.css, boot.css and public/prepaint.js into index.html, each allowed by its hash in
   the Content-Security-Policy, so her danger box is painted from index.html alone (issue 14).
7. Gives prepaint.js the names of the first paint's files (crates/firstpaint, built by
   tools/firstpaint.sh) and of the app's, replacing Trunk's preloads; the first paint's files
   are left out of the offline precache.
5. Gives theme.js a hashed name (boot.js and embed.js import it) so a tab on an older version
   never mixes in a newer theme.js.
"""
import base64
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
# The message pack of each language, for boot.js to preload hers in parallel with the wasm.
packs = {f.name.split(".")[0]: "./locales/" + f.name for f in sorted((stage / "locales").glob("*.bin"))}
if not packs or "__RUTA_PACKS__" not in boot_src:
    sys.exit("post_build: expected locales/*.bin in the staging folder and __RUTA_PACKS__ in boot.js")
boot = boot_src.replace("__RUTA_PACKS__", json.dumps(packs, separators=(",", ":"))).replace("__RUTA_JS__", "./" + js.name).replace("__RUTA_WASM__", "./" + wasm.name).replace("'./theme.js'", f"'./{theme_name}'")
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
# prepaint.js runs inline right after the static boxes: her box is marked while the page is parsed.
prepaint = Path("public/prepaint.js").read_text(encoding="utf-8").strip().replace("\r\n", "\n").replace("\r", "\n")
# The first paint's files (tools/firstpaint.sh and crates/firstpaint/examples/packs.rs) and the
# app's: prepaint.js starts loading whichever this link gets, so index.html preloads neither.
fp_js = next(stage.glob("firstpaint-*.js"))
fp_wasm = next(stage.glob("firstpaint-*_bg.wasm"))
fp_packs = {f.name.split(".")[0]: "./locales/first/" + f.name for f in sorted((stage / "locales" / "first").glob("*.bin"))}
if sorted(fp_packs) != sorted(packs) or "__RUTA_FP__" not in prepaint or "__RUTA_APP__" not in prepaint:
    sys.exit("post_build: expected a first-paint pack per language and __RUTA_FP__/__RUTA_APP__ in prepaint.js")
prepaint = prepaint.replace("__RUTA_FP__", json.dumps({"js": "./" + fp_js.name, "wasm": "./" + fp_wasm.name, "packs": fp_packs}, separators=(",", ":")))
prepaint = prepaint.replace("__RUTA_APP__", json.dumps({"js": "./" + js.name, "wasm": "./" + wasm.name}, separators=(",", ":")))
index, n = re.subn(r"<link [^>]*rel=\"?(modulepreload|preload)\"?[^>]*>", "", index)
if n != 2:
    sys.exit(f"post_build: expected Trunk's two preloads (app JS and wasm) in index.html, found {n}")
if "</" in prepaint:
    sys.exit("post_build: public/prepaint.js must not contain '</' (it is inlined in a <script>)")
index, n = re.subn(r"<div id=\"?boot-static\"?></div>", lambda _: fragment + f"<script>{prepaint}</script>", index)
if n != 1 or 'class="blc"' not in fragment:
    sys.exit(f"post_build: expected one <div id=boot-static> in index.html and a fragment with danger boxes, found {n}")
# The stylesheets inline, so the first paint (her danger box) waits for nothing but index.html
# (issue 14): each request costs ≥ 562 ms of latency on slow 4G. The files stay for the widget.
def inline_css(m):
    href = re.search(r"href=\"?\.?/?([\w.-]+\.css)", m.group(0)).group(1)
    # The HTML parser turns CR and CRLF into LF: inline what it will hash.
    css = (stage / href).read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
    inlined_css.append(stage / href)
    if "</" in css:
        sys.exit(f"post_build: {href} contains '</' and cannot be inlined")
    return f"<style>{css}</style>"
inlined_css = []
index, n = re.subn(r"<link [^>]*rel=\"?stylesheet\"?[^>]*>", inline_css, index)
if n != 2:
    sys.exit(f"post_build: expected two stylesheets (style.css, boot.css) in index.html, found {n}")
# Only these inline blocks may run or apply, each allowed by its hash (no 'unsafe-inline').
def csp_hash(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
scripts = re.findall(r"<script>(.*?)</script>", index, flags=re.S)
styles = re.findall(r"<style>(.*?)</style>", index, flags=re.S)
if len(scripts) != 1 or len(styles) != 2:
    sys.exit(f"post_build: expected one inline script (prepaint) and two styles, found {len(scripts)} and {len(styles)}")
script_hashes = " ".join(csp_hash(x) for x in scripts)
style_hashes = " ".join(csp_hash(x) for x in styles)
index, n = re.subn(r"script-src 'self'", f"script-src 'self' {script_hashes}", index)
index, m = re.subn(r"style-src 'self'", f"style-src 'self' {style_hashes}", index)
if n != 1 or m != 1:
    sys.exit("post_build: the Content-Security-Policy of index.html did not have the expected script-src/style-src")
if re.search(r"<script(?![^>]*\bsrc=)(?!>)[^>]*>", index):
    sys.exit("post_build: an inline script other than prepaint.js is in index.html (the CSP forbids it)")
for f in inlined_css:
    f.unlink()  # inlined: not fetched, not precached (the widget has its own stylesheet)
(stage / "index.html").write_text(index, encoding="utf-8")

files = sorted(p for p in stage.rglob("*") if p.is_file() and p.name != "sw.js")
digest = hashlib.sha256()
for p in files:
    digest.update(p.relative_to(stage).as_posix().encode())
    digest.update(p.read_bytes())
version = digest.hexdigest()[:16]
# Not precached: the first paint (a first visit over the network only; offline the app is there).
def first_paint_file(p):
    rel = p.relative_to(stage).as_posix()
    return rel.startswith("firstpaint-") or rel.startswith("locales/first/")
urls = ["./"] + ["./" + p.relative_to(stage).as_posix() for p in files if not first_paint_file(p)]
sw = (stage / "sw.js").read_text(encoding="utf-8")
sw = sw.replace("__RUTA_VERSION__", version).replace("__RUTA_FILES__", json.dumps(urls, indent=1))
(stage / "sw.js").write_text(sw, encoding="utf-8")
(stage / "version.json").write_text(json.dumps({"version": version}), encoding="utf-8")
total = sum(p.stat().st_size for p in files)
print(f"post_build: {boot_name}, service worker version {version}, {len(urls)} files precached ({total} bytes)")
