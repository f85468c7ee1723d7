/**
 * The value representation.
 *
 *   nil       undefined
 *   boolean   JS boolean
 *   number    JS number (a double, as lua_Number)
 *   string    JS string holding one byte per UTF-16 code unit (0..255): Lua strings are byte
 *             strings; the API converts at the boundary. Equal strings are === and hash by value.
 *   table     LuaTable (table.ts)
 *   function  Closure (a Lua function) or NativeFunction (a JS function with Lua's convention)
 *   thread    Thread (state.ts), a coroutine
 *   userdata  Userdata (full userdata: a JS payload, a metatable and an environment)
 *
 * Every class sets all of its fields in its constructor, in one order, so V8 keeps one shape.
 */
import type { LuaTable } from './table.js';
import type { Proto } from './proto.js';
import type { Thread } from './state.js';

export type LuaValue = undefined | boolean | number | string | LuaTable | LuaFunction | Thread | Userdata;
export type LuaFunction = Closure | NativeFunction;

/**
 * A native function's result: a JS array is the list of results (`[]` for none); anything else is
 * exactly one result (so `return undefined` returns one nil, `return []` returns nothing).
 */
export type NativeResult = LuaValue | LuaValue[];

/**
 * The calling convention for natives. `args` is a fresh array the native may keep; its length is
 * the number of arguments (trailing nils included, so "no value" and nil are distinguishable).
 * `L` is the running thread; argument errors name the function as the caller's code does.
 */
export type NativeFn = (L: Thread, args: LuaValue[]) => NativeResult;

/** A request, yielded by a resumable native, to call `fn(...args)`; the results come back from `yield`. */
export class CallRequest {
  constructor(public fn: LuaValue, public args: LuaValue[]) {}
}

/**
 * A resumable native: a generator that yields CallRequests instead of calling Lua recursively.
 * The interpreter runs the requested call as an ordinary frame, so a `coroutine.yield` inside it
 * (or an error) suspends (or unwinds into) the native too. pcall, sort, gsub, tostring… are these.
 */
export type ResumableFn = (L: Thread, args: LuaValue[]) => Generator<CallRequest, NativeResult, LuaValue[]>;

/** An upvalue. Open: `cell` is the thread's stack and `index` the slot. Closed: `cell` is a private
 *  one-element array and `index` 0 — so reading is always `cell[index]`, without a branch. */
export class UpVal {
  constructor(public cell: LuaValue[], public index: number, public next: UpVal | null) {}
  get value(): LuaValue { return this.cell[this.index]; }
  set value(v: LuaValue) { this.cell[this.index] = v; }
  close(): void {
    // A fresh cell of generic elements whatever the value (a literal [3.5] would be a double
    // array, [1] a small-integer one): every cell then has the same elements kind as the thread
    // stacks open upvalues point into, and GETUPVAL/SETUPVAL stay monomorphic.
    const cell: LuaValue[] = [undefined];
    cell[0] = this.cell[this.index];
    this.cell = cell;
    this.index = 0;
  }
  get isOpen(): boolean { return this.index !== 0 || this.cell.length !== 1; }
}

export class Closure {
  constructor(public proto: Proto, public upvals: UpVal[], public env: LuaTable) {}
}

export class NativeFunction {
  /** interp.ts's `Switch` kind: coroutine.resume, wrap functions and coroutine.yield, which the
   *  interpreter loop runs by switching threads in place instead of calling them (0: none). */
  sw = 0;
  /** `name` is for debugging only (Lua names functions by their call site). */
  constructor(
    public name: string,
    public fn: NativeFn | null,
    public resumable: ResumableFn | null,
    public env: LuaTable | undefined,
    /** Upvalues of a native closure (lua_pushcclosure); natives may use them freely. */
    public upvalues: LuaValue[],
  ) {}
}

export class Userdata {
  constructor(public value: unknown, public metatable: LuaTable | undefined, public env: LuaTable | undefined) {}
}

export function nativeFunction(name: string, fn: NativeFn): NativeFunction {
  return new NativeFunction(name, fn, null, undefined, []);
}

export function resumableFunction(name: string, fn: ResumableFn): NativeFunction {
  return new NativeFunction(name, null, fn, undefined, []);
}
