/**
 * Text measurement without a browser: charts are rendered at build time, so label widths are
 * estimated from Helvetica/Arial advance widths (in thousandths of an em) and padded by
 * `SAFETY` because the page font (system-ui: San Francisco, Segoe UI, Roboto) runs a little
 * wider. Accented letters measure as their base letter ("Ó" as "O").
 *
 * Used to size margins and to wrap or truncate long labels so nothing is clipped.
 */

const SAFETY = 1.15;
const BOLD = 1.12;

// Advance widths (1/1000 em) of Arial/Helvetica.
const WIDTHS: Record<string, number> = {
  ' ': 278, '\u00a0': 278, '!': 278, '"': 355, '#': 556, $: 556, '%': 889, '&': 667, "'": 191,
  '(': 333, ')': 333, '*': 389, '+': 584, ',': 278, '-': 333, '.': 278, '/': 278, ':': 278,
  ';': 278, '<': 584, '=': 584, '>': 584, '?': 556, '@': 1015, '[': 278, ']': 278, _: 556,
  '·': 278, '…': 1000, '–': 556, '—': 1000, '“': 333, '”': 333, '‘': 222, '’': 222, '«': 556,
  '»': 556, '°': 400, 'º': 370, 'ª': 370, '¿': 611, '¡': 333,
  a: 556, b: 556, c: 500, d: 556, e: 556, f: 278, g: 556, h: 556, i: 222, j: 222, k: 500,
  l: 222, m: 833, n: 556, o: 556, p: 556, q: 556, r: 333, s: 500, t: 278, u: 556, v: 500,
  w: 722, x: 500, y: 500, z: 500,
  A: 667, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 722, I: 278, J: 500, K: 667,
  L: 556, M: 833, N: 722, O: 778, P: 667, Q: 778, R: 722, S: 667, T: 611, U: 722, V: 667,
  W: 944, X: 667, Y: 667, Z: 611,
};
const DIGIT = 556;
const FALLBACK = 600;

function charWidth(ch: string): number {
  const w = WIDTHS[ch];
  if (w !== undefined) return w;
  if (ch >= '0' && ch <= '9') return DIGIT;
  const base = ch.normalize('NFD')[0];
  if (base !== undefined && base !== ch) {
    const b = WIDTHS[base];
    if (b !== undefined) return b;
  }
  return FALLBACK;
}

/** Estimated rendered width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let sum = 0;
  for (const ch of text) sum += charWidth(ch);
  return (sum / 1000) * fontSize * SAFETY * (bold ? BOLD : 1);
}

export interface Wrapped {
  /** Lines to print (at most maxLines; the last one ends in "…" when text was cut). */
  lines: string[];
  /** Whether text was cut: the caller then puts the full text in a <title>. */
  truncated: boolean;
}

/** Collapses whitespace, trims. */
export function cleanLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts `text` so that `text + "…"` fits `maxWidth`. */
function ellipsize(text: string, maxWidth: number, fontSize: number, bold: boolean): string {
  let out = text.trimEnd();
  while (out.length > 0 && textWidth(`${out}…`, fontSize, bold) > maxWidth) {
    out = [...out].slice(0, -1).join('').trimEnd();
  }
  return `${out}…`;
}

/**
 * Greedy word wrap into at most `maxLines` lines of `maxWidth` px. A word wider than a line
 * is cut with "…". When text remains after the last line, that line is cut with "…".
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 2, bold = false): Wrapped {
  const words = cleanLabel(text).split(' ').filter((w) => w.length > 0);
  const lines: string[] = [];
  let truncated = false;
  let current = '';
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i]!;
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, fontSize, bold) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) {
      lines.push(current);
      current = '';
      if (lines.length === maxLines) break;
      i--; // retry this word on a fresh line
      continue;
    }
    // A single word wider than the line.
    lines.push(ellipsize(word, maxWidth, fontSize, bold));
    truncated = true;
    if (lines.length === maxLines) {
      i++;
      break;
    }
  }
  if (current && lines.length < maxLines) {
    lines.push(current);
  } else if (i < words.length || current) {
    // Text left over: cut the last line.
    const last = lines.pop() ?? '';
    const rest = [last, current, ...words.slice(i)].filter((w) => w.length > 0).join(' ');
    lines.push(ellipsize(rest.slice(0, last.length + 1), maxWidth, fontSize, bold));
    truncated = true;
  }
  return { lines: lines.length ? lines : [''], truncated };
}
