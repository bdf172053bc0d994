/**
 * Table columns whose cells are centred across (`text-align: center`, as spreadsheets often export
 * them) → the same columns left-aligned, as the rest of the extraction reads them (a column is
 * where its cells start; a cell's wrapped lines start where its first line does: wrapped.ts).
 *
 * Each text box (a line of a cell, middle.ts) is paired with the nearest box under it that it
 * overlaps across, in the same block of lines (no gap of BELOW font sizes between). A pair that
 * shares its middle but not its start (by APART font sizes or more) is centred; one that shares its
 * start but not its middle, left-aligned (only pairs BELOW font sizes apart or less vote). Boxes
 * chained by pairs that share their middle (as wide as each other or not, however far apart their
 * rows) are a column, and each is moved to start where the widest of them does:
 * every such column on a page with MIN_PAIRS centred pairs or more and CENTRED_OVER_LEFT times as
 * many as left-aligned ones; on another page (centred descriptions beside left-aligned codes, a
 * centred header over left-aligned rows), a column with MIN_COLUMN_PAIRS centred pairs of its own,
 * which starts where the cell under its last line does when that is further left (a header over
 * its column's left-aligned figures), and a column of fewer centred pairs whose every line is a
 * line of such a column (a row centred as a whole), and a form's header of centred capitals, three
 * cells side by side or more (headerCells), and a column whose lines are one row's of a ruled table
 * (ruled.ts oneRuledRow: no rule between them, rules above and below, other text beside them in
 * the row), its first line of words (not a word of a justified line): the rules say they are one
 * cell, where a lone pair of lines is no evidence otherwise («IMPLEMENTAR 21 ACCIONES … DE BARRIOS»
 * / «PARA LA SEGURIDAD Y CONVIVENCIA», a centred header cell beside «Meta 1:»; such a column starts
 * where its widest line does), and a cell carried over a page break to the page's top, its lines
 * sharing a middle with a centred column of the page before. (Right-aligned figures share their end: they
 * count for neither and are left to aligned.ts.) A table centred on every page keeps its columns
 * where they start furthest left on any page (lines.ts reads every page's centred columns first):
 * a column is as wide on each page, but each page's widest line is another, and columns that start
 * elsewhere on each page made a table of other columns on each. Pure: items in, items out.
 */
import type { PositionedItem } from './lines.ts';
import { boxesOf, rowsByBaseline, type Box } from './middle.ts';
import { oneRuledRow } from './ruled.ts';
import type { Rule } from './rules.mjs';

/** Two boxes share a middle (or a start) within this many points... */
const SAME_PT = 1;
/** ... and do not from this many font sizes apart. */
const APART = 1;
/**
 * A column's own centred pairs (on a page that is not all centred) count from this many font sizes
 * apart. (0.5 missed a cell of four lines starting 10.52, 4.99 and 7.48 pt apart at 10 pt, the CNE's
 * «Porcentaje de» / «participación de la» / «ciudadanía en el» / «exterior ( E )» on A4 Times with
 * a centred header: two pairs, one short of a column)
 */
const COLUMN_APART = 0.45;
/** A box's nearest box below is at most this many font sizes under it (a paragraph break is further). */
const BELOW = 2.2;
const MIN_PAIRS = 3;
/** Fewest centred pairs of its own that make a column centred on a page that is not all centred (2 left a header only partly aligned: see docs/held-out-layouts.md, rule 8). */
const MIN_COLUMN_PAIRS = 3;
const CENTRED_OVER_LEFT = 3;
/** A header row of centred capitals has this many cells at least (headerCells). */
const MIN_HEADER_CELLS = 3;

const middleOf = (b: Box) => (b.x + b.end) / 2;
const across = (a: Box, b: Box) => a.x < b.end && b.x < a.end;

/**
 * A table header's cells centred over rows that are not (a form's header of capitals): runs of
 * lines one under the other (BELOW font sizes apart at most) of a column of boxes sharing a middle
 * (on a page that is not all centred, `columns` not left-aligned otherwise), in capitals, at least
 * two lines each, side by side with MIN_HEADER_CELLS such runs or more on the same lines, at least
 * MIN_HEADER_CELLS - 1 of them centred (two of its lines COLUMN_APART font sizes apart or more at
 * their start): «TIPO DE» / «CONTRATACIÓN» beside «ESTADO» / «ACTUAL» and «LINK AL MEDIO DE
 * VERIFICACIÓN» / «PUBLICADO EN LA PAG. WEB DE LA» / «INSTITUCIÓN». Left as printed, each header
 * line made a row of its own, its cells read as a record.
 */
function headerCells(columns: readonly Set<Box>[]): Box[][] {
  const runs: Box[][] = [];
  for (const column of columns) {
    const boxes = [...column].sort((a, b) => a.y - b.y);
    let run: Box[] = [];
    for (const b of boxes) {
      if (run.length && b.y - run.at(-1)!.y > BELOW * b.size) {
        runs.push(run);
        run = [];
      }
      run.push(b);
    }
    runs.push(run);
  }
  const capitals = runs.filter((r) => r.length >= 2 && r.every((b) => !b.items.some((it) => /\p{Ll}/u.test(it.str))));
  const centred = (r: Box[]) => r.some((b, k) => k > 0 && Math.abs(b.x - r[k - 1]!.x) >= COLUMN_APART * Math.max(b.size, r[k - 1]!.size));
  return capitals.filter((r) => {
    const [top, bottom] = [r[0]!.y, r.at(-1)!.y];
    const beside = capitals.filter((o) => o.some((b) => b.y >= top - SAME_PT && b.y <= bottom + SAME_PT));
    return beside.length >= MIN_HEADER_CELLS && beside.filter(centred).length >= MIN_HEADER_CELLS - 1;
  });
}

/** A centred column of a page, left-aligned: the middle its lines share, and where it starts on this page. */
export interface CentredColumn {
  middle: number;
  start: number;
}

/**
 * A page's items (sorted by baseline, then x) with centred columns left-aligned (see above), in the
 * same order. `common`: the centred columns of the document's other pages; a column starts where the
 * columns of its middle start furthest left on any page (a table's column, centred on every page, is
 * as wide on each, but each page's widest line starts elsewhere), unless its lines would then start
 * within a font size of text left of them on their rows. `found`: given, the page's centred columns
 * are added to it. `before`: the page before's centred columns (a row carried over to this page's top).
 */
export function leftAligned(items: readonly PositionedItem[], common: readonly CentredColumn[] = [], found?: CentredColumn[], before: readonly CentredColumn[] = [], rules: readonly Rule[] = []): readonly PositionedItem[] {
  const rows = rowsByBaseline(items).map(boxesOf);
  const all = rows.flat();
  /** Each box's row. */
  const rowsByBox = new Map<Box, Box[]>();
  for (const row of rows) for (const b of row) rowsByBox.set(b, row);
  // (pairs sharing a middle, whatever their starts: a cell's lines a letter apart are a column too)
  const pairs: [Box, Box][] = [];
  /** Pairs BELOW font sizes apart at most: the votes (a column's cells further apart only chain it). */
  const near = new Set<[Box, Box]>();
  /** Each box's nearest box below that overlaps it across, in its block. */
  const under = new Map<Box, Box>();
  let centred = 0;
  let left = 0;
  // (blocks: lines with no gap of BELOW font sizes between them; a column does not chain across one)
  const block: number[] = [];
  rows.forEach((row, k) => {
    const gap = k > 0 && row[0]!.y - rows[k - 1]![0]!.y > BELOW * Math.max(row[0]!.size, rows[k - 1]![0]!.size);
    block.push(k === 0 ? 0 : block[k - 1]! + (gap ? 1 : 0));
  });
  rows.forEach((row, k) => {
    for (const a of row) {
      for (let j = k + 1; j < rows.length && block[j] === block[k]; j++) {
        const b = rows[j]!.find((x) => across(a, x));
        if (!b) continue;
        under.set(a, b);
        const close = b.y - a.y <= BELOW * a.size;
        const apart = APART * Math.max(a.size, b.size);
        if (Math.abs(middleOf(a) - middleOf(b)) <= SAME_PT) {
          const pair: [Box, Box] = [a, b];
          pairs.push(pair);
          if (close) near.add(pair);
          if (close && Math.abs(a.x - b.x) >= apart) centred++;
        } else if (close && Math.abs(a.x - b.x) <= SAME_PT && Math.abs(middleOf(a) - middleOf(b)) >= apart) left++;
        break;
      }
    }
  });
  // (columns: boxes chained by the pairs, union-find)
  const parent = new Map<Box, Box>();
  const root = (b: Box): Box => {
    let r = b;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  for (const [a, b] of pairs) {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const columns = new Map<Box, Set<Box>>();
  const votes = new Map<Box, number>();
  /** Columns of one ruled row's lines with a centred pair (ruled.ts oneRuledRow): one cell's lines. */
  const ruled = new Set<Box>();
  for (const pair of pairs) {
    for (const x of pair) {
      const r = root(x);
      columns.set(r, (columns.get(r) ?? new Set()).add(x));
    }
    const r = root(pair[0]);
    if (near.has(pair) && Math.abs(pair[0].x - pair[1].x) >= COLUMN_APART * Math.max(pair[0].size, pair[1].size)) votes.set(r, (votes.get(r) ?? 0) + 1);
  }
  // (a page of centred columns: every column; else only a column of MIN_PAIRS centred pairs itself)
  const page = centred >= MIN_PAIRS && centred >= CENTRED_OVER_LEFT * left;
  // (on another page, also a column whose every pair is one ruled row's, its first line of words,
  // and one pair centred: one cell's lines. Not a word of a justified line over a line sharing its
  // middle by chance, «la» over «gasto corriente y de inversión MEDIANTE la», «qué» over «a»)
  if (rules.length && !page) {
    const unruled = new Set<Box>();
    const words = (b: Box) => b.items.map((i) => i.str).join(' ').trim().includes(' ');
    const first = new Map<Box, [Box, Box]>();
    for (const pair of pairs) {
      const r = root(pair[0]);
      if (!oneRuledRow(pair[0], pair[1], all, rules)) unruled.add(r);
      const top = first.get(r);
      if (!top || pair[0].y < top[0].y) first.set(r, pair);
    }
    for (const [r, [a]] of first) if (!words(a)) unruled.add(r);
    for (const r of votes.keys()) if (!unruled.has(r)) ruled.add(r);
  }
  // (on a mixed page, a column of fewer centred pairs whose every line is on a line of a centred
  // column that has its own: a row centred as a whole, a header or a table's first row styled as
  // one, «Porcentaje de actualizaciones del» / «sistema estadístico electoral» beside its unit's
  // centred name and objective)
  const qualified = new Set([...columns.keys()].filter((r) => page || (votes.get(r) ?? 0) >= MIN_COLUMN_PAIRS));
  const headers = page ? [] : headerCells([...columns].filter(([r]) => !qualified.has(r)).map(([, column]) => column));
  const centredAt = [...qualified].flatMap((r) => [...columns.get(r)!].map((b) => b.y));
  for (const [r, column] of columns) {
    if (!qualified.has(r) && [...column].every((b) => centredAt.some((y) => Math.abs(y - b.y) <= SAME_PT))) qualified.add(r);
  }
  // (a cell carried over a page break to the page's top, its lines sharing a middle but too few to
  // vote a column of their own: with a centred pair, it goes with the page before's centred column
  // of that middle, its table's. «Objetivo del» / «PMDOT 2021 –» / «2033 al que» / «contribuye» at the
  // top of page 2 of Quito's report on Legal, condensed, centred: a key column 53 pt wide, narrower
  // than the next table's on the page)
  const rowIndex = new Map<Box, number>();
  rows.forEach((row, k) => row.forEach((b) => rowIndex.set(b, k)));
  for (const [r, column] of columns) {
    if (qualified.has(r) || !(votes.get(r) ?? 0) || ![...column].every((b) => block[rowIndex.get(b)!] === 0)) continue;
    const widest = [...column].reduce((a, b) => (b.end - b.x > a.end - a.x ? b : a));
    if (before.some((c) => Math.abs(c.middle - middleOf(widest)) <= SAME_PT)) qualified.add(r);
  }
  const moved = new Map<PositionedItem, number>();
  /** The page's centred columns as left-aligned: their middle and start. */
  const placed: CentredColumn[] = [];
  for (const [r, column] of columns) {
    if (!qualified.has(r)) continue;
    let start = Math.min(...[...column].map((b) => b.x));
    // (on a mixed page, a centred cell over a left-aligned one, a header over its rows: the column
    // starts where the cell under its last line does, when that is further left)
    const last = [...column].reduce((a, b) => (b.y > a.y ? b : a));
    const below = under.get(last);
    if (!page && below && !columns.has(root(below)) && below.x < start) start = below.x;
    const boxes = [...column];
    const middle = middleOf(boxes.reduce((a, b) => (b.end - b.x > a.end - a.x ? b : a)));
    found?.push({ middle, start });
    // (the document's: the furthest left start of a column of this middle, when no line of the
    // column then comes within a font size of the text left of it on its row)
    const wider = Math.min(start, ...common.filter((c) => Math.abs(c.middle - middle) <= SAME_PT).map((c) => c.start));
    const room = (b: Box) => (rowsByBox.get(b) ?? []).every((o) => o === b || o.x >= b.end || o.end + b.size <= wider);
    if (wider < start && boxes.every(room)) start = wider;
    for (const b of column) for (const it of b.items) if (b.x > start) moved.set(it, start - b.x);
    placed.push({ middle, start });
  }
  // (on a page of centred columns, a line alone in its block at the page's top, no other line above
  // or below it to pair with: a table's last row carried over a page break, set apart from the next
  // table by its padding, «Porcentaje de asistencias técnicas atendidas» of unit 27 at the top of
  // page 10, CNE on Letter landscape, zebra, centred; it goes with the column of its middle on this
  // page or the page before (its table's), when no text of its row comes within a font size of that
  // start. Not the document's other columns: a table of its own, one row, has lines alone too, and
  // other tables' columns may share their middles)
  if (page) {
    const paired = new Set(pairs.flat());
    for (const [k, row] of rows.entries()) {
      if (block[k] !== 0) break;
      for (const b of row) {
        if (paired.has(b)) continue;
        const column = [...placed, ...before].find((c) => Math.abs(c.middle - middleOf(b)) <= SAME_PT && c.start < b.x);
        if (!column || !row.every((o) => o === b || o.x >= b.end || o.end + b.size <= column.start)) continue;
        for (const it of b.items) moved.set(it, column.start - b.x);
      }
    }
  }
  // (a ruled row's centred cell no other rule took: its lines start where its widest does)
  const cells = [...headers, ...[...ruled].filter((r) => !qualified.has(r)).map((r) => [...columns.get(r)!])];
  for (const cell of cells) {
    const start = Math.min(...cell.map((b) => b.x));
    for (const b of cell) for (const it of b.items) if (b.x > start && !moved.has(it)) moved.set(it, start - b.x);
  }
  if (moved.size === 0) return items;
  return items.map((it) => (moved.has(it) ? { ...it, x: it.x + moved.get(it)! } : it));
}
