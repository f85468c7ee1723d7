// The bit library against bit.json (cases run by luajit; see fixtures/libs/gen.mjs).
import { describe } from 'vitest';
import { libCases } from './lib-harness.js';

describe('bit library', () => libCases('bit'));
