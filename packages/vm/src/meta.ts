/**
 * Metatables and the metamethod-aware operations (ltm.c + the slow paths of lvm.c).
 *
 * The synchronous versions here (`index`, `setIndex`, `arith`, `lessThan`, `tostring`…) are for
 * natives and the API: they call metamethods through `call` (a nested, non-yieldable loop). The
 * interpreter uses its own resumable path for Lua-function metamethods (interp.ts) and these
 * helpers only for the lookups and the errors.
 */
import { LuaTable } from './table.js';
import { Closure, NativeFunction, Userdata, type LuaValue } from './value.js';
import { Thread, type GlobalState } from './state.js';
import { numberToString, str2number } from './number.js';
import { LuaError } from './errors.js';
import { callSync as call } from './interp.js';
import { luaPow as exactPow, arith as foldArith } from './compiler/fold.js';
import { Op } from './opcodes.js';
import { runError, typeErrorFor } from './debug.js';

export function typeName(v: LuaValue): string {
  switch (typeof v) {
    case 'undefined': return 'nil';
    case 'boolean': return 'boolean';
    case 'number': return 'number';
    case 'string': return 'string';
  }
  if (v instanceof LuaTable) return 'table';
  if (v instanceof Closure || v instanceof NativeFunction) return 'function';
  if (v instanceof Thread) return 'thread';
  return 'userdata';
}

export function isFunction(v: LuaValue): v is Closure | NativeFunction {
  return v instanceof Closure || v instanceof NativeFunction;
}

export function getMetatable(G: GlobalState, v: LuaValue): LuaTable | undefined {
  if (v instanceof LuaTable) return v.metatable;
  if (typeof v === 'string') return G.stringMeta;
  if (v instanceof Userdata) return v.metatable;
  if (G.typeMetas.size === 0) return undefined;
  return G.typeMetas.get(typeName(v));
}

/** The metamethod `event` of v, or undefined. */
export function metaOf(G: GlobalState, v: LuaValue, event: string): LuaValue {
  const mt = getMetatable(G, v);
  return mt === undefined ? undefined : mt.getStr(event);
}

/** Raw tostring (no metamethods): what `tostring` prints without `__tostring`. */
export function tostr(G: GlobalState, v: LuaValue): string {
  switch (typeof v) {
    case 'undefined': return 'nil';
    case 'boolean': return v ? 'true' : 'false';
    case 'number': return numberToString(v);
    case 'string': return v;
  }
  return typeName(v) + ': ' + G.addressOf(v as object);
}

/** Number coercion for arithmetic: numbers and numeric strings. */
export function toNumber(v: LuaValue): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return str2number(v);
  return undefined;
}

export function truthy(v: LuaValue): boolean {
  return v !== undefined && v !== false;
}

// ---------------------------------------------------------------- arithmetic

/** Arithmetic events, in lvm.c's Arith order (ORDER TM). */
export const enum ArithOp { ADD = 0, SUB = 1, MUL = 2, DIV = 3, MOD = 4, POW = 5, UNM = 6 }
export const arithEvents = ['__add', '__sub', '__mul', '__div', '__mod', '__pow', '__unm'];

export function luaMod(a: number, b: number): number {
  return a - Math.floor(a / b) * b;
}

/** C's pow (glibc, correctly rounded): squares are exact products; other integer exponents go
 *  through the compiler's exact computation (fold.ts), the rest through Math.pow. */
export function luaPow(a: number, b: number): number {
  if (b === 2) return a * a;
  return exactPow(a, b);
}

/** Numeric arithmetic for an ArithOp (ORDER: ArithOp + Op.ADD is the opcode; fold.ts computes). */
export function arithNumbers(op: ArithOp, a: number, b: number): number {
  return foldArith(op + Op.ADD, a, b);
}

/** The arithmetic metamethod for (a, b): a's, else b's. */
export function arithMeta(G: GlobalState, a: LuaValue, b: LuaValue, op: ArithOp): LuaValue {
  const ev = arithEvents[op];
  const h = metaOf(G, a, ev);
  return h !== undefined ? h : metaOf(G, b, ev);
}

/** Synchronous arithmetic with metamethods (for natives/API). */
export function arith(L: Thread, op: ArithOp, a: LuaValue, b: LuaValue): LuaValue {
  const x = toNumber(a), y = toNumber(b);
  if (x !== undefined && y !== undefined) return arithNumbers(op, x, y);
  const h = arithMeta(L.G, a, b, op);
  if (h === undefined) throw arithError(L, a, b, -1, -1);
  return call(L, h, [a, b])[0];
}

/** luaG_aritherror: names the first operand that is not a number. */
export function arithError(L: Thread, a: LuaValue, b: LuaValue, regA: number, regB: number): LuaError {
  if (toNumber(a) === undefined) return typeErrorFor(L, a, regA, 'perform arithmetic on');
  return typeErrorFor(L, b, regB, 'perform arithmetic on');
}

// ---------------------------------------------------------------- comparison

/** The comparison metamethod of `event` when a and b share it (luaT_getcomptm / get_compTM). */
export function compareMeta(G: GlobalState, a: LuaValue, b: LuaValue, event: string): LuaValue {
  const h1 = metaOf(G, a, event);
  if (h1 === undefined) return undefined;
  const h2 = metaOf(G, b, event);
  return h1 === h2 ? h1 : undefined;
}

export function orderError(L: Thread, a: LuaValue, b: LuaValue): LuaError {
  const t1 = typeName(a), t2 = typeName(b);
  if (t1 === t2) return runError(L, `attempt to compare two ${t1} values`);
  return runError(L, `attempt to compare ${t1} with ${t2}`);
}

export function lessThan(L: Thread, a: LuaValue, b: LuaValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  if (typeName(a) === typeName(b)) {
    const h = compareMeta(L.G, a, b, '__lt');
    if (h !== undefined) return truthy(call(L, h, [a, b])[0]);
  }
  throw orderError(L, a, b);
}

export function lessEqual(L: Thread, a: LuaValue, b: LuaValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  if (typeof a === 'string' && typeof b === 'string') return a <= b;
  if (typeName(a) === typeName(b)) {
    let h = compareMeta(L.G, a, b, '__le');
    if (h !== undefined) return truthy(call(L, h, [a, b])[0]);
    h = compareMeta(L.G, b, a, '__lt');
    if (h !== undefined) return !truthy(call(L, h, [b, a])[0]);
  }
  throw orderError(L, a, b);
}

/** The __eq metamethod applying to a == b (same type, tables or userdata, not raw-equal), or undefined. */
export function eqMeta(G: GlobalState, a: LuaValue, b: LuaValue): LuaValue {
  if (a instanceof LuaTable && b instanceof LuaTable) return compareMeta(G, a, b, '__eq');
  if (a instanceof Userdata && b instanceof Userdata) return compareMeta(G, a, b, '__eq');
  return undefined;
}

export function equals(L: Thread, a: LuaValue, b: LuaValue): boolean {
  if (a === b) return true;
  const h = eqMeta(L.G, a, b);
  if (h === undefined) return false;
  return truthy(call(L, h, [a, b])[0]);
}

// ---------------------------------------------------------------- indexing

export const MAXTAGLOOP = 100;

/** t[k] with __index (luaV_gettable), synchronous. */
export function index(L: Thread, t: LuaValue, k: LuaValue): LuaValue {
  for (let loop = 0; loop < MAXTAGLOOP; loop++) {
    let h: LuaValue;
    if (t instanceof LuaTable) {
      const v = t.get(k);
      if (v !== undefined) return v;
      const mt = t.metatable;
      if (mt === undefined) return undefined;
      h = mt.getStr('__index');
      if (h === undefined) return undefined;
    } else {
      h = metaOf(L.G, t, '__index');
      if (h === undefined) throw typeErrorFor(L, t, -1, 'index');
    }
    if (isFunction(h)) return call(L, h, [t, k])[0];
    t = h;
  }
  throw runError(L, 'loop in gettable');
}

/** t[k] = v with __newindex (luaV_settable), synchronous. */
export function setIndex(L: Thread, t: LuaValue, k: LuaValue, v: LuaValue): void {
  for (let loop = 0; loop < MAXTAGLOOP; loop++) {
    let h: LuaValue;
    if (t instanceof LuaTable) {
      if (k === undefined || k !== k) rawSet(L, t, k, v); // luaH_set rejects the key before __newindex
      const mt = t.metatable;
      if (mt === undefined || t.get(k) !== undefined || (h = mt.getStr('__newindex')) === undefined) {
        rawSet(L, t, k, v);
        return;
      }
    } else {
      h = metaOf(L.G, t, '__newindex');
      if (h === undefined) throw typeErrorFor(L, t, -1, 'index');
    }
    if (isFunction(h)) { call(L, h, [t, k, v]); return; }
    t = h;
  }
  throw runError(L, 'loop in settable');
}

/** rawset with Lua's key checks. */
export function rawSet(L: Thread, t: LuaTable, k: LuaValue, v: LuaValue): void {
  if (typeof k === 'number') {
    if (k !== k) throw runError(L, 'table index is NaN');
  } else if (k === undefined) {
    throw runError(L, 'table index is nil');
  }
  t.set(k, v);
}

// ---------------------------------------------------------------- tostring, length, concat

/** `tostring(v)` with __tostring, synchronous. */
export function tostring(L: Thread, v: LuaValue): LuaValue {
  const h = metaOf(L.G, v, '__tostring');
  if (h !== undefined) return call(L, h, [v])[0];
  return tostr(L.G, v);
}

/** `#v` with __len for non-tables, synchronous. */
export function len(L: Thread, v: LuaValue): LuaValue {
  if (typeof v === 'string') return v.length;
  if (v instanceof LuaTable) return v.length();
  const h = metaOf(L.G, v, '__len');
  if (h === undefined) throw typeErrorFor(L, v, -1, 'get length of');
  return call(L, h, [v])[0];
}

/** Concatenation of two values with __concat, synchronous. */
export function concat2(L: Thread, a: LuaValue, b: LuaValue): LuaValue {
  if ((typeof a === 'string' || typeof a === 'number') && (typeof b === 'string' || typeof b === 'number')) {
    return (typeof a === 'number' ? numberToString(a) : a) + (typeof b === 'number' ? numberToString(b) : b);
  }
  let h = metaOf(L.G, a, '__concat');
  if (h === undefined) h = metaOf(L.G, b, '__concat');
  if (h === undefined) throw concatError(L, a, b, -1, -1);
  return call(L, h, [a, b])[0];
}

export function concatError(L: Thread, a: LuaValue, b: LuaValue, regA: number, regB: number): LuaError {
  if (typeof a === 'string' || typeof a === 'number') return typeErrorFor(L, b, regB, 'concatenate');
  return typeErrorFor(L, a, regA, 'concatenate');
}
