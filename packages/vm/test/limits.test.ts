import { describe, expect, test } from 'vitest';
import { createState, loadChunk, protectedCall, LuaAbort, callSync } from '../src/index.js';
import { startLimits, stopLimits } from '../src/limits.js';

function run(src: string, instructions?: number, timeoutMs?: number) {
  const G = createState();
  const L = G.mainThread;
  const f = loadChunk(L, src, '=limits');
  startLimits(L, instructions, timeoutMs);
  try {
    return { G, L, out: protectedCall(L, f, []) };
  } finally {
    stopLimits(L);
  }
}

describe('instruction and time limits', () => {
  test('an endless loop stops with an instruction-limit abort that pcall cannot catch', () => {
    expect(() => run('while true do end', 100000)).toThrow(LuaAbort);
    expect(() => run('pcall(function() while true do end end) x = 1', 100000)).toThrow('instruction limit exceeded');
    expect(() => run('repeat local a = 1 until false', 50000)).toThrow('instruction limit exceeded');
    expect(() => run('for i = 1, 1e12 do end', 50000)).toThrow('instruction limit exceeded');
    expect(() => run('for k in function() return 1 end do end', 50000)).toThrow('instruction limit exceeded');
    expect(() => run('local function f() return f() end f()', 50000)).toThrow('instruction limit exceeded');
    expect(() => run('local co = coroutine.wrap(function() while true do end end) co()', 50000)).toThrow('instruction limit exceeded');
  });

  test('a time limit stops a long loop', () => {
    const t0 = Date.now();
    expect(() => run('local x = 0 while true do x = x + 1 end', undefined, 50)).toThrow('time limit exceeded');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  test('code within the budget runs, and the runtime stays usable after an abort', () => {
    const { out } = run('local s = 0 for i = 1, 1000 do s = s + i end return s', 1000000);
    expect(out).toEqual({ ok: true, values: [500500] });
    const G = createState();
    const L = G.mainThread;
    loadChunkRun(L, 'keep = 42');
    startLimits(L, 10000, undefined);
    expect(() => protectedCall(L, loadChunk(L, 'while true do end', '=x'), [])).toThrow(LuaAbort);
    stopLimits(L);
    expect(L.depth).toBe(0);
    expect(callSync(L, loadChunk(L, 'return keep + 1', '=y'), [])).toEqual([43]);
  });
});

function loadChunkRun(L: ReturnType<typeof createState>['mainThread'], src: string) {
  return callSync(L, loadChunk(L, src, '=setup'), []);
}

describe('callSync with a message handler', () => {
  test('the handler sees the error at its point (traceback of the failing frames) and its result is thrown', async () => {
    const { createState, loadChunk, callSync, LuaError, traceback, nativeFunction } = await import('../src/index.js');
    const G = createState();
    const L = G.mainThread;
    const handler = nativeFunction('h', (T, args) => `${String(args[0])}|${traceback(T, 1)}`);
    const f = loadChunk(L, 'local function inner() error("deep") end\nlocal function outer() inner() end\nouter()', '=t');
    let caught: unknown;
    try { callSync(L, f, [], handler); } catch (e) { caught = e; }
    expect(caught).toBeInstanceOf(LuaError);
    const v = String((caught as InstanceType<typeof LuaError>).value);
    expect(v.startsWith('t:1: deep|stack traceback:')).toBe(true);
    expect(v).toContain("in function 'inner'");
    expect(v).toContain("in function 'outer'");
    // a native called directly also goes through the handler
    const errNative = G.globals.get('error');
    let caught2: unknown;
    try { callSync(L, errNative, ['plain'], handler); } catch (e) { caught2 = e; }
    expect(String((caught2 as InstanceType<typeof LuaError>).value).startsWith('plain|stack traceback:')).toBe(true);
    expect(L.depth).toBe(0);
    expect(L.hostHandler).toBeUndefined();
  });
});
