#!/usr/bin/env python3
"""Make the single-file edition: one self-contained ruta.html (wasm, JS, CSS, icon and every
language inlined) that opens from a phone's files, a USB stick or a chat download at a file://
address with no server and no network.

Usage: python3 tools/single_file.py BUILD_DIR OUT_FILE
BUILD_DIR is a Trunk release build made with --features embedded-locales (tools/single-file.sh).
The page keeps a strict Content-Security-Policy: its one script and one style are allowed by hash,
and connect-src is 'none', so it cannot make a request.
"""
import base64
import hashlib
import re
import sys
from pathlib import Path

build, out = Path(sys.argv[1]), Path(sys.argv[2])
index = (build / "index.html").read_text(encoding="utf-8")
# Every stylesheet index.html links (the app's style.css and boot.css), each inlined in place.
def css_of(m):
    href = re.search(r"href=\"?\.?/?([\w.-]+\.css)", m.group(0)).group(1)
    return (build / href).read_text(encoding="utf-8")
glue = next(build.glob("ruta-*.js")).read_text(encoding="utf-8")
wasm = next(build.glob("ruta-*_bg.wasm")).read_bytes()
boot = next(build.glob("boot-*.js")).read_text(encoding="utf-8")
svg = (build / "icon.svg").read_bytes()

# The wasm-bindgen glue as a plain part of one module: drop its exports.
glue = re.sub(r"^export (class|function|const|let) ", r"\1 ", glue, flags=re.M)
glue = re.sub(r"^export \{[^}]*\};?\s*$", "", glue, flags=re.M)
start = boot.index("/*__RUTA_START__*/")
end = boot.index("/*__RUTA_END__*/") + len("/*__RUTA_END__*/")
wasm_b64 = base64.b64encode(wasm).decode()
starter = (
    "const __ruta_wasm = Uint8Array.from(atob(RUTA_WASM_B64), (c) => c.charCodeAt(0));\n"
    "return __wbg_init({ module_or_path: __ruta_wasm });"
)
script = (
    f"const RUTA_WASM_B64 = '{wasm_b64}';\n"
    + glue
    + "\n"
    + boot[:start]
    + starter
    + boot[end:]
)

def sha(s):
    return "sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()

styles = [css_of(m) for m in re.finditer(r"<link [^>]*rel=stylesheet[^>]*>", index)]
if not styles:
    sys.exit("single_file: index.html links no stylesheet")
style_hashes = " ".join(sorted({f"'{sha(c)}'" for c in styles}))
csp = (
    "default-src 'none'; "
    f"script-src '{sha(script)}' 'wasm-unsafe-eval'; "
    f"style-src {style_hashes}; img-src data:; connect-src 'none'; "
    "base-uri 'none'; form-action 'none'; object-src 'none'"
)
icon = "data:image/svg+xml;base64," + base64.b64encode(svg).decode()

html = index
html = re.sub(r"<meta content=\"[^\"]*\" http-equiv=Content-Security-Policy>", lambda _: f'<meta content="{csp}" http-equiv=Content-Security-Policy>', html)
html = re.sub(r"<link [^>]*rel=stylesheet[^>]*>", lambda m: f"<style>{css_of(m)}</style>", html)
html = re.sub(r"<link [^>]*rel=icon>", lambda _: f"<link href={icon} rel=icon>", html)
html = re.sub(r"<link [^>]*rel=(manifest|apple-touch-icon|modulepreload|preload)[^>]*>", "", html)
html = re.sub(r"<link [^>]*rel=(modulepreload|preload)[^>]*>", "", html)
html = re.sub(r"<script type=module src=[^>]*></script>", lambda _: f"<script type=module>{script}</script>", html)
if "http-equiv=Content-Security-Policy" not in html or "<style>" not in html or "RUTA_WASM_B64" not in html:
    sys.exit("single_file: index.html did not have the expected shape")
left = re.findall(r"(?:href|src)=\.?/?[\w-]+\.(?:js|wasm|css|bin|png|webmanifest)", html)
if left:
    sys.exit(f"single_file: references left to other files: {left}")
out.parent.mkdir(parents=True, exist_ok=True)
out.write_text(html, encoding="utf-8")
print(f"single_file: {out} ({len(html.encode())} bytes)")
