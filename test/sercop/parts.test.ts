import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InstitutionResolver, parseInstitutionsCsv } from '../../src/ingest/institutions.ts';
import { parseAmount } from '../../src/ingest/sercop/amount.ts';
import { buyerInstitution, rucFromPartyId } from '../../src/ingest/sercop/buyers.ts';
import { crossCheck, isMismatch } from '../../src/lib/crosscheck.ts';
import { mismatchFlags } from '../../src/ingest/sercop/crosscheck.ts';
import { splitPackage } from '../../src/ingest/sercop/json-split.ts';
import { sumAmounts } from '../../src/ingest/sercop/ocds.ts';
import { sercopProcedureKey } from '../../src/ingest/sercop/procedures.ts';
import type { Contract, Procurement } from '../../src/schema/datasets.ts';

const catalogue = parseInstitutionsCsv(readFileSync(join(import.meta.dirname, '../../data/institutions.csv'), 'utf8'));
const resolver = new InstitutionResolver(catalogue);

describe('parseAmount: exact cents from the decimal text', () => {
  it.each([
    ['374082.400000', 37408240, null], ['31.248000', 3125, 'subcent'], ['0.004999', 0, 'subcent'],
    ['0.005', 1, 'subcent'], ['2033838.422000', 203383842, 'subcent'], ['59900', 5990000, null],
    ['0.1', 10, null], ['-12.345', -1235, 'subcent'], ['', null, 'missing'], ['1,234.50', null, 'invalid'], ['1e5', null, 'invalid'],
  ])('%s → %s', (text, cents, issue) => {
    expect(parseAmount(text)).toMatchObject({ cents, issue });
  });
  it('sums of OCDS award values are exact (0.1 + 0.2, many decimals)', () => {
    expect(sumAmounts([{ amount: 0.1 }, { amount: 0.2 }])).toBe('0.3');
    expect(sumAmounts([{ amount: 2000000.4 }, { amount: 33838.022 }])).toBe('2033838.422');
    expect(sumAmounts([{ amount: '10' }, { amount: -2.5 }, { currency: 'USD' }])).toBe('7.5');
    expect(sumAmounts([{}])).toBeNull();
  });
});

describe('SERCOP procedure types → procurement keys', () => {
  it.each([
    ['Catálogo electrónico - Mejor oferta', 'catalogo_electronico'], ['Catálogo electrónico - Compra directa', 'catalogo_electronico'],
    ['Subasta Inversa Electrónica', 'subasta_inversa_electronica'], ['Menor Cuantía', 'menor_cuantia'], ['Cotización', 'cotizacion'],
    ['Licitación de Seguros', 'licitacion_seguros'], ['Licitación', 'licitacion'], ['Ínfima Cuantía', 'infima_cuantia'],
    ['Comunicación Social – Contratación Directa', 'regimen_especial'], ['Comunicación Social – Proceso de Selección', 'regimen_especial'],
    ['Bienes y Servicios únicos', 'regimen_especial'], ['Obra artística, científica o literaria', 'regimen_especial'],
    ['Repuestos o Accesorios', 'regimen_especial'], ['Contratos entre Entidades Públicas o sus subsidiarias', 'regimen_especial'],
    ['Contratacion directa', 'consultoria'], ['Lista corta', 'consultoria'],
  ])('%s → %s', (name, key) => {
    expect(sercopProcedureKey(name)).toEqual({ key, known: true });
  });
  it('unknown or absent → otras, not known', () => {
    expect(sercopProcedureKey('Trueque Electrónico')).toEqual({ key: 'otras', known: false });
    expect(sercopProcedureKey(null)).toEqual({ key: 'otras', known: false });
    expect(sercopProcedureKey('  ')).toEqual({ key: 'otras', known: false });
  });
});

describe('buyers', () => {
  it('reads the RUC of an EC-RUC party identifier', () => {
    expect(rucFromPartyId('EC-RUC-1798194735001')).toBe('1798194735001');
    expect(rucFromPartyId('EC-RUC-1798194735001-4321')).toBe('1798194735001');
    expect(rucFromPartyId('EC-RUC-17981947350')).toBeNull();
    expect(rucFromPartyId('39594')).toBeNull();
    expect(rucFromPartyId(42)).toBeNull();
  });
  it('the identity rules: RUC and name must agree to join a catalogue entry; the normalized name alone joins it', () => {
    // The Ministerio del Interior's RUC under another name is not merged into it: the buyer keeps its name.
    expect(buyerInstitution(resolver, { name: 'Otro nombre cualquiera', ruc: '1798194735001' }))
      .toMatchObject({ catalogued: false, institution: { id: 'otro-nombre-cualquiera', name: 'Otro nombre cualquiera' } });
    expect(buyerInstitution(resolver, { name: 'Ministerio del Interior', ruc: '1798194735001' }))
      .toMatchObject({ catalogued: true, institution: { id: 'ministerio-del-interior' } });
    expect(buyerInstitution(resolver, { name: 'INSTITUTO ECUATORIANO DE SEGURIDAD SOCIAL', ruc: null }))
      .toMatchObject({ catalogued: true, institution: { id: 'instituto-ecuatoriano-de-seguridad-social' } });
    expect(buyerInstitution(resolver, { name: 'GAD Municipal de Ejemplo', ruc: '0999999999001' }))
      .toMatchObject({ catalogued: false, institution: { id: 'gad-municipal-de-ejemplo', ruc: '0999999999001', name: 'GAD Municipal de Ejemplo' } });
  });
});

describe('splitPackage: the streaming splitter', () => {
  const text = '{\n "uri": "x [ { \\" ]",\n "publisher": {"releases": [1]},\n "releases": [\n  {"ocid": "a", "t": "}{][\\\\"},\n  {"ocid": "b",\n   "n": [1, {"releases": []}]}\n ],\n "extensions": []\n}\n';
  const chunked = (size: number) => {
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
    return [...splitPackage(chunks)];
  };
  it('hands out each top-level release with its line and pointer, whatever the chunk size', () => {
    const expected = [
      { kind: 'item', array: 'releases', text: '{"ocid": "a", "t": "}{][\\\\"}', line: 5, pointer: '/releases/0' },
      { kind: 'item', array: 'releases', text: '{"ocid": "b",\n   "n": [1, {"releases": []}]}', line: 6, pointer: '/releases/1' },
    ];
    for (const size of [1, 2, 3, 7, 64, 10_000]) expect(chunked(size)).toEqual(expected);
    expect(JSON.parse(expected[0]!.text)).toEqual({ ocid: 'a', t: '}{][\\' });
  });
  it('reports structure problems with their line', () => {
    expect([...splitPackage(['{"releases": [1, {"ocid": "x"}]}'])]).toEqual([
      { kind: 'error', problem: 'elemento de releases que no es un objeto (/releases/0)', line: 1 },
      { kind: 'item', array: 'releases', text: '{"ocid": "x"}', line: 1, pointer: '/releases/1' },
    ]);
    expect([...splitPackage(['{"records": [\n{"ocid": "x"'])]).toEqual([
      { kind: 'error', problem: 'JSON truncado: el archivo termina dentro de una estructura', line: 2 },
    ]);
  });
});

describe('cross-check: declared procurement against SERCOP', () => {
  const declared = (key: string, awarded: number | null, line: number): Procurement => ({
    report_id: 'informe-2021', institution_id: 'inst-a', year: 2021, procedure: key, procedure_key: key,
    awarded_count: 1, awarded_amount: awarded, finalized_count: null, finalized_amount: null, source_file: 'informe.txt', source_line: line,
  });
  const contract = (ocid: string, key: string, amount: number | null, institution_id = 'inst-a', year = 2021): Contract => ({
    ocid, institution_id, buyer_name: 'A', buyer_ruc: null, year, month: 5, procedure: key, procedure_key: key, method: null,
    amount, amount_reported: amount === null ? null : String(amount), date: null, title: null, description: null,
    locality: null, region: null, suppliers: null, source_file: 'sercop.csv', source_line: 2, source_pointer: null,
  });

  it('thresholds: more than 5 % AND more than $10.000', () => {
    expect(isMismatch(100_000_00, 94_000_00)).toBe(false); // $6.000: under $10.000
    expect(isMismatch(1_000_000_00, 960_000_00)).toBe(false); // $40.000 but 4 %
    expect(isMismatch(1_000_000_00, 940_000_00)).toBe(true); // $60.000 and 6 %
    expect(isMismatch(0, 10_000_01)).toBe(true);
    expect(isMismatch(0, 10_000_00)).toBe(false);
  });

  it('agreeing sources: no flag', () => {
    const rows = crossCheck(
      [declared('catalogo_electronico', 120_000, 40), declared('subasta_inversa_electronica', 500_000.5, 41)],
      [contract('o1', 'catalogo_electronico', 60_000.25), contract('o2', 'catalogo_electronico', 59_999.75),
        contract('o3', 'subasta_inversa_electronica', 480_000), contract('o4', 'subasta_inversa_electronica', null)],
    );
    expect(rows.map((r) => [r.procedure_key, r.declared_cents, r.recorded_cents, r.recorded_count, r.mismatch])).toEqual([
      ['catalogo_electronico', 12_000_000, 12_000_000, 2, false],
      ['subasta_inversa_electronica', 50_000_050, 48_000_000, 2, false],
    ]);
    expect(mismatchFlags(rows)).toEqual([]);
  });

  it('disagreeing sources: procurement_mismatch on the declared figure, and on SERCOP when nothing is declared', () => {
    const rows = crossCheck(
      [declared('catalogo_electronico', 120_000, 40), declared('infima_cuantia', 5_000, 42)],
      [contract('o1', 'catalogo_electronico', 200_000), contract('o2', 'licitacion', 75_000),
        contract('o3', 'catalogo_electronico', 999_999, 'inst-b'), contract('o4', 'catalogo_electronico', 999_999, 'inst-a', 2022)],
    );
    expect(rows.map((r) => `${r.institution_id}/${r.year}/${r.procedure_key}`)).toEqual([
      'inst-a/2021/catalogo_electronico', 'inst-a/2021/infima_cuantia', 'inst-a/2021/licitacion',
    ]);
    expect(mismatchFlags(rows)).toEqual([
      {
        report_id: 'informe-2021', institution_id: 'inst-a', severity: 'warning', code: 'procurement_mismatch',
        message: 'contratación declarada distinta de la registrada en el SERCOP (catalogo_electronico, 2021): "declarado $120.000,00, SERCOP $200.000,00 en 1 procesos" (informe.txt:40)',
        dataset: 'procurement', field: 'awarded_amount', source_file: 'informe.txt', source_line: 40,
      },
      {
        report_id: null, institution_id: 'inst-a', severity: 'warning', code: 'procurement_mismatch',
        message: 'contratación declarada distinta de la registrada en el SERCOP (licitacion, 2021): "declarado $0,00, SERCOP $75.000,00 en 1 procesos" (sercop.csv:2)',
        dataset: 'contracts', field: 'amount', source_file: 'sercop.csv', source_line: 2,
      },
    ]);
  });
});
