/**
 * The data dictionary of /datos/, read from the zod schemas (the `.describe()` texts), so it
 * can never drift from the data contract; and the downloadable files of every dataset.
 */
import { z } from 'zod';
import { DATASETS, DATASET_DESCRIPTIONS, type DatasetName, type Datasets } from '../schema/datasets.ts';
import { columnsOf, toCsv, toJson } from '../lib/dataset-files.ts';
import { jsonFromCsv, type ColumnKind, type DatasetColumn } from '../lib/csv-json.ts';
import { memo } from './lookup.ts';

export interface FieldEntry {
  name: string;
  description: string;
  type: string;
  nullable: boolean;
}

export interface DatasetEntry {
  name: DatasetName;
  description: string;
  rows: number;
  fields: FieldEntry[];
}

/** Unwraps nullable/optional/effects/default wrappers, noting nullability. */
function unwrap(t: z.ZodTypeAny): { inner: z.ZodTypeAny; nullable: boolean } {
  let nullable = false;
  let cur = t;
  for (;;) {
    if (cur instanceof z.ZodNullable || cur instanceof z.ZodOptional) {
      nullable = true;
      cur = cur.unwrap();
    } else if (cur instanceof z.ZodEffects) {
      cur = cur.innerType();
    } else if (cur instanceof z.ZodDefault) {
      cur = cur.removeDefault();
    } else {
      return { inner: cur, nullable };
    }
  }
}

/** What a string field's pattern means, by a piece of its regex source: the first that matches. */
const STRING_PATTERNS: readonly (readonly [piece: string, label: string])[] = [
  ['\\d{4}-\\d{2}-\\d{2}', 'fecha (AAAA-MM-DD)'],
  ['\\d{4}-\\d{2}', 'mes (AAAA-MM)'],
  ['[a-z0-9]', 'identificador (slug)'],
  ['0-9a-f', 'texto (hexadecimal)'],
  ['\\d{13}', 'texto (13 dígitos)'],
];

function typeLabel(t: z.ZodTypeAny): string {
  if (t instanceof z.ZodString) {
    const regex = (t._def.checks ?? []).find((c) => c.kind === 'regex');
    const src = regex && 'regex' in regex ? regex.regex.source : null;
    return (src !== null && STRING_PATTERNS.find(([piece]) => src.includes(piece))?.[1]) || 'texto';
  }
  if (t instanceof z.ZodNumber) return t.isInt ? 'entero' : 'número';
  if (t instanceof z.ZodBoolean) return 'booleano';
  if (t instanceof z.ZodEnum) return `uno de: ${(t.options as string[]).join(', ')}`;
  if (t instanceof z.ZodArray) return 'lista de texto (en CSV separada por "|")';
  return 'valor';
}

/** Field names, descriptions and types of one dataset, in column order. */
export function datasetFields(name: DatasetName): FieldEntry[] {
  const shape = DATASETS[name].shape as Record<string, z.ZodTypeAny>;
  return columnsOf(name).map((field) => {
    const t = shape[field]!;
    const { inner, nullable } = unwrap(t);
    return { name: field, description: t.description ?? inner.description ?? '', type: typeLabel(inner), nullable };
  });
}

/** Every dataset with its description, row count and fields. */
export function dataDictionary(ds: Datasets): DatasetEntry[] {
  return (Object.keys(DATASETS) as DatasetName[]).map((name) => ({
    name,
    description: DATASET_DESCRIPTIONS[name],
    rows: ds[name].length,
    fields: datasetFields(name),
  }));
}

/** Column types of a dataset, in column order, for deriving its JSON from its CSV (lib/csv-json.ts). */
export function datasetColumns(name: DatasetName): DatasetColumn[] {
  const shape = DATASETS[name].shape as Record<string, z.ZodTypeAny>;
  return columnsOf(name).map((field) => {
    const { inner, nullable } = unwrap(shape[field]!);
    let kind: ColumnKind = 's';
    if (inner instanceof z.ZodNumber) kind = 'n';
    else if (inner instanceof z.ZodBoolean) kind = 'b';
    else if (inner instanceof z.ZodArray) kind = unwrap(inner.element as z.ZodTypeAny).inner instanceof z.ZodNumber ? 'an' : 'as';
    return { name: field, kind, nullable };
  });
}

/**
 * Whether /datos/ can publish a dataset as CSV only: deriving the JSON from the CSV
 * (jsonFromCsv, what the page's «JSON» button does in the browser) gives exactly the JSON file
 * the build would write. Checked on the data of each build; when it does not (a list item holding
 * "|", an empty text where null is possible…), the JSON file is published as well.
 */
export function jsonDerivable(name: DatasetName, ds: Datasets): boolean {
  return memo(ds, `datos:derivable:${name}`, () => jsonFromCsv(datasetCsv(name, ds), datasetColumns(name)) === datasetJson(name, ds));
}

/** The CSV file of a dataset (same bytes as the ingest writes). */
export function datasetCsv(name: DatasetName, ds: Datasets): string {
  return toCsv(name, ds[name]);
}

/** The JSON file of a dataset (same bytes as the ingest writes). */
export function datasetJson(name: DatasetName, ds: Datasets): string {
  return toJson(name, ds[name]);
}
