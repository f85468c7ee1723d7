/**
 * The bytecode compiler: a typed AST (from @lupa/parser) in, a tree of Protos out, instruction
 * for instruction what luac 5.1 produces for the same source — registers, constants, jumps,
 * line info, locals and upvalues — so `lupac -l` can be diffed against `luac -l`, and runtime
 * errors can name variables by ldebug.c's bytecode analysis.
 *
 * Layout: tokens.ts (token positions for line info), expdesc.ts (expression descriptors),
 * funcstate.ts (emission, jumps, registers, constants, scopes), codegen.ts (lcode.c's expression
 * operations), expressions.ts / statements.ts / functions.ts (the AST walk, in lparser.c's order).
 */

import { parse } from '@lupa/parser';
import type { Chunk, ParseOptions } from '@lupa/parser';
import type { Proto } from '../proto.js';
import { compileMain } from './functions.js';
import { Tokens } from './tokens.js';

export { CodegenMsg } from './funcstate.js';

/**
 * Compiles a parsed chunk. `source` is the text it was parsed from: with it, line info is
 * luac's exactly; without it, tokens between nodes are assumed to sit on the neighbouring
 * node's line. Errors (code-generation limits) are LuaSyntaxErrors worded as luac's.
 */
export function compile(chunk: Chunk, source?: string): Proto {
  return compileMain(chunk, new Tokens(source ?? null, chunk.chunkName));
}

/**
 * Parses and compiles `source` (a byte string) named `chunkName` (`@file`, `=name`, or the text).
 * `options` go to the parser (e.g. `baseLevel` 2 for `loadstring` called from Lua).
 */
export function load(source: string, chunkName: string, options?: ParseOptions): Proto {
  return compile(parse(source, chunkName, options), source);
}
