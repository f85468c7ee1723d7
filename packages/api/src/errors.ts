/**
 * The error classes of the embedding API. Each sets `name` to its own class name.
 *
 * `message` is what a Lua programmer expects to read: Lua's message with its position, then
 * `\nstack traceback:\n\t…` in Lua's order; `luaValue` keeps the original error value (converted
 * to JS, so a table stays a LuaTable and a JS object raised with `error(obj)` never arrives here:
 * it is rethrown as itself). Syntax errors carry no traceback.
 */

export class LuaError extends Error {
  /** The Lua error value, converted to JS (a string message, a LuaTable, a number…). */
  luaValue: unknown;
  constructor(message: string, luaValue: unknown = message) {
    super(message);
    this.name = 'LuaError';
    this.luaValue = luaValue;
  }
}

/** A chunk does not compile. `eval`/`execute` prefix the message with `error loading code: `. */
export class LuaSyntaxError extends LuaError {
  constructor(message: string, luaValue: unknown = message) {
    super(message, luaValue);
    this.name = 'LuaSyntaxError';
  }
}

/** The runtime's memory budget ran out (`not enough memory`). */
export class LuaMemoryError extends LuaError {
  constructor(message = MEMORY, luaValue: unknown = message) {
    super(message, luaValue);
    this.name = 'LuaMemoryError';
  }
}

/** A call from JS exceeded its instruction or time budget; Lua's pcall cannot catch it. */
export class LuaTimeoutError extends LuaError {
  constructor(message: string, luaValue: unknown = message) {
    super(message, luaValue);
    this.name = 'LuaTimeoutError';
  }
}

export const CLOSED = 'runtime is closed';
/** Lua's message for an exhausted memory budget (lua.h's LUA_ERRMEM text). */
export const MEMORY = 'not enough memory';
export const MIXED = 'cannot mix objects from different Lua runtimes';
