/**
 * Writing precompiled chunks (ldump.c): a Proto in Lua 5.1's binary format exactly as lua5.1 on
 * amd64 writes it, so `string.dump` gives the same bytes as PUC Lua for the same bytecode.
 *
 *   header    "\27Lua" 0x51 (version) 0 (official format) 1 (little endian)
 *             4 (sizeof int) 8 (sizeof size_t) 4 (sizeof Instruction) 8 (sizeof lua_Number)
 *             0 (lua_Number is not integral)
 *   function  source (string; nil when equal to the parent's), linedefined, lastlinedefined (int),
 *             nups, numparams, is_vararg, maxstacksize (byte),
 *             code (int n, n instructions), constants (int n, n × (type byte, value)),
 *             nested functions (int n, n functions),
 *             lineinfo (int n, n ints), locvars (int n, n × (string, int startpc, int endpc)),
 *             upvalue names (int n, n strings)
 *   string    size_t length including a trailing NUL, the bytes, the NUL; size 0 for "no string"
 *
 * Constant type tags are lua.h's: nil 0, boolean 1, number 3, string 4.
 */
import type { Proto } from './proto.js';

export const LUA_SIGNATURE = '\x1bLua';
/** The 12-byte header lua5.1 writes on amd64 (luaU_header). */
export const HEADER = LUA_SIGNATURE + '\x51\x00\x01\x04\x08\x04\x08\x00';

export const TNIL = 0;
export const TBOOLEAN = 1;
export const TNUMBER = 3;
export const TSTRING = 4;

/** A growing little-endian byte buffer. */
class ByteWriter {
  buf: Uint8Array;
  view: DataView;
  n: number;

  constructor() {
    this.buf = new Uint8Array(256);
    this.view = new DataView(this.buf.buffer);
    this.n = 0;
  }

  private reserve(k: number): void {
    if (this.n + k <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.n + k) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
    this.view = new DataView(b.buffer);
  }

  byte(b: number): void {
    this.reserve(1);
    this.buf[this.n++] = b;
  }

  int(i: number): void {
    this.reserve(4);
    this.view.setInt32(this.n, i, true);
    this.n += 4;
  }

  size(s: number): void {
    this.reserve(8);
    this.view.setBigUint64(this.n, BigInt(s), true);
    this.n += 8;
  }

  number(x: number): void {
    this.reserve(8);
    this.view.setFloat64(this.n, x, true);
    this.n += 8;
  }

  bytes(s: string): void {
    const k = s.length;
    this.reserve(k);
    const buf = this.buf;
    let n = this.n;
    for (let i = 0; i < k; i++) buf[n++] = s.charCodeAt(i);
    this.n = n;
  }

  /** DumpString: null is "no string" (size 0). */
  string(s: string | null): void {
    if (s === null) {
      this.size(0);
      return;
    }
    this.size(s.length + 1);
    this.bytes(s);
    this.byte(0);
  }

  /** The contents as a byte string. */
  result(): string {
    let out = '';
    for (let i = 0; i < this.n; i += 8192) {
      out += String.fromCharCode.apply(null, this.buf.subarray(i, Math.min(i + 8192, this.n)) as unknown as number[]);
    }
    return out;
  }
}

function dumpFunction(w: ByteWriter, f: Proto, parentSource: string | null): void {
  w.string(f.source === parentSource ? null : f.source);
  w.int(f.lineDefined);
  w.int(f.lastLineDefined);
  w.byte(f.nups);
  w.byte(f.numparams);
  w.byte(f.isVararg);
  w.byte(f.maxStackSize);
  const code = f.code;
  w.int(code.length);
  for (let i = 0; i < code.length; i++) w.int(code[i]);
  const k = f.k;
  w.int(k.length);
  for (let i = 0; i < k.length; i++) {
    const v = k[i];
    switch (typeof v) {
      case 'undefined': w.byte(TNIL); break;
      case 'boolean': w.byte(TBOOLEAN); w.byte(v ? 1 : 0); break;
      case 'number': w.byte(TNUMBER); w.number(v); break;
      case 'string': w.byte(TSTRING); w.string(v); break;
      default: throw new Error('dump: constant of unexpected type');
    }
  }
  w.int(f.p.length);
  for (const p of f.p) dumpFunction(w, p, f.source);
  w.int(f.lineinfo.length);
  for (let i = 0; i < f.lineinfo.length; i++) w.int(f.lineinfo[i]);
  w.int(f.locvars.length);
  for (const lv of f.locvars) {
    w.string(lv.name);
    w.int(lv.startpc);
    w.int(lv.endpc);
  }
  w.int(f.upvalueNames.length);
  for (const name of f.upvalueNames) w.string(name);
}

/** luaU_dump without stripping: the binary chunk of a function prototype. */
export function dump(proto: Proto): string {
  const w = new ByteWriter();
  w.bytes(HEADER);
  dumpFunction(w, proto, null);
  return w.result();
}
