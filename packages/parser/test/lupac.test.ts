// The `lupac` command (packages/api/bin/lupac.js) on the built parser: same messages as
// `luac5.1 -p` with a `lupac:` prefix, exit status 1 on errors and 0 on valid input.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCases } from './fixtures.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lupac = join(root, 'packages/api/bin/lupac.js');
let dir = '';

beforeAll(() => {
  // lupac imports the built parser and compiler: bring dist up to date (incremental, fast when it is)
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'packages/vm'], { cwd: root });
  dir = mkdtempSync(join(tmpdir(), 'lupac-test-'));
}, 120000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], source?: string, input?: string) {
  if (source !== undefined) writeFileSync(join(dir, 'input.lua'), Buffer.from(source, 'latin1'));
  const r = spawnSync(process.execPath, [lupac, ...args], { cwd: dir, input: input === undefined ? undefined : Buffer.from(input, 'latin1') });
  return { status: r.status, stdout: r.stdout.toString('latin1'), stderr: r.stderr.toString('latin1') };
}

describe('lupac -p', () => {
  const cases = errorCases.filter((c) => c.via === 'luac' && !c.codegen);
  const sample = [
    ...cases.filter((c) => c.expected !== null).filter((_, i) => i % 12 === 0),
    ...cases.filter((c) => c.expected === null).slice(0, 5),
    // luac -p also compiles: code-generation limits are reported with luac's message
    ...errorCases.filter((c) => c.via === 'luac' && c.codegen),
  ];
  for (const c of sample) {
    it(`${JSON.stringify(c.source.slice(0, 40))} -> ${c.expected ?? 'ok'}`, () => {
      const r = run(['-p', 'input.lua'], c.source);
      if (c.expected === null) {
        expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
      } else {
        expect(r.stderr).toBe(`lupac: ${c.expected}\n`);
        expect(r.status).toBe(1);
      }
    });
  }

  it('skips a #! first line like luaL_loadfile', () => {
    expect(run(['-p', 'input.lua'], '#!/usr/bin/env lua\nx = 1\ny =').stderr).toBe("lupac: input.lua:3: unexpected symbol near '<eof>'\n");
  });

  it('reads stdin as =stdin', () => {
    expect(run(['-p', '-'], undefined, 'x = = 1')).toMatchObject({ status: 1, stderr: "lupac: stdin:1: unexpected symbol near '='\n" });
  });

  it('reports files it cannot open, and bad usage', () => {
    expect(run(['-p', 'missing.lua'])).toMatchObject({ status: 1, stderr: 'lupac: cannot open missing.lua: No such file or directory\n' });
    const usage = run(['-q']);
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/^lupac: unrecognized option '-q'\nusage: lupac \[options\] \[filenames\]/);
    expect(run([]).stderr).toMatch(/^lupac: no input files given\n/);
  });
});

describe('lupac dumps', () => {
  it('--dump-tokens lists kinds, positions and values', () => {
    const r = run(['--dump-tokens', 'input.lua'], 'local s = "a\\tb"\n');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').map((l) => l.trim().split(/\s+/).slice(0, 2).join(' '))).toEqual([
      '1:0 local', '1:6 NAME', "1:8 '='", '1:10 STRING', '2:0 EOF', '',
    ]);
    expect(r.stdout).toContain('"a\\tb"');
  });

  it('--dump-ast prints the tree as JSON', () => {
    const r = run(['--dump-ast', 'input.lua'], 'local x = 1\nfunction f() return x end');
    expect(r.status).toBe(0);
    const chunk = JSON.parse(r.stdout);
    expect(chunk).toMatchObject({ type: 'Chunk', chunkName: '@input.lua', main: { type: 'Function' } });
    const f = chunk.main.body.body[1].func;
    expect(f).toMatchObject({ type: 'Function', upvalues: [{ name: 'x', decl: 'x@1:6', fromParentLocal: true }] });
    expect(f.body.body[0].values[0]).toMatchObject({ type: 'Name', kind: 'upvalue', decl: 'x@1:6', upvalueIndex: 0 });
  });
});
