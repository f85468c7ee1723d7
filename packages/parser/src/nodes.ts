/**
 * AST node factories: one per kind, each setting every field in one order so that all nodes of
 * a kind share one hidden class. Positions are passed as start line/column and end line/column.
 */

import type * as A from './ast.js';

export function localVar(name: string, func: A.FunctionNode, line: number, column: number, endLine: number, endColumn: number): A.LocalVar {
  return { type: 'LocalVar', line, column, endLine, endColumn, name, func, captured: false };
}

export function nil(line: number, column: number, endLine: number, endColumn: number): A.Nil {
  return { type: 'Nil', line, column, endLine, endColumn };
}

export function trueLiteral(line: number, column: number, endLine: number, endColumn: number): A.True {
  return { type: 'True', line, column, endLine, endColumn };
}

export function falseLiteral(line: number, column: number, endLine: number, endColumn: number): A.False {
  return { type: 'False', line, column, endLine, endColumn };
}

export function vararg(line: number, column: number, endLine: number, endColumn: number): A.Vararg {
  return { type: 'Vararg', line, column, endLine, endColumn };
}

export function numberLiteral(value: number, line: number, column: number, endLine: number, endColumn: number): A.NumberLiteral {
  return { type: 'Number', line, column, endLine, endColumn, value };
}

export function stringLiteral(value: string, line: number, column: number, endLine: number, endColumn: number): A.StringLiteral {
  return { type: 'String', line, column, endLine, endColumn, value };
}

export function name(
  text: string, kind: A.Name['kind'], decl: A.LocalVar | null, upvalueIndex: number,
  line: number, column: number, endLine: number, endColumn: number,
): A.Name {
  return { type: 'Name', line, column, endLine, endColumn, name: text, kind, decl, upvalueIndex };
}

export function index(object: A.Expression, key: A.Expression, dot: boolean, line: number, column: number, endLine: number, endColumn: number): A.Index {
  return { type: 'Index', line, column, endLine, endColumn, object, key, dot };
}

export function call(callee: A.Expression, args: A.Expression[], callLine: number, line: number, column: number, endLine: number, endColumn: number): A.Call {
  return { type: 'Call', line, column, endLine, endColumn, callee, args, callLine };
}

export function methodCall(
  object: A.Expression, method: string, args: A.Expression[], callLine: number,
  line: number, column: number, endLine: number, endColumn: number,
): A.MethodCall {
  return { type: 'MethodCall', line, column, endLine, endColumn, object, method, args, callLine };
}

export function paren(expression: A.Expression, line: number, column: number, endLine: number, endColumn: number): A.Paren {
  return { type: 'Paren', line, column, endLine, endColumn, expression };
}

export function binary(op: A.BinaryOp, left: A.Expression, right: A.Expression, line: number, column: number, endLine: number, endColumn: number): A.Binary {
  return { type: 'Binary', line, column, endLine, endColumn, op, left, right };
}

export function unary(op: A.UnaryOp, argument: A.Expression, line: number, column: number, endLine: number, endColumn: number): A.Unary {
  return { type: 'Unary', line, column, endLine, endColumn, op, argument };
}

export function tableField(kind: A.TableField['kind'], key: A.Expression | null, value: A.Expression, line: number, column: number, endLine: number, endColumn: number): A.TableField {
  return { type: 'TableField', line, column, endLine, endColumn, kind, key, value };
}

export function table(fields: A.TableField[], line: number, column: number, endLine: number, endColumn: number): A.TableConstructor {
  return { type: 'Table', line, column, endLine, endColumn, fields };
}

/** Stands in for a function's body until it is parsed (never left in a finished tree). */
const PENDING_BODY: A.Block = { type: 'Block', line: 0, column: 0, endLine: 0, endColumn: 0, body: [] };

/** A function whose body, parameters and end are filled in while it is parsed. */
export function functionNode(parent: A.FunctionNode | null, isMethod: boolean, lineDefined: number, line: number, column: number): A.FunctionNode {
  return {
    type: 'Function', line, column, endLine: line, endColumn: column,
    params: [], isVararg: false, isMethod, body: PENDING_BODY,
    locals: [], upvalues: [], parent, lineDefined, lastLineDefined: lineDefined,
    compatArg: null, needsArg: false,
  };
}

export function block(body: A.Statement[], line: number, column: number, endLine: number, endColumn: number): A.Block {
  return { type: 'Block', line, column, endLine, endColumn, body };
}

export function localStatement(vars: A.LocalVar[], values: A.Expression[], line: number, column: number, endLine: number, endColumn: number): A.LocalStatement {
  return { type: 'Local', line, column, endLine, endColumn, vars, values };
}

export function assign(targets: (A.Name | A.Index)[], values: A.Expression[], line: number, column: number, endLine: number, endColumn: number): A.AssignStatement {
  return { type: 'Assign', line, column, endLine, endColumn, targets, values };
}

export function callStatement(callExpr: A.Call | A.MethodCall): A.CallStatement {
  return { type: 'CallStatement', line: callExpr.line, column: callExpr.column, endLine: callExpr.endLine, endColumn: callExpr.endColumn, call: callExpr };
}

export function doStatement(body: A.Block, line: number, column: number, endLine: number, endColumn: number): A.DoStatement {
  return { type: 'Do', line, column, endLine, endColumn, body };
}

export function whileStatement(condition: A.Expression, body: A.Block, line: number, column: number, endLine: number, endColumn: number): A.WhileStatement {
  return { type: 'While', line, column, endLine, endColumn, condition, body };
}

export function repeatStatement(body: A.Block, condition: A.Expression, line: number, column: number, endLine: number, endColumn: number): A.RepeatStatement {
  return { type: 'Repeat', line, column, endLine, endColumn, body, condition };
}

export function ifClause(condition: A.Expression, body: A.Block, line: number, column: number, endLine: number, endColumn: number): A.IfClause {
  return { type: 'IfClause', line, column, endLine, endColumn, condition, body };
}

export function ifStatement(clauses: A.IfClause[], orelse: A.Block | null, line: number, column: number, endLine: number, endColumn: number): A.IfStatement {
  return { type: 'If', line, column, endLine, endColumn, clauses, orelse };
}

export function numericFor(
  variable: A.LocalVar, start: A.Expression, limit: A.Expression, step: A.Expression | null, body: A.Block,
  line: number, column: number, endLine: number, endColumn: number,
): A.NumericFor {
  return { type: 'NumericFor', line, column, endLine, endColumn, variable, start, limit, step, body };
}

export function genericFor(variables: A.LocalVar[], iterators: A.Expression[], body: A.Block, line: number, column: number, endLine: number, endColumn: number): A.GenericFor {
  return { type: 'GenericFor', line, column, endLine, endColumn, variables, iterators, body };
}

export function functionStatement(target: A.Name | A.Index, func: A.FunctionNode, line: number, column: number, endLine: number, endColumn: number): A.FunctionStatement {
  return { type: 'FunctionStatement', line, column, endLine, endColumn, target, func };
}

export function localFunction(variable: A.LocalVar, func: A.FunctionNode, line: number, column: number, endLine: number, endColumn: number): A.LocalFunctionStatement {
  return { type: 'LocalFunction', line, column, endLine, endColumn, variable, func };
}

export function returnStatement(values: A.Expression[], line: number, column: number, endLine: number, endColumn: number): A.ReturnStatement {
  return { type: 'Return', line, column, endLine, endColumn, values };
}

export function breakStatement(line: number, column: number, endLine: number, endColumn: number): A.BreakStatement {
  return { type: 'Break', line, column, endLine, endColumn };
}
