/**
 * The os library (loslib.c): clock date difftime execute exit getenv remove rename setlocale
 * time tmpname.
 *
 * os.exit never ends the host process: it flushes the runtime's open files (as C's exit does)
 * and throws LuaExit, which `pcall` cannot catch (it is a LuaAbort) and which the command line
 * turns into process.exit(code). Functions that need a file system, a shell or an environment
 * raise "os.remove not available in this host" where there is none (a browser); os.execute()
 * without a command answers 0 there, as system(NULL) does without a shell.
 *
 * Only the "C" locale exists: setlocale accepts "C", "POSIX" and "C.UTF-8" (what Debian has
 * without extra locales) and refuses the rest, as a system without them would.
 */
import { LuaTable } from '../table.js';
import type { LuaValue, NativeResult } from '../value.js';
import type { Thread } from '../state.js';
import { LuaAbort } from '../errors.js';
import { str2number } from '../number.js';
import { index } from '../meta.js';
import {
  checkNumber, checkOption, checkString, checkType, luaError, optInteger, optNumber, optString,
  registerLib, toInteger,
} from './aux.js';
import { gmtime, localtime, mktime, strftime1 } from './date.js';
import { failure, fromLuaString, host, needChildProcess, needFs, pathBytes, toLuaString } from './host.js';
import { flushAll } from './iofile.js';

/** Thrown by os.exit: ends the run (pcall does not catch it); `code` is the exit status (0..255). */
export class LuaExit extends LuaAbort {
  code: number;
  constructor(public status: number) {
    super(`os.exit(${status})`, 'closed');
    this.name = 'LuaExit';
    this.code = status & 255;
  }
}

/** A C string: what C sees of a Lua string (up to the first NUL). */
function cstr(s: string): string {
  const z = s.indexOf('\0');
  return z < 0 ? s : s.slice(0, z);
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

// ---------------------------------------------------------------- date and time

function date(L: Thread, args: LuaValue[]): NativeResult {
  let s = cstr(optString(L, args, 1, '%c'));
  const t = args[1] === undefined ? now() : toInteger(checkNumber(L, args, 2)); // (time_t) cast
  let utc = false;
  if (s.charCodeAt(0) === 33 /* ! */) { utc = true; s = s.slice(1); }
  const tm = utc ? gmtime(t) : localtime(t);
  if (tm === null) return undefined;
  if (s === '*t') {
    const r = new LuaTable();
    r.set('sec', tm.sec);
    r.set('min', tm.min);
    r.set('hour', tm.hour);
    r.set('day', tm.mday);
    r.set('month', tm.mon + 1);
    r.set('year', tm.year);
    r.set('wday', tm.wday + 1);
    r.set('yday', tm.yday + 1);
    if (tm.isdst >= 0) r.set('isdst', tm.isdst > 0);
    return r;
  }
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c !== '%' || i + 1 === s.length) out += c;
    else out += strftime1(s.charAt(++i), tm);
  }
  return out;
}

/** getfield of os_time: an int field of the date table (through __index), `d` when absent. */
function dateField(L: Thread, t: LuaValue, key: string, d: number): number {
  const v = index(L, t, key);
  const n = typeof v === 'number' ? v : typeof v === 'string' ? str2number(v) : undefined;
  if (n !== undefined) return toInteger(n) | 0;
  if (d < 0) luaError(L, `field '${key}' missing in date table`);
  return d;
}

function time(L: Thread, args: LuaValue[]): NativeResult {
  if (args[0] === undefined) return now();
  const t = checkType(L, args, 1, 'table');
  const sec = dateField(L, t, 'sec', 0);
  const min = dateField(L, t, 'min', 0);
  const hour = dateField(L, t, 'hour', 12);
  const day = dateField(L, t, 'day', -1);
  const month = (dateField(L, t, 'month', -1) - 1) | 0;
  const year = (dateField(L, t, 'year', -1) - 1900) | 0;
  const dst = index(L, t, 'isdst');
  const isdst = dst === undefined ? -1 : dst === false ? 0 : 1;
  const r = mktime(year, month, day, hour, min, sec, isdst);
  return r === null ? undefined : r;
}

function difftime(L: Thread, args: LuaValue[]): NativeResult {
  const t0 = toInteger(optNumber(L, args, 2, 0)); // argument 2 first, as gcc evaluates loslib's call
  return toInteger(checkNumber(L, args, 1)) - t0;
}

function clock(): NativeResult {
  const p = host().process;
  if (p?.cpuUsage) {
    const u = p.cpuUsage();
    return (u.user + u.system) / 1e6;
  }
  return (globalThis.performance?.now() ?? 0) / 1000;
}

// ---------------------------------------------------------------- the system

/** system(): the wait status (exit code << 8, or the signal number). */
function execute(L: Thread, args: LuaValue[]): NativeResult {
  if (args[0] === undefined) return host().childProcess !== null ? 1 : 0; // system(NULL)
  const cmd = cstr(checkString(L, args, 1));
  const cp = needChildProcess(L, 'os.execute');
  const r = cp.spawnSync('/bin/sh', ['-c', fromLuaString(cmd)], {
    cwd: L.G.resolvePath('.'),
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const out = r.stdout as Buffer | null, err = r.stderr as Buffer | null;
  if (out !== null && out.length > 0) L.G.stdout(out.toString('latin1'));
  if (err !== null && err.length > 0) L.G.stderr(err.toString('latin1'));
  if (r.error !== undefined) return 127 << 8;
  if (r.signal !== null) return host().os?.constants.signals[r.signal] ?? 9;
  return ((r.status ?? 0) & 255) << 8;
}

function exit(L: Thread, args: LuaValue[]): NativeResult {
  const code = optInteger(L, args, 1, 0) | 0;
  flushAll(L.G);
  throw new LuaExit(code);
}

function getenv(L: Thread, args: LuaValue[]): NativeResult {
  const name = cstr(checkString(L, args, 1));
  const v = host().process?.env[fromLuaString(name)];
  return v === undefined ? undefined : toLuaString(v);
}

function remove(L: Thread, args: LuaValue[]): NativeResult {
  const name = cstr(checkString(L, args, 1));
  const fs = needFs(L, 'os.remove');
  const path = pathBytes(L, name);
  try {
    fs.unlinkSync(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== 'EISDIR' && code !== 'EPERM') return failure(e, name);
    try { fs.rmdirSync(path); } catch (e2) { return failure(e2, name); } // remove() of a directory
  }
  return true;
}

function rename(L: Thread, args: LuaValue[]): NativeResult {
  const from = cstr(checkString(L, args, 1));
  const to = cstr(checkString(L, args, 2));
  const fs = needFs(L, 'os.rename');
  try {
    fs.renameSync(pathBytes(L, from), pathBytes(L, to));
  } catch (e) {
    return failure(e, from);
  }
  return true;
}

const TMP_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** mkstemp("/tmp/lua_XXXXXX"): the file is created (empty), as lua5.1 on Linux does. */
function tmpname(L: Thread): NativeResult {
  const fs = needFs(L, 'os.tmpname');
  for (let attempt = 0; attempt < 100; attempt++) {
    let name = '/tmp/lua_';
    for (let i = 0; i < 6; i++) name += TMP_CHARS.charAt(Math.floor(Math.random() * TMP_CHARS.length));
    try {
      fs.closeSync(fs.openSync(name, fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o600));
      return name;
    } catch (e) {
      if ((e as { code?: string }).code !== 'EEXIST') break;
    }
  }
  luaError(L, 'unable to generate a unique filename');
}

// ---------------------------------------------------------------- locale

const CATEGORIES = ['all', 'collate', 'ctype', 'monetary', 'numeric', 'time'] as const;
const ENV_NAMES = ['', 'LC_COLLATE', 'LC_CTYPE', 'LC_MONETARY', 'LC_NUMERIC', 'LC_TIME'];

/** The locales this runtime has (all behave as "C"), by the name setlocale reports. */
function knownLocale(name: string): string | null {
  switch (name) {
    case 'C': case 'POSIX': return 'C';
    case 'C.UTF-8': case 'C.utf8': return name;
  }
  return null;
}

function openSetlocale(): (L: Thread, args: LuaValue[]) => NativeResult {
  const current = ['C', 'C', 'C', 'C', 'C', 'C']; // by CATEGORIES index; [0] unused
  return (L, args) => {
    const l = args[0] === undefined ? null : checkString(L, args, 1);
    const op = checkOption(L, args, 2, 'all', CATEGORIES);
    const query = (): string => {
      if (op !== 0) return current[op];
      const first = current[1];
      if (current.every((n, i) => i === 0 || n === first)) return first;
      return CATEGORIES.slice(1).map((c, i) => `LC_${c.toUpperCase()}=${current[i + 1]}`).join(';');
    };
    if (l === null) return query();
    let wanted = cstr(l);
    if (wanted === '') {
      const env = host().process?.env ?? {};
      wanted = env.LC_ALL || (op !== 0 ? env[ENV_NAMES[op]] : undefined) || env.LANG || 'C';
    }
    const name = knownLocale(wanted);
    if (name === null) return undefined;
    if (op === 0) current.fill(name);
    else current[op] = name;
    return query();
  };
}

export function openOs(L: Thread): void {
  registerLib(L, 'os', {
    clock,
    date,
    difftime,
    execute,
    exit,
    getenv,
    remove,
    rename,
    setlocale: openSetlocale(),
    time,
    tmpname,
  });
}
