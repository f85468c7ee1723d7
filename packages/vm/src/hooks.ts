/**
 * debug.sethook's hooks: call/return events from the call machinery, line and count events from
 * the interpreter loop (which checks them only when a hook is set, through a per-frame flag).
 */
import type { CallInfo, Thread } from './state.js';
import { callSync } from './interp.js';

/** debug.sethook mask bits (lua.h's LUA_MASK*). */
export const enum HookMask { CALL = 1, RET = 2, LINE = 4, COUNT = 8 }

/** Call the thread's hook with an event (ldo.c's luaD_callhook); hooks are off inside hooks. */
export function callHook(L: Thread, event: string, line: number): void {
  if (L.inHook || L.hook === undefined) return;
  L.inHook = true;
  const top = L.top;
  try {
    callSync(L, L.hook, line >= 0 ? [event, line] : [event]);
  } finally {
    L.inHook = false;
    L.top = top;
  }
}

/** Line and count hooks before executing the instruction at pc - 1 (lvm.c's traceexec). */
export function traceExec(L: Thread, ci: CallInfo, pc: number): void {
  const mask = L.hookMask;
  const oldpc = ci.savedpc;
  ci.savedpc = pc;
  if (mask & HookMask.COUNT && --L.hookCounter === 0) {
    L.hookCounter = L.hookCount;
    callHook(L, 'count', -1);
  }
  if (mask & HookMask.LINE) {
    const li = ci.closure!.proto.lineinfo;
    const npc = pc - 1;
    const newline = li[npc];
    if (npc === 0 || pc <= oldpc || newline !== li[oldpc - 1]) callHook(L, 'line', newline);
  }
}

