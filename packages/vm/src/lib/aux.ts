/**
 * Helpers for writing natives (lauxlib's role): argument checking with Lua's messages, errors
 * with positions, and library registration.
 *
 * Argument indices are 1-based like Lua's (`checkNumber(L, args, 1)` reads args[0]); the function
 * name in "bad argument #1 to 'insert'" is found from the calling instruction, as PUC Lua does.
 */
import type { Thread } from '../state.js';
import { LuaTable } from '../table.js';
import { LuaError } from '../errors.js';
import { NativeFunction, type LuaValue, type NativeFn, type ResumableFn } from '../value.js';
import { numberToString, str2number } from '../number.js';
import { typeName } from '../meta.js';
import { funcNameForError, where } from '../debug.js';

/** luaL_error: raise `msg` prefixed with the position of the Lua code at `level` (1 = the caller). */
export function luaError(L: Thread, msg: string, level = 1): never {
  throw new LuaError(where(L, level) + msg);
}

/** luaL_argerror */
export function argError(L: Thread, narg: number, extramsg: string): never {
  const [namewhat, name] = funcNameForError(L);
  if (namewhat === 'method') {
    narg--;
    if (narg === 0) luaError(L, `calling '${name}' on bad self (${extramsg})`);
  }
  luaError(L, `bad argument #${narg} to '${name ?? '?'}' (${extramsg})`);
}

/** luaL_typerror: "<tname> expected, got <actual>" ("no value" past the last argument). */
export function typeError(L: Thread, args: LuaValue[], narg: number, tname: string): never {
  const got = narg > args.length ? 'no value' : typeName(args[narg - 1]);
  argError(L, narg, `${tname} expected, got ${got}`);
}

export function checkAny(L: Thread, args: LuaValue[], narg: number): LuaValue {
  if (narg > args.length) argError(L, narg, 'value expected');
  return args[narg - 1];
}

/** luaL_checknumber: numbers and numeric strings. */
export function checkNumber(L: Thread, args: LuaValue[], narg: number): number {
  const v = args[narg - 1];
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const n = str2number(v);
    if (n !== undefined) return n;
  }
  typeError(L, args, narg, 'number');
}

export function optNumber(L: Thread, args: LuaValue[], narg: number, def: number): number {
  const v = args[narg - 1];
  return v === undefined ? def : checkNumber(L, args, narg);
}

/** luaL_checkinteger: the number truncated toward zero (C's cast on amd64). */
export function checkInteger(L: Thread, args: LuaValue[], narg: number): number {
  return toInteger(checkNumber(L, args, narg));
}

/** luaL_checkint: checkInteger narrowed to a C int (wrapping modulo 2^32, as the cast does). */
export function checkInt(L: Thread, args: LuaValue[], narg: number): number {
  return checkInteger(L, args, narg) | 0;
}

export function optInt(L: Thread, args: LuaValue[], narg: number, def: number): number {
  return args[narg - 1] === undefined ? def : checkInt(L, args, narg);
}

export function optInteger(L: Thread, args: LuaValue[], narg: number, def: number): number {
  const v = args[narg - 1];
  return v === undefined ? def : checkInteger(L, args, narg);
}

/** lua_Number → lua_Integer as a C cast does it on amd64 (out-of-range gives INT64_MIN). */
export function toInteger(n: number): number {
  if (n !== n) return -9223372036854775808;
  const t = Math.trunc(n);
  if (t >= 9223372036854775807 || t < -9223372036854775808) return -9223372036854775808;
  return t === 0 ? 0 : t;
}

/** luaL_checkstring: strings and numbers (converted with %.14g). */
export function checkString(L: Thread, args: LuaValue[], narg: number): string {
  const v = args[narg - 1];
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToString(v);
  typeError(L, args, narg, 'string');
}

export function optString(L: Thread, args: LuaValue[], narg: number, def: string): string {
  const v = args[narg - 1];
  return v === undefined ? def : checkString(L, args, narg);
}

export function checkTable(L: Thread, args: LuaValue[], narg: number): LuaTable {
  const v = args[narg - 1];
  if (v instanceof LuaTable) return v;
  typeError(L, args, narg, 'table');
}

/** luaL_checktype with a Lua type name ('table', 'function', …). */
export function checkType(L: Thread, args: LuaValue[], narg: number, tname: string): LuaValue {
  const v = args[narg - 1];
  if (narg > args.length || typeName(v) !== tname) typeError(L, args, narg, tname);
  return v;
}

/** luaL_checkoption: one of `options`, by name. */
export function checkOption(L: Thread, args: LuaValue[], narg: number, def: string | null, options: readonly string[]): number {
  const name = def !== null ? optString(L, args, narg, def) : checkString(L, args, narg);
  const i = options.indexOf(name);
  if (i < 0) argError(L, narg, `invalid option '${name}'`);
  return i;
}

export type LibFunction = NativeFn | { resumable: ResumableFn };

/** Make a NativeFunction from a plain or resumable function. */
export function makeNative(name: string, f: LibFunction): NativeFunction {
  return typeof f === 'function'
    ? new NativeFunction(name, f, null, undefined, [])
    : new NativeFunction(name, null, f.resumable, undefined, []);
}

/**
 * luaL_register: put the functions into the global table `libname` (created if absent, reused if
 * present) and into package.loaded[libname]. With libname null, into the globals.
 */
export function registerLib(L: Thread, libname: string | null, funcs: Record<string, LibFunction>): LuaTable {
  const G = L.G;
  let lib: LuaTable;
  if (libname === null) {
    lib = G.globals;
  } else {
    const existing = G.loaded.get(libname);
    if (existing instanceof LuaTable) lib = existing;
    else {
      const g = G.globals.get(libname);
      lib = g instanceof LuaTable ? g : new LuaTable();
      G.globals.set(libname, lib);
    }
    G.loaded.set(libname, lib);
  }
  for (const name of Object.keys(funcs)) {
    lib.set(name, makeNative(name, funcs[name]));
  }
  return lib;
}
