/**
 * `LuaRuntime`: one isolated Lua 5.1 state with the whole standard library and the `js` module.
 *
 * This file only validates options, loads chunks and forwards to the bridge: the per-runtime
 * state is the Core (core.ts), values cross in convert.ts, calls and errors in call.ts.
 */
import {
  LuaError as VmError, LuaTable as VmTable, loadChunk, setMemoryLimit, estimateMemory, meter, leaveMeter, type Closure,
} from '@lupa/vm';
import { Core, closedError, type AttributeFilter, type AttributeGetter, type AttributeSetter, type CallLimits } from './core.js';
import { LuaError, LuaSyntaxError } from './errors.js';
import { normalizeEncoding, byteString, bytesOf, decodeUtf8 } from './encoding.js';
import { toLua, toJS, argsToLua, resultsToJS, encodeString } from './convert.js';
import { installCalls, pcall, jsError } from './call.js';
import { installObjectMetas } from './jsobject.js';
import { openJsModule, acceptJsFunctions } from './jsmodule.js';
import { librarySet, vmLibraries, restrict, BINARY_REFUSED } from './sandbox.js';
import { runAsync } from './async.js';
import { tableFrom } from './deep.js';
import { defaultSink, type Sink } from './output.js';
import type { LuaTable } from './table.js';
import type { LuaFunction } from './function.js';

export interface LuaRuntimeOptions {
  /** Lua strings ⇄ JS strings: `'utf-8'` (default), `'latin-1'`, or `null` for Uint8Array. */
  encoding?: string | null;
  /** `'strict'` (default): undecodable bytes throw a TypeError; `'replace'`: U+FFFD. */
  decodeErrors?: 'strict' | 'replace';
  /** `js.eval` present (default true). */
  registerEval?: boolean;
  /** `js.global` present (default true). */
  registerBuiltins?: boolean;
  /** A JS function returning an array gives Lua its items as multiple results (default false). */
  unpackReturnedTuples?: boolean;
  /** `(obj, name, isSetting) => name`, called on every property access from Lua; throw to deny. */
  attributeFilter?: AttributeFilter;
  /** `[getter(obj, name), setter(obj, name, value)]`, replacing all indexing of JS objects from Lua. */
  attributeHandlers?: [(AttributeGetter | null)?, (AttributeSetter | null)?];
  /** Where `print` and `io.write` go (default: process.stdout in Node, console.log elsewhere). */
  stdout?: Sink;
  /** Where `io.stderr` goes (default: process.stderr in Node, console.error elsewhere). */
  stderr?: Sink;
  /** `'off'`, `'auto'` (default) or `'always'`. */
  jit?: 'off' | 'auto' | 'always';
  /** Byte budget for the runtime's Lua objects (an estimate; `not enough memory` when exceeded). */
  maxMemory?: number;
  /** A budget per call from JS; exceeding it aborts the call with LuaTimeoutError. */
  limits?: { instructions?: number; timeoutMs?: number };
  /**
   * The libraries to open (default: all), out of `base package string table math io os
   * coroutine debug bit js`; `base` is always opened. See sandbox.ts for what leaving some out implies.
   */
  libraries?: readonly string[];
}

export interface CompileOptions {
  /** The chunk name: `'x'` → `[string "x"]`, `'@file.lua'` → `file.lua`, `'=name'` → `name`. */
  name?: string;
}

function check(cond: boolean, msg: string): void {
  if (!cond) throw new TypeError(msg);
}

function validate(options: LuaRuntimeOptions): void {
  const { decodeErrors, attributeFilter, attributeHandlers, stdout, stderr } = options;
  check(decodeErrors === undefined || decodeErrors === 'strict' || decodeErrors === 'replace',
    `decodeErrors must be 'strict' or 'replace', not ${JSON.stringify(decodeErrors)}`);
  check(attributeFilter === undefined || attributeHandlers === undefined,
    'attributeFilter and attributeHandlers cannot be used together');
  check(attributeFilter === undefined || attributeFilter === null || typeof attributeFilter === 'function',
    'attributeFilter must be a function');
  if (attributeHandlers !== undefined && attributeHandlers !== null) {
    check(Array.isArray(attributeHandlers) && attributeHandlers.length <= 2,
      'attributeHandlers must be [getter, setter]');
    for (const h of attributeHandlers) {
      check(h === undefined || h === null || typeof h === 'function', 'attribute handlers must be functions or null');
    }
  }
  check(stdout === undefined || typeof stdout === 'function', 'stdout must be a function');
  check(stderr === undefined || typeof stderr === 'function', 'stderr must be a function');
  checkBytes(options.maxMemory, 'maxMemory');
}

function checkBytes(n: unknown, what: string): void {
  check(n === undefined || n === null || (typeof n === 'number' && n >= 0 && !Number.isNaN(n)),
    `${what} must be a number of bytes (0 or undefined: no limit)`);
}

function callLimits(option: LuaRuntimeOptions['limits']): CallLimits | null {
  if (option === undefined || option === null) return null;
  check(typeof option === 'object', 'limits must be { instructions?, timeoutMs? }');
  const { instructions, timeoutMs } = option;
  for (const [k, v] of [['instructions', instructions], ['timeoutMs', timeoutMs]] as const) {
    check(v === undefined || (typeof v === 'number' && v >= 0 && !Number.isNaN(v)), `limits.${k} must be a non-negative number`);
  }
  // 0, like undefined, is no limit (as for maxMemory).
  if (!instructions && !timeoutMs) return null;
  return { instructions: instructions || undefined, timeoutMs: timeoutMs || undefined };
}

export class LuaRuntime {
  private readonly core: Core;

  constructor(options: LuaRuntimeOptions = {}) {
    validate(options);
    const libs = librarySet(options.libraries);
    const limits = callLimits(options.limits);
    const out = options.stdout ?? defaultSink('stdout');
    const err = options.stderr ?? defaultSink('stderr');
    const handlers = options.attributeHandlers ?? null;
    const core = new Core({
      encoding: normalizeEncoding(options.encoding),
      strict: options.decodeErrors !== 'replace',
      unpackReturnedTuples: options.unpackReturnedTuples === true,
      attributeFilter: options.attributeFilter ?? null,
      getter: handlers?.[0] ?? null,
      setter: handlers?.[1] ?? null,
      stdout: (s) => out(bytesOf(s)),
      stderr: (s) => err(bytesOf(s)),
      libraries: vmLibraries(libs),
      limits,
    });
    installCalls(core);
    installObjectMetas(core);
    acceptJsFunctions(core);
    const registerEval = options.registerEval !== false;
    const registerBuiltins = options.registerBuiltins !== false;
    if (libs.has('js')) openJsModule(core, { registerEval, registerBuiltins });
    restrict(core, libs, registerEval || registerBuiltins);
    if (options.maxMemory) setBudget(core, options.maxMemory);
    this.core = core;
  }

  private live(): Core {
    const core = this.core;
    if (core.closed) throw closedError();
    return core;
  }

  /** Compile `code` as a chunk; syntax errors become LuaSyntaxError(prefix + Lua's message). */
  private load(code: string | Uint8Array, prefix: string, name: string): Closure {
    const core = this.live();
    const source = typeof code === 'string' ? encodeString(core, code) : byteString(code);
    if (!core.binaryChunks && source.charCodeAt(0) === 27) throw new LuaSyntaxError(prefix + BINARY_REFUSED, BINARY_REFUSED);
    try {
      return loadChunk(core.G.current, source, encodeString(core, name));
    } catch (e) {
      if (e instanceof VmError && typeof e.value === 'string') {
        const msg = decodeUtf8(e.value, false);
        throw new LuaSyntaxError(prefix + msg, core.encoding === null ? bytesOf(e.value) : msg);
      }
      throw jsError(core, e);
    }
  }

  /** Run `return <code>` with `...` = args. None → undefined, one → the value, several → an array. */
  eval(code: string | Uint8Array, ...args: any[]): any {
    const src = typeof code === 'string' ? 'return ' + code : concatBytes('return ', code);
    const fn = this.load(src, 'error loading code: ', '<js>');
    return this.run(fn, args);
  }

  /** Run `code` as a chunk with `...` = args. */
  execute(code: string | Uint8Array, ...args: any[]): any {
    const fn = this.load(code, 'error loading code: ', '<js>');
    return this.run(fn, args);
  }

  /** Compile `code` to a LuaFunction without running it. */
  compile(code: string | Uint8Array, options: CompileOptions = {}): LuaFunction {
    const fn = this.load(code, '', options.name ?? '<js>');
    return toJS(this.core, fn) as LuaFunction;
  }

  private run(fn: Closure, args: unknown[]): any {
    const core = this.core;
    return resultsToJS(core, pcall(core, fn, argsToLua(core, args)));
  }

  /**
   * `eval` as an async call: `js.await(promise)` inside suspends it until the promise settles.
   * A Promise of the results; every error (a syntax error too) rejects it.
   */
  evalAsync(code: string | Uint8Array, ...args: any[]): Promise<any> {
    return runAsync(this.core, () => {
      const src = typeof code === 'string' ? 'return ' + code : concatBytes('return ', code);
      return { fn: this.load(src, 'error loading code: ', '<js>'), args: argsToLua(this.core, args) };
    });
  }

  /** `execute` as an async call (see evalAsync). */
  executeAsync(code: string | Uint8Array, ...args: any[]): Promise<any> {
    return runAsync(this.core, () => ({ fn: this.load(code, 'error loading code: ', '<js>'), args: argsToLua(this.core, args) }));
  }

  /** Lua's `require(name)`. */
  require(name: string): any {
    const core = this.live();
    const req = core.G.globals.get('require');
    if (req === undefined) throw new LuaError('require is not available (the package library is not open)');
    return resultsToJS(core, pcall(core, req, [encodeString(core, name)]));
  }

  /** The global table. */
  globals(): LuaTable {
    const core = this.live();
    return toJS(core, core.G.globals) as LuaTable;
  }

  /** A new table with `items` as its array part (1..n). */
  table(...items: any[]): LuaTable {
    const core = this.live();
    const t = new VmTable();
    for (let i = 0; i < items.length; i++) t.set(i + 1, toLua(core, items[i]));
    return toJS(core, t) as LuaTable;
  }

  /**
   * A new table from objects (own enumerable keys), arrays and iterables (appended at one running
   * index from 1), Maps (entries) and LuaTables (copied); later sources overwrite earlier keys.
   * A trailing `{ recursive: true }` converts nested arrays, plain objects and Maps too.
   */
  tableFrom(...sources: any[]): LuaTable {
    const core = this.live();
    return toJS(core, tableFrom(core, sources)) as LuaTable;
  }

  /** Bytes in use by the runtime's Lua objects (an estimate; what `collectgarbage('count')` reports, in bytes). */
  getMemoryUsed(): number {
    return estimateMemory(this.live().G);
  }

  /** The memory budget in bytes, or undefined when unlimited. */
  getMaxMemory(): number | undefined {
    return this.live().G.memoryMeter?.limit;
  }

  /** Set the memory budget in bytes (all of the runtime's memory); `undefined` or 0 removes it. */
  setMaxMemory(bytes: number | undefined): void {
    const core = this.live();
    checkBytes(bytes, 'setMaxMemory');
    setBudget(core, bytes || undefined);
  }

  /**
   * A full collection cycle, as far as the accounting goes: JS offers no forced collection, so
   * this re-measures the live size (garbage stops counting against `maxMemory`).
   */
  gccollect(): void {
    estimateMemory(this.live().G);
  }

  get luaVersion(): [number, number] {
    return [5, 1];
  }

  get luaImplementation(): string {
    return 'Lua 5.1';
  }

  /** Release the runtime; later use of it or its objects throws `runtime is closed`. */
  close(): void {
    this.core.close();
  }
}

/**
 * setMemoryLimit, keeping the VM's running meter right: the VM makes the new budget the running
 * one when the runtime's old budget was (or both are none), which is also the case when no Lua
 * runs at all — and then it would stay the running meter for every other runtime's allocations.
 * So unless this runtime is running (a call from JS in progress, or one of its coroutines), the
 * running meter is put back.
 */
function setBudget(core: Core, bytes: number | undefined): void {
  const before = meter;
  const running = core.entries.length > 0 || core.G.current !== core.G.mainThread;
  setMemoryLimit(core.G, bytes);
  if (!running) leaveMeter(before);
}

function concatBytes(prefix: string, code: Uint8Array): Uint8Array {
  const out = new Uint8Array(prefix.length + code.length);
  for (let i = 0; i < prefix.length; i++) out[i] = prefix.charCodeAt(i);
  out.set(code, prefix.length);
  return out;
}
