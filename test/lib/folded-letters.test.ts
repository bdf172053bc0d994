/**
 * foldedLettersMatcher (src/lib/text.ts): a header phrase compared on its letters only, accents and
 * case folded, whatever spaces a layout put inside or between its words. Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { fold, foldedLettersMatcher, foldedMatcher } from '../../src/lib/text.ts';

describe('foldedLettersMatcher', () => {
  const includes = foldedLettersMatcher('includes', ['meta cuantificable', 'descripcion de la unidad']);
  const equals = foldedLettersMatcher('equals', ['meta cuantificable']);
  const starts = foldedLettersMatcher('startsWith', ['literal a4']);

  it('matches spaces added inside words, removed between them, any case and accents', () => {
    for (const t of ['Meta cuantificable', 'Meta cuantificabl e', 'Meta cuan tificable', 'Metacuantificable', 'META  CUANTIFICÁBLE', 'M e t a\ncuantificable']) {
      expect(equals(t), t).toBe(true);
      expect(includes(`No.  Indicador  ${t}`), t).toBe(true);
    }
    expect(includes('Descripciónde la unidad')).toBe(true);
    expect(starts('  Literal a4) Las metas')).toBe(true);
    expect(starts('Literala 4)')).toBe(true);
  });

  it('never matches other letters, and equals/startsWith keep their anchors', () => {
    expect(equals('Meta cuantificada')).toBe(false);
    expect(equals('Meta cuantificable anual')).toBe(false);
    expect(includes('Meta cuanti-ficable')).toBe(false);
    expect(starts('Ver literal a4')).toBe(false);
    expect(starts('')).toBe(false);
  });

  it('agrees with the definition on folded text, spaces removed', () => {
    const texts = ['Meta cuantificabl e', 'Metacuantificable', 'me ta cuan', 'META\u0301 CUANTIFICABLE', 'Meta cuantificable 😀', 'x'];
    for (const t of texts) expect(includes(t), t).toBe(fold(t).replaceAll(' ', '').includes('metacuantificable'));
  });

  it('foldedMatcher still needs the spaces between words', () => {
    expect(foldedMatcher('equals', ['meta cuantificable'])('Metacuantificable')).toBe(false);
    expect(foldedMatcher('equals', ['meta cuantificable'])('Meta cuantificabl e')).toBe(false);
  });
});
