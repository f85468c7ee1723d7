// Conformance harness for the Lua-file tests under test/lua/**.
//
// Every `X.lua` that has an `X.expect.json` beside it (written by test/gen-expected.mjs from the
// reference interpreter's run) is executed in-process through the `lupa` command line (`main` of
// packages/api/src/cli.ts) with the file's directory as cwd and its basename as the script, exactly
// as the generator ran `lua5.1 X.lua`. Directives on the first lines are honoured the same way:
// `-- args: a b` (command-line arguments) and an `X.stdin` file (standard input); `-- ref: luajit`
// only selects the reference interpreter and means nothing here.
//
// Compared: stdout byte for byte (as latin1 strings), the exit code, and stderr — its first line
// (the error message) everywhere, all of it (with the `stack traceback:` lines) for files inside a
// `traceback/` directory. An empty expected stderr must stay empty.
//
// Environment:
//   LUPA_CONFORMANCE_FILTER=substr   run only files whose path (relative to test/lua) contains substr
//   LUPA_CONFORMANCE_TIMEOUT=ms      per-file time limit (default 20000)
//
// The time limit is enforced twice: the harness stops waiting for `main` after that long (which
// helps when the run is asynchronous), and the CLI is handed the same budget in its environment
// as LUPA_TIMEOUT_MS — a synchronous runaway loop can only be stopped from inside the runtime
// (e.g. through `limits.timeoutMs`), so the CLI should honour that variable when it is set.
import { describe, test, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main, type CliIO } from '../packages/api/src/cli.js';

const LUA_ROOT = fileURLToPath(new URL('./lua/', import.meta.url));
const FILTER = process.env.LUPA_CONFORMANCE_FILTER ?? '';
const TIMEOUT_MS = Number(process.env.LUPA_CONFORMANCE_TIMEOUT ?? 20000);

/**
 * The execution modes every file runs in. Each mode prepends `argv` to the command line and adds
 * `env` to the environment the CLI sees. The JIT hook: once the CLI can switch the JIT, add e.g.
 * `{ name: 'jit', argv: [], env: { LUPA_JIT: 'always' } }` (or whatever option the CLI adopts) and
 * give 'interp' the switch that turns the JIT off — every file then runs once per mode.
 */
interface Mode { name: string; argv: string[]; env: Record<string, string> }
const MODES: Mode[] = [
  { name: 'interp', argv: [], env: {} },
];

interface Expectation { stdout: string; stderr: string; code: number | null }
interface Outcome { stdout: string; stderr: string; code: number }

/** Same directive syntax as test/gen-expected.mjs (first lines of the file). */
function directives(src: string): { args: string[] } {
  let args: string[] = [];
  for (const l of src.split('\n', 3)) {
    const m = /^-- args:(.*)$/.exec(l);
    if (m) args = m[1].trim().split(/\s+/).filter(Boolean);
  }
  return { args };
}

function collect(dir: string, out: string[]): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (p.endsWith('.lua') && existsSync(p.replace(/\.lua$/, '.expect.json'))) out.push(p);
  }
  return out;
}

const toPosix = (p: string) => p.split(sep).join('/');
const files = collect(LUA_ROOT, [])
  .map((f) => toPosix(relative(LUA_ROOT, f)))
  .filter((r) => r.includes(FILTER));

const firstLine = (s: string) => {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
};

async function run(file: string, mode: Mode): Promise<Outcome> {
  const src = readFileSync(file, 'latin1');
  const { args } = directives(src);
  const stdinPath = file.replace(/\.lua$/, '.stdin');
  const input = existsSync(stdinPath) ? new Uint8Array(readFileSync(stdinPath)) : new Uint8Array(0);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const env: Record<string, string | undefined> = { ...process.env, LUPA_TIMEOUT_MS: String(TIMEOUT_MS), ...mode.env };
  delete env.LUA_INIT;
  const io: CliIO = {
    stdout: (b) => { out.push(Buffer.from(b)); },   // copy: the caller may reuse its buffer
    stderr: (b) => { err.push(Buffer.from(b)); },
    stdin: () => input,
    env,
    cwd: dirname(file),
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  try {
    const code = await Promise.race([main([...mode.argv, basename(file), ...args], io), timeout]);
    return {
      stdout: Buffer.concat(out).toString('latin1'),
      stderr: Buffer.concat(err).toString('latin1'),
      code,
    };
  } finally {
    clearTimeout(timer);
  }
}

describe.each(MODES)('conformance [$name]', (mode) => {
  if (files.length === 0) {
    test.skip(`no Lua files match LUPA_CONFORMANCE_FILTER=${JSON.stringify(FILTER)}`, () => {});
    return;
  }
  test.each(files)('%s', async (rel) => {
    const file = join(LUA_ROOT, rel);
    const want = JSON.parse(readFileSync(file.replace(/\.lua$/, '.expect.json'), 'utf8')) as Expectation;
    if (want.code === null) {
      throw new Error(`${rel}: the reference run did not finish (exit code null in its .expect.json); fix the program and regenerate`);
    }
    const got = await run(file, mode);
    const fullStderr = rel.split('/').includes('traceback') || want.stderr === '';
    expect.soft(got.stdout, `stdout of ${rel}`).toBe(want.stdout);
    if (fullStderr) expect.soft(got.stderr, `stderr of ${rel}`).toBe(want.stderr);
    else expect.soft(firstLine(got.stderr), `stderr (first line) of ${rel}`).toBe(firstLine(want.stderr));
    expect.soft(got.code, `exit code of ${rel}`).toBe(want.code);
  }, TIMEOUT_MS + 5000);
});
