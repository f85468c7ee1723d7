/**
 * Coroutines: creating, resuming and yielding threads (ldo.c's lua_resume/lua_yield).
 *
 * A coroutine is a Thread with its own stack and CallInfo stack. Resuming runs its interpreter
 * loop (nested in JS under the resumer); yielding makes the loop return, leaving the CallInfos in
 * place; the next resume delivers its arguments as the results of the pending `yield` call and
 * runs the loop again. Nothing of the JS stack needs to survive a yield, which is why a yield can
 * happen anywhere Lua code runs, including inside pcall, metamethods, iterators and callbacks of
 * resumable natives.
 */
import { Thread } from './state.js';
import type { LuaValue } from './value.js';
import { LuaAbort, LuaMemoryExhausted, errorValue } from './errors.js';
import { execute, finishCall, handleError, resumeStep, MAXCCALLS, Step, YIELD } from './interp.js';
import { LuaError } from './errors.js';
import { runError, where } from './debug.js';
import { meter, charge, THREAD_BYTES } from './memory.js';

export function newThread(L: Thread, body: LuaValue): Thread {
  if (meter !== null) charge(THREAD_BYTES);
  const co = new Thread(L.G, body);
  co.env = L.env;
  return co;
}

/**
 * Resume `co` with `args`. Returns [true, ...yielded or returned values] or [false, error value].
 * The caller has checked that co is suspended.
 */
export function resume(L: Thread, co: Thread, args: LuaValue[]): LuaValue[] {
  const values = resumeValues(L, co, args);
  return resumeOk ? withTrue(values) : [false, values[0]];
}

/** Whether the last resumeValues succeeded (its result is then the values, else [error]). */
export let resumeOk = false;

/**
 * Resume without building the leading `true`: the yielded/returned values, or [error value].
 * With `error` (a settled js.await that rejected), the error is raised inside `co` at the point
 * where it is suspended instead of delivering `args`.
 *
 * Awaiting (js.await, the API's async execution) is a yield that names a host promise in
 * `co.awaiting`. When a coroutine awaits inside another one, the outer `coroutine.resume`/`wrap`
 * call forwards the await (`forwardAwait`): the outer thread suspends too, remembering in the
 * pending call's CallInfo which coroutine it waits for, and the settled value travels back down
 * the same chain here — so js.await works at any depth of nested coroutines.
 */
export function resumeValues(L: Thread, co: Thread, args: LuaValue[], error?: { value: unknown }): LuaValue[] {
  const G = L.G;
  if (L.cis[L.depth].nccalls >= MAXCCALLS) {
    // lua_resume's check of the resumer's C calls: an error result, the coroutine untouched.
    resumeOk = false;
    return ['C stack overflow'];
  }
  if (G.nCcalls >= MAXCCALLS) throw runError(L, 'C stack overflow');
  const prev = G.current;
  prev.status = 'normal';
  co.status = 'running';
  G.current = co;
  G.nCcalls++;
  try {
    let step: Step;
    // lua_resume: the body runs with the resumer's C calls, plus one (only the body's frame reads it).
    if (!co.started) co.cis[0].nccalls = L.cis[L.depth].nccalls + 1;
    const pending = co.cis[co.depth];
    if (co.started && pending.awaitFor !== null) {
      // co is in coroutine.resume/wrap of an inner coroutine that awaited: settle it first.
      co.awaiting = undefined;
      const inner = pending.awaitFor;
      const r = resumeValues(co, inner, args, error);
      if (inner.awaiting !== undefined) {
        co.awaiting = inner.awaiting;
        co.status = 'suspended';
        resumeOk = true;
        return [];
      }
      pending.awaitFor = null;
      if (!pending.awaitWrap) step = finishCall(co, resumeOk ? withTrue(r) : [false, r[0]], 1);
      else if (resumeOk) step = finishCall(co, r, 1);
      else step = handleError(co, new LuaError(wrapError(co, r[0])), 1);
    } else if (co.started && error !== undefined) {
      co.awaiting = undefined;
      step = handleError(co, error.value, 1);
    } else {
      step = resumeStep(co, args);
    }
    if (step === Step.RELOAD) execute(co, 1);
    resumeOk = true;
    if ((co.status as string) === 'suspended') {
      return co.transfer; // yielded values (the yield's own argument array)
    }
    co.status = 'dead';
    return co.stack.slice(0, co.top);
  } catch (e) {
    co.status = 'dead';
    if (e instanceof LuaAbort) throw e;
    resumeOk = false;
    return [errorValue(e)];
  } finally {
    G.nCcalls--;
    G.current = prev;
    prev.status = 'running';
  }
}

/**
 * The body of js.await: suspend the running coroutine until the host settles `promise` (the async
 * driver resumes it with the value, or with the rejection as an error). Only inside async
 * execution: never on the main thread or across a synchronous host call.
 */
export function awaitPromise(L: Thread, promise: unknown): LuaValue[] {
  if (L === L.G.mainThread || L.nny > 0) throw new LuaError(where(L, 1) + 'attempt to await outside async execution');
  L.awaiting = promise;
  L.transfer = [];
  return YIELD;
}

/** coroutine.wrap's error: string messages get the caller's position (lbaselib's auxwrap). */
export function wrapError(L: Thread, err: LuaValue): LuaValue {
  return typeof err === 'string' || typeof err === 'number' ? where(L, 1) + err : err;
}

/**
 * Called by coroutine.resume/wrap (running in L) when the coroutine it resumed is awaiting a
 * host promise: L suspends awaiting the same promise; resumeValues finishes the call later.
 */
export function forwardAwait(L: Thread, co: Thread, wrap: boolean): LuaValue[] {
  if (L === L.G.mainThread || L.nny > 0) {
    co.awaiting = undefined;
    throw new LuaError(where(L, 1) + 'attempt to await outside async execution');
  }
  const ci = L.cis[L.depth];
  ci.awaitFor = co;
  ci.awaitWrap = wrap;
  L.awaiting = co.awaiting;
  co.awaiting = undefined;
  L.transfer = [];
  return YIELD;
}

/** A wrap function's coroutine failed with `err`: raise it in the caller L (lbaselib's auxwrap). */
export function wrapFailure(L: Thread, err: LuaValue): never {
  if (err === 'not enough memory') throw new LuaMemoryExhausted(); // stays a memory error
  throw new LuaError(wrapError(L, err));
}

/** [true, ...values] */
export function withTrue(values: LuaValue[]): LuaValue[] {
  const n = values.length;
  const out = new Array<LuaValue>(n + 1);
  out[0] = true;
  for (let i = 0; i < n; i++) out[i + 1] = values[i];
  return out;
}

/** coroutine.yield's body: the values go to the resumer. */
export function yieldValues(L: Thread, values: LuaValue[]): LuaValue[] {
  // lua5.1 says the same for the main thread: its chunk runs inside a C call (lua_pcall).
  if (L === L.G.mainThread || L.nny > 0) throw runError(L, 'attempt to yield across metamethod/C-call boundary');
  L.transfer = values;
  return YIELD;
}
