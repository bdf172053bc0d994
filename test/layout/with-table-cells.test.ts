/** The driver's entry to column recovery (src/ingest/layout/index.ts): what it leaves alone. */
import { describe, expect, it } from 'vitest';
import { withTableCells } from '../../src/ingest/layout/index.ts';

describe('withTableCells', () => {
  it('recovers cells in text without TABs', () => {
    expect(withTableCells('RUC:      1798194735001\nTIPO:     UDAF\n')).toBe('RUC:\t1798194735001\nTIPO:\tUDAF\n');
  });

  it('leaves text with a TAB as it is', () => {
    const t = 'RUC:\t1798194735001\nTIPO:     UDAF\n';
    expect(withTableCells(t)).toBe(t);
  });

  it('leaves a CSV of the template as it is, double spaces inside its fields included', () => {
    const t = 'institucion,anio,tipo,categoria,planificado,ejecutado\n"MINISTERIO  DEL INTERIOR",2023,presupuesto,"Egresos   en personal",100,90\n';
    expect(withTableCells(t)).toBe(t);
  });
});
