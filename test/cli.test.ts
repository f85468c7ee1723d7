// The `lupa` command line against lua5.1's recorded behaviour (test/cli/gen.mjs → cases.json).
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from '../packages/api/src/cli.js';

interface Case { argv: string[]; stdin?: string; env?: Record<string, string>; stdout: string; stderr: string; code: number }
const dir = fileURLToPath(new URL('./cli/', import.meta.url));
const cases: Case[] = JSON.parse(readFileSync(new URL('./cli/cases.json', import.meta.url), 'utf8'));
const latin1 = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('latin1');

describe('lupa command line', () => {
  test.each(cases.map((c) => [c.argv.join(' ') || '(no arguments)', c] as const))('%s', async (_name, c) => {
    const out: Uint8Array[] = [], err: Uint8Array[] = [];
    const code = await main(c.argv, {
      stdout: (b) => out.push(b), stderr: (b) => err.push(b),
      stdin: () => Buffer.from(c.stdin ?? '', 'latin1'), env: c.env ?? {}, cwd: dir,
    });
    let stderr = latin1(err);
    if (c.argv.includes('-i') || c.argv.includes('-v')) stderr = stderr.replace(/^lupa .*\n/, '');
    expect(latin1(out)).toBe(c.stdout);
    expect(stderr).toBe(c.stderr);
    expect(code).toBe(c.code);
  });
});
