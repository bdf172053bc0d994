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
 * - `suspicious`: it is number-like but impossible or garbled ("00,00%").
 */

export type NumberIssue = 'missing' | 'split' | 'suspicious';
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

/** `read` before the division: the value as an integer scaled by 10^scale (exact). */
function readScaled(text: string, scale: number, decorate: (s: string) => string): NumberReading {
  const raw = text.trim();
  if (isMissing(raw)) return { value: null, issue: 'missing', raw };
  let body = decorate(raw);
  let negative = false;
  if (/^-\s*\d/.test(body)) {
    negative = true;
    body = body.replace(/^-\s*/, '');
  }
  const clean = toScaledInteger(body, scale);
  if (clean !== null) return { value: negative ? -clean : clean, issue: null, raw };
  // OCR split: digits separated by spaces ("14805883 1,00", "244072392, 41").
  if (/^[\d.,]+(?:\s+[\d.,]+)+$/.test(body)) {
    const joined = toScaledInteger(body.replace(/\s+/g, ''), scale);
    if (joined !== null) return { value: negative ? -joined : joined, issue: 'split', raw };
  }
  return { value: null, issue: 'suspicious', raw };
}

/** Parses a plain decimal ("2,00", "0,85", "21", "244072392, 41"). */
export function parseDecimal(text: string): NumberReading {
  return read(text, 6, (s) => s);
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
  if (inner.value !== null && /^0\d/.test(body)) return { value: inner.value, issue: 'suspicious', raw };
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
