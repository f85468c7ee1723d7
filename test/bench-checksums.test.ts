// Every benchmark script in ../shared/bench/lua (beside the repository clone), run at a small size
// through the lupa command line, must print the same `checksum:` line as lua5.1 does.
//
// The expected lines below were produced by `lua5.1 <script> <args...>` in that directory
// (each run takes a few milliseconds there). A benchmark without an entry fails the suite: run it
// with lua5.1 at a size that finishes well under a second and add its line here.
import { describe, test, expect } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main, type CliIO } from '../packages/api/src/cli.js';

const BENCH_DIR = fileURLToPath(new URL('../../shared/bench/lua/', import.meta.url));

const EXPECTED: Record<string, { args: string[]; checksum: string }> = {
  'binary-trees.lua': { args: ['6'], checksum: 'checksum: binary-trees 6 stretch=255 long=127 total=4016' },
  'closures.lua': { args: ['20000'], checksum: 'checksum: closures 20000 123052 20001' },
  'coroutines.lua': { args: ['20000'], checksum: 'checksum: coroutines 20000 784670 9997 999703 161200' },
  'fannkuch-redux.lua': { args: ['7', '1'], checksum: 'checksum: fannkuch-redux 7 228 Pfannkuchen=16' },
  'fib.lua': { args: ['20'], checksum: 'checksum: fib(20) = 6765' },
  'loop.lua': { args: ['100000'], checksum: 'checksum: loop 100000 499890 112500.000 49751.823779 -1 59542' },
  'mandelbrot.lua': { args: ['64'], checksum: 'checksum: mandelbrot 64 bytes=512 hash=485131' },
  'nbody.lua': { args: ['2000'], checksum: 'checksum: nbody 2000 -0.169075164 -0.169071607' },
  'oop.lua': { args: ['20000'], checksum: 'checksum: oop 20000 450891 5000 10000 5000' },
  'spectral-norm.lua': { args: ['40'], checksum: 'checksum: spectral-norm 40 1.274167288' },
  'strings.lua': { args: ['2000'], checksum: 'checksum: strings 2000 189249' },
  'tables.lua': { args: ['2000'], checksum: 'checksum: tables 2000 491461 1000 1333 1988 543848' },
  'varargs.lua': { args: ['10000'], checksum: 'checksum: varargs 10000 860000' },
};

async function checksumLine(script: string, args: string[]): Promise<{ line: string | undefined; code: number; stderr: string }> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const io: CliIO = {
    stdout: (b) => { out.push(Buffer.from(b)); },
    stderr: (b) => { err.push(Buffer.from(b)); },
    stdin: () => new Uint8Array(0),
    env: { ...process.env, LUA_INIT: undefined },
    cwd: BENCH_DIR,
  };
  const code = await main([script, ...args], io);
  const stdout = Buffer.concat(out).toString('latin1');
  return {
    line: stdout.split('\n').find((l) => l.startsWith('checksum:')),
    code,
    stderr: Buffer.concat(err).toString('latin1'),
  };
}

describe('benchmark checksums', () => {
  const scripts = existsSync(BENCH_DIR) ? readdirSync(BENCH_DIR).filter((f) => f.endsWith('.lua')).sort() : [];

  test('the benchmark directory exists and every script has an expected checksum', () => {
    expect(existsSync(BENCH_DIR), `${BENCH_DIR} is missing (../shared must sit beside the clone)`).toBe(true);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => !(s in EXPECTED)), 'benchmarks without an expected checksum').toEqual([]);
  });

  test.each(scripts.filter((s) => s in EXPECTED))('%s', async (script) => {
    const { args, checksum } = EXPECTED[script];
    const r = await checksumLine(script, args);
    expect(r.stderr, 'stderr').toBe('');
    expect(r.code, 'exit code').toBe(0);
    expect(r.line).toBe(checksum);
  }, 60000);
});

// bench/lua/coroutine-switch.lua (bench/coroutine-switch.js's script), smoke size: the same
// checksum as `lua5.1 coroutine-switch.lua 2000`, and one timing line per case.
describe('coroutine switch benchmark', () => {
  test('coroutine-switch.lua 2000', async () => {
    const out: Buffer[] = [];
    const io: CliIO = {
      stdout: (b) => { out.push(Buffer.from(b)); },
      stderr: () => {},
      stdin: () => new Uint8Array(0),
      env: { ...process.env, LUA_INIT: undefined },
      cwd: fileURLToPath(new URL('../bench/lua/', import.meta.url)),
    };
    expect(await main(['coroutine-switch.lua', '2000'], io)).toBe(0);
    const lines = Buffer.concat(out).toString('latin1').trim().split('\n');
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['resume-yield', 'wrap-call', 'wrap-for', 'checksum:']);
    expect(lines[3]).toBe('checksum: 30000');
  }, 60000);
});
