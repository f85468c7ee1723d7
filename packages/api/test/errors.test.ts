// API.md § Errors.
import { describe, expect, it } from 'vitest';
import { LuaRuntime, LuaError, LuaSyntaxError, LuaMemoryError, LuaTimeoutError, LuaTable } from 'lupa';

function caught(f: () => unknown): any {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an exception');
}

describe('error classes', () => {
  it('set name to their own class name and extend each other', () => {
    const classes = [LuaError, LuaSyntaxError, LuaMemoryError, LuaTimeoutError] as const;
    for (const C of classes) {
      const e = new C('m');
      expect(e.name).toBe(C.name);
      expect(e).toBeInstanceOf(Error);
      expect(e).toBeInstanceOf(LuaError);
    }
    expect(new LuaMemoryError().message).toBe('not enough memory');
  });
});

describe('LuaError from Lua errors', () => {
  const lua = new LuaRuntime();

  it('has the position and Lua message, then the traceback', () => {
    const e = caught(() => lua.eval('f()'));
    expect(e).toBeInstanceOf(LuaError);
    expect(e.message).toBe('[string "<js>"]:1: attempt to call global \'f\' (a nil value)\nstack traceback:\n'
      + '\t[string "<js>"]:1: in main chunk\n\t[C]: ?');
    expect(e.luaValue).toBe('[string "<js>"]:1: attempt to call global \'f\' (a nil value)');
  });

  it("writes the traceback in Lua's order (as lua5.1 prints it)", () => {
    const f = lua.compile('local function inner() error("deep") end\nlocal function outer() inner() end\nouter()\n', { name: '@file.lua' });
    // lua5.1 file.lua, recorded:
    expect(caught(f).message).toBe([
      'file.lua:1: deep',
      'stack traceback:',
      "\t[C]: in function 'error'",
      "\tfile.lua:1: in function 'inner'",
      "\tfile.lua:2: in function 'outer'",
      '\tfile.lua:3: in main chunk',
      '\t[C]: ?',
    ].join('\n'));
  });

  it('keeps a non-string error value', () => {
    const n = caught(() => lua.execute('error(42, 0)'));
    expect(n.luaValue).toBe(42);
    expect(n.message.split('\n')[0]).toBe('42');
    const t = caught(() => lua.execute('T = { code = 7 }; error(T)'));
    expect(t.luaValue).toBeInstanceOf(LuaTable);
    expect(t.luaValue).toBe(lua.eval('T'));
    expect(t.luaValue.code).toBe(7);
    expect(t.message.split('\n')[0]).toBe('(error object is a table value)');
    expect(t.message).toContain('\nstack traceback:\n\t');
    const s = caught(() => lua.execute('error(setmetatable({}, { __tostring = function() return "custom text" end }))'));
    expect(s.message.split('\n')[0]).toBe('custom text');
    expect(caught(() => lua.execute('error()')).message.split('\n')[0]).toBe('(error object is a nil value)');
    expect(caught(() => lua.execute('error(true)')).luaValue).toBe(true);
  });

  it('decodes error messages with replacement, also under strict decoding', () => {
    const e = caught(() => lua.execute('error("bad \\255 byte", 0)'));
    expect(e.message.split('\n')[0]).toBe('bad \uFFFD byte');
    const raw = new LuaRuntime({ encoding: null });
    const r = caught(() => raw.execute('error("x\\255", 0)'));
    expect(r.message.split('\n')[0]).toBe('x\uFFFD');
    expect([...r.luaValue]).toEqual([120, 255]);
  });

  it('error(jsObject) reaches JS as that object', () => {
    const obj = { reason: 'mine' };
    expect(caught(() => lua.execute('error((...))', obj))).toBe(obj);
  });

  it('a LuaSyntaxError is a LuaError with the message of the parser', () => {
    const e = caught(() => lua.compile('if then'));
    expect(e).toBeInstanceOf(LuaSyntaxError);
    expect(e.message).toBe('[string "<js>"]:1: unexpected symbol near \'then\'');
    const l = caught(() => lua.execute('x = "unfinished'));
    expect(l.message).toBe('error loading code: [string "<js>"]:1: unfinished string near \'<eof>\'');
  });
});

describe('JS exceptions travelling through Lua', () => {
  const lua = new LuaRuntime();
  const boom = new TypeError('boom');
  const thrower = () => { throw boom; };

  it('pcall returns false and the exception itself', () => {
    expect(lua.eval('pcall(...)', thrower)).toEqual([false, boom]);
    expect(lua.execute('local ok, e = pcall(...); return e.message, e.name', thrower)).toEqual(['boom', 'TypeError']);
  });

  it('error(e) re-raises the same object, and it escapes as itself', () => {
    expect(caught(() => lua.execute('local ok, e = pcall(...); error(e)', thrower))).toBe(boom);
    expect(caught(() => lua.eval('(...)()', thrower))).toBe(boom);
  });

  it('escapes as itself from inside coroutines', () => {
    const co = lua.eval('function(f) coroutine.yield(1); f() end').coroutine(thrower);
    co.next();
    expect(caught(() => co.next())).toBe(boom);
    expect(co.status).toBe('dead');
    expect(lua.eval('coroutine.resume(coroutine.create(function(f) f() end), ...)', thrower)).toEqual([false, boom]);
  });

  it('crosses nested JS → Lua → JS calls unchanged', () => {
    const inner = lua.eval('function(f) f() end');
    const outer = lua.eval('function(g) local ok, e = pcall(g); return ok, e end');
    expect(outer(() => inner(thrower))).toEqual([false, boom]);
  });

  it('thrown primitives become Lua values', () => {
    expect(lua.eval('pcall(...)', () => { throw 'plain'; })).toEqual([false, 'plain']);
    const e = caught(() => lua.eval('(...)()', () => { throw 'plain'; }));
    expect(e).toBeInstanceOf(LuaError);
    expect(e.luaValue).toBe('plain');
  });

  it('an error raised by Lua code called back from JS keeps its message', () => {
    const f = lua.eval('function(cb) return cb() end');
    const e = caught(() => f(() => lua.execute('error("inner")')));
    expect(e).toBeInstanceOf(LuaError);
    expect(e.luaValue).toBe('[string "<js>"]:1: inner');
  });
});

describe('errors without a traceback point', () => {
  it('end with [C]: ? when raised directly by a native called from JS', () => {
    const lua = new LuaRuntime();
    const e = caught(() => lua.globals().error('direct', 0));
    expect(e.message).toBe('direct\nstack traceback:\n\t[C]: ?');
  });
});
