/**
 * Token positions: where luac's line numbers come from.
 *
 * luac stamps every instruction with `ls->lastline`, the line of the last token the parser
 * *consumed* when the instruction was emitted. That token is often not at a node boundary: the
 * operator of `a + b` (a global `a` is loaded after the `+` is read), the comma after a call
 * argument, the `do` of a `for` (FORPREP), the token before a `{` (NEWTABLE) or `...` (VARARG).
 * The AST keeps only node ranges, so the compiler re-lexes the source with the parser's lexer
 * and keeps every token's position in typed arrays. Walking the AST, it sets `last` to the index
 * of the token luac's parser would have consumed last at each point, and emission reads the line
 * from there; code-generation errors read the current token (`last + 1`) for `line: msg near 'x'`.
 *
 * One quirk is modelled explicitly: inside a table constructor, a field starting with a name
 * makes luac read one token ahead (`luaX_lookahead`), which moves `ls->linenumber`; once that
 * name is consumed, `lastline` is the line of the token *after* it (`lookahead`).
 *
 * Without the source text (`compile(chunk)` alone) token indices degrade to line numbers: a
 * token is assumed to lie on the line where the neighbouring node ends or starts. This is right
 * for most code, but only the exact mode reproduces luac line for line.
 */

import { Lexer, Token, tokenToString } from '@lupa/parser';
import type { Range } from '@lupa/parser';

/** Kind reported for tokens in line-only mode and for the virtual token before the first one. */
export const NO_TOKEN = -1;

export class Tokens {
  /** Index of the last consumed token (a line number in line-only mode). */
  last = 0;
  /** False when built without source: indices are then line numbers. */
  readonly exact: boolean;
  private readonly source: string;
  private readonly chunkName: string;
  /** Number of real tokens; index 0 is a virtual token before them (line 1), count+1 is `<eof>`. */
  private readonly count: number;
  private readonly kinds: Int32Array;
  private readonly starts: Int32Array;
  private readonly lines: Int32Array;
  private readonly columns: Int32Array;
  private readonly endLines: Int32Array;
  private readonly endColumns: Int32Array;
  /** `lastline` once the token is consumed: its end line, or the next token's (lookahead). */
  private readonly consumeLines: Int32Array;

  constructor(source: string | null, chunkName: string) {
    this.source = source ?? '';
    this.chunkName = chunkName;
    const t = source === null ? null : scan(source, chunkName);
    this.exact = t !== null;
    this.count = t === null ? 0 : t.count;
    this.kinds = t?.kinds ?? new Int32Array([NO_TOKEN]);
    this.starts = t?.starts ?? new Int32Array(1);
    this.lines = t?.lines ?? new Int32Array([1]);
    this.columns = t?.columns ?? new Int32Array(1);
    this.endLines = t?.endLines ?? new Int32Array([1]);
    this.endColumns = t?.endColumns ?? new Int32Array(1);
    this.consumeLines = this.endLines.slice();
  }

  /** Before the first token: `lastline` is 1. */
  start(): void {
    this.last = this.exact ? 0 : 1;
  }

  /** `ls->lastline`: the line instructions are stamped with. */
  lastLine(): number {
    return this.exact ? this.consumeLines[this.last] : this.last;
  }

  /** `ls->linenumber`: the line of the current token (where error messages point). */
  currentLine(): number {
    return this.exact ? this.endLines[this.current()] : this.last;
  }

  /** The last real token (what the main function's final RETURN is stamped with). */
  lastToken(main: Range): number {
    return this.exact ? this.count : main.endLine;
  }

  kind(i: number): number {
    return this.exact ? this.kinds[i] : NO_TOKEN;
  }

  /** The line where token `i` ends. */
  endLine(i: number): number {
    return this.exact ? this.endLines[i] : i;
  }

  next(i: number): number {
    return this.exact ? Math.min(i + 1, this.count + 1) : i;
  }

  prev(i: number): number {
    return this.exact ? Math.max(i - 1, 0) : i;
  }

  /** The first token of a node. */
  first(node: Range): number {
    if (!this.exact) return node.line;
    const line = node.line;
    const column = node.column;
    const lines = this.lines;
    const columns = this.columns;
    // the first token starting at or after the node's start, searched from the cursor outwards
    let lo = 0; // a token before the position (index 0 counts as such)
    let hi = this.count + 1; // a token at or after it (<eof> counts as such)
    let probe = Math.min(Math.max(this.last, 1), hi);
    for (let step = 1; ; step *= 2) {
      if (before(lines[probe], columns[probe], line, column)) {
        lo = probe;
        if (probe + step >= hi) break;
        probe += step;
      } else {
        hi = probe;
        if (probe - step <= lo) break;
        probe -= step;
      }
    }
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (before(lines[mid], columns[mid], line, column)) lo = mid;
      else hi = mid;
    }
    return hi;
  }

  /** The last token of a node. */
  lastOf(node: Range): number {
    if (!this.exact) return node.endLine;
    const line = node.endLine;
    const column = node.endColumn;
    const endLines = this.endLines;
    const endColumns = this.endColumns;
    // the last token ending at or before the node's end, searched from the cursor outwards
    let lo = 0; // a token ending at or before the position (index 0 counts as such)
    let hi = this.count + 1; // a token ending after it (<eof> counts as such)
    let probe = Math.min(Math.max(this.last, 1), this.count);
    if (probe < 1) return 0;
    for (let step = 1; ; step *= 2) {
      if (!before(line, column, endLines[probe], endColumns[probe])) {
        lo = probe;
        if (probe + step >= hi) break;
        probe += step;
      } else {
        hi = probe;
        if (probe - step <= lo) break;
        probe -= step;
      }
    }
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (!before(line, column, endLines[mid], endColumns[mid])) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  /** The token after a node (its follower: `,`, `then`, `do`, `=`, `)`...). */
  after(node: Range): number {
    return this.next(this.lastOf(node));
  }

  /** luaX_lookahead's effect on the name at `i`: consuming it leaves lastline on the next token. */
  lookahead(i: number): void {
    if (this.exact && this.kinds[i] === Token.Name) this.consumeLines[i] = this.endLines[i + 1];
  }

  /** txtToken of the current token, as luaX_syntaxerror prints it after `near`. */
  nearText(): string {
    if (!this.exact) return '?';
    const i = this.current();
    const kind = this.kinds[i];
    if (kind !== Token.String && kind !== Token.Name && kind !== Token.Number) return tokenToString(kind);
    const lexer = new Lexer(this.source, this.chunkName); // re-scan: Lua's buffer (processed strings)
    lexer.pos = this.starts[i];
    lexer.line = this.lines[i];
    lexer.lineStart = this.starts[i] - this.columns[i];
    return lexer.nearText(lexer.scan());
  }

  private current(): number {
    return Math.min(this.last + 1, this.count + 1);
  }
}

interface Scanned {
  count: number;
  kinds: Int32Array;
  starts: Int32Array;
  lines: Int32Array;
  columns: Int32Array;
  endLines: Int32Array;
  endColumns: Int32Array;
}

/** Lexes the whole source; null if it does not lex (not the text the chunk was parsed from). */
function scan(source: string, chunkName: string): Scanned | null {
  let cap = Math.max(64, Math.ceil(source.length / 3));
  let kinds = new Int32Array(cap);
  let starts = new Int32Array(cap);
  let lines = new Int32Array(cap);
  let columns = new Int32Array(cap);
  let endLines = new Int32Array(cap);
  let endColumns = new Int32Array(cap);
  kinds[0] = NO_TOKEN; // the virtual token before the first: line 1
  lines[0] = endLines[0] = 1;
  const lexer = new Lexer(source, chunkName);
  let n = 1;
  try {
    for (;;) {
      const kind = lexer.scan();
      if (n === cap) {
        cap *= 2;
        kinds = grow(kinds, cap);
        starts = grow(starts, cap);
        lines = grow(lines, cap);
        columns = grow(columns, cap);
        endLines = grow(endLines, cap);
        endColumns = grow(endColumns, cap);
      }
      kinds[n] = kind;
      starts[n] = lexer.tokenStart;
      lines[n] = lexer.tokenLine;
      columns[n] = lexer.tokenColumn;
      endLines[n] = lexer.line;
      endColumns[n] = lexer.pos - lexer.lineStart;
      n++;
      if (kind === Token.Eos) break;
    }
  } catch {
    return null;
  }
  return { count: n - 2, kinds, starts, lines, columns, endLines, endColumns };
}

function grow(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function before(line1: number, column1: number, line2: number, column2: number): boolean {
  return line1 < line2 || (line1 === line2 && column1 < column2);
}
