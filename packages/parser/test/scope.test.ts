// Scope resolution: locals, upvalues (luac's numbering), globals, and Lua's scoping rules.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '@lupa/parser';
import type * as A from '@lupa/parser';
import { programs } from './fixtures.js';

/** Fields that point back up the tree or across it (not children). */
const backReference = (type: string | undefined, key: string) =>
  (type === 'LocalVar' && key === 'func') || key === 'parent' || key === 'decl' || key === 'upvalues' || key === 'locals' || key === 'compatArg';

/** Every Name node of a tree, in source order. */
function names(node: unknown, out: A.Name[] = []): A.Name[] {
  if (Array.isArray(node)) {
    for (const n of node) names(n, out);
  } else if (node !== null && typeof node === 'object') {
    const n = node as { type?: string };
    if (n.type === 'Name') out.push(node as A.Name);
    for (const [key, value] of Object.entries(node)) {
      if (!backReference(n.type, key)) names(value, out);
    }
  }
  return out;
}
/** Every function node, in source order (main first). */
function functions(node: unknown, out: A.FunctionNode[] = []): A.FunctionNode[] {
  if (Array.isArray(node)) {
    for (const n of node) functions(n, out);
  } else if (node !== null && typeof node === 'object') {
    const type = (node as { type?: string }).type;
    if (type === 'Function') out.push(node as A.FunctionNode);
    for (const [key, value] of Object.entries(node)) {
      if (!backReference(type, key)) functions(value, out);
    }
  }
  return out;
}
const resolution = (src: string) =>
  names(parse(src, '=t').main).map((n) => `${n.name}:${n.kind}${n.kind === 'upvalue' ? n.upvalueIndex : ''}@${n.decl ? n.decl.line + ':' + n.decl.column : '-'}`);

describe('upvalues', () => {
  // expectations from `luac5.1 -l -l` on the same program
  const src = `local a, b, c = 1, 2, 3
local function outer()
  local d = 4
  return function()
    local e = c + a
    return function() return b + d + a + e end
  end
end`;
  const chunk = parse(src, '@up.lua');
  const [main, outer, middle, inner] = functions(chunk.main);
  const ups = (f: A.FunctionNode) => f.upvalues.map((u) => [u.name, u.fromParentLocal, u.parentIndex]);

  it('are numbered in first-use order, intermediate functions included', () => {
    expect(ups(main)).toEqual([]);
    expect(ups(outer)).toEqual([['c', true, -1], ['a', true, -1], ['b', true, -1]]);
    expect(ups(middle)).toEqual([['c', false, 0], ['a', false, 1], ['b', false, 2], ['d', true, -1]]);
    expect(ups(inner)).toEqual([['b', false, 2], ['d', false, 3], ['a', false, 1], ['e', true, -1]]);
  });

  it('point to their declarations and mark them captured', () => {
    expect(inner.upvalues[0].decl).toBe(main.locals[1]);
    expect(main.locals.map((l) => [l.name, l.captured])).toEqual([['a', true], ['b', true], ['c', true], ['outer', false]]);
    expect(outer.locals.map((l) => [l.name, l.captured])).toEqual([['d', true]]);
    expect(middle.locals.map((l) => [l.name, l.captured])).toEqual([['e', true]]);
    expect(inner.parent).toBe(middle);
    expect(main.locals[0].func).toBe(main);
    expect([outer.lineDefined, outer.lastLineDefined, middle.lineDefined, middle.lastLineDefined]).toEqual([2, 8, 4, 7]);
  });

  it('resolve names with upvalue indexes', () => {
    expect(names(inner.body).map((n) => `${n.name}:${n.kind}${n.upvalueIndex}`)).toEqual(['b:upvalue0', 'd:upvalue1', 'a:upvalue2', 'e:upvalue3']);
    expect(names(middle.body).slice(0, 2).map((n) => `${n.name}:${n.kind}${n.upvalueIndex}`)).toEqual(['c:upvalue0', 'a:upvalue1']);
  });

  it('are shared when the same variable is used twice', () => {
    const [, f] = functions(parse('local x function f() x = x + 1 return x end', '=t').main);
    expect(f.upvalues.length).toBe(1);
  });
});

describe('scoping rules', () => {
  it('local x = x: the new local is not visible in its initializer', () => {
    expect(resolution('local x = 1 local x = x')).toEqual(['x:local@1:6']);
    expect(resolution('local x = x')).toEqual(['x:global@-']);
  });

  it('local function is visible in its own body', () => {
    expect(resolution('local function f() return f end')).toEqual(['f:upvalue0@1:15']);
    expect(resolution('local f = function() return f end')).toEqual(['f:global@-']);
  });

  it('repeat-until condition sees the body locals', () => {
    expect(resolution('repeat local y = 1 until y')).toEqual(['y:local@1:13']);
    expect(resolution('repeat local y = 1 until y y = 2')).toEqual(['y:local@1:13', 'y:global@-']);
  });

  it('for variables are scoped to the body; the iterator expressions do not see them', () => {
    expect(resolution('for i = i, 2 do x = i end i = 1')).toEqual(['i:global@-', 'x:global@-', 'i:local@1:4', 'i:global@-']);
    expect(resolution('for k, v in k, v do k = v end')).toEqual(['k:global@-', 'v:global@-', 'k:local@1:4', 'v:local@1:7']);
  });

  it('blocks end scopes', () => {
    expect(resolution('do local a end a = 1')).toEqual(['a:global@-']);
    expect(resolution('local a if a then local a end a = 1')).toEqual(['a:local@1:6', 'a:local@1:6']);
    expect(resolution('while true do local w end w = 1')).toEqual(['w:global@-']);
  });

  it('shadowing picks the innermost declaration', () => {
    expect(resolution('local a local a a = 1')).toEqual(['a:local@1:14']);
  });

  it('method definitions declare self first', () => {
    const f = (parse('function o:m(a) return self, a end', '=t').main.body.body[0] as A.FunctionStatement).func;
    expect(f.params.map((p) => p.name)).toEqual(['self', 'a']);
    expect(f.locals.map((p) => p.name)).toEqual(['self', 'a']);
    expect(names(f.body).map((n) => n.decl)).toEqual([f.params[0], f.params[1]]);
    expect([f.params[0].line, f.params[0].column]).toEqual([0, 0]);
  });

  it('vararg functions declare the compat `arg` local (LUA_COMPAT_VARARG)', () => {
    const [, f, g] = functions(parse('function f(a, ...) return arg end function g(...) return ... end', '=t').main);
    expect(f.params.map((p) => p.name)).toEqual(['a']);
    expect(f.locals.map((p) => p.name)).toEqual(['a', 'arg']);
    expect(f.compatArg).toBe(f.locals[1]);
    expect(f.needsArg).toBe(true);
    expect(names(f.body)[0]).toMatchObject({ name: 'arg', kind: 'local' });
    expect(g.needsArg).toBe(false);
    expect(resolution('return arg')).toEqual(['arg:global@-']);
  });

  it('locals lists every declaration of the function in order, hidden for-loop variables excluded', () => {
    const main = parse('local a for i = 1, 2 do local b end for k, v in next, {} do end local function f(x) end', '=t').main;
    expect(main.locals.map((l) => l.name)).toEqual(['a', 'i', 'b', 'k', 'v', 'f']);
  });
});

describe('agrees with luac5.1 -l -l on every function', () => {
  // fixtures/scopes.json, from fixtures/gen-scopes.mjs: source null means fixtures/lua/<name>
  const entries: { name: string; source: string | null; functions: { locals: string[]; upvalues: string[] }[] }[] =
    JSON.parse(readFileSync(new URL('./fixtures/scopes.json', import.meta.url), 'utf8'));
  for (const entry of entries) {
    it(`${entry.name}: locals and upvalues in luac's order`, () => {
      const source = entry.source ?? programs.get(entry.name)!;
      const all = functions(parse(source, '@input.lua').main);
      const printOrder: A.FunctionNode[] = [];
      const visit = (f: A.FunctionNode) => {
        printOrder.push(f);
        for (const child of all) if (child.parent === f) visit(child);
      };
      visit(all[0]);
      expect(printOrder.map((f) => ({ locals: f.locals.map((l) => l.name), upvalues: f.upvalues.map((u) => u.name) }))).toEqual(entry.functions);
    });
  }
});
