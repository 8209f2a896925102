#!/usr/bin/env python3
"""Make the single-file edition: one self-contained ruta.html (wasm, JS, CSS, icon and every
language inlined) that opens from a phone's files, a USB stick or a chat download at a file://
address with no server and no network.

Usage: python3 tools/single_file.py BUILD_DIR OUT_FILE
BUILD_DIR is a Trunk release build made with --features embedded-locales (tools/single-file.sh).
The page keeps a strict Content-Security-Policy: its scripts and styles are allowed by hash,
and connect-src is 'none', so it cannot make a request.
"""
import base64
import hashlib
import re
import sys
from pathlib import Path

build, out = Path(sys.argv[1]), Path(sys.argv[2])
index = (build / "index.html").read_text(encoding="utf-8")
glue = next(build.glob("ruta-*.js")).read_text(encoding="utf-8")
wasm = next(build.glob("ruta-*_bg.wasm")).read_bytes()
boot = next(build.glob("boot-*.js")).read_text(encoding="utf-8")
svg = (build / "icon.svg").read_bytes()

# The wasm-bindgen glue as a plain part of one module: drop its exports.
glue = re.sub(r"^export (class|function|const|let) ", r"\1 ", glue, flags=re.M)
glue = re.sub(r"^export \{[^}]*\};?\s*$", "", glue, flags=re.M)
start = boot.index("/*__RUTA_START__*/")
end = boot.index("/*__RUTA_END__*/") + len("/*__RUTA_END__*/")
# The wasm travels as a JS string with one character per byte, not as base64: a byte that is safe
# inside a '…' literal in a <script> stays itself (ASCII text, UTF-8 of the messages as Latin-1),
# every other byte b becomes U+0100 + b. The page reads each byte back as charCode & 0xFF. Base64
# cuts the bytes into 6-bit groups that brotli can no longer match; this keeps them whole, so the
# file compresses almost as well as the wasm itself (docs/PERFORMANCE.md: −70 KB brotli on the
# wasm alone). Escaped: controls (the HTML parser would rewrite NUL and CR), DEL and C1 controls,
# the quote and the backslash of the literal, and "<" (so no "</script" or "<!--" can appear).
def wasm_char(b):
    safe = (0x20 <= b < 0x7F and b not in (0x27, 0x5C, 0x3C)) or b >= 0xA0
    return chr(b) if safe else chr(0x100 + b)
WASM_TABLE = {b: wasm_char(b) for b in range(256)}
wasm_text = wasm.decode("latin-1").translate(WASM_TABLE)
assert all(ord(c) & 0xFF == b for c, b in zip(wasm_text, wasm)) and len(wasm_text) == len(wasm)
starter = (
    "const __ruta_wasm = Uint8Array.from(RUTA_WASM_TEXT, (c) => c.charCodeAt(0) & 255);\n"
    "return __wbg_init({ module_or_path: __ruta_wasm });"
)
script = (
    f"const RUTA_WASM_TEXT = '{wasm_text}';\n"
    + glue
    + "\n"
    + boot[:start]
    + starter
    + boot[end:]
)

def sha(s):
    return "sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()

# The single file fetches nothing: no first paint (its own small wasm) and no preloads.
index, n = re.subn(r"const FIRST = \{.*?\};\n(\s*)const APP = \{.*?\};", lambda m: "const FIRST = null;\n" + m.group(1) + "const APP = null;", index, count=1, flags=re.S)
if n != 1:
    sys.exit("single_file: index.html's prepaint script has no FIRST/APP files to remove")
# index.html already carries its stylesheets and prepaint.js inline (tools/post_build.py): keep
# them and allow each by its hash, with the one module script made here.
styles = re.findall(r"<style>(.*?)</style>", index, flags=re.S)
inline_scripts = re.findall(r"<script>(.*?)</script>", index, flags=re.S)
if not styles or not inline_scripts:
    sys.exit("single_file: index.html has no inline stylesheet or no prepaint script (run a build with tools/post_build.py)")
style_hashes = " ".join(sorted({f"'{sha(c)}'" for c in styles}))
script_hashes = " ".join(f"'{sha(c)}'" for c in [script] + inline_scripts)
csp = (
    "default-src 'none'; "
    f"script-src {script_hashes} 'wasm-unsafe-eval'; "
    f"style-src {style_hashes}; img-src data:; connect-src 'none'; "
    "base-uri 'none'; form-action 'none'; object-src 'none'"
)
icon = "data:image/svg+xml;base64," + base64.b64encode(svg).decode()

html = index
html = re.sub(r"<meta content=\"[^\"]*\" http-equiv=Content-Security-Policy>", lambda _: f'<meta content="{csp}" http-equiv=Content-Security-Policy>', html)
html = re.sub(r"<link [^>]*rel=icon>", lambda _: f"<link href={icon} rel=icon>", html)
html = re.sub(r"<link [^>]*rel=(manifest|apple-touch-icon|modulepreload|preload)[^>]*>", "", html)
html = re.sub(r"<link [^>]*rel=(modulepreload|preload)[^>]*>", "", html)
html = re.sub(r"<script type=module src=[^>]*></script>", lambda _: f"<script type=module>{script}</script>", html)
if "http-equiv=Content-Security-Policy" not in html or "<style>" not in html or "RUTA_WASM_TEXT" not in html:
    sys.exit("single_file: index.html did not have the expected shape")
left = re.findall(r"(?:href|src)=\.?/?[\w-]+\.(?:js|wasm|css|bin|png|webmanifest)", html)
if left:
    sys.exit(f"single_file: references left to other files: {left}")
out.parent.mkdir(parents=True, exist_ok=True)
out.write_text(html, encoding="utf-8")
print(f"single_file: {out} ({len(html.encode())} bytes)")
