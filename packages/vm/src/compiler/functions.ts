/**
 * Function bodies (lparser.c's open_func, parlist, body, close_func, pushclosure) and the main
 * chunk (luaY_parser).
 *
 * Parameters are the first locals, `self` first for methods. A vararg function other than the
 * main chunk also gets luac's hidden local `arg` (LUA_COMPAT_VARARG): its flags start as
 * HASARG|NEEDSARG|ISVARARG, and the first `...` in its body clears NEEDSARG, as luac does.
 */

import type * as A from '@lupa/parser';
import { Op, VARARG_HASARG, VARARG_ISVARARG, VARARG_NEEDSARG } from '../opcodes.js';
import type { Proto } from '../proto.js';
import { ExpDesc, ExpKind } from './expdesc.js';
import { FuncState } from './funcstate.js';
import { chunkBody } from './statements.js';
import type { Tokens } from './tokens.js';

/** The main function: vararg, no parameters, `lineDefined` 0. */
export function compileMain(chunk: A.Chunk, ts: Tokens): Proto {
  const fs = new FuncState(chunk.main, null, ts, chunk.chunkName);
  fs.isVararg = VARARG_ISVARARG;
  ts.start();
  chunkBody(fs, chunk.main.body.body);
  ts.last = ts.lastToken(chunk.main);
  return fs.close();
}

/** body -> '(' parlist ')' chunk END, then the CLOSURE in the enclosing function. */
export function functionExpr(fs: FuncState, node: A.FunctionNode, e: ExpDesc): void {
  const ts = fs.ts;
  const child = new FuncState(node, fs, ts, fs.chunkName);
  parameters(child, node);
  chunkBody(child, node.body.body);
  ts.last = ts.lastOf(node); // `end`
  const p = child.close();
  e.init(ExpKind.Relocable, fs.codeABx(Op.CLOSURE, 0, fs.addProto(p)));
  const upvalues = node.upvalues;
  for (let i = 0; i < upvalues.length; i++) { // pseudo-instructions: where each upvalue comes from
    const u = upvalues[i];
    if (u.fromParentLocal) fs.codeABC(Op.MOVE, 0, Math.max(fs.regOf(u.decl), 0), 0);
    else fs.codeABC(Op.GETUPVAL, 0, u.parentIndex, 0);
  }
  for (let i = 0; i < upvalues.length; i++) { // captured locals make their blocks CLOSE on exit
    const u = upvalues[i];
    if (u.fromParentLocal) {
      const reg = fs.regOf(u.decl);
      if (reg >= 0) fs.markUpval(reg);
    }
  }
}

/** parlist -> [ param { ',' param } ]: declares and activates the parameters. */
function parameters(fs: FuncState, node: A.FunctionNode): void {
  const params = node.params;
  let n = 0;
  for (; n < params.length; n++) fs.newLocalVar(params[n].name, params[n], n);
  if (node.compatArg !== null) {
    fs.newLocalVar('arg', node.compatArg, n++);
    fs.isVararg = VARARG_HASARG | VARARG_NEEDSARG;
  }
  if (node.isVararg) fs.isVararg |= VARARG_ISVARARG;
  fs.adjustLocalVars(n);
  fs.numparams = fs.nactvar - (fs.isVararg & VARARG_HASARG);
  fs.reserveRegs(fs.nactvar);
}
