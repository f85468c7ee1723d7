/**
 * The inside of a `LuaWorker` (worker.ts has the protocol): one LuaRuntime, made from the `init`
 * message's options, running each `call` to completion in arrival order and posting the results
 * prepared for structured clone. Containers arriving as arguments (arrays, plain objects, Maps)
 * become tables through `tableFrom(…, { recursive: true })`, arrays 1-based.
 *
 * The runtime's output cannot reach the main side's sinks directly: it is gathered here and
 * posted as `output` messages — when 16 KiB are waiting, when the oldest waiting chunk is 20 ms
 * old (checked at the next write), when the stream changes (so stdout and stderr interleave as
 * written), and before every reply.
 */
import { LuaRuntime } from './index.js';
import { toCloneable, sendError, type Request, type Reply } from './worker.js';

/** The channel to the main thread, whatever the host. */
interface Port {
  post(msg: Reply): void;
  listen(handler: (msg: Request) => void): void;
}

function isNode(): boolean {
  const proc = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof proc?.versions?.node === 'string';
}

/** Node's parentPort (it queues messages until a listener is attached). */
async function nodePort(): Promise<Port> {
  const NODE_WORKER_THREADS = 'node:worker_threads';
  const { parentPort } = await import(NODE_WORKER_THREADS) as typeof import('node:worker_threads');
  if (parentPort === null) throw new Error('worker-thread.js runs inside a LuaWorker, not as a program');
  return {
    post: (msg) => parentPort.postMessage(msg),
    listen: (handler) => parentPort.on('message', handler),
  };
}

/** The Web Worker's global scope; used without an await, so the listener is there from the start. */
function webPort(): Port {
  const scope = globalThis as unknown as {
    postMessage(msg: unknown): void;
    addEventListener(type: 'message', fn: (e: MessageEvent<Request>) => void): void;
  };
  return {
    post: (msg) => scope.postMessage(msg),
    listen: (handler) => scope.addEventListener('message', (e) => handler(e.data)),
  };
}

const FLUSH_BYTES = 16384;
const FLUSH_MS = 20;

/** The runtime's output, batched into `output` messages. */
class Output {
  private chunks: Uint8Array[] = [];
  private size = 0;
  private stream: 'stdout' | 'stderr' = 'stdout';
  private since = 0;
  constructor(private readonly port: Port) {}

  write(stream: 'stdout' | 'stderr', chunk: Uint8Array): void {
    if (stream !== this.stream) {
      this.flush();
      this.stream = stream;
    }
    if (this.size === 0) this.since = Date.now();
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size >= FLUSH_BYTES || Date.now() - this.since >= FLUSH_MS) this.flush();
  }

  flush(): void {
    if (this.chunks.length === 0) return;
    let chunk = this.chunks[0];
    if (this.chunks.length > 1) {
      chunk = new Uint8Array(this.size);
      let at = 0;
      for (const c of this.chunks) { chunk.set(c, at); at += c.length; }
    }
    this.chunks = [];
    this.size = 0;
    this.port.post({ type: 'output', stream: this.stream, chunk });
  }
}

function isContainer(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v) || v instanceof Map) return true;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

/** An argument as the runtime should receive it: containers become tables. */
function argument(lua: LuaRuntime, v: unknown): unknown {
  return isContainer(v) ? lua.tableFrom([v], { recursive: true }).get(1) : v;
}

function run(lua: LuaRuntime, msg: Extract<Request, { type: 'call' }>): unknown {
  const args = msg.args.map((v) => argument(lua, v));
  const results = msg.method === 'eval' ? lua.eval(msg.code, ...args) : lua.execute(msg.code, ...args);
  return toCloneable(results);
}

function serve(port: Port): void {
  const output = new Output(port);
  let lua: LuaRuntime | null = null;
  port.listen((msg) => {
    if (msg.type === 'init') {
      try {
        lua = new LuaRuntime({
          ...msg.options,
          stdout: (chunk) => output.write('stdout', chunk),
          stderr: (chunk) => output.write('stderr', chunk),
        });
        port.post({ type: 'ready' });
      } catch (e) {
        port.post({ type: 'failed', error: sendError(e) });
      }
      return;
    }
    let reply: Reply;
    try {
      reply = { type: 'done', id: msg.id, value: run(lua!, msg) };
    } catch (e) {
      reply = { type: 'error', id: msg.id, error: sendError(e) };
    }
    output.flush();
    try {
      port.post(reply);
    } catch (e) {
      port.post({ type: 'error', id: msg.id, error: sendError(new TypeError((e as Error).message)) });
    }
  });
}

serve(isNode() ? await nodePort() : webPort());
