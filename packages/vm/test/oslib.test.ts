// The os library against os.json (cases run by lua5.1; see fixtures/libs/gen.mjs).
import { describe } from 'vitest';
import { libCases } from './lib-harness.js';

describe('os library', () => libCases('os'));
