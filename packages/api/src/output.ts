/**
 * Where `print` and `io.write` go by default: the process's own stdout/stderr in Node (bytes
 * written as they come), elsewhere the console, line-buffered (a console call per line, decoded
 * as UTF-8 with replacement).
 */
import { byteString, decodeUtf8 } from './encoding.js';

export type Sink = (chunk: Uint8Array) => void;

interface Writable { write(chunk: Uint8Array): unknown }

export function defaultSink(which: 'stdout' | 'stderr'): Sink {
  const proc = (globalThis as unknown as { process?: Record<string, unknown> }).process;
  const stream = proc?.[which] as Writable | undefined;
  if (stream !== undefined && typeof stream.write === 'function') return (chunk) => { stream.write(chunk); };
  return consoleSink(which === 'stdout' ? console.log : console.error);
}

/** A line-buffered sink onto a console function. */
export function consoleSink(log: (line: string) => void): Sink {
  let pending = '';
  return (chunk) => {
    pending += byteString(chunk);
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      log(decodeUtf8(pending.slice(0, nl), false));
      pending = pending.slice(nl + 1);
    }
  };
}
