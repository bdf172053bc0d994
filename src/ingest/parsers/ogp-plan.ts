/**
 * Parser for Open Government Partnership (OGP) action plans: "Plan de Acción de Gobierno Abierto".
 *
 * Layout of the text (markdown converted from a PDF, with embedded HTML and tab-separated tables):
 * - Cover: a heading "# PRIMER PLAN DE ACCIÓN DE GOBIERNO ABIERTO ECUADOR" followed by the period
 *   ("2019-2022") and a version note ("(VERSIÓN REPROGRAMADA)"); the credits page repeats the title in
 *   proper case ("**Primer Plan de Acción de Gobierno Abierto Ecuador 2019-2022**"), which we prefer.
 *   The publisher appears as "GRUPO NÚCLEO DE GOBIERNO ABIERTO ECUADOR" and, under "De esta edición:",
 *   as "Gobierno Abierto Ecuador".
 * - Table of contents ("# Contenido"): after the entry "4. COMPROMISOS", theme lines in capitals
 *   ("DATOS ABIERTOS\t39") and bulleted commitment titles ("• Elaboración colaborativa ….\t39").
 *   It cross-checks the body (titles and themes) and numbers the commitments (each by its place in the
 *   index, so that one the text lost moves no other onto its number); no record's text comes from it.
 * - Section "## 4. Compromisos": for each commitment, in this order:
 *     [theme heading]       "### Datos Abiertos", "## Empoderamiento ciudadano" (only when the theme changes)
 *     title                 a heading ("## …" or "# …") or a plain / <b>bold</b> line (with a trailing tab)
 *     dates                 "Fecha de inicio y término del compromiso: febrero 2020 – abril 2022"
 *     institution           "Institución o actor responsable de la implementación<TAB><name>"; one
 *                           commitment prints two institutions run together without a separator
 *     description rows, then the milestone table "Actividad y producto entregable | Fecha de inicio |
 *     Fecha de término" with rows "<b>Hito N:</b> text<TAB>(<TAB>)Mes AAAA<TAB>Mes AAAA".
 * Quirks handled here:
 * - Some milestone tables appear twice or three times: as an HTML <table> on one line, the same cells
 *   tab-separated after "</table>" on that line, and again as one tab-separated row per line. Each
 *   milestone is counted once (key: commitment + hito number); the copy alone on its own line is kept
 *   (it is the most precise source_line); copies that disagree raise a flag; one `duplicate_skipped`
 *   flag per commitment whose table is repeated.
 * - Cells wrapped in <p>/<b>, dates in <p>, empty cells, table headers split over several lines.
 * - A milestone row may be broken across lines (dates on the next line): the pieces are joined.
 * - Commitment boundaries are anchored on the dates / institution lines, because the title and theme
 *   headings use inconsistent levels (#, ##, ###) or are not headings at all.
 * - Text from a PDF printed narrow (pdftotext -layout): a title, the dates' label or the institution's
 *   label wrapped over several lines of a narrow cell, rows joined on one line, index entries joined
 *   or wrapped (wrappedDates, wrappedInstitution, wrappedTitle, continuedTitle, readToc).
 * The parser never throws: anything it cannot read in the commitments section becomes a flag.
 */
import { emptyResult, flag, linkDomains } from '../types.ts';
import type { CommitmentDraft, FlagDraft, MilestoneDraft, Parser, ParseResult, SourceText } from '../types.ts';
import { cells, fold, foldedFirstChar, mayContainFolded, parseMonthYear, stripHtml } from '../../lib/text.ts';

/**
 * Lines longer than this are skipped with a flag: the longest real line (an HTML table) has ~3 900
 * characters, and stripHtml is slow on very long lines full of "<".
 */
const MAX_LINE = 20_000;
/** How far into the text the cover, credits and table of contents may be. */
const FRONT_MATTER_LINES = 400;

/** A markdown heading, also at the top of a page (a form feed before it: a PDF's text converted by pdftotext). */
const HEADING_RE = /^\f*#{1,6}[ \t]+\S/;
const HITO_RE = /^hito\s+(\d{1,3})\s*[:.]\s*(.*)$/i;
const DATE_TOKEN_RE = /^[a-záéíóúñ]+\s+(?:de\s+)?\d{4}$/i;
const PERIOD_RE = /\b((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\b/;
const PLAN_NAME_RE = /plan\s+de\s+acci[oó]n\s+de\s+gobierno\s+abierto/i;
const DATE_LINE = 'fecha de inicio y termino del compromiso';
const INSTITUTION_LINE = 'institucion o actor responsable';
/**
 * Cheap pre-checks on raw lines (see foldedWordPattern): a line none of whose words can fold
 * to "termino" / "responsable" cannot be a dates / institution line; same for the publisher's.
 * Lines holding "&" (an entity may decode into a letter) always take the full test.
 */
const mayBeBlockLine = mayContainFolded('termino', 'responsable');
const mayBePublisherLine = mayContainFolded('grupo', 'edicion');

// ---------------------------------------------------------------------------------------------
// Small helpers

function isBlank(line: string): boolean {
  return !/\S/.test(line); // line.trim() === '', without copying the line
}

function isHeading(line: string): boolean {
  return HEADING_RE.test(line);
}

/** Plain text of a heading or line: "## **Título**" → "Título". */
function plainLine(line: string): string {
  return stripHtml(line.replace(/^\f*#{1,6}[ \t]+/, ''));
}

/** Removes trailing periods and a leading bullet: "• Título." → "Título". */
function cleanTitle(text: string): string {
  return text.replace(/^[•·\-–*]\s*/, '').replace(/[\s.]+$/, '').trim();
}

/** Plain, non-empty tab-separated cells of a line. */
function plainCells(line: string): string[] {
  return cells(line).map((c) => stripHtml(c)).filter((c) => c !== '');
}

/** plainCells(line)[0], without stripping the cells after it. */
function firstPlainCell(line: string): string | undefined {
  for (const c of cells(line)) {
    const text = stripHtml(c);
    if (text !== '') return text;
  }
  return undefined;
}

/** "Febrero 2020" (optionally in <p>) → "2020-02"; null when the token is not a month and year. */
function dateToken(token: string): string | null {
  const t = token.trim();
  if (t.length > 30 || !DATE_TOKEN_RE.test(t)) return null;
  let month = monthCache.get(t);
  if (month === undefined) {
    month = parseMonthYear(t);
    if (monthCache.size > 10_000) monthCache.clear();
    monthCache.set(t, month);
  }
  return month;
}
/** parseMonthYear of short date tokens (a pure function; the same few dozen tokens recur). */
const monthCache = new Map<string, string | null>();

/**
 * Spanish sentence case for a theme: "Innovación Pública" / "INNOVACIÓN PÚBLICA" → "Innovación pública".
 * Acronyms (all-capitals words inside a mixed-case text, e.g. "EITI") are kept.
 */
export function sentenceCase(text: string): string {
  const allCaps = text === text.toLocaleUpperCase('es');
  return text
    .split(' ')
    .map((word, i) => {
      const acronym = !allCaps && word.length > 1 && word === word.toLocaleUpperCase('es') && /\p{L}/u.test(word);
      if (acronym) return word;
      const lower = word.toLocaleLowerCase('es');
      return i === 0 ? lower.charAt(0).toLocaleUpperCase('es') + lower.slice(1) : lower;
    })
    .join(' ');
}

function monthRange(start: string | null, end: string | null): string {
  return `${start ?? '?'} → ${end ?? '?'}`;
}

// ---------------------------------------------------------------------------------------------
// Front matter: cover, publisher, table of contents

interface Cover {
  line: number;
  period: string | null;
  title: string;
}

/** Cover heading, period and version note; the proper-case title from the credits when it is there. */
function readCover(src: SourceText): Cover | null {
  const limit = Math.min(src.lines.length, FRONT_MATTER_LINES);
  for (let i = 0; i < limit; i++) {
    const raw = src.lines[i]!;
    if (raw.length > MAX_LINE || !isHeading(raw)) continue;
    const heading = plainLine(raw);
    if (!fold(heading).includes('plan de accion de gobierno abierto')) continue;
    const after: string[] = [];
    for (let j = i + 1; j < limit && after.length < 4; j++) {
      const next = src.lines[j]!;
      if (next.length > MAX_LINE || isHeading(next)) break;
      if (!isBlank(next)) after.push(stripHtml(next));
    }
    const periodMatch = PERIOD_RE.exec([heading, ...after].join(' '));
    const period = periodMatch ? `${periodMatch[1]}-${periodMatch[2]}` : null;
    const version = after.find((t) => /^\(.+\)$/.test(t));
    const base = properCaseTitle(src, heading, period) ?? [heading, period].filter(Boolean).join(' ');
    const title = version ? `${base} ${version.toLocaleLowerCase('es')}` : base;
    return { line: i + 1, period, title };
  }
  return null;
}

/** The same title printed in proper case ("**Primer Plan de Acción … 2019-2022**"), if any. */
function properCaseTitle(src: SourceText, heading: string, period: string | null): string | null {
  const key = fold(heading);
  // Pre-check: a line that cannot hold the key's longest plain word cannot start with the key.
  const word = key.split(' ').filter((w) => /^[a-z0-9]+$/.test(w)).sort((a, b) => b.length - a.length)[0];
  const mayHold = word ? wordCheck(word) : null;
  const limit = Math.min(src.lines.length, FRONT_MATTER_LINES);
  for (let i = 0; i < limit; i++) {
    const raw = src.lines[i]!;
    if (raw.length > 500 || isHeading(raw)) continue;
    if (mayHold && !raw.includes('&') && !mayHold(raw)) continue;
    const text = stripHtml(raw);
    if (text === text.toLocaleUpperCase('es') || !fold(text).startsWith(key)) continue;
    if (period && !text.includes(period)) continue;
    return text;
  }
  return null;
}

/** mayContainFolded(word), one per word (compiling one costs more than a parse of the cover). */
const wordChecks = new Map<string, (text: string) => boolean>();
function wordCheck(word: string): (text: string) => boolean {
  let check = wordChecks.get(word);
  if (!check) {
    if (wordChecks.size > 100) wordChecks.clear();
    wordChecks.set(word, (check = mayContainFolded(word)));
  }
  return check;
}

/** Publisher as printed: the line after "De esta edición:", else the "GRUPO NÚCLEO DE …" name. */
function readPublisher(src: SourceText): { name: string | null; other: string[] } {
  const limit = Math.min(src.lines.length, FRONT_MATTER_LINES);
  let group: string | null = null;
  let edition: string | null = null;
  for (let i = 0; i < limit && (group === null || edition === null); i++) {
    const raw = src.lines[i]!;
    if (raw.length > 500) continue;
    const first = foldedFirstChar(raw, true);
    if (first !== null && first !== 'g' && first !== 'd') continue; // "grupo nucleo…", "de esta edicion"
    if (!raw.includes('&') && !mayBePublisherLine(raw)) continue;
    const text = stripHtml(raw);
    const f = fold(text);
    if (group === null && /^grupo nucleo de gobierno abierto/.test(f)) group = text;
    if (edition === null && f.startsWith('de esta edicion')) {
      for (let j = i + 1; j < Math.min(limit, i + 4); j++) {
        const next = stripHtml(src.lines[j]!);
        if (next !== '') {
          edition = next;
          break;
        }
      }
    }
  }
  const fromGroup = group ? group.replace(/^grupo\s+n[uú]cleo\s+de\s+/i, '') : null;
  return { name: edition ?? fromGroup, other: group ? [group] : [] };
}

interface TocEntry {
  title: string;
  theme: string | null;
  line: number;
}

/** A table of contents' line as plain text, without the page number that ends it. */
function tocText(raw: string): string {
  return plainCells(raw).join(' ').replace(/(^|\s)\d{1,3}$/, '').trim();
}

/**
 * Commitment titles and themes listed in the table of contents after "N. COMPROMISOS". Text converted
 * from a PDF may print two entries on one line («• Implementación … (Escazú). • Co-diseño …»), wrap an
 * entry onto a line of its own («las industrias extractivas … minería).») or leave the page number
 * alone on a line: each still counts once, whole.
 */
export function readToc(src: SourceText): { entries: TocEntry[]; themes: string[] } {
  const limit = Math.min(src.lines.length, FRONT_MATTER_LINES);
  let start = -1;
  for (let i = 0; i < limit; i++) {
    const raw = src.lines[i]!;
    if (isHeading(raw) && /^(contenido|indice)$/.test(fold(plainLine(raw)))) {
      start = i + 1;
      break;
    }
  }
  const entries: TocEntry[] = [];
  const themes: string[] = [];
  if (start < 0) return { entries, themes };
  let inCommitments = false;
  let theme: string | null = null;
  let last: TocEntry | null = null; // the entry a wrapped line continues
  for (let i = start; i < limit; i++) {
    const raw = src.lines[i]!;
    if (raw.length > 2000 || isHeading(raw)) break;
    const text = tocText(raw);
    if (text === '') continue;
    // («<b>39</<b>4. COMPROMISOS</b>»: a heading whose page number the conversion printed inside its tags)
    const first = fold(firstPlainCell(raw)!);
    const commitments = /^\d+\.?\s*compromisos$/.test(first) || /(^|[^\w.])\d+\.\s*compromisos(\W|$)/.test(fold(text));
    if (commitments || /^\d+(\.\d+)*\.?\s/.test(first)) {
      if (inCommitments) break;
      inCommitments = commitments;
      continue;
    }
    if (!inCommitments) continue;
    if (/^[•·]/.test(text)) {
      if (theme !== null && !themes.includes(theme)) themes.push(theme);
      for (const piece of text.split(/(?:^|\s)[•·]\s*/)) {
        if (piece.trim() === '') continue;
        last = { title: cleanTitle(piece), theme, line: i + 1 };
        entries.push(last);
      }
    } else if (last !== null && /^[a-zñáéíóú(]/.test(text)) {
      last.title = cleanTitle(`${last.title} ${text}`);
    } else {
      theme = text; // a theme counts only once a bullet follows it ("FUENTES Y REFERENCIAS" has none)
      last = null;
    }
  }
  return { entries, themes };
}

// ---------------------------------------------------------------------------------------------
// Commitments section

interface Section {
  start: number; // 0-based index of the "4. Compromisos" heading
  end: number; // 0-based index, exclusive
}

function findSection(src: SourceText): Section | null {
  let start = -1;
  for (let i = 0; i < src.lines.length; i++) {
    const raw = src.lines[i]!;
    if (raw.length > MAX_LINE || !isHeading(raw)) continue;
    const f = fold(plainLine(raw));
    if (start < 0) {
      if (/^\d+\.?\s*compromisos$/.test(f)) start = i;
    } else if (/^(\d+\.\s|fuentes|referencias|bibliografia|anexo|leyes y normativas|glosario)/.test(f)) {
      return { start, end: i };
    }
  }
  return start < 0 ? null : { start, end: src.lines.length };
}

interface Block {
  anchor: number; // 0-based index of the first of its dates / institution lines
  dateLine: number | null;
  instLine: number | null;
  titleLine: number | null;
  /** The title printed on the dates line, before them (see titleBeforeDates). */
  inlineTitle: string | null;
  /** The dates' label and dates when wrapped over several lines from dateLine (see wrappedDates). */
  dateText: string | null;
  /** The title when wrapped over several lines from titleLine (see wrappedTitle). */
  titleText: string | null;
  /** The institution when its label wraps over several lines from instLine (see wrappedInstitution). */
  instText: string | null;
  contentEnd: number; // exclusive
}

/** The institution's label, folded, without spaces: what wrappedInstitution matches its pieces against. */
const INSTITUTION_LABEL = 'institucionoactorresponsabledelaimplementacion';
/** The longest tail of an institution's name on the line that ends its wrapped label. */
const NAME_TAIL = 60;
/** How much of that label a wrapped one must show: «Institución o actor». */
const INSTITUTION_LABEL_SEEN = 'institucionoactor'.length;

/**
 * The institution's row when its label wraps over the lines of a narrow cell, with the institution
 * beside its first lines, as pdftotext -layout prints it: «<b>Institu <b>Servicio Nacional de
 * Contratación Pública</b>» / «ción o» / «actor» / «responsabl» / «e de la» / «implementa» / «ción</b>».
 * Each line's first words continue the label, letter by letter; the rest of the first line, and
 * the other cells of each line, are the institution's name, until the label is whole (what follows
 * it in its cell is the next row's label). A line below the first whose label cell holds other
 * words too ends the label there. The name and the last line of the label, or null when the lines
 * do not show at least «Institución o actor» or the label fits on its first line (that line is then
 * read whole).
 */
function wrappedInstitution(lines: readonly string[], from: number, end: number): { text: string; last: number } | null {
  let matched = 0;
  const value: string[] = [];
  let last = from;
  for (let j = from; j < Math.min(end, from + 12) && matched < INSTITUTION_LABEL.length; j++) {
    const raw = lines[j]!;
    if (isBlank(raw) || raw.length > 2000) break;
    const [labelCell = '', ...others] = cells(raw.replace(/<[^>]*>/g, ' '));
    const words = labelCell.trim().split(/\s+/);
    let k = 0;
    for (; k < words.length && matched < INSTITUTION_LABEL.length; k++) {
      const letters = fold(words[k]!).replace(/[^a-z]/g, '');
      if (letters === '') continue;
      if (!INSTITUTION_LABEL.startsWith(letters, matched)) break;
      matched += letters.length;
    }
    if (k === 0 && j > from && /^\s{4}/.test(raw) && matched < INSTITUTION_LABEL.length) {
      // (the name alone on an indented line between two lines of the label: a cell printed in the
      // middle of its row, «Institución o actor responsable» / «      Ministerio del Ambiente y Agua» /
      // «de la implementación»)
      value.push(labelCell, ...others);
      last = j;
      continue;
    }
    if (k === 0) break;
    // (below its first line, a label's cell holds only the label: other words there are out of place)
    if (j > from && k < words.length && matched < INSTITUTION_LABEL.length) break;
    last = j;
    if (matched < INSTITUTION_LABEL.length) value.push(words.slice(k).join(' '));
    // (on the line that ends the label, the next rows' cells may follow: a name's tail is short, the
    // answer to «¿Cuál es la problemática …?» is not)
    else if (value.length > 0) others.splice(0, others.length, ...others.filter((c) => c.trim().length <= NAME_TAIL));
    value.push(...others);
  }
  const text = stripHtml(value.join(' '));
  // (on one line, only a label cut inside a word, «<b>Instituc ión o actor …», needs reading here)
  const pieces = last > from
    || (matched === INSTITUTION_LABEL.length && !fold(stripHtml(lines[from]!)).startsWith(INSTITUTION_LINE));
  return pieces && matched >= INSTITUTION_LABEL_SEEN && text !== '' ? { text, last } : null;
}

/** The longest line of a cell wrapped in a narrow column that wrappedDates and wrappedTitle join. */
const NARROW_CELL = 60;

/** A line of a narrow cell: not blank, one cell, short. */
function narrowLine(raw: string): boolean {
  return !isBlank(raw) && !raw.includes('\t') && raw.trim().length <= NARROW_CELL && !isHeading(raw);
}

/**
 * The dates' label wrapped over several lines of one narrow cell, with the dates after it, as
 * pdftotext -layout prints a commitment's header in a narrow column with nothing beside it:
 * «Fecha de» / «inicio y» / «término del» / «compromiso:» / «enero 2020 –» / «junio 2022». The
 * lines joined and the last of them, or null when the joined lines do not give both dates.
 */
function wrappedDates(lines: readonly string[], from: number, end: number): { text: string; last: number } | null {
  const parts: string[] = [];
  for (let j = from; j < Math.min(end, from + 8) && narrowLine(lines[j]!); j++) {
    parts.push(stripHtml(lines[j]!));
    if (j === from) continue;
    const text = parts.join(' ');
    const label = DATE_LABEL_RE.exec(text);
    if (!label || label.index !== 0) continue;
    const { start, end } = dateRange(text.slice(label[0].length));
    if (start !== null && end !== null) return { text, last: j };
  }
  return null;
}

/**
 * A title line that continues the line above it («de violencia de género …» under the heading «##
 * Co-creación del Plan … observatorio ciudadano», «(Escazú)» under «Implementación … ambiental»): the
 * title's first line and whole text. A heading above is the title's first line only when the line
 * below it starts in lower case; otherwise it is the theme, and the title starts below it.
 */
function continuedTitle(lines: readonly string[], line: number, sectionStart: number): { line: number; text: string } | null {
  let top = line;
  while (top - 1 > sectionStart && line - top < 4 && /^[a-zñáéíóú(]/.test(stripHtml(lines[top]!))) {
    const above = lines[top - 1]!;
    if (isBlank(above) || above.includes('\t') || above.length > 400 || HITO_RE.test(stripHtml(above))) break;
    if (isHeading(above) && !/^[a-zñáéíóú]/.test(stripHtml(lines[top]!))) break;
    top--;
    if (isHeading(above)) break;
  }
  if (top === line) return null;
  return { line: top, text: lines.slice(top, line + 1).map((l) => plainLine(l)).join(' ') };
}

/** The title wrapped over the lines of a narrow cell just above `below`: its first line and text. */
function wrappedTitle(lines: readonly string[], below: number, sectionStart: number): { line: number; text: string } | null {
  let top = below;
  while (top - 1 > sectionStart && below - top < 8 && narrowLine(lines[top - 1]!) && !HITO_RE.test(stripHtml(lines[top - 1]!))) top--;
  if (below - top < 2) return null;
  return { line: top, text: lines.slice(top, below).map((l) => stripHtml(l)).join(' ') };
}

/** One block per commitment, anchored on its "Fecha de inicio…" and "Institución…" lines. */
function findBlocks(src: SourceText, section: Section): Block[] {
  const blocks: Block[] = [];
  let cur: Block | null = null;
  let milestoneSeen = false; // a milestone row since the current block's dates
  for (let i = section.start + 1; i < section.end; i++) {
    const raw = src.lines[i]!;
    if (raw.length > MAX_LINE || isBlank(raw)) continue;
    const head = raw.slice(0, 300);
    // Cheap exits: the folded text must start with "f" or "i" and hold "termino" or "responsable".
    const first = foldedFirstChar(head, true);
    if (cur !== null && cur.dateLine !== null && (first === 'h' || first === null) && HITO_RE.test(stripHtml(head))) {
      milestoneSeen = true;
      continue;
    }
    const wrapped = first === 'f' && raw.length <= 300 ? wrappedDates(src.lines, i, section.end) : null;
    const wrappedInst = first === 'i' ? wrappedInstitution(src.lines, i, section.end) : null;
    if (wrapped === null && wrappedInst === null) {
      if (first !== null && first !== 'f' && first !== 'i' && !head.includes('compromiso:')) continue;
      if (!head.includes('&') && !mayBeBlockLine(head)) continue;
    }
    const f = fold(wrapped?.text ?? stripHtml(head));
    const inlineTitle = wrapped !== null || f.startsWith(DATE_LINE) ? null : titleBeforeDates(stripHtml(raw));
    const isDate = f.startsWith(DATE_LINE) || inlineTitle !== null;
    // (the dates' line may hold the institution's row too: a converter joined the two rows)
    const isInst = wrappedInst !== null || f.startsWith(INSTITUTION_LINE)
      || (isDate && wrapped === null && f.includes(INSTITUTION_LINE));
    if (!isDate && !isInst) continue;
    // (an institution line after milestone rows of the commitment before is a new commitment's,
    // whose dates' line the text lost: it must not give its institution to the one before)
    const startsNew = cur === null
      || (isDate ? cur.dateLine !== null || cur.instLine !== null : cur.instLine !== null || milestoneSeen);
    milestoneSeen = false;
    if (startsNew) {
      cur = { anchor: i, dateLine: null, instLine: null, titleLine: null, inlineTitle: null, dateText: null,
        titleText: null, instText: null, contentEnd: section.end };
      blocks.push(cur);
    }
    if (isDate) {
      cur!.dateLine = i;
      cur!.inlineTitle = inlineTitle;
      cur!.dateText = wrapped?.text ?? null;
      if (wrapped !== null) i = wrapped.last;
    }
    if (isInst) {
      cur!.instLine = i;
      cur!.instText = wrappedInst?.text ?? null;
      if (wrappedInst !== null) i = wrappedInst.last;
    }
  }
  for (const block of blocks) {
    const title = block.dateText !== null && block.dateLine === block.anchor
      ? wrappedTitle(src.lines, block.anchor, section.start) : null;
    block.titleText = title?.text ?? null;
    block.titleLine = title !== null ? title.line : block.inlineTitle !== null && block.dateLine === block.anchor
      ? block.anchor : findTitleLine(src, block.anchor, section.start);
    const continued = title === null && block.titleLine !== null && block.titleLine !== block.anchor
      ? continuedTitle(src.lines, block.titleLine, section.start) : null;
    if (continued !== null) [block.titleLine, block.titleText] = [continued.line, continued.text];
  }
  for (let k = 0; k + 1 < blocks.length; k++) {
    const next = blocks[k + 1]!;
    blocks[k]!.contentEnd = next.titleLine ?? next.anchor;
  }
  return blocks;
}

/** "Fecha de inicio y término del compromiso:" and the spaces after it, in plain text. */
const DATE_LABEL_RE = /fecha\s+de\s+inicio\s+y\s+t[ée]rmino\s+del\s+compromiso\s*:\s*/i;

/**
 * The title of a commitment printed on the line of its dates, before them: a text converted from a
 * PDF (pdftotext -layout) may join the title's row with the dates' row when both wrap in one
 * narrow column with nothing beside them («Primer laboratorio … de Ecuador Fecha de inicio y término
 * del compromiso: enero 2020 – junio 2022»). Null when the line does not start with a text of one
 * cell followed by the dates' label.
 */
export function titleBeforeDates(text: string): string | null {
  const m = DATE_LABEL_RE.exec(text);
  if (!m || m.index === 0) return null;
  const before = text.slice(0, m.index).trim();
  if (before === '' || before.includes('\t') || before.length > 400 || HITO_RE.test(before)) return null;
  return before;
}

/** The title is the first non-blank line above the dates: a heading or a single-cell line. */
function findTitleLine(src: SourceText, anchor: number, sectionStart: number): number | null {
  for (let i = anchor - 1; i > sectionStart; i--) {
    const raw = src.lines[i]!;
    if (isBlank(raw)) continue;
    if (raw.length > 2000) return null;
    if (isHeading(raw)) return i;
    const parts = plainCells(raw);
    const text = parts[0] ?? '';
    const ok = parts.length === 1 && text.length <= 400 && !HITO_RE.test(text) && !/^nota\b/i.test(text)
      && !fold(text).startsWith('informacion de contacto');
    return ok ? i : null;
  }
  return null;
}

/** The nearest heading above the title that is not itself a commitment title. */
function findThemeLine(src: SourceText, from: number, sectionStart: number, titleLines: Set<number>): number | null {
  for (let i = from - 1; i > sectionStart; i--) {
    if (!titleLines.has(i) && isHeading(src.lines[i]!)) return i;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Dates and institutions of a commitment

/** «enero 2020 – junio 2022» → its two months; null for a side that is not a month and year. */
function dateRange(value: string): { start: string | null; end: string | null } {
  const parts = value.split(/\s[-–—]\s|\s?[–—]\s?/).map((p) => p.trim()).filter((p) => p !== '');
  return parts.length === 2 ? { start: dateToken(parts[0]!), end: dateToken(parts[1]!) } : { start: null, end: null };
}

function readCommitmentDates(
  src: SourceText, line: number, wrapped: string | null, flags: FlagDraft[],
): { start: string | null; end: string | null } {
  // (up to the institution's row when a converter joined the two rows on this line)
  const text = (wrapped ?? stripHtml(src.lines[line]!)).split(/\t|instituci[oó]n\s+o\s+actor\s+responsable/i)[0]!;
  // the value follows the label (a title printed before the label may hold a colon of its own)
  const label = DATE_LABEL_RE.exec(text);
  const colon = text.indexOf(':');
  const value = label ? text.slice(label.index + label[0].length).trim() : colon >= 0 ? text.slice(colon + 1).trim() : '';
  const { start, end } = dateRange(value);
  if (start === null || end === null) {
    flags.push(flag(src, 'warning', 'value_missing', 'fechas del compromiso ilegibles', value, line + 1,
      { dataset: 'commitments', field: start === null ? 'start' : 'end' }));
  } else if (start > end) {
    flags.push(flag(src, 'warning', 'value_suspicious', 'compromiso termina antes de empezar', value, line + 1,
      { dataset: 'commitments', field: 'end' }));
  }
  return { start, end };
}

/** Words that begin the name of a public body; a new name starts where one follows a non-connector. */
const INSTITUTION_HEADS = new Set([
  'ministerio', 'secretaria', 'servicio', 'presidencia', 'vicepresidencia', 'defensoria', 'consejo', 'agencia',
  'superintendencia', 'contraloria', 'procuraduria', 'fiscalia', 'asamblea', 'corte', 'instituto', 'banco',
  'empresa', 'direccion', 'subsecretaria', 'gobierno',
]);
const CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'a', 'al', 'para', 'en', 'por', 'sobre']);

/**
 * "Presidencia de la República del Ecuador Ministerio de …" → the two names. `unseparated` tells
 * whether a cut was made where the text prints no separator (";", "/", ",", "y").
 */
export function splitInstitutions(text: string): { names: string[]; unseparated: boolean } {
  const names: string[] = [];
  let unseparated = false;
  for (const piece of text.split(/\s*(?:;|\s\/\s|\n)\s*/)) {
    const words = piece.split(' ').filter((w) => w !== '');
    const folded = words.map((w) => fold(w));
    let current: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const prev = i > 0 ? folded[i - 1]! : '';
      const isHead = /^\p{Lu}/u.test(word)
        && INSTITUTION_HEADS.has(/^[“"(]/.test(word) ? fold(word.replace(/^[“"(]+/, '')) : folded[i]!);
      if (isHead && current.length > 0 && !CONNECTORS.has(prev)) {
        if (prev === 'y' || prev === 'e') current.pop();
        else if (!current[current.length - 1]!.endsWith(',')) unseparated = true;
        const name = current.join(' ').replace(/,$/, '');
        if (name !== '') names.push(name);
        current = [];
      }
      current.push(word);
    }
    const last = current.join(' ').trim();
    if (last !== '') names.push(last);
  }
  return { names, unseparated };
}

/**
 * The institution line's label and the value after it in one cell: a converter (pdftotext -layout)
 * packs the value one space after the label when the line stands alone, with no table around it to
 * show the column («Institución o actor responsable de la implementación Ministerio del Trabajo»).
 */
const INSTITUTION_LABEL_RE = /instituci[oó]n\s+o\s+actor\s+responsable\s+de\s+la\s+implementaci[oó]n\s*:?\s+(\S.*)$/iu;
const INSTITUTION_LINE_RE = /instituci[oó]n\s+o\s+actor\s+responsable/i;

function readInstitutions(
  src: SourceText, line: number, wrapped: string | null, flags: FlagDraft[],
): { reported: string | null; names: string[] } {
  const parts = plainCells(src.lines[line]!);
  // (the label may follow the commitment's dates or title on the line: a converter joined their rows)
  const labelled = Math.max(0, parts.findIndex((p) => INSTITUTION_LINE_RE.test(p)));
  const reported = wrapped ?? (parts.length === labelled + 1 ? INSTITUTION_LABEL_RE.exec(parts[labelled]!)?.[1] ?? ''
    : parts.slice(labelled + 1).join(' ')).trim();
  if (reported === '') {
    flags.push(flag(src, 'warning', 'value_missing', 'compromiso sin institución responsable', null, line + 1,
      { dataset: 'commitments', field: 'institutions_reported' }));
    return { reported: null, names: [] };
  }
  const { names, unseparated } = splitInstitutions(reported);
  if (unseparated) {
    flags.push(flag(src, 'info', 'value_suspicious', 'instituciones impresas sin separador, separadas en',
      names.join(' | '), line + 1, { dataset: 'commitments', field: 'institutions_reported' }));
  }
  return { reported, names };
}

// ---------------------------------------------------------------------------------------------
// Milestone rows

interface RowDraft {
  number: number;
  textParts: string[];
  dates: string[];
  extra: string[];
}

/** A row whose dates may still come on the next lines. */
interface Pending {
  row: RowDraft;
  line: number;
  rowsOnLine: number;
  blanks: number;
}

interface RowCopy {
  number: number;
  text: string;
  start: string | null;
  end: string | null;
  line: number; // 1-based
  /** Milestone rows read from the same line: 1 for a row alone on its line (the preferred copy). */
  rowsOnLine: number;
}

/** Groups a stream of cells into milestone rows: "Hito N: text", then up to two dates. */
function rowsFromTokens(tokens: string[]): { rows: RowDraft[]; stray: string[] } {
  const rows: RowDraft[] = [];
  const stray: string[] = [];
  let cur: RowDraft | null = null;
  for (const token of tokens) {
    const hito = HITO_RE.exec(token);
    if (hito) {
      cur = { number: Number(hito[1]), textParts: hito[2] ? [hito[2]] : [], dates: [], extra: [] };
      rows.push(cur);
    } else if (cur !== null && dateToken(token) !== null) {
      (cur.dates.length < 2 ? cur.dates : cur.extra).push(token);
    } else if (cur !== null && cur.dates.length === 0) {
      cur.textParts.push(token);
    } else if (cur !== null) {
      stray.push(token);
    }
  }
  return { rows, stray };
}

/** Cells of the HTML table part of a line, in document order. */
function htmlCells(html: string): string[] {
  const out: string[] = [];
  const pieces = html.split(/<td\b[^>]*>/i);
  for (let k = 1; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const close = piece.search(/<\/td\s*>/i);
    const cell = stripHtml(close >= 0 ? piece.slice(0, close) : piece);
    if (cell !== '') out.push(cell);
  }
  return out;
}

/** A line split into streams of cells: the HTML table (if any) and the tab-separated rest. */
function lineStreams(raw: string): { kind: 'html' | 'tsv'; tokens: string[] }[] {
  const open = raw.search(/<table\b/i);
  if (open < 0) return [{ kind: 'tsv', tokens: plainCells(raw) }];
  const closeAt = raw.search(/<\/table\s*>/i);
  const htmlEnd = closeAt >= 0 ? raw.indexOf('>', closeAt) + 1 : raw.length;
  return [
    { kind: 'tsv', tokens: plainCells(raw.slice(0, open)) },
    { kind: 'html', tokens: htmlCells(raw.slice(open, htmlEnd)) },
    { kind: 'tsv', tokens: plainCells(raw.slice(htmlEnd)) },
  ];
}

/** Every copy of every milestone row inside one commitment's lines, with flags for what cannot be read. */
function readRowCopies(src: SourceText, from: number, to: number, flags: FlagDraft[]): RowCopy[] {
  const copies: RowCopy[] = [];
  const state: { pending: Pending | null } = { pending: null };

  const finish = (row: RowDraft, line: number, rowsOnLine: number): void => {
    const text = row.textParts.join(' ').replace(/\s+/g, ' ').trim();
    const start = row.dates[0] ? dateToken(row.dates[0]) : null;
    const end = row.dates[1] ? dateToken(row.dates[1]) : null;
    if (start === null || end === null) {
      flags.push(flag(src, 'warning', 'value_missing', `hito ${row.number} sin fecha de ${start === null ? 'inicio' : 'término'}`,
        text.slice(0, 80), line, { dataset: 'milestones', field: start === null ? 'start' : 'end' }));
    }
    if (row.extra.length > 0) {
      flags.push(flag(src, 'warning', 'section_unrecognized', `hito ${row.number} con fechas de más`,
        row.extra.join(' | '), line, { dataset: 'milestones' }));
    }
    copies.push({ number: row.number, text, start, end, line, rowsOnLine });
  };
  const flush = (): void => {
    const p = state.pending;
    if (p) finish(p.row, p.line, p.rowsOnLine);
    state.pending = null;
  };

  for (let i = from; i < to; i++) {
    const raw = src.lines[i]!;
    if (raw.length > MAX_LINE) {
      flush();
      flags.push(flag(src, 'warning', 'line_too_long', 'línea demasiado larga, omitida', raw.length, i + 1));
      continue;
    }
    const pending = state.pending;
    if (isBlank(raw)) {
      if (pending && ++pending.blanks > 2) flush();
      continue;
    }
    if (pending && continuePending(pending.row, raw)) {
      if (pending.row.dates.length >= 2) flush();
      continue;
    }
    flush();
    if (!/hito/i.test(raw)) continue;
    const streams = lineStreams(raw).map((s) => ({ kind: s.kind, ...rowsFromTokens(s.tokens) }));
    const rowsOnLine = streams.reduce((n, s) => n + s.rows.length, 0);
    for (const stream of streams) {
      const { rows, stray } = stream;
      rows.forEach((row, r) => {
        const last = r === rows.length - 1;
        if (last && stream.kind === 'tsv' && row.dates.length < 2) {
          state.pending = { row, line: i + 1, rowsOnLine, blanks: 0 };
        } else {
          finish(row, i + 1, rowsOnLine);
        }
      });
      if (stray.length > 0) {
        flags.push(flag(src, 'info', 'section_unrecognized', 'celdas sin reconocer tras un hito',
          stray.join(' | ').slice(0, 120), i + 1, { dataset: 'milestones' }));
      }
    }
    if (rowsOnLine === 0 && /\bhito\s+\d+\s*:/i.test(stripHtml(raw))) {
      flags.push(flag(src, 'warning', 'section_unrecognized', 'hito no reconocido como fila de la tabla',
        stripHtml(raw).slice(0, 80), i + 1, { dataset: 'milestones' }));
    }
  }
  flush();
  return copies;
}

/** A row broken across lines: accepts a line of dates, or the rest of the text ending in dates. */
function continuePending(row: RowDraft, raw: string): boolean {
  const tokens = plainCells(raw);
  if (tokens.length === 0 || HITO_RE.test(tokens[0]!) || /<table\b/i.test(raw)) return false;
  const dates = tokens.filter((t) => dateToken(t) !== null);
  const firstDate = tokens.findIndex((t) => dateToken(t) !== null);
  if (firstDate < 0) return false;
  const tail = tokens.slice(firstDate);
  if (tail.some((t) => dateToken(t) === null)) return false; // dates must close the line
  if (firstDate > 0 && row.dates.length > 0) return false; // text after the dates: not this row
  if (firstDate > 0 && tokens.length > 4) return false;
  row.textParts.push(...tokens.slice(0, firstDate));
  for (const d of dates) (row.dates.length < 2 ? row.dates : row.extra).push(d);
  return true;
}

/** A milestone's text to compare copies by: folded, without any space. */
const unspaced = (text: string): string => fold(text).replace(/\s+/gu, '');

/** One milestone per hito number; copies compared; one duplicate flag per repeated table. */
function dedupeMilestones(
  src: SourceText, commitment: number, copies: RowCopy[], flags: FlagDraft[],
): RowCopy[] {
  const byNumber = new Map<number, RowCopy[]>();
  for (const c of copies) byNumber.set(c.number, [...(byNumber.get(c.number) ?? []), c]);
  const kept: RowCopy[] = [];
  const repeated: number[] = [];
  let copyCount = 1;
  const dupLines: number[] = [];
  for (const [number, group] of [...byNumber.entries()].sort((a, b) => a[0] - b[0])) {
    const best = [...group].sort((a, b) => a.rowsOnLine - b.rowsOnLine || a.line - b.line)[0]!;
    let bestText: string | undefined; // unspaced(best.text), once
    kept.push(best);
    if (group.length === 1) continue;
    repeated.push(number);
    copyCount = Math.max(copyCount, group.length);
    for (const c of group) {
      dupLines.push(c.line);
      if (c === best) continue;
      // (copies that differ only in their spacing are the same: a copy of the table as HTML, cut
      // down narrow cells, gets its words' spaces back from the layout, «(OC4IDS )», «clave,previamente»)
      const same = c.start === best.start && c.end === best.end && unspaced(c.text) === (bestText ??= unspaced(best.text));
      if (!same) {
        flags.push(flag(src, 'warning', 'value_suspicious', `copias del hito ${number} no coinciden (se usa la de la línea ${best.line})`,
          `${monthRange(c.start, c.end)} ${c.text.slice(0, 60)} ≠ ${monthRange(best.start, best.end)} ${best.text.slice(0, 60)}`,
          c.line, { dataset: 'milestones' }));
      }
    }
  }
  if (repeated.length > 0) {
    const lines = [...new Set(dupLines)].sort((a, b) => a - b);
    flags.push(flag(src, 'info', 'duplicate_skipped',
      `tabla de hitos del compromiso ${commitment} repetida (${copyCount} copias), cada hito contado una vez`,
      `hitos ${repeated.join(', ')}; líneas ${lines.join(', ')}`, lines.reduce((a, b) => Math.min(a, b)), { dataset: 'milestones' }));
  }
  return kept;
}

function checkMilestones(
  src: SourceText, commitment: CommitmentDraft, kept: RowCopy[], flags: FlagDraft[],
): void {
  if (kept.length === 0) {
    flags.push(flag(src, 'warning', 'value_missing', `compromiso ${commitment.number} sin hitos`, commitment.title.slice(0, 80),
      commitment.source_line, { dataset: 'milestones' }));
    return;
  }
  const missing: number[] = [];
  const max = kept[kept.length - 1]!.number;
  for (let n = 1; n <= max; n++) if (!kept.some((k) => k.number === n)) missing.push(n);
  if (missing.length > 0) {
    flags.push(flag(src, 'warning', 'value_missing', `compromiso ${commitment.number}: faltan hitos`, missing.join(', '),
      commitment.source_line, { dataset: 'milestones', field: 'number' }));
  }
  for (const m of kept) {
    if (m.start !== null && m.end !== null && m.start > m.end) {
      flags.push(flag(src, 'warning', 'value_suspicious', `hito ${m.number} termina antes de empezar`, monthRange(m.start, m.end),
        m.line, { dataset: 'milestones', field: 'end' }));
    }
    const { start, end } = commitment;
    const before = m.start !== null && start !== null && m.start < start;
    const after = m.end !== null && end !== null && m.end > end;
    if (before || after) {
      flags.push(flag(src, 'info', 'value_suspicious',
        `hito ${m.number} fuera del periodo del compromiso ${commitment.number} (${monthRange(start, end)})`,
        monthRange(m.start, m.end), m.line, { dataset: 'milestones', field: before ? 'start' : 'end' }));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Cross-check against the table of contents

function crossCheckToc(
  src: SourceText, commitments: CommitmentDraft[], toc: Toc, flags: FlagDraft[],
): void {
  if (toc.entries.length === 0) {
    flags.push(flag(src, 'info', 'section_unrecognized', 'índice sin lista de compromisos; títulos sin verificar', null, null,
      { dataset: 'commitments' }));
    return;
  }
  if (toc.entries.length !== commitments.length) {
    flags.push(flag(src, 'warning', 'value_suspicious', `el índice lista ${toc.entries.length} compromisos y el texto tiene`,
      commitments.length, toc.entries[0]!.line, { dataset: 'commitments' }));
  }
  const tocTitles = foldedTitles(toc);
  for (const c of commitments) {
    const title = fold(c.title);
    const byTitle = toc.entries.find((_e, i) => tocTitles[i] === title);
    const entry = byTitle ?? (toc.entries.length === commitments.length ? toc.entries[c.number - 1] : undefined);
    if (!entry) {
      flags.push(flag(src, 'warning', 'value_suspicious', `compromiso ${c.number} no figura en el índice`, c.title,
        c.source_line, { dataset: 'commitments', field: 'title' }));
      continue;
    }
    if (!byTitle) {
      flags.push(flag(src, 'warning', 'value_suspicious', `título del compromiso ${c.number} difiere del índice (línea ${entry.line})`,
        `${c.title} ≠ ${entry.title}`, c.source_line, { dataset: 'commitments', field: 'title' }));
    }
    if (entry.theme !== null && c.theme !== null && fold(entry.theme) !== fold(c.theme)) {
      flags.push(flag(src, 'warning', 'value_suspicious', `tema del compromiso ${c.number} difiere del índice (línea ${entry.line})`,
        `${c.theme} ≠ ${entry.theme}`, c.source_line, { dataset: 'commitments', field: 'theme' }));
    }
  }
}

/** Theme of each commitment from the table of contents, for commitments without a theme heading. */
function tocTheme(toc: Toc, title: string, index: number, count: number): string | null {
  const tocTitles = foldedTitles(toc);
  const folded = fold(title);
  const entry = toc.entries.find((_e, i) => tocTitles[i] === folded)
    ?? (toc.entries.length === count ? toc.entries[index] : undefined);
  return entry?.theme ?? null;
}

// ---------------------------------------------------------------------------------------------
// The parser

type Toc = ReturnType<typeof readToc>;

/** fold() of each table-of-contents title, computed once per table. */
const tocTitleCache = new WeakMap<Toc, string[]>();
function foldedTitles(toc: Toc): string[] {
  let titles = tocTitleCache.get(toc);
  if (!titles) tocTitleCache.set(toc, (titles = toc.entries.map((e) => fold(e.title))));
  return titles;
}

/**
 * The number of each commitment: its place in the table of contents when its title is listed there,
 * else one more than the commitment before it. A block the text lost (a narrow layout converted by
 * pdftotext can wrap the dates' label over six lines) must not move every commitment after it onto
 * the next one's number, with its institutions and milestones.
 */
function commitmentNumbers(titles: readonly string[], toc: Toc): number[] {
  const tocTitles = foldedTitles(toc);
  let last = 0;
  return titles.map((title) => {
    const listed = title === '' ? -1 : listedAt(fold(title), tocTitles);
    last = listed >= 0 && listed + 1 > last ? listed + 1 : last + 1;
    return last;
  });
}

/** Words of a folded title, for comparing a title with the table of contents' one. */
function titleWords(folded: string): Set<string> {
  return new Set(folded.split(/[^a-z0-9ñ]+/).filter((w) => w.length > 2));
}

/**
 * Index of a folded title in the table of contents: the same title, else the one entry sharing at
 * least 80 % of the words of both (the body's title of a commitment may drop a word of the
 * index's: «… la transparencia en las industrias …» for «… transparencia financiera en las …»).
 * -1 when none, or two entries come as close.
 */
function listedAt(title: string, tocTitles: readonly string[]): number {
  const same = tocTitles.indexOf(title);
  if (same >= 0) return same;
  const words = titleWords(title);
  let best = -1;
  let bestScore = 0;
  let tie = false;
  tocTitles.forEach((tocTitle, i) => {
    const other = titleWords(tocTitle);
    let shared = 0;
    for (const w of words) if (other.has(w)) shared++;
    const score = (2 * shared) / (words.size + other.size || 1);
    if (score > bestScore) [best, bestScore, tie] = [i, score, false];
    else if (score === bestScore) tie = true;
  });
  return bestScore >= 0.8 && !tie ? best : -1;
}

/** A warning for each commitment of the table of contents whose number no block of the text took. */
function missedCommitments(src: SourceText, numbers: readonly number[], toc: Toc, flags: FlagDraft[]): void {
  const taken = new Set(numbers);
  toc.entries.forEach((entry, i) => {
    if (taken.has(i + 1)) return;
    flags.push(flag(src, 'warning', 'section_unrecognized', `compromiso ${i + 1} del índice no encontrado en el texto`,
      entry.title, entry.line, { dataset: 'commitments' }));
  });
}

function parseCommitments(src: SourceText, section: Section, toc: Toc, result: ParseResult): void {
  const { flags } = result;
  const blocks = findBlocks(src, section);
  if (blocks.length === 0) {
    flags.push(flag(src, 'warning', 'section_unrecognized', 'sección de compromisos sin compromisos reconocibles', null,
      section.start + 1, { dataset: 'commitments' }));
    return;
  }
  const orphanCopies = readRowCopies(src, section.start + 1, blocks[0]!.titleLine ?? blocks[0]!.anchor, flags);
  if (orphanCopies.length > 0) {
    flags.push(flag(src, 'warning', 'section_unrecognized', 'hitos antes del primer compromiso, omitidos',
      orphanCopies.length, orphanCopies[0]!.line, { dataset: 'milestones' }));
  }
  const titleLines = new Set(blocks.flatMap((b) => (b.titleLine === null ? [] : [b.titleLine])));
  const tocThemes = new Set(toc.themes.map(fold));
  const strangeThemes = new Set<number>();

  const titles = blocks.map((block) => (block.titleText !== null ? cleanTitle(block.titleText)
    : block.inlineTitle !== null && block.titleLine === block.dateLine ? cleanTitle(block.inlineTitle)
      : block.titleLine === null ? '' : cleanTitle(plainLine(src.lines[block.titleLine]!))));
  const numbers = commitmentNumbers(titles, toc);
  missedCommitments(src, numbers, toc, flags);

  blocks.forEach((block, index) => {
    const number = numbers[index]!;
    let title = titles[index]!;
    if (title === '') {
      title = `Compromiso ${number} (sin título)`;
      flags.push(flag(src, 'error', 'value_missing', `compromiso ${number} sin título`, null, block.anchor + 1,
        { dataset: 'commitments', field: 'title' }));
    }
    const themeLine = findThemeLine(src, block.titleLine ?? block.anchor, section.start, titleLines);
    const bodyTheme = themeLine === null ? null : plainLine(src.lines[themeLine]!);
    if (themeLine !== null && bodyTheme !== null && tocThemes.size > 0 && !tocThemes.has(fold(bodyTheme))
      && !strangeThemes.has(themeLine)) {
      strangeThemes.add(themeLine);
      flags.push(flag(src, 'warning', 'value_suspicious', 'tema no listado en el índice', bodyTheme, themeLine + 1,
        { dataset: 'commitments', field: 'theme' }));
    }
    const themeText = bodyTheme ?? tocTheme(toc, title, number - 1, blocks.length);
    const dates = block.dateLine === null ? { start: null, end: null } : readCommitmentDates(src, block.dateLine, block.dateText, flags);
    if (block.dateLine === null) {
      flags.push(flag(src, 'warning', 'value_missing', `compromiso ${number} sin fechas de inicio y término`, null,
        block.anchor + 1, { dataset: 'commitments', field: 'start' }));
    }
    const inst = block.instLine === null ? { reported: null, names: [] } : readInstitutions(src, block.instLine, block.instText, flags);
    if (block.instLine === null) {
      flags.push(flag(src, 'warning', 'value_missing', `compromiso ${number} sin institución responsable`, null,
        block.anchor + 1, { dataset: 'commitments', field: 'institutions_reported' }));
    }
    const before = flags.length;
    const copies = readRowCopies(src, block.anchor, block.contentEnd, flags);
    const kept = dedupeMilestones(src, number, copies, flags);
    const commitment: CommitmentDraft = {
      number,
      title,
      theme: themeText ? sentenceCase(themeText) : null,
      institution_names: inst.names,
      institutions_reported: inst.reported,
      start: dates.start,
      end: dates.end,
      milestone_count: kept.length,
      source_line: (block.titleLine ?? block.anchor) + 1,
    };
    checkMilestones(src, commitment, kept, flags);
    result.commitments.push(commitment);
    for (const m of kept) {
      const milestone: MilestoneDraft = {
        commitment_number: number, number: m.number, text: m.text === '' ? `Hito ${m.number}` : m.text,
        start: m.start, end: m.end, source_line: m.line,
      };
      if (m.text === '') {
        flags.push(flag(src, 'warning', 'value_missing', `hito ${m.number} sin texto`, null, m.line,
          { dataset: 'milestones', field: 'text' }));
      }
      result.milestones.push(milestone);
    }
    // (milestones read with warnings, a row not recognized, copies that disagree, a date missing:
    // the count on the commitment's line may be off too, and a reader quoting it sees why there)
    const doubtful = flags.slice(before).filter((f) => f.dataset === 'milestones' && f.severity !== 'info').length;
    if (doubtful > 0) {
      flags.push(flag(src, 'warning', 'value_suspicious', `compromiso ${number}: su tabla de hitos se leyó con ${doubtful} ${doubtful === 1 ? 'alerta' : 'alertas'}, el número de hitos (${kept.length}) puede no ser exacto`,
        null, commitment.source_line, { dataset: 'commitments', field: 'milestone_count' }));
    }
  });
  crossCheckToc(src, result.commitments, toc, flags);
}

/** First and last years of the commitments' dates, for a plan whose cover lost its period. */
function inferPeriod(result: ParseResult): { period: string; year: number } | null {
  const years = result.commitments.flatMap((c) => [c.start, c.end]).filter((d): d is string => d !== null)
    .map((d) => Number(d.slice(0, 4)));
  if (years.length === 0) return null;
  const [first, last] = [years.reduce((a, b) => Math.min(a, b)), years.reduce((a, b) => Math.max(a, b))];
  return { period: first === last ? String(last) : `${first}-${last}`, year: last };
}

function parse(src: SourceText): ParseResult {
  const cover = readCover(src);
  const publisher = readPublisher(src);
  const period = cover?.period ?? null;
  const result = emptyResult(
    {
      period: period ?? '',
      year: period ? Number(period.slice(-4)) : 0,
      title: cover?.title ?? 'Plan de Acción de Gobierno Abierto',
      report_number: null,
      complete: false,
      budget_pct_reported: null,
      goals_pct_reported: null,
      goals_pct_reported_line: null,
      date: null,
    },
    { name: publisher.name, other: publisher.other, domains: linkDomains(src.text) },
  );
  if (!cover) {
    result.flags.push(flag(src, 'warning', 'fragment', 'falta la portada del plan de acción (título y periodo)', null, null));
  }
  const section = findSection(src);
  const toc = readToc(src);
  if (section) {
    parseCommitments(src, section, toc, result);
  } else {
    result.flags.push(flag(src, 'warning', 'fragment', 'no se encontró la sección de compromisos', null, null,
      { dataset: 'commitments' }));
  }
  if (period === null) {
    const inferred = inferPeriod(result);
    if (inferred !== null) {
      result.report.year = inferred.year;
      result.report.period = inferred.period;
      result.flags.push(flag(src, 'warning', 'year_inferred', 'periodo no impreso; tomado de las fechas de los compromisos',
        inferred.period, null));
    }
  }
  const whole = result.commitments.length > 0 && result.commitments.every((c) => c.start !== null && c.end !== null
    && c.institution_names.length > 0 && c.milestone_count > 0)
    && (toc.entries.length === 0 || toc.entries.length === result.commitments.length);
  result.report.complete = cover !== null && section !== null && whole;
  if (section && result.commitments.length > 0 && !whole) {
    result.flags.push(flag(src, 'warning', 'fragment', 'plan incompleto: faltan compromisos, fechas, instituciones o hitos', null, null,
      { dataset: 'commitments' }));
  }
  return result;
}

/**
 * An OGP action plan: names itself "Plan de Acción de Gobierno Abierto" and has milestone rows
 * ("Hito 1:"), or, for a plan truncated before its milestones, has that name as a heading on its cover.
 */
function detect(src: SourceText): boolean {
  if (!PLAN_NAME_RE.test(src.text)) return false;
  if (/\bhito\s+1\s*:/i.test(src.text)) return true;
  return src.lines.slice(0, 60).some((line) => line.length < 500 && isHeading(line) && PLAN_NAME_RE.test(line));
}

export const ogpPlanParser: Parser = {
  format: 'ogp-plan',
  label: 'Plan de Acción de Gobierno Abierto',
  description:
    'El plan de acción de Gobierno Abierto: de cada compromiso se leen título, eje temático, institución responsable, fecha de inicio y término («febrero 2020 – abril 2022» → 2020-02 a 2022-04) y sus hitos con sus propias fechas. Las instituciones responsables se identifican con el catálogo de instituciones (por nombre, alias o siglas).',
  countLabel: 'documentos',
  detect,
  parse,
};
