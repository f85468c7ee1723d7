/**
 * Token kinds of the Lua 5.1 lexer.
 *
 * As in PUC Lua (llex.h), a single-character token is its own byte value (0–255), so any stray
 * byte becomes a token whose kind is the byte itself; reserved words and multi-character tokens
 * start at 257. The order of the reserved block mirrors `luaX_tokens` (ORDER RESERVED): the name
 * table below is indexed by `kind - FIRST_RESERVED`.
 */

export enum Token {
  // single-character tokens: the byte value itself
  Hash = 35, // #
  Percent = 37, // %
  LParen = 40, // (
  RParen = 41, // )
  Star = 42, // *
  Plus = 43, // +
  Comma = 44, // ,
  Minus = 45, // -
  Dot = 46, // .
  Slash = 47, // /
  Colon = 58, // :
  Semicolon = 59, // ;
  Lt = 60, // <
  Assign = 61, // =
  Gt = 62, // >
  LBracket = 91, // [
  RBracket = 93, // ]
  Caret = 94, // ^
  LBrace = 123, // {
  RBrace = 125, // }
  Tilde = 126, // ~

  // reserved words (ORDER RESERVED)
  And = 257,
  Break,
  Do,
  Else,
  Elseif,
  End,
  False,
  For,
  Function,
  If,
  In,
  Local,
  Nil,
  Not,
  Or,
  Repeat,
  Return,
  Then,
  True,
  Until,
  While,
  // other multi-character terminals
  Concat, // ..
  Dots, // ...
  Eq, // ==
  Ge, // >=
  Le, // <=
  Ne, // ~=
  Number,
  Name,
  String,
  Eos,
}

export const FIRST_RESERVED = Token.And;
export const LAST_RESERVED = Token.While;
/** One past the largest kind: size for tables indexed by kind. */
export const TOKEN_COUNT = Token.Eos + 1;

/** Texts of kinds >= FIRST_RESERVED, as `luaX_tokens` spells them (used in messages). */
export const tokenNames: readonly string[] = [
  'and', 'break', 'do', 'else', 'elseif',
  'end', 'false', 'for', 'function', 'if',
  'in', 'local', 'nil', 'not', 'or', 'repeat',
  'return', 'then', 'true', 'until', 'while',
  '..', '...', '==', '>=', '<=', '~=',
  '<number>', '<name>', '<string>', '<eof>',
];

/** Reserved word text -> kind. */
export const reservedWords: ReadonlyMap<string, Token> = new Map(
  tokenNames.slice(0, LAST_RESERVED - FIRST_RESERVED + 1).map((w, i) => [w, (FIRST_RESERVED + i) as Token]),
);

/** `luaX_token2str`: the text naming a token kind in messages (`char(N)` for control bytes). */
export function tokenToString(kind: number): string {
  if (kind >= FIRST_RESERVED) return tokenNames[kind - FIRST_RESERVED];
  if (kind < 32 || kind === 127) return `char(${kind})`;
  return String.fromCharCode(kind);
}

/** A short symbolic name of a kind, for token dumps (`NAME`, `STRING`, `'+'`, `and`...). */
export function tokenKindName(kind: number): string {
  switch (kind) {
    case Token.Number: return 'NUMBER';
    case Token.Name: return 'NAME';
    case Token.String: return 'STRING';
    case Token.Eos: return 'EOF';
    default: return kind >= FIRST_RESERVED ? tokenNames[kind - FIRST_RESERVED] : `'${tokenToString(kind)}'`;
  }
}
