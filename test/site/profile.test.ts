import { describe, expect, it } from 'vitest';
import { fieldFlags, rowFlags } from '../../src/site/flags.ts';
import { institutionCard } from '../../src/site/og.ts';
import { institutionProfile, ProfileNotFound } from '../../src/site/profile.ts';
import { fixture, MDI, MDI_FILE, plain } from './helpers.ts';

const ds = fixture();
const p = institutionProfile(ds, MDI);

describe('institutionProfile: Ministerio del Interior 2023', () => {
  it('identity and reports', () => {
    expect(p.institution.name).toBe('Ministerio del Interior');
    expect(p.institution.ruc).toBe('1798194735001');
    expect(p.parent).toBeNull();
    expect(p.reports.map((r) => r.report.id)).toEqual(['2023-ministerio-del-interior-rendicion-de-cuentas']);
    expect(p.years).toEqual([2023]);
  });

  it('budget summary and lines with exact figures', () => {
    expect(p.budget).toHaveLength(1);
    const b = p.budget[0]!;
    expect(b.summary?.planned).toBe(78537516.23);
    expect(b.summary?.executed).toBe(31717549.13);
    expect(b.summary?.current_planned).toBe(23864701.23);
    expect(b.summary?.investment_executed).toBe(11104062.93);
    expect(b.summary?.pct_reported).toBe(40.39);
    expect(b.summary?.pct_computed).toBe(40.39);
    expect(b.summary?.source_line).toBe(164);
    expect(b.lines).toHaveLength(8);
    expect(b.lines.map((l) => l.source_line)).toEqual([151, 152, 153, 154, 155, 156, 157, 158]);
    // The lines add up to the report's "Total" row, not to the institutional summary.
    expect(b.linesTotal).toEqual({ planned: 78537516.23, executed: 31727549.03, pct: 40.4 });
    expect(b.headline).toEqual({ planned: 78537516.23, executed: 31717549.13, pct: 40.39 });
    expect(b.chartRows[4]).toEqual({ label: 'Bienes y servicios para inversión', planned: 32029586.58, executed: 3035281 });
    expect(plain(b.takeaway)).toBe(
      'Ejecutó 40,39 % de su presupuesto codificado: $31.717.549,13 de $78.537.516,23. ' +
        'La línea más grande, «Bienes y servicios para inversión» ($32.029.586,58, 40,78 % de lo planificado), ejecutó 9,48 %.',
    );
  });

  it('budget flags sit next to the figure they concern', () => {
    const b = p.budget[0]!;
    const f = fieldFlags(b.summary!.flags, 'executed');
    expect(f.map((x) => x.code)).toEqual(['total_mismatch']);
    expect(fieldFlags(b.summary!.flags, 'planned')).toEqual([]);
    // The flag on the "Total" row (line 159) matches no record: listed with the section.
    expect(b.unattached.map((x) => [x.code, x.source_line])).toEqual([['total_mismatch', 159]]);
  });

  it('goals: 11 goals, stated 112,37 % vs capped 72,38 %', () => {
    expect(p.goals).toHaveLength(1);
    const g = p.goals[0]!;
    expect(g.goals).toHaveLength(11);
    expect(g.reportedTotal).toBe(112.37);
    // «TOTAL % CUMPLIMIENTO DE LA GESTIÓN: 112,37 %», line 146 of the report
    expect(g.reportedTotalLine).toBe(146);
    expect(g.mean).toBe(112.37);
    expect(g.cappedMean).toBe(72.38);
    expect(g.zeroCount).toBe(3);
    expect(g.overCount).toBe(4);
    expect(g.maxGoal?.goal_number).toBe('1.2');
    expect(g.maxGoal?.pct).toBe(400);
    expect(g.goals.map((x) => x.capped)).toEqual([100, 100, 100, 0, 0, 100, 96.21, 100, 0, 100, 100]);
    expect(g.goals.map((x) => x.anchor)).toEqual(Array.from({ length: 11 }, (_, i) => `meta-2023-${i + 1}`));
    expect(g.chartRows).toHaveLength(11);
    expect(g.chartRows[1]).toEqual({ label: '1.2 Porcentaje de dotación de medios logísticos para la policía nacional', pct: 400 });
    expect(g.targetsOnly).toBe(false);
    expect(plain(g.takeaway)).toBe(
      'El informe declara 112,37 % de cumplimiento, pero ese promedio incluye 4 metas por encima de 100 % (la mayor, 400 %); ' +
        'con cada meta limitada a 100 %, el promedio es 72,38 %, y 3 de 11 metas quedaron en 0 %.',
    );
  });

  it('goal flags: the repaired split number of goal 3.2 (line 138)', () => {
    const g = p.goals[0]!.goals.find((x) => x.source_line === 138)!;
    expect(g.planned).toBe(148058831);
    expect(g.achieved).toBe(244072392.41);
    expect(fieldFlags(g.flags, 'planned').map((f) => f.code)).toEqual(['number_repaired']);
    expect(fieldFlags(g.flags, 'achieved').map((f) => f.code)).toEqual(['number_repaired']);
    expect(rowFlags(g.flags, ['planned', 'achieved', 'pct_reported'])).toEqual([]);
  });

  it('procurement: 9 procedure types and cents-exact totals', () => {
    const pr = p.procurement[0]!;
    expect(pr.rows).toHaveLength(9);
    expect(pr.totals).toEqual({ awarded_count: 50, awarded_amount: 26477060.41, finalized_count: 7, finalized_amount: 268761.61 });
    expect(pr.chartRows[0]).toEqual({ label: 'Catálogo electrónico', awarded_amount: 15666193.21, finalized_amount: 14794.25, awarded_count: 7, finalized_count: 1 });
    expect(plain(pr.takeaway)).toBe(
      '«Catálogo electrónico» concentra 59,17 % del monto adjudicado ($15.666.193,21 de $26.477.060,41); se finalizaron 7 de 50 procesos adjudicados.',
    );
  });

  it('recommendations, disposals, deliberation, coverage', () => {
    expect(p.recommendations.map((r) => [r.report_number, r.pct_compliance])).toEqual([['DNAI-0074-2023', 75], ['DNAI-0076-2023', 75]]);
    expect(p.disposals).toHaveLength(14);
    expect(p.disposalTotals).toEqual([
      { kind: 'ENAJENACIÓN', count: 1, amount: 836038.94 },
      { kind: 'DONACIONES RECIBIDAS', count: 13, amount: 1036362.04 },
    ]);
    expect(p.deliberations.map((d) => [d.date, d.attendees, d.male, d.female])).toEqual([['2024-03-14', 134, 78, 56]]);
    expect(p.coverage[0]?.users).toBe(156);
  });

  it('lists every flag of the institution, most severe first', () => {
    // One run per code, codes with warnings first.
    expect(p.flags.map((f) => [f.severity, f.code, f.source_line])).toEqual([
      ['warning', 'total_mismatch', 159],
      ['warning', 'total_mismatch', 164],
      ['warning', 'value_suspicious', 126],
      ['info', 'number_repaired', 138],
      ['info', 'number_repaired', 138],
    ]);
    expect(p.flags.every((f) => f.source_file === MDI_FILE)).toBe(true);
    expect(p.commitments).toEqual([]);
  });

  it('summary sentence', () => {
    expect(plain(p.summary)).toBe(
      '1 informe (2023). En 2023 ejecutó 40,39 % de su presupuesto codificado ($78.537.516,23). Declara 112,37 % de cumplimiento de metas. Tiene 5 alertas de calidad de datos.',
    );
  });
});

describe('institutionProfile: other shapes', () => {
  it('an institution with only OGP commitments still gets a profile', () => {
    const m = institutionProfile(ds, 'ministerio-de-telecomunicaciones-y-de-la-sociedad-de-la-informacion');
    expect(m.reports).toEqual([]);
    expect(m.budget).toEqual([]);
    expect(m.goals).toEqual([]);
    expect(m.commitments.map((c) => c.commitment.number)).toEqual([1, 9]);
    expect(m.commitments[1]!.partners.map((i) => i.id)).toEqual(['presidencia-de-la-republica-del-ecuador']);
    expect(m.summary).toBe(
      'El explorador no tiene informes de rendición de cuentas del Ministerio de Telecomunicaciones y de la Sociedad de la Información; aparece como institución responsable de 2 compromisos del Plan de Acción de Gobierno Abierto.',
    );
  });

  it('LOTAIP targets: goals without achieved values are "targets only"', () => {
    const c = institutionProfile(ds, 'consejo-nacional-electoral');
    const g = c.goals[0]!;
    expect(g.goals).toHaveLength(4);
    expect(g.targetsOnly).toBe(true);
    expect(g.cappedMean).toBeNull();
    expect(g.chartRows).toEqual([]);
    expect(g.takeaway).toBe('El informe publica 4 metas con su valor planificado, pero no lo alcanzado: no se puede calcular su cumplimiento.');
    expect(fieldFlags(g.goals[1]!.flags, 'planned').map((f) => f.code)).toEqual(['value_missing']);
  });

  it('IESS fragment: report-level flags stay with the report', () => {
    const i = institutionProfile(ds, 'unidad-no-identificada-2023-iess-unidad-rendicion-de-cuentas-fragmento');
    expect(i.reports[0]!.flags.map((f) => f.code)).toEqual(['fragment', 'institution_inferred']);
    expect(i.budget[0]!.summary?.planned).toBe(18215009.19);
    expect(i.goals[0]!.reportedTotal).toBe(107.06);
    expect(i.goals[0]!.reportedTotalLine).toBe(71); // «TOTAL % CUMPLIMIENTO DE LA GESTIÓN: 107,06 %»
    expect(i.goals[0]!.goals).toEqual([]);
    expect(plain(i.goals[0]!.takeaway)).toBe('El informe declara 107,06 % de cumplimiento total, pero no publica las metas que lo sustentan.');
    expect(i.procurement[0]!.totals.awarded_amount).toBe(5808007.45);
  });

  it('IESS fragment: a unit of the IESS, its partial report said in the summary and the share card, never the IESS\'s own', () => {
    const i = institutionProfile(ds, 'unidad-no-identificada-2023-iess-unidad-rendicion-de-cuentas-fragmento');
    expect(i.parent?.id).toBe('instituto-ecuatoriano-de-seguridad-social');
    expect(plain(i.summary)).toBe('Informe parcial de una unidad no identificada del Instituto Ecuatoriano de Seguridad Social: sus cifras son las de esa unidad, '
      + 'no las de toda la institución. 1 informe (2023). En 2023 esta unidad ejecutó 91,13 % de su presupuesto codificado ($18.215.009,19). '
      + 'Declara 107,06 % de cumplimiento de metas. Tiene 2 alertas de calidad de datos.');
    const card = institutionCard(i);
    expect([card.title, plain(card.headline)]).toEqual(['Unidad no identificada del IESS — informe parcial', 'Esta unidad ejecutó 91,13 % de su presupuesto']);
    const iess = institutionProfile(ds, 'instituto-ecuatoriano-de-seguridad-social');
    expect([iess.reports, iess.budget]).toEqual([[], []]);
    expect(iess.children.map((c) => c.id)).toEqual(['unidad-no-identificada-2023-iess-unidad-rendicion-de-cuentas-fragmento']);
  });

  it('parent and children links', () => {
    const az = institutionProfile(ds, 'administracion-zonal-manuela-saenz');
    expect(az.parent?.id).toBe('secretaria-general-de-coordinacion-territorial-y-participacion-ciudadana');
    const sec = institutionProfile(ds, 'secretaria-general-de-coordinacion-territorial-y-participacion-ciudadana');
    expect(sec.children.map((c) => c.id)).toEqual(['administracion-zonal-manuela-saenz']);
    expect(sec.summary).toBe('El explorador no tiene informes propios de la Secretaría General de Coordinación Territorial y Participación Ciudadana; sí de una entidad que le pertenece.');
  });

  it('throws for an unknown id', () => {
    expect(() => institutionProfile(ds, 'no-existe')).toThrow(ProfileNotFound);
  });
});

describe('institutionProfile: informe de gestión (sum of project lines)', () => {
  it('does not present the projects as the institution budget', () => {
    const az = institutionProfile(ds, 'administracion-zonal-manuela-saenz');
    const b = az.budget[0]!;
    expect(b.summary?.basis).toBe('sum_of_lines');
    expect(plain(b.summaryText)).toBe(
      'Los proyectos que publica el informe ejecutaron 88,8 % de lo codificado: $4.884,15 de $5.500,00 (no es el presupuesto total de la institución).',
    );
    expect(plain(az.summary)).toBe(
      '1 informe (2021). En 2021, los proyectos que publica ejecutaron 88,8 % de lo codificado ($5.500,00). Tiene 1 alerta de calidad de datos.',
    );
    expect(az.goals[0]!.goals.map((g) => [g.goal_number, g.planned, g.achieved, g.pct])).toEqual([['Meta 1', 21, 21, 100], ['Meta 2', 44, 44, 100]]);
  });
});
