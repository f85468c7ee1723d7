/**
 * The stream behind a Lua file handle: C's FILE with its buffering, on Node's synchronous fs.
 *
 * A LuaFile reads from, and writes to, one of
 *  - a file descriptor (io.open, io.tmpfile): positioned reads and writes (pread/pwrite), so
 *    the stream keeps its own offset, as stdio does;
 *  - an in-memory source (io.stdin, read from G.stdin() on first use; an io.popen "r" pipe,
 *    whose command has already run) or a sink (io.stdout → G.stdout, io.stderr → G.stderr; an
 *    io.popen "w" pipe, whose input is collected and fed to the command at close).
 *
 * Reads go through one buffer (`buf` from `pos`, a byte string; `off` is the file offset of
 * buf[0]), so `read('*l')` is an indexOf and a slice. Writes to descriptors are kept in `pending`
 * (at file offset `off`) until 4 KB accumulate or a flush, seek, read or close — like glibc's
 * full buffering, so a second handle on the same file sees unflushed data exactly when lua5.1's
 * would not. Pending writes are also flushed in a microtask (when the host's run returns) and by
 * `flushAll` (os.exit), as C flushes every stream at exit.
 *
 * Errors are C's: operations the mode forbids fail with EBADF, seeking a pipe with ESPIPE, and a
 * failed read or write sets `err` (ferror + errno) for the library to report.
 *
 * `readNumber` is glibc's scanf("%lf"): which characters it consumes (also when it fails) decides
 * what the next read sees, so it follows vfscanf's state machine, not a regular expression.
 */
import type { GlobalState } from '../state.js';
import { str2number } from '../number.js';
import { errnoFor, errnoOf, host } from './host.js';

export const enum FileKind { FILE = 0, STD = 1, POPEN = 2 }

const READ_CHUNK = 65536;
const WRITE_BUFFER = 4096;
/** fgets reads at most LUAL_BUFFERSIZE - 1 bytes at a time (BUFSIZ is 8192 on glibc). */
const FGETS_MAX = 8191;

export class LuaFile {
  kind: FileKind;
  closed: boolean;
  readable: boolean;
  writable: boolean;
  append: boolean;
  fd: number;
  /** In-memory contents to read (stdin, popen "r"), produced on first read. */
  source: (() => string) | null;
  /** Where writes go instead of a descriptor (stdout, stderr, popen "w"). */
  sink: ((s: string) => void) | null;
  buf: string;
  pos: number;
  off: number;
  pending: string[];
  pendingLen: number;
  /** ferror: [errno, message] of the last failed operation, or null. */
  err: [number, string] | null;
  /** popen "w": the command to run at close with the collected input. */
  command: string | null;
  flushQueued: boolean;
  /** While scanning a number: where its text starts in `buf` (-1: not scanning), and what earlier buffers held of it. */
  mark: number;
  marked: string;

  constructor(kind: FileKind, fd: number, readable: boolean, writable: boolean, append: boolean) {
    this.kind = kind;
    this.closed = false;
    this.readable = readable;
    this.writable = writable;
    this.append = append;
    this.fd = fd;
    this.source = null;
    this.sink = null;
    this.buf = '';
    this.pos = 0;
    this.off = 0;
    this.pending = [];
    this.pendingLen = 0;
    this.err = null;
    this.command = null;
    this.flushQueued = false;
    this.mark = -1;
    this.marked = '';
  }

  // ------------------------------------------------------------ reading primitives

  /** Refill the read buffer; false at end of file (or on an error, recorded in `err`). */
  private fill(): boolean {
    if (!this.readable) { this.err = errnoFor('EBADF'); return false; }
    if (this.source !== null) {
      const s = this.source();
      this.source = null;
      this.replaceBuffer(s);
      return s.length > 0;
    }
    if (this.fd < 0) return false;
    if (this.pendingLen > 0 && !this.flush()) return false;
    const fs = host().fs!;
    const b = Buffer.allocUnsafe(READ_CHUNK);
    let n: number;
    try {
      n = fs.readSync(this.fd, b, 0, READ_CHUNK, this.off + this.buf.length);
    } catch (e) {
      this.err = errnoOf(e);
      return false;
    }
    this.replaceBuffer(n > 0 ? b.toString('latin1', 0, n) : '');
    return n > 0;
  }

  /** The buffer is consumed: the next one follows it in the file (a number being scanned keeps its start). */
  private replaceBuffer(next: string): void {
    if (this.mark >= 0) {
      this.marked += this.buf.slice(this.mark);
      this.mark = 0;
    }
    this.off += this.buf.length;
    this.buf = next;
    this.pos = 0;
  }

  /** getc: the next byte, or -1 at end of file. */
  getc(): number {
    if (this.pos >= this.buf.length && !this.fill()) return -1;
    return this.buf.charCodeAt(this.pos++);
  }

  /** ungetc of the byte just read by getc. */
  ungetc(): void {
    this.pos--;
  }

  /** Whether a byte is available (test_eof). */
  hasMore(): boolean {
    return this.pos < this.buf.length || this.fill();
  }

  /**
   * read_line: lines come from fgets in pieces of at most BUFSIZ-1 bytes, each cut at its first
   * NUL by strlen — so a line holding a NUL loses the rest of that piece, newline included, and
   * runs on into the next line, as in lua5.1. The line without its '\n', or null when nothing
   * was read before the end of the file.
   */
  readLine(): string | null {
    // Fast path: a whole short line without NULs in the buffer.
    const buf = this.buf;
    const nl = buf.indexOf('\n', this.pos);
    if (nl >= 0 && nl - this.pos < FGETS_MAX) {
      const line = buf.slice(this.pos, nl);
      if (line.indexOf('\0') < 0) {
        this.pos = nl + 1;
        return line;
      }
    }
    let acc = '';
    for (;;) {
      const piece = this.fgets();
      if (piece === null) return acc.length > 0 ? acc : null;
      const z = piece.indexOf('\0');
      const p = z >= 0 ? piece.slice(0, z) : piece;
      if (p.length === 0 || p.charCodeAt(p.length - 1) !== 10) acc += p;
      else return acc + p.slice(0, -1);
    }
  }

  /** fgets(p, BUFSIZ, f): up to FGETS_MAX bytes, through the first '\n'; null at end of file. */
  private fgets(): string | null {
    if (this.pos >= this.buf.length && !this.fill()) return null;
    let out = '';
    while (out.length < FGETS_MAX) {
      if (this.pos >= this.buf.length && !this.fill()) break;
      const buf = this.buf;
      const lim = Math.min(buf.length, this.pos + (FGETS_MAX - out.length));
      const nl = buf.indexOf('\n', this.pos);
      if (nl >= 0 && nl < lim) {
        out += buf.slice(this.pos, nl + 1);
        this.pos = nl + 1;
        return out;
      }
      out += buf.slice(this.pos, lim);
      this.pos = lim;
    }
    return out;
  }

  /** read_chars: up to n bytes (fewer at end of file). */
  readChars(n: number): string {
    let acc = '';
    while (n > 0) {
      const avail = this.buf.length - this.pos;
      if (avail <= 0) {
        if (!this.fill()) break;
        continue;
      }
      const take = avail < n ? avail : n;
      acc += this.buf.slice(this.pos, this.pos + take);
      this.pos += take;
      n -= take;
    }
    return acc;
  }

  /**
   * scanf("%lf"), as glibc's vfscanf does it; undefined when the conversion fails. The characters
   * accepted are a run of the input, taken with a mark (kept across refills) instead of one by one.
   */
  readNumber(): number | undefined {
    let c: number;
    do c = this.getc(); while (c === 32 || (c >= 9 && c <= 13));
    if (c < 0) return undefined;
    this.mark = this.pos - 1;
    this.marked = '';
    const r = this.scanNumber(c);
    this.mark = -1;
    return r;
  }

  private scanNumber(c: number): number | undefined {
    let len = 0; // characters accepted
    let last = 0; // the last one, lower-cased
    let gotSign = 0;
    let negative = false;
    if (c === 45 /* - */ || c === 43 /* + */) {
      negative = c === 45;
      gotSign = 1;
      len++;
      c = this.getc();
      if (c < 0) return undefined;
    }
    const lower = c | 32;
    if (lower === 110 /* n */ || lower === 105 /* i */) {
      // "nan", "inf", "infinity": a mismatching character is consumed, then the conversion fails
      if (lower === 110) return this.expect('an') ? NaN : undefined;
      if (!this.expect('nf')) return undefined;
      c = this.getc();
      if (c >= 0) {
        if ((c | 32) === 105) {
          if (!this.expect('nity')) return undefined;
        } else {
          this.ungetc();
        }
      }
      return negative ? -Infinity : Infinity;
    }
    let expChar = 101; // 'e'
    let hex = false;
    let gotDigit = false, gotDot = false, gotE = false;
    if (c === 48 /* 0 */) {
      len++;
      c = this.getc();
      if (c >= 0 && (c | 32) === 120 /* x */) {
        len++;
        hex = true;
        expChar = 112; // 'p'
        c = this.getc();
      } else {
        gotDigit = true;
      }
    }
    for (;;) {
      if (c < 0) break;
      const lc = c | 32;
      if (c >= 48 && c <= 57) {
        gotDigit = true;
      } else if (!gotE && hex && lc >= 97 && lc <= 102) {
        gotDigit = true;
      } else if (gotE && last === expChar && (c === 45 || c === 43)) {
        // the exponent's sign
      } else if (gotDigit && !gotE && lc === expChar && isLetter(c)) {
        gotE = gotDot = true;
      } else if (!gotDot && c === 46 /* . */) {
        gotDot = true;
      } else {
        this.ungetc();
        break;
      }
      len++;
      last = isLetter(c) ? lc : c;
      c = this.getc();
    }
    if (len === gotSign || (hex && len === 2 + gotSign)) return undefined;
    const text = this.marked + this.buf.slice(this.mark, this.pos);
    return strtodPrefix(text, hex);
  }

  /** Match the letters of `rest` case-insensitively, consuming each one read. */
  private expect(rest: string): boolean {
    for (let i = 0; i < rest.length; i++) {
      const c = this.getc();
      if (c < 0 || (c | 32) !== rest.charCodeAt(i)) return false;
    }
    return true;
  }

  // ------------------------------------------------------------ writing

  /** fwrite: false (with `err` set) when the stream cannot be written. */
  write(s: string): boolean {
    if (!this.writable) { this.err = errnoFor('EBADF'); return false; }
    if (this.sink !== null) { this.sink(s); return true; }
    if (this.buf.length > 0) { // switching from reading: the stream's position is where reading was
      this.off += this.pos;
      this.buf = '';
      this.pos = 0;
    }
    this.pending.push(s);
    this.pendingLen += s.length;
    if (this.pendingLen >= WRITE_BUFFER) return this.flush();
    if (!this.flushQueued) {
      this.flushQueued = true;
      queueMicrotask(() => { this.flushQueued = false; if (!this.closed) this.flush(); });
    }
    return true;
  }

  /** fflush: write out pending data. */
  flush(): boolean {
    if (this.pendingLen === 0 || this.fd < 0) return true;
    const data = Buffer.from(this.pending.length === 1 ? this.pending[0] : this.pending.join(''), 'latin1');
    this.pending = [];
    this.pendingLen = 0;
    const fs = host().fs!;
    try {
      let done = 0;
      while (done < data.length) {
        done += fs.writeSync(this.fd, data, done, data.length - done, this.append ? null : this.off + done);
      }
      this.off = this.append ? fs.fstatSync(this.fd).size : this.off + data.length;
    } catch (e) {
      this.err = errnoOf(e);
      return false;
    }
    return true;
  }

  // ------------------------------------------------------------ positioning and closing

  /** fseek + ftell: the new position, or an errno pair. */
  seek(whence: 'set' | 'cur' | 'end', offset: number): number | [number, string] {
    if (this.fd < 0) return errnoFor('ESPIPE');
    if (!this.flush()) return this.err!;
    const fs = host().fs!;
    let base: number;
    if (whence === 'set') base = 0;
    else if (whence === 'cur') base = this.off + this.pos;
    else {
      try { base = fs.fstatSync(this.fd).size; } catch (e) { return errnoOf(e); }
    }
    const target = base + offset;
    if (target < 0 || !Number.isFinite(target)) return errnoFor('EINVAL');
    if (!(whence === 'cur' && offset === 0 && this.buf.length > 0)) {
      this.off = target;
      this.buf = '';
      this.pos = 0;
    }
    return target;
  }

  /** Release the descriptor after flushing; false with `err` if the flush failed. */
  closeFd(): boolean {
    const ok = this.flush();
    this.closed = true;
    if (this.fd >= 0) {
      try { host().fs!.closeSync(this.fd); } catch (e) { if (ok) this.err = errnoOf(e); return false; }
      this.fd = -1;
    }
    this.buf = '';
    this.pos = 0;
    return ok;
  }
}

function isLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/** strtod on what scanf collected: the longest prefix that is a number (undefined if none). */
function strtodPrefix(s: string, hex: boolean): number | undefined {
  // an exponent marker (and its sign) without digits is not read by strtod
  const expc = hex ? 112 : 101; // 'p' or 'e' ('p' is no hex digit)
  let n = s.length;
  const c = s.charCodeAt(n - 1);
  if (c === 43 || c === 45) n -= 2; // only ever after the marker (a leading sign alone never gets here)
  else if ((c | 32) === expc) n -= 1;
  const t = n === s.length ? s : s.slice(0, n);
  if (!hex) {
    const v = Number(t); // t is [sign] digits [. digits] [e [sign] digits]
    return v === v ? v : undefined;
  }
  const body = t.charCodeAt(0) === 45 || t.charCodeAt(0) === 43 ? t.slice(1) : t;
  if (body.length === 3 && body.charCodeAt(2) === 46) return t.charCodeAt(0) === 45 ? -0 : 0; // "0x.": strtod reads the "0"
  return str2number(t);
}

// ---------------------------------------------------------------- open streams per runtime

const openFiles = new WeakMap<GlobalState, Set<LuaFile>>();

export function track(G: GlobalState, f: LuaFile): void {
  let set = openFiles.get(G);
  if (set === undefined) { set = new Set(); openFiles.set(G, set); }
  set.add(f);
}

export function untrack(G: GlobalState, f: LuaFile): void {
  openFiles.get(G)?.delete(f);
}

/** Flush every open stream of a runtime (what C's exit does). */
export function flushAll(G: GlobalState): void {
  const set = openFiles.get(G);
  if (set === undefined) return;
  for (const f of set) if (!f.closed) f.flush();
}
