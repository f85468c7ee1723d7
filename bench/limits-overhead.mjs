#!/usr/bin/env node
// What `limits: { instructions, timeoutMs }` costs: each ../shared/bench/lua script run in-process
// through the `lupa` API with limits off and on (a budget too large to run out, so the whole
// script runs with the counting and the clock checks active), alternating off/on runs.
//
//   node bench/limits-overhead.mjs [--runs 5] [--scale 1] [--only fib,loop]
//
// Sizes are bench/run.js's quick sizes times `scale`. Times are CPU time (process.cpuUsage),
// best of `runs`, so a busy machine disturbs them less. Needs the packages built.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = resolve(here, '../../shared/bench/lua');
const { LuaRuntime } = await import(join(here, '../packages/api/dist/index.js'));

const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf('--' + name);
  return i >= 0 ? argv[i + 1] : def;
};
const RUNS = +opt('runs', '5');
const SCALE = +opt('scale', '1');
const only = opt('only', '');

// bench/run.js's --small sizes; sizes that are not work counts (fannkuch's n) are not scaled.
const SIZES = {
  'binary-trees': 12, closures: 100000, coroutines: 200000, 'fannkuch-redux': 8, fib: 27, loop: 3000000,
  mandelbrot: 250, nbody: 50000, oop: 200000, 'spectral-norm': 150, strings: 20000, tables: 20000, varargs: 60000,
};
const UNSCALED = new Set(['binary-trees', 'fannkuch-redux', 'fib', 'mandelbrot', 'spectral-norm']);

const LIMITS = { instructions: 1e15, timeoutMs: 1e9 };

function runOnce(source, size, limits) {
  const lua = new LuaRuntime({ stdout: () => {}, limits });
  lua.globals().arg = lua.table(String(size));
  const fn = lua.compile(source, { name: '@bench.lua' });
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

const signed = (pct) => `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`.padStart(9);

const files = readdirSync(benchDir).filter((f) => f.endsWith('.lua')).sort()
  .filter((f) => !only || only.split(',').includes(f.replace(/\.lua$/, '')));

console.log(`limits overhead — node ${process.version}, best of ${RUNS} (CPU ms), limits ${JSON.stringify(LIMITS)}`);
console.log(`${'benchmark'.padEnd(16)} ${'off'.padStart(9)} ${'on'.padStart(9)} ${'overhead'.padStart(9)}`);
let logSum = 0;
for (const f of files) {
  const name = f.replace(/\.lua$/, '');
  const base = SIZES[name] ?? 1;
  const size = UNSCALED.has(name) ? base : Math.round(base * SCALE);
  const source = readFileSync(join(benchDir, f), 'utf8');
  let off = Infinity, on = Infinity;
  runOnce(source, size, undefined); // warm up
  for (let r = 0; r < RUNS; r++) {
    off = Math.min(off, runOnce(source, size, undefined));
    on = Math.min(on, runOnce(source, size, LIMITS));
  }
  const pct = (on / off - 1) * 100;
  logSum += Math.log(on / off);
  console.log(`${name.padEnd(16)} ${off.toFixed(1).padStart(9)} ${on.toFixed(1).padStart(9)} ${signed(pct)}`);
}
const geo = (Math.exp(logSum / files.length) - 1) * 100;
console.log(`${'geomean'.padEnd(16)} ${''.padStart(9)} ${''.padStart(9)} ${signed(geo)}`);
