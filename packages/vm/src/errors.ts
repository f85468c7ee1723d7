/**
 * The one error type the VM throws: a Lua error carrying its Lua value (usually a message string
 * already prefixed with `chunk:line:`), and the traceback when a handler captured one.
 * JS exceptions thrown by host callbacks are not wrapped: they travel through Lua as error values
 * themselves (see `errorValue`).
 */
import type { LuaValue } from './value.js';

export class LuaError extends Error {
  value: LuaValue;
  traceback: string | null;
  constructor(value: LuaValue, traceback: string | null = null) {
    super(typeof value === 'string' ? value : typeof value === 'number' ? String(value) : 'lua error');
    this.name = 'LuaError';
    this.value = value;
    this.traceback = traceback;
  }
}

/** Lua's "not enough memory" (the maxMemory budget); catchable by pcall like any Lua error. */
export class LuaMemoryExhausted extends LuaError {
  constructor() {
    super('not enough memory');
    this.name = 'LuaMemoryExhausted';
  }
}

/** Raised when a budget of the embedding API runs out; `pcall` cannot catch it. */
export class LuaAbort extends Error {
  constructor(message: string, public kind: 'instructions' | 'time' | 'memory' | 'closed') {
    super(message);
    this.name = 'LuaAbort';
  }
}

/** The Lua value an exception stands for inside Lua. */
export function errorValue(e: unknown): LuaValue {
  if (e instanceof LuaError) return e.value;
  if (e instanceof RangeError) {
    // The JS engine's own limits, in Lua's words.
    if (/call stack/i.test(e.message)) return 'stack overflow';
    if (/Invalid (string|array|typed array) length|allocation failed/i.test(e.message)) return 'not enough memory';
  }
  return e as LuaValue;
}
