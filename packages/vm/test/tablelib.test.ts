// The table library against table.json (cases run by lua5.1; see fixtures/libs/gen.mjs).
import { describe, expect, test } from 'vitest';
import { libCases, runCase } from './lib-harness.js';

const BORDER = "#t is the array part's length in lupa; lua5.1 finds another border of a table with holes";

describe('table library', () => {
  libCases('table', {
    'local t = {1, nil, 3} return table.remove(t, 1), t': BORDER,
    'local r = {} table.foreachi({10, 20, nil, 40}, function(i, v) r[#r + 1] = tostring(v) end) return r': BORDER,
    'local t = {1, 2, nil, 4} return pcall(table.sort, t)': BORDER,
  });

  // A lupa extension: sort is resumable, so a comparator may yield (lua5.1 raises
  // "attempt to yield across metamethod/C-call boundary"). {3, 1, 2} takes two comparisons.
  test('a comparator may yield', () => {
    const code = 'local co = coroutine.wrap(function() local t = {3, 1, 2} table.sort(t, function(a, b) '
      + 'coroutine.yield("y") return a < b end) return t end) local n = 0 local r '
      + 'repeat r = co() n = n + 1 until type(r) == "table" return n, r';
    expect(runCase(code, false).result).toBe('3, {1=1,2=2,3=3}');
  });
});
