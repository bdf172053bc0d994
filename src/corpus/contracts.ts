/**
 * Synthetic SERCOP data for the benchmark: N processes as one OCDS release package (JSON), in
 * the shape of the real data (procedure types and their shares as in the 2021 sample, six-decimal
 * amounts, 3,000 buyers, some ocids with two releases). Deterministic for a seed; written in
 * chunks through `write`, so generating 300,000 processes never holds the file in memory.
 */
import { Rng } from './prng.ts';

/** Procedure types as SERCOP writes them, with their share of the real 2021 sample. */
const TYPES: readonly (readonly [[method: string, detail: string], number])[] = [
  [['selective', 'Catálogo electrónico - Mejor oferta'], 359], [['open', 'Subasta Inversa Electrónica'], 158],
  [['direct', 'Catálogo electrónico - Compra directa'], 110], [['selective', 'Menor Cuantía'], 36],
  [['direct', 'Contratacion directa'], 19], [['direct', 'Bienes y Servicios únicos'], 19], [['open', 'Cotización'], 15],
  [['direct', 'Comunicación Social – Contratación Directa'], 11], [['open', 'Licitación de Seguros'], 7], [['open', 'Licitación'], 1],
  [['direct', 'Ínfima Cuantía'], 200],
];
const PLACES = [['QUITO', 'PICHINCHA'], ['GUAYAQUIL', 'GUAYAS'], ['CUENCA', 'AZUAY'], ['AMBATO', 'TUNGURAHUA'], ['LOJA', 'LOJA'], ['MACHALA', 'EL ORO']] as const;
const ITEMS = ['ADQUISICIÓN DE MEDICAMENTOS', 'SERVICIO DE LIMPIEZA', 'MANTENIMIENTO DE VEHÍCULOS', 'ADQUISICIÓN DE EQUIPOS INFORMÁTICOS', 'CONSTRUCCIÓN DE ACERAS', 'SUMINISTROS DE OFICINA'];

export interface ContractsCorpusOptions {
  processes: number;
  seed?: number;
  /** Share of processes published as two releases (tender, then award). */
  twoReleases?: number;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Writes the release package; returns the number of releases written. */
export function writeReleasePackage(o: ContractsCorpusOptions, write: (chunk: string) => void): number {
  const rng = Rng.derive(o.seed ?? 1, 'sercop');
  const share = o.twoReleases ?? 0.2;
  write('{\n  "uri": "https://example.org/sintetico.json",\n  "version": "1.1",\n  "publishedDate": "2026-01-01T00:00:00-05:00",\n  "publisher": {"name": "Corpus sintético de Cuentas Abiertas"},\n  "releases": [\n');
  let written = 0;
  let buf: string[] = [];
  for (let i = 0; i < o.processes; i++) {
    const [method, detail] = rng.weighted(TYPES);
    const buyerNo = rng.int(1, 3000);
    const buyer = { id: `EC-RUC-${pad(1760000000 + buyerNo, 10)}001`, name: `ENTIDAD CONTRATANTE SINTÉTICA ${buyerNo}` };
    const [locality, region] = rng.pick(PLACES);
    const month = rng.int(1, 12);
    const day = rng.int(1, 28);
    const ocid = `ocds-5wno2w-SINT-${pad(i, 7)}-${buyerNo}`;
    // Six decimals as SERCOP writes them; about a third carry digits past the cent (as in the sample).
    const amount = `${rng.int(1, 2_000_000)}.${rng.chance(0.36) ? pad(rng.int(0, 999_999), 6) : `${pad(rng.int(0, 99), 2)}0000`}`;
    const tender = (final: boolean) => ({
      id: `SINT-${pad(i, 7)}`, title: `SINT-${pad(i, 7)}`, description: `${rng.pick(ITEMS)} ${i}`,
      value: { amount: Number(final ? amount : amount.replace(/\.\d+$/, '')), currency: 'USD' },
      procurementMethod: method, procurementMethodDetails: detail,
      tenderPeriod: { startDate: `2025-${pad(month, 2)}-${pad(day, 2)}T08:00:00-05:00` },
    });
    const release = (n: number, date: string, final: boolean) => JSON.stringify({
      ocid, id: `${ocid}-${n}`, date, tag: [final ? 'award' : 'tender'], initiationType: 'tender',
      parties: [{ id: buyer.id, name: buyer.name, identifier: { scheme: 'EC-RUC', id: buyer.id.slice(7) }, address: { locality, region }, roles: ['buyer'] }],
      buyer, tender: tender(final),
      ...(final ? { awards: [{ id: `${ocid}-a`, value: { amount: Number(amount), currency: 'USD' }, suppliers: [{ id: 'P', name: `PROVEEDOR ${rng.int(1, 20000)}` }] }] } : {}),
    }, null, 2).replace(/^/gm, '    ');
    if (rng.chance(share)) {
      buf.push(release(1, `2025-${pad(month, 2)}-${pad(day, 2)}T08:00:00-05:00`, false));
      written++;
    }
    buf.push(release(2, `2025-${pad(month, 2)}-${pad(day, 2)}T18:00:00-05:00`, true));
    written++;
    if (buf.length >= 1000) {
      write((written > buf.length ? ',\n' : '') + buf.join(',\n'));
      buf = [];
    }
  }
  if (buf.length) write((written > buf.length ? ',\n' : '') + buf.join(',\n'));
  write('\n  ]\n}\n');
  return written;
}
