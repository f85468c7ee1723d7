// Loads the committed corpus (see fixtures/gen-errors.mjs for how it was produced).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface ErrorCase {
  source: string;
  chunkName: string;
  via: 'luac' | 'loadstring';
  expected: string | null;
  codegen: boolean;
  baseLevel: number;
}

export interface Mutation {
  file: string;
  edits: [number, number, string][];
  expected: string | null;
  codegen: boolean;
}

export const errorCases: ErrorCase[] = JSON.parse(readFileSync(dir + 'errors.json', 'utf8'));
export const mutations: Mutation[] = JSON.parse(readFileSync(dir + 'mutations.json', 'utf8'));

/** The real programs under fixtures/lua (copies of the shared benchmark programs), as byte strings. */
export const programs: Map<string, string> = new Map(
  readdirSync(dir + 'lua')
    .filter((f) => f.endsWith('.lua'))
    .sort()
    .map((f) => [f, readFileSync(dir + 'lua/' + f, 'latin1')]),
);

export function applyEdits(source: string, edits: [number, number, string][]): string {
  for (const [offset, deleteCount, insert] of edits) source = source.slice(0, offset) + insert + source.slice(offset + deleteCount);
  return source;
}

/** Seeded PRNG (LCG), so random tests are reproducible. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
}
