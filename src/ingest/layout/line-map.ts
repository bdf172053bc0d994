/**
 * Line map: the text the parsers read may join several displayed lines into one (a table row
 * whose cells wrap over several lines, read from a PDF), while every figure must cite the line
 * the reader sees (`/informes/{id}/` shows the displayed text). A LineMap says, for each line of
 * the joined text, which displayed lines it was made of; the driver translates the parsers'
 * line numbers back through it (`displayedLine`, `displayedMessage`).
 *
 * Joined lines are runs of consecutive displayed lines, in order, so the map is the 1-based
 * displayed line where each joined line starts: joined line j covers displayed lines
 * `starts[j - 1]` to `starts[j] - 1` (the last one to `displayedLines`).
 *
 * Pure: no state between calls.
 */

export interface LineMap {
  /** `starts[j - 1]`: the first displayed line of joined line j (1-based, increasing). */
  starts: number[];
  /** Number of displayed lines. */
  displayedLines: number;
}

/**
 * Joined text and its map, from the displayed lines and the runs to join (line counts, in order);
 * `join` gets a run's lines and the 0-based index of its first line.
 */
export function joinRuns(
  displayed: readonly string[], runs: readonly number[], join: (lines: string[], first: number) => string,
): { text: string; map: LineMap } {
  const total = runs.reduce((n, r) => n + r, 0);
  if (total !== displayed.length || runs.some((r) => !Number.isInteger(r) || r < 1)) {
    throw new Error(`runs cover ${total} lines, the text has ${displayed.length}`);
  }
  const out: string[] = [];
  const starts: number[] = [];
  let at = 0;
  for (const r of runs) {
    starts.push(at + 1);
    out.push(join(displayed.slice(at, at + r), at));
    at += r;
  }
  return { text: out.join('\n'), map: { starts, displayedLines: displayed.length } };
}

/** The identity map of a text of `lines` lines (nothing joined). */
export function identityMap(lines: number): LineMap {
  return { starts: Array.from({ length: lines }, (_, i) => i + 1), displayedLines: lines };
}

/** True when the map joins nothing. */
export function isIdentity(map: LineMap): boolean {
  return map.starts.length === map.displayedLines;
}

/** The displayed lines [first, last] of joined line `line` (1-based); out of range: the line itself. */
export function displayedSpan(map: LineMap, line: number): [number, number] {
  if (!Number.isInteger(line) || line < 1 || line > map.starts.length) return [line, line];
  const first = map.starts[line - 1]!;
  const last = line < map.starts.length ? map.starts[line]! - 1 : map.displayedLines;
  return [first, last];
}

/**
 * The displayed line to cite for joined line `line`: the first of its span (printed table cells
 * are aligned to the top of their row, so a row's figures are on its first displayed line).
 */
export function displayedLine(map: LineMap, line: number): number {
  return displayedSpan(map, line)[0];
}

/** `displayedLine` for a nullable line. */
export function displayedLineOrNull(map: LineMap, line: number | null): number | null {
  return line === null ? null : displayedLine(map, line);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A message with every "(file:N)" and "(file:N-M)" / "(file:N–M)" citing `file` translated to
 * displayed lines (flag messages end in "problema: valor (archivo:línea)").
 */
export function displayedMessage(map: LineMap, file: string, message: string): string {
  if (isIdentity(map) || !message.includes(file)) return message;
  const re = new RegExp(`\\(${escapeRegExp(file)}:(\\d+)(?:([-–])(\\d+))?\\)`, 'g');
  return message.replace(re, (_m, a: string, dash: string | undefined, b: string | undefined) => {
    const first = displayedLine(map, Number(a));
    if (dash === undefined) return `(${file}:${first})`;
    return `(${file}:${first}${dash}${displayedSpan(map, Number(b))[1]})`;
  });
}
