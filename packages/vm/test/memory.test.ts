import { describe, expect, test } from 'vitest';
import { createState, loadChunk, protectedCall, callSync, liveBytes, setMemoryLimit, LuaMemoryExhausted } from '../src/index.js';

function state() {
  const G = createState({ stdout: () => {} });
  return { G, L: G.mainThread };
}
const run = (L: ReturnType<typeof state>['L'], src: string) => protectedCall(L, loadChunk(L, src, '=mem'), [], false);

describe('memory accounting', () => {
  test('live size grows with a table workload and drops when it becomes garbage', () => {
    const { G, L } = state();
    const base = liveBytes(G);
    expect(base).toBeGreaterThan(10000); // the standard library itself
    run(L, 'big = {} for i = 1, 100000 do big[i] = {i} end');
    const grown = liveBytes(G) - base;
    expect(grown).toBeGreaterThan(100000 * 200);
    expect(grown).toBeLessThan(100000 * 400);
    run(L, 'big = nil');
    expect(liveBytes(G) - base).toBeLessThan(10000);
  });

  test('strings are counted by length', () => {
    const { G, L } = state();
    const base = liveBytes(G);
    run(L, 's = string.rep("x", 1000000)');
    const grown = liveBytes(G) - base;
    expect(grown).toBeGreaterThan(1000000);
    expect(grown).toBeLessThan(1100000);
  });

  test('exceeding the budget raises "not enough memory", catchable by pcall, and the state survives', () => {
    const { G, L } = state();
    setMemoryLimit(G, liveBytes(G) + 2_000_000);
    const r = run(L, 'local t = {} for i = 1, 1e7 do t[i] = {} end');
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.error).toBe('not enough memory');
    const caught = run(L, 'local ok, e = pcall(function() local t = {} for i = 1, 1e7 do t[#t+1] = "x" .. i end end) return ok, e');
    expect(caught).toEqual({ ok: true, values: [false, 'not enough memory'] });
    expect(() => callSync(L, loadChunk(L, 'return string.rep("ab", 5e6)', '=r'), [])).toThrow(LuaMemoryExhausted);
    // garbage from the failed attempts does not count: small work still runs
    expect(run(L, 'local t = {} for i = 1, 1000 do t[i] = i end return #t')).toEqual({ ok: true, values: [1000] });
    setMemoryLimit(G, undefined);
    expect(run(L, 'local t = {} for i = 1, 300000 do t[i] = {} end return #t')).toEqual({ ok: true, values: [300000] });
  });
});
