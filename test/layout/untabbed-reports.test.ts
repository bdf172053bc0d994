/**
 * Issue 12, text without TABs: each bundled report with its TABs turned into spaces ingests to
 * exactly the bundled report's records and flags. The expected side is the ingest of the bundled
 * file itself (whose figures test/ingest/bundled-reports.test.ts pins to values read from the
 * reports); the spaced variants keep the line count, so even source_line must match. Only sha256
 * (other bytes) is set aside.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Datasets } from '../../src/schema/datasets.ts';
import { alignTabs, ingestText, withoutProvenance } from '../support/untab.ts';

const REPORTS = [
  '2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt',
  '2021-quito-az-manuela-saenz-informe-de-gestion.txt',
  '2023-consejo-nacional-electoral-lotaip-a4-metas.txt',
  '2023-iess-unidad-rendicion-de-cuentas-fragmento.txt',
  '2023-ministerio-del-interior-rendicion-de-cuentas.txt',
];

const bundled = new Map<string, Datasets>();
const text = (f: string) => readFileSync(`data/reports/${f}`, 'utf8');
const expected = (f: string) => {
  if (!bundled.has(f)) bundled.set(f, ingestText(f, text(f)));
  return withoutProvenance(bundled.get(f)!, { lines: false });
};
const rows = (d: Datasets) => Object.values(d).reduce((n, r) => n + r.length, 0);

describe('bundled reports without TABs', () => {
  it('the spaced variants really have no TAB, the same line count, and the bundled ingest has rows', () => {
    for (const f of REPORTS) {
      const t = text(f);
      expect(t).toContain('\t');
      for (const v of [alignTabs(t), alignTabs(t, 2)]) {
        expect(v).not.toContain('\t');
        expect(v.split('\n')).toHaveLength(t.split('\n').length);
      }
      expect(rows(bundled.get(f) ?? ingestText(f, t))).toBeGreaterThan(10);
    }
  });

  for (const f of REPORTS) {
    it(`${f}: columns aligned with 3+ spaces → exactly the same records and flags`, () => {
      expect(withoutProvenance(ingestText(f, alignTabs(text(f), 3)), { lines: false })).toEqual(expected(f));
    });
  }

  for (const f of REPORTS) {
    it(`${f}: columns aligned with 2+ spaces → exactly the same records and flags`, () => {
      expect(withoutProvenance(ingestText(f, alignTabs(text(f), 2)), { lines: false })).toEqual(expected(f));
    });
  }

  it('Quito management report copied with one space between cells → exactly the same records and flags', () => {
    const f = '2021-quito-az-manuela-saenz-informe-de-gestion.txt';
    expect(withoutProvenance(ingestText(f, text(f).replaceAll('\t', ' ')), { lines: false })).toEqual(expected(f));
  });
});
