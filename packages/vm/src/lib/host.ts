/**
 * What the host offers the os and io libraries: Node's fs, child_process, os and process, when
 * they exist. The VM must load in a browser, so nothing here is imported statically: the modules
 * are obtained at run time through `process.getBuiltinModule` (Node ≥ 20.16). Without them the
 * functions that need the host raise a Lua error ("os.remove not available in this host"),
 * never a JS TypeError.
 *
 * Also here: file names and environment strings cross between Lua byte strings and the host's
 * strings (paths go to fs as Buffers holding the bytes, so any byte survives), and errno-style
 * results (`name: No such file or directory`, 2) are made from Node's error codes.
 */
import type * as NodeFs from 'node:fs';
import type * as NodeChildProcess from 'node:child_process';
import type * as NodeOs from 'node:os';
import type { Thread } from '../state.js';
import type { LuaValue } from '../value.js';
import { luaError } from './aux.js';

interface NodeProcess {
  env: Record<string, string | undefined>;
  cpuUsage?: () => { user: number; system: number };
  getBuiltinModule?: (id: string) => unknown;
  pid?: number;
}

export interface Host {
  fs: typeof NodeFs | null;
  childProcess: typeof NodeChildProcess | null;
  os: typeof NodeOs | null;
  process: NodeProcess | null;
}

let cached: Host | null = null;

/** The host's capabilities, probed once. */
export function host(): Host {
  if (cached !== null) return cached;
  const proc = (globalThis as { process?: NodeProcess }).process;
  const load = <T>(id: string): T | null => {
    try {
      const m = proc?.getBuiltinModule?.(id);
      return m === undefined || m === null ? null : (m as T);
    } catch {
      return null;
    }
  };
  cached = {
    fs: load<typeof NodeFs>('node:fs'),
    childProcess: load<typeof NodeChildProcess>('node:child_process'),
    os: load<typeof NodeOs>('node:os'),
    process: proc !== undefined && typeof proc === 'object' ? proc : null,
  };
  return cached;
}

/** Replace the probed host (tests: simulate a browser with `{ fs: null, … }`); null probes again. */
export function setHost(h: Host | null): void {
  cached = h;
}

/** The fs module, or a Lua error naming the function (`io.open not available in this host`). */
export function needFs(L: Thread, fname: string): typeof NodeFs {
  const fs = host().fs;
  if (fs === null) luaError(L, `${fname} not available in this host`);
  return fs;
}

export function needChildProcess(L: Thread, fname: string): typeof NodeChildProcess {
  const cp = host().childProcess;
  if (cp === null) luaError(L, `${fname} not available in this host`);
  return cp;
}

/** A Lua byte string as the bytes of a file name, resolved against the runtime's directory. */
export function pathBytes(L: Thread, name: string): Buffer {
  return Buffer.from(L.G.resolvePath(name), 'latin1');
}

/** Host text (UTF-16) → Lua byte string (its UTF-8 bytes). ASCII passes unchanged. */
export function toLuaString(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) return bytesToString(new TextEncoder().encode(s));
  }
  return s;
}

/** Lua byte string → host text (bytes read as UTF-8). */
export function fromLuaString(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) return new TextDecoder().decode(stringToBytes(s));
  }
  return s;
}

/** Bytes → Lua byte string. */
export function bytesToString(b: Uint8Array, start = 0, end = b.length): string {
  let s = '';
  for (let i = start; i < end; i += 8192) {
    s += String.fromCharCode.apply(null, b.subarray(i, Math.min(end, i + 8192)) as unknown as number[]);
  }
  return s;
}

/** Lua byte string → bytes. */
export function stringToBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** strerror texts (glibc) and numbers of the errno codes the file functions can meet. */
const ERRNO: Record<string, [number, string]> = {
  EPERM: [1, 'Operation not permitted'],
  ENOENT: [2, 'No such file or directory'],
  EIO: [5, 'Input/output error'],
  EBADF: [9, 'Bad file descriptor'],
  EAGAIN: [11, 'Resource temporarily unavailable'],
  ENOMEM: [12, 'Cannot allocate memory'],
  EACCES: [13, 'Permission denied'],
  EBUSY: [16, 'Device or resource busy'],
  EEXIST: [17, 'File exists'],
  EXDEV: [18, 'Invalid cross-device link'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  EINVAL: [22, 'Invalid argument'],
  ENFILE: [23, 'Too many open files in system'],
  EMFILE: [24, 'Too many open files'],
  ETXTBSY: [26, 'Text file busy'],
  EFBIG: [27, 'File too large'],
  ENOSPC: [28, 'No space left on device'],
  ESPIPE: [29, 'Illegal seek'],
  EROFS: [30, 'Read-only file system'],
  EPIPE: [32, 'Broken pipe'],
  ENAMETOOLONG: [36, 'File name too long'],
  ENOTEMPTY: [39, 'Directory not empty'],
  ELOOP: [40, 'Too many levels of symbolic links'],
};

/** [errno, message] of a host error (a Node system error, or anything else as EIO). */
export function errnoOf(e: unknown): [number, string] {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && ERRNO[code] !== undefined) return ERRNO[code];
  const n = (e as { errno?: unknown } | null)?.errno;
  if (typeof n === 'number' && typeof code === 'string') return [Math.abs(n), code];
  return ERRNO.EIO;
}

export function errnoFor(code: keyof typeof ERRNO): [number, string] {
  return ERRNO[code];
}

/** luaL_fileresult's failure: nil, "<name>: <strerror>", errno (without a name: just strerror). */
export function failure(e: unknown, name: string | null): LuaValue[] {
  const [n, msg] = errnoOf(e);
  return [undefined, name === null ? msg : `${name}: ${msg}`, n];
}
