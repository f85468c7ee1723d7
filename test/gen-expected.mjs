#!/usr/bin/env node
// Generate the expected output of Lua-file tests with the reference interpreter.
//
//   node test/gen-expected.mjs test/lua/core/foo.lua [more files or directories...]
//
// For each X.lua writes X.expect.json = { stdout, stderr, code } produced by running
// `lua5.1 X.lua` (or `luajit X.lua` when the file's first line is `-- ref: luajit`)
// with the file's own directory as the working directory, so chunk names read `X.lua:3:`.
// stdout/stderr are byte strings (one char per byte, latin1). In stderr the interpreter's
// program-name prefix (`lua5.1: ` / `luajit: `) is replaced by `lupa: `.
// A file whose first line is `-- args: a b c` gets those command-line arguments.
// A file with an `X.stdin` beside it gets it on standard input.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, statSync, readdirSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function collect(p, out) {
  if (statSync(p).isDirectory()) {
    for (const e of readdirSync(p).sort()) collect(join(p, e), out);
  } else if (p.endsWith('.lua')) out.push(p);
}

export function directives(src) {
  const lines = src.split('\n', 3);
  const d = { ref: 'lua5.1', args: [] };
  for (const l of lines) {
    let m = /^-- ref: (\S+)/.exec(l);
    if (m) d.ref = m[1];
    m = /^-- args:(.*)$/.exec(l);
    if (m) d.args = m[1].trim().split(/\s+/).filter(Boolean);
  }
  return d;
}

const files = [];
for (const a of process.argv.slice(2)) collect(a, files);
for (const f of files) {
  const src = readFileSync(f, 'latin1');
  const d = directives(src);
  const stdinPath = f.replace(/\.lua$/, '.stdin');
  const input = existsSync(stdinPath) ? readFileSync(stdinPath) : Buffer.alloc(0);
  const r = spawnSync(d.ref, [basename(f), ...d.args], { cwd: dirname(f), input, timeout: 60000, env: { ...process.env, LUA_INIT: '' } });
  const prefix = new RegExp(`^${d.ref.replace('.', '\\.')}: `, 'gm');
  const expect = {
    stdout: r.stdout.toString('latin1'),
    stderr: r.stderr.toString('latin1').replace(prefix, 'lupa: '),
    code: r.status,
  };
  writeFileSync(f.replace(/\.lua$/, '.expect.json'), JSON.stringify(expect, null, 1) + '\n');
  console.log(`${f}: exit ${r.status}`);
}
