import { describe, expect, it } from 'vitest';
import { documentWords, wordJoin } from '../../src/ingest/layout/word-join.ts';

// A narrow printed table (the shape of the Ministerio del Interior form printed on A4 with
// equal-width columns: scripts/print-reports-pdf.ts, variant a4-portrait-narrow), with the
// words the rest of the document prints whole.
const TEXT = [
  ' COBERTURA              NO. DE UNIDADES',
  ' NACIONAL               1',
  ' Nivel     GÉNER    COBERT',
  '           O        URA',
  ' NACION    MASCU    NACION',
  ' AL        LINO     AL',
  ' INFORMES DE LA CONTRALORÍA GENERAL DEL ESTADO',
  ' CONTRALORÍA        2023',
  ' GENERAL',
].join('\n');

describe('documentWords', () => {
  it('sees every word, and where a word is followed or preceded by more text of its segment', () => {
    const w = documentWords(TEXT);
    expect(w.all.has('nacional')).toBe(true);
    expect(w.all.has('mascu')).toBe(true);
    // "DE" in "NO. DE UNIDADES" is between words; "NACIONAL" is alone in its segment
    expect(w.notLast.has('de')).toBe(true);
    expect(w.notFirst.has('de')).toBe(true);
    expect(w.notLast.has('nacional')).toBe(false);
    expect(w.notFirst.has('nacional')).toBe(false);
    // "CONTRALORÍA GENERAL" on line 7: CONTRALORÍA followed by more text, GENERAL preceded by it
    expect(w.notLast.has('contraloría')).toBe(true);
    expect(w.notFirst.has('general')).toBe(true);
    // cut fragments only ever sit at a segment's edge
    expect(w.notLast.has('mascu')).toBe(false);
    expect(w.notFirst.has('lino')).toBe(false);
  });

  it('counts a TAB as a gap between segments', () => {
    const w = documentWords('UNO\tDOS');
    expect(w.notLast.has('uno')).toBe(false);
    expect(w.notFirst.has('dos')).toBe(false);
  });
});

describe('wordJoin', () => {
  const w = documentWords(TEXT);
  it('joins without a space two fragments that make a word the document prints', () => {
    expect(wordJoin(' NACION', 'AL', w)).toBe('');
    expect(wordJoin('COBERT', 'URA', w)).toBe(''); // COBERTURA, line 1
  });
  it('keeps the space between two words the document prints whole elsewhere', () => {
    expect(wordJoin('CONTRALORÍA', 'GENERAL', w)).toBe(' ');
  });
  it('does not tell when a fragment is only seen at the edge of a segment', () => {
    expect(wordJoin('MASCU', 'LINO', w)).toBeNull();
    expect(wordJoin('GÉNER', 'O', w)).toBeNull(); // GÉNERO is not printed whole
  });
  it('does not tell when a side has no word at its edge', () => {
    expect(wordJoin('S/N,', 'GENERAL', w)).toBeNull();
    expect(wordJoin('CONTRALORÍA', '(2023)', w)).toBeNull();
  });
  it('compares words without regard to case, keeping accents', () => {
    expect(wordJoin('Nacion', 'al', w)).toBe('');
    expect(wordJoin('CONTRALORIA', 'GENERAL', w)).toBeNull();
  });
});
