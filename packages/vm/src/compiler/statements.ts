/**
 * Statements (lparser.c's chunk, block and the *stat functions), walked with the token cursor
 * where luac's parser stands: e.g. FORPREP and the generic `for`'s first JMP are stamped with the
 * `do` line, a loop's closing jump with the line of the last token before `end`, FORLOOP and
 * TFORLOOP with the loop header's line, a function statement's store with the `function` line.
 */

import type * as A from '@lupa/parser';
import { Token } from '@lupa/parser';
import { Op } from '../opcodes.js';
import { exp2anyreg, exp2nextreg, goIfTrue, setMultRet, setOneRet, setReturns, storeVar } from './codegen.js';
import { ExpDesc, ExpKind, NO_JUMP } from './expdesc.js';
import { expr, exprList } from './expressions.js';
import { CodegenMsg, FuncState } from './funcstate.js';
import { functionExpr } from './functions.js';

/** chunk -> { stat [';'] }: registers are all free again after each statement. */
export function chunkBody(fs: FuncState, stmts: readonly A.Statement[]): void {
  const ts = fs.ts;
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i];
    statement(fs, s);
    ts.last = ts.lastOf(s);
    const next = ts.next(ts.last);
    if (ts.kind(next) === Token.Semicolon) ts.last = next;
    fs.freereg = fs.nactvar;
  }
}

/** block -> chunk, in a scope of its own. */
function block(fs: FuncState, stmts: readonly A.Statement[]): void {
  fs.enterBlock(false);
  chunkBody(fs, stmts);
  fs.leaveBlock();
}

function statement(fs: FuncState, s: A.Statement): void {
  const ts = fs.ts;
  ts.last = ts.first(s);
  switch (s.type) {
    case 'Local': localStat(fs, s); break;
    case 'Assign': assignment(fs, s); break;
    case 'CallStatement': {
      const e = new ExpDesc();
      expr(fs, s.call, e);
      fs.setC(e.info, 1); // a call statement keeps no results
      break;
    }
    case 'Do': block(fs, s.body.body); break;
    case 'While': whileStat(fs, s); break;
    case 'Repeat': repeatStat(fs, s); break;
    case 'If': ifStat(fs, s); break;
    case 'NumericFor': forNum(fs, s); break;
    case 'GenericFor': forList(fs, s); break;
    case 'FunctionStatement': funcStat(fs, s); break;
    case 'LocalFunction': localFunc(fs, s); break;
    case 'Return': retStat(fs, s); break;
    case 'Break': breakStat(fs); break;
  }
}

/** cond -> exp: falls through when true; returns the list of exits when false. */
function cond(fs: FuncState, node: A.Expression): number {
  const v = new ExpDesc();
  expr(fs, node, v);
  if (v.k === ExpKind.Nil) v.k = ExpKind.False; // all falses are equal here
  goIfTrue(fs, v);
  return v.f;
}

/** Values of an expression list spread over `nvars` registers (nil-filled or truncated). */
function adjustAssign(fs: FuncState, nvars: number, nexps: number, e: ExpDesc): void {
  let extra = nvars - nexps;
  if (e.hasMultRet()) {
    extra++; // includes the call itself
    if (extra < 0) extra = 0;
    setReturns(fs, e, extra);
    if (extra > 1) fs.reserveRegs(extra - 1);
  } else {
    if (e.k !== ExpKind.Void) exp2nextreg(fs, e);
    if (extra > 0) {
      const reg = fs.freereg;
      fs.reserveRegs(extra);
      fs.loadNil(reg, extra);
    }
  }
}

/** localstat -> LOCAL NAME {',' NAME} ['=' explist1] */
function localStat(fs: FuncState, s: A.LocalStatement): void {
  const vars = s.vars;
  for (let i = 0; i < vars.length; i++) fs.newLocalVar(vars[i].name, vars[i], i);
  const e = new ExpDesc();
  const nexps = s.values.length > 0 ? exprList(fs, s.values, e) : 0;
  fs.ts.last = fs.ts.lastOf(s);
  adjustAssign(fs, vars.length, nexps, e);
  fs.adjustLocalVars(vars.length);
}

/** localfunc -> LOCAL FUNCTION NAME body: the name is in scope inside the body. */
function localFunc(fs: FuncState, s: A.LocalFunctionStatement): void {
  fs.ts.last = fs.ts.lastOf(s.variable);
  fs.newLocalVar(s.variable.name, s.variable, 0);
  const v = new ExpDesc().init(ExpKind.Local, fs.freereg);
  fs.reserveRegs(1);
  fs.adjustLocalVars(1);
  const b = new ExpDesc();
  functionExpr(fs, s.func, b);
  storeVar(fs, v, b);
  fs.locvarAt(fs.nactvar - 1).startpc = fs.pc; // debug info sees the variable only from here
}

/**
 * assignment -> target {',' target} '=' explist1. Targets are evaluated left to right, values
 * next, and the stores happen right to left. A local assigned after being used as a table or
 * key of an earlier target is copied first (check_conflict): `a[i], i = 1, 2`.
 */
function assignment(fs: FuncState, s: A.AssignStatement): void {
  const ts = fs.ts;
  const targets = s.targets;
  const lhs: ExpDesc[] = [];
  for (let i = 0; i < targets.length; i++) {
    if (i > 0) ts.last = ts.after(targets[i - 1]); // the comma
    const v = new ExpDesc();
    expr(fs, targets[i], v);
    if (i > 0 && v.k === ExpKind.Local) checkConflict(fs, lhs, v);
    lhs.push(v);
  }
  const e = new ExpDesc();
  const nexps = exprList(fs, s.values, e);
  ts.last = ts.lastOf(s);
  const nvars = lhs.length;
  if (nexps !== nvars) {
    adjustAssign(fs, nvars, nexps, e);
    if (nexps > nvars) fs.freereg -= nexps - nvars; // remove extra values
    e.init(ExpKind.NonReloc, fs.freereg - 1);
  } else {
    setOneRet(fs, e);
  }
  storeVar(fs, lhs[nvars - 1], e);
  for (let i = nvars - 2; i >= 0; i--) {
    e.init(ExpKind.NonReloc, fs.freereg - 1);
    storeVar(fs, lhs[i], e);
  }
}

function checkConflict(fs: FuncState, lhs: ExpDesc[], v: ExpDesc): void {
  const extra = fs.freereg; // where the local's current value is saved
  let conflict = false;
  for (let i = lhs.length - 1; i >= 0; i--) {
    const lh = lhs[i];
    if (lh.k !== ExpKind.Indexed) continue;
    if (lh.info === v.info) {
      conflict = true;
      lh.info = extra;
    }
    if (lh.aux === v.info) {
      conflict = true;
      lh.aux = extra;
    }
  }
  if (conflict) {
    fs.codeABC(Op.MOVE, fs.freereg, v.info, 0);
    fs.reserveRegs(1);
  }
}

/** whilestat -> WHILE cond DO block END */
function whileStat(fs: FuncState, s: A.WhileStatement): void {
  const ts = fs.ts;
  const whileInit = fs.getLabel();
  const condExit = cond(fs, s.condition);
  fs.enterBlock(true);
  ts.last = ts.after(s.condition); // `do`
  block(fs, s.body.body);
  fs.patchList(fs.jump(), whileInit);
  ts.last = ts.lastOf(s);
  fs.leaveBlock();
  fs.patchToHere(condExit); // false conditions finish the loop
}

/**
 * repeatstat -> REPEAT block UNTIL cond. The condition is inside the body's scope; when a body
 * local is captured, leaving through the condition must CLOSE it, so luac 5.1 emits a `break`
 * (CLOSE + JMP out) for the true case and a CLOSE + JMP back for the false one.
 */
function repeatStat(fs: FuncState, s: A.RepeatStatement): void {
  const ts = fs.ts;
  const repeatInit = fs.getLabel();
  fs.enterBlock(true); // loop block
  const scope = fs.enterBlock(false); // scope block
  chunkBody(fs, s.body.body);
  ts.last = ts.next(ts.last); // `until`
  const condExit = cond(fs, s.condition);
  if (!scope.upval) {
    fs.leaveBlock();
    fs.patchList(condExit, repeatInit); // close the loop
  } else {
    breakStat(fs); // if the condition holds, break
    fs.patchToHere(condExit);
    fs.leaveBlock();
    fs.patchList(fs.jump(), repeatInit); // else repeat
  }
  fs.leaveBlock();
}

/** ifstat -> IF cond THEN block {ELSEIF cond THEN block} [ELSE block] END */
function ifStat(fs: FuncState, s: A.IfStatement): void {
  const ts = fs.ts;
  let escapeList = NO_JUMP;
  let falseList = NO_JUMP;
  const clauses = s.clauses;
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i];
    if (i > 0) {
      escapeList = fs.concat(escapeList, fs.jump());
      fs.patchToHere(falseList);
      ts.last = ts.next(ts.last); // `elseif`
    }
    falseList = cond(fs, c.condition);
    ts.last = ts.after(c.condition); // `then`
    block(fs, c.body.body);
  }
  if (s.orelse !== null) {
    escapeList = fs.concat(escapeList, fs.jump());
    fs.patchToHere(falseList);
    ts.last = ts.next(ts.last); // `else` (after the patch, as luac does)
    block(fs, s.orelse.body);
  } else {
    escapeList = fs.concat(escapeList, falseList);
  }
  fs.patchToHere(escapeList);
}

/** exp1: an expression into the next register. */
function exp1(fs: FuncState, node: A.Expression): void {
  const e = new ExpDesc();
  expr(fs, node, e);
  exp2nextreg(fs, e);
}

/** fornum -> NAME '=' exp1 ',' exp1 [',' exp1] forbody */
function forNum(fs: FuncState, s: A.NumericFor): void {
  const ts = fs.ts;
  const line = ts.endLine(ts.first(s));
  fs.enterBlock(true); // scope for the loop and its control variables
  const base = fs.freereg;
  fs.newLocalVar('(for index)', null, 0);
  fs.newLocalVar('(for limit)', null, 1);
  fs.newLocalVar('(for step)', null, 2);
  fs.newLocalVar(s.variable.name, s.variable, 3);
  exp1(fs, s.start);
  exp1(fs, s.limit);
  if (s.step !== null) {
    exp1(fs, s.step);
  } else { // default step 1
    fs.codeABx(Op.LOADK, fs.freereg, fs.numberK(1));
    fs.reserveRegs(1);
  }
  forBody(fs, base, line, 1, true, ts.after(s.step ?? s.limit), s.body.body);
  ts.last = ts.lastOf(s);
  fs.leaveBlock(); // `break` jumps here
}

/** forlist -> NAME {',' NAME} IN explist1 forbody */
function forList(fs: FuncState, s: A.GenericFor): void {
  const ts = fs.ts;
  const vars = s.variables;
  const iterators = s.iterators;
  fs.enterBlock(true);
  const base = fs.freereg;
  fs.newLocalVar('(for generator)', null, 0);
  fs.newLocalVar('(for state)', null, 1);
  fs.newLocalVar('(for control)', null, 2);
  for (let i = 0; i < vars.length; i++) fs.newLocalVar(vars[i].name, vars[i], i + 3);
  ts.last = ts.after(vars[vars.length - 1]); // `in`
  const line = ts.endLine(ts.first(iterators[0]));
  const e = new ExpDesc();
  const nexps = exprList(fs, iterators, e);
  const lastIterator = iterators[iterators.length - 1];
  ts.last = ts.lastOf(lastIterator);
  adjustAssign(fs, 3, nexps, e);
  fs.checkStack(3); // extra space to call the generator
  forBody(fs, base, line, vars.length, false, ts.after(lastIterator), s.body.body);
  ts.last = ts.lastOf(s);
  fs.leaveBlock();
}

/** forbody -> DO block: the loop instructions around the body's scope. */
function forBody(
  fs: FuncState, base: number, line: number, nvars: number, isNum: boolean, doToken: number,
  body: readonly A.Statement[],
): void {
  fs.adjustLocalVars(3); // control variables
  fs.ts.last = doToken;
  const prep = isNum ? fs.codeAsBx(Op.FORPREP, base, NO_JUMP) : fs.jump();
  fs.enterBlock(false); // scope for the declared variables
  fs.adjustLocalVars(nvars);
  fs.reserveRegs(nvars);
  block(fs, body);
  fs.leaveBlock();
  fs.patchToHere(prep);
  const endFor = isNum ? fs.codeAsBx(Op.FORLOOP, base, NO_JUMP) : fs.codeABC(Op.TFORLOOP, base, 0, nvars);
  fs.fixLine(line); // the loop instruction belongs to the `for` line
  fs.patchList(isNum ? endFor : fs.jump(), prep + 1);
}

/** funcstat -> FUNCTION funcname body: the store is stamped with the `function` line. */
function funcStat(fs: FuncState, s: A.FunctionStatement): void {
  const line = fs.ts.endLine(fs.ts.first(s));
  const v = new ExpDesc();
  expr(fs, s.target, v);
  const b = new ExpDesc();
  functionExpr(fs, s.func, b);
  storeVar(fs, v, b);
  fs.fixLine(line);
}

/** retstat -> RETURN [explist1]: a lone call becomes a TAILCALL. */
function retStat(fs: FuncState, s: A.ReturnStatement): void {
  let first = 0;
  let nret = 0;
  if (s.values.length > 0) {
    const e = new ExpDesc();
    nret = exprList(fs, s.values, e);
    fs.ts.last = fs.ts.lastOf(s);
    if (e.hasMultRet()) {
      setMultRet(fs, e);
      if (e.k === ExpKind.Call && nret === 1) fs.code[e.info] = (fs.code[e.info] & ~0x3f) | Op.TAILCALL;
      first = fs.nactvar;
      nret = -1; // all values
    } else if (nret === 1) {
      first = exp2anyreg(fs, e);
    } else {
      exp2nextreg(fs, e); // values must be on the stack
      first = fs.nactvar;
    }
  }
  fs.ret(first, nret);
}

/** breakstat: CLOSE if some enclosed block has captured locals *so far*, then a jump out. */
function breakStat(fs: FuncState): void {
  let bl = fs.bl;
  let upval = false;
  while (bl !== null && !bl.isBreakable) {
    upval ||= bl.upval;
    bl = bl.previous;
  }
  if (bl === null) fs.error(CodegenMsg.noLoop);
  if (upval) fs.codeABC(Op.CLOSE, bl.nactvar, 0, 0);
  bl.breaklist = fs.concat(bl.breaklist, fs.jump());
}
