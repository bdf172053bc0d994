import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/lib/crosscheck.ts';
import { mismatchFlags } from '../../src/ingest/sercop/crosscheck.ts';
import type { Contract, Datasets } from '../../src/schema/datasets.ts';
import { contractsSection, LARGEST_SHOWN } from '../../src/site/contracts.ts';
import { fixture } from './helpers.ts';

// The fixture's declared IESS procurement is the IESS fragment's, published (identity rules) under
// its unit, never as the IESS's own. These synthetic SERCOP rows are attributed to that unit so the
// cross-check has declared amounts to compare with.
const IESS = 'unidad-no-identificada-2023-iess-unidad-rendicion-de-cuentas-fragmento';
let n = 0;
const contract = (year: number, month: number, key: string, amount: number | null, institution_id = IESS): Contract => ({
  ocid: `ocds-test-${++n}`, institution_id, buyer_name: 'INSTITUTO ECUATORIANO DE SEGURIDAD SOCIAL', buyer_ruc: null, year, month,
  procedure: key, procedure_key: key, method: null, amount, amount_reported: amount === null ? null : String(amount),
  date: `${year}-${String(month).padStart(2, '0')}-15`, title: `T${n}`, description: null, locality: null, region: null, suppliers: null,
  source_file: 'sercop.csv', source_line: n + 1, source_pointer: null,
});

function withContracts(contracts: Contract[]): Datasets {
  const base = fixture();
  const flags = [...base.flags, ...mismatchFlags(crossCheck(base.procurement, contracts))];
  return { ...base, contracts, flags };
}

describe('Según el SERCOP (profile section data)', () => {
  // The fixture's IESS declares for 2023 (awarded): catálogo 1.149.741,23, ínfima 603.101,42,
  // régimen especial 557.484,30, subasta 3.497.680,50 (test/fixtures/site/procurement.json).
  const contracts = [
    contract(2023, 3, 'catalogo_electronico', 600_000),
    contract(2023, 3, 'catalogo_electronico', 549_741.23),
    contract(2023, 7, 'subasta_inversa_electronica', 3_000_000),
    contract(2023, 7, 'subasta_inversa_electronica', null),
    contract(2023, 12, 'licitacion', 8_000),
    contract(2021, 11, 'catalogo_electronico', 31.25),
    contract(2023, 1, 'catalogo_electronico', 5, 'ministerio-del-interior'),
  ];
  const ds = withContracts(contracts);
  const flags = ds.flags.filter((f) => f.institution_id === IESS);
  const s = contractsSection(ds, IESS, flags)!;

  it('totals per institution and year, newest year first, cents exact', () => {
    expect([s.count, s.amount]).toEqual([6, 4_157_772.48]);
    expect(s.years.map((y) => [y.year, y.count, y.amount, y.missing, y.declared])).toEqual([
      [2023, 5, 4_157_741.23, 1, true],
      [2021, 1, 31.25, 0, false],
    ]);
  });

  it('by procedure type beside the declared amount: agree, disagree, declared only, recorded only', () => {
    const y = s.years[0]!;
    expect(y.byProcedure.map((p) => [p.key, p.count, p.amount, p.declared, p.mismatch, p.flag?.code ?? null])).toEqual([
      ['subasta_inversa_electronica', 2, 3_000_000, 3_497_680.5, true, 'procurement_mismatch'],
      ['catalogo_electronico', 2, 1_149_741.23, 1_149_741.23, false, null],
      ['licitacion', 1, 8_000, null, false, null],
      ['infima_cuantia', 0, 0, 603_101.42, true, 'procurement_mismatch'],
      ['regimen_especial', 0, 0, 557_484.3, true, 'procurement_mismatch'],
    ]);
    expect(y.byProcedure[0]!.missing).toBe(1);
    expect(y.byProcedure[0]!.flag!.message).toBe(
      'contratación declarada distinta de la registrada en el SERCOP (subasta_inversa_electronica, 2023): "declarado $3.497.680,50, SERCOP $3.000.000,00 en 2 procesos" (2023-iess-unidad-rendicion-de-cuentas-fragmento.txt:91)');
  });

  it('by month and the largest processes', () => {
    const y = s.years[0]!;
    expect(y.byMonth).toHaveLength(12);
    expect(y.byMonth.filter((m) => m.count > 0).map((m) => [m.month, m.count, m.amount])).toEqual([
      [3, 2, 1_149_741.23], [7, 2, 3_000_000], [12, 1, 8_000],
    ]);
    expect(y.largest.map((l) => l.contract.amount)).toEqual([3_000_000, 600_000, 549_741.23, 8_000, null]);
  });

  it('caps the list of largest processes', () => {
    const many = Array.from({ length: 25 }, (_, i) => contract(2022, 1, 'catalogo_electronico', 100 + i));
    const big = contractsSection(withContracts(many), IESS)!;
    expect(big.years[0]!.largest).toHaveLength(LARGEST_SHOWN);
    expect(big.years[0]!.largest[0]!.contract.amount).toBe(124);
  });

  it('no section for an institution SERCOP does not record', () => {
    expect(contractsSection(ds, 'consejo-nacional-electoral')).toBeNull();
  });
});

describe('comparison by source: SERCOP', () => {
  const contracts = [
    contract(2023, 3, 'catalogo_electronico', 600_000),
    contract(2023, 7, 'subasta_inversa_electronica', 3_000_000),
    contract(2023, 7, 'subasta_inversa_electronica', null),
    contract(2021, 11, 'catalogo_electronico', 31.25),
    contract(2023, 1, 'catalogo_electronico', 5_000_000, 'ministerio-del-interior'),
  ];
  const ds = withContracts(contracts);

  it('one row per institution and year, ranked by amount, beside the declared amount', async () => {
    const { sercopComparison } = await import('../../src/site/contracts.ts');
    const c = sercopComparison(ds);
    expect(c.rows.map((r) => [r.institution_id, r.year, r.processes, r.amount, r.missing, r.declared, r.difference, r.mismatches])).toEqual([
      // MDI declares 2023 awarded amounts summing to 26.477.060,41 (test/fixtures/site/procurement.json, lines 170–181);
      // 7 of its 9 keys differ by more than 5 % and $10.000 (otras $30,31 and producción nacional $0 do not).
      ['ministerio-del-interior', 2023, 1, 5_000_000, 0, 26_477_060.41, -21_477_060.41, 7],
      [IESS, 2023, 3, 3_600_000, 1, 5_808_007.45, -2_208_007.45, 4],
      [IESS, 2021, 1, 31.25, 0, null, null, 0],
    ]);
    expect(c.rows[0]!.top_procedure).toBe('Catálogo electrónico');
    expect(c.rows[1]!.top_share).toBe(83.33);
    expect(c.takeaway).toBe('Según el SERCOP, el Ministerio del Interior contrató el mayor monto ($5.000.000,00 en 1 proceso, 2023); en 2 instituciones-año lo declarado no cuadra con el SERCOP en algún tipo de procedimiento.');
    expect(sercopComparison(ds, { year: '2021' }).rows).toHaveLength(1);
  });

  it('search records: one per process, by ocid, title and description, to its year on the profile', async () => {
    const { contractSearchRecords } = await import('../../src/site/contracts.ts');
    const recs = contractSearchRecords(ds);
    expect(recs).toHaveLength(5);
    expect(new Set(recs.map((x) => x.url)).size).toBe(5);
    const r = recs.find((x) => x.content.startsWith(contracts[3]!.ocid))!;
    expect(r).toMatchObject({
      url: `/instituciones/${IESS}/?proceso=${contracts[3]!.ocid}#sercop-2021`, anchor: 'sercop-2021', institutionId: IESS,
      filters: { tipo: ['proceso'], anio: ['2021'] },
      meta: { contexto: `Unidad no identificada del IESS · catalogo_electronico · SERCOP 2021 · ${contracts[3]!.ocid}` },
    });
    expect(r.content).toContain(contracts[3]!.title!);
    expect(r.detail).toBe('catalogo_electronico · SERCOP 2021 · monto $31,25');
    // In the profile's indexed copy, its section id carries the ocid; /buscar/ reads it back into the URL above.
    const { recordSectionId, profileSearchSections } = await import('../../src/site/search.ts');
    expect(recordSectionId(r)).toBe(`sercop-2021--${contracts[3]!.ocid}`);
    expect(profileSearchSections([r])).toContain(`<h3 id="sercop-2021--${contracts[3]!.ocid}">`);
  });
});
