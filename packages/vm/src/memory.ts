/**
 * Memory accounting. For now an estimate from the JS heap (what `collectgarbage('count')` and
 * `gcinfo` report); the per-allocation accounting of the runtime's own objects comes with the
 * `maxMemory` budget.
 */
import type { GlobalState } from './state.js';

export function estimateMemory(_G: GlobalState): number {
  const p = (globalThis as { process?: { memoryUsage?: () => { heapUsed: number } } }).process;
  if (p?.memoryUsage) return p.memoryUsage().heapUsed;
  return 0;
}
