/**
 * Calling Lua from JS in protected mode, and errors crossing the boundary in both directions.
 *
 * JS → Lua. Every call from JS is the VM's `callSync` with the runtime's message handler. The VM
 * runs the handler at the point of the error, before unwinding, which is the only moment a
 * traceback can be taken (lua.c's docall does the same with debug.traceback). The handler returns
 * the error value unchanged and leaves the traceback in `core.traced`, a side channel read as soon
 * as the error reaches JS — so a Lua `coroutine.resume` of a coroutine made in JS still sees the
 * plain error value. lua.c's traceback ends with `[C]: ?` for its C caller; `core.entries`
 * remembers where each call from JS entered its thread, so the traceback shows that line at the
 * bottom of each host call's frames.
 *
 * The outermost call from JS also opens the runtime's `limits` budget (limits.ts); nested calls
 * (Lua → JS → Lua) share it. An abort reaches JS as LuaTimeoutError; if JS code throws that back
 * into Lua it becomes the abort again, so pcall cannot catch it on the way out either.
 *
 * Errors reaching JS (`jsError`): a JS object raised in Lua (`error(obj)`, or a JS exception
 * thrown by a callback and travelling as its userdata) comes back as that very object; Lua's
 * `not enough memory` becomes LuaMemoryError; anything else becomes a LuaError whose message is
 * Lua's text plus the traceback, with the original value in `luaValue`.
 *
 * Errors entering Lua (`luaException`): a JS exception thrown by a callback is thrown into the VM
 * as the exception's userdata, so `pcall` returns it as a value Lua can index, and `error(e)`
 * re-raises the same object.
 */
import {
  callSync, CallRequest, NativeFunction, Userdata, LuaTable as VmTable, Closure, Thread,
  LuaError as VmError, LuaAbort, errorValue, levelInfo, tracebackLine, numberToString, typeName, tostring,
  index, setIndex, type LuaValue,
} from '@lupa/vm';
import { Core, closedError } from './core.js';
import { LuaError, LuaMemoryError, LuaTimeoutError, MEMORY } from './errors.js';
import { toJS, toLua } from './convert.js';
import { bytesOf, decodeUtf8 } from './encoding.js';
import { openBudget, closeBudget } from './limits.js';

/** The traceback recorded by the handler for the error value `value`. */
export interface Traced {
  value: LuaValue;
  traceback: string;
}

/** Make the runtime's message handler and helper natives. */
export function installCalls(core: Core): void {
  core.helpers = {
    index: new NativeFunction('index', (L, args) => index(L, args[0], args[1]), null, undefined, []),
    setIndex: new NativeFunction('newindex', (L, args) => { setIndex(L, args[0], args[1], args[2]); return []; }, null, undefined, []),
    tostring: new NativeFunction('tostring', (L, args) => tostring(L, args[0]), null, undefined, []),
  };
  core.handler = new NativeFunction('traceback', (L, args) => {
    core.traced = { value: args[0], traceback: hostTraceback(core, L) };
    return args[0];
  }, null, undefined, []);
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
  if (core.limits !== null && core.G.limits === null) return limitedCall(core, fn, args);
  const L = core.G.current;
  const entries = core.entries;
  entries.push(L, L.depth);
  const top = L.top;
  try {
    return callSync(L, fn, args, core.handler);
  } catch (e) {
    dropFrames(L, top);
    throw jsError(core, e);
  } finally {
    entries.pop();
    entries.pop();
  }
}

/**
 * After a failed call: the stack top back where it was, and the failed call's slots (above the
 * caller's frame) cleared, so what it allocated is garbage. callSync's error path leaves the top
 * where the error was, which kept e.g. the table that exhausted `maxMemory` alive and counted.
 */
function dropFrames(L: Thread, top: number): void {
  L.top = top;
  const d = L.depth;
  L.stack.fill(undefined, d > 0 ? Math.max(L.cis[d].top, top) : top); // callSync's free area
}

/** The outermost call from JS under `limits`: a fresh budget for the call and its error's conversion. */
function limitedCall(core: Core, fn: LuaValue, args: LuaValue[]): LuaValue[] {
  const G = core.G;
  openBudget(G, core.limits!);
  try {
    return pcall(core, fn, args);
  } finally {
    closeBudget(G);
  }
}

const LEVELS1 = 12;
const LEVELS2 = 10;
/** A traceback line that is the host's `[C]: ?` rather than a VM level. */
const HOST = -1;

/**
 * debug.traceback's text from level 1 of `L`, plus a `[C]: ?` line below the frames of each call
 * from JS on this thread (where lua.c shows its C caller), with debug.traceback's "..." elision
 * counting those lines as levels. A native called directly by the host that raised the error is
 * left out (only the `[C]: ?` line shows), as the entry frame this replaces printed it.
 */
function hostTraceback(core: Core, L: Thread): string {
  const entries = core.entries;
  // The host's bases on this thread (the depth each call from JS started at), innermost first.
  const bases: number[] = [];
  for (let e = entries.length - 2; e >= 0; e -= 2) if (entries[e] === L) bases.push(entries[e + 1] as number);
  // lines[i]: the VM level shown on line i, or HOST; line 0 is the handler itself.
  const lines: number[] = [];
  let level = 0;
  let b = 0;
  for (let d = L.depth; d > 0; d--, level++) {
    const ci = L.cis[d];
    const direct = level === 1 && ci.closure === null && b < bases.length && bases[b] === d - 1;
    if (!direct) lines.push(level);
    if (ci.closure !== null) for (let t = 0; t < ci.tailcalls; t++) lines.push(++level);
    while (b < bases.length && bases[b] === d - 1) { lines.push(HOST); b++; }
  }
  for (; b < bases.length; b++) lines.push(HOST);
  const n = lines.length - 1;
  let out = 'stack traceback:';
  let firstpart = true;
  for (let i = 1; i <= n;) {
    const cur = i++;
    if (i > LEVELS1 && firstpart) {
      if (i + LEVELS2 > n) i--;
      else {
        out += '\n\t...';
        while (i + LEVELS2 <= n) i++;
      }
      firstpart = false;
      continue;
    }
    out += lineText(L, lines[cur]);
  }
  return out;
}

/** One traceback line, as debug.traceback writes it. */
function lineText(L: Thread, level: number): string {
  if (level === HOST) return '\n\t[C]: ?';
  const ar = levelInfo(L, level);
  return ar === null ? '' : tracebackLine(ar);
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

/** On the JS errors made from an abort: the abort, so throwing one back into Lua aborts again. */
const ABORT = Symbol('lupa.abort');

function abortError(e: LuaAbort): Error {
  const err = e.kind === 'closed' ? closedError() : e.kind === 'memory' ? new LuaMemoryError() : new LuaTimeoutError(e.message);
  Object.defineProperty(err, ABORT, { value: e, enumerable: false });
  return err;
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
  if (core.closed) return closedError();
  if (v instanceof Userdata && v.metatable !== undefined && core.metaSet.has(v.metatable)) return toJS(core, v);
  if (!isLuaValue(v)) return v;
  const trace = '\n' + (tb === null ? 'stack traceback:\n\t[C]: ?' : decodeUtf8(tb, false));
  if (v === MEMORY) return new LuaMemoryError(MEMORY + trace, MEMORY);
  const message = messageOf(core, v) + trace;
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
  if (e instanceof LuaError && (e as { [ABORT]?: LuaAbort })[ABORT] !== undefined) return (e as { [ABORT]?: LuaAbort })[ABORT];
  if (e instanceof RangeError && /call stack/i.test(e.message)) return e;
  return toLua(core, e);
}
