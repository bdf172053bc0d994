/**
 * A dataset's JSON file derived from its CSV file (issue 17: /datos/ publishes each large
 * dataset once, as CSV, and the browser derives the JSON). The inverse of dataset-files.ts's
 * toCsv + toJson, typed by the schema's columns (`DatasetColumn`, from src/site/dictionary.ts):
 * empty cell → null (or "" / [] in a column that cannot be null), numbers and booleans parsed,
 * "|" lists split, the "'" that writeCsv puts before a formula start removed. Depends only on
 * papaparse (through ./csv.ts), so the /datos/ page's script bundles it for the browser.
 * The build publishes a dataset's JSON file only when this derivation would not give the same
 * bytes (src/site/dictionary.ts, `jsonDerivable`): nothing is lost.
 */
import { isFormulaCell, readCsv } from './csv.ts';

/** s: text (or enum), n: number, b: boolean, as / an: list of text / of numbers ("|" in CSV). */
export type ColumnKind = 's' | 'n' | 'b' | 'as' | 'an';

export interface DatasetColumn {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
}

/** The text writeCsv neutralized ("'=x" → "=x"); any other text unchanged. */
function unneutralize(cell: string): string {
  return cell.startsWith("'") && isFormulaCell(cell.slice(1)) ? cell.slice(1) : cell;
}

function value(cell: string, c: DatasetColumn): unknown {
  if (cell === '' && (c.nullable || c.kind === 'n' || c.kind === 'b')) return null;
  switch (c.kind) {
    case 'n': return Number(cell);
    case 'b': return cell === 'true';
    case 'as': return cell === '' ? [] : unneutralize(cell).split('|');
    case 'an': return cell === '' ? [] : cell.split('|').map(Number);
    default: return unneutralize(cell);
  }
}

/**
 * JSON text of a dataset (the bytes toJson writes: one record per line, columns in schema
 * order) from its CSV text and column types. Throws when the header is not `columns`.
 */
export function jsonFromCsv(csv: string, columns: readonly DatasetColumn[]): string {
  const [header = [], ...rows] = readCsv(csv);
  if (header.join(',') !== columns.map((c) => c.name).join(',')) {
    throw new Error(`columnas inesperadas: ${header.join(',')} (se esperaba ${columns.map((c) => c.name).join(',')})`);
  }
  const lines = rows.map((r) => JSON.stringify(Object.fromEntries(columns.map((c, i) => [c.name, value(r[i] ?? '', c)]))));
  return lines.length ? `[\n${lines.join(',\n')}\n]\n` : '[]\n';
}
