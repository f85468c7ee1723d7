/**
 * The string library (lstrlib.c): byte-string functions, the pattern functions over pattern.ts,
 * string.format (format.ts) and string.dump (dump.ts). Strings are JS strings of byte values.
 *
 * Integer arguments behave as 5.1's C code on amd64: positions are lua_Integer (64-bit, see
 * toInteger), while `rep`'s count, `char`'s codes and `gsub`'s limit are C ints, so they wrap
 * modulo 2^32 (`("x"):rep(2^32 + 2)` is "xx").
 *
 * Deviation: 5.1 grows a string until malloc fails; JS strings cannot exceed MAX_STRING_LENGTH,
 * so `rep` (and anything else that would build a longer string) raises "not enough memory" first.
 */
import { meter, charge, stringBytes } from '../memory.js';
import type { Thread } from '../state.js';
import { LuaTable } from '../table.js';
import { LuaError } from '../errors.js';
import { Closure, CallRequest, NativeFunction, type LuaValue, type NativeResult } from '../value.js';
import { numberToString } from '../number.js';
import { isFunction, metaOf, index, typeName } from '../meta.js';
import {
  argError, checkInteger, checkString, checkType, luaError, optInteger, registerLib,
} from './aux.js';
import { MatchState, matchAt, isPlainPattern, nextStart, startFilter } from './pattern.js';
import { strFormat } from './format.js';
import { dump } from '../dump.js';

/** Longest string we build (V8's limit on string length). */
export const MAX_STRING_LENGTH = 0x1fffffe8;

/** LUAI_MAXCSTACK: how many values a C function may push (string.byte's limit). */
const MAXCSTACK = 8000;

function notEnoughMemory(): never {
  throw new LuaError('not enough memory');
}

/** JS's own failure to build a string too long: V8's "Invalid string length". */
function isStringLengthError(e: unknown): boolean {
  return e instanceof RangeError && /string length/i.test(e.message);
}

/** posrelat: a negative position counts from the end; the result is >= 0. */
function posrelat(pos: number, len: number): number {
  if (pos < 0) pos += len + 1;
  return pos >= 0 ? pos : 0;
}

/** luaL_checkint: the integer truncated to a C int. */
function checkInt(L: Thread, args: LuaValue[], narg: number): number {
  return checkInteger(L, args, narg) | 0;
}

/** A string of byte values (chunked: fromCharCode takes a bounded number of arguments). */
function fromBytes(codes: number[] | Uint8Array): string {
  const n = codes.length;
  if (n <= 8192) return String.fromCharCode.apply(null, codes as number[]);
  let out = '';
  for (let i = 0; i < n; i += 8192) {
    out += String.fromCharCode.apply(null, codes.slice(i, i + 8192) as number[]);
  }
  return out;
}

/** Bytes 128..255 present? (JS case mapping would touch them; C's "C" locale does not.) */
const HIGH_BYTE = /[\x80-\xff]/;

function caseMap(s: string, lo: number, hi: number, delta: number): string {
  const n = s.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    out[i] = c >= lo && c <= hi ? c + delta : c;
  }
  return fromBytes(out);
}

function strLen(L: Thread, args: LuaValue[]): NativeResult {
  return checkString(L, args, 1).length;
}

function strSub(L: Thread, args: LuaValue[]): NativeResult {
  const s = checkString(L, args, 1);
  const l = s.length;
  let start = posrelat(checkInteger(L, args, 2), l);
  let end = posrelat(optInteger(L, args, 3, -1), l);
  if (start < 1) start = 1;
  if (end > l) end = l;
  return start <= end ? s.slice(start - 1, end) : '';
}

function strReverse(L: Thread, args: LuaValue[]): NativeResult {
  const s = checkString(L, args, 1);
  const n = s.length;
  if (n < 2) return s;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[n - 1 - i] = s.charCodeAt(i);
  return fromBytes(out);
}

function strLower(L: Thread, args: LuaValue[]): NativeResult {
  const s = checkString(L, args, 1);
  return HIGH_BYTE.test(s) ? caseMap(s, 65, 90, 32) : s.toLowerCase();
}

function strUpper(L: Thread, args: LuaValue[]): NativeResult {
  const s = checkString(L, args, 1);
  return HIGH_BYTE.test(s) ? caseMap(s, 97, 122, -32) : s.toUpperCase();
}

function strRep(L: Thread, args: LuaValue[]): NativeResult {
  const s = checkString(L, args, 1);
  const n = checkInt(L, args, 2);
  if (n <= 0 || s.length === 0) return '';
  if (s.length * n > MAX_STRING_LENGTH) notEnoughMemory();
  if (meter !== null) charge(stringBytes(s.length * n));
  return s.repeat(n);
}

function strByte(L: Thread, args: LuaValue[]): NativeResult {
  const s = checkString(L, args, 1);
  const l = s.length;
  let posi = posrelat(optInteger(L, args, 2, 1), l);
  let pose = posrelat(optInteger(L, args, 3, posi), l);
  if (posi <= 0) posi = 1;
  if (pose > l) pose = l;
  if (posi > pose) return [];
  const n = pose - posi + 1;
  if (n === 1) return s.charCodeAt(posi - 1);
  if (args.length + n > MAXCSTACK) luaError(L, 'stack overflow (string slice too long)');
  const out: LuaValue[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = s.charCodeAt(posi - 1 + i);
  return out;
}

function strChar(L: Thread, args: LuaValue[]): NativeResult {
  const n = args.length;
  const codes: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = checkInt(L, args, i + 1);
    if ((c & 255) !== c) argError(L, i + 1, 'invalid value');
    codes[i] = c;
  }
  return fromBytes(codes);
}

function strDump(L: Thread, args: LuaValue[]): NativeResult {
  const f = checkType(L, args, 1, 'function');
  if (!(f instanceof Closure)) luaError(L, 'unable to dump given function');
  return dump(f.proto);
}

// ---------------------------------------------------------------- find, match, gmatch

/** The state for find/match/gmatch, which never call Lua while matching (gsub has its own). */
const shared = new MatchState(undefined as unknown as Thread);

/** str_find_aux */
function findAux(L: Thread, args: LuaValue[], find: boolean): NativeResult {
  const s = checkString(L, args, 1);
  const p = checkString(L, args, 2);
  const l1 = s.length;
  let init = posrelat(optInteger(L, args, 3, 1), l1) - 1;
  if (init < 0) init = 0;
  else if (init > l1) init = l1;
  if (find && (truthy(args[3]) || isPlainPattern(p))) {
    const at = s.indexOf(p, init);
    return at < 0 ? undefined : [at + 1, at + p.length];
  }
  const ms = shared;
  ms.reset(L, s, p);
  const anchor = p.charCodeAt(0) === 94;
  const p0 = anchor ? 1 : 0;
  const filter = anchor ? null : startFilter(ms);
  let s1 = init;
  for (;;) {
    if (filter !== null) {
      s1 = nextStart(ms, filter, s1);
      if (s1 < 0) break;
    }
    ms.level = 0;
    const e = matchAt(ms, s1, p0);
    if (e >= 0) {
      let out: LuaValue[];
      if (find) {
        const caps = ms.captures(s1, e, false);
        out = new Array(caps.length + 2);
        out[0] = s1 + 1;
        out[1] = e;
        for (let i = 0; i < caps.length; i++) out[i + 2] = caps[i];
      } else {
        out = ms.captures(s1, e, true);
      }
      ms.release();
      return out;
    }
    if (anchor || s1 >= l1) break;
    s1++;
  }
  ms.release();
  return undefined;
}

function truthy(v: LuaValue): boolean {
  return v !== undefined && v !== false;
}

function strFind(L: Thread, args: LuaValue[]): NativeResult {
  return findAux(L, args, true);
}

function strMatch(L: Thread, args: LuaValue[]): NativeResult {
  return findAux(L, args, false);
}

/** string.gmatch: an iterator over the matches; the pattern has no anchor ('^' is literal). */
function strGmatch(L: Thread, args: LuaValue[]): NativeResult {
  const s = checkString(L, args, 1);
  const p = checkString(L, args, 2);
  let pos = 0;
  const iter = (L2: Thread): NativeResult => {
    const ms = shared;
    ms.reset(L2, s, p);
    const filter = pos <= s.length ? startFilter(ms) : null;
    for (let src = pos; src <= s.length; src++) {
      if (filter !== null) {
        src = nextStart(ms, filter, src);
        if (src < 0) break;
      }
      ms.level = 0;
      const e = matchAt(ms, src, 0);
      if (e >= 0) {
        pos = e === src ? e + 1 : e; // an empty match moves on by one
        const caps = ms.captures(src, e, true);
        ms.release();
        return caps;
      }
    }
    ms.release();
    pos = s.length + 1;
    return [];
  };
  const env = L.cis[L.depth]?.native?.env ?? L.G.globals;
  return new NativeFunction('gmatch_aux', iter, null, env, []);
}

// ---------------------------------------------------------------- gsub

/** A replacement string split at its '%' escapes: literal text, or a capture index (-1: %0). */
type ReplPart = string | number;

function parseReplacement(r: string): ReplPart[] {
  const parts: ReplPart[] = [];
  let lit = '';
  let start = 0;
  const n = r.length;
  for (let i = 0; i < n; i++) {
    if (r.charCodeAt(i) !== 37) continue;
    lit += r.slice(start, i);
    i++;
    const c = i < n ? r.charCodeAt(i) : 0; // a final '%' escapes the string's terminating NUL
    if (c >= 48 && c <= 57) {
      if (lit !== '') { parts.push(lit); lit = ''; }
      parts.push(c - 49);
    } else {
      lit += String.fromCharCode(c);
    }
    start = i + 1;
  }
  if (start < n) lit += r.slice(start);
  if (lit !== '') parts.push(lit);
  return parts;
}

/** add_s: the replacement string for a match of src[s, e). */
function expandReplacement(ms: MatchState, parts: ReplPart[], s: number, e: number): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (typeof part === 'string') out += part;
    else if (part < 0) out += ms.src.slice(s, e);
    else {
      const v = ms.capture(part, s, e);
      out += typeof v === 'number' ? numberToString(v) : v;
    }
  }
  return out;
}

/** string.gsub: resumable, so a replacement function may yield across it. */
function* strGsub(L: Thread, args: LuaValue[]): Generator<CallRequest, NativeResult, LuaValue[]> {
  const src = checkString(L, args, 1);
  const p = checkString(L, args, 2);
  const repl = args[2];
  const tr = typeName(repl);
  const maxS = args[3] === undefined ? src.length + 1 : checkInteger(L, args, 4) | 0;
  if (tr !== 'number' && tr !== 'string' && tr !== 'function' && tr !== 'table') {
    argError(L, 3, 'string/function/table expected');
  }
  const anchor = p.charCodeAt(0) === 94;
  const p0 = anchor ? 1 : 0;
  const parts = tr === 'string' || tr === 'number'
    ? parseReplacement(typeof repl === 'number' ? numberToString(repl) : repl as string) : null;
  const constant = parts !== null && parts.length <= 1 && typeof parts[0] !== 'number'
    ? (parts[0] as string | undefined) ?? '' : null;
  const ms = new MatchState(L);
  ms.reset(L, src, p);
  const filter = anchor || maxS <= 0 ? null : startFilter(ms); // no attempt, no pattern error
  const end = src.length;
  const pieces: string[] = []; // joined once at the end: a flat string, not a chain of pieces
  let outLen = 0;
  let copied = 0; // src[copied, pos) is still to be copied
  let pos = 0;
  let n = 0;
  try {
    while (n < maxS) {
      if (filter !== null) {
        const next = nextStart(ms, filter, pos);
        if (next < 0) break;
        pos = next;
      }
      ms.level = 0;
      const e = matchAt(ms, pos, p0);
      if (e >= 0) {
        n++;
        let value: LuaValue;
        if (constant !== null) value = constant;
        else if (parts !== null) value = expandReplacement(ms, parts, pos, e);
        else if (tr === 'function') value = (yield new CallRequest(repl, ms.captures(pos, e, true)))[0];
        else {
          const t = repl as LuaTable;
          const key = ms.capture(0, pos, e);
          value = t.get(key);
          if (value === undefined && t.metatable !== undefined) {
            const h = metaOf(L.G, t, '__index');
            if (isFunction(h)) value = (yield new CallRequest(h, [t, key]))[0];
            else if (h !== undefined) value = index(L, h, key);
          }
        }
        if (value === undefined || value === false) value = src.slice(pos, e); // keep the original
        else if (typeof value === 'number') value = numberToString(value);
        else if (typeof value !== 'string') luaError(L, `invalid replacement value (a ${typeName(value)})`);
        if (outLen + (pos - copied) + value.length > MAX_STRING_LENGTH) notEnoughMemory();
        if (pos > copied) pieces.push(src.slice(copied, pos));
        pieces.push(value);
        outLen += (pos - copied) + value.length;
        copied = e;
      }
      if (e > pos) pos = e;
      else if (pos < end) pos++;
      else break;
      if (anchor) break;
    }
    if (outLen + (end - copied) > MAX_STRING_LENGTH) notEnoughMemory();
  } catch (e) {
    if (isStringLengthError(e)) notEnoughMemory();
    throw e;
  }
  if (n === 0) return [src, 0];
  pieces.push(src.slice(copied));
  const out = pieces.join('');
  if (meter !== null) charge(stringBytes(out.length));
  return [out, n];
}

export function openString(L: Thread): void {
  const lib = registerLib(L, 'string', {
    byte: strByte,
    char: strChar,
    dump: strDump,
    find: strFind,
    format: strFormat,
    gmatch: strGmatch,
    gsub: { resumable: strGsub },
    len: strLen,
    lower: strLower,
    match: strMatch,
    rep: strRep,
    reverse: strReverse,
    sub: strSub,
    upper: strUpper,
  });
  lib.set('gfind', lib.get('gmatch')); // LUA_COMPAT_GFIND
  const meta = new LuaTable();
  meta.set('__index', lib);
  L.G.stringMeta = meta;
}
