/**
 * string.format: lstrlib's str_format over glibc's printf, reproduced.
 *
 * Lua 5.1 hands each item to sprintf: `%d %i` get the number cast to a 64-bit long (x86-64's
 * cvttsd2si: NaN and out-of-range values become INT64_MIN), `%o %u %x %X` an unsigned long (gcc's
 * double→uint64 sequence: below 2^63 a signed conversion, from 2^63 up a conversion of x - 2^63
 * with the top bit flipped, so -1 is ffffffffffffffff and 2^64 is 0), `%c` an int (out of range
 * gives INT_MIN, whose low byte is 0), `%e %f %g` the double itself. Then it appends the item with
 * strlen, so an item that contains a NUL byte is cut there: `%c` of 0 adds nothing (`%5c` of 0
 * adds four spaces) and `%s` stops at a string's first NUL — except that a `%s` without
 * precision of a string of 100 bytes or more is appended whole.
 *
 * Number to text is exact: glibc prints the exact binary value rounded to nearest with ties to
 * even. JS's toFixed/toExponential are exact too but round ties up, so the fast path uses them
 * when no tie is possible and the slow path works on the exact decimal expansion (BigInt):
 *  - %.Nf: a tie needs the value to have exactly N+1 binary digits after the point;
 *  - %.Ne: a tie needs the exact expansion to have exactly N+2 significant digits, which a value
 *    with j fractional bits and decimal exponent X has only when j + X is N+1 (or N+2 when the
 *    rounding carried into the exponent); integers only when X > N.
 * A NaN prints with its sign bit as glibc does: 0/0 is "-nan" on x86, -(0/0) is "nan".
 */
import type { Thread } from '../state.js';
import type { LuaValue } from '../value.js';
import { LuaError } from '../errors.js';
import { argError, checkNumber, checkString, luaError, toInteger } from './aux.js';
import { nanString } from '../number.js';

// ---------------------------------------------------------------- exact decimal digits

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = 1 - LO;

/** Set by `decompose`: a finite x > 0 is decM × 2^decE with decM odd (decM < 2^53). */
let decM = 0;
let decE = 0;

function ctz32(v: number): number {
  return 31 - Math.clz32(v & -v);
}

function decompose(x: number): void {
  f64[0] = x;
  const hi = u32[HI];
  const lo = u32[LO];
  const bexp = (hi >>> 20) & 0x7ff;
  let mhi = hi & 0xfffff;
  if (bexp !== 0) mhi |= 0x100000;
  let e = (bexp === 0 ? 1 : bexp) - 1075;
  let tz: number;
  if (lo !== 0) tz = ctz32(lo);
  else tz = 32 + ctz32(mhi);
  e += tz;
  // mantissa = mhi·2^32 + lo, shifted right by tz (exact: it fits in 53 bits)
  decM = (mhi * 4294967296 + lo) / Math.pow(2, tz);
  decE = e;
}

/** Number of binary digits after the point of a finite x > 0 (0 for integers). */
function fractionBits(x: number): number {
  decompose(x);
  return decE < 0 ? -decE : 0;
}

/** The exact decimal expansion of a finite x > 0: x = digits / 10^frac (digits without leading zeros). */
function exactDecimal(x: number): [string, number] {
  decompose(x);
  if (decE >= 0) {
    const digits = x < 9007199254740992 ? String(x) : (BigInt(decM) << BigInt(decE)).toString();
    return [digits, 0];
  }
  // x = M / 2^j = M·5^j / 10^j
  const j = -decE;
  return [(BigInt(decM) * 5n ** BigInt(j)).toString(), j];
}

/** "1" added to a string of decimal digits ("199" → "200", "99" → "100", "" → "1"). */
function incrementDigits(d: string): string {
  let i = d.length - 1;
  while (i >= 0 && d.charCodeAt(i) === 57) i--;
  if (i < 0) return '1' + '0'.repeat(d.length);
  return d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1) + '0'.repeat(d.length - 1 - i);
}

/**
 * The first `keep` digits of the digit string `d`, rounded to nearest with ties to even using all
 * the dropped digits. The result has `keep` digits, or keep + 1 when a carry ran out ("99" → "100").
 * keep <= 0 keeps nothing: "" or, when the value rounds up to one unit, "1".
 */
function roundDigits(d: string, keep: number): string {
  const n = d.length;
  if (keep >= n) return keep === n ? d : d + '0'.repeat(keep - n);
  if (keep < 0) return '';
  const r = d.charCodeAt(keep);
  let up: boolean;
  if (r !== 53) {
    up = r > 53;
  } else {
    let rest = false;
    for (let i = keep + 1; i < n; i++) {
      if (d.charCodeAt(i) !== 48) { rest = true; break; }
    }
    up = rest || (keep > 0 && (d.charCodeAt(keep - 1) & 1) === 1);
  }
  const kept = d.slice(0, keep);
  return up ? incrementDigits(kept) : kept;
}

// ---------------------------------------------------------------- %f %e %g bodies (|x|, finite)

/** |x| as "%.<prec>f" without sign. */
export function fixedBody(ax: number, prec: number): string {
  if (ax < 1e21 && (ax === 0 || fractionBits(ax) !== prec + 1)) return ax.toFixed(prec);
  const [d, frac] = exactDecimal(ax);
  let r = roundDigits(d, d.length - frac + prec); // the value in units of 10^-prec
  if (r.length <= prec) r = '0'.repeat(prec + 1 - r.length) + r;
  if (prec === 0) return r;
  return r.slice(0, r.length - prec) + '.' + r.slice(r.length - prec);
}

/** Set by `expDigits`: the decimal exponent of the first digit. */
let expX = 0;

/** The prec+1 significant digits of x > 0 as "%.<prec>e" rounds them; the exponent goes to expX. */
function expDigits(ax: number, prec: number): string {
  const s = ax.toExponential(prec);
  const ei = s.indexOf('e', 1);
  const x = +s.slice(ei + 1);
  const j = fractionBits(ax);
  const tiePossible = j === 0 ? x > prec : j + x >= prec + 1 && j + x <= prec + 2;
  if (!tiePossible) {
    expX = x;
    return prec === 0 ? s.slice(0, 1) : s.slice(0, 1) + s.slice(2, ei);
  }
  const [d, frac] = exactDecimal(ax);
  let r = roundDigits(d, prec + 1);
  let e = d.length - frac - 1;
  if (r.length > prec + 1) { r = r.slice(0, prec + 1); e++; }
  expX = e;
  return r;
}

function expSuffix(e: number, upper: boolean): string {
  const a = e < 0 ? -e : e;
  return (upper ? 'E' : 'e') + (e < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

/** |x| as "%.<prec>e" without sign ('#' keeps the point when prec is 0). */
export function expBody(ax: number, prec: number, upper: boolean, alt: boolean): string {
  if (ax === 0) {
    return '0' + (prec > 0 ? '.' + '0'.repeat(prec) : alt ? '.' : '') + expSuffix(0, upper);
  }
  const d = expDigits(ax, prec);
  const mant = prec > 0 ? d[0] + '.' + d.slice(1) : alt ? d + '.' : d;
  return mant + expSuffix(expX, upper);
}

/** Drop trailing zeros after a decimal point, and the point if nothing follows it. */
function trimFraction(s: string): string {
  let i = s.length;
  while (s.charCodeAt(i - 1) === 48) i--;
  if (s.charCodeAt(i - 1) === 46) i--;
  return s.slice(0, i);
}

/** |x| as "%.<prec>g" without sign. */
export function gBody(ax: number, prec: number, upper: boolean, alt: boolean): string {
  const p = prec === 0 ? 1 : prec;
  let d: string;
  let x: number;
  if (ax === 0) {
    d = '0'.repeat(p);
    x = 0;
  } else {
    d = expDigits(ax, p - 1);
    x = expX;
  }
  let s: string;
  if (x < -4 || x >= p) {
    let mant = p > 1 ? d[0] + '.' + d.slice(1) : alt ? d + '.' : d;
    if (!alt && p > 1) mant = trimFraction(mant);
    return mant + expSuffix(x, upper);
  }
  if (x >= 0) s = x + 1 < p ? d.slice(0, x + 1) + '.' + d.slice(x + 1) : alt ? d + '.' : d;
  else s = '0.' + '0'.repeat(-x - 1) + d;
  return !alt && x + 1 < p ? trimFraction(s) : s;
}

// ---------------------------------------------------------------- integer conversions

const TWO63 = 9223372036854775808;

/** (long)x on x86-64, as a BigInt-free number when exact, else a bigint. */
function toLong(x: number): number | bigint {
  const t = toInteger(x);
  return t > -9007199254740992 && t < 9007199254740992 ? t : BigInt(t);
}

/** (unsigned long)x as gcc compiles it on x86-64. */
function toUnsignedLong(x: number): number | bigint {
  if (x >= TWO63) {
    const t = toInteger(x - TWO63);
    return BigInt.asUintN(64, BigInt(t)) ^ 0x8000000000000000n;
  }
  const t = toInteger(x);
  if (t >= 0 && t < 9007199254740992) return t;
  return BigInt.asUintN(64, BigInt(t));
}

// ---------------------------------------------------------------- items

const FLAG_MINUS = 1, FLAG_PLUS = 2, FLAG_SPACE = 4, FLAG_ALT = 8, FLAG_ZERO = 16;

/** One parsed conversion specification (scanformat's `form`). */
interface Spec {
  flags: number;
  width: number;
  /** -1 when absent. */
  prec: number;
}

/** Pad `body` (after `prefix`: sign, 0x) to the width; zeros go between prefix and body. */
function pad(spec: Spec, prefix: string, body: string, zeroOk: boolean): string {
  const n = prefix.length + body.length;
  const w = spec.width;
  if (n >= w) return prefix + body;
  const fill = w - n;
  if (spec.flags & FLAG_MINUS) return prefix + body + ' '.repeat(fill);
  if (zeroOk && spec.flags & FLAG_ZERO) return prefix + '0'.repeat(fill) + body;
  return ' '.repeat(fill) + prefix + body;
}

function signPrefix(negative: boolean, flags: number): string {
  if (negative) return '-';
  if (flags & FLAG_PLUS) return '+';
  if (flags & FLAG_SPACE) return ' ';
  return '';
}

/** %d %i */
function formatSigned(spec: Spec, x: number): string {
  if (spec.flags === 0 && spec.width === 0 && spec.prec < 0 && x > -9007199254740992 && x < 9007199254740992) {
    return String(x - x % 1); // plain %d of a number in the exact range: truncate, print ("-0" is "0")
  }
  const v = toLong(x);
  const neg = v < 0;
  let digits = (neg ? -v : v).toString();
  if (spec.prec >= 0) {
    if (v == 0 && spec.prec === 0) digits = '';
    else if (digits.length < spec.prec) digits = '0'.repeat(spec.prec - digits.length) + digits;
  }
  return pad(spec, signPrefix(neg, spec.flags), digits, spec.prec < 0);
}

/** %o %u %x %X */
function formatUnsigned(spec: Spec, x: number, conv: number): string {
  const v = toUnsignedLong(x);
  const radix = conv === 111 ? 8 : conv === 117 ? 10 : 16;
  let digits = v.toString(radix);
  if (conv === 88) digits = digits.toUpperCase();
  if (spec.prec >= 0) {
    if (v == 0 && spec.prec === 0) digits = '';
    else if (digits.length < spec.prec) digits = '0'.repeat(spec.prec - digits.length) + digits;
  }
  let prefix = '';
  if (spec.flags & FLAG_ALT) {
    if (conv === 111) {
      if (digits.charCodeAt(0) !== 48) digits = '0' + digits;
    } else if (conv !== 117 && v != 0) {
      prefix = conv === 88 ? '0X' : '0x';
    }
  }
  return pad(spec, prefix, digits, spec.prec < 0);
}

/** %e %E %f %g %G */
function formatFloat(spec: Spec, x: number, conv: number): string {
  const upper = conv === 69 || conv === 71;
  const flags = spec.flags;
  if (x !== x) return pad(spec, signPrefix(nanString(x).charCodeAt(0) === 45, flags), upper ? 'NAN' : 'nan', false);
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  const ax = neg ? -x : x;
  const prefix = signPrefix(neg, flags);
  if (ax === Infinity) return pad(spec, prefix, upper ? 'INF' : 'inf', false);
  const prec = spec.prec < 0 ? 6 : spec.prec;
  const alt = (flags & FLAG_ALT) !== 0;
  let body: string;
  if (conv === 102) {
    body = fixedBody(ax, prec);
    if (alt && prec === 0) body += '.';
  } else if (conv === 101 || conv === 69) {
    body = expBody(ax, prec, upper, alt);
  } else {
    body = gBody(ax, prec, upper, alt);
  }
  return pad(spec, prefix, body, true);
}

/** %c: the low byte of (int)x; the item is cut at its NUL like strlen does. */
function formatChar(spec: Spec, x: number): string {
  const t = x !== x || x >= 2147483648 || x <= -2147483649 ? 0 : Math.trunc(x) & 255;
  const item = pad(spec, '', String.fromCharCode(t), false);
  if (t !== 0) return item;
  return item.slice(0, item.indexOf('\0'));
}

/** %s with a precision or a string shorter than 100 bytes: C-string semantics. */
function formatString(spec: Spec, s: string): string {
  const z = s.indexOf('\0');
  if (z >= 0) s = s.slice(0, z);
  if (spec.prec >= 0 && s.length > spec.prec) s = s.slice(0, spec.prec);
  return pad(spec, '', s, false);
}

/** %q: a string Lua can read back. */
export function addQuoted(s: string): string {
  let out = '"';
  let start = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let rep: string;
    if (c === 34) rep = '\\"';
    else if (c === 92) rep = '\\\\';
    else if (c === 10) rep = '\\\n';
    else if (c === 13) rep = '\\r';
    else if (c === 0) rep = '\\000';
    else continue;
    out += s.slice(start, i) + rep;
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The flags of FLAGS "-+ #0", as bits (0 for other characters). */
function flagBit(c: number): number {
  switch (c) {
    case 45: return FLAG_MINUS;
    case 43: return FLAG_PLUS;
    case 32: return FLAG_SPACE;
    case 35: return FLAG_ALT;
    case 48: return FLAG_ZERO;
    default: return 0;
  }
}

const spec: Spec = { flags: 0, width: 0, prec: -1 };

/** string.format (str_format); a result too long for a JS string fails as malloc would. */
export function strFormat(L: Thread, args: LuaValue[]): string {
  try {
    return format(L, args);
  } catch (e) {
    if (e instanceof RangeError && /string length/i.test(e.message)) throw new LuaError('not enough memory');
    throw e;
  }
}

function format(L: Thread, args: LuaValue[]): string {
  const fmt = checkString(L, args, 1);
  const top = args.length;
  const n = fmt.length;
  let out = '';
  let arg = 1;
  let i = 0;
  let start = 0; // start of the pending literal run
  while (i < n) {
    if (fmt.charCodeAt(i) !== 37) { i++; continue; }
    out += fmt.slice(start, i);
    i++;
    if (fmt.charCodeAt(i) === 37) { // %%
      out += '%';
      start = ++i;
      continue;
    }
    if (++arg > top) argError(L, arg, 'no value');
    // scanformat: flags (at most 5 characters), width and precision (2 digits each)
    let flags = 0;
    const f0 = i;
    for (let b: number; i < n && (b = flagBit(fmt.charCodeAt(i))) !== 0; i++) flags |= b;
    if (i - f0 >= 6) luaError(L, 'invalid format (repeated flags)');
    let width = 0;
    if (isDigit(fmt.charCodeAt(i))) width = fmt.charCodeAt(i++) - 48;
    if (isDigit(fmt.charCodeAt(i))) width = width * 10 + fmt.charCodeAt(i++) - 48;
    let prec = -1;
    if (fmt.charCodeAt(i) === 46) {
      i++;
      prec = 0;
      if (isDigit(fmt.charCodeAt(i))) prec = fmt.charCodeAt(i++) - 48;
      if (isDigit(fmt.charCodeAt(i))) prec = prec * 10 + fmt.charCodeAt(i++) - 48;
    }
    if (isDigit(fmt.charCodeAt(i))) luaError(L, 'invalid format (width or precision too long)');
    spec.flags = flags;
    spec.width = width;
    spec.prec = prec;
    const conv = i < n ? fmt.charCodeAt(i) : 0;
    i++;
    switch (conv) {
      case 99: // c
        out += formatChar(spec, checkNumber(L, args, arg));
        break;
      case 100: case 105: // d i
        out += formatSigned(spec, checkNumber(L, args, arg));
        break;
      case 111: case 117: case 120: case 88: // o u x X
        out += formatUnsigned(spec, checkNumber(L, args, arg), conv);
        break;
      case 101: case 69: case 102: case 103: case 71: // e E f g G
        out += formatFloat(spec, checkNumber(L, args, arg), conv);
        break;
      case 113: // q
        out += addQuoted(checkString(L, args, arg));
        break;
      case 115: { // s
        const s = checkString(L, args, arg);
        out += prec < 0 && s.length >= 100 ? s : formatString(spec, s);
        break;
      }
      default:
        luaError(L, `invalid option '%${conv === 0 ? '' : String.fromCharCode(conv)}' to 'format'`);
    }
    start = i;
  }
  return start === 0 ? fmt : out + fmt.slice(start);
}
