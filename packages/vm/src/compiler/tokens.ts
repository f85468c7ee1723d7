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
    const kinds: number[] = [NO_TOKEN];
    const starts: number[] = [0];
    const lines: number[] = [1];
    const columns: number[] = [0];
    const endLines: number[] = [1];
    const endColumns: number[] = [0];
    let exact = source !== null;
    if (source !== null) {
      try {
        const lexer = new Lexer(source, chunkName);
        for (;;) {
          const kind = lexer.scan();
          kinds.push(kind);
          starts.push(lexer.tokenStart);
          lines.push(lexer.tokenLine);
          columns.push(lexer.tokenColumn);
          endLines.push(lexer.line);
          endColumns.push(lexer.pos - lexer.lineStart);
          if (kind === Token.Eos) break;
        }
      } catch {
        exact = false; // not the text the chunk was parsed from: fall back to lines
      }
    }
    this.exact = exact;
    this.count = exact ? kinds.length - 2 : 0;
    this.kinds = Int32Array.from(exact ? kinds : [NO_TOKEN]);
    this.starts = Int32Array.from(exact ? starts : [0]);
    this.lines = Int32Array.from(exact ? lines : [1]);
    this.columns = Int32Array.from(exact ? columns : [0]);
    this.endLines = Int32Array.from(exact ? endLines : [1]);
    this.endColumns = Int32Array.from(exact ? endColumns : [0]);
    this.consumeLines = Int32Array.from(this.endLines);
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
    let lo = 1;
    let hi = this.count + 1;
    while (lo < hi) { // first token starting at or after the node's start
      const mid = (lo + hi) >> 1;
      if (before(this.lines[mid], this.columns[mid], node.line, node.column)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The last token of a node. */
  lastOf(node: Range): number {
    if (!this.exact) return node.endLine;
    let lo = 0;
    let hi = this.count;
    while (lo < hi) { // last token ending at or before the node's end
      const mid = (lo + hi + 1) >> 1;
      if (before(node.endLine, node.endColumn, this.endLines[mid], this.endColumns[mid])) hi = mid - 1;
      else lo = mid;
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

function before(line1: number, column1: number, line2: number, column2: number): boolean {
  return line1 < line2 || (line1 === line2 && column1 < column2);
}
