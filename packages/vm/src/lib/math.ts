/**
 * The math library (lmathlib.c), with C's semantics where JS's differ:
 *  - fmod is C's fmod: JS `%` computes the same remainder (sign of the dividend, x for x%inf),
 *    but an invalid fmod (x%0, inf%y) makes x86's negative NaN, as glibc's does; modf splits as
 *    C does (modf(-3) is -3, -0; modf(inf) is inf, 0);
 *  - frexp/ldexp work on the bits (subnormals, overflow, rounding once);
 *  - floor/ceil are JS's, which are C's (including -0 from ceil(-0.5));
 *  - random is glibc's rand(): the TYPE_3 additive feedback generator of random_r.c seeded by
 *    srand (state per runtime, seed 1 until randomseed), so sequences equal lua5.1's on glibc,
 *    and `(rand() % RAND_MAX) / RAND_MAX` as lmathlib computes it;
 *  - the transcendental functions come from libm.ts, correctly rounded as glibc's nearly always
 *    are (V8's Math is often an ulp away).
 */
import type { LuaValue, NativeResult } from '../value.js';
import type { Thread } from '../state.js';
import { argError, checkInteger, checkNumber, luaError, registerLib } from './aux.js';
import * as libm from './libm.js';
import { luaPow } from '../meta.js';

type Fn1 = (x: number) => number;

function unary(f: Fn1): (L: Thread, args: LuaValue[]) => NativeResult {
  return (L, args) => f(checkNumber(L, args, 1));
}

function checkInt(L: Thread, args: LuaValue[], narg: number): number {
  return checkInteger(L, args, narg) | 0;
}

const RADIANS_PER_DEGREE = Math.PI / 180.0;

// Two-argument functions check argument 2 first: gcc evaluates lmathlib's
// `fmod(luaL_checknumber(L, 1), luaL_checknumber(L, 2))` right to left, and the messages show it.

function fmod(L: Thread, args: LuaValue[]): NativeResult {
  const y = checkNumber(L, args, 2);
  const x = checkNumber(L, args, 1);
  if (x !== x) return x;
  if (y !== y) return y;
  if (y === 0 || x === Infinity || x === -Infinity) return libm.negNaN(); // invalid: x86's NaN
  return x % y;
}

/** C's modf: integral part, fractional part, both with the sign of x. */
function modf(L: Thread, args: LuaValue[]): NativeResult {
  const x = checkNumber(L, args, 1);
  if (x !== x) return pair(x, x);
  const ip = Math.trunc(x);
  let fp: number;
  if (x === Infinity || x === -Infinity) fp = 0;
  else fp = x - ip;
  if (fp === 0 && (x < 0 || Object.is(x, -0))) fp = -0;
  return pair(ip, fp);
}

/** math.pow is the `^` operator's pow (which computes integer powers exactly, then libm's). */
function pow(L: Thread, args: LuaValue[]): NativeResult {
  const y = checkNumber(L, args, 2);
  return luaPow(checkNumber(L, args, 1), y);
}

function atan2(L: Thread, args: LuaValue[]): NativeResult {
  const x = checkNumber(L, args, 2);
  return libm.atan2(checkNumber(L, args, 1), x);
}

function frexp(L: Thread, args: LuaValue[]): NativeResult {
  const x = checkNumber(L, args, 1);
  if (x !== x) return pair(x, 0);
  const [m, e] = libm.frexp(x);
  return pair(m, e);
}

/**
 * Two results in an array whose elements are tagged values: an array literal of numbers becomes
 * a double array in V8, and storing into one canonicalizes a NaN, losing its sign.
 */
function pair(a: number, b: number): LuaValue[] {
  const r: LuaValue[] = [undefined, undefined];
  r[0] = a;
  r[1] = b;
  return r;
}

function ldexp(L: Thread, args: LuaValue[]): NativeResult {
  const e = checkInt(L, args, 2);
  return libm.ldexp(checkNumber(L, args, 1), e);
}

function min(L: Thread, args: LuaValue[]): NativeResult {
  let m = checkNumber(L, args, 1);
  for (let i = 2; i <= args.length; i++) {
    const d = checkNumber(L, args, i);
    if (d < m) m = d;
  }
  return m;
}

function max(L: Thread, args: LuaValue[]): NativeResult {
  let m = checkNumber(L, args, 1);
  for (let i = 2; i <= args.length; i++) {
    const d = checkNumber(L, args, i);
    if (d > m) m = d;
  }
  return m;
}

// ---------------------------------------------------------------- glibc's rand()

const RAND_MAX = 2147483647;

/**
 * glibc's random_r with the default TYPE_3 state (degree 31, separation 3): the state is seeded
 * by the Park–Miller generator, 310 outputs are discarded, and each output is the sum of two
 * earlier state words (mod 2^32) shifted right by one.
 */
class GlibcRand {
  private r = new Int32Array(34);
  private f = 3;
  private b = 0;

  constructor() { this.seed(1); }

  seed(seed: number): void {
    const r = this.r;
    let word = seed | 0; // glibc keeps the seed in an int32_t
    if (word === 0) word = 1;
    r[0] = word;
    for (let i = 1; i < 31; i++) {
      // 16807 * word % 2147483647, computed without overflow (Schrage), as glibc does
      const hi = Math.trunc(word / 127773);
      const lo = word % 127773;
      word = 16807 * lo - 2836 * hi;
      if (word < 0) word += 2147483647;
      r[i] = word;
    }
    this.f = 3;
    this.b = 0;
    // the ring is r[0..30]; f and b are the front and rear indices (separation 3)
    for (let i = 0; i < 310; i++) this.next();
  }

  /** rand(): 0..RAND_MAX */
  next(): number {
    const r = this.r;
    const v = (r[this.f] + r[this.b]) | 0;
    r[this.f] = v;
    if (++this.f >= 31) this.f = 0;
    if (++this.b >= 31) this.b = 0;
    return v >>> 1;
  }
}

function openRandom(): { random: (L: Thread, args: LuaValue[]) => NativeResult; randomseed: (L: Thread, args: LuaValue[]) => NativeResult } {
  const gen = new GlibcRand();
  return {
    random(L, args) {
      const r = (gen.next() % RAND_MAX) / RAND_MAX;
      switch (args.length) {
        case 0:
          return r;
        case 1: {
          const u = checkInt(L, args, 1);
          if (!(1 <= u)) argError(L, 1, 'interval is empty');
          return Math.floor(r * u) + 1;
        }
        case 2: {
          const l = checkInt(L, args, 1);
          const u = checkInt(L, args, 2);
          if (!(l <= u)) argError(L, 2, 'interval is empty');
          return Math.floor(r * ((u - l + 1) | 0)) + l;
        }
        default:
          luaError(L, 'wrong number of arguments');
      }
    },
    randomseed(L, args) {
      gen.seed(checkInt(L, args, 1));
      return [];
    },
  };
}

export function openMath(L: Thread): void {
  const { random, randomseed } = openRandom();
  const lib = registerLib(L, 'math', {
    abs: unary(Math.abs),
    acos: unary(libm.acos),
    asin: unary(libm.asin),
    atan2,
    atan: unary(libm.atan),
    ceil: unary(Math.ceil),
    cosh: unary(libm.cosh),
    cos: unary(libm.cos),
    deg: (L, args) => checkNumber(L, args, 1) / RADIANS_PER_DEGREE,
    exp: unary(libm.exp),
    floor: unary(Math.floor),
    fmod,
    frexp,
    ldexp,
    log10: unary(libm.log10),
    log: unary(libm.log),
    max,
    min,
    modf,
    pow,
    rad: (L, args) => checkNumber(L, args, 1) * RADIANS_PER_DEGREE,
    random,
    randomseed,
    sinh: unary(libm.sinh),
    sin: unary(libm.sin),
    sqrt: unary(Math.sqrt),
    tanh: unary(libm.tanh),
    tan: unary(libm.tan),
  });
  lib.set('pi', Math.PI);
  lib.set('huge', Infinity);
  lib.set('mod', lib.get('fmod')); // LUA_COMPAT_MOD
}
