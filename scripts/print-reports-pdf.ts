/**
 * Prints each bundled text report to PDF with Debian's Chromium (playwright-core, never a
 * downloaded browser), its TAB-separated rows as HTML tables, in several layouts, and converts
 * each PDF with poppler's `pdftotext -layout`: the PDFs and layout texts a reporter would get.
 *
 *   npx tsx scripts/print-reports-pdf.ts [--reports DIR] [--out DIR] [--variants a,b]
 *
 * Writes OUT/<variant>/<report>.pdf and OUT/<variant>/<report>.layout.txt. The text of a report
 * is printed as text (HTML-escaped), line by line; only TAB-separated runs become tables.
 * By default the VARIANTS (test/layout/printed-reports.test.ts); `--variants` names any of
 * VARIANTS, OTHER_VARIANTS (test/layout/other-printed-layouts.test.ts) and HELD_OUT_VARIANTS
 * (scripts/check-layouts.ts, no test), `--variants otras` all of OTHER_VARIANTS, `--variants
 * apartadas` all of HELD_OUT_VARIANTS.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

export interface PrintVariant {
  name: string;
  /** What the variant exercises, for the README of the output. */
  about: string;
  landscape: boolean;
  /** Cell borders drawn (ruled table) or not. */
  ruled: boolean;
  /** CSS page size, e.g. "A4" or "1500mm 600mm". */
  pageSize: string;
  /** Font size in pt. */
  fontPt: number;
  /** `table-layout: fixed` at 100 % width: every column the same narrow width, long cells wrap. */
  narrow: boolean;
  /** Font family: one of FONT_FAMILIES (fonts installed on this machine; default sans, DejaVu Sans). */
  font?: keyof typeof FONT_FAMILIES;
  /** CSS padding of a cell (default "1pt 4pt"). */
  cellPadding?: string;
  /** With `ruled: false`: only horizontal rules, above and below each row (no vertical borders). */
  rowRules?: boolean;
  /** Cells holding only a figure (amount, count, percentage) right-aligned, as spreadsheets print them. */
  numbersRight?: boolean;
  /** Text lines and cells justified (`text-align: justify`): wrapped lines get wider spaces between words. */
  justify?: boolean;
  /** The first row of each table (its header) in bold on a grey background. */
  headerShaded?: boolean;
  /** Every second row of a table on a light grey background. */
  zebra?: boolean;
  /** CSS line-height of the whole page (default: the font's normal line height), e.g. 1.5 for "1.5 lines" spacing. */
  lineHeight?: number;
  /** Cells vertically centred (`vertical-align: middle`), as spreadsheets export them: a short cell sits mid-row. */
  middle?: boolean;
  /** Cells at the bottom of their row (`vertical-align: bottom`, a spreadsheet's default): a short cell sits on the row's last line. */
  bottom?: boolean;
  /** Every cell's text centred (`text-align: center`), as spreadsheet exports often are; wins over numbersRight. */
  centered?: boolean;
  /** The first row of each table (its header) centred. */
  headerCentered?: boolean;
  /** With `ruled`: the cells' CSS border instead of «0.6pt solid #000» (a thick or double rule, as a spreadsheet's totals have). */
  border?: string;
  /** The first cell of every row in bold (a spreadsheet's row labels). */
  boldFirstColumn?: boolean;
  /** The first row of each table (its header) in bold at this size (pt), bigger than the body. */
  headerPt?: number;
  /** CSS word-spacing of the whole page, e.g. "2pt": words further apart than the font's space. */
  wordSpacing?: string;
  /** CSS letter-spacing of the whole page, e.g. "0.4pt": letters spaced out (a word processor's «expanded» text). */
  letterSpacing?: string;
}

/** CSS font-family of each PrintVariant font. */
export const FONT_FAMILIES = {
  sans: '"DejaVu Sans", "Liberation Sans", sans-serif',
  serif: '"DejaVu Serif", "Liberation Serif", serif',
  /** Metric-compatible with Times New Roman. */
  'liberation-serif': '"Liberation Serif", serif',
  /** Metric-compatible with Arial. */
  'liberation-sans': '"Liberation Sans", sans-serif',
  /** Metric-compatible with Arial Narrow. */
  'liberation-sans-narrow': '"Liberation Sans Narrow", sans-serif',
  'dejavu-sans-condensed': '"DejaVu Sans Condensed", sans-serif',
  'dejavu-serif-condensed': '"DejaVu Serif Condensed", serif',
  /** Every letter and space the same width. */
  mono: '"DejaVu Sans Mono", "Liberation Mono", monospace',
  /** Metric-compatible with Calibri, the default of Excel and Word (Debian fonts-crosextra-carlito; without it Chromium falls back to Liberation Sans). */
  carlito: '"Carlito", "Liberation Sans", sans-serif',
  /** Metric-compatible with Cambria (Debian fonts-crosextra-caladea; without it, Liberation Serif). */
  caladea: '"Caladea", "Liberation Serif", serif',
} as const;

export const VARIANTS: readonly PrintVariant[] = [
  { name: 'wide-unruled', about: 'página muy ancha: ninguna celda se parte; sin bordes', landscape: true, ruled: false, pageSize: '1600mm 900mm', fontPt: 8, narrow: false },
  { name: 'wide-ruled', about: 'página muy ancha, tablas con bordes', landscape: true, ruled: true, pageSize: '1600mm 900mm', fontPt: 8, narrow: false },
  { name: 'a4-landscape-ruled', about: 'A4 horizontal con bordes: celdas largas partidas en varias líneas, tablas que cruzan páginas', landscape: true, ruled: true, pageSize: 'A4', fontPt: 7, narrow: false },
  { name: 'a4-portrait-unruled', about: 'A4 vertical sin bordes: columnas estrechas, celdas partidas, tablas que cruzan páginas', landscape: false, ruled: false, pageSize: 'A4', fontPt: 7, narrow: false },
  { name: 'a4-portrait-narrow', about: 'A4 vertical, columnas de igual ancho (table-layout: fixed): todo texto largo se parte', landscape: false, ruled: true, pageSize: 'A4', fontPt: 7, narrow: true },
];

/**
 * Layouts the ingest was not tuned on (issue 12: the check "will also be checked on PDFs laid out
 * differently"): other page sizes and font sizes, a serif font, wider cell padding.
 */
export const OTHER_VARIANTS: readonly PrintVariant[] = [
  { name: 'letter-portrait-ruled-9pt', about: 'carta vertical, 9 pt, con bordes', landscape: false, ruled: true, pageSize: 'Letter', fontPt: 9, narrow: false },
  { name: 'a5-portrait-unruled-6pt-narrow', about: 'A5 vertical, 6 pt, sin bordes, columnas de igual ancho (table-layout: fixed)', landscape: false, ruled: false, pageSize: 'A5', fontPt: 6, narrow: true },
  { name: 'a3-landscape-ruled-10pt', about: 'A3 horizontal, 10 pt, con bordes', landscape: true, ruled: true, pageSize: 'A3', fontPt: 10, narrow: false },
  { name: 'a4-portrait-serif-padded', about: 'A4 vertical, letra con serifas (DejaVu Serif) de 8 pt, con bordes y celdas con relleno amplio (4 pt × 10 pt)', landscape: false, ruled: true, pageSize: 'A4', fontPt: 8, narrow: false, font: 'serif', cellPadding: '4pt 10pt' },
  { name: 'a4-portrait-dejavu-8pt-right', about: 'A4 vertical, DejaVu Sans de 8 pt, con bordes, cifras alineadas a la derecha', landscape: false, ruled: true, pageSize: 'A4', fontPt: 8, narrow: false, numbersRight: true },
  { name: 'letter-portrait-8pt-justified', about: 'carta vertical, 8 pt, sin bordes, texto justificado', landscape: false, ruled: false, pageSize: 'Letter', fontPt: 8, narrow: false, justify: true },
  { name: 'a4-landscape-serif-9pt-spaced', about: 'A4 horizontal, DejaVu Serif de 9 pt, con bordes, interlineado 1,5', landscape: true, ruled: true, pageSize: 'A4', fontPt: 9, narrow: false, font: 'serif', lineHeight: 1.5 },
  { name: 'letter-portrait-sans-8pt-tight', about: 'carta vertical, Liberation Sans de 8 pt, sin bordes, celdas sin relleno vertical (0 × 2 pt)', landscape: false, ruled: false, pageSize: 'Letter', fontPt: 8, narrow: false, font: 'liberation-sans', cellPadding: '0 2pt' },
];

/**
 * A second tuning set, made on 2026-12-05 (session 18): the options only the held-out sets had
 * used so far (rules only between rows, a shaded bold header, zebra rows, narrow and condensed
 * fonts, Times-like serif) in combinations and on paper neither held-out set has. Tuned on like
 * OTHER_VARIANTS (`npm run check:layouts -- --set otras2`); not run by `npm test`.
 */
export const OTHER_VARIANTS_2: readonly PrintVariant[] = [
  { name: 'a4-portrait-narrow-9pt-rows-zebra', about: 'A4 vertical, Liberation Sans Narrow de 9 pt, solo rayas entre filas, filas alternas sombreadas', landscape: false, ruled: false, pageSize: 'A4', fontPt: 9, narrow: false, font: 'liberation-sans-narrow', rowRules: true, zebra: true },
  { name: 'letter-portrait-condensed-8pt-shaded', about: 'carta vertical, DejaVu Sans Condensed de 8 pt, sin bordes, cabecera en negrita sombreada', landscape: false, ruled: false, pageSize: 'Letter', fontPt: 8, narrow: false, font: 'dejavu-sans-condensed', headerShaded: true },
  { name: 'legal-landscape-times-9pt-rows-right', about: 'Legal horizontal, Liberation Serif (como Times) de 9 pt, solo rayas entre filas, cifras a la derecha', landscape: true, ruled: false, pageSize: 'Legal', fontPt: 9, narrow: false, font: 'liberation-serif', rowRules: true, numbersRight: true },
  { name: 'a4-landscape-narrow-7pt-ruled-shaded-tight', about: 'A4 horizontal, Liberation Sans Narrow de 7 pt, con bordes, cabecera en negrita sombreada, celdas sin relleno vertical (0 × 2 pt)', landscape: true, ruled: true, pageSize: 'A4', fontPt: 7, narrow: false, font: 'liberation-sans-narrow', headerShaded: true, cellPadding: '0 2pt' },
  { name: 'b5-portrait-arial-7pt-justified-zebra', about: 'B5 vertical, Liberation Sans (como Arial) de 7 pt, sin bordes, texto justificado, filas alternas sombreadas', landscape: false, ruled: false, pageSize: 'B5', fontPt: 7, narrow: false, font: 'liberation-sans', justify: true, zebra: true },
];

/**
 * A third tuning set, made on 2026-12-05 (session 22) to find what the PDF path still gets wrong on
 * layouts it was not made on, without looking at the held-out sets: larger fonts on long paper,
 * justified text in ruled tables on landscape paper, 1.4 line spacing, «oficio» paper in landscape,
 * a Times-like serif with wide padding. Tuned on like OTHER_VARIANTS (`npm run check:layouts -- --set
 * otras3`); not run by `npm test`.
 */
export const OTHER_VARIANTS_3: readonly PrintVariant[] = [
  { name: 'legal-portrait-serif-10pt-ruled-right', about: 'Legal vertical, DejaVu Serif de 10 pt, con bordes, cifras a la derecha', landscape: false, ruled: true, pageSize: 'Legal', fontPt: 10, narrow: false, font: 'serif', numbersRight: true },
  { name: 'letter-landscape-condensed-8pt-ruled-justified', about: 'carta horizontal, DejaVu Sans Condensed de 8 pt, con bordes, texto justificado', landscape: true, ruled: true, pageSize: 'Letter', fontPt: 8, narrow: false, font: 'dejavu-sans-condensed', justify: true },
  { name: 'a4-portrait-arial-11pt-rows-spaced', about: 'A4 vertical, Liberation Sans (como Arial) de 11 pt, solo rayas entre filas, interlineado 1,4', landscape: false, ruled: false, pageSize: 'A4', fontPt: 11, narrow: false, font: 'liberation-sans', rowRules: true, lineHeight: 1.4 },
  { name: 'oficio-landscape-narrow-8pt-zebra-right', about: 'oficio (330 × 216 mm) horizontal, Liberation Sans Narrow de 8 pt, sin bordes, filas alternas sombreadas, cifras a la derecha', landscape: true, ruled: false, pageSize: '330mm 216mm', fontPt: 8, narrow: false, font: 'liberation-sans-narrow', zebra: true, numbersRight: true },
  { name: 'b5-landscape-times-8pt-ruled-shaded-padded', about: 'B5 horizontal, Liberation Serif (como Times) de 8 pt, con bordes, cabecera en negrita sombreada, relleno 2 × 6 pt', landscape: true, ruled: true, pageSize: 'B5', fontPt: 8, narrow: false, font: 'liberation-serif', headerShaded: true, cellPadding: '2pt 6pt' },
];

/**
 * A fourth tuning set, made on 2026-12-05 (evening) to find what the ingest still gets wrong on layouts
 * it was not made on, without looking at the held-out sets: cells vertically centred and text centred,
 * as spreadsheet exports print them, which no other set has (`npm run check:layouts -- --set otras4`);
 * not run by `npm test`.
 */
export const OTHER_VARIANTS_4: readonly PrintVariant[] = [
  { name: 'a4-landscape-arial-9pt-ruled-middle', about: 'A4 horizontal, Liberation Sans (como Arial) de 9 pt, con bordes, celdas centradas en vertical', landscape: true, ruled: true, pageSize: 'A4', fontPt: 9, narrow: false, font: 'liberation-sans', middle: true },
  { name: 'letter-portrait-serif-9pt-middle-right', about: 'carta vertical, DejaVu Serif de 9 pt, sin bordes, celdas centradas en vertical, cifras a la derecha', landscape: false, ruled: false, pageSize: 'Letter', fontPt: 9, narrow: false, font: 'serif', middle: true, numbersRight: true },
  { name: 'legal-landscape-condensed-8pt-ruled-centered', about: 'Legal horizontal, DejaVu Sans Condensed de 8 pt, con bordes, todo el texto de las celdas centrado', landscape: true, ruled: true, pageSize: 'Legal', fontPt: 8, narrow: false, font: 'dejavu-sans-condensed', centered: true },
  { name: 'a4-portrait-times-10pt-rows-middle-header', about: 'A4 vertical, Liberation Serif (como Times) de 10 pt, solo rayas entre filas, celdas centradas en vertical, cabecera sombreada y centrada', landscape: false, ruled: false, pageSize: 'A4', fontPt: 10, narrow: false, font: 'liberation-serif', rowRules: true, middle: true, headerShaded: true, headerCentered: true },
  { name: 'letter-landscape-narrow-9pt-zebra-centered-middle', about: 'carta horizontal, Liberation Sans Narrow de 9 pt, sin bordes, filas alternas sombreadas, texto centrado en las dos direcciones, relleno 2 × 5 pt', landscape: true, ruled: false, pageSize: 'Letter', fontPt: 9, narrow: false, font: 'liberation-sans-narrow', zebra: true, centered: true, middle: true, cellPadding: '2pt 5pt' },
];

/**
 * A fifth tuning set, made on 2026-12-05 (last session): cells at the bottom of their rows, a
 * spreadsheet's default vertical alignment (`npm run check:layouts -- --set otras5`); not run by
 * `npm test`.
 */
export const OTHER_VARIANTS_5: readonly PrintVariant[] = [
  { name: 'a4-landscape-arial-10pt-ruled-bottom', about: 'A4 horizontal, Liberation Sans (como Arial) de 10 pt, con bordes, celdas abajo en su fila', landscape: true, ruled: true, pageSize: 'A4', fontPt: 10, narrow: false, font: 'liberation-sans', bottom: true },
  { name: 'letter-portrait-serif-8pt-bottom-right', about: 'carta vertical, DejaVu Serif de 8 pt, sin bordes, celdas abajo en su fila, cifras a la derecha', landscape: false, ruled: false, pageSize: 'Letter', fontPt: 8, narrow: false, font: 'serif', bottom: true, numbersRight: true },
  { name: 'legal-landscape-narrow-9pt-rows-bottom', about: 'Legal horizontal, Liberation Sans Narrow de 9 pt, solo rayas entre filas, celdas abajo en su fila', landscape: true, ruled: false, pageSize: 'Legal', fontPt: 9, narrow: false, font: 'liberation-sans-narrow', rowRules: true, bottom: true },
];

/**
 * A sixth tuning set, made on 2026-12-06: wider line spacing and justified text together and with the
 * other options (row rules, zebra rows, figures right-aligned, cells in the middle), on paper and fonts
 * in combinations no other set has (`npm run check:layouts -- --set otras6`); not run by `npm test`.
 */
export const OTHER_VARIANTS_6: readonly PrintVariant[] = [
  { name: 'letter-portrait-sans-9pt-ruled-justified-spaced', about: 'carta vertical, DejaVu Sans de 9 pt, con bordes, texto justificado, interlineado 1,4', landscape: false, ruled: true, pageSize: 'Letter', fontPt: 9, narrow: false, font: 'sans', justify: true, lineHeight: 1.4 },
  { name: 'a4-landscape-serif-9pt-rows-justified-spaced', about: 'A4 horizontal, DejaVu Serif de 9 pt, solo rayas entre filas, texto justificado, interlineado 1,5', landscape: true, ruled: false, pageSize: 'A4', fontPt: 9, narrow: false, font: 'serif', rowRules: true, justify: true, lineHeight: 1.5 },
  { name: 'legal-portrait-arial-9pt-zebra-spaced', about: 'Legal vertical, Liberation Sans (como Arial) de 9 pt, sin bordes, filas alternas sombreadas, interlineado 1,4', landscape: false, ruled: false, pageSize: 'Legal', fontPt: 9, narrow: false, font: 'liberation-sans', zebra: true, lineHeight: 1.4 },
  { name: 'b5-landscape-condensed-8pt-ruled-spaced-right', about: 'B5 horizontal, DejaVu Sans Condensed de 8 pt, con bordes, interlineado 1,3, cifras a la derecha', landscape: true, ruled: true, pageSize: 'B5', fontPt: 8, narrow: false, font: 'dejavu-sans-condensed', lineHeight: 1.3, numbersRight: true },
  { name: 'a4-portrait-times-9pt-ruled-justified-middle', about: 'A4 vertical, Liberation Serif (como Times) de 9 pt, con bordes, texto justificado, celdas centradas en vertical', landscape: false, ruled: true, pageSize: 'A4', fontPt: 9, narrow: false, font: 'liberation-serif', justify: true, middle: true },
];

/**
 * A seventh tuning set, made on 2026-12-06 (session 34) to find what the PDF path still gets wrong on
 * layouts it was not made on, without looking at the held-out sets: equal-width columns (`table-layout:
 * fixed`) with borders and figures right-aligned, a large font on A3 portrait, cells at the bottom with
 * figures right-aligned in Times, centred text with wide line spacing, justified zebra rows in a serif
 * with no vertical padding (`npm run check:layouts -- --set otras7`); not run by `npm test`.
 */
export const OTHER_VARIANTS_7: readonly PrintVariant[] = [
  { name: 'a4-portrait-narrow-8pt-ruled-fixed-right', about: 'A4 vertical, Liberation Sans Narrow de 8 pt, con bordes, columnas de igual ancho (table-layout: fixed), cifras a la derecha', landscape: false, ruled: true, pageSize: 'A4', fontPt: 8, narrow: true, font: 'liberation-sans-narrow', numbersRight: true },
  { name: 'a3-portrait-arial-12pt-rows-middle-padded', about: 'A3 vertical, Liberation Sans (como Arial) de 12 pt, solo rayas entre filas, celdas centradas en vertical, relleno 3 × 8 pt', landscape: false, ruled: false, pageSize: 'A3', fontPt: 12, narrow: false, font: 'liberation-sans', rowRules: true, middle: true, cellPadding: '3pt 8pt' },
  { name: 'letter-landscape-times-10pt-ruled-bottom-right', about: 'carta horizontal, Liberation Serif (como Times) de 10 pt, con bordes, celdas abajo en su fila, cifras a la derecha', landscape: true, ruled: true, pageSize: 'Letter', fontPt: 10, narrow: false, font: 'liberation-serif', bottom: true, numbersRight: true },
  { name: 'legal-portrait-condensed-8pt-centered-spaced', about: 'Legal vertical, DejaVu Sans Condensed de 8 pt, sin bordes, todo el texto de las celdas centrado, interlineado 1,5', landscape: false, ruled: false, pageSize: 'Legal', fontPt: 8, narrow: false, font: 'dejavu-sans-condensed', centered: true, lineHeight: 1.5 },
  { name: 'b5-portrait-serif-8pt-zebra-justified-tight', about: 'B5 vertical, DejaVu Serif de 8 pt, sin bordes, filas alternas sombreadas, texto justificado, celdas sin relleno vertical (0 × 3 pt)', landscape: false, ruled: false, pageSize: 'B5', fontPt: 8, narrow: false, font: 'serif', zebra: true, justify: true, cellPadding: '0 3pt' },
];

/**
 * An eighth tuning set (2026-12-06), in combinations no other set has: A4 landscape in DejaVu Sans 7 pt
 * with zebra rows and cells at the bottom of their row; Letter in Times-like 11 pt with rules between
 * rows, a shaded centred header and figures right-aligned; A5 in Arial-like 6 pt with borders, cells in
 * the middle and almost no padding; B4 in Arial Narrow-like 9 pt, all text centred, rules between rows;
 * «oficio» landscape in Times-like 8 pt with borders, columns of equal width, 1.4 line spacing.
 */
export const OTHER_VARIANTS_8: readonly PrintVariant[] = [
  { name: 'a4-landscape-dejavu-7pt-zebra-bottom', about: 'A4 horizontal, DejaVu Sans de 7 pt, sin bordes, filas alternas sombreadas, celdas abajo en su fila', landscape: true, ruled: false, pageSize: 'A4', fontPt: 7, narrow: false, font: 'sans', zebra: true, bottom: true },
  { name: 'letter-portrait-times-11pt-rows-header-right', about: 'carta vertical, Liberation Serif (como Times) de 11 pt, solo rayas entre filas, cabecera sombreada y centrada, cifras a la derecha', landscape: false, ruled: false, pageSize: 'Letter', fontPt: 11, narrow: false, font: 'liberation-serif', rowRules: true, headerShaded: true, headerCentered: true, numbersRight: true },
  { name: 'a5-portrait-arial-6pt-ruled-middle-tight', about: 'A5 vertical, Liberation Sans (como Arial) de 6 pt, con bordes, celdas centradas en vertical, relleno 0,5 × 1,5 pt', landscape: false, ruled: true, pageSize: 'A5', fontPt: 6, narrow: false, font: 'liberation-sans', middle: true, cellPadding: '0.5pt 1.5pt' },
  { name: 'b4-portrait-narrow-9pt-rows-centered', about: 'B4 vertical, Liberation Sans Narrow de 9 pt, solo rayas entre filas, todo el texto de las celdas centrado', landscape: false, ruled: false, pageSize: 'B4', fontPt: 9, narrow: false, font: 'liberation-sans-narrow', rowRules: true, centered: true },
  { name: 'oficio-landscape-times-8pt-ruled-fixed-spaced', about: 'oficio (330 × 216 mm) horizontal, Liberation Serif (como Times) de 8 pt, con bordes, columnas de igual ancho (table-layout: fixed), interlineado 1,4', landscape: true, ruled: true, pageSize: '330mm 216mm', fontPt: 8, narrow: true, font: 'liberation-serif', lineHeight: 1.4 },
];

/**
 * Layouts held out of all tuning: no test runs them, so `npm run check:layouts` (scripts/check-layouts.ts)
 * measures how the ingest does on layouts it has never seen. Unlike the 9 above, as institutions print:
 * Legal paper in Times-like 11 pt with figures right-aligned; B5 in a narrow font with rules only between
 * rows and a shaded header; Ecuador's «oficio» paper (216 × 330 mm) in a condensed font, zebra rows, no
 * vertical padding; Letter landscape with justified text; A4 at 1.5 line spacing. Never tune the ingest on
 * them; once it has been, add a new held-out set.
 */
export const HELD_OUT_VARIANTS: readonly PrintVariant[] = [
  { name: 'legal-portrait-times-11pt-right', about: 'Legal (8,5 × 14 in) vertical, Liberation Serif (como Times) de 11 pt, con bordes, cifras alineadas a la derecha', landscape: false, ruled: true, pageSize: 'Legal', fontPt: 11, narrow: false, font: 'liberation-serif', numbersRight: true },
  { name: 'b5-portrait-narrow-8pt-rows-shaded', about: 'B5 vertical, Liberation Sans Narrow de 8 pt, solo rayas entre filas, cabecera en negrita sombreada', landscape: false, ruled: false, pageSize: 'B5', fontPt: 8, narrow: false, font: 'liberation-sans-narrow', rowRules: true, headerShaded: true },
  { name: 'oficio-condensed-7pt-zebra-tight', about: 'oficio (216 × 330 mm), DejaVu Sans Condensed de 7 pt, sin bordes, filas alternas sombreadas, celdas sin relleno vertical (0 × 3 pt)', landscape: false, ruled: false, pageSize: '216mm 330mm', fontPt: 7, narrow: false, font: 'dejavu-sans-condensed', zebra: true, cellPadding: '0 3pt' },
  { name: 'letter-landscape-arial-9pt-justified', about: 'carta horizontal, Liberation Sans (como Arial) de 9 pt, con bordes, texto justificado', landscape: true, ruled: true, pageSize: 'Letter', fontPt: 9, narrow: false, font: 'liberation-sans', justify: true },
  { name: 'a4-portrait-arial-10pt-spaced-right', about: 'A4 vertical, Liberation Sans de 10 pt, interlineado 1,5, solo rayas entre filas, cifras alineadas a la derecha', landscape: false, ruled: false, pageSize: 'A4', fontPt: 10, narrow: false, font: 'liberation-sans', rowRules: true, numbersRight: true, lineHeight: 1.5 },
];

/**
 * A second held-out set, made on 2026-12-04 after rules had been made looking at the first (see
 * docs/held-out-layouts.md): the same optional options in combinations no other set has, on other
 * paper and fonts. Never tune the ingest on them either (`npm run check:layouts -- --set apartadas2`).
 */
export const HELD_OUT_VARIANTS_2: readonly PrintVariant[] = [
  { name: 'b4-landscape-times-10pt-zebra-right', about: 'B4 horizontal, Liberation Serif (como Times) de 10 pt, sin bordes, filas alternas sombreadas, cifras a la derecha', landscape: true, ruled: false, pageSize: 'B4', fontPt: 10, narrow: false, font: 'liberation-serif', zebra: true, numbersRight: true },
  { name: 'a4-portrait-condensed-8pt-ruled-justified-spaced', about: 'A4 vertical, DejaVu Sans Condensed de 8 pt, con bordes, texto justificado, interlineado 1,3', landscape: false, ruled: true, pageSize: 'A4', fontPt: 8, narrow: false, font: 'dejavu-sans-condensed', justify: true, lineHeight: 1.3 },
  { name: 'ledger-landscape-arial-11pt-rows-shaded', about: 'tabloide (11 × 17 in) horizontal, Liberation Sans (como Arial) de 11 pt, solo rayas entre filas, cabecera en negrita sombreada', landscape: true, ruled: false, pageSize: 'Ledger', fontPt: 11, narrow: false, font: 'liberation-sans', rowRules: true, headerShaded: true },
  { name: 'letter-portrait-narrow-7pt-ruled-tight-right', about: 'carta vertical, Liberation Sans Narrow de 7 pt, con bordes, relleno 0,5 × 2 pt, cifras a la derecha', landscape: false, ruled: true, pageSize: 'Letter', fontPt: 7, narrow: false, font: 'liberation-sans-narrow', cellPadding: '0.5pt 2pt', numbersRight: true },
  { name: 'a5-landscape-serif-7pt-padded-fixed', about: 'A5 horizontal, DejaVu Serif de 7 pt, sin bordes, relleno 3 × 6 pt, columnas de igual ancho (table-layout: fixed)', landscape: true, ruled: false, pageSize: 'A5', fontPt: 7, narrow: true, font: 'serif', cellPadding: '3pt 6pt' },
];

/**
 * A ninth tuning set (2026-12-07), in combinations no other set has: A4 in DejaVu Sans Condensed 9 pt
 * with borders, cells at the bottom of their row and all text centred; Letter landscape in DejaVu Serif
 * 8 pt with zebra rows, cells in the middle and figures right-aligned; Legal in Arial Narrow-like 10 pt
 * with rules between rows, justified text and a shaded centred header; B5 in Times-like 9 pt with
 * borders, columns of equal width and wide padding; A3 landscape in DejaVu Sans 7 pt without rules,
 * 1.3 line spacing and cells at the bottom.
 */
export const OTHER_VARIANTS_9: readonly PrintVariant[] = [
  { name: 'a4-portrait-condensed-9pt-ruled-bottom-centered', about: 'A4 vertical, DejaVu Sans Condensed de 9 pt, con bordes, celdas abajo en su fila, todo el texto centrado', landscape: false, ruled: true, pageSize: 'A4', fontPt: 9, narrow: false, font: 'dejavu-sans-condensed', bottom: true, centered: true },
  { name: 'letter-landscape-serif-8pt-zebra-middle-right', about: 'carta horizontal, DejaVu Serif de 8 pt, sin bordes, filas alternas sombreadas, celdas centradas en vertical, cifras a la derecha', landscape: true, ruled: false, pageSize: 'Letter', fontPt: 8, narrow: false, font: 'serif', zebra: true, middle: true, numbersRight: true },
  { name: 'legal-portrait-narrow-10pt-rows-justified-header', about: 'Legal vertical, Liberation Sans Narrow de 10 pt, solo rayas entre filas, texto justificado, cabecera sombreada y centrada', landscape: false, ruled: false, pageSize: 'Legal', fontPt: 10, narrow: false, font: 'liberation-sans-narrow', rowRules: true, justify: true, headerShaded: true, headerCentered: true },
  { name: 'b5-portrait-times-9pt-ruled-fixed-padded', about: 'B5 vertical, Liberation Serif (como Times) de 9 pt, con bordes, columnas de igual ancho (table-layout: fixed), relleno 2 × 6 pt', landscape: false, ruled: true, pageSize: 'B5', fontPt: 9, narrow: true, font: 'liberation-serif', cellPadding: '2pt 6pt' },
  { name: 'a3-landscape-sans-7pt-spaced-bottom', about: 'A3 horizontal, DejaVu Sans de 7 pt, sin bordes, interlineado 1,3, celdas abajo en su fila', landscape: true, ruled: false, pageSize: 'A3', fontPt: 7, narrow: false, font: 'sans', lineHeight: 1.3, bottom: true },
];

/**
 * Tuning set «otras10»: the fonts of office exports (Calibri and Cambria, through their
 * metric-compatible Carlito and Caladea) and two kinds of type no set had (monospaced, condensed
 * serif).
 */
export const OTHER_VARIANTS_10: readonly PrintVariant[] = [
  { name: 'a4-landscape-carlito-8pt-ruled', about: 'A4 horizontal, Carlito (como Calibri) de 8 pt, con bordes, como una hoja de cálculo exportada', landscape: true, ruled: true, pageSize: 'A4', fontPt: 8, narrow: false, font: 'carlito' },
  { name: 'letter-portrait-carlito-10pt-rows-right-padded', about: 'carta vertical, Carlito (como Calibri) de 10 pt, solo rayas entre filas, cifras a la derecha, relleno 3 × 5 pt', landscape: false, ruled: false, pageSize: 'Letter', fontPt: 10, narrow: false, font: 'carlito', rowRules: true, numbersRight: true, cellPadding: '3pt 5pt' },
  { name: 'legal-landscape-caladea-9pt-zebra-bottom', about: 'Legal horizontal, Caladea (como Cambria) de 9 pt, sin bordes, filas alternas sombreadas, celdas abajo en su fila', landscape: true, ruled: false, pageSize: 'Legal', fontPt: 9, narrow: false, font: 'caladea', zebra: true, bottom: true },
  { name: 'a4-portrait-mono-7pt-ruled-middle', about: 'A4 vertical, DejaVu Sans Mono de 7 pt (todas las letras y espacios del mismo ancho), con bordes, celdas centradas en vertical', landscape: false, ruled: true, pageSize: 'A4', fontPt: 7, narrow: false, font: 'mono', middle: true },
  { name: 'letter-landscape-serif-condensed-7pt-centered-tight', about: 'carta horizontal, DejaVu Serif Condensed de 7 pt, sin bordes, todo el texto centrado, interlineado 1,0', landscape: true, ruled: false, pageSize: 'Letter', fontPt: 7, narrow: false, font: 'dejavu-serif-condensed', centered: true, lineHeight: 1.0 },
];

/**
 * Tuning set «otras11»: rules and type no set had: double and thick borders, bold row labels, a
 * header bigger than the body, words and letters spaced out.
 */
export const OTHER_VARIANTS_11: readonly PrintVariant[] = [
  { name: 'a4-landscape-arial-8pt-double-bold', about: 'A4 horizontal, Liberation Sans (como Arial) de 8 pt, bordes dobles de 2,5 pt, primera columna en negrita', landscape: true, ruled: true, pageSize: 'A4', fontPt: 8, narrow: false, font: 'liberation-sans', border: '2.5pt double #000', boldFirstColumn: true },
  { name: 'letter-portrait-serif-9pt-thick-header-large', about: 'carta vertical, DejaVu Serif de 9 pt, bordes de 1,5 pt, cabecera en negrita de 11 pt', landscape: false, ruled: true, pageSize: 'Letter', fontPt: 9, narrow: false, font: 'serif', border: '1.5pt solid #000', headerPt: 11 },
  { name: 'legal-landscape-carlito-9pt-wordspaced-zebra', about: 'Legal horizontal, Carlito (como Calibri) de 9 pt, sin bordes, 2 pt más entre palabras, filas alternas sombreadas', landscape: true, ruled: false, pageSize: 'Legal', fontPt: 9, narrow: false, font: 'carlito', wordSpacing: '2pt', zebra: true },
  { name: 'a4-portrait-sans-8pt-letterspaced-rows', about: 'A4 vertical, DejaVu Sans de 8 pt, letras separadas 0,4 pt, solo rayas entre filas', landscape: false, ruled: false, pageSize: 'A4', fontPt: 8, narrow: false, font: 'sans', letterSpacing: '0.4pt', rowRules: true },
  { name: 'b5-landscape-caladea-8pt-ruled-middle-bold', about: 'B5 horizontal, Caladea (como Cambria) de 8 pt, con bordes, celdas centradas en vertical, primera columna en negrita', landscape: true, ruled: true, pageSize: 'B5', fontPt: 8, narrow: false, font: 'caladea', middle: true, boldFirstColumn: true },
];

/**
 * Tuning set «otras12»: the options of «otras10» and «otras11» in other combinations (monospaced
 * text without borders, a bigger header over double rules, spaced letters in justified cells).
 */
export const OTHER_VARIANTS_12: readonly PrintVariant[] = [
  { name: 'a4-portrait-carlito-7pt-ruled-centered-bottom', about: 'A4 vertical, Carlito (como Calibri) de 7 pt, con bordes, todo centrado, celdas abajo en su fila', landscape: false, ruled: true, pageSize: 'A4', fontPt: 7, narrow: false, font: 'carlito', centered: true, bottom: true },
  { name: 'letter-landscape-mono-8pt-rows-zebra', about: 'carta horizontal, DejaVu Sans Mono de 8 pt, solo rayas entre filas, filas alternas sombreadas', landscape: true, ruled: false, pageSize: 'Letter', fontPt: 8, narrow: false, font: 'mono', rowRules: true, zebra: true },
  { name: 'legal-portrait-caladea-10pt-double-header-large', about: 'Legal vertical, Caladea (como Cambria) de 10 pt, bordes dobles de 2,5 pt, cabecera en negrita de 12 pt', landscape: false, ruled: true, pageSize: 'Legal', fontPt: 10, narrow: false, font: 'caladea', border: '2.5pt double #000', headerPt: 12 },
  { name: 'b5-portrait-serif-condensed-8pt-letterspaced-justified', about: 'B5 vertical, DejaVu Serif Condensed de 8 pt, sin bordes, letras separadas 0,3 pt, texto justificado', landscape: false, ruled: false, pageSize: 'B5', fontPt: 8, narrow: false, font: 'dejavu-serif-condensed', letterSpacing: '0.3pt', justify: true },
  { name: 'a3-landscape-carlito-10pt-wordspaced-middle-bold', about: 'A3 horizontal, Carlito (como Calibri) de 10 pt, con bordes, 3 pt más entre palabras, celdas en el medio, primera columna en negrita', landscape: true, ruled: true, pageSize: 'A3', fontPt: 10, narrow: false, font: 'carlito', wordSpacing: '3pt', middle: true, boldFirstColumn: true },
];

/** The variants named (from every set; "otras", "otras2", "otras3", "otras4", "otras5", "otras6", "otras7", "otras8", "otras9", "otras10", "otras11", "otras12": all of OTHER_VARIANTS, OTHER_VARIANTS_2, OTHER_VARIANTS_3, OTHER_VARIANTS_4, OTHER_VARIANTS_5, OTHER_VARIANTS_6, OTHER_VARIANTS_7, OTHER_VARIANTS_8, OTHER_VARIANTS_9, OTHER_VARIANTS_10, OTHER_VARIANTS_11, OTHER_VARIANTS_12; "apartadas", "apartadas2": all of HELD_OUT_VARIANTS, HELD_OUT_VARIANTS_2); an unknown name throws. */
export function variantsNamed(names: readonly string[]): PrintVariant[] {
  const all = [...VARIANTS, ...OTHER_VARIANTS, ...OTHER_VARIANTS_2, ...OTHER_VARIANTS_3, ...OTHER_VARIANTS_4, ...OTHER_VARIANTS_5, ...OTHER_VARIANTS_6, ...OTHER_VARIANTS_7, ...OTHER_VARIANTS_8, ...OTHER_VARIANTS_9, ...OTHER_VARIANTS_10, ...OTHER_VARIANTS_11, ...OTHER_VARIANTS_12, ...HELD_OUT_VARIANTS, ...HELD_OUT_VARIANTS_2];
  return names.flatMap((n) => {
    if (n === 'otras') return [...OTHER_VARIANTS];
    if (n === 'otras2') return [...OTHER_VARIANTS_2];
    if (n === 'otras3') return [...OTHER_VARIANTS_3];
    if (n === 'otras4') return [...OTHER_VARIANTS_4];
    if (n === 'otras5') return [...OTHER_VARIANTS_5];
    if (n === 'otras6') return [...OTHER_VARIANTS_6];
    if (n === 'otras7') return [...OTHER_VARIANTS_7];
    if (n === 'otras8') return [...OTHER_VARIANTS_8];
    if (n === 'otras9') return [...OTHER_VARIANTS_9];
    if (n === 'otras10') return [...OTHER_VARIANTS_10];
    if (n === 'otras11') return [...OTHER_VARIANTS_11];
    if (n === 'otras12') return [...OTHER_VARIANTS_12];
    if (n === 'apartadas') return [...HELD_OUT_VARIANTS];
    if (n === 'apartadas2') return [...HELD_OUT_VARIANTS_2];
    const v = all.find((x) => x.name === n);
    if (!v) throw new Error(`variante desconocida: ${n} (hay ${all.map((x) => x.name).join(', ')}, otras, otras2, otras3, otras4, otras5, otras6, otras7, otras8, otras9, otras10, otras11, otras12, apartadas, apartadas2)`);
    return [v];
  });
}

/** CSS page size: a named size (A4, Letter...) with its orientation; an explicit size as it is. */
function pageSizeCss(v: PrintVariant): string {
  return /^[A-Za-z]+\d*$/.test(v.pageSize) ? `${v.pageSize} ${v.landscape ? 'landscape' : 'portrait'}` : v.pageSize;
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A cell holding only a figure: digits with money, percent, sign and separator marks ("$1.149.741,23", "95 %"). */
const isFigure = (cell: string) => /\d/.test(cell) && /^[\s$%+\-.,\d()]+$/.test(cell);

/** The cell's HTML: a figure gets class "n" (right-aligned) when the variant asks for it. */
const cellHtml = (c: string, v: PrintVariant) => (v.numbersRight && isFigure(c) ? `<td class="n">${escapeHtml(c)}</td>` : `<td>${escapeHtml(c)}</td>`);

/**
 * CSS rules of the optional PrintVariant options, after the base rules so they win; "" when the
 * variant sets none of them, which keeps the page of the older variants byte for byte.
 */
function optionalCss(v: PrintVariant): string {
  const rules: string[] = [];
  if (v.lineHeight !== undefined) rules.push(`body { line-height: ${v.lineHeight}; }`);
  if (v.rowRules && !v.ruled) rules.push('td { border-top: 0.6pt solid #000; border-bottom: 0.6pt solid #000; }');
  if (v.justify) rules.push('.l, td { text-align: justify; }');
  if (v.numbersRight) rules.push('td.n { text-align: right; }');
  if (v.zebra) rules.push('tr:nth-child(even) td { background: #e8e8e8; }');
  if (v.headerShaded) rules.push('tr:first-child td { background: #c8c8c8; font-weight: bold; }');
  if (v.middle) rules.push('td { vertical-align: middle; }');
  if (v.bottom) rules.push('td { vertical-align: bottom; }');
  if (v.centered) rules.push('td, td.n { text-align: center; }');
  if (v.headerCentered) rules.push('tr:first-child td { text-align: center; }');
  if (v.boldFirstColumn) rules.push('td:first-child { font-weight: bold; }');
  if (v.headerPt !== undefined) rules.push(`tr:first-child td { font-size: ${v.headerPt}pt; font-weight: bold; }`);
  if (v.wordSpacing !== undefined) rules.push(`body { word-spacing: ${v.wordSpacing}; }`);
  if (v.letterSpacing !== undefined) rules.push(`body { letter-spacing: ${v.letterSpacing}; }`);
  return rules.map((r) => `${r}\n`).join('');
}

/** Backgrounds are printed only for the variants that shade something (the older ones print none). */
const printsBackground = (v: PrintVariant) => Boolean(v.zebra || v.headerShaded);

/** The report as an HTML page: runs of TAB lines as tables (one row per line), other lines as they are. */
export function reportHtml(text: string, v: PrintVariant): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const body: string[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!lines[i]!.includes('\t')) {
      const l = lines[i]!;
      body.push(l.trim() ? `<div class="l">${escapeHtml(l)}</div>` : '<div class="l">&#160;</div>');
      i++;
      continue;
    }
    const rows: string[][] = [];
    while (i < lines.length && lines[i]!.includes('\t')) rows.push(lines[i++]!.split('\t'));
    const width = Math.max(...rows.map((r) => r.length));
    body.push('<table>');
    for (const r of rows) {
      const cells = [...r, ...new Array<string>(width - r.length).fill('')];
      body.push(`<tr>${cells.map((c) => cellHtml(c, v)).join('')}</tr>`);
    }
    body.push('</table>');
  }
  const border = v.ruled ? v.border ?? '0.6pt solid #000' : 'none';
  const family = FONT_FAMILIES[v.font ?? 'sans'];
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><style>
@page { size: ${pageSizeCss(v)}; margin: 12mm; }
body { font-family: ${family}; font-size: ${v.fontPt}pt; margin: 0; }
.l { white-space: pre-wrap; min-height: 1.2em; }
table { border-collapse: collapse; margin: 0; ${v.narrow ? 'width: 100%; table-layout: fixed;' : ''} }
td { border: ${border}; padding: ${v.cellPadding ?? '1pt 4pt'}; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
tr { break-inside: avoid; }
${optionalCss(v)}</style></head><body>
${body.join('\n')}
</body></html>`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** Prints every .txt report of `reportsDir` in every variant; returns the written layout-text paths. */
export async function printReports(reportsDir: string, outDir: string, variants: readonly PrintVariant[] = VARIANTS): Promise<string[]> {
  const files = readdirSync(reportsDir).filter((f) => f.endsWith('.txt')).sort();
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    const page = await browser.newPage();
    for (const v of variants) {
      const dir = join(outDir, v.name);
      mkdirSync(dir, { recursive: true });
      for (const f of files) {
        const html = reportHtml(readFileSync(join(reportsDir, f), 'utf8'), v);
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = join(dir, f.replace(/\.txt$/, '.pdf'));
        await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: printsBackground(v) });
        const layout = pdf.replace(/\.pdf$/, '.layout.txt');
        execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, layout]);
        written.push(layout);
      }
    }
  } finally {
    await browser.close();
  }
  return written;
}

/**
 * The reports of `reportsDir` printed in `variants` (printReports), made once per content (this
 * script, the variants and the reports) in a folder under the system's temporary directory, and that folder's
 * path. Several processes may ask at once: each prints into its own folder, the first to finish
 * gives the shared name to its own, the others keep theirs.
 */
export async function printedReportsCached(
  reportsDir: string,
  variants: readonly PrintVariant[] = VARIANTS,
  prefix = 'cuentas-abiertas-printed',
): Promise<string> {
  const reports = readdirSync(reportsDir).filter((f) => f.endsWith('.txt')).sort();
  const h = createHash('sha256');
  h.update(readFileSync(new URL(import.meta.url)));
  h.update(JSON.stringify(variants));
  for (const f of reports) h.update(f).update(readFileSync(join(reportsDir, f)));
  const dir = join(tmpdir(), `${prefix}-${h.digest('hex').slice(0, 16)}`);
  if (existsSync(join(dir, 'done'))) return dir;
  const work = `${dir}.${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  await printReports(reportsDir, work, variants);
  mkdirSync(join(work, 'done'));
  // another run may have finished first: then keep ours where it is
  if (existsSync(join(dir, 'done'))) return work;
  try {
    rmSync(dir, { recursive: true, force: true });
    renameSync(work, dir);
    return dir;
  } catch {
    return work;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { reports: { type: 'string' }, out: { type: 'string' }, variants: { type: 'string' } } });
  const reports = resolve(values.reports ?? 'data/reports');
  const out = resolve(values.out ?? '.tmp-pdf');
  const variants = values.variants ? variantsNamed(values.variants.split(',')) : VARIANTS;
  const written = await printReports(reports, out, variants);
  writeFileSync(join(out, 'README.md'), `# PDFs de los informes incluidos\n\nGenerados por scripts/print-reports-pdf.ts.\n\n${variants.map((v) => `- \`${v.name}\`: ${v.about}`).join('\n')}\n`);
  for (const w of written) process.stderr.write(`${basename(w)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  });
}
