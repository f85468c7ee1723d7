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
import { LuaAbort, errorValue } from './errors.js';
import { callAt, execute, finishCall, ensureStack, MAXCCALLS, Step, YIELD } from './interp.js';
import { runError } from './debug.js';
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

/** Resume without building the leading `true`: the yielded/returned values, or [error value]. */
export function resumeValues(L: Thread, co: Thread, args: LuaValue[]): LuaValue[] {
  const G = L.G;
  if (G.nCcalls >= MAXCCALLS) throw runError(L, 'C stack overflow');
  const prev = G.current;
  prev.status = 'normal';
  co.status = 'running';
  G.current = co;
  G.nCcalls++;
  try {
    let step: Step;
    if (!co.started) {
      co.started = true;
      const n = args.length;
      ensureStack(co, n + 16);
      co.stack[0] = co.body;
      for (let i = 0; i < n; i++) co.stack[1 + i] = args[i];
      co.cis[0].top = n + 1;
      step = callAt(co, 0, n, -1, 1);
    } else {
      step = finishCall(co, args, 1);
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

/** [true, ...values] */
function withTrue(values: LuaValue[]): LuaValue[] {
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
