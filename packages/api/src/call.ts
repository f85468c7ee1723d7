/**
 * Calling Lua from JS in protected mode, and errors crossing the boundary in both directions.
 *
 * JS → Lua. Every call from JS runs under an *entry frame*: a resumable native that installs a
 * message handler on its own CallInfo and then asks the interpreter to call the target. The VM
 * runs a frame's handler at the point of the error, before unwinding, which is the only moment
 * a traceback can be taken (lua.c's docall does the same with debug.traceback). The handler
 * returns the error value unchanged and leaves the traceback in `core.traced`, a side channel
 * read as soon as the error reaches JS — so a Lua `coroutine.resume` of a coroutine made in JS
 * still sees the plain error value. The entry native and its handler are made once per runtime.
 *
 * Errors reaching JS (`jsError`): a JS object raised in Lua (`error(obj)`, or a JS exception
 * thrown by a callback and travelling as its userdata) comes back as that very object; anything
 * else becomes a LuaError whose message is Lua's text plus the traceback, with the original
 * value in `luaValue`.
 *
 * Errors entering Lua (`luaException`): a JS exception thrown by a callback is thrown into the VM
 * as the exception's userdata, so `pcall` returns it as a value Lua can index, and `error(e)`
 * re-raises the same object.
 */
import {
  callSync, CallRequest, NativeFunction, Userdata, LuaTable as VmTable, Closure, Thread,
  LuaError as VmError, LuaAbort, errorValue, traceback, numberToString, typeName, tostring,
  index, setIndex, type LuaValue, type NativeResult, type ResumableFn,
} from '@lupa/vm';
import { Core, closedError } from './core.js';
import { LuaError, LuaMemoryError, LuaTimeoutError } from './errors.js';
import { toJS, toLua } from './convert.js';
import { bytesOf, decodeUtf8 } from './encoding.js';

const NO_ARGS: LuaValue[] = [];

/** The traceback recorded by the handler for the error value `value`. */
export interface Traced {
  value: LuaValue;
  traceback: string;
}

/** Make the runtime's entry native, message handler and helper natives. */
export function installCalls(core: Core): void {
  core.helpers = {
    index: new NativeFunction('index', (L, args) => index(L, args[0], args[1]), null, undefined, []),
    setIndex: new NativeFunction('newindex', (L, args) => { setIndex(L, args[0], args[1], args[2]); return []; }, null, undefined, []),
    tostring: new NativeFunction('tostring', (L, args) => tostring(L, args[0]), null, undefined, []),
  };
  const handler = new NativeFunction('traceback', (L, args) => {
    core.traced = { value: args[0], traceback: traceback(L, 1) };
    return args[0];
  }, null, undefined, []);
  core.handler = handler;
  core.entry = new NativeFunction('?', null, entryFrame(handler, core.targets), undefined, []);
}

/**
 * The entry native's "generator": one stateless object per runtime instead of a generator per
 * call. The entry is called with the Lua arguments; the function to call is the top of
 * `core.targets` (pushed by `pcall` — a stack, because a call hook may run JS, and so nested calls,
 * between `pcall` and the entry reading it). The interpreter drives a resumable native with
 * `next(undefined)` right after calling it — nothing runs in between — then `next(results)` when
 * the request returns, or `throw(e)` on an error. So the call fills the one request object,
 * `next(undefined)` hands it over, and `next(results)` finishes with those results. Each step
 * object is consumed by the interpreter before anything else runs, so the same objects serve
 * every nesting level.
 */
function entryFrame(handler: NativeFunction, targets: LuaValue[]): ResumableFn {
  const request = new CallRequest(undefined, NO_ARGS);
  const start: IteratorYieldResult<CallRequest> = { done: false, value: request };
  const finish: IteratorReturnResult<NativeResult> = { done: true, value: NO_ARGS };
  const frame = {
    next(results?: LuaValue[]): IteratorResult<CallRequest, NativeResult> {
      if (results === undefined) return start;
      finish.value = results;
      return finish;
    },
    throw(e: unknown): never {
      throw e;
    },
    return(v: NativeResult): IteratorResult<CallRequest, NativeResult> {
      return { done: true, value: v };
    },
  } as unknown as Generator<CallRequest, NativeResult, LuaValue[]>;
  return (L, args) => {
    L.cis[L.depth].handler = handler;
    request.fn = targets[targets.length - 1];
    request.args = args;
    return frame;
  };
}

/**
 * A resumable native that calls `fn` under the message handler: the body of coroutines made from
 * JS, so their errors carry a traceback too.
 */
export function tracedBody(core: Core, fn: LuaValue): NativeFunction {
  const handler = core.handler;
  return new NativeFunction('?', null, function* (L, args) {
    L.cis[L.depth].handler = handler;
    return yield new CallRequest(fn, args);
  }, undefined, []);
}

/** Call `fn(...args)` (Lua values) from JS; returns the Lua results or throws the JS error. */
export function pcall(core: Core, fn: LuaValue, args: LuaValue[]): LuaValue[] {
  if (core.closed) throw closedError();
  const targets = core.targets;
  targets.push(fn);
  try {
    return callSync(core.G.current, core.entry, args);
  } catch (e) {
    throw jsError(core, e);
  } finally {
    targets.pop();
  }
}

/** Take the traceback the handler recorded for `v`, if it is that error's. */
export function takeTraceback(core: Core, v: LuaValue): string | null {
  const t = core.traced;
  core.traced = null;
  return t !== null && (t.value === v || (v !== v && t.value !== t.value)) ? t.traceback : null;
}

/** What JS should see for an exception that left the VM. */
export function jsError(core: Core, e: unknown): unknown {
  if (core.closed) return closedError();
  if (e instanceof LuaAbort) return abortError(e);
  const v = e instanceof VmError ? e.value : errorValue(e);
  const tb = takeTraceback(core, v) ?? (e instanceof VmError ? e.traceback : null);
  return errorFromValue(core, v, tb);
}

function abortError(e: LuaAbort): Error {
  switch (e.kind) {
    case 'memory': return new LuaMemoryError();
    case 'closed': return closedError();
    default: return new LuaTimeoutError(e.message);
  }
}

function isLuaValue(v: unknown): boolean {
  switch (typeof v) {
    case 'undefined': case 'boolean': case 'number': case 'string': return true;
  }
  return v instanceof VmTable || v instanceof Closure || v instanceof NativeFunction
    || v instanceof Thread || v instanceof Userdata;
}

/** A Lua error value (with its traceback, when known) as the JS exception to throw. */
export function errorFromValue(core: Core, v: LuaValue, tb: string | null): unknown {
  if (v instanceof Userdata && v.metatable !== undefined && core.metaSet.has(v.metatable)) return toJS(core, v);
  if (!isLuaValue(v)) return v;
  const message = messageOf(core, v) + '\n' + (tb === null ? 'stack traceback:\n\t[C]: ?' : decodeUtf8(tb, false));
  const luaValue = typeof v === 'string' ? (core.encoding === null ? bytesOf(v) : decodeUtf8(v, false)) : toJS(core, v);
  return new LuaError(message, luaValue);
}

/** An error value's text as lua.c prints it (`__tostring` of tables and userdata is used). */
export function messageOf(core: Core, v: LuaValue): string {
  if (typeof v === 'string') return decodeUtf8(v, false);
  if (typeof v === 'number') return numberToString(v);
  if (v instanceof VmTable || v instanceof Userdata) {
    const mt = v.metatable;
    if (mt !== undefined && mt.get('__tostring') !== undefined) {
      try {
        const s = callSync(core.G.current, core.helpers.tostring, [v])[0];
        if (typeof s === 'string') return decodeUtf8(s, false);
      } catch {
        // fall through to the generic text
      }
    }
  }
  return `(error object is a ${typeName(v)} value)`;
}

/** What to throw into the VM for an exception a JS callback threw. */
export function luaException(core: Core, e: unknown): unknown {
  if (e instanceof LuaAbort || e instanceof VmError) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return e;
  return toLua(core, e);
}
