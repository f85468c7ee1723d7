import { describe, expect, test } from 'vitest';
import { newState, stringLib, pcallNative, readFixture, mismatches } from './string-harness.js';
import { createState, protectedCall } from '../src/runtime.js';
import { loadChunk } from '../src/load.js';
import type { LuaValue } from '../src/value.js';

// Expectations written by lua5.1: fixtures/string/gen-string.lua → fixtures/string/string.txt.
const L = newState();
const lib = stringLib(L);

describe('string functions against lua5.1', () => {
  const cases = readFixture('string.txt');
  const groups = new Map<string, typeof cases>();
  for (const c of cases) {
    if (!groups.has(c.fn)) groups.set(c.fn, []);
    groups.get(c.fn)!.push(c);
  }
  for (const [fn, group] of groups) {
    test(`${fn} (${group.length} cases)`, () => {
      expect(mismatches(group, (c) => pcallNative(L, lib.get(c.fn), c.args)).slice(0, 20)).toEqual([]);
    });
  }
});

describe('string.rep limits', () => {
  const rep = lib.get('rep');
  test('a result longer than a JS string can be fails as in an out-of-memory lua5.1', () => {
    expect(pcallNative(L, rep, ['x', 1e10])).toEqual(['err', ['not enough memory']]);
    expect(pcallNative(L, rep, ['ab', 2 ** 30])).toEqual(['err', ['not enough memory']]);
  });
  test('empty strings and C-int wrapping cost nothing', () => {
    expect(pcallNative(L, rep, ['', 1e10])).toEqual(['ok', ['']]);
    expect(pcallNative(L, rep, ['ab', 2 ** 31])).toEqual(['ok', ['']]);
  });
});

/** Run Lua source with all libraries open; the results, or the error message. */
function run(src: string): LuaValue[] | string {
  const G = createState({});
  const Lx = G.mainThread;
  const r = protectedCall(Lx, loadChunk(Lx, src, '=test'), [], false);
  return r.ok ? r.values : String(r.error);
}

describe('the string library from Lua', () => {
  test('strings index the string table', () => {
    expect(run('return ("abc"):upper(), #("x"):rep(3), getmetatable("").__index == string')).toEqual(['ABC', 3, true]);
    expect(run('return string.gfind == string.gmatch')).toEqual([true]);
  });
  test('a gsub replacement function may yield', () => {
    const src = `
      local co = coroutine.wrap(function(s)
        return string.gsub(s, "%a+", function(w) return coroutine.yield(w) end)
      end)
      local seen = { co("one two three") }
      seen[#seen + 1] = co("1")
      seen[#seen + 1] = co(nil)
      local r, n = co("3")
      return table.concat(seen, ","), r, n`;
    expect(run(src)).toEqual(['one,two,three', '1 two 3', 3]);
  });
  test('a gsub table replacement may have an __index function that yields', () => {
    const src = `
      local t = setmetatable({ a = "A" }, { __index = function(_, k) return coroutine.yield(k) end })
      local co = coroutine.wrap(function() return (string.gsub("a b", "%a", t)) end)
      local k = co()
      return k, co("B")`;
    expect(run(src)).toEqual(['b', 'A B']);
  });
  test('errors in a replacement function unwind through gsub', () => {
    expect(run('return pcall(string.gsub, "abc", "b", function() error("boom", 0) end)')).toEqual([false, 'boom']);
    expect(run('return select(2, pcall(string.gsub, "abc", "b", function() return {} end))'))
      .toEqual(['invalid replacement value (a table)']);
  });
  test('pattern errors carry the position of the calling line', () => {
    expect(run('\nlocal ok, e = pcall(function() return ("x"):find("[") end) return e'))
      .toEqual(["test:2: malformed pattern (missing ']')"]);
  });
  test('gmatch iterators are independent', () => {
    const src = `
      local a, b = ("1 2 3"):gmatch("%d"), ("x y"):gmatch("%a")
      return a(), b(), a(), b(), a(), b()`;
    expect(run(src)).toEqual(['1', 'x', '2', 'y', '3']); // an exhausted iterator returns nothing
  });
});
