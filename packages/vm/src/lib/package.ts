/**
 * The package library (loadlib.c): require, module, package.path/cpath/loaded/preload/loaders,
 * seeall. There are no native modules: cpath is empty and loadlib always fails.
 */
import { LuaTable } from '../table.js';
import { CallRequest, Userdata, type LuaValue, type NativeResult } from '../value.js';
import type { Thread } from '../state.js';
import { LuaError } from '../errors.js';
import { ciAtLevel } from '../debug.js';
import { isFunction, tostr } from '../meta.js';
import { checkString, checkTable, luaError, registerLib, makeNative, type LibFunction } from './aux.js';
import { loadFileChunk, fileExists } from '../load.js';

const DEFAULT_PATH = './?.lua;/usr/local/share/lua/5.1/?.lua;/usr/local/share/lua/5.1/?/init.lua;' +
  '/usr/local/lib/lua/5.1/?.lua;/usr/local/lib/lua/5.1/?/init.lua;/usr/share/lua/5.1/?.lua;/usr/share/lua/5.1/?/init.lua';

/** The sentinel package.loaded holds while a module is loading (a userdata, as in loadlib.c). */
const LOADING = new Userdata(undefined, undefined, undefined);

function pkgField(L: Thread, name: string): LuaValue {
  const pkg = L.G.loaded.get('package');
  return pkg instanceof LuaTable ? pkg.get(name) : undefined;
}

/** package.path / package.cpath as lua_tostring reads them (numbers are converted). */
function pathField(L: Thread, name: string): string {
  const v = pkgField(L, name);
  if (typeof v === 'number') return tostr(L.G, v);
  if (typeof v !== 'string') luaError(L, `'package.${name}' must be a string`);
  return v;
}

function preloadLoader(L: Thread, args: LuaValue[]): NativeResult {
  const name = checkString(L, args, 1);
  const preload = pkgField(L, 'preload');
  if (!(preload instanceof LuaTable)) luaError(L, "'package.preload' must be a table");
  const f = preload.get(name);
  return f === undefined ? `\n\tno field package.preload['${name}']` : f;
}

/** Try each template of `path`; the file found, or the "no file" list. */
function searchPath(L: Thread, name: string, path: string): [string | null, string] {
  const fname = name.replace(/\./g, '/');
  let tried = '';
  for (const template of path.split(';')) {
    if (template === '') continue;
    const file = template.replace(/\?/g, fname);
    if (fileExists(L, file)) return [file, tried];
    tried += `\n\tno file '${file}'`;
  }
  return [null, tried];
}

function luaLoader(L: Thread, args: LuaValue[]): NativeResult {
  const name = checkString(L, args, 1);
  const path = pathField(L, 'path');
  const [file, tried] = searchPath(L, name, path);
  if (file === null) return tried;
  try {
    return loadFileChunk(L, file);
  } catch (e) {
    if (e instanceof LuaError) {
      luaError(L, `error loading module '${name}' from file '${file}':\n\t${String(e.value)}`);
    }
    throw e;
  }
}

function cLoader(L: Thread, args: LuaValue[]): NativeResult {
  const name = checkString(L, args, 1);
  const cpath = pathField(L, 'cpath');
  const [file, tried] = searchPath(L, name, cpath);
  if (file === null) return tried;
  luaError(L, `error loading module '${name}' from file '${file}':\n\tnative modules are not supported`);
}

function allInOneLoader(L: Thread, args: LuaValue[]): NativeResult {
  const name = checkString(L, args, 1);
  const dot = name.indexOf('.');
  if (dot < 0) return [];
  const cpath = pathField(L, 'cpath');
  const [file, tried] = searchPath(L, name.slice(0, dot), cpath);
  if (file === null) return tried;
  luaError(L, `error loading module '${name}' from file '${file}':\n\tnative modules are not supported`);
}

function* requireR(L: Thread, args: LuaValue[]): Generator<CallRequest, NativeResult, LuaValue[]> {
  const name = checkString(L, args, 1);
  const loaded = L.G.loaded;
  const have = loaded.get(name);
  if (have !== undefined && have !== false) {
    if (have === LOADING) luaError(L, `loop or previous error loading module '${name}'`);
    return have;
  }
  const loaders = pkgField(L, 'loaders');
  if (!(loaders instanceof LuaTable)) luaError(L, "'package.loaders' must be a table");
  let msg = '';
  let loader: LuaValue;
  for (let i = 1; ; i++) {
    const f = loaders.get(i);
    if (f === undefined) luaError(L, `module '${name}' not found:${msg}`);
    const r = (yield new CallRequest(f, [name]))[0];
    if (isFunction(r)) {
      loader = r;
      break;
    }
    if (typeof r === 'string') msg += r;
    else if (typeof r === 'number') msg += tostr(L.G, r);
  }
  loaded.set(name, LOADING);
  const res = (yield new CallRequest(loader, [name]))[0];
  if (res !== undefined) loaded.set(name, res);
  if (loaded.get(name) === LOADING) loaded.set(name, true);
  return loaded.get(name);
}

/** module(name, ...): create or reuse the module table and make it the caller's environment. */
function* moduleR(L: Thread, args: LuaValue[]): Generator<CallRequest, NativeResult, LuaValue[]> {
  const name = checkString(L, args, 1);
  const loaded = L.G.loaded;
  let mod = loaded.get(name);
  if (!(mod instanceof LuaTable)) {
    mod = findTable(L, name);
    loaded.set(name, mod);
  }
  const m = mod as LuaTable;
  if (m.get('_NAME') === undefined) {
    m.set('_M', m);
    m.set('_NAME', name);
    const dot = name.lastIndexOf('.');
    m.set('_PACKAGE', dot < 0 ? '' : name.slice(0, dot + 1));
  }
  const ci = ciAtLevel(L, 1);
  if (ci === null || ci.closure === null) luaError(L, "'module' not called from a Lua function");
  ci.closure.env = m;
  for (let i = 1; i < args.length; i++) yield new CallRequest(args[i], [m]);
  return [];
}

/** luaL_findtable over the globals: create the dotted path of tables. */
function findTable(L: Thread, dotted: string): LuaTable {
  let t = L.G.globals;
  for (const part of dotted.split('.')) {
    let v = t.get(part);
    if (v === undefined) {
      v = new LuaTable();
      t.set(part, v);
    } else if (!(v instanceof LuaTable)) {
      luaError(L, `name conflict for module '${dotted}'`);
    }
    t = v as LuaTable;
  }
  return t;
}

export function openPackage(L: Thread): void {
  const G = L.G;
  const funcs: Record<string, LibFunction> = {
    loadlib: (L, args) => [undefined, `${checkString(L, args, 1)}: cannot open shared object file: No such file or directory`, 'open'],
    seeall(L, args): NativeResult {
      const m = checkTable(L, args, 1);
      let mt = m.metatable;
      if (mt === undefined) {
        mt = new LuaTable();
        m.metatable = mt;
      }
      mt.set('__index', L.G.globals);
      return [];
    },
  };
  const pkg = registerLib(L, 'package', funcs);
  const loaders = new LuaTable();
  [preloadLoader, luaLoader, cLoader, allInOneLoader].forEach((f, i) => {
    const n = makeNative('loader', f);
    n.env = G.globals;
    loaders.set(i + 1, n);
  });
  pkg.set('loaders', loaders);
  pkg.set('path', DEFAULT_PATH);
  pkg.set('cpath', '');
  pkg.set('config', '/\n;\n?\n!\n-');
  pkg.set('loaded', G.loaded);
  pkg.set('preload', new LuaTable());
  registerLib(L, null, { require: { resumable: requireR }, module: { resumable: moduleR } });
}
