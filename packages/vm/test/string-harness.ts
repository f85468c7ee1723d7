/**
 * Test helpers for the string library: a state with `string` opened, calling its natives the way
 * the interpreter does (driving resumable ones by hand, their CallRequests answered by JS
 * natives), and reading the fixtures written by lua5.1 (fixtures/string/codec.lua's format).
 */
import { readFileSync } from 'node:fs';
import { GlobalState } from '../src/state.js';
import { LuaTable } from '../src/table.js';
import { LuaError } from '../src/errors.js';
import { NativeFunction, type LuaValue, type NativeResult } from '../src/value.js';
import type { Thread } from '../src/state.js';
import { openString } from '../src/lib/string.js';

export function newState(): Thread {
  const G = new GlobalState();
  openString(G.mainThread);
  return G.mainThread;
}

export function stringLib(L: Thread): LuaTable {
  return L.G.globals.get('string') as LuaTable;
}

function results(r: NativeResult): LuaValue[] {
  return Array.isArray(r) ? r : [r];
}

/** Call a native with `args`, running resumable natives to completion. */
export function callNative(L: Thread, f: LuaValue, args: LuaValue[]): LuaValue[] {
  if (!(f instanceof NativeFunction)) throw new Error('callNative: not a native');
  if (f.fn !== null) return results(f.fn(L, args.slice()));
  const gen = f.resumable!(L, args.slice());
  let step = gen.next(undefined as unknown as LuaValue[]);
  while (!step.done) {
    const req = step.value;
    let res: LuaValue[];
    try {
      res = callNative(L, req.fn, req.args);
    } catch (e) {
      step = gen.throw(e);
      continue;
    }
    step = gen.next(res);
  }
  return results(step.value);
}

/** pcall-like: ['ok', ...results] or ['err', message]. */
export function pcallNative(L: Thread, f: LuaValue, args: LuaValue[]): [string, LuaValue[]] {
  try {
    return ['ok', callNative(L, f, args)];
  } catch (e) {
    if (e instanceof LuaError) return ['err', [e.value]];
    throw e;
  }
}

/** Undo codec.lua's escaping of a string. */
export function unescape(s: string): string {
  return s.replace(/\\(\d{3})/g, (_, d: string) => String.fromCharCode(parseInt(d, 10)));
}

/** A NaN with its sign bit set (what 0/0 gives on x86). */
export function negativeNaN(): number {
  const f = new Float64Array([NaN]);
  new Uint8Array(f.buffer)[7] |= 0x80;
  return f[0];
}

/** A fixture value, decoded; `table`/`function` give the placeholders passed in `named`. */
export function decodeValue(s: string, named: Record<string, LuaValue> = {}): LuaValue {
  if (s === 'nil') return undefined;
  if (s === 'true') return true;
  if (s === 'false') return false;
  if (s.startsWith('n:')) {
    const t = s.slice(2);
    if (t === 'inf') return Infinity;
    if (t === '-inf') return -Infinity;
    if (t === 'nan') return NaN;
    if (t === '-nan') return negativeNaN();
    return Number(t);
  }
  if (s.startsWith('s:')) return unescape(s.slice(2));
  if (s in named) return named[s];
  return new LuaTable();
}

export interface Case {
  line: string;
  fn: string;
  args: LuaValue[];
  status: string;
  expected: LuaValue[];
}

export function readFixture(name: string, named: Record<string, LuaValue> = {}): Case[] {
  const text = readFileSync(new URL(`./fixtures/string/${name}`, import.meta.url), 'latin1');
  const cases: Case[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const f = line.split('\t');
    const n = +f[1];
    cases.push({
      line,
      fn: f[0],
      args: f.slice(2, 2 + n).map((v) => decodeValue(v, named)),
      status: f[2 + n],
      expected: f.slice(3 + n).map((v) => decodeValue(v, named)),
    });
  }
  return cases;
}

function sameValue(a: LuaValue, b: LuaValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b) || (a !== a && b !== b);
  if (a instanceof LuaTable && b instanceof LuaTable) return true;
  return a === b;
}

export function show(v: LuaValue): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  return String(v);
}

/** Run the cases with `run` (returning status and values); the list of mismatches, described. */
export function mismatches(cases: Case[], run: (c: Case) => [string, LuaValue[]]): string[] {
  const bad: string[] = [];
  for (const c of cases) {
    let status: string;
    let got: LuaValue[];
    try {
      [status, got] = run(c);
    } catch (e) {
      bad.push(`${c.line}\n   threw ${String(e)}`);
      continue;
    }
    const ok = status === c.status && got.length === c.expected.length
      && got.every((v, i) => sameValue(v, c.expected[i]));
    if (!ok) bad.push(`${c.line}\n   got ${status} ${got.map(show).join(' ')}`);
  }
  return bad;
}
