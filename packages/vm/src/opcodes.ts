/**
 * The instruction set: Lua 5.1's, opcode for opcode and bit for bit (lopcodes.h), so that
 * `lupac -l` can be compared line by line with `luac5.1 -l` and runtime error messages can name
 * variables by the same bytecode analysis PUC Lua uses (ldebug.c's getobjname).
 *
 * An instruction is a 32-bit word (stored in an Int32Array):
 *
 *   bits  0..5   OP      6 bits
 *   bits  6..13  A       8 bits
 *   bits 14..22  C       9 bits
 *   bits 23..31  B       9 bits
 *   bits 14..31  Bx      18 bits (unsigned), sBx = Bx - MAXARG_sBx
 *
 * RK(x): if x & BITRK the operand is constant K(x & ~BITRK), else register R(x).
 *
 * ORDER OP: the numeric values below are Lua 5.1's; `opNames` and `opModes` follow the same order
 * (checked by test/opcodes.test.ts). The interpreter switches on literal numbers, not on this
 * enum's members, when the enum is not inlined across files.
 */

export const enum Op {
  /** A B     R(A) := R(B) */
  MOVE = 0,
  /** A Bx    R(A) := Kst(Bx) */
  LOADK = 1,
  /** A B C   R(A) := (Bool)B; if (C) pc++ */
  LOADBOOL = 2,
  /** A B     R(A) := ... := R(B) := nil */
  LOADNIL = 3,
  /** A B     R(A) := UpValue[B] */
  GETUPVAL = 4,
  /** A Bx    R(A) := Gbl[Kst(Bx)] */
  GETGLOBAL = 5,
  /** A B C   R(A) := R(B)[RK(C)] */
  GETTABLE = 6,
  /** A Bx    Gbl[Kst(Bx)] := R(A) */
  SETGLOBAL = 7,
  /** A B     UpValue[B] := R(A) */
  SETUPVAL = 8,
  /** A B C   R(A)[RK(B)] := RK(C) */
  SETTABLE = 9,
  /** A B C   R(A) := {} (size = B,C as "floating point bytes") */
  NEWTABLE = 10,
  /** A B C   R(A+1) := R(B); R(A) := R(B)[RK(C)] */
  SELF = 11,
  /** A B C   R(A) := RK(B) + RK(C) */
  ADD = 12,
  /** A B C   R(A) := RK(B) - RK(C) */
  SUB = 13,
  /** A B C   R(A) := RK(B) * RK(C) */
  MUL = 14,
  /** A B C   R(A) := RK(B) / RK(C) */
  DIV = 15,
  /** A B C   R(A) := RK(B) % RK(C) */
  MOD = 16,
  /** A B C   R(A) := RK(B) ^ RK(C) */
  POW = 17,
  /** A B     R(A) := -R(B) */
  UNM = 18,
  /** A B     R(A) := not R(B) */
  NOT = 19,
  /** A B     R(A) := length of R(B) */
  LEN = 20,
  /** A B C   R(A) := R(B).. ... ..R(C) */
  CONCAT = 21,
  /** sBx     pc+=sBx */
  JMP = 22,
  /** A B C   if ((RK(B) == RK(C)) ~= A) then pc++ */
  EQ = 23,
  /** A B C   if ((RK(B) <  RK(C)) ~= A) then pc++ */
  LT = 24,
  /** A B C   if ((RK(B) <= RK(C)) ~= A) then pc++ */
  LE = 25,
  /** A C     if not (R(A) <=> C) then pc++ */
  TEST = 26,
  /** A B C   if (R(B) <=> C) then R(A) := R(B) else pc++ */
  TESTSET = 27,
  /** A B C   R(A), ... ,R(A+C-2) := R(A)(R(A+1), ... ,R(A+B-1)) */
  CALL = 28,
  /** A B C   return R(A)(R(A+1), ... ,R(A+B-1)) */
  TAILCALL = 29,
  /** A B     return R(A), ... ,R(A+B-2) */
  RETURN = 30,
  /** A sBx   R(A)+=R(A+2); if R(A) <?= R(A+1) then { pc+=sBx; R(A+3)=R(A) } */
  FORLOOP = 31,
  /** A sBx   R(A)-=R(A+2); pc+=sBx */
  FORPREP = 32,
  /** A C     R(A+3), ... ,R(A+2+C) := R(A)(R(A+1), R(A+2)); if R(A+3) ~= nil then R(A+2)=R(A+3) else pc++ */
  TFORLOOP = 33,
  /** A B C   R(A)[(C-1)*FPF+i] := R(A+i), 1 <= i <= B */
  SETLIST = 34,
  /** A       close all variables in the stack up to (>=) R(A) */
  CLOSE = 35,
  /** A Bx    R(A) := closure(KPROTO[Bx], R(A), ... ,R(A+n)) */
  CLOSURE = 36,
  /** A B     R(A), R(A+1), ..., R(A+B-1) = vararg */
  VARARG = 37,
}

export const NUM_OPCODES = 38;

export const opNames: readonly string[] = [
  'MOVE', 'LOADK', 'LOADBOOL', 'LOADNIL', 'GETUPVAL', 'GETGLOBAL', 'GETTABLE', 'SETGLOBAL',
  'SETUPVAL', 'SETTABLE', 'NEWTABLE', 'SELF', 'ADD', 'SUB', 'MUL', 'DIV', 'MOD', 'POW', 'UNM',
  'NOT', 'LEN', 'CONCAT', 'JMP', 'EQ', 'LT', 'LE', 'TEST', 'TESTSET', 'CALL', 'TAILCALL',
  'RETURN', 'FORLOOP', 'FORPREP', 'TFORLOOP', 'SETLIST', 'CLOSE', 'CLOSURE', 'VARARG',
];

/** Instruction formats. */
export const enum OpFormat { ABC = 0, ABx = 1, AsBx = 2 }
/** How an operand is used (lopcodes.h OpArgMask). */
export const enum OpArg { N = 0, U = 1, R = 2, K = 3 }

/** One row per opcode: [testFlag (next instruction is a jump), setsA, B mode, C mode, format]. */
export const opModes: readonly (readonly [number, number, OpArg, OpArg, OpFormat])[] = [
  /* MOVE     */ [0, 1, OpArg.R, OpArg.N, OpFormat.ABC],
  /* LOADK    */ [0, 1, OpArg.K, OpArg.N, OpFormat.ABx],
  /* LOADBOOL */ [0, 1, OpArg.U, OpArg.U, OpFormat.ABC],
  /* LOADNIL  */ [0, 1, OpArg.R, OpArg.N, OpFormat.ABC],
  /* GETUPVAL */ [0, 1, OpArg.U, OpArg.N, OpFormat.ABC],
  /* GETGLOBAL*/ [0, 1, OpArg.K, OpArg.N, OpFormat.ABx],
  /* GETTABLE */ [0, 1, OpArg.R, OpArg.K, OpFormat.ABC],
  /* SETGLOBAL*/ [0, 0, OpArg.K, OpArg.N, OpFormat.ABx],
  /* SETUPVAL */ [0, 0, OpArg.U, OpArg.N, OpFormat.ABC],
  /* SETTABLE */ [0, 0, OpArg.K, OpArg.K, OpFormat.ABC],
  /* NEWTABLE */ [0, 1, OpArg.U, OpArg.U, OpFormat.ABC],
  /* SELF     */ [0, 1, OpArg.R, OpArg.K, OpFormat.ABC],
  /* ADD      */ [0, 1, OpArg.K, OpArg.K, OpFormat.ABC],
  /* SUB      */ [0, 1, OpArg.K, OpArg.K, OpFormat.ABC],
  /* MUL      */ [0, 1, OpArg.K, OpArg.K, OpFormat.ABC],
  /* DIV      */ [0, 1, OpArg.K, OpArg.K, OpFormat.ABC],
  /* MOD      */ [0, 1, OpArg.K, OpArg.K, OpFormat.ABC],
  /* POW      */ [0, 1, OpArg.K, OpArg.K, OpFormat.ABC],
  /* UNM      */ [0, 1, OpArg.R, OpArg.N, OpFormat.ABC],
  /* NOT      */ [0, 1, OpArg.R, OpArg.N, OpFormat.ABC],
  /* LEN      */ [0, 1, OpArg.R, OpArg.N, OpFormat.ABC],
  /* CONCAT   */ [0, 1, OpArg.R, OpArg.R, OpFormat.ABC],
  /* JMP      */ [0, 0, OpArg.R, OpArg.N, OpFormat.AsBx],
  /* EQ       */ [1, 0, OpArg.K, OpArg.K, OpFormat.ABC],
  /* LT       */ [1, 0, OpArg.K, OpArg.K, OpFormat.ABC],
  /* LE       */ [1, 0, OpArg.K, OpArg.K, OpFormat.ABC],
  /* TEST     */ [1, 1, OpArg.R, OpArg.U, OpFormat.ABC],
  /* TESTSET  */ [1, 1, OpArg.R, OpArg.U, OpFormat.ABC],
  /* CALL     */ [0, 1, OpArg.U, OpArg.U, OpFormat.ABC],
  /* TAILCALL */ [0, 1, OpArg.U, OpArg.U, OpFormat.ABC],
  /* RETURN   */ [0, 0, OpArg.U, OpArg.N, OpFormat.ABC],
  /* FORLOOP  */ [0, 1, OpArg.R, OpArg.N, OpFormat.AsBx],
  /* FORPREP  */ [0, 1, OpArg.R, OpArg.N, OpFormat.AsBx],
  /* TFORLOOP */ [1, 0, OpArg.N, OpArg.U, OpFormat.ABC],
  /* SETLIST  */ [0, 0, OpArg.U, OpArg.U, OpFormat.ABC],
  /* CLOSE    */ [0, 0, OpArg.N, OpArg.N, OpFormat.ABC],
  /* CLOSURE  */ [0, 1, OpArg.U, OpArg.N, OpFormat.ABx],
  /* VARARG   */ [0, 1, OpArg.U, OpArg.N, OpFormat.ABC],
];

// ---------------------------------------------------------------- encoding

export const SIZE_OP = 6;
export const SIZE_A = 8;
export const SIZE_B = 9;
export const SIZE_C = 9;
export const POS_A = 6;
export const POS_C = 14;
export const POS_B = 23;
export const POS_BX = 14;
export const MAXARG_A = 255;
export const MAXARG_B = 511;
export const MAXARG_C = 511;
export const MAXARG_BX = (1 << 18) - 1;
export const MAXARG_SBX = MAXARG_BX >> 1;
/** Bit that marks a constant in an RK operand. */
export const BITRK = 1 << (SIZE_B - 1);
export const MAXINDEXRK = BITRK - 1;
/** Number of list items to accumulate before a SETLIST instruction. */
export const LFIELDS_PER_FLUSH = 50;
/** Largest number of registers a function may use (luac's MAXSTACK). */
export const MAXSTACK = 250;

/** Vararg flags of a Proto (lobject.h). */
export const VARARG_HASARG = 1;
export const VARARG_ISVARARG = 2;
export const VARARG_NEEDSARG = 4;

export const getOp = (i: number): number => i & 0x3f;
export const getA = (i: number): number => (i >>> POS_A) & 0xff;
export const getB = (i: number): number => i >>> POS_B;
export const getC = (i: number): number => (i >>> POS_C) & 0x1ff;
export const getBx = (i: number): number => i >>> POS_BX;
export const getSBx = (i: number): number => (i >>> POS_BX) - MAXARG_SBX;
export const isK = (x: number): boolean => (x & BITRK) !== 0;
export const indexK = (x: number): number => x & ~BITRK;
export const rkAsK = (x: number): number => x | BITRK;

export const createABC = (op: number, a: number, b: number, c: number): number =>
  (op | (a << POS_A) | (c << POS_C) | (b << POS_B)) | 0;
export const createABx = (op: number, a: number, bx: number): number =>
  (op | (a << POS_A) | (bx << POS_BX)) | 0;
export const createAsBx = (op: number, a: number, sbx: number): number =>
  createABx(op, a, sbx + MAXARG_SBX);
