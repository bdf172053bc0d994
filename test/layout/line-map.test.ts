import { describe, expect, it } from 'vitest';
import {
  displayedLine, displayedLineOrNull, displayedMessage, displayedSpan, identityMap, isIdentity, joinRuns,
} from '../../src/ingest/layout/line-map.ts';

const DISPLAYED = [
  'Título',              // 1
  'PROGRAMA    MONTO',   // 2
  'Egresos en  1.234,56', // 3
  'personal',            // 4
  'de apoyo',            // 5
  'Bienes      7,00',    // 6
];

describe('line map: joined text for the parsers, displayed lines for the citations', () => {
  const { text, map } = joinRuns(DISPLAYED, [1, 1, 3, 1], (ls) => ls.join(' | '));

  it('joins the runs in order and records where each joined line starts', () => {
    expect(text.split('\n')).toEqual(['Título', 'PROGRAMA    MONTO', 'Egresos en  1.234,56 | personal | de apoyo', 'Bienes      7,00']);
    expect(map).toEqual({ starts: [1, 2, 3, 6], displayedLines: 6 });
    expect(isIdentity(map)).toBe(false);
  });

  it('maps each joined line to its displayed span and cites the first displayed line', () => {
    expect([1, 2, 3, 4].map((l) => displayedSpan(map, l))).toEqual([[1, 1], [2, 2], [3, 5], [6, 6]]);
    expect([1, 2, 3, 4].map((l) => displayedLine(map, l))).toEqual([1, 2, 3, 6]);
    expect(displayedLineOrNull(map, null)).toBeNull();
    // A line the map does not know (out of range) is left as it is.
    expect(displayedLine(map, 9)).toBe(9);
  });

  it('the cited displayed line holds the row\'s figure', () => {
    expect(DISPLAYED[displayedLine(map, 3) - 1]).toContain('1.234,56');
    expect(DISPLAYED[displayedLine(map, 4) - 1]).toContain('7,00');
  });

  it('translates "(archivo:línea)" and line ranges in flag messages, only for that file', () => {
    expect(displayedMessage(map, 'a.pdf', 'monto negativo: -7 (a.pdf:4)')).toBe('monto negativo: -7 (a.pdf:6)');
    expect(displayedMessage(map, 'a.pdf', 'filas repetidas (a.pdf:3–4)')).toBe('filas repetidas (a.pdf:3–6)');
    expect(displayedMessage(map, 'a.pdf', 'filas repetidas (a.pdf:2-3)')).toBe('filas repetidas (a.pdf:2-5)');
    expect(displayedMessage(map, 'a.pdf', 'igual que (b.pdf:4)')).toBe('igual que (b.pdf:4)');
    expect(displayedMessage(map, 'a.pdf', 'sin línea (a.pdf)')).toBe('sin línea (a.pdf)');
  });

  it('the identity map changes nothing', () => {
    const id = identityMap(3);
    expect(id).toEqual({ starts: [1, 2, 3], displayedLines: 3 });
    expect(isIdentity(id)).toBe(true);
    expect(displayedLine(id, 2)).toBe(2);
    expect(displayedMessage(id, 'a.pdf', 'x (a.pdf:2)')).toBe('x (a.pdf:2)');
  });

  it('refuses runs that do not cover the text exactly', () => {
    expect(() => joinRuns(DISPLAYED, [1, 2], (ls) => ls.join(' '))).toThrow('runs cover 3 lines, the text has 6');
    expect(() => joinRuns(['a'], [0, 1], (ls) => ls.join(' '))).toThrow();
  });
});
