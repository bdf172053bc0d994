/**
 * Entries of the basic search page (/buscar/) until the full-text index (Pagefind) lands:
 * institutions, commitments and goals with the text they are found by.
 */
import type { Datasets } from '../schema/datasets.ts';
import { goalAnchorPrefix, goalsBlockFor } from './goals.ts';
import { capitalize, foldText, functionLabel } from './format.ts';

export interface SearchEntry {
  kind: 'institución' | 'compromiso' | 'meta';
  title: string;
  detail: string;
  /** Site path (without base) to pass through url(). */
  path: string;
  /** Folded (accent/case-insensitive) text matched against the query. */
  haystack: string;
}

export function searchEntries(ds: Datasets): SearchEntry[] {
  const out: SearchEntry[] = [];
  for (const i of ds.institutions) {
    const detail = [i.acronym, functionLabel(i.function), capitalize(i.level)].filter(Boolean).join(' · ');
    out.push({ kind: 'institución', title: i.name, detail, path: `/instituciones/${i.id}/`, haystack: foldText([i.name, i.acronym, i.ruc, ...i.aliases, i.type].filter(Boolean).join(' ')) });
  }
  for (const c of ds.commitments) {
    out.push({ kind: 'compromiso', title: c.title, detail: [c.theme, c.institutions_reported].filter(Boolean).join(' · '), path: `/compromisos/#${c.id}`, haystack: foldText([c.title, c.theme, c.institutions_reported].filter(Boolean).join(' ')) });
  }
  for (const r of ds.reports) {
    const inst = ds.institutions.find((i) => i.id === r.institution_id);
    const block = goalsBlockFor(r, ds.goals.filter((g) => g.report_id === r.id), undefined, goalAnchorPrefix(ds.reports, r));
    if (!inst || !block) continue;
    for (const g of block.goals) {
      const title = g.goal ?? g.indicator ?? g.objective ?? 'Meta';
      out.push({ kind: 'meta', title, detail: `${inst.name} · ${r.year}${g.indicator && g.indicator !== title ? ` · ${g.indicator}` : ''}`, path: `/instituciones/${inst.id}/#${g.anchor}`, haystack: foldText([title, g.indicator, g.objective, g.unit, inst.name].filter(Boolean).join(' ')) });
    }
  }
  return out;
}
