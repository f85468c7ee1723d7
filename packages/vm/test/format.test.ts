import { describe, expect, test } from 'vitest';
import { newState, stringLib, pcallNative, readFixture, mismatches } from './string-harness.js';
import { numberToString } from '../src/number.js';

// Expectations written by lua5.1: fixtures/string/gen-format.lua → fixtures/string/format.txt.
const L = newState();
const format = stringLib(L).get('format');
const cases = readFixture('format.txt');

describe('string.format against lua5.1', () => {
  const groups = new Map<string, typeof cases>();
  for (const c of cases) {
    const f = typeof c.args[0] === 'string' ? c.args[0] : '';
    const key = c.status === 'err' ? 'errors' : /%[-+ #0-9.]*([a-zA-Z])/.exec(f)?.[1] ?? 'other';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(c);
  }
  for (const [key, group] of groups) {
    test(`${key} (${group.length} cases)`, () => {
      const bad = mismatches(group, (c) => pcallNative(L, format, c.args));
      expect(bad.slice(0, 20)).toEqual([]);
    });
  }
});

describe('%.14g agrees with tostring', () => {
  test('sample', () => {
    for (const x of [0.1, 1 / 3, 1e14 + 5, 1234567890123.25, 2 ** 70, 5e-324, 123.456, -1e-7]) {
      expect(pcallNative(L, format, ['%.14g', x])[1][0]).toBe(numberToString(x));
    }
  });
});
