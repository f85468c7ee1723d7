/**
 * `LuaFunction`: a Lua function as a real JS function.
 *
 * The wrapper is a plain closure whose prototype is set to `LuaFunction.prototype` (so
 * `instanceof`, `.coroutine()` and `.call`/`.apply` all work): calling it is an ordinary JS call,
 * no Proxy on the hot path. The rest-parameter array is converted in place and handed to the VM
 * as the argument list, so a call allocates nothing of its own beyond what the VM needs.
 * `this` is ignored, as in lupa.
 */
import type { Closure, NativeFunction } from '@lupa/vm';
import { Core, REF, CORE, attach, liveCore } from './core.js';
import { argsToLua, resultsToJS } from './convert.js';
import { pcall } from './call.js';
import type { LuaCoroutine } from './coroutine.js';
import { newCoroutine } from './coroutine.js';
import { runAsync } from './async.js';

export interface LuaFunction {
  /** Call the Lua function: no result → undefined, one → the value, several → an array. */
  (...args: any[]): any;
}

export class LuaFunction extends Function {
  declare [REF]: Closure | NativeFunction;
  declare [CORE]: Core;

  /** @internal Functions come from a LuaRuntime; they are never constructed by users. */
  private constructor() {
    super();
    throw new TypeError('LuaFunction cannot be constructed');
  }

  /** A new coroutine running this function with `args` (started by the first `next()`). */
  coroutine(...args: any[]): LuaCoroutine {
    const core = liveCore(this);
    return newCoroutine(core, this[REF], argsToLua(core, args));
  }

  /** Call the function as an async call (`js.await` works inside); a Promise of the results. */
  callAsync(...args: any[]): Promise<any> {
    const core = this[CORE];
    const fn = this[REF];
    return runAsync(core, () => ({ fn, args: argsToLua(core, args) }));
  }

  /** `<Lua function at 0x…>` */
  override toString(): string {
    const core = liveCore(this);
    return `<Lua function at ${core.G.addressOf(this[REF])}>`;
  }
}

export function wrapFunction(core: Core, fn: Closure | NativeFunction): LuaFunction {
  const w = function luaFunction(...args: unknown[]): unknown {
    return resultsToJS(core, pcall(core, fn, argsToLua(core, args)));
  } as unknown as LuaFunction;
  Object.setPrototypeOf(w, LuaFunction.prototype);
  attach(w, fn, core);
  return w;
}
