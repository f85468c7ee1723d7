/** Opening the standard libraries (linit.c's order), plus LuaJIT's `bit`. */
import type { Thread } from '../state.js';
import { openBase } from './base.js';
import { openPackage } from './package.js';
import { openTable } from './table.js';
import { openIo } from './io.js';
import { openOs } from './os.js';
import { openString } from './string.js';
import { openMath } from './math.js';
import { openDebug } from './debug.js';
import { openCoroutine } from './coroutine.js';
import { openBit } from './bit.js';
import { LuaTable } from '../table.js';
import { makeNative } from './aux.js';

export type LibOpener = (L: Thread) => void;

/** `bit` is reachable through `require 'bit'` (package.preload), not as a global: lua5.1 has none. */
function openBitModule(L: Thread): void {
  const pkg = L.G.loaded.get('package');
  const preload = pkg instanceof LuaTable ? pkg.get('preload') : undefined;
  if (!(preload instanceof LuaTable)) {
    openBit(L); // no package library: a plain global, as LuaJIT has it
    return;
  }
  preload.set('bit', makeNative('bit', (L) => {
    openBit(L);
    const lib = L.G.globals.get('bit');
    L.G.globals.set('bit', undefined);
    return lib;
  }));
}

/** The libraries by name, in linit.c's order (coroutine is part of base there). */
export const libraries: Record<string, LibOpener> = {
  base: openBase,
  coroutine: openCoroutine,
  package: openPackage,
  table: openTable,
  io: openIo,
  os: openOs,
  string: openString,
  math: openMath,
  debug: openDebug,
  bit: openBitModule,
};

export function openLibs(L: Thread, names: readonly string[] = Object.keys(libraries)): void {
  for (const n of names) libraries[n]?.(L);
}
