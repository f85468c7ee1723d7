/** The debug library (ldblib.c). */
import { LuaTable } from '../table.js';
import { Closure, NativeFunction, Userdata, type LuaValue, type NativeResult } from '../value.js';
import { Thread } from '../state.js';
import { getMetatable, isFunction, typeName } from '../meta.js';
import { ciAtLevel, currentPc, functionInfo, levelInfo, localName, traceback, type DebugInfo } from '../debug.js';
import { HookMask } from '../hooks.js';
import { argError, checkInteger, checkTable, checkType, luaError, optInteger, optString, registerLib, typeError, checkAny } from './aux.js';
import { loadChunk } from '../load.js';
import { str2number } from '../number.js';
import { protectedCall } from '../runtime.js';
import { tostr } from '../meta.js';

/** The optional thread first argument: [thread, index of the next argument]. */
function threadArg(L: Thread, args: LuaValue[]): [Thread, number] {
  return args[0] instanceof Thread ? [args[0], 1] : [L, 0];
}

function infoTable(info: DebugInfo, what: string, activeLines: LuaValue): LuaTable {
  const t = new LuaTable();
  for (const c of what) {
    switch (c) {
      case 'S':
        t.set('source', info.source);
        t.set('short_src', info.short_src);
        t.set('linedefined', info.linedefined);
        t.set('lastlinedefined', info.lastlinedefined);
        t.set('what', info.what);
        break;
      case 'l': t.set('currentline', info.currentline); break;
      case 'u': t.set('nups', info.nups); break;
      case 'n':
        t.set('name', info.name);
        t.set('namewhat', info.namewhat);
        break;
      case 'f': t.set('func', info.func); break;
      case 'L': t.set('activelines', activeLines); break;
    }
  }
  return t;
}

function activeLines(f: LuaValue): LuaValue {
  if (!(f instanceof Closure)) return undefined;
  const t = new LuaTable();
  for (const line of f.proto.lineinfo) t.set(line, true);
  return t;
}

function getinfo(L: Thread, args: LuaValue[]): NativeResult {
  const [L1, n] = threadArg(L, args);
  const what = optString(L, args, n + 2, 'flnSu');
  const target = args[n];
  if (/[^SlunfL>]/.test(what)) argError(L, n + 2, 'invalid option');
  let info: DebugInfo | null;
  if (isFunction(target)) {
    info = functionInfo(target);
  } else if (typeof target === 'number' || (typeof target === 'string' && str2number(target) !== undefined)) {
    const level = checkInteger(L, args, n + 1);
    // Level 0 is getinfo itself when asking about the running thread.
    info = levelInfo(L1, L1 === L ? level : level - 1 + 1);
    if (info === null) return undefined;
  } else {
    argError(L, n + 1, 'function or level expected');
  }
  return infoTable(info, what, what.includes('L') ? activeLines(info.func) : undefined);
}

function frameLocal(L: Thread, L1: Thread, level: number, n: number, narg: number): [string, number] | null {
  const ci = ciAtLevel(L1, level);
  if (ci === null) {
    if (levelInfo(L1, level) === null) argError(L, narg, 'level out of range');
    return null; // a tail call's lost frame has no locals
  }
  if (ci.closure !== null) {
    const name = localName(ci.closure.proto, n, currentPc(ci));
    if (name !== null) return [name, ci.base + n - 1];
  }
  // Registers up to the next frame's function slot (or the top of the running frame).
  const next = L1.cis[L1.cis.indexOf(ci) + 1];
  const limit = L1.cis[L1.depth] === ci || next === undefined ? (ci.closure !== null ? ci.top : L1.top) : next.func;
  if (n > 0 && ci.base + n - 1 < limit) return ['(*temporary)', ci.base + n - 1];
  return null;
}

function getlocal(L: Thread, args: LuaValue[]): NativeResult {
  const [L1, n] = threadArg(L, args);
  const level = checkInteger(L, args, n + 1);
  const idx = checkInteger(L, args, n + 2);
  const r = frameLocal(L, L1, level, idx, n + 1);
  if (r === null) return undefined;
  return [r[0], L1.stack[r[1]]];
}

function setlocal(L: Thread, args: LuaValue[]): NativeResult {
  const [L1, n] = threadArg(L, args);
  const level = checkInteger(L, args, n + 1);
  const idx = checkInteger(L, args, n + 2);
  checkAny(L, args, n + 3);
  const r = frameLocal(L, L1, level, idx, n + 1);
  if (r === null) return undefined;
  L1.stack[r[1]] = args[n + 2];
  return r[0];
}

function upvalueSlot(f: LuaValue, n: number): [string, () => LuaValue, (v: LuaValue) => void] | null {
  if (f instanceof Closure) {
    if (n < 1 || n > f.upvals.length) return null;
    const uv = f.upvals[n - 1];
    return [f.proto.upvalueNames[n - 1] ?? '', () => uv.cell[uv.index], (v) => { uv.cell[uv.index] = v; }];
  }
  return null; // natives: "cannot touch C upvalues from Lua" (ldblib.c)
}

function getupvalue(L: Thread, args: LuaValue[]): NativeResult {
  checkType(L, args, 1, 'function');
  const slot = upvalueSlot(args[0], checkInteger(L, args, 2));
  return slot === null ? [] : [slot[0], slot[1]()];
}

function setupvalue(L: Thread, args: LuaValue[]): NativeResult {
  checkAny(L, args, 3);
  checkType(L, args, 1, 'function');
  const slot = upvalueSlot(args[0], checkInteger(L, args, 2));
  if (slot === null) return [];
  slot[2](args[2]);
  return slot[0];
}

function sethook(L: Thread, args: LuaValue[]): NativeResult {
  const [L1, n] = threadArg(L, args);
  const f = args[n];
  if (f === undefined || args.length <= n) {
    L1.hook = undefined;
    L1.hookMask = 0;
    L1.hookCount = 0;
    return [];
  }
  const smask = optString(L, args, n + 2, '');
  checkType(L, args, n + 1, 'function');
  const count = optInteger(L, args, n + 3, 0);
  let mask = 0;
  if (smask.includes('c')) mask |= HookMask.CALL;
  if (smask.includes('r')) mask |= HookMask.RET;
  if (smask.includes('l')) mask |= HookMask.LINE;
  if (count > 0) mask |= HookMask.COUNT;
  L1.hook = mask === 0 ? undefined : f;
  L1.hookMask = mask;
  L1.hookCount = count;
  L1.hookCounter = count;
  return [];
}

function gethook(L: Thread, args: LuaValue[]): NativeResult {
  const [L1] = threadArg(L, args);
  const m = L1.hookMask;
  if (L1.hook === undefined) return [undefined, '', 0];
  let s = '';
  if (m & HookMask.CALL) s += 'c';
  if (m & HookMask.RET) s += 'r';
  if (m & HookMask.LINE) s += 'l';
  return [L1.hook, s, L1.hookCount];
}

function tracebackFn(L: Thread, args: LuaValue[]): NativeResult {
  const [L1, n] = threadArg(L, args);
  const msg = args[n];
  let level: number;
  if (typeof args[n + 1] === 'number') level = args[n + 1] as number;
  else level = L1 === L ? 1 : 0;
  if (args.length > n && typeof msg !== 'string' && typeof msg !== 'number') return msg;
  const head = args.length <= n ? '' : tostr(L.G, msg) + '\n';
  return head + traceback(L1, level);
}

function getfenv(L: Thread, args: LuaValue[]): NativeResult {
  const o = args[0];
  if (o instanceof Closure) return o.env;
  if (o instanceof NativeFunction) return o.env ?? L.env;
  if (o instanceof Userdata) return o.env ?? L.env;
  if (o instanceof Thread) return o.env;
  return undefined;
}

function setfenv(L: Thread, args: LuaValue[]): NativeResult {
  const t = checkTable(L, args, 2);
  const o = args[0];
  if (o instanceof Closure) o.env = t;
  else if (o instanceof NativeFunction) o.env = t;
  else if (o instanceof Userdata) o.env = t;
  else if (o instanceof Thread) o.env = t;
  else luaError(L, "'setfenv' cannot change environment of given object");
  return o;
}

function setmetatable(L: Thread, args: LuaValue[]): NativeResult {
  const o = args[0];
  const mt = args[1];
  if (mt !== undefined && !(mt instanceof LuaTable)) argError(L, 2, 'nil or table expected');
  const G = L.G;
  if (o instanceof LuaTable || o instanceof Userdata) o.metatable = mt;
  else if (typeof o === 'string') G.stringMeta = mt;
  else if (mt === undefined) G.typeMetas.delete(typeName(o));
  else G.typeMetas.set(typeName(o), mt);
  return true;
}

function debugRepl(L: Thread): NativeResult {
  const lines = L.G.stdin().split('\n');
  for (const line of lines) {
    L.G.stderr('lua_debug> ');
    if (line === 'cont') break;
    try {
      const f = loadChunk(L, line, '=(debug command)');
      const r = protectedCall(L, f, [], false);
      if (!r.ok) L.G.stderr(tostr(L.G, r.error) + '\n');
    } catch (e) {
      L.G.stderr(String((e as { value?: unknown }).value ?? e) + '\n');
    }
  }
  return [];
}

export function openDebug(L: Thread): void {
  registerLib(L, 'debug', {
    debug: debugRepl,
    getfenv,
    gethook,
    getinfo,
    getlocal,
    getmetatable: (L, args) => { checkAny(L, args, 1); return getMetatable(L.G, args[0]); },
    getregistry: (L) => L.G.registry,
    getupvalue,
    setfenv,
    sethook,
    setlocal,
    setmetatable,
    setupvalue,
    traceback: tracebackFn,
  });
}
