/**
 * Converting single values between JS and Lua — the only place that does (STYLE: the API is a
 * thin façade; internal packages never see a JS value they did not make).
 *
 *   JS → Lua: undefined/null → nil; booleans, numbers as themselves; strings encoded (UTF-8);
 *   Uint8Array → byte string; bigint → number when exact; a wrapper of this runtime → its Lua
 *   object; asAttrGetter/asItemGetter markers → a userdata with that protocol; anything else →
 *   the object's one userdata (jsobject.ts gives it its behaviour).
 *
 *   Lua → JS: nil → undefined; strings decoded (or Uint8Array under `encoding: null`); our
 *   userdata → the JS object itself; tables, functions, coroutines, other userdata → their one
 *   wrapper (created on first sight).
 *
 * The switch on `typeof` comes first so numbers, booleans and ASCII strings — the common case on
 * the call path — cost a branch and no allocation.
 */
import {
  Closure, NativeFunction, Thread, Userdata, LuaTable as VmTable, type LuaValue,
} from '@lupa/vm';
import { Core, BoundMethod, REF, CORE, checkOwner } from './core.js';
import { encodeUtf8, encodeLatin1, decodeUtf8, byteString, bytesOf } from './encoding.js';
import { LuaTable, LuaUserdata } from './table.js';
import { wrapFunction } from './function.js';
import { wrapCoroutine } from './coroutine.js';
import { ProtocolWrapper, Protocol } from './protocol.js';

export function toLua(core: Core, v: unknown): LuaValue {
  switch (typeof v) {
    case 'number':
    case 'boolean':
    case 'undefined':
      return v as LuaValue;
    case 'string':
      return core.encoding === 'latin-1' ? encodeLatin1(v) : encodeUtf8(v);
    case 'object':
      return v === null ? undefined : objectToLua(core, v);
    case 'function':
      return functionToLua(core, v);
    case 'bigint':
      return bigintToLua(v);
    default:
      return symbolToLua(core, v as symbol);
  }
}

/** A Lua string from JS text: UTF-8 always (also under `encoding: null`), latin-1 when chosen. */
export function encodeString(core: Core, s: string): string {
  return core.encoding === 'latin-1' ? encodeLatin1(s) : encodeUtf8(s);
}

function bigintToLua(v: bigint): number {
  const n = Number(v);
  if (BigInt(n) !== v) throw new RangeError(`bigint ${v} cannot be represented exactly as a Lua number`);
  return n;
}

function objectToLua(core: Core, o: object): LuaValue {
  const ref = (o as { [REF]?: LuaValue })[REF];
  if (ref !== undefined) {
    checkOwner(core, (o as { [CORE]: Core })[CORE]);
    return ref;
  }
  if (o instanceof Uint8Array) return byteString(o);
  if (o instanceof ProtocolWrapper) return protocolUserdata(core, o.obj, o.protocol);
  return userdataFor(core, o);
}

function functionToLua(core: Core, f: Function): LuaValue {
  const ref = (f as { [REF]?: LuaValue })[REF];
  if (ref !== undefined) {
    checkOwner(core, (f as unknown as { [CORE]: Core })[CORE]);
    return ref;
  }
  return userdataFor(core, f);
}

function symbolToLua(core: Core, s: symbol): LuaValue {
  let ud = core.symbolUserdatas.get(s);
  if (ud === undefined) {
    ud = new Userdata(s, core.metas.object, undefined);
    core.symbolUserdatas.set(s, ud);
  }
  return ud;
}

/** The one userdata of a JS object (auto protocol), made on first use. */
export function userdataFor(core: Core, o: object): Userdata {
  let ud = core.userdatas.get(o);
  if (ud === undefined) {
    ud = new Userdata(o, metaFor(core, o), undefined);
    core.userdatas.set(o, ud);
  }
  return ud;
}

function metaFor(core: Core, o: object): VmTable {
  const m = core.metas;
  if (typeof o === 'function') return m.func;
  if (Array.isArray(o) || (ArrayBuffer.isView(o) && !(o instanceof DataView))) return m.array;
  if (o instanceof Map) return m.map;
  return m.object;
}

/** The userdata of `o` with a forced protocol (one per object and protocol). */
export function protocolUserdata(core: Core, o: unknown, protocol: Protocol): LuaValue {
  if (typeof o !== 'object' && typeof o !== 'function') return toLua(core, o);
  if (o === null) return undefined;
  const cache = protocol === Protocol.ATTR ? core.attrUserdatas : core.itemUserdatas;
  let ud = cache.get(o);
  if (ud === undefined) {
    ud = new Userdata(o, protocol === Protocol.ATTR ? core.metas.attr : core.metas.item, undefined);
    cache.set(o, ud);
  }
  return ud;
}

/** The method userdata for `self.fn`: the same one for the same receiver and function. */
export function methodUserdata(core: Core, self: object, fn: Function): Userdata {
  let byFn = core.methods.get(self);
  if (byFn === undefined) {
    byFn = new Map();
    core.methods.set(self, byFn);
  }
  let ud = byFn.get(fn);
  if (ud === undefined) {
    ud = new Userdata(new BoundMethod(self, fn), core.metas.method, undefined);
    byFn.set(fn, ud);
  }
  return ud;
}

// ---------------------------------------------------------------- Lua → JS

export function toJS(core: Core, v: LuaValue): unknown {
  switch (typeof v) {
    case 'string':
      return decodeString(core, v);
    case 'object':
      return objectToJS(core, v as object);
    default:
      return v;
  }
}

export function decodeString(core: Core, s: string): string | Uint8Array {
  const e = core.encoding;
  if (e === 'utf-8') return decodeUtf8(s, core.strict);
  if (e === null) return bytesOf(s);
  return s;
}

/** Text for a Lua string where JS needs text (property names, object keys, messages). */
export function decodeText(core: Core, s: string): string {
  return core.encoding === 'latin-1' ? s : decodeUtf8(s, false);
}

function objectToJS(core: Core, v: object): unknown {
  if (v instanceof Userdata) {
    const mt = v.metatable;
    if (mt !== undefined && core.metaSet.has(mt)) {
      if (mt === core.metas.method) return (v.value as BoundMethod).fn;
      if (mt === core.metas.null) return null;
      return v.value;
    }
  }
  const w = core.wrappers.get(v);
  if (w !== undefined) return w;
  return wrap(core, v);
}

function wrap(core: Core, v: object): unknown {
  let w: object;
  if (v instanceof VmTable) w = new LuaTable(core, v);
  else if (v instanceof Closure) w = wrapFunction(core, v);
  else if (v instanceof NativeFunction) {
    const origin = core.asFunctionOrigin.get(v);
    if (origin !== undefined) return origin;
    w = wrapFunction(core, v);
  } else if (v instanceof Thread) w = wrapCoroutine(core, v, v.body, []);
  else if (v instanceof Userdata) w = new LuaUserdata(core, v);
  else return v; // a JS value travelling as a Lua error value
  core.wrappers.set(v, w);
  return w;
}

/** Results of a call: none → undefined, one → the value, several → an array. */
export function resultsToJS(core: Core, values: LuaValue[]): unknown {
  const n = values.length;
  if (n === 0) return undefined;
  if (n === 1) return toJS(core, values[0]);
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) out[i] = toJS(core, values[i]);
  return out;
}

/** Convert JS arguments in place (the rest array is ours) and return it as Lua values. */
export function argsToLua(core: Core, args: unknown[]): LuaValue[] {
  for (let i = 0; i < args.length; i++) args[i] = toLua(core, args[i]);
  return args as LuaValue[];
}
