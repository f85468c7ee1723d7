// The instruction set's tables: one row per opcode, in Lua 5.1's order (ORDER OP).
import { describe, expect, it } from 'vitest';
import {
  Op, NUM_OPCODES, opNames, opModes, OpArg, OpFormat, createABC, createABx, createAsBx,
  getOp, getA, getB, getC, getBx, getSBx, isK, indexK, rkAsK, BITRK, MAXARG_SBX, MAXARG_BX,
} from '../src/opcodes.js';

describe('opcode tables', () => {
  it('have one row per opcode', () => {
    expect(NUM_OPCODES).toBe(38);
    expect(opNames.length).toBe(NUM_OPCODES);
    expect(opModes.length).toBe(NUM_OPCODES);
  });

  it('follow the order of lopcodes.h', () => {
    const order = [
      'MOVE', 'LOADK', 'LOADBOOL', 'LOADNIL', 'GETUPVAL', 'GETGLOBAL', 'GETTABLE', 'SETGLOBAL',
      'SETUPVAL', 'SETTABLE', 'NEWTABLE', 'SELF', 'ADD', 'SUB', 'MUL', 'DIV', 'MOD', 'POW', 'UNM',
      'NOT', 'LEN', 'CONCAT', 'JMP', 'EQ', 'LT', 'LE', 'TEST', 'TESTSET', 'CALL', 'TAILCALL',
      'RETURN', 'FORLOOP', 'FORPREP', 'TFORLOOP', 'SETLIST', 'CLOSE', 'CLOSURE', 'VARARG',
    ];
    expect(opNames).toEqual(order);
    const byName = Op as unknown as Record<string, number>;
    order.forEach((name, i) => expect(byName[name]).toBe(i));
  });

  it('mark the test instructions (followed by a jump) and the formats', () => {
    const tests = opModes.map((m, i) => (m[0] ? opNames[i] : null)).filter((n) => n !== null);
    expect(tests).toEqual(['EQ', 'LT', 'LE', 'TEST', 'TESTSET', 'TFORLOOP']);
    const fmt = (op: Op): OpFormat => opModes[op][4];
    expect([Op.LOADK, Op.GETGLOBAL, Op.SETGLOBAL, Op.CLOSURE].map(fmt)).toEqual([1, 1, 1, 1]);
    expect([Op.JMP, Op.FORLOOP, Op.FORPREP].map(fmt)).toEqual([2, 2, 2]);
    expect(opModes[Op.GETTABLE][3]).toBe(OpArg.K);
    expect(opModes[Op.CONCAT][2]).toBe(OpArg.R);
  });
});

describe('encoding', () => {
  it('round-trips every field', () => {
    const i = createABC(Op.SETTABLE, 255, 511, 300);
    expect([getOp(i), getA(i), getB(i), getC(i)]).toEqual([Op.SETTABLE, 255, 511, 300]);
    const j = createABx(Op.LOADK, 7, MAXARG_BX);
    expect([getOp(j), getA(j), getBx(j)]).toEqual([Op.LOADK, 7, MAXARG_BX]);
    for (const s of [-MAXARG_SBX, -1, 0, 1, MAXARG_SBX]) expect(getSBx(createAsBx(Op.JMP, 0, s))).toBe(s);
  });

  it('marks RK constants with BITRK', () => {
    expect(BITRK).toBe(256);
    expect(isK(rkAsK(5))).toBe(true);
    expect(indexK(rkAsK(5))).toBe(5);
    expect(isK(255)).toBe(false);
  });
});
