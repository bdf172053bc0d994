/**
 * ingestParallel / IngestPool (src/ingest/parallel.ts) must give exactly what ingest() gives:
 * same datasets (same rows in the same order, same institutions outside the catalogue) and same
 * summaries, byte for byte once written.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASETS, type DatasetName } from '../../src/schema/datasets.ts';
import { ingest, listReportFiles } from '../../src/ingest/build.ts';
import { IngestPool, ingestParallel } from '../../src/ingest/parallel.ts';
import { toCsv, toJson } from '../../src/lib/dataset-files.ts';
import type { IngestResult } from '../../src/ingest/build.ts';
import type { PdfExtraction } from '../../src/ingest/pdf/extract.ts';
import { DEFAULT_PDF_CACHE_DIR } from '../../src/ingest/pdf/cache.ts';
import { extractPdfs } from '../../src/ingest/pdf/pool.ts';

let dir: string;
/** The bundled PDF's texts, extracted once: ingest() on one thread reads PDFs only through them. */
let pdf: ReadonlyMap<string, PdfExtraction>;
const institutionsFile = 'data/institutions.csv';

function written(r: IngestResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    out[`${name}.json`] = toJson(name, r.datasets[name]);
    out[`${name}.csv`] = toCsv(name, r.datasets[name]);
  }
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ca-parallel-'));
  const seeds = listReportFiles('data/reports');
  for (let i = 0; i < 9; i++) {
    for (const f of seeds) copyFileSync(join('data/reports', f), join(dir, `${String(i).padStart(2, '0')}-${f}`));
  }
  // Files that go wrong in different ways, and institutions outside the catalogue met several times.
  writeFileSync(join(dir, '03-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
  writeFileSync(join(dir, '04-unknown.txt'), 'nada que ver\ncon ningún formato\n');
  const cpccs = seeds.find((f) => f.includes('ministerio-del-interior'))!;
  // Not named, no RUC, no links, no memo prefixes the catalogue knows: a provisional institution.
  const text = (name: string) => readFileSync(join('data/reports', cpccs), 'utf8')
    .replace(/MINISTERIO DEL INTERIOR/gi, name).replace(/\d{13}/g, '9999999999001')
    .replace(/https?:\/\/\S+/g, '').replace(/memorando|oficio|circular/gi, 'nota');
  writeFileSync(join(dir, '05-fuera-a.txt'), text('INSTITUTO INVENTADO DE PRUEBAS'));
  writeFileSync(join(dir, '07-fuera-b.txt'), text('Instituto Inventado de Pruebas'));
  pdf = await extractPdfs(dir, listReportFiles(dir), { cacheDir: DEFAULT_PDF_CACHE_DIR });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingestParallel', () => {
  it('gives the same result as ingest(), on two threads (main + 1 worker)', async () => {
    const seq = ingest({ reportsDir: dir, institutionsFile, pdf });
    const par = await ingestParallel({ reportsDir: dir, institutionsFile }, { workers: 1, minFiles: 0 });
    expect(par.summaries).toEqual(seq.summaries);
    expect(written(par)).toEqual(written(seq));
    // The test corpus exercises what the merge has to get right.
    expect(seq.summaries.some((s) => s.format === 'desconocido')).toBe(true);
    // The bundled PDFs are read on every copy, not turned into an error.
    expect(seq.summaries.filter((s) => s.file.endsWith('.pdf')).map((s) => [s.format, s.errors])).toEqual(
      Array.from({ length: 9 }, () => [['documento', 0], ['informe-gestion-tablas', 0]]).flat(),
    );
    const provisional = seq.datasets.institutions.filter((i) => i.level === 'desconocido');
    // One institution per RUC, named as the last file (in file-name order) names it; PORTOPARQUES
    // (not in the catalogue) once for its nine copies, under the name its cover prints.
    expect(provisional.map((i) => [i.id, i.name])).toEqual([
      ['empresa-publica-municipal-de-parques-cementerios-areas-verdes-zonas-de-recreacion-y-espacios-culturales-de-portoviejo-portoparques-ep',
        'EMPRESA PÚBLICA MUNICIPAL DE PARQUES, CEMENTERIOS, ÁREAS VERDES, ZONAS DE RECREACIÓN Y ESPACIOS CULTURALES DE PORTOVIEJO “PORTOPARQUES EP”'],
      ['instituto-inventado-de-pruebas', 'Instituto Inventado de Pruebas'],
    ]);
    expect(seq.datasets.commitments.length).toBeGreaterThan(0);
  }, 120_000);

  it('keeps the same result on three threads (main + 2 workers), twice on one pool (small chunks)', async () => {
    const seq = written(ingest({ reportsDir: dir, institutionsFile, pdf }));
    const pool = new IngestPool(2);
    try {
      const files = listReportFiles(dir);
      expect(written(await pool.ingest({ reportsDir: dir, institutionsFile, pdf }, files))).toEqual(seq);
      expect(written(await pool.ingest({ reportsDir: dir, institutionsFile, pdf }, files))).toEqual(seq);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('rejects a bad catalogue like ingest() does', async () => {
    const bad = join(dir, '..', `bad-catalogue-${process.pid}.csv`);
    writeFileSync(bad, 'id,name\n,\n');
    try {
      await expect(ingestParallel({ reportsDir: dir, institutionsFile: bad }, { workers: 1, minFiles: 0 })).rejects.toThrow(/institutions|id|CSV|name/i);
      expect(() => ingest({ reportsDir: dir, institutionsFile: bad })).toThrow();
    } finally {
      rmSync(bad, { force: true });
    }
  });
});
