// API.md § Workers (`lupa/worker`). The thread loads the built dist/worker-thread.js, so this file
// tests the built package (the root `test` script builds first): everything comes from dist.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker as NodeWorker } from 'node:worker_threads';
import { LuaWorker } from '../dist/worker.js';
import { LuaRuntime, LuaError, LuaSyntaxError } from '../dist/index.js';

const dist = (f: string) => fileURLToPath(new URL(`../dist/${f}`, import.meta.url));
const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('utf8');

const live: LuaWorker[] = [];
async function worker(options?: Parameters<typeof LuaWorker.create>[0]): Promise<LuaWorker> {
  const w = await LuaWorker.create(options);
  live.push(w);
  return w;
}
afterEach(async () => {
  await Promise.all(live.splice(0).map((w) => w.terminate()));
});

describe('the build', () => {
  it('has the worker entry points (run `pnpm run build` first)', () => {
    expect(existsSync(dist('worker.js'))).toBe(true);
    expect(existsSync(dist('worker-thread.js'))).toBe(true);
  });
});

describe('LuaWorker.create / execute / eval', () => {
  it('evaluates and executes in the thread, keeping state between calls', async () => {
    const w = await worker();
    expect(await w.eval('1+1')).toBe(2);
    expect(await w.execute('x = 40')).toBeUndefined();
    expect(await w.eval('x + 2')).toBe(42);
    expect(await w.execute('return x, "two", true, nil')).toEqual([40, 'two', true, undefined]);
    expect(await w.eval('...', 'a', 2)).toEqual(['a', 2]);
    expect(await w.eval('_VERSION')).toBe('Lua 5.1');
  });

  it('runtimes in different workers are isolated', async () => {
    const [a, b] = await Promise.all([worker(), worker()]);
    await a.execute('x = 1');
    expect(await b.eval('x')).toBeUndefined();
    expect(await a.eval('x')).toBe(1);
  });

  it('passes the runtime options across', async () => {
    const w = await worker({ encoding: 'latin-1', registerEval: false });
    expect(await w.eval('#...', 'é')).toBe(1);
    expect(await w.eval('js.eval')).toBeUndefined();
  });

  it('rejects when the runtime cannot be made', async () => {
    await expect(LuaWorker.create({ encoding: 'utf-16' })).rejects.toThrow(TypeError);
    await expect(LuaWorker.create({ encoding: 'utf-16' })).rejects.toThrow(/unsupported encoding/);
  });

  it('refuses function-valued options other than stdout/stderr', async () => {
    await expect(LuaWorker.create({ attributeFilter: () => 'x' } as never)).rejects.toThrow(TypeError);
    await expect(LuaWorker.create({ stdout: 'no' } as never)).rejects.toThrow('stdout must be a function');
  });

  it('takes the code as bytes too', async () => {
    const w = await worker();
    expect(await w.eval(new TextEncoder().encode('6 * 7'))).toBe(42);
    await expect(w.eval(42 as never)).rejects.toThrow(TypeError);
  });
});

describe('arguments', () => {
  it('arrays arrive 1-based as sequences', async () => {
    const w = await worker();
    expect(await w.eval('(...)[1], (...)[3], #(...)', [10, 20, 30])).toEqual([10, 30, 3]);
    expect(await w.eval('#(...)', [])).toBe(0);
  });

  it('nested arrays, objects and Maps become nested tables', async () => {
    const w = await worker();
    const arg = { name: 'box', items: [[1, 2], { x: 3 }], tags: new Map<unknown, unknown>([[1, 'one'], [true, 'yes']]) };
    const code = 'local t = ...; return t.name, t.items[1][2], t.items[2].x, t.tags[1], t.tags[true]';
    expect(await w.execute(code, arg)).toEqual(['box', 2, 3, 'one', 'yes']);
  });

  it('keeps shared and cyclic references', async () => {
    const w = await worker();
    const shared = { v: 1 };
    const cyclic: Record<string, unknown> = { shared, again: shared };
    cyclic.self = cyclic;
    expect(await w.execute('local t = ...; return t.self == t, t.shared == t.again', cyclic)).toEqual([true, true]);
  });

  it('copies LuaTables of a main-thread runtime', async () => {
    const w = await worker();
    const lua = new LuaRuntime();
    const t = lua.eval('{10, 20, sub = {k = "v"}}');
    expect(await w.execute('local t = ...; return t[2], t.sub.k', t)).toEqual([20, 'v']);
  });

  it('functions cannot cross: a TypeError', async () => {
    const w = await worker();
    await expect(w.eval('1', () => 1)).rejects.toThrow(TypeError);
    await expect(w.eval('1', { deep: [Math.max] })).rejects.toThrow('a JS function cannot cross between threads');
    const f = new LuaRuntime().eval('function() end');
    await expect(w.eval('1', f)).rejects.toThrow('a Lua function cannot cross between threads');
    expect(await w.eval('1 + 1')).toBe(2);
  });
});

describe('results', () => {
  it('sequence tables arrive as arrays, others as objects or Maps, recursively', async () => {
    const w = await worker();
    expect(await w.eval('{1, 2, {3, {4}}}')).toEqual([1, 2, [3, [4]]]);
    expect(await w.eval('{a = 1, b = {c = {"d"}}}')).toEqual({ a: 1, b: { c: ['d'] } });
    expect(await w.eval('{}')).toEqual({});
    const m = await w.eval('{[true] = "t", [1.5] = "x", s = "y"}');
    expect(m).toBeInstanceOf(Map);
    expect([...m.entries()].sort()).toEqual([[1.5, 'x'], ['s', 'y'], [true, 't']].sort());
  });

  it('tables used as keys arrive copied', async () => {
    const w = await worker();
    const m = await w.eval('{[{1, 2}] = "pair"}');
    expect(m).toBeInstanceOf(Map);
    expect([...m.entries()]).toEqual([[[1, 2], 'pair']]);
  });

  it('keeps shared and cyclic references', async () => {
    const w = await worker();
    const t = await w.execute('local s = {} local t = {a = s, b = s} t.self = t return t');
    expect(t.self).toBe(t);
    expect(t.a).toBe(t.b);
  });

  it('byte strings arrive as Uint8Array with encoding: null, both ways', async () => {
    const w = await worker({ encoding: null });
    const bytes = await w.eval('"\\0\\255ab"');
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes]).toEqual([0, 255, 97, 98]);
    expect(await w.eval('#(...), (...):byte(2)', new Uint8Array([1, 254, 3]))).toEqual([3, 254]);
    const t = await w.eval('{"x", k = "\\200"}');
    expect(t).toEqual({ 1: new Uint8Array([120]), k: new Uint8Array([200]) }); // keys as toJS gives them
  });

  it('strings arrive as text by default', async () => {
    const w = await worker();
    expect(await w.eval('"h\\195\\169llo"')).toBe('héllo');
  });

  it('functions, coroutines and userdata cannot cross: a TypeError, and the worker goes on', async () => {
    const w = await worker();
    await expect(w.eval('print')).rejects.toThrow(TypeError);
    await expect(w.eval('{1, {f = function() end}}')).rejects.toThrow('a Lua function cannot cross between threads');
    await expect(w.eval('coroutine.create(print)')).rejects.toThrow(TypeError);
    await expect(w.eval('io.stdout')).rejects.toThrow(TypeError);
    expect(await w.eval('2')).toBe(2);
  });
});

describe('errors', () => {
  it('arrive as LuaError with the message and traceback', async () => {
    const w = await worker();
    const e = await w.execute('local function f() error("boom") end\nf()').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LuaError);
    expect(e.name).toBe('LuaError');
    expect(e.message).toMatch(/^\[string "<js>"\]:1: boom\nstack traceback:\n/);
    expect(e.message).toContain("in function 'f'");
    expect(e.luaValue).toBe('[string "<js>"]:1: boom');
  });

  it('keep a table error value, and the subclass', async () => {
    const w = await worker();
    const e = await w.execute('error({code = 7})').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LuaError);
    expect(e.luaValue).toEqual({ code: 7 });
    const s = await w.execute('x = = 1').catch((x: unknown) => x);
    expect(s).toBeInstanceOf(LuaSyntaxError);
    expect(s.name).toBe('LuaSyntaxError');
    expect(s.message).toMatch(/^error loading code: /);
  });

  it('leave the worker usable', async () => {
    const w = await worker();
    await expect(w.eval('nil + 1')).rejects.toThrow(/attempt to perform arithmetic on a nil value/);
    expect(await w.eval('"ok"')).toBe('ok');
  });
});

describe('output', () => {
  it('print and io.write go to the main side stdout, before the result', async () => {
    const out: Uint8Array[] = [];
    const err: Uint8Array[] = [];
    const w = await worker({ stdout: (c) => out.push(c), stderr: (c) => err.push(c) });
    expect(await w.execute('print("hello", 1) io.write("a", "b\\n") io.stderr:write("oops\\n") return 3')).toBe(3);
    expect(text(out)).toBe('hello\t1\nab\n');
    expect(text(err)).toBe('oops\n');
  });

  it('keeps the order of many writes', async () => {
    const out: Uint8Array[] = [];
    const w = await worker({ stdout: (c) => out.push(c) });
    await w.execute('for i = 1, 5000 do print(i) end');
    const lines = text(out).split('\n');
    expect(lines.length).toBe(5001);
    expect(lines[0]).toBe('1');
    expect(lines[4999]).toBe('5000');
  });
});

describe('concurrency', () => {
  it('many concurrent calls on one worker each get their own result', async () => {
    const w = await worker();
    await w.execute('n = 0');
    const calls = Array.from({ length: 300 }, (_, i) =>
      i % 3 === 0 ? w.eval('error("e" .. ...)', i).catch((e: LuaError) => e.luaValue) : w.execute('n = n + 1 return ... * 2', i));
    const results = await Promise.all(calls);
    results.forEach((r, i) => expect(r).toBe(i % 3 === 0 ? `[string "<js>"]:1: e${i}` : i * 2));
    expect(await w.eval('n')).toBe(200);
  });

  it('two workers compute in parallel', async () => {
    const loop = `
      local n, acc = ...
      acc = 0
      for i = 1, n do acc = (acc + i * i) % 1000003 end
      return acc`;
    const n = 3e6;
    let expected = 0;
    for (let i = 1; i <= n; i++) expected = (expected + i * i) % 1000003;
    const [a, b] = await Promise.all([worker(), worker()]);
    await Promise.all([a.execute(loop, 1000), b.execute(loop, 1000)]);
    let t0 = performance.now();
    const sequential = [await a.execute(loop, n), await a.execute(loop, n)];
    const tSeq = performance.now() - t0;
    t0 = performance.now();
    const parallel = await Promise.all([a.execute(loop, n), b.execute(loop, n)]);
    const tPar = performance.now() - t0;
    expect(sequential).toEqual([expected, expected]);
    expect(parallel).toEqual([expected, expected]);
    console.log(`two loops of ${n}: sequential ${tSeq.toFixed(0)} ms, two workers ${tPar.toFixed(0)} ms`);
  });
});

describe('terminate', () => {
  it('returns a Promise; later calls reject', async () => {
    const w = await LuaWorker.create();
    expect(await w.eval('1')).toBe(1);
    const done = w.terminate();
    expect(done).toBeInstanceOf(Promise);
    await done;
    await expect(w.eval('1')).rejects.toThrow(LuaError);
    await expect(w.execute('return 1')).rejects.toThrow('worker is terminated');
    await w.terminate();
  });

  it('rejects the calls still pending', async () => {
    const w = await LuaWorker.create();
    const busy = expect(w.execute('while true do end')).rejects.toThrow('worker is terminated');
    const queued = expect(w.eval('1')).rejects.toThrow('worker is terminated');
    await new Promise((r) => setTimeout(r, 50));
    await w.terminate();
    await busy;
    await queued;
  });
});

// The browser path, simulated: a global `Worker` (module type) made of a Node worker whose
// global scope has `postMessage`/`addEventListener` and no `process.versions.node`, as a
// DedicatedWorkerGlobalScope would; on the main side `process.versions.node` is hidden while
// `create()` picks the host.
const WEB_SCOPE_SHIM = `
  const { parentPort, workerData } = require('node:worker_threads');
  const listeners = [];
  const queued = [];
  globalThis.postMessage = (m) => parentPort.postMessage(m);
  globalThis.addEventListener = (type, fn) => {
    if (type !== 'message') return;
    listeners.push(fn);
    for (const data of queued.splice(0)) fn({ data });
  };
  parentPort.on('message', (data) => {
    if (listeners.length === 0) queued.push(data);
    for (const fn of listeners) fn({ data });
  });
  Object.defineProperty(globalThis, 'process', { value: { versions: {} }, configurable: true, writable: true });
  import(workerData);
`;

class SimulatedWebWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  private readonly inner: NodeWorker;
  static made: { url: string; type: string | undefined }[] = [];
  constructor(url: URL, options: { type?: string }) {
    SimulatedWebWorker.made.push({ url: url.href, type: options?.type });
    this.inner = new NodeWorker(WEB_SCOPE_SHIM, { eval: true, workerData: url.href });
    this.inner.on('message', (data) => this.onmessage?.({ data }));
    this.inner.on('error', (e) => this.onerror?.({ message: e.message, preventDefault() {} }));
  }
  postMessage(msg: unknown): void { this.inner.postMessage(msg); }
  terminate(): void { void this.inner.terminate(); }
}

describe('the Web Worker path (simulated)', () => {
  it('creates a module Worker on worker-thread.js and speaks the same protocol', { timeout: 20000 }, async () => {
    const g = globalThis as Record<string, unknown>;
    const proc = g.process;
    g.Worker = SimulatedWebWorker;
    Object.defineProperty(globalThis, 'process', { value: { versions: {} }, configurable: true, writable: true });
    let pending: Promise<LuaWorker>;
    try {
      pending = LuaWorker.create({ stdout: () => {} });
    } finally {
      Object.defineProperty(globalThis, 'process', { value: proc, configurable: true, writable: true });
      delete g.Worker;
    }
    const w = await pending;
    live.push(w);
    expect(SimulatedWebWorker.made).toEqual([{ url: new URL('../dist/worker-thread.js', import.meta.url).href, type: 'module' }]);
    expect(await w.eval('{1, 2, {a = "b"}}')).toEqual([1, 2, { a: 'b' }]);
    await expect(w.eval('error("x")')).rejects.toThrow(LuaError);
  });
});
