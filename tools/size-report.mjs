#!/usr/bin/env node
// Prints the release build's file sizes: raw, gzip -9 and brotli (q11), per file and per type.
// Usage: node tools/size-report.mjs [dist-dir]   (run tools/build.sh first)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const files = [];
(function walk(d) {
  for (const f of readdirSync(d)) {
    const p = join(d, f);
    statSync(p).isDirectory() ? walk(p) : files.push(p);
  }
})(dist);

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const row = (name, r, g, b) => console.log(`${name.padEnd(44)}${kb(r)}${kb(g)}${kb(b)}`);
const totals = {};
console.log(`${'file'.padEnd(44)}${'raw KB'.padStart(8)}${'gzip'.padStart(8)}${'brotli'.padStart(8)}`);
for (const f of files.sort()) {
  const buf = readFileSync(f);
  const g = gzipSync(buf, { level: 9 }).length;
  const b = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  row(relative(dist, f), buf.length, g, b);
  const t = extname(f).slice(1) || 'other';
  totals[t] ??= [0, 0, 0];
  totals[t][0] += buf.length; totals[t][1] += g; totals[t][2] += b;
}
console.log('-'.repeat(68));
let all = [0, 0, 0];
for (const [t, v] of Object.entries(totals)) {
  row(`total .${t}`, ...v);
  all = all.map((x, i) => x + v[i]);
}
row('total', ...all);
