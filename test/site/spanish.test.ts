import { describe, expect, it } from 'vitest';
import { articleOf, count, ofName, theName, TheName } from '../../src/site/spanish.ts';

describe('articles before institution names', () => {
  it('masculine and feminine head nouns, acronyms, accents', () => {
    expect(theName('Ministerio del Interior')).toBe('el Ministerio del Interior');
    expect(theName('IESS')).toBe('el IESS');
    expect(theName('Administración Zonal Manuela Sáenz')).toBe('la Administración Zonal Manuela Sáenz');
    expect(TheName('Defensoría del Pueblo')).toBe('La Defensoría del Pueblo');
  });
  it('"de" + "el" contracts to "del"', () => {
    expect(ofName('Servicio Nacional de Contratación Pública')).toBe('del Servicio Nacional de Contratación Pública');
    expect(ofName('Secretaría de Derechos Humanos')).toBe('de la Secretaría de Derechos Humanos');
  });
  it('no article when the head noun is unknown (a proper name)', () => {
    expect(articleOf('Portoparques')).toBeNull();
    expect(ofName('Portoparques')).toBe('de Portoparques');
    expect(TheName('Portoparques')).toBe('Portoparques');
  });
});

describe('plurals', () => {
  it('singular for 1, plural otherwise, grouped thousands', () => {
    expect(count(1, 'advertencia')).toBe('1 advertencia');
    expect(count(1, 'informe')).toBe('1 informe');
    expect(count(2, 'informe')).toBe('2 informes');
    expect(count(0, 'proceso')).toBe('0 procesos');
    expect(count(1234, 'institución', 'instituciones')).toBe('1.234 instituciones');
  });
});
