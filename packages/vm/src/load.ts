/**
 * Loading chunks: source text (parse + compile) or binary chunks (undump), into a closure whose
 * environment is the thread's global table, as lua_load does.
 */
import { LuaSyntaxError } from '@lupa/parser';
import { Closure, UpVal } from './value.js';
import type { Thread } from './state.js';
import { LuaError } from './errors.js';
import { load as compileSource } from './compiler/index.js';
import type { Proto } from './proto.js';
import { undump } from './undump.js';

/** Source or binary chunk → Proto; syntax errors become LuaError(message). */
export function loadProto(source: string, chunkName: string): Proto {
  if (source.charCodeAt(0) === 27) return undump(source, chunkName);
  try {
    return compileSource(source, chunkName);
  } catch (e) {
    if (e instanceof LuaSyntaxError) throw new LuaError(e.message);
    throw e;
  }
}

export function loadChunk(L: Thread, source: string, chunkName: string): Closure {
  const p = loadProto(source, chunkName);
  const upvals: UpVal[] = [];
  for (let i = 0; i < p.nups; i++) upvals.push(new UpVal([undefined], 0, null));
  return new Closure(p, upvals, L.env);
}

type Fs = { readFileSync(path: string | number): Uint8Array };

function nodeFs(): Fs | null {
  const proc = (globalThis as { process?: { getBuiltinModule?: (m: string) => unknown } }).process;
  return (proc?.getBuiltinModule?.('fs') as Fs | undefined) ?? null;
}

export function bytesToString(b: Uint8Array): string {
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < b.length; i += CHUNK) {
    s += String.fromCharCode.apply(null, b.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return s;
}

/** luaL_loadfile: a file (or stdin when fname is undefined); skips a first line starting with '#'. */
export function loadFileChunk(L: Thread, fname: string | undefined): Closure {
  const chunkName = fname === undefined ? '=stdin' : '@' + fname;
  let text: string;
  if (fname === undefined) {
    text = L.G.stdin();
  } else {
    const fs = nodeFs();
    if (fs === null) throw new LuaError(`cannot open ${fname}`);
    try {
      text = bytesToString(fs.readFileSync(L.G.resolvePath(fname)));
    } catch (e) {
      const code = (e as { code?: string }).code;
      const why = code === 'ENOENT' ? 'No such file or directory' : code === 'EACCES' ? 'Permission denied'
        : code === 'EISDIR' ? 'Is a directory' : String((e as Error).message);
      if (code === 'EISDIR') throw new LuaError(`cannot read ${fname}: ${why}`);
      throw new LuaError(`cannot open ${fname}: ${why}`);
    }
  }
  if (text.charCodeAt(0) === 35 /* # */) {
    const nl = text.indexOf('\n');
    text = nl < 0 ? '' : '\n' + text.slice(nl + 1);
  }
  return loadChunk(L, text, chunkName);
}

/** Whether a file can be opened for reading (package searchers). */
export function fileExists(L: Thread, path: string): boolean {
  const fs = nodeFs() as (Fs & { openSync?(p: string, f: string): number; closeSync?(fd: number): void }) | null;
  if (fs === null || !fs.openSync || !fs.closeSync) return false;
  try {
    fs.closeSync(fs.openSync(L.G.resolvePath(path), 'r'));
    return true;
  } catch {
    return false;
  }
}
