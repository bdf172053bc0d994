import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { dataDictionary } from '../../scripts/data-dictionary.ts';
import { DATASETS } from '../../src/schema/datasets.ts';

it('docs/data.md is generated from the current schemas (run: npx tsx scripts/data-dictionary.ts)', () => {
  expect(readFileSync('docs/data.md', 'utf8')).toBe(dataDictionary());
});

it('every field of every dataset has a description', () => {
  const sections = dataDictionary().split('\n## ').slice(1);
  for (const [name, schema] of Object.entries(DATASETS)) {
    const section = sections.find((s) => s.startsWith(`${name}\n`));
    expect(section, name).toBeDefined();
    for (const field of Object.keys(schema.shape)) {
      const row = section!.split('\n').find((l) => l.startsWith(`| \`${field}\` |`));
      expect(row, `${name}.${field}`).toBeDefined();
      expect(row!.split('|')[3]!.trim(), `${name}.${field} has no description`).not.toBe('');
    }
  }
});
