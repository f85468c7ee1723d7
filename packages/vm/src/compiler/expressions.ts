/**
 * Expressions: the AST walked in the order lparser.c parses it (subexpr, simpleexp,
 * primaryexp, funcargs, constructor), calling the code generator at the same points, with the
 * token cursor (`fs.ts.last`) on the token luac would have consumed last at each call.
 *
 * After `expr(fs, node, e)` the cursor is on the node's last token. Chains that luac parses in a
 * loop (`a + b + c`, `a.b.c(d)(e)`) are walked iteratively here too, so no input can exhaust the
 * JS stack (nesting that luac parses recursively is bounded by the parser's level limit).
 */

import type * as A from '@lupa/parser';
import { Op, VARARG_NEEDSARG } from '../opcodes.js';
import {
  exp2RK, exp2anyreg, exp2nextreg, exp2val, dischargeVars, indexed, infix, posfix, prefix, self,
  setList, setMultRet,
} from './codegen.js';
import { ExpDesc, ExpKind } from './expdesc.js';
import type { FuncState } from './funcstate.js';
import { functionExpr } from './functions.js';

/** expr: compiles `node` into the descriptor `e` (code may stay pending in it). */
export function expr(fs: FuncState, node: A.Expression, e: ExpDesc): void {
  const ts = fs.ts;
  switch (node.type) {
    case 'Nil':
      e.init(ExpKind.Nil, 0);
      break;
    case 'True':
      e.init(ExpKind.True, 0);
      break;
    case 'False':
      e.init(ExpKind.False, 0);
      break;
    case 'Number':
      e.init(ExpKind.KNum, 0);
      e.nval = node.value;
      break;
    case 'String':
      e.init(ExpKind.K, fs.stringK(node.value));
      break;
    case 'Vararg':
      ts.last = ts.prev(ts.first(node)); // VARARG is emitted while `...` is the current token
      fs.isVararg &= ~VARARG_NEEDSARG;
      e.init(ExpKind.Vararg, fs.codeABC(Op.VARARG, 0, 1, 0));
      break;
    case 'Table':
      constructor(fs, node, e);
      break;
    case 'Function':
      functionExpr(fs, node, e);
      break;
    case 'Name':
      singleVar(fs, node, e);
      break;
    case 'Index':
    case 'Call':
    case 'MethodCall':
      primaryExp(fs, node, e);
      break;
    case 'Paren':
      expr(fs, node.expression, e);
      ts.last = ts.lastOf(node);
      dischargeVars(fs, e);
      break;
    case 'Binary':
      binaryChain(fs, node, e);
      break;
    case 'Unary':
      expr(fs, node.argument, e);
      ts.last = ts.lastOf(node);
      prefix(fs, node.op, e);
      break;
  }
  ts.last = ts.lastOf(node);
}

/** explist1 -> expr { ',' expr }: all but the last value go to consecutive registers. */
export function exprList(fs: FuncState, nodes: readonly A.Expression[], e: ExpDesc): number {
  expr(fs, nodes[0], e);
  for (let i = 1; i < nodes.length; i++) {
    fs.ts.last = fs.ts.after(nodes[i - 1]); // the comma
    exp2nextreg(fs, e);
    expr(fs, nodes[i], e);
  }
  return nodes.length;
}

/** singlevar: a local (its register), an upvalue (its index) or a global (its name constant). */
function singleVar(fs: FuncState, node: A.Name, e: ExpDesc): void {
  if (node.kind === 'local' && node.decl !== null) {
    const reg = fs.regOf(node.decl);
    if (reg >= 0) {
      e.init(ExpKind.Local, reg);
      return;
    }
  } else if (node.kind === 'upvalue' && node.upvalueIndex >= 0) {
    e.init(ExpKind.Upval, node.upvalueIndex);
    return;
  }
  e.init(ExpKind.Global, fs.stringK(node.name));
}

/** binop chains: `a + b - c` is ((a + b) - c); luac reads it in a loop, left to right. */
function binaryChain(fs: FuncState, node: A.Binary, e: ExpDesc): void {
  const ts = fs.ts;
  const spine: A.Binary[] = [];
  let n: A.Expression = node;
  while (n.type === 'Binary') {
    spine.push(n);
    n = n.left;
  }
  expr(fs, n, e);
  for (let i = spine.length - 1; i >= 0; i--) {
    const b = spine[i];
    ts.last = ts.after(b.left); // the operator
    infix(fs, b.op, e);
    const e2 = new ExpDesc();
    expr(fs, b.right, e2);
    ts.last = ts.lastOf(b);
    posfix(fs, b.op, e, e2);
  }
}

/** primaryexp -> prefixexp { '.' NAME | '[' exp ']' | ':' NAME funcargs | funcargs } */
function primaryExp(fs: FuncState, node: A.Index | A.Call | A.MethodCall, e: ExpDesc): void {
  const spine: (A.Index | A.Call | A.MethodCall)[] = [];
  let n: A.Expression = node;
  while (n.type === 'Index' || n.type === 'Call' || n.type === 'MethodCall') {
    spine.push(n);
    n = n.type === 'Call' ? n.callee : n.object;
  }
  expr(fs, n, e);
  for (let i = spine.length - 1; i >= 0; i--) {
    const s = spine[i];
    if (s.type === 'Index') indexSuffix(fs, s, e);
    else if (s.type === 'Call') callSuffix(fs, s, e);
    else methodSuffix(fs, s, e);
    fs.ts.last = fs.ts.lastOf(s);
  }
}

/** `.name` (field) and `[exp]` (yindex); also the names of a function statement. */
export function indexSuffix(fs: FuncState, node: A.Index, e: ExpDesc): void {
  const ts = fs.ts;
  ts.last = ts.lastOf(node.object); // the object is loaded while `.` or `[` is current
  exp2anyreg(fs, e);
  const key = new ExpDesc();
  if (node.dot && node.key.type === 'String') {
    ts.last = ts.lastOf(node);
    key.init(ExpKind.K, fs.stringK(node.key.value));
  } else {
    expr(fs, node.key, key);
    exp2val(fs, key);
    ts.last = ts.lastOf(node); // `]`
  }
  indexed(fs, e, key);
}

function callSuffix(fs: FuncState, node: A.Call, e: ExpDesc): void {
  const ts = fs.ts;
  ts.last = ts.lastOf(node.callee);
  exp2nextreg(fs, e);
  funcArgs(fs, node, ts.after(node.callee), e);
}

function methodSuffix(fs: FuncState, node: A.MethodCall, e: ExpDesc): void {
  const ts = fs.ts;
  const name = ts.next(ts.after(node.object)); // after the `:`
  ts.last = name;
  const key = new ExpDesc().init(ExpKind.K, fs.stringK(node.method));
  self(fs, e, key);
  funcArgs(fs, node, ts.next(name), e);
}

/** funcargs -> '(' [ explist1 ] ')' | constructor | STRING; then the CALL (at the args' line). */
function funcArgs(fs: FuncState, node: A.Call | A.MethodCall, argsToken: number, f: ExpDesc): void {
  const ts = fs.ts;
  const nodes = node.args;
  const only = nodes.length === 1 ? nodes[0] : null;
  const bare = only !== null && (only.type === 'String' || only.type === 'Table')
    && only.endLine === node.endLine && only.endColumn === node.endColumn; // f"s" or f{...}
  const args = new ExpDesc();
  let line: number;
  if (bare && only.type === 'Table') {
    line = only.line;
    constructor(fs, only, args);
  } else if (bare && only.type === 'String') {
    line = only.endLine;
    args.init(ExpKind.K, fs.stringK(only.value));
  } else {
    line = ts.endLine(argsToken);
    if (nodes.length === 0) {
      args.init(ExpKind.Void, 0);
    } else {
      exprList(fs, nodes, args);
      setMultRet(fs, args);
    }
  }
  ts.last = ts.lastOf(node);
  const base = f.info;
  let nparams: number;
  if (args.hasMultRet()) {
    nparams = -1;
  } else {
    if (args.k !== ExpKind.Void) exp2nextreg(fs, args);
    nparams = fs.freereg - (base + 1);
  }
  f.init(ExpKind.Call, fs.codeABC(Op.CALL, base, nparams + 1, 2));
  fs.fixLine(line);
  fs.freereg = base + 1; // the call leaves (at least) one result in `base`
}

/**
 * constructor -> '{' [ field { sep field } [sep] ] '}'. List items are stored by SETLIST in
 * batches of 50; the NEWTABLE gets the final counts as size hints ("floating point bytes").
 */
function constructor(fs: FuncState, node: A.TableConstructor, t: ExpDesc): void {
  const ts = fs.ts;
  const open = ts.first(node);
  ts.last = ts.prev(open); // NEWTABLE is emitted while `{` is current
  const pc = fs.codeABC(Op.NEWTABLE, 0, 0, 0);
  t.init(ExpKind.Relocable, pc);
  exp2nextreg(fs, t);
  ts.last = open;
  const fields = node.fields;
  const v = new ExpDesc(); // the last list item, not yet stored
  let na = 0;
  let nh = 0;
  let tostore = 0;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    if (i > 0) ts.last = ts.after(fields[i - 1]); // the separator
    if (v.k !== ExpKind.Void) { // closelistfield
      exp2nextreg(fs, v);
      v.k = ExpKind.Void;
      if (tostore === 50) {
        setList(fs, t.info, na, tostore);
        tostore = 0;
      }
    }
    ts.lookahead(ts.first(field)); // luac peeks past a leading name for `=`
    if (field.kind === 'positional') {
      expr(fs, field.value, v);
      na++;
      tostore++;
    } else {
      recField(fs, field, t);
      nh++;
    }
  }
  ts.last = ts.lastOf(node);
  if (tostore !== 0) { // lastlistfield
    if (v.hasMultRet()) {
      setMultRet(fs, v);
      setList(fs, t.info, na, -1);
      na--; // the open item does not count
    } else {
      if (v.k !== ExpKind.Void) exp2nextreg(fs, v);
      setList(fs, t.info, na, tostore);
    }
  }
  fs.setB(pc, int2fb(na));
  fs.setC(pc, int2fb(nh));
}

/** recfield -> (NAME | '[' exp ']') '=' exp */
function recField(fs: FuncState, field: A.TableField, t: ExpDesc): void {
  const ts = fs.ts;
  const reg = fs.freereg;
  const key = new ExpDesc();
  let assign: number;
  if (field.kind === 'named' && field.key !== null && field.key.type === 'String') {
    key.init(ExpKind.K, fs.stringK(field.key.value));
    assign = ts.next(ts.first(field));
  } else {
    expr(fs, field.key!, key);
    exp2val(fs, key);
    assign = ts.next(ts.after(field.key!)); // after the `]`
  }
  ts.last = assign;
  const rkkey = exp2RK(fs, key);
  const val = new ExpDesc();
  expr(fs, field.value, val);
  fs.codeABC(Op.SETTABLE, t.info, rkkey, exp2RK(fs, val));
  fs.freereg = reg;
}

/** luaO_int2fb: x as a "floating point byte" eeeeexxx, rounded up. */
export function int2fb(x: number): number {
  let e = 0;
  while (x >= 16) {
    x = (x + 1) >>> 1;
    e++;
  }
  return x < 8 ? x : ((e + 1) << 3) | (x - 8);
}
