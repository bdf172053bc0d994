/**
 * Flat SERCOP CSV exports with an `ocid` column (the search_ocds summary: id, ocid, year, month,
 * method, internal_type, locality, region, suppliers, buyer, amount, date, title, description,
 * budget). Parsed with papaparse; each row keeps the line it starts on.
 */
import Papa from 'papaparse';
import { flagMessage, type FlagDraft } from '../types.ts';
import { text, type ProcessRelease, type ReadResult } from './types.ts';

/** True when the text's header row has an `ocid` column (cheap: looks at the first line only). */
export function isSercopCsv(content: string): boolean {
  const nl = content.indexOf('\n');
  const header = (nl < 0 ? content : content.slice(0, nl)).replace(/^\uFEFF/, '');
  return /(^|[,;])"?ocid"?([,;\r]|$)/i.test(header);
}

const int = (v: string | undefined): number | null => (v && /^\s*\d{1,4}\s*$/.test(v) ? Number(v) : null);

/** Reads one CSV export; never throws. */
export function readSercopCsv(file: string, content: string): ReadResult {
  const flags: FlagDraft[] = [];
  const releases: ProcessRelease[] = [];
  const body = content.replace(/^\uFEFF/, '');
  const fail = (problem: string, value: string | null, line: number | null, field: string | null = null) =>
    flags.push({ severity: 'warning', code: 'invalid_record', message: flagMessage(problem, value, file, line), dataset: 'contracts', field, source_line: line });
  let header: string[] | null = null;
  let index: Record<string, number> = {};
  // Line where the current row starts: 1 + newlines before it (rows may hold quoted newlines).
  let line = 1;
  let counted = 0;
  const advance = (to: number) => {
    for (let i = counted; i < to; i++) if (body.charCodeAt(i) === 10) line++;
    counted = to;
  };
  Papa.parse<string[]>(body, {
    skipEmptyLines: false,
    step: (res) => {
      const startLine = line;
      advance(Math.min(res.meta.cursor, body.length));
      const row = res.data;
      if (!header) {
        header = row.map((h) => h.trim().toLowerCase());
        index = Object.fromEntries(header.map((h, i) => [h, i]));
        return;
      }
      if (row.length === 1 && row[0]!.trim() === '') return;
      const get = (name: string): string | undefined => {
        const i = index[name];
        return i === undefined ? undefined : row[i];
      };
      const ocid = text(get('ocid'));
      if (!ocid) {
        fail('fila sin ocid', row.join(',').slice(0, 80), startLine, 'ocid');
        return;
      }
      releases.push({
        ocid, date: text(get('date')), year: int(get('year')), month: int(get('month')),
        buyer_name: text(get('buyer')), buyer_ruc: null,
        procedure: text(get('internal_type')), method: text(get('method')),
        amount: text(get('amount')), title: text(get('title')), description: text(get('description')),
        locality: text(get('locality')), region: text(get('region')), suppliers: text(get('suppliers')),
        kind: 'csv', source_file: file, source_line: startLine, source_pointer: null,
      });
    },
  });
  if (!header) fail('CSV vacío', null, null);
  return { releases, flags };
}
