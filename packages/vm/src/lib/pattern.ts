/**
 * Lua 5.1 patterns (the matching half of lstrlib.c), on byte strings held as JS strings.
 *
 * The matcher interprets the pattern as it goes, exactly like lstrlib's `match`: a pattern is never
 * compiled, so a malformed piece raises its error only when the matcher reaches it
 * (`string.find("b", "a[")` is nil, not an error), as in 5.1. Positions are indices into the
 * subject and the pattern; "no match" is -1. Single items without a quantifier, `%b`, `%f` and
 * back-references continue in a loop (lstrlib's `goto init`); recursion happens only for
 * captures, `?`, and each try of `*`, `+`, `-`, so its depth is bounded by the pattern's items.
 * As in C, where patterns are NUL-terminated strings, a pattern ends at its first "\0" byte
 * (`%z` exists for that reason), while the subject may hold any byte.
 *
 * Two shortcuts skip attempts that cannot succeed, without changing any result or error:
 * - an unanchored search only tries positions where the first item can match (`startFilter`:
 *   indexOf for a literal prefix, a byte table for a leading class or set);
 * - `*`, `+` and `-` only try continuations that begin with the literal byte the rest of the
 *   pattern needs (`followingLiteral`), as in `(%w+)=`.
 *
 * Two guards, which PUC 5.1 lacks, keep a hostile pattern from taking the host down:
 * - recursion deeper than MAX_DEPTH raises "pattern too complex" (5.2's message for its limit of
 *   200; ours is five times larger, about a quarter of what Node's default stack holds, and a JS
 *   stack overflow inside the matcher is reported the same way);
 * - a budget of matcher steps (an item tried at a position, a byte scanned by a repetition, a
 *   continuation skipped) of STEP_BUDGET_BASE + STEP_BUDGET_PER_BYTE x subject length per library
 *   call (one gmatch step is one call) also ends in "pattern too complex". Linear work on any
 *   subject stays far below it; exponential backtracking such as
 *   `("a"):rep(40):find(("a*"):rep(40).."b")` gives up after a second or so instead of running
 *   for hours, and quadratic backtracking on a long subject (`.-y` over 100 KB of "x") after a
 *   few seconds, where lua5.1 would take tens of seconds to find nothing.
 */
import type { Thread } from '../state.js';
import { luaError } from './aux.js';

/** LUA_MAXCAPTURES */
export const MAXCAPTURES = 32;
const CAP_UNFINISHED = -1;
const CAP_POSITION = -2;

/** Deepest recursion of the matcher (captures, `?`, and the tries of `*`, `+`, `-`). */
export const MAX_DEPTH = 1000;
/** Steps allowed per call: a fixed part plus a part proportional to the subject's length. */
export const STEP_BUDGET_BASE = 50_000_000;
export const STEP_BUDGET_PER_BYTE = 1000;
/** The budget is counted down in slices small enough to stay a small integer (a V8 Smi). */
const BUDGET_SLICE = 1 << 24;

const ESC = 37; // '%'

// C "ctype" classes in the "C" locale, as bits.
const ALPHA = 1, DIGIT = 2, LOWER = 4, UPPER = 8, SPACE = 16, PUNCT = 32, CNTRL = 64, XDIGIT = 128, ZERO = 256;

/** Class bits of each byte. */
const CTYPE = new Uint16Array(256);
/** For a class letter after '%' (either case), the bits it tests; 0 when it is not a class. */
const CLASS_MASK = new Uint16Array(256);

(function initTables() {
  for (let c = 0; c < 256; c++) {
    let m = 0;
    if (c >= 65 && c <= 90) m |= ALPHA | UPPER;
    if (c >= 97 && c <= 122) m |= ALPHA | LOWER;
    if (c >= 48 && c <= 57) m |= DIGIT | XDIGIT;
    if ((c >= 65 && c <= 70) || (c >= 97 && c <= 102)) m |= XDIGIT;
    if (c === 32 || (c >= 9 && c <= 13)) m |= SPACE;
    if (c < 32 || c === 127) m |= CNTRL;
    if (c > 32 && c < 127 && !(m & (ALPHA | DIGIT))) m |= PUNCT;
    if (c === 0) m |= ZERO;
    CTYPE[c] = m;
  }
  const classes: [string, number][] = [
    ['a', ALPHA], ['c', CNTRL], ['d', DIGIT], ['l', LOWER], ['p', PUNCT], ['s', SPACE],
    ['u', UPPER], ['w', ALPHA | DIGIT], ['x', XDIGIT], ['z', ZERO],
  ];
  for (const [letter, bits] of classes) {
    CLASS_MASK[letter.charCodeAt(0)] = bits;
    CLASS_MASK[letter.charCodeAt(0) - 32] = bits;
  }
})();

/** match_class: does byte `c` belong to the class named by `cl` (the letter after '%')? */
function matchClass(c: number, cl: number): boolean {
  const mask = CLASS_MASK[cl];
  if (mask === 0) return cl === c;
  const res = (CTYPE[c] & mask) !== 0;
  return cl <= 90 ? !res : res; // an upper-case class letter is the complement
}

/** The state of one matching call (lstrlib's MatchState). */
export class MatchState {
  L: Thread;
  src: string;
  srcEnd: number;
  pat: string;
  /** Index of the pattern's first NUL, or its length. */
  patEnd: number;
  /** Number of captures, finished or not. */
  level: number;
  capInit: number[];
  /** Length of each capture, or CAP_UNFINISHED / CAP_POSITION. */
  capLen: number[];
  /** Steps left in the current slice of the budget, and slices left after it. */
  budget: number;
  slices: number;

  constructor(L: Thread) {
    this.L = L;
    this.src = '';
    this.srcEnd = 0;
    this.pat = '';
    this.patEnd = 0;
    this.level = 0;
    this.capInit = new Array<number>(MAXCAPTURES).fill(0);
    this.capLen = new Array<number>(MAXCAPTURES).fill(0);
    this.budget = 0;
    this.slices = 0;
  }

  /** Prepare for matching `pat` against `src`. */
  reset(L: Thread, src: string, pat: string): void {
    this.L = L;
    this.src = src;
    this.srcEnd = src.length;
    this.pat = pat;
    const z = pat.indexOf('\0');
    this.patEnd = z < 0 ? pat.length : z;
    this.level = 0;
    this.budget = BUDGET_SLICE;
    this.slices = Math.ceil((STEP_BUDGET_BASE + STEP_BUDGET_PER_BYTE * src.length) / BUDGET_SLICE) - 1;
  }

  /** Drop the references to the subject and the thread (for a state kept between calls). */
  release(): void {
    this.src = '';
    this.pat = '';
    this.L = undefined as unknown as Thread;
  }

  /** The i-th capture (0-based) of a match of src[s, e) as a Lua value (push_onecapture). */
  capture(i: number, s: number, e: number): string | number {
    if (i >= this.level) {
      if (i === 0) return this.src.slice(s, e); // no captures: the whole match
      luaError(this.L, 'invalid capture index');
    }
    const l = this.capLen[i];
    if (l === CAP_UNFINISHED) luaError(this.L, 'unfinished capture');
    const init = this.capInit[i];
    if (l === CAP_POSITION) return init + 1;
    return this.src.slice(init, init + l);
  }

  /** All captures of a match of src[s, e), or the whole match when there are none (push_captures).
   *  With `wholeIfNone` false (find), no captures give an empty list. */
  captures(s: number, e: number, wholeIfNone: boolean): (string | number)[] {
    const n = this.level === 0 && wholeIfNone ? 1 : this.level;
    const out: (string | number)[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = this.capture(i, s, e);
    return out;
  }
}

function tooComplex(ms: MatchState): never {
  luaError(ms.L, 'pattern too complex');
}

/** The current slice of the budget ran out: start the next one, or give up. */
function nextSlice(ms: MatchState): void {
  if (ms.slices <= 0) tooComplex(ms);
  ms.slices--;
  ms.budget = BUDGET_SLICE;
}

/** The byte of the pattern at p, or 0 at (or past) its end. */
function patAt(ms: MatchState, p: number): number {
  return p < ms.patEnd ? ms.pat.charCodeAt(p) : 0;
}

/** classEnd: the index just past the single-character class starting at p. */
function classEnd(ms: MatchState, p: number): number {
  const pat = ms.pat;
  const pend = ms.patEnd;
  const c = pat.charCodeAt(p++);
  if (c === ESC) {
    if (p >= pend) luaError(ms.L, "malformed pattern (ends with '%')");
    return p + 1;
  }
  if (c === 91 /* [ */) {
    if (p < pend && pat.charCodeAt(p) === 94 /* ^ */) p++;
    do { // look for the ']'; the first character is never the closing one
      if (p >= pend) luaError(ms.L, "malformed pattern (missing ']')");
      const cc = pat.charCodeAt(p++);
      if (cc === ESC && p < pend) p++; // skip escapes such as '%]'
    } while (p >= pend || pat.charCodeAt(p) !== 93 /* ] */);
    return p + 1;
  }
  return p;
}

/** matchbracketclass: is byte c in the set pat[p] = '[' ... pat[ec] = ']'? */
function matchBracketClass(pat: string, c: number, p: number, ec: number): boolean {
  let sig = true;
  if (pat.charCodeAt(p + 1) === 94 /* ^ */) {
    sig = false;
    p++;
  }
  while (++p < ec) {
    const pc = pat.charCodeAt(p);
    if (pc === ESC) {
      p++;
      if (matchClass(c, pat.charCodeAt(p))) return sig;
    } else if (pat.charCodeAt(p + 1) === 45 /* - */ && p + 2 < ec) {
      p += 2;
      if (pc <= c && c <= pat.charCodeAt(p)) return sig;
    } else if (pc === c) {
      return sig;
    }
  }
  return !sig;
}

/** Does byte c match the single-character class pat[p, ep)? */
function singleMatch(pat: string, c: number, p: number, ep: number): boolean {
  const pc = pat.charCodeAt(p);
  switch (pc) {
    case 46: return true; // '.'
    case ESC: return matchClass(c, pat.charCodeAt(p + 1));
    case 91: return matchBracketClass(pat, c, p, ep - 1);
    default: return pc === c;
  }
}

/** %bxy at pattern index p (pointing at x). */
function matchBalance(ms: MatchState, s: number, p: number): number {
  if (p + 1 >= ms.patEnd) luaError(ms.L, 'unbalanced pattern');
  const src = ms.src;
  const end = ms.srcEnd;
  const b = ms.pat.charCodeAt(p);
  if (s >= end || src.charCodeAt(s) !== b) return -1;
  const e = ms.pat.charCodeAt(p + 1);
  const start = s;
  let cont = 1;
  while (++s < end) {
    const c = src.charCodeAt(s);
    if (c === e) {
      if (--cont === 0) break;
    } else if (c === b) {
      cont++;
    }
  }
  ms.budget -= s - start;
  return s < end ? s + 1 : -1;
}

/** %1-%9: the text of capture `digit` again at s. */
function matchCapture(ms: MatchState, s: number, digit: number): number {
  const l = digit - 49; // '1'
  if (l < 0 || l >= ms.level || ms.capLen[l] === CAP_UNFINISHED) luaError(ms.L, 'invalid capture index');
  const len = ms.capLen[l];
  if (len < 0 || ms.srcEnd - s < len) return -1; // a position capture never matches
  const init = ms.capInit[l];
  const src = ms.src;
  for (let i = 0; i < len; i++) {
    if (src.charCodeAt(init + i) !== src.charCodeAt(s + i)) return -1;
  }
  return s + len;
}

/**
 * The byte that the rest of the pattern from index q must start with, or -1 if unknown: a literal
 * item that must match once, possibly behind captures opening and closing. Trying `*`, `+`, `-` only
 * where that byte is present skips attempts that would fail at once. Skipping a `(` or `)` is
 * safe only where it cannot raise an error; since a pattern is matched left to right without
 * alternatives, the captures open at q are the same on every try, so this is decided once.
 */
function followingLiteral(ms: MatchState, q: number): number {
  const pat = ms.pat;
  const pend = ms.patEnd;
  let level = ms.level;
  let open = 0;
  for (let l = 0; l < level; l++) if (ms.capLen[l] === CAP_UNFINISHED) open++;
  let c: number;
  for (;;) {
    if (q >= pend) return -1;
    c = pat.charCodeAt(q);
    if (c === 40) { // '('
      if (level >= MAXCAPTURES) return -1;
      level++;
      if (patAt(ms, q + 1) === 41) q += 2; // position capture
      else { open++; q++; }
    } else if (c === 41) { // ')'
      if (open === 0) return -1;
      open--;
      q++;
    } else {
      break;
    }
  }
  let next = q + 1;
  if (c === ESC) {
    c = patAt(ms, q + 1);
    if (CLASS_MASK[c] !== 0 || c === 98 || c === 102 || (c >= 48 && c <= 57) || c === 0) return -1;
    next = q + 2; // an escaped punctuation character is a literal
  } else if (c === 91 || c === 46 || (c === 36 && q + 1 === pend)) { // [ . final $
    return -1;
  }
  const quant = patAt(ms, next);
  return quant === 42 || quant === 63 || quant === 45 ? -1 : c;
}

function maxExpand(ms: MatchState, s: number, p: number, ep: number, depth: number): number {
  const src = ms.src;
  const pat = ms.pat;
  const end = ms.srcEnd;
  const i0 = s;
  let j = s; // the run of matching bytes is [s, j)
  const pc = pat.charCodeAt(p);
  if (pc === 46) { // '.'
    j = end;
  } else if (pc === ESC) {
    const cl = pat.charCodeAt(p + 1);
    const mask = CLASS_MASK[cl];
    if (mask === 0) {
      while (j < end && src.charCodeAt(j) === cl) j++;
    } else if (cl <= 90) { // complemented class
      while (j < end && (CTYPE[src.charCodeAt(j)] & mask) === 0) j++;
    } else {
      while (j < end && (CTYPE[src.charCodeAt(j)] & mask) !== 0) j++;
    }
  } else if (pc === 91) {
    while (j < end && matchBracketClass(pat, src.charCodeAt(j), p, ep - 1)) j++;
  } else {
    while (j < end && src.charCodeAt(j) === pc) j++;
  }
  let i = j - i0;
  ms.budget -= i;
  const lit = i > 0 ? followingLiteral(ms, ep + 1) : -1;
  // try the longest run first, then shorter ones
  for (; i >= 0; i--) {
    if (lit >= 0 && src.charCodeAt(s + i) !== lit) {
      if (--ms.budget < 0) nextSlice(ms);
      continue;
    }
    const res = doMatch(ms, s + i, ep + 1, depth + 1);
    if (res >= 0) return res;
  }
  return -1;
}

function minExpand(ms: MatchState, s: number, p: number, ep: number, depth: number): number {
  const src = ms.src;
  const pat = ms.pat;
  const lit = followingLiteral(ms, ep + 1);
  for (;;) {
    if (lit < 0 || src.charCodeAt(s) === lit) {
      const res = doMatch(ms, s, ep + 1, depth + 1);
      if (res >= 0) return res;
    } else if (--ms.budget < 0) {
      nextSlice(ms);
    }
    if (s < ms.srcEnd && singleMatch(pat, src.charCodeAt(s), p, ep)) s++;
    else return -1;
  }
}

function startCapture(ms: MatchState, s: number, p: number, what: number, depth: number): number {
  const level = ms.level;
  if (level >= MAXCAPTURES) luaError(ms.L, 'too many captures');
  ms.capInit[level] = s;
  ms.capLen[level] = what;
  ms.level = level + 1;
  const res = doMatch(ms, s, p, depth + 1);
  if (res < 0) ms.level--; // undo the capture
  return res;
}

function endCapture(ms: MatchState, s: number, p: number, depth: number): number {
  let l = ms.level - 1;
  while (l >= 0 && ms.capLen[l] !== CAP_UNFINISHED) l--;
  if (l < 0) luaError(ms.L, 'invalid pattern capture');
  ms.capLen[l] = s - ms.capInit[l];
  const res = doMatch(ms, s, p, depth + 1);
  if (res < 0) ms.capLen[l] = CAP_UNFINISHED; // undo the capture
  return res;
}

/** One matching attempt of the pattern from index p at subject index s: the end of the match or -1. */
export function matchAt(ms: MatchState, s: number, p: number): number {
  try {
    return doMatch(ms, s, p, 0);
  } catch (e) {
    if (e instanceof RangeError) tooComplex(ms); // the JS stack ran out first
    throw e;
  }
}

/**
 * Match the pattern from index p against the subject from index s; the end of the match, or -1.
 * (lstrlib's `match`.)
 */
function doMatch(ms: MatchState, s: number, p: number, depth: number): number {
  if (depth > MAX_DEPTH) tooComplex(ms);
  const pat = ms.pat;
  const pend = ms.patEnd;
  for (;;) {
    if (--ms.budget < 0) nextSlice(ms);
    if (p >= pend) return s; // end of pattern: success
    const pc = pat.charCodeAt(p);
    switch (pc) {
      case 40: // '('
        if (patAt(ms, p + 1) === 41) return startCapture(ms, s, p + 2, CAP_POSITION, depth);
        return startCapture(ms, s, p + 1, CAP_UNFINISHED, depth);
      case 41: // ')'
        return endCapture(ms, s, p + 1, depth);
      case 36: // '$'
        if (p + 1 === pend) return s === ms.srcEnd ? s : -1;
        break; // otherwise an ordinary character
      case ESC: {
        const nc = patAt(ms, p + 1);
        if (nc === 98) { // %b
          s = matchBalance(ms, s, p + 2);
          if (s < 0) return -1;
          p += 4;
          continue;
        }
        if (nc === 102) { // %f
          p += 2;
          if (patAt(ms, p) !== 91) luaError(ms.L, "missing '[' after '%f' in pattern");
          const ep = classEnd(ms, p);
          const prev = s === 0 ? 0 : ms.src.charCodeAt(s - 1);
          const cur = s < ms.srcEnd ? ms.src.charCodeAt(s) : 0;
          if (matchBracketClass(pat, prev, p, ep - 1) || !matchBracketClass(pat, cur, p, ep - 1)) return -1;
          p = ep;
          continue;
        }
        if (nc >= 48 && nc <= 57) { // %0-%9: back-reference
          s = matchCapture(ms, s, nc);
          if (s < 0) return -1;
          p += 2;
          continue;
        }
        break; // a class such as %a
      }
    }
    // A single-character class, possibly followed by a quantifier.
    const ep = classEnd(ms, p);
    const m = s < ms.srcEnd && singleMatch(pat, ms.src.charCodeAt(s), p, ep);
    switch (patAt(ms, ep)) {
      case 63: { // '?'
        if (m) {
          const res = doMatch(ms, s + 1, ep + 1, depth + 1);
          if (res >= 0) return res;
        }
        p = ep + 1;
        continue;
      }
      case 42: // '*'
        return maxExpand(ms, s, p, ep, depth);
      case 43: // '+'
        return m ? maxExpand(ms, s + 1, p, ep, depth) : -1;
      case 45: // '-'
        return minExpand(ms, s, p, ep, depth);
      default:
        if (!m) return -1;
        s++;
        p = ep;
    }
  }
}

// ---------------------------------------------------------------- where a match can start

/**
 * For an unanchored search, what a match must start with: its literal prefix (a string, found
 * with indexOf) or, when the first item is a single class that must match once, the set of bytes
 * it accepts (a 256-entry table); null when anything may start a match. Skipping the positions
 * that cannot start a match changes no result: the first item is looked at (and a malformed one
 * reported) by the first attempt in lstrlib too.
 */
export type StartFilter = string | Uint8Array | null;

const filterCache = new Map<string, StartFilter>();

function isQuantifier(c: number): boolean {
  return c === 42 || c === 63 || c === 45; // * ? - (which allow zero repetitions)
}

function computeFilter(ms: MatchState): StartFilter {
  const pat = ms.pat;
  const pend = ms.patEnd;
  // captures opening at the start consume nothing (and cannot fail: they are the first ones)
  let first = 0;
  while (first < pend && pat.charCodeAt(first) === 40) first++;
  if (first > MAXCAPTURES) return null;
  let i = first;
  while (i < pend) {
    const c = pat.charCodeAt(i);
    if (c === 40 || c === 41 || c === ESC || c === 91 || c === 46) break; // ( ) % [ .
    if (c === 36 && i + 1 === pend) break; // final $
    const q = patAt(ms, i + 1);
    if (isQuantifier(q)) break;
    i++;
    if (q === 43) break; // '+': one repetition is certain
  }
  if (i > first) return pat.slice(first, i);
  const c = patAt(ms, first);
  if (c !== 91 && c !== ESC) return null;
  if (c === ESC) {
    const nc = patAt(ms, first + 1);
    if (nc === 98 || nc === 102 || (nc >= 48 && nc <= 57)) return null; // %b %f %1
  }
  const ep = classEnd(ms, first);
  if (isQuantifier(patAt(ms, ep))) return null;
  const table = new Uint8Array(256);
  for (let b = 0; b < 256; b++) table[b] = singleMatch(pat, b, first, ep) ? 1 : 0;
  return table;
}

/** The start filter of the pattern being matched from index 0 (cached by pattern). */
export function startFilter(ms: MatchState): StartFilter {
  const pat = ms.pat;
  let f = filterCache.get(pat);
  if (f === undefined) {
    f = pat.charCodeAt(0) === 94 ? null : computeFilter(ms);
    if (filterCache.size >= 256) filterCache.clear();
    filterCache.set(pat, f);
  }
  return f;
}

/** The first position >= s where a match may start, or -1 when there is none. */
export function nextStart(ms: MatchState, f: StartFilter, s: number): number {
  if (f === null) return s;
  if (typeof f === 'string') return ms.src.indexOf(f, s);
  const src = ms.src;
  const end = ms.srcEnd;
  while (s < end && f[src.charCodeAt(s)] === 0) s++;
  return s < end ? s : -1;
}

/** Whether a pattern has none of lstrlib's SPECIALS "^$*+?.([%-" before its first NUL (then
 *  `find` searches for it plainly, whole, NULs included). */
export function isPlainPattern(pat: string): boolean {
  const n = pat.length;
  for (let i = 0; i < n; i++) {
    switch (pat.charCodeAt(i)) {
      case 0: return true;
      case 94: case 36: case 42: case 43: case 63: case 46: case 40: case 91: case 37: case 45:
        return false;
    }
  }
  return true;
}
