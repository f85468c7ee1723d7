/**
 * Async calls (`evalAsync`, `executeAsync`, `LuaFunction.callAsync`) and the driver behind them.
 *
 * An async call runs its function as a coroutine (under the traceback handler, like coroutines
 * made from JS). `js.await(v)` is the VM's `awaitPromise`: a yield that leaves `v` in
 * `thread.awaiting` — also from nested coroutines, whose `coroutine.resume`/`wrap` forward the
 * await outwards, and from inside pcall, metamethods and iterators. The driver resumes the
 * coroutine; while it comes back awaiting, the driver waits for the value to settle (any value:
 * a non-thenable settles at once, as with JS `await`) and resumes it with the result, or with the
 * rejection raised as a Lua error at the await. Each resume is a *segment*: it runs synchronously
 * (the first one inside the call to `callAsync`, like the start of a JS async function), with the
 * call's own `limits` budget swapped in (limits.ts) and the memory budget charged. Segments of
 * many calls interleave on one runtime, each in its own coroutine.
 *
 * Everything that goes wrong — a syntax error, a bad argument, a Lua error, an abort, a closed
 * runtime — rejects the Promise; nothing is thrown synchronously.
 */
import {
  newThread, resumeValues, resumeOk, LuaError as VmError, type Thread, type LuaValue,
} from '@lupa/vm';
import { Core, closedError } from './core.js';
import { tracedBody, jsError, errorFromValue, takeTraceback, luaException } from './call.js';
import { toLua, resultsToJS } from './convert.js';
import { Budget, enterSegment, leaveSegment } from './limits.js';
import { enterThread, leaveThread } from './coroutine.js';

/** What a segment ended with: still awaiting (the thread's `awaiting` holds the value), or done. */
const AWAITING = Symbol('lupa.awaiting');

/** Run `fn(...args)` as an async call; `start` makes the function and its Lua arguments (it may throw). */
export function runAsync(core: Core, start: () => { fn: LuaValue; args: LuaValue[] }): Promise<any> {
  return new Promise((resolve, reject) => {
    let th: Thread;
    let budget: Budget | null;
    try {
      if (core.closed) throw closedError();
      const { fn, args } = start();
      th = newThread(core.G.current, tracedBody(core, fn));
      budget = core.limits === null ? null : new Budget(core);
      step(args);
    } catch (e) {
      reject(e);
    }

    /** Run one segment; when it awaits, go on once the awaited value settles. */
    function step(args: LuaValue[], error?: { value: unknown }): void {
      const r = segment(core, th, budget, args, error);
      if (r !== AWAITING) {
        resolve(r);
        return;
      }
      Promise.resolve(th.awaiting).then(
        (v) => settle(() => [toLua(core, v)]),
        (e) => settle(() => { throw e; }),
      );
    }

    /** Resume with the settled value (or raise the rejection at the await). */
    function settle(value: () => LuaValue[]): void {
      try {
        if (core.closed) throw closedError();
        let args: LuaValue[];
        let error: { value: unknown } | undefined;
        try {
          args = value();
        } catch (e) {
          args = [];
          error = { value: luaException(core, e) };
        }
        step(args, error);
      } catch (e) {
        reject(e);
      }
    }
  });
}

/** One synchronous run of the call's coroutine: its results, AWAITING, or a thrown JS error. */
function segment(core: Core, th: Thread, budget: Budget | null, args: LuaValue[], error?: { value: unknown }): unknown {
  const G = core.G;
  if (budget !== null) enterSegment(G, budget);
  const prev = enterThread(G, th);
  try {
    core.traced = null;
    let r: LuaValue[];
    try {
      r = resumeValues(G.current, th, args, error);
      // A plain coroutine.yield at the top of an async call has no resumer to go to.
      while (th.status === 'suspended' && th.awaiting === undefined) r = resumeValues(G.current, th, [], { value: new VmError(YIELD_ACROSS) });
    } catch (e) {
      throw jsError(core, e);
    }
    if (th.awaiting !== undefined) return AWAITING;
    if (!resumeOk) throw errorFromValue(core, r[0], takeTraceback(core, r[0]));
    return resultsToJS(core, r);
  } finally {
    leaveThread(G, th, prev);
    if (budget !== null) leaveSegment(G, budget);
  }
}

/** What a synchronous call says to the same yield (lua5.1's message for the main chunk). */
const YIELD_ACROSS = 'attempt to yield across metamethod/C-call boundary';
