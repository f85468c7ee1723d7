/**
 * The disassembler: `listing(proto, full)` prints exactly what `luac5.1 -l` prints (`-l -l` when
 * `full`: constant, local and upvalue tables too), function by function in luac's order.
 *
 * luac prints C pointers (`0x55d0...`) in function headers, CLOSURE comments and table titles.
 * We print a fake address per Proto instead: `0x` + its number in preorder, from 1. To compare
 * with luac, pass both texts through `normalizeAddresses`, which renumbers addresses in order of
 * first appearance (so CLOSURE comments still have to point at the right function).
 */

import { Op, opModes, opNames, OpArg, OpFormat, getOp, getA, getB, getC, getBx, getSBx, isK, indexK } from './opcodes.js';
import type { Proto } from './proto.js';
import type { LuaValue } from './value.js';

export function listing(proto: Proto, full: boolean): string {
  const ids = new Map<Proto, string>();
  const number = (p: Proto): void => {
    ids.set(p, '0x' + (ids.size + 1).toString(16));
    for (const c of p.p) number(c);
  };
  number(proto);
  const out: string[] = [];
  printFunction(proto, full, ids, out);
  return out.join('');
}

/**
 * Replaces each distinct address (`bytes at 0x..`, `for 0x..:`, CLOSURE's `; 0x..`) by `0x<n>`,
 * n counting distinct addresses in order of appearance. Quoted constants are left alone.
 */
export function normalizeAddresses(text: string): string {
  const seen = new Map<string, number>();
  return text.replace(/(bytes at |\) for |\t; )(0x[0-9a-fA-F]+|\(nil\))/g, (_, before: string, a: string) => {
    let n = seen.get(a);
    if (n === undefined) {
      n = seen.size + 1;
      seen.set(a, n);
    }
    return before + '0x' + n;
  });
}

function printFunction(f: Proto, full: boolean, ids: Map<Proto, string>, out: string[]): void {
  printHeader(f, ids, out);
  printCode(f, ids, out);
  if (full) printDebug(f, ids, out);
  for (const p of f.p) printFunction(p, full, ids, out);
}

const plural = (n: number): string => (n === 1 ? '' : 's');

function printHeader(f: Proto, ids: Map<Proto, string>, out: string[]): void {
  const src = f.source;
  const c = src.charCodeAt(0);
  const s = c === 64 /* @ */ || c === 61 /* = */ ? src.slice(1) : c === 27 ? '(bstring)' : '(string)';
  const n = f.code.length;
  out.push(`\n${f.lineDefined === 0 ? 'main' : 'function'} <${s}:${f.lineDefined},${f.lastLineDefined}> `
    + `(${n} instruction${plural(n)}, ${n * 4} bytes at ${ids.get(f)})\n`);
  out.push(`${f.numparams}${f.isVararg ? '+' : ''} param${plural(f.numparams)}, `
    + `${f.maxStackSize} slot${plural(f.maxStackSize)}, ${f.nups} upvalue${plural(f.nups)}, `
    + `${f.locvars.length} local${plural(f.locvars.length)}, ${f.k.length} constant${plural(f.k.length)}, `
    + `${f.p.length} function${plural(f.p.length)}\n`);
}

/** Operand of a B or C field: constants print as -1-index. */
const rk = (x: number): number => (isK(x) ? -1 - indexK(x) : x);

function printCode(f: Proto, ids: Map<Proto, string>, out: string[]): void {
  const code = f.code;
  for (let pc = 0; pc < code.length; pc++) {
    const i = code[pc];
    const o = getOp(i);
    const a = getA(i);
    const b = getB(i);
    const c = getC(i);
    const bx = getBx(i);
    const sbx = getSBx(i);
    const line = f.lineinfo[pc] ?? 0;
    let s = `\t${pc + 1}\t${line > 0 ? `[${line}]` : '[-]'}\t${(opNames[o] ?? '(null)').padEnd(9)}\t`;
    const mode = opModes[o] ?? opModes[Op.MOVE];
    switch (mode[4]) {
      case OpFormat.ABC:
        s += `${a}`;
        if (mode[2] !== OpArg.N) s += ` ${rk(b)}`;
        if (mode[3] !== OpArg.N) s += ` ${rk(c)}`;
        break;
      case OpFormat.ABx:
        s += mode[2] === OpArg.K ? `${a} ${-1 - bx}` : `${a} ${bx}`;
        break;
      case OpFormat.AsBx:
        s += o === Op.JMP ? `${sbx}` : `${a} ${sbx}`;
        break;
    }
    switch (o) {
      case Op.LOADK:
        s += `\t; ${constant(f.k[bx])}`;
        break;
      case Op.GETUPVAL:
      case Op.SETUPVAL:
        s += `\t; ${f.upvalueNames.length > 0 ? f.upvalueNames[b] : '-'}`;
        break;
      case Op.GETGLOBAL:
      case Op.SETGLOBAL:
        s += `\t; ${String(f.k[bx])}`;
        break;
      case Op.GETTABLE:
      case Op.SELF:
        if (isK(c)) s += `\t; ${constant(f.k[indexK(c)])}`;
        break;
      case Op.SETTABLE: case Op.ADD: case Op.SUB: case Op.MUL: case Op.DIV: case Op.POW:
      case Op.EQ: case Op.LT: case Op.LE: // (not MOD: luac 5.1 forgets it)
        if (isK(b) || isK(c)) {
          s += `\t; ${isK(b) ? constant(f.k[indexK(b)]) : '-'} ${isK(c) ? constant(f.k[indexK(c)]) : '-'}`;
        }
        break;
      case Op.JMP:
      case Op.FORLOOP:
      case Op.FORPREP:
        s += `\t; to ${sbx + pc + 2}`;
        break;
      case Op.CLOSURE:
        s += `\t; ${ids.get(f.p[bx]) ?? '(nil)'}`;
        break;
      case Op.SETLIST:
        s += c === 0 ? `\t; ${code[++pc]}` : `\t; ${c}`;
        break;
      default:
        break;
    }
    out.push(s + '\n');
  }
}

function printDebug(f: Proto, ids: Map<Proto, string>, out: string[]): void {
  const id = ids.get(f);
  out.push(`constants (${f.k.length}) for ${id}:\n`);
  for (let i = 0; i < f.k.length; i++) out.push(`\t${i + 1}\t${constant(f.k[i])}\n`);
  out.push(`locals (${f.locvars.length}) for ${id}:\n`);
  for (let i = 0; i < f.locvars.length; i++) {
    const v = f.locvars[i];
    out.push(`\t${i}\t${v.name}\t${v.startpc + 1}\t${v.endpc + 1}\n`);
  }
  out.push(`upvalues (${f.upvalueNames.length}) for ${id}:\n`);
  for (let i = 0; i < f.upvalueNames.length; i++) out.push(`\t${i}\t${f.upvalueNames[i]}\n`);
}

/** PrintConstant: nil, booleans, numbers as "%.14g", strings quoted with C escapes. */
function constant(v: LuaValue): string {
  switch (typeof v) {
    case 'undefined': return 'nil';
    case 'boolean': return v ? 'true' : 'false';
    case 'number': return formatG14(v);
    case 'string': return quoteString(v);
    default: return '?';
  }
}

function quoteString(s: string): string {
  let r = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    switch (c) {
      case 34: r += '\\"'; break;
      case 92: r += '\\\\'; break;
      case 7: r += '\\a'; break;
      case 8: r += '\\b'; break;
      case 12: r += '\\f'; break;
      case 10: r += '\\n'; break;
      case 13: r += '\\r'; break;
      case 9: r += '\\t'; break;
      case 11: r += '\\v'; break;
      default:
        r += c >= 32 && c < 127 ? s[i] : '\\' + String(c & 0xff).padStart(3, '0');
    }
  }
  return r + '"';
}

/**
 * C's `printf("%.14g", x)` (LUA_NUMBER_FMT), exactly: the double's decimal expansion is computed
 * exactly (BigInt) and rounded half-to-even at 14 significant digits, as glibc does.
 */
export function formatG14(x: number): string {
  if (Number.isNaN(x)) return signBit(x) ? '-nan' : 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const neg = x < 0;
  const [digits, exp10] = roundedDigits(Math.abs(x), 14); // value = 0.d1d2...d14 * 10^exp10
  const e = exp10 - 1; // exponent in d1.d2... form
  let body: string;
  if (e < -4 || e >= 14) {
    const mant = stripZeros(digits[0] + '.' + digits.slice(1));
    body = `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  } else if (e >= 0) {
    body = stripZeros(digits.slice(0, e + 1) + '.' + digits.slice(e + 1));
  } else {
    body = stripZeros('0.' + '0'.repeat(-e - 1) + digits);
  }
  return neg ? '-' + body : body;
}

function signBit(x: number): boolean {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return (view.getUint8(0) & 0x80) !== 0;
}

function stripZeros(s: string): string {
  if (s.indexOf('.') < 0) return s;
  s = s.replace(/0+$/, '');
  return s.endsWith('.') ? s.slice(0, -1) : s;
}

/** `n` significant decimal digits of positive finite `x`, and its decimal exponent. */
function roundedDigits(x: number, n: number): [string, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (biased === 0) {
    e2 = -1074;
  } else {
    mant |= 1n << 52n;
    e2 = biased - 1075;
  }
  // exact decimal: x = int(digits) * 10^-scale
  let all: string;
  let scale: number;
  if (e2 >= 0) {
    all = (mant << BigInt(e2)).toString();
    scale = 0;
  } else {
    all = (mant * 5n ** BigInt(-e2)).toString();
    scale = -e2;
  }
  const exp10 = all.length - scale; // x = 0.all * 10^exp10
  if (all.length <= n) return [all.padEnd(n, '0'), exp10];
  let head = BigInt(all.slice(0, n));
  const rest = all.slice(n);
  const first = rest.charCodeAt(0) - 48;
  const tail = /[1-9]/.test(rest.slice(1));
  if (first > 5 || (first === 5 && (tail || (head & 1n) === 1n))) head += 1n;
  let s = head.toString();
  let e = exp10;
  if (s.length > n) { // 999.. rounded up to 1000..
    s = s.slice(0, n);
    e++;
  }
  return [s, e];
}
