/**
 * The Lua 5.1 lexer (llex.c), working on byte strings.
 *
 * The source is a JS string with one char code (0–255) per byte. The lexer compares char codes
 * only, keeps its hot state (`pos`, `line`) in fields read into locals, and produces one token
 * per `scan()` call into plain fields (kind, value, start position) that the parser copies.
 *
 * Lua's quirks are kept on purpose, because messages must match byte for byte:
 * - error lines are the line the lexer stands on when it finds the error;
 * - the `near` text of a name, number or string is Lua's token buffer: the raw numeral or name,
 *   and for strings the delimiters around the *processed* value (so `"a\tb` shows a real tab);
 * - llex's `check_next` uses `strchr`, which also matches the NUL byte: `.` followed by NUL lexes
 *   as `..`, and a NUL after a numeral's digits is taken as its `e`;
 * - `[[` inside a level-0 long string or comment is an error (LUA_COMPAT_LSTR == 1).
 */

import { Token, reservedWords, tokenToString } from './tokens.js';
import { Msg, raiseSyntaxError } from './errors.js';
import { str2number } from './numbers.js';

// character classes (C locale ctype): bit flags indexed by byte
const SPACE = 1; // isspace, except newlines
const DIGIT = 2;
const ALPHA = 4; // letters and '_'
const NEWLINE = 8;
const charClass = new Uint8Array(256);
/** Name ids start above every token kind, so one map serves reserved words and names. */
const FIRST_NAME_ID = 1024;
for (let c = 0; c < 256; c++) {
  if (c === 32 || c === 9 || c === 11 || c === 12) charClass[c] = SPACE;
  else if (c === 10 || c === 13) charClass[c] = NEWLINE;
  else if (c >= 48 && c <= 57) charClass[c] = DIGIT;
  else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) charClass[c] = ALPHA;
}

export class Lexer {
  readonly source: string;
  readonly chunkName: string;
  private readonly length: number;
  /** Offset of the next unread byte. */
  pos = 0;
  /** Current line (`ls->linenumber`): the line the lexer stands on. */
  line = 1;
  /** Offset where the current line starts (columns are `offset - lineStart`). */
  lineStart = 0;

  // ---- the token just scanned
  /** Offset, line and column where it starts. */
  tokenStart = 0;
  tokenLine = 1;
  tokenColumn = 0;
  /** Name text or string value (byte string). Names are interned: one string per name. */
  value = '';
  /** For names: a small integer identifying the name (equal names, equal ids). */
  nameId = 0;
  /** Numeral value. */
  number = 0;
  /** Length of the string token's opening delimiter (1 for quotes, sep+2 for long strings). */
  private delimiter = 0;
  private lastKind: number = Token.Eos;
  /** Identifier text -> reserved word kind (< FIRST_NAME_ID) or name id. */
  private readonly ids = new Map<string, number>(reservedWords);
  /** Interned name strings, by `id - FIRST_NAME_ID`. */
  private readonly names: string[] = [];

  constructor(source: string, chunkName: string) {
    this.source = source;
    this.chunkName = chunkName;
    this.length = source.length;
  }

  /** The id of name `text` (as `nameId` would be for a Name token spelled so). */
  intern(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = FIRST_NAME_ID + this.names.length;
      this.names.push(text);
      this.ids.set(text, id);
    }
    return id;
  }

  /** Raises `msg` at the current line; `near` is a token kind whose text ends the message, or
   *  0 for none (luaX_lexerror). */
  error(msg: string, near: number): never {
    raiseSyntaxError(this.chunkName, this.line, msg, near === 0 ? null : this.nearText(near));
  }

  /** txtToken: Lua's buffer for names, strings and numerals; the kind's name otherwise. */
  nearText(kind: number): string {
    if (kind !== Token.Name && kind !== Token.Number && kind !== Token.String) return tokenToString(kind);
    // the buffer holds the last token scanned (the lookahead, if one was read)
    const s = this.source;
    switch (this.lastKind) {
      case Token.String: {
        const d = this.delimiter;
        return s.slice(this.tokenStart, this.tokenStart + d) + this.value + s.slice(this.pos - d, this.pos);
      }
      case Token.Name: case Token.Number:
        return s.slice(this.tokenStart, this.pos);
      default:
        return '';
    }
  }

  private errorWithText(msg: string, text: string): never {
    raiseSyntaxError(this.chunkName, this.line, msg, text);
  }

  /** Skips a newline sequence (`\n`, `\r`, `\n\r` or `\r\n`) at `pos` (inclinenumber). */
  private newline(): void {
    const s = this.source;
    const old = s.charCodeAt(this.pos++);
    const c = s.charCodeAt(this.pos);
    if ((c === 10 || c === 13) && c !== old) this.pos++;
    this.line++;
    this.lineStart = this.pos;
  }

  /** Scans the next token and returns its kind (llex). */
  scan(): number {
    const s = this.source;
    const length = this.length;
    for (;;) {
      let pos = this.pos;
      if (pos >= length) {
        this.tokenStart = pos;
        this.tokenLine = this.line;
        this.tokenColumn = pos - this.lineStart;
        return (this.lastKind = Token.Eos);
      }
      const c = s.charCodeAt(pos);
      this.tokenStart = pos;
      this.tokenLine = this.line;
      this.tokenColumn = pos - this.lineStart;
      let kind: number;
      switch (c) {
        case 10: case 13: // newline
          this.newline();
          continue;
        case 32: case 9: case 11: case 12: // other whitespace
          pos++;
          while (pos < length && charClass[s.charCodeAt(pos)] === SPACE) pos++;
          this.pos = pos;
          continue;
        case 45: // -
          if (s.charCodeAt(pos + 1) !== 45) { this.pos = pos + 1; kind = Token.Minus; break; }
          this.pos = pos + 2;
          this.skipComment();
          continue;
        case 91: { // [
          const sep = this.skipSeparator();
          if (sep >= 0) { kind = this.readLongString(sep); break; }
          if (sep === -1) { kind = Token.LBracket; break; }
          this.errorWithText(Msg.invalidLongDelimiter, s.slice(pos, this.pos));
        }
        case 61: // =
          if (s.charCodeAt(pos + 1) === 61) { this.pos = pos + 2; kind = Token.Eq; } else { this.pos = pos + 1; kind = Token.Assign; }
          break;
        case 60: // <
          if (s.charCodeAt(pos + 1) === 61) { this.pos = pos + 2; kind = Token.Le; } else { this.pos = pos + 1; kind = Token.Lt; }
          break;
        case 62: // >
          if (s.charCodeAt(pos + 1) === 61) { this.pos = pos + 2; kind = Token.Ge; } else { this.pos = pos + 1; kind = Token.Gt; }
          break;
        case 126: // ~
          if (s.charCodeAt(pos + 1) === 61) { this.pos = pos + 2; kind = Token.Ne; } else { this.pos = pos + 1; kind = Token.Tilde; }
          break;
        case 34: case 39: // " '
          kind = this.readString(c);
          break;
        case 46: { // .
          const d = s.charCodeAt(pos + 1);
          if (d === 46 || (d === 0 && pos + 1 < length)) { // check_next also matches NUL
            const e = s.charCodeAt(pos + 2);
            if (e === 46 || (e === 0 && pos + 2 < length)) { this.pos = pos + 3; kind = Token.Dots; } else { this.pos = pos + 2; kind = Token.Concat; }
          } else if (d >= 48 && d <= 57) {
            kind = this.readNumeral();
          } else {
            this.pos = pos + 1;
            kind = Token.Dot;
          }
          break;
        }
        default: {
          const cls = charClass[c];
          if (cls === ALPHA) {
            pos++;
            while (pos < length && (charClass[s.charCodeAt(pos)] & (ALPHA | DIGIT)) !== 0) pos++;
            this.pos = pos;
            const id = this.intern(s.slice(this.tokenStart, pos));
            if (id < FIRST_NAME_ID) {
              kind = id;
            } else {
              kind = Token.Name;
              this.nameId = id;
              this.value = this.names[id - FIRST_NAME_ID];
            }
          } else if (cls === DIGIT) {
            kind = this.readNumeral();
          } else {
            this.pos = pos + 1;
            // not a byte string (a caller bug): keep kinds of stray chars below FIRST_RESERVED
            if (c > 255) this.errorWithText(Msg.unexpectedSymbol, s[pos]);
            kind = c; // single-char token, or a stray byte
          }
        }
      }
      return (this.lastKind = kind);
    }
  }

  /** After `--`: a long comment `--[==[ ... ]==]` or a comment to the end of the line. */
  private skipComment(): void {
    const s = this.source;
    if (s.charCodeAt(this.pos) === 91 /* [ */) {
      const sep = this.skipSeparator();
      if (sep >= 0) {
        this.readLongBody(sep, false);
        return;
      }
    }
    let pos = this.pos;
    const length = this.length;
    while (pos < length) {
      const c = s.charCodeAt(pos);
      if (c === 10 || c === 13) break;
      pos++;
    }
    this.pos = pos;
  }

  /** At `[` or `]`: skips it and the `=` that follow; returns their count when the same bracket
   *  follows, else `-count - 1` (skip_sep). Leaves `pos` on the second bracket. */
  private skipSeparator(): number {
    const s = this.source;
    let pos = this.pos;
    const bracket = s.charCodeAt(pos++);
    let count = 0;
    while (s.charCodeAt(pos) === 61 /* = */) { pos++; count++; }
    this.pos = pos;
    return s.charCodeAt(pos) === bracket ? count : -count - 1;
  }

  private readLongString(sep: number): number {
    const start = this.tokenStart;
    this.value = this.readLongBody(sep, true);
    this.delimiter = sep + 2;
    this.tokenStart = start;
    return Token.String;
  }

  /** The body of a long string or comment; `pos` is on the second `[` of the opening. Returns
   *  the value with newline sequences read as `\n` and a first newline dropped. */
  private readLongBody(sep: number, isString: boolean): string {
    const s = this.source;
    const length = this.length;
    this.pos++; // second [
    let c = s.charCodeAt(this.pos);
    if (c === 10 || c === 13) this.newline();
    const contentStart = this.pos;
    let sawCR = false;
    for (;;) {
      const pos = this.pos;
      if (pos >= length) this.error(isString ? Msg.unfinishedLongString : Msg.unfinishedLongComment, Token.Eos);
      c = s.charCodeAt(pos);
      if (c === 93 /* ] */) {
        if (this.skipSeparator() === sep) {
          const contentEnd = pos;
          this.pos++; // second ]
          if (!isString) return '';
          const text = s.slice(contentStart, contentEnd);
          return sawCR ? text.replace(/\n\r|\r\n?/g, '\n') : text;
        }
      } else if (c === 91 /* [ */) {
        if (this.skipSeparator() === sep) {
          this.pos++; // second [
          if (sep === 0) this.error(Msg.nestedLongString, Token.LBracket);
        }
      } else if (c === 10 || c === 13) {
        if (c === 13 || s.charCodeAt(pos + 1) === 13) sawCR = true;
        this.newline();
      } else {
        this.pos = pos + 1;
      }
    }
  }

  /** A quoted string with escapes (read_string); `pos` is on the opening quote. */
  private readString(quote: number): number {
    const s = this.source;
    const length = this.length;
    let pos = this.pos + 1;
    let chunkStart = pos;
    let value = '';
    let escaped = false;
    for (;;) {
      if (pos >= length) {
        this.pos = pos;
        this.error(Msg.unfinishedString, Token.Eos);
      }
      const c = s.charCodeAt(pos);
      if (c === quote) break;
      if (c === 10 || c === 13) {
        this.pos = pos;
        this.errorWithText(Msg.unfinishedString, s[this.tokenStart] + value + s.slice(chunkStart, pos));
      }
      if (c !== 92 /* \ */) { pos++; continue; }
      escaped = true;
      value += s.slice(chunkStart, pos);
      pos++;
      if (pos >= length) { chunkStart = pos; continue; }
      const e = s.charCodeAt(pos);
      let byte: number;
      switch (e) {
        case 97: byte = 7; break; // \a
        case 98: byte = 8; break; // \b
        case 102: byte = 12; break; // \f
        case 110: byte = 10; break; // \n
        case 114: byte = 13; break; // \r
        case 116: byte = 9; break; // \t
        case 118: byte = 11; break; // \v
        case 10: case 13: // \ followed by a newline sequence
          value += '\n';
          this.pos = pos;
          this.newline();
          pos = chunkStart = this.pos;
          continue;
        default:
          if (e < 48 || e > 57) { byte = e; break; } // \\ \" \' and any other char: itself
          byte = 0;
          let n = 0;
          do {
            byte = byte * 10 + (s.charCodeAt(pos) - 48);
            pos++;
          } while (++n < 3 && pos < length && s.charCodeAt(pos) >= 48 && s.charCodeAt(pos) <= 57);
          if (byte > 255) {
            this.pos = pos;
            this.errorWithText(Msg.escapeTooLarge, s[this.tokenStart] + value);
          }
          value += String.fromCharCode(byte);
          chunkStart = pos;
          continue;
      }
      value += String.fromCharCode(byte);
      pos++;
      chunkStart = pos;
    }
    this.value = escaped ? value + s.slice(chunkStart, pos) : s.slice(chunkStart, pos);
    this.pos = pos + 1;
    this.delimiter = 1;
    return Token.String;
  }

  /** A numeral (read_numeral): digits and dots, an optional exponent sign after `e`/`E`, then any
   *  letters, digits and underscores; converted as `luaO_str2d` does. */
  private readNumeral(): number {
    const s = this.source;
    const length = this.length;
    const start = this.tokenStart;
    let pos = start;
    let c = s.charCodeAt(pos);
    let simple = 0; // value while the numeral is plain decimal digits
    let digits = 0;
    do {
      if (c === 46) digits = 100; // not a plain integer
      else { simple = simple * 10 + (c - 48); digits++; }
      c = s.charCodeAt(++pos);
    } while ((c >= 48 && c <= 57) || c === 46);
    let plain = digits <= 15;
    if ((c === 69 || c === 101 || c === 0) && pos < length) { // check_next("Ee"), NUL included
      plain = false;
      c = s.charCodeAt(++pos);
      if ((c === 43 || c === 45 || c === 0) && pos < length) c = s.charCodeAt(++pos);
    }
    while (pos < length && (charClass[c] & (ALPHA | DIGIT)) !== 0) {
      plain = false;
      c = s.charCodeAt(++pos);
    }
    this.pos = pos;
    if (plain) {
      this.number = simple;
    } else {
      const n = str2number(s.slice(start, pos));
      if (n === undefined) this.errorWithText(Msg.malformedNumber, s.slice(start, pos));
      this.number = n;
    }
    return Token.Number;
  }
}

/** One token of a `tokenize` dump. */
export interface TokenInfo {
  kind: number;
  /** Raw source text of the token. */
  text: string;
  /** Name text, string value or numeral value; null for other tokens. */
  value: string | number | null;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** All tokens of `source` up to and including the end-of-stream token; throws LuaSyntaxError. */
export function tokenize(source: string, chunkName: string): TokenInfo[] {
  const lexer = new Lexer(source, chunkName);
  const out: TokenInfo[] = [];
  for (;;) {
    const kind = lexer.scan();
    const value = kind === Token.Number ? lexer.number : kind === Token.Name || kind === Token.String ? lexer.value : null;
    out.push({
      kind,
      text: source.slice(lexer.tokenStart, lexer.pos),
      value,
      line: lexer.tokenLine,
      column: lexer.tokenColumn,
      endLine: lexer.line,
      endColumn: lexer.pos - lexer.lineStart,
    });
    if (kind === Token.Eos) return out;
  }
}
