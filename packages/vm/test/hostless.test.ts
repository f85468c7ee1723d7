// The os and io libraries in a host without a file system, processes or environment (a browser):
// what needs them raises a Lua error naming the function; the rest works.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setHost } from '../src/lib/host.js';
import { runCase } from './lib-harness.js';

describe('without a host', () => {
  beforeAll(() => setHost({ fs: null, childProcess: null, os: null, process: null }));
  afterAll(() => setHost(null));

  const cases: [string, string][] = [
    ['return pcall(io.open, "x")', 'false, "io.open not available in this host"'],
    ['return pcall(io.lines, "x")', 'false, "io.lines not available in this host"'],
    ['return pcall(io.output, "x")', 'false, "io.output not available in this host"'],
    ['return pcall(io.tmpfile)', 'false, "io.tmpfile not available in this host"'],
    ['return pcall(io.popen, "ls")', 'false, "io.popen not available in this host"'],
    ['return pcall(os.remove, "x")', 'false, "os.remove not available in this host"'],
    ['return pcall(os.rename, "x", "y")', 'false, "os.rename not available in this host"'],
    ['return pcall(os.tmpname)', 'false, "os.tmpname not available in this host"'],
    ['return pcall(os.execute, "ls")', 'false, "os.execute not available in this host"'],
    ['os.remove("x")', 'error: "case:1: os.remove not available in this host"'],
    ['return os.execute()', '0'],
    ['return os.getenv("HOME")', 'nil'],
    ['return type(os.clock()), type(os.time()), os.date("!%Y", 0)', '"number", "number", "1970"'],
    ['return io.write("x"), io.read("*a")', 'true, ""'],
  ];
  for (const [code, want] of cases) {
    test(code, () => expect(runCase(code, false).result).toBe(want));
  }
});
