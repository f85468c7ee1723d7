/**
 * The `limits` option: an instruction and time budget for each call from JS.
 *
 * The VM keeps one budget on the GlobalState (`G.limits`, counted down by `G.budget` at loop
 * back-edges and calls; interp.ts `checkLimits`) and aborts with LuaAbort when it runs out.
 * A synchronous call from JS opens a fresh budget when none is open (`openBudget`) and closes it
 * when it returns, so calls nested through JS callbacks (Lua → JS → Lua), coroutine resumes and
 * the conversion of the call's error value all spend the outer call's budget. JS callbacks
 * returning to Lua also check the budget every 64 returns (jsobject.ts `afterCallback`), so time
 * spent in callbacks is noticed even when Lua runs few instructions between them, and an abort a
 * callback caught and swallowed is raised again as soon as it returns.
 *
 * An async call (`evalAsync`, `callAsync`…) runs in segments between its awaits, interleaved with
 * other calls. It owns a `Budget` that each segment swaps in and out of the GlobalState (the
 * outer budget, if a segment runs inside a synchronous call, is saved and restored around it):
 * the instruction count carries over from segment to segment, and the time limit counts the time
 * spent running Lua, not the time spent waiting for promises.
 */
import { startLimits, stopLimits, type GlobalState } from '@lupa/vm';
import type { Core, CallLimits } from './core.js';

type VmLimits = NonNullable<GlobalState['limits']>;

/** Open the budget of an outermost synchronous call from JS. */
export function openBudget(G: GlobalState, lim: CallLimits): void {
  startLimits(G.current, lim.instructions, lim.timeoutMs);
}

export function closeBudget(G: GlobalState): void {
  stopLimits(G.current);
}

/** The budget of one async call, carried across its segments. */
export class Budget {
  /** The VM's limits record while this call's segments run. */
  state: VmLimits;
  /** Milliseconds of running time left (Infinity without a time limit). */
  remainingMs: number;
  /** The GlobalState's budget saved while a segment runs. */
  outer: VmLimits | null;
  outerBudget: number;

  constructor(core: Core) {
    const G = core.G;
    const lim = core.limits!;
    const saved = G.limits, savedBudget = G.budget;
    startLimits(G.current, lim.instructions, lim.timeoutMs);
    this.state = G.limits!;
    G.limits = saved;
    G.budget = savedBudget;
    this.remainingMs = lim.timeoutMs ?? Infinity;
    this.outer = null;
    this.outerBudget = Infinity;
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Make `b` the running budget for one segment of its async call. */
export function enterSegment(G: GlobalState, b: Budget): void {
  b.outer = G.limits;
  b.outerBudget = G.budget;
  const s = b.state;
  if (b.remainingMs !== Infinity) s.deadline = now() + b.remainingMs;
  G.limits = s;
  G.budget = s.slice;
}

/** The segment ended (an await, the end, or an abort): keep what is left, restore the outer budget. */
export function leaveSegment(G: GlobalState, b: Budget): void {
  const s = b.state;
  if (G.limits === s) {
    s.used += s.slice - G.budget;
    s.slice = Math.max(G.budget, 0);
  }
  if (b.remainingMs !== Infinity) b.remainingMs = s.deadline - now();
  G.limits = b.outer;
  G.budget = b.outerBudget;
  b.outer = null;
}
