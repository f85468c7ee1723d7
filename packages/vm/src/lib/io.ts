/**
 * The io library (liolib.c): io.close flush input lines open output popen read tmpfile type
 * write, io.stdin/stdout/stderr, and the file methods close flush lines read seek setvbuf write
 * (+ __gc, __tostring) on userdata sharing the registry's "FILE*" metatable.
 *
 * The streams themselves (buffering, scanf, positions) are LuaFile (iofile.ts); this file is the
 * Lua face: argument checking, C's result conventions (`nil, "name: strerror", errno`), the
 * default input and output, and what closing means for each kind of handle (standard files
 * refuse, popen files run or finish their command, the others release their descriptor).
 *
 * stdout and stderr write through G.stdout/G.stderr and stdin reads G.stdin() (all of it, once),
 * so an embedder captures them. popen runs its command synchronously with /bin/sh: for "r" at
 * open (its output is then read like a file), for "w" at close (fed what was written).
 */
import { LuaTable } from '../table.js';
import { NativeFunction, Userdata, type LuaValue, type NativeResult } from '../value.js';
import type { Thread } from '../state.js';
import { numberToString } from '../number.js';
import {
  argError, checkAny, checkOption, checkString, luaError, optInteger, optString, registerLib,
  toInteger, typeError,
} from './aux.js';
import { LuaFile, FileKind, track, untrack } from './iofile.js';
import { errnoFor, errnoOf, fromLuaString, host, needChildProcess, needFs, pathBytes } from './host.js';

const FILEHANDLE = 'FILE*';

/** A C string: what C sees of a Lua string (up to the first NUL). */
function cstr(s: string): string {
  const z = s.indexOf('\0');
  return z < 0 ? s : s.slice(0, z);
}

type Errno = [number, string];

/** pushresult's failure: nil, "[name: ]strerror", errno. */
function failure(err: Errno | null, name: string | null): LuaValue[] {
  const [n, msg] = err ?? errnoFor('EIO');
  return [undefined, name === null ? msg : `${name}: ${msg}`, n];
}

// ---------------------------------------------------------------- opening streams

/** fopen: glibc's mode parsing (r/w/a, then up to six of '+', 'x', others ignored). */
function fopen(L: Thread, fname: string, name: string, mode: string): LuaFile | Errno {
  const fs = needFs(L, fname);
  mode = cstr(mode);
  const m = mode.charAt(0);
  if (m !== 'r' && m !== 'w' && m !== 'a') return errnoFor('EINVAL');
  let plus = false, excl = false;
  for (let i = 1; i < 7 && i < mode.length; i++) {
    const c = mode.charAt(i);
    if (c === '+') plus = true;
    else if (c === 'x') excl = true;
  }
  const C = fs.constants;
  let flags = plus ? C.O_RDWR : m === 'r' ? C.O_RDONLY : C.O_WRONLY;
  if (m === 'w') flags |= C.O_CREAT | C.O_TRUNC;
  if (m === 'a') flags |= C.O_CREAT | C.O_APPEND;
  if (excl && m !== 'r') flags |= C.O_EXCL;
  let fd: number;
  try {
    fd = fs.openSync(pathBytes(L, cstr(name)), flags, 0o666);
  } catch (e) {
    return errnoOf(e);
  }
  const f = new LuaFile(FileKind.FILE, fd, m === 'r' || plus, m !== 'r' || plus, m === 'a');
  if (m === 'a' && !plus) {
    try { f.off = fs.fstatSync(fd).size; } catch { /* position stays 0 */ }
  }
  track(L.G, f);
  return f;
}

/** Run `cmd` with /bin/sh in the runtime's directory; its stdout as a byte string. */
function runShell(L: Thread, fname: string, cmd: string, input: string | null): { out: string; status: number } {
  const cp = needChildProcess(L, fname);
  const r = cp.spawnSync('/bin/sh', ['-c', fromLuaString(cstr(cmd))], {
    cwd: L.G.resolvePath('.'),
    input: input === null ? undefined : Buffer.from(input, 'latin1'),
    stdio: [input === null ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const err = r.stderr as Buffer | null;
  if (err !== null && err.length > 0) L.G.stderr(err.toString('latin1'));
  const out = r.stdout as Buffer | null;
  return { out: out === null ? '' : out.toString('latin1'), status: r.status ?? 128 };
}

// ---------------------------------------------------------------- the library

export function openIo(L: Thread): void {
  const G = L.G;
  const meta = new LuaTable();
  G.registry.set(FILEHANDLE, meta);

  const newFile = (f: LuaFile): Userdata => new Userdata(f, meta, undefined);

  /** luaL_checkudata(L, 1, "FILE*"). */
  const toFileP = (L: Thread, args: LuaValue[]): LuaFile => {
    const v = args[0];
    if (v instanceof Userdata && v.metatable === meta) return v.value as LuaFile;
    typeError(L, args, 1, FILEHANDLE);
  };

  /** tofile: an open file. */
  const toFile = (L: Thread, args: LuaValue[]): LuaFile => {
    const f = toFileP(L, args);
    if (f.closed) luaError(L, 'attempt to use a closed file');
    return f;
  };

  // the standard files
  const stdin = new LuaFile(FileKind.STD, -1, true, false, false);
  stdin.source = () => G.stdin();
  const stdout = new LuaFile(FileKind.STD, -1, false, true, false);
  stdout.sink = (s) => G.stdout(s);
  const stderr = new LuaFile(FileKind.STD, -1, false, true, false);
  stderr.sink = (s) => G.stderr(s);
  const io = { input: newFile(stdin), output: newFile(stdout) };
  const stderrUd = newFile(stderr);

  /** getiofile: the default input or output, which must be open. */
  const ioFile = (L: Thread, which: 'input' | 'output'): LuaFile => {
    const f = io[which].value as LuaFile;
    if (f.closed) luaError(L, `standard ${which} file is closed`);
    return f;
  };

  /** aux_close: what closing means for this kind of stream. */
  const closeFile = (L: Thread, f: LuaFile): NativeResult => {
    if (f.kind === FileKind.STD) return [undefined, 'cannot close standard file'];
    if (f.kind === FileKind.POPEN) {
      f.closed = true;
      if (f.command !== null) {
        const input = f.pending.join('');
        f.pending = [];
        const { out } = runShell(L, 'io.popen', f.command, input);
        if (out.length > 0) G.stdout(out);
      }
      return true;
    }
    untrack(G, f);
    return f.closeFd() ? true : failure(f.err, null);
  };

  // g_read: the formats from args[first-1] on
  const read = (L: Thread, f: LuaFile, args: LuaValue[], first: number): NativeResult => {
    f.err = null; // clearerr
    const out: LuaValue[] = [];
    let success: boolean;
    if (args.length < first) {
      const line = f.readLine();
      success = line !== null;
      out.push(line ?? undefined);
    } else {
      success = true;
      for (let n = first; n <= args.length && success; n++) {
        const a = args[n - 1];
        if (typeof a === 'number') {
          const l = toInteger(a);
          if (l === 0) {
            success = f.hasMore();
            out.push('');
          } else {
            const s = f.readChars(l < 0 ? Infinity : l); // (size_t) of a negative count
            success = s.length > 0;
            out.push(s);
          }
          continue;
        }
        if (typeof a !== 'string' || a.charCodeAt(0) !== 42 /* * */) argError(L, n, 'invalid option');
        switch (a.charAt(1)) {
          case 'n': {
            const v = f.readNumber();
            success = v !== undefined;
            out.push(v);
            break;
          }
          case 'l': {
            const line = f.readLine();
            success = line !== null;
            out.push(line ?? undefined);
            break;
          }
          case 'a':
            out.push(f.readChars(Infinity));
            break;
          default:
            argError(L, n, 'invalid format');
        }
      }
    }
    if (f.err !== null) return failure(f.err, null);
    if (!success) out[out.length - 1] = undefined;
    return out;
  };

  // g_write: the values from args[first-1] on
  const write = (L: Thread, f: LuaFile, args: LuaValue[], first: number): NativeResult => {
    let status = true;
    let text = ''; // consecutive values are written at once
    for (let i = first; i <= args.length; i++) {
      const a = args[i - 1];
      if (typeof a === 'string') text += a;
      else if (typeof a === 'number') text += numberToString(a);
      else {
        if (text.length > 0) { status = status && f.write(text); text = ''; } // what precedes is written
        checkString(L, args, i);
      }
    }
    if (text.length > 0) status = status && f.write(text);
    return status ? true : failure(f.err, null);
  };

  /** The io.lines / file:lines iterator; closes the file at the end when `toclose`. */
  const linesIterator = (ud: Userdata, toclose: boolean): NativeFunction => {
    const f = ud.value as LuaFile;
    const fn = new NativeFunction('lines', (L) => {
      if (f.closed) luaError(L, 'file is already closed');
      const line = f.readLine();
      if (f.err !== null) luaError(L, f.err[1]);
      if (line !== null) return line;
      if (toclose) closeFile(L, f);
      return [];
    }, null, G.globals, [ud, toclose]);
    return fn;
  };

  /** g_iofile: set (by name or handle) and return the default input or output. */
  const ioFileFn = (which: 'input' | 'output', mode: string) => (L: Thread, args: LuaValue[]): NativeResult => {
    const v = args[0];
    if (v !== undefined) {
      if (typeof v === 'string' || typeof v === 'number') {
        const name = typeof v === 'number' ? numberToString(v) : v;
        const f = fopen(L, `io.${which}`, name, mode);
        if (Array.isArray(f)) argError(L, 1, `${cstr(name)}: ${f[1]}`);
        io[which] = newFile(f);
      } else {
        toFile(L, args);
        io[which] = v as Userdata;
      }
    }
    return io[which];
  };

  const ioClose = (L: Thread, args: LuaValue[]): NativeResult => {
    if (args.length === 0) args = [io.output];
    return closeFile(L, toFile(L, args));
  };

  registerLib(L, 'io', {
    close: ioClose,
    flush: (L) => {
      const f = ioFile(L, 'output');
      return f.flush() ? true : failure(f.err, null);
    },
    input: ioFileFn('input', 'r'),
    lines: (L, args) => {
      if (args[0] === undefined) {
        // f_lines checks argument 1, which is the default input only when there was no argument
        toFile(L, args.length === 0 ? [io.input] : args);
        return linesIterator(io.input, false);
      }
      const name = checkString(L, args, 1);
      const f = fopen(L, 'io.lines', name, 'r');
      if (Array.isArray(f)) argError(L, 1, `${cstr(name)}: ${f[1]}`);
      return linesIterator(newFile(f), true);
    },
    open: (L, args) => {
      const name = checkString(L, args, 1);
      const mode = optString(L, args, 2, 'r');
      const f = fopen(L, 'io.open', name, mode);
      return Array.isArray(f) ? failure(f, cstr(name)) : newFile(f);
    },
    output: ioFileFn('output', 'w'),
    popen: (L, args) => {
      const cmd = checkString(L, args, 1);
      const mode = cstr(optString(L, args, 2, 'r'));
      if (mode !== 'r' && mode !== 'w' && mode !== 're' && mode !== 'we') return failure(errnoFor('EINVAL'), cstr(cmd));
      if (mode.charAt(0) === 'r') {
        const { out } = runShell(L, 'io.popen', cmd, null);
        const f = new LuaFile(FileKind.POPEN, -1, true, false, false);
        f.source = () => out;
        return newFile(f);
      }
      needChildProcess(L, 'io.popen');
      const f = new LuaFile(FileKind.POPEN, -1, false, true, false);
      f.command = cmd;
      f.sink = (s) => { f.pending.push(s); };
      return newFile(f);
    },
    read: (L, args) => read(L, ioFile(L, 'input'), args, 1),
    tmpfile: (L) => {
      const fs = needFs(L, 'io.tmpfile');
      const dir = host().os?.tmpdir() ?? '/tmp';
      const C = fs.constants;
      for (let attempt = 0; ; attempt++) {
        const name = `${dir}/lua_${Math.random().toString(36).slice(2, 8)}`;
        try {
          const fd = fs.openSync(name, C.O_RDWR | C.O_CREAT | C.O_EXCL, 0o600);
          fs.unlinkSync(name);
          const f = new LuaFile(FileKind.FILE, fd, true, true, false);
          track(G, f);
          return newFile(f);
        } catch (e) {
          if ((e as { code?: string }).code !== 'EEXIST' || attempt > 100) return failure(errnoOf(e), null);
        }
      }
    },
    type: (L, args) => {
      const v = checkAny(L, args, 1);
      if (!(v instanceof Userdata) || v.metatable !== meta) return undefined;
      return (v.value as LuaFile).closed ? 'closed file' : 'file';
    },
    write: (L, args) => write(L, ioFile(L, 'output'), args, 1),
  });
  const lib = G.loaded.get('io') as LuaTable;
  lib.set('stdin', io.input);
  lib.set('stdout', io.output);
  lib.set('stderr', stderrUd);

  // the file methods
  const methods: Record<string, (L: Thread, args: LuaValue[]) => NativeResult> = {
    close: ioClose,
    flush: (L, args) => {
      const f = toFile(L, args);
      return f.flush() ? true : failure(f.err, null);
    },
    lines: (L, args) => {
      toFile(L, args);
      return linesIterator(args[0] as Userdata, false);
    },
    read: (L, args) => read(L, toFile(L, args), args, 2),
    seek: (L, args) => {
      const f = toFile(L, args);
      const op = checkOption(L, args, 2, 'cur', ['set', 'cur', 'end']);
      const offset = optInteger(L, args, 3, 0);
      const r = f.seek(op === 0 ? 'set' : op === 1 ? 'cur' : 'end', offset);
      return typeof r === 'number' ? r : failure(r, null);
    },
    setvbuf: (L, args) => {
      toFile(L, args);
      checkOption(L, args, 2, null, ['no', 'full', 'line']);
      optInteger(L, args, 3, 1024);
      return true;
    },
    write: (L, args) => write(L, toFile(L, args), args, 2),
    __gc: (L, args) => {
      const f = toFileP(L, args);
      if (!f.closed) closeFile(L, f);
      return [];
    },
    __tostring: (L, args) => {
      const f = toFileP(L, args);
      return f.closed ? 'file (closed)' : `file (${G.addressOf(args[0] as Userdata)})`;
    },
  };
  for (const name of Object.keys(methods)) {
    meta.set(name, new NativeFunction(name, methods[name], null, G.globals, []));
  }
  meta.set('__index', meta);
}
