/**
 * LexState: the parser's window on the token stream (current token, one lookahead, the line of
 * the last consumed token) plus the helpers that check tokens and raise errors the way
 * lparser.c does. Expressions and statements build on it (expressions.ts, parser.ts).
 *
 * Lua's line bookkeeping is reproduced exactly, since messages depend on it: `lexer.line` is
 * `ls->linenumber` (the line the lexer stands on, i.e. where the current token ends — or the
 * lookahead, once read) and `lastLine` is `ls->lastline`.
 */

import type { Expression, FunctionNode, LocalVar, Name, Statement, TableField } from './ast.js';
import { Msg, expectedMsg, expectedToCloseMsg, raiseSyntaxError } from './errors.js';
import { Lexer } from './lexer.js';
import * as N from './nodes.js';
import { FuncState, RESOLVED_GLOBAL, RESOLVED_LOCAL, activate, declareLocal, resolve, resolvedDecl } from './scope.js';
import { Token } from './tokens.js';

/** LUAI_MAXCCALLS: nesting limit of chunks and sub-expressions. */
export const MAX_LEVELS = 200;

export interface ParseOptions {
  /**
   * The C-call depth the parser starts at (`L->nCcalls`): 1 under `luac` (the default); 2 for
   * `loadstring` called from a Lua chunk run by `lua`. Affects "chunk has too many syntax levels"
   * and the limit of variables in one assignment.
   */
  baseLevel?: number;
}

export class LexState {
  protected readonly lexer: Lexer;

  // ---- current token (ls->t)
  protected t: number = Token.Eos;
  protected value = '';
  protected nameId = 0;
  protected number = 0;
  protected line = 1;
  protected column = 0;
  protected endLine = 1;
  protected endColumn = 0;

  // ---- lookahead (ls->lookahead); kind -1 when none
  private laKind = -1;
  private laValue = '';
  private laNameId = 0;
  private laNumber = 0;
  private laLine = 1;
  private laColumn = 0;
  private laEndLine = 1;
  private laEndColumn = 0;

  /** Line of the last consumed token (ls->lastline). */
  protected lastLine = 1;
  /** End of the last consumed token: where nodes end. */
  protected prevEndLine = 1;
  protected prevEndColumn = 0;
  /** Nesting depth (L->nCcalls). */
  protected level: number;
  /**
   * Scratch stacks for lists being parsed (statements of blocks, expression lists, table
   * fields), used from `*Top` upwards and copied out with `slice`: the AST's arrays get their
   * exact length instead of a push-grown backing store with slack (a third of the tree's memory).
   */
  protected readonly statementStack: Statement[] = [];
  protected statementTop = 0;
  protected readonly expressionStack: Expression[] = [];
  protected expressionTop = 0;
  protected readonly fieldStack: TableField[] = [];
  protected fieldTop = 0;
  protected fs: FuncState;

  constructor(source: string, chunkName: string, options: ParseOptions | undefined) {
    this.lexer = new Lexer(source, chunkName);
    this.level = options?.baseLevel ?? 1;
    this.fs = new FuncState(N.functionNode(null, false, 0, 1, 0), null);
  }

  /** luaX_next */
  protected next(): void {
    const lexer = this.lexer;
    this.lastLine = lexer.line;
    this.prevEndLine = this.endLine;
    this.prevEndColumn = this.endColumn;
    if (this.laKind >= 0) {
      this.t = this.laKind;
      this.value = this.laValue;
      this.nameId = this.laNameId;
      this.number = this.laNumber;
      this.line = this.laLine;
      this.column = this.laColumn;
      this.endLine = this.laEndLine;
      this.endColumn = this.laEndColumn;
      this.laKind = -1;
      return;
    }
    this.t = lexer.scan();
    this.value = lexer.value;
    this.nameId = lexer.nameId;
    this.number = lexer.number;
    this.line = lexer.tokenLine;
    this.column = lexer.tokenColumn;
    this.endLine = lexer.line;
    this.endColumn = lexer.pos - lexer.lineStart;
  }

  /** luaX_lookahead: reads the token after the current one. */
  protected lookahead(): number {
    const lexer = this.lexer;
    this.laKind = lexer.scan();
    this.laValue = lexer.value;
    this.laNameId = lexer.nameId;
    this.laNumber = lexer.number;
    this.laLine = lexer.tokenLine;
    this.laColumn = lexer.tokenColumn;
    this.laEndLine = lexer.line;
    this.laEndColumn = lexer.pos - lexer.lineStart;
    return this.laKind;
  }

  /** luaX_syntaxerror: `msg` near the current token (Lua drops the `near` part when the
   *  token is a NUL byte: kind 0 means "no token" to luaX_lexerror). */
  protected error(msg: string): never {
    const lexer = this.lexer;
    raiseSyntaxError(lexer.chunkName, lexer.line, msg, this.t === 0 ? null : lexer.nearText(this.t));
  }

  /** An error without a near-token part (limits). */
  protected errorNoToken(msg: string): never {
    raiseSyntaxError(this.lexer.chunkName, this.lexer.line, msg, null);
  }

  protected errorExpected(token: number): never {
    this.error(expectedMsg(token));
  }

  protected testNext(token: number): boolean {
    if (this.t !== token) return false;
    this.next();
    return true;
  }

  protected check(token: number): void {
    if (this.t !== token) this.errorExpected(token);
  }

  protected checkNext(token: number): void {
    if (this.t !== token) this.errorExpected(token);
    this.next();
  }

  /** check_match: `what` closes `who` opened at line `where`. */
  protected checkMatch(what: number, who: number, where: number): void {
    if (this.t === what) {
      this.next();
      return;
    }
    if (where === this.lexer.line) this.errorExpected(what);
    this.error(expectedToCloseMsg(what, who, where));
  }

  /** str_checkname: the current token must be a name; returns its text and consumes it. */
  protected checkName(): string {
    if (this.t !== Token.Name) this.errorExpected(Token.Name);
    const text = this.value;
    this.next();
    return text;
  }

  protected enterLevel(): void {
    if (++this.level > MAX_LEVELS) this.errorNoToken(Msg.tooManyLevels);
  }

  /** singlevar: a name reference, resolved. */
  protected singleVar(): Name {
    const line = this.line;
    const column = this.column;
    const id = this.nameId;
    const text = this.checkName();
    const r = resolve(this.lexer, this.fs, id, true);
    if (r === RESOLVED_GLOBAL) return N.name(text, 'global', null, -1, line, column, this.prevEndLine, this.prevEndColumn);
    if (r === RESOLVED_LOCAL) return N.name(text, 'local', resolvedDecl, -1, line, column, this.prevEndLine, this.prevEndColumn);
    return N.name(text, 'upvalue', resolvedDecl, r, line, column, this.prevEndLine, this.prevEndColumn);
  }

  /** Declares the name just consumed (`line`/`column` its start) as the pending-th new local. */
  protected declare(text: string, pending: number, line: number, column: number): LocalVar {
    return declareLocal(this.lexer, this.fs, text, pending, false, line, column, this.prevEndLine, this.prevEndColumn);
  }

  /** Declares one of luac's hidden locals (`(for index)`, ...). */
  protected declareHidden(text: string, pending: number): LocalVar {
    return declareLocal(this.lexer, this.fs, text, pending, true, 0, 0, 0, 0);
  }

  /** Makes the next `count` declared locals visible. */
  protected activate(count: number): void {
    activate(this.fs, count);
  }

  /** A string key node for `.name`, `:name` and `name =` (the name was just consumed). */
  protected nameKey(text: string, line: number, column: number): Expression {
    return N.stringLiteral(text, line, column, this.prevEndLine, this.prevEndColumn);
  }

  /** open_func */
  protected openFunction(isMethod: boolean, lineDefined: number, line: number, column: number): FunctionNode {
    const node = N.functionNode(this.fs.node, isMethod, lineDefined, line, column);
    this.fs = new FuncState(node, this.fs);
    return node;
  }

  /** close_func */
  protected closeFunction(): void {
    this.fs = this.fs.parent!;
  }
}
