/** The coroutine library (lbaselib.c's coroutine part). */
import { Thread } from '../state.js';
import type { LuaValue, NativeResult, NativeFunction } from '../value.js';
import { Switch } from '../interp.js';
import { LuaError } from '../errors.js';
import { isFunction } from '../meta.js';
import { newThread, resumeValues, resumeOk, yieldValues, forwardAwait, wrapFailure, withTrue } from '../coroutine.js';
import { argError, registerLib, makeNative } from './aux.js';
import { where } from '../debug.js';

function checkThread(L: Thread, args: LuaValue[], narg: number): Thread {
  const co = args[narg - 1];
  if (co instanceof Thread) return co;
  argError(L, narg, 'coroutine expected');
}

function statusOf(L: Thread, co: Thread): string {
  if (co === L) return 'running';
  return co.status;
}

export function openCoroutine(L: Thread): void {
  const lib = registerLib(L, 'coroutine', {
    create(L, args): NativeResult {
      const f = args[0];
      if (!isFunction(f)) argError(L, 1, 'Lua function expected');
      return newThread(L, f);
    },
    resume(L, args): NativeResult {
      const co = checkThread(L, args, 1);
      const st = statusOf(L, co);
      if (st !== 'suspended') return [false, `cannot resume ${st} coroutine`];
      const r = resumeValues(L, co, args.slice(1));
      if (co.awaiting !== undefined) return forwardAwait(L, co, false);
      return resumeOk ? withTrue(r) : [false, r[0]];
    },
    yield(L, args): NativeResult {
      return yieldValues(L, args);
    },
    status(L, args): NativeResult {
      return statusOf(L, checkThread(L, args, 1));
    },
    running(L): NativeResult {
      return L === L.G.mainThread ? undefined : L;
    },
    wrap(L, args): NativeResult {
      const f = args[0];
      if (!isFunction(f)) argError(L, 1, 'Lua function expected');
      const co = newThread(L, f);
      const w = makeNative('wrap', (L, wargs) => {
        // (co is also the native's upvalue: memory accounting and the loop's in-place switch find it there)
        const st = statusOf(L, co);
        if (st !== 'suspended') throw new LuaError(where(L, 1) + `cannot resume ${st} coroutine`);
        const r = resumeValues(L, co, wargs);
        if (co.awaiting !== undefined) return forwardAwait(L, co, true);
        if (resumeOk) return r;
        return wrapFailure(L, r[0]);
      });
      w.upvalues.push(co);
      w.sw = Switch.WRAP; // the interpreter loop switches to co in place (interp.ts's enterInline)
      return w;
    },
  });
  (lib.get('resume') as NativeFunction).sw = Switch.RESUME;
  (lib.get('yield') as NativeFunction).sw = Switch.YIELD;
}
