// The lexer: token kinds, string values byte for byte, numerals as lua_str2number reads them.
import { describe, expect, it } from 'vitest';
import {
  FIRST_RESERVED, LAST_RESERVED, Token, bytesToLuaString, luaStringToBytes, str2number, stripShebang,
  tokenKindName, tokenNames, tokenToString, tokenize,
} from '@lupa/parser';

const kinds = (s: string) => tokenize(s, '=t').map((t) => t.kind);
const values = (s: string) => tokenize(s, '=t').filter((t) => t.value !== null).map((t) => t.value);
const str = (s: string) => values(s)[0];

describe('token kinds', () => {
  it('name table matches the enum (ORDER RESERVED)', () => {
    expect(tokenNames.length).toBe(Token.Eos - FIRST_RESERVED + 1);
    expect(tokenToString(Token.And)).toBe('and');
    expect(tokenToString(Token.While)).toBe('while');
    expect(LAST_RESERVED).toBe(Token.While);
    expect(tokenToString(Token.Concat)).toBe('..');
    expect(tokenToString(Token.Ne)).toBe('~=');
    expect(tokenToString(Token.Eos)).toBe('<eof>');
    expect(tokenToString(Token.Name)).toBe('<name>');
    expect(tokenToString(43)).toBe('+');
    expect(tokenToString(1)).toBe('char(1)');
    expect(tokenToString(127)).toBe('char(127)');
    expect(tokenToString(200)).toBe('\xc8');
    expect(tokenKindName(Token.Name)).toBe('NAME');
    expect(tokenKindName(Token.LParen)).toBe("'('");
  });

  it('scans every operator and keyword', () => {
    expect(kinds('+ - * / % ^ # == ~= <= >= < > = ( ) { } [ ] ; : , . .. ...')).toEqual([
      Token.Plus, Token.Minus, Token.Star, Token.Slash, Token.Percent, Token.Caret, Token.Hash, Token.Eq, Token.Ne,
      Token.Le, Token.Ge, Token.Lt, Token.Gt, Token.Assign, Token.LParen, Token.RParen, Token.LBrace, Token.RBrace,
      Token.LBracket, Token.RBracket, Token.Semicolon, Token.Colon, Token.Comma, Token.Dot, Token.Concat, Token.Dots, Token.Eos,
    ]);
    const words = tokenNames.slice(0, LAST_RESERVED - FIRST_RESERVED + 1);
    expect(kinds(words.join(' '))).toEqual([...words.map((_, i) => FIRST_RESERVED + i), Token.Eos]);
    expect(kinds('And _end end_ ends x1 _')).toEqual([Token.Name, Token.Name, Token.Name, Token.Name, Token.Name, Token.Name, Token.Eos]);
    expect(kinds('~ \x80 @')).toEqual([Token.Tilde, 0x80, 64, Token.Eos]);
  });

  it('records positions (1-based lines, 0-based byte columns, end just past the token)', () => {
    const t = tokenize('local x\n  = [[a\nb]] .. 1', '=t');
    expect(t.map((k) => [k.line, k.column, k.endLine, k.endColumn])).toEqual([
      [1, 0, 1, 5], [1, 6, 1, 7], [2, 2, 2, 3], [2, 4, 3, 3], [3, 4, 3, 6], [3, 7, 3, 8], [3, 8, 3, 8],
    ]);
  });

  it('counts \\r\\n, \\n\\r, \\r and \\n each as one line', () => {
    expect(tokenize('a\r\nb\n\rc\rd\ne\n\nf', '=t').map((k) => k.line)).toEqual([1, 2, 3, 4, 5, 7, 7]);
  });

  it('skips comments', () => {
    expect(values('a -- b\nc --[[ d\n]] e --[==[ ]] ]==] f --[ g\nh --[=x\ni')).toEqual(['a', 'c', 'e', 'f', 'h', 'i']);
  });
});

describe('strings', () => {
  it('decodes every escape', () => {
    expect(str('"\\a\\b\\f\\n\\r\\t\\v\\\\\\"\\\'"')).toBe('\x07\b\f\n\r\t\v\\"\'');
    expect(str("'\\q\\z\\x41'")).toBe('qzx41');
    expect(str('"\\0\\65\\0655\\255\\1a"')).toBe('\0A\x415\xff\x01a');
    expect(str('"a\\\nb\\\r\nc\\\n\rd\\\re"')).toBe('a\nb\nc\nd\ne');
  });

  it('keeps raw bytes', () => {
    expect(str('"\x00\xff\x80é"')).toBe('\x00\xff\x80é');
    expect(str(bytesToLuaString(Buffer.from('"héllo"', 'utf8')))).toBe('h\xc3\xa9llo');
  });

  it('reads long strings of every level, dropping a first newline', () => {
    expect(str('[[abc]]')).toBe('abc');
    expect(str('[[\nabc]]')).toBe('abc');
    expect(str('[[\r\nabc]]')).toBe('abc');
    expect(str('[[\n\nabc]]')).toBe('\nabc');
    expect(str('[==[a]]b]=]c]==]')).toBe('a]]b]=]c');
    expect(str('[=[a[[b]]]=]')).toBe('a[[b]]');
    expect(str('[=[a[=[b]=]')).toBe('a[=[b');
    expect(str('[[a\r\nb\n\rc\rd\\n]]')).toBe('a\nb\nc\nd\\n');
    expect(str('[====[]====]')).toBe('');
  });
});

describe('numerals', () => {
  const num = (s: string) => values(s)[0];
  it('reads decimal, exponent and hex numerals', () => {
    expect(num('42')).toBe(42);
    expect(num('3.25')).toBe(3.25);
    expect(num('.5')).toBe(0.5);
    expect(num('5.')).toBe(5);
    expect(num('1e3')).toBe(1000);
    expect(num('1E-2')).toBe(0.01);
    expect(num('2.5e+2')).toBe(250);
    expect(num('0x10')).toBe(16);
    expect(num('0XfF')).toBe(255);
    expect(num('0x1p4')).toBe(16);
    expect(num('007')).toBe(7);
    expect(num('123456789012345678901234567890')).toBe(1.2345678901234568e29);
    expect(num('1e999')).toBe(Infinity);
    expect(num('0x' + 'f'.repeat(20))).toBe(1.2089258196146292e24);
    expect(num('9007199254740993')).toBe(9007199254740992);
  });

  it('takes a NUL after the digits as the exponent mark (strchr quirk)', () => {
    expect(kinds('1\0 2')).toEqual([Token.Number, Token.Number, Token.Eos]);
    expect(kinds('a.\0b')).toEqual([Token.Name, Token.Concat, Token.Name, Token.Eos]);
    expect(kinds('.\0\0')).toEqual([Token.Dots, Token.Eos]);
  });
});

describe('str2number (luaO_str2d)', () => {
  it('accepts what strtod accepts, with surrounding whitespace', () => {
    expect(str2number(' 10 ')).toBe(10);
    expect(str2number('\t-0x10\n')).toBe(-16);
    expect(str2number('+1.5e1')).toBe(15);
    expect(str2number('inf')).toBe(Infinity);
    expect(str2number('-INFINITY')).toBe(-Infinity);
    expect(str2number('nan')).toBeNaN();
    expect(str2number('0x.8')).toBe(0.5);
    expect(str2number('0xA.8p1')).toBe(21);
    expect(str2number('5\0garbage')).toBe(5);
  });

  it('rejects the rest', () => {
    for (const s of ['', ' ', '1e', '0x', '0xg', '1x', '1 2', 'e5', '.', '-', '1..2', 'infx', '0x1p', '--1']) {
      expect(str2number(s), s).toBeUndefined();
    }
  });
});

describe('byte strings', () => {
  it('round-trips bytes', () => {
    const bytes = new Uint8Array(70000).map((_, i) => i & 255);
    const s = bytesToLuaString(bytes);
    expect(s.length).toBe(70000);
    expect(s.charCodeAt(65535)).toBe(255);
    expect(luaStringToBytes(s)).toEqual(bytes);
  });

  it('strips a first line starting with # the way luaL_loadfile does', () => {
    expect(stripShebang('#!/usr/bin/lua\nx = 1')).toBe('\nx = 1');
    expect(stripShebang('# only')).toBe('\n');
    expect(stripShebang('x = 1 # 2')).toBe('x = 1 # 2');
  });
});
