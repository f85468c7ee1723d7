/** Opening the standard libraries (linit.c). */
import type { Thread } from '../state.js';
import { openBase } from './base.js';
import { openCoroutine } from './coroutine.js';
import { openPackage } from './package.js';
import { openDebug } from './debug.js';

export type LibOpener = (L: Thread) => void;

/** The libraries by name, in linit.c's order; more are added as they are written. */
export const libraries: Record<string, LibOpener> = {
  base: openBase,
  package: openPackage,
  coroutine: openCoroutine,
  debug: openDebug,
};

export function openLibs(L: Thread, names: readonly string[] = Object.keys(libraries)): void {
  for (const n of names) libraries[n]?.(L);
}
