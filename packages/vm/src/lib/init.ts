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

export type LibOpener = (L: Thread) => void;

/** `bit` is reachable through `require 'bit'` (package.loaded), not as a global: lua5.1 has none. */
function openBitModule(L: Thread): void {
  openBit(L);
  L.G.globals.set('bit', undefined);
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
