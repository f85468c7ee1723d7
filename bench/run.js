#!/usr/bin/env node
// Benchmarks: ../shared/bench/lua/*.lua on lupa (interpreter, JIT later) and the references in
// one run; prints seconds per engine and the ratio to lua5.1, with geomeans.
//
//   node bench/run.js [--runs N] [--engines lupa,lua5.1,luajit,fengari,wasmoon] [--only name,...]
//                     [--scale F]   (F multiplies nothing; sizes are the scripts' defaults unless --small)
//                     [--small]     (quick smoke sizes)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { ENGINES, availableEngines } from './engines.js';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const benchDir = resolve(root, '../shared/bench/lua');

const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf('--' + name);
  return i >= 0 ? argv[i + 1] : def;
};
const runs = +opt('runs', '1');
const small = argv.includes('--small');
const only = opt('only', '');
const SMALL = {
  'binary-trees': 10, closures: 100000, coroutines: 200000, 'fannkuch-redux': 7, fib: 25, loop: 1000000,
  mandelbrot: 200, nbody: 20000, oop: 200000, 'spectral-norm': 100, strings: 20000, tables: 20000, varargs: 60000,
};

const wanted = availableEngines(opt('engines', 'lupa,lua5.1,luajit,fengari,wasmoon'));

function time(engine, file, args) {
  const [cmd, pre] = ENGINES[engine];
  const cargs = [...pre, file, ...args];
  let best = Infinity;
  let out = '';
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    const p = spawnSync(cmd, cargs, { cwd: benchDir, encoding: 'latin1', maxBuffer: 1 << 26 });
    const t = Number(process.hrtime.bigint() - t0) / 1e9;
    if (p.status !== 0) return { t: NaN, out: (p.stderr || '').split('\n')[0] };
    out = (p.stdout.match(/checksum:.*/) || [''])[0];
    best = Math.min(best, t);
  }
  return { t: best, out };
}

const files = readdirSync(benchDir).filter((f) => f.endsWith('.lua')).sort()
  .filter((f) => !only || only.split(',').includes(f.replace(/\.lua$/, '')));
const rows = [];
for (const f of files) {
  const name = f.replace(/\.lua$/, '');
  const args = small ? [String(SMALL[name])] : [];
  const row = { name };
  for (const e of wanted) row[e] = time(e, f, args);
  const ref = row['lua5.1'];
  for (const e of wanted) {
    if (e !== 'lua5.1' && ref && row[e].out && ref.out && row[e].out !== ref.out && !Number.isNaN(row[e].t)) row[e].bad = true;
  }
  rows.push(row);
  process.stderr.write(`${name}: ${wanted.map((e) => `${e} ${row[e].t.toFixed(2)}s${row[e].bad ? ' (WRONG CHECKSUM)' : ''}`).join(', ')}\n`);
}

const fmt = (x) => (Number.isFinite(x) ? x.toFixed(2) : 'fail');
const geo = (xs) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
const others = wanted.filter((e) => e !== 'lua5.1');
let md = `| script | lua5.1 (s) | ${others.map((e) => `${e} ×`).join(' | ')} |\n|---|---:|${others.map(() => '---:').join('|')}|\n`;
const ratios = Object.fromEntries(others.map((e) => [e, []]));
for (const r of rows) {
  const base = r['lua5.1']?.t;
  md += `| ${r.name} | ${fmt(base)} | ${others.map((e) => {
    const x = r[e].t / base;
    if (Number.isFinite(x)) ratios[e].push(x);
    return fmt(x) + (r[e].bad ? ' ✗' : '');
  }).join(' | ')} |\n`;
}
md += `| **geomean** | | ${others.map((e) => fmt(geo(ratios[e]))).join(' | ')} |\n`;
console.log(md);
