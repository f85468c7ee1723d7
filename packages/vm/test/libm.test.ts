// libm.ts against glibc (libm.json: lua5.1's math functions on pseudo-random arguments; see
// fixtures/libs/gen.mjs). lupa rounds correctly; glibc does in all but rare near-halfway cases, so
// every value must be within one ulp and at most 1% may differ (V8's Math differs in 2–10%).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as libm from '../src/lib/libm.js';

interface Value { f: keyof typeof FNS; args: string[]; want: string }

const FNS = {
  exp: libm.exp, log: libm.log, log10: libm.log10, sin: libm.sin, cos: libm.cos, tan: libm.tan,
  asin: libm.asin, acos: libm.acos, atan: libm.atan, atan2: libm.atan2, sinh: libm.sinh,
  cosh: libm.cosh, tanh: libm.tanh, pow: libm.pow,
} as const;

const values = JSON.parse(readFileSync(new URL('./fixtures/libs/libm.json', import.meta.url), 'utf8')) as Value[];

function parseC(s: string): number {
  if (/nan/.test(s)) return NaN;
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  return Number(s);
}

/** Distance in ulps between two finite doubles of the same sign. */
function ulps(a: number, b: number): number {
  const buf = new Float64Array([a, b]);
  const i = new BigInt64Array(buf.buffer);
  const d = i[0] - i[1];
  return Number(d < 0n ? -d : d);
}

describe('libm against glibc', () => {
  for (const f of Object.keys(FNS) as (keyof typeof FNS)[]) {
    test(f, () => {
      const fn = FNS[f] as (...a: number[]) => number;
      let differ = 0;
      const mine = values.filter((v) => v.f === f);
      for (const v of mine) {
        const want = parseC(v.want);
        const got = fn(...v.args.map(Number));
        if (Object.is(got, want) || (got !== got && want !== want)) continue;
        differ++;
        expect(ulps(got, want), `${f}(${v.args.join(', ')}) = ${got}, glibc ${v.want}`).toBeLessThanOrEqual(1);
      }
      expect(differ).toBeLessThanOrEqual(mine.length / 100);
    });
  }
});
