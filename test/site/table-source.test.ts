/**
 * A table of one report names its file once (caption) and each row only its line: lineRef is
 * the row's text, sharedSource decides when the table qualifies.
 */
import { describe, expect, it } from 'vitest';
import { lineRef } from '../../src/site/format.ts';
import { sharedSource, type Cell } from '../../src/site/table.ts';

describe('lineRef', () => {
  it('gives the line, a range of lines, or the page and line of a PDF', () => {
    expect(lineRef(24)).toBe('línea 24');
    expect(lineRef(151, null, 158)).toBe('líneas 151–158');
    expect(lineRef(151, null, 151)).toBe('línea 151');
    expect(lineRef(12, [1, 5, 12, 30])).toBe('p. 3, línea 12');
    expect(lineRef(10, [1, 5, 12, 30], 31)).toBe('pp. 2–4, líneas 10–31');
    expect(lineRef(null)).toBeNull();
  });
});

const src = (file: string, line: number, reportId: string | null = 'r1'): Cell => ({ type: 'source', file, line, reportId });
const text: Cell = { type: 'text', text: 'x', flags: [] };

describe('sharedSource', () => {
  it('names the one report all the rows cite', () => {
    expect(sharedSource([[text, src('a.txt', 24)], [text, src('a.txt', 37)]])).toEqual({ file: 'a.txt', reportId: 'r1' });
  });
  it('is null when rows cite two files, two reports or nothing', () => {
    expect(sharedSource([[text, src('a.txt', 24)], [text, src('b.txt', 37)]])).toBeNull();
    expect(sharedSource([[text, src('a.txt', 24)], [text, src('a.txt', 37, 'r2')]])).toBeNull();
    expect(sharedSource([[text], [text]])).toBeNull();
    expect(sharedSource([])).toBeNull();
  });
});
