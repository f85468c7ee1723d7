#!/usr/bin/env node
// Records lua5.1's behaviour for command-line cases into cases.json (run from this directory).
// argv[0]-dependent text ("lua5.1") is replaced by "lupa"; -v output is not compared (it differs by design).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
const cases = [
  { argv: ['-e', 'print(1+1)'] },
  { argv: ['-e', 'x=3', '-e', 'print(x*2)'] },
  { argv: ['-eprint("joined")'] },
  { argv: ['-l', 'mod_a', '-e', 'print(package.loaded.mod_a.answer)'] },
  { argv: ['-lmod_a', '-e', 'print("after")'] },
  { argv: ['script.lua', 'a', 'b'] },
  { argv: ['-e', 'y=1', 'script.lua', 'x'] },
  { argv: ['--', 'script.lua', 'z'] },
  { argv: ['-'], stdin: 'print("from stdin", ...)\n' },
  { argv: ['-', 'p', 'q'], stdin: 'print("args", ...)\n' },
  { argv: [], stdin: 'print("no args: runs stdin")\n' },
  { argv: ['-e', 'error("bad")'] },
  { argv: ['-e', 'error({})'] },
  { argv: ['-e', 'x = = 1'] },
  { argv: ['nonexistent_file.lua'] },
  { argv: ['-x'] },
  { argv: ['-e'] },
  { argv: ['-i'], stdin: 'x = 5\n=x*2\nfunction f()\nreturn 7 end\n=f()\nprint("p")\n' },
  { argv: ['-e', 'print(v)'], env: { LUA_INIT: 'v = "from init"' } },
  { argv: ['-e', 'print(w)'], env: { LUA_INIT: '@init_file.lua' } },
  { argv: ['-e', 'print(1)'], env: { LUA_INIT: 'error("init failed")' } },
  { argv: ['-e', 'os.exit(7)'] },
  { argv: ['-e', 'io.write("no newline")'] },
];
writeFileSync('init_file.lua', 'w = "from init file"\n');
const out = [];
for (const c of cases) {
  const r = spawnSync('lua5.1', c.argv, { input: c.stdin ?? '', env: { PATH: process.env.PATH, ...(c.env ?? {}) }, encoding: 'latin1' });
  const fix = (s) => s.replace(/\blua5\.1\b/g, 'lupa');
  // The version banner (stderr, first line with -i/-v) differs by design: drop it.
  let stderr = fix(r.stderr);
  if (c.argv.includes('-i') || c.argv.includes('-v')) stderr = stderr.replace(/^Lua 5\.1\.5 .*\n/, '');
  out.push({ ...c, stdout: fix(r.stdout), stderr, code: r.status });
}
writeFileSync('cases.json', JSON.stringify(out, null, 1) + '\n');
console.log(`${out.length} cases`);
