// API.md § The `js` module in Lua.
import { describe, expect, it } from 'vitest';
import { LuaRuntime } from 'lupa';

const lua = new LuaRuntime();

describe('js module', () => {
  it('is a plain table, also reachable with require', () => {
    expect(lua.eval('type(js), require("js") == js, package.loaded.js == js')).toEqual(['table', true, true]);
  });

  it('js.null is a truthy sentinel that comes back as null', () => {
    expect(lua.eval('js.null')).toBeNull();
    expect(lua.eval('js.null and "truthy", type(js.null), tostring(js.null)')).toEqual(['truthy', 'userdata', 'null']);
    const t = lua.execute('local t = {}; t[js.null] = "key"; return t');
    expect(t.get(null)).toBeUndefined();
    expect(lua.eval('(...)[js.null]', t)).toBe('key');
    expect(lua.eval('(...)(js.null)', (v: unknown) => v === null)).toBe(true);
  });

  it('js.eval evaluates JS at global scope (indirect eval)', () => {
    expect(lua.eval('js.eval("1 + 1")')).toBe(2);
    expect(lua.eval('js.eval("typeof lua")')).toBe('undefined');
    expect(lua.eval('js.eval("[1, 2]")')).toEqual([1, 2]);
    expect(() => lua.eval('js.eval("throw new RangeError(\'x\')")')).toThrow(RangeError);
  });

  it('js.global is globalThis', () => {
    expect(lua.eval('js.global')).toBe(globalThis);
    expect(lua.eval('js.global.Math.PI')).toBe(Math.PI);
  });

  it('js.new(C, ...) constructs', () => {
    class Point { constructor(public x: number, public y: number) {} sum() { return this.x + this.y; } }
    const p = lua.eval('js.new(..., 2, 3)', Point);
    expect(p).toBeInstanceOf(Point);
    expect(p.sum()).toBe(5);
    expect(lua.eval('js.new(js.global.Date, 0):getTime()')).toBe(0);
    expect(lua.execute('local m = js.new(js.global.Map); m:set("a", 1); return m:get("a"), m.a, m.size', undefined)).toEqual([1, 1, undefined]);
    expect(() => lua.eval('js.new({})')).toThrow("bad argument #1 to 'new' (JS constructor expected, got table)");
  });

  it('js.typeof gives JS typeof of the value as JS sees it', () => {
    expect(lua.eval('js.typeof(1), js.typeof("s"), js.typeof(nil), js.typeof({}), js.typeof(print), js.typeof(js.null), js.typeof(...)',
      () => 1)).toEqual(['number', 'string', 'undefined', 'object', 'function', 'object', 'function']);
  });

  it('js.instanceof(v, C)', () => {
    expect(lua.eval('js.instanceof(..., js.global.Array), js.instanceof(..., js.global.Map)', [1])).toEqual([true, false]);
  });

  it('js.as_function gives a real Lua function, usable where 5.1 wants one', () => {
    const cmp = (a: number, b: number) => a > b;
    expect(lua.execute('local t = {3, 1, 2}; table.sort(t, js.as_function(...)); return t', cmp).toJS()).toEqual([3, 2, 1]);
    expect(lua.eval('string.gsub("abc", "%w", js.as_function(...))', (c: string) => c.toUpperCase())).toEqual(['ABC', 3]);
    expect(lua.eval('type(js.as_function(...))', cmp)).toBe('function');
    expect(lua.eval('js.as_function(...) == js.as_function(...)', cmp)).toBe(true);
    expect(lua.eval('js.as_function(...)', cmp)).toBe(cmp);
    const gen = lua.execute('local f = js.as_function(...); local co = coroutine.wrap(f); return co(5)', (n: number) => n * 2);
    expect(gen).toBe(10);
    expect(lua.eval('coroutine.resume(coroutine.create(js.as_function(...)))', () => 'ok')).toEqual([true, 'ok']);
    expect(lua.eval('js.as_function(print) == print')).toBe(true);
  });

  it('js.iter iterates JS iterables in a generic for', () => {
    const run = (src: string, v: unknown) => lua.execute(`local out = {}; for x in js.iter(...) do out[#out + 1] = x end; return out`, v).toJS();
    expect(run('', [1, 2, 3])).toEqual([1, 2, 3]);
    expect(run('', new Set(['a', 'b']))).toEqual(['a', 'b']);
    expect(run('', (function* () { yield 1; yield 2; })())).toEqual([1, 2]);
    expect(lua.execute('local n = 0; for x in js.iter(...) do n = n + 1; assert(x == js.null) end; return n', [null, undefined])).toBe(2);
    const entries = lua.execute('local out = {}; for e in js.iter(...) do out[#out + 1] = e end; return out', new Map([['k', 1]])).toJS();
    expect(entries).toEqual([['k', 1]]);
  });

  it('js.iterex unpacks array items into the loop variables', () => {
    expect(lua.execute('local out = {}; for k, v in js.iterex(...) do out[k] = v end; return out',
      new Map([['a', 1], ['b', 2]])).toJS()).toEqual({ a: 1, b: 2 });
    expect(lua.execute('local out = {}; for a, b in js.iterex(...) do out[#out + 1] = tostring(a) .. tostring(b) end; return out',
      [[null, 1], 'x']).toJS()).toEqual(['null1', 'xnil']);
  });

  it('js.enumerate gives (index, item) from 0 or the start', () => {
    expect(lua.execute('local out = {}; for i, v in js.enumerate(...) do out[#out + 1] = i .. v end; return out', ['a', 'b']).toJS())
      .toEqual(['0a', '1b']);
    expect(lua.execute('local out = {}; for i, v in js.enumerate(..., 1) do out[i] = v end; return out', ['a', 'b']).toJS())
      .toEqual(['a', 'b']);
  });

  it('js.iter rejects non-iterables', () => {
    expect(() => lua.eval('js.iter(1)')).toThrow(/iterable expected/);
  });
});

describe('js module edges', () => {
  it('js.null cannot be indexed; iterex of an empty array gives js.null', () => {
    expect(() => lua.eval('js.null.x')).toThrow("attempt to index field 'null' (a userdata value)");
    expect(lua.execute('for a in js.iterex(...) do return a end', [[]])).toBeNull();
  });
});

describe('coroutine.create / wrap with JS functions', () => {
  it('accept a JS function directly (beyond 5.1)', () => {
    const rt = new LuaRuntime();
    expect(rt.eval('coroutine.resume(coroutine.create(...), 20)', (n: number) => n + 1)).toEqual([true, 21]);
    expect(rt.eval('coroutine.wrap(...)("x")', (s: string) => s + s)).toBe('xx');
    expect(() => rt.eval('coroutine.create({})')).toThrow("bad argument #1 to 'create' (Lua function expected)");
  });
});
