/**
 * The driver's entry to column recovery: text without TABs gets the stretched spaces of its
 * justified cells held together (justified-text.ts), its centred cells set at their columns' left
 * edges (centred-text.ts), its space-aligned tables back as TAB-separated cells
 * before any parser sees it (see recover.ts), and its wrapped table rows joined onto one line each
 * (wrapped-text.ts) with a line map back to the displayed lines.
 * A CSV keeps its own separators.
 */
import { csvParser } from '../parsers/csv.ts';
import { leftAlignCentred } from './centred-text.ts';
import { glueJustified, unglue } from './justified-text.ts';
import { isIdentity, type LineMap } from './line-map.ts';
import { recoverColumns, type RecoverOptions } from './recover.ts';
import { joinWrappedText } from './wrapped-text.ts';

export { recoverColumns, segments, type RecoverOptions, type Recovery, type Segment } from './recover.ts';

/** True when the text's tables are space-aligned: no TAB anywhere and not a CSV. */
function spaceAligned(text: string): boolean {
  return !text.includes('\t') && !csvParser.detect({ file: '', text, lines: [] });
}

/** Centred cells moved to their column's left edge (centred-text.ts); a PDF's text is placed so already (pdf/centred.ts). */
const asLeftAligned = (text: string, options: RecoverOptions): string => (options.exact ? text : leftAlignCentred(text));

/** The text the parsers read: as it is when it has a TAB or is a CSV, else with its columns recovered. */
export function withTableCells(text: string, options: RecoverOptions = {}): string {
  return spaceAligned(text) ? recoverColumns(asLeftAligned(text, options), options).text : text;
}

/**
 * The text the parsers read and, when wrapped rows were joined, its map to the displayed lines
 * (null: line N of the parser text is line N of the displayed text).
 */
export function parserText(text: string, options: RecoverOptions = {}): { text: string; lineMap: LineMap | null } {
  if (!spaceAligned(text)) return { text, lineMap: null };
  const w = joinWrappedText(asLeftAligned(glueJustified(text), options), undefined, options);
  return { text: unglue(w.text), lineMap: isIdentity(w.map) ? null : w.map };
}
