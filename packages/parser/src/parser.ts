/**
 * The Lua 5.1 parser: statements and function bodies (lparser.c), on top of the expression
 * parser. `parse` turns a byte string into the typed AST of ast.ts, resolving every name while
 * parsing (scope.ts) and raising exactly PUC Lua 5.1's syntax errors (errors.ts).
 *
 * The order of token reads, scope changes and limit checks follows lparser.c step by step where
 * it affects a message: which token an error is `near`, which line it names, and when a limit
 * trips. Each function opens with its grammar rule.
 */

import type * as A from './ast.js';
import { Limit, Msg, limitMsg } from './errors.js';
import { ExpressionParser } from './expressions.js';
import type { ParseOptions } from './lexstate.js';
import { MAX_LEVELS } from './lexstate.js';
import * as N from './nodes.js';
import { closeScope } from './scope.js';
import { Token } from './tokens.js';

export type { ParseOptions } from './lexstate.js';

/** Parses `source` (a byte string) named `chunkName` (`@file`, `=name` or the source itself). */
export function parse(source: string, chunkName: string, options?: ParseOptions): A.Chunk {
  return new Parser(source, chunkName, options).parseChunk();
}

/** block_follow: tokens that end a block. */
function blockFollow(t: number): boolean {
  return t === Token.End || t === Token.Eos || t === Token.Else || t === Token.Elseif || t === Token.Until;
}

class Parser extends ExpressionParser {
  private readonly chunkName: string;

  constructor(source: string, chunkName: string, options: ParseOptions | undefined) {
    super(source, chunkName, options);
    this.chunkName = chunkName;
  }

  /** luaY_parser: chunk EOF */
  parseChunk(): A.Chunk {
    const main = this.fs.node;
    main.isVararg = true;
    this.next();
    main.body = this.chunk();
    this.check(Token.Eos);
    main.endLine = this.prevEndLine;
    main.endColumn = this.prevEndColumn;
    return { type: 'Chunk', chunkName: this.chunkName, main };
  }

  /** chunk -> { stat [';'] } */
  private chunk(): A.Block {
    this.enterLevel();
    const line = this.line;
    const column = this.column;
    const stack = this.statementStack;
    const base = this.statementTop;
    let last = false;
    while (!last && !blockFollow(this.t)) {
      last = this.t === Token.Return || this.t === Token.Break;
      const s = this.statement();
      stack[this.statementTop++] = s;
      if (this.t === Token.Semicolon) this.next();
    }
    const body = stack.slice(base, this.statementTop);
    this.statementTop = base;
    this.level--;
    return body.length === 0
      ? N.block(body, line, column, line, column)
      : N.block(body, line, column, this.prevEndLine, this.prevEndColumn);
  }

  /** block -> chunk, in a scope of its own */
  private block(): A.Block {
    const fs = this.fs;
    const outer = fs.nactvar;
    const b = this.chunk();
    closeScope(fs, outer);
    return b;
  }

  private statement(): A.Statement {
    const where = this.lexer.line;
    const line = this.line;
    const column = this.column;
    switch (this.t) {
      case Token.If: return this.ifStat(where, line, column);
      case Token.While: return this.whileStat(where, line, column);
      case Token.Do: {
        this.next();
        const body = this.block();
        this.checkMatch(Token.End, Token.Do, where);
        return N.doStatement(body, line, column, this.prevEndLine, this.prevEndColumn);
      }
      case Token.For: return this.forStat(where, line, column);
      case Token.Repeat: return this.repeatStat(where, line, column);
      case Token.Function: return this.funcStat(where, line, column);
      case Token.Local:
        this.next();
        if ((this.t as number) === Token.Function) {
          const fline = this.line;
          const fcolumn = this.column;
          this.next();
          return this.localFunc(line, column, fline, fcolumn);
        }
        return this.localStat(line, column);
      case Token.Return: return this.retStat(line, column);
      case Token.Break: {
        this.next();
        if (this.fs.loops === 0) this.error(Msg.noLoop);
        return N.breakStatement(line, column, this.prevEndLine, this.prevEndColumn);
      }
      default: return this.exprStat();
    }
  }

  /** ifstat -> IF cond THEN block {ELSEIF cond THEN block} [ELSE block] END */
  private ifStat(where: number, line: number, column: number): A.IfStatement {
    const clauses = [this.testThenBlock()];
    while (this.t === Token.Elseif) clauses.push(this.testThenBlock());
    let orelse: A.Block | null = null;
    if (this.t === Token.Else) {
      this.next();
      orelse = this.block();
    }
    this.checkMatch(Token.End, Token.If, where);
    return N.ifStatement(clauses, orelse, line, column, this.prevEndLine, this.prevEndColumn);
  }

  /** test_then_block -> [IF | ELSEIF] cond THEN block */
  private testThenBlock(): A.IfClause {
    const line = this.line;
    const column = this.column;
    this.next();
    const condition = this.expr();
    this.checkNext(Token.Then);
    const body = this.block();
    return N.ifClause(condition, body, line, column, this.prevEndLine, this.prevEndColumn);
  }

  /** whilestat -> WHILE cond DO block END */
  private whileStat(where: number, line: number, column: number): A.WhileStatement {
    const fs = this.fs;
    this.next();
    const condition = this.expr();
    fs.loops++;
    this.checkNext(Token.Do);
    const body = this.block();
    this.checkMatch(Token.End, Token.While, where);
    fs.loops--;
    return N.whileStatement(condition, body, line, column, this.prevEndLine, this.prevEndColumn);
  }

  /** repeatstat -> REPEAT block UNTIL cond  (the condition sees the block's locals) */
  private repeatStat(where: number, line: number, column: number): A.RepeatStatement {
    const fs = this.fs;
    const outer = fs.nactvar;
    fs.loops++;
    this.next();
    const body = this.chunk();
    this.checkMatch(Token.Until, Token.Repeat, where);
    const condition = this.expr();
    closeScope(fs, outer);
    fs.loops--;
    return N.repeatStatement(body, condition, line, column, this.prevEndLine, this.prevEndColumn);
  }

  /** forstat -> FOR (fornum | forlist) END */
  private forStat(where: number, line: number, column: number): A.NumericFor | A.GenericFor {
    const fs = this.fs;
    const outer = fs.nactvar;
    fs.loops++;
    this.next();
    const vline = this.line;
    const vcolumn = this.column;
    const varName = this.checkName();
    let stat: A.NumericFor | A.GenericFor;
    switch (this.t) {
      case Token.Assign: stat = this.forNum(varName, vline, vcolumn, line, column); break;
      case Token.Comma: case Token.In: stat = this.forList(varName, vline, vcolumn, line, column); break;
      default: this.error(Msg.forExpected);
    }
    this.checkMatch(Token.End, Token.For, where);
    closeScope(fs, outer);
    fs.loops--;
    stat.endLine = this.prevEndLine;
    stat.endColumn = this.prevEndColumn;
    return stat;
  }

  /** fornum -> NAME = exp1 , exp1 [, exp1] forbody */
  private forNum(varName: string, vline: number, vcolumn: number, line: number, column: number): A.NumericFor {
    const hidden = [this.declareHidden('(for index)', 0), this.declareHidden('(for limit)', 1), this.declareHidden('(for step)', 2)];
    const variable = this.declareAt(varName, 3, vline, vcolumn);
    this.checkNext(Token.Assign);
    const start = this.expr();
    this.checkNext(Token.Comma);
    const limit = this.expr();
    const step = this.testNext(Token.Comma) ? this.expr() : null;
    const body = this.forBody(hidden, [variable]);
    return N.numericFor(variable, start, limit, step, body, line, column, this.prevEndLine, this.prevEndColumn);
  }

  /** forlist -> NAME {, NAME} IN explist1 forbody */
  private forList(firstName: string, vline: number, vcolumn: number, line: number, column: number): A.GenericFor {
    const hidden = [this.declareHidden('(for generator)', 0), this.declareHidden('(for state)', 1), this.declareHidden('(for control)', 2)];
    const variables = [this.declareAt(firstName, 3, vline, vcolumn)];
    while (this.testNext(Token.Comma)) {
      const nline = this.line;
      const ncolumn = this.column;
      variables.push(this.declare(this.checkName(), variables.length + 3, nline, ncolumn));
    }
    this.checkNext(Token.In);
    const iterators = this.exprList();
    const body = this.forBody(hidden, variables);
    return N.genericFor(variables, iterators, body, line, column, this.prevEndLine, this.prevEndColumn);
  }

  /** forbody -> DO block */
  private forBody(hidden: A.LocalVar[], variables: A.LocalVar[]): A.Block {
    const fs = this.fs;
    this.activate(hidden.length);
    this.checkNext(Token.Do);
    const outer = fs.nactvar;
    this.activate(variables.length);
    const body = this.block();
    closeScope(fs, outer);
    return body;
  }

  /** Declares a name consumed earlier, with the position recorded then. */
  private declareAt(text: string, pending: number, line: number, column: number): A.LocalVar {
    const v = this.declare(text, pending, line, column);
    v.endLine = line;
    v.endColumn = column + text.length;
    return v;
  }

  /** funcstat -> FUNCTION funcname body;  funcname -> NAME {'.' NAME} [':' NAME] */
  private funcStat(where: number, line: number, column: number): A.FunctionStatement {
    this.next();
    let target: A.Name | A.Index = this.singleVar();
    let isMethod = false;
    while (this.t === Token.Dot || this.t === Token.Colon) {
      isMethod = this.t === Token.Colon;
      this.next();
      const kline = this.line;
      const kcolumn = this.column;
      const key = this.nameKey(this.checkName(), kline, kcolumn);
      target = N.index(target, key, true, target.line, target.column, this.prevEndLine, this.prevEndColumn);
      if (isMethod) break;
    }
    const func = this.functionBody(isMethod, where, line, column);
    return N.functionStatement(target, func, line, column, this.prevEndLine, this.prevEndColumn);
  }

  /** localfunc -> LOCAL FUNCTION NAME body (the name is visible in the body) */
  private localFunc(line: number, column: number, fline: number, fcolumn: number): A.LocalFunctionStatement {
    const nline = this.line;
    const ncolumn = this.column;
    const variable = this.declare(this.checkName(), 0, nline, ncolumn);
    this.activate(1);
    const func = this.functionBody(false, this.lexer.line, fline, fcolumn);
    return N.localFunction(variable, func, line, column, this.prevEndLine, this.prevEndColumn);
  }

  /** localstat -> LOCAL NAME {',' NAME} ['=' explist1] (names visible after the statement) */
  private localStat(line: number, column: number): A.LocalStatement {
    const vars: A.LocalVar[] = [];
    do {
      const nline = this.line;
      const ncolumn = this.column;
      vars.push(this.declare(this.checkName(), vars.length, nline, ncolumn));
    } while (this.testNext(Token.Comma));
    const values = this.testNext(Token.Assign) ? this.exprList() : [];
    this.activate(vars.length);
    return N.localStatement(vars, values, line, column, this.prevEndLine, this.prevEndColumn);
  }

  /** retstat -> RETURN [explist1] */
  private retStat(line: number, column: number): A.ReturnStatement {
    this.next();
    const values = blockFollow(this.t) || this.t === Token.Semicolon ? [] : this.exprList();
    return N.returnStatement(values, line, column, this.prevEndLine, this.prevEndColumn);
  }

  /** exprstat -> func | assignment;  assignment -> primaryexp {',' primaryexp} '=' explist1 */
  private exprStat(): A.CallStatement | A.AssignStatement {
    const first = this.primaryExp();
    if (first.type === 'Call' || first.type === 'MethodCall') return N.callStatement(first);
    const targets: (A.Name | A.Index)[] = [this.assignable(first)];
    while (this.testNext(Token.Comma)) {
      const e = this.primaryExp();
      const limit = MAX_LEVELS - this.level;
      if (targets.length > limit) this.errorNoToken(limitMsg(this.fs.node.lineDefined, limit, Limit.assignment));
      targets.push(this.assignable(e));
    }
    this.checkNext(Token.Assign);
    const values = this.exprList();
    return N.assign(targets, values, first.line, first.column, this.prevEndLine, this.prevEndColumn);
  }

  private assignable(e: A.Expression): A.Name | A.Index {
    if (e.type !== 'Name' && e.type !== 'Index') this.error(Msg.syntaxError);
    return e;
  }

  /** body -> '(' parlist ')' chunk END;  parlist -> [ NAME {',' NAME} [',' '...'] | '...' ] */
  protected functionBody(isMethod: boolean, lineDefined: number, line: number, column: number): A.FunctionNode {
    const f = this.openFunction(isMethod, lineDefined, line, column);
    this.checkNext(Token.LParen);
    if (isMethod) {
      const self = this.declare('self', 0, this.line, this.column);
      self.line = self.endLine = 0;
      self.column = self.endColumn = 0;
      f.params.push(self);
      this.activate(1);
    }
    const pending: A.LocalVar[] = [];
    if (this.t !== Token.RParen) {
      do {
        if (this.t === Token.Name) {
          const nline = this.line;
          const ncolumn = this.column;
          const v = this.declare(this.checkName(), pending.length, nline, ncolumn);
          pending.push(v);
          f.params.push(v);
        } else if (this.t === Token.Dots) {
          const dline = this.line;
          const dcolumn = this.column;
          this.next();
          const arg = this.declare('arg', pending.length, dline, dcolumn);
          pending.push(arg);
          f.compatArg = arg;
          f.isVararg = true;
          f.needsArg = true;
        } else {
          this.error(Msg.paramExpected);
        }
      } while (!f.isVararg && this.testNext(Token.Comma));
    }
    this.activate(pending.length);
    this.checkNext(Token.RParen);
    f.body = this.chunk();
    f.lastLineDefined = this.lexer.line;
    this.checkMatch(Token.End, Token.Function, lineDefined);
    f.endLine = this.prevEndLine;
    f.endColumn = this.prevEndColumn;
    this.closeFunction();
    return f;
  }
}
