/**
 * Table cells of one text line, for parsers that read tables by column.
 *
 * Two inputs reach the parsers:
 * - TAB-separated lines (a layout-recovery stage turned a PDF table into cells, empty cells
 *   kept): cell i is column i, so a cell's position is its index;
 * - space-aligned layout text (`pdftotext -layout`): cells are runs of text separated by two or
 *   more spaces, and a cell's position is its character column.
 *
 * Either way a cell carries `start`/`end` in the same unit as the header cells of its table,
 * so `nearestColumn` maps a data cell to the header it sits under.
 */

export interface Cell {
  text: string;
  /** First character column (space-aligned) or cell index (TAB-separated). */
  start: number;
  /** One past the last character column, or the cell index + 1. */
  end: number;
  /** Whether the line was TAB-separated (positions are indexes). */
  tabbed: boolean;
}

/** Whether a line is TAB-separated (then positions are cell indexes). */
export function isTabbed(line: string): boolean {
  return line.includes('\t');
}

/**
 * Non-empty cells of a line with their positions. Form feeds (page breaks kept by pdftotext)
 * count as spaces. In space-aligned text a single space stays inside a cell ("0 Kg/Año").
 */
export function splitCells(line: string): Cell[] {
  const clean = line.replace(/[\f\r\v]/g, ' ');
  const out: Cell[] = [];
  if (isTabbed(clean)) {
    clean.split('\t').forEach((raw, i) => {
      const text = raw.replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, start: i, end: i + 1, tabbed: true });
    });
    return out;
  }
  for (const m of clean.matchAll(/\S+(?: \S+)*/g)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, tabbed: false });
  }
  return out;
}

/** Index of the header column whose centre is nearest to the cell's centre (-1 when no headers). */
export function nearestColumn(cell: Cell, headers: readonly Cell[]): number {
  let best = -1;
  let bestDistance = Infinity;
  const centre = (cell.start + cell.end) / 2;
  headers.forEach((h, i) => {
    const d = Math.abs((h.start + h.end) / 2 - centre);
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/** Whether two cells overlap horizontally (TAB cells overlap when they share an index). */
export function overlaps(a: Cell, b: Cell): boolean {
  return a.start < b.end && b.start < a.end;
}
