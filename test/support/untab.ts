/**
 * Test helpers for text without TABs: the bundled reports with their TABs turned into spaces the
 * way a person or a converter would, and a comparison of datasets with provenance set aside.
 * These build the INPUT of the tests; they share no code with src/ingest/layout.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/build.ts';
import type { Datasets } from '../../src/schema/datasets.ts';

/**
 * Each run of lines with a TAB becomes a space-aligned table, like `column -t`: every cell padded
 * to its column's widest cell plus `gap` spaces, trailing spaces dropped. With `joinPages`, runs
 * with only blank lines between them are one table (a page break inside a table, as a converter
 * prints it: the columns keep their place on the next page).
 */
export function alignTabs(text: string, gap = 3, opts: { joinPages?: boolean } = {}): string {
  const lines = text.split('\n');
  const out = lines.slice();
  let i = 0;
  while (i < lines.length) {
    if (!lines[i]!.includes('\t')) { i++; continue; }
    // one table: TAB lines, and blank lines between them (a page break inside the table)
    let j = i;
    for (let k = i; k < lines.length && (lines[k]!.includes('\t') || (opts.joinPages && !lines[k]!.trim())); k++) {
      if (lines[k]!.includes('\t')) j = k + 1;
    }
    const rows = lines.slice(i, j).map((l) => (l.includes('\t') ? l.split('\t') : null));
    const widths: number[] = [];
    for (const r of rows) r?.forEach((c, k) => { widths[k] = Math.max(widths[k] ?? 0, c.length); });
    rows.forEach((r, n) => {
      if (r) out[i + n] = r.map((c, k) => (k === r.length - 1 ? c : c.padEnd(widths[k]! + gap))).join('').trimEnd();
    });
    i = j;
  }
  return out.join('\n');
}

/** Ingests one text under `file` alone (its own folder, the real catalogue). */
export function ingestText(file: string, text: string): Datasets {
  const dir = mkdtempSync(join(tmpdir(), 'ca-layout-'));
  const reports = join(dir, 'reports');
  mkdirSync(reports);
  writeFileSync(join(reports, file), text);
  return ingest({ reportsDir: reports, institutionsFile: 'data/institutions.csv' }).datasets;
}

/**
 * The datasets with provenance set aside: source_file, every line field (source_line,
 * goals_pct_reported_line), sha256 and line-based ids dropped, "(archivo:línea)" in messages
 * reduced to "(archivo)" and "línea 12" to "línea #"; rows in a content order.
 */
export function withoutProvenance(d: Datasets, opts: { lines?: boolean } = {}): Record<string, unknown[]> {
  const dropLines = opts.lines ?? true;
  const out: Record<string, unknown[]> = {};
  for (const [name, rows] of Object.entries(d)) {
    if (name === 'institutions') continue;
    const norm = (rows as Record<string, unknown>[]).map((r) => {
      // page_starts is provenance too: a printed PDF has pages, the bundled text has none.
      const { sha256: _s, source_file: _f, page_starts: _p, ...rest } = r;
      // every line field is provenance: a row's source_line, a report's goals_pct_reported_line
      if (dropLines) for (const k of Object.keys(rest)) if (k.endsWith('_line')) delete rest[k];
      if (typeof rest.message === 'string' && dropLines) {
        rest.message = rest.message.replace(/\(([^()]*?):\d+\)$/, '($1)').replace(/\b(l[ií]neas?) \d+(?:, \d+)*/g, '$1 #');
      }
      return rest;
    });
    out[name] = norm.map((r) => JSON.stringify(r)).sort().map((s) => JSON.parse(s) as unknown);
  }
  return out;
}
