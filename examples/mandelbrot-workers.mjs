// The mandelbrot example of Python lupa's README, ported to lupa/worker: the image is cut into
// horizontal slices, each computed by its own LuaWorker — a Lua runtime in its own thread — and
// the bytes of the slices are joined into a PBM image.
//
//   pnpm run build
//   node examples/mandelbrot-workers.mjs [size=1280] [workers=cores] [out=mandelbrot.pbm]
//
// (In a project that installed lupa the import is `from 'lupa/worker'`.)
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { LuaWorker } from '../packages/api/dist/worker.js';

// The Computer Language Benchmarks Game's LuaJIT program, as in lupa's README: rows
// start_line..end_line of an N×N image, 8 pixels a byte, as one byte string. The slice bounds
// are floored so any N and slice count work (the original assumed N divisible by total).
const sliceCode = `
  local N, i, total = ...
  local char, unpack = string.char, unpack
  local result = ""
  local M, ba, bb, buf = 2/N, 2^(N%8+1)-1, 2^(8-N%8), {}
  local start_line, end_line = math.floor(N/total * (i-1)), math.floor(N/total * i) - 1
  for y=start_line,end_line do
    local Ci, b, p = y*M-1, 1, 0
    for x=0,N-1 do
      local Cr = x*M-1.5
      local Zr, Zi, Zrq, Ziq = Cr, Ci, Cr*Cr, Ci*Ci
      b = b + b
      for i=1,49 do
        Zi = Zr*Zi*2 + Ci
        Zr = Zrq-Ziq + Cr
        Ziq = Zi*Zi
        Zrq = Zr*Zr
        if Zrq+Ziq > 4.0 then b = b + 1; break; end
      end
      if b >= 256 then p = p + 1; buf[p] = 511 - b; b = 1; end
    end
    if b ~= 1 then p = p + 1; buf[p] = (ba-b)*bb; end
    result = result .. char(unpack(buf, 1, p))
  end
  return result
`;

const size = Number(process.argv[2] ?? 1280);
const count = Number(process.argv[3] ?? availableParallelism());
const out = process.argv[4] ?? 'mandelbrot.pbm';

let t0 = performance.now();
// encoding: null — the slices are byte strings, so they arrive as Uint8Array.
const workers = await Promise.all(Array.from({ length: count }, () => LuaWorker.create({ encoding: null })));
const startup = performance.now() - t0;

t0 = performance.now();
const slices = await Promise.all(workers.map(async (w, i) => {
  const started = performance.now();
  const bytes = await w.execute(sliceCode, size, i + 1, count);
  console.log(`  slice ${i + 1}/${count}: ${bytes.length} bytes in ${(performance.now() - started).toFixed(0)} ms`);
  return bytes;
}));
const compute = performance.now() - t0;
await Promise.all(workers.map((w) => w.terminate()));

const header = new TextEncoder().encode(`P4\n${size} ${size}\n`);
const image = new Uint8Array(header.length + slices.reduce((n, s) => n + s.length, 0));
image.set(header, 0);
let at = header.length;
for (const s of slices) { image.set(s, at); at += s.length; }
writeFileSync(out, image);

console.log(`${size}x${size} with ${count} worker(s): ${compute.toFixed(0)} ms computing (+${startup.toFixed(0)} ms starting the workers); wrote ${out}`);
