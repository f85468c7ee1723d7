/**
 * The few lauxlib helpers the bridge's natives need, over what `@lupa/vm` exports (its own
 * lib/aux.ts is internal to the VM): errors with Lua's position prefix and wording, and
 * registering a library table.
 */
import { LuaError as VmError, LuaTable as VmTable, NativeFunction, where, funcNameForError, type Thread, type LuaValue, type NativeResult } from '@lupa/vm';

/** luaL_error: `msg` prefixed with the position of the calling Lua code. */
export function luaError(L: Thread, msg: string): never {
  throw new VmError(where(L, 1) + msg);
}

/** luaL_argerror: "bad argument #n to 'name' (msg)", counting `self` as lauxlib does. */
export function argError(L: Thread, narg: number, extramsg: string): never {
  const [namewhat, name] = funcNameForError(L);
  if (namewhat === 'method') {
    narg--;
    if (narg === 0) luaError(L, `calling '${name}' on bad self (${extramsg})`);
  }
  luaError(L, `bad argument #${narg} to '${name ?? '?'}' (${extramsg})`);
}

export type Native = (L: Thread, args: LuaValue[]) => NativeResult;

export function native(name: string, fn: Native): NativeFunction {
  return new NativeFunction(name, fn, null, undefined, []);
}

/** luaL_register: the functions into global `name` and package.loaded[name]. */
export function registerLib(L: Thread, name: string, funcs: Record<string, Native>): VmTable {
  const G = L.G;
  const existing = G.loaded.get(name);
  const lib = existing instanceof VmTable ? existing : new VmTable();
  for (const k of Object.keys(funcs)) {
    const f = native(k, funcs[k]);
    f.env = G.globals;
    lib.set(k, f);
  }
  G.globals.set(name, lib);
  G.loaded.set(name, lib);
  return lib;
}
