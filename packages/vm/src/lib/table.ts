/**
 * The table library (ltablib.c): concat insert remove sort maxn getn setn foreach foreachi.
 *
 * Every access is raw (lua_rawgeti/lua_rawseti) and `#` is the raw border, as in 5.1. The common
 * cases work on the array part (`t.arr`) directly; they keep LuaTable's invariants (the array part
 * never ends in nil, and appending goes through `set` so keys waiting in the hash migrate).
 *
 * Sorting is 5.1's quicksort (auxsort: Sedgewick's, median of three, the smaller half first), not
 * a JS sort: with an inconsistent comparator, equal keys or NaNs, the resulting order — and whether
 * "invalid order function for sorting" is raised, and which comparisons a comparator sees — must
 * be lua5.1's. It is written twice:
 *  - `sortArray`, a plain function over the array part, when there is no comparator and every
 *    element is a number (or every one a string): `<` cannot fail or call anything then;
 *  - `sortTable`, a generator over the table, for everything else. A comparator is called with
 *    `yield` (a CallRequest), so coroutines may yield inside it; without one, `lessThan` compares
 *    (with __lt, and the error for mixed types, raised after the same partial work as lua5.1).
 * C recursion on the smaller half becomes an explicit stack of pending larger halves, which
 * visits the ranges in the same order.
 */
import { meter, charge, stringBytes } from '../memory.js';
import { LuaTable, InvalidKeyError } from '../table.js';
import { CallRequest, type LuaValue, type NativeResult } from '../value.js';
import type { Thread } from '../state.js';
import { LuaError } from '../errors.js';
import { numberToString } from '../number.js';
import { lessThan, truthy, typeName } from '../meta.js';
import { checkInteger, checkTable, checkType, luaError, optString, registerLib } from './aux.js';

type Resumable = Generator<CallRequest, NativeResult, LuaValue[]>;

/** luaL_checkint: a lua_Integer narrowed to C's int. */
function checkInt(L: Thread, args: LuaValue[], narg: number): number {
  return checkInteger(L, args, narg) | 0;
}

function optInt(L: Thread, args: LuaValue[], narg: number, def: number): number {
  return args[narg - 1] === undefined ? def : checkInt(L, args, narg);
}

/** aux_getn: the table argument and its raw length. */
function tableAndLength(L: Thread, args: LuaValue[]): [LuaTable, number] {
  const t = checkTable(L, args, 1);
  return [t, t.length()];
}

// ---------------------------------------------------------------- concat

function fieldString(L: Thread, v: LuaValue, i: number): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToString(v);
  luaError(L, `invalid value (${typeName(v)}) at index ${i} in table for 'concat'`);
}

/** table.concat(t [, sep [, i [, j]]]) */
function concat(L: Thread, args: LuaValue[]): NativeResult {
  const sep = optString(L, args, 2, '');
  const t = checkTable(L, args, 1);
  const first = optInt(L, args, 3, 1);
  const last = args[3] === undefined ? t.length() : checkInt(L, args, 4);
  if (first > last) return '';
  const parts: string[] = [];
  const arr = t.arr;
  for (let i = first; i <= last; i++) {
    const v = i >= 1 && i <= arr.length ? arr[i - 1] : t.getInt(i);
    parts.push(typeof v === 'string' ? v : fieldString(L, v, i));
  }
  const out = parts.join(sep);
  if (meter !== null) charge(stringBytes(out.length));
  return out;
}

// ---------------------------------------------------------------- insert, remove

/** table.insert(t, [pos,] v) */
function insert(L: Thread, args: LuaValue[]): NativeResult {
  const t = checkTable(L, args, 1);
  let e = t.length() + 1; // first empty element
  let pos: number;
  let v: LuaValue;
  switch (args.length) {
    case 2:
      pos = e;
      v = args[1];
      break;
    case 3: {
      pos = checkInt(L, args, 2);
      v = args[2];
      if (pos > e) e = pos; // 'grow' the array if necessary
      const arr = t.arr;
      if (pos >= 1 && pos < e && e === arr.length + 1 && t.hash.size === 0) {
        // Inside the array part, nothing in the hash to migrate: a splice (not copyWithin,
        // which V8 runs element by element).
        if (pos === 1) arr.unshift(v);
        else arr.splice(pos - 1, 0, v);
        return [];
      }
      for (let i = e; i > pos; i--) t.set(i, t.getInt(i - 1));
      break;
    }
    default:
      luaError(L, "wrong number of arguments to 'insert'");
  }
  t.set(pos, v);
  return [];
}

/** table.remove(t [, pos]) */
function remove(L: Thread, args: LuaValue[]): NativeResult {
  const t = checkTable(L, args, 1);
  const e = t.length();
  const pos = optInt(L, args, 2, e);
  if (!(1 <= pos && pos <= e)) return []; // nothing to remove
  // e is the array part's length (LuaTable keeps #t == arr.length), so 1..e is all in `arr`.
  const arr = t.arr;
  const v = arr[pos - 1];
  if (pos === e) t.set(e, undefined); // trims any nils now ending the array part
  else if (pos === 1) arr.shift();
  else arr.splice(pos - 1, 1); // the last element stays the (non-nil) last
  return v;
}

// ---------------------------------------------------------------- maxn, getn, setn

/** table.maxn(t): the largest positive numeric key (0 if none). */
function maxn(L: Thread, args: LuaValue[]): NativeResult {
  const t = checkTable(L, args, 1);
  let max = t.arr.length; // the array part never ends in nil
  for (const k of t.hash.keys()) {
    if (typeof k === 'number' && k > max) max = k;
  }
  return max;
}

function getn(L: Thread, args: LuaValue[]): NativeResult {
  return tableAndLength(L, args)[1];
}

function setn(L: Thread, args: LuaValue[]): NativeResult {
  checkTable(L, args, 1);
  luaError(L, "'setn' is obsolete");
}

// ---------------------------------------------------------------- foreach, foreachi

function* foreachi(L: Thread, args: LuaValue[]): Resumable {
  const [t, n] = tableAndLength(L, args);
  const f = checkType(L, args, 2, 'function');
  for (let i = 1; i <= n; i++) {
    const r = (yield new CallRequest(f, [i, t.getInt(i)]))[0];
    if (r !== undefined) return r;
  }
  return [];
}

function* foreach(L: Thread, args: LuaValue[]): Resumable {
  const t = checkTable(L, args, 1);
  const f = checkType(L, args, 2, 'function');
  let key: LuaValue = undefined;
  for (;;) {
    let entry: [LuaValue, LuaValue] | undefined;
    try {
      entry = t.next(key);
    } catch (e) {
      if (e instanceof InvalidKeyError) throw new LuaError("invalid key to 'next'");
      throw e;
    }
    if (entry === undefined) return [];
    key = entry[0];
    const r = (yield new CallRequest(f, [entry[0], entry[1]]))[0];
    if (r !== undefined) return r;
  }
}

// ---------------------------------------------------------------- sort

const INVALID_ORDER = 'invalid order function for sorting';

/**
 * auxsort on the array part, 1-based indices l..u mapped to a[l-1..u-1]. Only for numbers-only
 * or strings-only arrays: `<` is then total on the values met, so the scans cannot leave [l, u]
 * (the guards are kept anyway, as in the table version).
 */
function sortArray(L: Thread, a: LuaValue[], lo: number, hi: number): void {
  const pending: number[] = [];
  let l = lo, u = hi;
  for (;;) {
    while (l < u) {
      // sort a[l], a[(l+u)/2] and a[u]
      let x = a[l - 1] as number, y = a[u - 1] as number;
      if (y < x) { a[l - 1] = y; a[u - 1] = x; }
      if (u - l === 1) break; // only 2 elements
      let i = (l + u) >>> 1;
      x = a[i - 1] as number; y = a[l - 1] as number;
      if (x < y) { a[i - 1] = y; a[l - 1] = x; }
      else {
        y = a[u - 1] as number;
        if (y < x) { a[i - 1] = y; a[u - 1] = x; }
      }
      if (u - l === 2) break; // only 3 elements
      const P = a[i - 1] as number;
      a[i - 1] = a[u - 2]; a[u - 2] = P;
      // a[l] <= P == a[u-1] <= a[u]: only l+1..u-2 remain
      i = l;
      let j = u - 1;
      for (;;) {
        while ((a[++i - 1] as number) < P) { if (i > u) luaError(L, INVALID_ORDER); }
        while (P < (a[--j - 1] as number)) { if (j < l) luaError(L, INVALID_ORDER); }
        if (j < i) break;
        const t = a[i - 1]; a[i - 1] = a[j - 1]; a[j - 1] = t;
      }
      a[u - 2] = a[i - 1]; a[i - 1] = P;
      // the smaller half now; the larger one later
      if (i - l < u - i) { pending.push(i + 1, u); u = i - 1; }
      else { pending.push(l, i - 1); l = i + 1; }
    }
    if (pending.length === 0) return;
    u = pending.pop()!;
    l = pending.pop()!;
  }
}

/** auxsort on the table itself, comparing with `cmp` (through the interpreter) or `lessThan`. */
function* sortTable(L: Thread, t: LuaTable, lo: number, hi: number, cmp: LuaValue): Resumable {
  const req = new CallRequest(cmp, [undefined, undefined]);
  const useCmp = cmp !== undefined;
  const pending: number[] = [];
  let l = lo, u = hi;
  for (;;) {
    while (l < u) {
      let x = t.getInt(l), y = t.getInt(u);
      // a[u] < a[l]?
      let lt: boolean;
      if (useCmp) { req.args[0] = y; req.args[1] = x; lt = truthy((yield req)[0]); } else lt = lessThan(L, y, x);
      if (lt) { t.set(l, y); t.set(u, x); }
      if (u - l === 1) break;
      let i = (l + u) >>> 1;
      x = t.getInt(i); y = t.getInt(l);
      // a[i] < a[l]?
      if (useCmp) { req.args[0] = x; req.args[1] = y; lt = truthy((yield req)[0]); } else lt = lessThan(L, x, y);
      if (lt) { t.set(i, y); t.set(l, x); }
      else {
        y = t.getInt(u);
        // a[u] < a[i]?
        if (useCmp) { req.args[0] = y; req.args[1] = x; lt = truthy((yield req)[0]); } else lt = lessThan(L, y, x);
        if (lt) { t.set(i, y); t.set(u, x); }
      }
      if (u - l === 2) break;
      const P = t.getInt(i);
      t.set(i, t.getInt(u - 1));
      t.set(u - 1, P);
      i = l;
      let j = u - 1;
      for (;;) {
        // repeat ++i until a[i] >= P
        for (;;) {
          const v = t.getInt(++i);
          if (useCmp) { req.args[0] = v; req.args[1] = P; lt = truthy((yield req)[0]); } else lt = lessThan(L, v, P);
          if (!lt) break;
          if (i > u) luaError(L, INVALID_ORDER);
        }
        // repeat --j until a[j] <= P
        for (;;) {
          const v = t.getInt(--j);
          if (useCmp) { req.args[0] = P; req.args[1] = v; lt = truthy((yield req)[0]); } else lt = lessThan(L, P, v);
          if (!lt) break;
          if (j < l) luaError(L, INVALID_ORDER);
        }
        if (j < i) break;
        const vi = t.getInt(i), vj = t.getInt(j);
        t.set(i, vj);
        t.set(j, vi);
      }
      const vu = t.getInt(u - 1), vi = t.getInt(i);
      t.set(u - 1, vi);
      t.set(i, vu);
      if (i - l < u - i) { pending.push(i + 1, u); u = i - 1; }
      else { pending.push(l, i - 1); l = i + 1; }
    }
    if (pending.length === 0) return [];
    u = pending.pop()!;
    l = pending.pop()!;
  }
}

/** Whether the first n elements of the array part are all numbers, or all strings. */
function uniformKeys(a: LuaValue[], n: number): boolean {
  if (n === 0) return true;
  const kind = typeof a[0];
  if (kind !== 'number' && kind !== 'string') return false;
  for (let i = 1; i < n; i++) if (typeof a[i] !== kind) return false;
  return true;
}

function* nothing(): Resumable {
  return [];
}

/** table.sort(t [, comp]): returns the generator doing the work (no yield* layer per comparison). */
function sort(L: Thread, args: LuaValue[]): Generator<CallRequest, NativeResult, LuaValue[]> {
  const [t, n] = tableAndLength(L, args);
  const cmp = args[1];
  if (cmp !== undefined) checkType(L, args, 2, 'function');
  if (cmp === undefined && uniformKeys(t.arr, n)) {
    sortArray(L, t.arr, 1, n);
    return nothing();
  }
  return sortTable(L, t, 1, n, cmp);
}

export function openTable(L: Thread): void {
  registerLib(L, 'table', {
    concat,
    foreach: { resumable: foreach },
    foreachi: { resumable: foreachi },
    getn,
    maxn,
    insert,
    remove,
    setn,
    sort: { resumable: sort },
  });
}
