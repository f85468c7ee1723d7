// The io library against io.json (cases run by lua5.1; see fixtures/libs/gen.mjs).
import { describe } from 'vitest';
import { libCases } from './lib-harness.js';

describe('io library', () => libCases('io'));
