/**
 * sin, cos, tan, atan, atan2, asin and acos, correctly rounded (see libm.ts), in double-double
 * arithmetic (dd.ts).
 *
 * sin/cos/tan reduce x = k π/2 + r, |r| <= π/4: Cody–Waite with π/2 in five pieces below 2^20
 * (k·piece exact, about 185 bits of π/2, enough for the worst cancellation there), Payne–Hanek
 * above, with 1300 bits of 2/π as a BigInt. Then r = j/64 + b with tables of sin and cos of j/64
 * and short series in b (the b²/2 of cos as an exact product). atan reduces |x| > 1 to
 * π/2 - atan(1/x), then x = j/64 + … through the addition formula to a series in
 * t = (x - c)/(1 + xc); atan2, asin and acos go through atan of a double-double argument.
 */
import { bigAtan, bigPi, bigSinCos, ddTable, fix, splitBits, toDD, twoOverPiBits } from './bigconst.js';
import { R, twoProd, twoSum, add, mul, div, sqrt, negNaN } from './dd.js';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

// ---------------------------------------------------------------- tables (built on first use)

interface Tables {
  sinTab: Float64Array; // sin(j/64), j = 0..52, as hi/lo pairs
  cosTab: Float64Array; // cos(j/64), j = 0..52
  atanTab: Float64Array; // atan(j/64), j = 0..64
  pio2: Float64Array; // π/2 in five pieces of 33 bits (k·piece exact for |k| < 2^20), the last full
  pio2dd: Float64Array;
  pidd: Float64Array;
  twoOverPi: bigint; // 2/π with TWO_OVER_PI_BITS fractional bits
}

const TWO_OVER_PI_BITS = 1300;
let T: Tables | null = null;

function tables(): Tables {
  if (T !== null) return T;
  const pi = bigPi();
  const sc = (j: number) => bigSinCos(fix(j, 64));
  T = {
    sinTab: ddTable(53, (j) => sc(j)[0]),
    cosTab: ddTable(53, (j) => sc(j)[1]),
    atanTab: ddTable(65, (j) => bigAtan(fix(j, 64))),
    pio2: Float64Array.from(splitBits(pi / 2n, 5, 33)),
    pio2dd: Float64Array.from(toDD(pi / 2n)),
    pidd: Float64Array.from(toDD(pi)),
    twoOverPi: twoOverPiBits(TWO_OVER_PI_BITS),
  };
  return T;
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
