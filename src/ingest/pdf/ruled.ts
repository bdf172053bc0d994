/**
 * Tables drawn with borders on every side of every cell: the boxes the rules close (rules.mjs) say
 * which text is one cell and which row it is in, where the text alone leaves it to the gaps and
 * alignments the rest of the extraction reads (lines.ts, middle.ts, justified.ts, wrapped.ts).
 * - A line of a box whose words are stretched from the box's left padding to its right one (the
 *   same room each side), at equal gaps, not all figures, is one justified cell's line: its words
 *   become one item, one space apart («Porcentaje   de   ejecución», its gaps as wide as a gutter).
 * - A box's lines are moved up, together, to the top of its row: the first line of the highest text
 *   among the boxes under the same rule (a cell in the middle or at the bottom of its row, beside a
 *   taller one, is printed on that one's third line: moved, it starts the row as a top-aligned cell
 *   would). A row is not moved when it holds a line of separate pieces of text side by side in one
 *   box (a spreadsheet that leaves the border between two columns undrawn: «Portoviejo» centred
 *   beside «Desarrollar un cantón…», middle.ts aligns those) or text outside every box.
 * - A figure right-aligned alone in its box gets where its column's text starts (`column`), for the
 *   layout text: a column of one-digit numberings right-aligned under its header, which the text
 *   alone cannot tell from a column of its own (placeRightAligned).
 * Text so put in its row keeps where it was printed (`placed`): middle.ts votes with that, so the
 * rest of the page and of the document are read as aligned as before, and leaves it in its row.
 * A box is a table's cell when a rule closes each of its sides and the row goes on past it, left or
 * right (a third side rule crosses the same height): a frame drawn around a page or a paragraph is
 * no table, and text in it is left as it is, as is text outside every box.
 * The same boxes answer two questions for the rest of the extraction: whether two lines are one
 * row of a ruled table (oneRuledRow, for centred.ts: a centred cell's lines) and how far a bordered
 * cell's text can run (boxRight, for wrapped.ts: a word cut or a break at a space).
 * Pure: a page's items and rules in, its items out.
 */
import type { PositionedItem, PositionedPage } from './lines.ts';
import { WORD_GAP } from './justified.ts';
import type { Rule, Rules } from './rules.mjs';

/** A rule reaches a box's corner within this many points. */
const REACH = 1.5;
/** An item's height above its baseline where its middle is taken, in font sizes. */
const MIDDLE = 0.3;
/** Items of one line of a box: baselines within this share of the font size. */
const SAME_LINE = 0.5;
/**
 * Items closer than WORD_GAP (justified.ts) are pieces of one word; up to this share of the font
 * size apart, words one space apart (PDF.js joins runs closer than about this itself).
 */
const SPACE_GAP = 0.6;
/** Baselines this close (font sizes) are one line's; up to OFFSET_LINE apart, beside each other, two stacks' (sideBySide). */
const SAME_BASELINE = 0.1;
const OFFSET_LINE = 0.8;
/** A stretched line leaves at most this many font sizes between a box's side and its text... */
const MAX_PADDING = 1.5;
/** ... the same each side within this many font sizes (and a point), its gaps too (JUSTIFIED_GAPS). */
const SAME_PADDING = 0.35;
const JUSTIFIED_GAPS = 0.15;
/** A number of one to three digits, nothing else: a row's or a unit's numbering («1», «12»). */
const NUMBERING = /^\d{1,3}$/;
/** A figure: an amount, a percentage, a number, a numbering («1.1.»), a year. */
const FIGURE = /^[-+$]?[\d.,/%]+%?$/u;

interface Box {
  top: Rule;
  bottom: Rule;
  left: Rule;
  right: Rule;
}

/** The rule of `rules` nearest `at` on one side (before: `r.at < at`) that `fits`. */
function nearest(rules: readonly Rule[], at: number, before: boolean, fits: (r: Rule) => boolean): Rule | null {
  let best: Rule | null = null;
  for (const r of rules) {
    if (!(before ? r.at < at && (!best || r.at > best.at) : r.at > at && (!best || r.at < best.at))) continue;
    if (fits(r)) best = r;
  }
  return best;
}

const spans = (r: Rule, a: number, b: number): boolean => r.from <= a + REACH && r.to >= b - REACH;

/**
 * The table cell an item is in: the nearest rules above and below it (crossing its middle), the
 * nearest side rules that run from one to the other, closed (the rules above and below run from
 * side to side), in a row that has another cell.
 */
export function boxOf(item: PositionedItem, h: readonly Rule[], v: readonly Rule[]): Box | null {
  const cx = item.x + item.width / 2;
  const cy = item.y - MIDDLE * item.size;
  const crossesX = (r: Rule) => r.from - REACH <= cx && cx <= r.to + REACH;
  const top = nearest(h, cy, true, crossesX);
  const bottom = nearest(h, cy, false, crossesX);
  if (!top || !bottom) return null;
  const side = (r: Rule) => spans(r, top.at, bottom.at);
  const left = nearest(v, cx, true, side);
  const right = nearest(v, cx, false, side);
  if (!left || !right || !spans(top, left.at, right.at) || !spans(bottom, left.at, right.at)) return null;
  // a row of two cells or more: another side rule crosses the box's height under the same top rule
  const other = v.some((r) => r !== left && r !== right && side(r) && r.at >= top.from - REACH && r.at <= top.to + REACH);
  return other ? { top, bottom, left, right } : null;
}

/** One item from a line's items (sorted by x): one space between words, none between pieces of a word. */
function joined(line: readonly PositionedItem[]): PositionedItem {
  const first = line[0]!;
  let str = first.str;
  let end = first.x + first.width;
  let size = first.size;
  for (const it of line.slice(1)) {
    const gap = it.x - end;
    str = gap < WORD_GAP * Math.max(size, it.size) || str.endsWith(' ') || it.str.startsWith(' ') ? str + it.str : `${str} ${it.str}`;
    end = Math.max(end, it.x + it.width);
    size = Math.max(size, it.size);
  }
  return { ...first, str, width: end - first.x, size };
}

/**
 * A line of a box's items (two or more, sorted by x): 'join' when it is stretched from side to side
 * at equal gaps, one justified cell's line (its words not all figures, and with two words, neither a
 * figure: «Servicio   1.234,00» at a box's two sides may be two columns one box holds, unless
 * another of the box's lines, `others`, crosses the gap between them); 'keep' when
 * stretched so but not joined; 'apart' when its pieces are not stretched: text side by side in one box.
 */
function stretched(line: readonly PositionedItem[], box: Box, others: readonly (readonly PositionedItem[])[] = []): 'join' | 'keep' | 'apart' {
  const size = Math.max(...line.map((i) => i.size));
  const left = line[0]!.x - box.left.at;
  const right = box.right.at - Math.max(...line.map((i) => i.x + i.width));
  if (left < 0 || right < 0 || left > MAX_PADDING * size || right > MAX_PADDING * size || Math.abs(left - right) > SAME_PADDING * size + 1) return 'apart';
  const gaps = line.slice(1).map((it, k) => it.x - (line[k]!.x + line[k]!.width));
  if (Math.max(...gaps) - Math.min(...gaps) > JUSTIFIED_GAPS * size) return 'apart';
  const figures = line.filter((i) => FIGURE.test(i.str.trim())).length;
  if (figures === 0 || (line.length >= 3 && figures < line.length)) return 'join';
  // (two words, one a figure, and another line of the box from the same left side running past
  // where the second starts: one cell's text crosses the gap, «85%   DE» over «EJECUCIÓ»; two
  // columns one box holds leave their gap clear)
  const crossed = line.length === 2 && figures === 1 && others.some((o) => o !== line && o.length > 0 && Math.abs(o[0]!.x - line[0]!.x) <= 1 && Math.max(...o.map((i) => i.x + i.width)) > line[1]!.x + 1);
  return crossed ? 'join' : 'keep';
}

/**
 * A line's items one word space apart or closer joined (pieces of one word without a space): in a
 * box they are one cell's text, whatever runs the PDF drew them in; wider gaps kept.
 */
function pieces(line: readonly PositionedItem[]): PositionedItem[] {
  const out: PositionedItem[] = [];
  for (const it of line) {
    const prev = out.at(-1);
    if (prev && it.x - (prev.x + prev.width) < SPACE_GAP * Math.max(prev.size, it.size)) out[out.length - 1] = joined([prev, it]);
    else out.push(it);
  }
  return out;
}

/**
 * Two pieces of text side by side in a box on baselines a fraction of a line apart: two stacks,
 * each aligned in its own way (a spreadsheet's two columns whose border is not drawn).
 */
function sideBySide(items: readonly PositionedItem[]): boolean {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const size = Math.max(a.size, b.size);
      const dy = Math.abs(a.y - b.y);
      if (dy <= SAME_BASELINE * size || dy >= OFFSET_LINE * size) continue;
      if (a.x + a.width < b.x || b.x + b.width < a.x) return true;
    }
  }
  return false;
}

/** The lines of a box's items: baselines within SAME_LINE font sizes, each sorted by x. */
function linesOf(items: readonly PositionedItem[]): PositionedItem[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const out: PositionedItem[][] = [];
  for (const it of sorted) {
    const line = out.at(-1);
    if (line && Math.abs(it.y - line[0]!.y) <= SAME_LINE * Math.max(it.size, line[0]!.size)) line.push(it);
    else out.push([it]);
  }
  for (const line of out) line.sort((a, b) => a.x - b.x);
  return out;
}

/**
 * The page's horizontal rules, and one where three or more side rules end together without one (a
 * table cut by a page break draws no rule where its part on the next page starts: its sides start
 * there), from the leftmost of them to the rightmost, unless other side rules run on across it
 * (short pieces inside a spreadsheet's header, ending where the header's rows do).
 */
export function withEnds(h: readonly Rule[], v: readonly Rule[]): Rule[] {
  const out = [...h];
  for (const end of ['from', 'to'] as const) {
    const groups: Rule[][] = [];
    for (const r of [...v].sort((a, b) => a[end] - b[end])) {
      const g = groups.at(-1);
      if (g && r[end] - g[0]![end] <= REACH) g.push(r);
      else groups.push([r]);
    }
    for (const g of groups) {
      if (g.length < 3) continue;
      const at = g[0]![end];
      const from = Math.min(...g.map((r) => r.at));
      const to = Math.max(...g.map((r) => r.at));
      // (not where other side rules run on across that line: the table goes on there)
      const crossed = v.some((r) => r.at > from + REACH && r.at < to - REACH && r.from < at - REACH && r.to > at + REACH);
      if (!crossed && !out.some((r) => Math.abs(r.at - at) <= REACH && spans(r, from, to))) out.push({ at, from, to });
    }
  }
  return out;
}

/** A line's extent across and its baseline (a middle.ts box). */
interface Extent {
  x: number;
  end: number;
  y: number;
  size: number;
}

/**
 * Two lines one over the other (`a` above) are in one row of a ruled table: a rule runs across `a`
 * above it and one below `b`, none between them; and that row holds other text beside them (not
 * across them: a table's row, not a frame around a title), and no other text across them between
 * their baselines. `others`: the page's other lines. `h`: its horizontal rules (withEnds).
 */
export function oneRuledRow(a: Extent, b: Extent, others: readonly Extent[], h: readonly Rule[]): boolean {
  const middleY = (e: Extent) => e.y - MIDDLE * e.size;
  const crosses = (r: Rule) => spans(r, a.x, a.end);
  const top = nearest(h, middleY(a), true, crosses);
  const bottom = nearest(h, middleY(b), false, crosses);
  if (!top || !bottom || nearest(h, middleY(b), true, crosses) !== top || nearest(h, middleY(a), false, crosses) !== bottom) return false;
  const row = others.filter((o) => o !== a && o !== b && middleY(o) > top.at && middleY(o) < bottom.at && o.x >= top.from - REACH && o.end <= top.to + REACH);
  return row.some((o) => o.end <= a.x || o.x >= a.end) && !row.some((o) => o.x < a.end && a.x < o.end && o.y > a.y && o.y < b.y);
}

/** A cell's text keeps at most this many font sizes from its box's sides (its padding). */
const MAX_INSET = 1.5;
/** Two lines of a cell start at the same x within this many points (left-aligned). */
const SAME_START = 1;

/** A line's extent as an item, for boxOf. */
const extentItem = (e: Extent): PositionedItem => ({ str: '', x: e.x, y: e.y, width: e.end - e.x, size: e.size });

/**
 * Whether two lines of text in one column are in two rows of a table drawn with borders: each in a
 * closed box (boxOf), the upper box ending where the lower starts or above. A table's borders say
 * where its rows end, however close they are: a header set bigger than the body («NOMBRE DE LA
 * INSTITUCIÓN:» at 11 pt over «RUC:» at 9 pt, 14.2 pt apart, 1.29 of the bigger size) is no
 * cell wrapped over two lines.
 */
export function rowsApart(above: Extent, below: Extent, h: readonly Rule[], v: readonly Rule[]): boolean {
  const a = boxOf(extentItem(above), h, v);
  const b = boxOf(extentItem(below), h, v);
  return !!a && !!b && a.bottom.at <= b.top.at + REACH;
}

/**
 * How far the text of a cell drawn with borders can run: the right side of the closed box (boxOf)
 * that holds both lines, less the room the text leaves at its left side (a cell's padding, the
 * same each side), or null when the two are not in one box, do not start together or that room is
 * more than a padding (text centred or right-aligned: «90,» / «25 %» centred, each leaving more
 * at the left than the padding). `h`: the page's horizontal rules (withEnds).
 */
export function boxRight(above: Extent, below: Extent, h: readonly Rule[], v: readonly Rule[]): number | null {
  const a = boxOf(extentItem(above), h, v);
  const b = boxOf(extentItem(below), h, v);
  if (!a || !b || a.top !== b.top || a.bottom !== b.bottom || a.left !== b.left || a.right !== b.right) return null;
  // (lines that start apart are centred or right-aligned: what they leave at the left is no padding)
  if (Math.abs(above.x - below.x) > SAME_START) return null;
  const inset = Math.min(above.x, below.x) - a.left.at;
  if (inset < 0 || inset > MAX_INSET * Math.max(above.size, below.size)) return null;
  return a.right.at - inset;
}

/**
 * A page's rules, its horizontal ones with those its tables' side rules imply (withEnds): what
 * ruledItems, lines.ts (oneRuledRow) and wrapped.ts (boxRight) read. Null without rules, or for
 * OCR word boxes.
 */
export function tableRules(page: Pick<PositionedPage, 'rules' | 'words'>): Rules | null {
  return page.rules && page.words !== true ? { h: withEnds(page.rules.h, page.rules.v), v: page.rules.v } : null;
}

/**
 * Figures right-aligned in their boxes, where aligned.ts cannot place them: a figure alone in its
 * box, on one line, against the right side (as far from it as its column's text starts from the
 * left side) and half a font size or more right of where that text starts, gets `column`, that
 * start: the leftmost line opening with a word in the boxes on the same left side (the box's left
 * side plus the page's usual padding when they hold only figures). The unit numbers «1» … «9» of a
 * matrix in columns of equal width, right-aligned under a «No.» at the column's start, are that
 * column's, not one of their own: no rule of the text alone can tell a column of one-digit figures
 * right-aligned from one left-aligned. Only a column whose every box holding a figure holds it so,
 * none with a figure right above or below another (a figure cut down its cell and run over into
 * the box below: its pieces are read together by aligned.ts), and not a figure with text ending
 * less than a font size before that start on its line. Numberings only (one to three digits) unless
 * `wholeFigures`: a document whose cells cut figures down their width (cutsFigures), as a budget
 * sheet does, reads its other figures by aligned.ts alone, page after page alike (its whole «0.00»
 * moved in some pages and its cut pieces left in others would no longer line up).
 */
function placeRightAligned(cells: readonly { box: Box; lines: readonly PositionedItem[] }[], all: readonly PositionedItem[], wholeFigures: boolean): Map<PositionedItem, number> {
  const out = new Map<PositionedItem, number>();
  // (where the text of each column starts: the leftmost line opening with a word among the boxes on
  // the same left side, to a tenth of a point; and the page's left padding, the most common gap from
  // a box's left side to its text, for a column whose boxes hold only figures)
  const side = (r: Rule) => Math.round(r.at * 10);
  const starts = new Map<number, number>();
  const counts = new Map<number, number>();
  for (const { box, lines } of cells) {
    const words = linesOf(lines).filter((l) => !FIGURE.test(l[0]!.str.trim()));
    if (!words.length) continue;
    const start = Math.min(...words.map((l) => l[0]!.x));
    starts.set(side(box.left), Math.min(starts.get(side(box.left)) ?? Infinity, start));
    const pad = Math.round((start - box.left.at) * 10) / 10;
    counts.set(pad, (counts.get(pad) ?? 0) + 1);
  }
  if (!counts.size) return out;
  const pagePad = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  // (a column, the boxes between the same two sides, whose every box holding a figure holds that
  // figure alone, on one line, against the right side: a column of whole figures right-aligned. A
  // column with a figure cut down its box, its pieces under each other, or with figures among words,
  // is left to the rest of the extraction, aligned.ts, which reads all its figures alike)
  const columns = new Map<string, { box: Box; lines: readonly PositionedItem[] }[]>();
  for (const c of cells) {
    const key = `${side(c.box.left)}|${side(c.box.right)}`;
    (columns.get(key) ?? columns.set(key, []).get(key)!).push(c);
  }
  for (const column of columns.values()) {
    const { box } = column[0]!;
    const start = starts.get(side(box.left)) ?? box.left.at + pagePad;
    const pad = start - box.left.at;
    const figures = column.filter((c) => c.lines.some((it) => FIGURE.test(it.str.trim())));
    if (!wholeFigures && !figures.every((c) => c.lines.every((it) => NUMBERING.test(it.str.trim())))) continue;
    const alone = (c: { box: Box; lines: readonly PositionedItem[] }) => {
      const it = c.lines.length === 1 ? c.lines[0]! : undefined;
      return it !== undefined && FIGURE.test(it.str.trim()) && Math.abs(c.box.right.at - (it.x + it.width) - pad) <= SAME_PADDING * it.size + 1;
    };
    if (!figures.length || !figures.every(alone)) continue;
    // (nor a column with a figure cut down its cell and run over into the box below, a spreadsheet's
    // row too short for it: «31,200.0» / «0», a figure right above or below another in the column;
    // its pieces are read together by aligned.ts)
    const cut = (it: PositionedItem, c: { box: Box }) => all.some((o) => o.y !== it.y && FIGURE.test(o.str.trim()) && Math.abs(o.y - it.y) <= 2 * it.size && o.x < c.box.right.at && o.x + o.width > c.box.left.at);
    if (figures.some((c) => cut(c.lines[0]!, c))) continue;
    for (const c of figures) {
      const it = c.lines[0]!;
      // (nor a figure whose line has text ending less than a font size before that start: a figure of
      // the column before, right-aligned against its side, would run into it)
      const crowded = all.some((o) => Math.abs(o.y - it.y) <= SAME_BASELINE * it.size && o.x < start && o.x + o.width > start - it.size);
      if (!crowded && it.x - start >= 0.5 * it.size) out.set(it, start);
    }
  }
  return out;
}

/** A page's items by the table cell they are in, and those in none. */
export interface BoxedItems {
  boxes: Map<string, { box: Box; items: PositionedItem[] }>;
  outside: PositionedItem[];
}

/** A page's items by the table cell they are in (boxOf), and those in none (computed once a page: ruledItems and cutsFigures share it). */
export function boxedItems(page: PositionedPage): BoxedItems {
  const boxes = new Map<string, { box: Box; items: PositionedItem[] }>();
  const outside: PositionedItem[] = [];
  const rules = tableRules(page);
  if (!rules || !rules.h.length || !rules.v.length) return { boxes, outside: [...page.items] };
  for (const it of page.items) {
    const box = boxOf(it, rules.h, rules.v);
    if (!box) {
      outside.push(it);
      continue;
    }
    const key = `${box.top.at}|${box.left.at}|${box.bottom.at}|${box.right.at}`;
    const entry = boxes.get(key) ?? { box, items: [] };
    entry.items.push(it);
    boxes.set(key, entry);
  }
  return { boxes, outside };
}

/**
 * Whether a page's table cells (boxedItems) cut figures down their width: a cell of two lines or
 * more, each a piece of a figure («3,706,50» / «4.22» in a budget sheet's narrow columns).
 */
export function cutsFigures(boxed: BoxedItems): boolean {
  for (const { items } of boxed.boxes.values()) {
    const lines = linesOf(items).map(pieces);
    if (lines.length >= 2 && lines.every((l) => l.length === 1 && FIGURE.test(l[0]!.str.trim()))) return true;
  }
  return false;
}

/** A page's items with its table cells' lines joined and moved up to their rows' tops (see above). */
export function ruledItems(page: PositionedPage, wholeFigures = false, boxed: BoxedItems = boxedItems(page)): PositionedItem[] {
  const rules = page.rules;
  if (!rules || page.words === true || !rules.h.length || !rules.v.length) return page.items;
  const { boxes } = boxed;
  const out = [...boxed.outside];
  if (!boxes.size) return page.items;
  // a box's lines: a stretched one joined; a row holding a line of pieces side by side in a box is not moved
  const apart = new Set<Rule>();
  const cells = [...boxes.values()].map(({ box, items }) => {
    const boxLines = linesOf(items).map(pieces);
    const lines = boxLines.flatMap((l) => {
      const reading = l.length === 1 ? 'join' : stretched(l, box, boxLines);
      if (reading === 'join') return [joined(l)];
      if (reading === 'apart') apart.add(box.top);
      return l;
    });
    if (sideBySide(lines)) apart.add(box.top);
    return { box, lines };
  });
  const column = placeRightAligned(cells, page.items, wholeFigures);
  const withColumn = (it: PositionedItem) => (column.has(it) ? { ...it, column: column.get(it)! } : it);
  // each row's top: the highest first line among the boxes under the same top rule; a row that
  // leaves text between its rules unboxed (a rule missing, a cell drawn without sides) is not moved
  const rows = new Map<Rule, { top: number; bottom: number }>();
  for (const c of cells) {
    const r = rows.get(c.box.top) ?? { top: Infinity, bottom: -Infinity };
    rows.set(c.box.top, { top: Math.min(r.top, c.lines[0]!.y), bottom: Math.max(r.bottom, c.box.bottom.at) });
  }
  for (const it of out) {
    const cx = it.x + it.width / 2;
    const cy = it.y - MIDDLE * it.size;
    for (const [rule, r] of rows) if (cy > rule.at && cy < r.bottom && cx >= rule.from - REACH && cx <= rule.to + REACH) apart.add(rule);
  }
  for (const c of cells) {
    const first = Math.min(...c.lines.map((l) => l.y));
    if (apart.has(c.box.top)) {
      out.push(...c.lines.map(withColumn));
      continue;
    }
    const shift = rows.get(c.box.top)!.top - first;
    for (const l of c.lines) out.push({ ...withColumn(l), y: l.y + shift, placed: l.y });
  }
  return out;
}
