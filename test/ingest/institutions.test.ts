import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CatalogError, InstitutionResolver, parseInstitutionsCsv } from '../../src/ingest/institutions.ts';

const catalogue = parseInstitutionsCsv(readFileSync('data/institutions.csv', 'utf8'));
const resolver = new InstitutionResolver(catalogue);
const hint = (h: Partial<Parameters<InstitutionResolver['resolve']>[0]>) => ({ name: null, ruc: null, parent: null, domains: [], other: [], ...h });

describe('institution catalogue', () => {
  it('has unique slug ids whose parents exist', () => {
    const ids = catalogue.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('ministerio-del-interior');
    expect(ids).toContain('consejo-nacional-electoral');
    expect(catalogue.find((i) => i.id === 'administracion-zonal-manuela-saenz')?.parent_id)
      .toBe('secretaria-general-de-coordinacion-territorial-y-participacion-ciudadana');
  });
  it('names the file, line and field of a bad row', () => {
    const bad = 'id,name,acronym,ruc,level,function,type,parent_id,domains,aliases\nx,X,,12,nacional,ejecutiva,m,,,\n';
    expect(() => parseInstitutionsCsv(bad, 'inst.csv')).toThrow(CatalogError);
    expect(() => parseInstitutionsCsv(bad, 'inst.csv')).toThrow(/ruc.*\(inst\.csv:2\)/);
  });
});

describe('InstitutionResolver', () => {
  it('resolves by RUC when the name agrees (or is absent)', () => {
    expect(resolver.resolve(hint({ ruc: '1798194735001', name: 'MINISTERIO DEL INTERIOR' }))).toMatchObject({
      institution: { id: 'ministerio-del-interior' }, match: 'ruc', inferred: false,
    });
    expect(resolver.resolve(hint({ ruc: '1798194735001' }))?.institution.id).toBe('ministerio-del-interior');
  });
  it('never merges a RUC with a conflicting name, nor falls back to links when the report names itself', () => {
    expect(resolver.resolve(hint({ ruc: '1798194735001', name: 'otro nombre' }))).toBeNull();
    expect(resolver.resolve(hint({ name: 'GAD Municipal de Ninguna Parte', domains: ['ministeriodelinterior.gob.ec'] }))).toBeNull();
  });
  it('resolves by name ignoring accents and case', () => {
    expect(resolver.resolve(hint({ name: 'MINISTERIO DEL INTERIOR' }))?.institution.id).toBe('ministerio-del-interior');
    expect(resolver.resolve(hint({ name: 'secretaria tecnica de planificacion “planifica ecuador”' }))?.institution.id)
      .toBe('secretaria-tecnica-de-planificacion-planifica-ecuador');
  });
  it('resolves by acronym', () => {
    expect(resolver.resolve(hint({ name: 'CNE' }))).toMatchObject({ institution: { id: 'consejo-nacional-electoral' }, match: 'acronym' });
  });
  it('infers from the domain of verification links (and its parent domains)', () => {
    expect(resolver.resolve(hint({ domains: ['iess.gob.ec'] }))).toMatchObject({
      institution: { id: 'instituto-ecuatoriano-de-seguridad-social' }, match: 'domain', inferred: true,
    });
    expect(resolver.byHost('repositorio.cne.gob.ec')?.id).toBe('consejo-nacional-electoral');
  });
  it('infers from indirect hints such as memo prefixes', () => {
    expect(resolver.resolve(hint({ other: ['IESS'] }))).toMatchObject({ institution: { acronym: 'IESS' }, inferred: true });
  });
  it('returns null when nothing matches', () => {
    expect(resolver.resolve(hint({ name: 'Gobierno Autónomo de Ninguna Parte', domains: ['example.org'] }))).toBeNull();
  });
  it('finds several institutions joined in one field', () => {
    const found = resolver.findAll('Presidencia de la República del Ecuador Ministerio de Telecomunicaciones y de la Sociedad de la Información');
    expect(found.map((i) => i.id)).toEqual([
      'presidencia-de-la-republica-del-ecuador',
      'ministerio-de-telecomunicaciones-y-de-la-sociedad-de-la-informacion',
    ]);
  });
});
