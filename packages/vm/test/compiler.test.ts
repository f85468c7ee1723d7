// The compiler against luac 5.1: every fixture program's `lupac -l -l` listing must equal the
// `luac5.1 -l -l` listing recorded by fixtures/compiler/gen.mjs (addresses normalized), and the
// programs luac rejects must fail with luac's exact message.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LuaSyntaxError, parse, stripShebang } from '@lupa/parser';
import { compile, load } from '../src/compiler/index.js';
import { listing, normalizeAddresses } from '../src/disasm.js';
import type { Proto } from '../src/proto.js';
// @ts-expect-error plain JS helper without type declarations
import { generate } from './fixtures/compiler/randomlua.mjs';

const fixtures = join(__dirname, 'fixtures/compiler');
const read = (p: string): string => readFileSync(p, 'latin1');
const sha256 = (s: string): string => createHash('sha256').update(s, 'latin1').digest('hex');

/** Our verdict in luac's terms: the normalized listing, or `ERROR: message`. */
function ours(source: string, name: string): string {
  try {
    return normalizeAddresses(listing(load(source, '@' + name), true));
  } catch (e) {
    if (e instanceof LuaSyntaxError) return 'ERROR: ' + e.message;
    throw e;
  }
}

describe('programs (full listings)', () => {
  const dir = join(fixtures, 'programs');
  const names = readdirSync(dir).filter((f) => f.endsWith('.lua')).sort();
  it('has at least 120 programs', () => expect(names.length).toBeGreaterThanOrEqual(120));
  for (const f of names) {
    it(f, () => {
      const base = join(dir, f.slice(0, -4));
      const got = ours(stripShebang(read(join(dir, f))), f);
      let want: string;
      try {
        want = read(base + '.lst');
      } catch {
        want = 'ERROR: ' + read(base + '.err').replace(/\n$/, '');
      }
      expect(got).toBe(want);
    });
  }
});

describe('corpus (benchmarks and Lua-file tests, listing hashes)', () => {
  const manifest = JSON.parse(read(join(fixtures, 'corpus.json'))) as Record<string, string | { error: string }>;
  const entries = Object.entries(manifest);
  it('covers the corpus', () => expect(entries.length).toBeGreaterThan(500));
  it('matches luac for every program', () => {
    const bad: string[] = [];
    for (const [f, want] of entries) {
      const source = stripShebang(read(join(fixtures, 'corpus', f)));
      const got = ours(source, f);
      const ok = typeof want === 'string' ? sha256(got) === want : got === 'ERROR: ' + want.error;
      if (!ok) bad.push(f);
    }
    expect(bad).toEqual([]);
  });
});

interface Generated {
  name: string; head: string; body: string; count: number; tail: string;
  expected: { error?: string; listingSha256?: string };
}

function generatedSource(spec: Generated): string {
  const parts = [spec.head];
  for (let i = 0; i < spec.count; i++) parts.push(spec.body.replaceAll('{i}', String(i)));
  parts.push(spec.tail);
  return parts.join('');
}

describe('generated programs (limits: jumps, constants, SETLIST batches)', () => {
  const specs = JSON.parse(read(join(fixtures, 'generated.json'))) as Generated[];
  for (const spec of specs) {
    it(spec.name, () => {
      const got = ours(generatedSource(spec), spec.name + '.lua');
      if (spec.expected.error !== undefined) expect(got).toBe('ERROR: ' + spec.expected.error);
      else expect(sha256(got)).toBe(spec.expected.listingSha256);
    });
  }
});

describe('errors', () => {
  it('are LuaSyntaxErrors with luac position and near-token', () => {
    const src = 'local a = f(' + Array.from({ length: 300 }, (_, i) => `\n"s${i}"`).join(',') + ')\n';
    let err: unknown;
    try {
      load(src, '=chunk');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(LuaSyntaxError);
    const e = err as LuaSyntaxError;
    expect(e.message).toBe(`chunk:251: function or expression too complex near '"s249"'`);
    expect(e.line).toBe(251);
    expect(e.reason).toBe(`function or expression too complex near '"s249"'`);
  });
});

function flatten(p: Proto, out: Proto[] = []): Proto[] {
  out.push(p);
  for (const c of p.p) flatten(c, out);
  return out;
}

describe('without source text', () => {
  it('compiles to the same instructions (only lines may differ)', () => {
    const dir = join(fixtures, 'programs');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.lua'))) {
      const source = read(join(dir, f));
      let exact: Proto;
      try {
        exact = load(source, '@' + f);
      } catch {
        continue;
      }
      const approx = compile(parse(source, '@' + f));
      const a = flatten(exact);
      const b = flatten(approx);
      expect(b.length).toBe(a.length);
      for (let i = 0; i < a.length; i++) {
        expect(Array.from(b[i].code)).toEqual(Array.from(a[i].code));
        expect(b[i].k).toEqual(a[i].k);
        expect(b[i].locvars).toEqual(a[i].locvars);
        expect(b[i].maxStackSize).toBe(a[i].maxStackSize);
      }
    }
  });

  it('gives the same lines for most programs', () => {
    const src = 'local a = 1\nlocal b = a + 2\nprint(a,\n  b)\nreturn a\n';
    expect(Array.from(compile(parse(src, '=x')).lineinfo)).toEqual(Array.from(load(src, '=x').lineinfo));
  });
});

describe('random programs', () => {
  it('compile without JS errors and independently of line info', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const source = generate(seed) as string;
      const a = load(source, '=fuzz');
      const b = compile(parse(source, '=fuzz'));
      expect(flatten(b).map((p) => Array.from(p.code))).toEqual(flatten(a).map((p) => Array.from(p.code)));
    }
  });
});

describe('Proto fields', () => {
  it('records source, lines, params, vararg flags and upvalue names', () => {
    const p = load('local u = 1\nlocal function f(a, b, ...)\n  return u, ...\nend\nfunction g(...) return arg end\n', '@t.lua');
    expect(p.source).toBe('@t.lua');
    expect(p.lineDefined).toBe(0);
    expect(p.isVararg).toBe(2);
    const [f, g] = p.p;
    expect(f.source).toBe('@t.lua');
    expect([f.lineDefined, f.lastLineDefined, f.numparams, f.isVararg, f.nups]).toEqual([2, 4, 2, 3, 1]);
    expect(f.upvalueNames).toEqual(['u']);
    expect(f.locvars.map((v) => v.name)).toEqual(['a', 'b', 'arg']);
    expect([g.numparams, g.isVararg]).toEqual([0, 7]); // HASARG | ISVARARG | NEEDSARG
    expect(f.lineinfo.length).toBe(f.code.length);
  });
});
