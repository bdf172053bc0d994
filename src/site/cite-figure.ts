/**
 * «Citar esta cifra»: the citation sentence of ONE figure, as a reporter pastes it:
 * «Ministerio del Interior, presupuesto ejecutado 2023: 40,39 % (informe x.txt, línea 164).
 * Cuentas Abiertas, https://…/instituciones/ministerio-del-interior/#cifra-presupuesto,
 * consultado el 3 de diciembre de 2026.»
 * Pure and import-free: the server renders it (without the date) and the browser bundle
 * (src/scripts/reporter-tools.ts) builds the same sentence for comparison cells, with the date.
 */

export const CITE_SITE_NAME = 'Cuentas Abiertas';

export interface FigureCitation {
  /** Institution name as printed on the site. */
  institution: string;
  /** What the figure is, lower-case ("presupuesto ejecutado", "% calculado"). */
  what: string;
  year: number | string;
  /** The figure as printed ("$31.717.549,13", "40,39 %"). */
  value: string;
  /** Where in the report: "x.txt, línea 164", "x.pdf, p. 23, línea 1289" (citeWhere). */
  where: string;
  /** "calculado por Cuentas Abiertas a partir de …" when the site computed the figure; else the report printed it. */
  computed?: boolean;
  /** Absolute URL of the page with the figure's anchor. */
  url: string;
}

/** "x.txt, línea 164", "x.pdf, p. 23, línea 1289", "x.txt, líneas 124–140", or the file alone. */
export function citeWhere(file: string, line: number | null | undefined, page?: number | null, to?: number | null, lastPage?: number | null): string {
  const pages = page ? (lastPage && lastPage !== page ? `, pp. ${page}–${lastPage}` : `, p. ${page}`) : '';
  if (!line) return `${file}${pages}`;
  return to && to !== line ? `${file}${pages}, líneas ${line}–${to}` : `${file}${pages}, línea ${line}`;
}

/**
 * The same place from a printed source reference (format.ts sourceRef, a comparison's «Fuente»
 * cell): "x.txt:164" → "x.txt, línea 164", "x.txt:151–158" → "x.txt, líneas 151–158";
 * "x.pdf, p. 7, línea 12" and a bare file name are kept.
 */
export function citeWhereOfRef(ref: string): string {
  const m = /^(.*):(\d+)(?:–(\d+))?$/.exec(ref.trim());
  if (!m) return ref.trim();
  return m[3] ? `${m[1]}, líneas ${m[2]}–${m[3]}` : `${m[1]}, línea ${m[2]}`;
}

/** The sentence; `accessDate` null (no JavaScript, or the server) leaves the date out. */
export function figureCitationText(c: FigureCitation, accessDate: string | null): string {
  const from = c.computed ? `calculado por ${CITE_SITE_NAME} a partir del informe ${c.where}` : `informe ${c.where}`;
  return `${c.institution}, ${c.what} ${c.year}: ${c.value} (${from}). ${CITE_SITE_NAME}, ${c.url}${accessDate ? `, consultado el ${accessDate}` : ''}.`;
}
