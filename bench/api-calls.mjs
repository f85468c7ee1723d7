#!/usr/bin/env node
// Call overhead across the JS⇄Lua boundary of the `lupa` package: host→Lua calls of a Lua
// identity function, Lua→host calls of a JS identity function from a Lua loop, and method calls
// `obj:m(i)` on a JS object. Next to them, the floors set by the VM itself (a callSync of the
// same function; a Lua loop calling a native), and wasmoon when it is installed.
//
//   node bench/api-calls.mjs [--n 2000000] [--runs 5]
//
// Times are CPU time (process.cpuUsage), best of `runs`, so a busy machine disturbs them less.
// Needs the packages built (`pnpm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const api = await import(join(here, '../packages/api/dist/index.js'));
const vm = await import(join(here, '../packages/vm/dist/index.js'));

const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf('--' + name);
  return i >= 0 ? +argv[i + 1] : def;
};
const N = opt('n', 2_000_000);
const RUNS = opt('runs', 5);

async function measure(fn) {
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const t = process.cpuUsage();
    await fn();
    const d = process.cpuUsage(t);
    best = Math.min(best, ((d.user + d.system) * 1000) / N);
  }
  return best;
}

const rows = [];
const row = async (name, fn) => {
  const ns = await measure(fn);
  rows.push([name, ns]);
  console.log(`${name.padEnd(44)} ${ns.toFixed(1).padStart(8)} ns/call  ${(1e3 / ns).toFixed(2).padStart(6)} M calls/s`);
};

console.log(`lupa API call overhead — node ${process.version}, ${N} calls, best of ${RUNS}`);

const lua = new api.LuaRuntime();
const id = lua.eval('function(x) return x end');
await row('host→Lua  f(i)', () => { for (let i = 0; i < N; i++) id(i); });

const jsId = (x) => x;
const loop = lua.eval('function(f, n) for i = 1, n do f(i) end end');
await row('Lua→host  f(i), f a JS function', () => loop(jsId, N));

const loopAsFn = lua.eval('function(f, n) f = js.as_function(f) for i = 1, n do f(i) end end');
await row('Lua→host  f(i), f = js.as_function(jsFn)', () => loopAsFn(jsId, N));

const obj = { m(x) { return x; } };
const loopMethod = lua.eval('function(o, n) for i = 1, n do o:m(i) end end');
await row('Lua→host  o:m(i), o a JS object', () => loopMethod(obj, N));

// VM floors: what the interpreter costs without the bridge.
const G = vm.createState({});
const L = G.mainThread;
const vmId = vm.callSync(L, vm.loadChunk(L, 'return function(x) return x end', '=bench'), [])[0];
await row('floor: vm callSync(f, [i])', () => { for (let i = 0; i < N; i++) vm.callSync(L, vmId, [i]); });
const vmLoop = vm.callSync(L, vm.loadChunk(L, 'return function(n) local f = type for i = 1, n do f(i) end end', '=bench'), [])[0];
await row('floor: Lua loop calling a native', () => vm.callSync(L, vmLoop, [N]));
const vmCallMeta = vm.callSync(L, vm.loadChunk(L,
  'return function(n) local u = newproxy(true); getmetatable(u).__call = type; for i = 1, n do u(i) end end', '=bench'), [])[0];
await row('floor: Lua loop calling a userdata (__call)', () => vm.callSync(L, vmCallMeta, [N]));

if (existsSync(join(here, 'node_modules/wasmoon'))) {
  const { LuaFactory } = await import('wasmoon');
  const engine = await new LuaFactory().createEngine();
  const wid = await engine.doString('return function(x) return x end');
  await row('wasmoon host→Lua f(i)', () => { for (let i = 0; i < N; i++) wid(i); });
  engine.global.set('jsId', jsId);
  const wloop = await engine.doString('return function(n) for i = 1, n do jsId(i) end end');
  await row('wasmoon Lua→host f(i)', () => wloop(N));
  engine.global.close();
}
