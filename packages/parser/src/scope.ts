/**
 * Scope resolution while parsing (lparser.c's FuncState, new_localvar, singlevaraux).
 *
 * Each function being parsed has a FuncState with its stack of active locals. A name is looked
 * up from the innermost active local outwards; when it is found in an enclosing function, every
 * function in between gets an upvalue for it, numbered in first-use order, outermost first —
 * exactly how luac numbers upvalues. Limits are checked where luac checks them: 200 active
 * locals per function (luac's hidden for-loop control variables count, so they are kept on the
 * stack as placeholders that no name can match), 60 upvalues, and 32767 local declarations.
 */

import type { FunctionNode, LocalVar, UpvalDesc } from './ast.js';
import { Limit, Msg, limitMsg, raisePlainError, raiseSyntaxError } from './errors.js';
import type { Lexer } from './lexer.js';
import { localVar } from './nodes.js';

/** LUAI_MAXVARS: active locals per function. */
export const MAX_VARS = 200;
/** LUAI_MAXUPVALUES: upvalues per function. */
export const MAX_UPVALUES = 60;
/** SHRT_MAX: local declarations (luac's `locvars`) per function. */
const MAX_LOCVARS = 32767;

export class FuncState {
  readonly node: FunctionNode;
  readonly parent: FuncState | null;
  /** luac's `actvar`: declarations by stack slot, hidden control variables included; slots
   *  below `nactvar` are active (innermost last), the next ones declared but not yet visible. */
  readonly vars: LocalVar[] = [];
  /** The name id of each slot (-1 for hidden variables), compared while resolving. */
  readonly ids: number[] = [];
  nactvar = 0;
  /** Number of enclosing loops in this function (for `break`). */
  loops = 0;
  /** Local declarations so far, hidden ones included (luac's `nlocvars`). */
  declared = 0;

  constructor(node: FunctionNode, parent: FuncState | null) {
    this.node = node;
    this.parent = parent;
  }
}

/** `resolve` results other than an upvalue index. */
export const RESOLVED_GLOBAL = -2;
export const RESOLVED_LOCAL = -1;

/** The declaration found by the last `resolve` (valid unless it returned RESOLVED_GLOBAL). */
export let resolvedDecl: LocalVar | null = null;

function limitError(lexer: Lexer, fs: FuncState, limit: number, what: string): never {
  raiseSyntaxError(lexer.chunkName, lexer.line, limitMsg(fs.node.lineDefined, limit, what), null);
}

/**
 * new_localvar: declares local `name` as the `pending`-th variable not yet active (0 for the
 * first of a `local` list). Hidden control variables are not recorded in `FunctionNode.locals`.
 */
export function declareLocal(
  lexer: Lexer, fs: FuncState, name: string, pending: number, hidden: boolean,
  line: number, column: number, endLine: number, endColumn: number,
): LocalVar {
  const slot = fs.nactvar + pending;
  if (slot + 1 > MAX_VARS) limitError(lexer, fs, MAX_VARS, Limit.locals);
  if (fs.declared >= MAX_LOCVARS) raisePlainError(lexer.chunkName, lexer.line, Msg.tooManyLocvars);
  fs.declared++;
  const v = localVar(name, fs.node, line, column, endLine, endColumn);
  if (!hidden) fs.node.locals.push(v);
  fs.vars[slot] = v;
  fs.ids[slot] = hidden ? -1 : lexer.intern(name);
  return v;
}

/** adjustlocalvars: makes the next `count` declared variables visible. */
export function activate(fs: FuncState, count: number): void {
  fs.nactvar += count;
}

/** removevars: ends the scope of the locals declared since `nactvar` was `count`. */
export function closeScope(fs: FuncState, count: number): void {
  fs.nactvar = count;
}

/**
 * singlevaraux: resolves the name with id `id` (Lexer.nameId) from function `fs`. Returns
 * RESOLVED_GLOBAL, RESOLVED_LOCAL (a local of `fs`) or the upvalue index in `fs`;
 * `resolvedDecl` is the declaration. `base` is false when called for an inner function (a local
 * found here is then captured).
 */
export function resolve(lexer: Lexer, fs: FuncState, id: number, base: boolean): number {
  const ids = fs.ids;
  for (let i = fs.nactvar - 1; i >= 0; i--) {
    if (ids[i] === id) {
      const v = fs.vars[i];
      if (!base) v.captured = true;
      resolvedDecl = v;
      return RESOLVED_LOCAL;
    }
  }
  if (fs.parent === null) return RESOLVED_GLOBAL;
  const outer = resolve(lexer, fs.parent, id, false);
  if (outer === RESOLVED_GLOBAL) return RESOLVED_GLOBAL;
  return upvalueIndex(lexer, fs, resolvedDecl!, outer);
}

/** indexupvalue: the index of `decl` among the upvalues of `fs`, adding it if new. */
function upvalueIndex(lexer: Lexer, fs: FuncState, decl: LocalVar, outer: number): number {
  const upvalues = fs.node.upvalues;
  for (let i = 0; i < upvalues.length; i++) {
    if (upvalues[i].decl === decl) return i;
  }
  if (upvalues.length + 1 > MAX_UPVALUES) limitError(lexer, fs, MAX_UPVALUES, Limit.upvalues);
  const desc: UpvalDesc = { name: decl.name, decl, fromParentLocal: outer === RESOLVED_LOCAL, parentIndex: outer === RESOLVED_LOCAL ? -1 : outer };
  upvalues.push(desc);
  return upvalues.length - 1;
}
