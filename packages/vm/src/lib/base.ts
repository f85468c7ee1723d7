/**
 * The base library (lbaselib.c): print, type, tostring, tonumber, pairs, ipairs, next, select,
 * unpack, raw*, metatables, assert, error, pcall, xpcall, load*, dofile, collectgarbage, gcinfo,
 * newproxy, getfenv/setfenv, _G, _VERSION.
 *
 * pcall, xpcall, tostring and print are resumable natives: they call Lua through CallRequests, so
 * a coroutine can yield inside them (a lupa extension, as in LuaJIT).
 */
import { LuaTable, InvalidKeyError } from '../table.js';
import { CallRequest, Closure, NativeFunction, Userdata, type LuaValue, type NativeResult } from '../value.js';
import type { Thread } from '../state.js';
import { LuaError, LuaAbort, errorValue } from '../errors.js';
import { numberToString, str2number, isSpace } from '../number.js';
import { getMetatable, metaOf, tostr, typeName, isFunction } from '../meta.js';
import { ciAtLevel, levelInfo, where } from '../debug.js';
import {
  argError, checkAny, checkInteger, checkInt, optInt, checkTable, checkType, luaError, optInteger, optString,
  registerLib, checkString, typeError, checkOption, makeNative,
} from './aux.js';
import { loadChunk, loadFileChunk } from '../load.js';
import { estimateMemory } from '../memory.js';
import { callSync } from '../interp.js';

function* tostringR(L: Thread, args: LuaValue[]): Generator<CallRequest, NativeResult, LuaValue[]> {
  const v = checkAny(L, args, 1);
  const h = metaOf(L.G, v, '__tostring');
  if (h !== undefined) return (yield new CallRequest(h, [v]))[0];
  return tostr(L.G, v);
}

function* printR(L: Thread, args: LuaValue[]): Generator<CallRequest, NativeResult, LuaValue[]> {
  const G = L.G;
  const ts = G.globals.get('tostring');
  const builtin = ts === G.registry.get('_TOSTRING');
  let out = '';
  for (let i = 0; i < args.length; i++) {
    const v = args[i];
    let s: LuaValue;
    if (builtin && (typeof v === 'string' || typeof v === 'number' || metaOf(G, v, '__tostring') === undefined)) {
      s = typeof v === 'string' ? v : tostr(G, v);
    } else {
      s = (yield new CallRequest(ts, [v]))[0];
      if (typeof s === 'number') s = numberToString(s);
      else if (typeof s !== 'string') luaError(L, "'tostring' must return a string to 'print'");
    }
    if (i > 0) out += '\t';
    // lua5.1 writes each piece with fputs, which stops at an embedded zero.
    const z = (s as string).indexOf('\0');
    out += z < 0 ? s : (s as string).slice(0, z);
  }
  G.stdout(out + '\n');
  return [];
}

function tonumber(L: Thread, args: LuaValue[]): NativeResult {
  const base = optInteger(L, args, 2, 10);
  const v = args[0];
  if (base === 10) {
    checkAny(L, args, 1);
    if (typeof v === 'number') return v;
    if (typeof v === 'string') return str2number(v);
    return undefined;
  }
  const s = checkString(L, args, 1);
  if (base < 2 || base > 36) argError(L, 2, 'base out of range');
  return strtoul(s, base);
}

/** strtoul as lbaselib's tonumber uses it: leading spaces, a sign, digits of `base`, trailing spaces. */
function strtoul(s: string, base: number): number | undefined {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  let neg = false;
  if (s[i] === '-' || s[i] === '+') { neg = s[i] === '-'; i++; }
  if (base === 16 && s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')) i += 2;
  const start = i;
  let n = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : 99;
    if (d >= base) break;
    n = n * base + d;
  }
  if (i === start) return undefined;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  if (i !== s.length) return undefined;
  if (n > 18446744073709551615) n = 18446744073709551615;
  return neg ? (n === 0 ? 0 : 18446744073709551616 - n) : n;
}

function next(L: Thread, args: LuaValue[]): NativeResult {
  const t = checkTable(L, args, 1);
  try {
    const e = t.next(args[1]);
    return e === undefined ? undefined : e;
  } catch (e) {
    if (e instanceof InvalidKeyError) throw new LuaError("invalid key to 'next'");
    throw e;
  }
}

function ipairsAux(L: Thread, args: LuaValue[]): NativeResult {
  const t = args[0] as LuaTable;
  const i = (args[1] as number) + 1;
  const v = t.getInt(i);
  return v === undefined ? [] : [i, v];
}

function select(L: Thread, args: LuaValue[]): NativeResult {
  const n = args.length;
  const a0 = args[0];
  if (typeof a0 === 'string' && a0.charCodeAt(0) === 35 /* # */) return n - 1;
  let i = checkInteger(L, args, 1);
  if (i < 0) i = n + i;
  else if (i > n) i = n;
  if (i < 1) argError(L, 1, 'index out of range');
  return args.slice(i);
}

function unpack(L: Thread, args: LuaValue[]): NativeResult {
  const t = checkTable(L, args, 1);
  const i = optInt(L, args, 2, 1);
  const e = args[2] === undefined ? t.length() : checkInt(L, args, 3);
  if (i > e) return [];
  const n = e - i + 1;
  if (n >= 8000000 || !Number.isFinite(n)) luaError(L, 'too many results to unpack');
  const out = new Array<LuaValue>(n);
  for (let j = 0; j < n; j++) out[j] = t.get(i + j);
  return out;
}

function setmetatable(L: Thread, args: LuaValue[]): NativeResult {
  const t = checkTable(L, args, 1);
  const mt = args[1];
  if (args.length < 2 || (mt !== undefined && !(mt instanceof LuaTable))) argError(L, 2, 'nil or table expected');
  if (t.metatable !== undefined && t.metatable.getStr('__metatable') !== undefined) {
    luaError(L, 'cannot change a protected metatable');
  }
  t.metatable = mt;
  return t;
}

function getmetatable(L: Thread, args: LuaValue[]): NativeResult {
  checkAny(L, args, 1);
  const mt = getMetatable(L.G, args[0]);
  if (mt === undefined) return undefined;
  const protectedMt = mt.getStr('__metatable');
  return protectedMt !== undefined ? protectedMt : mt;
}

function rawequal(L: Thread, args: LuaValue[]): NativeResult {
  checkAny(L, args, 1);
  checkAny(L, args, 2);
  const a = args[0], b = args[1];
  return a === b;
}

function rawget(L: Thread, args: LuaValue[]): NativeResult {
  const t = checkTable(L, args, 1);
  checkAny(L, args, 2);
  return t.get(args[1]);
}

function rawset(L: Thread, args: LuaValue[]): NativeResult {
  const t = checkTable(L, args, 1);
  checkAny(L, args, 2);
  checkAny(L, args, 3);
  const k = args[1];
  if (k === undefined) luaError(L, 'table index is nil');
  if (typeof k === 'number' && k !== k) luaError(L, 'table index is NaN');
  t.set(k, args[2]);
  return t;
}

function assert(L: Thread, args: LuaValue[]): NativeResult {
  checkAny(L, args, 1);
  const v = args[0];
  if (v === undefined || v === false) luaError(L, optString(L, args, 2, 'assertion failed!'));
  return args;
}

function error(L: Thread, args: LuaValue[]): NativeResult {
  const level = optInteger(L, args, 2, 1);
  let v = args[0];
  if ((typeof v === 'string' || typeof v === 'number') && level > 0) v = where(L, level) + tostr(L.G, v);
  throw new LuaError(v);
}

function* pcallR(L: Thread, args: LuaValue[]): Generator<CallRequest, NativeResult, LuaValue[]> {
  checkAny(L, args, 1);
  L.cis[L.depth].protects = true;
  try {
    const r = yield new CallRequest(args[0], args.slice(1));
    r.unshift(true);
    return r;
  } catch (e) {
    if (e instanceof LuaAbort) throw e;
    return [false, errorValue(e)];
  }
}

function* xpcallR(L: Thread, args: LuaValue[]): Generator<CallRequest, NativeResult, LuaValue[]> {
  checkAny(L, args, 2);
  const ci = L.cis[L.depth];
  ci.handler = args[1] === undefined ? false : args[1];
  ci.protects = true;
  try {
    const r = yield new CallRequest(args[0], []);
    r.unshift(true);
    return r;
  } catch (e) {
    if (e instanceof LuaAbort) throw e;
    return [false, errorValue(e)];
  }
}

function loadResult(L: Thread, f: () => Closure): NativeResult {
  try {
    return f();
  } catch (e) {
    if (e instanceof LuaError) return [undefined, e.value];
    throw e;
  }
}

function loadstring(L: Thread, args: LuaValue[]): NativeResult {
  const s = checkString(L, args, 1);
  const name = optString(L, args, 2, s);
  return loadResult(L, () => loadChunk(L, s, name));
}

function load(L: Thread, args: LuaValue[]): NativeResult {
  checkType(L, args, 1, 'function');
  const name = optString(L, args, 2, '=(load)');
  const reader = args[0];
  let src = '';
  try {
    for (;;) {
      const piece = callSync(L, reader, [])[0];
      if (piece === undefined || piece === '') break;
      if (typeof piece !== 'string') {
        if (typeof piece === 'number') { src += numberToString(piece); continue; }
        return [undefined, where(L, 1) + 'reader function must return a string'];
      }
      src += piece;
    }
  } catch (e) {
    if (e instanceof LuaError) return [undefined, e.value];
    throw e;
  }
  return loadResult(L, () => loadChunk(L, src, name));
}

function loadfile(L: Thread, args: LuaValue[]): NativeResult {
  const fname = args[0] === undefined ? undefined : checkString(L, args, 1);
  return loadResult(L, () => loadFileChunk(L, fname));
}

function* dofileR(L: Thread, args: LuaValue[]): Generator<CallRequest, NativeResult, LuaValue[]> {
  const fname = args[0] === undefined ? undefined : checkString(L, args, 1);
  const f = loadFileChunk(L, fname);
  return yield new CallRequest(f, []);
}

const gcOptions = ['stop', 'restart', 'collect', 'count', 'step', 'setpause', 'setstepmul'] as const;

function collectgarbage(L: Thread, args: LuaValue[]): NativeResult {
  const o = checkOption(L, args, 1, 'collect', gcOptions);
  const arg = optInteger(L, args, 2, 0);
  const G = L.G;
  switch (gcOptions[o]) {
    case 'count': return estimateMemory(G) / 1024;
    case 'step': return true;
    case 'setpause': { const old = G.gcPause; G.gcPause = arg; return old; }
    case 'setstepmul': { const old = G.gcStepMul; G.gcStepMul = arg; return old; }
    default: return 0;
  }
}

function gcinfo(L: Thread): NativeResult {
  return Math.floor(estimateMemory(L.G) / 1024);
}

function newproxy(L: Thread, args: LuaValue[]): NativeResult {
  const a = args[0];
  if (a === undefined || a === false) return new Userdata(undefined, undefined, undefined);
  if (a === true) {
    const mt = new LuaTable();
    L.G.registry.set(mt, true);
    return finalizable(L, new Userdata(undefined, mt, undefined));
  }
  if (a instanceof Userdata && a.metatable !== undefined && L.G.registry.get(a.metatable) === true) {
    return finalizable(L, new Userdata(undefined, a.metatable, undefined));
  }
  argError(L, 1, 'boolean or proxy expected');
}

/** Remember a userdata whose metatable may get a __gc, for the finalizers run at close. */
function finalizable(L: Thread, u: Userdata): Userdata {
  L.G.finalizable.push(new WeakRef(u));
  return u;
}

/** The function getfenv/setfenv talk about: a function value, or the one running at a level. */
function fenvTarget(L: Thread, args: LuaValue[], fname: string): LuaValue | null {
  const f = args[0];
  if (isFunction(f)) return f;
  const level = args[0] === undefined ? 1 : checkInteger(L, args, 1);
  if (level < 0) argError(L, 1, 'level must be non-negative');
  if (level === 0) return null;
  const ci = ciAtLevel(L, level);
  if (ci === null) {
    if (levelInfo(L, level) === null) argError(L, 1, 'invalid level');
    luaError(L, `no function environment for tail call at level ${level}`);
  }
  void fname;
  return ci.closure ?? ci.native ?? undefined;
}

function getfenv(L: Thread, args: LuaValue[]): NativeResult {
  const f = fenvTarget(L, args, 'getfenv');
  if (f === null) return L.env;
  if (f instanceof Closure) return f.env;
  if (f instanceof NativeFunction) return f.env ?? L.env;
  return L.env;
}

function setfenv(L: Thread, args: LuaValue[]): NativeResult {
  const t = checkTable(L, args, 2);
  const f = fenvTarget(L, args, 'setfenv');
  if (f === null) {
    L.env = t;
    return [];
  }
  if (f instanceof Closure) {
    f.env = t;
    return f;
  }
  luaError(L, "'setfenv' cannot change environment of given object");
}

function type(L: Thread, args: LuaValue[]): NativeResult {
  checkAny(L, args, 1);
  return typeName(args[0]);
}

export function openBase(L: Thread): void {
  const G = L.G;
  G.globals.set('_G', G.globals);
  registerLib(L, null, {
    assert, collectgarbage, dofile: { resumable: dofileR }, error, gcinfo, getfenv, getmetatable,
    loadfile, load, loadstring, next, pcall: { resumable: pcallR }, print: { resumable: printR },
    rawequal, rawget, rawset, select, setfenv, setmetatable, tonumber,
    tostring: { resumable: tostringR }, type, unpack, xpcall: { resumable: xpcallR }, newproxy,
  });
  G.globals.set('_VERSION', 'Lua 5.1');
  G.registry.set('_TOSTRING', G.globals.get('tostring'));
  // pairs returns its own copy of next (an upvalue in lbaselib.c), so `pairs(t) == next` is false.
  const nextFn = makeNative('next', next);
  G.loaded.set('_G', G.globals);
  const ipairsIter = makeNative('ipairs_aux', ipairsAux);
  ipairsIter.env = G.globals;
  G.registry.set('_IPAIRS_AUX', ipairsIter);
  G.builtinNext = next;
  G.builtinIpairsAux = ipairsIter;
  registerLib(L, null, {
    pairs(L: Thread, args: LuaValue[]): NativeResult {
      const t = checkTable(L, args, 1);
      return [nextFn, t, undefined];
    },
    ipairs(L: Thread, args: LuaValue[]): NativeResult {
      const t = checkTable(L, args, 1);
      return [ipairsIter, t, 0];
    },
  });
}
