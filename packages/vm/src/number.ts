/**
 * Number ⇄ string conversions exactly as Lua 5.1 does them on Debian amd64:
 * `tostring` uses C's "%.14g" (LUA_NUMBER_FMT), and `tonumber`/coercions use lua_str2number
 * (strtod, plus strtoul for "0x" hex), accepting leading and trailing whitespace only.
 */

/** C's isspace in the "C" locale. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * The first `prec` significant digits of |n| rounded as glibc does (to nearest, ties to even on the
 * exact binary value) and the decimal exponent of the first digit. JS's toExponential rounds ties
 * up, so exact ties are detected from the exact expansion and redone.
 */
export function significantDigits(n: number, prec: number): { digits: string; exp: number } {
  const a = Math.abs(n);
  const e = a.toExponential(prec - 1);
  const ei = e.indexOf('e');
  let digits = e.slice(0, ei).replace('.', '');
  let exp = +e.slice(ei + 1);
  if (a < 1e21 && prec < 100 && mayBeTie(a, prec)) {
    const full = a.toExponential(100);
    const fd = full.slice(0, full.indexOf('e')).replace('.', '');
    if (fd.charCodeAt(prec) === 53 /* 5 */ && /^0*$/.test(fd.slice(prec + 1)) && (fd.charCodeAt(prec - 1) & 1) === 0) {
      digits = fd.slice(0, prec); // a tie whose kept digit is even: truncate instead of rounding up
      exp = +full.slice(full.indexOf('e') + 1);
    }
  }
  return { digits, exp };
}

/** %g without '#': drop trailing zeros of the fraction, and the point if nothing is left. */
function trimZeros(s: string): string {
  if (s.indexOf('.') < 0) return s;
  return s.replace(/0+$/, '').replace(/\.$/, '');
}

/** Cheap filter for significantDigits: a tie at digit `prec` shows as "5" then "0" in two more digits. */
function mayBeTie(a: number, prec: number): boolean {
  const e = a.toExponential(prec + 1);
  const ei = e.indexOf('e');
  return e.charCodeAt(ei - 2) === 53 /* 5 */ && e.charCodeAt(ei - 1) === 48 /* 0 */;
}

/** Format like C's "%.<prec>g". */
export function formatG(n: number, prec: number, upper = false, alt = false): string {
  if (n !== n) return nanString(n, upper);
  if (n === Infinity) return upper ? 'INF' : 'inf';
  if (n === -Infinity) return upper ? '-INF' : '-inf';
  if (prec === 0) prec = 1;
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  if (n === 0) return sign + (alt ? '0.' + '0'.repeat(prec - 1) : '0');
  const { digits, exp } = significantDigits(n, prec);
  let s: string;
  if (exp < -4 || exp >= prec) {
    let mant = digits.length > 1 || alt ? digits[0] + '.' + digits.slice(1) : digits;
    if (!alt) mant = trimZeros(mant);
    const ax = Math.abs(exp);
    s = mant + (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ax < 10 ? '0' + ax : String(ax));
  } else if (exp >= 0) {
    s = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
    if (!alt) s = trimZeros(s);
  } else {
    s = '0.' + '0'.repeat(-exp - 1) + digits;
    if (!alt) s = trimZeros(s);
  }
  return sign + s;
}

/** tostring of a number: "%.14g", with integers fast-pathed. */
export function numberToString(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e14) return Object.is(n, -0) ? '-0' : String(n);
  if (n !== n) return nanString(n);
  return formatG(n, 14);
}

/** glibc prints the sign bit of a NaN: 0/0 computed on x86 is a negative NaN ("-nan"), tonumber("nan")
 *  and -(0/0) are positive ("nan"). V8 keeps a NaN's bits in heap numbers, so we can tell. */
export const NAN_STRING = '-nan';
const nanBits = new Float64Array(1);
const nanBytes = new Uint8Array(nanBits.buffer);
function negativeNaN(): number {
  nanBits[0] = NaN;
  nanBytes[7] |= 0x80;
  return nanBits[0];
}

export function nanString(n: number, upper = false): string {
  nanBits[0] = n;
  const s = nanBytes[7] & 0x80 ? '-nan' : 'nan';
  return upper ? s.toUpperCase() : s;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * lua_str2number: the whole string (minus surrounding whitespace) must be a number, read by
 * strtod (decimal, exponent, "inf"/"nan", hex floats) or, for "0x…", strtoul. Returns undefined
 * when it is not a number.
 */
export function str2number(s: string): number | undefined {
  let i = 0;
  let n = s.indexOf('\0'); // the C string ends at the first NUL
  if (n < 0) n = s.length;
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  while (n > i && isSpace(s.charCodeAt(n - 1))) n--;
  if (i === n) return undefined;
  const body = s.slice(i, n);
  // strtoul path for hex: optional sign, 0x, hex digits (lua_str2number checks for 'x'/'X').
  let j = 0;
  let neg = false;
  if (body.charCodeAt(0) === 45 || body.charCodeAt(0) === 43) { neg = body.charCodeAt(0) === 45; j = 1; }
  if (body.charCodeAt(j) === 48 && (body.charCodeAt(j + 1) | 32) === 120) {
    let v = 0;
    let k = j + 2;
    if (k >= body.length) return undefined;
    for (; k < body.length; k++) {
      const d = hexDigit(body.charCodeAt(k));
      if (d < 0) break;
      v = v * 16 + d;
    }
    if (k !== body.length) {
      // strtod also reads hex floats ("0x1p4", "0x1.8"); accept those.
      return hexFloat(body);
    }
    // strtoul wraps modulo 2^64 and applies the sign to the unsigned value.
    if (v >= 18446744073709551616) v = 18446744073709551615;
    return neg ? -v : v;
  }
  return decimal(body);
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL = /^[+-]?(?:inf|infinity|nan(?:\([0-9a-zA-Z_]*\))?)$/i;

function decimal(s: string): number | undefined {
  if (DECIMAL.test(s)) return +s;
  if (SPECIAL.test(s)) {
    const neg = s.charCodeAt(0) === 45;
    const lower = s.toLowerCase();
    if (lower.includes('nan')) return neg ? negativeNaN() : NaN;
    return neg ? -Infinity : Infinity;
  }
  return undefined;
}

const HEXFLOAT = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/;

function hexFloat(s: string): number | undefined {
  const m = HEXFLOAT.exec(s);
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) return undefined;
  let v = 0;
  for (const ch of m[2]) v = v * 16 + hexDigit(ch.charCodeAt(0));
  let scale = 1;
  for (const ch of m[3] ?? '') { scale /= 16; v += hexDigit(ch.charCodeAt(0)) * scale; }
  if (m[4] !== undefined) v *= Math.pow(2, +m[4]);
  return m[1] === '-' ? -v : v;
}
