/**
 * Creating a Lua state and calling into it from the host with Lua's protection and tracebacks
 * (what lua.c and the embedding API need; luaL_newstate + lua_pcall with a message handler).
 */
import { GlobalState, type Thread } from './state.js';
import { CallRequest, NativeFunction, Userdata, type LuaValue, type NativeResult } from './value.js';
import { LuaError, LuaAbort, errorValue } from './errors.js';
import { callSync } from './interp.js';
import { traceback } from './debug.js';
import { openLibs } from './lib/init.js';

export interface StateOptions {
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  stdin?: () => string;
  resolvePath?: (p: string) => string;
  libraries?: readonly string[];
}

export function createState(opts: StateOptions = {}): GlobalState {
  const G = new GlobalState();
  if (opts.stdout) G.stdout = opts.stdout;
  if (opts.stderr) G.stderr = opts.stderr;
  if (opts.stdin) G.stdin = opts.stdin;
  if (opts.resolvePath) G.resolvePath = opts.resolvePath;
  openLibs(G.mainThread, opts.libraries);
  return G;
}

/**
 * lua_close's observable part: call the __gc metamethod of every userdata still alive that has
 * one, newest first. Errors in finalizers are ignored. The state must not be used afterwards.
 */
export function closeState(G: GlobalState): void {
  const L = G.mainThread;
  const refs = G.finalizable;
  G.finalizable = [];
  for (let i = refs.length - 1; i >= 0; i--) {
    const u = refs[i].deref() as Userdata | undefined;
    const gc = u?.metatable?.getStr('__gc');
    if (gc === undefined) continue;
    protectedCall(L, gc, [u], false);
  }
}

export type CallOutcome = { ok: true; values: LuaValue[] } | { ok: false; error: LuaValue; traceback: string | null };

/** lua.c's traceback handler: append "stack traceback:" to string messages. */
const tracebackHandler = new NativeFunction('traceback', (L: Thread, args: LuaValue[]): NativeResult => {
  const msg = args[0];
  if (typeof msg !== 'string' && typeof msg !== 'number') return msg;
  return new TracebackMessage(msg, traceback(L, 1, 1)) as unknown as LuaValue;
}, null, undefined, []);

/** Carries the message and the traceback captured at the error point. */
class TracebackMessage {
  constructor(public message: string | number, public traceback: string) {}
}

/**
 * Call fn(...args) in protected mode from the host, as lua.c's docall does: on error, the message
 * and a traceback taken at the point of the error. Aborts (limits) are rethrown.
 */
export function protectedCall(L: Thread, fn: LuaValue, args: LuaValue[], withTraceback = true): CallOutcome {
  const docall = new NativeFunction('docall', null, function* (L: Thread) {
    const ci = L.cis[L.depth];
    ci.protects = true;
    if (withTraceback) ci.handler = tracebackHandler;
    return yield new CallRequest(fn, args);
  }, undefined, []);
  try {
    return { ok: true, values: callSync(L, docall, []) };
  } catch (e) {
    if (e instanceof LuaAbort) throw e;
    const v = e instanceof LuaError ? e.value : errorValue(e);
    if (v instanceof TracebackMessage) {
      return { ok: false, error: v.message, traceback: v.traceback };
    }
    return { ok: false, error: v, traceback: null };
  }
}
