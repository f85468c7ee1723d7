/**
 * JS objects inside Lua: each is a Userdata whose metatable (one set per runtime) implements
 * Lua's indexing, assignment, calls, `tostring`, `#` and `==` on the JS object.
 *
 * Lua has one indexing operation and JS two kinds of "key" (properties, collection items), so the
 * metatable is chosen by the object's kind when its userdata is made:
 *   object    properties (`o.k`, `o[k]` → `obj[k]`)
 *   func      properties, and `__call` (this = undefined)
 *   array     integer keys → 0-based elements (Arrays, typed arrays), names → properties, `__len`
 *   map       `m[k]` → `get(k)`, `m[k] = v` → `set(k, v)`, `m[k] = nil` → `delete(k)`; a name
 *             that is not a key of the Map but names one of its methods reads as that method,
 *             so `m:set(k, v)` and `m:keys()` work
 *   attr/item the forced protocols of js.as_attrgetter / js.as_itemgetter
 *   method    what `obj.f` gives for a function-valued property: it remembers `obj`, so both
 *             `obj.f(a)` and `obj:f(a)` call `f` with `this = obj` and arguments `(a)` — a first
 *             argument that is `obj` itself is taken to be the `self` of a `:` call and dropped.
 * Arithmetic, comparison, concatenation have no metamethods, so Lua raises its own errors
 * ("attempt to perform arithmetic on a userdata value"). `__eq` compares the JS values, so the
 * attribute-forced view of an object equals the object. `__metatable` is false: Lua code cannot
 * reach or change these metatables.
 *
 * attributeFilter sees every property access (not array elements or Map entries) and returns the
 * name to use; attributeHandlers replace every index and assignment. When Lua has neither
 * `js.eval` nor `js.global` (a sandbox, sandbox.ts), the names that lead from any object to its
 * realm's constructors — and so to `Function`, i.e. to eval — are refused (`GUARDED`). Whatever user code throws
 * (filters, handlers, getters, called functions) travels through Lua as its userdata (call.ts).
 */
import {
  NativeFunction, Userdata, LuaTable as VmTable, LuaAbort, LuaError as VmError, luaError, where, checkLimits, makeNative as native,
  type LuaValue, type NativeResult,
} from '@lupa/vm';
import { Core, BoundMethod, type ObjectMetas } from './core.js';
import { CLOSED } from './errors.js';
import { toLua, toJS, decodeText, methodUserdata } from './convert.js';
import { luaException } from './call.js';

/** The JS value behind one of our userdata (a method is its function). */
function jsValue(core: Core, v: LuaValue): unknown {
  if (v instanceof Userdata && v.metatable !== undefined && core.metaSet.has(v.metatable)) {
    return v.value instanceof BoundMethod ? v.value.fn : v.value;
  }
  return v;
}

export function jsString(v: unknown): string {
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

function isArrayLike(o: unknown): o is ArrayLike<unknown> & Record<number, unknown> {
  return Array.isArray(o) || (ArrayBuffer.isView(o) && !(o instanceof DataView));
}

/** A Lua key as a JS property name: strings as text, anything else converted. */
function propName(core: Core, key: LuaValue): any {
  return typeof key === 'string' ? decodeText(core, key) : toJS(core, key);
}

function checkOpen(core: Core): void {
  if (core.closed) throw new LuaAbort(CLOSED, 'closed');
}

/** Run user code; an exception becomes the value Lua sees. */
function guard<T>(core: Core, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw luaException(core, e);
  }
}

// ---------------------------------------------------------------- the protocols

/**
 * Property names a sandbox may not read or write: from any object they reach `Function`
 * (`o.constructor.constructor('return process')()`), a prototype shared by the whole realm, or
 * the caller of a sloppy-mode function.
 */
const GUARDED = new Set([
  'constructor', 'prototype', '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__',
  '__lookupSetter__', 'caller', 'callee', 'arguments',
]);

/** Refuse a guarded property name (only when `core.guardProperties`). */
function guardName(core: Core, name: unknown): void {
  if (typeof name === 'string' && GUARDED.has(name)) {
    throw new VmError(where(core.G.current, 1) + `JS property '${name}' is not accessible from this runtime`);
  }
}

function getAttr(core: Core, obj: any, key: LuaValue): LuaValue {
  let name = propName(core, key);
  if (core.guardProperties) guardName(core, name);
  if (core.getter !== null) return toLua(core, core.getter(obj, name));
  if (core.attributeFilter !== null) name = core.attributeFilter(obj, name, false);
  if (core.guardProperties) guardName(core, name);
  const v = obj[name];
  if (typeof v === 'function' && (typeof obj === 'object' || typeof obj === 'function') && obj !== null) {
    return methodUserdata(core, obj, v);
  }
  return toLua(core, v);
}

function setAttr(core: Core, obj: any, key: LuaValue, value: LuaValue): void {
  let name = propName(core, key);
  if (core.guardProperties) guardName(core, name);
  const v = toJS(core, value);
  if (core.setter !== null) { core.setter(obj, name, v); return; }
  if (core.attributeFilter !== null) name = core.attributeFilter(obj, name, true);
  if (core.guardProperties) guardName(core, name);
  obj[name] = v;
}

function getItem(core: Core, obj: any, key: LuaValue, strictItems: boolean): LuaValue {
  if (core.getter !== null) {
    const name = propName(core, key);
    if (core.guardProperties) guardName(core, name);
    return toLua(core, core.getter(obj, name));
  }
  if (obj instanceof Map) {
    const k = propName(core, key);
    if (!strictItems && typeof k === 'string' && !obj.has(k) && typeof (obj as any)[k] === 'function') {
      return getAttr(core, obj, key);
    }
    return toLua(core, obj.get(k));
  }
  if (isArrayLike(obj)) {
    if (typeof key === 'number') return Number.isInteger(key) ? toLua(core, obj[key]) : undefined;
    if (strictItems) return undefined;
  }
  return getAttr(core, obj, key);
}

function setItem(core: Core, obj: any, key: LuaValue, value: LuaValue, strictItems: boolean): void {
  if (core.setter !== null) {
    const name = propName(core, key);
    if (core.guardProperties) guardName(core, name);
    core.setter(obj, name, toJS(core, value));
    return;
  }
  if (obj instanceof Map) {
    const k = propName(core, key);
    if (value === undefined) obj.delete(k);
    else obj.set(k, toJS(core, value));
    return;
  }
  if (isArrayLike(obj)) {
    if (typeof key === 'number' && Number.isInteger(key)) { obj[key] = toJS(core, value); return; }
    if (strictItems) throw new TypeError(`array index must be an integer, got ${jsString(propName(core, key))}`);
  }
  setAttr(core, obj, key, value);
}

const apply = Reflect.apply;

/** Callback returns between two looks at the budget (and the clock) on the way back to Lua. */
const CALLBACK_CHECKS = 64;

/**
 * Back from a JS callback: if it closed the runtime, end the whole call. Under `limits`: an abort
 * the callback caught and swallowed left the budget at 0 — raise it again; and every
 * CALLBACK_CHECKS returns, check the budget, so time spent in callbacks is noticed even when Lua
 * runs few instructions between them (limits.ts).
 */
function afterCallback(core: Core): void {
  if (core.closed) throw new LuaAbort(CLOSED, 'closed'); // the callback closed the runtime
  const G = core.G;
  if (G.limits === null) return;
  if (G.budget <= 0 || --core.callbackChecks <= 0) {
    core.callbackChecks = CALLBACK_CHECKS;
    checkLimits(G.current);
  }
}

/**
 * Call `f` with `this = self` and the Lua arguments `args[from..]`. Small arities are spread
 * into a fresh literal array (cheaper than trimming the VM's array in place).
 */
function callJS(core: Core, f: unknown, self: unknown, args: LuaValue[], from: number): NativeResult {
  checkOpen(core);
  try {
    let r: unknown;
    switch (args.length - from) {
      case 0: r = apply(f as Function, self, []); break;
      case 1: r = apply(f as Function, self, [toJS(core, args[from])]); break;
      case 2: r = apply(f as Function, self, [toJS(core, args[from]), toJS(core, args[from + 1])]); break;
      default: {
        const n = args.length - from;
        const a = new Array<unknown>(n);
        for (let i = 0; i < n; i++) a[i] = toJS(core, args[from + i]);
        r = apply(f as Function, self, a);
      }
    }
    afterCallback(core);
    if (core.unpackReturnedTuples && Array.isArray(r)) {
      const out = new Array<LuaValue>(r.length);
      for (let i = 0; i < r.length; i++) out[i] = toLua(core, r[i]);
      return out;
    }
    return toLua(core, r);
  } catch (e) {
    throw luaException(core, e);
  }
}

// ---------------------------------------------------------------- the metatables

export function installObjectMetas(core: Core): void {
  const value = (args: LuaValue[]): any => (args[0] as Userdata).value;

  const tostring = native('__tostring', (L, args) => toLua(core, jsString(jsValue(core, args[0]))));
  const eq = native('__eq', (L, args) => jsValue(core, args[0]) === jsValue(core, args[1]));

  // Each accessor is written out (no shared wrapper closure) to keep the index path allocation-free.
  const attrIndex = native('__index', (L, args) => {
    checkOpen(core);
    try { return getAttr(core, value(args), args[1]); } catch (e) { throw luaException(core, e); }
  });
  const attrNewIndex = native('__newindex', (L, args) => {
    checkOpen(core);
    try { setAttr(core, value(args), args[1], args[2]); } catch (e) { throw luaException(core, e); }
    return [];
  });
  const autoIndex = native('__index', (L, args) => {
    checkOpen(core);
    try { return getItem(core, value(args), args[1], false); } catch (e) { throw luaException(core, e); }
  });
  const autoNewIndex = native('__newindex', (L, args) => {
    checkOpen(core);
    try { setItem(core, value(args), args[1], args[2], false); } catch (e) { throw luaException(core, e); }
    return [];
  });
  const itemIndex = native('__index', (L, args) => {
    checkOpen(core);
    try { return getItem(core, value(args), args[1], true); } catch (e) { throw luaException(core, e); }
  });
  const itemNewIndex = native('__newindex', (L, args) => {
    checkOpen(core);
    try { setItem(core, value(args), args[1], args[2], true); } catch (e) { throw luaException(core, e); }
    return [];
  });
  const len = native('__len', (L, args) => value(args).length);
  const forcedLen = native('__len', (L, args) => {
    const o = value(args);
    if (!isArrayLike(o)) luaError(L, 'attempt to get length of a userdata value');
    return o.length;
  });
  const call = native('__call', (L, args) => callJS(core, value(args), undefined, args, 1));
  const forcedCall = native('__call', (L, args) => {
    const f = value(args);
    if (typeof f !== 'function') luaError(L, 'attempt to call a userdata value');
    return callJS(core, f, undefined, args, 1);
  });
  const methodCall = native('__call', (L, args) => {
    const m = value(args) as BoundMethod;
    const a1 = args[1];
    const isSelf = a1 instanceof Userdata && a1.value === m.self && a1.metatable !== undefined && core.metaSet.has(a1.metatable);
    return callJS(core, m.fn, m.self, args, isSelf ? 2 : 1);
  });
  const methodIndex = native('__index', (L, args) => {
    checkOpen(core);
    try { return getAttr(core, (value(args) as BoundMethod).fn, args[1]); } catch (e) { throw luaException(core, e); }
  });
  const methodNewIndex = native('__newindex', (L, args) => {
    checkOpen(core);
    try { setAttr(core, (value(args) as BoundMethod).fn, args[1], args[2]); } catch (e) { throw luaException(core, e); }
    return [];
  });
  const nullToString = native('__tostring', () => 'null');

  const meta = (entries: Record<string, NativeFunction>): VmTable => {
    const t = new VmTable();
    for (const k of Object.keys(entries)) t.set(k, entries[k]);
    t.set('__metatable', false);
    core.metaSet.add(t);
    return t;
  };
  const metas: ObjectMetas = {
    object: meta({ __index: attrIndex, __newindex: attrNewIndex, __tostring: tostring, __eq: eq }),
    func: meta({ __index: attrIndex, __newindex: attrNewIndex, __call: call, __tostring: tostring, __eq: eq }),
    array: meta({ __index: autoIndex, __newindex: autoNewIndex, __len: len, __tostring: tostring, __eq: eq }),
    map: meta({ __index: autoIndex, __newindex: autoNewIndex, __tostring: tostring, __eq: eq }),
    attr: meta({ __index: attrIndex, __newindex: attrNewIndex, __call: forcedCall, __tostring: tostring, __eq: eq }),
    item: meta({
      __index: itemIndex, __newindex: itemNewIndex, __call: forcedCall, __len: forcedLen, __tostring: tostring, __eq: eq,
    }),
    method: meta({ __index: methodIndex, __newindex: methodNewIndex, __call: methodCall, __tostring: tostring, __eq: eq }),
    null: meta({ __tostring: nullToString }),
  };
  core.metas = metas;
  core.nullUserdata = new Userdata(null, metas.null, undefined);
}

/** The JS function or callable object behind a Lua value, for js.as_function / js.new. */
export function callableOf(core: Core, v: LuaValue): Function | null {
  const o = jsValue(core, v);
  return typeof o === 'function' ? o : null;
}

export { jsValue, callJS, guard, checkOpen };
