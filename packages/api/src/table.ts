/**
 * `LuaTable`: a Lua table seen from JS. The methods are Map-like and raw (no metamethods, like
 * rawget/rawset). Property access on any other name goes to Lua *with* metamethods, like `t.k` in
 * Lua — `lua.globals().string.lower('TEST')` — which needs a Proxy: the constructor returns one
 * around the instance.
 *
 * What the Proxy leaves alone: symbols, every name found on the instance or its prototype chain
 * (the methods below, `constructor`, Object.prototype's `toString`, `valueOf`, `hasOwnProperty`,
 * `__proto__`…) and `then` (always undefined, so `await t` never mistakes a table for a promise).
 * Internal state lives under symbol keys for the same reason. Property names that are canonical
 * numeric strings of finite numbers (`'1'`, `'2.5'`, `'-3'`) are number keys, as in JS arrays.
 *
 * `ownKeys` lists the table's string and number keys, so `Object.keys`, spreading and Node's
 * `util.inspect` show the table's contents.
 */
import { LuaTable as VmTable, type Userdata, type LuaValue } from '@lupa/vm';
import { Core, REF, CORE, INSPECT, attach, liveCore } from './core.js';
import { LuaError } from './errors.js';
import { toJS, toLua, encodeString, decodeText, resultsToJS } from './convert.js';
import { pcall } from './call.js';
import { tableToJS, type ToJSOptions } from './deep.js';

export class LuaTable {
  declare [REF]: VmTable;
  declare [CORE]: Core;
  /** Any other property name reads or writes the Lua key (with metamethods). */
  [key: string]: any;

  /** @internal Tables come from a LuaRuntime; they are never constructed by users. */
  constructor(core: Core, t: VmTable) {
    attach(this, t, core);
    return new Proxy(this, handler);
  }

  /** rawget(t, key) */
  get(key: unknown): any {
    const core = liveCore(this);
    return toJS(core, this[REF].get(toLua(core, key)));
  }

  /** rawset(t, key, value); `undefined` deletes. Returns the table. */
  set(key: unknown, value: unknown): this {
    const core = liveCore(this);
    rawSetChecked(this[REF], toLua(core, key), toLua(core, value));
    return this;
  }

  /** Whether rawget(t, key) is not nil. */
  has(key: unknown): boolean {
    const core = liveCore(this);
    return this[REF].get(toLua(core, key)) !== undefined;
  }

  /** Remove the key; returns whether it was there. */
  delete(key: unknown): boolean {
    const core = liveCore(this);
    const t = this[REF];
    const k = toLua(core, key);
    if (t.get(k) === undefined) return false;
    t.set(k, undefined);
    return true;
  }

  /** The raw length `#t` (a border). */
  get length(): number {
    liveCore(this);
    return this[REF].length();
  }

  /** [key, value] pairs in `next` order: the array part, then the rest. */
  *entries(): IterableIterator<[any, any]> {
    const core = liveCore(this);
    const t = this[REF];
    for (let i = 0; i < t.arr.length; i++) {
      const v = t.arr[i];
      if (v !== undefined) yield [i + 1, toJS(core, v)];
    }
    for (const [k, v] of t.hash) yield [toJS(core, k), toJS(core, v)];
  }

  *keys(): IterableIterator<any> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): IterableIterator<any> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): IterableIterator<[any, any]> {
    return this.entries();
  }

  /**
   * A plain JS copy: a 1..n sequence → array, an empty table → `{}`, only string/number keys →
   * object, otherwise a Map. `recursive` converts nested tables too, keeping shared and cyclic
   * references shared.
   */
  toJS(options?: ToJSOptions): unknown {
    const core = liveCore(this);
    return tableToJS(core, this[REF], options?.recursive === true);
  }

  /** `__tostring` when the metatable has one, else `<Lua table at 0x…>`. */
  toString(): string {
    return describe(liveCore(this), this[REF], 'table');
  }

  /** Node's console.log shows the contents (one level). */
  [INSPECT](depth: number, options: object, inspect: (v: unknown, o: object) => string): string {
    if (this[CORE].closed) return 'LuaTable <closed>';
    return 'LuaTable ' + inspect(this.toJS(), options);
  }
}

/** rawset with Lua's checks on the key, as LuaErrors. */
export function rawSetChecked(t: VmTable, k: LuaValue, v: LuaValue): void {
  if (k === undefined) throw new LuaError('table index is nil');
  if (k !== k) throw new LuaError('table index is NaN');
  t.set(k, v);
}

/** `tostring` of a table or userdata for JS: `__tostring`, else `<Lua kind at 0x…>`. */
export function describe(core: Core, v: VmTable | Userdata, kind: string): string {
  const mt = v.metatable;
  if (mt !== undefined && mt.get('__tostring') !== undefined) {
    const s = resultsToJS(core, pcall(core, core.helpers.tostring, [v]));
    return typeof s === 'string' ? s : String(s);
  }
  return `<Lua ${kind} at ${core.G.addressOf(v)}>`;
}

/** A property name as a Lua key: canonical numeric strings of finite numbers are numbers. */
export function propertyKey(core: Core, p: string): LuaValue {
  const c = p.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 45) {
    const n = Number(p);
    if (Number.isFinite(n) && String(n) === p) return n;
  }
  return encodeString(core, p);
}

function isMember(target: LuaTable, prop: string | symbol): boolean {
  return typeof prop === 'symbol' || prop in target;
}

const handler: ProxyHandler<LuaTable> = {
  get(target, prop, receiver) {
    if (isMember(target, prop)) return Reflect.get(target, prop, receiver);
    if (prop === 'then') return undefined;
    const core = liveCore(target);
    const t = target[REF];
    const key = propertyKey(core, prop as string);
    if (t.metatable === undefined) return toJS(core, t.get(key));
    return resultsToJS(core, pcall(core, core.helpers.index, [t, key]));
  },
  set(target, prop, value, receiver) {
    if (isMember(target, prop)) return Reflect.set(target, prop, value, receiver);
    const core = liveCore(target);
    const t = target[REF];
    const key = propertyKey(core, prop as string);
    const v = toLua(core, value);
    if (t.metatable === undefined) rawSetChecked(t, key, v);
    else pcall(core, core.helpers.setIndex, [t, key, v]);
    return true;
  },
  has(target, prop) {
    if (isMember(target, prop)) return true;
    const core = liveCore(target);
    return target[REF].get(propertyKey(core, prop as string)) !== undefined;
  },
  deleteProperty(target, prop) {
    if (isMember(target, prop)) return Reflect.deleteProperty(target, prop);
    const core = liveCore(target);
    target[REF].set(propertyKey(core, prop as string), undefined);
    return true;
  },
  ownKeys(target) {
    const core = target[CORE];
    if (core.closed) return [];
    const t = target[REF];
    const keys = new Set<string>();
    for (let i = 0; i < t.arr.length; i++) if (t.arr[i] !== undefined) keys.add(String(i + 1));
    for (const k of t.hash.keys()) {
      if (typeof k === 'string') keys.add(decodeText(core, k));
      else if (typeof k === 'number') keys.add(String(k));
    }
    return [...keys];
  },
  getOwnPropertyDescriptor(target, prop) {
    if (typeof prop === 'symbol') return Reflect.getOwnPropertyDescriptor(target, prop);
    const core = target[CORE];
    if (core.closed) return undefined;
    const v = target[REF].get(propertyKey(core, prop));
    if (v === undefined) return undefined;
    return { value: toJS(core, v), writable: true, enumerable: true, configurable: true };
  },
};

/** A Lua userdata that is not a JS object (newproxy(), io files…): opaque in JS. */
export class LuaUserdata {
  declare [REF]: Userdata;
  declare [CORE]: Core;

  /** @internal */
  constructor(core: Core, u: Userdata) {
    attach(this, u, core);
  }

  toString(): string {
    return describe(liveCore(this), this[REF], 'userdata');
  }
}
