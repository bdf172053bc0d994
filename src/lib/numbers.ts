/**
 * Ecuadorian number formats, parsed exactly.
 *
 * Reports write "$78.537.516,23", "\$1.149.741,23" (markdown-escaped), "USD 4884,15",
 * "40,39 %", "70,36%", "2,00", "0,85". Money becomes integer cents (never a float sum);
 * other numbers become JS numbers parsed from their decimal digits.
 *
 * Every parser returns a `NumberReading` so callers can flag instead of guessing:
 * - `missing`: the cell says N/A, S/N, NO APLICA, "-" or is empty;
 * - `split`: OCR broke the digits with a space ("14805883 1,00", "244072392, 41");
 *   `value` is the joined reading, and the caller must confirm it before trusting it;
 * - `suspicious`: it is number-like but impossible or garbled ("00,00%");
 * - `ambiguous` (only `parseMoneyMixed`): "1.234" or "1,234" could be es-EC or US; `value` is
 *   null unless the caller names the document's format, and the caller flags it either way.
 */

export type NumberIssue = 'missing' | 'split' | 'suspicious' | 'ambiguous';
export interface NumberReading {
  /** The parsed value (cents for money, percent units for percentages), or null. */
  value: number | null;
  /** Why the value needs attention, if it does. */
  issue: NumberIssue | null;
  /** The text as printed (trimmed). */
  raw: string;
}

const MISSING = /^(?:n\s*\/\s*a|s\s*\/\s*n|no\s+aplica|ninguno|ninguna|-+|—|–|)$/i;

/** Whether a cell means "no value" (N/A, S/N, NO APLICA, dashes, empty). */
export function isMissing(text: string): boolean {
  return MISSING.test(text.trim());
}

/**
 * Parses the digits of an es-EC decimal ("78.537.516,23", "4884,15", "0,85", "85") into
 * an integer scaled by 10^scale, or null when it is not such a number. Pure string work:
 * no float arithmetic touches the value.
 */
function toScaledInteger(body: string, scale: number): number | null {
  let intPart: string;
  let frac = '';
  const m = /^([1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(body);
  if (m) {
    intPart = m[1]!.replace(/\./g, '');
    frac = m[2] ?? '';
  } else {
    // A plain dot decimal ("0.85", "4884.15") as written by CSV exports.
    const d = /^(\d+)\.(\d{1,2})$/.exec(body);
    if (!d) return null;
    intPart = d[1]!;
    frac = d[2]!;
  }
  if (frac.length > scale) {
    // More decimals than we keep: round half up on the digit string, only while exact.
    const keep = frac.slice(0, scale);
    const next = Number(frac[scale]);
    const scaled = Number(intPart + keep.padEnd(scale, '0'));
    const rounded = next >= 5 ? scaled + 1 : scaled;
    return Number.isSafeInteger(scaled) && Number.isSafeInteger(rounded) ? rounded : null;
  }
  const scaled = Number(intPart + frac.padEnd(scale, '0'));
  return Number.isSafeInteger(scaled) ? scaled : null;
}

function stripDecorations(text: string): string {
  return text
    .replace(/\\\$/g, '$')
    .replace(/^(?:USD|US\$|\$)\s*/i, '')
    .replace(/\s*(?:USD|dólares)$/i, '')
    .trim();
}

function read(text: string, scale: number, decorate: (s: string) => string): NumberReading {
  const r = readScaled(text, scale, decorate);
  return r.value === null ? r : { ...r, value: r.value / 10 ** scale };
}

/** A leading minus sign ("-12", "- 12") split from the digits that follow it. */
function splitSign(text: string): { negative: boolean; body: string } {
  return /^-\s*\d/.test(text) ? { negative: true, body: text.replace(/^-\s*/, '') } : { negative: false, body: text };
}

/** `read` before the division: the value as an integer scaled by 10^scale (exact). */
function readScaled(text: string, scale: number, decorate: (s: string) => string): NumberReading {
  const raw = text.trim();
  if (isMissing(raw)) return { value: null, issue: 'missing', raw };
  const { negative, body } = splitSign(decorate(raw));
  const clean = toScaledInteger(body, scale);
  if (clean !== null) return { value: negative ? -clean : clean, issue: null, raw };
  // OCR split: digits separated by spaces ("14805883 1,00", "244072392, 41").
  if (/^[\d.,]+(?:\s+[\d.,]+)+$/.test(body)) {
    const joined = toScaledInteger(body.replace(/\s+/g, ''), scale);
    if (joined !== null) return { value: negative ? -joined : joined, issue: 'split', raw };
  }
  return { value: null, issue: 'suspicious', raw };
}

/** Digits that open with a zero before another digit («00», «089», «00,00»): no figure as printed. */
function zeroLed(digits: string): boolean {
  return /^0\d/.test(digits);
}

/**
 * Parses a plain decimal ("2,00", "0,85", "21", "244072392, 41"). A leading zero before a digit
 * ("00", "089") is no figure as printed: the piece of one a layout cut down its column («82,» /
 * «00», «78,» / «89»). It is `suspicious`, with the value it seems to say, as in parsePercent.
 */
export function parseDecimal(text: string): NumberReading {
  const r = read(text, 6, (s) => s);
  return r.value !== null && r.issue === null && zeroLed(splitSign(r.raw).body) ? { ...r, issue: 'suspicious' } : r;
}

/**
 * Parses money into integer cents ("$78.537.516,23" → 7853751623), exactly: an amount whose
 * cents are beyond Number.MAX_SAFE_INTEGER is not a clean number (`suspicious`, value null).
 */
export function parseMoneyCents(text: string): NumberReading {
  return readScaled(text, 2, stripDecorations);
}

/**
 * Parses a percentage in percent units ("40,39 %" → 40.39, "100%" → 100). A value with a
 * leading double zero ("00,00%") is OCR garble: reported as `suspicious` with the value it
 * seems to say, never as a clean number.
 */
export function parsePercent(text: string): NumberReading {
  const raw = text.trim();
  if (isMissing(raw)) return { value: null, issue: 'missing', raw };
  const m = /^(-?[\d.,\s]+?)\s*%$/.exec(raw);
  if (!m) {
    // "8,33% mensual promedio (...)": a number followed by prose is not a clean percentage.
    const lead = /^(-?\d[\d.,]*)\s*%/.exec(raw);
    if (lead) {
      const inner = read(lead[1]!, 4, (s) => s);
      return { value: inner.value, issue: 'suspicious', raw };
    }
    return { value: null, issue: 'suspicious', raw };
  }
  const body = m[1]!.trim();
  const inner = read(body, 4, (s) => s);
  if (inner.value !== null && zeroLed(body)) return { value: inner.value, issue: 'suspicious', raw };
  return { ...inner, raw };
}

/** Parses a whole count ("19", "1.234"); decimals make it suspicious. */
export function parseCount(text: string): NumberReading {
  const r = read(text, 0, (s) => s);
  const fractional = /,\d*[1-9]/.test(text) || /^\s*\d+\.\d{1,2}\s*$/.test(text);
  if (r.value !== null && r.issue === null && fractional) return { ...r, issue: 'suspicious' };
  return r;
}

/** cents → USD number with two decimals (7853751623 → 78537516.23). */
export function centsToUsd(cents: number): number {
  return cents / 100;
}

/** USD number → integer cents, exact for values already rounded to cents. */
export function usdToCents(usd: number): number {
  return Math.round(usd * 100);
}

/** Sums money in integer cents; null entries are skipped, all-null gives null. */
export function sumCents(values: readonly (number | null)[]): number | null {
  let total = 0;
  let any = false;
  for (const v of values) {
    if (v === null) continue;
    total += v;
    any = true;
  }
  return any ? total : null;
}

/** part / whole × 100 rounded to 2 decimals; null when whole is 0 or either is absent. */
export function percentOf(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return Math.round((part / whole) * 10000) / 100;
}

/**
 * Whether a reported percentage agrees with a computed one within the rounding the
 * report could have applied (half a unit of its last printed decimal, plus truncation).
 */
export function percentAgrees(reported: number, computed: number, decimals = 2): boolean {
  return Math.abs(reported - computed) <= 10 ** -decimals + 1e-9;
}

// ------------------------------------------------- mixed es-EC / US documents

/** Number formats a document may mix: es-EC ("588.065,93") and US ("3,706,504.22"). */
export type NumberStyle = 'es' | 'us';

const ES_THOUSANDS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const US_THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * Which format a bare amount is written in, or 'ambiguous' when both read it ("1.234": es-EC
 * 1234 or US 1.234; "1,234": US 1234 or es-EC 1.234), or null when it is neither.
 */
export function numberStyle(body: string): NumberStyle | 'plain' | 'ambiguous' | null {
  if (/^\d+$/.test(body)) return 'plain';
  // One separator followed by exactly three digits: a thousands group or a 3-decimal fraction.
  if (/^\d{1,3}[.,]\d{3}$/.test(body)) return 'ambiguous';
  if (ES_THOUSANDS.test(body) || /^\d+,\d+$/.test(body)) return 'es';
  if (US_THOUSANDS.test(body) || /^\d+\.\d+$/.test(body)) return 'us';
  return null;
}

/**
 * Money in either format, into integer cents: "$588.065,93" → 58806593, "3,706,504.22" →
 * 370650422, "1398942,00", "-468292,30", "31200". An ambiguous amount ("1.234") gets a value only
 * when `style` names the document's format, and its issue stays `ambiguous` so the caller flags
 * it: never a confident wrong number.
 */
export function parseMoneyMixed(text: string, style: NumberStyle | null = null): NumberReading {
  return readMixed(text, style, 2, stripDecorations);
}

/**
 * A plain decimal in either format ("47460.07", "47.460,07", "1,234.5", "6"): like
 * `parseMoneyMixed` but kept to six decimals, for indicator values. "47.460" is ambiguous.
 */
export function parseDecimalMixed(text: string, style: NumberStyle | null = null): NumberReading {
  const r = readMixed(text, style, 6, (body) => body);
  return r.value === null ? r : { ...r, value: r.value / 1e6 };
}

/**
 * A number in either format as an integer scaled by 10^`decimals` (cents for money). An ambiguous
 * one gets a value only when `style` names the document's format, and keeps the issue `ambiguous`.
 */
function readMixed(text: string, style: NumberStyle | null, decimals: number, clean: (raw: string) => string): NumberReading {
  const raw = text.trim();
  if (isMissing(raw)) return { value: null, issue: 'missing', raw };
  const { negative, body } = splitSign(clean(raw));
  const kind = numberStyle(body);
  if (kind === null) return { value: null, issue: 'suspicious', raw };
  const as = kind === 'ambiguous' ? style : kind === 'plain' ? 'es' : kind;
  if (as === null) return { value: null, issue: 'ambiguous', raw };
  // Rewrite as es-EC digits ("3706504,22") and read exactly.
  const normalized = as === 'us' ? body.replace(/,/g, '').replace('.', ',') : body.replace(/\./g, '');
  const scaled = toScaledInteger(normalized, decimals);
  if (scaled === null) return { value: null, issue: 'suspicious', raw };
  return { value: negative ? -scaled : scaled, issue: kind === 'ambiguous' ? 'ambiguous' : null, raw };
}

/**
 * A money amount the layout broke over two lines ("4.783.023,2" then "9,"): the joined reading
 * is kept only when it equals one of the `confirming` amounts (in cents), e.g. the table's total;
 * otherwise the value is null and the issue `split`, for the caller to flag.
 */
export function repairSplitMoney(head: string, tail: string, confirming: readonly number[]): NumberReading {
  const raw = `${head.trim()} ${tail.trim()}`;
  const digits = tail.trim().replace(/[,.;:]$/, '');
  if (!/^\d+$/.test(digits)) return { value: null, issue: 'suspicious', raw };
  const joined = parseMoneyMixed(head.trim() + digits);
  if (joined.value !== null && joined.issue === null && confirming.includes(joined.value)) {
    return { value: joined.value, issue: 'split', raw };
  }
  return { value: null, issue: 'split', raw };
}

/** Integer cents as es-EC dollars for messages: 370650422 → "USD 3.706.504,22". */
export function usdText(cents: number): string {
  return `USD ${centsToUsd(cents).toLocaleString('es-EC', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
