// API.md § JS values in Lua: primitives, userdata proxies, protocols, methods, identity, filters.
import { describe, expect, it } from 'vitest';
import { LuaRuntime, LuaError, asAttrGetter, asItemGetter } from 'lupa';

describe('primitives', () => {
  const lua = new LuaRuntime();

  it('undefined and null become nil; booleans and numbers stay', () => {
    expect(lua.eval('select("#", ...), (...) == nil, select(2, ...) == nil', undefined, null)).toEqual([2, true, true]);
    expect(lua.eval('type(...)', true)).toBe('boolean');
    expect(lua.eval('math.type and 0 or (...) + 1', 41)).toBe(42);
  });

  it('strings are encoded as UTF-8, also under encoding: null', () => {
    expect(lua.eval('string.byte(..., 1, -1)', 'é')).toEqual([0xc3, 0xa9]);
    const raw = new LuaRuntime({ encoding: null });
    expect(raw.eval('string.byte(..., 1, -1)', 'é')).toEqual([0xc3, 0xa9]);
  });

  it('a Uint8Array is a byte string', () => {
    expect(lua.eval('type(...), #...', new Uint8Array([1, 2, 250]))).toEqual(['string', 3]);
  });

  it('a bigint is a number when exact, else a RangeError', () => {
    expect(lua.eval('(...) + 1', 10n)).toBe(11);
    expect(() => lua.eval('...', 2n ** 64n + 1n)).toThrow(RangeError);
  });
});

describe('userdata proxies', () => {
  const lua = new LuaRuntime();

  it('objects, arrays, Maps, functions, classes, promises, symbols are userdata', () => {
    class K {}
    const values = [{}, [], new Map(), () => 1, K, Promise.resolve(1), Symbol('s'), new Date(0)];
    for (const v of values) expect(lua.eval('type(...)', v)).toBe('userdata');
    const sym = Symbol('x');
    expect(lua.eval('...', sym)).toBe(sym);
  });

  it('indexes arrays 0-based, with # and length', () => {
    const arr = [10, 20, 30];
    expect(lua.execute('local a = ...; return a[0], a[2], a[3], #a, a.length', arr)).toEqual([10, 30, undefined, 3, 3]);
    lua.execute('local a = ...; a[0] = "x"; a[3] = "new"; a:push("pushed")', arr);
    expect(arr).toEqual(['x', 20, 30, 'new', 'pushed']);
  });

  it('indexes typed arrays like arrays', () => {
    const ta = new Float64Array([1.5, 2.5]);
    expect(lua.execute('local a = ...; a[1] = 9; return a[0], #a', ta)).toEqual([1.5, 2]);
    expect(ta[1]).toBe(9);
  });

  it('indexes Maps with get/set, nil deleting', () => {
    const m = new Map<unknown, unknown>([['a', 1], [2, 'two']]);
    expect(lua.execute('local m = ...; return m.a, m[2], m.size, m.missing', m)).toEqual([1, 'two', undefined, undefined]);
    lua.execute('local m = ...; m.b = true; m.a = nil', m);
    expect([...m]).toEqual([[2, 'two'], ['b', true]]);
    expect(lua.execute('local m = ...; m:set("c", 3); return m:has("c"), m.c', m)).toEqual([true, 3]);
    const shadow = new Map<string, unknown>([['set', 'an entry']]);
    expect(lua.eval('(...).set', shadow)).toBe('an entry');
    const key = {};
    const km = new Map([[key, 'by object']]);
    expect(lua.eval('(select(1, ...))[select(2, ...)]', km, key)).toBe('by object');
  });

  it('indexes other objects by property; a missing key is nil', () => {
    const o: Record<string, unknown> = { a: 1, nested: { b: 2 } };
    expect(lua.execute('local o = ...; return o.a, o.nested.b, o.missing, o["a"]', o)).toEqual([1, 2, undefined, 1]);
    lua.execute('local o = ...; o.c = "new"; o.a = nil', o);
    expect(o.c).toBe('new');
    expect(o.a).toBeUndefined();
  });

  it('calls functions with converted arguments and results', () => {
    const seen: unknown[] = [];
    const f = (...args: unknown[]) => { seen.push(args); return 'r'; };
    expect(lua.eval('(...)(1, "s", nil, {})', f)).toBe('r');
    expect((seen[0] as unknown[]).slice(0, 3)).toEqual([1, 's', undefined]);
    expect(lua.eval('select("#", (...)())', () => undefined)).toBe(1);
  });

  it('obj.method(a) and obj:method(a) both call with this = obj and (a)', () => {
    const calls: unknown[][] = [];
    const obj = { name: 'obj', m(this: { name: string }, ...args: unknown[]) { calls.push([this.name, ...args]); return this.name; } };
    expect(lua.execute('local o = ...; return o.m(1), o:m(2)', obj)).toEqual(['obj', 'obj']);
    expect(calls).toEqual([['obj', 1], ['obj', 2]]);
    expect(lua.eval('js.global.Math.max(3, 7)')).toBe(7);
    expect(lua.eval('(...):join("-")', [1, 2])).toBe('1-2');
  });

  it('a method taken from an object is the function itself in JS', () => {
    const obj = { m() { return 1; } };
    expect(lua.eval('(...).m', obj)).toBe(obj.m);
    expect(lua.eval('(...).m == (...).m', obj)).toBe(true);
  });

  it('the same JS object is the same userdata, so it works as a table key', () => {
    const o = {};
    lua.execute('registry = {}; registry[...] = "found"', o);
    expect(lua.eval('registry[...]', o)).toBe('found');
    expect(lua.eval('(...) == select(2, ...)', o, o)).toBe(true);
    expect(lua.eval('rawequal(...)', o, o)).toBe(true);
  });

  it('tostring(obj) is String(obj)', () => {
    expect(lua.eval('tostring(...)', { toString: () => 'custom' })).toBe('custom');
    expect(lua.eval('tostring(...)', [1, 2])).toBe('1,2');
    expect(lua.eval('tostring(...)', Object.create(null))).toBe('[object Object]');
  });

  it('# of non-arrays, arithmetic and comparison raise errors in Lua words', () => {
    expect(() => lua.execute('local o = ...; return #o', {})).toThrow("attempt to get length of local 'o' (a userdata value)");
    expect(() => lua.execute('local o = ...; return o + 1', {})).toThrow("attempt to perform arithmetic on local 'o' (a userdata value)");
    expect(() => lua.execute('local a, b = ...; return a < b', {}, {})).toThrow('attempt to compare two userdata values');
    expect(() => lua.execute('local o = ...; return o .. ""', {})).toThrow("attempt to concatenate local 'o' (a userdata value)");
    expect(() => lua.execute('local o = ...; o()', {})).toThrow("attempt to call local 'o' (a userdata value)");
  });

  it('keeps its metatable out of reach', () => {
    expect(lua.eval('getmetatable(...)', {})).toBe(false);
  });
});

describe('forcing a protocol', () => {
  const lua = new LuaRuntime();

  it('js.as_attrgetter / asAttrGetter index by property', () => {
    const m = new Map([['size', 'entry']]);
    expect(lua.eval('js.as_attrgetter(...).size', m)).toBe(1);
    expect(lua.eval('(...).size', asAttrGetter(m))).toBe(1);
    expect(lua.eval('(...).size', m)).toBe('entry');
    expect(lua.eval('js.as_attrgetter(...).length', [1, 2, 3])).toBe(3);
  });

  it('js.as_itemgetter / asItemGetter index as a collection', () => {
    expect(lua.eval('js.as_itemgetter(...)[1]', ['a', 'b'])).toBe('b');
    expect(lua.eval('(...).length', asItemGetter(['a']))).toBeUndefined();
    expect(lua.eval('(...).k', asItemGetter(new Map([['k', 'v']])))).toBe('v');
  });

  it('a forced view comes back as the object and equals it', () => {
    const o = [1];
    expect(lua.eval('js.as_itemgetter(...)', o)).toBe(o);
    expect(lua.eval('...', asAttrGetter(o))).toBe(o);
    expect(lua.eval('js.as_attrgetter(...) == ...', o)).toBe(true);
  });

  it('js.as_attrgetter refuses Lua values', () => {
    expect(() => lua.eval('js.as_attrgetter({})')).toThrow("bad argument #1 to 'as_attrgetter' (JS object expected, got table)");
  });
});

describe('attributeFilter / attributeHandlers', () => {
  it('the filter sees property accesses on objects and functions, not array items or Map keys', () => {
    const seen: unknown[][] = [];
    const lua = new LuaRuntime({
      attributeFilter: (obj, name, isSetting) => { seen.push([name, isSetting]); return name; },
    });
    const fn = Object.assign(() => 0, { prop: 1 });
    lua.execute('local o, f, a, m = ...; local _ = o.x; o.y = 1; _ = f.prop; _ = a[0]; _ = m.k; m.k = 2', { x: 1 }, fn, [1], new Map());
    expect(seen).toEqual([['x', false], ['y', true], ['prop', false]]);
  });

  it('the filter can rename and deny; what it throws is the Lua error value', () => {
    const denied = new Error('denied');
    const lua = new LuaRuntime({
      attributeFilter: (obj, name) => {
        if (name === 'secret') throw denied;
        return name === 'alias' ? 'real' : name;
      },
    });
    const o = { real: 'R', secret: 'S' };
    expect(lua.eval('(...).alias', o)).toBe('R');
    expect(lua.execute('local ok, e = pcall(function(o) return o.secret end, ...); return ok, e', o)).toEqual([false, denied]);
    expect(() => lua.eval('(...).secret', o)).toThrow(denied);
  });

  it('cannot be combined with attributeHandlers', () => {
    expect(() => new LuaRuntime({ attributeFilter: (o, n) => n, attributeHandlers: [null, null] })).toThrow(TypeError);
  });

  it('handlers replace all indexing; either may be null', () => {
    const log: unknown[] = [];
    const lua = new LuaRuntime({
      attributeHandlers: [(obj, name) => `get:${String(name)}`, (obj, name, value) => { log.push([name, value]); }],
    });
    expect(lua.execute('local o, a, m = ...; return o.x, a[0], m.k', {}, [1], new Map([['k', 1]]))).toEqual(['get:x', 'get:0', 'get:k']);
    lua.execute('local o = ...; o.y = 5', {});
    expect(log).toEqual([['y', 5]]);
    const getOnly = new LuaRuntime({ attributeHandlers: [(obj, name) => 'G', null] });
    const o: Record<string, unknown> = {};
    getOnly.execute('local o = ...; o.z = 1', o);
    expect([getOnly.eval('(...).anything', o), o.z]).toEqual(['G', 1]);
  });
});

describe('edges of the protocols', () => {
  const lua = new LuaRuntime();

  it('a non-integer array index reads nil; forced item views refuse names', () => {
    expect(lua.eval('(...)[0.5]', [1])).toBeUndefined();
    expect(lua.eval('js.as_itemgetter(...).length', [1])).toBeUndefined();
    expect(() => lua.execute('js.as_itemgetter(...).x = 1', [1])).toThrow(TypeError);
    expect(() => lua.execute('js.as_itemgetter(...)()', [1])).toThrow('attempt to call a userdata value');
  });

  it('assigning nil to a property sets it to undefined', () => {
    const o: Record<string, unknown> = { a: 1 };
    lua.execute('(...).a = nil', o);
    expect('a' in o).toBe(true);
    expect(o.a).toBeUndefined();
  });

  it('a JS stack overflow becomes Lua\'s stack overflow', () => {
    const deep = (): number => deep() + 1;
    expect(lua.eval('pcall(...)', deep)).toEqual([false, 'stack overflow']);
  });
});
