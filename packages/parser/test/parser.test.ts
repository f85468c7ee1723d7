// AST shapes and positions for every production of the Lua 5.1 grammar.
import { describe, expect, it } from 'vitest';
import { parse } from '@lupa/parser';
import type * as A from '@lupa/parser';

const body = (s: string) => parse(s, '=t').main.body.body;
const stat = (s: string) => body(s)[0];
/** The expression of `return <e>`. */
const exp = (s: string) => (stat('return ' + s) as A.ReturnStatement).values[0];
/** An expression as a compact S-expression, to check precedence and associativity. */
function sx(e: A.Expression): string {
  switch (e.type) {
    case 'Binary': return `(${sx(e.left)} ${e.op} ${sx(e.right)})`;
    case 'Unary': return `(${e.op} ${sx(e.argument)})`;
    case 'Name': return e.name;
    case 'Number': return String(e.value);
    case 'String': return JSON.stringify(e.value);
    case 'Paren': return `[${sx(e.expression)}]`;
    case 'Call': return `${sx(e.callee)}(${e.args.map(sx).join(', ')})`;
    case 'MethodCall': return `${sx(e.object)}:${e.method}(${e.args.map(sx).join(', ')})`;
    case 'Index': return e.dot ? `${sx(e.object)}.${(e.key as A.StringLiteral).value}` : `${sx(e.object)}[${sx(e.key)}]`;
    default: return e.type;
  }
}
const pos = (n: A.Range) => [n.line, n.column, n.endLine, n.endColumn];

describe('expressions', () => {
  it('simple expressions', () => {
    expect(exp('nil')).toMatchObject({ type: 'Nil' });
    expect(exp('true')).toMatchObject({ type: 'True' });
    expect(exp('false')).toMatchObject({ type: 'False' });
    expect(exp('...')).toMatchObject({ type: 'Vararg' });
    expect(exp('12.5')).toMatchObject({ type: 'Number', value: 12.5 });
    expect(exp('"s"')).toMatchObject({ type: 'String', value: 's' });
    expect(exp('x')).toMatchObject({ type: 'Name', name: 'x', kind: 'global', decl: null, upvalueIndex: -1 });
  });

  it('follows Lua 5.1 precedence and associativity', () => {
    expect(sx(exp('1 + 2 * 3 ^ 4 ^ 5'))).toBe('(1 + (2 * (3 ^ (4 ^ 5))))');
    expect(sx(exp('a .. b .. c'))).toBe('(a .. (b .. c))');
    expect(sx(exp('a - b - c'))).toBe('((a - b) - c)');
    expect(sx(exp('a / b % c * d'))).toBe('(((a / b) % c) * d)');
    expect(sx(exp('-a ^ b'))).toBe('(- (a ^ b))');
    expect(sx(exp('not a == b'))).toBe('((not a) == b)');
    expect(sx(exp('#t + 1'))).toBe('((# t) + 1)');
    expect(sx(exp('2 ^ -3'))).toBe('(2 ^ (- 3))');
    expect(sx(exp('a or b and c or d'))).toBe('((a or (b and c)) or d)');
    expect(sx(exp('a < b == c <= d'))).toBe('(((a < b) == c) <= d)');
    expect(sx(exp('1 .. 2 + 3'))).toBe('(1 .. (2 + 3))');
    expect(sx(exp('a + b .. c + d'))).toBe('((a + b) .. (c + d))');
    expect(sx(exp('a > b and c >= d or e ~= f'))).toBe('(((a > b) and (c >= d)) or (e ~= f))');
    expect(sx(exp('- - 1'))).toBe('(- (- 1))');
    expect(sx(exp('(a + b) * c'))).toBe('([(a + b)] * c)');
  });

  it('primary expressions: fields, indexes, calls, method calls', () => {
    expect(sx(exp('a.b[c]:d(1)(2)"s"{}.e'))).toBe('a.b[c]:d(1)(2)("s")(Table).e');
    const call = exp('f{1}') as A.Call;
    expect(call).toMatchObject({ type: 'Call', args: [{ type: 'Table' }] });
    const m = exp('o:m "x"') as A.MethodCall;
    expect(m).toMatchObject({ type: 'MethodCall', method: 'm', object: { name: 'o' }, args: [{ type: 'String', value: 'x' }] });
    const idx = exp('a.b') as A.Index;
    expect(idx).toMatchObject({ dot: true, key: { type: 'String', value: 'b' } });
    expect(exp('a["b"]')).toMatchObject({ dot: false, key: { type: 'String', value: 'b' } });
    expect(exp('f()')).toMatchObject({ type: 'Call', args: [] });
    expect(exp('f(1, ...)')).toMatchObject({ args: [{ type: 'Number' }, { type: 'Vararg' }] });
  });

  it('table constructors', () => {
    const t = exp('{1, x = 2; [3] = 4, f(), ...;}') as A.TableConstructor;
    expect(t.fields.map((f) => f.kind)).toEqual(['positional', 'named', 'keyed', 'positional', 'positional']);
    expect(t.fields[1]).toMatchObject({ key: { type: 'String', value: 'x' }, value: { value: 2 } });
    expect(t.fields[2]).toMatchObject({ key: { type: 'Number', value: 3 }, value: { value: 4 } });
    expect(t.fields[0].key).toBeNull();
    expect((exp('{}') as A.TableConstructor).fields).toEqual([]);
    expect((exp('{x}') as A.TableConstructor).fields[0]).toMatchObject({ kind: 'positional', value: { type: 'Name', name: 'x' } });
    expect((exp('{x == 1}') as A.TableConstructor).fields[0]).toMatchObject({ kind: 'positional', value: { type: 'Binary', op: '==' } });
  });

  it('function expressions', () => {
    const f = exp('function(a, b, ...) return a end') as A.FunctionNode;
    expect(f).toMatchObject({ type: 'Function', isVararg: true, isMethod: false, lineDefined: 1, lastLineDefined: 1 });
    expect(f.params.map((p) => p.name)).toEqual(['a', 'b']);
    expect(f.body.body[0]).toMatchObject({ type: 'Return' });
    const g = exp('function\n\n()\nend') as A.FunctionNode;
    expect([g.lineDefined, g.lastLineDefined]).toEqual([3, 4]); // luac: the line after `function`
  });
});

describe('statements', () => {
  it('local and assignment', () => {
    expect(stat('local a, b = 1, 2, 3')).toMatchObject({ type: 'Local', vars: [{ name: 'a' }, { name: 'b' }], values: [{}, {}, {}] });
    expect(stat('local a')).toMatchObject({ type: 'Local', values: [] });
    expect(stat('a, b.c, d[1] = f()')).toMatchObject({
      type: 'Assign', targets: [{ type: 'Name' }, { type: 'Index', dot: true }, { type: 'Index', dot: false }], values: [{ type: 'Call' }],
    });
  });

  it('call statements', () => {
    expect(stat('f(1)')).toMatchObject({ type: 'CallStatement', call: { type: 'Call' } });
    expect(stat('a.b:c()')).toMatchObject({ type: 'CallStatement', call: { type: 'MethodCall', method: 'c' } });
    expect(stat('f"s"')).toMatchObject({ type: 'CallStatement' });
  });

  it('blocks and control structures', () => {
    expect(stat('do local x end')).toMatchObject({ type: 'Do', body: { type: 'Block', body: [{ type: 'Local' }] } });
    expect(stat('while x do break end')).toMatchObject({ type: 'While', condition: { name: 'x' }, body: { body: [{ type: 'Break' }] } });
    expect(stat('repeat local y until y')).toMatchObject({ type: 'Repeat', condition: { name: 'y', kind: 'local' } });
    expect(stat('if a then elseif b then x() else y() end')).toMatchObject({
      type: 'If', clauses: [{ type: 'IfClause', condition: { name: 'a' } }, { condition: { name: 'b' } }], orelse: { body: [{}] },
    });
    expect((stat('if a then end') as A.IfStatement).orelse).toBeNull();
    expect(stat('for i = 1, 10 do end')).toMatchObject({ type: 'NumericFor', variable: { name: 'i' }, start: { value: 1 }, limit: { value: 10 }, step: null });
    expect(stat('for i = 1, 10, 2 do end')).toMatchObject({ step: { value: 2 } });
    expect(stat('for k, v in pairs(t) do end')).toMatchObject({ type: 'GenericFor', variables: [{ name: 'k' }, { name: 'v' }], iterators: [{ type: 'Call' }] });
    expect(stat('for k in a, b, c do end')).toMatchObject({ iterators: [{}, {}, {}] });
  });

  it('function statements', () => {
    const f = stat('function a.b.c:m(x) return self end') as A.FunctionStatement;
    expect(sx(f.target)).toBe('a.b.c.m');
    expect(f.func.isMethod).toBe(true);
    expect(f.func.params.map((p) => p.name)).toEqual(['self', 'x']);
    expect(stat('function f() end')).toMatchObject({ type: 'FunctionStatement', target: { type: 'Name', name: 'f', kind: 'global' } });
    expect(stat('local function f() end')).toMatchObject({ type: 'LocalFunction', variable: { name: 'f' }, func: { type: 'Function' } });
  });

  it('return and break end their block', () => {
    expect(stat('return')).toMatchObject({ type: 'Return', values: [] });
    expect(stat('return;')).toMatchObject({ type: 'Return', values: [] });
    expect(stat('return 1, 2')).toMatchObject({ values: [{}, {}] });
    expect(body('x = 1; y = 2;').length).toBe(2);
  });
});

describe('positions', () => {
  it('ranges cover first to last token', () => {
    const s = stat('local x = a + b * c') as A.LocalStatement;
    expect(pos(s)).toEqual([1, 0, 1, 19]);
    expect(pos(s.vars[0])).toEqual([1, 6, 1, 7]);
    const add = s.values[0] as A.Binary;
    expect(pos(add)).toEqual([1, 10, 1, 19]);
    expect(pos(add.right)).toEqual([1, 14, 1, 19]);
    const f = stat('function t.m:x()\n  return 1\nend') as A.FunctionStatement;
    expect(pos(f)).toEqual([1, 0, 3, 3]);
    expect(pos(f.func)).toEqual([1, 0, 3, 3]);
    expect(pos(f.target)).toEqual([1, 9, 1, 14]);
    expect(pos(f.func.body)).toEqual([2, 2, 2, 10]);
    const l = stat('local function g() end') as A.LocalFunctionStatement;
    expect(pos(l)).toEqual([1, 0, 1, 22]);
    expect(pos(l.func)).toEqual([1, 6, 1, 22]);
    expect(pos(l.variable)).toEqual([1, 15, 1, 16]);
    const c = stat('  obj:m(1,\n 2)') as A.CallStatement;
    expect(pos(c)).toEqual([1, 2, 2, 3]);
    const fr = stat('for i = 1, 2 do end') as A.NumericFor;
    expect(pos(fr)).toEqual([1, 0, 1, 19]);
    expect(pos(fr.variable)).toEqual([1, 4, 1, 5]);
    const t = exp('{ [1] = 2, x = 3 }') as A.TableConstructor;
    expect(t.fields.map(pos)).toEqual([[1, 9, 1, 16], [1, 18, 1, 23]]);
    expect(pos(exp('(a)'))).toEqual([1, 7, 1, 10]);
    expect(pos(exp('"a\\nb"'))).toEqual([1, 7, 1, 13]);
  });

  it('empty blocks sit at the token that ends them', () => {
    const d = stat('do  end') as A.DoStatement;
    expect(pos(d.body)).toEqual([1, 4, 1, 4]);
  });

  it('the main function spans the chunk', () => {
    const chunk = parse('\n  x = 1\n', '@f.lua');
    expect(chunk).toMatchObject({ type: 'Chunk', chunkName: '@f.lua' });
    expect(chunk.main).toMatchObject({ isVararg: true, lineDefined: 0, lastLineDefined: 0, parent: null, params: [], compatArg: null, needsArg: false });
    expect(pos(chunk.main)).toEqual([1, 0, 2, 7]);
  });
});

describe('valid programs', () => {
  it('parses an empty chunk and comments only', () => {
    expect(body('')).toEqual([]);
    expect(body('-- nothing\n--[[ at ]] ')).toEqual([]);
  });

  it('allows `f\\n(...)` inside a table constructor after a lookahead (luac quirk)', () => {
    expect(exp('{f\n(1)}')).toMatchObject({ fields: [{ value: { type: 'Call' } }] });
  });
});

describe('call lines', () => {
  it('record where the arguments start, as luac fixes the CALL line', () => {
    const c = stat('obj\n.field:method(\n1)') as A.CallStatement;
    expect(c.call).toMatchObject({ type: 'MethodCall', line: 1, callLine: 2 });
    expect(exp('f{\n}')).toMatchObject({ type: 'Call', line: 1, callLine: 1 });
    expect(exp('a.b\n.c "s"')).toMatchObject({ type: 'Call', line: 1, callLine: 2 });
  });
});
