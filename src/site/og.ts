/**
 * Social cards (Open Graph / Twitter, 600×315 PNG drawn on a 1200×630 canvas) generated at build time: what a card
 * says for an institution (its headline figure and the source line it comes from), for a
 * comparison and for the site, laid out as an SVG and rasterized with resvg. Deterministic:
 * the same data and fonts give the same bytes (no dates, no randomness).
 */
import { Resvg } from '@resvg/resvg-js';
import { encode } from 'fast-png';
import type { Datasets } from '../schema/datasets.ts';
import { wrapText } from '../charts/text.ts';
import { budgetComparison, goalsComparison, procurementComparison } from './compare.ts';
import { sercopComparison } from './contracts.ts';
import { int, pct, sourceRef, usd } from './format.ts';
import { goalsCardLine } from './headline.ts';
import type { InstitutionProfile } from './profile.ts';
import { SITE_NAME } from './reporter.ts';

import { OG_HEIGHT, OG_PNG_WIDTH, OG_WIDTH } from './og-size.ts';

export { OG_HEIGHT, OG_PNG_HEIGHT, OG_PNG_WIDTH, OG_WIDTH } from './og-size.ts';

export interface Card {
  /** Who or what: institution name, comparison title. */
  title: string;
  /** The headline figure as a sentence ("Ejecutó 40,39 % de su presupuesto"). */
  headline: string;
  /** One line of context (amounts, year). */
  detail: string | null;
  /** A second figure, smaller (e.g. the goals total under the budget). */
  more?: string | null;
  /** Where the figure comes from ("Fuente: archivo.txt:164"). */
  source: string | null;
}

/** The card of an institution: its most telling figure, most recent report first. */
export function institutionCard(p: InstitutionProfile): Card {
  // An unidentified unit's partial report says so in the title: never its institution's own figures.
  const unit = p.institution.type === 'unidad no identificada';
  const title = unit ? `${p.institution.name} — informe parcial` : p.institution.name;
  const b = p.budget[0];
  const g = p.goals[0];
  if (b && b.headline.pct !== null) {
    const reported = b.summary?.basis === 'reported';
    const line = b.summary ? sourceRef(b.summary.source_file, b.summary.source_line, b.report.page_starts) : b.report.source_file;
    return {
      title,
      headline: reported ? `${unit ? 'Esta unidad ejecutó' : 'Ejecutó'} ${pct(b.headline.pct)} de su presupuesto` : `Sus proyectos ejecutaron ${pct(b.headline.pct)} de lo codificado`,
      detail: `${usd(b.headline.executed)} de ${usd(b.headline.planned)} · ${b.report.year}`,
      more: goalsCardLine(p, b.report.year),
      source: `Fuente: ${line}`,
    };
  }
  if (g && g.reportedTotal !== null) {
    return {
      title,
      headline: `Cumplimiento de metas ${pct(g.reportedTotal)}`,
      detail: g.cappedMean !== null && g.cappedMean !== g.reportedTotal
        ? `Con cada meta limitada a 100 %: ${pct(g.cappedMean)} · ${g.report.year}`
        : `Declarado en el informe de ${g.report.year}`,
      source: `Fuente: ${g.report.source_file}`,
    };
  }
  const pr = p.procurement[0];
  if (pr && pr.totals.awarded_amount !== null) {
    return {
      title,
      headline: `Adjudicó ${usd(pr.totals.awarded_amount)} en contratación pública`,
      detail: `${int(pr.totals.awarded_count)} procesos · ${pr.report.year}`,
      source: `Fuente: ${pr.report.source_file}`,
    };
  }
  if (g && g.goals.length) {
    return {
      title,
      headline: `${int(g.goals.length)} metas publicadas`,
      detail: g.targetsOnly ? `Solo valores planificados · ${g.report.year}` : `${g.report.year}`,
      source: `Fuente: ${g.report.source_file}`,
    };
  }
  if (p.commitments.length) {
    const n = p.commitments.length;
    return {
      title,
      headline: `Responsable de ${n} ${n === 1 ? 'compromiso' : 'compromisos'} de Gobierno Abierto`,
      detail: null,
      source: `Fuente: ${p.commitments[0]!.commitment.source_file}`,
    };
  }
  const r = p.reports[0]?.report;
  if (r) return { title, headline: r.title, detail: `Periodo ${r.period}`, source: `Fuente: ${r.source_file}` };
  return { title, headline: 'Todavía sin informes en el explorador', detail: null, source: null };
}

export const COMPARISON_TITLES = {
  presupuesto: 'Ejecución presupuestaria',
  metas: 'Cumplimiento de metas',
  contratacion: 'Contratación pública',
  'contratacion-sercop': 'Contratación según el SERCOP',
} as const;

/** The card of a comparison: its takeaway over every row. */
export function comparisonCard(ds: Datasets, name: keyof typeof COMPARISON_TITLES): Card {
  if (name === 'contratacion-sercop') {
    const s = sercopComparison(ds);
    return {
      title: `Comparar: ${COMPARISON_TITLES[name]}`,
      headline: firstClause(s.takeaway),
      detail: `${s.rows.length} ${s.rows.length === 1 ? 'institución-año' : 'instituciones-año'} de ${new Set(s.rows.map((r) => r.institution_id)).size} compradores`,
      source: 'Datos abiertos de contratación pública del SERCOP (OCDS)',
    };
  }
  const c = name === 'presupuesto' ? budgetComparison(ds) : name === 'metas' ? goalsComparison(ds) : procurementComparison(ds);
  const n = c.rows.length;
  return {
    title: `Comparar: ${COMPARISON_TITLES[name]}`,
    headline: firstClause(c.takeaway),
    detail: `${n} ${n === 1 ? 'informe' : 'informes'} de ${new Set(c.rows.map((r) => r.institution_id)).size} instituciones`,
    source: 'Cada cifra enlaza a la línea del informe de donde sale',
  };
}

/** The first clause of a takeaway ("A; b." → "A."), for a card that reads at a glance. */
export function firstClause(s: string): string {
  const i = s.indexOf('; ');
  return i < 0 ? s : `${s.slice(0, i)}.`;
}

export function siteCard(ds: Datasets): Card {
  return {
    title: SITE_NAME,
    headline: 'Presupuesto, metas y contratación de las instituciones públicas del Ecuador',
    detail: `${int(ds.institutions.length)} instituciones · ${int(ds.reports.length)} informes`,
    source: 'Cada cifra enlaza a la línea del informe de donde sale',
  };
}

/** XML text: characters XML 1.0 forbids (resvg stops on them) removed, then & < > " escaped. */
const esc = (s: string) => s
  .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const FONT = "'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif";
const PAD = 72;
const INNER = OG_WIDTH - 2 * PAD;
/** wrapText pads its Arial widths by 15 % for unknown system fonts; the card's font is Liberation Sans (Arial's metrics). */
const WRAP_WIDTH = Math.floor(INNER * 1.1);

/** Wraps `text` at the largest size (from `sizes`) that fits in `maxLines`. */
function fit(text: string, sizes: number[], maxLines: number, bold: boolean): { lines: string[]; size: number } {
  for (const size of sizes) {
    const w = wrapText(text, WRAP_WIDTH, size, maxLines, bold);
    if (!w.truncated) return { lines: w.lines, size };
  }
  const size = sizes[sizes.length - 1]!;
  return { lines: wrapText(text, WRAP_WIDTH, size, maxLines, bold).lines, size };
}

/** The card as a 1200×630 SVG: brand band, title, headline figure, detail and source. */
export function cardSvg(card: Card): string {
  const parts: string[] = [];
  const text = (x: number, y: number, size: number, weight: number, fill: string, s: string) =>
    parts.push(`<text x="${x}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${esc(s)}</text>`);
  parts.push(`<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`);
  parts.push(`<rect width="${OG_WIDTH}" height="96" fill="#0b4f8a"/>`);
  text(PAD, 62, 36, 700, '#ffffff', SITE_NAME);
  parts.push(`<text x="${OG_WIDTH - PAD}" y="60" font-size="24" font-weight="400" fill="#ffffff" text-anchor="end">Rendición de cuentas · Ecuador</text>`);
  let y = 96 + 40;
  const title = fit(card.title, [52, 44, 38], 2, true);
  for (const line of title.lines) { y += title.size * 1.15; text(PAD, y, title.size, 700, '#1a1a1a', line); }
  y += 28;
  const head = fit(card.headline, [64, 54, 46, 40, 34], card.more ? 2 : 3, true);
  const barHeight = head.lines.length * head.size * 1.15;
  parts.push(`<rect x="${PAD}" y="${(y + head.size * 0.25).toFixed(1)}" width="8" height="${barHeight.toFixed(1)}" fill="#0b4f8a"/>`);
  for (const line of head.lines) { y += head.size * 1.15; text(PAD + 28, y, head.size, 700, '#0b4f8a', line); }
  if (card.detail) {
    const d = fit(card.detail, [32, 28], 1, false);
    y += 18;
    for (const line of d.lines) { y += d.size * 1.2; text(PAD + 28, y, d.size, 400, '#333333', line); }
  }
  if (card.more) {
    const m = fit(card.more, [30, 26], 1, true);
    y += 26;
    for (const line of m.lines) { y += m.size * 1.2; text(PAD + 28, y, m.size, 700, '#1a1a1a', line); }
  }
  if (card.source) {
    const s = fit(card.source, [24, 20], 1, false);
    text(PAD, OG_HEIGHT - 44, s.size, 400, '#545454', s.lines[0] ?? '');
  }
  parts.push(`<rect y="${OG_HEIGHT - 12}" width="${OG_WIDTH}" height="12" fill="#0b4f8a"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${esc(FONT)}">${parts.join('')}</svg>`;
}

/**
 * PNG of a card; a card that cannot be rendered becomes the site's generic card with a note
 * (logged), so one institution's card never stops the build.
 */
export function cardPng(card: Card): Uint8Array<ArrayBuffer> {
  try {
    return svgToPng(cardSvg(card));
  } catch (err) {
    console.error(`tarjeta social no generada: ${(err as Error).message} (${card.title.slice(0, 80)})`);
    return svgToPng(cardSvg({ title: SITE_NAME, headline: 'Rendición de cuentas de las instituciones públicas del Ecuador', detail: null, source: null }));
  }
}

/**
 * PNG bytes of an SVG (resvg, system fonts, Liberation Sans first), on a white background. A card
 * draws with white, the brand blue and three greys (cardSvg), plus the anti-aliased edges between
 * them, so it is written as a 16-colour, 4-bit indexed PNG whose palette holds those colours and
 * the steps between them (CARD_PALETTE): each pixel takes the nearest palette colour, the flat
 * colours exactly and an edge within ~half a step. 27.9 → 20.2 KB for the Ministerio del
 * Interior's card against the exact 8-bit palette (about a hundred colours) it replaces.
 */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
  const r = new Resvg(svg, {
    fitTo: { mode: 'width', value: OG_PNG_WIDTH },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
    background: '#ffffff',
  });
  const image = r.render();
  const png = palettePng(image.pixels, image.width, image.height, CARD_PALETTE);
  const out = new Uint8Array(new ArrayBuffer(png.length));
  out.set(png);
  return out;
}

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const WHITE = rgb('#ffffff');
const BRAND = rgb('#0b4f8a');

/**
 * The cards' 16 colours: white; the brand blue and 6 steps from white to it (blue text on white
 * and white text on the blue band both blend along that line); the greys of the text (#1a1a1a,
 * #333333, #545454) and 5 steps from #545454 to white.
 */
export const CARD_PALETTE: readonly Rgb[] = [
  WHITE,
  ...[1, 2, 3, 4, 5, 6, 7].map((k) => WHITE.map((v, i) => Math.round(v + (BRAND[i]! - v) * (k / 7))) as Rgb),
  ...[0x1a, 0x33, 0x54, 112, 141, 169, 198, 226].map((g): Rgb => [g, g, g]),
];

/**
 * An indexed PNG of RGBA pixels drawn on an opaque background: each pixel becomes the nearest
 * colour of `palette` (at most 16: 4 bits per pixel, two pixels per byte). Deterministic.
 */
export function palettePng(rgba: Uint8Array, width: number, height: number, palette: readonly Rgb[]): Uint8Array {
  if (palette.length > 16) throw new Error(`paleta de más de 16 colores: ${palette.length}`);
  const nearest = new Map<number, number>();
  const rowBytes = Math.ceil(width / 2);
  const data = new Uint8Array(rowBytes * height);
  let lastKey = -1;
  let k = 0;
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0; x < width; x++, i += 4) {
      const key = (rgba[i]! << 16) | (rgba[i + 1]! << 8) | rgba[i + 2]!;
      if (key !== lastKey) k = nearest.get(key) ?? -1;
      lastKey = key;
      if (k < 0) {
        let best = Infinity;
        for (let c = 0; c < palette.length; c++) {
          const [r, g, b] = palette[c]!;
          const d = (r - rgba[i]!) ** 2 + (g - rgba[i + 1]!) ** 2 + (b - rgba[i + 2]!) ** 2;
          if (d < best) { best = d; k = c; }
        }
        nearest.set(key, k);
      }
      data[y * rowBytes + (x >> 1)]! |= x & 1 ? k : k << 4;
    }
  }
  // zlib level 6: level 9 saves 3 % (19.6 against 20.2 KB) in several times the time.
  return encode({ width, height, data, depth: 4, channels: 1, palette: palette.map((c) => [...c]) }, { zlib: { level: 6 } });
}
