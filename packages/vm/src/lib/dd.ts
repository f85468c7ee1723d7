/**
 * Double-double arithmetic for libm.ts and trig.ts: a value is hi + lo, two doubles with
 * |lo| <= ulp(hi)/2, about 106 bits. Results go to R (R[0] hi, R[1] lo) — a typed array, so
 * storing a double allocates nothing and the operations stay inlinable.
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

// Results of the operations below: R[0] and R[1], hi and lo of a normalised double-double
// (a typed array, so storing a double allocates nothing).
export const R = new Float64Array(2);

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
export function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  R[0] = p;
  R[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** R[0] + R[1] = a + b exactly (Knuth). */
export function twoSum(a: number, b: number): void {
  const s = a + b;
  const v = s - a;
  R[0] = s;
  R[1] = (a - (s - v)) + (b - v);
}

/** (ah, al) + (bh, bl) */
export function add(ah: number, al: number, bh: number, bl: number): void {
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
export function mul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = R[0];
  const e = R[1] + (ah * bl + al * bh);
  R[0] = p + e;
  R[1] = e - (R[0] - p);
}

/** (ah, al) / (bh, bl): three quotient digits. */
export function div(ah: number, al: number, bh: number, bl: number): void {
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
export function sqrt(ah: number, al: number): void {
  const s = Math.sqrt(ah);
  twoProd(s, s);
  add(ah, al, -R[0], -R[1]);
  const c = R[0] / (2 * s);
  const h = s + c;
  R[0] = h;
  R[1] = c - (h - s);
}
