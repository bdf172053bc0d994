/**
 * Every fixture with a checked expected output (test/fixtures/<format>/NAME.expected.json beside
 * NAME.txt or NAME.csv) parses to exactly that output with its format's parser. The expected
 * files were reviewed by hand against the fixture lines their READMEs name; the per-format tests
 * assert the figures that matter one by one. (gestion-tablas' expected files hold only selected
 * figures and are checked in its own test.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_DESCRIPTORS } from '../../src/ingest/parsers/index.ts';
import type { SourceText } from '../../src/ingest/types.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const FORMATS = ['cpccs-rendicion', 'csv', 'informe-gestion', 'lotaip-a4', 'ogp-plan'] as const;

const cases = FORMATS.flatMap((format) => readdirSync(join(FIXTURES, format))
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => {
    const name = f.replace(/\.expected\.json$/, '');
    const file = ['.txt', '.csv'].map((ext) => name + ext).find((x) => existsSync(join(FIXTURES, format, x)));
    return { format, name, file };
  }));

describe('parsers: checked expected outputs', () => {
  it('finds every fixture of the five formats (15 expected files), each with its source', () => {
    expect(cases.map((c) => `${c.format}/${c.name}`)).toHaveLength(15);
    expect(cases.filter((c) => !c.file)).toEqual([]);
  });

  it.each(cases)('$format: $name', ({ format, name, file }) => {
    const text = readFileSync(join(FIXTURES, format, file!), 'utf8');
    const src: SourceText = { file: file!, text, lines: text.split('\n') };
    const want = JSON.parse(readFileSync(join(FIXTURES, format, `${name}.expected.json`), 'utf8'));
    expect(FORMAT_DESCRIPTORS[format].parse(src)).toEqual(want);
  });
});
