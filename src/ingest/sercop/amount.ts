/**
 * SERCOP amounts as exact decimal text → integer cents, never through float arithmetic.
 *
 * The CSV export writes six decimals ("31.248000", "374082.400000"); JSON writes numbers, which
 * we read back through their shortest decimal form (String(n): exact for up to 15 significant
 * digits, which every real amount has). Amounts with non-zero digits past the cent are rounded
 * half up on the digit string and reported, so the caller can flag them.
 */

export interface AmountReading {
  /** Integer cents, or null when absent or unreadable. */
  cents: number | null;
  /** The text as read (trimmed), or null when absent. */
  raw: string | null;
  /** missing: empty; invalid: not a plain decimal; subcent: non-zero digits past the cent (rounded). */
  issue: 'missing' | 'invalid' | 'subcent' | null;
}

/** The decimal text of a JSON amount (number or string); null when absent. */
export function amountText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'NaN';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** Reads "31.248000" / "374082.4" / "-5" into cents (half up on the digits). */
export function parseAmount(text: string | null): AmountReading {
  const raw = text === null ? null : text.trim();
  if (raw === null || raw === '') return { cents: null, raw: null, issue: 'missing' };
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(raw);
  if (!m) return { cents: null, raw, issue: 'invalid' };
  const negative = m[1] === '-';
  const frac = m[3] ?? '';
  let cents = Number(m[2]! + frac.slice(0, 2).padEnd(2, '0'));
  const rest = frac.slice(2);
  const subcent = /[1-9]/.test(rest);
  if (subcent && rest.charCodeAt(0) >= 53 /* '5' */) cents += 1;
  if (!Number.isSafeInteger(cents)) return { cents: null, raw, issue: 'invalid' };
  return { cents: negative ? -cents : cents, raw, issue: subcent ? 'subcent' : null };
}

/** Cents as a USD number with at most two decimals (exact: one division of an integer). */
export function centsToUsd(cents: number): number {
  return cents / 100;
}
