// A local test server for embedding Ruta, with the headers docs/EMBED.md asks for:
//   node examples/host/serve.mjs dist 8080            # Ruta's files (CORS, wasm type, no-cache)
//   node examples/host/serve.mjs examples/host 8000   # your page (here: the demo host page)
//   node examples/host/serve.mjs examples/host 8000 --csp http://127.0.0.1:8080
//     ... the same page under the strict Content-Security-Policy of docs/EMBED.md
// then open http://127.0.0.1:8000/index.html?ruta=http://127.0.0.1:8080/
// Node 18+ only, no dependency. For testing on your machine, not for production.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'dist', port = '8080', flag, rutaOrigin] = process.argv.slice(2);
const root = resolve(dir);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.bin': 'application/octet-stream',
};
// Files whose names never change must be revalidated; every other file name carries a hash.
const STABLE = new Set(['index.html', 'sw.js', 'embed.js', 'frame-host.js']);
function csp(ruta) {
  return [
    "default-src 'self'",
    `script-src 'self' ${ruta} 'wasm-unsafe-eval'`,
    `connect-src 'self' ${ruta}`,
    `style-src 'self' ${ruta}`,
    `img-src 'self' ${ruta} data:`,
    `frame-src ${ruta}`,
  ].join('; ');
}
createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  try {
    const body = await readFile(file);
    const name = file.slice(file.lastIndexOf('/') + 1);
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
      'cache-control': STABLE.has(name) ? 'no-cache' : 'public, max-age=31536000, immutable',
    };
    if (flag === '--csp' && extname(file) === '.html') headers['content-security-policy'] = csp(rutaOrigin || 'http://127.0.0.1:8080');
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}/`));
