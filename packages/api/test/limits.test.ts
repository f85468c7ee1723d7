// API.md § LuaRuntime `limits` and § Errors `LuaTimeoutError`: a budget per call from JS that
// Lua's pcall cannot catch; calls back into Lua through JS share it; each next() of a coroutine and
// each async call is a call of its own.
import { describe, expect, it } from 'vitest';
import { LuaRuntime, LuaError, LuaTimeoutError } from 'lupa';

function caught(f: () => unknown): any {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an exception');
}

const sleep = (ms: number, v?: unknown) => new Promise((r) => setTimeout(() => r(v), ms));

// A loop of n iterations costs about 2n instructions of the budget (its back-edges, weighted by
// the loop's length); the budget below is 1e6.
const spin = (n: number) => `local x = 0 for i = 1, ${n} do x = x + i end`;

describe('instruction limit', () => {
  const lua = new LuaRuntime({ limits: { instructions: 1e6 } });

  it('aborts an endless loop with LuaTimeoutError', () => {
    const e = caught(() => lua.execute('while true do end'));
    expect(e).toBeInstanceOf(LuaTimeoutError);
    expect(e).toBeInstanceOf(LuaError);
    expect(e.name).toBe('LuaTimeoutError');
    expect(e.message).toBe('instruction limit exceeded');
  });

  it('cannot be caught by pcall, xpcall or error handlers', () => {
    expect(() => lua.execute('pcall(function() while true do end end) done = true')).toThrow(LuaTimeoutError);
    expect(() => lua.execute('xpcall(function() while true do end end, function() return "handled" end) done = true'))
      .toThrow(LuaTimeoutError);
    expect(() => lua.execute('for i = 1, 3 do pcall(function() repeat until false end) end')).toThrow('instruction limit exceeded');
    expect(lua.eval('done')).toBeUndefined();
  });

  it('counts calls and recursion, not only loops', () => {
    expect(() => lua.execute('local function f() return f() end f()')).toThrow(LuaTimeoutError);
    expect(() => lua.execute('local function f(n) if n > 0 then f(n - 1) f(n - 1) end end f(40)')).toThrow(LuaTimeoutError);
  });

  it('lets calls within the budget run, with a fresh budget per call', () => {
    for (let i = 0; i < 5; i++) expect(lua.execute(`${spin(2e5)} return x`)).toBe(2e5 * (2e5 + 1) / 2);
  });

  it('leaves the runtime usable and its globals intact', () => {
    lua.execute('keep = { 1, 2, 3 } function keepf() return #keep end');
    expect(() => lua.execute('keep[4] = 4 while true do end')).toThrow(LuaTimeoutError);
    expect(lua.eval('keepf()')).toBe(4);
    expect(lua.eval('select("#", pcall(error, "x"))')).toBe(2);
    expect(lua.eval('coroutine.wrap(function() coroutine.yield(1) end)()')).toBe(1);
  });

  it('works inside coroutines resumed from Lua', () => {
    expect(() => lua.execute('coroutine.wrap(function() while true do end end)()')).toThrow(LuaTimeoutError);
    expect(() => lua.execute(`local co = coroutine.create(function() while true do end end)
      local ok, e = coroutine.resume(co) return ok, e`)).toThrow(LuaTimeoutError);
    expect(lua.eval('select(2, coroutine.resume(coroutine.create(function() return 5 end)))')).toBe(5);
  });

  it('gives each next() of a coroutine its own budget', () => {
    const co = lua.eval(`function() for k = 1, 4 do ${spin(3e5)} coroutine.yield(k) end end`).coroutine();
    expect([...co]).toEqual([1, 2, 3, 4]);
    const endless = lua.eval('function() coroutine.yield(1) while true do end end').coroutine();
    expect(endless.next()).toEqual({ done: false, value: 1 });
    expect(() => endless.next()).toThrow(LuaTimeoutError);
    expect(endless.status).toBe('dead');
  });

  it('shares the budget with calls back into Lua through JS', () => {
    const inner = lua.eval(`function() ${spin(3e5)} return x end`);
    const outer = lua.eval('function(cb, n) for k = 1, n do cb() end return "done" end');
    expect(inner()).toBe(3e5 * (3e5 + 1) / 2); // ~0.6 of the budget
    expect(outer(() => inner(), 1)).toBe('done');
    expect(() => outer(() => inner(), 2)).toThrow(LuaTimeoutError); // two of them do not fit in one call
  });

  it('aborts inner calls when the shared budget runs out, and pcall in Lua cannot stop it', () => {
    const inner = lua.eval(`function() ${spin(3e5)} return x end`);
    const outer = lua.eval(`function(cb) for k = 1, 10 do pcall(cb) end return "done" end`);
    const seen: unknown[] = [];
    expect(() => outer(() => {
      try {
        inner();
      } catch (e) {
        seen.push(e);
        throw e;
      }
    })).toThrow(LuaTimeoutError);
    expect(seen.length).toBe(1);
    expect(seen[0]).toBeInstanceOf(LuaTimeoutError);
  });

  it('keeps aborting when a callback swallows the timeout', () => {
    const outer = lua.eval('function(cb) cb() return "continued" end');
    const spinner = lua.eval('function() while true do end end');
    expect(() => outer(() => {
      try { spinner(); } catch { /* swallowed */ }
    })).toThrow(LuaTimeoutError);
  });

  it('bounds the __tostring of an error value the host converts', () => {
    const e = caught(() => lua.execute('error(setmetatable({}, { __tostring = function() while true do end end }))'));
    expect(e).toBeInstanceOf(LuaError);
    expect(e.message.split('\n')[0]).toBe('(error object is a table value)');
  });

  it('bounds metamethods run by LuaTable property access', () => {
    const t = lua.eval('setmetatable({}, { __index = function() while true do end end })');
    expect(() => t.anything).toThrow(LuaTimeoutError);
  });
});

describe('time limit', () => {
  it('aborts a long call with "time limit exceeded"', () => {
    const lua = new LuaRuntime({ limits: { timeoutMs: 50 } });
    const t0 = Date.now();
    const e = caught(() => lua.execute('while true do end'));
    expect(e).toBeInstanceOf(LuaTimeoutError);
    expect(e.message).toBe('time limit exceeded');
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(lua.eval('1 + 1')).toBe(2);
  });

  it('counts the time spent in JS callbacks of the call', () => {
    const lua = new LuaRuntime({ limits: { timeoutMs: 50 } });
    const busy = () => { const end = Date.now() + 2; while (Date.now() < end); };
    // 200 calls of 2 ms, and too few Lua instructions for a check of their own: the budget is
    // checked every 64 callback returns
    const t0 = Date.now();
    expect(() => lua.execute('local f = ... for i = 1, 200 do f() end', busy)).toThrow('time limit exceeded');
    expect(Date.now() - t0).toBeLessThan(380);
    expect(lua.execute('local f = ... for i = 1, 2 do f() end return "in time"', busy)).toBe('in time');
  });

  it('applies both limits, whichever comes first', () => {
    const lua = new LuaRuntime({ limits: { instructions: 1e5, timeoutMs: 60000 } });
    expect(() => lua.execute('while true do end')).toThrow('instruction limit exceeded');
  });
});

describe('limits of async calls', () => {
  it('carry the instruction count across awaits: one budget per async call', async () => {
    const lua = new LuaRuntime({ limits: { instructions: 1e6 } });
    const wait = () => sleep(1);
    await expect(lua.executeAsync(`for k = 1, 2 do js.await((...)()) ${spin(2e5)} end return "ok"`, wait)).resolves.toBe('ok');
    await expect(lua.executeAsync(`for k = 1, 5 do js.await((...)()) ${spin(2e5)} end return "ok"`, wait))
      .rejects.toThrow(LuaTimeoutError);
    // each callAsync is a call of its own
    const f = lua.eval(`function(wait) js.await(wait()) ${spin(3e5)} return "ok" end`);
    for (let i = 0; i < 3; i++) await expect(f.callAsync(wait)).resolves.toBe('ok');
  });

  it('count running time, not the time spent awaiting', async () => {
    const lua = new LuaRuntime({ limits: { timeoutMs: 40 } });
    await expect(lua.executeAsync('for k = 1, 4 do js.await((...)()) end return "waited"', () => sleep(25))).resolves.toBe('waited');
    await expect(lua.executeAsync('js.await((...)()) while true do end', () => sleep(1))).rejects.toThrow('time limit exceeded');
  });

  it('abort one call without disturbing the others', async () => {
    const lua = new LuaRuntime({ limits: { instructions: 1e6 } });
    const calls = [];
    for (let i = 0; i < 20; i++) {
      const body = i % 5 === 0 ? 'while true do end' : `${spin(1e4)} return ${i}`;
      calls.push(lua.executeAsync(`js.await((...)(${i % 7})) ${body}`, (ms: number) => sleep(ms)));
    }
    const results = await Promise.allSettled(calls);
    results.forEach((r, i) => {
      if (i % 5 === 0) expect(r.status === 'rejected' && r.reason).toBeInstanceOf(LuaTimeoutError);
      else expect(r).toEqual({ status: 'fulfilled', value: i });
    });
    expect(lua.eval('1')).toBe(1);
  });

  it('run a synchronous call made between segments with its own budget', async () => {
    const lua = new LuaRuntime({ limits: { instructions: 1e6 } });
    const p = lua.executeAsync(`js.await((...)()) ${spin(3e5)} return "async"`, () => sleep(5));
    expect(lua.execute(`${spin(3e5)} return "sync"`)).toBe('sync');
    await expect(p).resolves.toBe('async');
  });
});

describe('the limits option', () => {
  it('rejects invalid values with TypeErrors; 0 means no limit', () => {
    expect(() => new LuaRuntime({ limits: { instructions: -1 } })).toThrow(TypeError);
    expect(() => new LuaRuntime({ limits: { timeoutMs: 'soon' as never } })).toThrow(TypeError);
    expect(() => new LuaRuntime({ limits: 5 as never })).toThrow(TypeError);
    expect(new LuaRuntime({ limits: { instructions: 0 } }).execute(`${spin(1e6)} return 1`)).toBe(1);
  });
});
