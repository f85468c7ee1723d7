/**
 * `LuaCoroutine`: a Lua coroutine as a JS generator.
 *
 * `next(v)` resumes it (v becomes what `coroutine.yield` returns; the first `next` starts it with
 * the arguments given to `.coroutine(...)`, ignoring v as JS generators do). Yielded values are
 * items; several yielded values are one array item. Unlike a JS generator, values *returned* by
 * the Lua function are delivered as a last item with `done: false` (so `for…of` and spreading see
 * them, as lupa's iteration does); the next `next()` then reports `done: true`, and keeps doing
 * so, so iterating a finished coroutine again gives nothing (lupa's `list(gen)` twice → `[]`).
 * `send(v)` is the explicit resume: it returns the item, and on a dead coroutine it throws
 * `LuaError('cannot resume dead coroutine')`.
 *
 * The wrapper is also callable: calling it starts a fresh coroutine of the same body with those
 * arguments. That is what makes a never-started coroutine made in Lua
 * (`lua.eval('coroutine.create(f)')`) usable as a factory, as in lupa.
 *
 * `throw(e)` raises `e` inside the coroutine at its pending `yield` (the VM's resume-with-error),
 * so a Lua `pcall` around the yield catches it.
 *
 * Each resume from JS is a call from JS: it opens the `limits` budget when none is open and
 * charges the memory budget. `js.await` is for async calls only: a coroutine driven by `next()`
 * that awaits gets `attempt to await outside async execution` raised at the await.
 */
import {
  newThread, resumeValues, resumeOk, enterMeter, leaveMeter, meter, where, LuaError as VmError,
  type Thread, type LuaValue, type MemoryMeter, type GlobalState,
} from '@lupa/vm';
import { Core, REF, CORE, attach, liveCore } from './core.js';
import { LuaError } from './errors.js';
import { argsToLua, resultsToJS, toLua } from './convert.js';
import { tracedBody, jsError, errorFromValue, takeTraceback, luaException } from './call.js';
import { openBudget, closeBudget } from './limits.js';

export interface LuaCoroutine {
  /** A fresh coroutine of the same body, started with `args` by its first `next()`. */
  (...args: any[]): LuaCoroutine;
}

const START = Symbol('lupa.start');

export class LuaCoroutine extends Function implements Generator<any, any, any> {
  declare [REF]: Thread;
  declare [CORE]: Core;
  /** @internal The function a fresh coroutine of this one runs, and the first resume's arguments. */
  declare [START]: { origin: LuaValue; args: LuaValue[] };

  /** @internal Coroutines come from a LuaRuntime; they are never constructed by users. */
  private constructor() {
    super();
    throw new TypeError('LuaCoroutine cannot be constructed');
  }

  /** 'suspended' | 'running' | 'normal' | 'dead' */
  get status(): 'suspended' | 'running' | 'normal' | 'dead' {
    const core = liveCore(this);
    const th = this[REF];
    return th === core.G.current ? 'running' : th.status;
  }

  next(value?: any): IteratorResult<any, any> {
    const core = liveCore(this);
    const th = this[REF];
    if (th.status === 'dead' && th !== core.G.current) return { done: true, value: undefined };
    let args: LuaValue[];
    if (!th.started) {
      const start = this[START];
      args = start.args;
      start.args = [];
    } else {
      args = value === undefined ? [] : [toLua(core, value)];
    }
    return resumeFromJS(core, th, args);
  }

  /** Resume with `value` and return the next item; throws on a dead coroutine. */
  send(value?: any): any {
    const core = liveCore(this);
    const th = this[REF];
    if (th.status === 'dead' && th !== core.G.current) throw new LuaError('cannot resume dead coroutine');
    const r = this.next(value);
    return r.done ? undefined : r.value;
  }

  /** Raise `e` at the pending yield (Lua's pcall can catch it); unstarted or dead: close and rethrow. */
  throw(e: any): IteratorResult<any, any> {
    const core = liveCore(this);
    const th = this[REF];
    if (th.status === 'dead') throw e;
    if (th === core.G.current || th.status !== 'suspended') {
      throw new LuaError(`cannot resume ${th === core.G.current ? 'running' : th.status} coroutine`);
    }
    if (!th.started) {
      th.status = 'dead';
      throw e;
    }
    return resumeFromJS(core, th, [], { value: luaException(core, e) });
  }

  /** Finish the coroutine without running it further. */
  return(value?: any): IteratorResult<any, any> {
    const core = liveCore(this);
    const th = this[REF];
    if (th === core.G.current || th.status === 'running' || th.status === 'normal') {
      throw new LuaError(`cannot close a ${th === core.G.current ? 'running' : th.status} coroutine`);
    }
    th.status = 'dead';
    return { done: true, value };
  }

  [Symbol.iterator](): this {
    return this;
  }

  /** `<Lua thread at 0x…>` */
  override toString(): string {
    const core = liveCore(this);
    return `<Lua thread at ${core.G.addressOf(this[REF])}>`;
  }
}

/** Resume `th` from JS (with `error`: raise it at the pending yield) and deliver the next item. */
function resumeFromJS(core: Core, th: Thread, args: LuaValue[], error?: { value: unknown }): IteratorResult<any, any> {
  const L = core.G.current;
  const status = th === L ? 'running' : th.status;
  if (status !== 'suspended') throw new LuaError(`cannot resume ${status} coroutine`);
  if (core.limits === null || core.G.limits !== null) return resumeTraced(core, th, args, error);
  const G = core.G;
  openBudget(G, core.limits);
  try {
    return resumeTraced(core, th, args, error);
  } finally {
    closeBudget(G);
  }
}

function resumeTraced(core: Core, th: Thread, args: LuaValue[], error?: { value: unknown }): IteratorResult<any, any> {
  const G = core.G;
  const L = G.current;
  core.traced = null;
  const prev = enterThread(G, th);
  let r: LuaValue[];
  try {
    r = resumeValues(L, th, args, error);
    while (th.awaiting !== undefined) r = resumeValues(L, th, [], { value: notAsync(th) });
  } catch (e) {
    throw jsError(core, e);
  } finally {
    leaveThread(G, th, prev);
  }
  if (!resumeOk) throw errorFromValue(core, r[0], takeTraceback(core, r[0]));
  if (th.status === 'dead' && r.length === 0) return { done: true, value: undefined };
  return { done: false, value: resultsToJS(core, r) };
}

/**
 * Before JS resumes `th`: charge its allocations to the memory budget, and let the VM's live-size
 * walk reach it — the walk starts from the runtime's roots, and a coroutine driven from JS is
 * referenced only by its JS wrapper, so the registry holds it while it runs (when there is a
 * budget to enforce). Returns the meter to restore.
 */
export function enterThread(G: GlobalState, th: Thread): MemoryMeter | null {
  if (G.memoryMeter !== null) {
    const prev = meter;
    leaveMeter(null); // registering must not itself fail for lack of memory
    G.registry.set(th, true);
    leaveMeter(prev);
  }
  return enterMeter(G);
}

export function leaveThread(G: GlobalState, th: Thread, prev: MemoryMeter | null): void {
  leaveMeter(prev);
  G.registry.set(th, undefined);
}

/** The error for a js.await in a coroutine that is not an async call, positioned at the await. */
export function notAsync(th: Thread): VmError {
  let t = th;
  for (let inner = t.cis[t.depth].awaitFor; inner !== null; inner = t.cis[t.depth].awaitFor) t = inner;
  return new VmError(where(t, 1) + 'attempt to await outside async execution');
}

/** The wrapper of `th`; `origin` is the function a fresh coroutine of it runs. */
export function wrapCoroutine(core: Core, th: Thread, origin: LuaValue, startArgs: LuaValue[]): LuaCoroutine {
  const w = function luaCoroutine(...args: unknown[]): LuaCoroutine {
    liveCore(w);
    return newCoroutine(core, origin, argsToLua(core, args));
  } as unknown as LuaCoroutine;
  Object.setPrototypeOf(w, LuaCoroutine.prototype);
  attach(w, th, core);
  Object.defineProperty(w, START, { value: { origin, args: startArgs }, enumerable: false });
  return w;
}

/** A new coroutine made from JS: `fn` runs under the traceback handler. */
export function newCoroutine(core: Core, fn: LuaValue, args: LuaValue[]): LuaCoroutine {
  const th = newThread(core.G.current, tracedBody(core, fn));
  const w = wrapCoroutine(core, th, fn, args);
  core.wrappers.set(th, w);
  return w;
}
