// The engines the benchmarks compare, shared by bench/run.js and bench/coroutine-switch.js:
// each is a command and the arguments before the script's own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

export const ENGINES = {
  lupa: ['node', [join(root, 'packages/api/bin/lupa.js')]],
  'lua5.1': ['lua5.1', []],
  luajit: ['luajit', []],
  fengari: ['node', [join(here, 'peers/fengari.cjs')]],
  wasmoon: ['node', [join(here, 'peers/wasmoon.mjs')]],
};

/** The engines of a comma-separated list that this machine has (peers installed, references on PATH). */
export function availableEngines(list) {
  return list.split(',').filter((e) => {
    if (!(e in ENGINES)) return false;
    if (e === 'fengari' || e === 'wasmoon') return existsSync(join(here, 'node_modules', e));
    if (e === 'lua5.1' || e === 'luajit') return spawnSync(e, ['-v']).status === 0;
    return true;
  });
}
