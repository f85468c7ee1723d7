#!/usr/bin/env node
// The `lupa` command: a lua5.1-compatible command line (see src/cli.ts).
import { readFileSync, writeSync, statSync } from 'node:fs';

// The bundled command line (scripts/bundle-cli.mjs) starts faster; use it unless it is stale.
const dist = new URL('../dist/', import.meta.url);
let entry = new URL('cli.js', dist);
try {
  const bundle = new URL('cli.bundle.js', dist);
  if (statSync(bundle).mtimeMs >= statSync(entry).mtimeMs) entry = bundle;
} catch { /* no bundle: the modules */ }
const { main } = await import(entry.href);
import { createInterface } from 'node:readline';

function write(fd, bytes) {
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      if (e.code !== 'EAGAIN') throw e;
    }
  }
}

let readLine;
if (process.stdin.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const queue = [];
  const waiters = [];
  rl.on('line', (l) => (waiters.length ? waiters.shift()(l) : queue.push(l)));
  rl.on('close', () => { while (waiters.length) waiters.shift()(null); });
  readLine = (prompt) => {
    rl.setPrompt(prompt);
    rl.prompt();
    return queue.length ? Promise.resolve(queue.shift()) : new Promise((r) => waiters.push(r));
  };
}

const io = {
  stdout: (b) => write(1, b),
  stderr: (b) => write(2, b),
  stdin: () => { try { return readFileSync(0); } catch { return new Uint8Array(0); } },
  env: process.env,
  cwd: process.cwd(),
  readLine,
};

const code = await main(process.argv.slice(2), io);
process.exit(code);
