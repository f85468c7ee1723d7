// API.md § LuaRuntime: options, methods and properties.
import { describe, expect, it, vi } from 'vitest';
import { LuaRuntime, LuaTable, LuaFunction, LuaError, LuaSyntaxError } from 'lupa';
import { consoleSink } from '../src/output.js';

const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('utf8');

describe('new LuaRuntime()', () => {
  it('opens the whole standard library and the js module', () => {
    const lua = new LuaRuntime();
    for (const lib of ['string', 'table', 'math', 'io', 'os', 'coroutine', 'debug', 'package', 'js']) {
      expect(lua.eval(`type(${lib})`), lib).toBe('table');
    }
    expect(lua.eval('type(print)')).toBe('function');
    expect(lua.eval("type(require 'bit')")).toBe('table');
    expect(lua.eval("require 'js' == js")).toBe(true);
  });

  it('isolates runtimes from each other', () => {
    const a = new LuaRuntime();
    const b = new LuaRuntime();
    a.execute('x = 1');
    expect(b.eval('x')).toBeUndefined();
    expect(a.eval('x')).toBe(1);
  });

  it('refuses objects of another runtime', () => {
    const a = new LuaRuntime();
    const b = new LuaRuntime();
    const t = a.eval('{}');
    const f = b.eval('function(x) return x end');
    expect(() => f(t)).toThrow(new LuaError('cannot mix objects from different Lua runtimes'));
    expect(() => b.globals().set('t', t)).toThrow(LuaError);
    expect(() => b.tableFrom(t)).toThrow('cannot mix objects from different Lua runtimes');
  });

  it('accepts unknown options (and jit, which has no JIT behind it yet)', () => {
    expect(() => new LuaRuntime({ somethingElse: 1, jit: 'off', maxMemory: 1e9 } as never)).not.toThrow();
    expect(new LuaRuntime({ jit: 'always' }).eval('1')).toBe(1);
  });

  it('rejects invalid option values with TypeErrors', () => {
    expect(() => new LuaRuntime({ encoding: 'ebcdic' })).toThrow(TypeError);
    expect(() => new LuaRuntime({ decodeErrors: 'ignore' as never })).toThrow(TypeError);
    expect(() => new LuaRuntime({ attributeFilter: 3 as never })).toThrow(TypeError);
  });
});

describe('eval / execute', () => {
  const lua = new LuaRuntime();

  it('evaluates an expression', () => {
    expect(lua.eval('1+1')).toBe(2);
  });

  it('gives undefined for no result, the value for one, an array for several', () => {
    expect(lua.eval('nil')).toBeUndefined();
    expect(lua.execute('local x = 1')).toBeUndefined();
    expect(lua.eval('"a"')).toBe('a');
    expect(lua.eval('1, "two", nil')).toEqual([1, 'two', undefined]);
    expect(lua.execute('return 1, 2')).toEqual([1, 2]);
  });

  it('passes arguments as `...`, each JS argument one Lua value', () => {
    expect(lua.eval('select("#", ...)', [1, 2, 3], 'x')).toBe(2);
    expect(lua.eval('...', 5, 6)).toEqual([5, 6]);
    expect(lua.execute('local a, b = ...; return b .. a', 'x', 'y')).toBe('yx');
  });

  it('reports syntax errors as LuaSyntaxError with the `error loading code:` prefix', () => {
    let err: unknown;
    try { lua.eval('= 1'); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(LuaSyntaxError);
    expect(err).toBeInstanceOf(LuaError);
    expect((err as Error).message).toBe('error loading code: [string "<js>"]:1: unexpected symbol near \'=\'');
    expect(() => lua.execute('x = = 2')).toThrow(LuaSyntaxError);
  });

  it('accepts code as bytes', () => {
    expect(lua.eval(new TextEncoder().encode('"é" .. 1'))).toBe('é1');
  });
});

describe('compile', () => {
  const lua = new LuaRuntime();

  it('returns a LuaFunction that runs only when called', () => {
    const f = lua.compile('n = (n or 0) + 1; return n, ...');
    expect(f).toBeInstanceOf(LuaFunction);
    expect(lua.eval('n')).toBeUndefined();
    expect(f('a')).toEqual([1, 'a']);
    expect(f()).toBe(2);
  });

  it('reports syntax errors without the eval prefix', () => {
    expect(() => lua.compile('x =')).toThrow(new LuaSyntaxError('[string "<js>"]:1: unexpected symbol near \'<eof>\''));
  });

  it.each([
    [undefined, '[string "<js>"]:1: boom'],
    ['x', '[string "x"]:1: boom'],
    ['@file.lua', 'file.lua:1: boom'],
    ['=chunk', 'chunk:1: boom'],
  ])('names the chunk %s', (name, prefix) => {
    const f = lua.compile('error("boom")', name === undefined ? {} : { name });
    expect(() => f()).toThrow(prefix);
    try { f(); } catch (e) { expect((e as Error).message.startsWith(prefix + '\n')).toBe(true); }
  });
});

describe('require, globals, table, tableFrom', () => {
  const lua = new LuaRuntime();

  it('require() runs Lua require', () => {
    expect(lua.require('string')).toBe(lua.globals().string);
    lua.execute('package.preload.greet = function(name) return { hello = function(x) return "hi " .. x end, name = name } end');
    const m = lua.require('greet');
    expect(m.name).toBe('greet');
    expect(m.hello('bob')).toBe('hi bob');
    expect(() => lua.require('no.such.module')).toThrow(/module 'no.such.module' not found/);
  });

  it('globals() is the global table, always the same wrapper', () => {
    const g = lua.globals();
    expect(g).toBeInstanceOf(LuaTable);
    expect(g).toBe(lua.globals());
    g.answer = 42;
    expect(lua.eval('answer')).toBe(42);
    expect(g.get('_G')).toBe(g);
  });

  it('table(...items) fills the array part', () => {
    const obj = { a: 1 };
    const t = lua.table(1, 'two', obj);
    expect(t.length).toBe(3);
    expect(lua.eval('(...)[2]', t)).toBe('two');
    expect(t.get(3)).toBe(obj);
  });

  it('tableFrom: objects by key, arrays/iterables at one running index, Maps by entries', () => {
    const t = lua.tableFrom({ a: 1, 1: 'x' }, ['p', 'q'], new Set(['r']), new Map<unknown, unknown>([['m', true], [10, 'ten']]));
    expect(t.toJS()).toEqual({ 1: 'p', 2: 'q', 3: 'r', a: 1, m: true, 10: 'ten' });
    expect(lua.eval('(...)[1], (...)[3], (...).a', t)).toEqual(['p', 'r', 1]);
  });

  it('tableFrom takes only own enumerable keys of objects', () => {
    const proto = { inherited: 1 };
    const o = Object.create(proto, { hidden: { value: 2, enumerable: false }, shown: { value: 3, enumerable: true } });
    expect(lua.tableFrom(o).toJS()).toEqual({ shown: 3 });
  });

  it('tableFrom: later sources overwrite earlier keys; LuaTables are copied', () => {
    const src = lua.eval('{ x = 1, y = 2, 10 }');
    const t = lua.tableFrom(src, { y: 3 });
    expect(t).not.toBe(src);
    expect(t.toJS()).toEqual({ 1: 10, x: 1, y: 3 });
    expect(src.y).toBe(2);
  });

  it('tableFrom: a trailing { recursive } is options, other trailing objects are sources', () => {
    const nested = { inner: [1, 2] };
    const flat = lua.tableFrom(nested);
    expect(flat.inner).toBe(nested.inner);
    expect(lua.eval('type((...).inner)', flat)).toBe('userdata');
    const deep = lua.tableFrom(nested, { recursive: true });
    expect(lua.eval('type((...).inner), (...).inner[2]', deep)).toEqual(['table', 2]);
    const asSource = lua.tableFrom({ a: 1 }, { recursive: true, b: 2 });
    expect(asSource.toJS()).toEqual({ a: 1, recursive: true, b: 2 });
  });

  it('tableFrom recursive keeps shared and cyclic references shared', () => {
    const shared = { v: 1 };
    const cyclic: Record<string, unknown> = { name: 'c' };
    cyclic.self = cyclic;
    const t = lua.tableFrom({ a: shared, b: shared, c: cyclic, list: [shared, new Map([['k', shared]])] }, { recursive: true });
    expect(lua.execute('local t = ...; return t.a == t.b, t.c.self == t.c, t.list[1] == t.a, t.list[2].k == t.a', t))
      .toEqual([true, true, true, true]);
  });
});

describe('calls from JS', () => {
  it('nest, also inside debug hooks that call back into JS', () => {
    const lua = new LuaRuntime();
    const double = lua.eval('function(x) return x * 2 end');
    let hookCalls = 0;
    lua.execute('local cb = ...; debug.sethook(function() if not inhook then inhook = true; cb(); inhook = false end end, "c")',
      () => { hookCalls++; return double(21); });
    expect(lua.eval('function(a, b) return a + b end')(1, 2)).toBe(3);
    lua.execute('debug.sethook()');
    expect(hookCalls).toBeGreaterThan(0);
    expect(double(double(1))).toBe(4);
  });
});

describe('memory, version, gccollect', () => {
  it('reports memory use and versions', () => {
    const lua = new LuaRuntime();
    expect(lua.getMemoryUsed()).toBeGreaterThan(0);
    expect(() => lua.gccollect()).not.toThrow();
    expect(lua.luaVersion).toEqual([5, 1]);
    expect(lua.luaImplementation).toBe('Lua 5.1');
  });
});

describe('close()', () => {
  it('makes the runtime and its objects unusable; a second close does nothing', () => {
    const lua = new LuaRuntime();
    const t = lua.eval('{1}');
    const f = lua.eval('function() return 1 end');
    const co = f.coroutine();
    lua.close();
    const closed = new LuaError('runtime is closed');
    expect(() => lua.eval('1')).toThrow(closed);
    expect(() => lua.globals()).toThrow(closed);
    expect(() => t.get(1)).toThrow(closed);
    expect(() => t.x).toThrow(closed);
    expect(() => f()).toThrow(closed);
    expect(() => co.next()).toThrow(closed);
    expect(() => lua.close()).not.toThrow();
  });

  it('stops Lua code that calls back into JS after close()', () => {
    const lua = new LuaRuntime();
    let after = false;
    const f = lua.eval('function(close, mark) close(); mark() end');
    expect(() => f(() => lua.close(), () => { after = true; })).toThrow(new LuaError('runtime is closed'));
    expect(after).toBe(false);
  });

  it('ends the call as soon as the callback that closed the runtime returns, also in coroutines and async calls', async () => {
    const closed = new LuaError('runtime is closed');
    for (const limits of [undefined, { instructions: 1e9 }]) {
      let lua = new LuaRuntime({ limits });
      expect(() => lua.execute('local close = ... close() x = 1 while true do end', () => lua.close())).toThrow(closed);
      lua = new LuaRuntime({ limits, maxMemory: 1e8 });
      const co = lua.eval('function(close) coroutine.yield(1) close() while true do end end').coroutine(() => lua.close());
      co.next();
      expect(() => co.next()).toThrow(closed);
      lua = new LuaRuntime({ limits });
      await expect(lua.executeAsync('local close = ... js.await(nil) close() while true do end', () => lua.close())).rejects.toThrow(closed);
    }
  });
});

describe('stdout / stderr', () => {
  it('print and io.write go to the stdout option as bytes', () => {
    const out: Uint8Array[] = [];
    const lua = new LuaRuntime({ stdout: (c) => out.push(c) });
    lua.execute('print("héllo", 1, nil) io.write("a", 2, "\\n")');
    expect(out.every((c) => c instanceof Uint8Array)).toBe(true);
    expect(text(out)).toBe('héllo\t1\tnil\na2\n');
  });

  it('io.stderr goes to the stderr option', () => {
    const err: Uint8Array[] = [];
    const lua = new LuaRuntime({ stderr: (c) => err.push(c), stdout: () => {} });
    lua.execute('io.stderr:write("oops\\n")');
    expect(text(err)).toBe('oops\n');
  });

  it('defaults to the process stdout in Node', () => {
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      new LuaRuntime().execute('print("to the process")');
      const written = spy.mock.calls.map((c) => Buffer.from(c[0] as Uint8Array).toString()).join('');
      expect(written).toBe('to the process\n');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('the console sink (the default outside Node)', () => {
  it('logs one decoded line per newline, holding partial lines', () => {
    const lines: string[] = [];
    const lua = new LuaRuntime({ stdout: consoleSink((l) => lines.push(l)) });
    lua.execute('io.write("a", "b") io.write("c\\nd") print("é")');
    expect(lines).toEqual(['abc', 'dé']);
  });
});

describe('encoding / decodeErrors', () => {
  it('decodes Lua strings as UTF-8 by default, encodes JS strings as UTF-8', () => {
    const lua = new LuaRuntime();
    expect(lua.eval('"h\\195\\169"')).toBe('hé');
    expect(lua.eval('#...', 'é')).toBe(2);
    expect(lua.eval('#...', '😀')).toBe(4);
  });

  it('encoding: null gives Uint8Array; strings still go in as UTF-8', () => {
    const lua = new LuaRuntime({ encoding: null });
    const b = lua.eval('"h\\195\\169\\255"');
    expect(b).toBeInstanceOf(Uint8Array);
    expect([...b]).toEqual([104, 195, 169, 255]);
    expect(lua.eval('#...', 'é')).toBe(2);
  });

  it('a Uint8Array always goes in byte for byte', () => {
    const lua = new LuaRuntime();
    expect(lua.eval('string.byte(..., 1, -1)', new Uint8Array([0, 255, 65]))).toEqual([0, 255, 65]);
  });

  it("'strict' throws a TypeError naming the position; 'replace' uses U+FFFD", () => {
    expect(() => new LuaRuntime().eval('"ab\\255"')).toThrow(
      new TypeError("'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"));
    expect(() => new LuaRuntime().eval('"\\195"')).toThrow(/position 0: unexpected end of data/);
    expect(new LuaRuntime({ decodeErrors: 'replace' }).eval('"ab\\255"')).toBe('ab\uFFFD');
  });

  it('latin-1 maps bytes to code points one to one', () => {
    const lua = new LuaRuntime({ encoding: 'latin-1' });
    expect(lua.eval('"\\233"')).toBe('é');
    expect(lua.eval('#...', 'é')).toBe(1);
  });
});

describe('registerEval / registerBuiltins / unpackReturnedTuples', () => {
  it('js.eval and js.global are present by default and can be left out', () => {
    expect(new LuaRuntime().eval('js.eval("1 + 2"), js.global == js.eval("globalThis")')).toEqual([3, true]);
    expect(new LuaRuntime({ registerEval: false }).eval('js.eval')).toBeUndefined();
    expect(new LuaRuntime({ registerBuiltins: false }).eval('js.global')).toBeUndefined();
  });

  it('an array returned by a JS function is one value unless unpackReturnedTuples', () => {
    const arr = [1, 2];
    const pair = () => arr;
    expect(new LuaRuntime().eval('select("#", (...)())', pair)).toBe(1);
    expect(new LuaRuntime().eval('(...)()', pair)).toBe(arr);
    const lua = new LuaRuntime({ unpackReturnedTuples: true });
    expect(lua.eval('select("#", (...)())', pair)).toBe(2);
    expect(lua.eval('(...)()', pair)).toEqual([1, 2]);
  });
});
