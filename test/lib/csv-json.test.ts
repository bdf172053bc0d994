/**
 * /datos/ publishes each dataset as CSV and the browser derives its JSON (src/lib/csv-json.ts).
 * The derived JSON must be, byte for byte, the JSON file the build wrote before (toJson), on the
 * site fixture (test/fixtures/site) and on the cases the CSV writes specially (null, lists,
 * formula starts); where it cannot be, the JSON file stays. On the bundled reports, the browser's
 * download is compared with the ingest's JSON files by test/e2e/pages.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { jsonFromCsv, type DatasetColumn } from '../../src/lib/csv-json.ts';
import { toCsv, toJson } from '../../src/lib/dataset-files.ts';
import { DATASET_NAMES } from '../../src/site/data.ts';
import { datasetColumns, datasetCsv, datasetJson, jsonDerivable } from '../../src/site/dictionary.ts';
import { fixture } from '../site/helpers.ts';

const ds = fixture();

describe('JSON derived from the CSV', () => {
  it.each(DATASET_NAMES)('%s: the same bytes as the JSON file', (name) => {
    const json = datasetJson(name, ds);
    expect(jsonFromCsv(datasetCsv(name, ds), datasetColumns(name))).toBe(json);
    expect(jsonDerivable(name, ds)).toBe(true);
  });

  it('the fixture has rows in the datasets that matter (not a vacuous comparison)', () => {
    expect(ds.goals.length).toBeGreaterThan(10);
    expect(ds.institutions.some((i) => i.aliases.length > 1)).toBe(true);
    expect(ds.flags.length).toBeGreaterThan(0);
  });

  it('types each column by the schema: numbers, booleans, null, lists of numbers', () => {
    const cols = datasetColumns('reports');
    expect(cols.find((c) => c.name === 'year')).toEqual({ name: 'year', kind: 'n', nullable: false });
    expect(cols.find((c) => c.name === 'complete')).toEqual({ name: 'complete', kind: 'b', nullable: false });
    expect(cols.find((c) => c.name === 'page_starts')).toEqual({ name: 'page_starts', kind: 'an', nullable: true });
    expect(cols.find((c) => c.name === 'date')).toEqual({ name: 'date', kind: 's', nullable: true });
  });

  it('restores a text the CSV neutralized as a formula, and an empty list', () => {
    const cols: DatasetColumn[] = [
      { name: 'a', kind: 's', nullable: false }, { name: 'b', kind: 'n', nullable: true },
      { name: 'c', kind: 'as', nullable: false }, { name: 'd', kind: 's', nullable: true },
    ];
    const csv = '\ufeffa,b,c,d\n"\'=SUM(A1)",-7.5,x|y,\n-3,,,"\'@z"\n';
    expect(jsonFromCsv(csv, cols)).toBe('[\n{"a":"=SUM(A1)","b":-7.5,"c":["x","y"],"d":null},\n{"a":"-3","b":null,"c":[],"d":"@z"}\n]\n');
    expect(() => jsonFromCsv('a,x\n1,2\n', cols)).toThrow(/columnas inesperadas/);
  });

  it('a value the CSV cannot tell apart is not derivable, so its JSON file is kept', () => {
    // An institution whose alias holds "|": the CSV list "A|B|C" reads back as three aliases.
    const inst = { ...ds.institutions[0]!, aliases: ['A|B', 'C'] };
    const csv = toCsv('institutions', [inst]);
    expect(jsonFromCsv(csv, datasetColumns('institutions'))).not.toBe(toJson('institutions', [inst]));
    const changed = { ...ds, institutions: [inst, ...ds.institutions.slice(1)] };
    expect(jsonDerivable('institutions', changed)).toBe(false);
  });
});
