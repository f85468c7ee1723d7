/**
 * @lupa/parser — the Lua 5.1 front end: lexer, parser with scope resolution, and PUC-exact
 * syntax errors. Input is a byte string (one char code 0–255 per byte; see `bytesToLuaString`).
 */

export type * from './ast.js';
export { parse } from './parser.js';
export type { ParseOptions } from './parser.js';
export { Lexer, tokenize } from './lexer.js';
export type { TokenInfo } from './lexer.js';
export { Token, FIRST_RESERVED, LAST_RESERVED, TOKEN_COUNT, tokenNames, tokenToString, tokenKindName } from './tokens.js';
export { LuaSyntaxError, Msg } from './errors.js';
export { chunkId } from './chunkid.js';
export { bytesToLuaString, luaStringToBytes, stripShebang } from './bytes.js';
export { str2number } from './numbers.js';
