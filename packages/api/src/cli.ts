/**
 * The `lupa` command line: lua.c's behaviour (lua5.1's options, messages and exit codes).
 *
 *   lupa [options] [script [args]]
 *     -e stat   execute string 'stat'
 *     -l name   require library 'name'
 *     -i        enter interactive mode after executing 'script'
 *     -v        show version information
 *     --        stop handling options
 *     -         execute stdin and stop handling options
 *
 * `main` takes its I/O as parameters so tests can run it in-process.
 */
import {
  createState, closeState, protectedCall, loadChunk, loadFileChunk, LuaError, LuaTable, tostr,
  type GlobalState, type LuaValue, type Thread,
} from '@lupa/vm';

export interface CliIO {
  stdout(b: Uint8Array): void;
  stderr(b: Uint8Array): void;
  stdin(): Uint8Array;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Read a line for the REPL (null at end of input); defaults to reading stdin's lines. */
  readLine?: (prompt: string) => Promise<string | null>;
}

const PROGNAME = 'lupa';
export const VERSION_TEXT = 'lupa 0.1.0 (Lua 5.1)  Copyright (C) 2026 the lupa authors';

/** Lua byte string → bytes. */
function toBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

function fromBytes(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, Array.from(b.subarray(i, i + 8192)));
  return s;
}

/** Thrown by os.exit (through the io/os libraries) — recognised by name to stay decoupled. */
function exitCode(e: unknown): number | null {
  if (e !== null && typeof e === 'object' && (e as { name?: string }).name === 'LuaExit') {
    return (e as { code: number }).code;
  }
  return null;
}

class Cli {
  G: GlobalState;
  L: Thread;
  constructor(private io: CliIO) {
    const join = (p: string) => (p.startsWith('/') ? p : io.cwd.replace(/\/$/, '') + '/' + p);
    let stdinCache: string | null = null;
    this.G = createState({
      stdout: (s) => io.stdout(toBytes(s)),
      stderr: (s) => io.stderr(toBytes(s)),
      stdin: () => (stdinCache ??= fromBytes(io.stdin())),
      resolvePath: join,
    });
    this.L = this.G.mainThread;
  }

  /** lua.c's l_message: the program name prefixes messages, except inside the REPL. */
  private progname: string | null = PROGNAME;

  message(msg: string): void {
    this.io.stderr(toBytes(this.progname === null ? `${msg}\n` : `${this.progname}: ${msg}\n`));
  }

  /** Report a failed call like lua.c's report(); returns the status (0 ok, 1 error). */
  docall(fn: LuaValue, args: LuaValue[]): number {
    const r = protectedCall(this.L, fn, args, true);
    if (r.ok) return 0;
    if (r.error === undefined) return 1;
    let msg = typeof r.error === 'string' || typeof r.error === 'number' ? tostr(this.G, r.error) : '(error object is not a string)';
    if (r.traceback !== null) msg += '\n' + r.traceback;
    this.message(msg);
    return 1;
  }

  /** Load then call; a load error is reported without traceback. */
  dochunk(load: () => LuaValue, args: LuaValue[] = []): number {
    let fn: LuaValue;
    try {
      fn = load();
    } catch (e) {
      if (e instanceof LuaError) {
        this.message(typeof e.value === 'string' ? e.value : '(error object is not a string)');
        return 1;
      }
      throw e;
    }
    return this.docall(fn, args);
  }

  dostring(s: string, name: string): number {
    return this.dochunk(() => loadChunk(this.L, s, name));
  }

  dolibrary(name: string): number {
    const req = this.G.globals.get('require');
    return this.docall(req, [name]);
  }

  printUsage(): void {
    this.io.stderr(toBytes(
      `usage: ${PROGNAME} [options] [script [args]].\n` +
      'Available options are:\n' +
      "  -e stat  execute string 'stat'\n" +
      "  -l name  require library 'name'\n" +
      "  -i       enter interactive mode after executing 'script'\n" +
      '  -v       show version information\n' +
      '  --       stop handling options\n' +
      '  -        execute stdin and stop handling options\n'));
  }

  /** lua.c's print_version: through l_message, so on stderr. */
  version(): void {
    this.io.stderr(toBytes(VERSION_TEXT + '\n'));
  }

  async repl(): Promise<void> {
    const readLine = this.io.readLine ?? stdinLines(this.io);
    this.progname = null;
    for (;;) {
      let line = await readLine('> ');
      if (line === null) break;
      if (line.startsWith('=')) line = 'return ' + line.slice(1);
      let chunk = line;
      let fn: LuaValue;
      for (;;) {
        try {
          fn = loadChunk(this.L, chunk, '=stdin');
          break;
        } catch (e) {
          if (!(e instanceof LuaError)) throw e;
          const msg = String(e.value);
          if (msg.endsWith("'<eof>'")) {
            const more = await readLine('>> ');
            if (more !== null) { chunk += '\n' + more; continue; }
          }
          this.message(msg);
          fn = undefined;
          break;
        }
      }
      if (fn === undefined) continue;
      const r = protectedCall(this.L, fn, [], true);
      if (!r.ok) {
        let msg = typeof r.error === 'string' || typeof r.error === 'number' ? tostr(this.G, r.error) : '(error object is not a string)';
        if (r.traceback !== null) msg += '\n' + r.traceback;
        this.message(msg);
      } else if (r.values.length > 0) {
        const print = this.G.globals.get('print');
        if (this.docall(print, r.values) !== 0) this.message('error calling \'print\'');
      }
    }
    this.io.stdout(toBytes('\n'));
    this.progname = PROGNAME;
  }

  async run(argv: string[]): Promise<number> {
    const init = this.io.env.LUA_INIT;
    if (init !== undefined && init !== '') {
      const st = init.startsWith('@')
        ? this.dochunk(() => loadFileChunk(this.L, init.slice(1)))
        : this.dostring(init, '=LUA_INIT');
      if (st !== 0) return 1;
    }
    // collectargs
    let interactive = false, version = false, hasE = false;
    let script = 0;
    let i = 0;
    for (; i < argv.length; i++) {
      const a = argv[i];
      if (a[0] !== '-') break;
      if (a === '--') { i++; break; }
      if (a === '-') break;
      if (a === '-i') { interactive = true; version = true; continue; }
      if (a === '-v') { version = true; continue; }
      if (a.startsWith('-e') || a.startsWith('-l')) {
        if (a === '-e') hasE = true;
        if (a.length === 2) {
          i++;
          if (i >= argv.length) { this.printUsage(); return 1; }
        }
        continue;
      }
      this.printUsage();
      return 1;
    }
    script = i < argv.length ? i : 0;
    const hasScript = i < argv.length;
    if (version) this.version();
    // the `arg` table: arg[0] = script, arg[-k] = what precedes it (the program name first).
    const all = [PROGNAME, ...argv];
    const scriptIdx = hasScript ? script + 1 : all.length;
    const argt = new LuaTable();
    for (let j = 0; j < all.length; j++) argt.set(j - scriptIdx, all[j]);
    this.G.globals.set('arg', argt);
    // runargs: -e and -l in order
    for (let j = 0; j < (hasScript ? script : argv.length); j++) {
      const a = argv[j];
      if (a === '--') break;
      if (a.startsWith('-e')) {
        const chunk = a.length > 2 ? a.slice(2) : argv[++j];
        if (this.dostring(chunk, '=(command line)') !== 0) return 1;
      } else if (a.startsWith('-l')) {
        const name = a.length > 2 ? a.slice(2) : argv[++j];
        if (this.dolibrary(name) !== 0) return 1;
      }
    }
    if (hasScript) {
      const name = argv[script];
      const args = argv.slice(script + 1);
      const st = this.dochunk(() => loadFileChunk(this.L, name === '-' && argv[script - 1] !== '--' ? undefined : name), args);
      if (st !== 0) return 1;
    }
    if (interactive) await this.repl();
    else if (!hasScript && !hasE && !version) {
      if (this.io.readLine !== undefined) {
        this.version();
        await this.repl();
      } else {
        return this.dochunk(() => loadFileChunk(this.L, undefined));
      }
    }
    return 0;
  }
}

function stdinLines(io: CliIO): (prompt: string) => Promise<string | null> {
  let lines: string[] | null = null;
  return async (prompt: string) => {
    io.stdout(toBytes(prompt));
    lines ??= fromBytes(io.stdin()).split('\n');
    if (lines.length === 0 || (lines.length === 1 && lines[0] === '')) return null;
    const line = lines.shift()!;
    io.stdout(toBytes(line + '\n')); // readline echoes input that does not come from a terminal
    return line;
  };
}

/** Run the command line; returns the exit status. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const cli = new Cli(io);
  let status: number;
  try {
    status = await cli.run(argv);
  } catch (e) {
    const code = exitCode(e);
    if (code !== null) return code; // os.exit: C's exit(), no lua_close
    throw e;
  }
  closeState(cli.G); // lua.c's lua_close: finalizers of live userdata
  return status;
}
