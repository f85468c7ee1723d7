/** The coroutine library (lbaselib.c's coroutine part). */
import { Thread } from '../state.js';
import type { LuaValue, NativeResult } from '../value.js';
import { LuaError } from '../errors.js';
import { isFunction } from '../meta.js';
import { newThread, resume, resumeValues, resumeOk, yieldValues } from '../coroutine.js';
import { argError, checkAny, registerLib, typeError, makeNative } from './aux.js';
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

/** auxresume: [true, values…] or [false, message]. */
function auxResume(L: Thread, co: Thread, args: LuaValue[]): LuaValue[] {
  const st = statusOf(L, co);
  if (st !== 'suspended') return [false, `cannot resume ${st} coroutine`];
  return resume(L, co, args);
}

export function openCoroutine(L: Thread): void {
  registerLib(L, 'coroutine', {
    create(L, args): NativeResult {
      const f = args[0];
      if (!isFunction(f)) argError(L, 1, 'Lua function expected');
      return newThread(L, f);
    },
    resume(L, args): NativeResult {
      const co = checkThread(L, args, 1);
      return auxResume(L, co, args.slice(1));
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
        const st = statusOf(L, co);
        if (st !== 'suspended') throw new LuaError(where(L, 1) + `cannot resume ${st} coroutine`);
        const r = resumeValues(L, co, wargs);
        if (resumeOk) return r;
        let err = r[0];
        if (typeof err === 'string' || typeof err === 'number') err = where(L, 1) + err;
        throw new LuaError(err);
      });
      return w;
    },
  });
  void checkAny;
}
