/**
 * Arithmetic for constant folding, computed as luac's C code computes it, so that folded
 * constants are the very doubles luac puts in its constant table.
 *
 * `+ - * /` and `%` (a - floor(a/b)*b) are plain IEEE operations, identical in JS. `^` is C's
 * pow(), and glibc's pow is correctly rounded where V8's Math.pow is not (V8 gives 13^15 and 3^35
 * one unit off, and 10^23 == 1e23 where glibc does not). For integer exponents the result is
 * therefore computed exactly with BigInt and rounded once; an exact tie (a result needing one bit
 * more than a double has, like 10^23) has no rule in glibc — it falls where its error term lands —
 * and is rounded away from zero, which is what glibc does for 10^23, 3^34 and 17^13 (not 5^23).
 * Other exponents go through the math library's correctly rounded pow (lib/libm.ts).
 */

import { Op } from '../opcodes.js';
import { pow } from '../lib/libm.js';

/** The result of folding `a op b` (op an arithmetic opcode; b is ignored for UNM). */
export function arith(op: Op, a: number, b: number): number {
  switch (op) {
    case Op.ADD: return a + b;
    case Op.SUB: return a - b;
    case Op.MUL: return a * b;
    case Op.DIV: return a / b;
    case Op.MOD: return a - Math.floor(a / b) * b;
    case Op.POW: return luaPow(a, b);
    case Op.UNM: return -a;
    default: return NaN;
  }
}

/** The largest |exponent| computed exactly. */
const MAX_EXACT_EXPONENT = 64;

export function luaPow(a: number, b: number): number {
  if (Number.isInteger(b) && Math.abs(b) <= MAX_EXACT_EXPONENT && Number.isFinite(a) && a !== 0 && b !== 0) {
    const r = exactPow(a, b);
    if (r !== null) return r;
  }
  return pow(a, b);
}


/** a^n for a finite nonzero double and a small nonzero integer n; null when not a normal double. */
function exactPow(a: number, n: number): number | null {
  const [m, e] = decompose(Math.abs(a)); // |a| = m * 2^e
  const negative = a < 0 && (n & 1) === 1;
  let r: number | null;
  if (n > 0) {
    r = roundToDouble(m ** BigInt(n), e * n);
  } else {
    const d = m ** BigInt(-n); // 1/|a|^-n = 2^(-e*-n) / d
    const k = bitLength(d) + 55;
    const num = 1n << BigInt(k);
    r = roundToDouble(num / d, -k + e * n); // 55+ bits: the truncated rest is below a tie
  }
  if (r === null) return null;
  return negative ? -r : r;
}

/** A positive double as an odd integer and a binary exponent: x = m * 2^e. */
function decompose(x: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) {
    e = -1074;
  } else {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  return [m, e];
}

function bitLength(x: bigint): number {
  return x.toString(2).length;
}

/** q * 2^e rounded to a double; null outside the normal range. */
function roundToDouble(q: bigint, e: number): number | null {
  const shift = bitLength(q) - 53;
  if (shift > 0) {
    const low = q & ((1n << BigInt(shift)) - 1n);
    const half = 1n << BigInt(shift - 1);
    q >>= BigInt(shift);
    e += shift;
    if (low >= half) q += 1n; // ties away from zero
    if (q === 1n << 53n) {
      q >>= 1n;
      e++;
    }
  }
  const top = e + bitLength(q) - 1; // exponent of the leading bit
  if (top > 1023 || top < -1022) return null;
  return Number(q) * 2 ** (e / 2 | 0) * 2 ** (e - (e / 2 | 0));
}
