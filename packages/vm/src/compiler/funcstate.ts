/**
 * FuncState: one function being compiled (lparser.h's FuncState) and the low layer of code
 * generation that works on it (lcode.c's first half): emitting instructions, jump lists,
 * registers, the constant table, locals and blocks.
 *
 * Jump lists. A pending jump is a JMP whose target is not yet known; the jumps waiting for the
 * same target are chained through their own sBx fields (each points to the next, NO_JUMP ends
 * the list), so a list is just the pc of its first jump. `jpc` holds the jumps that target "the
 * next instruction emitted"; they are fixed just before that instruction is written (which is
 * why `lasttarget` exists: code at a jump target must not be merged with what precedes it).
 * A jump that follows a TESTSET can still drop its value (turn into TEST) or choose the register
 * it saves into when the list is finally patched.
 *
 * Registers are a stack: locals occupy [0, nactvar), temporaries sit above them up to `freereg`.
 */

import type { FunctionNode, LocalVar } from '@lupa/parser';
import { LuaSyntaxError, chunkId } from '@lupa/parser';
import {
  Op, opModes, createABC, createABx, createAsBx, getOp, getA, getB, getC, getSBx,
  MAXARG_A, MAXARG_BX, MAXARG_SBX, MAXSTACK, POS_A, POS_B, POS_C, POS_BX,
} from '../opcodes.js';
import { LocVar, Proto } from '../proto.js';
import type { LuaValue } from '../value.js';
import { ExpDesc, ExpKind, NO_JUMP } from './expdesc.js';
import type { Tokens } from './tokens.js';

/** "No register" for TESTSET patching. */
export const NO_REG = MAXARG_A;

/** Limit of locals declared in one function (SHRT_MAX: the size of `locvars`). */
const MAX_LOCVARS = 32767;

/** Message texts of code-generation errors (luac's words). */
export const CodegenMsg = {
  tooComplex: 'function or expression too complex',
  tooLong: 'control structure too long',
  constantOverflow: 'constant table overflow',
  codeOverflow: 'code size overflow',
  tooManyLocals: 'too many local variables',
  noLoop: 'no loop to break',
} as const;

/** A lexical block (lparser.c's BlockCnt). */
export class BlockCnt {
  previous: BlockCnt | null;
  /** Jumps out of the loop (`break`s). */
  breaklist: number;
  /** Active locals outside the block. */
  nactvar: number;
  /** Some local of this block is captured by a closure (needs CLOSE on exit). */
  upval: boolean;
  isBreakable: boolean;

  constructor(previous: BlockCnt | null, nactvar: number, isBreakable: boolean) {
    this.previous = previous;
    this.breaklist = NO_JUMP;
    this.nactvar = nactvar;
    this.upval = false;
    this.isBreakable = isBreakable;
  }
}

/** The key standing for nil in the constant cache (nil cannot be a Map key we can tell apart). */
const NIL_KEY = {};

export class FuncState {
  readonly node: FunctionNode;
  readonly prev: FuncState | null;
  readonly ts: Tokens;
  readonly chunkName: string;
  code: number[] = [];
  lineinfo: number[] = [];
  k: LuaValue[] = [];
  /** Constant → index (lcode.c's `fs->h`; Map's SameValueZero makes 0 and -0 one key, as in Lua). */
  private kcache = new Map<unknown, number>();
  p: Proto[] = [];
  locvars: LocVar[] = [];
  /** Locvar index of each active (or pending) local, by register. */
  private actvar: number[] = [];
  /** The declaration of each active (or pending) local, by register; null for hidden ones. */
  private actdecl: (LocalVar | null)[] = [];
  /** Register of each active declared local. */
  private regs = new Map<LocalVar, number>();
  bl: BlockCnt | null = null;
  pc = 0;
  /** pc of the last jump target. */
  lasttarget = -1;
  /** Jumps to the next instruction. */
  jpc = NO_JUMP;
  freereg = 0;
  nactvar = 0;
  maxstacksize = 2;
  isVararg = 0;
  numparams = 0;

  constructor(node: FunctionNode, prev: FuncState | null, ts: Tokens, chunkName: string) {
    this.node = node;
    this.prev = prev;
    this.ts = ts;
    this.chunkName = chunkName;
  }

  // ------------------------------------------------------------ errors

  /** luaX_syntaxerror: `chunk:line: msg near 'tok'` at the current token. */
  error(msg: string): never {
    const line = this.ts.currentLine();
    let near = this.ts.nearText();
    const nul = near.indexOf('\0');
    if (nul >= 0) near = near.slice(0, nul);
    const reason = `${msg} near '${near}'`;
    throw new LuaSyntaxError(`${chunkId(this.chunkName)}:${line}: ${reason}`, line, this.chunkName, reason);
  }

  /** Errors Lua raises from its allocator (luaM_growvector): no position. */
  plainError(msg: string): never {
    throw new LuaSyntaxError(msg, this.ts.currentLine(), this.chunkName, msg);
  }

  // ------------------------------------------------------------ emitting

  /** luaK_code: appends an instruction stamped with the last consumed token's line. */
  emit(i: number): number {
    this.dischargeJpc();
    const pc = this.pc;
    this.code[pc] = i;
    this.lineinfo[pc] = this.ts.lastLine();
    this.pc = pc + 1;
    return pc;
  }

  codeABC(op: Op, a: number, b: number, c: number): number {
    return this.emit(createABC(op, a, b, c));
  }

  codeABx(op: Op, a: number, bx: number): number {
    return this.emit(createABx(op, a, bx));
  }

  codeAsBx(op: Op, a: number, sbx: number): number {
    return this.emit(createAsBx(op, a, sbx));
  }

  /** luaK_fixline: restamps the last instruction. */
  fixLine(line: number): void {
    this.lineinfo[this.pc - 1] = line;
  }

  setA(pc: number, a: number): void {
    const i = this.code[pc];
    this.code[pc] = ((i & ~(0xff << POS_A)) | (a << POS_A)) | 0;
  }

  setB(pc: number, b: number): void {
    const i = this.code[pc];
    this.code[pc] = ((i & ~(0x1ff << POS_B)) | (b << POS_B)) | 0;
  }

  setC(pc: number, c: number): void {
    const i = this.code[pc];
    this.code[pc] = ((i & ~(0x1ff << POS_C)) | (c << POS_C)) | 0;
  }

  private setSBx(pc: number, sbx: number): void {
    const i = this.code[pc];
    this.code[pc] = ((i & 0x3fff) | ((sbx + MAXARG_SBX) << POS_BX)) | 0;
  }

  /** luaK_nil: sets registers [from, from+n) to nil, merging with a preceding LOADNIL. */
  loadNil(from: number, n: number): void {
    if (this.pc > this.lasttarget) { // no jumps to the current position?
      if (this.pc === 0) { // function start: registers above the params are already nil
        if (from >= this.nactvar) return;
      } else {
        const previous = this.code[this.pc - 1];
        if (getOp(previous) === Op.LOADNIL) {
          const pfrom = getA(previous);
          const pto = getB(previous);
          if (pfrom <= from && from <= pto + 1) { // can connect both?
            if (from + n - 1 > pto) this.setB(this.pc - 1, from + n - 1);
            return;
          }
        }
      }
    }
    this.codeABC(Op.LOADNIL, from, from + n - 1, 0);
  }

  ret(first: number, nret: number): void {
    this.codeABC(Op.RETURN, first, nret + 1, 0);
  }

  // ------------------------------------------------------------ jumps

  /** luaK_jump: a new pending JMP, carrying the jumps to here along (they chain through it). */
  jump(): number {
    const jpc = this.jpc;
    this.jpc = NO_JUMP;
    return this.concat(this.codeAsBx(Op.JMP, 0, NO_JUMP), jpc);
  }

  /** A test instruction followed by its jump. */
  condJump(op: Op, a: number, b: number, c: number): number {
    this.codeABC(op, a, b, c);
    return this.jump();
  }

  /** luaK_getlabel: the current pc, marked as a jump target. */
  getLabel(): number {
    this.lasttarget = this.pc;
    return this.pc;
  }

  private getJump(pc: number): number {
    const offset = getSBx(this.code[pc]);
    return offset === NO_JUMP ? NO_JUMP : pc + 1 + offset;
  }

  private fixJump(pc: number, dest: number): void {
    const offset = dest - (pc + 1);
    if (Math.abs(offset) > MAXARG_SBX) this.error(CodegenMsg.tooLong);
    this.setSBx(pc, offset);
  }

  /** The instruction controlling the jump at `pc`: the test before it, or the jump itself. */
  getJumpControl(pc: number): number {
    return pc >= 1 && opModes[getOp(this.code[pc - 1])][0] === 1 ? pc - 1 : pc;
  }

  /** Appends list `l2` to list `l1`; returns the new head of `l1`. */
  concat(l1: number, l2: number): number {
    if (l2 === NO_JUMP) return l1;
    if (l1 === NO_JUMP) return l2;
    let list = l1;
    let next: number;
    while ((next = this.getJump(list)) !== NO_JUMP) list = next;
    this.fixJump(list, l2);
    return l1;
  }

  /** Does some jump in the list need a value (is not controlled by a TESTSET)? */
  needValue(list: number): boolean {
    for (; list !== NO_JUMP; list = this.getJump(list)) {
      if (getOp(this.code[this.getJumpControl(list)]) !== Op.TESTSET) return true;
    }
    return false;
  }

  /** A TESTSET before the jump saves into `reg`, or becomes a TEST when no value is wanted. */
  private patchTestReg(node: number, reg: number): boolean {
    const pc = this.getJumpControl(node);
    const i = this.code[pc];
    if (getOp(i) !== Op.TESTSET) return false;
    if (reg !== NO_REG && reg !== getB(i)) this.setA(pc, reg);
    else this.code[pc] = createABC(Op.TEST, getB(i), 0, getC(i));
    return true;
  }

  removeValues(list: number): void {
    for (; list !== NO_JUMP; list = this.getJump(list)) this.patchTestReg(list, NO_REG);
  }

  /** Jumps whose TESTSET delivers a value go to `vtarget` (saving into `reg`), others to `dtarget`. */
  patchListAux(list: number, vtarget: number, reg: number, dtarget: number): void {
    while (list !== NO_JUMP) {
      const next = this.getJump(list);
      if (this.patchTestReg(list, reg)) this.fixJump(list, vtarget);
      else this.fixJump(list, dtarget);
      list = next;
    }
  }

  private dischargeJpc(): void {
    if (this.jpc === NO_JUMP) return;
    const jpc = this.jpc;
    this.jpc = NO_JUMP;
    this.patchListAux(jpc, this.pc, NO_REG, this.pc);
  }

  patchList(list: number, target: number): void {
    if (target === this.pc) this.patchToHere(list);
    else this.patchListAux(list, target, NO_REG, target);
  }

  patchToHere(list: number): void {
    this.getLabel();
    this.jpc = this.concat(this.jpc, list);
  }

  // ------------------------------------------------------------ registers

  checkStack(n: number): void {
    const newstack = this.freereg + n;
    if (newstack > this.maxstacksize) {
      if (newstack >= MAXSTACK) this.error(CodegenMsg.tooComplex);
      this.maxstacksize = newstack;
    }
  }

  reserveRegs(n: number): void {
    this.checkStack(n);
    this.freereg += n;
  }

  /** Frees a temporary register (constants and locals are not on the free stack). */
  freeReg(reg: number): void {
    if ((reg & 0x100) === 0 && reg >= this.nactvar) this.freereg--;
  }

  freeExp(e: ExpDesc): void {
    if (e.k === ExpKind.NonReloc) this.freeReg(e.info);
  }

  // ------------------------------------------------------------ constants

  private addK(key: unknown, v: LuaValue): number {
    const found = this.kcache.get(key);
    if (found !== undefined) return found;
    const n = this.k.length;
    if (n >= MAXARG_BX) this.plainError(CodegenMsg.constantOverflow);
    this.kcache.set(key, n);
    this.k.push(v);
    return n;
  }

  stringK(s: string): number {
    return this.addK(s, s);
  }

  numberK(r: number): number {
    return this.addK(r, r);
  }

  boolK(b: boolean): number {
    return this.addK(b, b);
  }

  nilK(): number {
    return this.addK(NIL_KEY, undefined);
  }

  /** Adds a nested function prototype (its index is CLOSURE's Bx). */
  addProto(p: Proto): number {
    if (this.p.length >= MAXARG_BX) this.plainError(CodegenMsg.constantOverflow);
    this.p.push(p);
    return this.p.length - 1;
  }

  // ------------------------------------------------------------ locals and blocks

  /** new_localvar: declares the `n`-th pending local (active only after `adjustLocalVars`). */
  newLocalVar(name: string, decl: LocalVar | null, n: number): void {
    if (this.locvars.length >= MAX_LOCVARS) this.plainError(CodegenMsg.tooManyLocals);
    this.locvars.push(new LocVar(name, 0, 0));
    this.actvar[this.nactvar + n] = this.locvars.length - 1;
    this.actdecl[this.nactvar + n] = decl;
  }

  /** adjustlocalvars: the next `nvars` pending locals become active here. */
  adjustLocalVars(nvars: number): void {
    for (; nvars > 0; nvars--) {
      const reg = this.nactvar++;
      this.locvars[this.actvar[reg]].startpc = this.pc;
      const decl = this.actdecl[reg];
      if (decl !== null) this.regs.set(decl, reg);
    }
  }

  /** removevars: locals above `level` go out of scope here. */
  removeVars(level: number): void {
    while (this.nactvar > level) {
      const reg = --this.nactvar;
      this.locvars[this.actvar[reg]].endpc = this.pc;
      const decl = this.actdecl[reg];
      if (decl !== null) this.regs.delete(decl);
    }
  }

  /** The locvar entry of the active local in register `reg`. */
  locvarAt(reg: number): LocVar {
    return this.locvars[this.actvar[reg]];
  }

  /** The register of an active local, or -1. */
  regOf(decl: LocalVar): number {
    return this.regs.get(decl) ?? -1;
  }

  enterBlock(isBreakable: boolean): BlockCnt {
    const bl = new BlockCnt(this.bl, this.nactvar, isBreakable);
    this.bl = bl;
    return bl;
  }

  leaveBlock(): void {
    const bl = this.bl!;
    this.bl = bl.previous;
    this.removeVars(bl.nactvar);
    if (bl.upval) this.codeABC(Op.CLOSE, bl.nactvar, 0, 0);
    this.freereg = this.nactvar;
    this.patchToHere(bl.breaklist);
  }

  /** markupval: the block declaring the local in `level` must close its upvalues. */
  markUpval(level: number): void {
    let bl = this.bl;
    while (bl !== null && bl.nactvar > level) bl = bl.previous;
    if (bl !== null) bl.upval = true;
  }

  // ------------------------------------------------------------ result

  /** close_func: ends all scopes, adds the final RETURN and builds the Proto. */
  close(): Proto {
    this.removeVars(0);
    this.ret(0, 0);
    const f = new Proto(this.chunkName);
    const node = this.node;
    f.code = Int32Array.from(this.code.slice(0, this.pc));
    f.lineinfo = Int32Array.from(this.lineinfo.slice(0, this.pc));
    f.k = this.k;
    f.p = this.p;
    f.locvars = this.locvars;
    f.upvalueNames = node.upvalues.map((u) => u.name);
    f.lineDefined = node.lineDefined;
    f.lastLineDefined = node.lastLineDefined;
    f.nups = node.upvalues.length;
    f.numparams = this.numparams;
    f.isVararg = this.isVararg;
    f.maxStackSize = this.maxstacksize;
    return f;
  }
}
