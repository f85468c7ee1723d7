#!/usr/bin/env node
// Coroutine switch cost: runs bench/lua/coroutine-switch.lua on every engine in one run and prints
// ns per resume+yield round trip with the ratio to lua5.1 (timed inside the script, startup
// excluded). usage: node bench/coroutine-switch.js [--n N] [--engines lupa,lua5.1,luajit,fengari,wasmoon]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { ENGINES, availableEngines } from './engines.js';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, 'lua/coroutine-switch.lua');
const argv = process.argv.slice(2);
const opt = (name, def) => { const i = argv.indexOf('--' + name); return i >= 0 ? argv[i + 1] : def; };
const n = opt('n', '1000000');
const wanted = availableEngines(opt('engines', 'lupa,lua5.1,luajit,fengari,wasmoon'));
// The slow peers get a smaller n (the figure is per round trip either way).
const sizeFor = (e) => (e === 'fengari' || e === 'wasmoon' ? String(Math.max(1, Math.floor(+n / 20))) : n);

const results = {};
for (const e of wanted) {
  const [cmd, pre] = ENGINES[e];
  const p = spawnSync(cmd, [...pre, script, sizeFor(e)], { encoding: 'latin1' });
  if (p.status !== 0) { results[e] = null; process.stderr.write(`${e}: ${p.stderr.split('\n')[0]}\n`); continue; }
  results[e] = Object.fromEntries(p.stdout.split('\n').filter((l) => /^[a-z-]+ [\d.]+$/.test(l))
    .map((l) => { const [k, v] = l.split(' '); return [k, +v]; }));
}
const cases = Object.keys(results['lua5.1'] ?? results[wanted[0]] ?? {});
const others = wanted.filter((e) => e !== 'lua5.1');
let md = `| round trip | lua5.1 (ns) | ${others.map((e) => `${e} ×`).join(' | ')} |\n|---|---:|${others.map(() => '---:').join('|')}|\n`;
for (const c of cases) {
  const base = results['lua5.1']?.[c];
  md += `| ${c} | ${base?.toFixed(0) ?? '–'} | ${others.map((e) => {
    const x = results[e]?.[c];
    return x === undefined || base === undefined ? 'fail' : (x / base).toFixed(2);
  }).join(' | ')} |\n`;
}
console.log(md);
