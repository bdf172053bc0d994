/**
 * The first screen of a profile and its social card (issue 16): the Ministerio del Interior's
 * report declares 112,37 % of its goals fulfilled (line 146, "TOTAL % CUMPLIMIENTO DE LA GESTIÓN")
 * and executed 40,39 % of its budget (line 164); with each goal capped at 100 % its 11 goals
 * average 72,38 % and 3 of them are at 0 % (the figures issue 16 quotes from the goals table).
 */
import { describe, expect, it } from 'vitest';
import { goalsCardLine, profileHeadline } from '../../src/site/headline.ts';
import { institutionCard } from '../../src/site/og.ts';
import { institutionProfile } from '../../src/site/profile.ts';
import { fixture, MDI, plain } from './helpers.ts';

const ds = fixture();
const p = institutionProfile(ds, MDI);

describe('profile headline', () => {
  it('states the budget execution, the declared goals and the capped mean with the goals at 0 %', () => {
    const h = profileHeadline(p).map((s) => ({ ...s, value: plain(s.value), note: s.note && plain(s.note) }));
    expect(h.map((s) => [s.label, s.value])).toEqual([
      ['Presupuesto 2023 ejecutado', '40,39 %'],
      ['Metas 2023: cumplimiento declarado', '112,37 %'],
      ['Con cada meta limitada a 100 %', '72,38 %'],
    ]);
    expect(h[0]!.note).toBe('$31.717.549,13 de $78.537.516,23');
    expect(h[2]!.note).toBe('3 de 11 metas en 0 %');
    expect(h.map((s) => s.anchor)).toEqual(['presupuesto', 'metas', 'metas']);
  });
  it('the social card puts the capped mean beside the declared total', () => {
    expect(plain(goalsCardLine(p, 2023)!)).toBe('Metas: 112,37 % declarado · 72,38 % con tope de 100 %');
    expect(plain(goalsCardLine(p, 2022)!)).toBe('Metas: 112,37 % declarado · 72,38 % con tope de 100 % (2023)');
    expect(plain(institutionCard(p).more!)).toBe('Metas: 112,37 % declarado · 72,38 % con tope de 100 %');
  });
});
