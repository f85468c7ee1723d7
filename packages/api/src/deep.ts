/**
 * Whole-structure conversions: `tableFrom` (JS collections → a new Lua table) and
 * `LuaTable.toJS` (a Lua table → arrays, objects, Maps). Both take `recursive`, and both keep the
 * shape of the graph: a memo maps each visited container to its copy, registered *before* its
 * contents are converted, so shared references stay shared and cycles close on themselves.
 *
 * Keys are converted one level only (a table used as a key stays a LuaTable / a JS object used
 * as a key stays its userdata): deep-copying a key would make it a different key.
 */
import { LuaTable as VmTable, type LuaValue } from '@lupa/vm';
import { Core, REF, CORE, checkOwner } from './core.js';
import { toJS, toLua, decodeText } from './convert.js';
import { LuaTable } from './table.js';
import { propertyKey, rawSetChecked } from './table.js';

export interface ToJSOptions {
  recursive?: boolean;
}

function isPlainObject(o: unknown): o is Record<string, unknown> {
  if (typeof o !== 'object' || o === null) return false;
  const p = Object.getPrototypeOf(o);
  return p === Object.prototype || p === null;
}

/** The trailing `{ recursive }` argument of tableFrom, if that is what `o` is. */
function isOptions(o: unknown): o is ToJSOptions {
  if (!isPlainObject(o)) return false;
  const keys = Object.keys(o);
  return keys.length === 1 && keys[0] === 'recursive';
}

// ---------------------------------------------------------------- JS → Lua

class Builder {
  memo: Map<object, VmTable> | null;
  constructor(public core: Core, recursive: boolean) {
    this.memo = recursive ? new Map() : null;
  }

  /** A value: deep-converted when recursive and it is an array, plain object or Map. */
  value(v: unknown): LuaValue {
    if (this.memo !== null && typeof v === 'object' && v !== null
      && (Array.isArray(v) || v instanceof Map || isPlainObject(v))) {
      const seen = this.memo.get(v);
      if (seen !== undefined) return seen;
      const t = new VmTable();
      this.memo.set(v, t);
      this.fill(t, v, 1);
      return t;
    }
    return toLua(this.core, v);
  }

  /** Copy `src` into `t`; sequences continue at `next`; returns the next free index. */
  fill(t: VmTable, src: unknown, next: number): number {
    const core = this.core;
    if (src instanceof LuaTable) {
      checkOwner(core, src[CORE]);
      const from = src[REF];
      for (let i = 0; i < from.arr.length; i++) if (from.arr[i] !== undefined) t.set(i + 1, from.arr[i]);
      for (const [k, v] of from.hash) t.set(k, v);
      return next;
    }
    if (src instanceof Map) {
      for (const [k, v] of src) rawSetChecked(t, toLua(core, k), this.value(v));
      return next;
    }
    if (Array.isArray(src)) {
      for (let i = 0; i < src.length; i++) t.set(next++, this.value(src[i]));
      return next;
    }
    if (typeof src === 'string' || (typeof src === 'object' && src !== null && Symbol.iterator in src)) {
      for (const v of src as Iterable<unknown>) t.set(next++, this.value(v));
      return next;
    }
    if ((typeof src === 'object' && src !== null) || typeof src === 'function') {
      for (const k of Object.keys(src)) t.set(propertyKey(core, k), this.value((src as Record<string, unknown>)[k]));
      return next;
    }
    throw new TypeError(`tableFrom() cannot take ${src === null ? 'null' : typeof src} as a source`);
  }
}

/** `lua.tableFrom(...sources, { recursive? })`. */
export function tableFrom(core: Core, args: unknown[]): VmTable {
  let n = args.length;
  let recursive = false;
  if (n > 0 && isOptions(args[n - 1])) {
    recursive = (args[n - 1] as ToJSOptions).recursive === true;
    n--;
  }
  const b = new Builder(core, recursive);
  const t = new VmTable();
  let next = 1;
  for (let i = 0; i < n; i++) next = b.fill(t, args[i], next);
  return t;
}

// ---------------------------------------------------------------- Lua → JS

const enum Shape { EMPTY, ARRAY, OBJECT, MAP }

function shapeOf(t: VmTable): Shape {
  let count = 0;
  let max = 0;
  let allInts = true;
  let textKeys = true;
  for (let i = 0; i < t.arr.length; i++) {
    if (t.arr[i] === undefined) continue;
    count++;
    if (i + 1 > max) max = i + 1;
  }
  for (const k of t.hash.keys()) {
    count++;
    if (typeof k === 'number') {
      if (Number.isInteger(k) && k >= 1) { if (k > max) max = k; } else allInts = false;
    } else {
      allInts = false;
      if (typeof k !== 'string') textKeys = false;
    }
  }
  if (count === 0) return Shape.EMPTY;
  if (allInts && max === count) return Shape.ARRAY;
  return textKeys ? Shape.OBJECT : Shape.MAP;
}

/** Set `o[key] = v` even for the key `__proto__`. */
function setOwn(o: Record<string, unknown>, key: string, v: unknown): void {
  if (key === '__proto__') Object.defineProperty(o, key, { value: v, writable: true, enumerable: true, configurable: true });
  else o[key] = v;
}

export function tableToJS(core: Core, t: VmTable, recursive: boolean): unknown {
  return convertTable(core, t, recursive ? new Map() : null);
}

function convertTable(core: Core, t: VmTable, memo: Map<VmTable, unknown> | null): unknown {
  const value = (v: LuaValue): unknown =>
    memo !== null && v instanceof VmTable ? (memo.get(v) ?? convertTable(core, v, memo)) : toJS(core, v);
  const entries = (): Iterable<[LuaValue, LuaValue]> => tableEntries(t);
  switch (shapeOf(t)) {
    case Shape.ARRAY: {
      const out: unknown[] = new Array(t.arr.length);
      memo?.set(t, out);
      for (const [k, v] of entries()) out[(k as number) - 1] = value(v);
      return out;
    }
    case Shape.MAP: {
      const out = new Map<unknown, unknown>();
      memo?.set(t, out);
      for (const [k, v] of entries()) out.set(toJS(core, k), value(v));
      return out;
    }
    default: {
      const out: Record<string, unknown> = {};
      memo?.set(t, out);
      for (const [k, v] of entries()) {
        setOwn(out, typeof k === 'number' ? String(k) : decodeText(core, k as string), value(v));
      }
      return out;
    }
  }
}

/** Raw entries of a VM table in `next` order. */
export function* tableEntries(t: VmTable): IterableIterator<[LuaValue, LuaValue]> {
  for (let i = 0; i < t.arr.length; i++) if (t.arr[i] !== undefined) yield [i + 1, t.arr[i]];
  yield* t.hash;
}
