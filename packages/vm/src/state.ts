/**
 * Threads (coroutines) and the global state shared by all threads of one runtime.
 *
 * A thread owns a value stack (`stack`, one JS array; registers of frame F are
 * stack[F.base + r]) and a stack of CallInfo records (`cis[0..depth]`), reused between calls so a
 * call allocates nothing. Lua-to-Lua calls never recurse in JS: the interpreter pushes a CallInfo
 * and continues in the same loop, so a coroutine's whole Lua call chain is data, and suspending it
 * is returning from the loop. Natives that must call back into Lua and stay yieldable (pcall,
 * table.sort, gsub…) are generators yielding CallRequests (see value.ts); the interpreter runs the
 * request as a frame and feeds the results back. Plain natives may call Lua synchronously with
 * `call`, which nests a JS-level interpreter loop and is not yieldable (like a C call in PUC Lua).
 */
import { LuaTable } from './table.js';
import type { Closure, LuaValue, NativeFunction, UpVal, CallRequest } from './value.js';
import type { MemoryMeter } from './memory.js';
import { BUDGET_UNLIMITED } from './limits.js';

/** Continuations: what the Lua frame does with the result of a metamethod/iterator call it made. */
export const enum Cont {
  NONE = 0,
  /** R(contA) := result */
  STORE = 1,
  /** result ignored (__newindex) */
  DISCARD = 2,
  /** conditional jump: if truthy(result) ~= contA then skip the next JMP, else take it */
  TEST = 3,
  /** like TEST with the result negated (__le emulated as not __lt(b, a)) */
  TESTNOT = 4,
  /** CONCAT: store the partial result at contA and continue concatenating */
  CONCAT = 5,
  /** generic for: results are in place; test R(A+3) */
  TFOR = 6,
}

export class CallInfo {
  /** Stack index of the called function. */
  func = 0;
  /** First register (Lua) / first argument (native). */
  base = 0;
  /** End of this frame's registers. */
  top = 0;
  /** Lua: index of the next instruction to execute (saved on calls and before errors). */
  savedpc = 0;
  /** Results wanted by the caller (-1: all). */
  nresults = 0;
  closure: Closure | null = null;
  native: NativeFunction | null = null;
  /** A resumable native suspended on a CallRequest. */
  gen: Generator<CallRequest, unknown, LuaValue[]> | null = null;
  tailcalls = 0;
  cont: Cont = Cont.NONE;
  contA = 0;
  /** xpcall's message handler, on the xpcall frame. */
  handler: LuaValue = undefined;
  /** Set by natives that catch errors (pcall, xpcall): the error's destination. */
  protects = false;
  /** C calls (luaD_call's nCcalls) active below and at this frame: frames entered from "C" —
   *  metamethods, generic-for iterators, callbacks of natives, host calls — count one each. */
  nccalls = 0;
  /** A coroutine.resume/wrap call waiting for an inner coroutine that awaits a host promise. */
  awaitFor: Thread | null = null;
  /** Whether that call was a wrap (results delivered bare, errors raised) or a resume. */
  awaitWrap = false;

  /** (Re)initialize this record for a new frame: a Lua closure or a native, nothing pending. */
  enter(func: number, base: number, top: number, nresults: number, closure: Closure | null,
    native: NativeFunction | null, nccalls: number): void {
    this.func = func;
    this.base = base;
    this.top = top;
    this.savedpc = 0;
    this.nresults = nresults;
    this.closure = closure;
    this.native = native;
    this.gen = null;
    this.tailcalls = 0;
    this.cont = Cont.NONE;
    this.handler = undefined;
    this.protects = false;
    this.awaitFor = null;
    this.nccalls = nccalls;
  }
}

export type ThreadStatus = 'suspended' | 'running' | 'normal' | 'dead';

export class Thread {
  G: GlobalState;
  stack: LuaValue[];
  cis: CallInfo[];
  /** Index of the current CallInfo. */
  depth: number;
  /** End of the values of the last multiple-result operation. */
  top: number;
  /** Open upvalues, sorted by stack index, highest first. */
  openupval: UpVal | null;
  status: ThreadStatus;
  /** Count of non-yieldable JS frames (callSync) currently active on this thread. */
  nny: number;
  /** The body of a coroutine (undefined for the main thread). */
  body: LuaValue;
  /** Values passed by the last yield (read by resume). */
  transfer: LuaValue[];
  /** The message handler of the innermost callSync that has one, and its frame depth. */
  hostHandler: LuaValue;
  hostHandlerDepth: number;
  /** The host promise this suspended thread awaits (js.await), or undefined for a plain yield. */
  awaiting: unknown;
  /** The thread's global environment (getfenv(0)). */
  env: LuaTable;
  /** Whether the coroutine has started running. */
  started: boolean;
  /** Hook state (debug.sethook). */
  hook: LuaValue;
  hookMask: number;
  hookCount: number;
  hookCounter: number;
  inHook: boolean;
  /** Set while this coroutine runs in the loop of its resumer (an in-place switch, see interp.ts):
   *  the resumer, the resumer's stop depth, and whether it was resumed by a wrap function. */
  inlineParent: Thread | null;
  parentStop: number;
  inlineWrap: boolean;

  constructor(G: GlobalState, body: LuaValue) {
    this.G = G;
    // Room for a small coroutine's frames from the start, in one allocation (a literal of
    // undefined is a generic-elements array, like every stack: element access stays monomorphic).
    this.stack = [
      undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
      undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
      undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
      undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    ];
    this.cis = [new CallInfo()];
    this.depth = 0;
    this.top = 0;
    this.openupval = null;
    this.status = 'suspended';
    this.nny = 0;
    this.body = body;
    this.transfer = [];
    this.awaiting = undefined;
    this.hostHandler = undefined;
    this.hostHandlerDepth = -1;
    this.env = G.globals;
    this.started = false;
    this.hook = undefined;
    this.hookMask = 0;
    this.hookCount = 0;
    this.hookCounter = 0;
    this.inHook = false;
    this.inlineParent = null;
    this.parentStop = 0;
    this.inlineWrap = false;
  }
}

/** Everything shared by the threads of one runtime. */
export class GlobalState {
  globals: LuaTable;
  registry: LuaTable;
  /** `package.loaded` (the registry's _LOADED). */
  loaded: LuaTable;
  /** Metatables of the basic types (only 'string' is used by the standard library). */
  stringMeta: LuaTable | undefined;
  /** Metatables of the other non-table types, set by debug.setmetatable (nil, boolean, number, function, thread). */
  typeMetas: Map<string, LuaTable>;
  /** Byte-string sinks for standard output and error. */
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Read all of standard input at once as a byte string ('' when none). */
  stdin: () => string;
  mainThread: Thread;
  /** The thread currently running. */
  current: Thread;
  /** JS-level nesting of interpreter loops (C calls): LUAI_MAXCCALLS. */
  nCcalls: number;
  /** collectgarbage's 'setpause'/'setstepmul' values (reported back; the JS GC ignores them). */
  gcPause: number;
  gcStepMul: number;
  /** Remaining budget before the next limits check (a small integer, refilled; see checkLimits). */
  budget: number;
  /** The limits of the running host call, or null. */
  limits: { instructions: number; deadline: number; used: number; slice: number } | null;
  /** Userdata that may carry a __gc metamethod, finalized when the state closes (closeState). */
  finalizable: WeakRef<object>[];
  /** The maxMemory budget (memory.ts), or null when unlimited. */
  memoryMeter: MemoryMeter | null;
  /** Call depth limit; raised while a message handler runs after a stack overflow. */
  maxCalls: number;
  /** The base library's `next` implementation and ipairs iterator, recognised by the generic-for fast path. */
  builtinNext: unknown;
  builtinIpairsAux: LuaValue;
  /** Resolves a file name against the runtime's working directory (the CLI's `cwd`). */
  resolvePath: (path: string) => string;
  /** Counter used to give objects stable fake addresses for tostring. */
  nextId: number;
  ids: WeakMap<object, number>;

  constructor() {
    this.globals = new LuaTable();
    this.registry = new LuaTable();
    this.loaded = new LuaTable();
    this.stringMeta = undefined;
    this.typeMetas = new Map();
    this.stdout = () => {};
    this.stderr = () => {};
    this.stdin = () => '';
    this.nCcalls = 0;
    this.resolvePath = (p) => p;
    this.gcPause = 200;
    this.gcStepMul = 200;
    this.maxCalls = 20000;
    this.memoryMeter = null;
    this.finalizable = [];
    this.budget = BUDGET_UNLIMITED;
    this.limits = null;
    this.builtinNext = undefined;
    this.builtinIpairsAux = undefined;
    this.nextId = 0x10000;
    this.ids = new WeakMap();
    this.mainThread = new Thread(this, undefined);
    this.mainThread.status = 'running';
    this.mainThread.started = true;
    this.current = this.mainThread;
    this.registry.set('_LOADED', this.loaded);
  }

  /** A stable fake address for tostring (`table: 0x...`). */
  addressOf(o: object): string {
    let id = this.ids.get(o);
    if (id === undefined) {
      id = this.nextId;
      this.nextId += 0x28;
      this.ids.set(o, id);
    }
    return '0x' + id.toString(16).padStart(8, '0');
  }
}
