/**
 * Expression descriptors (lparser.h's expdesc): what the code generator knows about an
 * expression it has not yet placed in a register. Code is emitted lazily: a global stays a name
 * until someone needs its value, a constant stays a constant until it must become an RK operand
 * or a LOADK, a comparison stays a pending jump until it is used as a condition or a value.
 */

/** Where an expression's value is (lparser.h's expkind, ORDER kept: Local..Indexed are variables). */
export const enum ExpKind {
  /** No value (empty expression list). */
  Void = 0,
  Nil = 1,
  True = 2,
  False = 3,
  /** Constant `info` in the constant table. */
  K = 4,
  /** Numeric constant `nval`, not yet in the constant table. */
  KNum = 5,
  /** Local variable in register `info`. */
  Local = 6,
  /** Upvalue `info`. */
  Upval = 7,
  /** Global whose name is constant `info`. */
  Global = 8,
  /** Table in register `info`, key RK `aux`. */
  Indexed = 9,
  /** A test; `info` is the pc of its jump. */
  Jmp = 10,
  /** Instruction `info` computes the value; its A register is still to be set. */
  Relocable = 11,
  /** Value in register `info`. */
  NonReloc = 12,
  /** Open call at pc `info`. */
  Call = 13,
  /** VARARG at pc `info`. */
  Vararg = 14,
}

/** End marker of jump lists. */
export const NO_JUMP = -1;

export class ExpDesc {
  k: ExpKind = ExpKind.Void;
  info = 0;
  aux = 0;
  /** Value of a KNum. */
  nval = 0;
  /** Patch list of "exit when true". */
  t = NO_JUMP;
  /** Patch list of "exit when false". */
  f = NO_JUMP;

  init(k: ExpKind, info: number): this {
    this.k = k;
    this.info = info;
    this.t = NO_JUMP;
    this.f = NO_JUMP;
    return this;
  }

  copyFrom(e: ExpDesc): void {
    this.k = e.k;
    this.info = e.info;
    this.aux = e.aux;
    this.nval = e.nval;
    this.t = e.t;
    this.f = e.f;
  }

  hasJumps(): boolean {
    return this.t !== this.f;
  }

  /** A numeric constant without pending jumps: a candidate for constant folding. */
  isNumeral(): boolean {
    return this.k === ExpKind.KNum && this.t === NO_JUMP && this.f === NO_JUMP;
  }

  hasMultRet(): boolean {
    return this.k === ExpKind.Call || this.k === ExpKind.Vararg;
  }
}
