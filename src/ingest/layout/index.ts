/**
 * The driver's entry to column recovery: text without TABs gets its space-aligned tables back as
 * TAB-separated cells before any parser sees it (see recover.ts). A CSV keeps its own separators.
 */
import { csvParser } from '../parsers/csv.ts';
import { recoverColumns } from './recover.ts';

export { recoverColumns, segments, type Recovery, type Segment } from './recover.ts';

/** The text the parsers read: as it is when it has a TAB or is a CSV, else with its columns recovered. */
export function withTableCells(text: string): string {
  if (text.includes('\t')) return text;
  if (csvParser.detect({ file: '', text, lines: [] })) return text;
  return recoverColumns(text).text;
}
