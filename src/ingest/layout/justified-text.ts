/**
 * Justified cells in text without TABs: the stretched spaces between a justified line's words
 * held together, so column recovery (recover.ts) does not read them as gaps between cells.
 *
 * A justified line fills its cell by widening its spaces, and `pdftotext -layout` prints a wide
 * space as two spaces or more: «Porcentaje      de    participación    de  la», in a column of
 * text. Column recovery cuts cells at two spaces, and three lines alike («… de la» / «ciudadanía a
 * nivel nacional», «… de la» / «ciudadanía en el exterior»…) share the starts of «de»,
 * «participación» and «la»: columns that are not there, and the table's real cells, cut on that
 * grid, lose their rows (the CNE matrix printed justified on B5 kept 42 of its 180 goals).
 *
 * Only a text whose cells are justified is touched (`justified`: its own words, printed one space
 * apart in one place and stretched apart in others, say so). There, a gap between two words, at most
 * MAX_STRETCH wide, is a stretched space when:
 * - the column the words are in goes on past it: a line of that column near it (its cells start
 *   where the words' run does; no blank line between) runs on past the second word's start, and ends
 *   no further than the words on the line run (a title over the table is no line of the column).
 *   Between two columns no line of the first runs into the second («Político y Difusión Electoral
 *   MEDIANTE la administración …»: the unit names end before the objectives start);
 * - and the second word starts no column: fewer than COLUMN_STARTS lines near it start a segment
 *   where it starts, with other words (a real column's cells start together on most rows).
 * The words must be words (letters, maybe with dots, hyphens and brackets: «(O.O)»; no figure,
 * «70,36», and no missing value's marker, «N/A»: those are cells of their own), the first no label
 * nor a sentence's end («NOMBRE DE LA INSTITUCIÓN:    MINISTERIO DEL INTERIOR», «… minería).
 * Enero 2020»). A gap beside a stretched one on its line, between words the document prints one
 * space apart elsewhere («de la»), is stretched too, when its second word starts no column: a
 * justified line widens all its spaces, and the column's lines near it may all be shorter.
 *
 * The gap's spaces are then replaced by GLUE, a character no converter writes, so each line keeps
 * its length and every column its place (a line's width is how full it is: wrapped-text.ts reads
 * it), and the words are one segment. `unglue` turns each run of GLUE back into one space before
 * any parser sees the text.
 *
 * Pure: text in, text out; the line count never changes.
 */
import { fold } from '../../lib/text.ts';
import { isSpanishWord } from './lexicon.ts';
import { segments, type Segment } from './recover.ts';

/** Holds a stretched space inside a segment (a private-use character: no converter writes it). */
export const GLUE = '\uE000';
/** A run of GLUE, back to the one space it stands for. */
const GLUE_RUN = /\uE000+/gu;
/** Widest stretched space read as one (characters): wider, a gap between columns. */
const MAX_STRETCH = 10;
/** Lines above and below a line where its column's other lines are looked for. */
const COLUMN_REACH = 4;
/** How far (characters) a line of the column must run past the second word's start. */
const RUNS_PAST = 2;
/**
 * Lines near a word starting a segment where it starts, with other words, that make it a column's
 * start (of the 8 lines around: a justified column's stretched words fall anywhere, and some of its
 * lines start a word where another line's stretched word starts; 2 left 173 more records and flags
 * differing than 4 over the 9 justified layouts' 45 texts).
 */
const COLUMN_STARTS = 4;
/** Stretched spaces a justified text shows at least (justified) ... */
const MIN_STRETCHED = 3;
/** ... and one in this many lines at least. */
const LINES_PER_STRETCHED = 65;
/**
 * A word: letters, maybe with dots and hyphens inside and brackets or punctuation around («(O.O)»,
 * «Porcentaje», «actividades,»); no figure («70,36») and no marker of a missing value («N/A»,
 * «S/N»): those are cells of their own.
 */
const WORD = /^[(«"“¿¡]*\p{L}[\p{L}.\-]*[)»"”,;.!?]*$/u;
/** Letters only: the words of the pairs the document prints. */
const LETTERS = /^\p{L}+$/u;

/** Two words of letters only as a pair, folded («Porcentaje», «de»: «porcentaje de»); null for anything else. */
function letterPair(first: string, second: string): string | null {
  return LETTERS.test(first) && LETTERS.test(second) ? `${fold(first)} ${fold(second)}` : null;
}

/** Whether `pairs` holds the two words as a pair of letters-only words. */
function printedTogether(pairs: ReadonlySet<string>, first: string, second: string): boolean {
  const key = letterPair(first, second);
  return key !== null && pairs.has(key);
}

/** The word pairs the document prints one space apart inside a segment, folded: «de la», «porcentaje de». */
function wordPairs(lines: readonly (readonly Segment[])[]): Set<string> {
  const pairs = new Set<string>();
  for (const segs of lines) {
    for (const s of segs) {
      const words = s.text.split(' ');
      for (let i = 1; i < words.length; i++) {
        const key = letterPair(words[i - 1]!, words[i]!);
        if (key !== null) pairs.add(key);
      }
    }
  }
  return pairs;
}

/**
 * Whether the text's cells are justified: gaps between two segments of one word each, where the
 * document prints the two words one space apart elsewhere («Porcentaje      de» and «Porcentaje de
 * participación»), both Spanish words (a header cut down narrow columns, «ME» / «TA  DESCRIPCIÓN»,
 * makes no such pair), at least MIN_STRETCHED of them and one in LINES_PER_STRETCHED lines. Over
 * the bundled reports printed in the 65 layouts of the tuning sets, the texts of the 9 layouts that
 * justify their cells have one such gap in 4 to 43 lines; the others one in 110 lines at most, most
 * none.
 */
function justified(all: readonly (readonly Segment[])[], pairs: ReadonlySet<string>): boolean {
  let gaps = 0;
  let lines = 0;
  for (const segs of all) {
    if (segs.length) lines++;
    for (let i = 1; i < segs.length; i++) {
      const a = segs[i - 1]!;
      const b = segs[i]!;
      if (b.start - a.end > MAX_STRETCH) continue;
      if (printedTogether(pairs, a.text, b.text) && isSpanishWord(a.text) && isSpanishWord(b.text)) gaps++;
    }
  }
  return gaps >= MIN_STRETCHED && gaps * LINES_PER_STRETCHED >= lines;
}

/** The text with the stretched spaces of its justified cells glued (see above). */
export function glueJustified(text: string): string {
  const lines = text.split('\n');
  const body = lines.map((l) => l.replace(/^\f+/u, ''));
  const all = body.map((l) => segments(l));
  const pairs = wordPairs(all);
  if (!justified(all, pairs)) return text;
  /**
   * Whether a line near line n (no blank line between: one cell's lines are together), of the column
   * starting at `start`, runs on past `past` and ends by `end`.
   */
  const columnRunsPast = (n: number, start: number, past: number, end: number): boolean => {
    for (const step of [-1, 1]) {
      for (let m = n + step; m >= 0 && m < all.length && Math.abs(m - n) <= COLUMN_REACH && all[m]!.length; m += step) {
        if (all[m]!.some((s) => Math.abs(s.start - start) <= 1 && s.end >= past + RUNS_PAST && s.end <= end + RUNS_PAST)) return true;
      }
    }
    return false;
  };
  /** Whether lines near line n start a segment where segment b does (±1), with other words: b starts a column. */
  const startsColumn = (n: number, b: Segment): boolean => {
    const word = b.text.split(' ')[0];
    let seen = 0;
    for (let m = Math.max(0, n - COLUMN_REACH); m <= Math.min(all.length - 1, n + COLUMN_REACH); m++) {
      if (m !== n && all[m]!.some((s) => Math.abs(s.start - b.start) <= 1 && s.text.split(' ')[0] !== word) && ++seen >= COLUMN_STARTS) return true;
    }
    return false;
  };
  return lines.map((line, n) => {
    const segs = all[n]!;
    if (segs.length < 2) return line;
    /** Gap i, between segments i-1 and i: its two words, when it may be a stretched space. */
    const pair = segs.map((s, i) => {
      if (i === 0) return null;
      const a = segs[i - 1]!;
      if (s.start - a.end > MAX_STRETCH) return null;
      const last = a.text.slice(a.text.lastIndexOf(' ') + 1);
      const first = s.text.split(' ')[0]!;
      return WORD.test(last) && WORD.test(first) && !/[.:;]$/u.test(last) ? { last, first } : null;
    });
    const glued = segs.map(() => false);
    /** Where the run that gap i would join starts: the first segment of the glued run before it. */
    const runStart = (i: number): number => {
      let j = i - 1;
      while (j > 0 && glued[j]) j--;
      return segs[j]!.start;
    };
    /** Where the words from gap i on end: the last segment before a gap between no two words. */
    const chainEnd = (i: number): number => {
      let j = i;
      while (j + 1 < segs.length && pair[j + 1] !== null) j++;
      return segs[j]!.end;
    };
    for (let i = 1; i < segs.length; i++) {
      glued[i] = pair[i] !== null && !startsColumn(n, segs[i]!) && columnRunsPast(n, runStart(i), segs[i]!.start, chainEnd(i));
    }
    for (let changed = true; changed;) {
      changed = false;
      for (let i = 1; i < segs.length; i++) {
        const p = pair[i];
        if (glued[i] || !p || !(glued[i - 1] || glued[i + 1])) continue;
        if (!printedTogether(pairs, p.last, p.first)) continue;
        if (startsColumn(n, segs[i]!)) continue;
        glued[i] = true;
        changed = true;
      }
    }
    const lead = line.length - body[n]!.length;
    let out = line;
    for (let i = 1; i < segs.length; i++) {
      if (glued[i]) out = out.slice(0, lead + segs[i - 1]!.end) + GLUE.repeat(segs[i]!.start - segs[i - 1]!.end) + out.slice(lead + segs[i]!.start);
    }
    return out;
  }).join('\n');
}

/** Each run of GLUE back to one space. */
export function unglue(text: string): string {
  return text.replace(GLUE_RUN, ' ');
}
