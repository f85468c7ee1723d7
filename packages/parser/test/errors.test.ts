// Syntax errors, byte for byte as luac5.1 / lua5.1 word them (expectations recorded in
// fixtures/errors.json by fixtures/gen-errors.mjs).
import { describe, expect, it } from 'vitest';
import { LuaSyntaxError, chunkId, parse, stripShebang } from '@lupa/parser';
import { errorCases } from './fixtures.js';

function outcome(source: string, chunkName: string, baseLevel = 1): string | null {
  try {
    parse(source, chunkName, { baseLevel });
    return null;
  } catch (e) {
    if (e instanceof LuaSyntaxError) return e.message;
    throw e;
  }
}

const label = (s: string) => JSON.stringify(s.length > 60 ? s.slice(0, 57) + '...' : s);

describe('corpus: luac5.1 -p', () => {
  const cases = errorCases.filter((c) => c.via === 'luac');
  it('has at least 150 malformed programs', () => {
    expect(cases.filter((c) => c.expected !== null).length).toBeGreaterThanOrEqual(150);
  });
  for (const c of cases) {
    if (c.codegen) {
      // code-generation limits (register overflow...) are the compiler's to report (its tests and
      // `lupac -p` check luac's message); the parser must accept these programs
      it(`${label(c.source)} -> parses (the compiler reports: ${c.expected})`, () => {
        expect(outcome(stripShebang(c.source), c.chunkName, c.baseLevel)).toBe(null);
      });
      continue;
    }
    it(`${label(c.source)} -> ${c.expected ?? 'ok'}`, () => {
      expect(outcome(stripShebang(c.source), c.chunkName, c.baseLevel)).toBe(c.expected);
    });
  }
});

describe('corpus: loadstring chunk names', () => {
  for (const c of errorCases.filter((c) => c.via === 'loadstring')) {
    it(`${label(c.chunkName)} -> ${c.expected ?? 'ok'}`, () => {
      expect(outcome(c.source, c.chunkName, c.baseLevel)).toBe(c.expected);
    });
  }
});

describe('LuaSyntaxError', () => {
  it('carries message, line, reason and chunk name', () => {
    let error: unknown;
    try {
      parse('local x = 1\n\nfunction f(\n', '@a/b.lua');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LuaSyntaxError);
    expect(error).toBeInstanceOf(Error);
    const e = error as LuaSyntaxError;
    expect(e.message).toBe("a/b.lua:4: <name> or '...' expected near '<eof>'");
    expect(e.line).toBe(4);
    expect(e.reason).toBe("<name> or '...' expected near '<eof>'");
    expect(e.chunkName).toBe('@a/b.lua');
    expect(e.name).toBe('LuaSyntaxError');
  });

  it('reports the line where the lexer stands, past multi-line tokens', () => {
    expect(outcome('x = [[\n\n]] y', '=t')).toBe("t:3: '=' expected near '<eof>'");
    expect(outcome('x = 1 + \n\n\n', '=t')).toBe("t:4: unexpected symbol near '<eof>'");
  });

  it('shows strings with their processed value and original delimiters', () => {
    expect(outcome('x = "a\\tb" y', '=t')).toBe("t:1: '=' expected near '<eof>'");
    expect(outcome('x "a\\tb"', '=t')).toBe(null);
    expect(outcome('x = 1 "a\\65"', '=t')).toBe('t:1: unexpected symbol near \'"aA"\'');
    expect(outcome('x = 1 [==[\nab]==]', '=t')).toBe("t:2: unexpected symbol near '[==[ab]==]'");
  });

  it('drops the near part when the token is a NUL byte', () => {
    expect(outcome('f(a\0)', '=t')).toBe("t:1: ')' expected");
    expect(outcome('f(1\0)', '=t')).toBe(null); // the NUL is taken as the numeral's exponent mark
  });
});

describe('chunkId', () => {
  it('follows luaO_chunkid', () => {
    expect(chunkId('=stdin')).toBe('stdin');
    expect(chunkId('@file.lua')).toBe('file.lua');
    expect(chunkId('x = 1')).toBe('[string "x = 1"]');
    expect(chunkId('line1\nline2')).toBe('[string "line1..."]');
    expect(chunkId('')).toBe('[string ""]');
    expect(chunkId('=' + 'a'.repeat(100))).toBe('a'.repeat(79));
    expect(chunkId('@' + 'b'.repeat(73))).toBe('...' + 'b'.repeat(72));
    expect(chunkId('c'.repeat(64))).toBe(`[string "${'c'.repeat(63)}..."]`);
    expect(chunkId('nul\0after')).toBe('[string "nul"]');
  });
});

describe('limits outside the corpus (messages recorded from luac5.1)', () => {
  it('32767 local declarations per function, hidden for-loop variables included', () => {
    expect(outcome('do local a end '.repeat(32767), '@big.lua')).toBe(null);
    expect(outcome('do local a end '.repeat(32768), '@big.lua')).toBe('too many local variables');
    expect(outcome('do local a end '.repeat(32765) + ' for i=1,2 do end', '@big.lua')).toBe('too many local variables');
    expect(outcome('local function f() ' + 'do local a end '.repeat(32768) + ' end', '@big.lua')).toBe('too many local variables');
  });
});
