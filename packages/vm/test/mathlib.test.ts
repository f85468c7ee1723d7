// The math library against math.json (cases run by lua5.1; see fixtures/libs/gen.mjs).
import { describe } from 'vitest';
import { libCases } from './lib-harness.js';

describe('math library', () => libCases('math'));
