// API.md § Lua values in JS: the value table, identity, LuaTable, LuaFunction, LuaCoroutine.
import { describe, expect, it } from 'vitest';
import { LuaRuntime, LuaTable, LuaFunction, LuaCoroutine, LuaError } from 'lupa';

describe('conversions', () => {
  const lua = new LuaRuntime();

  it('maps nil, booleans, numbers and strings to JS primitives', () => {
    expect(lua.eval('nil, true, false, 1.5, 2^53, 1/0, "s"')).toEqual([undefined, true, false, 1.5, 2 ** 53, Infinity, 's']);
    expect(Number.isNaN(lua.eval('0/0'))).toBe(true);
  });

  it('maps tables, functions and coroutines to their wrappers', () => {
    const [t, f, co] = lua.eval('{}, print, coroutine.create(print)');
    expect(t).toBeInstanceOf(LuaTable);
    expect(f).toBeInstanceOf(LuaFunction);
    expect(typeof f).toBe('function');
    expect(co).toBeInstanceOf(LuaCoroutine);
  });

  it('gives back the JS object itself for a JS object that went into Lua', () => {
    const o = { a: 1 };
    const fn = () => 1;
    expect(lua.eval('...', o)).toBe(o);
    expect(lua.eval('...', fn)).toBe(fn);
    expect(lua.eval('{...}', o).get(1)).toBe(o);
  });

  it('returns the same wrapper for the same Lua object', () => {
    expect(lua.globals()).toBe(lua.globals());
    lua.execute('T = {} F = function() end C = coroutine.create(F)');
    expect(lua.eval('T')).toBe(lua.eval('T'));
    expect(lua.eval('F')).toBe(lua.eval('F'));
    expect(lua.eval('C')).toBe(lua.eval('C'));
    expect(lua.eval('T, T')).toEqual([lua.eval('T'), lua.eval('T')]);
    const [a, b] = lua.eval('T, T');
    expect(a).toBe(b);
  });
});

describe('LuaTable', () => {
  const lua = new LuaRuntime();

  it('get/set/has/delete are raw and Map-like', () => {
    const t = lua.eval('setmetatable({ a = 1 }, { __index = function() return "meta" end, __newindex = function() error("no") end })');
    expect(t.get('a')).toBe(1);
    expect(t.get('zzz')).toBeUndefined();
    expect(t.set('b', 2)).toBe(t);
    expect(lua.eval('rawget(..., "b")', t)).toBe(2);
    expect(t.has('b')).toBe(true);
    expect(t.has('zzz')).toBe(false);
    expect(t.delete('b')).toBe(true);
    expect(t.delete('b')).toBe(false);
    t.set('a', undefined);
    expect(t.has('a')).toBe(false);
    expect(() => t.set(undefined, 1)).toThrow(new LuaError('table index is nil'));
    expect(() => t.set(NaN, 1)).toThrow(new LuaError('table index is NaN'));
  });

  it('length is the raw #', () => {
    expect(lua.eval('{1, 2, 3}').length).toBe(3);
    expect(lua.eval('setmetatable({}, { __len = function() return 9 end })').length).toBe(0);
  });

  it('iterates entries, keys and values in next order', () => {
    const t = lua.execute('local t = {10, 20}; t.x = "a"; t.y = "b"; return t');
    const order = lua.execute('local t, ks = ..., {}; for k in next, t do ks[#ks + 1] = k end; return ks', t).toJS();
    expect([...t.keys()]).toEqual(order);
    expect([...t.entries()]).toEqual([[1, 10], [2, 20], ['x', 'a'], ['y', 'b']]);
    expect([...t]).toEqual([...t.entries()]);
    expect([...t.values()]).toEqual([10, 20, 'a', 'b']);
  });

  it('toJS: sequence → array, empty → {}, text keys → object, other keys → Map', () => {
    expect(lua.eval('{1, 2, 3}').toJS()).toEqual([1, 2, 3]);
    expect(lua.eval('{}').toJS()).toEqual({});
    expect(lua.eval('{ a = 1, [2] = "b" }').toJS()).toEqual({ a: 1, 2: 'b' });
    expect(lua.eval('{ [1] = 1, [3] = 3 }').toJS()).toEqual({ 1: 1, 3: 3 });
    const m = lua.eval('{ [true] = 1, x = 2 }').toJS() as Map<unknown, unknown>;
    expect(m).toBeInstanceOf(Map);
    expect([...m]).toEqual([[true, 1], ['x', 2]]);
    const inner = lua.eval('{ {1} }').toJS() as unknown[];
    expect(inner[0]).toBeInstanceOf(LuaTable);
    expect(lua.eval('{ __proto__ = 1 }').toJS()).toEqual(JSON.parse('{"__proto__": 1}'));
  });

  it('toJS({ recursive }) converts nested tables, keeping shared and cyclic ones shared', () => {
    const js = lua.execute(`
      local shared = { n = 1 }
      local t = { a = shared, b = shared, list = { shared, { 1, 2 } } }
      t.self = t
      return t`).toJS({ recursive: true }) as Record<string, any>;
    expect(js.a).toEqual({ n: 1 });
    expect(js.a).toBe(js.b);
    expect(js.list[0]).toBe(js.a);
    expect(js.list[1]).toEqual([1, 2]);
    expect(js.self).toBe(js);
    const cyc = lua.execute('local t = {}; t[1] = t; return t').toJS({ recursive: true }) as unknown[];
    expect(cyc[0]).toBe(cyc);
  });

  it('reads and writes other property names through __index/__newindex', () => {
    expect(lua.globals().string.lower('TEST')).toBe('test');
    const t = lua.execute(`
      local log = {}
      local t = setmetatable({ log = log }, {
        __index = function(_, k) return "idx:" .. k end,
        __newindex = function(t, k, v) rawset(log, #log + 1, k .. "=" .. v) end })
      return t`);
    expect(t.missing).toBe('idx:missing');
    t.x = 5;
    expect(t.log.get(1)).toBe('x=5');
    expect(t.get('x')).toBeUndefined();
    const plain = lua.eval('{}');
    plain.y = 'why';
    expect(lua.eval('(...).y', plain)).toBe('why');
    expect('y' in plain).toBe(true);
    delete plain.y;
    expect(plain.get('y')).toBeUndefined();
  });

  it('turns canonical numeric property names into number keys', () => {
    const t = lua.eval('{ "one", "two", ["01"] = "str" }');
    expect(t[1]).toBe('one');
    expect(t['2']).toBe('two');
    expect(t['01']).toBe('str');
    t[3] = 'three';
    expect(t.length).toBe(3);
  });

  it('is never mistaken for a promise, and keeps constructor and symbols', async () => {
    const t = lua.eval('{ ["then"] = function() error("called") end, constructor = 1 }');
    expect(t.then).toBeUndefined();
    expect(await t).toBe(t);
    expect(t.constructor).toBe(LuaTable);
    expect(typeof t[Symbol.iterator]).toBe('function');
    expect(t[Symbol.toPrimitive]).toBeUndefined();
    expect(t.get('constructor')).toBe(1);
  });

  it('lists its keys for Object.keys and spreading', () => {
    const t = lua.eval('{ 5, a = 1 }');
    expect(Object.keys(t)).toEqual(['1', 'a']);
    expect({ ...t }).toEqual({ 1: 5, a: 1 });
  });

  it('String(t) uses __tostring, else <Lua table at 0x…>', () => {
    expect(String(lua.eval('setmetatable({}, { __tostring = function() return "custom" end })'))).toBe('custom');
    expect(String(lua.eval('{}'))).toMatch(/^<Lua table at 0x[0-9a-f]+>$/);
    expect(`${lua.eval('{}')}`).toMatch(/^<Lua table at 0x/);
  });
});

describe('LuaFunction', () => {
  const lua = new LuaRuntime();

  it('is a real JS function', () => {
    const f = lua.eval('function(a, b) return a + b, a * b end');
    expect(f(2, 3)).toEqual([5, 6]);
    expect(f.call(null, 1, 1)).toEqual([2, 1]);
    expect(f.apply(null, [2, 2])).toEqual([4, 4]);
    expect([1, 2].map(lua.eval('function(x) return x * 10 end'))).toEqual([10, 20]);
    expect(f).toBeInstanceOf(Function);
    expect(String(f)).toMatch(/^<Lua function at 0x/);
  });

  it('wraps native Lua functions too', () => {
    expect(lua.globals().string.rep('ab', 3)).toBe('ababab');
    expect(lua.globals().select('#', 1, 2)).toBe(2);
  });

  it('.coroutine(...args) makes a LuaCoroutine started with args', () => {
    const f = lua.eval('function(a, b) local x = coroutine.yield(a + b); return x * 2 end');
    const co = f.coroutine(1, 2);
    expect(co).toBeInstanceOf(LuaCoroutine);
    expect(co.status).toBe('suspended');
    expect(co.next()).toEqual({ done: false, value: 3 });
    expect(co.next(21)).toEqual({ done: false, value: 42 });
    expect(co.next()).toEqual({ done: true, value: undefined });
    expect(co.status).toBe('dead');
  });
});

describe('LuaCoroutine', () => {
  const lua = new LuaRuntime();
  const counter = lua.eval('function(n) for i = 1, n do coroutine.yield(i) end return "end" end');

  it('follows the generator protocol, delivering the return value as a last item', () => {
    expect([...counter.coroutine(3)]).toEqual([1, 2, 3, 'end']);
    const items: unknown[] = [];
    for (const v of counter.coroutine(2)) items.push(v);
    expect(items).toEqual([1, 2, 'end']);
    const co = counter.coroutine(1);
    expect(co[Symbol.iterator]()).toBe(co);
  });

  it('gives several yielded values as one array item', () => {
    expect([...lua.eval('function() coroutine.yield(1, 2) coroutine.yield() end').coroutine()]).toEqual([[1, 2], undefined]);
  });

  it('next(v) hands v to coroutine.yield', () => {
    const co = lua.eval('function() local got = {} for i = 1, 2 do got[i] = coroutine.yield(i) end return got end').coroutine();
    co.next();
    co.next('a');
    const last = co.next('b');
    expect(last.done).toBe(false);
    expect(last.value.toJS()).toEqual(['a', 'b']);
  });

  it('send(v) returns the next value and throws on a dead coroutine', () => {
    const co = counter.coroutine(2);
    expect(co.send()).toBe(1);
    expect(co.send()).toBe(2);
    expect(co.send()).toBe('end');
    expect(co.status).toBe('dead');
    expect(() => co.send()).toThrow(new LuaError('cannot resume dead coroutine'));
    expect(co.next()).toEqual({ done: true, value: undefined });
  });

  it('status is suspended, running, normal or dead', () => {
    const seen: string[] = [];
    const outer = lua.eval('function(check) coroutine.yield() check() end');
    const co = outer.coroutine(() => {
      seen.push(co.status);
      const inner = lua.eval('function(check) check() end').coroutine(() => seen.push(co.status));
      inner.next();
    });
    expect(co.status).toBe('suspended');
    co.next();
    expect(co.status).toBe('suspended');
    co.next();
    expect(seen).toEqual(['running', 'normal']);
    expect(co.status).toBe('dead');
  });

  it('throw(e) raises e at the pending yield, where pcall can catch it', () => {
    const co = lua.eval(`function()
      local ok, err = pcall(coroutine.yield, 1)
      local ok2, err2 = pcall(function() return coroutine.yield(2) end)
      coroutine.yield(ok2, err2)
      return "after"
    end`).coroutine();
    const boom = new Error('boom');
    expect(co.next()).toEqual({ done: false, value: 1 });
    co.next();
    const r = co.throw(boom);
    expect(r).toEqual({ done: false, value: [false, boom] });
    expect(co.next()).toEqual({ done: false, value: 'after' });
  });

  it('throw(e) on an unstarted coroutine closes it and rethrows', () => {
    const co = counter.coroutine(3);
    const boom = new Error('boom');
    expect(() => co.throw(boom)).toThrow(boom);
    expect(co.status).toBe('dead');
    const co2 = counter.coroutine(3);
    co2.next();
    expect(() => co2.throw(boom)).toThrow(boom);
    expect(co2.status).toBe('dead');
  });

  it('return(v) finishes the coroutine', () => {
    const co = counter.coroutine(5);
    co.next();
    expect(co.return('x')).toEqual({ done: true, value: 'x' });
    expect(co.status).toBe('dead');
    expect(co.next().done).toBe(true);
  });

  it('an error inside throws LuaError and the coroutine is dead', () => {
    const co = lua.eval('function() coroutine.yield(1) error("inside") end').coroutine();
    co.next();
    let err: unknown;
    try { co.next(); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(LuaError);
    expect((err as LuaError).message).toMatch(/^\[string "<js>"\]:1: inside\nstack traceback:\n\t\[C\]: in function 'error'/);
    expect((err as LuaError).luaValue).toBe('[string "<js>"]:1: inside');
    expect(co.status).toBe('dead');
  });

  it('a never-started coroutine from Lua is a factory of fresh coroutines', () => {
    const co = lua.eval('coroutine.create(function(n) for i = 1, n do coroutine.yield(i) end end)');
    expect(co).toBeInstanceOf(LuaCoroutine);
    expect([...co(3)]).toEqual([1, 2, 3]);
    expect([...co(2)]).toEqual([1, 2]);
    expect(co.status).toBe('suspended');
  });

  it('a coroutine started in Lua continues in JS', () => {
    const [co, first] = lua.execute(`
      local co = coroutine.create(function() for i = 1, 3 do coroutine.yield(i) end end)
      local _, v = coroutine.resume(co)
      return co, v`);
    expect(first).toBe(1);
    expect([...co]).toEqual([2, 3]);
    expect([...co]).toEqual([]);
  });

  it('a coroutine made in JS can be resumed from Lua and keeps Lua error values plain', () => {
    const co = lua.eval('function() coroutine.yield(1) error({ code = 7 }) end').coroutine();
    expect(lua.execute('local co = ...; local _, a = coroutine.resume(co); local ok, e = coroutine.resume(co); return a, ok, e.code', co))
      .toEqual([1, false, 7]);
  });
});

describe('LuaUserdata', () => {
  it('wraps userdata that is not a JS object, with __tostring', () => {
    const lua = new LuaRuntime();
    const [plain, named] = lua.execute(`
      local p = newproxy(true)
      local n = newproxy(true); getmetatable(n).__tostring = function() return "named" end
      return p, n`);
    expect(String(plain)).toMatch(/^<Lua userdata at 0x/);
    expect(String(named)).toBe('named');
    expect(lua.eval('...', named)).toBe(named);
    expect(lua.eval('io.stdout')).toBe(lua.eval('io.stdout'));
  });

  it('an error in a coroutine made in Lua has no traceback beyond [C]: ?', () => {
    const lua = new LuaRuntime();
    const co = lua.execute('local co = coroutine.create(function() coroutine.yield() error("in co", 0) end); coroutine.resume(co); return co');
    expect(() => co.next()).toThrow(new LuaError('in co\nstack traceback:\n\t[C]: ?', 'in co'));
  });
});
