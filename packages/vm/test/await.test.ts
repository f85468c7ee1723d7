// The VM side of async execution: a native that suspends its thread on a host promise
// (what the API's js.await does) and a driver that settles it, at any coroutine depth.
import { describe, expect, test } from 'vitest';
import {
  createState, loadChunk, newThread, resumeValues, resumeOk, awaitPromise, nativeFunction, LuaError, protectedCall,
  type LuaValue, type Thread,
} from '../src/index.js';

function setup() {
  const G = createState({ stdout: () => {} });
  const L = G.mainThread;
  G.globals.set('await', nativeFunction('await', (T: Thread, args: LuaValue[]) => awaitPromise(T, args[0])));
  // sleep(ms, v): a promise-like handle the driver understands
  G.globals.set('later', nativeFunction('later', (_T, args) => [{ ms: args[0], value: args[1], fail: args[2] } as unknown as LuaValue]));
  return { G, L };
}

type Handle = { ms: number; value: LuaValue; fail: LuaValue };

/** Run `src` as an async chunk: resume, await each handle with a real timer, resume again. */
async function runAsync(L: Thread, src: string): Promise<LuaValue[]> {
  const co = newThread(L, loadChunk(L, src, '=async'));
  let r = resumeValues(L, co, []);
  while (co.awaiting !== undefined) {
    const h = co.awaiting as Handle;
    await new Promise((res) => setTimeout(res, h.ms));
    r = h.fail ? resumeValues(L, co, [], { value: new LuaError(h.fail) }) : resumeValues(L, co, [h.value]);
  }
  if (!resumeOk) throw new Error(String(r[0]));
  return r;
}

describe('awaiting host promises from Lua', () => {
  test('at the top level, inside pcall, inside a for iterator and inside nested coroutines', async () => {
    const { L } = setup();
    expect(await runAsync(L, 'return await(later(1, 10)) + 1')).toEqual([11]);
    expect(await runAsync(L, 'local ok, v = pcall(function() return await(later(1, "x")) end) return ok, v')).toEqual([true, 'x']);
    expect(await runAsync(L, `
      local function it(_, i) if i < 3 then return i + await(later(1, 1)) end end
      local s = 0 for i in it, nil, 0 do s = s + i end return s`)).toEqual([6]);
    expect(await runAsync(L, `
      local inner = coroutine.wrap(function() coroutine.yield(await(later(1, 5))) return await(later(1, 7)) end)
      local co = coroutine.create(function() local a = inner() local b = inner() return a + b end)
      local ok, v = coroutine.resume(co)
      return ok, v, coroutine.status(co)`)).toEqual([true, 12, 'dead']);
  });

  test('a rejection is a Lua error at the await, catchable by pcall', async () => {
    const { L } = setup();
    expect(await runAsync(L, 'return pcall(await, later(1, nil, "rejected"))')).toEqual([false, 'rejected']);
    expect(await runAsync(L, `
      local co = coroutine.wrap(function() return pcall(function() return await(later(1, nil, "deep")) end) end)
      return co()`)).toEqual([false, 'deep']);
    await expect(runAsync(L, 'await(later(1, nil, "uncaught"))')).rejects.toThrow('uncaught');
  });

  test('many async calls on one runtime interleave', async () => {
    const { L } = setup();
    const n = 1000;
    const jobs = [];
    for (let i = 0; i < n; i++) {
      const ms = (i * 7919) % 13;
      jobs.push(runAsync(L, `local s = 0 for k = 1, 3 do s = s + await(later(${ms}, ${i})) end counter = (counter or 0) + 1 return s`));
    }
    const results = await Promise.all(jobs);
    expect(results.map((r) => r[0])).toEqual(Array.from({ length: n }, (_, i) => 3 * i));
    expect(L.G.globals.get('counter')).toBe(n);
    expect(L.depth).toBe(0);
  });

  test('awaiting outside async execution is an error, and the runtime stays usable', () => {
    const { L } = setup();
    const direct = protectedCall(L, loadChunk(L, 'await(later(1, 1))', '=x'), [], false);
    expect(direct).toEqual({ ok: false, error: 'x:1: attempt to await outside async execution', traceback: null });
    const nested = protectedCall(L, loadChunk(L, 'local co = coroutine.wrap(function() await(later(1, 1)) end) co()', '=y'), [], false);
    expect(nested.ok).toBe(false);
    expect(nested.ok === false && nested.error).toBe('y:1: attempt to await outside async execution');
    expect(L.depth).toBe(0);
    expect(protectedCall(L, loadChunk(L, 'return 1 + 1', '=z'), [], false)).toEqual({ ok: true, values: [2] });
  });
});
