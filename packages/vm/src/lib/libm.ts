/**
 * The C math functions of the math library, rounded as glibc's libm rounds them.
 *
 * V8's Math.sin/cos/exp/log/pow/atan… are fdlibm-style: within 1 ulp, and often 1 ulp away from
 * glibc, whose modern exp/log/pow/sin/cos/tan/atan/asin/acos are (almost always) correctly
 * rounded. So those are computed here correctly rounded: in double-double arithmetic (dd.ts),
 * to about 2^-70 (pow's logarithm to 2^-100), then rounded once — glibc's own rounding differs
 * only for results within a few thousandths of an ulp of a halfway point (about 0.1% of random
 * arguments). Argument reduction: exp — x = (128e + i) ln2/128 + r, a table of 2^(i/128);
 * log — x = 2^e (1 + j/128)(1 + t), a table of log(1 + j/128); then short series in r and t
 * whose leading terms are exact products. The trigonometric functions are in trig.ts. Tables are
 * computed with BigInt on first use (bigconst.ts).
 *
 * glibc's log10, sinh, cosh and tanh are not correctly rounded: they are fdlibm's formulas on top
 * of its exp/log/expm1, so they are written with the same formulas here (and V8's fdlibm expm1,
 * which is glibc's).
 *
 * NaNs: arguments come back as they are; invalid operations make x86's negative NaN (see negNaN).
 * frexp and ldexp work on the IEEE bits.
 */
import { bigExp, bigLog, ddTable, fix, splitBits } from './bigconst.js';
import { R, twoProd, twoSum, add, mul, div, negNaN } from './dd.js';

export { negNaN } from './dd.js';
export { sin, cos, tan, asin, acos, atan, atan2 } from './trig.js';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian: u32[1] holds sign, exponent, high mantissa

// ---------------------------------------------------------------- tables (built on first use)

interface Tables {
  ln2: Float64Array; // ln 2 in three pieces, the first two of 42 bits (e·piece exact for |e| < 2^11)
  ln2N: Float64Array; // ln 2 / 128 in three pieces of 35 bits (k·piece exact for |k| < 2^18)
  exp2Tab: Float64Array; // 2^(i/128), i = 0..127, as hi/lo pairs
  logTab: Float64Array; // log(1 + j/128), j = -38..53, as hi/lo pairs
}

const LOG_J0 = 38; // logTab index of j = 0
let T: Tables | null = null;

function tables(): Tables {
  if (T !== null) return T;
  const ln2 = bigLog(fix(2));
  T = {
    ln2: Float64Array.from(splitBits(ln2, 3, 42)),
    ln2N: Float64Array.from(splitBits(ln2 / 128n, 3, 35)),
    exp2Tab: ddTable(128, (i) => bigExp((ln2 * BigInt(i)) / 128n)),
    logTab: ddTable(92, (i) => bigLog(fix(128 + i - LOG_J0, 128))),
  };
  return T;
}

// ---------------------------------------------------------------- rounding a scaled result

/** The double nearest to (hi + lo) * 2^k, rounding once even when the result is subnormal. */
function scaleRound(hi: number, lo: number, k: number): number {
  if (k > -1022) {
    if (k <= 1023) return hi * pow2(k);
    return hi * pow2(k - 1023) * 8.98846567431158e307; // 2^1023
  }
  // Subnormal (or zero) result: count in units of 2^-1074 and round to an integer.
  if (k < -1130) return hi < 0 ? -0 : 0;
  const sh = k + 1074; // >= -56
  const u = hi * 2 ** sh, v = lo * 2 ** sh;
  let n = Math.round(u);
  let frac = (u - n) + v;
  if (frac > 0.5) { n++; frac -= 1; } else if (frac < -0.5) { n--; frac += 1; }
  if ((frac === 0.5 || frac === -0.5) && n % 2 !== 0) n += frac > 0 ? 1 : -1;
  const r = n * 2 ** -1074;
  return r === 0 && hi < 0 ? -0 : r;
}

// ---------------------------------------------------------------- exp

/**
 * exp(xh + xl) = (R[0] + R[1]) · 2^e; returns e. |xh| <= 746.
 * x = (128e + i) ln2/128 + r with |r| <= ln2/256; exp(x) = 2^e · 2^(i/128) · exp(r).
 */
function expCore(xh: number, xl: number): number {
  const t = tables();
  const c = t.ln2N;
  const k = Math.round(xh * 184.6649652337873); // 128 / ln 2
  const a = xh - k * c[0]; // exact
  // r = a - k c1 - k c2 + xl as rh + rl
  twoSum(a, -k * c[1]); // k·c2 is exact
  const rh = R[0];
  const rl = R[1] + (xl - k * c[2]);
  // exp(r) = 1 + r + r²/2 + r³ p(r); r² exactly for the r²/2 term
  twoProd(rh, rh);
  const qh = R[0] * 0.5, ql = R[1] * 0.5 + rh * rl;
  const tail = rh * rh * rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040)))));
  let s = 1 + rh;
  let lo = (1 - s) + rh;
  const s2 = s + qh;
  lo += (s - s2) + qh;
  s = s2;
  lo += rl + ql + tail;
  // times 2^(i/128)
  const i = k & 127;
  const e = (k - i) / 128;
  const th = t.exp2Tab[2 * i], tl = t.exp2Tab[2 * i + 1];
  twoProd(th, s);
  const ph = R[0], pl = R[1] + (th * lo + tl * s);
  R[0] = ph + pl;
  R[1] = pl - (R[0] - ph);
  return e;
}

export function exp(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (Math.abs(x) < 5.551115123125783e-17) return 1 + x; // below 2^-54
  const e = expCore(x, 0);
  return scaleRound(R[0], R[1], e);
}

// ---------------------------------------------------------------- log

/** Split x (finite, > 0) as 2^e · m, m in [√½, √2]; m into M[0], returns e. */
function splitLog(x: number): number {
  let adj = 0;
  f64[0] = x;
  if (u32[1] < 0x00100000) { // subnormal
    f64[0] = x * 18014398509481984; // 2^54
    adj = -54;
  }
  let e = ((u32[1] >>> 20) & 0x7ff) - 1023 + adj;
  u32[1] = (u32[1] & 0x000fffff) | 0x3ff00000; // m in [1, 2)
  let m = f64[0];
  if (m > 1.4142135623730951) { m *= 0.5; e++; }
  M[0] = m;
  return e;
}

const M = new Float64Array(1);

/**
 * log(x) for finite x > 0, to about 2^-70. x = 2^e · c · (1 + t), c = 1 + j/128, |t| < 2^-7.5:
 * log x = e ln2 + log c + t - t²/2 + t³/3 - …
 */
export function log(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return negNaN();
  if (x === 0) return -Infinity;
  if (x === 1) return 0;
  const t = tables();
  const e = splitLog(x);
  const m = M[0];
  const j = Math.round((m - 1) * 128);
  const c = 1 + j / 128;
  // t = (m - c) / c as th + tl
  const num = m - c; // exact
  const th = num / c;
  twoProd(th, c);
  const tl = ((num - R[0]) - R[1]) / c;
  // t²/2 exactly (to the t·tl term)
  twoProd(th, th);
  const qh = R[0] * 0.5, ql = R[1] * 0.5 + th * tl;
  const poly = th * th * th * (1 / 3 - th * (1 / 4 - th * (1 / 5 - th * (1 / 6 - th * (1 / 7 - th * (1 / 8 - th / 9))))));
  // big terms summed exactly: e·ln2₁, log c (hi), t (hi), -t²/2 (hi); the rest in lo
  const l2 = t.ln2;
  const lc = 2 * (j + LOG_J0);
  twoSum(e * l2[0], t.logTab[lc]);
  let lo = R[1];
  twoSum(R[0], th);
  lo += R[1];
  twoSum(R[0], -qh);
  lo += R[1] + e * l2[1] + e * l2[2] + t.logTab[lc + 1] + tl - ql + poly;
  return R[0] + lo;
}

/** log(x) as a double-double in R, to about 2^-100 (for pow), for finite x > 0. */
function logDD(x: number): void {
  const t = tables();
  const e = splitLog(x);
  const m = M[0];
  const j = Math.round((m - 1) * 128);
  const c = 1 + j / 128;
  // t = (m - c) / c; log(m) = log(c) + log1p(t) = log(c) + 2 atanh(t / (2 + t))
  div(m - c, 0, c, 0);
  const th = R[0], tl = R[1];
  add(th, tl, 2, 0);
  div(th, tl, R[0], R[1]);
  const sh = R[0], sl = R[1];
  mul(sh, sl, sh, sl);
  const qh = R[0], ql = R[1]; // s²
  // 1 + q/3 + q²/5 + q³/7 + …: from q³ on in double
  let tail = 0;
  for (let n = 8; n >= 3; n--) tail = tail * qh + 1 / (2 * n + 1);
  tail *= qh * qh * qh;
  mul(qh, ql, qh, ql);
  div(R[0], R[1], 5, 0);
  add(R[0], R[1], tail, 0);
  const p2h = R[0], p2l = R[1];
  div(qh, ql, 3, 0);
  add(R[0], R[1], p2h, p2l);
  add(R[0], R[1], 1, 0);
  mul(R[0], R[1], sh, sl);
  const lh = 2 * R[0], ll = 2 * R[1]; // log1p(t)
  const lc = 2 * (j + LOG_J0);
  add(lh, ll, t.logTab[lc], t.logTab[lc + 1]);
  if (e !== 0) {
    const mh = R[0], ml = R[1];
    const l2 = t.ln2;
    twoProd(e, l2[1]);
    add(e * l2[0], 0, R[0], R[1] + e * l2[2]);
    add(R[0], R[1], mh, ml);
  }
}

/** glibc's log10 (fdlibm's formula on its log). */
export function log10(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  f64[0] = x;
  let hx = u32[1] | 0;
  let k = 0;
  if (hx < 0x00100000) { // subnormal
    k -= 54;
    f64[0] = x * 18014398509481984;
    hx = u32[1] | 0;
  }
  k += (hx >> 20) - 1023;
  const i = (k >>> 31); // 1 when k < 0
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  u32[1] = hx;
  const z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * log(f64[0]);
  return z + y * 3.01029995663611771306e-01;
}

// ---------------------------------------------------------------- pow

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) < 9007199254740992 && Math.abs(y % 2) === 1;
}

/** C's pow, correctly rounded. */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y !== y) return x !== x ? x : y; // x + y
  if (x !== x) {
    // glibc squares a NaN x and negates the square for odd y: a negative NaN becomes positive
    f64[0] = x;
    return u32[1] >>> 31 && isOddInteger(y) ? -x : x;
  }
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5 && x >= 0 && x !== Infinity) return Math.sqrt(x) + 0;
  if (x === 0 || x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) {
    if (x === -1) return 1; // (-1)^±inf
    return Math.pow(x, y); // the IEEE special cases, as C99 specifies them
  }
  let sign = 1;
  if (x < 0) {
    if (!Number.isInteger(y)) return negNaN();
    if (isOddInteger(y)) sign = -1;
    x = -x;
  }
  logDD(x);
  // p = y log x
  const lh = R[0], ll = R[1];
  twoProd(lh, y);
  const ph = R[0], pl = R[1] + ll * y;
  if (ph > 709.79) return sign * Infinity;
  if (ph < -745.2) return sign * 0;
  const hi = ph + pl, lo = pl - (hi - ph);
  const e = expCore(hi, lo);
  return sign * scaleRound(R[0], R[1], e);
}

// ---------------------------------------------------------------- sinh, cosh, tanh (fdlibm's formulas)

export function sinh(x: number): number {
  const a = Math.abs(x);
  if (a < 22 || x !== x) return Math.sinh(x);
  const h = x < 0 ? -0.5 : 0.5;
  if (a < 709.7822265625) return h * exp(a); // high word < 0x40862E42
  if (a <= 710.4758600739439) { // overflow threshold
    const w = exp(0.5 * a);
    return h * w * w;
  }
  return x * Infinity;
}

export function cosh(x: number): number {
  const a = Math.abs(x);
  if (x !== x) return x;
  if (a < 0.3465735912322998) return Math.cosh(x); // high word < 0x3fd62e43: expm1 only
  if (a < 22) {
    const t = exp(a);
    return 0.5 * t + 0.5 / t;
  }
  if (a < 709.7822265625) return 0.5 * exp(a);
  if (a <= 710.4758600739439) {
    const w = exp(0.5 * a);
    return 0.5 * w * w;
  }
  return Infinity;
}

export const tanh = Math.tanh;

// ---------------------------------------------------------------- frexp, ldexp

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
