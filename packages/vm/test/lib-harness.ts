/**
 * Runs the library cases of fixtures/libs (recorded by lua5.1/luajit with gen.mjs) in lupa:
 * each chunk in a fresh state with every library open, called as the generator's wrapper calls it
 * (protected, chunk name "=case"), its results serialized as the wrapper's `ser` does.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { createState, protectedCall } from '../src/runtime.js';
import { loadChunk } from '../src/load.js';
import { LuaTable } from '../src/table.js';
import { formatG } from '../src/number.js';
import { typeName } from '../src/meta.js';
import type { LuaValue } from '../src/value.js';

// the environment the fixtures were recorded in
process.env.TZ = 'UTC';
process.env.LUPA_TEST_VAR = 'value_123';

interface Record {
  code: string;
  result: string;
  stdout: string;
  stderr: string;
}

/** The wrapper's `ser`: numbers as %.17g, strings quoted with \ddd escapes, tables sorted. */
export function ser(v: LuaValue): string {
  switch (typeof v) {
    case 'undefined': return 'nil';
    case 'boolean': return String(v);
    case 'number': return v !== v ? 'nan' : formatG(v, 17);
    case 'string':
      return '"' + v.replace(/[\x00-\x1f\x7f"\\\x80-\xff]/g, (c) => '\\' + String(c.charCodeAt(0)).padStart(3, '0')) + '"';
  }
  if (v instanceof LuaTable) {
    const parts: string[] = [];
    let k: LuaValue = undefined;
    for (;;) {
      const e = v.next(k);
      if (e === undefined) break;
      parts.push(ser(e[0]) + '=' + ser(e[1]));
      k = e[0];
    }
    parts.sort();
    return '{' + parts.join(',') + '}';
  }
  return typeName(v);
}

export function runCase(code: string, globalBit: boolean): Record {
  let stdout = '', stderr = '';
  const G = createState({ stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, stdin: () => '' });
  const L = G.mainThread;
  if (globalBit) protectedCall(L, loadChunk(L, "bit = require('bit')", '=init'), [], false); // a global in LuaJIT
  let result: string;
  let fn: LuaValue;
  try {
    fn = loadChunk(L, code, '=case');
  } catch (e) {
    return { code, result: 'load error: ' + String((e as { value?: unknown }).value ?? e), stdout, stderr };
  }
  const r = protectedCall(L, fn, [], false);
  if (r.ok) result = r.values.map(ser).join(', ');
  else result = 'error: ' + ser(r.error);
  return { code, result, stdout, stderr };
}

/**
 * One vitest test per recorded case of `lib`. `deviations` lists cases (by their code) where lupa
 * knowingly differs from the reference, with the reason: they are expected to fail, so fixing one
 * shows up as a test to move back to the ordinary ones.
 */
export function libCases(lib: string, deviations: Readonly<{ [code: string]: string }> = {}): void {
  const path = new URL(`./fixtures/libs/${lib}.json`, import.meta.url);
  const records = JSON.parse(readFileSync(path, 'utf8')) as Record[];
  records.forEach((want, i) => {
    const reason = deviations[want.code];
    const run = () => expect(runCase(want.code, lib === 'bit')).toEqual(want);
    if (reason === undefined) test(`${lib} case ${i + 1}: ${want.code.slice(0, 60)}`, run);
    else test.fails(`${lib} case ${i + 1} (known deviation: ${reason})`, run);
  });
}
