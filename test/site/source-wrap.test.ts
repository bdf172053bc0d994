/** A citation between parentheses in running text (Source.astro `paren`): each parenthesis is glued to its neighbouring character. */
import { describe, expect, it } from 'vitest';
import { parenthesized } from '../../src/site/format.ts';

describe('parenthesized', () => {
  it('splits off the first and last character with their parentheses', () => {
    expect(parenthesized('2023-ministerio-del-interior-rendicion-de-cuentas.txt:146')).toEqual({
      open: '(2', middle: '023-ministerio-del-interior-rendicion-de-cuentas.txt:14', close: '6)',
    });
  });
  it('keeps an accent written as a combining mark with its letter', () => {
    expect(parenthesized('I\u0301ndice.txt, p. 7, línea 12')).toEqual({ open: '(I\u0301', middle: 'ndice.txt, p. 7, línea 1', close: '2)' });
  });
  it('a one-character text is one glued piece', () => {
    expect(parenthesized('x')).toEqual({ open: '(x)', middle: '', close: '' });
    expect(parenthesized('')).toEqual({ open: '()', middle: '', close: '' });
  });
});
