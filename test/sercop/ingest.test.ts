import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InstitutionResolver, parseInstitutionsCsv } from '../../src/ingest/institutions.ts';
import { ingestContracts, withContracts } from '../../src/ingest/sercop/index.ts';
import type { IngestResult } from '../../src/ingest/build.ts';
import { contractSchema, flagSchema, type Contract } from '../../src/schema/datasets.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/sercop');
const CSV = 'sercop-ocds-resumen-2021-batch12.csv';
const catalogue = parseInstitutionsCsv(readFileSync(join(import.meta.dirname, '../../data/institutions.csv'), 'utf8'));
const resolver = new InstitutionResolver(catalogue);
const ids = new Set(catalogue.map((i) => i.id));

function dirWith(files: Record<string, string>, copies: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'sercop-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  for (const f of copies) copyFileSync(join(FIXTURES, f), join(dir, f));
  return dir;
}
const byOcid = (rows: Contract[]) => new Map(rows.map((r) => [r.ocid, r]));

describe('the real SERCOP sample (797 processes)', () => {
  const result = ingestContracts(dirWith({}, [CSV]), resolver, ids);
  const rows = byOcid(result.contracts);

  it('ingests every process exactly once, all valid', () => {
    expect(result.contracts).toHaveLength(797);
    expect(rows.size).toBe(797);
    for (const c of result.contracts) expect(contractSchema.safeParse(c).success).toBe(true);
    for (const f of result.flags) expect(flagSchema.safeParse(f).success).toBe(true);
    // Each line 2..798 is the source of exactly one process.
    expect(new Set(result.contracts.map((c) => c.source_line)).size).toBe(797);
    expect(Math.min(...result.contracts.map((c) => c.source_line))).toBe(2);
    expect(Math.max(...result.contracts.map((c) => c.source_line))).toBe(798);
  });

  it('line 2: exact amount, buyer, month and place', () => {
    expect(rows.get('ocds-5wno2w-SIE-EERSA-DOM-46-21-3219')).toEqual({
      ocid: 'ocds-5wno2w-SIE-EERSA-DOM-46-21-3219', institution_id: 'empresa-electrica-riobamba-s-a',
      buyer_name: 'EMPRESA ELECTRICA RIOBAMBA S.A.', buyer_ruc: null, year: 2021, month: 11,
      procedure: 'Subasta Inversa Electrónica', procedure_key: 'subasta_inversa_electronica', method: 'open',
      amount: 374082.4, amount_reported: '374082.400000', date: '2022-02-08', title: 'SIE-EERSA-DOM-46-21-3219',
      description: 'ADQUISICIÓN DE TRANSFORMADOR DE POTENCIA DE 10-12.5 MVA DE 69/13.8 KV',
      locality: 'RIOBAMBA', region: 'CHIMBORAZO', suppliers: null,
      source_file: CSV, source_line: 2, source_pointer: null,
    });
  });

  it("the IESS's 12 processes land on the IESS of the reports", () => {
    const iess = result.contracts.filter((c) => c.institution_id === 'instituto-ecuatoriano-de-seguridad-social');
    expect(iess.map((c) => c.source_line).sort((a, b) => a - b)).toEqual([22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 763, 764]);
    expect(result.institutions.some((i) => i.id === 'instituto-ecuatoriano-de-seguridad-social')).toBe(false);
    const line22 = rows.get('ocds-5wno2w-CE-20210002110045-39594')!;
    expect([line22.amount, line22.amount_reported, line22.procedure_key, line22.suppliers])
      .toEqual([31.25, '31.248000', 'catalogo_electronico', 'ORELLANA GUERRERO EDGAR FRANCISCO']);
    expect(rows.get('ocds-5wno2w-SIE-IESSDPT-005-2021-39594')!.amount).toBe(184771.79);
    expect(rows.get('ocds-5wno2w-SIE-IESSCPSSCG-09-21-39594')!.amount).toBe(59900);
  });

  it('amounts beyond the cent are rounded half up on the digits and flagged', () => {
    expect(rows.get('ocds-5wno2w-CE-20210002117582-54651')!.amount).toBe(2033838.42);
    const messages = result.flags.filter((f) => f.code === 'number_repaired').map((f) => f.message);
    expect(messages).toContain('monto con más de dos decimales, redondeado a 31.25: "31.248000" (sercop-ocds-resumen-2021-batch12.csv:22)');
    expect(messages).toContain('monto con más de dos decimales, redondeado a 2033838.42: "2033838.422000" (sercop-ocds-resumen-2021-batch12.csv:504)');
  });

  it('missing amounts and procedure types are flagged, never zero', () => {
    const l303 = rows.get('ocds-5wno2w-SIE-CNELCORP-017-21-462114')!;
    expect([l303.amount, l303.amount_reported]).toEqual([null, null]);
    const l145 = rows.get('ocds-5wno2w-RE-CS-CPFF-001-2022-97398')!;
    expect([l145.procedure, l145.procedure_key, l145.method, l145.amount, l145.title]).toEqual([null, 'otras', null, null, null]);
    expect(result.flags.filter((f) => f.code === 'value_missing')).toHaveLength(44);
    expect(result.flags.filter((f) => f.code === 'procedure_unknown')).toHaveLength(33);
    expect(result.flags.find((f) => f.code === 'procedure_unknown' && f.source_line === 145)!.message)
      .toBe('proceso sin tipo de procedimiento; se cuenta como "otras": "ocds-5wno2w-RE-CS-CPFF-001-2022-97398" (sercop-ocds-resumen-2021-batch12.csv:145)');
    expect(rows.get('ocds-5wno2w-RE-CSCD-GMJS-11-2021-40430')!.procedure_key).toBe('regimen_especial');
  });

  it('buyers outside the catalogue become institutions once each', () => {
    const riobamba = result.institutions.filter((i) => i.id === 'empresa-electrica-riobamba-s-a');
    expect(riobamba).toHaveLength(1);
    expect(new Set(result.institutions.map((i) => i.id)).size).toBe(result.institutions.length);
    for (const c of result.contracts) expect(ids.has(c.institution_id) || result.institutions.some((i) => i.id === c.institution_id)).toBe(true);
  });
});

describe('OCDS JSON packages (hand-written fixtures) ingest to the same records as the CSV rows', () => {
  const csv = byOcid(ingestContracts(dirWith({}, [CSV]), resolver, ids).contracts);
  const json = ingestContracts(dirWith({}, ['release-package.json', 'record-package.json']), resolver, ids);
  const strip = ({ source_file: _f, source_line: _l, source_pointer: _p, amount_reported: _a, ...rest }: Contract) => rest;

  it('eight processes, each equal to its CSV row', () => {
    expect(json.contracts.map((c) => c.ocid).sort()).toEqual([
      'ocds-5wno2w-CE-20210002110045-39594', 'ocds-5wno2w-CE-20210002117582-54651', 'ocds-5wno2w-RE-CS-CPFF-001-2022-97398',
      'ocds-5wno2w-RE-CSCD-GMJS-11-2021-40430', 'ocds-5wno2w-SIE-CNELCORP-017-21-462114', 'ocds-5wno2w-SIE-EERSA-DOM-46-21-3219',
      'ocds-5wno2w-SIE-IESSCPSSCG-09-21-39594', 'ocds-5wno2w-SIE-IESSDPT-005-2021-39594',
    ]);
    for (const c of json.contracts) expect(strip(c)).toEqual(strip(csv.get(c.ocid)!));
  });

  it('keeps the line and JSON pointer of the winning release', () => {
    const j = byOcid(json.contracts);
    const l2 = j.get('ocds-5wno2w-SIE-EERSA-DOM-46-21-3219')!;
    expect([l2.source_file, l2.source_line, l2.source_pointer, l2.amount_reported]).toEqual(['release-package.json', 114, '/releases/2', '374082.4']);
    const l504 = j.get('ocds-5wno2w-CE-20210002117582-54651')!;
    expect([l504.source_line, l504.source_pointer, l504.amount_reported]).toEqual([12, '/records/0/compiledRelease', '2033838.422']);
    const l764 = j.get('ocds-5wno2w-SIE-IESSCPSSCG-09-21-39594')!;
    expect([l764.source_line, l764.source_pointer, l764.amount_reported]).toEqual([174, '/records/3/releases/0', '59900.000000']);
  });

  it('several releases of one package are not a repetition; the same ocid in CSV and JSON is', () => {
    expect(json.flags.filter((f) => f.code === 'duplicate_skipped')).toEqual([]);
    const both = ingestContracts(dirWith({}, [CSV, 'release-package.json']), resolver, ids);
    expect(both.contracts).toHaveLength(797);
    const dups = both.flags.filter((f) => f.code === 'duplicate_skipped');
    expect(dups).toHaveLength(4);
  });
});

describe('bad input: flags, never a crash', () => {
  const header = 'id,ocid,year,month,method,internal_type,locality,region,suppliers,buyer,amount,date,title,description,budget';
  it('repeated ocids in a CSV are merged by date and flagged', () => {
    const text = [header,
      '1,ocds-x-1,2021,3,open,Licitación,QUITO,PICHINCHA,,MINISTERIO DEL INTERIOR,100.00,2021-03-01T00:00:00-05:00,T1,old,',
      '2,ocds-x-1,2021,3,open,Licitación,QUITO,PICHINCHA,,MINISTERIO DEL INTERIOR,250.50,2021-05-01T00:00:00-05:00,T1,new,',
      '3,ocds-x-1,2021,3,open,Licitación,QUITO,PICHINCHA,,MINISTERIO DEL INTERIOR,999.00,2021-04-01T00:00:00-05:00,T1,mid,',
    ].join('\n') + '\n';
    const r = ingestContracts(dirWith({ 'dup.csv': text }), resolver, ids);
    expect(r.contracts).toHaveLength(1);
    expect([r.contracts[0]!.amount, r.contracts[0]!.description, r.contracts[0]!.source_line, r.contracts[0]!.institution_id])
      .toEqual([250.5, 'new', 3, 'ministerio-del-interior']);
    expect(r.flags.map((f) => f.message)).toEqual([
      'ocid repetido 3 veces (dup.csv:2, dup.csv:3, dup.csv:4); se unen sus publicaciones por fecha: "ocds-x-1" (dup.csv:3)',
    ]);
  });

  it('unknown procedure types, unreadable and negative amounts', () => {
    const text = [header,
      '1,ocds-x-2,2021,3,open,Trueque Electrónico,QUITO,PICHINCHA,,MINISTERIO DEL INTERIOR,1.005,2021-03-01,T,d,',
      '2,ocds-x-3,2021,3,open,Licitación,QUITO,PICHINCHA,,MINISTERIO DEL INTERIOR,"1,234.50",2021-03-01,T,d,',
      '3,ocds-x-4,2021,3,open,Licitación,QUITO,PICHINCHA,,MINISTERIO DEL INTERIOR,-5.00,2021-03-01,T,d,',
      '4,,2021,3,open,Licitación,QUITO,PICHINCHA,,MINISTERIO DEL INTERIOR,5.00,2021-03-01,T,d,',
    ].join('\n');
    const r = ingestContracts(dirWith({ 'bad.csv': text }), resolver, ids);
    const m = byOcid(r.contracts);
    expect([m.get('ocds-x-2')!.procedure_key, m.get('ocds-x-2')!.amount]).toEqual(['otras', 1.01]);
    expect(m.get('ocds-x-3')!.amount).toBeNull();
    expect(m.get('ocds-x-4')!.amount).toBe(-5);
    expect(r.flags.map((f) => `${f.code}@${f.source_line}`).sort()).toEqual(
      ['invalid_record@5', 'number_repaired@2', 'procedure_unknown@2', 'value_suspicious@3', 'value_suspicious@4'].sort());
  });

  it('malformed, truncated, empty and non-OCDS JSON files become flags naming them', () => {
    const good = readFileSync(join(FIXTURES, 'release-package.json'), 'utf8');
    const r = ingestContracts(dirWith({
      'a-truncated.json': good.slice(0, Math.floor(good.length * 0.6)),
      'b-broken-element.json': '{"releases": [{"ocid": "ocds-y-1", "tender": {,}}, {"ocid": "ocds-y-2", "buyer": {"name": "MINISTERIO DEL INTERIOR"}, "date": "2021-02-03T00:00:00Z"}]}',
      'c-not-ocds.json': '{"data": [1, 2, 3]}',
      'd-array.json': '[{"ocid": "x"}]',
      'e-empty.json': '',
      'f-binary.csv': '\u0000\u0001\u0002PK\u0003\u0004',
      'g-unbalanced.json': '{"releases": [{"ocid": "z"]}',
    }), resolver, ids);
    const msgs = r.flags.map((f) => f.message);
    expect(msgs.some((m) => m.startsWith('JSON truncado') && m.includes('(a-truncated.json:'))).toBe(true);
    expect(msgs.some((m) => m.startsWith('JSON mal formado en /releases/0') && m.endsWith('(b-broken-element.json:1)'))).toBe(true);
    expect(msgs).toContain('el paquete no tiene "releases" ni "records" (c-not-ocds.json:1)');
    expect(msgs.some((m) => m.includes('(d-array.json'))).toBe(true);
    expect(msgs.some((m) => m.includes('(e-empty.json'))).toBe(true);
    expect(msgs.some((m) => m.includes('(f-binary.csv'))).toBe(true);
    expect(msgs).toContain('JSON mal formado (corchetes desbalanceados) (g-unbalanced.json:1)');
    // What could be read was kept: the truncated file's complete releases and the good element.
    const m = byOcid(r.contracts);
    expect(m.get('ocds-y-2')!.institution_id).toBe('ministerio-del-interior');
    expect(m.has('ocds-5wno2w-SIE-EERSA-DOM-46-21-3219')).toBe(true);
    for (const f of r.flags) expect(flagSchema.safeParse(f).success).toBe(true);
  });

  it('quoted line breaks and CRLF: each row keeps the line it starts on', () => {
    const text = [header,
      '1,ocds-q-1,2021,3,open,Licitación,QUITO,PICHINCHA,,MINISTERIO DEL INTERIOR,10.00,2021-03-01,T,"línea uno',
      'línea dos',
      'línea tres",',
      '2,ocds-q-2,2021,3,open,Licitación,QUITO,PICHINCHA,,MINISTERIO DEL INTERIOR,20.00,2021-03-01,T,d,',
    ].join('\r\n') + '\r\n';
    const r = ingestContracts(dirWith({ 'crlf.csv': text }), resolver, ids);
    const m = byOcid(r.contracts);
    expect([m.get('ocds-q-1')!.source_line, m.get('ocds-q-2')!.source_line]).toEqual([2, 5]);
    expect(m.get('ocds-q-1')!.description).toBe('línea uno línea dos línea tres');
    expect(r.flags).toEqual([]);
  });

  it('the same ocid in two records of a record package is merged by date and flagged', () => {
    const rec = (date: string, amount: number) => ({ ocid: 'ocds-r-1', compiledRelease: {
      ocid: 'ocds-r-1', date, buyer: { name: 'MINISTERIO DEL INTERIOR' },
      tender: { value: { amount }, procurementMethodDetails: 'Licitación', tenderPeriod: { startDate: '2021-06-01' } } } });
    const text = JSON.stringify({ records: [rec('2021-07-01T00:00:00Z', 500), rec('2021-06-01T00:00:00Z', 100)] }, null, 1);
    const r = ingestContracts(dirWith({ 'records.json': text }), resolver, ids);
    expect(r.contracts.map((c) => [c.amount, c.source_pointer, c.month])).toEqual([[500, '/records/0/compiledRelease', 6]]);
    expect(r.flags.map((f) => f.code)).toEqual(['duplicate_skipped']);
  });

  it('a missing folder means no contracts', () => {
    expect(ingestContracts(join(tmpdir(), 'no-such-sercop-dir'), resolver, ids)).toEqual({ contracts: [], flags: [], institutions: [] });
  });
});

describe('npm run ingest: reports and SERCOP together (withContracts)', () => {
  const root = join(import.meta.dirname, '../..');
  // The bundled reports as npm run ingest reads them (the bundled PDF through the extraction phase), once for both tests.
  let base: IngestResult;
  beforeAll(async () => {
    const { ingestParallel } = await import('../../src/ingest/parallel.ts');
    base = await ingestParallel({ reportsDir: join(root, 'data/reports'), institutionsFile: join(root, 'data/institutions.csv') });
  });

  it('the bundled reports ingest without errors', () => {
    expect(base.datasets.flags.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('the bundled reports and the bundled SERCOP sample: every process once, the IESS is one institution', () => {
    const { datasets, files } = withContracts(base.datasets, join(root, 'data/contracts'), resolver);
    expect(files).toBe(1);
    expect(datasets.contracts).toHaveLength(797);
    expect(new Set(datasets.contracts.map((c) => c.ocid)).size).toBe(797);
    const ids = datasets.institutions.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id === 'instituto-ecuatoriano-de-seguridad-social')).toHaveLength(1);
    expect(datasets.contracts.filter((c) => c.institution_id === 'instituto-ecuatoriano-de-seguridad-social')).toHaveLength(12);
    for (const c of datasets.contracts) expect(ids).toContain(c.institution_id);
    // Everything the reports' ingest produced is still there.
    expect(datasets.reports).toEqual(base.datasets.reports);
    expect(datasets.procurement).toEqual(base.datasets.procurement);
    // Sorted like every dataset: by file and line.
    expect(datasets.contracts.map((c) => c.source_line)).toEqual([...datasets.contracts.map((c) => c.source_line)].sort((a, b) => a - b));
  });

  it('no contracts folder: the reports\' datasets come back untouched', () => {
    const out = withContracts(base.datasets, join(tmpdir(), 'no-such-sercop-dir'), resolver);
    expect(out.files).toBe(0);
    expect(out.datasets).toBe(base.datasets);
  });
});

describe('a buyer at odds with the catalogue (issue 11: the same identity rule as a report header)', () => {
  // Two processes of a buyer that SERCOP names "DIRECCIÓN DISTRITAL 17D01" but whose party id carries the
  // Ministerio del Interior's RUC (1798194735001 in data/institutions.csv).
  const release = (ocid: string, date: string) => ({
    ocid, id: `${ocid}-tender`, date, tag: ['tender'], initiationType: 'tender',
    parties: [{ id: 'EC-RUC-1798194735001', name: 'DIRECCIÓN DISTRITAL 17D01', roles: ['buyer'] }],
    buyer: { id: 'EC-RUC-1798194735001', name: 'DIRECCIÓN DISTRITAL 17D01' },
    tender: { id: ocid, title: ocid, value: { amount: 1000, currency: 'USD' }, procurementMethod: 'open', procurementMethodDetails: 'Subasta Inversa Electrónica' },
  });
  const pkg = { uri: 'x', version: '1.1', publishedDate: '2023-01-01', releases: [release('ocds-test-1', '2021-03-01T00:00:00-05:00'), release('ocds-test-2', '2021-04-01T00:00:00-05:00')] };
  const result = ingestContracts(dirWith({ 'paquete.json': JSON.stringify(pkg, null, 1) }), resolver, ids);

  it('keeps the buyer under its own name, never under the Ministerio', () => {
    expect(result.contracts.map((c) => [c.ocid, c.institution_id])).toEqual([
      ['ocds-test-1', 'direccion-distrital-17d01'], ['ocds-test-2', 'direccion-distrital-17d01'],
    ]);
    expect(result.institutions.map((i) => [i.id, i.name, i.ruc])).toEqual([['direccion-distrital-17d01', 'DIRECCIÓN DISTRITAL 17D01', '1798194735001']]);
  });

  it('raises one institution_conflict naming both sides, at the buyer\'s first process', () => {
    const conflicts = result.flags.filter((f) => f.code === 'institution_conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      severity: 'warning', dataset: 'contracts', field: 'institution_id', institution_id: 'direccion-distrital-17d01', source_file: 'paquete.json',
    });
    expect(conflicts[0]!.message).toMatch(
      /^el RUC 1798194735001 del comprador en el SERCOP es de "Ministerio del Interior" en el catálogo, pero el comprador se llama "DIRECCIÓN DISTRITAL 17D01"; se publica con el nombre del comprador en el SERCOP \(paquete\.json:\d+\)$/,
    );
    for (const f of conflicts) expect(flagSchema.safeParse(f).success).toBe(true);
  });
});
