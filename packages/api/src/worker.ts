/**
 * `lupa/worker`: a LuaRuntime in its own thread — Node `worker_threads`, Web Workers in browsers —
 * so several runtimes compute in parallel (one Lua state is single-threaded, as in C Lua).
 *
 * The main side (`LuaWorker`) and the thread (worker-thread.ts) talk through a small protocol:
 * the thread gets one `init` message with the runtime's options and answers `ready` or `failed`;
 * each `execute`/`eval` is a `call` with a fresh id, answered by `done` or `error` with that id,
 * so any number of calls may be in flight (the thread runs them one after another, in order).
 * Print output travels as `output` messages, posted before the reply of the call that printed.
 *
 * Values cross by structured clone, prepared by `toCloneable` on both sides: Lua tables become
 * arrays (a 1..n sequence), plain objects (string and number keys) or Maps (other keys), with
 * shared and cyclic references kept; JS arrays, objects and Maps arriving in the thread become
 * tables again (arrays 1-based). Functions and coroutines cannot cross: a TypeError.
 *
 * Choices where the contract is silent:
 * - Function-valued options cannot cross. `stdout`/`stderr` stay on the main side: the thread's
 *   output is forwarded in batches (at most 16 KiB or 20 ms old, flushed before every reply) and
 *   written with them (default: the main process's stdout/stderr, or the console). The
 *   `attributeFilter` and `attributeHandlers` options, or any other function, are a TypeError.
 * - A call after `terminate()`, or pending when it is called, rejects with
 *   `LuaError('worker is terminated')` (as a closed LuaRuntime throws `LuaError('runtime is closed')`).
 * - In Node an idle worker does not keep the process alive (it is `unref`'d while no call is
 *   pending), so a script that forgets `terminate()` still exits.
 * - Errors other than LuaErrors thrown in the thread (a TypeError from a conversion…) arrive as
 *   the same built-in class with the same message; a thrown non-Error value arrives as itself.
 */
import { LuaError, LuaSyntaxError, LuaMemoryError, LuaTimeoutError } from './errors.js';
import { LuaTable, LuaUserdata } from './table.js';
import { LuaFunction } from './function.js';
import { LuaCoroutine } from './coroutine.js';
import { defaultSink, type Sink } from './output.js';
import type { LuaRuntimeOptions } from './runtime.js';

/** LuaRuntime's options, minus those that are JS callbacks into the runtime. */
export interface LuaWorkerOptions extends Omit<LuaRuntimeOptions, 'attributeFilter' | 'attributeHandlers'> {
  /** Receives the worker's `print`/`io.write` output, on the main thread. */
  stdout?: Sink;
  /** Receives the worker's `io.stderr` output, on the main thread. */
  stderr?: Sink;
}

// ---------------------------------------------------------------- the protocol

export type Method = 'execute' | 'eval';

/** Main thread → worker thread. */
export type Request =
  | { type: 'init'; options: Record<string, unknown> }
  | { type: 'call'; id: number; method: Method; code: string | Uint8Array; args: unknown[] };

/** Worker thread → main thread. */
export type Reply =
  | { type: 'ready' }
  | { type: 'failed'; error: SentError }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'error'; id: number; error: SentError }
  | { type: 'output'; stream: 'stdout' | 'stderr'; chunk: Uint8Array };

/**
 * An exception on its way to the main thread: `lua` — a LuaError of class `name` (its message
 * holds the traceback); `js` — a built-in Error class; `value` — anything else that was thrown.
 */
export interface SentError {
  kind: 'lua' | 'js' | 'value';
  name: string;
  message: string;
  value: unknown;
}

const LUA_ERRORS: Record<string, new (message: string, value?: unknown) => LuaError> = {
  LuaError, LuaSyntaxError, LuaMemoryError, LuaTimeoutError,
};

const JS_ERRORS: Record<string, new (message: string) => Error> = {
  Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError,
};

/** An exception as it can be posted. */
export function sendError(e: unknown): SentError {
  if (e instanceof LuaError) {
    let value: unknown;
    try {
      value = toCloneable(e.luaValue);
    } catch {
      value = e.message;
    }
    return { kind: 'lua', name: e.name, message: e.message, value };
  }
  if (e instanceof Error) return { kind: 'js', name: e.name, message: e.message, value: undefined };
  return { kind: 'value', name: '', message: '', value: e };
}

/** The exception to reject with, rebuilt on the receiving side. */
export function receiveError(s: SentError): unknown {
  switch (s.kind) {
    case 'lua': return new (LUA_ERRORS[s.name] ?? LuaError)(s.message, s.value);
    case 'js': {
      const e = new (JS_ERRORS[s.name] ?? Error)(s.message);
      if (e.name !== s.name) e.name = s.name;
      return e;
    }
    default: return s.value;
  }
}

// ---------------------------------------------------------------- values

function isPlainObject(o: object): boolean {
  const p = Object.getPrototypeOf(o);
  return p === Object.prototype || p === null;
}

/** Set `o[key] = v` even for the key `__proto__`. */
function setOwn(o: Record<string, unknown>, key: string, v: unknown): void {
  if (key === '__proto__') Object.defineProperty(o, key, { value: v, writable: true, enumerable: true, configurable: true });
  else o[key] = v;
}

function cannotCross(what: string): TypeError {
  return new TypeError(`${what} cannot cross between threads (values are copied by structured clone)`);
}

/**
 * `v` ready for structured clone: LuaTables (of a runtime on this side) copied into arrays,
 * objects and Maps as `toJS` shapes them, recursively, keys included; arrays, plain objects and
 * Maps copied with their contents prepared the same way; functions, coroutines and Lua userdata
 * refused with a TypeError. `memo` keeps shared and cyclic references shared. Other objects
 * (typed arrays, Dates…) are left to structured clone.
 */
export function toCloneable(v: unknown, memo: Map<object, unknown> = new Map()): unknown {
  switch (typeof v) {
    case 'function':
      if (v instanceof LuaCoroutine) throw cannotCross('a Lua coroutine');
      throw cannotCross(v instanceof LuaFunction ? 'a Lua function' : 'a JS function');
    case 'symbol':
      throw cannotCross('a symbol');
    case 'object':
      break;
    default:
      return v;
  }
  if (v === null) return v;
  const seen = memo.get(v);
  if (seen !== undefined) return seen;
  if (v instanceof LuaTable) return copy(v, v.toJS(), memo);
  if (v instanceof LuaUserdata) throw cannotCross('a Lua userdata');
  if (Array.isArray(v) || v instanceof Map || isPlainObject(v)) return copy(v, v, memo);
  return v;
}

/** A prepared copy of the array, Map or object `shape`, registered in `memo` under `key` first. */
function copy(key: object, shape: unknown, memo: Map<object, unknown>): unknown {
  if (Array.isArray(shape)) {
    const out: unknown[] = new Array(shape.length);
    memo.set(key, out);
    for (let i = 0; i < shape.length; i++) out[i] = toCloneable(shape[i], memo);
    return out;
  }
  if (shape instanceof Map) {
    const out = new Map<unknown, unknown>();
    memo.set(key, out);
    for (const [k, x] of shape) out.set(toCloneable(k, memo), toCloneable(x, memo));
    return out;
  }
  const src = shape as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  memo.set(key, out);
  for (const k of Object.keys(src)) setOwn(out, k, toCloneable(src[k], memo));
  return out;
}

/** A failed postMessage (DataCloneError) as the TypeError the contract promises. */
export function cloneFailure(e: unknown): unknown {
  if (e instanceof Error && e.name === 'DataCloneError') return new TypeError(e.message);
  return e;
}

// ---------------------------------------------------------------- hosts

/** The worker as the main side sees it, whatever the host. */
interface HostWorker {
  post(msg: Request): void;
  /** Whether the worker may keep the process alive (Node); a no-op in browsers. */
  hold(busy: boolean): void;
  terminate(): Promise<void>;
}

interface HostEvents {
  message(msg: Reply): void;
  /** The worker died (an uncaught error, or it exited). */
  fatal(e: Error): void;
}

type Host = 'node' | 'web';

/** Node (and Deno, Bun: anything with a `process.versions.node`) or a browser with Web Workers. */
function detectHost(): Host {
  const proc = (globalThis as { process?: { versions?: { node?: string } } }).process;
  if (typeof proc?.versions?.node === 'string') return 'node';
  if (typeof (globalThis as { Worker?: unknown }).Worker === 'function') return 'web';
  throw new Error('LuaWorker needs Node worker_threads or Web Workers');
}

/** A variable, so bundlers for browsers do not try to resolve it. */
const NODE_WORKER_THREADS = 'node:worker_threads';

async function nodeWorker(events: HostEvents): Promise<HostWorker> {
  const { Worker } = await import(NODE_WORKER_THREADS) as typeof import('node:worker_threads');
  const w = new Worker(new URL('./worker-thread.js', import.meta.url));
  w.on('message', (msg: Reply) => events.message(msg));
  w.on('error', (e: Error) => events.fatal(e));
  w.on('exit', (code: number) => events.fatal(new LuaError(`worker exited with code ${code}`)));
  return {
    post: (msg) => w.postMessage(msg),
    hold: (busy) => { if (busy) w.ref(); else w.unref(); },
    terminate: async () => { await w.terminate(); },
  };
}

function webWorker(events: HostEvents): HostWorker {
  const w = new Worker(new URL('./worker-thread.js', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<Reply>) => events.message(e.data);
  w.onerror = (e: ErrorEvent) => { e.preventDefault(); events.fatal(new Error(e.message || 'worker failed')); };
  w.onmessageerror = () => events.fatal(new Error('a message from the worker could not be deserialized'));
  return {
    post: (msg) => w.postMessage(msg),
    hold: () => {},
    terminate: async () => { w.terminate(); },
  };
}

// ---------------------------------------------------------------- LuaWorker

interface Pending {
  resolve(v: unknown): void;
  reject(e: unknown): void;
}

function terminatedError(): LuaError {
  return new LuaError('worker is terminated');
}

/** Split the options into what crosses to the thread and the output sinks that stay here. */
function splitOptions(options: LuaWorkerOptions): { sent: Record<string, unknown>; stdout: Sink; stderr: Sink } {
  const { stdout, stderr, ...rest } = options as LuaWorkerOptions & Record<string, unknown>;
  if (stdout !== undefined && typeof stdout !== 'function') throw new TypeError('stdout must be a function');
  if (stderr !== undefined && typeof stderr !== 'function') throw new TypeError('stderr must be a function');
  const sent: Record<string, unknown> = {};
  for (const k of Object.keys(rest)) {
    const v = rest[k];
    const callbacks = k === 'attributeFilter' || k === 'attributeHandlers';
    if (v === undefined || (v === null && callbacks)) continue;
    if (typeof v === 'function' || callbacks) {
      throw new TypeError(`the option '${k}' holds functions, which cannot cross to a worker`);
    }
    sent[k] = v;
  }
  return { sent, stdout: stdout ?? defaultSink('stdout'), stderr: stderr ?? defaultSink('stderr') };
}

/** A LuaRuntime in its own thread. Every method returns a Promise. */
export class LuaWorker {
  private readonly host: HostWorker;
  private readonly stdout: Sink;
  private readonly stderr: Sink;
  private readonly pending: Map<number, Pending>;
  private nextId: number;
  private closed: boolean;
  /** Settles `create()` when the thread's runtime is made or fails. */
  private started: Pending | null;

  private constructor(host: HostWorker, stdout: Sink, stderr: Sink) {
    this.host = host;
    this.stdout = stdout;
    this.stderr = stderr;
    this.pending = new Map();
    this.nextId = 1;
    this.closed = false;
    this.started = null;
  }

  /** A worker whose runtime is made with `options`; rejects if the runtime cannot be made. */
  static async create(options: LuaWorkerOptions = {}): Promise<LuaWorker> {
    const kind = detectHost();
    const { sent, stdout, stderr } = splitOptions(options);
    const init: Request = { type: 'init', options: toCloneable(sent) as Record<string, unknown> };
    let worker: LuaWorker | null = null;
    const early: Error[] = [];
    const events: HostEvents = {
      message: (m) => worker?.receive(m),
      fatal: (e) => { if (worker === null) early.push(e); else worker.fail(e); },
    };
    const host = kind === 'web' ? webWorker(events) : await nodeWorker(events);
    worker = new LuaWorker(host, stdout, stderr);
    const w = worker;
    await new Promise((resolve, reject) => {
      w.started = { resolve, reject };
      if (early.length > 0) return w.fail(early[0]);
      try {
        host.post(init);
      } catch (e) {
        void w.terminate();
        reject(cloneFailure(e));
      }
    });
    return w;
  }

  /** Run `code` as a chunk with `...` = args; resolves to its results (none → undefined, several → an array). */
  execute(code: string | Uint8Array, ...args: unknown[]): Promise<any> {
    return this.call('execute', code, args);
  }

  /** Run `return <code>` with `...` = args. */
  eval(code: string | Uint8Array, ...args: unknown[]): Promise<any> {
    return this.call('eval', code, args);
  }

  /** Stop the thread. Pending and later calls reject with `LuaError('worker is terminated')`. */
  async terminate(): Promise<void> {
    if (!this.closed) this.fail(terminatedError());
    await this.host.terminate();
  }

  private call(method: Method, code: string | Uint8Array, args: unknown[]): Promise<any> {
    return new Promise((resolve, reject) => {
      if (this.closed) throw terminatedError();
      if (typeof code !== 'string' && !(code instanceof Uint8Array)) {
        throw new TypeError(`${method}() takes the code as a string or a Uint8Array`);
      }
      const request: Request = { type: 'call', id: this.nextId++, method, code, args: toCloneable(args) as unknown[] };
      try {
        this.host.post(request);
      } catch (e) {
        throw cloneFailure(e);
      }
      if (this.pending.size === 0) this.host.hold(true);
      this.pending.set(request.id, { resolve, reject });
    });
  }

  private receive(msg: Reply): void {
    switch (msg.type) {
      case 'output':
        (msg.stream === 'stdout' ? this.stdout : this.stderr)(msg.chunk);
        return;
      case 'ready':
      case 'failed': {
        const started = this.started;
        this.started = null;
        if (msg.type === 'ready') {
          this.host.hold(false);
          started?.resolve(this);
        } else {
          void this.terminate();
          started?.reject(receiveError(msg.error));
        }
        return;
      }
      default: {
        const p = this.pending.get(msg.id);
        if (p === undefined) return;
        this.pending.delete(msg.id);
        if (this.pending.size === 0) this.host.hold(false);
        if (msg.type === 'done') p.resolve(msg.value);
        else p.reject(receiveError(msg.error));
      }
    }
  }

  /** The worker is gone: reject everything in flight with `e`. */
  private fail(e: unknown): void {
    if (this.closed) return;
    this.closed = true;
    const started = this.started;
    this.started = null;
    started?.reject(e);
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }
}
