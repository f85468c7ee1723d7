/**
 * Debug information derived from the call stack and the bytecode (ldebug.c's role): positions
 * for error messages, names of variables and functions by symbolic execution of the bytecode
 * (which is why the compiler emits exactly luac's code), getinfo records and tracebacks.
 *
 * Levels count as in lua_getstack: level 0 is the running function (L.cis[L.depth]), level 1
 * its caller, and so on; cis[0] is the base and never a level. A Lua frame that made tail calls
 * is followed (towards the bottom) by one "(tail call)" pseudo-level per lost frame.
 */
import { chunkId as parserChunkId } from '@lupa/parser';
import { LuaError } from './errors.js';
import { Cont, type CallInfo, type Thread } from './state.js';
import type { Proto } from './proto.js';
import { Closure, NativeFunction, type LuaValue } from './value.js';
import { opModes } from './opcodes.js';
import { typeName } from './meta.js';

/** luaO_chunkid for runtime messages and debug info (LUA_IDSIZE 60; the lexer's messages use 80). */
export function chunkId(source: string): string {
  return parserChunkId(source, LUA_IDSIZE);
}
const LUA_IDSIZE = 60;

export function currentPc(ci: CallInfo): number {
  return ci.savedpc - 1;
}

export function currentLine(ci: CallInfo): number {
  if (ci.closure === null) return -1;
  const pc = currentPc(ci);
  const li = ci.closure.proto.lineinfo;
  return pc >= 0 && pc < li.length ? li[pc] : -1;
}

/** "chunk:line:" of the function at `level`, or "" when it is not a Lua function (luaL_where). */
export function where(L: Thread, level: number): string {
  const ci = ciAtLevel(L, level);
  if (ci !== null && ci.closure !== null) {
    const line = currentLine(ci);
    if (line > 0) return `${chunkId(ci.closure.proto.source)}:${line}: `;
  }
  return '';
}

/** The CallInfo at a level, or null (also for tail-call pseudo-levels). */
export function ciAtLevel(L: Thread, level: number): CallInfo | null {
  let d = L.depth;
  for (; level > 0 && d > 0; d--) {
    level--;
    const ci = L.cis[d];
    if (ci.closure !== null) level -= ci.tailcalls;
  }
  return level === 0 && d > 0 ? L.cis[d] : null;
}

/** luaG_runerror: a LuaError whose message has the running Lua function's position. */
export function runError(L: Thread, msg: string): LuaError {
  const ci = L.cis[L.depth];
  if (ci.closure !== null) {
    const line = currentLine(ci);
    return new LuaError(`${chunkId(ci.closure.proto.source)}:${line}: ${msg}`);
  }
  return new LuaError(msg);
}

/**
 * luaG_typeerror: "attempt to <op> <kind> '<name>' (a <type> value)" when the value sits in
 * register `reg` (an absolute stack index) of the running Lua function and has a name there.
 */
export function typeErrorFor(L: Thread, v: LuaValue, reg: number, op: string): LuaError {
  const t = typeName(v);
  const ci = L.cis[L.depth];
  if (reg >= 0 && ci.closure !== null && reg >= ci.base && reg < ci.top) {
    const n = getObjName(ci.closure.proto, currentPc(ci), reg - ci.base);
    if (n !== null) return runError(L, `attempt to ${op} ${n[0]} '${n[1]}' (a ${t} value)`);
  }
  return runError(L, `attempt to ${op} a ${t} value`);
}

/** luaF_getlocalname: the name of the n-th (1-based) local active at pc. */
export function localName(p: Proto, n: number, pc: number): string | null {
  for (const lv of p.locvars) {
    if (lv.startpc > pc) break;
    if (pc < lv.endpc) {
      n--;
      if (n === 0) return lv.name;
    }
  }
  return null;
}

function constName(p: Proto, c: number): string {
  if (c & 256) {
    const k = p.k[c & 255];
    if (typeof k === 'string') return k;
  }
  return '?';
}

/** ldebug.c's getobjname: [kind, name] for register `reg` at `pc`, or null. */
export function getObjName(p: Proto, pc: number, reg: number): [string, string] | null {
  const local = localName(p, reg + 1, pc);
  if (local !== null) return ['local', local];
  const i = symbexec(p, pc, reg);
  const op = i & 0x3f;
  switch (op) {
    case 5: { // GETGLOBAL
      const k = p.k[i >>> 14];
      return ['global', typeof k === 'string' ? k : '?'];
    }
    case 0: { // MOVE
      const a = (i >>> 6) & 0xff, b = i >>> 23;
      if (b < a) return getObjName(p, pc, b);
      return null;
    }
    case 6: return ['field', constName(p, (i >>> 14) & 0x1ff)]; // GETTABLE
    case 4: return ['upvalue', p.upvalueNames[i >>> 23] ?? '?']; // GETUPVAL
    case 11: return ['method', constName(p, (i >>> 14) & 0x1ff)]; // SELF
  }
  return null;
}

/** The last instruction before `lastpc` that set register `reg` (ldebug.c's symbexec, tracing only). */
function symbexec(p: Proto, lastpc: number, reg: number): number {
  const code = p.code;
  let last = code.length - 1;
  for (let pc = 0; pc < lastpc; pc++) {
    const i = code[pc];
    const op = i & 0x3f;
    const a = (i >>> 6) & 0xff;
    const b = i >>> 23;
    const c = (i >>> 14) & 0x1ff;
    if (opModes[op][1] && a === reg) last = pc;
    switch (op) {
      case 3: if (a <= reg && reg <= b) last = pc; break; // LOADNIL
      case 11: if (reg === a + 1) last = pc; break; // SELF
      case 33: if (reg >= a + 2) last = pc; break; // TFORLOOP
      case 31: case 32: case 22: { // FORLOOP FORPREP JMP
        const sbx = (i >>> 14) - 131071;
        const dest = pc + 1 + sbx;
        if (pc < dest && dest <= lastpc) pc += sbx;
        break;
      }
      case 28: case 29: if (reg >= a) last = pc; break; // CALL TAILCALL
      case 34: if (c === 0) pc++; break; // SETLIST with the count in the next word
      case 36: pc += p.p[i >>> 14].nups; break; // CLOSURE: skip the pseudo-instructions
    }
  }
  return code[last];
}

/** getfuncname: how the function running in `ci` was called ([namewhat, name]) or null. */
export function funcName(L: Thread, d: number): [string, string] | null {
  const ci = L.cis[d];
  if (ci.closure !== null && ci.tailcalls > 0) return null;
  const caller = L.cis[d - 1];
  if (d - 1 <= 0 || caller === undefined || caller.closure === null) return null;
  if (caller.gen !== null || (caller.cont !== Cont.NONE && caller.cont !== Cont.TFOR)) return null;
  const p = caller.closure.proto;
  const pc = currentPc(caller);
  const i = p.code[pc];
  const op = i & 0x3f;
  if (op === 28 || op === 29 || op === 33) return getObjName(p, pc, (i >>> 6) & 0xff);
  return null;
}

/** The name of the running native, for "bad argument" messages: [namewhat, name]. */
export function funcNameForError(L: Thread): [string, string] {
  const n = funcName(L, L.depth);
  return n ?? ['', '?'];
}

export interface DebugInfo {
  source: string;
  short_src: string;
  what: string;
  currentline: number;
  linedefined: number;
  lastlinedefined: number;
  name: string | undefined;
  namewhat: string;
  nups: number;
  func: LuaValue;
}

/** lua_getinfo for a function value (no frame). */
export function functionInfo(f: LuaValue): DebugInfo {
  if (f instanceof Closure) {
    const p = f.proto;
    return {
      source: p.source, short_src: chunkId(p.source), what: p.lineDefined === 0 ? 'main' : 'Lua',
      currentline: -1, linedefined: p.lineDefined, lastlinedefined: p.lastLineDefined,
      name: undefined, namewhat: '', nups: p.nups, func: f,
    };
  }
  return {
    source: '=[C]', short_src: '[C]', what: 'C', currentline: -1, linedefined: -1,
    lastlinedefined: -1, name: undefined, namewhat: '',
    nups: f instanceof NativeFunction ? f.upvalues.length : 0, func: f,
  };
}

/** lua_getstack + lua_getinfo: the record for a level, null past the stack. */
export function levelInfo(L: Thread, level: number): DebugInfo | null {
  let d = L.depth;
  for (; level > 0 && d > 0; d--) {
    level--;
    const ci = L.cis[d];
    if (ci.closure !== null) level -= ci.tailcalls;
  }
  if (level === 0 && d > 0) {
    const ci = L.cis[d];
    const f = ci.closure ?? ci.native;
    const info = functionInfo(f ?? undefined);
    info.currentline = currentLine(ci);
    const n = funcName(L, d);
    if (n !== null) { info.namewhat = n[0]; info.name = n[1]; }
    return info;
  }
  if (level < 0) {
    return {
      source: '=(tail call)', short_src: '(tail call)', what: 'tail', currentline: -1,
      linedefined: -1, lastlinedefined: -1, name: '', namewhat: '', nups: 0, func: undefined,
    };
  }
  return null;
}

/**
 * debug.traceback's text (without the message): "stack traceback:\n\t..." from `level`.
 * `shift` adds to the level numbers when deciding where the "..." goes (lua.c's handler sits one
 * level deeper than ours, since it calls debug.traceback from a C function).
 */
export function traceback(L: Thread, level: number, shift = 0): string {
  const LEVELS1 = 12, LEVELS2 = 10;
  let out = 'stack traceback:';
  let firstpart = true;
  for (;;) {
    const ar = levelInfo(L, level++);
    if (ar === null) break;
    if (level + shift > LEVELS1 && firstpart) {
      if (levelInfo(L, level + LEVELS2) === null) level--;
      else {
        out += '\n\t...';
        while (levelInfo(L, level + LEVELS2) !== null) level++;
      }
      firstpart = false;
      continue;
    }
    out += tracebackLine(ar);
  }
  return out;
}

/** One level of a traceback, as db_errorfun writes it: "\n\tsrc:line: in function 'f'". */
export function tracebackLine(ar: DebugInfo): string {
  let out = `\n\t${ar.short_src}:`;
  if (ar.currentline > 0) out += `${ar.currentline}:`;
  if (ar.namewhat !== '') out += ` in function '${ar.name}'`;
  else if (ar.what === 'main') out += ' in main chunk';
  else if (ar.what === 'C' || ar.what === 'tail') out += ' ?';
  else out += ` in function <${ar.short_src}:${ar.linedefined}>`;
  return out;
}
