/** What the parser tests share: a source text, fixture files, and the dataset schemas as a check. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ParseResult, SourceText } from '../../src/ingest/types.ts';
import {
  budgetLineSchema, budgetSummarySchema, flagSchema, goalSchema, procurementSchema,
} from '../../src/schema/datasets.ts';

/** A text as the driver hands it to a parser. */
export function sourceText(text: string, file = 'test.txt'): SourceText {
  return { file, text, lines: text.split('\n') };
}

/** The file `dir/file` as a source text named `file`. */
export function readSource(dir: string, file: string): SourceText {
  return sourceText(readFileSync(join(dir, file), 'utf8'), file);
}

/** A hand-written `<name>.expected.json` of a fixture folder (never produced by the parser). */
export function readExpected<T = ParseResult>(dir: string, name: string): T {
  return JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as T;
}

/** Every record of a result passes its dataset schema once the driver adds its ids. */
export function expectValidRecords(
  r: ParseResult,
  ids = { report_id: 'x', institution_id: 'y', year: 2023, source_file: 'f.txt' },
): void {
  const { year: _year, ...flagIds } = ids;
  const check = (what: string, res: { success: boolean; error?: { issues: unknown[] } }) =>
    expect(res.error?.issues ?? [], what).toEqual([]);
  for (const x of r.budget_lines) check('budget_lines', budgetLineSchema.safeParse({ ...ids, ...x }));
  for (const x of r.budget_summaries) check('budget_summaries', budgetSummarySchema.safeParse({ ...ids, ...x }));
  for (const x of r.goals) check('goals', goalSchema.safeParse({ ...ids, ...x }));
  for (const x of r.procurement) check('procurement', procurementSchema.safeParse({ ...ids, ...x }));
  for (const f of r.flags) check('flags', flagSchema.safeParse({ ...f, ...flagIds }));
}
