/**
 * Memory accounting: how many bytes a runtime's Lua objects take, and the `maxMemory` budget.
 *
 * Method. The live size is computed like a collector's mark phase: walk everything reachable
 * from the runtime's roots (globals, registry, metatables, threads and their stacks and frames)
 * and add an estimate for each object from its shape in V8 (64-bit, no pointer compression;
 * the constants below were calibrated with process.memoryUsage() on Node 20). That walk is what
 * `getMemoryUsed()`, `gccollect()` and `collectgarbage('count')` report.
 *
 * The budget is enforced without walking on every allocation: while a limit is set, allocation
 * sites (new tables, new table slots, strings built by concatenation and the string library,
 * closures, coroutines) charge an estimate to a running counter *before* allocating. When the
 * counter passes the limit, a walk recomputes the true live size (garbage no longer counts); if
 * that is still over the limit the allocation fails with Lua's "not enough memory" error, before
 * anything was written. Without a limit, allocation sites pay one null check.
 */
import { LuaTable, EMPTY_HASH } from './table.js';
import { Closure, NativeFunction, Userdata, type LuaValue } from './value.js';
import { Thread, type GlobalState } from './state.js';
import { LuaMemoryExhausted } from './errors.js';
import type { Proto } from './proto.js';

export const TABLE_BYTES = 96;
/** A table's own Map, made at its first hash key (holds 4 entries before growing). */
export const MAP_BYTES = 184;
export const HASH_SLOT_BYTES = 40;
/** The array part's first allocation, then each slot. */
export const ARRAY_BASE_BYTES = 130;
export const ARRAY_SLOT_BYTES = 10;
export const HEAP_NUMBER_BYTES = 16;
export const STRING_HEADER_BYTES = 24;
export const CLOSURE_BYTES = 120;
export const UPVAL_BYTES = 56;
export const THREAD_BYTES = 1000;
export const USERDATA_BYTES = 48;
export const NATIVE_BYTES = 96;

/** The budget of the runtime currently running with a limit (null: no limit, nothing to charge). */
export let meter: MemoryMeter | null = null;

export class MemoryMeter {
  /** Estimated bytes in use: the last walk plus what was charged since. */
  used: number;
  constructor(public G: GlobalState, public limit: number) {
    this.used = 0;
  }
}

/** Start charging allocations against G's limit (entering a call); returns the previous meter. */
export function enterMeter(G: GlobalState): MemoryMeter | null {
  const prev = meter;
  meter = G.memoryMeter;
  return prev;
}

export function leaveMeter(prev: MemoryMeter | null): void {
  meter = prev;
}

/** Set or remove (undefined/0) the byte budget of a runtime. */
export function setMemoryLimit(G: GlobalState, limit: number | undefined): void {
  if (limit === undefined || limit === 0) {
    if (meter === G.memoryMeter) meter = null;
    G.memoryMeter = null;
    return;
  }
  const m = new MemoryMeter(G, limit);
  m.used = liveBytes(G);
  if (meter === G.memoryMeter) meter = m;
  G.memoryMeter = m;
}

/** Charge `bytes` about to be allocated; throws "not enough memory" when over budget. */
export function charge(bytes: number): void {
  const m = meter;
  if (m === null) return;
  m.used += bytes;
  if (m.used > m.limit) {
    m.used = liveBytes(m.G) + bytes;
    if (m.used > m.limit) {
      m.used -= bytes;
      throw new LuaMemoryExhausted();
    }
  }
}

export function stringBytes(len: number): number {
  return STRING_HEADER_BYTES + ((len + 7) & ~7);
}

/** What collectgarbage('count') reports: the live size. */
export function estimateMemory(G: GlobalState): number {
  const bytes = liveBytes(G);
  if (G.memoryMeter !== null) G.memoryMeter.used = bytes;
  return bytes;
}

/** The mark phase: bytes reachable from the runtime's roots. */
export function liveBytes(G: GlobalState): number {
  const seen = new Set<object>();
  const protos = new Set<Proto>();
  const work: LuaValue[] = [G.globals, G.registry, G.loaded, G.stringMeta, G.mainThread, G.current];
  for (const mt of G.typeMetas.values()) work.push(mt);
  let total = 0;
  const push = (v: unknown): void => {
    if (typeof v === 'string') total += stringBytes(v.length);
    else if (typeof v === 'number') { if (!Number.isInteger(v)) total += HEAP_NUMBER_BYTES; }
    else if (typeof v === 'object' && v !== null && !seen.has(v)) work.push(v as LuaValue);
  };
  while (work.length > 0) {
    const o = work.pop();
    if (typeof o !== 'object' || o === null || seen.has(o)) continue;
    seen.add(o);
    if (o instanceof LuaTable) {
      total += TABLE_BYTES;
      if (o.arr.length > 0) total += ARRAY_BASE_BYTES + o.arr.length * ARRAY_SLOT_BYTES;
      if (o.hash !== EMPTY_HASH) total += MAP_BYTES + Math.max(0, o.hash.size - 4) * HASH_SLOT_BYTES;
      for (let i = 0; i < o.arr.length; i++) push(o.arr[i]);
      for (const [k, v] of o.hash) { push(k); push(v); }
      push(o.metatable);
    } else if (o instanceof Closure) {
      total += CLOSURE_BYTES + o.upvals.length * UPVAL_BYTES;
      for (const uv of o.upvals) push(uv.cell[uv.index]);
      push(o.env);
      addProto(o.proto, protos);
    } else if (o instanceof NativeFunction) {
      total += NATIVE_BYTES + o.upvalues.length * 8;
      for (const u of o.upvalues) push(u);
      push(o.env);
    } else if (o instanceof Thread) {
      total += THREAD_BYTES + o.stack.length * 8 + o.cis.length * 120;
      const top = Math.max(o.top, o.cis[o.depth]?.top ?? 0);
      for (let i = 0; i < top && i < o.stack.length; i++) push(o.stack[i]);
      for (let d = 0; d <= o.depth; d++) { push(o.cis[d].closure); push(o.cis[d].native); }
      push(o.body);
      push(o.env);
      for (const v of o.transfer) push(v);
    } else if (o instanceof Userdata) {
      total += USERDATA_BYTES;
      push(o.metatable);
      push(o.env);
    }
  }
  for (const p of protos) {
    total += 200 + p.code.length * 8 + p.k.length * 16 + p.locvars.length * 48;
    for (const k of p.k) if (typeof k === 'string') total += stringBytes(k.length);
  }
  return total;
}

function addProto(p: Proto, protos: Set<Proto>): void {
  if (protos.has(p)) return;
  protos.add(p);
  for (const q of p.p) addProto(q, protos);
}
