/** Number formats of BENCHMARKS.md (decimal units: 1 KB = 1000 bytes, 1 MB = 10^6, 1 GB = 10^9). */

export const kb = (bytes: number): string => (bytes / 1e3).toFixed(1);
export const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
export const memory = (bytes: number): string => `${Math.round(bytes / 1e6)} MB`;

/** 0.0123 → "12.3 ms"; 3.2 → "3.20 s"; 75 → "75.0 s"; 252.3 → "4 min 12 s (252.3 s)". */
export function duration(seconds: number): string {
  if (seconds < 1) return `${(seconds * 1000).toFixed(1)} ms`;
  if (seconds < 10) return `${seconds.toFixed(2)} s`;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s (${seconds.toFixed(1)} s)`;
}

/** A small duration: 0.0123 → "12.3 ms"; 1.5 → "1.50 s". */
export function shortDuration(seconds: number): string {
  return seconds < 1 ? `${(seconds * 1000).toFixed(1)} ms` : `${seconds.toFixed(2)} s`;
}

/** Throughput in MB/s of `bytes` read in `seconds`. */
export const throughput = (bytes: number, seconds: number): string => `${(bytes / 1e6 / seconds).toFixed(1)} MB/s`;

export const ratio = (x: number): string => `${x.toFixed(2)}x`;

export interface TargetCheck {
  met: boolean;
  /** "cumple, margen 1.80x (36 %)" or "no cumple, excede en 0.80x (16 %)". */
  text: string;
}

/**
 * Checks value against an upper limit (`strict`: value < limit, else value ≤ limit); the margin
 * is limit − value, shown with `show` and as a percentage of the limit.
 */
export function checkTarget(value: number, limit: number, show: (x: number) => string, strict = false): TargetCheck {
  const met = strict ? value < limit : value <= limit;
  const pct = `${Math.round((Math.abs(limit - value) / limit) * 100)} %`;
  return met
    ? { met, text: `cumple, margen ${show(limit - value)} (${pct})` }
    : { met, text: `no cumple, excede en ${show(value - limit)} (${pct})` };
}

/** A markdown table; `right` lists the columns aligned right. Pipes in cells are escaped. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${headers.map((_, i) => (right.includes(i) ? '---:' : '---')).join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}
