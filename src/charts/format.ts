/**
 * es-EC number formats for charts and tables (decimal comma, thousands dot).
 *
 *   formatUsd(78537516.23)      → "$78.537.516,23"
 *   formatUsdShort(14586155.85) → "$14,6 M"      (millones; "mil" for thousands)
 *   formatPercent(40.39)        → "40,39 %"      (percent units in, up to 2 decimals, zeros trimmed)
 *   formatInt(1234567)          → "1.234.567"
 *
 * Conventions (documented here because other modules and tests rely on them):
 * - The space between a number and its unit ("40,39 %", "$1,2 M", "$234,5 mil") is a
 *   NON-BREAKING SPACE (U+00A0, exported as `NBSP`), so a table cell or a chart label never
 *   breaks "40,39" from "%". In serialized SVG it appears as `&#160;`.
 * - Negative numbers use the ASCII hyphen-minus ("-$1,00"), which spreadsheets parse.
 * - Thousands are grouped from 4 digits on ("1.234"), as Ecuadorian reports print them.
 * - null, undefined, NaN and ±Infinity are not numbers to print: every helper returns its
 *   `missing` argument instead (default "no reportado"), never "NaN" or "0".
 */
import { formatLocale } from 'd3';

/** Non-breaking space placed between a number and its unit. */
export const NBSP = '\u00a0';

/** Text printed where a figure is absent. */
export const MISSING_TEXT = 'no reportado';

/** d3-format locale with es-EC conventions. */
export const esEC = formatLocale({
  decimal: ',',
  thousands: '.',
  grouping: [3],
  currency: ['$', ''],
  minus: '-',
});

const usd2 = esEC.format('$,.2f');
const num1 = esEC.format(',.1~f');
const num2 = esEC.format(',.2~f');
const int0 = esEC.format(',.0f');

type Maybe = number | null | undefined;

function isNumber(n: Maybe): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** "$78.537.516,23": always two decimals. */
export function formatUsd(n: Maybe, missing: string = MISSING_TEXT): string {
  return isNumber(n) ? usd2(n) : missing;
}

/**
 * Short money for axes and bar labels, one decimal at most:
 * "$14,6 M" (≥ 1 million, "M" = millones; "$31.500 M" for 31,5 mil millones),
 * "$234,5 mil" (≥ 1 000), "$30,31" (below 1 000, up to 2 decimals), "$0".
 * The unit is chosen after rounding, so 999 960 prints "$1 M", not "$1.000 mil".
 */
export function formatUsdShort(n: Maybe, missing: string = MISSING_TEXT): string {
  if (!isNumber(n)) return missing;
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  let body: string;
  if (Number(a.toFixed(2)) < 999.995) {
    body = num2(a);
  } else if (Number((a / 1e3).toFixed(1)) < 1000) {
    body = `${num1(a / 1e3)}${NBSP}mil`;
  } else {
    body = `${num1(a / 1e6)}${NBSP}M`;
  }
  return body === '0' ? '$0' : `${sign}$${body}`;
}

/** "40,39 %" from 40.39 (percent units); up to `digits` decimals, trailing zeros trimmed: "400 %", "0 %". */
export function formatPercent(n: Maybe, missing: string = MISSING_TEXT, digits = 2): string {
  if (!isNumber(n)) return missing;
  const f = digits === 2 ? num2 : esEC.format(`,.${Math.max(0, Math.floor(digits))}~f`);
  return `${f(n)}${NBSP}%`;
}

/** "1.234.567": rounded to a whole number. */
export function formatInt(n: Maybe, missing: string = MISSING_TEXT): string {
  return isNumber(n) ? int0(n) : missing;
}

/** "2,5", "1.234,56": plain decimal with up to `digits` decimals, trailing zeros trimmed. */
export function formatDecimal(n: Maybe, missing: string = MISSING_TEXT, digits = 2): string {
  if (!isNumber(n)) return missing;
  return esEC.format(`,.${Math.max(0, Math.floor(digits))}~f`)(n);
}

/** Spanish month abbreviations, lower case without a dot (as Ecuadorian press writes them in charts). */
export const MONTHS_ABBR = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'] as const;

/** "2020-02" → "feb 2020"; anything that is not YYYY-MM with a month 01–12 → `missing`. */
export function formatMonth(ym: string | null | undefined, missing: string = 'sin fecha'): string {
  const m = typeof ym === 'string' ? /^(\d{4})-(\d{2})$/.exec(ym) : null;
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) return missing;
  return `${MONTHS_ABBR[month - 1]}${NBSP}${m[1]}`;
}

/**
 * A change between two figures, with its sign (U+2212 minus) and unit: "+10,4 p. p." and
 * "−60,62 p. p." (percentage points, up to 2 decimals), "+$33.184,38" (dollars), "0 p. p.";
 * `short` dollars as formatUsdShort ("+$33,2 mil"). `missing` for an absent change.
 */
export function formatChange(n: Maybe, unit: '%' | 'USD', missing = '', short = false): string {
  if (!isNumber(n)) return missing;
  const sign = n > 0 ? '+' : n < 0 ? '\u2212' : '';
  const a = Math.abs(n);
  if (unit === '%') return `${sign}${num2(a)}${NBSP}p.${NBSP}p.`;
  return `${sign}${short ? formatUsdShort(a) : usd2(a)}`;
}
