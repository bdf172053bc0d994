/**
 * Synthetic LOTAIP Art. 7 literal a4 matrices ("metas y objetivos de las unidades
 * administrativas"), in the layout of data/reports/2023-consejo-nacional-electoral-lotaip-a4-metas.txt:
 * OCR of a scanned spreadsheet, one row per line, five tab-separated columns
 * (No. | Descripción de la unidad | Objetivo de la unidad | Indicador | Meta cuantificable),
 * some pages padded with empty trailing cells.
 *
 * What makes it OCR-like, as in the bundled matrix:
 * - each unit's number and name (merged cells) are printed once, on some row of the unit's
 *   block: the top row, or vertically centred (the number in the middle row, the name there
 *   or split over the two rows around it); the objective starts on the block's first row and
 *   may continue on the next ("MEDIANTE ...");
 * - section rows ("PROCESOS GOBERNANTES / NIVEL DIRECTIVO", "PROCESOS DES | CONCENTRADOS");
 * - page breaks (three blank lines) every 22-34 rows, anywhere, even inside a unit;
 * - values "70,36%", many "N/A", and garbles ("00,00%", "8,33% mensual promedio (...)");
 * - OCR junk rows at page tops ("T | 1 | 1", "l .") — noise `ocr_junk`;
 * - rarely, a unit whose rows lost their leading columns ("indicador | valor") — `lost_columns`;
 * - a footer: LINK PARA DESCAR | GAR EL REPORTE..., FECHA ACTUALIZACIÓN (dd/mm/yyyy of the
 *   report year), responsible officer and e-mail on the institution's domain.
 *
 * Expected flags, listed in the truth: value_missing at every N/A, value_suspicious at every
 * garbled value, section_unrecognized at junk rows, unit_unknown at lost rows. Unit
 * assignment after page breaks is the parser's judgement (it flags its own doubts).
 */
import type { CorpusInstitution } from './institutions.ts';
import { ofThe, person, webDomain } from './common.ts';
import { dmy, pct } from './format.ts';
import type { Rng } from './prng.ts';
import { PROVINCES } from './places.ts';
import { Doc, type GenContext, type Generated, type GoalRow, type NoiseEntry, type NoiseKind, type ReportTruth } from './types.ts';
import {
  GENERIC_WORDS, UNIT_HEADS_LOCAL, UNIT_HEADS_NATIONAL, UNIT_TOPICS, VERBS, sectorWords,
} from './vocab.ts';
import { fold } from '../lib/text.ts';

export const LOTAIP_NOISE: readonly (readonly [NoiseKind, number])[] = [
  ['garbled_value', 0.5], ['ocr_junk', 0.5], ['lost_columns', 0.15], ['html', 0.1],
];

interface Indicator {
  text: string;
  /** Printed value ("70,36%", "N/A", "00,00%"). */
  value: string;
  /** What the ingest must read: percent units, or null (N/A, garbled). */
  planned: number | null;
  issue: 'na' | 'garbled' | null;
}

interface Unit {
  number: number;
  name: string;
  objective: [string, string | null];
  indicators: Indicator[];
  /** Index of the row carrying the number (and the name unless split/top). */
  h: number;
  placement: 'same' | 'split' | 'top';
  nameParts: [string, string] | null;
  lost: boolean;
  html: boolean;
}

interface RowOut {
  cells: string[];
  unit: number | null;
  indicator: Indicator | null;
  /** Never put a page break right after this row (split name continues below). */
  keep: boolean;
  kind: 'table' | 'section' | 'lost';
  html: boolean;
}

const UNIT_WORDS = new Set(['secretaria', 'subsecretaria', 'unidad', 'gerencia', 'jefatura', 'departamento', 'despacho',
  'asesoria', 'procuraduria', 'auditoria', 'coordinacion', 'direccion', 'subdireccion', 'delegacion']);
const SMALL = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'e', 'en', 'a', 'al', 'el', 'para', 'por', 'con']);

/** Would the LOTAIP reader take this as the start of a new unit name? */
function startsUnitName(text: string): boolean {
  const first = fold(text).split(' ')[0] ?? '';
  return UNIT_WORDS.has(first) || (first.length > 5 && first.endsWith('cion'));
}

/** "ATENCIÓN INTEGRAL EN EL PRIMER NIVEL" → "Atención Integral en el Primer Nivel". */
function titleCase(text: string): string {
  return text.toLowerCase().split(' ').map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

function unitNames(rng: Rng, inst: CorpusInstitution, n: number): string[] {
  const heads = inst.level === 'nacional' ? UNIT_HEADS_NATIONAL : UNIT_HEADS_LOCAL;
  const topics = rng.shuffle([...UNIT_TOPICS, ...sectorWords(inst.sector).goals.map(titleCase), ...GENERIC_WORDS.goals.map(titleCase)]);
  const names: string[] = [];
  const seen = new Set<string>();
  for (const topic of topics) {
    if (names.length >= n) break;
    const head = rng.pick(heads);
    // Adjective topics read "Dirección Financiera", "Coordinación General Administrativa".
    const adjective = /^(?:Administrativa|Financiera)$/.test(topic);
    const agreed = adjective && head.startsWith('Departamento') ? topic.replace(/a$/, 'o') : topic;
    const name = adjective ? `${head.replace(/ de$/, '')} ${agreed}` : `${head} ${topic}`;
    const key = fold(topic);
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

function value(rng: Rng, naShare: number, garble: boolean): Omit<Indicator, 'text'> {
  if (garble) {
    return rng.chance(0.6)
      ? { value: '00,00%', planned: null, issue: 'garbled' }
      : { value: `${pct(rng.int(100, 1200), false)} mensual promedio (La ejecución presupuestaria mensual individual se detalla en la herramienta GPR)`, planned: null, issue: 'garbled' };
  }
  if (rng.chance(naShare)) return { value: 'N/A', planned: null, issue: 'na' };
  const h = rng.chance(0.45) ? 10000 : rng.chance(0.3) ? rng.int(85, 99) * 100 : rng.int(1, 10000);
  return { value: pct(h, false), planned: h / 100, issue: null };
}

function buildUnits(ctx: GenContext, noise: Set<NoiseKind>): Unit[] {
  const { rng, inst } = ctx;
  const w = sectorWords(inst.sector);
  const n = inst.level === 'nacional' ? rng.int(8, 30) : inst.level === 'parroquial' ? rng.int(3, 6) : rng.int(5, 16);
  const names = unitNames(rng, inst, n);
  const naShare = 0.1 + rng.float() * 0.5;
  const mention = ` ${ofThe(inst.name)}`;
  let garbles = noise.has('garbled_value') ? rng.int(1, 3) : 0;
  const units: Unit[] = names.map((name, i) => {
    const k = rng.int(2, 9);
    const h = rng.chance(0.6) ? Math.floor((k - 1) / 2) : 0;
    const words = name.split(' ');
    let placement: Unit['placement'] = 'same';
    let nameParts: Unit['nameParts'] = null;
    if (h >= 1 && rng.chance(0.3)) {
      placement = 'top';
    } else if (h >= 1 && words.length >= 4 && rng.chance(0.35)) {
      // Split where the second part does not look like a new unit name.
      const cuts = words.map((_, c) => c).filter((c) => c >= 2 && c < words.length && !startsUnitName(words.slice(c).join(' ')));
      if (cuts.length > 0) {
        const c = rng.pick(cuts);
        placement = 'split';
        nameParts = [words.slice(0, c).join(' '), words.slice(c).join(' ')];
      }
    }
    const obj = `${rng.pick(VERBS)} ${rng.pick(rng.chance(0.3) ? GENERIC_WORDS.objects : w.objects)}${rng.chance(0.6) ? mention : ''}`;
    const objective: Unit['objective'] = k >= 2 && rng.chance(0.4)
      ? [obj, `MEDIANTE ${rng.pick(['la implementación de', 'el fortalecimiento de', 'la aplicación de'])} ${rng.pick(['procesos', 'herramientas', 'políticas'])} ${rng.pick(['de gestión', 'de seguimiento', 'institucionales'])}.`]
      : [`${obj}.`, null];
    const indicators: Indicator[] = [];
    const oo = rng.chance(0.6) ? rng.int(h, k - 1) : -1;
    const candidates = rng.shuffle([...new Set([
      ...GENERIC_WORDS.percents.map((x) => `Porcentaje de ${x}`), ...w.percents.map((x) => `Porcentaje de ${x}`),
      ...w.counts.map((x) => `Número de ${x}`),
    ])]);
    for (let r = 0; r < k; r++) {
      let text = r === oo ? `(O.O) Porcentaje de cumplimiento de los procesos ${ofThe(name)}` : candidates[r % candidates.length]!;
      if (rng.chance(0.15)) text += ' ( E )';
      const garble = garbles > 0 && rng.chance(0.3);
      if (garble) garbles--;
      indicators.push({ text, ...value(rng, naShare, garble) });
    }
    return { number: i + 1, name, objective, indicators, h, placement, nameParts, lost: false, html: noise.has('html') && rng.chance(0.2) };
  });
  if (garbles > 0) {
    // Make sure a forced garble lands somewhere.
    const u = rng.pick(units);
    Object.assign(u.indicators[u.indicators.length - 1]!, value(rng, 0, true));
  }
  if (noise.has('lost_columns') && units.length > 3) units[rng.int(2, units.length - 2)]!.lost = true;
  return units;
}

function unitRows(u: Unit): RowOut[] {
  const rows: RowOut[] = [];
  u.indicators.forEach((ind, r) => {
    if (u.lost) {
      rows.push({ cells: [ind.text, ind.value], unit: u.number, indicator: ind, keep: false, kind: 'lost', html: false });
      return;
    }
    let number = '';
    let name = '';
    let objective = '';
    if (r === u.h) number = String(u.number);
    if (u.placement === 'same' && r === u.h) name = u.name;
    if (u.placement === 'top' && r === 0) name = u.name;
    if (u.placement === 'split' && u.nameParts) {
      if (r === u.h - 1) name = u.nameParts[0];
      if (r === u.h) name = u.nameParts[1];
    }
    if (r === 0) objective = u.objective[0];
    if (r === 1 && u.objective[1]) objective = u.objective[1];
    const withHtml = u.html && r === 0;
    rows.push({
      cells: [number, name, withHtml ? `<b>${objective}</b>` : objective, ind.text, ind.value], unit: u.number, indicator: ind,
      keep: u.placement === 'split' && r === u.h - 1, kind: 'table', html: withHtml,
    });
  });
  return rows;
}

function section(text: string, split: boolean): RowOut {
  if (split) {
    const at = text.length > 14 ? 12 : Math.ceil(text.length / 2);
    return { cells: ['', '', text.slice(0, at), text.slice(at), ''], unit: null, indicator: null, keep: false, kind: 'section', html: false };
  }
  return { cells: ['', text, '', '', ''], unit: null, indicator: null, keep: false, kind: 'section', html: false };
}

/** Generates one LOTAIP literal a4 matrix. */
export function generateLotaip(ctx: GenContext): Generated {
  const { rng, inst, year } = ctx;
  const noise = new Set<NoiseKind>(LOTAIP_NOISE.map(([k]) => k).filter((k) => ctx.forced.includes(k) || rng.chance(LOTAIP_NOISE.find(([x]) => x === k)![1])));
  const units = buildUnits(ctx, noise);
  const domain = webDomain(inst, ctx.parent);

  // Units grouped under process sections.
  const rows: RowOut[] = [];
  const gov = Math.min(units.length - 1, rng.int(1, 2));
  const support = Math.max(1, Math.floor(units.length * 0.3));
  units.forEach((u, i) => {
    if (i === 0) rows.push(section('PROCESOS GOBERNANTES / NIVEL DIRECTIVO', false));
    if (i === gov) rows.push(section('PROCESOS AGREGADORES DE VALOR / NIVEL OPERATIVO', false));
    if (i === units.length - support && i > gov) rows.push(section(rng.pick(['NIVEL DE APOYO / ASESORÍA', 'PROCESOS HABILITANTES DE ASESORÍA Y APOYO']), rng.chance(0.4)));
    rows.push(...unitRows(u));
  });
  if (inst.level === 'nacional' && rng.chance(0.4)) {
    // Deconcentrated offices: one last unit for all provincial delegations.
    const provinces = rng.sample(PROVINCES.map((p) => p.name), rng.int(4, 24));
    const u: Unit = {
      number: units.length + 1, name: `Delegación Provincial de: ${provinces.join(', ')}`,
      objective: [`Incrementar la calidad en la gestión institucional MEDIANTE la aplicación eficaz de los procesos administrativos en territorio.`, null],
      indicators: [], h: 0, placement: 'same', nameParts: null, lost: false, html: false,
    };
    for (let r = 0; r < rng.int(2, 6); r++) u.indicators.push({ text: rng.pick(['Porcentaje de publicaciones en redes sociales', 'Porcentaje de asistencias técnicas atendidas', 'Porcentaje de ejecución presupuestaria']), ...value(rng, 0.3, false) });
    u.h = Math.floor((u.indicators.length - 1) / 2);
    units.push(u);
    rows.push(section('PROCESOS DESCONCENTRADOS', rng.chance(0.5)));
    rows.push(...unitRows(u));
  }

  const doc = new Doc();
  const noiseEntries: NoiseEntry[] = [];
  const na: number[] = [];
  const garbled: number[] = [];
  const junk: number[] = [];
  const lost: number[] = [];
  const htmlLines: number[] = [];
  const goals: GoalRow[] = [];
  let pad = rng.int(2, 3);
  const padded = (cells: string[]) => [...cells, ...Array<string>(pad).fill('')];

  doc.blank(2);
  doc.row(padded(['', 'Art. 7 de la Ley Orgánica de Transparencia y Acceso a la Información Pública - LOTAIP', '', '', '']));
  doc.row(padded(['', 'Literal a4) Las metas y objetivos de las unidades administrativas de conformidad con sus programas operativos', '', '', '']));
  doc.row(padded(['No.', 'Descripción de la unidad', 'Objetivo de la unidad', 'Indicador', 'Meta cuantificable']));
  let sinceBreak = 3;
  let pageSize = rng.int(22, 34);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const line = row.kind === 'lost' ? doc.row(row.cells) : doc.row(padded(row.cells));
    sinceBreak++;
    if (row.indicator) {
      goals.push([line, row.indicator.planned, null, null, row.unit]);
      if (row.indicator.issue === 'na') na.push(line);
      if (row.indicator.issue === 'garbled') garbled.push(line);
      if (row.kind === 'lost') lost.push(line);
    }
    if (row.html) htmlLines.push(line);
    if (sinceBreak >= pageSize && !row.keep && i < rows.length - 1) {
      doc.blank(3);
      if (pad > 0 && rng.chance(0.5)) pad--;
      sinceBreak = 0;
      pageSize = rng.int(22, 34);
      if (noise.has('ocr_junk') && rng.chance(0.6)) {
        junk.push(doc.row(rng.pick([['', 'T', '', '1', '1'], ['', '', 'l .', '', ''], ['', '1', '1', '', ''], ['', 'T', '1', '', '']])));
      }
    }
  }
  const d = rng.pick([[30, 11], [31, 12], [29, 12], [31, 10], [30, 9]] as const);
  doc.row(['', 'LINK PARA DESCAR', 'GAR EL REPORTE DE GOBIERNO POR RESULTADO', 'os (gpr)', `https://www.${domain}/wp- content/uploads/${year}/12/Plan Anual Comprometido ${year}.pdf`]);
  doc.row(['FECHA ACTUALIZACIÓN DE LA INFORMACIÓN:', '', dmy(d[0], d[1], year), '', '']);
  doc.row(['PERIODICIDAD DE ACTUALIZACIÓN DE LA INFORMACIÓN:', '', 'MENSUAL', '', '']);
  doc.row(['UNIDAD POSEEDORA DE LA INFORMACION - LITERAL a):', '', 'DIRECCIÓN DE PLANIFICACIÓN', '', '']);
  const officer = person(rng);
  doc.row(['RESPONSABLE DE LA UNIDAD POSEEDORA DE LA INFORMACIÓN DEL LITERAL a):', '', officer, '', '']);
  const user = fold(officer.split(' ').slice(0, 1).concat(officer.split(' ').slice(2, 3)).join('.'));
  doc.row(['CORREO ELECTRÓNICO DEL O LA RESPONSABLE DE LA UNIDAD POSEEDORA DE LA INFORMACIÓN:', '', `${user}@${domain}`, '', '']);
  doc.row(['NÚMERO TELEFÓNICO DEL O LA RESPONSABLE DE LA UNIDAD POSEEDORA DE LA INFORMACIÓN:', '', '', `(0${rng.int(2, 7)}) ${rng.int(200, 399)}`, `${rng.int(1000, 9999)} EXTENSIÓN ${rng.int(100, 999)}`]);
  doc.blank();
  doc.line('NOTA: Si la entidad no mantiene en su estructura orgánica procesos desconcentrados, deberá eliminar las celdas correspondientes incluido el subtítulo.');
  doc.blank();
  doc.line(`NOTA 2: La información corresponde a lo determinado en el Plan Anual Comprometido - PAC ${year}.`);

  if (na.length) noiseEntries.push({ kind: 'na_value', flag: 'value_missing', dataset: 'goals', field: 'planned', lines: na });
  if (garbled.length) noiseEntries.push({ kind: 'garbled_value', flag: 'value_suspicious', dataset: 'goals', field: 'planned', lines: garbled });
  if (junk.length) noiseEntries.push({ kind: 'ocr_junk', flag: 'section_unrecognized', dataset: null, field: null, lines: junk });
  if (lost.length) noiseEntries.push({ kind: 'lost_columns', flag: 'unit_unknown', dataset: 'goals', field: 'unit', lines: lost });
  if (htmlLines.length) noiseEntries.push({ kind: 'html', flag: null, dataset: null, field: null, lines: htmlLines });
  noiseEntries.push({ kind: 'page_break', flag: null, dataset: null, field: null, lines: [] });

  const truth: Generated['truth'] = {
    format: 'lotaip-a4', variant: 'complete', year, institution: { id: inst.id, name: inst.name, ruc: inst.ruc },
    complete: true, report_number: null,
    counts: { budget_lines: 0, goals: goals.length, procurement: 0, disposals: 0, recommendations: 0, coverage: 0, deliberations: 0 },
    budget: { lines_planned_cents: null, lines_executed_cents: null, total_row_planned_cents: null, total_row_executed_cents: null, summary_planned_cents: null, summary_executed_cents: null },
    goals_pct_reported: null, goals_pct_reported_line: null, deliberation: null, noise: noiseEntries,
    rows: { budget_lines: [], goals, procurement: [] },
    units: units.map((u) => [u.number, u.name]),
  };
  return { text: doc.text(), truth };
}
