import { describe, expect, test } from 'vitest';
import { LuaTable, EMPTY_HASH, createState, loadChunk, callSync } from '../src/index.js';

describe('LuaTable', () => {
  test('array part stays a border; appends migrate following keys from the hash', () => {
    const t = new LuaTable();
    t.set(2, 'b');
    t.set(3, 'c');
    expect(t.length()).toBe(0);
    t.set(1, 'a');
    expect(t.length()).toBe(3);
    expect(t.arr).toEqual(['a', 'b', 'c']);
    t.set(3, undefined);
    expect(t.length()).toBe(2);
  });

  test('next walks the array part then the hash, and tolerates clearing during traversal', () => {
    const t = new LuaTable();
    for (let i = 1; i <= 3; i++) t.set(i, i * 10);
    t.set('x', 1);
    t.set('y', 2);
    const seen: unknown[] = [];
    for (let e = t.next(undefined); e; e = t.next(e[0])) {
      seen.push(e[0]);
      if (e[0] === 'x') t.set('x', undefined);
    }
    expect(seen).toEqual([1, 2, 3, 'x', 'y']);
  });

  test('the shared empty hash of new tables is never written', () => {
    const G = createState({ stdout: () => {} });
    const L = G.mainThread;
    callSync(L, loadChunk(L, `
      local ts = {}
      for i = 1, 100 do local t = {i, i} t.k = i; t[i + 0.5] = i; rawset({}, "r", 1); ts[i] = t end
      local g = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v) end}); g.z = 1
      return #ts`, '=t'), []);
    expect(EMPTY_HASH.size).toBe(0);
  });
});
