/**
 * The private side of a LuaRuntime: the VM state and everything the bridge keeps per runtime.
 *
 * Identity is kept in both directions with WeakMaps keyed by the object of the other side:
 *   - `wrappers`: VM object (LuaTable, Closure, Thread, Userdata…) → its one JS wrapper, so
 *     `lua.globals() === lua.globals()`;
 *   - `userdatas`: JS object → its one Userdata, so a JS object is the same value inside Lua
 *     (and works as a table key).
 * A WeakMap entry lives as long as its key, and the value (which points back at the key) does
 * not keep the key alive, so neither map leaks: when both sides are unreachable both go.
 *
 * Every wrapper holds its VM object under `REF` and its Core under `CORE` (symbol-keyed, so they
 * can never collide with Lua keys read through a LuaTable's Proxy); `checkOwner` uses them for
 * "cannot mix objects from different Lua runtimes" and "runtime is closed".
 */
import {
  createState, type GlobalState, type LuaValue, type Userdata, type NativeFunction, type Thread, type LuaTable as VmTable,
} from '@lupa/vm';
import { LuaError, CLOSED, MIXED } from './errors.js';
import type { Encoding } from './encoding.js';

export const REF = Symbol('lupa.ref');
export const CORE = Symbol('lupa.core');

export type AttributeFilter = (obj: any, name: any, isSetting: boolean) => any;
export type AttributeGetter = (obj: any, name: any) => unknown;
export type AttributeSetter = (obj: any, name: any, value: unknown) => void;

/** The options the Core needs, already validated by LuaRuntime. */
export interface CoreConfig {
  encoding: Encoding;
  strict: boolean;
  unpackReturnedTuples: boolean;
  attributeFilter: AttributeFilter | null;
  getter: AttributeGetter | null;
  setter: AttributeSetter | null;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** The libraries to open (VM names, `js` excluded; validated by the runtime). */
  libraries: readonly string[];
  /** The `limits` option, or null. */
  limits: CallLimits | null;
}

/** The `limits` option: a budget per call from JS. */
export interface CallLimits {
  instructions: number | undefined;
  timeoutMs: number | undefined;
}

/** The metatables of JS objects inside Lua, one set per runtime (see jsobject.ts). */
export interface ObjectMetas {
  /** Plain objects: attribute protocol. */
  object: VmTable;
  /** Functions and classes: attribute protocol and __call. */
  func: VmTable;
  /** Arrays and typed arrays: 0-based items, properties by name, __len. */
  array: VmTable;
  /** Maps: get/set/delete. */
  map: VmTable;
  /** js.as_attrgetter / asAttrGetter. */
  attr: VmTable;
  /** js.as_itemgetter / asItemGetter. */
  item: VmTable;
  /** `obj.method`: a function remembered with its receiver. */
  method: VmTable;
  /** `js.null`. */
  null: VmTable;
}

/** The value of a method userdata: calling it calls `fn` with `this = self`. */
export class BoundMethod {
  constructor(public self: unknown, public fn: Function) {}
}

export class Core {
  G: GlobalState;
  closed: boolean;
  encoding: Encoding;
  strict: boolean;
  unpackReturnedTuples: boolean;
  attributeFilter: AttributeFilter | null;
  getter: AttributeGetter | null;
  setter: AttributeSetter | null;
  /** VM object → JS wrapper. */
  wrappers: WeakMap<object, object>;
  /** JS object → Userdata, per protocol (auto, forced attribute, forced item). */
  userdatas: WeakMap<object, Userdata>;
  attrUserdatas: WeakMap<object, Userdata>;
  itemUserdatas: WeakMap<object, Userdata>;
  /** Symbols cannot be WeakMap keys everywhere; there are few of them. */
  symbolUserdatas: Map<symbol, Userdata>;
  /** receiver → (function → its method userdata), so `obj.f == obj.f` holds in Lua. */
  methods: WeakMap<object, Map<Function, Userdata>>;
  /** js.as_function results → the JS function they call (so it comes back as itself). */
  asFunctionOrigin: WeakMap<NativeFunction, Function>;
  asFunctions: WeakMap<object, NativeFunction>;
  metas: ObjectMetas;
  /** All of `metas`, to recognise our userdata. */
  metaSet: Set<VmTable>;
  nullUserdata: Userdata;
  /** Native helpers the JS side calls in protected mode (index, newindex, tostring). */
  helpers: { index: NativeFunction; setIndex: NativeFunction; tostring: NativeFunction };
  /** Protected calls (call.ts): the message handler that takes tracebacks. */
  handler: NativeFunction;
  /** The calls from JS in progress, innermost last, as pairs: thread, its depth at entry. */
  entries: (Thread | number)[];
  /** The last error seen by the handler, with its traceback. */
  traced: { value: LuaValue; traceback: string } | null;
  /** The budget of each outermost call from JS (limits.ts), or null. */
  limits: CallLimits | null;
  /** Countdown of JS callback returns to the next budget check (jsobject.ts `afterCallback`). */
  callbackChecks: number;
  /** Whether chunks may be binary (only with the debug library; sandbox.ts). */
  binaryChunks: boolean;
  /** Whether Lua is kept away from JS properties that lead to constructors (sandbox.ts). */
  guardProperties: boolean;

  constructor(config: CoreConfig) {
    this.G = createState({ stdout: config.stdout, stderr: config.stderr, libraries: config.libraries });
    this.closed = false;
    this.encoding = config.encoding;
    this.strict = config.strict;
    this.unpackReturnedTuples = config.unpackReturnedTuples;
    this.attributeFilter = config.attributeFilter;
    this.getter = config.getter;
    this.setter = config.setter;
    this.wrappers = new WeakMap();
    this.userdatas = new WeakMap();
    this.attrUserdatas = new WeakMap();
    this.itemUserdatas = new WeakMap();
    this.symbolUserdatas = new Map();
    this.methods = new WeakMap();
    this.asFunctionOrigin = new WeakMap();
    this.asFunctions = new WeakMap();
    // Set by jsobject.ts / call.ts right after construction (they need the Core).
    this.metas = undefined as unknown as ObjectMetas;
    this.metaSet = new Set();
    this.nullUserdata = undefined as unknown as Userdata;
    this.helpers = undefined as unknown as Core['helpers'];
    this.handler = undefined as unknown as NativeFunction;
    this.entries = [];
    this.traced = null;
    this.limits = config.limits;
    this.callbackChecks = 64;
    this.binaryChunks = true;
    this.guardProperties = false;
  }

  /** Release the VM state; later use throws `runtime is closed`. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.wrappers = new WeakMap();
    this.userdatas = new WeakMap();
    this.attrUserdatas = new WeakMap();
    this.itemUserdatas = new WeakMap();
    this.symbolUserdatas.clear();
    this.methods = new WeakMap();
    this.asFunctions = new WeakMap();
    this.G = undefined as unknown as GlobalState;
  }
}

export function closedError(): LuaError {
  return new LuaError(CLOSED);
}

/** Check that a wrapper of `owner` may be used in `core`: same runtime, still open. */
export function checkOwner(core: Core, owner: Core): void {
  if (owner !== core) throw new LuaError(MIXED);
  if (core.closed) throw closedError();
}

/** The Core of a wrapper, checked to be open. */
export function liveCore(w: { [CORE]: Core }): Core {
  const core = w[CORE];
  if (core.closed) throw closedError();
  return core;
}

/** Attach a wrapper's VM object and Core, hidden from enumeration and inspection. */
export function attach(w: object, ref: unknown, core: Core): void {
  Object.defineProperty(w, REF, { value: ref, writable: false, enumerable: false, configurable: true });
  Object.defineProperty(w, CORE, { value: core, writable: false, enumerable: false, configurable: true });
}

/** Node's util.inspect hook (a registered symbol, so no import of node:util is needed). */
export const INSPECT = Symbol.for('nodejs.util.inspect.custom');
