/**
 * es-EC number formatting for the synthetic reports, in integer arithmetic only: money is
 * integer cents, other decimals integer hundredths. What these print is what the real
 * reports print ("\$78.537.516,23", "USD 4884,15", "40,39 %", "70,36%", "2,00").
 */
import type { Rng } from './prng.ts';

/** "1234567" → "1.234.567". */
export function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += '.';
    out += digits[i];
  }
  return out;
}

/** Integer hundredths → "1.234,56" (grouped) or "1234,56". */
export function hundredths(value: number, grouped = true): string {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer amount: ${value}`);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const int = String(Math.floor(abs / 100));
  return `${sign}${grouped ? groupThousands(int) : int},${String(abs % 100).padStart(2, '0')}`;
}

/** Cents as the CPCCS form prints them: markdown-escaped dollar, "\$1.234,56". */
export function cpccsUsd(cents: number): string {
  return `\\$${hundredths(cents)}`;
}

/** Cents as the municipal reports print them: "USD 5.500,00", sometimes ungrouped ("USD 4884,15"). */
export function gestionUsd(cents: number, grouped = true): string {
  return `USD ${hundredths(cents, grouped)}`;
}

/**
 * part / whole in integer hundredths of a percent, rounded exactly as the ingest's
 * `percentOf` rounds (so a printed % always agrees with the one recomputed from the figures).
 */
export function pctHundredths(part: number, whole: number): number {
  if (whole === 0) return 0;
  return Math.round((part / whole) * 10000);
}

/** "40,39 %" (CPCCS form, with a space) or "40,39%" (LOTAIP, municipal). */
export function pct(h: number, space: boolean): string {
  return `${hundredths(h, false)}${space ? ' %' : '%'}`;
}

/** Integer hundredths as a plain decimal with two decimals and no grouping ("2,00", "148058831,00"). */
export function decimal(h: number): string {
  return hundredths(h, false);
}

/** "16/03/2024". */
export function dmy(day: number, month: number, year: number): string {
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/**
 * OCR split: a space inserted inside the digits ("148058831,00" → "14805883 1,00",
 * "\$14.586.155,85" → "\$14.586.1 55,85"). Only a space is inserted, so removing it gives
 * back the printed number exactly. `prefix` (a "\$" or "USD ") is kept intact.
 */
export function ocrSplit(text: string, rng: Rng, prefix = ''): string {
  const body = text.slice(prefix.length);
  // Positions between two characters of the body, at least one digit in from each end.
  const candidates: number[] = [];
  for (let i = 1; i < body.length; i++) {
    if (/\d/.test(body[i - 1]!) || /\d/.test(body[i]!)) candidates.push(i);
  }
  if (candidates.length === 0) return text;
  const at = rng.pick(candidates);
  return `${prefix}${body.slice(0, at)} ${body.slice(at)}`;
}

/** Sum of integers (cents, hundredths). */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
