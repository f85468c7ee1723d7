#!/usr/bin/env node
// lupac — lupa's counterpart of luac: checks and inspects Lua 5.1 chunks.
//
//   lupac [options] [filenames]
//
// Files are read as luaL_loadfile reads them (bytes, chunk name `@file`, a first line starting
// with `#` skipped; `-` is stdin, named `=stdin`). Errors print as `lupac: file:line: message`
// and exit with status 1, like luac. Each output option is one row of OUTPUTS: a function from
// the parsed chunk to text, so new stages (the `-l` listing) slot in as new rows.
import { readFileSync } from 'node:fs';
import {
  LuaSyntaxError, bytesToLuaString, parse, stripShebang, tokenKindName, tokenize,
} from '../../parser/dist/index.js';
import { compile, listing } from '../../vm/dist/index.js';

const PROGRAM = 'lupac';

/** Output options, in the order their outputs are printed. `run(unit)` returns text or ''. */
const OUTPUTS = [
  { flag: '--dump-tokens', help: 'print the tokens of each chunk', run: dumpTokens },
  { flag: '--dump-ast', help: 'print the syntax tree of each chunk as JSON', run: dumpAst },
];

function usage(message) {
  if (message) process.stderr.write(`${PROGRAM}: ${message}\n`);
  const rows = [
    ['-', 'process stdin'],
    ...OUTPUTS.map((o) => [o.flag, o.help]),
    ['-l', 'list (use -l -l for full listing)'],
    ['-p', 'parse only'],
    ['--', 'stop handling options'],
  ];
  process.stderr.write(
    `usage: ${PROGRAM} [options] [filenames].\nAvailable options are:\n` +
      rows.map(([flag, help]) => `  ${flag.padEnd(13)} ${help}\n`).join(''),
  );
  process.exit(1);
}

function fatal(message) {
  process.stderr.write(`${PROGRAM}: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const files = [];
  const outputs = new Set();
  let parseOnly = false;
  let listings = 0;
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') { i++; break; }
    if (arg === '-' || !arg.startsWith('-')) break;
    if (arg === '-p') parseOnly = true;
    else if (arg === '-l') listings++;
    else {
      const output = OUTPUTS.find((o) => o.flag === arg);
      if (!output) usage(`unrecognized option '${arg}'`);
      outputs.add(output);
    }
  }
  files.push(...argv.slice(i));
  if (files.length === 0) usage('no input files given');
  return { files, outputs: OUTPUTS.filter((o) => outputs.has(o)), parseOnly, listings };
}

/** Reads a chunk the way luaL_loadfile does; returns { source, chunkName }. */
function load(file) {
  const chunkName = file === '-' ? '=stdin' : '@' + file;
  let bytes;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    const what = e.code === 'EISDIR' ? 'read' : 'open';
    fatal(`cannot ${what} ${chunkName.slice(1)}: ${describeErrno(e)}`);
  }
  return { source: stripShebang(bytesToLuaString(bytes)), chunkName };
}

function describeErrno(e) {
  switch (e.code) {
    case 'ENOENT': return 'No such file or directory';
    case 'EACCES': return 'Permission denied';
    case 'EISDIR': return 'Is a directory';
    default: return e.message;
  }
}

/** Byte string to printable text: bytes go out as they came in. */
function printable(s) {
  return Buffer.from(s, 'latin1');
}

function dumpTokens(unit) {
  return tokenize(unit.source, unit.chunkName)
    .map((t) => {
      const pos = `${t.line}:${t.column}`.padEnd(9);
      const value = t.value === null ? '' : `  ${JSON.stringify(t.value)}`;
      return `${pos} ${tokenKindName(t.kind).padEnd(10)} ${t.text}${value}\n`;
    })
    .join('');
}

/** The AST as JSON; back references become short descriptions (`x@3:6`). */
function dumpAst(unit) {
  const where = (v) => `${v.name}@${v.line}:${v.column}`;
  return JSON.stringify(unit.chunk, function (key, value) {
    if ((key === 'func' && this.type === 'LocalVar') || key === 'parent') return undefined;
    if (key === 'decl') return value === null ? null : where(value);
    return value;
  }, 1) + '\n';
}

function main() {
  const { files, outputs, listings } = parseArgs(process.argv.slice(2));
  const units = files.map(load);
  for (const unit of units) {
    try {
      unit.chunk = parse(unit.source, unit.chunkName);
      unit.proto = compile(unit.chunk, unit.source); // luac -p compiles too: code-generation limits are syntax errors
    } catch (e) {
      if (e instanceof LuaSyntaxError) process.stderr.write(Buffer.concat([Buffer.from(`${PROGRAM}: `), printable(e.message), Buffer.from('\n')]));
      else process.stderr.write(`${PROGRAM}: ${e.stack}\n`);
      process.exit(1);
    }
  }
  for (const output of outputs) {
    for (const unit of units) process.stdout.write(printable(output.run(unit)));
  }
  // -l / -l -l: luac's listing of each chunk (luac would first combine several files into one)
  if (listings > 0) {
    for (const unit of units) process.stdout.write(printable(listing(unit.proto, listings > 1)));
  }
}

main();
