// API.md § LuaRuntime `libraries`: a runtime opened with ['base', 'string', 'table', 'math',
// 'coroutine'] leaves Lua no path to the file system, processes, the host's globals or
// `new Function`. Each attempt below must fail — raise a LuaError, or come back with nothing — and
// afterwards nothing outside the runtime may have changed (no file, no global, no output).
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LuaRuntime, LuaError, LuaSyntaxError, LuaTimeoutError, LuaMemoryError } from 'lupa';

const SANDBOX = ['base', 'string', 'table', 'math', 'coroutine'];
const dir = mkdtempSync(join(tmpdir(), 'lupa-sandbox-'));
const marker = join(dir, 'pwned');
const secret = join(dir, 'secret.lua');
writeFileSync(secret, 'return "secret"');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const g = globalThis as { __pwned?: unknown };
const output: Uint8Array[] = [];

/** A sloppy-mode function (its `caller` is readable in JS). */
const sloppy = new Function('return 1');

/** What the host lends the sandbox: ordinary objects of every kind. */
function hostObjects() {
  return {
    cb: (x: unknown) => x,
    sloppy,
    obj: { a: 1 },
    arr: [1, 2, 3],
    map: new Map([['k', 1]]),
    err: new Error('e'),
    promise: Promise.resolve(1),
    thrower: () => { throw new TypeError('boom'); },
    Klass: class Point { x = 1; },
  };
}

function sandbox(extra: object = {}): LuaRuntime {
  const lua = new LuaRuntime({ libraries: SANDBOX, stdout: (c) => output.push(c), stderr: (c) => output.push(c), ...extra });
  lua.globals().host = hostObjects();
  lua.globals().MARKER = marker;
  lua.globals().SECRET = secret;
  return lua;
}

/** Did the attempt get anything? It may raise a LuaError (a failure) or return a falsy value. */
function escapes(lua: LuaRuntime, code: string): boolean {
  let r: unknown;
  try {
    r = lua.execute(code);
  } catch (e) {
    if (e instanceof LuaSyntaxError) throw e; // a broken attempt, not a refusal
    if (e instanceof LuaError) return false;
    throw e; // anything else is a JS exception the sandbox let through: count it as an escape
  }
  return r !== undefined && r !== null && r !== false;
}

const BINARY = 'string.dump(function() return 1 end)';

// [what it tries, Lua code returning the capability or doing the damage, whether the same code
// does get it in a runtime with every library (checked below, so an attempt cannot pass by being
// broken); attempts with side effects are not run there]
const attempts: [string, string, boolean][] = [
  ['the os library', 'return os', true],
  ['the io library', 'return io', true],
  ['the debug library', 'return debug', true],
  ['the package library', 'return package', true],
  ['the js library', 'return js', true],
  ['require', 'return require', true],
  ['module', 'return module', true],
  ['dofile', 'return dofile', true],
  ['loadfile', 'return loadfile', true],
  ['dofile on a real file', 'return dofile(SECRET)', true],
  ['loadfile on a real file', 'return loadfile(SECRET)()', true],
  ['os by a computed name', 'return _G["o" .. "s"]', true],
  ['io through rawget', 'return rawget(_G, "io")', true],
  ['the environment of level 0', 'return getfenv(0).io or getfenv(0).os', true],
  ['the environment of a native', 'return getfenv(print).os', true],
  ['the environment of a coroutine', 'return coroutine.wrap(function() return getfenv(0).os end)()', true],
  ['the globals after setfenv', 'setfenv(1, {}) return getfenv(0).io', false],
  ['os.execute', 'os.execute("touch " .. MARKER)', false],
  ['io.open for writing', 'io.open(MARKER, "w"):write("x")', false],
  ['io.popen', 'io.popen("touch " .. MARKER)', false],
  ['a binary chunk through loadstring', `return (loadstring(${BINARY}))`, true],
  ['a binary chunk through load', `local s = ${BINARY} return (load(function() local c = s s = nil return c end))`, true],
  ['a binary chunk split across load pieces', `local s = ${BINARY} local i = 0
    return (load(function() i = i + 1 return s:sub(i, i) end))`, true],
  ['malformed bytecode through loadstring', 'return (loadstring("\\27Lua\\81\\0\\1\\4\\8\\4\\8\\0" .. string.rep("\\255", 64)))', false],
  ['a binary chunk from string.dump of a native', 'return string.dump(print)', false],
  ['the string metatable', 'return getmetatable("").__index.os', false],
  ['globals through the string metatable', 'getmetatable("").__index = _G return ("x").io', true],
  ['a library left in package.loaded', 'return rawget(_G, "package") and package.loaded.os', true],
  ['a library inside an error handler', 'return select(2, xpcall(function() error("x") end, function() return os end))', true],
  ['a library through pcall(error, lib)', 'return select(2, pcall(error, io))', true],
  ["a JS function's constructor (Function)", 'return host.cb.constructor', true],
  ['new Function through a callback', 'return host.cb.constructor("globalThis.__pwned = 1")()', false],
  ["Function through an object's constructor", 'return host.obj.constructor.constructor', true],
  ['Function through a computed name', 'return host.obj["con" .. "structor"]', true],
  ["an object's prototype", 'return host.obj.__proto__', true],
  ["an array's constructor", 'return host.arr.constructor', true],
  ["a Map's constructor (method fallback)", 'return host.map.constructor', true],
  ["a Map's constructor through get", 'return host.map:get("constructor") or host.map.constructor', true],
  ["an Error's constructor", 'return host.err.constructor', true],
  ["a Promise's constructor", 'return host.promise.constructor', true],
  ["a class's prototype", 'return host.Klass.prototype', true],
  ["a method's constructor", 'return host.arr.map.constructor', true],
  ['__lookupGetter__ of __proto__', 'return host.obj.__lookupGetter__("__proto__")', true],
  ['__defineGetter__', 'host.obj.__defineGetter__("x", function() end) return true', false],
  ['the caller of a sloppy function', 'return host.sloppy.caller', false],
  ['arguments of a sloppy function', 'return host.sloppy.arguments', false],
  ['assigning __proto__', 'host.obj.__proto__ = {} return true', false],
  ['assigning constructor', 'host.obj.constructor = 1 return true', false],
  ['the constructor of a caught JS exception', 'local ok, e = pcall(host.thrower) return e.constructor', true],
  ["the bridge's metatables", 'return getmetatable(host.obj) and getmetatable(host.obj).__index', false],
  ['globalThis through js.global', 'return js.global', true],
  ['eval through js.eval', 'return js.eval("globalThis.__pwned = 1")', false],
  ['process through a computed global', 'return _G.process or _G.globalThis or _G.window', false],
];

describe('a sandbox (libraries: base string table math coroutine)', () => {
  it(`has at least 40 escape attempts (${attempts.length})`, () => {
    expect(attempts.length).toBeGreaterThanOrEqual(40);
  });

  const lua = sandbox();
  const full = new LuaRuntime({ stdout: (c) => output.push(c) });
  full.globals().host = hostObjects();
  full.globals().SECRET = secret;
  for (const [what, code, opens] of attempts) {
    it(`refuses ${what}`, () => {
      expect(escapes(lua, code)).toBe(false);
      expect(g.__pwned).toBeUndefined();
      expect(existsSync(marker)).toBe(false);
      if (opens) expect(escapes(full, code), 'the attempt works with every library').toBe(true);
    });
  }

  it('refuses binary chunks from the host too (LuaSyntaxError)', () => {
    const bytes = new LuaRuntime({ encoding: null }).eval(BINARY) as Uint8Array;
    expect(new LuaRuntime().compile(bytes)()).toBe(1);
    expect(() => lua.execute(bytes)).toThrow(LuaSyntaxError);
    expect(() => lua.execute(bytes)).toThrow('error loading code: attempt to load a binary chunk (the debug library is not open)');
    expect(() => lua.compile(bytes)).toThrow('attempt to load a binary chunk');
    expect(lua.eval(`loadstring(${BINARY})`)).toEqual([undefined, 'attempt to load a binary chunk (the debug library is not open)']);
  });

  it('names the guarded property in the error', () => {
    expect(() => lua.execute('return host.cb.constructor')).toThrow(
      "[string \"<js>\"]:1: JS property 'constructor' is not accessible from this runtime");
  });

  it('still runs ordinary code, with the host objects usable', () => {
    expect(lua.eval('host.cb(5) + #host.arr + host.map.k + host.obj.a')).toBe(10);
    expect(lua.eval('host.arr:join("-")')).toBe('1-2-3');
    expect(lua.eval('string.format("%d", math.floor(2.5)) .. table.concat({1, 2})')).toBe('212');
    expect(lua.eval('coroutine.wrap(function() coroutine.yield(7) end)()')).toBe(7);
    expect(lua.eval('type(collectgarbage("count")), type(newproxy()), type(getfenv(0))')).toEqual(['number', 'userdata', 'table']);
    expect(lua.eval('(loadstring("return 1 + 1"))()')).toBe(2);
  });

  it('sends print to the stdout option only', () => {
    output.length = 0;
    lua.execute('print("to the sink")');
    expect(Buffer.concat(output).toString()).toBe('to the sink\n');
  });

  it('stops runaway code and allocations when limits and maxMemory are set', () => {
    const strict = sandbox({ limits: { instructions: 1e6 }, maxMemory: 4e6 });
    expect(() => strict.execute('while true do end')).toThrow(LuaTimeoutError);
    expect(() => strict.execute('pcall(function() local f f = function() return f() end f() end) while true do end')).toThrow(LuaTimeoutError);
    expect(() => strict.execute('local t = {} for i = 1, 1e6 do t[i] = {} end')).toThrow(LuaMemoryError);
    expect(() => strict.execute('local s = string.rep("x", 1e7)')).toThrow(LuaMemoryError);
    expect(() => strict.execute('error(setmetatable({}, { __tostring = function() while true do end end }))')).toThrow(LuaError);
    expect(strict.eval('1 + 1')).toBe(2);
  });

  it('touched nothing outside', () => {
    expect(g.__pwned).toBeUndefined();
    expect(existsSync(marker)).toBe(false);
  });
});

describe('what each library brings', () => {
  it('refuses unknown library names and always opens base', () => {
    expect(() => new LuaRuntime({ libraries: ['base', 'sockets'] })).toThrow(TypeError);
    const bare = new LuaRuntime({ libraries: [] });
    expect(bare.eval('type(print), type(pcall), type(string), type(coroutine)')).toEqual(['function', 'function', 'nil', 'nil']);
  });

  it('package without io finds preloaded modules only (no file searchers)', () => {
    const lua = new LuaRuntime({ libraries: ['base', 'package', 'bit'] });
    lua.globals().SECRET_DIR = dir;
    expect(lua.eval('#package.loaders')).toBe(1);
    expect(() => lua.execute('package.path = SECRET_DIR .. "/?.lua" return require "secret"')).toThrow(/module 'secret' not found/);
    expect(lua.eval('require("bit").band(6, 3)')).toBe(2);
    lua.execute('package.preload.mine = function() return 42 end');
    expect(lua.eval('require "mine"')).toBe(42);
    expect(() => lua.eval('require "os"')).toThrow(/module 'os' not found/);
  });

  it('io brings dofile, loadfile and the file searchers back', () => {
    const lua = new LuaRuntime({ libraries: ['base', 'package', 'io'] });
    lua.globals().SECRET = secret;
    expect(lua.eval('dofile(SECRET)')).toBe('secret');
    lua.globals().SECRET_DIR = dir;
    expect(lua.eval('(function() package.path = SECRET_DIR .. "/?.lua" return require "secret" end)()')).toBe('secret');
  });

  it('debug allows binary chunks', () => {
    const lua = new LuaRuntime({ libraries: ['base', 'string', 'debug'] });
    expect(lua.eval(`loadstring(${BINARY})()`)).toBe(1);
  });

  it('bit without package is a global, as in LuaJIT', () => {
    expect(new LuaRuntime({ libraries: ['bit'] }).eval('bit.bor(1, 2)')).toBe(3);
  });

  it('js without eval and global keeps the property guard; with them the guard is off', () => {
    const quiet = new LuaRuntime({ libraries: ['base', 'js'], registerEval: false, registerBuiltins: false });
    expect(quiet.eval('js.eval, js.global')).toEqual([undefined, undefined]);
    expect(() => quiet.eval('(...).constructor', {})).toThrow("JS property 'constructor' is not accessible");
    expect(quiet.eval('js.typeof((...))', {})).toBe('object');
    const open = new LuaRuntime({ libraries: ['base', 'js'] });
    expect(open.eval('(...).constructor', {})).toBe(Object);
  });

  it('coroutine.create accepts JS functions without the js library', () => {
    const lua = new LuaRuntime({ libraries: ['coroutine'] });
    expect(lua.eval('select(2, coroutine.resume(coroutine.create(...), 4))', (n: number) => n * 2)).toBe(8);
  });
});
