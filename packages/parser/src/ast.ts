/**
 * The typed AST of a Lua 5.1 chunk.
 *
 * Every node carries its source range (`line`/`column` of its first token, `endLine`/`endColumn`
 * just past its last token; lines 1-based, columns 0-based in bytes). Nodes are plain objects
 * created by one factory per kind, always with the same fields in the same order (stable shapes).
 *
 * Scope resolution is done while parsing: every `Name` reference knows whether it is a local of
 * the current function, an upvalue, or a global, and points to its declaring `LocalVar`. Every
 * `FunctionNode` lists the locals it declares and the upvalues it captures, in first-use order
 * (the order luac 5.1 assigns upvalue indices), so the compiler needs no second pass.
 *
 * Strings (literal values, names) are byte strings: one JS char code 0–255 per source byte.
 */

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

// ---------------------------------------------------------------- declarations

/** A local variable declaration (local statement, parameter, for-loop variable, `self`). */
export interface LocalVar extends Range {
  type: 'LocalVar';
  name: string;
  /** The function whose stack frame holds this local. */
  func: FunctionNode;
  /** True when some inner function captures it as an upvalue (needs CLOSE on scope exit). */
  captured: boolean;
}

/** An upvalue of a function: where the enclosing function finds the captured variable. */
export interface UpvalDesc {
  name: string;
  /** The variable captured (declared in some enclosing function). */
  decl: LocalVar;
  /** True: it is a local of the directly enclosing function (`MOVE` in luac's pseudo-ops);
   *  false: it is an upvalue of the enclosing function (`GETUPVAL`), at `parentIndex`. */
  fromParentLocal: boolean;
  /** Index in the enclosing function's `upvalues` when `fromParentLocal` is false. */
  parentIndex: number;
}

// ---------------------------------------------------------------- expressions

export interface Nil extends Range { type: 'Nil' }
export interface True extends Range { type: 'True' }
export interface False extends Range { type: 'False' }
export interface Vararg extends Range { type: 'Vararg' }
export interface NumberLiteral extends Range { type: 'Number'; value: number }
export interface StringLiteral extends Range { type: 'String'; value: string }

/** A variable reference. */
export interface Name extends Range {
  type: 'Name';
  name: string;
  kind: 'local' | 'upvalue' | 'global';
  /** The declaration for locals and upvalues; null for globals. */
  decl: LocalVar | null;
  /** For upvalues: the index in the current function's `upvalues`; otherwise -1. */
  upvalueIndex: number;
}

/** `obj[key]` and `obj.name` (the latter has a String key). */
export interface Index extends Range {
  type: 'Index';
  object: Expression;
  key: Expression;
  /** True for `obj.name` syntax. */
  dot: boolean;
}

export interface Call extends Range {
  type: 'Call';
  callee: Expression;
  args: Expression[];
  /** The line luac gives the CALL instruction (luaK_fixline): where the arguments start — the
   *  `(`, `{` or string — which differs from `line` when the callee spans lines. */
  callLine: number;
}

/** `obj:name(args)` */
export interface MethodCall extends Range {
  type: 'MethodCall';
  object: Expression;
  method: string;
  args: Expression[];
  /** As for Call: the line where the arguments start. */
  callLine: number;
}

/** A parenthesized expression: truncates calls and `...` to one value. */
export interface Paren extends Range {
  type: 'Paren';
  expression: Expression;
}

export type BinaryOp =
  | '+' | '-' | '*' | '/' | '%' | '^' | '..'
  | '==' | '~=' | '<' | '<=' | '>' | '>='
  | 'and' | 'or';

export interface Binary extends Range {
  type: 'Binary';
  op: BinaryOp;
  left: Expression;
  right: Expression;
}

export type UnaryOp = 'not' | '-' | '#';

export interface Unary extends Range {
  type: 'Unary';
  op: UnaryOp;
  argument: Expression;
}

/** `[k] = v` is 'keyed', `name = v` is 'named' (key is the name's string), `v` is 'positional'. */
export interface TableField extends Range {
  type: 'TableField';
  kind: 'positional' | 'named' | 'keyed';
  key: Expression | null;
  value: Expression;
}

export interface TableConstructor extends Range {
  type: 'Table';
  fields: TableField[];
}

/** A function body: `function (params) body end`, also the main chunk (line 0, vararg). */
export interface FunctionNode extends Range {
  type: 'Function';
  /** Parameters in order; for methods (`function a:b()`) the first one is the implicit `self`
   *  (which has no source position: line, column, endLine, endColumn are all 0). */
  params: LocalVar[];
  isVararg: boolean;
  isMethod: boolean;
  body: Block;
  /** Every local declared directly in this function, in declaration order. */
  locals: LocalVar[];
  /** Captured variables in first-use order (luac's upvalue numbering). */
  upvalues: UpvalDesc[];
  /** The enclosing function; null for the main chunk. */
  parent: FunctionNode | null;
  /** `linedefined`/`lastlinedefined` as luac reports them (0, 0 for the main chunk). */
  lineDefined: number;
  lastLineDefined: number;
  /**
   * LUA_COMPAT_VARARG (on in stock Lua 5.1): a vararg function other than the main chunk declares
   * a hidden local `arg` right after its parameters (not in `params`, but in `locals`, and names
   * `arg` in the body resolve to it). Null for non-vararg functions and the main chunk.
   */
  compatArg: LocalVar | null;
  /** True when `compatArg` must be filled with the table of extra arguments (luac's
   *  VARARG_NEEDSARG): the function is vararg and its body never uses `...` itself. */
  needsArg: boolean;
}

export type Expression =
  | Nil | True | False | Vararg | NumberLiteral | StringLiteral
  | Name | Index | Call | MethodCall | Paren | Binary | Unary
  | TableConstructor | FunctionNode;

// ---------------------------------------------------------------- statements

/** An empty block has an empty range at the start of the token that ends it. */
export interface Block extends Range {
  type: 'Block';
  body: Statement[];
}

export interface LocalStatement extends Range {
  type: 'Local';
  vars: LocalVar[];
  values: Expression[];
}

export interface AssignStatement extends Range {
  type: 'Assign';
  targets: (Name | Index)[];
  values: Expression[];
}

export interface CallStatement extends Range {
  type: 'CallStatement';
  call: Call | MethodCall;
}

export interface DoStatement extends Range { type: 'Do'; body: Block }
export interface WhileStatement extends Range { type: 'While'; condition: Expression; body: Block }
/** The condition sees the body's locals. */
export interface RepeatStatement extends Range { type: 'Repeat'; body: Block; condition: Expression }

export interface IfClause extends Range { type: 'IfClause'; condition: Expression; body: Block }
export interface IfStatement extends Range {
  type: 'If';
  /** `if` and each `elseif`, in order. */
  clauses: IfClause[];
  orelse: Block | null;
}

export interface NumericFor extends Range {
  type: 'NumericFor';
  /** The visible loop variable (luac also declares the hidden `(for index)` etc.; the compiler adds those). */
  variable: LocalVar;
  start: Expression;
  limit: Expression;
  step: Expression | null;
  body: Block;
}

export interface GenericFor extends Range {
  type: 'GenericFor';
  variables: LocalVar[];
  iterators: Expression[];
  body: Block;
}

/** `function a.b.c:m() end` — target is the Name or Index being assigned. */
export interface FunctionStatement extends Range {
  type: 'FunctionStatement';
  target: Name | Index;
  func: FunctionNode;
}

export interface LocalFunctionStatement extends Range {
  type: 'LocalFunction';
  variable: LocalVar;
  func: FunctionNode;
}

export interface ReturnStatement extends Range { type: 'Return'; values: Expression[] }
export interface BreakStatement extends Range { type: 'Break' }

export type Statement =
  | LocalStatement | AssignStatement | CallStatement | DoStatement | WhileStatement
  | RepeatStatement | IfStatement | NumericFor | GenericFor | FunctionStatement
  | LocalFunctionStatement | ReturnStatement | BreakStatement;

/** The result of parsing: the main function (vararg, no params) and the chunk name used. */
export interface Chunk {
  type: 'Chunk';
  /** As given to the parser: `=name`, `@file` or the source text itself (luaO_chunkid rules). */
  chunkName: string;
  main: FunctionNode;
}

export type Node = Expression | Statement | Block | TableField | IfClause | LocalVar | Chunk;
