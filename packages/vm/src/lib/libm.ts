/**
 * The C math functions of the math library, rounded as glibc's libm rounds them.
 *
 * V8's Math.sin/cos/exp/log/pow/atan… are fdlibm-style: within 1 ulp, and often 1 ulp away from
 * glibc, whose modern exp/log/pow/sin/cos/tan/atan/asin/acos are (almost always) correctly
 * rounded. So those are computed here correctly rounded: in double-double arithmetic (about 106
 * bits, errors near 2^-100), then rounded once. Argument reduction follows the usual pattern:
 * exp — x = k ln2 + j/64 + r; log — x = 2^e (1 + j/64)(1 + t); sin/cos/tan — x = k π/2 + r
 * (Cody–Waite with π/2 in five pieces below 2^20, Payne–Hanek with BigInt bits of 2/π above),
 * r = j/64 + b; atan — a = j/64 combined through the addition formula. Tables hold exp(j/64),
 * log(1 + j/64), sin/cos(j/64) and atan(j/64) as double-doubles computed with BigInt on first
 * use (bigconst.ts), and the remaining small argument goes through a short Taylor series whose
 * leading terms are kept in double-double.
 *
 * glibc's log10, sinh, cosh and tanh are not correctly rounded: they are fdlibm's formulas on top
 * of its exp/log/expm1, so they are written with the same formulas here (and V8's fdlibm expm1,
 * which is glibc's).
 *
 * frexp and ldexp work on the IEEE bits.
 */
import { bigAtan, bigExp, bigLog, bigPi, bigSinCos, fix, splitBits, toDD, twoOverPiBits } from './bigconst.js';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian: u32[1] holds sign, exponent, high mantissa

// ---------------------------------------------------------------- double-double arithmetic

// Results of the operations below: R[0] and R[1], hi and lo of a normalised double-double
// (a typed array, so storing a double allocates nothing).
const R = new Float64Array(2);

const SPLIT = 134217729; // 2^27 + 1

/**
 * The NaN an invalid operation makes on x86 (sign bit set: glibc prints it "-nan"), where glibc
 * returns one: log(-1), sin(inf), pow(-8, 1/3), fmod(1, 0). asin(2) and log10(-1) return a
 * positive NaN in glibc, and NaN arguments come back as they are.
 */
export function negNaN(): number {
  f64[0] = NaN;
  u32[1] |= 0x80000000;
  return f64[0];
}

/** R[0] + R[1] = a * b exactly (Dekker). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  R[0] = p;
  R[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** R[0] + R[1] = a + b exactly (Knuth). */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const v = s - a;
  R[0] = s;
  R[1] = (a - (s - v)) + (b - v);
}

/** (ah, al) + (bh, bl) */
function add(ah: number, al: number, bh: number, bl: number): void {
  let s = ah + bh;
  let v = s - ah;
  let e = (ah - (s - v)) + (bh - v);
  const t = al + bl;
  v = t - al;
  const f = (al - (t - v)) + (bl - v);
  e += t;
  let h = s + e;
  e = e - (h - s);
  e += f;
  s = h + e;
  R[0] = s;
  R[1] = e - (s - h);
}

/** (ah, al) * (bh, bl) */
function mul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = R[0];
  const e = R[1] + (ah * bl + al * bh);
  R[0] = p + e;
  R[1] = e - (R[0] - p);
}

/** (ah, al) / (bh, bl): three quotient digits. */
function div(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  mul(bh, bl, q1, 0);
  add(ah, al, -R[0], -R[1]); // a - q1 b
  const q2 = R[0] / bh;
  const r1h = R[0], r1l = R[1];
  mul(bh, bl, q2, 0);
  add(r1h, r1l, -R[0], -R[1]); // a - (q1 + q2) b
  const q3 = R[0] / bh;
  const s = q1 + q2;
  add(s, q2 - (s - q1), q3, 0);
}

/** sqrt((ah, al)) for a positive double-double. */
function sqrt(ah: number, al: number): void {
  const s = Math.sqrt(ah);
  twoProd(s, s);
  add(ah, al, -R[0], -R[1]);
  const c = R[0] / (2 * s);
  const h = s + c;
  R[0] = h;
  R[1] = c - (h - s);
}

// ---------------------------------------------------------------- tables (built on first use)

interface Tables {
  ln2: Float64Array; // ln 2 in three pieces, the first two of 42 bits (e·piece exact for |e| < 2^11)
  ln2N: Float64Array; // ln 2 / 128 in three pieces of 35 bits (k·piece exact for |k| < 2^18)
  exp2Tab: Float64Array; // 2^(i/128), i = 0..127, as hi/lo pairs
  logTab: Float64Array; // log(1 + j/128), j = -38..53, as hi/lo pairs
  sinTab: Float64Array; // sin(j/64), j = 0..52
  cosTab: Float64Array; // cos(j/64), j = 0..52
  atanTab: Float64Array; // atan(j/64), j = 0..64
  pio2: Float64Array; // π/2 in five pieces of 33 bits (k·piece exact for |k| < 2^20), the last full
  pio2dd: Float64Array;
  pidd: Float64Array;
  twoOverPi: bigint; // 2/π with TWO_OVER_PI_BITS fractional bits
}

const TWO_OVER_PI_BITS = 1300;
const LOG_J0 = 38; // logTab index of j = 0
let T: Tables | null = null;

function tables(): Tables {
  if (T !== null) return T;
  const ln2 = bigLog(fix(2));
  const pi = bigPi();
  const pairs = (n: number, f: (i: number) => bigint): Float64Array => {
    const a = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      const [h, l] = toDD(f(i));
      a[2 * i] = h;
      a[2 * i + 1] = l;
    }
    return a;
  };
  const sc = (j: number) => bigSinCos(fix(j, 64));
  T = {
    ln2: Float64Array.from(splitBits(ln2, 3, 42)),
    ln2N: Float64Array.from(splitBits(ln2 / 128n, 3, 35)),
    exp2Tab: pairs(128, (i) => bigExp((ln2 * BigInt(i)) / 128n)),
    logTab: pairs(92, (i) => bigLog(fix(128 + i - LOG_J0, 128))),
    sinTab: pairs(53, (j) => sc(j)[0]),
    cosTab: pairs(53, (j) => sc(j)[1]),
    atanTab: pairs(65, (j) => bigAtan(fix(j, 64))),
    pio2: Float64Array.from(splitBits(pi / 2n, 5, 33)),
    pio2dd: Float64Array.from(toDD(pi / 2n)),
    pidd: Float64Array.from(toDD(pi)),
    twoOverPi: twoOverPiBits(TWO_OVER_PI_BITS),
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

// ---------------------------------------------------------------- sin, cos, tan

let quadrant = 0;

/** x = q π/2 + (R[0] + R[1]), |r| <= ~π/4; sets `quadrant` to q mod 4. */
function reduce(x: number): void {
  const t = tables();
  if (Math.abs(x) <= 0.7853981633974483) {
    quadrant = 0;
    R[0] = x; R[1] = 0;
    return;
  }
  if (Math.abs(x) < 1048576) {
    const k = Math.round(x * 0.6366197723675814);
    const p = t.pio2;
    const a = x - k * p[0]; // exact
    add(a, 0, -k * p[1], 0);
    add(R[0], R[1], -k * p[2], 0);
    add(R[0], R[1], -k * p[3], 0);
    const h = R[0], l = R[1];
    twoProd(k, p[4]);
    add(h, l, -R[0], -R[1]);
    quadrant = k & 3;
    return;
  }
  payneHanek(x, t);
}

/** Reduction of a large |x| with the bits of 2/π (BigInt): x·2/π = integer + fraction. */
function payneHanek(x: number, t: Tables): void {
  const neg = x < 0;
  f64[0] = Math.abs(x);
  const e = ((u32[1] >>> 20) & 0x7ff) - 1075; // x = m 2^e, m a 53-bit integer
  const m = BigInt(Math.abs(x) * 2 ** -e);
  // x·2/π = m · twoOverPi · 2^(e - BITS); keep FR fractional bits
  const prod = m * t.twoOverPi;
  const shift = TWO_OVER_PI_BITS - e; // fractional bits of prod
  const FR = 192;
  const scaled = shift > FR ? prod >> BigInt(shift - FR) : prod << BigInt(FR - shift);
  const mask = (1n << BigInt(FR)) - 1n;
  let q = Number((scaled >> BigInt(FR)) & 3n);
  let frac = scaled & mask;
  if (frac >= (1n << BigInt(FR - 1))) { // round to the nearest quadrant
    frac -= 1n << BigInt(FR);
    q = (q + 1) & 3;
  }
  // r = frac · π/2 in double-double
  const fd = Number(frac);
  const fh = fd * 2 ** -FR;
  const fl = Number(frac - BigInt(fd)) * 2 ** -FR;
  mul(fh, fl, t.pio2dd[0], t.pio2dd[1]);
  quadrant = q;
  if (neg) { R[0] = -R[0]; R[1] = -R[1]; quadrant = (4 - q) & 3; }
}

const SC = new Float64Array(4); // sin hi, sin lo, cos hi, cos lo

/**
 * sin and cos of a reduced argument xh + xl (|x| <= ~π/4) into SC: x = j/64 + b, |b| <= 1/128,
 * sin x = sin(j/64) cos b + cos(j/64) sin b, cos x = cos(j/64) cos b - sin(j/64) sin b.
 */
function sinCos(xh: number, xl: number): void {
  const t = tables();
  const neg = xh < 0;
  if (neg) { xh = -xh; xl = -xl; }
  const j = Math.round(xh * 64);
  twoSum(xh - j / 64, xl); // the difference is exact
  const bh = R[0], bl = R[1];
  const b2 = bh * bh;
  // sin b = bh + (bl - b³/6 + b⁵/120 - b⁷/5040 + b⁹/362880)
  const sh = bh;
  const sl = bl + bh * b2 * (-1 / 6 + b2 * (1 / 120 + b2 * (-1 / 5040 + b2 * (1 / 362880))));
  // cos b = 1 - b²/2 (exactly) + b⁴/24 - b⁶/720 + b⁸/40320
  twoProd(bh, bh);
  const qh = R[0] * 0.5;
  const ch = 1 - qh;
  const cl = ((1 - ch) - qh) - R[1] * 0.5 - bh * bl + b2 * b2 * (1 / 24 + b2 * (-1 / 720 + b2 * (1 / 40320)));
  if (j === 0) {
    const hs = sh + sl, hc = ch + cl;
    const ls = sl - (hs - sh);
    SC[0] = neg ? -hs : hs; SC[1] = neg ? -ls : ls;
    SC[2] = hc; SC[3] = cl - (hc - ch);
    return;
  }
  const Sh = t.sinTab[2 * j], Sl = t.sinTab[2 * j + 1];
  const Ch = t.cosTab[2 * j], Cl = t.cosTab[2 * j + 1];
  // sin x = S cos b + C sin b
  twoProd(Sh, ch);
  let ah = R[0], al = R[1] + Sh * cl + Sl * ch;
  twoProd(Ch, sh);
  let bh2 = R[0], bl2 = R[1] + Ch * sl + Cl * sh;
  let s = ah + bh2;
  let lo = (ah - s) + bh2 + al + bl2;
  let hi = s + lo;
  SC[0] = neg ? -hi : hi;
  lo = lo - (hi - s);
  SC[1] = neg ? -lo : lo;
  // cos x = C cos b - S sin b
  twoProd(Ch, ch);
  ah = R[0]; al = R[1] + Ch * cl + Cl * ch;
  twoProd(Sh, sh);
  bh2 = -R[0]; bl2 = -(R[1] + Sh * sl + Sl * sh);
  s = ah + bh2;
  lo = (ah - s) + bh2 + al + bl2;
  hi = s + lo;
  SC[2] = hi;
  SC[3] = lo - (hi - s);
}

export function sin(x: number): number {
  if (x === 0 || x !== x) return x;
  if (x === Infinity || x === -Infinity) return negNaN();
  if (Math.abs(x) < 1.4901161193847656e-8) return x; // sin x rounds to x below 2^-26
  reduce(x);
  sinCos(R[0], R[1]);
  switch (quadrant) {
    case 0: return SC[0] + SC[1];
    case 1: return SC[2] + SC[3];
    case 2: return -(SC[0] + SC[1]);
    default: return -(SC[2] + SC[3]);
  }
}

export function cos(x: number): number {
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return negNaN();
  if (Math.abs(x) < 7.450580596923828e-9) return 1; // below 2^-27
  reduce(x);
  sinCos(R[0], R[1]);
  switch (quadrant) {
    case 0: return SC[2] + SC[3];
    case 1: return -(SC[0] + SC[1]);
    case 2: return -(SC[2] + SC[3]);
    default: return SC[0] + SC[1];
  }
}

export function tan(x: number): number {
  if (x === 0 || x !== x) return x;
  if (x === Infinity || x === -Infinity) return negNaN();
  if (Math.abs(x) < 1.4901161193847656e-8) return x;
  reduce(x);
  sinCos(R[0], R[1]);
  if ((quadrant & 1) === 0) div(SC[0], SC[1], SC[2], SC[3]);
  else div(-SC[2], -SC[3], SC[0], SC[1]);
  return R[0] + R[1];
}

// ---------------------------------------------------------------- atan, atan2, asin, acos

/**
 * atan(xh + xl) as a double-double in R. |x| > 1 goes through π/2 - atan(1/x); then
 * x = c + …, c = j/64, atan x = atan c + atan t with t = (x - c) / (1 + x c), |t| < 2^-7.
 */
function atanDD(xh: number, xl: number): void {
  const t = tables();
  const neg = xh < 0;
  if (neg) { xh = -xh; xl = -xl; }
  let inv = false;
  if (xh > 1) {
    if (xh > 1e300) { xh = 0; xl = 0; } // atan = π/2 - 1/x, with 1/x negligible
    else { div(1, 0, xh, xl); xh = R[0]; xl = R[1]; }
    inv = true;
  }
  const j = Math.round(xh * 64);
  const c = j / 64;
  let th: number, tl: number;
  if (j === 0) {
    th = xh; tl = xl;
  } else {
    // numerator x - c (exact in its high part), denominator 1 + x c
    const nh = xh - c, nl = xl;
    twoProd(xh, c);
    const dh0 = 1 + R[0];
    const dl = ((1 - dh0) + R[0]) + R[1] + xl * c;
    th = nh / dh0;
    // remainder: n - th·d
    twoProd(th, dh0);
    tl = ((nh - R[0]) - R[1] + nl - th * dl) / dh0;
  }
  const q = th * th;
  // atan t = th + (tl - t³/3 + t⁵/5 - …)
  const lo = tl + th * q * (-1 / 3 + q * (1 / 5 + q * (-1 / 7 + q * (1 / 9 + q * (-1 / 11)))));
  let h = th, l = lo;
  if (j !== 0) {
    const ah = t.atanTab[2 * j];
    const s = ah + h;
    l = (ah - s) + h + l + t.atanTab[2 * j + 1];
    h = s;
  }
  if (inv) {
    const ph = t.pio2dd[0];
    const s = ph - h;
    l = ((ph - s) - h) - l + t.pio2dd[1];
    h = s;
  }
  const hi = h + l;
  R[0] = neg ? -hi : hi;
  const lo2 = l - (hi - h);
  R[1] = neg ? -lo2 : lo2;
}

export function atan(x: number): number {
  if (x === 0 || x !== x) return x;
  if (x === Infinity) return 1.5707963267948966;
  if (x === -Infinity) return -1.5707963267948966;
  if (Math.abs(x) < 1.4901161193847656e-8) return x;
  atanDD(x, 0);
  return R[0] + R[1];
}

export function atan2(y: number, x: number): number {
  if (x !== x) return x;
  if (y !== y) return y;
  const t = tables();
  const negY = y < 0 || Object.is(y, -0);
  const sgn = negY ? -1 : 1;
  if (y === 0) {
    if (x > 0 || Object.is(x, 0)) return y;
    return sgn * 3.141592653589793;
  }
  if (x === 0) return sgn * 1.5707963267948966;
  if (y === Infinity || y === -Infinity) {
    if (x === Infinity) return sgn * 0.7853981633974483;
    if (x === -Infinity) return sgn * 2.356194490192345;
    return sgn * 1.5707963267948966;
  }
  if (x === Infinity) return sgn * 0;
  if (x === -Infinity) return sgn * 3.141592653589793;
  // |y/x| far out of range: the result is ±π/2, or y/x (x > 0), or ±π (x < 0)
  f64[0] = y;
  const ey = (u32[1] >>> 20) & 0x7ff;
  f64[0] = x;
  const ex = (u32[1] >>> 20) & 0x7ff;
  if (ey - ex > 120) return sgn * 1.5707963267948966;
  if (ex - ey > 120) {
    if (x > 0) return y / x;
    return sgn * 3.141592653589793;
  }
  // scale both into the normal range (the ratio is what matters)
  const sc = ex > 1500 || ey > 1500 ? 2 ** -600 : ex < 600 || ey < 600 ? 2 ** 600 : 1;
  const ys = Math.abs(y * sc), xs = Math.abs(x * sc);
  // q = y/x as a double-double
  const qh = ys / xs;
  twoProd(qh, xs);
  const ql = ((ys - R[0]) - R[1]) / xs;
  atanDD(qh, ql);
  if (x < 0) add(t.pidd[0], t.pidd[1], -R[0], -R[1]);
  return sgn * (R[0] + R[1]);
}

export function asin(x: number): number {
  if (x !== x) return x;
  if (x > 1 || x < -1) return NaN;
  if (x === 0) return x;
  if (x === 1) return 1.5707963267948966;
  if (x === -1) return -1.5707963267948966;
  if (Math.abs(x) < 1.4901161193847656e-8) return x;
  // asin x = atan(x / sqrt(1 - x²))
  twoProd(x, x);
  add(1, 0, -R[0], -R[1]);
  sqrt(R[0], R[1]);
  div(x, 0, R[0], R[1]);
  atanDD(R[0], R[1]);
  return R[0] + R[1];
}

export function acos(x: number): number {
  if (x !== x) return x;
  if (x > 1 || x < -1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return 3.141592653589793;
  const t = tables();
  if (x === 0) return 1.5707963267948966;
  // acos x = atan(sqrt(1 - x²) / x), + π for x < 0
  twoProd(x, x);
  add(1, 0, -R[0], -R[1]);
  sqrt(R[0], R[1]);
  div(R[0], R[1], Math.abs(x), 0);
  atanDD(R[0], R[1]);
  if (x < 0) add(t.pidd[0], t.pidd[1], -R[0], -R[1]);
  return R[0] + R[1];
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
