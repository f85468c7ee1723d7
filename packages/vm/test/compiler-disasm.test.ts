// The disassembler's formatting details: luac's headers, operand and comment columns, "%.14g"
// numbers and C-escaped strings.
import { describe, expect, it } from 'vitest';
import { load } from '../src/compiler/index.js';
import { formatG14, listing, normalizeAddresses } from '../src/disasm.js';

describe('formatG14 (printf "%.14g", glibc)', () => {
  // [%.17g of a double, %.14g of it], printed by lua5.1
  const cases: [string, string][] = [
    ["0", "0"],
    ["1", "1"],
    ["-1", "-1"],
    ["0.10000000000000001", "0.1"],
    ["0.33333333333333331", "0.33333333333333"],
    ["-0.33333333333333331", "-0.33333333333333"],
    ["9007199254740992", "9.007199254741e+15"],
    ["9.2233720368547758e+18", "9.2233720368548e+18"],
    ["100000000000000", "1e+14"],
    ["1000000000000000", "1e+15"],
    ["10000000000000000", "1e+16"],
    ["123456789012345", "1.2345678901234e+14"],
    ["12345678901234568", "1.2345678901235e+16"],
    ["0.0001", "0.0001"],
    ["1.0000000000000001e-05", "1e-05"],
    ["0.00012345678901234001", "0.00012345678901234"],
    ["4.9406564584124654e-324", "4.9406564584125e-324"],
    ["2.2250738585072014e-308", "2.2250738585072e-308"],
    ["1.7976931348623157e+308", "1.7976931348623e+308"],
    ["Infinity", "inf"],
    ["-Infinity", "-inf"],
    ["100", "100"],
    ["1e+100", "1e+100"],
    ["3.14159265358979", "3.1415926535898"],
    ["2.5", "2.5"],
    ["0.5", "0.5"],
    ["1e+21", "1e+21"],
    ["999999999999999", "1e+15"],
    ["99999999999999.5", "1e+14"],
    ["0.30000000000000004", "0.3"],
    ["0.999999999999999", "1"],
    ["123.456", "123.456"],
    ["0", "0"],
    ["9.9999999999999694e-311", "1e-310"],
    ["12345678901234.5", "12345678901234"],
    ["1234567890123.45", "1234567890123.4"],
    ["999999999999995", "1e+15"],
    ["9.9999999999995004e-05", "9.9999999999995e-05"],
  ];
  for (const [x, want] of cases) it(`${x} -> ${want}`, () => expect(formatG14(Number(x))).toBe(want));
  it('prints the sign of zero', () => {
    expect(formatG14(0)).toBe('0');
    expect(formatG14(-0)).toBe('-0');
  });
});

describe('listing', () => {
  it('prints luac\'s header for each kind of chunk name', () => {
    expect(listing(load('local x = 1', '=stdin'), false)).toBe(
      '\nmain <stdin:0,0> (2 instructions, 8 bytes at 0x1)\n'
      + '0+ params, 2 slots, 0 upvalues, 1 local, 1 constant, 0 functions\n'
      + '\t1\t[1]\tLOADK    \t0 -1\t; 1\n'
      + '\t2\t[1]\tRETURN   \t0 1\n');
    expect(listing(load('return', 'return'), false).split('\n')[1]).toBe('main <(string):0,0> (2 instructions, 8 bytes at 0x1)');
    expect(listing(load('return', '@dir/f.lua'), false).split('\n')[1]).toBe('main <dir/f.lua:0,0> (2 instructions, 8 bytes at 0x1)');
  });

  it('numbers functions in preorder and lists them after their parent', () => {
    const text = listing(load('local function f() return function() end end\nlocal function g() end\n', '=t'), true);
    const headers = text.split('\n').filter((l) => /^(main|function) </.test(l));
    expect(headers.map((h) => h.replace(/ \(.*at /, ' at '))).toEqual([
      'main <t:0,0> at 0x1)', 'function <t:1,1> at 0x2)', 'function <t:1,1> at 0x3)', 'function <t:2,2> at 0x4)',
    ]);
    expect(text).toContain('\tCLOSURE  \t0 0\t; 0x2\n');
    expect(text).toContain('\tCLOSURE  \t1 1\t; 0x4\n');
    expect(text).toContain('constants (0) for 0x3:\n');
  });

  it('escapes strings as luac\'s PrintString does', () => {
    const text = listing(load('local s = "q\\"\\\\\\a\\b\\f\\n\\r\\t\\v\\0\\127\\200\\255 ~"', '=s'), false);
    expect(text).toContain('; "q\\"\\\\\\a\\b\\f\\n\\r\\t\\v\\000\\127\\200\\255 ~"\n');
  });

  it('prints SETLIST batch numbers above 511 from the extra word', () => {
    const src = 'local t = {' + '1,'.repeat(25551) + '}';
    const lines = listing(load(src, '=t'), false).split('\n');
    const setlists = lines.filter((l) => l.includes('SETLIST'));
    expect(setlists[setlists.length - 1]).toMatch(/SETLIST  \t0 1 0\t; 512$/);
  });
});

describe('normalizeAddresses', () => {
  it('renumbers addresses in order of appearance, leaving strings alone', () => {
    const luac = '\nmain <x:0,0> (1 instruction, 4 bytes at 0x55d0aa)\n\t1\t[1]\tCLOSURE  \t0 0\t; 0x77ff\n'
      + '\t2\t[1]\tLOADK    \t1 -1\t; "0x55d0aa"\nconstants (1) for 0x55d0aa:\n';
    expect(normalizeAddresses(luac)).toBe('\nmain <x:0,0> (1 instruction, 4 bytes at 0x1)\n\t1\t[1]\tCLOSURE  \t0 0\t; 0x2\n'
      + '\t2\t[1]\tLOADK    \t1 -1\t; "0x55d0aa"\nconstants (1) for 0x1:\n');
  });
});
