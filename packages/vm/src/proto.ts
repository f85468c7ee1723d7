/**
 * Function prototypes: what the compiler produces for each Lua function (lobject.h's Proto).
 * Immutable after compilation, except the counters the JIT owns (`hotCount`, `jitState`),
 * which the interpreter bumps and the `jit` package reads and writes.
 */
import type { LuaValue } from './value.js';

/** Debug information for one local variable: live in [startpc, endpc). */
export class LocVar {
  constructor(public name: string, public startpc: number, public endpc: number) {}
}

export class Proto {
  /** Instructions (see opcodes.ts). */
  code: Int32Array;
  /** Constants: numbers, strings, booleans, nil. */
  k: LuaValue[];
  /** Nested function prototypes (CLOSURE's Bx). */
  p: Proto[];
  /** Source line of each instruction. */
  lineinfo: Int32Array;
  locvars: LocVar[];
  /** Upvalue names, in upvalue index order. */
  upvalueNames: string[];
  /** Chunk name as given to load (`=stdin`, `@file.lua`, or the source text). */
  source: string;
  lineDefined: number;
  lastLineDefined: number;
  nups: number;
  numparams: number;
  /** VARARG_* flags. */
  isVararg: number;
  maxStackSize: number;
  /** Execution counter for the JIT's hotness detection (calls + loop back-edges). */
  hotCount: number;
  /** Owned by the jit package (compiled code, penalties, blacklist); null until then. */
  jitState: unknown;

  constructor(source: string) {
    this.code = new Int32Array(0);
    this.k = [];
    this.p = [];
    this.lineinfo = new Int32Array(0);
    this.locvars = [];
    this.upvalueNames = [];
    this.source = source;
    this.lineDefined = 0;
    this.lastLineDefined = 0;
    this.nups = 0;
    this.numparams = 0;
    this.isVararg = 0;
    this.maxStackSize = 2;
    this.hotCount = 0;
    this.jitState = null;
  }
}
