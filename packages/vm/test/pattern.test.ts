import { describe, expect, test } from 'vitest';
import {
  newState, stringLib, pcallNative, callNative, readFixture, mismatches, type Case,
} from './string-harness.js';
import { LuaTable } from '../src/table.js';
import { NativeFunction, type LuaValue } from '../src/value.js';
import { numberToString } from '../src/number.js';
import type { Thread } from '../src/state.js';

// Expectations written by lua5.1: fixtures/string/gen-pattern.lua → fixtures/string/pattern.txt.
const L = newState();
const lib = stringLib(L);

/** codec.lua's value encoding, for gmatch's collected iterations. */
function esc(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c < 32 || c > 126 || c === 92 || c === 44 || c === 59 || c === 124
      ? '\\' + String(c).padStart(3, '0') : s[i];
  }
  return out;
}
function val(v: LuaValue): string {
  if (typeof v === 'number') return 'n:' + String(v);
  if (typeof v === 'string') return 's:' + esc(v);
  return String(v);
}

function gmatchAll(L: Thread, s: LuaValue, p: LuaValue): string {
  const [it] = callNative(L, lib.get('gmatch'), [s, p]);
  const iters: string[] = [];
  for (let i = 0; i < 200; i++) {
    const r = callNative(L, it, []);
    if (r.length === 0) break;
    iters.push(r.map(val).join(','));
  }
  return iters.join(';');
}

const tostr = (v: LuaValue): string => (typeof v === 'number' ? numberToString(v) : String(v));
const fn = (f: (args: LuaValue[]) => LuaValue | LuaValue[]) =>
  new NativeFunction('test', (_L, args) => f(args), null, undefined, []);
const funcs: Record<string, NativeFunction> = {
  cat: fn((a) => '<' + a.map(tostr).join(',') + '>'),
  none: fn(() => []),
  no: fn(() => false),
  len: fn((a) => tostr(a[0]).length),
  tbl: fn(() => new LuaTable()),
  yes: fn(() => true),
};
const t1 = new LuaTable();
for (const [k, v] of [['a', 'A'], ['hello', 'HI'], ['1', 'one'], ['x', false], ['w', 3.5], ['bad', new LuaTable()], [1, 'int']] as [LuaValue, LuaValue][]) {
  t1.set(k, v);
}
const tables: Record<string, LuaTable> = { t1 };

function run(c: Case): [string, LuaValue[]] {
  if (c.fn === 'gmatch') {
    try {
      return ['ok', [gmatchAll(L, c.args[0], c.args[1])]];
    } catch (e) {
      return pcallNative(L, fn(() => { throw e; }), []);
    }
  }
  if (c.fn.startsWith('gsubf:')) {
    return pcallNative(L, lib.get('gsub'), [c.args[0], c.args[1], funcs[c.fn.slice(6)], ...c.args.slice(2)]);
  }
  if (c.fn.startsWith('gsubt:')) {
    return pcallNative(L, lib.get('gsub'), [c.args[0], c.args[1], tables[c.fn.slice(6)]]);
  }
  return pcallNative(L, lib.get(c.fn), c.args);
}

describe('patterns against lua5.1', () => {
  const cases = readFixture('pattern.txt');
  const groups = new Map<string, Case[]>();
  for (const c of cases) {
    const key = c.fn.replace(/:.*/, '');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(c);
  }
  for (const [key, group] of groups) {
    test(`${key} (${group.length} cases)`, () => {
      expect(mismatches(group, run).slice(0, 20)).toEqual([]);
    });
  }
});

describe('guards', () => {
  const find = lib.get('find');
  test('exponential backtracking ends with an error', () => {
    const t0 = Date.now();
    const r = pcallNative(L, find, ['a'.repeat(40), 'a*'.repeat(40) + 'b']);
    expect(r).toEqual(['err', ['pattern too complex']]);
    expect(Date.now() - t0).toBeLessThan(10000);
  });
  test('quadratic backtracking on a long subject ends with an error', () => {
    expect(pcallNative(L, find, ['x'.repeat(100000), '.-y'])).toEqual(['err', ['pattern too complex']]);
  });
  test('deep recursion ends with an error', () => {
    expect(pcallNative(L, find, ['a'.repeat(10000), 'a?'.repeat(10000)])).toEqual(['err', ['pattern too complex']]);
  });
  test('a deep but legal pattern matches', () => {
    expect(pcallNative(L, find, ['a'.repeat(900), 'a?'.repeat(900) + '$'])).toEqual(['ok', [1, 900]]);
  });
  test('long subjects are linear', () => {
    const s = 'word '.repeat(200000);
    const r = pcallNative(L, lib.get('gsub'), [s, '%w+', 'x']);
    expect(r[0]).toBe('ok');
    expect(r[1][1]).toBe(200000);
  });
});
