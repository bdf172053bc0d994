/**
 * One accent fold and one CSV cell function in src/ (issue 18): the comparison tables' client
 * script imports `fold` (src/lib/text.ts) and `csvCell` (src/lib/csv.ts) instead of carrying its
 * own copies, so it cannot diverge from the server's search folding or CSV files. These checks
 * fail if a copy comes back: a script that stops importing them, or any other file of src/ that
 * strips combining accents (the range U+0300–U+036F) or quotes CSV cells itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');
const files = (fs.readdirSync(SRC, { recursive: true }) as string[]).filter((f) => /\.(ts|mjs|astro)$/.test(f)).sort();
const read = (f: string) => fs.readFileSync(path.join(SRC, f), 'utf8');

describe('the comparison tables\' script', () => {
  const file = path.join('components', 'ComparisonScript.astro');
  const text = read(file);
  const script = /<script>([\s\S]*?)<\/script>/.exec(text)?.[1] ?? '';

  it('is a processed (bundled) script importing fold and csvCell from src/lib', () => {
    expect(text).not.toContain('is:inline');
    expect(text).not.toContain('define:vars');
    const imports = ts.preProcessFile(script, true, true).importedFiles.map((i) => i.fileName);
    expect(imports).toEqual(['../lib/text.ts', '../lib/csv.ts']);
    expect(script).toMatch(/import \{ fold as foldText \} from '\.\.\/lib\/text\.ts';/);
    expect(script).toMatch(/import \{ csvCell \} from '\.\.\/lib\/csv\.ts';/);
    expect(script).toMatch(/\.map\(csvCell\)\.join\(','\)/);
  });
});

describe('no second implementation in src/', () => {
  it('only src/lib/text.ts strips combining accents (U+0300–U+036F)', () => {
    const marks = /\\u0300-\\u036f|\u0300-\u036f/i;
    expect(files.filter((f) => marks.test(read(f)))).toEqual([path.join('lib', 'text.ts')]);
  });

  it('no component, page or site module quotes CSV cells itself (doubling quotes)', () => {
    const quoting = /replace\(\/"\/g, ?(?:'""'|"\\"\\""|`""`)\)/;
    const mine = files.filter((f) => /^(components|pages|layouts|site)[\\/]/.test(f));
    expect(mine.length).toBeGreaterThan(20);
    expect(mine.filter((f) => quoting.test(read(f)))).toEqual([]);
  });
});
