/**
 * What the search index is fed (src/site/search.ts): goal records leading to the same anchors the
 * profiles render, page facets, and the /buscar/ filter options. Values read from the fixture
 * datasets (test/fixtures/site, from the bundled reports).
 */
import { describe, expect, it } from 'vitest';
import { institutionProfile } from '../../src/site/profile.ts';
import {
  commitmentsFacets, filterLabel, goalSearchRecords, institutionFacets, kindFacets, NO_YEAR, profileSearchSections,
  recordSectionId, searchFilterOptions, type SearchRecord,
} from '../../src/site/search.ts';
import { fixture, MDI, plain } from './helpers.ts';

const ds = fixture();
const records = goalSearchRecords(ds);

describe('goalSearchRecords', () => {
  it('one record per goal, each at the anchor its profile renders', () => {
    expect(records).toHaveLength(ds.goals.length);
    const rendered = new Set(ds.institutions.flatMap((i) =>
      institutionProfile(ds, i.id).goals.flatMap((b) => b.goals.map((g) => `/instituciones/${i.id}/#${g.anchor}`))));
    expect(records.map((r) => r.url).sort()).toEqual([...rendered].sort());
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
  });

  it('an indicator of the Ministerio del Interior: title, text, figures, filters, no base path in the URL', () => {
    const r = records.find((x) => x.url === `/instituciones/${MDI}/#meta-2023-8`)!;
    expect({ ...r.meta, cifras: plain(r.meta.cifras!) }).toEqual({
      title: '3.2. Cantidad de sustancias catalogadas sujetas a fiscalización depositadas',
      contexto: 'Ministerio del Interior · metas 2023',
      cifras: 'Planificado 148.058.831 · alcanzado 244.072.392,41 · cumplimiento 164,85 %',
    });
    expect(r.content).toBe('Meta: Sistema integral de seguridad, frente a los riesgos y amenazas. Objetivo: Mejorar el sistema integral de seguridad, frente a los riesgos y amenazas que afectan la seguridad ciudadana con transparencia y calidad de servicio.');
    expect(r.filters).toEqual({ tipo: ['meta'], funcion: ['ejecutiva'], nivel: ['nacional'], anio: ['2023'], formato: ['cpccs-rendicion'] });
    expect(r.sort).toEqual({ anio: '2023' });
    expect(r.language).toBe('es');
  });

  it('a generic indicator («Número de actividades») gives way to the goal as title, and stays in the text', () => {
    const r = records.find((x) => x.url === '/instituciones/administracion-zonal-manuela-saenz/#meta-2021-1')!;
    expect(r.meta.title).toBe('Meta 1. Implementar 21 acciones destinadas a mejorar la organización de barrios para la seguridad y convivencia');
    expect(r.content).toMatch(/^Indicador: Número de actividades\. Objetivo: /);
    expect(r.meta.contexto).toBe('Administración Zonal Manuela Sáenz · Unidad de seguridad ciudadana · metas 2021');
    expect(r.filters.nivel).toEqual(['zonal']);
  });

  it('LOTAIP targets: planned value only, unit in the context, never an empty text', () => {
    const r = records.find((x) => x.url === '/instituciones/consejo-nacional-electoral/#meta-2023-1')!;
    expect(r.meta.title).toBe('Porcentaje de ejecución presupuestaria institucional');
    expect(plain(r.meta.cifras!)).toBe('Planificado 70,36 %');
    expect(r.filters.formato).toEqual(['lotaip-a4']);
    expect(records.every((x) => x.content.trim().length > 0 && !/\.\./.test(x.content))).toBe(true);
  });
});

describe('profileSearchSections (the goals and processes in a profile\'s indexed copy)', () => {
  const mdi = records.filter((r) => r.institutionId === MDI);
  const html = profileSearchSections(mdi);

  it('each goal is a heading with its row\'s anchor, then its group\'s text once', () => {
    // 3.1 opens the group «Sistema integral de seguridad…»; 3.2 shares its goal and objective, 3.3 only its goal
    // (data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt, lines 136, 141: 82,00 78,89 96,21 %; «…calidad de gestión.»).
    expect(html).toContain('<h3 id="meta-2023-7">3.1. Porcentaje de satisfacción del usuario externo</h3>'
      + '<p>Meta: Sistema integral de seguridad, frente a los riesgos y amenazas. Objetivo: Mejorar el sistema integral');
    expect(html).toContain('<h3 id="meta-2023-8">3.2. Cantidad de sustancias catalogadas sujetas a fiscalización depositadas</h3>'
      + '<h3 id="meta-2023-9">');
    expect(html).toMatch(/<h3 id="meta-2023-9">3\.3\. [^<]+<\/h3><p>Objetivo: Mejorar el sistema integral de seguridad, frente a los riesgos y amenazas que afectan la seguridad ciudadana con transparencia y calidad de gestión\.<\/p>/);
    expect(html.match(/<h3 /g)).toHaveLength(mdi.length);
  });

  it('each record\'s detail (unit, year, figures) is page metadata, not the page\'s text: {section id: detail}', () => {
    const indexed = html.replace(/<span data-pagefind-meta="detalles[^>]*><\/span>/, '');
    expect(indexed).not.toMatch(/Planificado|cumplimiento|metas 2023/);
    const attr = /<span data-pagefind-meta="detalles\[data-value\]" data-value="([^"]*)"><\/span>/.exec(html);
    const unescape = (t: string) => t.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const details = JSON.parse(unescape(attr![1]!));
    expect(details['meta-2023-7']).toBe('metas 2023 · Planificado 82 · alcanzado 78,89 · cumplimiento 96,21\u00a0%');
    expect(details['meta-2023-8']).toBe('metas 2023 · Planificado 148.058.831 · alcanzado 244.072.392,41 · cumplimiento 164,85\u00a0%');
    expect(details['meta-2023-9']).toBe('metas 2023 · Planificado 30 · alcanzado 0 · cumplimiento 0\u00a0%');
    expect(Object.keys(details)).toHaveLength(mdi.length);
  });

  it('the profile gets the kind and years of its records as filter values, once each', () => {
    expect(html.match(/data-pagefind-filter="tipo\[data-value\]" data-value="meta"/g)).toHaveLength(1);
    expect(html).toContain('<span data-pagefind-filter="anio[data-value]" data-value="2023"></span>');
    expect(html).not.toContain('data-pagefind-filter="funcion');
  });

  it('escapes the text and ids it writes', () => {
    const r: SearchRecord = { ...mdi[0]!, meta: { title: 'A <b> & "c"' }, content: 'x < y', detail: '1 > "0"' };
    const out = profileSearchSections([r]);
    expect(out).toContain('>A &lt;b&gt; &amp; &quot;c&quot;</h3><p>x &lt; y</p>');
    expect(out).toContain('data-value="{&quot;meta-2023-1&quot;:&quot;1 &gt; \\&quot;0\\&quot;&quot;}"');
  });

  it('a goal\'s section id is its anchor', () => {
    expect(mdi.every((r) => recordSectionId(r) === r.anchor)).toBe(true);
  });
});

describe('page facets', () => {
  it('institution profile: function, level, report years and formats; sort key always present', () => {
    expect(institutionFacets(ds, MDI)).toEqual({
      filters: { tipo: ['institucion'], funcion: ['ejecutiva'], nivel: ['nacional'], anio: [2023], formato: ['cpccs-rendicion'] },
      meta: { contexto: 'MDI · Ejecutiva · Nacional' },
      sort: { anio: '2023' },
    });
    const dpe = institutionFacets(ds, 'defensoria-del-pueblo');
    expect(dpe.filters.anio).toEqual([]);
    expect(dpe.sort).toEqual({ anio: NO_YEAR });
    expect(() => institutionFacets(ds, 'no-existe')).toThrow(/no-existe/);
  });

  it('commitments: the plan period 2019-2022 year by year', () => {
    expect(commitmentsFacets(ds)).toEqual({
      filters: { tipo: ['compromiso'], funcion: ['ejecutiva'], nivel: ['nacional'], anio: [2022, 2021, 2020, 2019], formato: ['ogp-plan'] },
      meta: { contexto: '5 compromisos del plan de Gobierno Abierto' },
      sort: { anio: '2022' },
    });
  });

  it('single-kind pages sort last by year', () => {
    expect(kindFacets('metodologia')).toEqual({ filters: { tipo: ['metodologia'] }, sort: { anio: NO_YEAR } });
  });
});

describe('searchFilterOptions', () => {
  it('every filter with readable labels, years newest first', () => {
    const o = searchFilterOptions(ds);
    expect(o.tipo.map((x) => x.value)).toEqual(['institucion', 'meta', 'proceso', 'compromiso', 'metodologia', 'comparacion', 'datos']);
    expect(o.anio.map((x) => x.value)).toEqual(['2023', '2022', '2021', '2020', '2019']);
    expect(o.funcion.find((x) => x.value === 'gad')!.label).toBe('GAD');
    expect(o.formato.find((x) => x.value === 'lotaip-a4')!.label).toBe('Matriz LOTAIP literal a4 (metas)');
    expect(filterLabel('tipo', 'meta')).toBe('Meta');
    expect(filterLabel('nivel', 'zonal')).toBe('Zonal');
  });
});
