/**
 * The C math functions the math library needs, rounded as glibc's libm rounds them.
 *
 * frexp and ldexp work on the IEEE bits. The rest are JS's Math for now.
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian: u32[1] holds sign, exponent, high mantissa

/** C's frexp: [m, e] with x = m * 2^e and 0.5 <= |m| < 1 (x itself, 0 for zeros, infinities, NaN). */
export function frexp(x: number): [number, number] {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return [x, 0];
  f64[0] = x;
  let e = (u32[1] >>> 20) & 0x7ff;
  let adj = 0;
  if (e === 0) { // subnormal: scale into the normal range first
    f64[0] = x * 18446744073709551616; // 2^64
    e = (u32[1] >>> 20) & 0x7ff;
    adj = -64;
  }
  u32[1] = (u32[1] & 0x800fffff) | (1022 << 20);
  return [f64[0], e - 1022 + adj];
}

/** 2^n for -1022 <= n <= 1023, exactly. */
function pow2(n: number): number {
  f64[0] = 0;
  u32[1] = (n + 1023) << 20;
  return f64[0];
}

/** C's ldexp (scalbn): x * 2^n rounded once, even when the result is subnormal. */
export function ldexp(x: number, n: number): number {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return x;
  if (n > 1023) {
    x *= pow2(1023); n -= 1023;
    if (n > 1023) {
      x *= pow2(1023); n -= 1023;
      if (n > 1023) n = 1023;
    }
  } else if (n < -1022) {
    // Scale by 2^-1022 * 2^53 so that the last multiplication is the only inexact one.
    x *= pow2(-1022) * pow2(53); n += 1022 - 53;
    if (n < -1022) {
      x *= pow2(-1022) * pow2(53); n += 1022 - 53;
      if (n < -1022) n = -1022;
    }
  }
  return x * pow2(n);
}

export const sin = Math.sin;
export const cos = Math.cos;
export const tan = Math.tan;
export const asin = Math.asin;
export const acos = Math.acos;
export const atan = Math.atan;
export const atan2 = Math.atan2;
export const sinh = Math.sinh;
export const cosh = Math.cosh;
export const tanh = Math.tanh;
export const exp = Math.exp;
export const log = Math.log;
export const log10 = Math.log10;

/** C's pow: like Math.pow except pow(1, y) = 1 and pow(-1, ±inf) = 1. */
export function pow(x: number, y: number): number {
  if (x === 1) return 1;
  if (y !== y) return NaN;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  return Math.pow(x, y);
}
