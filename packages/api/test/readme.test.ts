// The `## Embedding` section of the repository README, run: every ```js block is executed, and
// every line ending in `// → value` checks that its expression equals `value` (deep equality).
// So the documentation cannot drift from what the package does.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as lupa from 'lupa';

const README = new URL('../../../README.md', import.meta.url);

interface Block { title: string; code: string; line: number }

function embeddingBlocks(): Block[] {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf('\n## Embedding\n');
  if (start < 0) throw new Error('README has no ## Embedding section');
  const end = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  const baseLine = text.slice(0, start).split('\n').length;
  const blocks: Block[] = [];
  let title = 'Embedding';
  const lines = section.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = /^###? (.*)/.exec(lines[i]);
    if (heading) title = heading[1];
    if (lines[i] === '```js') {
      const body: string[] = [];
      const line = baseLine + i + 1;
      for (i++; lines[i] !== '```'; i++) body.push(lines[i]);
      blocks.push({ title: `${title} (README.md:${line})`, code: body.join('\n'), line });
    }
  }
  return blocks;
}

const ARROW = /^(\s*)(.+?);?\s*\/\/ → (.+)$/;

/** The block as the body of an async function of (lupa, check); returns the number of checks. */
function transform(block: Block): { body: string; checks: number } {
  let checks = 0;
  const out = block.code.split('\n').map((line, i) => {
    const imp = /^import \{([^}]*)\} from 'lupa';$/.exec(line);
    if (imp) return `const {${imp[1]}} = lupa;`;
    const m = ARROW.exec(line);
    if (!m) return line;
    checks++;
    return `${m[1]}check(() => (${m[2]}), () => (${m[3]}), ${block.line + i + 1});`;
  });
  return { body: out.join('\n'), checks };
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;

describe('README ## Embedding', () => {
  const blocks = embeddingBlocks();

  it('has examples', () => {
    expect(blocks.length).toBeGreaterThan(8);
  });

  for (const block of blocks) {
    it(block.title, async () => {
      const { body, checks } = transform(block);
      let ran = 0;
      const check = (actual: () => unknown, expected: () => unknown, line: number) => {
        ran++;
        expect(actual(), `README.md:${line}`).toEqual(expected());
      };
      await new AsyncFunction('lupa', 'check', body)(lupa, check);
      expect(ran, 'every // → line ran').toBe(checks);
    });
  }
});
