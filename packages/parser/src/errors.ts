/**
 * Syntax errors, worded byte for byte as PUC Lua 5.1 words them.
 *
 * Every message leaves through `raiseSyntaxError`, which formats `chunk:line: message near 'tok'`
 * like `luaX_lexerror`: the chunk name goes through `chunkId`, the near-token text is cut at the
 * first NUL byte (Lua formats it with `%s`), and limit errors carry no `near` part at all.
 */

import { chunkId } from './chunkid.js';
import { tokenToString } from './tokens.js';

/** The thrown error: `message` is the full Lua text, e.g. `t.lua:3: 'end' expected near '<eof>'`. */
export class LuaSyntaxError extends Error {
  /** The line Lua reports (the lexer's line when the error was found). */
  readonly line: number;
  /** The chunk name as given to the parser (`@file`, `=name` or source text). */
  readonly chunkName: string;
  /** The message without the `chunk:line: ` prefix, e.g. `unexpected symbol near '+'`. */
  readonly reason: string;

  constructor(message: string, line: number, chunkName: string, reason: string) {
    super(message);
    this.name = 'LuaSyntaxError';
    this.line = line;
    this.chunkName = chunkName;
    this.reason = reason;
  }
}

/** The message catalogue: fixed texts of lexer and parser errors. */
export const Msg = {
  unfinishedString: 'unfinished string',
  unfinishedLongString: 'unfinished long string',
  unfinishedLongComment: 'unfinished long comment',
  escapeTooLarge: 'escape sequence too large',
  invalidLongDelimiter: 'invalid long string delimiter',
  nestedLongString: 'nesting of [[...]] is deprecated',
  malformedNumber: 'malformed number',
  unexpectedSymbol: 'unexpected symbol',
  syntaxError: 'syntax error',
  ambiguousCall: 'ambiguous syntax (function call x new statement)',
  functionArguments: 'function arguments expected',
  varargOutside: "cannot use '...' outside a vararg function",
  noLoop: 'no loop to break',
  tooManyLevels: 'chunk has too many syntax levels',
  paramExpected: "<name> or '...' expected",
  forExpected: "'=' or 'in' expected",
  tooManyLocvars: 'too many local variables',
} as const;

/** What a limit counts, for `limitMsg`. */
export const Limit = {
  locals: 'local variables',
  upvalues: 'upvalues',
  assignment: 'variables in assignment',
} as const;

/** `'x' expected` (error_expected). */
export function expectedMsg(token: number): string {
  return `'${tokenToString(token)}' expected`;
}

/** `'end' expected (to close 'function' at line 3)` (check_match across lines). */
export function expectedToCloseMsg(what: number, who: number, line: number): string {
  return `'${tokenToString(what)}' expected (to close '${tokenToString(who)}' at line ${line})`;
}

/** `main function has more than 200 local variables` / `function at line N has more than ...` */
export function limitMsg(lineDefined: number, limit: number, what: string): string {
  return lineDefined === 0
    ? `main function has more than ${limit} ${what}`
    : `function at line ${lineDefined} has more than ${limit} ${what}`;
}

/**
 * The one raise path. `near` is the token text (already chosen by the lexer, see
 * `Lexer.nearText`), or null for messages without a token (limits, syntax levels).
 */
export function raiseSyntaxError(chunkName: string, line: number, msg: string, near: string | null): never {
  let reason = msg;
  if (near !== null) {
    const nul = near.indexOf('\0');
    reason += ` near '${nul < 0 ? near : near.slice(0, nul)}'`;
  }
  throw new LuaSyntaxError(`${chunkId(chunkName)}:${line}: ${reason}`, line, chunkName, reason);
}

/** An error without position (memory-style limits that Lua raises outside the lexer). */
export function raisePlainError(chunkName: string, line: number, msg: string): never {
  throw new LuaSyntaxError(msg, line, chunkName, msg);
}
