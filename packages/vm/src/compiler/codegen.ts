/**
 * Code generation for expression descriptors (lcode.c's second half): turning an ExpDesc into a
 * register, an RK operand or a jump; operators with luac's constant folding; stores; calls' result
 * counts. Every function here mirrors one of lcode.c's, in the same order of side effects, since
 * register numbers, constant indices and instruction order all depend on it.
 */

import type { BinaryOp } from '@lupa/parser';
import { Op, BITRK, LFIELDS_PER_FLUSH, MAXARG_C, MAXINDEXRK, getOp, getA, getB } from '../opcodes.js';
import { ExpDesc, ExpKind, NO_JUMP } from './expdesc.js';
import { arith } from './fold.js';
import { FuncState, NO_REG } from './funcstate.js';

/** Arithmetic operator → opcode. */
const arithOps: Record<string, Op> = { '+': Op.ADD, '-': Op.SUB, '*': Op.MUL, '/': Op.DIV, '%': Op.MOD, '^': Op.POW };

/** An open call or vararg gets `nresults` results (-1: all). */
export function setReturns(fs: FuncState, e: ExpDesc, nresults: number): void {
  if (e.k === ExpKind.Call) {
    fs.setC(e.info, nresults + 1);
  } else if (e.k === ExpKind.Vararg) {
    fs.setB(e.info, nresults + 1);
    fs.setA(e.info, fs.freereg);
    fs.reserveRegs(1);
  }
}

export function setMultRet(fs: FuncState, e: ExpDesc): void {
  setReturns(fs, e, -1);
}

/** An open call or vararg truncated to one value. */
export function setOneRet(fs: FuncState, e: ExpDesc): void {
  if (e.k === ExpKind.Call) {
    e.k = ExpKind.NonReloc;
    e.info = getA(fs.code[e.info]);
  } else if (e.k === ExpKind.Vararg) {
    fs.setB(e.info, 2);
    e.k = ExpKind.Relocable;
  }
}

/** Variables become values: loads of upvalues, globals and table fields are emitted here. */
export function dischargeVars(fs: FuncState, e: ExpDesc): void {
  switch (e.k) {
    case ExpKind.Local:
      e.k = ExpKind.NonReloc;
      break;
    case ExpKind.Upval:
      e.info = fs.codeABC(Op.GETUPVAL, 0, e.info, 0);
      e.k = ExpKind.Relocable;
      break;
    case ExpKind.Global:
      e.info = fs.codeABx(Op.GETGLOBAL, 0, e.info);
      e.k = ExpKind.Relocable;
      break;
    case ExpKind.Indexed:
      fs.freeReg(e.aux);
      fs.freeReg(e.info);
      e.info = fs.codeABC(Op.GETTABLE, 0, e.info, e.aux);
      e.k = ExpKind.Relocable;
      break;
    case ExpKind.Vararg:
    case ExpKind.Call:
      setOneRet(fs, e);
      break;
    default:
      break;
  }
}

/** A LOADBOOL that may be a jump target. */
function codeLabel(fs: FuncState, a: number, b: number, jump: number): number {
  fs.getLabel();
  return fs.codeABC(Op.LOADBOOL, a, b, jump);
}

function discharge2reg(fs: FuncState, e: ExpDesc, reg: number): void {
  dischargeVars(fs, e);
  switch (e.k) {
    case ExpKind.Nil:
      fs.loadNil(reg, 1);
      break;
    case ExpKind.False:
    case ExpKind.True:
      fs.codeABC(Op.LOADBOOL, reg, e.k === ExpKind.True ? 1 : 0, 0);
      break;
    case ExpKind.K:
      fs.codeABx(Op.LOADK, reg, e.info);
      break;
    case ExpKind.KNum:
      fs.codeABx(Op.LOADK, reg, fs.numberK(e.nval));
      break;
    case ExpKind.Relocable:
      fs.setA(e.info, reg);
      break;
    case ExpKind.NonReloc:
      if (reg !== e.info) fs.codeABC(Op.MOVE, reg, e.info, 0);
      break;
    default:
      return; // Void or Jmp: nothing to do
  }
  e.info = reg;
  e.k = ExpKind.NonReloc;
}

function discharge2anyreg(fs: FuncState, e: ExpDesc): void {
  if (e.k !== ExpKind.NonReloc) {
    fs.reserveRegs(1);
    discharge2reg(fs, e, fs.freereg - 1);
  }
}

/** Puts the value in `reg`, materializing pending jumps as LOADBOOLs where a value is needed. */
function exp2reg(fs: FuncState, e: ExpDesc, reg: number): void {
  discharge2reg(fs, e, reg);
  if (e.k === ExpKind.Jmp) e.t = fs.concat(e.t, e.info); // the test's own jump exits on true
  if (e.hasJumps()) {
    let pf = NO_JUMP; // position of an eventual LOADBOOL false
    let pt = NO_JUMP; // position of an eventual LOADBOOL true
    if (fs.needValue(e.t) || fs.needValue(e.f)) {
      const fj = e.k === ExpKind.Jmp ? NO_JUMP : fs.jump();
      pf = codeLabel(fs, reg, 0, 1);
      pt = codeLabel(fs, reg, 1, 0);
      fs.patchToHere(fj);
    }
    const final = fs.getLabel();
    fs.patchListAux(e.f, final, reg, pf);
    fs.patchListAux(e.t, final, reg, pt);
  }
  e.f = e.t = NO_JUMP;
  e.info = reg;
  e.k = ExpKind.NonReloc;
}

export function exp2nextreg(fs: FuncState, e: ExpDesc): void {
  dischargeVars(fs, e);
  fs.freeExp(e);
  fs.reserveRegs(1);
  exp2reg(fs, e, fs.freereg - 1);
}

export function exp2anyreg(fs: FuncState, e: ExpDesc): number {
  dischargeVars(fs, e);
  if (e.k === ExpKind.NonReloc) {
    if (!e.hasJumps()) return e.info;
    if (e.info >= fs.nactvar) { // a temporary: put the final value there
      exp2reg(fs, e, e.info);
      return e.info;
    }
  }
  exp2nextreg(fs, e);
  return e.info;
}

export function exp2val(fs: FuncState, e: ExpDesc): void {
  if (e.hasJumps()) exp2anyreg(fs, e);
  else dischargeVars(fs, e);
}

/** An RK operand: a constant index (with BITRK) when it fits, else a register. */
export function exp2RK(fs: FuncState, e: ExpDesc): number {
  exp2val(fs, e);
  switch (e.k) {
    case ExpKind.KNum:
    case ExpKind.True:
    case ExpKind.False:
    case ExpKind.Nil:
      if (fs.k.length <= MAXINDEXRK) {
        e.info = e.k === ExpKind.Nil ? fs.nilK()
          : e.k === ExpKind.KNum ? fs.numberK(e.nval)
          : fs.boolK(e.k === ExpKind.True);
        e.k = ExpKind.K;
        return e.info | BITRK;
      }
      break;
    case ExpKind.K:
      if (e.info <= MAXINDEXRK) return e.info | BITRK;
      break;
    default:
      break;
  }
  return exp2anyreg(fs, e);
}

/** Assignment of `ex` to variable `v`. */
export function storeVar(fs: FuncState, v: ExpDesc, ex: ExpDesc): void {
  switch (v.k) {
    case ExpKind.Local:
      fs.freeExp(ex);
      exp2reg(fs, ex, v.info);
      return;
    case ExpKind.Upval: {
      const e = exp2anyreg(fs, ex);
      fs.codeABC(Op.SETUPVAL, e, v.info, 0);
      break;
    }
    case ExpKind.Global: {
      const e = exp2anyreg(fs, ex);
      fs.codeABx(Op.SETGLOBAL, e, v.info);
      break;
    }
    case ExpKind.Indexed: {
      const e = exp2RK(fs, ex);
      fs.codeABC(Op.SETTABLE, v.info, v.aux, e);
      break;
    }
    default:
      break;
  }
  fs.freeExp(ex);
}

/** `obj:name` — SELF puts the method and the object in two consecutive registers. */
export function self(fs: FuncState, e: ExpDesc, key: ExpDesc): void {
  exp2anyreg(fs, e);
  fs.freeExp(e);
  const func = fs.freereg;
  fs.reserveRegs(2);
  fs.codeABC(Op.SELF, func, e.info, exp2RK(fs, key));
  fs.freeExp(key);
  e.info = func;
  e.k = ExpKind.NonReloc;
}

/** `t[k]`: `t` must already be in a register. */
export function indexed(fs: FuncState, t: ExpDesc, k: ExpDesc): void {
  t.aux = exp2RK(fs, k);
  t.k = ExpKind.Indexed;
}

function invertJump(fs: FuncState, e: ExpDesc): void {
  const pc = fs.getJumpControl(e.info);
  fs.setA(pc, getA(fs.code[pc]) === 0 ? 1 : 0);
}

function jumpOnCond(fs: FuncState, e: ExpDesc, cond: number): number {
  if (e.k === ExpKind.Relocable) {
    const ie = fs.code[e.info];
    if (getOp(ie) === Op.NOT) {
      fs.pc--; // remove the NOT and test its operand with the opposite condition
      return fs.condJump(Op.TEST, getB(ie), 0, cond === 0 ? 1 : 0);
    }
  }
  discharge2anyreg(fs, e);
  fs.freeExp(e);
  return fs.condJump(Op.TESTSET, NO_REG, e.info, cond);
}

/**
 * Falls through when `e` is true; its false exits are collected in `e.f`. (Lua 5.1.5 has no
 * "always jump" case for constant false: it is loaded and tested like any value.)
 */
export function goIfTrue(fs: FuncState, e: ExpDesc): void {
  let pc: number;
  dischargeVars(fs, e);
  switch (e.k) {
    case ExpKind.K:
    case ExpKind.KNum:
    case ExpKind.True:
      pc = NO_JUMP; // always true
      break;
    case ExpKind.Jmp:
      invertJump(fs, e);
      pc = e.info;
      break;
    default:
      pc = jumpOnCond(fs, e, 0);
      break;
  }
  e.f = fs.concat(e.f, pc);
  fs.patchToHere(e.t);
  e.t = NO_JUMP;
}

/** Falls through when `e` is false; its true exits are collected in `e.t`. */
function goIfFalse(fs: FuncState, e: ExpDesc): void {
  let pc: number;
  dischargeVars(fs, e);
  switch (e.k) {
    case ExpKind.Nil:
    case ExpKind.False:
      pc = NO_JUMP; // always false
      break;
    case ExpKind.Jmp:
      pc = e.info;
      break;
    default:
      pc = jumpOnCond(fs, e, 1);
      break;
  }
  e.t = fs.concat(e.t, pc);
  fs.patchToHere(e.f);
  e.f = NO_JUMP;
}

function codeNot(fs: FuncState, e: ExpDesc): void {
  dischargeVars(fs, e);
  switch (e.k) {
    case ExpKind.Nil:
    case ExpKind.False:
      e.k = ExpKind.True;
      break;
    case ExpKind.K:
    case ExpKind.KNum:
    case ExpKind.True:
      e.k = ExpKind.False;
      break;
    case ExpKind.Jmp:
      invertJump(fs, e);
      break;
    case ExpKind.Relocable:
    case ExpKind.NonReloc:
      discharge2anyreg(fs, e);
      fs.freeExp(e);
      e.info = fs.codeABC(Op.NOT, 0, e.info, 0);
      e.k = ExpKind.Relocable;
      break;
    default:
      break;
  }
  const temp = e.f; // interchange true and false lists
  e.f = e.t;
  e.t = temp;
  fs.removeValues(e.f);
  fs.removeValues(e.t);
}

/** luac folds arithmetic on numeric literals, except division or modulo by 0 and NaN results. */
function constFolding(op: Op, e1: ExpDesc, e2: ExpDesc): boolean {
  if (!e1.isNumeral() || !e2.isNumeral()) return false;
  const v2 = e2.nval;
  if ((op === Op.DIV || op === Op.MOD) && v2 === 0) return false;
  if (op === Op.LEN) return false;
  const r = arith(op, e1.nval, v2);
  if (Number.isNaN(r)) return false;
  e1.nval = r;
  return true;
}

function codeArith(fs: FuncState, op: Op, e1: ExpDesc, e2: ExpDesc): void {
  if (constFolding(op, e1, e2)) return;
  const o2 = op !== Op.UNM && op !== Op.LEN ? exp2RK(fs, e2) : 0;
  const o1 = exp2RK(fs, e1);
  if (o1 > o2) {
    fs.freeExp(e1);
    fs.freeExp(e2);
  } else {
    fs.freeExp(e2);
    fs.freeExp(e1);
  }
  e1.info = fs.codeABC(op, 0, o1, o2);
  e1.k = ExpKind.Relocable;
}

function codeComp(fs: FuncState, op: Op, cond: number, e1: ExpDesc, e2: ExpDesc): void {
  let o1 = exp2RK(fs, e1);
  let o2 = exp2RK(fs, e2);
  fs.freeExp(e2);
  fs.freeExp(e1);
  if (cond === 0 && op !== Op.EQ) { // `a > b` is `b < a`, `a >= b` is `b <= a`
    const temp = o1;
    o1 = o2;
    o2 = temp;
    cond = 1;
  }
  e1.info = fs.condJump(op, cond, o1, o2);
  e1.k = ExpKind.Jmp;
}

/** luaK_prefix: unary operators (the operand has been read). */
export function prefix(fs: FuncState, op: 'not' | '-' | '#', e: ExpDesc): void {
  const e2 = new ExpDesc().init(ExpKind.KNum, 0);
  switch (op) {
    case '-':
      if (!e.isNumeral()) exp2anyreg(fs, e); // cannot operate on non-numeric constants
      codeArith(fs, Op.UNM, e, e2);
      break;
    case 'not':
      codeNot(fs, e);
      break;
    case '#':
      exp2anyreg(fs, e); // cannot operate on constants
      codeArith(fs, Op.LEN, e, e2);
      break;
  }
}

/** luaK_infix: the left operand, once the operator has been read. */
export function infix(fs: FuncState, op: BinaryOp, v: ExpDesc): void {
  switch (op) {
    case 'and':
      goIfTrue(fs, v);
      break;
    case 'or':
      goIfFalse(fs, v);
      break;
    case '..':
      exp2nextreg(fs, v); // operand must be on the stack
      break;
    case '+': case '-': case '*': case '/': case '%': case '^':
      if (!v.isNumeral()) exp2RK(fs, v);
      break;
    default:
      exp2RK(fs, v);
      break;
  }
}

/** luaK_posfix: both operands read; the result replaces `e1`. */
export function posfix(fs: FuncState, op: BinaryOp, e1: ExpDesc, e2: ExpDesc): void {
  switch (op) {
    case 'and':
      dischargeVars(fs, e2);
      e2.f = fs.concat(e2.f, e1.f);
      e1.copyFrom(e2);
      break;
    case 'or':
      dischargeVars(fs, e2);
      e2.t = fs.concat(e2.t, e1.t);
      e1.copyFrom(e2);
      break;
    case '..':
      exp2val(fs, e2);
      if (e2.k === ExpKind.Relocable && getOp(fs.code[e2.info]) === Op.CONCAT) {
        fs.freeExp(e1); // merge into the CONCAT of the right operand
        fs.setB(e2.info, e1.info);
        e1.k = ExpKind.Relocable;
        e1.info = e2.info;
      } else {
        exp2nextreg(fs, e2);
        codeArith(fs, Op.CONCAT, e1, e2);
      }
      break;
    case '==': codeComp(fs, Op.EQ, 1, e1, e2); break;
    case '~=': codeComp(fs, Op.EQ, 0, e1, e2); break;
    case '<': codeComp(fs, Op.LT, 1, e1, e2); break;
    case '<=': codeComp(fs, Op.LE, 1, e1, e2); break;
    case '>': codeComp(fs, Op.LT, 0, e1, e2); break;
    case '>=': codeComp(fs, Op.LE, 0, e1, e2); break;
    default:
      codeArith(fs, arithOps[op], e1, e2);
      break;
  }
}

/** luaK_setlist: stores `tostore` list items (-1: up to the top) into the table at `base`. */
export function setList(fs: FuncState, base: number, nelems: number, tostore: number): void {
  const c = Math.trunc((nelems - 1) / LFIELDS_PER_FLUSH) + 1;
  const b = tostore === -1 ? 0 : tostore;
  if (c <= MAXARG_C) {
    fs.codeABC(Op.SETLIST, base, b, c);
  } else {
    fs.codeABC(Op.SETLIST, base, b, 0);
    fs.emit(c); // the batch number in a word of its own
  }
  fs.freereg = base + 1;
}
