/**
 * Layouts other than the bundled reports': 60 synthetic reports of the deterministic corpus
 * generator (src/corpus, every format with its noise) with their TABs turned into aligned spaces
 * (2 and 3 spaces between columns; a table keeps its columns across the blank lines of a page
 * break, so the rows after it start where they did above) ingest exactly as their TAB originals,
 * line numbers included.
 *
 * The one exception is named: a LOTAIP row with lost columns (the generator's `lost_columns`
 * noise prints "(O.O) Indicador\tN/A", two cells where the table has five). Aligned with spaces,
 * its "N/A" stands under the table's second column, and the recovered row has the table's five
 * cells, so the parser no longer sees a row that lost its columns.
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/corpus/index.ts';
import { alignTabs, ingestText, withoutProvenance } from '../support/untab.ts';

const files = [...generateCorpus({ reports: 60, seed: 12 }).files()];
const lostColumns = (f: (typeof files)[number]) => f.truth.noise.some((n) => n.kind === 'lost_columns');

describe('synthetic corpus without TABs', () => {
  it('60 files of every format, TAB-separated, a few with lost LOTAIP columns', () => {
    expect(files).toHaveLength(60);
    const kinds = new Set(files.map((f) => f.name.replace(/^\d{4}-.*?-(cpccs-rendicion-fragmento|cpccs-rendicion|lotaip-a4|informe-gestion)\.txt$/, '$1')));
    expect([...kinds].sort()).toEqual(['cpccs-rendicion', 'cpccs-rendicion-fragmento', 'informe-gestion', 'lotaip-a4']);
    for (const f of files) expect(f.text).toContain('\t');
    expect(files.filter(lostColumns).length).toBeGreaterThan(0);
  });

  for (const gap of [2, 3]) {
    it(`aligned with ${gap}+ spaces: every file but those with lost LOTAIP columns → exactly the same records and flags`, () => {
      const differ: string[] = [];
      for (const f of files) {
        if (lostColumns(f)) continue;
        const want = withoutProvenance(ingestText(f.name, f.text), { lines: false });
        const got = withoutProvenance(ingestText(f.name, alignTabs(f.text, gap, { joinPages: true })), { lines: false });
        try {
          expect(got).toEqual(want);
        } catch {
          differ.push(f.name);
        }
      }
      expect(differ).toEqual([]);
    });
  }
});
