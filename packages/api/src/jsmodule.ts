/**
 * The `js` library inside Lua (also `require 'js'`): lupa's `python` module for JavaScript.
 *
 *   js.null                 a truthy userdata that arrives in JS as `null` (nil is `undefined`)
 *   js.eval(code)           indirect eval of JS code (only with `registerEval`)
 *   js.global               globalThis (only with `registerBuiltins`)
 *   js.new(C, ...)          `new C(...)`
 *   js.typeof(v)            JS `typeof` of the value as JS would see it
 *   js.instanceof(v, C)     `v instanceof C`
 *   js.as_attrgetter(o)     o indexed by property
 *   js.as_itemgetter(o)     o indexed as a collection
 *   js.as_function(o)       a real Lua function calling o (for table.sort, gsub, coroutine.create…)
 *   js.iter(o)              JS iteration in a generic `for`
 *   js.iterex(o)            the same, array items unpacked into the loop variables
 *   js.enumerate(o [, s])   (index, item) pairs, the index starting at s (default 0)
 *   js.await(v)             suspend the async call until v settles (async.ts)
 *
 * The generic `for` stops at a nil first value, so a JS iteration that produces
 * `undefined`/`null` as its first loop value gives `js.null` instead.
 */
import {
  NativeFunction, Userdata, LuaTable as VmTable, typeName, isFunction, registerLib, argError, luaError, awaitPromise,
  makeNative as native, type LuaValue, type NativeResult, type Thread,
} from '@lupa/vm';
import { Core } from './core.js';
import { toJS, toLua, decodeText, protocolUserdata } from './convert.js';
import { Protocol } from './protocol.js';
import { jsValue, callJS, guard, jsString } from './jsobject.js';
import { luaException } from './call.js';

export interface JsModuleOptions {
  registerEval: boolean;
  registerBuiltins: boolean;
}

export function openJsModule(core: Core, options: JsModuleOptions): void {
  const L = core.G.mainThread;
  const nullUd = core.nullUserdata;
  /** A first loop value must not be nil. */
  const first = (v: unknown): LuaValue => (v === undefined || v === null ? nullUd : toLua(core, v));

  /** The JS object behind argument `n`, or a Lua argument error. */
  const jsArg = (L: Thread, args: LuaValue[], n: number, what = 'JS object'): any => {
    const v = args[n - 1];
    const o = jsValue(core, v);
    if ((typeof o === 'object' && o !== null) || typeof o === 'function') {
      if (o === v) argError(L, n, `${what} expected, got ${typeName(v)}`);
      return o;
    }
    argError(L, n, `${what} expected, got ${args.length < n ? 'no value' : typeName(v)}`);
  };

  const iterator = (it: Iterator<unknown>, step: (v: unknown) => NativeResult): NativeFunction =>
    native('iterator', () => {
      let r: IteratorResult<unknown>;
      try { r = it.next(); } catch (e) { throw luaException(core, e); }
      return r.done ? [] : step(r.value);
    });

  const iterOf = (L: Thread, args: LuaValue[]): Iterator<unknown> => {
    const o = toJS(core, args[0]) as any;
    if (o === undefined || o === null || typeof o[Symbol.iterator] !== 'function') {
      luaError(L, `bad argument #1 to 'iter' (iterable expected, got ${jsString(o === null ? 'null' : typeof o)})`);
    }
    return guard(core, () => o[Symbol.iterator]());
  };

  const funcs: Record<string, (L: Thread, args: LuaValue[]) => NativeResult> = {
    new(L, args) {
      const C = jsArg(L, args, 1, 'JS constructor');
      return guard(core, () => {
        const a = new Array<unknown>(args.length - 1);
        for (let i = 1; i < args.length; i++) a[i - 1] = toJS(core, args[i]);
        return toLua(core, Reflect.construct(C, a));
      });
    },
    typeof(L, args) {
      return toLua(core, typeof toJS(core, args[0]));
    },
    instanceof(L, args) {
      const v = toJS(core, args[0]);
      const C = toJS(core, args[1]);
      return guard(core, () => (v as object) instanceof (C as Function));
    },
    as_attrgetter(L, args) {
      return protocolUserdata(core, jsArg(L, args, 1), Protocol.ATTR);
    },
    as_itemgetter(L, args) {
      return protocolUserdata(core, jsArg(L, args, 1), Protocol.ITEM);
    },
    as_function(L, args) {
      const v = args[0];
      if (isFunction(v)) return v;
      return asFunction(core, jsArg(L, args, 1, 'JS function'));
    },
    iter(L, args) {
      const it = iterOf(L, args);
      return iterator(it, first);
    },
    iterex(L, args) {
      const it = iterOf(L, args);
      return iterator(it, (v) => {
        if (!Array.isArray(v)) return first(v);
        if (v.length === 0) return nullUd;
        const out = new Array<LuaValue>(v.length);
        out[0] = first(v[0]);
        for (let i = 1; i < v.length; i++) out[i] = toLua(core, v[i]);
        return out;
      });
    },
    await(L, args) {
      // undefined in `awaiting` would read as a plain yield: await a resolved promise instead.
      const v = toJS(core, args[0]);
      return awaitPromise(L, v === undefined ? Promise.resolve(v) : v);
    },
    enumerate(L, args) {
      const it = iterOf(L, args);
      const s = args[1];
      let i = typeof s === 'number' ? s : 0;
      return iterator(it, (v) => [i++, toLua(core, v)]);
    },
  };
  if (options.registerEval) {
    funcs.eval = (L, args) => {
      const code = args[0];
      if (typeof code !== 'string') argError(L, 1, `string expected, got ${typeName(code)}`);
      return guard(core, () => toLua(core, (0, eval)(decodeText(core, code))));
    };
  }
  const lib = registerLib(L, 'js', funcs);
  lib.set('null', nullUd);
  if (options.registerBuiltins) lib.set('global', toLua(core, globalThis));
}

/** The Lua function calling the JS function `f` (one per function, so it is `==` to itself). */
export function asFunction(core: Core, f: any): NativeFunction {
  let fn = core.asFunctions.get(f);
  if (fn === undefined) {
    fn = native('as_function', (L, a) => callJS(core, f, undefined, a, 0));
    fn.env = core.G.globals;
    core.asFunctions.set(f, fn);
    core.asFunctionOrigin.set(fn, f);
  }
  return fn;
}

/**
 * `coroutine.create` and `coroutine.wrap` take JS functions too (API.md's extension): a callable
 * JS userdata as the body is replaced by its `js.as_function` before the library sees it.
 */
export function acceptJsFunctions(core: Core): void {
  const co = core.G.globals.get('coroutine');
  if (!(co instanceof VmTable)) return;
  for (const name of ['create', 'wrap']) {
    const orig = co.get(name);
    if (!(orig instanceof NativeFunction) || orig.fn === null) continue;
    const body = orig.fn;
    orig.fn = (L, args) => {
      const a0 = args[0];
      if (a0 instanceof Userdata) {
        const f = jsValue(core, a0);
        if (typeof f === 'function') args[0] = asFunction(core, f);
      }
      return body(L, args);
    };
  }
}
