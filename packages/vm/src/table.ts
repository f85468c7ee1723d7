/**
 * Lua tables: an array part and a hash part (ltable.c's design, JS's data structures).
 *
 * `arr[i]` holds t[i+1]. Invariant: the array part never ends in nil, and the key `arr.length+1`
 * is never in the hash (appending migrates the following integer keys from the hash), so
 * `arr.length` is always a border and `#t` is O(1). Holes inside the array part are stored as
 * undefined. The hash is a Map keyed by the Lua value itself (strings by value, objects by
 * identity, numbers by value — Map's SameValueZero makes 0 and -0 one key, as in Lua).
 *
 * Traversal (`next`) walks the array part, then the Map; the Map iterator of the last traversal is
 * cached so `pairs` loops are O(1) per step. Assigning nil deletes the key; deleting during a
 * traversal is safe (a JS Map iterator tolerates it), as Lua allows.
 *
 * A new table shares one empty Map (EMPTY_HASH) until its first hash insertion, so array-only
 * tables never allocate one. Every insertion into `hash` must go through `hashForWrite()`.
 *
 * Known difference from PUC Lua: the order of `pairs` over the hash part is insertion order, and
 * `#t` on a table with holes may pick another border than lua5.1 would.
 */
import type { LuaValue } from './value.js';
import { meter, charge, HASH_SLOT_BYTES, ARRAY_SLOT_BYTES, ARRAY_BASE_BYTES, MAP_BYTES } from './memory.js';

/** The hash part of every table that has not stored a hash key yet. Never written to. */
export const EMPTY_HASH: Map<LuaValue, LuaValue> = new Map();

export class LuaTable {
  arr: LuaValue[];
  hash: Map<LuaValue, LuaValue>;
  metatable: LuaTable | undefined;
  /** Cached traversal state for `next`. */
  private iterKey: LuaValue;
  private iter: Iterator<[LuaValue, LuaValue]> | null;

  constructor() {
    this.arr = [];
    this.hash = EMPTY_HASH;
    this.metatable = undefined;
    this.iterKey = undefined;
    this.iter = null;
  }

  /** Raw get (rawget). */
  get(key: LuaValue): LuaValue {
    if (typeof key === 'number') {
      const i = key - 1;
      if (i >= 0 && i < this.arr.length && (i | 0) === i) return this.arr[i];
      if (key !== key) return undefined;
    } else if (typeof key === 'string') {
      return this.hash.get(key);
    } else if (key === undefined) {
      return undefined;
    }
    return this.hash.get(key);
  }

  /** Raw get for an integer key (fast path for GETTABLE with numbers). */
  getInt(key: number): LuaValue {
    const i = key - 1;
    if (i >= 0 && i < this.arr.length) return this.arr[i];
    return this.hash.get(key);
  }

  getStr(key: string): LuaValue {
    return this.hash.get(key);
  }

  /** Raw set (rawset). The caller has checked that the key is not nil or NaN. */
  set(key: LuaValue, value: LuaValue): void {
    if (typeof key === 'number') {
      const i = key - 1;
      if ((i | 0) === i && i >= 0) {
        const arr = this.arr;
        const n = arr.length;
        if (i < n) {
          arr[i] = value;
          if (value === undefined && i === n - 1) this.trimArray();
          return;
        }
        if (i === n) {
          if (value === undefined) { this.hash.delete(key); return; }
          if (meter !== null) charge(n === 0 ? ARRAY_BASE_BYTES + ARRAY_SLOT_BYTES : ARRAY_SLOT_BYTES);
          arr.push(value);
          if (this.hash.size > 0) this.migrate();
          return;
        }
      }
    }
    if (value === undefined) this.hash.delete(key);
    else {
      if (meter !== null && !this.hash.has(key)) charge(HASH_SLOT_BYTES);
      this.hashForWrite().set(key, value);
    }
  }

  setStr(key: string, value: LuaValue): void {
    if (value === undefined) this.hash.delete(key);
    else {
      if (meter !== null && !this.hash.has(key)) charge(HASH_SLOT_BYTES);
      this.hashForWrite().set(key, value);
    }
  }

  /** The hash part, made private to this table on first write. */
  hashForWrite(): Map<LuaValue, LuaValue> {
    let h = this.hash;
    if (h === EMPTY_HASH) {
      if (meter !== null) charge(MAP_BYTES);
      h = this.hash = new Map();
    }
    return h;
  }

  /** The length operator without metamethods: a border. */
  length(): number {
    return this.arr.length;
  }

  /** Drop trailing nils from the array part. */
  private trimArray(): void {
    const arr = this.arr;
    let n = arr.length;
    while (n > 0 && arr[n - 1] === undefined) n--;
    arr.length = n;
  }

  /** Move t[n+1], t[n+2]… from the hash to the array part after an append. */
  private migrate(): void {
    const arr = this.arr;
    const hash = this.hash;
    for (;;) {
      const k = arr.length + 1;
      const v = hash.get(k);
      if (v === undefined) return;
      hash.delete(k);
      arr.push(v);
    }
  }

  /**
   * `next(t, key)`: the entry after `key` ([key, value]) or undefined at the end.
   * Throws 'invalid key' (the caller turns it into Lua's "invalid key to 'next'") for a key
   * that is not in the table.
   */
  next(key: LuaValue): [LuaValue, LuaValue] | undefined {
    const arr = this.arr;
    let i = 0;
    if (key === undefined) {
      i = 0;
    } else if (typeof key === 'number' && key >= 1 && key <= arr.length && Number.isInteger(key)) {
      i = key;
    } else {
      return this.nextInHash(key);
    }
    for (; i < arr.length; i++) {
      if (arr[i] !== undefined) return [i + 1, arr[i]];
    }
    return this.firstInHash();
  }

  private firstInHash(): [LuaValue, LuaValue] | undefined {
    const it = this.hash.entries();
    return this.advance(it);
  }

  private advance(it: Iterator<[LuaValue, LuaValue]>): [LuaValue, LuaValue] | undefined {
    const r = it.next();
    if (r.done) { this.iter = null; this.iterKey = undefined; return undefined; }
    this.iter = it;
    this.iterKey = r.value[0];
    return r.value;
  }

  private nextInHash(key: LuaValue): [LuaValue, LuaValue] | undefined {
    if (this.iter !== null && this.iterKey === key) return this.advance(this.iter);
    // Slow path: find the key, then continue after it.
    const it = this.hash.entries();
    for (;;) {
      const r = it.next();
      if (r.done) break;
      if (r.value[0] === key || (key !== key && r.value[0] !== r.value[0])) return this.advance(it);
    }
    throw new InvalidKeyError();
  }
}

export class InvalidKeyError extends Error {}
