/**
 * Strings at the boundary. Inside the VM a Lua string is a JS string holding one byte per char
 * code; outside it is text (UTF-8 by default) or a Uint8Array (`encoding: null`).
 *
 * ASCII is by far the common case and is the same in both representations, so every conversion
 * first scans for a char code above 0x7F and returns the string itself when there is none: no
 * allocation on the hot path. Only text with other characters goes through TextEncoder or
 * TextDecoder. Under `decodeErrors: 'strict'` a failed decode is re-scanned by `utf8Problem` to
 * name the offending byte and its position, in the words of Python's codec errors that lupa
 * users know ("'utf-8' codec can't decode byte 0xff in position 3: invalid start byte").
 */

export type Encoding = 'utf-8' | 'latin-1' | null;

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** The option's value in canonical form; throws a TypeError for an encoding we cannot do both ways. */
export function normalizeEncoding(e: unknown): Encoding {
  if (e === null) return null;
  if (e === undefined) return 'utf-8';
  if (typeof e === 'string') {
    const n = e.toLowerCase().replace(/_/g, '-');
    if (n === 'utf-8' || n === 'utf8') return 'utf-8';
    if (n === 'latin-1' || n === 'latin1' || n === 'iso-8859-1') return 'latin-1';
  }
  throw new TypeError(`unsupported encoding ${JSON.stringify(e)} (use 'utf-8', 'latin-1' or null)`);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Lua byte string → bytes. */
export function bytesOf(s: string): Uint8Array {
  const n = s.length;
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** Bytes → Lua byte string. */
export function byteString(b: Uint8Array): string {
  const n = b.length;
  if (n < 64) {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(b[i]);
    return s;
  }
  let s = '';
  for (let i = 0; i < n; i += 8192) {
    s += String.fromCharCode.apply(null, b.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  }
  return s;
}

/** JS text → Lua byte string (UTF-8; lone surrogates become U+FFFD, as TextEncoder does). */
export function encodeUtf8(s: string): string {
  return isAscii(s) ? s : byteString(encoder.encode(s));
}

/** JS text → Lua byte string under latin-1: one byte per char; a char above U+00FF is an error. */
export function encodeLatin1(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) {
      throw new TypeError(`'latin-1' codec can't encode character '\\u${c.toString(16).padStart(4, '0')}' in position ${i}: ordinal not in range(256)`);
    }
  }
  return s;
}

/** Lua byte string → JS text, UTF-8; `strict` throws a TypeError naming the first bad byte. */
export function decodeUtf8(s: string, strict: boolean): string {
  if (isAscii(s)) return s;
  const bytes = bytesOf(s);
  if (!strict) return lenientDecoder.decode(bytes);
  try {
    return strictDecoder.decode(bytes);
  } catch {
    throw new TypeError(utf8Problem(bytes));
  }
}

/** The message for the first invalid UTF-8 sequence in `b` (Python's codec wording). */
export function utf8Problem(b: Uint8Array): string {
  const bad = (i: number, why: string) =>
    `'utf-8' codec can't decode byte 0x${b[i].toString(16).padStart(2, '0')} in position ${i}: ${why}`;
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let need: number, lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
    else return bad(i, 'invalid start byte');
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length) return bad(i, 'unexpected end of data');
      const d = b[i + k];
      if (d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return bad(i, 'invalid continuation byte');
    }
    i += need + 1;
  }
  return "'utf-8' codec can't decode the data";
}
