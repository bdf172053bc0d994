/**
 * The fallback for any file no other parser reads ("documento"): when its text says who published
 * it (an institution's name and/or RUC in its header) or which period it covers, it becomes a
 * report with that institution, period and title, its lines cited, and no figures, with an info
 * flag `figures_not_read` saying its figures are not read yet. A text that says neither stays an
 * `unknown_format` error (the driver's). It comes LAST in the parser table: it claims only what
 * every real parser declined.
 *
 * What is read (space-aligned text as displayed, `reads: 'layout'`; TABs count as gaps too):
 * - title: the first line, among the first non-empty lines, that opens with a capitalized
 *   document word (INFORME, REPORTE, Plan, FORMATO, CÉDULA, MATRIZ…; not a label «MATRIZ: …»),
 *   else the first such line anywhere (a PDF whose first pages are a scanned resolution); its
 *   first cell (cells are separated by two or more spaces).
 * - institution, in order:
 *   1. a label: «NOMBRE DE LA INSTITUCIÓN: X», «INSTITUCIÓN: X», «ENTIDAD: X»; and a
 *      «RUC: 13 digits» (header lines only);
 *   2. a header line naming a body: an upper-case line that opens with a kind of public body
 *      (EMPRESA PÚBLICA, GOBIERNO AUTÓNOMO DESCENTRALIZADO, MINISTERIO, GAD…), the one nearest
 *      the title first; its first cell, as printed, with the lines it goes on to (a line ending
 *      with a comma or «DE», «Y»…, see `fullBodyName`); a name cut short by the exporting system
 *      stays cut: it is not completed from elsewhere;
 *   3. the financier of every row (see `rowsFinancier`; in a text without columns, a cell a line,
 *      `linesFinancier`): a document filled in on another body's form is published by the public
 *      company its rows name; the form's body is its parent;
 *   4. a public company's full name with its acronym in quotes in the first lines, as a cover
 *      states it (types.ts `statedCompany`, the rule management reports' covers follow).
 * - period: «Periodo: Desde: 2025-01-01 hasta: 2025-12-31» (the year of «hasta»), else «PERIODO
 *   FISCAL 2025», «Período 2025», else a plan named with its year («TOTAL POA 2025»), anywhere;
 *   else a year printed in the title line. None: the driver takes the file name's year and says
 *   so (`year_inferred`), or publishes it «sin año».
 */
import { fold } from '../../lib/text.ts';
import type { InstitutionHint, ParseResult, Parser, ReportDraft, SourceText } from '../types.ts';
import { emptyResult, flag, managementReport, statedCompany } from '../types.ts';

/** Lines considered the header (the first non-empty ones). */
const HEADER_LINES = 15;
/** Lines searched for a label or a RUC. */
const LABEL_LINES = 60;
/** Longer lines are not read (a 5 MB line is set aside by the driver anyway). */
const MAX_LINE = 2_000;

/** A document's title opens with one of these words (folded). */
const TITLE_START = /^(?:informe|reporte|plan|formato|cedula|matriz|poa|rendicion de cuentas|evaluacion)\b/;
/** A body's name opens with one of these (folded). */
const BODY_START = new RegExp(`^(?:${[
  'empresa', 'gobierno autonomo', 'gobierno provincial', 'gobierno municipal', 'gad', 'ministerio', 'secretaria', 'consejo', 'instituto',
  'agencia', 'superintendencia', 'universidad', 'escuela politecnica', 'hospital', 'corporacion', 'servicio', 'municipio',
  'municipalidad', 'junta parroquial', 'defensoria', 'contraloria', 'fiscalia', 'procuraduria', 'asamblea', 'banco', 'comision',
  'corte', 'tribunal', 'prefectura', 'registro', 'cuerpo de bomberos', 'direccion general', 'presidencia', 'vicepresidencia',
].join('|')})\\b`);
const LABEL = /(?:^|\s)(?:NOMBRE\s+DE\s+LA\s+(?:INSTITUCI[ÓO]N|ENTIDAD)|INSTITUCI[ÓO]N|ENTIDAD)\s*:\s*(\S.*)$/i;
const RUC = /\bRUC\s*:?\s*(\d{13})\b/;
const RANGE = /\bper[ií]odo\s*:?\s+desde\s*:?\s+(\d{4})-\d{2}-\d{2}\s+hasta\s*:?\s+(\d{4})-\d{2}-\d{2}/i;
const PERIOD = /\bper[ií]odo(?:\s+fiscal)?\s*:?\s+((?:19|20)\d{2})\b/i;
/** A plan named with its year: «TOTAL POA 2025», «PAC 2024», «Plan Operativo Anual 2025». */
const PLAN_YEAR = /\b(?:POA|PAC|PAPP|Plan Operativo Anual|Plan Anual de Contrataci[oó]n)\s+((?:19|20)\d{2})\b/i;
const YEAR = /(?:^|[^\d.,/-])((?:19|20)\d{2})(?![\d.,/]\d)/;
/** An amount: «$63.000,00», «$ 1,200.50». */
const AMOUNT = /\$\s?\d/;
/** A public company's name as a table cell: «PORTOPARQUES EP», «EMAPA-EP», «ETAPA E.P.». */
const COMPANY_CELL = /^[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ0-9 .-]*[ -](?:EP|E\.P\.)$/;

export interface DocumentIdentity {
  title: string | null;
  titleLine: number | null;
  name: string | null;
  nameLine: number | null;
  ruc: string | null;
  rucLine: number | null;
  /** The body the document belongs to (the form's owner), when the publisher is read from its rows. */
  parent: string | null;
  /** How the name was read. */
  nameFrom: 'label' | 'header' | 'rows' | 'statement' | null;
  year: number | null;
  period: string | null;
  periodLine: number | null;
}

/** The cells of a displayed line: TABs, or runs of two or more spaces, separate them. */
function cellsOf(line: string): string[] {
  return line.split(/\t| {2,}/).map((c) => c.trim()).filter(Boolean);
}

function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^A-Za-zÁÉÍÓÚÑÜáéíóúñü]/g, '');
  if (letters.length < 8) return false;
  return letters.replace(/[^a-záéíóúñü]/g, '').length <= letters.length * 0.1;
}

/** A header line naming a body: its first cell, when it is one. */
function bodyName(line: string): string | null {
  const first = cellsOf(line)[0];
  if (!first || !isUpperCase(first)) return null;
  return BODY_START.test(fold(first)) ? first : null;
}

/** A name that goes on to the next line: it ends with a comma or a joining word (folded). */
const GOES_ON = /(?:,|\b(?:de|del|la|las|los|y|e|en|para|al|a))$/;
/** Lines a name may take after its first. */
const NAME_LINES = 5;

/**
 * A body's name as printed, from its first line: a name centred over several lines
 * («EMPRESA PÚBLICA MUNICIPAL DE PARQUES,» / «CEMENTERIOS, ÁREAS VERDES, ZONAS DE» /
 * «RECREACIÓN Y ESPACIOS CULTURALES DE» / «PORTOVIEJO “PORTOPARQUES EP”») goes on while a line
 * ends with a comma or a joining word and the next one is upper case and no title or label.
 */
function fullBodyName(lines: readonly string[], i: number, first: string): string {
  let name = first.trim();
  for (let j = i + 1; j <= i + NAME_LINES && j < lines.length && GOES_ON.test(fold(name)); j++) {
    const next = lines[j]!.length <= MAX_LINE ? cellsOf(lines[j]!)[0] : undefined;
    const letters = next?.replace(/[^\p{L}]/gu, '') ?? '';
    if (!next || letters.length < 2 || letters !== letters.toUpperCase() || TITLE_START.test(fold(next)) || /:/.test(next)) break;
    name = `${name} ${next}`;
  }
  return name.replace(/[\s,;:-]+$/, '');
}

/**
 * The public company named as financier or executor in (nearly) every row carrying an amount:
 * at least 5 such rows, and one company cell in 90 % of them. A POA filled in on the
 * municipality's form names its own company in every row; a report that merely mentions a
 * company does not.
 */
export function rowsFinancier(lines: readonly string[]): { name: string; line: number } | null {
  const counts = new Map<string, { n: number; line: number }>();
  let rows = 0;
  lines.forEach((l, i) => {
    if (l.length > MAX_LINE || !AMOUNT.test(l)) return;
    rows++;
    const seen = new Set<string>();
    for (const c of cellsOf(l)) {
      if (!COMPANY_CELL.test(c) || seen.has(c)) continue;
      seen.add(c);
      const hit = counts.get(c);
      if (hit) hit.n++;
      else counts.set(c, { n: 1, line: i + 1 });
    }
  });
  if (rows < 5) return null;
  for (const [name, { n, line }] of counts) if (n >= rows * 0.9) return { name, line };
  return null;
}

/**
 * The same in a text without columns (pdftotext without -layout, a PDF viewer's copy): each cell on
 * a line of its own, so no line holds both a row's amount and its financier. There the public
 * company named alone on a line at least 5 times, on 90 % of the lines that name a company so, and
 * on at least one line for every two that carry an amount, is the rows' financier: the raw text of
 * the Portoparques POA names PORTOPARQUES EP alone on 58 lines (PORTOPARQUE EP on one more) beside
 * 87 amounts, where its layout text names it in 57 of its 59 rows with an amount. Not in a text with
 * table rows (an amount in a line of two cells or more): rowsFinancier reads those.
 */
export function linesFinancier(lines: readonly string[]): { name: string; line: number } | null {
  const counts = new Map<string, { n: number; line: number }>();
  let amounts = 0;
  let named = 0;
  for (const [i, l] of lines.entries()) {
    if (l.length > MAX_LINE) continue;
    const cells = cellsOf(l);
    if (AMOUNT.test(l)) {
      if (cells.length > 1) return null;
      amounts++;
    }
    if (cells.length !== 1 || !COMPANY_CELL.test(cells[0]!)) continue;
    named++;
    const hit = counts.get(cells[0]!);
    if (hit) hit.n++;
    else counts.set(cells[0]!, { n: 1, line: i + 1 });
  }
  for (const [name, { n, line }] of counts) if (n >= 5 && n >= named * 0.9 && n * 2 >= amounts) return { name, line };
  return null;
}

/** What the text says about itself: title, institution, period, each with its line. */
export function readIdentity(src: SourceText): DocumentIdentity {
  const lines = src.lines;
  const nonEmpty: number[] = [];
  for (let i = 0; i < lines.length && nonEmpty.length < HEADER_LINES; i++) {
    if (lines[i]!.trim() && lines[i]!.length <= MAX_LINE) nonEmpty.push(i);
  }
  const id: DocumentIdentity = {
    title: null, titleLine: null, name: null, nameLine: null, ruc: null, rucLine: null, parent: null, nameFrom: null,
    year: null, period: null, periodLine: null,
  };

  // Title: in the header, else the first document-word line anywhere.
  const titleAt = (i: number): boolean => {
    const first = cellsOf(lines[i]!)[0];
    // «MATRIZ: Calle …» (a letterhead's address) is a label, not a title.
    // A title starts with a capital («plan de bienestar», a table cell, is none).
    if (!first || first.length > 200 || !/^[A-ZÁÉÍÓÚÑ]/.test(first) || !TITLE_START.test(fold(first)) || /^\S+\s*:/.test(first)) return false;
    id.title = first;
    id.titleLine = i + 1;
    return true;
  };
  if (!nonEmpty.some(titleAt)) {
    for (let i = 0; i < lines.length; i++) if (lines[i]!.length <= MAX_LINE && titleAt(i)) break;
  }

  // 1. Labels and RUC in the first lines.
  for (let i = 0; i < Math.min(lines.length, LABEL_LINES); i++) {
    const line = lines[i]!;
    if (line.length > MAX_LINE) continue;
    const label = id.name === null ? LABEL.exec(line) : null;
    if (label) {
      // The label's value as printed, up to the next cell (a RUC beside it is its own cell).
      const value = cellsOf(label[1]!)[0]?.replace(/\s+RUC\b.*$/i, '').trim();
      if (value) {
        id.name = value;
        id.nameLine = i + 1;
        id.nameFrom = 'label';
      }
    }
    const ruc = id.ruc === null ? RUC.exec(line) : null;
    if (ruc) {
      id.ruc = ruc[1]!;
      id.rucLine = i + 1;
    }
  }

  // 2. A body named in the header, nearest the title first.
  let header: { name: string; line: number } | null = null;
  const near = id.titleLine === null ? [] : [-1, 1, -2, 2, -3, 3].map((d) => id.titleLine! - 1 + d).filter((i) => i >= 0 && i < lines.length);
  for (const i of [...near, ...nonEmpty]) {
    const name = lines[i]!.length <= MAX_LINE ? bodyName(lines[i]!) : null;
    if (name) {
      header = { name: fullBodyName(lines, i, name), line: i + 1 };
      break;
    }
  }

  // 3. The company every row names publishes a document on another body's form: a header that
  // names a public company is that company's own (its rows naming it again change nothing).
  const ownCompany = header !== null && /^empresa\b/.test(fold(header.name));
  const financier = id.name === null && id.ruc === null && !ownCompany ? rowsFinancier(lines) ?? linesFinancier(lines) : null;
  if (financier) {
    id.name = financier.name;
    id.nameLine = financier.line;
    id.nameFrom = 'rows';
    if (header && fold(header.name) !== fold(financier.name)) id.parent = header.name;
  } else if (id.name === null && header) {
    id.name = header.name;
    id.nameLine = header.line;
    id.nameFrom = 'header';
  }

  // 4. No label, header or financier: the company the first lines state it is, full name and
  // acronym in quotes, as a management report's cover does (statedCompany).
  const stated = id.name === null && id.ruc === null ? statedCompany(lines) : null;
  if (stated) {
    id.name = stated.name;
    id.nameLine = stated.line;
    id.nameFrom = 'statement';
  }

  // Period: a labelled one anywhere, else a plan named with its year, else a year in the title.
  const periodBy = (re: RegExp, last: boolean): boolean => {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.length > MAX_LINE) continue;
      const m = re.exec(line);
      if (!m) continue;
      const from = m[1]!;
      const to = last ? m[2]! : from;
      id.year = Number(to);
      id.period = from === to ? to : `${from}-${to}`;
      id.periodLine = i + 1;
      return true;
    }
    return false;
  };
  // One pass per kind, in order of strength: a range, «Periodo 2025», «POA 2025».
  if (!periodBy(RANGE, true) && !periodBy(PERIOD, false)) periodBy(PLAN_YEAR, false);
  if (id.year === null && id.title !== null) {
    const y = YEAR.exec(id.title);
    if (y) {
      id.year = Number(y[1]);
      id.period = y[1]!;
      id.periodLine = id.titleLine;
    }
  }
  return id;
}

function named(id: DocumentIdentity): boolean {
  return id.name !== null || id.ruc !== null;
}

export const documentoParser: Parser = {
  format: 'documento',
  label: 'Documento sin lectura de cifras',
  description:
    'Cualquier documento que ningún otro lector reconoce, si su texto dice quién lo publica (nombre o RUC de la institución en su '
    + 'encabezado) o qué periodo cubre. Se publica con su título, su institución y su periodo, citando la línea (y la página de un PDF) de '
    + 'cada uno, pero sin cifras: todavía no leemos las tablas de ese tipo de documento. Un documento hecho en el formulario de otra '
    + 'entidad (un POA en la plantilla del municipio) se atribuye a la empresa pública que financia o ejecuta cada una de sus filas.',
  countLabel: 'documentos',
  reads: 'layout',
  fallback: true,
  detect(src: SourceText): boolean {
    const id = readIdentity(src);
    return named(id) || id.year !== null;
  },
  parse(src: SourceText): ParseResult {
    const id = readIdentity(src);
    // The same report draft as a management report's cover, with the period as the document prints it.
    const report: ReportDraft = { ...managementReport({ year: id.year, title: id.title ?? 'Documento sin título', date: null }), period: id.period ?? 'sin año' };
    // The rows' financier is the document's own statement of who carries it out: a header's name
    // for identity.ts (the form's body is only its parent).
    const institution: Partial<InstitutionHint> = { name: id.name, ruc: id.ruc, parent: id.parent, nameFrom: 'header' };
    const result = emptyResult(report, institution);
    const where = [
      id.nameLine !== null ? `institución en la línea ${id.nameLine}` : null,
      id.rucLine !== null && id.rucLine !== id.nameLine ? `RUC en la línea ${id.rucLine}` : null,
      id.periodLine !== null ? `periodo en la línea ${id.periodLine}` : null,
    ].filter(Boolean).join(', ');
    result.flags.push(flag(src, 'info', 'figures_not_read',
      `cifras no leídas: todavía no hay lector para las tablas de este tipo de documento; se publican su título, institución y periodo${where ? ` (${where})` : ''}`,
      report.title, id.titleLine ?? id.nameLine ?? id.periodLine, { dataset: 'reports' }));
    if (id.nameFrom === 'rows') {
      result.flags.push(flag(src, 'info', 'institution_inferred',
        `publicado por la empresa que cada fila con monto nombra como la que lo financia, no por la entidad del formulario del encabezado (${id.parent ?? 'ninguna'})`,
        id.name, id.nameLine, { dataset: 'reports', field: 'institution_id' }));
    }
    return result;
  },
};
