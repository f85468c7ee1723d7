/**
 * The `libraries` option: which libraries a runtime opens, and what that means for the rest.
 *
 * A library left out is nil, and the rest of the runtime is trimmed so that no other path gives
 * back what it would have given (a "sandbox" is just a runtime opened with fewer libraries):
 *
 *   without `io`     dofile and loadfile are removed, and package.loaders keeps only the
 *                    preload searcher — so no function reads a file;
 *   without `debug`  binary chunks are refused, by load, loadstring and the runtime's own
 *                    eval/execute/compile (malformed bytecode is the classic way out of a Lua
 *                    sandbox; the undump verifier is not a boundary we rely on);
 *   without `js.eval` and `js.global` (no `js`, or `registerEval` and `registerBuiltins` off)
 *                    JS objects the host passes in cannot be walked to their realm's
 *                    constructors (`constructor`, `__proto__`…; jsobject.ts), so Lua never
 *                    reaches `Function`, globalThis or the host's modules.
 *
 * `base` is always opened, whole: print (to the runtime's stdout), getfenv/setfenv (they only
 * reach Lua tables), newproxy, collectgarbage and gcinfo (bounded by `limits`) are harmless.
 */
import { NativeFunction, LuaTable as VmTable, LuaError as VmError, callSync, isFunction, type LuaValue } from '@lupa/vm';
import type { Core } from './core.js';

/** Every library a runtime can open, in the order they are opened. */
export const LIBRARIES = ['base', 'coroutine', 'package', 'table', 'io', 'os', 'string', 'math', 'debug', 'bit', 'js'] as const;

export type LibraryName = (typeof LIBRARIES)[number];

/** What load, loadstring and the runtime say to a binary chunk without the debug library. */
export const BINARY_REFUSED = 'attempt to load a binary chunk (the debug library is not open)';

/** The set of libraries to open: `base` always; a TypeError for an unknown name. */
export function librarySet(option: readonly string[] | undefined): Set<LibraryName> {
  if (option === undefined || option === null) return new Set(LIBRARIES);
  if (!Array.isArray(option)) throw new TypeError('libraries must be an array of library names');
  const set = new Set<LibraryName>(['base']);
  for (const name of option) {
    if (!(LIBRARIES as readonly string[]).includes(name)) {
      throw new TypeError(`unknown library ${JSON.stringify(name)} (expected one of ${LIBRARIES.join(' ')})`);
    }
    set.add(name as LibraryName);
  }
  return set;
}

/** The VM libraries of the set, in opening order (`js` is the bridge's). */
export function vmLibraries(set: Set<LibraryName>): string[] {
  return LIBRARIES.filter((n) => n !== 'js' && set.has(n));
}

/** Trim what the opened libraries would otherwise leave reachable (see the header). */
export function restrict(core: Core, set: Set<LibraryName>, jsReachesHost: boolean): void {
  const G = core.G;
  if (!set.has('io')) {
    G.globals.set('dofile', undefined);
    G.globals.set('loadfile', undefined);
    const pkg = G.loaded.get('package');
    const loaders = pkg instanceof VmTable ? pkg.get('loaders') : undefined;
    if (loaders instanceof VmTable) for (let i = loaders.length(); i > 1; i--) loaders.set(i, undefined);
  }
  if (!set.has('debug')) {
    core.binaryChunks = false;
    refuseBinaryChunks(core);
  }
  core.guardProperties = !(set.has('js') && jsReachesHost);
}

function isBinary(s: LuaValue): boolean {
  return typeof s === 'string' && s.charCodeAt(0) === 27;
}

/** loadstring and load answer `nil, BINARY_REFUSED` to a chunk starting with ESC. */
function refuseBinaryChunks(core: Core): void {
  const globals = core.G.globals;
  const loadstring = globals.get('loadstring');
  if (loadstring instanceof NativeFunction && loadstring.fn !== null) {
    const body = loadstring.fn;
    loadstring.fn = (L, args) => (isBinary(args[0]) ? [undefined, BINARY_REFUSED] : body(L, args));
  }
  const load = globals.get('load');
  if (load instanceof NativeFunction && load.fn !== null) {
    const body = load.fn;
    load.fn = (L, args) => {
      const reader = args[0];
      if (isFunction(reader)) {
        // The first piece decides: wrap the reader so a binary one fails the load.
        let first = true;
        args[0] = new NativeFunction('reader', (T) => {
          const r = callSync(T, reader, []);
          if (first && typeof r[0] === 'string' && r[0] !== '') {
            first = false;
            if (isBinary(r[0])) throw new VmError(BINARY_REFUSED);
          }
          return r;
        }, null, undefined, []);
      }
      return body(L, args);
    };
  }
}
