/**
 * «Citar esta cifra» (issue 16, item 7): the citation sentence of one figure. The Ministerio del
 * Interior's figures, read by hand from data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt
 * (test/fixtures/site is its ingest): line 164, codificado $78.537.516,23, corriente ejecutado
 * $20.613.486,20 + inversión ejecutada $11.104.062,93 = $31.717.549,13, «40,39 %»; line 146
 * «TOTAL % CUMPLIMIENTO DE LA GESTIÓN: 112,37 %»; its 11 goals on lines 124–145 (3 at «0,00 %»).
 */
import { describe, expect, it } from 'vitest';
import { citeWhere, citeWhereOfRef, figureCitationText } from '../../src/site/cite-figure.ts';
import { whereOf } from '../../src/scripts/cite-cells.ts';
import { profileHeadline } from '../../src/site/headline.ts';
import { institutionProfile } from '../../src/site/profile.ts';
import { fixture, MDI, MDI_FILE, plain } from './helpers.ts';
import { exactCases } from '../support/cases.ts';

const URL = 'https://example.org/instituciones/ministerio-del-interior/';

// Where in the report: file, page and line(s); from a printed «Fuente»; where a comparison
// cell's figure is (budget: the summary line; goals: the goals table from its first line, the
// stated total without a line).
exactCases('where in the report', 'cite-where', { citeWhere, citeWhereOfRef, whereOf });

describe('the Ministerio del Interior\'s headline figures', () => {
  const h = profileHeadline(institutionProfile(fixture(), MDI));
  const sentences = h.map((s) => plain(figureCitationText({ ...s.cite, url: `${URL}#${s.id}` }, '3 de diciembre de 2026')));
  it('budget execution: figure as printed, file and line, URL with its anchor, access date', () => {
    expect(sentences[0]).toBe(`Ministerio del Interior, presupuesto ejecutado 2023: 40,39 %, $31.717.549,13 de $78.537.516,23 (informe ${MDI_FILE}, línea 164). Cuentas Abiertas, ${URL}#cifra-presupuesto, consultado el 3 de diciembre de 2026.`);
  });
  it('the declared goals total at line 146 and the capped mean, which the site computes from lines 124–145', () => {
    expect(sentences[1]).toBe(`Ministerio del Interior, cumplimiento de metas declarado 2023: 112,37 % (informe ${MDI_FILE}, línea 146). Cuentas Abiertas, ${URL}#cifra-metas, consultado el 3 de diciembre de 2026.`);
    expect(sentences[2]).toBe(`Ministerio del Interior, cumplimiento de metas (cada meta limitada a 100 %) 2023: 72,38 %, 3 de 11 metas en 0 % (calculado por Cuentas Abiertas a partir del informe ${MDI_FILE}, líneas 124–145). Cuentas Abiertas, ${URL}#cifra-metas-tope, consultado el 3 de diciembre de 2026.`);
  });
  it('a PDF\'s declared goals total cites its page and line', () => {
    // The same report as if it were a PDF whose page 2 starts at line 120: line 146 is on page 2.
    const ds = fixture();
    const pdf = { ...ds, reports: ds.reports.map((r) => (r.institution_id === MDI ? { ...r, page_starts: [1, 120] } : r)) };
    const goals = profileHeadline(institutionProfile(pdf, MDI)).find((s) => s.id === 'cifra-metas')!;
    expect(goals.cite.where).toBe(`${MDI_FILE}, p. 2, línea 146`);
  });
  it('without a date (no JavaScript) the sentence ends at the URL', () => {
    expect(figureCitationText({ ...h[0]!.cite, url: `${URL}#cifra-presupuesto` }, null)).toMatch(/#cifra-presupuesto\.$/);
    expect(h.map((s) => s.id)).toEqual(['cifra-presupuesto', 'cifra-metas', 'cifra-metas-tope']);
  });
});
