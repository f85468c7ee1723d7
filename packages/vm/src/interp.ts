/**
 * The interpreter: one dispatch loop over Lua 5.1 bytecode (lvm.c's luaV_execute), plus the
 * call/return machinery (ldo.c's precall/postcall) it needs.
 *
 * Design:
 * - `run` is the hot loop. Its state lives in locals (`code`, `pc`, `base`, `k`, `stack`, `cl`);
 *   `pc` is stored to the CallInfo only before something that can call, throw or yield.
 *   Numeric and raw-table fast paths are inline; metamethods and errors are out of line.
 * - Lua calls do not recurse in JS: CALL pushes a CallInfo and reloads the locals (`continue
 *   frame`), RETURN pops it. Metamethods and generic-for iterators written in Lua are called the
 *   same way; the calling frame records a continuation (`Cont`) saying what to do with the result
 *   when the callee returns (store it, test it, go on concatenating…). So a yield anywhere in Lua
 *   code — even inside a metamethod or an iterator — just returns from the loop; the CallInfo
 *   stack is the whole state of the coroutine.
 * - Natives are called directly. Resumable natives (generators) yield CallRequests; the request
 *   runs as a frame whose return resumes the generator (`resumeNative`). Errors unwind to the
 *   nearest suspended generator (`handleError`), which is how pcall catches them.
 * - Every helper that may push a frame returns a Step: RELOAD (a frame was pushed or finished:
 *   reload the locals), STOP (the frame at `stopDepth` returned, or the thread yielded).
 */
import { Closure, NativeFunction, UpVal, CallRequest, Userdata, type LuaValue } from './value.js';
import type { Proto } from './proto.js';
import { LuaTable, InvalidKeyError } from './table.js';
import { CallInfo, Cont, Thread } from './state.js';
import { LuaError, LuaAbort, errorValue } from './errors.js';
import { withTrue, wrapFailure, forwardAwait } from './coroutine.js';
import { VARARG_NEEDSARG } from './opcodes.js';
import { numberToString, str2number } from './number.js';
import {
  ArithOp, arithMeta, arithError, arithNumbers, compareMeta, luaPow, concatError, eqMeta, metaOf,
  orderError, rawSet, typeName, MAXTAGLOOP, isFunction,
} from './meta.js';
import { runError, typeErrorFor } from './debug.js';
import { HookMask, callHook, traceExec } from './hooks.js';
import { checkLimits } from './limits.js';
import {
  meter, charge, enterMeter, leaveMeter, stringBytes, TABLE_BYTES, HASH_SLOT_BYTES, CLOSURE_BYTES, UPVAL_BYTES,
} from './memory.js';

/** LUAI_MAXCALLS: nested calls before "stack overflow". */
export const MAXCALLS = 20000;
/** LUAI_MAXCCALLS: nested JS-level interpreter loops (C calls) before "C stack overflow". */
export const MAXCCALLS = 200;
/** Free slots kept above a Lua frame's registers for metamethod calls. */
const EXTRA_STACK = 8;

/** What a native returns to suspend its coroutine (coroutine.yield); values in L.transfer. */
export const YIELD: LuaValue[] = Object.freeze([]) as unknown as LuaValue[];

export const enum Step { RELOAD = 0, STOP = 1, STORED = 2 }

// ---------------------------------------------------------------- stack and frames

export function ensureStack(L: Thread, n: number): void {
  const stack = L.stack;
  while (stack.length < n) stack.push(undefined);
}

/** stack[from .. from+n) as a fresh array (faster than Array.prototype.slice for short runs). */
export function copyOut(stack: LuaValue[], from: number, n: number): LuaValue[] {
  const out = new Array<LuaValue>(n);
  for (let j = 0; j < n; j++) out[j] = stack[from + j];
  return out;
}

function newCallInfo(L: Thread): CallInfo {
  const ci = new CallInfo();
  L.cis.push(ci);
  return ci;
}

/** Push a frame for Lua closure `cl` at stack[fa] with `nargs` arguments above it. */
export function pushLua(L: Thread, fa: number, nargs: number, nres: number, cl: Closure, ccall = 0): CallInfo {
  const G = L.G;
  if (L.depth >= G.maxCalls) throw stackOverflow(L);
  const nccalls = L.cis[L.depth].nccalls + ccall;
  if (ccall !== 0 && nccalls >= MAXCCALLS) cStackOverflow(L, nccalls);
  if (--G.budget <= 0) checkLimits(L);
  const p = cl.proto;
  const stack = L.stack;
  let base: number;
  if (p.isVararg === 0) {
    base = fa + 1;
    const np = p.numparams;
    const top = base + p.maxStackSize;
    ensureStack(L, top + EXTRA_STACK);
    for (let i = base + (nargs < np ? nargs : np); i < top; i++) stack[i] = undefined;
  } else {
    const np = p.numparams;
    ensureStack(L, fa + 1 + nargs + np);
    for (; nargs < np; nargs++) stack[fa + 1 + nargs] = undefined;
    base = fa + 1 + nargs;
    const top = base + p.maxStackSize;
    ensureStack(L, top + EXTRA_STACK);
    for (let i = 0; i < np; i++) {
      stack[base + i] = stack[fa + 1 + i];
      stack[fa + 1 + i] = undefined;
    }
    let i = base + np;
    if (p.isVararg & VARARG_NEEDSARG) {
      const arg = new LuaTable();
      const nvar = nargs - np;
      for (let j = 0; j < nvar; j++) arg.set(j + 1, stack[fa + 1 + np + j]);
      arg.set('n', nvar);
      stack[i++] = arg;
    }
    for (; i < top; i++) stack[i] = undefined;
  }
  const ci = L.cis[++L.depth] ?? newCallInfo(L);
  ci.enter(fa, base, base + p.maxStackSize, nres, cl, null, nccalls);
  p.hotCount = (p.hotCount + 1) | 0; // stays a small integer (an untagged field)
  if (L.hookMask & HookMask.CALL) callHook(L, 'call', -1);
  return ci;
}

function pushNative(L: Thread, fa: number, nargs: number, nres: number, f: NativeFunction, ccall = 0): CallInfo {
  if (L.depth >= L.G.maxCalls) throw stackOverflow(L);
  const nccalls = L.cis[L.depth].nccalls + ccall;
  if (ccall !== 0 && nccalls >= MAXCCALLS) cStackOverflow(L, nccalls);
  const ci = L.cis[++L.depth] ?? newCallInfo(L);
  ci.enter(fa, fa + 1, fa + 1 + nargs + EXTRA_STACK, nres, null, f, nccalls);
  return ci;
}

/**
 * LUAI_MAXCCALLS: "C stack overflow" at 200 nested C calls (metamethods, iterators, callbacks of
 * natives, host calls), as luaD_call says it; a little more room for error handlers, then
 * "error in error handling".
 */
function cStackOverflow(L: Thread, n: number): void {
  if (n === MAXCCALLS) throw runError(L, 'C stack overflow');
  if (n >= MAXCCALLS + (MAXCCALLS >> 3)) throw new LuaError('error in error handling');
}

/** "stack overflow", or "error in error handling" when it happens again in a message handler. */
function stackOverflow(L: Thread): LuaError {
  return L.G.maxCalls > MAXCALLS ? new LuaError('error in error handling') : runError(L, 'stack overflow');
}

/** Close the open upvalues at stack index >= level. */
export function closeUpvals(L: Thread, level: number): void {
  let uv = L.openupval;
  while (uv !== null && uv.index >= level) {
    const next = uv.next;
    uv.close();
    uv = next;
  }
  L.openupval = uv;
}

function findUpval(L: Thread, idx: number): UpVal {
  let prev: UpVal | null = null;
  let uv = L.openupval;
  while (uv !== null && uv.index > idx) {
    prev = uv;
    uv = uv.next;
  }
  if (uv !== null && uv.index === idx) return uv;
  const created = new UpVal(L.stack, idx, uv);
  if (prev === null) L.openupval = created;
  else prev.next = created;
  return created;
}

// ---------------------------------------------------------------- calls

/**
 * Call the value at stack[fa] with nargs arguments above it, wanting nres results (-1: all).
 * Lua closures get a frame (RELOAD); natives run now and their results are delivered by
 * `finishCall` (which may itself resume a generator or apply a continuation).
 */
export function callAt(L: Thread, fa: number, nargs: number, nres: number, stopDepth: number, ccall = 0): Step {
  const stack = L.stack;
  let fn = stack[fa];
  if (!(fn instanceof Closure) && !(fn instanceof NativeFunction)) {
    const h = metaOf(L.G, fn, '__call');
    if (!isFunction(h)) throw typeErrorFor(L, fn, fa, 'call');
    ensureStack(L, fa + nargs + 2);
    for (let i = fa + nargs; i >= fa; i--) stack[i + 1] = stack[i];
    stack[fa] = h;
    nargs++;
    fn = h;
  }
  if (fn instanceof Closure) {
    pushLua(L, fa, nargs, nres, fn, ccall);
    return Step.RELOAD;
  }
  const f = fn as NativeFunction;
  const args = copyOut(stack, fa + 1, nargs);
  const ci = pushNative(L, fa, nargs, nres, f, ccall);
  if (L.hookMask & HookMask.CALL) callHook(L, 'call', -1);
  if (f.fn !== null) {
    const r = f.fn(L, args);
    if (r === YIELD) return yieldThread(L);
    if (L.hookMask & HookMask.RET) callHook(L, 'return', -1);
    return finishCall(L, r, stopDepth);
  }
  const gen = f.resumable!(L, args) as Generator<CallRequest, unknown, LuaValue[]>;
  ci.gen = gen;
  return resumeNative(L, ci, gen.next(undefined as unknown as LuaValue[]), stopDepth);
}

function yieldThread(L: Thread): Step {
  L.status = 'suspended';
  return Step.STOP;
}

/**
 * The frame at L.depth (a native, or the Lua frame answered by a resume) is done with `r`
 * (a NativeResult). Pop it, place the results for its caller and go on in the caller.
 */
export function finishCall(L: Thread, r: unknown, stopDepth: number): Step {
  const ci = L.cis[L.depth];
  const fa = ci.func;
  finishNativeResults(L, fa, ci.nresults, r);
  L.depth--;
  ci.gen = null;
  ci.native = null;
  return afterReturn(L, fa, stopDepth);
}

/** A frame just returned its results at stack[fa...]; continue in the caller. */
function afterReturn(L: Thread, fa: number, stopDepth: number): Step {
  if (L.depth < stopDepth) return Step.STOP;
  const parent = L.cis[L.depth];
  if (parent.gen !== null) {
    const results = copyOut(L.stack, fa, L.top - fa);
    return resumeNative(L, parent, parent.gen.next(results), stopDepth);
  }
  if (parent.cont !== Cont.NONE) {
    if (parent.cont === Cont.TFOR) { // an iterator (a wrap, a Lua function) returned at R(A+3)
      parent.cont = Cont.NONE;
      tforContinue(L, parent, fa);
      return Step.RELOAD;
    }
    return continuation(L, parent, stopDepth);
  }
  return Step.RELOAD;
}

/** Drive a resumable native after it yielded/returned `step`. */
function resumeNative(
  L: Thread, ci: CallInfo, step: IteratorResult<CallRequest, unknown>, stopDepth: number,
): Step {
  if (step.done) {
    if (L.hookMask & HookMask.RET) callHook(L, 'return', -1);
    return finishCall(L, step.value, stopDepth);
  }
  const req = step.value;
  const stack = L.stack;
  const fa = ci.base;
  const nargs = req.args.length;
  ensureStack(L, fa + nargs + 1 + EXTRA_STACK);
  stack[fa] = req.fn;
  for (let i = 0; i < nargs; i++) stack[fa + 1 + i] = req.args[i];
  return callAt(L, fa, nargs, -1, stopDepth, 1); // a native calling Lua: lua_call
}

/** Take the JMP at ci.savedpc (a conditional jump finished by a continuation), counting back-edges. */
function jumpSaved(L: Thread, ci: CallInfo, code: Int32Array): void {
  jumpBy(L, ci, (code[ci.savedpc] >>> 14) - 131071);
}

/** Move ci.savedpc past a JMP of offset `off`, counting a back-edge against the budget. */
function jumpBy(L: Thread, ci: CallInfo, off: number): void {
  ci.savedpc += off + 1;
  if (off < 0 && (L.G.budget += off) <= 0) checkLimits(L);
}

/** Apply the continuation of Lua frame `ci` to the result of the call it made at stack[ci.top]. */
function continuation(L: Thread, ci: CallInfo, stopDepth: number): Step {
  const stack = L.stack;
  const kind = ci.cont;
  ci.cont = Cont.NONE;
  switch (kind) {
    case Cont.STORE:
      stack[ci.contA] = stack[ci.top];
      break;
    case Cont.DISCARD:
      break;
    case Cont.TEST:
    case Cont.TESTNOT: {
      let res = stack[ci.top] !== undefined && stack[ci.top] !== false;
      if (kind === Cont.TESTNOT) res = !res;
      const code = ci.closure!.proto.code;
      if (res === (ci.contA !== 0)) jumpSaved(L, ci, code);
      else ci.savedpc++;
      break;
    }
    case Cont.CONCAT: {
      stack[ci.contA] = stack[ci.top];
      const i = ci.closure!.proto.code[ci.savedpc - 1];
      const step = concat(L, ci, ci.base + (i >>> 23), ci.contA, stopDepth);
      if (step !== Step.STORED) return step;
      stack[ci.base + ((i >>> 6) & 0xff)] = stack[ci.base + (i >>> 23)];
      break;
    }
  }
  return Step.RELOAD;
}

/**
 * TFORLOOP's test after its iterator returned its results at stack[fa] = R(A+3): loop again (the
 * JMP back, whose target TFORLOOP left in ci.contA) or fall through.
 */
function tforContinue(L: Thread, ci: CallInfo, fa: number): void {
  const stack = L.stack;
  const v = stack[fa];
  if (v !== undefined) {
    stack[fa - 1] = v; // R(A+2) := R(A+3)
    jumpBy(L, ci, ci.contA - ci.savedpc - 1);
  } else {
    ci.savedpc++;
  }
}

/** Call metamethod h(a, b[, c]) from Lua frame ci with continuation `cont` (target contA). */
function callMeta(
  L: Thread, ci: CallInfo, cont: Cont, contA: number, h: LuaValue, a: LuaValue, b: LuaValue,
  c: LuaValue, nargs: number, stopDepth: number,
): Step {
  const stack = L.stack;
  const fa = ci.top;
  ensureStack(L, fa + 4 + EXTRA_STACK);
  stack[fa] = h;
  stack[fa + 1] = a;
  stack[fa + 2] = b;
  stack[fa + 3] = c;
  ci.cont = cont;
  ci.contA = contA;
  return callAt(L, fa, nargs, 1, stopDepth, 1); // metamethods are called from "C" (luaT_callTM)
}

// ---------------------------------------------------------------- slow paths of the loop

/** R(dst) := t[k] with __index; `reg` names t in errors. */
function getTableSlow(L: Thread, ci: CallInfo, t: LuaValue, k: LuaValue, dst: number, reg: number, stopDepth: number): Step {
  for (let loop = 0; loop < MAXTAGLOOP; loop++) {
    let h: LuaValue;
    if (t instanceof LuaTable) {
      const v = t.get(k);
      if (v !== undefined || t.metatable === undefined || (h = t.metatable.getStr('__index')) === undefined) {
        L.stack[dst] = v;
        return Step.STORED;
      }
    } else {
      h = metaOf(L.G, t, '__index');
      if (h === undefined) throw typeErrorFor(L, t, reg, 'index');
    }
    if (h instanceof Closure || h instanceof NativeFunction) {
      return callMeta(L, ci, Cont.STORE, dst, h, t, k, undefined, 2, stopDepth);
    }
    t = h;
    reg = -1;
  }
  throw runError(L, 'loop in gettable');
}

/** t[k] := v with __newindex. */
function setTableSlow(L: Thread, ci: CallInfo, t: LuaValue, k: LuaValue, v: LuaValue, reg: number, stopDepth: number): Step {
  for (let loop = 0; loop < MAXTAGLOOP; loop++) {
    let h: LuaValue;
    if (t instanceof LuaTable) {
      if (k === undefined || k !== k) rawSet(L, t, k, v); // luaH_set rejects the key before __newindex
      const mt = t.metatable;
      if (mt === undefined || t.get(k) !== undefined || (h = mt.getStr('__newindex')) === undefined) {
        rawSet(L, t, k, v);
        return Step.STORED;
      }
    } else {
      h = metaOf(L.G, t, '__newindex');
      if (h === undefined) throw typeErrorFor(L, t, reg, 'index');
    }
    if (h instanceof Closure || h instanceof NativeFunction) {
      return callMeta(L, ci, Cont.DISCARD, 0, h, t, k, v, 3, stopDepth);
    }
    t = h;
    reg = -1;
  }
  throw runError(L, 'loop in settable');
}

function arithSlow(
  L: Thread, ci: CallInfo, op: ArithOp, a: LuaValue, b: LuaValue, dst: number, regA: number, regB: number, stopDepth: number,
): Step {
  const x = typeof a === 'number' ? a : typeof a === 'string' ? str2number(a) : undefined;
  const y = typeof b === 'number' ? b : typeof b === 'string' ? str2number(b) : undefined;
  if (x !== undefined && y !== undefined) {
    L.stack[dst] = arithNumbers(op, x, y);
    return Step.STORED;
  }
  const h = arithMeta(L.G, a, b, op);
  if (h === undefined) throw arithError(L, a, b, regA, regB);
  return callMeta(L, ci, Cont.STORE, dst, h, a, b, undefined, 2, stopDepth);
}

/** LT/LE with metamethods: a conditional jump decided by the metamethod's result. */
function compareSlow(L: Thread, ci: CallInfo, a: LuaValue, b: LuaValue, le: boolean, want: number, stopDepth: number): Step {
  if (typeName(a) === typeName(b)) {
    if (le) {
      let h = compareMeta(L.G, a, b, '__le');
      if (h !== undefined) return callMeta(L, ci, Cont.TEST, want, h, a, b, undefined, 2, stopDepth);
      h = compareMeta(L.G, b, a, '__lt');
      if (h !== undefined) return callMeta(L, ci, Cont.TESTNOT, want, h, b, a, undefined, 2, stopDepth);
    } else {
      const h = compareMeta(L.G, a, b, '__lt');
      if (h !== undefined) return callMeta(L, ci, Cont.TEST, want, h, a, b, undefined, 2, stopDepth);
    }
  }
  throw orderError(L, a, b);
}

/** luaV_concat over stack[first..last]; the result ends in stack[first]. */
function concat(L: Thread, ci: CallInfo, first: number, last: number, stopDepth: number): Step {
  const stack = L.stack;
  while (last > first) {
    const a = stack[last - 1], b = stack[last];
    if ((typeof a === 'string' || typeof a === 'number') && (typeof b === 'string' || typeof b === 'number')) {
      // Collect as many strings/numbers as possible going down.
      let n = 2;
      while (last - n >= first) {
        const v = stack[last - n];
        if (typeof v !== 'string' && typeof v !== 'number') break;
        n++;
      }
      let s = '';
      for (let i = last - n + 1; i <= last; i++) {
        const v = stack[i];
        s += typeof v === 'number' ? numberToString(v) : v as string;
      }
      last = last - n + 1;
      if (meter !== null) charge(stringBytes(s.length));
      stack[last] = s;
    } else {
      let h = metaOf(L.G, a, '__concat');
      if (h === undefined) h = metaOf(L.G, b, '__concat');
      if (h === undefined) throw concatError(L, a, b, last - 1, last);
      return callMeta(L, ci, Cont.CONCAT, last - 1, h, a, b, undefined, 2, stopDepth);
    }
  }
  return Step.STORED;
}

function eqSlow(L: Thread, ci: CallInfo, a: LuaValue, b: LuaValue, want: number, stopDepth: number): Step {
  const h = eqMeta(L.G, a, b);
  if (h === undefined) return Step.STORED; // not equal: the caller handles the jump
  return callMeta(L, ci, Cont.TEST, want, h, a, b, undefined, 2, stopDepth);
}

function lenSlow(L: Thread, ci: CallInfo, v: LuaValue, dst: number, reg: number, stopDepth: number): Step {
  const h = metaOf(L.G, v, '__len');
  if (h === undefined) throw typeErrorFor(L, v, reg, 'get length of');
  return callMeta(L, ci, Cont.STORE, dst, h, v, undefined, undefined, 2, stopDepth);
}

function forPrep(L: Thread, ra: number): void {
  const stack = L.stack;
  const init = toNum(stack[ra]);
  if (init === undefined) throw runError(L, "'for' initial value must be a number");
  const limit = toNum(stack[ra + 1]);
  if (limit === undefined) throw runError(L, "'for' limit must be a number");
  const step = toNum(stack[ra + 2]);
  if (step === undefined) throw runError(L, "'for' step must be a number");
  stack[ra] = init - step;
  stack[ra + 1] = limit;
  stack[ra + 2] = step;
}

/** `next` for the generic-for fast path, with its error message. */
function tableNext(L: Thread, t: LuaTable, k: LuaValue): [LuaValue, LuaValue] | undefined {
  try {
    return t.next(k);
  } catch (e) {
    if (e instanceof InvalidKeyError) throw new LuaError("invalid key to 'next'"); // raised inside `next`: no position
    throw e;
  }
}

function toNum(v: LuaValue): number | undefined {
  return typeof v === 'number' ? v : typeof v === 'string' ? str2number(v) : undefined;
}

function setList(L: Thread, ra: number, n: number, block: number): void {
  const stack = L.stack;
  const t = stack[ra] as LuaTable;
  const last = (block - 1) * 50;
  for (let j = 1; j <= n; j++) t.set(last + j, stack[ra + j]);
}

// ---------------------------------------------------------------- errors

/**
 * An exception escaped the loop. Unwind to the nearest suspended resumable native at or above
 * `stopDepth` (pcall, xpcall, …) and throw the error into it. Returns the Step to go on with,
 * or rethrows when nothing here catches it (after unwinding to stopDepth - 1).
 */
export function handleError(L: Thread, e: unknown, stopDepth: number): Step {
  // The message handler of the protecting frame runs first, with the failing frames in place.
  let caught = e instanceof LuaAbort;
  for (let d = L.depth; d >= stopDepth && !caught; d--) {
    const ci = L.cis[d];
    if (ci.gen !== null && (ci.protects || ci.handler !== undefined)) {
      if (ci.handler !== undefined) {
        e = callHandler(L, ci.handler, e);
        ci.handler = undefined;
      }
      caught = true;
    }
  }
  if (!caught && L.hostHandler !== undefined && L.hostHandlerDepth === stopDepth) {
    const h = L.hostHandler;
    L.hostHandler = undefined; // once per error
    e = callHandler(L, h, e);
  }
  for (;;) {
    if (e instanceof LuaAbort) break;
    let d = L.depth;
    while (d >= stopDepth && L.cis[d].gen === null) d--;
    if (d < stopDepth) break;
    const ci = L.cis[d];
    const above = L.cis[d + 1];
    if (above !== undefined && d + 1 <= L.depth) closeUpvals(L, above.func);
    L.depth = d;
    const gen = ci.gen!;
    let step: IteratorResult<CallRequest, unknown>;
    try {
      step = gen.throw(e);
    } catch (e2) {
      ci.gen = null;
      e = e2;
      continue;
    }
    try {
      return resumeNative(L, ci, step, stopDepth);
    } catch (e3) {
      e = e3;
    }
  }
  // A coroutine that dies keeps its frames, so debug.traceback(co) still shows where it failed.
  if (stopDepth === 1 && L !== L.G.mainThread) throw e;
  const base = L.cis[stopDepth];
  if (base !== undefined && stopDepth <= L.depth) closeUpvals(L, base.func);
  L.depth = stopDepth - 1;
  throw e;
}

/** Run xpcall's message handler on the error at the point of the error. */
function callHandler(L: Thread, handler: LuaValue, e: unknown): unknown {
  const G = L.G;
  const saved = G.maxCalls;
  G.maxCalls = MAXCALLS + 250; // room for the handler after a stack overflow (ldo.c's growCI)
  try {
    const r = callSync(L, handler, [errorValue(e)]);
    return new LuaError(r[0]);
  } catch (e2) {
    if (e2 instanceof LuaAbort) return e2;
    return new LuaError('error in error handling');
  } finally {
    G.maxCalls = saved;
  }
}

// ---------------------------------------------------------------- entry points

/**
 * Run the thread until the frame at `stopDepth` returns or the thread yields.
 *
 * Coroutines resumed from this loop run in it too (see `enterInline`): an error is handled in the
 * thread that was running when it was raised (`G.current`), and a coroutine that stops — yields,
 * returns or dies — hands its results to its resumer and the loop goes on there.
 */
export function execute(L0: Thread, stopDepth0: number): void {
  const G = L0.G;
  let L = L0, stopDepth = stopDepth0;
  for (;;) {
    try {
      // run returns false after a budget `pause`: it is re-entered (so V8 can re-optimize it),
      // in the thread it paused in.
      while (!run(L, stopDepth, L0)) {
        L = switchThread!;
        switchThread = null; // no module-level reference keeps a runtime alive
        stopDepth = switchStop;
      }
      return;
    } catch (e) {
      let err: unknown = e;
      for (;;) {
        const cur = G.current;
        if (cur === L0) {
          if (handleError(L0, err, stopDepth0) === Step.STOP) return; // or throws: not caught here
          L = L0;
          stopDepth = stopDepth0;
          break;
        }
        try {
          let step: Step;
          let died = false;
          try {
            step = handleError(cur, err, 1);
          } catch (e2) {
            died = true;
            err = e2;
            step = Step.STOP;
          }
          if (step === Step.RELOAD) {
            L = cur;
            stopDepth = 1;
            break;
          }
          const next = leaveStopped(cur, L0, died, err);
          if (next === null) return;
          L = next;
          stopDepth = switchStop;
          break;
        } catch (e3) {
          err = e3; // raised in a resumer while leaving: handle it there
        }
      }
    }
  }
}

/** Native kinds the loop runs by switching threads (NativeFunction.sw). */
export const enum Switch { NONE = 0, RESUME = 1, WRAP = 2, YIELD = 3 }

/**
 * coroutine.resume(co, ...) or a wrap function, called from Lua code running in L: when `co` can
 * simply be resumed, push the call's native frame, switch to co in place — no nested JS loop; the
 * loop continues in co with stopDepth 1 — and return co (its first Step in `switchStep`). The
 * arguments go straight from L's stack to co's. Returns null when the native must run as usual
 * (co not suspended, awaiting, C stack exhausted), which reports the error or handles the case.
 */
function enterInline(
  L: Thread, f: NativeFunction, fa: number, nargs: number, nres: number, stopDepth: number, ccall: number,
): Thread | null {
  const wrap = f.sw === Switch.WRAP;
  if (!wrap && nargs < 1) return null;
  const co = wrap ? f.upvalues[0] : L.stack[fa + 1];
  if (!(co instanceof Thread) || co.status !== 'suspended' || co.cis[co.depth].awaitFor !== null) return null;
  const G = L.G;
  // The ordinary path reports the call and C-stack limits and runs hooks.
  if (L.depth >= G.maxCalls || G.nCcalls >= MAXCCALLS || co.hookMask !== 0) return null;
  const nccalls = L.cis[L.depth].nccalls + ccall;
  if (nccalls >= MAXCCALLS) return null;
  const ci = L.cis[++L.depth] ?? newCallInfo(L); // pushNative, its checks done above
  ci.enter(fa, fa + 1, fa + 1 + nargs + EXTRA_STACK, nres, null, f, nccalls);
  const first = wrap ? fa + 1 : fa + 2;
  const n = wrap ? nargs : nargs - 1;
  L.status = 'normal';
  co.status = 'running';
  G.current = co;
  G.nCcalls++;
  co.inlineParent = L;
  co.parentStop = stopDepth;
  co.inlineWrap = wrap;
  if (co.started) {
    co.awaiting = undefined;
    switchStep = finishFrom(co, L.stack, first, n, false, 1);
  } else {
    // lua_resume: the body runs with the resumer's C calls, plus one. (Only the body's frame
    // reads the base record's count, so started coroutines need no update.)
    co.cis[0].nccalls = nccalls + 1;
    switchStep = resumeStep(co, copyOut(L.stack, first, n));
  }
  return co;
}

/**
 * coroutine.yield in `co`, a coroutine this loop switched to (its yield frame pushed): switch back
 * to the resumer P (co.inlineParent) and deliver the values straight from co's stack. Returns P's
 * Step (P's stop depth is co.parentStop).
 */
function yieldInline(co: Thread, P: Thread, from: number, n: number): Step {
  co.status = 'suspended';
  switchBack(co, P);
  if (P.hookMask & HookMask.RET) callHook(P, 'return', -1);
  return finishFrom(P, co.stack, from, n, !co.inlineWrap, co.parentStop);
}

/** enterInline undone: the resumer P runs again (co's own status is set by the caller). */
function switchBack(co: Thread, P: Thread): void {
  co.inlineParent = null;
  co.G.nCcalls--;
  co.G.current = P;
  P.status = 'running';
}

/**
 * Finish the native frame on top of L with the results src[from .. from+n) — preceded by `true`
 * when `lead` (coroutine.resume's) — placed for its caller; then go on in the caller. `src` is
 * another thread's stack.
 */
function finishFrom(L: Thread, src: LuaValue[], from: number, n: number, lead: boolean, stopDepth: number): Step {
  const ci = L.cis[L.depth];
  const fa = ci.func;
  const wanted = ci.nresults;
  if (wanted < 0) {
    placeAll(L, src, from, n, lead, fa);
  } else {
    const dst = L.stack;
    const k0 = lead ? 1 : 0;
    let j = 0;
    if (lead && wanted > 0) dst[fa + j++] = true;
    for (; j < wanted; j++) {
      const q = j - k0;
      dst[fa + j] = q < n ? src[from + q] : undefined;
    }
  }
  L.depth--;
  ci.native = null;
  return afterReturn(L, fa, stopDepth);
}

/** finishFrom for a call that wants all results (kept apart so finishFrom stays small). */
function placeAll(L: Thread, src: LuaValue[], from: number, n: number, lead: boolean, fa: number): void {
  const k0 = lead ? 1 : 0;
  ensureStack(L, fa + n + k0 + EXTRA_STACK);
  const dst = L.stack;
  if (lead) dst[fa] = true;
  for (let j = 0; j < n; j++) dst[fa + k0 + j] = src[from + j];
  L.top = fa + n + k0;
}

/**
 * Hand-over between the loop and its helpers: the coroutine's first Step after enterInline; the
 * stop depth of the thread leaveStopped returns; and the thread (with its stop depth) `execute`
 * re-enters `run` with after a `pause`.
 */
let switchStep: Step = Step.RELOAD;
let switchStop = 0;
let switchThread: Thread | null = null;

/**
 * Resume co (suspended, already marked running) with args: start its body, or deliver args as
 * the results of its pending yield. The Step for co's loop.
 */
export function resumeStep(co: Thread, args: LuaValue[]): Step {
  if (!co.started) {
    co.started = true;
    const n = args.length;
    ensureStack(co, n + 16);
    co.stack[0] = co.body;
    for (let i = 0; i < n; i++) co.stack[1 + i] = args[i];
    co.cis[0].top = n + 1;
    return callAt(co, 0, n, -1, 1);
  }
  co.awaiting = undefined;
  if (co.hookMask & HookMask.RET) callHook(co, 'return', -1); // the pending yield returns
  return finishCall(co, args, 1);
}

/**
 * `co`, entered in place by enterInline, has stopped: it yielded, its body returned, or (`died`)
 * it failed with `err`. Switch back to its resumer and finish the resume/wrap call there, repeating
 * while resumers stop too. Returns the thread to go on with (its stop depth in `switchStop`), or
 * null when `entry` (the thread the loop was started for) stopped. Errors raised for the resumer
 * (wrap's, LuaAbort) are thrown with G.current already the resumer.
 */
function leaveStopped(co: Thread, entry: Thread, died: boolean, err: unknown): Thread | null {
  for (;;) {
    const P = co.inlineParent!;
    const stop = co.parentStop;
    switchBack(co, P);
    let step: Step;
    if (!died && co.status === 'suspended' && co.awaiting !== undefined) {
      forwardAwait(P, co, co.inlineWrap); // P awaits the same promise (or this throws in P)
      step = yieldThread(P);
    } else {
      if (died) {
        co.status = 'dead';
        if (err instanceof LuaAbort) throw err;
        if (co.inlineWrap) wrapFailure(P, errorValue(err)); // raised in P
      }
      if (P.hookMask & HookMask.RET) callHook(P, 'return', -1);
      if (died) {
        step = finishCall(P, [false, errorValue(err)], stop);
        died = false;
      } else if (co.status === 'suspended') {
        step = finishCall(P, co.inlineWrap ? co.transfer : withTrue(co.transfer), stop);
      } else {
        co.status = 'dead'; // the body returned its results at co.stack[0 .. top)
        step = finishFrom(P, co.stack, 0, co.top, !co.inlineWrap, stop);
      }
    }
    if (step === Step.RELOAD) {
      switchStop = stop;
      return P;
    }
    if (P === entry) return null;
    co = P;
  }
}

/**
 * Call fn(...args) from JS and return all results (lua_call). Not yieldable: a yield inside fails
 * with "attempt to yield across metamethod/C-call boundary". With `handler`, an error that leaves
 * the call is first passed to handler(err) at the point of the error (lua_pcall's msgh), and what
 * it returns is thrown (as a LuaError) instead.
 */
export function callSync(L: Thread, fn: LuaValue, args: LuaValue[], handler?: LuaValue): LuaValue[] {
  const G = L.G;
  if (G.nCcalls >= MAXCCALLS) {
    throw runError(L, G.nCcalls === MAXCCALLS ? 'C stack overflow' : 'error in error handling');
  }
  const d0 = L.depth;
  const fa = d0 > 0 ? Math.max(L.cis[d0].top, L.top) : Math.max(L.top, 0);
  const nargs = args.length;
  ensureStack(L, fa + nargs + 1 + EXTRA_STACK);
  const stack = L.stack;
  stack[fa] = fn;
  for (let i = 0; i < nargs; i++) stack[fa + 1 + i] = args[i];
  G.nCcalls++;
  L.nny++;
  const prevHandler = L.hostHandler, prevHandlerDepth = L.hostHandlerDepth;
  if (handler !== undefined) {
    L.hostHandler = handler;
    L.hostHandlerDepth = d0 + 1;
  }
  const prevMeter = meter;
  if (G.memoryMeter !== prevMeter) enterMeter(G);
  try {
    if (callAt(L, fa, nargs, -1, d0 + 1, 1) === Step.RELOAD) execute(L, d0 + 1);
  } catch (e) {
    let err = e;
    if (handler !== undefined && L.hostHandler === handler && L.hostHandlerDepth === d0 + 1 && !(e instanceof LuaAbort)) {
      L.hostHandler = undefined; // an error raised before any frame ran (a native called directly)
      err = callHandler(L, handler, e);
    }
    closeUpvals(L, fa);
    L.depth = d0;
    L.top = fa; // nothing of the failed call stays counted as live
    throw err;
  } finally {
    G.nCcalls--;
    L.nny--;
    L.hostHandler = prevHandler;
    L.hostHandlerDepth = prevHandlerDepth;
    if (meter !== prevMeter) leaveMeter(prevMeter);
  }
  const results = copyOut(stack, fa, L.top - fa);
  L.top = fa;
  return results;
}

/** Place a native's results for a CALL at stack[a] (the hooked path). */
function finishNativeResults(L: Thread, a: number, nres: number, r: unknown): void {
  const stack = L.stack;
  if (Array.isArray(r)) {
    const n = r.length;
    if (nres < 0) {
      ensureStack(L, a + n + EXTRA_STACK);
      for (let j = 0; j < n; j++) stack[a + j] = r[j];
      L.top = a + n;
    } else {
      for (let j = 0; j < nres; j++) stack[a + j] = j < n ? r[j] : undefined;
    }
  } else {
    stack[a] = r as LuaValue;
    if (nres < 0) L.top = a + 1;
    else for (let j = 1; j < nres; j++) stack[a + j] = undefined;
  }
}

// ---------------------------------------------------------------- the loop

function run(L: Thread, stopDepth: number, entry: Thread): boolean {
  let stack = L.stack;
  const G = L.G;
  for (;;) {
  let ci: CallInfo, cl: Closure, p: Proto, code: Int32Array, k: LuaValue[], upvals: UpVal[], base: number, pc: number;
  let hooked: boolean;
  frame: for (;;) {
    ci = L.cis[L.depth];
    cl = ci.closure!;
    p = cl.proto;
    code = p.code;
    k = p.k;
    upvals = cl.upvals;
    base = ci.base;
    pc = ci.savedpc;
    hooked = L.hookMask !== 0;
    for (;;) {
      const i = code[pc++];
      if (hooked && (L.hookMask & (HookMask.LINE | HookMask.COUNT)) !== 0) traceExec(L, ci, pc);
      const a = base + ((i >>> 6) & 0xff);
      switch (i & 0x3f) {
        case 0: // MOVE
          stack[a] = stack[base + (i >>> 23)];
          break;
        case 1: // LOADK
          stack[a] = k[i >>> 14];
          break;
        case 2: // LOADBOOL
          stack[a] = (i >>> 23) !== 0;
          if (((i >>> 14) & 0x1ff) !== 0) pc++;
          break;
        case 3: { // LOADNIL
          const b = base + (i >>> 23);
          for (let r = a; r <= b; r++) stack[r] = undefined;
          break;
        }
        case 4: { // GETUPVAL
          const uv = upvals[i >>> 23];
          stack[a] = uv.cell[uv.index];
          break;
        }
        case 5: { // GETGLOBAL
          const env = cl.env;
          const key = k[i >>> 14] as string;
          const v = env.hash.get(key);
          if (v !== undefined || env.metatable === undefined) {
            stack[a] = v;
            break;
          }
          ci.savedpc = pc;
          const s = getTableSlow(L, ci, env, key, a, -1, stopDepth);
          if (s === Step.STORED) break;
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 6: { // GETTABLE
          const t = stack[base + (i >>> 23)];
          const c = (i >>> 14) & 0x1ff;
          const key = c & 256 ? k[c & 255] : stack[base + c];
          if (t instanceof LuaTable) {
            const v = typeof key === 'string' ? t.hash.get(key) : t.get(key);
            if (v !== undefined || t.metatable === undefined) {
              stack[a] = v;
              break;
            }
            // One level of `__index = Class` (the OOP idiom), inline.
            const idx = t.metatable.hash.get('__index');
            if (idx instanceof LuaTable) {
              const w = typeof key === 'string' ? idx.hash.get(key) : idx.get(key);
              if (w !== undefined || idx.metatable === undefined) {
                stack[a] = w;
                break;
              }
            }
          }
          ci.savedpc = pc;
          const s = getTableSlow(L, ci, t, key, a, base + (i >>> 23), stopDepth);
          if (s === Step.STORED) break;
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 7: { // SETGLOBAL
          const env = cl.env;
          const key = k[i >>> 14] as string;
          if (env.metatable === undefined) {
            const v = stack[a];
            if (v === undefined) env.hash.delete(key);
            else {
              if (meter !== null && !env.hash.has(key)) charge(HASH_SLOT_BYTES);
              env.hashForWrite().set(key, v);
            }
            break;
          }
          ci.savedpc = pc;
          const s = setTableSlow(L, ci, env, key, stack[a], -1, stopDepth);
          if (s === Step.STORED) break;
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 8: { // SETUPVAL
          const uv = upvals[i >>> 23];
          uv.cell[uv.index] = stack[a];
          break;
        }
        case 9: { // SETTABLE
          const t = stack[a];
          const b = i >>> 23;
          const c = (i >>> 14) & 0x1ff;
          const key = b & 256 ? k[b & 255] : stack[base + b];
          const v = c & 256 ? k[c & 255] : stack[base + c];
          if (t instanceof LuaTable && t.metatable === undefined) {
            if (typeof key === 'string') {
              if (v === undefined) t.hash.delete(key);
              else {
                if (meter !== null && !t.hash.has(key)) charge(HASH_SLOT_BYTES);
                t.hashForWrite().set(key, v);
              }
              break;
            }
            if (typeof key === 'number' && key === key) {
              t.set(key, v);
              break;
            }
          }
          ci.savedpc = pc;
          const s = setTableSlow(L, ci, t, key, v, a, stopDepth);
          if (s === Step.STORED) break;
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 10: // NEWTABLE
          if (meter !== null) { ci.savedpc = pc; charge(TABLE_BYTES); }
          stack[a] = new LuaTable();
          break;
        case 11: { // SELF
          const t = stack[base + (i >>> 23)];
          const c = (i >>> 14) & 0x1ff;
          const key = c & 256 ? k[c & 255] : stack[base + c];
          stack[a + 1] = t;
          if (t instanceof LuaTable) {
            const v = typeof key === 'string' ? t.hash.get(key) : t.get(key);
            if (v !== undefined || t.metatable === undefined) {
              stack[a] = v;
              break;
            }
            const idx = t.metatable.hash.get('__index');
            if (idx instanceof LuaTable) {
              const w = typeof key === 'string' ? idx.hash.get(key) : idx.get(key);
              if (w !== undefined || idx.metatable === undefined) {
                stack[a] = w;
                break;
              }
            }
          } else if (typeof t === 'string' && G.stringMeta !== undefined) {
            // s:method(...) — the string metatable's __index table, without the generic walk
            const idx = G.stringMeta.hash.get('__index');
            if (idx instanceof LuaTable && idx.metatable === undefined) {
              stack[a] = idx.get(key);
              break;
            }
          }
          ci.savedpc = pc;
          const s = getTableSlow(L, ci, t, key, a, base + (i >>> 23), stopDepth);
          if (s === Step.STORED) break;
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 12: { // ADD
          const b = i >>> 23;
          const c = (i >>> 14) & 0x1ff;
          const x = b & 256 ? k[b & 255] : stack[base + b];
          const y = c & 256 ? k[c & 255] : stack[base + c];
          if (typeof x === 'number' && typeof y === 'number') {
            stack[a] = x + y;
            break;
          }
          ci.savedpc = pc;
          const s = arithSlow(L, ci, ArithOp.ADD, x, y, a, b & 256 ? -1 : base + b, c & 256 ? -1 : base + c, stopDepth);
          if (s === Step.STORED) break;
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 13: { // SUB
          const b = i >>> 23;
          const c = (i >>> 14) & 0x1ff;
          const x = b & 256 ? k[b & 255] : stack[base + b];
          const y = c & 256 ? k[c & 255] : stack[base + c];
          if (typeof x === 'number' && typeof y === 'number') {
            stack[a] = x - y;
            break;
          }
          ci.savedpc = pc;
          const s = arithSlow(L, ci, ArithOp.SUB, x, y, a, b & 256 ? -1 : base + b, c & 256 ? -1 : base + c, stopDepth);
          if (s === Step.STORED) break;
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 14: { // MUL
          const b = i >>> 23;
          const c = (i >>> 14) & 0x1ff;
          const x = b & 256 ? k[b & 255] : stack[base + b];
          const y = c & 256 ? k[c & 255] : stack[base + c];
          if (typeof x === 'number' && typeof y === 'number') {
            stack[a] = x * y;
            break;
          }
          ci.savedpc = pc;
          const s = arithSlow(L, ci, ArithOp.MUL, x, y, a, b & 256 ? -1 : base + b, c & 256 ? -1 : base + c, stopDepth);
          if (s === Step.STORED) break;
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 15: { // DIV
          const b = i >>> 23;
          const c = (i >>> 14) & 0x1ff;
          const x = b & 256 ? k[b & 255] : stack[base + b];
          const y = c & 256 ? k[c & 255] : stack[base + c];
          if (typeof x === 'number' && typeof y === 'number') {
            stack[a] = x / y;
            break;
          }
          ci.savedpc = pc;
          const s = arithSlow(L, ci, ArithOp.DIV, x, y, a, b & 256 ? -1 : base + b, c & 256 ? -1 : base + c, stopDepth);
          if (s === Step.STORED) break;
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 16: { // MOD
          const b = i >>> 23;
          const c = (i >>> 14) & 0x1ff;
          const x = b & 256 ? k[b & 255] : stack[base + b];
          const y = c & 256 ? k[c & 255] : stack[base + c];
          if (typeof x === 'number' && typeof y === 'number') {
            stack[a] = x - Math.floor(x / y) * y;
            break;
          }
          ci.savedpc = pc;
          const s = arithSlow(L, ci, ArithOp.MOD, x, y, a, b & 256 ? -1 : base + b, c & 256 ? -1 : base + c, stopDepth);
          if (s === Step.STORED) break;
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 17: { // POW
          const b = i >>> 23;
          const c = (i >>> 14) & 0x1ff;
          const x = b & 256 ? k[b & 255] : stack[base + b];
          const y = c & 256 ? k[c & 255] : stack[base + c];
          if (typeof x === 'number' && typeof y === 'number') {
            stack[a] = luaPow(x, y);
            break;
          }
          ci.savedpc = pc;
          const s = arithSlow(L, ci, ArithOp.POW, x, y, a, b & 256 ? -1 : base + b, c & 256 ? -1 : base + c, stopDepth);
          if (s === Step.STORED) break;
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 18: { // UNM
          const x = stack[base + (i >>> 23)];
          if (typeof x === 'number') {
            stack[a] = -x;
            break;
          }
          ci.savedpc = pc;
          const r = base + (i >>> 23);
          const s = arithSlow(L, ci, ArithOp.UNM, x, x, a, r, r, stopDepth);
          if (s === Step.STORED) break;
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 19: { // NOT
          const x = stack[base + (i >>> 23)];
          stack[a] = x === undefined || x === false;
          break;
        }
        case 20: { // LEN
          const x = stack[base + (i >>> 23)];
          if (x instanceof LuaTable) stack[a] = x.length();
          else if (typeof x === 'string') stack[a] = x.length;
          else {
            ci.savedpc = pc;
            const s = lenSlow(L, ci, x, a, base + (i >>> 23), stopDepth);
            if (s === Step.STORED) break;
            if (s === Step.STOP) break frame;
            continue frame;
          }
          break;
        }
        case 21: { // CONCAT
          const b = base + (i >>> 23);
          const c = base + ((i >>> 14) & 0x1ff);
          ci.savedpc = pc;
          const s = concat(L, ci, b, c, stopDepth);
          if (s === Step.STORED) {
            stack[a] = stack[b];
            break;
          }
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 22: { // JMP
          const off = (i >>> 14) - 131071;
          pc += off;
          if (off < 0 && (G.budget += off) <= 0) { ci.savedpc = pc; return pause(L, stopDepth); }
          break;
        }
        case 23: { // EQ
          const b = i >>> 23;
          const c = (i >>> 14) & 0x1ff;
          const x = b & 256 ? k[b & 255] : stack[base + b];
          const y = c & 256 ? k[c & 255] : stack[base + c];
          const want = (i >>> 6) & 0xff;
          if (x === y || typeof x !== 'object' || typeof y !== 'object') {
            if ((x === y) === (want !== 0)) { const off = (code[pc] >>> 14) - 131071; pc += off + 1; if (off < 0 && (G.budget += off) <= 0) { ci.savedpc = pc; return pause(L, stopDepth); } }
            else pc++;
            break;
          }
          ci.savedpc = pc;
          const s = eqSlow(L, ci, x, y, want, stopDepth);
          if (s === Step.STORED) {
            if (want === 0) { const off = (code[pc] >>> 14) - 131071; pc += off + 1; if (off < 0 && (G.budget += off) <= 0) { ci.savedpc = pc; return pause(L, stopDepth); } }
            else pc++;
            break;
          }
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 24: case 25: { // LT LE
          const b = i >>> 23;
          const c = (i >>> 14) & 0x1ff;
          const x = b & 256 ? k[b & 255] : stack[base + b];
          const y = c & 256 ? k[c & 255] : stack[base + c];
          const want = (i >>> 6) & 0xff;
          let res: boolean;
          if (typeof x === 'number' && typeof y === 'number') res = (i & 0x3f) === 24 ? x < y : x <= y;
          else if (typeof x === 'string' && typeof y === 'string') res = (i & 0x3f) === 24 ? x < y : x <= y;
          else {
            ci.savedpc = pc;
            const s = compareSlow(L, ci, x, y, (i & 0x3f) === 25, want, stopDepth);
            if (s === Step.STOP) break frame;
            continue frame;
          }
          if (res === (want !== 0)) { const off = (code[pc] >>> 14) - 131071; pc += off + 1; if (off < 0 && (G.budget += off) <= 0) { ci.savedpc = pc; return pause(L, stopDepth); } }
          else pc++;
          break;
        }
        case 26: { // TEST
          const x = stack[a];
          if ((x === undefined || x === false) !== (((i >>> 14) & 0x1ff) !== 0)) { const off = (code[pc] >>> 14) - 131071; pc += off + 1; if (off < 0 && (G.budget += off) <= 0) { ci.savedpc = pc; return pause(L, stopDepth); } }
          else pc++;
          break;
        }
        case 27: { // TESTSET
          const x = stack[base + (i >>> 23)];
          if ((x === undefined || x === false) !== (((i >>> 14) & 0x1ff) !== 0)) {
            stack[a] = x;
            { const off = (code[pc] >>> 14) - 131071; pc += off + 1; if (off < 0 && (G.budget += off) <= 0) { ci.savedpc = pc; return pause(L, stopDepth); } }
          } else pc++;
          break;
        }
        case 28: { // CALL
          const b = i >>> 23;
          const nargs = b !== 0 ? b - 1 : L.top - a - 1;
          const nres = ((i >>> 14) & 0x1ff) - 1;
          const fn = stack[a];
          ci.savedpc = pc;
          if (fn instanceof Closure) {
            const fp = fn.proto;
            if (fp.isVararg === 0 && !hooked && L.depth < G.maxCalls && G.budget > 1) {
              // pushLua's common case, inline: fixed parameters, no hooks, budget left.
              const nb = a + 1;
              const top = nb + fp.maxStackSize;
              if (stack.length < top + EXTRA_STACK) ensureStack(L, top + EXTRA_STACK);
              const np = fp.numparams;
              for (let j = nb + (nargs < np ? nargs : np); j < top; j++) stack[j] = undefined;
              let nci = L.cis[++L.depth];
              if (nci === undefined) nci = newCallInfo(L);
              nci.enter(a, nb, top, nres, fn, null, ci.nccalls);
              G.budget--;
              fp.hotCount = (fp.hotCount + 1) | 0;
              ci = nci;
              cl = fn;
              p = fp;
              code = fp.code;
              k = fp.k;
              upvals = fn.upvals;
              base = nb;
              pc = 0;
              continue;
            }
            pushLua(L, a, nargs, nres, fn);
            continue frame;
          }
          let native: NativeFunction | null = null;
          let args: LuaValue[] | null = null;
          if (fn instanceof NativeFunction) {
            if (fn.sw !== 0 && !hooked) {
              // Coroutine switches in place: resume/wrap enter the coroutine in this loop, and a
              // yield of a coroutine entered so goes straight back to its resumer.
              if (fn.sw === Switch.YIELD) {
                if (L !== entry && L.nny === 0) {
                  pushNative(L, a, nargs, nres, fn);
                  const P = L.inlineParent!;
                  stopDepth = L.parentStop;
                  const s = yieldInline(L, P, a + 1, nargs);
                  L = P;
                  stack = P.stack;
                  if (s === Step.STOP) break frame;
                  continue frame;
                }
              } else {
                const co = enterInline(L, fn, a, nargs, nres, stopDepth, 0);
                if (co !== null) {
                  L = co;
                  stack = co.stack;
                  stopDepth = 1;
                  if (switchStep === Step.STOP) break frame;
                  continue frame;
                }
              }
            }
            if (fn.fn !== null && !hooked) {
              native = fn;
              args = copyOut(stack, a + 1, nargs);
            }
          } else if (fn instanceof Userdata && fn.metatable !== undefined && !hooked) {
            // A host object with a native __call (the API's JS functions): self first, no shifting.
            const h = fn.metatable.hash.get('__call');
            if (h instanceof NativeFunction && h.fn !== null) {
              native = h;
              args = new Array<LuaValue>(nargs + 1);
              args[0] = fn;
              for (let j = 0; j < nargs; j++) args[j + 1] = stack[a + 1 + j];
            }
          }
          if (native !== null) {
            // Plain native: call it right here, no reload.
            pushNative(L, a, nargs, nres, native);
            const r = native.fn!(L, args!);
            if (r === YIELD) { yieldThread(L); break frame; }
            if (L.hookMask & HookMask.RET) callHook(L, 'return', -1);
            L.depth--;
            finishNativeResults(L, a, nres, r);
            if (L.hookMask !== 0) continue frame;
            break;
          }
          const s = callAt(L, a, nargs, nres, stopDepth);
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 29: { // TAILCALL
          const b = i >>> 23;
          const nargs = b !== 0 ? b - 1 : L.top - a - 1;
          const fn = stack[a];
          ci.savedpc = pc;
          if (fn instanceof Closure) {
            if (L.openupval !== null && L.openupval.index >= base) closeUpvals(L, base);
            const fa = ci.func;
            for (let j = 0; j <= nargs; j++) stack[fa + j] = stack[a + j];
            const nres = ci.nresults;
            const tailcalls = ci.tailcalls + 1;
            const nccalls = ci.nccalls; // the replaced frame's C-call depth carries over
            L.depth--;
            const nci = pushLua(L, fa, nargs, nres, fn);
            nci.tailcalls = tailcalls;
            nci.nccalls = nccalls;
            continue frame;
          }
          const s = callAt(L, a, nargs, -1, stopDepth);
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 30: { // RETURN
          const b = i >>> 23;
          if (hooked && (L.hookMask & HookMask.RET) !== 0) {
            ci.savedpc = pc;
            const t = L.top;
            callHook(L, 'return', -1);
            L.top = t;
          }
          if (L.openupval !== null && L.openupval.index >= base) closeUpvals(L, base);
          const n = b !== 0 ? b - 1 : L.top - a;
          const fa = ci.func;
          const wanted = ci.nresults;
          if (wanted < 0) {
            for (let j = 0; j < n; j++) stack[fa + j] = stack[a + j];
            L.top = fa + n;
          } else {
            for (let j = 0; j < wanted; j++) stack[fa + j] = j < n ? stack[a + j] : undefined;
          }
          L.depth--;
          if (L.depth < stopDepth) break frame;
          const parent = L.cis[L.depth];
          if (parent.gen === null && parent.cont === Cont.NONE) {
            // Back in a Lua frame: reload the frame's state in place (the same loads as the
            // `frame` header; going round it instead costs ~5% of a call/return pair).
            ci = parent;
            cl = parent.closure!;
            p = cl.proto;
            code = p.code;
            k = p.k;
            upvals = cl.upvals;
            base = parent.base;
            pc = parent.savedpc;
            continue;
          }
          const s = afterReturn(L, fa, stopDepth);
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 31: { // FORLOOP
          const step = stack[a + 2] as number;
          const idx = (stack[a] as number) + step;
          const limit = stack[a + 1] as number;
          if (0 < step ? idx <= limit : limit <= idx) {
            const off = (i >>> 14) - 131071;
            pc += off;
            stack[a] = idx;
            stack[a + 3] = idx;
            if ((G.budget += off) <= 0) { ci.savedpc = pc; return pause(L, stopDepth); }
          }
          break;
        }
        case 32: { // FORPREP
          const init = stack[a], limit = stack[a + 1], step = stack[a + 2];
          if (typeof init === 'number' && typeof limit === 'number' && typeof step === 'number') {
            stack[a] = init - step;
          } else {
            ci.savedpc = pc;
            forPrep(L, a);
          }
          pc += (i >>> 14) - 131071;
          break;
        }
        case 33: { // TFORLOOP
          const f = stack[a];
          const t = stack[a + 1];
          if (t instanceof LuaTable && !hooked) {
            // Fast paths for pairs (next) and ipairs: no call frame.
            const G = L.G;
            const nres = (i >>> 14) & 0x1ff;
            if (f === G.builtinIpairsAux) {
              const idx = (stack[a + 2] as number) + 1;
              const v = t.getInt(idx);
              if (v === undefined) { pc++; break; }
              stack[a + 3] = idx;
              stack[a + 4] = v;
              for (let j = 2; j < nres; j++) stack[a + 3 + j] = undefined;
              stack[a + 2] = idx;
              { const off = (code[pc] >>> 14) - 131071; pc += off + 1; if (off < 0 && (G.budget += off) <= 0) { ci.savedpc = pc; return pause(L, stopDepth); } }
              break;
            }
            if (f instanceof NativeFunction && f.fn === G.builtinNext) {
              ci.savedpc = pc;
              const e = tableNext(L, t, stack[a + 2]);
              if (e === undefined) { pc++; break; }
              stack[a + 3] = e[0];
              stack[a + 4] = e[1];
              for (let j = 2; j < nres; j++) stack[a + 3 + j] = undefined;
              stack[a + 2] = e[0];
              { const off = (code[pc] >>> 14) - 131071; pc += off + 1; if (off < 0 && (G.budget += off) <= 0) { ci.savedpc = pc; return pause(L, stopDepth); } }
              break;
            }
          }
          if (f instanceof NativeFunction && f.fn !== null && !hooked) {
            // Any other plain native iterator (coroutine.wrap, gmatch…): call it here, no frame.
            const nres = (i >>> 14) & 0x1ff;
            const cb = a + 3;
            ci.savedpc = pc;
            ci.cont = Cont.TFOR; // in case it yields: the resume finishes the loop test
            ci.contA = pc + 1 + ((code[pc] >>> 14) - 131071); // where the loop's JMP goes
            if (f.sw === Switch.WRAP) {
              stack[cb + 1] = t;
              stack[cb + 2] = stack[a + 2];
              const co = enterInline(L, f, cb, 2, nres, stopDepth, 1);
              if (co !== null) {
                L = co;
                stack = co.stack;
                stopDepth = 1;
                if (switchStep === Step.STOP) break frame;
                continue frame;
              }
            }
            pushNative(L, cb, 2, nres, f, 1);
            const r = f.fn(L, [t, stack[a + 2]]);
            if (r === YIELD) { yieldThread(L); break frame; }
            L.depth--;
            ci.cont = Cont.NONE;
            finishNativeResults(L, cb, nres, r);
            if (stack[cb] !== undefined) {
              stack[a + 2] = stack[cb];
              const off = (code[pc] >>> 14) - 131071;
              pc += off + 1;
              if (off < 0 && (G.budget += off) <= 0) { ci.savedpc = pc; return pause(L, stopDepth); }
            } else {
              pc++;
            }
            break;
          }
          const cb = a + 3;
          stack[cb + 2] = stack[a + 2];
          stack[cb + 1] = stack[a + 1];
          stack[cb] = stack[a];
          ci.savedpc = pc;
          ci.cont = Cont.TFOR;
          ci.contA = pc + 1 + ((code[pc] >>> 14) - 131071); // where the loop's JMP goes
          const s = callAt(L, cb, 2, (i >>> 14) & 0x1ff, stopDepth, 1); // luaD_call, as in 5.1
          if (s === Step.STOP) break frame;
          continue frame;
        }
        case 34: { // SETLIST
          let n = i >>> 23;
          let c = (i >>> 14) & 0x1ff;
          if (n === 0) n = L.top - a - 1;
          if (c === 0) c = code[pc++];
          setList(L, a, n, c);
          break;
        }
        case 35: // CLOSE
          if (L.openupval !== null && L.openupval.index >= a) closeUpvals(L, a);
          break;
        case 36: { // CLOSURE
          const np = p.p[i >>> 14];
          const nups = np.nups;
          if (meter !== null) { ci.savedpc = pc; charge(CLOSURE_BYTES + nups * UPVAL_BYTES); }
          const uvs: UpVal[] = new Array(nups);
          for (let j = 0; j < nups; j++) {
            const pi = code[pc++];
            uvs[j] = (pi & 0x3f) === 4 ? upvals[pi >>> 23] : findUpval(L, base + (pi >>> 23));
          }
          stack[a] = new Closure(np, uvs, cl.env);
          break;
        }
        case 37: { // VARARG
          const b = i >>> 23;
          const nvar = base - ci.func - 1 - p.numparams;
          const n = nvar > 0 ? nvar : 0;
          const from = base - n;
          if (b === 0) {
            ensureStack(L, a + n + EXTRA_STACK);
            for (let j = 0; j < n; j++) stack[a + j] = stack[from + j];
            L.top = a + n;
          } else {
            for (let j = 0; j < b - 1; j++) stack[a + j] = j < n ? stack[from + j] : undefined;
          }
          break;
        }
        default:
          throw new LuaError(`bad opcode ${i & 0x3f}`);
      }
    }
  }
  // L stopped: its frame at stopDepth returned, or it yielded. A coroutine this loop switched to
  // hands its results to its resumer, and the loop goes on there.
  if (L === entry) return true;
  const next = leaveStopped(L, entry, false, undefined);
  if (next === null) return true;
  L = next;
  stack = L.stack;
  stopDepth = switchStop;
  }
}

/**
 * The budget ran out at a back-edge: check the limits, then leave the loop for `execute` to
 * re-enter it. A long-running loop thus re-enters `run` now and then, so V8 can re-optimize it
 * after a deoptimization instead of staying in baseline code until the invocation ends.
 */
function pause(L: Thread, stopDepth: number): boolean {
  checkLimits(L);
  switchThread = L;
  switchStop = stopDepth;
  return false;
}
