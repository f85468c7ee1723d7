/**
 * Instruction and time limits for calls from the host (the API's `limits` option).
 *
 * The interpreter decrements `G.budget` at loop back-edges (by the loop's length, so the count
 * approximates instructions executed) and at calls; when it reaches zero it calls `checkLimits`,
 * which accounts for the slice used, looks at the clock, and either grants the next slice or ends
 * the whole host call with `LuaAbort` (which pcall cannot catch). Without limits the budget is a
 * large small-integer that is simply refilled. Compiled code (the JIT) will carry the same counter.
 */
import type { Thread } from './state.js';
import { LuaAbort } from './errors.js';

/**
 * The budget ran out: account for what was used, then stop the call with LuaAbort when the
 * instruction or time limit is exceeded, else grant the next slice. The budget counts back-edges
 * weighted by the loop's length (≈ instructions executed) and calls, so the check costs one
 * subtraction per loop iteration or call and nothing per straight-line instruction.
 */
export function checkLimits(L: Thread): void {
  const G = L.G;
  const lim = G.limits;
  if (lim === null) {
    G.budget = BUDGET_UNLIMITED;
    return;
  }
  lim.used += lim.slice - G.budget;
  if (lim.used >= lim.instructions) {
    G.budget = 0;
    throw new LuaAbort('instruction limit exceeded', 'instructions');
  }
  if (lim.deadline !== Infinity && now() > lim.deadline) {
    G.budget = 0;
    throw new LuaAbort('time limit exceeded', 'time');
  }
  lim.slice = Math.min(LIMIT_SLICE, lim.instructions - lim.used) | 0;
  G.budget = lim.slice;
}

/** Instructions between two looks at the clock. */
const LIMIT_SLICE = 10000;
/**
 * The budget without limits, refilled when it runs out. Each time it runs out the interpreter loop
 * also returns to `execute` and is re-entered (interp.ts's `pause`), which lets V8 re-optimize a
 * long-running loop; 2^20 makes that rare. The budget must stay a small integer (never Infinity or
 * a fraction): V8 then keeps the field untagged, and the `+=` on every back-edge allocates nothing.
 */
export const BUDGET_UNLIMITED = 1 << 20;

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Start enforcing limits for a call from the host (API: `limits: { instructions, timeoutMs }`). */
export function startLimits(L: Thread, instructions: number | undefined, timeoutMs: number | undefined): void {
  const G = L.G;
  const total = instructions ?? Infinity;
  G.limits = {
    instructions: total,
    deadline: timeoutMs === undefined ? Infinity : now() + timeoutMs,
    used: 0,
    slice: Math.min(LIMIT_SLICE, total) | 0,
  };
  G.budget = G.limits.slice;
}

/** Stop enforcing limits (the outermost host call returned). */
export function stopLimits(L: Thread): void {
  L.G.limits = null;
  L.G.budget = BUDGET_UNLIMITED;
}

