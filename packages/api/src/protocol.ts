/**
 * Forcing one indexing protocol on a JS object seen from Lua (lupa's as_attrgetter and
 * as_itemgetter). Lua has one indexing operation, `o[k]`; JS has two ideas of it — properties and
 * collection items (array elements, Map entries) — so by default lupa picks one by the object's
 * kind (jsobject.ts), and these markers override the choice.
 */

export const Protocol = { ATTR: 0, ITEM: 1 } as const;
export type Protocol = (typeof Protocol)[keyof typeof Protocol];

/** What asAttrGetter/asItemGetter return: passed into Lua it becomes a userdata with that protocol. */
export class ProtocolWrapper {
  constructor(readonly obj: object, readonly protocol: Protocol) {}
}

function check(obj: unknown, fname: string): object {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) {
    throw new TypeError(`${fname}() expects an object or a function`);
  }
  return obj;
}

/** Lua indexes `obj` through its properties (`o.k`, `o[k]` → `obj[k]`), arrays and Maps included. */
export function asAttrGetter<T extends object>(obj: T): ProtocolWrapper {
  return new ProtocolWrapper(check(obj, 'asAttrGetter'), Protocol.ATTR);
}

/** Lua indexes `obj` as a collection: arrays by 0-based index, Maps by key. */
export function asItemGetter<T extends object>(obj: T): ProtocolWrapper {
  return new ProtocolWrapper(check(obj, 'asItemGetter'), Protocol.ITEM);
}
