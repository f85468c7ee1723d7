/**
 * Mathematical constants and table entries for libm.ts, computed once with BigInt fixed-point
 * arithmetic (values are BigInts scaled by 2^PREC) and handed out as double-double pairs.
 * Nothing here is fast; it runs once, the first time a function needs its table.
 */

export const PREC = 256;
const ONE = 1n << BigInt(PREC);

export function fix(num: number | bigint, den: number | bigint = 1): bigint {
  return (BigInt(num) << BigInt(PREC)) / BigInt(den);
}

export function mul(a: bigint, b: bigint): bigint {
  return (a * b) >> BigInt(PREC);
}

export function div(a: bigint, b: bigint): bigint {
  return (a << BigInt(PREC)) / b;
}

/** exp(x) for a fixed-point x of moderate size (Taylor series). */
export function bigExp(x: bigint): bigint {
  let sum = ONE, term = ONE;
  for (let n = 1; n < 400; n++) {
    term = mul(term, x) / BigInt(n);
    if (term === 0n) break;
    sum += term;
  }
  return sum;
}

/** atanh(x) = x + x^3/3 + x^5/5 + … for |x| < 1/2. */
function bigAtanh(x: bigint): bigint {
  const x2 = mul(x, x);
  let sum = 0n, pow = x;
  for (let n = 1; n < 2000; n += 2) {
    const term = pow / BigInt(n);
    if (term === 0n) break;
    sum += term;
    pow = mul(pow, x2);
  }
  return sum;
}

/** log(x) for 1/2 < x < 2: 2 atanh((x-1)/(x+1)). */
export function bigLog(x: bigint): bigint {
  return 2n * bigAtanh(div(x - ONE, x + ONE));
}

/** atan(x) for |x| <= 1: halve the argument twice (atan x = 2 atan(x / (1 + sqrt(1 + x²)))), then the series. */
export function bigAtan(x: bigint): bigint {
  for (let i = 0; i < 2; i++) x = div(x, ONE + bigSqrt(ONE + mul(x, x)));
  const x2 = mul(x, x);
  let sum = 0n, pow = x;
  for (let n = 1; n < 4000; n += 2) {
    const term = pow / BigInt(n);
    if (term === 0n) break;
    sum += (n & 2) === 0 ? term : -term;
    pow = mul(pow, x2);
  }
  return 4n * sum;
}

export function bigSqrt(x: bigint): bigint {
  // integer square root of x * 2^PREC
  const n = x << BigInt(PREC);
  if (n <= 0n) return 0n;
  let r = BigInt(Math.floor(Math.sqrt(Number(x) / Number(ONE)) * 2 ** 52)) << BigInt(PREC - 52);
  if (r === 0n) r = 1n;
  for (;;) {
    const next = (r + n / r) >> 1n;
    if (next >= r - 1n && next <= r + 1n) {
      let s = next;
      while (s * s > n) s--;
      while ((s + 1n) * (s + 1n) <= n) s++;
      return s;
    }
    r = next;
  }
}

/** sin(x) and cos(x) for |x| <= 1 (Taylor series). */
export function bigSinCos(x: bigint): [bigint, bigint] {
  let s = 0n, c = 0n, term = ONE;
  for (let n = 0; n < 400; n++) {
    if (term === 0n) break;
    const sign = (n >> 1) & 1 ? -1n : 1n;
    if (n & 1) s += sign * term; else c += sign * term;
    term = mul(term, x) / BigInt(n + 1);
  }
  return [s, c];
}

/** pi by Machin's formula: 16 atan(1/5) - 4 atan(1/239), with atan(1/k) = Σ (-1)^n / ((2n+1) k^(2n+1)). */
export function bigPi(): bigint {
  const atanInv = (k: bigint): bigint => {
    let sum = 0n, pow = ONE / k, n = 1n, sign = 1n;
    const k2 = k * k;
    while (pow !== 0n) {
      sum += sign * (pow / n);
      pow /= k2;
      n += 2n;
      sign = -sign;
    }
    return sum;
  };
  return 16n * atanInv(5n) - 4n * atanInv(239n);
}

/** 2/pi with `bits` fractional bits (for Payne–Hanek reduction), as an integer. */
export function twoOverPiBits(bits: number): bigint {
  // 2/pi = 1 / (pi/2); compute pi with enough precision first
  const extra = bits + 64;
  const scale = 1n << BigInt(extra);
  const atanInv = (k: bigint): bigint => {
    let sum = 0n, pow = scale / k, n = 1n, sign = 1n;
    const k2 = k * k;
    while (pow !== 0n) {
      sum += sign * (pow / n);
      pow /= k2;
      n += 2n;
      sign = -sign;
    }
    return sum;
  };
  const pi = 16n * atanInv(5n) - 4n * atanInv(239n); // pi * 2^extra
  return ((scale * scale * 2n) / pi) >> 64n; // 2/pi * 2^bits
}

/** A fixed-point value as a double-double [hi, lo]. */
export function toDD(v: bigint): [number, number] {
  const hi = toDouble(v);
  const rest = v - fromDouble(hi);
  return [hi, toDouble(rest)];
}

/** A table of n double-double values f(0..n-1), as (hi, lo) pairs in one Float64Array. */
export function ddTable(n: number, f: (i: number) => bigint): Float64Array {
  const a = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const [h, l] = toDD(f(i));
    a[2 * i] = h;
    a[2 * i + 1] = l;
  }
  return a;
}

/** Round a fixed-point value to the nearest double. */
function toDouble(v: bigint): number {
  if (v === 0n) return 0;
  const neg = v < 0n;
  const a = neg ? -v : v;
  // Number(bigint) rounds to nearest; scale down by 2^PREC exactly afterwards when possible
  const bits = a.toString(2).length;
  const shift = bits > 60 ? bits - 60 : 0;
  // keep 60 bits plus a sticky bit so Number() rounds correctly
  let top = a >> BigInt(shift);
  if (shift > 0 && (a & ((1n << BigInt(shift)) - 1n)) !== 0n) top |= 1n;
  const d = Number(top) * 2 ** (shift - PREC);
  return neg ? -d : d;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** The exponent of a normal double (|d| in [2^e, 2^(e+1))). */
function exponentOf(d: number): number {
  f64[0] = d;
  return ((u32[1] >>> 20) & 0x7ff) - 1023;
}

/** A double as an exact fixed-point value. */
function fromDouble(d: number): bigint {
  if (d === 0) return 0n;
  const e = exponentOf(d);
  const m = BigInt(Math.abs(d) * 2 ** (52 - e)); // the 53-bit integer mantissa
  const shift = e - 52 + PREC;
  const v = shift >= 0 ? m << BigInt(shift) : m >> BigInt(-shift);
  return d < 0 ? -v : v;
}

/** A fixed-point value split into doubles of `bits` significant bits each (Cody–Waite constants). */
export function splitBits(v: bigint, parts: number, bits: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < parts; i++) {
    const last = i === parts - 1;
    let d = toDouble(v);
    if (!last) {
      // truncate to `bits` significant bits
      const q = 2 ** (exponentOf(d) - bits + 1);
      d = Math.floor(d / q) * q; // toward -inf, so the rest stays >= 0
    }
    out.push(d);
    v -= fromDouble(d);
  }
  return out;
}

export const FIX_ONE = ONE;
