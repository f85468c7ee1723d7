/**
 * `luaO_str2d`: string to number exactly as Lua 5.1 on a C library with C99 `strtod` reads it.
 *
 * `strtod` accepts optional leading whitespace and sign, then a decimal number (`12`, `1.5`,
 * `.5`, `5.`, `1e-3`), a hexadecimal one (`0x1F`, `0x1p4`, `0xA.8`), `inf`/`infinity` or
 * `nan`/`nan(...)` (any case). Lua then accepts trailing whitespace only. Lua's fallback to
 * `strtoul` for `0x...` never succeeds where `strtod` failed, so it is not repeated here. The
 * string is a C string for Lua: it ends at the first NUL byte. The lexer and `tonumber` share this.
 */

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

function matchWord(s: string, i: number, word: string): boolean {
  if (i + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) {
    if ((s.charCodeAt(i + k) | 32) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The number `s` denotes for Lua 5.1, or undefined when it is not a numeral. */
export function str2number(s: string): number | undefined {
  let end = s.indexOf('\0');
  if (end < 0) end = s.length;
  let i = 0;
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  const start = i;
  let negative = false;
  let c = s.charCodeAt(i);
  if (c === 43 /* + */ || c === 45 /* - */) {
    negative = c === 45;
    c = s.charCodeAt(++i);
  }
  let value: number;
  let stop: number; // strtod's endptr
  if (c === 48 && (s.charCodeAt(i + 1) | 32) === 120 /* 0x */ && i + 2 < end) {
    const r = readHex(s, i + 2, end);
    if (r < 0) { value = 0; stop = i + 1; } else { value = hexResult; stop = r; }
  } else if ((c | 32) === 105 /* i */ && matchWord(s, i, 'inf')) {
    value = Infinity;
    stop = matchWord(s, i, 'infinity') ? i + 8 : i + 3;
  } else if ((c | 32) === 110 /* n */ && matchWord(s, i, 'nan')) {
    value = NaN;
    stop = i + 3;
    if (s.charCodeAt(stop) === 40 /* ( */) {
      let k = stop + 1;
      for (;;) {
        const d = s.charCodeAt(k);
        if ((d >= 48 && d <= 57) || ((d | 32) >= 97 && (d | 32) <= 122) || d === 95) k++;
        else break;
      }
      if (s.charCodeAt(k) === 41 /* ) */ && k < end) stop = k + 1;
    }
  } else {
    let k = i;
    let digits = 0;
    while (k < end && (c = s.charCodeAt(k)) >= 48 && c <= 57) { k++; digits++; }
    if (k < end && s.charCodeAt(k) === 46 /* . */) {
      k++;
      while (k < end && (c = s.charCodeAt(k)) >= 48 && c <= 57) { k++; digits++; }
    }
    if (digits === 0) return undefined;
    if (k < end && (s.charCodeAt(k) | 32) === 101 /* e */) {
      let e = k + 1;
      c = s.charCodeAt(e);
      if (c === 43 || c === 45) e++;
      const digitsStart = e;
      while (e < end && (c = s.charCodeAt(e)) >= 48 && c <= 57) e++;
      if (e > digitsStart) k = e;
    }
    value = Number(s.slice(i, k));
    stop = k;
  }
  if (stop > end) stop = end;
  if (stop === start) return undefined;
  while (stop < end && isSpace(s.charCodeAt(stop))) stop++;
  if (stop !== end) return undefined;
  return negative ? -value : value;
}

let hexResult = 0;

/** Reads a hex mantissa and binary exponent from `i` (after `0x`); sets hexResult, returns the
 *  end index, or -1 when there is no hex digit. */
function readHex(s: string, i: number, end: number): number {
  let k = i;
  let mantissa = '';
  let fracDigits = 0;
  let seenDot = false;
  for (; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c === 46 /* . */ && !seenDot) { seenDot = true; continue; }
    if (hexValue(c) < 0) break;
    mantissa += s[k];
    if (seenDot) fracDigits++;
  }
  if (mantissa.length === 0) return -1;
  let exponent = -4 * fracDigits;
  if (k < end && (s.charCodeAt(k) | 32) === 112 /* p */) {
    let e = k + 1;
    let sign = 1;
    const c = s.charCodeAt(e);
    if (c === 43 || c === 45) { sign = c === 45 ? -1 : 1; e++; }
    const digitsStart = e;
    let ev = 0;
    let d: number;
    while (e < end && (d = s.charCodeAt(e)) >= 48 && d <= 57) {
      if (ev < 100000) ev = ev * 10 + (d - 48);
      e++;
    }
    if (e > digitsStart) { exponent += sign * ev; k = e; }
  }
  let m = mantissa.length <= 13 ? parseInt(mantissa, 16) : Number(BigInt('0x' + mantissa));
  // scale in steps so that intermediate powers of two stay finite
  while (exponent > 1000 && m !== 0 && m !== Infinity) { m *= 2 ** 1000; exponent -= 1000; }
  while (exponent < -1000 && m !== 0) { m *= 2 ** -1000; exponent += 1000; }
  hexResult = m * 2 ** exponent;
  return k;
}
