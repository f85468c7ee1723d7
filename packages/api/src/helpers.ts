/**
 * Helpers exported next to LuaRuntime: `luaType`, `unpacksLuaTable` (and, from protocol.ts,
 * `asAttrGetter`/`asItemGetter`).
 */
import { REF, liveCore } from './core.js';
import { LuaTable, LuaUserdata } from './table.js';
import { LuaFunction } from './function.js';
import { LuaCoroutine } from './coroutine.js';
import { toJS, decodeText } from './convert.js';

export type LuaTypeName = 'table' | 'function' | 'thread' | 'userdata';

/** The Lua type of a wrapper of a Lua object; undefined for anything else. */
export function luaType(v: unknown): LuaTypeName | undefined {
  if (v instanceof LuaTable) return 'table';
  if (v instanceof LuaFunction) return 'function';
  if (v instanceof LuaCoroutine) return 'thread';
  if (v instanceof LuaUserdata) return 'userdata';
  return undefined;
}

/**
 * Wrap `fn` so that, called with exactly one LuaTable (as Lua's `f{1, 2, x = 3}` does), the
 * table's items 1..#t become the arguments and its string keys an options object appended last
 * (only when there is at least one string key). Any other call passes through unchanged.
 */
export function unpacksLuaTable<F extends (...args: any[]) => any>(fn: F): F {
  return function unpacked(this: unknown, ...args: any[]) {
    if (args.length === 1 && args[0] instanceof LuaTable) {
      const table = args[0];
      const core = liveCore(table);
      const t = table[REF];
      const n = t.length();
      const items: unknown[] = new Array(n);
      for (let i = 1; i <= n; i++) items[i - 1] = toJS(core, t.get(i));
      let options: Record<string, unknown> | null = null;
      for (const [k, v] of t.hash) {
        if (typeof k === 'string') (options ??= {})[decodeText(core, k)] = toJS(core, v);
      }
      if (options !== null) items.push(options);
      return fn.apply(this, items);
    }
    return fn.apply(this, args);
  } as F;
}
