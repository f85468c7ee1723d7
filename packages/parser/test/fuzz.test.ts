// Robustness: on any input the parser returns an AST or throws LuaSyntaxError — never another
// exception (seeded random inputs, so failures reproduce). Plus agreement with luac5.1 on
// randomly edited real programs (expectations recorded in fixtures/mutations.json).
import { describe, expect, it } from 'vitest';
import { LuaSyntaxError, parse, stripShebang, tokenNames } from '@lupa/parser';
import { applyEdits, mutations, programs, prng } from './fixtures.js';

/** 'ok', or the syntax error message; anything else thrown fails the test with the input. */
function outcome(source: string): string {
  try {
    parse(source, '=fuzz');
    return 'ok';
  } catch (e) {
    if (e instanceof LuaSyntaxError) return e.message;
    throw new Error(`non-syntax error on ${JSON.stringify(source)}: ${(e as Error).stack}`);
  }
}

const SOUP = [
  ...tokenNames.slice(0, 21), '+', '-', '*', '/', '%', '^', '#', '==', '~=', '<=', '>=', '<', '>', '=', '(', ')', '{', '}',
  '[', ']', ';', ':', ',', '.', '..', '...', 'x', 'y', 'self', 'arg', '1', '0x1F', '1e5', '.5', '"s"', "'\\n'", '[[l]]',
  '[=[\n]=]', '--c\n', '--[[c]]', '\n', ' ', 'function f()', 'local x =', 'end', 'return', '"', '[[', '\\',
];

describe('never throws anything but LuaSyntaxError', () => {
  it('random byte strings', () => {
    const random = prng(1);
    for (let n = 0; n < 3000; n++) {
      const length = Math.floor(random() * 40);
      let s = '';
      for (let i = 0; i < length; i++) s += String.fromCharCode(Math.floor(random() * 256));
      outcome(s);
    }
  });

  it('random printable text', () => {
    const random = prng(2);
    for (let n = 0; n < 3000; n++) {
      const length = Math.floor(random() * 60);
      let s = '';
      for (let i = 0; i < length; i++) s += String.fromCharCode(32 + Math.floor(random() * 95));
      outcome(s);
    }
  });

  it('random token soups', () => {
    const random = prng(3);
    let accepted = 0;
    for (let n = 0; n < 5000; n++) {
      const length = 1 + Math.floor(random() * 25);
      const parts: string[] = [];
      for (let i = 0; i < length; i++) parts.push(SOUP[Math.floor(random() * SOUP.length)]);
      if (outcome(parts.join(' ')) === 'ok') accepted++;
    }
    expect(accepted).toBeGreaterThan(0);
  });

  it('randomly edited real programs', () => {
    const random = prng(4);
    const sources = [...programs.values()];
    for (let n = 0; n < 1500; n++) {
      let s = sources[Math.floor(random() * sources.length)];
      for (let k = 0; k < 1 + Math.floor(random() * 4); k++) {
        const at = Math.floor(random() * s.length);
        const r = random();
        if (r < 0.4) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(random() * 8));
        else if (r < 0.8) s = s.slice(0, at) + SOUP[Math.floor(random() * SOUP.length)] + s.slice(at);
        else s = s.slice(0, at) + String.fromCharCode(Math.floor(random() * 256)) + s.slice(at + 1);
      }
      outcome(s);
    }
  });

  it('very deep nesting of every recursive construct', () => {
    const deep = 100000;
    const shapes = [
      '('.repeat(deep), 'x = ' + '('.repeat(deep) + '1' + ')'.repeat(deep), 'x = ' + '{'.repeat(deep),
      'do '.repeat(deep), 'x = ' + '-'.repeat(deep) + '1', 'x = ' + 'not '.repeat(deep) + '1',
      'x = ' + 'a .. '.repeat(deep) + 'a', 'x = ' + 'a ^ '.repeat(deep) + 'a', 'x = ' + 'function() return '.repeat(deep),
      'if x then '.repeat(deep), 'x = ' + 'f('.repeat(deep), 'x = ' + 'a['.repeat(deep), 'a, '.repeat(deep) + 'a = 1',
      'repeat '.repeat(deep), 'while x do '.repeat(deep), 'for i = 1, 2 do '.repeat(deep),
      'local function f() '.repeat(deep), 'x = {' + '[{'.repeat(deep),
    ];
    for (const s of shapes) expect(outcome(s)).not.toBe('ok');
    expect(outcome('x = ' + 'a + '.repeat(deep) + 'a')).toBe('ok'); // left-associative chains do not nest
  });

  it('long inputs', () => {
    expect(outcome('local t = {' + '1, '.repeat(200000) + '}')).toBe('ok');
    expect(outcome('x = "' + 'a'.repeat(1 << 20) + '"')).toBe('ok');
    expect(outcome('--[[' + '\n'.repeat(100000) + ']] x = 1')).toBe('ok');
  });
});

describe('agrees with luac5.1 on edited programs', () => {
  it('has a few hundred recorded programs', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(300);
  });
  for (const [i, m] of mutations.entries()) {
    it.skipIf(m.codegen)(`#${i} ${m.file} -> ${m.expected ?? 'ok'}`, () => {
      const source = stripShebang(applyEdits(programs.get(m.file)!, m.edits));
      let got: string | null = null;
      try {
        parse(source, '@input.lua');
      } catch (e) {
        if (!(e instanceof LuaSyntaxError)) throw e;
        got = e.message;
      }
      expect(got).toBe(m.expected);
    });
  }
});

describe('inputs that are not byte strings', () => {
  it('reject stray chars above 255 with a syntax error', () => {
    expect(outcome('x = 1 \u20ac')).toBe("fuzz:1: unexpected symbol near '\u20ac'");
    expect(outcome('x = \u011d')).toBe("fuzz:1: unexpected symbol near '\u011d'");
  });
});
