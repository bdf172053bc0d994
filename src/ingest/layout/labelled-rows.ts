/**
 * Key-value forms in text without TABs, read by their labels: «Indicador de la meta:   Número de
 * actividades», a two-column table whose left column holds labels the form always prints the same
 * way. A layout wraps a long label over several lines, and a narrow one cuts its words
 * («Descripció» / «n de los» / «resultados» / «por meta:»); pdftotext may leave one space only
 * between a label's line and its value's («Objetivo del PMDOT 2021 OE6. Asegurar …» / «– 2033 al que
 * contribuye acceso a salud …»), and a justified label cell stretches its own spaces («de         los»):
 * then no column alignment tells where the label ends. The label's own text does: the leading words
 * of each line that go on with the label's next characters (spaces and accents aside) are the
 * label's, the rest of the line its value's.
 *
 * - A row starts at a line whose leading words begin a label (`labels`: the form's labels as
 *   printed, «{n}» for any number, «Valor programado {n}:»), when the label is completed in that
 *   line or the next ones before a blank line: each of them goes on with it, or carries only value
 *   text (a value set in the middle, half a line off the label's lines; at most MAX_VALUE_ONLY of
 *   them in a row). Of the labels that start there, the one completed soonest, and the longest
 *   start of those.
 * - A word goes on with a label only whole, up to where the label's word ends; only the last word
 *   of its cell (before two spaces, or the line's end, or when the line below goes on with its
 *   rest) may stop inside the label's word, between its letters: a word the layout cut. The cut
 *   pieces are joined without a space.
 * - A value taller than its label goes on past the label's lines: below them when the form's values
 *   sit at the top of their rows, above them at the bottom, both in the middle (as many lines
 *   above as below). The document says which (alignment): its labels of several lines with a value
 *   on some of them, from the first line (top), down to the last (bottom), or between. Lines above
 *   a label are its value's only when each had no room for the next word (full: the value wrapped
 *   there; a line that did not wrap is a row of its own), and only for a value that fills every
 *   line of its label, or none (half a line off): a value shorter than its label spills over no side.
 * - The value's lines are those right of the label's column; a line at it or left of it, or a blank
 *   line, ends them. A line in the value column after a blank line goes on with the last row's
 *   value: it is given as a row with an empty label («\t…», as a form's text with TABs prints a
 *   value's continuation).
 * - Every other line stays as it is.
 *
 * The rows come out as «label\tvalue», a row's lines joined with a space, with a LineMap back to
 * the displayed lines (a row cites its first line). Null when fewer than MIN_ROWS rows were read
 * (the text is no such form: column recovery reads it).
 *
 * Pure: text in, text and map out; no state between calls.
 */
import { fold } from '../../lib/text.ts';
import { joinRuns, type LineMap } from './line-map.ts';
import { printedLength } from './wrapped-text.ts';

/** Rows needed for a text to be read as a form of labelled rows. */
const MIN_ROWS = 3;
/** Lines of value text alone a label may have between two of its own lines (a value set in the middle). */
const MAX_VALUE_ONLY = 2;
/** A label's part of a line is read in its first characters (a label is a few words; a line may be a page of prose). */
const LABEL_CHARS = 400;
/** Lines a label may span. */
const MAX_LABEL_LINES = 8;
/**
 * A value's line is full (its next word did not fit: the value wrapped) when it ends within this
 * share of the column's width of its right edge, or FULL_SLACK_MIN characters: pdftotext sets each
 * line on its own character grid.
 */
const FULL_SLACK = 0.08;
const FULL_SLACK_MIN = 2;

/**
 * A label as characters to match: literal pieces (with the offsets in them where the label puts a
 * space, and whether one comes before them) and numbers («{n}»).
 */
type Piece = { text: string; spaces: ReadonlySet<number>; spaceBefore: boolean } | { digits: true };

/** Where a match stands in a label: the piece and, in a literal, how far into it. */
interface At { piece: number; offset: number }

/** Folded, without spaces, dashes made one: the characters a label is matched on. */
function chars(text: string): string {
  return fold(text).replace(/[–—]/gu, '-').replace(/\s+/gu, '');
}

function compile(label: string): Piece[] {
  return label.split(/(\{n\})/u).filter(Boolean).map((p): Piece => {
    if (p === '{n}') return { digits: true };
    const spaces = new Set<number>();
    let text = '';
    for (const word of p.trim().split(/\s+/u)) {
      if (text) spaces.add(text.length);
      text += chars(word);
    }
    return { text, spaces, spaceBefore: /^\s/u.test(p) };
  });
}

/** Whether the label puts a space (a word's end) at `at`: a line that goes on with it there starts a new word. */
function wordEnd(pieces: readonly Piece[], at: At): boolean {
  const p = pieces[at.piece];
  if (!p || 'digits' in p) return true;
  return at.offset === 0 ? p.spaceBefore || at.piece === 0 : p.spaces.has(at.offset);
}

/** `at` moved past `word` (folded, no spaces), or null when the word does not go on with the label there. */
function advance(pieces: readonly Piece[], at: At, word: string): At | null {
  let { piece, offset } = at;
  let i = 0;
  while (i < word.length) {
    const p = pieces[piece];
    if (!p) return null;
    if ('digits' in p) {
      let j = i;
      while (j < word.length && /\d/u.test(word[j]!)) j++;
      if (j === i) return null;
      i = j;
      piece++;
      offset = 0;
      continue;
    }
    const n = Math.min(p.text.length - offset, word.length - i);
    if (p.text.slice(offset, offset + n) !== word.slice(i, i + n)) return null;
    i += n;
    offset += n;
    if (offset === p.text.length) {
      piece++;
      offset = 0;
    }
  }
  return { piece, offset };
}

const complete = (pieces: readonly Piece[], at: At): boolean => at.piece >= pieces.length;

/** A line's words with the spaces before each (two or more: another column). */
function words(line: string): { word: string; gap: number; start: number }[] {
  const out: { word: string; gap: number; start: number }[] = [];
  const re = /(\s*)(\S+)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) out.push({ word: m[2]!, gap: m[1]!.length, start: m.index + m[1]!.length });
  return out;
}

/**
 * How many leading words of `line` go on with the label from `at` (stopping at a gap of two spaces
 * or more after the first), and where the label then stands.
 */
function consume(pieces: readonly Piece[], at: At, line: string, below = ''): { count: number; at: At } {
  let count = 0;
  let cur = at;
  const ws = words(line.slice(0, LABEL_CHARS));
  for (const [k, w] of ws.entries()) {
    if (complete(pieces, cur)) break;
    const next = advance(pieces, cur, chars(w.word));
    // (a word ends where the label's word does, but for the last of its cell, which a layout may cut:
    // «Descripció», the rest «n de los» on the line below; a cut falls between letters of the label,
    // «44» under «Valor ejecutado» is no «{n}:» cut before its colon)
    const lastOfCell = k === ws.length - 1 || ws[k + 1]!.gap >= 2 || (!!below && advance(pieces, next ?? cur, chars(words(below)[0]?.word ?? '')) !== null);
    if (next === null || (!complete(pieces, next) && !wordEnd(pieces, next) && !(lastOfCell && next.offset > 0))) break;
    cur = next;
    count++;
  }
  return { count, at: cur };
}

/** The line without its first `count` words, and those words. */
function split(line: string, count: number): [string, string] {
  const ws = words(line.slice(0, LABEL_CHARS));
  const cut = count >= ws.length ? line.length : ws[count]!.start;
  return [plain(line.slice(0, cut)), plain(line.slice(cut))];
}

/** A line's text with its spaces made one: how far apart pdftotext set two words is layout, not text («de         los»). */
const plain = (text: string): string => text.trim().replace(/\s+/gu, ' ');

interface Row {
  first: number;
  last: number;
  label: string[];
  /** The value text of each line of the label's span, in order ('' on a line of the label alone). */
  value: string[];
  /** Whether each line of the span carries the label's text (false: a line of value alone between the label's). */
  labelled: boolean[];
  /** The column the row's first line starts at. */
  column: number;
}

const indent = (line: string): number => line.length - line.trimStart().length;

/**
 * The row a label starts at line `i`, read to its label's end, or null: no label starts there, or
 * none is completed before a blank line.
 */
function startRow(lines: readonly string[], i: number, labels: readonly Piece[][]): Row | null {
  let best: { row: Row; chars: number } | null = null;
  for (const pieces of labels) {
    const first = consume(pieces, { piece: 0, offset: 0 }, lines[i]!, lines[i + 1]);
    if (first.count === 0) continue;
    const [label, value] = split(lines[i]!, first.count);
    const row: Row = { first: i, last: i, label: [label], value: [value], labelled: [true], column: indent(lines[i]!) };
    let at = first.at;
    let valueOnly = 0;
    const pending: string[] = [];
    for (let j = i + 1; !complete(pieces, at); j++) {
      if (j >= lines.length || j - i >= MAX_LABEL_LINES || !lines[j]!.trim()) break;
      const step = consume(pieces, at, lines[j]!, lines[j + 1]);
      if (step.count === 0) {
        if (++valueOnly > MAX_VALUE_ONLY) break;
        pending.push(plain(lines[j]!));
        continue;
      }
      valueOnly = 0;
      const [l, v] = split(lines[j]!, step.count);
      // (a word the layout cut, «Descripció» / «n de los»: its pieces joined with no space)
      if (wordEnd(pieces, at)) row.label.push(l);
      else row.label[row.label.length - 1] += l;
      row.labelled.push(...pending.map(() => false), true);
      row.value.push(...pending.splice(0), v);
      at = step.at;
      row.last = j;
    }
    if (!complete(pieces, at)) continue;
    if (!best || row.last < best.row.last || (row.last === best.row.last && first.count > best.chars)) best = { row, chars: first.count };
  }
  return best?.row ?? null;
}

type Alignment = 'top' | 'middle' | 'bottom';

/**
 * How the form sets a value beside a taller label, from its rows of several lines whose value
 * fills some of them: from the first line (top), down to the last (bottom), or neither (middle).
 */
function alignment(rows: readonly Row[]): Alignment {
  const votes = { top: 0, middle: 0, bottom: 0 };
  for (const r of rows) {
    // (a line of value alone between the label's: the value is set in the middle, half a line off)
    if (r.labelled.includes(false)) {
      votes.middle++;
      continue;
    }
    const filled = r.value.map((v) => v !== '');
    if (filled.length < 2 || filled.every(Boolean) || !filled.some(Boolean)) continue;
    if (filled[0]) votes.top++;
    else if (filled[filled.length - 1]) votes.bottom++;
    else votes.middle++;
  }
  return votes.bottom > votes.top && votes.bottom >= votes.middle ? 'bottom' : votes.middle > votes.top ? 'middle' : 'top';
}

/**
 * The text's labelled rows as «label\tvalue» lines, other lines as they are, and the map back to
 * the displayed lines; null when fewer than MIN_ROWS rows were read.
 */
export function labelledRows(text: string, labels: readonly string[]): { text: string; map: LineMap } | null {
  if (!labels.length || text.includes('\t')) return null;
  const compiled = labels.map(compile);
  const lines = text.split('\n');
  const rows: Row[] = [];
  for (let i = 0; i < lines.length;) {
    const row = lines[i]!.trim() ? startRow(lines, i, compiled) : null;
    if (row) rows.push(row);
    i = row ? row.last + 1 : i + 1;
  }
  if (rows.length < MIN_ROWS) return null;
  const align = alignment(rows);
  // a value taller than its label fills every line of the label's, or none of them (its lines
  // between the label's, half a line off): only then may it go on above or below the label
  const spills = (r: Row) => {
    const own = r.value.filter((_, j) => r.labelled[j]);
    return own.every((v) => v !== '') || own.every((v) => v === '');
  };
  const column = (i: number, r: Row) => lines[i]!.trim() !== '' && indent(lines[i]!) > r.column && !startRow(lines, i, compiled);
  // the value column's right edge: the end of the longest line of a label with its value
  // (widths as printed: a line of capitals is wider than its character count, printedLength)
  const end = (i: number) => indent(lines[i]!) + printedLength(lines[i]!.trim());
  let widest = 0;
  for (const r of rows) for (let i = r.first; i <= r.last; i++) if (r.value[i - r.first]) widest = Math.max(widest, end(i));
  /** Whether line i had no room for the word `next` starts with: a value wrapped there. */
  const full = (i: number, next: string): boolean => {
    const slack = Math.max(FULL_SLACK_MIN, Math.round((widest - indent(lines[i]!)) * FULL_SLACK));
    return end(i) + 1 + printedLength(next.trim().split(/\s+/u)[0] ?? '') > widest - slack;
  };
  /** How many of the n lines right above line `at` wrap into each other and into `text` (the value's next line). */
  const wrapsDown = (at: number, n: number, text: string): number => {
    let k = 0;
    while (k < n && full(at - 1 - k, k === 0 ? text : lines[at - k]!)) k++;
    return k;
  };
  /** Each row's lines of value above its label and below it. */
  const above = rows.map(() => 0);
  const below = rows.map(() => 0);
  rows.forEach((r, k) => {
    const next = rows[k + 1];
    const limit = next ? next.first : lines.length;
    // the lines in the value column right under the label, up to a blank line or another line
    let run = 0;
    while (r.last + 1 + run < limit && column(r.last + 1 + run, r)) run++;
    // ... and those right above the next label, for it
    let up = 0;
    while (next && next.first - 1 - up > r.last && column(next.first - 1 - up, next)) up++;
    const contiguous = next !== undefined && run > 0 && r.last + run + 1 === next.first;
    const firstValue = next ? next.value.find(Boolean) ?? '' : '';
    if (align === 'top') below[k] = spills(r) ? run : 0;
    else if (align === 'bottom') {
      below[k] = 0;
      if (next && spills(next)) above[k + 1] = wrapsDown(next.first, up, firstValue);
    } else {
      // middle: as many lines under the label as over it; the next label takes the lines right
      // above it, as many as it has room for under it
      below[k] = spills(r) ? Math.min(run, above[k]!) : 0;
      if (next && spills(next)) {
        let room = 0;
        const after = rows[k + 2]?.first ?? lines.length;
        while (next.last + 1 + room < after && column(next.last + 1 + room, next)) room++;
        above[k + 1] = Math.min(contiguous ? run - below[k]! : up, room);
      }
    }
  });
  const out: string[] = [];
  const runs: number[] = [];
  let k = 0;
  let lastColumn: number | null = null;
  for (let i = 0; i < lines.length;) {
    const r = rows[k];
    if (r && i === r.first - above[k]!) {
      const top = lines.slice(i, r.first).map(plain);
      const bottom = lines.slice(r.last + 1, r.last + 1 + below[k]!).map(plain);
      const value = [...top, ...r.value, ...bottom].filter(Boolean).join(' ');
      out.push(`${r.label.join(' ')}\t${value}`);
      const after = r.last + 1 + below[k]!;
      runs.push(after - i);
      lastColumn = r.column;
      i = after;
      k++;
      continue;
    }
    const line = lines[i]!;
    const stop = r ? r.first - above[k]! : lines.length;
    // a row of value lines after a blank line (a value going on after a page break): its label empty
    if (line.trim() && lastColumn !== null && indent(line) > lastColumn) {
      let j = i + 1;
      while (j < stop && lines[j]!.trim() && indent(lines[j]!) > lastColumn) j++;
      out.push(`\t${lines.slice(i, j).map(plain).join(' ')}`);
      runs.push(j - i);
      i = j;
      continue;
    }
    if (line.trim()) lastColumn = null;
    out.push(line);
    runs.push(1);
    i++;
  }
  let n = 0;
  return joinRuns(lines, runs, () => out[n++]!);
}
