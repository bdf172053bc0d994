/**
 * Issue 11: every report under the institution it names. Each case writes variants of the bundled
 * Ministerio del Interior form (data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt)
 * into a temporary folder and ingests it. Values read in that file (see test/fixtures/identity/README.md):
 * line 3 "INFORME DE RENDICIÓN DE CUENTAS No 13359", line 5 "PERIODO 2023", line 11 "NOMBRE DE LA
 * INSTITUCIÓN: MINISTERIO DEL INTERIOR", line 12 "RUC: 1798194735001", line 14 "FUNCIÓN: FUNCIÓN
 * EJECUTIVA", line 15 "TIPO: UDAF", line 16 "PERTENECE A: MINISTERIO DEL INTERIOR", line 164 the
 * budget summary (codificado $78.537.516,23, 40,39 %); its links point to ministeriodelinterior.gob.ec.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/build.ts';
import { assignReportIds, resolveNamed } from '../../src/ingest/identity.ts';
import { InstitutionResolver, parseInstitutionsCsv } from '../../src/ingest/institutions.ts';
import type { Datasets } from '../../src/schema/datasets.ts';

const MDI = readFileSync('data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt', 'utf8');
const IESS = readFileSync('data/reports/2023-iess-unidad-rendicion-de-cuentas-fragmento.txt', 'utf8');
const CATALOGUE = readFileSync('data/institutions.csv', 'utf8');
const HEADER_ONLY = 'id,name,acronym,ruc,level,function,type,parent_id,domains,aliases\n';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Ingests `files` (name → text) with `catalogue` as institutions.csv. */
function run(files: Record<string, string>, catalogue = CATALOGUE, maxYear = 2027): Datasets {
  const dir = mkdtempSync(join(tmpdir(), 'ca-identity-'));
  dirs.push(dir);
  const reports = join(dir, 'reports');
  mkdirSync(reports);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(reports, name), text);
  writeFileSync(join(dir, 'institutions.csv'), catalogue);
  return ingest({ reportsDir: reports, institutionsFile: join(dir, 'institutions.csv'), maxYear }).datasets;
}

/** The MDI form with another header (name, RUC, FUNCIÓN, TIPO, PERTENECE A as given; null = line left as is). */
function withHeader(h: { name?: string; ruc?: string; fn?: string; type?: string; parent?: string; period?: string; number?: string }): string {
  let t = MDI;
  if (h.name !== undefined) t = t.replace('NOMBRE DE LA INSTITUCIÓN:\tMINISTERIO DEL INTERIOR', `NOMBRE DE LA INSTITUCIÓN:\t${h.name}`);
  if (h.ruc !== undefined) t = t.replace('RUC:\t1798194735001', `RUC:\t${h.ruc}`);
  if (h.fn !== undefined) t = t.replace('FUNCIÓN:\tFUNCIÓN EJECUTIVA', `FUNCIÓN:\t${h.fn}`);
  if (h.type !== undefined) t = t.replace('TIPO:\tUDAF', `TIPO:\t${h.type}`);
  if (h.parent !== undefined) t = t.replace('PERTENECE A:\tMINISTERIO DEL INTERIOR', `PERTENECE A:\t${h.parent}`);
  if (h.period !== undefined) t = t.replace('PERIODO 2023', `PERIODO ${h.period}`);
  if (h.number !== undefined) t = t.replace('CUENTAS No 13359', `CUENTAS No ${h.number}`);
  return t;
}

const of = <T extends { institution_id: string }>(rows: readonly T[], id: string) => rows.filter((r) => r.institution_id === id);
const GAD = 'GOBIERNO AUTÓNOMO DESCENTRALIZADO MUNICIPAL DEL CANTÓN PEDRO MONCAYO';
const GAD_ID = 'gobierno-autonomo-descentralizado-municipal-del-canton-pedro-moncayo';

describe('the header decides', () => {
  it('a header absent from the catalogue keeps its own name despite links to a ministry', () => {
    const d = run({ 'gad.txt': withHeader({ name: GAD, ruc: '1760003330001', fn: 'FUNCIÓN DE TRANSPARENCIA Y CONTROL SOCIAL', type: 'GAD MUNICIPAL', parent: GAD }) });
    expect(d.reports.map((r) => [r.institution_id, r.institution_match, r.institution_ruc_reported])).toEqual([[GAD_ID, 'header', '1760003330001']]);
    expect(d.institutions.find((i) => i.id === GAD_ID)).toEqual({
      id: GAD_ID, name: GAD, acronym: null, ruc: '1760003330001', level: 'desconocido', function: 'transparencia y control social',
      type: 'gad municipal', parent_id: null, domains: [], aliases: [],
    });
    expect(of(d.budget_summaries, GAD_ID).map((s) => [s.planned, s.pct_reported, s.source_line])).toEqual([[78537516.23, 40.39, 164]]);
    expect(of(d.budget_summaries, 'ministerio-del-interior')).toEqual([]);
    expect(d.flags.map((f) => f.code)).not.toContain('institution_inferred');
    expect(d.flags.map((f) => f.code)).not.toContain('institution_unknown');
  });

  it('PERTENECE A names a parent: matched in the catalogue, or created', () => {
    const d = run({
      'a.txt': withHeader({ name: 'DIRECCIÓN DISTRITAL 17D01 - SALUD', ruc: '1768000000001', parent: 'MINISTERIO DEL INTERIOR' }),
      'b.txt': withHeader({ name: 'HOSPITAL GENERAL DE MACHALA', ruc: '0760000000001', parent: 'MINISTERIO DE SALUD PÚBLICA' }),
    });
    expect(d.institutions.find((i) => i.id === 'direccion-distrital-17d01-salud')?.parent_id).toBe('ministerio-del-interior');
    expect(d.institutions.find((i) => i.id === 'hospital-general-de-machala')?.parent_id).toBe('ministerio-de-salud-publica');
    expect(d.institutions.find((i) => i.id === 'ministerio-de-salud-publica')).toMatchObject({ name: 'MINISTERIO DE SALUD PÚBLICA', ruc: null });
  });

  it('a RUC of another catalogue entry: published under the header, institution_conflict naming both', () => {
    const d = run({ 'dd.txt': withHeader({ name: 'DIRECCIÓN DISTRITAL 17D01', parent: 'DIRECCIÓN DISTRITAL 17D01' }) });
    expect(d.reports.map((r) => [r.institution_id, r.institution_match])).toEqual([['direccion-distrital-17d01', 'conflict']]);
    expect(d.flags.filter((f) => f.code === 'institution_conflict').map((f) => [f.severity, f.message])).toEqual([[
      'warning',
      'el RUC 1798194735001 del encabezado es de "Ministerio del Interior" en el catálogo, pero el informe se nombra "DIRECCIÓN DISTRITAL 17D01"; se publica con el nombre del encabezado (dd.txt)',
    ]]);
    expect(of(d.reports, 'ministerio-del-interior')).toEqual([]);
  });

  it('a catalogue name with another RUC: published under the header with its RUC, never merged', () => {
    const d = run({ 'x.txt': withHeader({ ruc: '1760000000001' }) });
    expect(d.reports.map((r) => [r.institution_id, r.institution_match])).toEqual([['ministerio-del-interior-ruc-1760000000001', 'conflict']]);
    expect(d.flags.filter((f) => f.code === 'institution_conflict').map((f) => f.message)).toEqual([
      'el nombre "MINISTERIO DEL INTERIOR" del encabezado es de "Ministerio del Interior" en el catálogo, con RUC 1798194735001, pero el informe dice RUC 1760000000001; se publica con el RUC del encabezado (x.txt)',
    ]);
    expect(d.institutions.find((i) => i.id === 'ministerio-del-interior-ruc-1760000000001')).toMatchObject({ name: 'MINISTERIO DEL INTERIOR', ruc: '1760000000001' });
  });

  it('name and RUC agreeing with the catalogue (accents, case, punctuation) enrich from it', () => {
    const d = run({ 'x.txt': withHeader({ name: 'Ministerio  del Interior.' }) });
    expect(d.reports.map((r) => [r.institution_id, r.institution_match])).toEqual([['ministerio-del-interior', 'ruc']]);
    expect(d.flags.map((f) => f.code)).not.toContain('institution_conflict');
  });

  it('the same RUC in several years is one institution; two RUCs sharing a name get -ruc-<RUC>', () => {
    const d = run({
      '2022-a.txt': withHeader({ name: 'GAD MUNICIPAL DE PEDRO MONCAYO', ruc: '1760003330001', period: '2022' }),
      '2023-a.txt': withHeader({ name: GAD, ruc: '1760003330001' }),
      '2023-b.txt': withHeader({ name: 'JUNTA PARROQUIAL SAN JOSÉ', ruc: '0160000000001' }),
      '2023-c.txt': withHeader({ name: 'JUNTA PARROQUIAL SAN JOSÉ', ruc: '1860000000001' }),
    });
    expect(d.reports.map((r) => [r.source_file, r.institution_id])).toEqual([
      ['2022-a.txt', GAD_ID], ['2023-a.txt', GAD_ID],
      ['2023-b.txt', 'junta-parroquial-san-jose-ruc-0160000000001'], ['2023-c.txt', 'junta-parroquial-san-jose-ruc-1860000000001'],
    ]);
    expect(d.institutions.filter((i) => i.ruc === '1760003330001').map((i) => [i.id, i.name])).toEqual([[GAD_ID, GAD]]);
    expect(d.budget_summaries.map((s) => s.institution_id)).toEqual([
      GAD_ID, GAD_ID, 'junta-parroquial-san-jose-ruc-0160000000001', 'junta-parroquial-san-jose-ruc-1860000000001',
    ]);
  });
});

describe('reports that name nobody', () => {
  it('the IESS fragment is an unidentified unit of the IESS, with a true message', () => {
    const d = run({ 'fragmento.txt': IESS });
    expect(d.reports.map((r) => [r.institution_id, r.institution_match])).toEqual([['unidad-no-identificada-fragmento', 'domain']]);
    expect(d.institutions.find((i) => i.id === 'unidad-no-identificada-fragmento')).toEqual({
      id: 'unidad-no-identificada-fragmento', name: 'Unidad no identificada del IESS', acronym: null, ruc: null, level: 'nacional',
      function: 'ejecutiva', type: 'unidad no identificada', parent_id: 'instituto-ecuatoriano-de-seguridad-social', domains: [], aliases: [],
    });
    expect(d.flags.find((f) => f.code === 'institution_inferred')?.message).toContain('sus enlaces apuntan a iess.gob.ec');
  });
});

describe('duplicates and versions', () => {
  it('two copies of a fragment: one unit, both reports under it, figures once', () => {
    const d = run({ 'frag-a.txt': IESS, 'frag-b.txt': IESS });
    expect(d.reports.map((r) => [r.id, r.institution_id, r.duplicate_of])).toEqual([
      ['frag-a', 'unidad-no-identificada-frag-a', null], ['frag-b', 'unidad-no-identificada-frag-a', 'frag-a'],
    ]);
    expect(d.institutions.filter((i) => i.id.startsWith('unidad-no-identificada-')).map((i) => i.id)).toEqual(['unidad-no-identificada-frag-a']);
    expect(d.budget_summaries.map((s) => [s.report_id, s.planned])).toEqual([['frag-a', 18215009.19]]);
  });

  it('byte-identical copies are counted once, both naming the other', () => {
    const d = run({ 'a.txt': MDI, 'b.txt': MDI });
    expect(d.reports.map((r) => [r.id, r.duplicate_of, r.headline])).toEqual([['a', null, true], ['b', 'a', false]]);
    expect(d.budget_summaries.map((s) => s.report_id)).toEqual(['a']);
    expect(d.goals).toHaveLength(11);
    expect(d.procurement).toHaveLength(9);
    expect(d.flags.filter((f) => f.code === 'duplicate_report').map((f) => [f.report_id, f.severity, f.message])).toEqual([
      ['a', 'info', '"b.txt" es una copia idéntica (mismo SHA-256) de este informe; no se cuenta dos veces (a.txt)'],
      ['b', 'info', 'copia idéntica (mismo SHA-256) de "a.txt"; sus cifras se cuentan una sola vez, con ese archivo (b.txt)'],
    ]);
  });

  it('two versions with different content: both kept, the later report number heads, both flagged', () => {
    const d = run({ 'v1.txt': MDI, 'v2.txt': withHeader({ number: '13360' }) });
    expect(d.reports.map((r) => [r.id, r.report_number, r.headline, r.duplicate_of])).toEqual([['v1', '13359', false, null], ['v2', '13360', true, null]]);
    expect(d.budget_summaries.map((s) => s.report_id)).toEqual(['v1', 'v2']);
    const msgs = d.flags.filter((f) => f.code === 'conflicting_reports').map((f) => [f.report_id, f.severity, f.message]);
    expect(msgs).toEqual([
      ['v1', 'warning', 'otra versión, con contenido distinto, del informe cpccs-rendicion 2023 de esta institución: "v2.txt"; titulares y comparaciones usan "v2.txt" (completo antes que fragmento, luego el número de informe o la fecha más recientes, luego el nombre de archivo) (v1.txt)'],
      ['v2', 'warning', 'otra versión, con contenido distinto, del informe cpccs-rendicion 2023 de esta institución: "v1.txt"; titulares y comparaciones usan "v2.txt" (completo antes que fragmento, luego el número de informe o la fecha más recientes, luego el nombre de archivo) (v2.txt)'],
    ]);
  });
});

describe('report ids', () => {
  it('files differing only in extension, case or spacing get distinct ids; each row cites its own file', () => {
    const d = run({
      'informe.txt': withHeader({ name: 'GAD A', ruc: '0100000000001' }),
      'informe.md': withHeader({ name: 'GAD B', ruc: '0200000000001' }),
      'Informe .TXT': withHeader({ name: 'GAD C', ruc: '0300000000001' }),
    });
    // 8 hex digits: sha256 of the file names "informe.txt" (4fe75292…) and "Informe .TXT" (44dd8c9c…).
    expect(d.reports.map((r) => [r.source_file, r.id, r.institution_id]).sort()).toEqual([
      ['Informe .TXT', 'informe-txt-44dd8c9c', 'gad-c'],
      ['informe.md', 'informe-md', 'gad-b'],
      ['informe.txt', 'informe-txt-4fe75292', 'gad-a'],
    ]);
    const fileOf = new Map(d.reports.map((r) => [r.id, r.source_file]));
    for (const g of d.goals) expect(fileOf.get(g.report_id)).toBe(g.source_file);
    expect(d.goals).toHaveLength(33);
    for (const id of fileOf.keys()) expect(d.goals.filter((g) => g.report_id === id)).toHaveLength(11);
  });

  it('assignReportIds keeps unclashing ids and is independent of order', () => {
    const h = (n: string) => (n === 'informe.txt' ? '4fe75292c9' : n === 'Informe .TXT' ? '44dd8c9c53' : 'ffffffffff');
    const a = assignReportIds(['informe.txt', '2023-x.txt', 'Informe .TXT', 'informe.md'], h);
    const b = assignReportIds(['informe.md', 'Informe .TXT', '2023-x.txt', 'informe.txt'], h);
    expect([...a.entries()].sort()).toEqual([
      ['2023-x.txt', '2023-x'], ['Informe .TXT', 'informe-txt-44dd8c9c'], ['informe.md', 'informe-md'], ['informe.txt', 'informe-txt-4fe75292'],
    ]);
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
  });
});

describe('years', () => {
  it('PERIODO 1899 in a file named 2023 is kept as 1899 and flagged', () => {
    const d = run({ '2023-informe.txt': withHeader({ period: '1899' }) });
    expect(d.reports.map((r) => [r.year, r.period])).toEqual([[1899, '1899']]);
    expect(d.flags.filter((f) => f.field === 'year').map((f) => [f.code, f.message])).toEqual([
      ['value_suspicious', 'año del periodo fuera de 2000–2027; se conserva tal como se lee: "1899" (2023-informe.txt)'],
    ]);
  });
  it('PERIODO 2099 is kept and flagged', () => {
    const d = run({ '2023-informe.txt': withHeader({ period: '2099' }) });
    expect(d.reports.map((r) => r.year)).toEqual([2099]);
    expect(d.flags.filter((f) => f.field === 'year').map((f) => f.code)).toEqual(['value_suspicious']);
  });
});

describe('empty catalogue', () => {
  for (const [label, csv] of [['header only', HEADER_ONLY], ['empty file', '']] as const) {
    it(`builds with an empty catalogue (${label}): institutions come from the headers`, () => {
      const d = run({ 'mdi.txt': MDI, 'fragmento.txt': IESS }, csv);
      expect(d.reports.map((r) => [r.source_file, r.institution_id, r.institution_match])).toEqual([
        ['fragmento.txt', 'institucion-desconocida-fragmento', 'none'],
        ['mdi.txt', 'ministerio-del-interior', 'header'],
      ]);
      expect(d.institutions.find((i) => i.id === 'ministerio-del-interior')).toMatchObject({
        name: 'MINISTERIO DEL INTERIOR', ruc: '1798194735001', function: 'ejecutiva', type: 'udaf', parent_id: null,
      });
      expect(d.flags.filter((f) => f.severity === 'error')).toEqual([]);
    });
  }
});

describe('resolveNamed (shared rule, e.g. for procurement buyers)', () => {
  const resolver = new InstitutionResolver(parseInstitutionsCsv(CATALOGUE));
  const ids = new Set(resolver.institutions.map((i) => i.id));
  it('matches, creates or flags a conflict', () => {
    expect(resolveNamed(resolver, { name: 'Ministerio del Interior', ruc: '1798194735001' }, ids)).toMatchObject({ institution: { id: 'ministerio-del-interior' }, match: 'ruc', notes: [] });
    expect(resolveNamed(resolver, { name: 'IESS', ruc: null }, ids)).toMatchObject({ institution: { id: 'instituto-ecuatoriano-de-seguridad-social' }, match: 'acronym' });
    expect(resolveNamed(resolver, { name: 'Empresa Pública X', ruc: null }, ids)).toMatchObject({ institution: { id: 'empresa-publica-x' }, match: 'header' });
    expect(resolveNamed(resolver, { name: 'Otra', ruc: '1798194735001' }, ids)?.notes.map((n) => n.code)).toEqual(['institution_conflict']);
    expect(resolveNamed(resolver, { name: null, ruc: null }, ids)).toBeNull();
  });
});

describe('names read in the text (no header)', () => {
  it('a LOTAIP matrix with an empty catalogue: created from the name it cites most, match "text"', () => {
    const cne = readFileSync('data/reports/2023-consejo-nacional-electoral-lotaip-a4-metas.txt', 'utf8');
    const d = run({ 'cne.txt': cne }, HEADER_ONLY);
    expect(d.reports.map((r) => [r.institution_id, r.institution_match])).toEqual([['consejo-nacional-electoral', 'text']]);
    expect(d.institutions.map((i) => i.name)).toEqual(['Consejo Nacional Electoral']);
  });
});

describe('documents without figures (documento): quoted acronyms, cut names, versions by title', () => {
  // Short headers in the shape of the real documents of test/fixtures/documento/ (invented names).
  const FULL = 'EMPRESA PÚBLICA MUNICIPAL DE AGUA POTABLE DE SAN ROQUE';
  const QUOTED = `${FULL} “AGUASAN EP”`;
  const rows = (who: string) => Array.from({ length: 5 }, (_, i) => `Servicio ${i}   ANUAL   $1.000,00   PROPIO   ${who}   530504`).join('\n');

  it('a name with a quoted acronym joins the header printing that name without quotes (with its RUC) and the POA whose rows name the acronym', () => {
    const d = run({
      'gestion.txt': `INFORME DE GESTIÓN ANUAL 2025\n${QUOTED}\n`,
      'lotaip.txt': `INFORME ANUAL DE TRANSPARENCIA - 2025\n${FULL}\nRUC: 1760000000001\n`,
      'poa.txt': `GOBIERNO AUTÓNOMO DESCENTRALIZADO MUNICIPAL DEL CANTÓN SAN ROQUE\nPlan Operativo Anual (POA) año 2025\n${rows('AGUASAN EP')}\n`,
      'cedula.txt': 'EMPRESA PÚBLICA MUNICIPAL DE AGUA POTABLE\nREPORTE DE CÉDULA PRESUPUESTARIA DE GASTOS\nPeriodo:   Desde:   2025-01-01 hasta:   2025-12-31\n',
    }, HEADER_ONLY);
    const id = 'empresa-publica-municipal-de-agua-potable-de-san-roque-aguasan-ep';
    expect(d.reports.map((r) => [r.source_file, r.format, r.institution_id, r.year])).toEqual([
      ['cedula.txt', 'documento', 'empresa-publica-municipal-de-agua-potable', 2025],
      ['gestion.txt', 'documento', id, 2025],
      ['lotaip.txt', 'documento', id, 2025],
      ['poa.txt', 'documento', id, 2025],
    ]);
    expect(d.institutions.find((i) => i.id === id)).toMatchObject({
      name: QUOTED, ruc: '1760000000001', parent_id: 'gobierno-autonomo-descentralizado-municipal-del-canton-san-roque',
    });
    // The cut name stays apart, said in an info flag.
    expect(d.flags.filter((f) => f.code === 'institution_name_cut').map((f) => [f.source_file, f.severity])).toEqual([['cedula.txt', 'info']]);
    // Three different documents of one institution and year: one leads comparisons, none is a "version".
    expect(d.reports.filter((r) => r.institution_id === id && r.headline).map((r) => r.source_file)).toEqual(['poa.txt']);
    expect(d.flags.filter((f) => f.code === 'conflicting_reports')).toEqual([]);
  });

  it('two institutions sharing that acronym: nobody joins either', () => {
    const d = run({
      'a.txt': `INFORME 2025\n${QUOTED}\n`,
      'b.txt': 'INFORME 2025\nEMPRESA PÚBLICA MUNICIPAL DE AGUA POTABLE DE SAN PEDRO “AGUASAN EP”\n',
      'c.txt': `GOBIERNO AUTÓNOMO DESCENTRALIZADO MUNICIPAL DEL CANTÓN SAN ROQUE\nPlan Operativo Anual (POA) año 2025\n${rows('AGUASAN EP')}\n`,
    }, HEADER_ONLY);
    expect(d.reports.find((r) => r.source_file === 'c.txt')!.institution_id).toBe('aguasan-ep');
  });

  it('same title, different content: versions (flagged); another title of the same year is not', () => {
    const d = run({
      'v1.txt': `INFORME ANUAL DE TRANSPARENCIA - 2025\n${FULL}\nRUC: 1760000000001\n`,
      'v2.txt': `INFORME ANUAL DE TRANSPARENCIA - 2025\n${FULL}\nRUC: 1760000000001\n\nAnexo\n`,
      'otro.txt': `REPORTE DE CÉDULA PRESUPUESTARIA 2025\n${FULL}\nRUC: 1760000000001\n`,
    }, HEADER_ONLY);
    expect(d.flags.filter((f) => f.code === 'conflicting_reports').map((f) => f.source_file)).toEqual(['v1.txt', 'v2.txt']);
    expect(d.flags.find((f) => f.source_file === 'v1.txt' && f.code === 'conflicting_reports')!.message).toBe(
      'otra versión, con contenido distinto, del informe documento 2025 de esta institución: "v2.txt"; titulares y comparaciones usan "v2.txt" '
      + '(completo antes que fragmento, luego el número de informe o la fecha más recientes, luego el nombre de archivo) (v1.txt)',
    );
  });
});
