import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { centredColumns, leftAlignCentred } from '../../src/ingest/layout/centred-text.ts';
import { parserText } from '../../src/ingest/layout/index.ts';

const printed = (name: string): string => readFileSync(`test/fixtures/layout/printed/${name}.layout.txt`, 'utf8');
const REPORT = readFileSync('data/reports/2023-consejo-nacional-electoral-lotaip-a4-metas.txt', 'utf8').split('\n');
/** A row's cells, trimmed, empty ones at its end dropped. */
const cellsOf = (line: string): string[] => {
  const cells = line.replace(/^\f/u, '').split('\t').map((c) => c.trim());
  while (cells.length && cells[cells.length - 1] === '') cells.pop();
  return cells;
};

describe('leftAlignCentred', () => {
  // The CNE matrix printed Legal portrait, condensed 8 pt, every cell centred, its first page
  // (fixture README: report lines 7-14, excerpt lines 14-32).
  const page = printed('cne-legal-condensed-centred-units-1-5');

  it('sets each line of a centred cell where its column\'s widest line starts, and leaves figures and numbers where they are', () => {
    const before = page.split('\n');
    const after = leftAlignCentred(page).split('\n');
    expect(after).toHaveLength(before.length);
    const startOf = (lines: string[], n: number, text: string) => lines[n - 1]!.indexOf(text);
    // (as printed: «Talento Humano» at 12 under «Administrativa Financiera y» at 7, «actualización ( E )» at 101 under «Porcentaje del personal …» at 87)
    expect([startOf(before, 16, 'Talento Humano'), startOf(before, 15, 'Administrativa Financiera y')]).toEqual([12, 7]);
    expect([startOf(before, 19, 'actualización ( E )'), startOf(before, 18, 'Porcentaje del personal')]).toEqual([101, 87]);
    // (moved: the lines of one cell start together, as a left-aligned table's do)
    expect(startOf(after, 16, 'Talento Humano')).toBe(startOf(after, 15, 'Administrativa Financiera y'));
    expect(startOf(after, 22, 'Planificación')).toBe(startOf(after, 21, 'Gestión Estratégica y'));
    expect(startOf(after, 19, 'actualización ( E )')).toBe(startOf(after, 18, 'Porcentaje del personal'));
    expect(startOf(after, 15, 'institucional')).toBe(startOf(after, 14, 'Porcentaje de ejecución presupuestaria'));
    // (not moved: the values, «70,36» / «%», «N/A», and the unit's number)
    expect([startOf(after, 14, '70,36'), startOf(after, 15, '%'), startOf(after, 17, 'N/A'), startOf(after, 17, '1')]).toEqual([138, 140, 139, 0]);
  });

  it('gives the parsers the rows of the bundled report (report lines 7-14)', () => {
    const { text } = parserText(`${page}\n\f`);
    const rows = text.split('\n').filter((l) => l.includes('\t')).map(cellsOf);
    for (const n of [7, 8, 9, 10, 11, 12, 13, 14]) expect(rows, `línea ${n} del informe`).toContainEqual(cellsOf(REPORT[n - 1]!));
  });

  it('finds a centred column whose cells\' lines interleave with the next column\'s (cells in the middle of their rows)', () => {
    // The CNE matrix printed Letter landscape, narrow 9 pt, zebra rows, every cell centred in the
    // middle of its row, its first page (fixture README): the objective's lines and the indicator's
    // interleave (excerpt lines 13-15: «Incrementar la calidad de la gestión administrativa,
    // financiera y» at character 53, the indicator's line under it, «de talento humano del Consejo
    // Nacional Electoral.» at 58); report line 12 (unit 3's figure cut, «100,00» / «%») aside.
    const text = printed('cne-letter-landscape-centred-middle-units-1-5');
    expect(centredColumns(text.split('\n')).map((c) => [c.left, c.right])).toEqual([[5, 49], [52, 118], [123, 192]]);
    const rows = parserText(`${text}\n\f`).text.split('\n').filter((l) => l.includes('\t')).map(cellsOf);
    for (const n of [6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]) expect(rows, `línea ${n} del informe`).toContainEqual(cellsOf(REPORT[n - 1]!));
  });

  it('finds no centred column in a left-aligned table, and leaves its text as it is', () => {
    for (const name of ['cne-a3-landscape-ruled-units-6-8', 'cne-serif-padded-units-1-2', 'quito-serif-ruled-goal-1-entity']) {
      const text = printed(name);
      expect(centredColumns(text.split('\n')), name).toEqual([]);
      expect(leftAlignCentred(text), name).toBe(text);
    }
  });

  it('sets a real report\'s centred column at its left edge (Portoparques 2025 management report, p. 5, lines 201-210)', () => {
    // The plan's name centred in its column: «PLN-2025-02013:» / «PLAN DE» / «FORTALECIMIENTO» / «DE LA» /
    // «INFRAESTRUCTURA» / «TECNOLÓGICA» / «INFORMÁTICA Y», printed from characters 1, 5, 0, 6, 0, 3, 2.
    const lines = leftAlignCentred(readFileSync('test/fixtures/informe-gestion-tablas/portoparques-2025-informe-gestion.layout.txt', 'utf8')).split('\n');
    for (const [n, text] of [[201, 'PLN-2025-02013:'], [202, 'PLAN DE'], [204, 'FORTALECIMIENTO'], [205, 'DE LA'], [206, 'INFRAESTRUCTURA'], [207, 'TECNOLÓGICA'], [208, 'INFORMÁTICA Y']] as const) {
      expect(lines[n - 1]!.startsWith(text), `línea ${n}`).toBe(true);
    }
  });
});

describe('leftAlignCentred on a long text', () => {
  it('reads a page of 200,000 lines (a text pasted without page breaks) without running out of stack', () => {
    // (a column of texts centred on character 60, a value beside each: more texts than a call's
    // spread arguments can take)
    const words = ['Porcentaje', 'de', 'ejecución', 'presupuestaria', 'institucional', 'la', 'gestión', 'del', 'Consejo'];
    const lines = Array.from({ length: 200_000 }, (_, i) => {
      const text = Array.from({ length: 2 + ((i * 7) % 6) }, (_, k) => words[(i + k) % words.length]).join(' ');
      return `${' '.repeat(60 - Math.floor(text.length / 2))}${text}      N/A`;
    });
    const out = leftAlignCentred(lines.join('\n')).split('\n');
    expect(out).toHaveLength(lines.length);
    const starts = new Set(out.map((l) => l.search(/\S/u)));
    expect(starts.size).toBe(1);
  }, 60_000);
});
