/**
 * lupa — Lua 5.1 for JavaScript, in pure TypeScript: the embedding API (Python lupa's, in
 * camelCase) and the command-line entry points.
 */
export { LuaRuntime, type LuaRuntimeOptions, type CompileOptions } from './runtime.js';
export { LuaTable, LuaUserdata } from './table.js';
export { LuaFunction } from './function.js';
export { LuaCoroutine } from './coroutine.js';
export { LuaError, LuaSyntaxError, LuaMemoryError, LuaTimeoutError } from './errors.js';
export { luaType, unpacksLuaTable, type LuaTypeName } from './helpers.js';
export { asAttrGetter, asItemGetter, ProtocolWrapper } from './protocol.js';
export type { ToJSOptions } from './deep.js';
export type { AttributeFilter, AttributeGetter, AttributeSetter } from './core.js';
export type { Sink } from './output.js';
export { main as cliMain, type CliIO } from './cli.js';
