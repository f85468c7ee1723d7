/**
 * Loading precompiled chunks (lundump.c): the reverse of dump.ts, with 5.1's checks and messages.
 *
 * Every failure is a syntax-class error "<name>: <why> in precompiled chunk", where <name> is the
 * chunk name without its '@' or '=', or "binary string" when the chunk name is the chunk itself
 * (loadstring's default). The reasons are lundump's: "unexpected end", "bad header",
 * "bad integer" (a negative count), "bad constant", "code too deep" (functions nested deeper
 * than LUAI_MAXCCALLS), and "bad code" when a function fails luaG_checkcode — ldebug.c's
 * static verifier, reproduced below (`checkCode`), which keeps malformed bytecode out of the
 * interpreter: registers within maxstacksize, constants and nested functions in range, jumps
 * inside the code, every test followed by a JMP, open calls followed by an instruction that
 * takes the open results, a final RETURN.
 */
import { LuaError } from './errors.js';
import { LocVar, Proto } from './proto.js';
import {
  MAXSTACK, NUM_OPCODES, OpArg, OpFormat, VARARG_HASARG, VARARG_ISVARARG, VARARG_NEEDSARG, opModes,
} from './opcodes.js';
import { HEADER, LUA_SIGNATURE, TBOOLEAN, TNIL, TNUMBER, TSTRING } from './dump.js';

/** LUAI_MAXCCALLS: how deep nested functions may go. */
const MAX_NESTING = 200;

/**
 * lua5.1 allocates each vector and string before reading it, so a corrupt count either fails
 * there with "not enough memory" (malloc refuses) or, when the allocation succeeds, on reading
 * with "unexpected end". Where malloc gives up depends on the machine; we refuse requests above
 * this many bytes (on the reference machine, with 25 GB of RAM, 16 GiB succeeds, 32 GiB fails).
 * Nothing is allocated before the bytes are known to be there.
 */
const MAX_ALLOCATION = 2 ** 34;

/** sizeof of the C structures lundump allocates vectors of. */
const SIZEOF_INSTRUCTION = 4, SIZEOF_TVALUE = 16, SIZEOF_POINTER = 8, SIZEOF_INT = 4, SIZEOF_LOCVAR = 16;

const scratch = new DataView(new ArrayBuffer(8));

class LoadState {
  constructor(public bytes: string, public pos: number, public name: string, public depth: number) {}

  error(why: string): never {
    throw new LuaError(`${this.name}: ${why} in precompiled chunk`);
  }

  /** The allocation lua5.1 would make for `n` items of `size` bytes. */
  allocate(n: number, size: number): void {
    if (n * size > MAX_ALLOCATION) throw new LuaError('not enough memory');
  }

  /** LoadBlock: the next k bytes. */
  block(k: number): string {
    if (k > this.bytes.length - this.pos) this.error('unexpected end');
    const s = this.bytes.slice(this.pos, this.pos + k);
    this.pos += k;
    return s;
  }

  byte(): number {
    if (this.pos >= this.bytes.length) this.error('unexpected end');
    return this.bytes.charCodeAt(this.pos++) & 255;
  }

  /** LoadChar: a C char (signed). */
  char(): number {
    const b = this.byte();
    return b >= 128 ? b - 256 : b;
  }

  private load(k: number): void {
    if (k > this.bytes.length - this.pos) this.error('unexpected end');
    for (let i = 0; i < k; i++) scratch.setUint8(i, this.bytes.charCodeAt(this.pos + i));
    this.pos += k;
  }

  rawInt(): number {
    this.load(4);
    return scratch.getInt32(0, true);
  }

  /** LoadInt: a non-negative int. */
  int(): number {
    const x = this.rawInt();
    if (x < 0) this.error('bad integer');
    return x;
  }

  size(): number {
    this.load(8);
    return Number(scratch.getBigUint64(0, true));
  }

  number(): number {
    this.load(8);
    return scratch.getFloat64(0, true);
  }

  /** LoadString: null for size 0, else the bytes without the trailing NUL. */
  string(): string | null {
    const size = this.size();
    if (size === 0) return null;
    this.allocate(size, 1);
    return this.block(size).slice(0, size - 1);
  }

  /** LoadVector of n ints (instructions or line numbers). */
  ints(n: number, size: number): Int32Array {
    this.allocate(n, size);
    if (n * 4 > this.bytes.length - this.pos) this.error('unexpected end');
    const v = new Int32Array(n);
    for (let i = 0; i < n; i++) v[i] = this.rawInt();
    return v;
  }
}

function loadFunction(S: LoadState, parentSource: string): Proto {
  if (++S.depth > MAX_NESTING) S.error('code too deep');
  const f = new Proto(S.string() ?? parentSource);
  f.lineDefined = S.int();
  f.lastLineDefined = S.int();
  f.nups = S.byte();
  f.numparams = S.byte();
  f.isVararg = S.byte();
  f.maxStackSize = S.byte();
  f.code = S.ints(S.int(), SIZEOF_INSTRUCTION);
  // the counts below are read item by item: an item may fail before the bytes run out
  let n = S.int();
  S.allocate(n, SIZEOF_TVALUE);
  const k = f.k;
  for (let i = 0; i < n; i++) {
    const t = S.char();
    switch (t) {
      case TNIL: k.push(undefined); break;
      case TBOOLEAN: k.push(S.char() !== 0); break;
      case TNUMBER: k.push(S.number()); break;
      case TSTRING: k.push(S.string() ?? ''); break;
      default: S.error('bad constant');
    }
  }
  n = S.int();
  S.allocate(n, SIZEOF_POINTER);
  for (let i = 0; i < n; i++) f.p.push(loadFunction(S, f.source));
  f.lineinfo = S.ints(S.int(), SIZEOF_INT);
  n = S.int();
  S.allocate(n, SIZEOF_LOCVAR);
  for (let i = 0; i < n; i++) {
    const name = S.string() ?? '';
    const startpc = S.int();
    const endpc = S.int();
    f.locvars.push(new LocVar(name, startpc, endpc));
  }
  n = S.int();
  S.allocate(n, SIZEOF_POINTER);
  for (let i = 0; i < n; i++) f.upvalueNames.push(S.string() ?? '');
  if (!checkCode(f)) S.error('bad code');
  S.depth--;
  return f;
}

/**
 * luaU_undump: read a binary chunk. `chunkName` is the name given to load (for loadstring, the
 * chunk itself). Trailing bytes after the main function are ignored, as in 5.1.
 */
export function undump(bytes: string, chunkName: string): Proto {
  const c = chunkName.charCodeAt(0);
  const name = c === 64 || c === 61 ? chunkName.slice(1)
    : c === LUA_SIGNATURE.charCodeAt(0) ? 'binary string' : chunkName;
  const S = new LoadState(bytes, 0, name, 0);
  if (S.block(HEADER.length) !== HEADER) S.error('bad header');
  return loadFunction(S, '=?');
}

// ---------------------------------------------------------------- luaG_checkcode

const OP_MOVE = 0, OP_LOADBOOL = 2, OP_GETUPVAL = 4, OP_GETGLOBAL = 5,
  OP_SETGLOBAL = 7, OP_SETUPVAL = 8, OP_SELF = 11, OP_CONCAT = 21, OP_JMP = 22, OP_CALL = 28,
  OP_TAILCALL = 29, OP_RETURN = 30, OP_FORLOOP = 31, OP_FORPREP = 32, OP_TFORLOOP = 33,
  OP_SETLIST = 34, OP_CLOSURE = 36, OP_VARARG = 37;

/** precheck: the prototype's own fields are consistent. */
function precheck(f: Proto): boolean {
  const code = f.code;
  return f.maxStackSize <= MAXSTACK
    && f.numparams + (f.isVararg & VARARG_HASARG) <= f.maxStackSize
    && (!(f.isVararg & VARARG_NEEDSARG) || (f.isVararg & VARARG_HASARG) !== 0)
    && f.upvalueNames.length <= f.nups
    && (f.lineinfo.length === code.length || f.lineinfo.length === 0)
    && code.length > 0 && (code[code.length - 1] & 0x3f) === OP_RETURN;
}

/** luaG_checkopenop: what may follow an instruction leaving an open number of results. */
function checkOpenOp(f: Proto, pc: number): boolean {
  const i = f.code[pc + 1] ?? 0;
  switch (i & 0x3f) {
    case OP_CALL: case OP_TAILCALL: case OP_RETURN: case OP_SETLIST:
      return i >>> 23 === 0;
    default:
      return false;
  }
}

function checkArgMode(f: Proto, r: number, mode: OpArg): boolean {
  switch (mode) {
    case OpArg.N: return r === 0;
    case OpArg.U: return true;
    case OpArg.R: return r < f.maxStackSize;
    default: return r & 256 ? (r & 255) < f.k.length : r < f.maxStackSize;
  }
}

/** ldebug.c's symbexec in checking mode (reg = NO_REG): whether the code is well formed. */
export function checkCode(f: Proto): boolean {
  if (!precheck(f)) return false;
  const code = f.code;
  const size = code.length;
  const maxstack = f.maxStackSize;
  for (let pc = 0; pc < size; pc++) {
    const i = code[pc];
    const op = i & 0x3f;
    const a = (i >>> 6) & 0xff;
    let b = 0;
    let c = 0;
    if (op >= NUM_OPCODES) return false;
    if (a >= maxstack) return false;
    const mode = opModes[op];
    switch (mode[4]) {
      case OpFormat.ABC:
        b = i >>> 23;
        c = (i >>> 14) & 0x1ff;
        if (!checkArgMode(f, b, mode[2]) || !checkArgMode(f, c, mode[3])) return false;
        break;
      case OpFormat.ABx:
        b = i >>> 14;
        if (mode[2] === OpArg.K && b >= f.k.length) return false;
        break;
      default: { // AsBx
        b = (i >>> 14) - 131071;
        if (mode[2] === OpArg.R) {
          const dest = pc + 1 + b;
          if (dest < 0 || dest >= size) return false;
          if (dest > 0) {
            // it must not jump onto a SETLIST's count word: count the SETLIST-with-C=0 run
            // before dest; an odd run means dest is a count
            let j = 0;
            for (; j < dest; j++) {
              const d = code[dest - 1 - j];
              if (!((d & 0x3f) === OP_SETLIST && ((d >>> 14) & 0x1ff) === 0)) break;
            }
            if (j & 1) return false;
          }
        }
      }
    }
    if (mode[0]) { // a test: the next instruction is its jump
      if (pc + 2 >= size || (code[pc + 1] & 0x3f) !== OP_JMP) return false;
    }
    switch (op) {
      case OP_LOADBOOL:
        if (c === 1) {
          if (pc + 2 >= size) return false;
          const next = code[pc + 1];
          if ((next & 0x3f) === OP_SETLIST && ((next >>> 14) & 0x1ff) === 0) return false;
        }
        break;
      case OP_GETUPVAL: case OP_SETUPVAL:
        if (b >= f.nups) return false;
        break;
      case OP_GETGLOBAL: case OP_SETGLOBAL:
        if (typeof f.k[b] !== 'string') return false;
        break;
      case OP_SELF:
        if (a + 1 >= maxstack) return false;
        break;
      case OP_CONCAT:
        if (b >= c) return false;
        break;
      case OP_TFORLOOP:
        if (c < 1 || a + 2 + c >= maxstack) return false;
        break;
      case OP_FORLOOP: case OP_FORPREP:
        if (a + 3 >= maxstack) return false;
        break;
      case OP_CALL: case OP_TAILCALL:
        if (b !== 0 && a + b - 1 >= maxstack) return false;
        c--;
        if (c === -1) {
          if (!checkOpenOp(f, pc)) return false;
        } else if (c !== 0 && a + c - 1 >= maxstack) {
          return false;
        }
        break;
      case OP_RETURN:
        b--;
        if (b > 0 && a + b - 1 >= maxstack) return false;
        break;
      case OP_SETLIST:
        if (b > 0 && a + b >= maxstack) return false;
        if (c === 0) {
          pc++;
          if (pc >= size - 1) return false;
        }
        break;
      case OP_CLOSURE: {
        if (b >= f.p.length) return false;
        const nup = f.p[b].nups;
        if (pc + nup >= size) return false;
        for (let j = 1; j <= nup; j++) {
          const op1 = code[pc + j] & 0x3f;
          if (op1 !== OP_GETUPVAL && op1 !== OP_MOVE) return false;
        }
        break;
      }
      case OP_VARARG:
        if (!(f.isVararg & VARARG_ISVARARG) || (f.isVararg & VARARG_NEEDSARG)) return false;
        b--;
        if (b === -1 && !checkOpenOp(f, pc)) return false;
        if (a + b - 1 >= maxstack) return false;
        break;
    }
  }
  return true;
}
