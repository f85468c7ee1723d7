// API.md § Helpers.
import { describe, expect, it } from 'vitest';
import { LuaRuntime, luaType, unpacksLuaTable } from 'lupa';

const lua = new LuaRuntime();

describe('luaType', () => {
  it('names the Lua type of wrappers', () => {
    const [t, f, co, ud] = lua.eval('{}, function() end, coroutine.create(print), newproxy()');
    expect(luaType(t)).toBe('table');
    expect(luaType(f)).toBe('function');
    expect(luaType(lua.globals().print)).toBe('function');
    expect(luaType(co)).toBe('thread');
    expect(luaType(ud)).toBe('userdata');
    expect(luaType(lua.eval('io.stdout'))).toBe('userdata');
  });

  it('is undefined for anything else', () => {
    for (const v of [undefined, null, 1, 'x', {}, [], () => 1, new Map()]) expect(luaType(v)).toBeUndefined();
  });
});

describe('unpacksLuaTable', () => {
  const seen: unknown[][] = [];
  const f = unpacksLuaTable((...args: unknown[]) => { seen.push(args); return args.length; });

  it('spreads a single table: items 1..#t, then string keys as an options object', () => {
    seen.length = 0;
    expect(lua.eval('(...){ 1, "two", x = 3, [10] = "ignored" }', f)).toBe(3);
    expect(seen[0]).toEqual([1, 'two', { x: 3 }]);
  });

  it('appends no options object without string keys', () => {
    seen.length = 0;
    lua.eval('(...){ "a", "b" }', f);
    expect(seen[0]).toEqual(['a', 'b']);
  });

  it('passes other calls through unchanged', () => {
    seen.length = 0;
    lua.eval('(...)(1, 2)', f);
    lua.eval('(...)({}, 2)', f);
    expect(seen[0]).toEqual([1, 2]);
    expect(seen[1]).toHaveLength(2);
    expect(f('x')).toBe(1);
  });

  it('also works when JS calls it with a LuaTable, and keeps this', () => {
    const obj = { k: 'K', m: unpacksLuaTable(function (this: { k: string }, a: unknown) { return `${this.k}${String(a)}`; }) };
    expect(obj.m(lua.table('A'))).toBe('KA');
    expect(lua.eval('(...):m({ "B" })', obj)).toBe('KB');
  });
});
