/**
 * Expressions (lparser.c's subexpr, simpleexp, primaryexp, funcargs, constructor).
 *
 * Binary operators are parsed by precedence climbing over one table of left/right priorities,
 * Lua 5.1's: `or` 1; `and` 2; comparisons 3; `..` 5/4 (right associative); `+ -` 6; `* / %` 7;
 * unary operators 8; `^` 10/9 (right associative). Every sub-expression counts one nesting level,
 * as in Lua, which bounds recursion on any input.
 */

import type * as A from './ast.js';
import { Msg } from './errors.js';
import { LexState } from './lexstate.js';
import * as N from './nodes.js';
import { TOKEN_COUNT, Token } from './tokens.js';

/** Priority of unary operators. */
const UNARY_PRIORITY = 8;

/** Left and right priorities of binary operators, indexed by token kind (0: not an operator). */
const leftPriority = new Uint8Array(TOKEN_COUNT);
const rightPriority = new Uint8Array(TOKEN_COUNT);
const binaryOps: (A.BinaryOp | undefined)[] = new Array(TOKEN_COUNT);

const PRIORITY: [Token, A.BinaryOp, number, number][] = [
  [Token.Plus, '+', 6, 6], [Token.Minus, '-', 6, 6],
  [Token.Star, '*', 7, 7], [Token.Slash, '/', 7, 7], [Token.Percent, '%', 7, 7],
  [Token.Caret, '^', 10, 9], [Token.Concat, '..', 5, 4],
  [Token.Eq, '==', 3, 3], [Token.Ne, '~=', 3, 3],
  [Token.Lt, '<', 3, 3], [Token.Le, '<=', 3, 3], [Token.Gt, '>', 3, 3], [Token.Ge, '>=', 3, 3],
  [Token.And, 'and', 2, 2], [Token.Or, 'or', 1, 1],
];
for (const [token, op, left, right] of PRIORITY) {
  leftPriority[token] = left;
  rightPriority[token] = right;
  binaryOps[token] = op;
}

export abstract class ExpressionParser extends LexState {
  /** body: parameters and block of a function; `line`/`column` is where it starts. */
  protected abstract functionBody(isMethod: boolean, lineDefined: number, line: number, column: number): A.FunctionNode;

  /** expr -> subexpr */
  protected expr(): A.Expression {
    return this.subexpr(0);
  }

  /** subexpr -> (simpleexp | unop subexpr) { binop subexpr }, for operators above `limit` */
  protected subexpr(limit: number): A.Expression {
    this.enterLevel();
    let left: A.Expression;
    const t = this.t;
    if (t === Token.Not || t === Token.Minus || t === Token.Hash) {
      const line = this.line;
      const column = this.column;
      this.next();
      const argument = this.subexpr(UNARY_PRIORITY);
      const op: A.UnaryOp = t === Token.Not ? 'not' : t === Token.Minus ? '-' : '#';
      left = N.unary(op, argument, line, column, this.prevEndLine, this.prevEndColumn);
    } else {
      left = this.simpleExp();
    }
    let op = this.t;
    while (leftPriority[op] > limit) {
      this.next();
      const right = this.subexpr(rightPriority[op]);
      left = N.binary(binaryOps[op]!, left, right, left.line, left.column, this.prevEndLine, this.prevEndColumn);
      op = this.t;
    }
    this.level--;
    return left;
  }

  /** simpleexp -> NUMBER | STRING | nil | true | false | ... | constructor | FUNCTION body
   *               | primaryexp */
  protected simpleExp(): A.Expression {
    const line = this.line;
    const column = this.column;
    let node: A.Expression;
    switch (this.t) {
      case Token.Number:
        node = N.numberLiteral(this.number, line, column, this.endLine, this.endColumn);
        break;
      case Token.String:
        node = N.stringLiteral(this.value, line, column, this.endLine, this.endColumn);
        break;
      case Token.Nil:
        node = N.nil(line, column, this.endLine, this.endColumn);
        break;
      case Token.True:
        node = N.trueLiteral(line, column, this.endLine, this.endColumn);
        break;
      case Token.False:
        node = N.falseLiteral(line, column, this.endLine, this.endColumn);
        break;
      case Token.Dots: {
        const f = this.fs.node;
        if (!f.isVararg) this.error(Msg.varargOutside);
        f.needsArg = false;
        node = N.vararg(line, column, this.endLine, this.endColumn);
        break;
      }
      case Token.LBrace:
        return this.constructor_();
      case Token.Function:
        this.next();
        return this.functionBody(false, this.lexer.line, line, column);
      default:
        return this.primaryExp();
    }
    this.next();
    return node;
  }

  /** prefixexp -> NAME | '(' expr ')' */
  protected prefixExp(): A.Expression {
    if (this.t === Token.Name) return this.singleVar();
    if (this.t !== Token.LParen) this.error(Msg.unexpectedSymbol);
    const line = this.line;
    const column = this.column;
    const where = this.lexer.line;
    this.next();
    const inner = this.expr();
    this.checkMatch(Token.RParen, Token.LParen, where);
    return N.paren(inner, line, column, this.prevEndLine, this.prevEndColumn);
  }

  /** primaryexp -> prefixexp { '.' NAME | '[' exp ']' | ':' NAME funcargs | funcargs } */
  protected primaryExp(): A.Expression {
    let e = this.prefixExp();
    for (;;) {
      switch (this.t) {
        case Token.Dot: {
          this.next();
          const line = this.line;
          const column = this.column;
          const key = this.nameKey(this.checkName(), line, column);
          e = N.index(e, key, true, e.line, e.column, this.prevEndLine, this.prevEndColumn);
          break;
        }
        case Token.LBracket: {
          this.next();
          const key = this.expr();
          this.checkNext(Token.RBracket);
          e = N.index(e, key, false, e.line, e.column, this.prevEndLine, this.prevEndColumn);
          break;
        }
        case Token.Colon: {
          this.next();
          const method = this.checkName();
          const callLine = this.lexer.line;
          const args = this.funcArgs();
          e = N.methodCall(e, method, args, callLine, e.line, e.column, this.prevEndLine, this.prevEndColumn);
          break;
        }
        case Token.LParen: case Token.String: case Token.LBrace: {
          const callLine = this.lexer.line;
          const args = this.funcArgs();
          e = N.call(e, args, callLine, e.line, e.column, this.prevEndLine, this.prevEndColumn);
          break;
        }
        default:
          return e;
      }
    }
  }

  /** funcargs -> '(' [ explist1 ] ')' | constructor | STRING */
  protected funcArgs(): A.Expression[] {
    const where = this.lexer.line;
    switch (this.t) {
      case Token.LParen: {
        if (where !== this.lastLine) this.error(Msg.ambiguousCall);
        this.next();
        const args = (this.t as number) === Token.RParen ? [] : this.exprList();
        this.checkMatch(Token.RParen, Token.LParen, where);
        return args;
      }
      case Token.LBrace:
        return [this.constructor_()];
      case Token.String: {
        const s = N.stringLiteral(this.value, this.line, this.column, this.endLine, this.endColumn);
        this.next();
        return [s];
      }
      default:
        this.error(Msg.functionArguments);
    }
  }

  /** explist1 -> expr { ',' expr } */
  protected exprList(): A.Expression[] {
    const stack = this.expressionStack;
    const base = this.expressionTop;
    let e = this.expr();
    stack[this.expressionTop++] = e;
    while (this.t === Token.Comma) {
      this.next();
      e = this.expr();
      stack[this.expressionTop++] = e;
    }
    const list = stack.slice(base, this.expressionTop);
    this.expressionTop = base;
    return list;
  }

  /** constructor -> '{' [ field { fieldsep field } [ fieldsep ] ] '}'
   *  field -> NAME '=' exp | '[' exp ']' '=' exp | exp;  fieldsep -> ',' | ';' */
  protected constructor_(): A.TableConstructor {
    const line = this.line;
    const column = this.column;
    const where = this.lexer.line;
    const stack = this.fieldStack;
    const base = this.fieldTop;
    this.checkNext(Token.LBrace);
    do {
      if (this.t === Token.RBrace) break;
      const fline = this.line;
      const fcolumn = this.column;
      switch (this.t) {
        case Token.Name: {
          if (this.lookahead() !== Token.Assign) {
            stack[this.fieldTop++] = this.listField(fline, fcolumn);
          } else {
            const key = this.nameKey(this.checkName(), fline, fcolumn);
            this.checkNext(Token.Assign);
            const value = this.expr();
            stack[this.fieldTop++] = N.tableField('named', key, value, fline, fcolumn, this.prevEndLine, this.prevEndColumn);
          }
          break;
        }
        case Token.LBracket: {
          this.next();
          const key = this.expr();
          this.checkNext(Token.RBracket);
          this.checkNext(Token.Assign);
          const value = this.expr();
          stack[this.fieldTop++] = N.tableField('keyed', key, value, fline, fcolumn, this.prevEndLine, this.prevEndColumn);
          break;
        }
        default:
          stack[this.fieldTop++] = this.listField(fline, fcolumn);
      }
    } while (this.testNext(Token.Comma) || this.testNext(Token.Semicolon));
    this.checkMatch(Token.RBrace, Token.LBrace, where);
    const fields = stack.slice(base, this.fieldTop);
    this.fieldTop = base;
    return N.table(fields, line, column, this.prevEndLine, this.prevEndColumn);
  }

  private listField(line: number, column: number): A.TableField {
    const value = this.expr();
    return N.tableField('positional', null, value, line, column, this.prevEndLine, this.prevEndColumn);
  }
}
