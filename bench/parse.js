// Parser throughput: @lupa/parser against luaparse, on the same inputs in the same run.
//
//   npx tsc -b packages/parser && node bench/parse.js [--quick]
//
// Inputs: the shared benchmark programs (each wrapped in `function benchN(...) ... end` so they
// can be concatenated into one chunk without exceeding the limits of the main function), replicated to ~100 KB / 1 MB / 10 MB, and generated Lua code
// (seeded, so always the same) of 1 KB, 100 KB, 1 MB and 10 MB. Both parsers build a full AST
// with positions and scope information: luaparse runs with
// { comments: false, locations: true, scope: true, luaVersion: '5.1' }. Sources are ASCII, so
// the same JS string is a valid input to both (lupa reads byte strings). Reported, after a
// warm-up, from the best of repeated runs: MB/s of process CPU time (user + system, so GC helper
// threads count; stable on a loaded machine), lupa's speed relative to luaparse by that measure,
// and the same ratio by wall-clock time.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import luaparse from 'luaparse';
import { parse } from '../packages/parser/dist/index.js';

const quick = process.argv.includes('--quick');
const LUAPARSE_OPTIONS = { comments: false, locations: true, scope: true, luaVersion: '5.1' };

// ---------------------------------------------------------------- inputs

function benchPrograms() {
  const dirs = [new URL('../../shared/bench/lua/', import.meta.url), new URL('../packages/parser/test/fixtures/lua/', import.meta.url)];
  for (const dir of dirs) {
    try {
      const files = readdirSync(fileURLToPath(dir)).filter((f) => f.endsWith('.lua')).sort();
      if (files.length) return files.map((f, i) => `function bench${i}(...)\n${readFileSync(new URL(f, dir), 'latin1')}\nend\n`).join('');
    } catch {
      // try the next location
    }
  }
  throw new Error('benchmark programs not found');
}

function replicate(text, size) {
  return text.repeat(Math.max(1, Math.round(size / text.length)));
}

function prng(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
}

/** Generated Lua 5.1 code of about `size` bytes: functions with loops, branches, tables,
 *  closures, calls, strings and arithmetic. */
function generate(size, seed) {
  const random = prng(seed);
  const pick = (a) => a[Math.floor(random() * a.length)];
  const int = (n) => Math.floor(random() * n);
  const ops = ['+', '-', '*', '/', '%', '..', '==', '~=', '<', '<=', '>', '>=', 'and', 'or', '^'];
  const strings = ['"alpha"', "'beta'", '"x\\ty\\n"', '[[long string]]', '"\\65\\066"'];
  function expr(vars, depth) {
    const r = random();
    if (depth > 3 || r < 0.3) {
      const leaf = random();
      if (leaf < 0.45) return pick(vars);
      if (leaf < 0.75) return String(int(1000));
      if (leaf < 0.85) return pick(strings);
      return pick(['nil', 'true', 'false', '1.5e3', '0xff', '#t']);
    }
    if (r < 0.6) return `${expr(vars, depth + 1)} ${pick(ops)} ${expr(vars, depth + 1)}`;
    if (r < 0.7) return `(${expr(vars, depth + 1)})`;
    if (r < 0.8) return `${pick(['f', 'g', 'math.floor', 'obj:method', 'string.format'])}(${expr(vars, depth + 1)}, ${expr(vars, depth + 1)})`;
    if (r < 0.88) return `{${expr(vars, depth + 1)}, k = ${expr(vars, depth + 1)}, [ ${expr(vars, depth + 1)} ] = 1}`;
    if (r < 0.94) return `t[ ${expr(vars, depth + 1)} ].field`;
    return `function(z) return z + ${pick(vars)} end`;
  }
  function block(vars, depth, indent) {
    const lines = [];
    const count = 2 + int(5);
    for (let i = 0; i < count; i++) {
      const r = random();
      if (r < 0.3) {
        const v = `v${depth}_${i}`;
        lines.push(`local ${v} = ${expr(vars, 0)}`);
        vars = [...vars, v];
      } else if (r < 0.5) lines.push(`${pick(vars)} = ${expr(vars, 0)}`);
      else if (r < 0.6) lines.push(`${pick(['print', 'f', 'obj:update'])}(${expr(vars, 0)})`);
      else if (depth < 3 && r < 0.7) lines.push(`if ${expr(vars, 1)} then\n${block(vars, depth + 1, indent + '  ')}${indent}else\n${block(vars, depth + 1, indent + '  ')}${indent}end`);
      else if (depth < 3 && r < 0.8) lines.push(`for i${depth} = 1, ${expr(vars, 2)} do\n${block([...vars, `i${depth}`], depth + 1, indent + '  ')}${indent}end`);
      else if (depth < 3 && r < 0.87) lines.push(`for k${depth}, v${depth} in pairs(t) do\n${block([...vars, `k${depth}`, `v${depth}`], depth + 1, indent + '  ')}${indent}end`);
      else if (depth < 3 && r < 0.93) lines.push(`while ${expr(vars, 1)} do\n${block(vars, depth + 1, indent + '  ')}${indent}end`);
      else lines.push(`-- a comment about ${pick(vars)}`);
    }
    return lines.map((l) => indent + l + '\n').join('');
  }
  const parts = [];
  let total = 0;
  for (let n = 0; total < size; n++) {
    const unit = `function m${n}.fn${n}(a, b, ...)\n  local t = {...}\n${block(['a', 'b', 't'], 0, '  ')}  return a, b\nend\n\n`;
    parts.push(unit);
    total += unit.length;
  }
  return parts.join('');
}

// ---------------------------------------------------------------- timing

/** Best CPU and wall-clock times (ms) of repeated runs of `fn(source)`. */
function measure(fn, source) {
  const budgetMs = quick ? 150 : 1000;
  const minRuns = source.length > 5e6 ? 3 : 5;
  for (let i = 0; i < 2; i++) fn(source); // warm-up
  let cpu = Infinity;
  let wall = Infinity;
  let runs = 0;
  const start = performance.now();
  while (runs < minRuns || performance.now() - start < budgetMs) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn(source);
    const t1 = performance.now();
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
    wall = Math.min(wall, t1 - t0);
    if (++runs >= 1000) break;
  }
  return { cpu, wall };
}

const lupa = (s) => parse(s, '=bench');
const reference = (s) => luaparse.parse(s, LUAPARSE_OPTIONS);

const real = benchPrograms();
const inputs = [
  ['bench programs', real],
  ['bench programs ×', replicate(real, 1e5)],
  ['bench programs ×', replicate(real, 1e6)],
  ['bench programs ×', replicate(real, 1e7)],
  ['generated', generate(1e3, 1)],
  ['generated', generate(1e5, 2)],
  ['generated', generate(1e6, 3)],
  ['generated', generate(1e7, 4)],
];

const fmtSize = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e3).toFixed(1)} KB`);
const rows = [['input', 'size', 'lupa MB/s', 'luaparse MB/s', 'lupa / luaparse', 'by wall clock']];
for (const [name, source] of inputs) {
  lupa(source); // both must accept the input
  reference(source);
  const a = measure(lupa, source);
  const b = measure(reference, source);
  const mbps = (ms) => (source.length / 1e6 / (ms / 1000)).toFixed(1);
  rows.push([name, fmtSize(source.length), mbps(a.cpu), mbps(b.cpu), `${(b.cpu / a.cpu).toFixed(2)}×`, `${(b.wall / a.wall).toFixed(2)}×`]);
  if (globalThis.gc) globalThis.gc();
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
console.log(`node ${process.version}; luaparse options ${JSON.stringify(LUAPARSE_OPTIONS)}; MB/s of CPU time, best run`);
for (const [i, r] of rows.entries()) {
  console.log(r.map((c, j) => (j < 2 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
