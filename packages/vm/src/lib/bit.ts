/**
 * LuaJIT's `bit` library (lib_bit.c): tobit tohex bnot band bor bxor lshift rshift arshift rol
 * ror bswap, on 32-bit two's-complement integers.
 *
 * A number becomes an int32 as LuaJIT's lj_num2bit does it: add 2^52 + 2^51 and keep the low 32
 * bits of the double. So fractions round to nearest-even, values wrap modulo 2^32, and beyond
 * 2^51 the addition itself rounds (bit.tobit(2^53 + 1) is 0) — exactly as in LuaJIT. Numeric
 * strings are accepted, as LuaJIT accepts them.
 */
import type { LuaValue, NativeResult } from '../value.js';
import type { Thread } from '../state.js';
import { checkNumber, registerLib } from './aux.js';

const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);
const BIAS = 6755399441055744; // 2^52 + 2^51

/** lj_num2bit */
export function toBit(n: number): number {
  f64[0] = n + BIAS;
  return i32[0]; // the low word (little-endian)
}

function arg(L: Thread, args: LuaValue[], narg: number): number {
  const v = args[narg - 1];
  if (typeof v === 'number') {
    if ((v | 0) === v) return v | 0; // (-0 becomes 0)
    return toBit(v);
  }
  return toBit(checkNumber(L, args, narg));
}

function nary(op: 0 | 1 | 2) {
  return (L: Thread, args: LuaValue[]): NativeResult => {
    let r = arg(L, args, 1);
    for (let i = 2; i <= args.length; i++) {
      const y = arg(L, args, i);
      r = op === 0 ? r & y : op === 1 ? r | y : r ^ y;
    }
    return r;
  };
}

function tohex(L: Thread, args: LuaValue[]): NativeResult {
  let b = arg(L, args, 1) >>> 0;
  let n = args.length < 2 ? 8 : arg(L, args, 2);
  let upper = false;
  if (n < 0) { n = -n | 0; upper = true; }
  // lj_strfmt keeps the precision in 8 bits, as n + 1: beyond that it wraps
  const prec = (((n + 1) | 0) & 255) - 1;
  if (n < 16) {
    // b &= (1 << 4n) - 1 on 64 bits (the shift count taken mod 64, as x86 does)
    const sh = ((4 * n) | 0) & 63;
    if (sh < 32) b = (b & (2 ** sh - 1)) >>> 0;
  }
  let s = prec === 0 && b === 0 ? '' : b.toString(16);
  if (prec > s.length) s = '0'.repeat(prec - s.length) + s;
  return upper ? s.toUpperCase() : s;
}

export function openBit(L: Thread): void {
  registerLib(L, 'bit', {
    tobit: (L, args) => arg(L, args, 1),
    bnot: (L, args) => ~arg(L, args, 1),
    bswap: (L, args) => {
      const x = arg(L, args, 1);
      return ((x << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) | 0;
    },
    lshift: (L, args) => { const x = arg(L, args, 1); return x << (arg(L, args, 2) & 31); },
    rshift: (L, args) => { const x = arg(L, args, 1); return (x >>> (arg(L, args, 2) & 31)) | 0; },
    arshift: (L, args) => { const x = arg(L, args, 1); return x >> (arg(L, args, 2) & 31); },
    rol: (L, args) => {
      const x = arg(L, args, 1), n = arg(L, args, 2) & 31;
      return ((x << n) | (x >>> ((32 - n) & 31))) | 0;
    },
    ror: (L, args) => {
      const x = arg(L, args, 1), n = arg(L, args, 2) & 31;
      return ((x >>> n) | (x << ((32 - n) & 31))) | 0;
    },
    band: nary(0),
    bor: nary(1),
    bxor: nary(2),
    tohex,
  });
}
