// API.md § LuaRuntime evalAsync/executeAsync, § Lua values `LuaFunction.callAsync`, § The js module
// `js.await`: async calls run as coroutines that suspend on host promises, at any depth.
import { describe, expect, it } from 'vitest';
import { LuaRuntime, LuaError, LuaSyntaxError } from 'lupa';

const sleep = <T>(ms: number, v?: T) => new Promise<T | undefined>((r) => setTimeout(() => r(v), ms));
const fail = (ms: number, e: unknown) => new Promise((_, r) => setTimeout(() => r(e), ms));

describe('evalAsync / executeAsync / callAsync', () => {
  const lua = new LuaRuntime();

  it('resolve with the results: none, one, several', async () => {
    await expect(lua.executeAsync('x = 1')).resolves.toBeUndefined();
    await expect(lua.evalAsync('js.await(...) + 1', sleep(2, 41))).resolves.toBe(42);
    await expect(lua.evalAsync('1, js.await(...), 3', sleep(1, 2))).resolves.toEqual([1, 2, 3]);
    await expect(lua.executeAsync('local a, b = ... return js.await(a) .. js.await(b)', sleep(2, 'x'), sleep(1, 'y')))
      .resolves.toBe('xy');
    const f = lua.eval('function(p, q) return js.await(p) * js.await(q) end');
    await expect(f.callAsync(sleep(1, 6), sleep(1, 7))).resolves.toBe(42);
  });

  it('run synchronously up to the first await', async () => {
    const p = lua.executeAsync('before = true js.await(...) after = true', sleep(5));
    expect(lua.eval('before')).toBe(true);
    expect(lua.eval('after')).toBeUndefined();
    await p;
    expect(lua.eval('after')).toBe(true);
  });

  it('await any value: a non-promise settles at once, thenables are followed', async () => {
    await expect(lua.evalAsync('js.await(5), js.await("s"), js.await(nil)')).resolves.toEqual([5, 's', undefined]);
    const thenable = { then(ok: (v: unknown) => void) { setTimeout(() => ok('then'), 1); } };
    await expect(lua.evalAsync('js.await(...)', thenable)).resolves.toBe('then');
    await expect(lua.evalAsync('js.await({ 1 })[1]')).resolves.toBe(1);
  });

  it('reject on every error, a syntax error and bad arguments too, and never throw', async () => {
    const syntax = lua.evalAsync('= 1');
    await expect(syntax).rejects.toBeInstanceOf(LuaSyntaxError);
    await expect(syntax).rejects.toThrow("error loading code: [string \"<js>\"]:1: unexpected symbol near '='");
    await expect(lua.executeAsync('error("boom")')).rejects.toThrow(/^\[string "<js>"\]:1: boom\nstack traceback:/);
    await expect(lua.executeAsync('js.await(...) error("late")', sleep(1))).rejects.toThrow('[string "<js>"]:1: late');
    await expect(lua.executeAsync('return ...', 2n ** 80n + 1n)).rejects.toBeInstanceOf(RangeError);
    const obj = { reason: 'mine' };
    await expect(lua.executeAsync('js.await(nil) error((...))', obj)).rejects.toBe(obj);
  });
});

describe('js.await at any depth', () => {
  const lua = new LuaRuntime();

  it('inside pcall, and a rejection is a Lua error carrying the rejection value', async () => {
    await expect(lua.evalAsync('pcall(js.await, ...)', fail(1, 'nope'))).resolves.toEqual([false, 'nope']);
    const err = new TypeError('rejected');
    await expect(lua.evalAsync('pcall(function(p) return js.await(p) end, ...)', fail(1, err))).resolves.toEqual([false, err]);
    await expect(lua.executeAsync('local ok, e = pcall(js.await, ...) return e.message', fail(1, err))).resolves.toBe('rejected');
    // uncaught, it rejects the call with that very value
    await expect(lua.executeAsync('js.await(...)', fail(1, err))).rejects.toBe(err);
  });

  it('inside nested coroutines (wrap and create/resume)', async () => {
    await expect(lua.executeAsync(`
      local p, q = ...
      local inner = coroutine.wrap(function() coroutine.yield(js.await(p)) return js.await(q) end)
      local outer = coroutine.create(function() local a = inner() local b = inner() coroutine.yield(a + b) return "end" end)
      local _, sum = coroutine.resume(outer)
      local _, last = coroutine.resume(outer)
      return sum, last, coroutine.status(outer)`, sleep(2, 5), sleep(1, 7))).resolves.toEqual([12, 'end', 'dead']);
    await expect(lua.executeAsync(`
      local p = ...
      local co = coroutine.wrap(function() return pcall(function() return js.await(p) end) end)
      return co()`, fail(1, 'deep'))).resolves.toEqual([false, 'deep']);
  });

  it('inside a generic-for iterator, a metamethod, a table.sort comparator and a gsub callback', async () => {
    const tick = () => sleep(1, 1);
    await expect(lua.executeAsync(`
      local tick = ...
      local function it(_, i) if i < 4 then return i + js.await(tick()) end end
      local s = 0 for i in it, nil, 0 do s = s + i end return s`, tick)).resolves.toBe(10);
    await expect(lua.executeAsync(`
      local tick = ...
      local t = setmetatable({}, { __index = function(_, k) return k * js.await(tick()) end })
      return t[21] * 2`, tick)).resolves.toBe(42);
    await expect(lua.executeAsync(`
      local tick = ...
      local t = { 3, 1, 2 } table.sort(t, function(a, b) js.await(tick()) return a < b end) return table.concat(t)`, tick))
      .resolves.toBe('123');
    await expect(lua.executeAsync(`
      local tick = ...
      return (string.gsub("abc", "%a", function(c) js.await(tick()) return c:upper() end))`, tick)).resolves.toBe('ABC');
  });

  it('in a Lua function that JS calls back with callAsync, and JS awaiting it', async () => {
    // Lua → JS: the JS function awaits a Lua callback (callAsync) and returns a promise Lua awaits.
    const viaJs = async (cb: (x: number) => unknown) => (await (cb as any).callAsync(sleep(1, 7))) + 1;
    await expect(lua.executeAsync('local f = ... return js.await(f(function(p) return js.await(p) * 3 end))', viaJs))
      .resolves.toBe(22);
    // JS awaiting Lua that awaits JS that awaits Lua, three levels deep
    const leaf = lua.eval('function(p) return js.await(p) .. "!" end');
    const mid = async () => leaf.callAsync(sleep(1, 'leaf'));
    await expect(lua.evalAsync('"[" .. js.await((...)()) .. "]"', mid)).resolves.toBe('[leaf!]');
  });

  it('is an error outside async execution, catchable where the await is', async () => {
    expect(() => lua.execute('js.await(nil)')).toThrow('[string "<js>"]:1: attempt to await outside async execution');
    expect(lua.eval('pcall(js.await, 1)')).toEqual([false, 'attempt to await outside async execution']);
    expect(() => lua.execute('coroutine.wrap(function() js.await(nil) end)()')).toThrow('attempt to await outside async execution');
    // a synchronous JS callback inside an async call is a synchronous boundary
    const sync = lua.eval('function() return js.await(nil) end');
    await expect(lua.evalAsync('select(2, pcall((...)))', () => sync())).resolves.toBeInstanceOf(LuaError);
    // a coroutine driven by next() gets the error at its await and goes on
    const co = lua.eval('function() local ok, e = pcall(function() return js.await(nil) end) coroutine.yield(e) return "on" end').coroutine();
    expect(co.next().value).toMatch(/^\[string "<js>"\]:1: attempt to await outside async execution$/);
    expect(co.next()).toEqual({ done: false, value: 'on' });
  });

  it('a plain coroutine.yield at the top of an async call is the synchronous error', async () => {
    await expect(lua.executeAsync('coroutine.yield(1)')).rejects.toThrow(/^attempt to yield across metamethod\/C-call boundary/);
    await expect(lua.evalAsync('pcall(coroutine.yield, 1)')).resolves.toEqual([false, 'attempt to yield across metamethod/C-call boundary']);
  });

  it('works from an async call started inside a synchronous call', async () => {
    let started: Promise<unknown> | undefined;
    const r = lua.execute('(...)() return "sync"', () => { started = lua.evalAsync('js.await(...) * 2', sleep(1, 21)); });
    expect(r).toBe('sync');
    await expect(started).resolves.toBe(42);
  });
});

describe('many concurrent async calls', () => {
  it('interleave correctly: 1,000 calls awaiting timers in random order', async () => {
    const lua = new LuaRuntime();
    lua.execute('log = {} active = 0 maxActive = 0');
    const f = lua.eval(`function(i, wait)
      active = active + 1
      if active > maxActive then maxActive = active end
      local s = 0
      for k = 1, 3 do
        local v = js.await(wait(i))
        s = s + v
      end
      active = active - 1
      log[#log + 1] = i
      return i, s
    end`);
    // a pseudo-random delay per (call, step): later calls often finish first
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const wait = (i: number) => sleep(Math.floor(random() * 20), i);
    const n = 1000;
    const calls = [];
    for (let i = 0; i < n; i++) calls.push(f.callAsync(i, wait));
    const results = await Promise.all(calls);
    expect(results).toEqual(Array.from({ length: n }, (_, i) => [i, 3 * i]));
    const log = lua.eval('log').toJS() as number[];
    expect([...log].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(log).not.toEqual([...log].sort((a, b) => a - b)); // they did not finish in call order
    expect(lua.eval('maxActive')).toBe(n); // all were suspended at once
    expect(lua.eval('active')).toBe(0);
    expect(lua.eval('1 + 1')).toBe(2);
  });

  it('keep going when one of them fails', async () => {
    const lua = new LuaRuntime();
    const calls = Array.from({ length: 50 }, (_, i) =>
      lua.executeAsync(`local i = ... js.await(nil) if i % 10 == 3 then error("bad " .. i, 0) end return i`, i));
    const settled = await Promise.allSettled(calls);
    settled.forEach((r, i) => {
      if (i % 10 === 3) expect(r.status === 'rejected' && (r.reason as LuaError).luaValue).toBe(`bad ${i}`);
      else expect(r).toEqual({ status: 'fulfilled', value: i });
    });
  });
});

describe('async calls and the runtime', () => {
  it('reject with "runtime is closed" when the runtime closes while they await', async () => {
    const lua = new LuaRuntime();
    const p = lua.executeAsync('js.await(...) return 1', sleep(5));
    lua.close();
    await expect(p).rejects.toThrow('runtime is closed');
    await expect(lua.evalAsync('1')).rejects.toThrow('runtime is closed');
  });
});
