import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetError, DATASET_NAMES, loadDatasets, readReportText } from '../../src/site/data.ts';
import { FIXTURE_DIR, MDI_FILE } from './helpers.ts';

const tmp: string[] = [];
function copyFixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-data-'));
  tmp.push(dir);
  for (const n of DATASET_NAMES) fs.copyFileSync(path.join(FIXTURE_DIR, `${n}.json`), path.join(dir, `${n}.json`));
  return dir;
}
afterEach(() => {
  for (const d of tmp.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('loadDatasets', () => {
  it('loads every dataset of the fixture with its row count', () => {
    const ds = loadDatasets(FIXTURE_DIR);
    expect(Object.keys(ds).sort()).toEqual([...DATASET_NAMES].sort());
    // Rows per dataset; institutions: the catalogue's 16 + the IESS fragment's unit.
    const rows = Object.fromEntries(DATASET_NAMES.map((name) => [name, ds[name].length]));
    expect(rows).toMatchObject({ institutions: 17, reports: 5, budget_lines: 10, goals: 17, procurement: 13, commitments: 5, milestones: 28 });
  });

  it('names the missing file when a dataset is absent', () => {
    const dir = copyFixture();
    fs.rmSync(path.join(dir, 'goals.json'));
    expect(() => loadDatasets(dir)).toThrow(DatasetError);
    expect(() => loadDatasets(dir)).toThrow(/Falta el dataset "goals": no existe .*goals\.json/);
  });

  it('reads DATA_DIR when no folder is given', () => {
    const dir = copyFixture();
    fs.rmSync(path.join(dir, 'flags.json'));
    const before = process.env.DATA_DIR;
    process.env.DATA_DIR = dir;
    try {
      expect(() => loadDatasets()).toThrow(/flags\.json/);
    } finally {
      if (before === undefined) delete process.env.DATA_DIR;
      else process.env.DATA_DIR = before;
    }
  });

  it('rejects a record that breaks the schema, naming file, index and field', () => {
    const dir = copyFixture();
    const file = path.join(dir, 'budget_summaries.json');
    const rows = JSON.parse(fs.readFileSync(file, 'utf8'));
    rows[1].planned = 'N/A';
    fs.writeFileSync(file, JSON.stringify(rows));
    expect(() => loadDatasets(dir)).toThrow(/budget_summaries\.json \[1\] campo "planned"/);
  });

  it('rejects a file that is not an array', () => {
    const dir = copyFixture();
    fs.writeFileSync(path.join(dir, 'reports.json'), '{}');
    expect(() => loadDatasets(dir)).toThrow(/reports\.json debe contener un arreglo/);
  });
});

describe('readReportText', () => {
  it('reads a report so that line numbers match source_line', () => {
    const t = readReportText(MDI_FILE);
    expect(t).not.toBeNull();
    expect(t!.lines[163]).toContain('\\$78.537.516,23');
    expect(t!.sha256).toBe('420315d5e9b44feaa9d2803d12fe599214c44633f69f750906b1f7434b77c4b7');
  });
  it('refuses paths outside the reports folder and missing files', () => {
    expect(readReportText('../package.json')).toBeNull();
    expect(readReportText('no-existe.txt')).toBeNull();
    expect(readReportText('')).toBeNull();
  });
});
