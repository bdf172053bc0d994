/**
 * Issue 12: the printed-reports check "will also be checked on PDFs laid out differently from
 * yours". The bundled text reports printed in layouts the ingest was not tuned on
 * (scripts/print-reports-pdf.ts OTHER_VARIANTS: US Letter 9 pt ruled; A5 6 pt unruled with
 * equal-width columns; A3 landscape 10 pt ruled; A4 in a serif font with wide cell padding), read
 * both ways: the `pdftotext -layout` text and the PDF itself (PDF.js, src/ingest/pdf). Each must
 * give exactly the bundled report's records and flags, provenance aside, as in
 * test/layout/printed-reports.test.ts (same helpers: test/support/printed.ts; its own cache folder).
 *
 * What does not reach equality yet is `it.fails`, with what differs as measured on the merged code
 * of 2026-12-04 (records of the bundled report missing / extra records, per dataset,
 * test/support/printed.ts recordDiff). When one starts passing, vitest reports it and it becomes a
 * plain `it`. Measured: PDF path 10 of 20 exact, 428 records and flags differ (4 of 20 before that
 * day's first PDF-path rules; 7 of 20 and 1,019 before a table header at a page top was dropped
 * only when the page before has it (1,010), before table rows padded more than 2.2 font sizes
 * apart stopped being parted by blank lines (9 of 20, 443), and before a table cell at a page's end
 * was joined as a table cell when the next page goes on with the table (10 of 20, 428)),
 * pdftotext path 3 of 20 (2 before that day's text-path rules; 2,241 records and flags differ, 3,103 before;
 * 2,232 after packed "no value" markers were split and a whole «N/A» ended its cell; 4 of 20, 2,226
 * after a key packed one space before its value was split at the value column's edge; 2,214 after a
 * whole figure opening a cell of words went on and «TOTAL» / «%» was joined; 2,198 after a capital
 * after small letters started a new word; 2,196 after a header's lines a character or two off its
 * cells' grid were kept in their column; 2,194 after a markdown heading went on in its next line;
 * 2,192 after a «no value» marker cut down a narrow column was joined as one word, «NINGUN» / «A»;
 * 2,107 after one-cell rows printed above a key-value table (a commitment's title, its dates) were
 * joined at its first column's width and the plan parser read a title printed on its dates' line
 * and a heading after a page break; 1,863 after a line was full by its own width (a row laid a few
 * characters right of the others) and a whole date under text started a new row; 1,851 after the
 * CPCCS parser took the goals' indicator and % columns on the repeated header's grid; 1,843 after a
 * word printed only inside links, «www.datosabiertos.ec», stopped joining words of prose; 1,831 after
 * the pieces of a cut figure went on whatever their column's measured width, «112» / «,37» / «%»;
 * 1,828 after the CPCCS parser read a goals total printed «TOTAL%»; measured apart from those, from
 * 2,192: 2,074 after a form feed between two rows of one table stopped being a page break for the
 * parsers; 1,994 after the pieces of a cut figure went on whatever their column's width, a «%» under
 * them too; 1,928 after a line of a cell in small letters went on however short the line above
 * looked; 1,922 after a page laid on a grid unlike the page above's kept its own columns; both
 * together: 1,695);
 * both re-measured after merging (see the KNOWN tables). All 8 layouts (40), 2026-12-04 evening:
 * pdftotext path 4,907 → 4,187 records and flags differ, PDF path 218 → 189 (each rule's figures in
 * docs/held-out-layouts.md); night: 4,185 after a line of fewer digits than one above it in a cut
 * figure broke at a space, 4,181 after a word whose accent would fall four syllables from the end
 * stopped joining the next, 4,177 (7 of 40) after the piece of a figure cut in a cell
 * right-aligned, «107,0» / «6%», went on under it at a page's top, 4,176 after a disposals row
 * packed into one cell, «NINGUNA NO APLICA $0,00», declared nothing; PDF 183. 2026-12-04 late night: 4,024 after a month and its year cut down a
 * narrow column («Julio» / «202» / «0») was one date; 4,009 after such a date went on over up to
 * twelve lines and a line ending in a month went on in a year under it; 3,912 after a cell packed
 * one space after the widest line of the column before, a few characters left of its edge, went to
 * its column; 3,914 after that split went to a word opening the next column's cells (or a month and
 * its year) within a reach that grows with the column, and no longer inside a name; 3,911 after its
 * line before the cut could fall a fifth short of the column's widest fitting cell; 3,910 after a
 * capitalized word after a sentence's end went on only when it plainly did not fit; 3,906 after
 * nothing went on under the last piece of a cut figure; 3,818 after text packed after a numbering
 * figure counted where it starts when telling two columns a few characters apart alike; 3,732
 * after rows padded apart took a leading column a row below fills; 3,627 after the LOTAIP a4
 * parser read lone blank lines between padded rows as padding, not page breaks; 3,600 after a value
 * packed a few characters left of its column («… desarrollados y N/A») went to that column; 3,592
 * after three cells packed one space apart were cut twice; 3,557 (8 of 40) after a short line
 * right after a table, inside its first column, was the table's («GENERAL DEL» / «ESTADO»); 3,471
 * after one-cell rows above a table could end a character past its first column's widest line;
 * 2026-12-05: 3,459 after the CPCCS parser read a goal row on its own grid when its numbered
 * indicator sat one column off the header's; 3,490 after a period alone under a short word in
 * capitals («NO» / «.») ended no sentence (letter-portrait-8pt-justified Ministerio 272 → 305, its
 * goals table already unread: the justified objective's gaps cut it into columns); 3,486 after an
 * amount whose decimals OCR set apart, «2440» / «7239» / «2, 41», was one cut figure; 3,470 after a
 * cell starting a few characters left of a column, past where the column before reaches, went to it;
 * 3,453 after a line of prose in small letters went on from one that ended no sentence, however short;
 * 3,449 after a whole element under a closed paragraph was text of its own; 3,439 after the LOTAIP
 * a4 parser gave rows at a page's top back to the unit their (O.O) row names; 3,415 after a period
 * after a capital under a short word in capitals («N» / «O.») ended no sentence either; 3,353 after the
 * Spanish word list decided the word cuts the document's own words did not; 3,332 after counts
 * right-aligned under a header were that header's column though one of them («19») starts inside
 * it (the right-aligned layout's ministerio procurement read). 2026-12-05 (afternoon): 3,139 (9 of 40)
 * after that session's text-path rules (docs/held-out-layouts.md, 1-17), the a3 plan exact;
 * (night) 2,573 after a bracketed tag alone, «(E)», went on after a sentence's end; 2,531 after a
 * form feed between two rows of as many cells, the lower on a page laid on a grid of its own,
 * stopped being a page break for the parsers. 2026-12-07: 2,450 after rows after blank lines at a
 * page's foot took the next page's columns; 2,365 after a line was full by its printed width
 * (capitals wider) and its companions (a «N/A» under a figure, a bold page number, a title over a
 * numbered item); 2,362 (10 of 40, Quito on Letter sans tight exact) after a key packed before
 * its value above a table's first row was the table's. 2026-12-07 (evening): 2,300 after a line
 * over a table's columns stopped widening its first column; 2,291 (13 of 40, the IESS fragment on
 * Letter ruled 9 pt and A3 landscape exact) after a rule row set one space apart, «------- ----»,
 * said the text starts in a table and the procurement header's wrapped ends were skipped; 2,287
 * after a full line ending in a preposition went on and «CONTRA» / «LORÍA» joined by the lexicon;
 * 2,207 after the pieces of a table's header cut apart made no record; 2,200 after pieces of
 * recommendations and disposals rows were flagged, not read; 2,190 after the coverage header's;
 * 2,187 after budget rows with no figure were flagged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { OTHER_VARIANTS } from '../../scripts/print-reports-pdf.ts';
import { pageOfLine } from '../../src/lib/pdf.ts';
import {
  bundledExpectations, comparablePdf, eachPrinted, expectLayoutTexts, foreignFigures, ingestLayout, ingestPrintedPdf, layoutText, otherUnitGoals, printedDir, recordDiff, unflaggedOtherUnitGoals,
} from '../support/printed.ts';
import { withoutProvenance } from '../support/untab.ts';

const PLAN = 'the plan is read as a fragment (complete=false)';

/** Through `pdftotext -layout`: what still differs (measured 2026-12-05 after that day's text-path rules). */
const KNOWN: Record<string, Record<string, string>> = {
  'letter-portrait-ruled-9pt': {
    'plan-de-accion': `${PLAN} (commitments -2/+2, milestones -7/+7, flags -1/+17)`,
    'consejo-nacional-electoral': 'the merged-row matrix: goals -16/+18, flags -1/+14',
    'ministerio': 'goals -4/+6, flags -2/+14',
  },
  'a5-portrait-unruled-6pt-narrow': {
    'plan-de-accion': 'milestones -9/+9, flags -2/+20',
    'consejo-nacional-electoral': 'the merged-row matrix: goals -63/+55, flags -6/+23',
    'iess': 'goal -1/+1',
    'ministerio': 'goals -10/+10, recommendations -1/+3, flags -1/+6',
  },
  'a3-landscape-ruled-10pt': {
    'consejo-nacional-electoral': 'the merged-row matrix: goals -30/+8, flags -18/+55',
    'ministerio': 'the goals header «NO. DE META» packed one space before «DESCRIPCIÓN» on some rows: goals -11/+2, procurement -1/+1, recommendations -1/+4, flags -2/+53',
  },
  'a4-portrait-serif-padded': {
    'plan-de-accion': `${PLAN} (commitments -5/+5, milestones -6/+1, flags -3/+21)`,
    'consejo-nacional-electoral': 'the merged-row matrix: goals -62/+44, flags -16/+64',
    'iess': 'goals -1/+1, recommendations -1/+4, flags +7',
    'ministerio': 'coverage -1/+3, goals -9/+33, procurement -1, recommendations -2/+4, flags -2/+57',
  },
  'a4-portrait-dejavu-8pt-right': {
    'plan-de-accion': 'reports -1/+1, commitments -4/+3, milestones -23/+18, flags -3/+26',
    'consejo-nacional-electoral': 'figures right-aligned in their cells: goals -18/+15, flags -5/+24',
    'ministerio': 'goals -4/+4, recommendations +2, flags +6',
  },
  // (2026-12-07, after the stretched spaces of justified cells were held together, justified-text.ts:
  // the matrix's goals read 48 → 93 of 180, flags +436 → +342)
  'letter-portrait-8pt-justified': {
    'plan-de-accion': 'reports -1/+1, commitments -10/+6, milestones -59/+38, flags -4/+55',
    'consejo-nacional-electoral': 'justified text: reports -1/+1, goals -157/+93, flags -82/+342',
    'iess': 'budget lines -1/+1, goals -1/+1, procurement -2/+2, recommendations -4/+4, flags -1/+13',
    'ministerio': 'budget lines -8/+8, goals -11/+9, disposals -14/+1, procurement -2, recommendations -2/+2, flags -3/+107',
  },
  'a4-landscape-serif-9pt-spaced': {
    'plan-de-accion': 'reports -1/+1, commitments -2/+2, milestones -4/+4, flags -3/+18',
    'consejo-nacional-electoral': 'the merged-row matrix: goals -34/+31, flags -4/+36',
    'ministerio': 'budget lines +1, coverage -1/+1, goals -1/+5, recommendations -2/+6, flags -1/+18',
  },
  'letter-portrait-sans-8pt-tight': {
    'plan-de-accion': 'reports -1/+1, commitments -10/+9, milestones -33/+28, flags -4/+51',
    'consejo-nacional-electoral': 'cells without vertical padding: the merged-row matrix, goals -136/+197, flags -19/+238',
    'iess': 'reports -1/+1, budget lines -1/+4, budget summaries -1/+1, goals -1/+6, procurement -4/+6, recommendations -3/+10, flags -2/+43',
    'ministerio': 'budget lines -8/+6, budget summaries -1/+1, coverage -1/+3, goals -11/+18, recommendations -2, flags -3/+152',
  },
};

/**
 * The PDFs read by the ingest (PDF.js positions): what still differs (measured 2026-12-04 on the
 * merged rules for rows at page tops and for cut words: 14 of 20 exact, 60 records and flags differ;
 * 10 and 113 before either; then 15 of 20, 37, after a cell cut by a page break was joined across it;
 * 35 after a data row printed again at a page top, its text wrapped down one column, was no longer
 * dropped as a repeated table header; 33 after narrow marks counted as half a letter).
 * Two layouts added for issue 12's right-aligned figures and justified text (A4 8 pt ruled with
 * `numbersRight`; Letter 8 pt unruled with `justify`): the six measured 16 of 30 exact, 1,674
 * records and flags differ; 1,385 after a figure right-aligned in its cell was placed at its
 * column's start (src/ingest/pdf/aligned.ts); 17 of 30, 785 after a justified cell's stretched line
 * was kept one cell (src/ingest/pdf/justified.ts; the justified layout 1,017 → 417); 633 (justified
 * 265) after two-word stretched lines over the same edges showed a justified column too. Their
 * pdftotext path: 5 of 30, 2,917 (text-path figures of the four older layouts unchanged). Two more
 * for «1.5 lines» spacing and cells without vertical padding (A4 landscape DejaVu Serif 9 pt ruled,
 * `lineHeight: 1.5`; Letter Liberation Sans 8 pt unruled, `cellPadding: '0 2pt'`), measured apart
 * from the justified rules: the eight 17 of 40 exact, 1,861 records and flags differ; 19 of 40,
 * 1,661 after a document whose lines are set wider than single spacing, and its rows wider still,
 * had its wrapped lines followed at its own spacing (src/ingest/pdf/spacing.ts; the spaced layout
 * 297 → 97); 1,441 after a column of figures right-aligned under a header narrower than the column
 * went to the header's start (aligned.ts; the right-aligned layout's CNE matrix 240 → 20). Their
 * pdftotext path: 6 of 40, 4,907. All merged: 20 of 40 exact, 733 (the tight layout's CNE matrix 104 → 148 with
 * the justified-cell rule); 689 once a text PDF.js joined over two cells («… así como el N/A», 2 pt
 * apart) was no longer taken for a justified cell's edges (that matrix back to 104). From there, for
 * justified text: 572 once a
 * justified page's stretched lines that no other row spans alike were kept one cell when they end a
 * cell gap before a column («A   Y/O», «Número   Total», «TOTAL   DE   PRESUPUESTO»; the justified
 * layout 265 → 148); 476 when the cell gap was the page's (a table whose lines never fill a column
 * shows none) and the stretched line's first word could start where only its cell's next line does,
 * or its last end at the page's right edge (the justified layout 148 → 52; its CNE matrix 3); 471
 * when a stretched line of words and codes («contratos   CGAJ   2017-037») counted as text; 455 when
 * two lines of one header cell ending in the same word at one place («NO.   DE» / «INFORME   DE») were
 * each one cell (the justified layout's IESS 17 → 1); 448 when the column after such a line could be
 * one that only another line of its block starts (commitment 9's «ón   o   actor», the plan 23 → 16).
 * Measured apart from those justified rules, for rows without vertical padding, from 689: 632 once a value
 * under a value (a figure or «N/A» below the row's own in its column, or «N/» / «A» cut) started a
 * row in a table that does not set its rows apart (src/ingest/pdf/wrapped.ts; that matrix 104 → 47);
 * 604 once a line filling every column started a row only for a bare number in its first column,
 * not for one in a date column as narrow as a month's name («Julio» / «202» / «0»; the tight
 * layout's plan 23 → 2); 554 once two items of one PDF.js run closer than 3/4 of a font size parted
 * two cells when both are figures (0.45 font sizes or more, «0,00 0,00») or a value follows words
 * (0.6 or more, «Porcentaje de ejecución presupuestaria 94,») (src/ingest/pdf/lines.ts; the tight
 * layout's CNE matrix 47 → 24, ministerio 38 → 11); 547 once an amount as Markdown escapes it,
 * «\$264.144,00», counted as a figure there (ministerio 11 → 4); 543 once items drawn apart (different
 * runs) 3.99 pt apart at 8 pt, a hair under half a font size, were two cells (CNE 24 → 20). Both merged: 20 of 40 exact, 302;
 * 280 once the piece of a figure cut after its separator went under it though wider («100,» / «00 %»,
 * aligned.ts; the right-aligned layout's ministerio 85 → 63); 258 once a piece ending a percentage
 * («96,2» / «1 %») went under it too, and a sure piece («0,» / «00») wherever a column rule had put it
 * (ministerio 63 → 45, iess 9 → 5); 218 (21 of 40 exact) once a table's column room was measured
 * with no gap narrower than the page's cell gap (a stray text 3 pt after a column's widest one is no
 * column: «2» / «1» is 21; src/ingest/pdf/wrapped.ts; the right-aligned layout 71 → 32, its iess exact);
 * 2026-12-04 night: 189 (21 of 40) after the column rules of that evening (docs/held-out-layouts.md),
 * 186 (22 of 40) once a line of fewer digits than one above it in its column counted figures
 * right-aligned in their cells («148» / «058» / «83» / «1,0»: «14805883 1,00»; the right-aligned
 * layout's ministerio exact); 184 once a lone capital that is no Spanish word ended the word cut in
 * capitals above it though more words follow it on its line («CORRESPONSABILIDA» / «D PARTICIPATIVA»,
 * the justified layout); 183 once the CPCCS parser read a disposals row packed into one cell,
 * «NINGUNA NO APLICA $0,00», as declaring nothing; 179 (23 of 40) once a bare number in a page's
 * bottom margin ending where the cell above ends was kept as that cell's («94» / «,0» / «7» / «%»,
 * right-aligned; the right-aligned layout's CNE exact); 100 once a row whose cells start between the
 * columns above, the rows under it on its columns, opened another table on a PDF's exact grid (the
 * spaced layout's CNE: «T … 1 … 1» at a page's top); 96 (24 of 40) once a bare number at a page's
 * top going on from the cell above at the page's own line spacing was kept («94,» / «07» / «%», lines
 * 1.5 apart; the spaced layout's CNE exact); 95 once a table of even columns got the columns its
 * spacing skips and a bare number at a page's top that most pages lack there was kept (the narrow
 * layout's HTML copy of the milestone table read as one); 83 (27 of 40) once the Spanish word list
 * decided the word cuts the document's own words did not («democracia» / «interna», «convivencia» /
 * «social» in the A5 layout; the A5 CNE and ministerio and the right-aligned plan exact); 69 once a row's
 * number given by PDF.js as one run with the unit's name («6 Político y Difusión») was split where
 * the lines below go on with the name (the tight layout's CNE 20 → 3); 66 (28 of 40) once two dates
 * given as one run («Diciembre 2020 Diciembre 2021») were split at the next date column (the tight
 * layout's plan exact); 63 (29 of 40) once a page that left room for the next page's first row,
 * the next page starting a table on other columns, parted the two tables with a blank line (the
 * justified layout's CNE exact: its unit 19 table starts page 6, the empty lines before it fell at
 * page 5's foot); 59 once a value PDF.js gives as one run with the text before it, «… así como el
 * N/A», was split where the value column's cells around start and end (the tight layout's CNE row
 * of line 93 kept); 57 (30 of 40) once the room left on a line was measured against the next
 * line's first letter, not its average one (the justified layout's ministerio: «RECO» / «MIEND», an
 * «M» did not fit, «RECOMIENDA» is one word).
 */
const KNOWN_PDF: Record<string, Record<string, string>> = {
  'a5-portrait-unruled-6pt-narrow': {
    'plan-de-accion': 'commitment 3\'s milestone 4, in a column four letters wide: «tal» / «en» / «to» reads «tal en to»: «tal», «en» and «talento» are all words, so neither the document nor the Spanish word list tells a cut from a space (milestones -1/+1)',
  },
  'a4-portrait-serif-padded': {
    'plan-de-accion': 'commitment 3\'s milestone table, joined over its page breaks: the copy in the HTML row\'s columns a few letters wide (cell padding 10 pt) is read with the serif letters\' widths misjudged («quepromueva», «Infrastructu reD ata»), and that copy is the one kept; its HTML copy («<» / «ta» / «bl» / «e» read with spaces) is not recognized (milestones -5/+5, flags -1/+4)',
    'ministerio': 'a planned figure the source prints with a space inside («14805883 1,00») comes out of the PDF joined: its pieces «14» / «80» / «58» / «83» / «1,0» / «0» each fill their column, so nothing in the layout shows the break at the space; same value, but its number_repaired flag is missing (goals -1/+1 in value_text only, flags -1)',
  },
  'letter-portrait-8pt-justified': {
    'plan-de-accion': 'commitment 3\'s milestone table in its HTML copy, columns a few letters wide, read with words cut and joined wrong (milestones -3/+3, flags -1/+9)',
    'iess': 'flags +1',
  },
  'a4-landscape-serif-9pt-spaced': {
    'plan-de-accion': 'a milestone\'s date cut in its column (milestones -1/+1, flags -1/+7); and the table of contents, whose page-number column wraps («<b>17</» / «b>») so that it ends a line below the titles\' column and starts a line below it, read as cells at the bottom of their rows: the numbers move up a line and two commitment titles differ from the index (flags -1/+2 more)',
    'ministerio': 'a planned figure the source prints with a space inside («14805883 1,00») comes out of the PDF joined: its pieces «1480» / «5883» / «1,00» each fill their column, so nothing in the layout shows the break at the space; same value, but its number_repaired flag is missing (goals -1/+1 in value_text only, flags -1)',
  },
  'letter-portrait-sans-8pt-tight': {
    'consejo-nacional-electoral': 'cells without vertical padding: «y/» / «o» reads «y/o» (the source prints «y/ o»; both break there, so the layout cannot tell) (goals -1/+1)',
    'iess': 'flags +1',
    'ministerio': 'the two figures of goal 3.2 the source prints with a space inside («14805883 1,00», «244072392, 41») come out of the PDF joined: their pieces («1480» / «5883» / «1,00», «392,» / «41») each fill their column, so nothing in the layout shows the breaks at the spaces; same values, but their number_repaired flags are missing (goals -1/+1 in value_text only, flags -2)',
  },
};

let dir = '';
const expected = bundledExpectations();

beforeAll(async () => {
  dir = await printedDir('cuentas-abiertas-other-printed', OTHER_VARIANTS);
}, 180_000);

describe('bundled reports printed in other layouts, through pdftotext -layout', () => {
  it('every layout gave a text without TABs for every report', () => {
    expectLayoutTexts(dir, OTHER_VARIANTS);
  });

  eachPrinted(OTHER_VARIANTS, KNOWN, (f) => f, (v, f) => {
    expect(withoutProvenance(ingestLayout(dir, v, f))).toEqual(expected(f));
  });

  // (the worst error, checked apart as for the PDF below: the layouts still short of exact put no
  // goal under another unit's number either, through pdftotext)
  const cne = '2023-consejo-nacional-electoral-lotaip-a4-metas.txt';
  for (const v of OTHER_VARIANTS) {
    it(`${v.name} / ${cne}: no goal under another unit's number`, () => {
      expect(otherUnitGoals(withoutProvenance(ingestLayout(dir, v.name, cne)), expected(cne))).toBe(0);
    });
  }
});

describe('bundled reports printed in other layouts, through pdftotext -layout: single rows', () => {
  it('A3 landscape Ministerio del Interior: the stated goals total whose cell wraps «112» / «,37» / «%» reads whole', () => {
    // Read by hand in the pdftotext -layout text (lines 385-387): «TOTAL % CUMPLIMIENTO DE LA GESTIÓN:» and, in
    // the % column, «112» / «,37» / «%»; the column's measured width is widened by description cells laid
    // further left on their own grid (lines 306-358), so the pieces go on only as a cut figure.
    const f = '2023-ministerio-del-interior-rendicion-de-cuentas.txt';
    const displayed = layoutText(dir, 'a3-landscape-ruled-10pt', f).split('\n');
    expect(displayed.slice(384, 387).map((l) => l.trim())).toEqual(['TOTAL % CUMPLIMIENTO DE LA GESTIÓN:                                                                                                        112', ',37', '%']);
    const report = ingestLayout(dir, 'a3-landscape-ruled-10pt', f).reports[0]!;
    expect([report.goals_pct_reported, report.goals_pct_reported_line]).toEqual([112.37, 385]);
  });
});

describe('bundled reports printed in other layouts, the PDF read by the ingest', () => {
  it('A3 landscape Ministerio del Interior: the stated goals total cites the page and displayed line that start its row', async () => {
    // Read by hand in the extracted text of the printed PDF (the text /informes/{id}/ shows) and in
    // `pdftotext -f 7 -l 7 -layout`: the row «TOTAL % CUMPLIMIENTO DE LA GESTIÓN: 112,37 %» is on page 7,
    // its value wrapped in a narrow cell as «112» (line 378) / «,37» (379) / «%» (380).
    const { datasets, text } = await ingestPrintedPdf(dir, 'a3-landscape-ruled-10pt', '2023-ministerio-del-interior-rendicion-de-cuentas.txt');
    const report = datasets.reports[0]!;
    expect([report.goals_pct_reported, report.goals_pct_reported_line]).toEqual([112.37, 378]);
    expect(pageOfLine(report.page_starts, 378)).toBe(7);
    const displayed = text.split('\n');
    expect(displayed[377]).toMatch(/^ TOTAL % CUMPLIMIENTO DE LA GESTIÓN: +112$/);
    expect(displayed[378]).toMatch(/^ +,37$/);
    expect(displayed[379]).toMatch(/^ +%$/);
  }, 60_000);

  it('recordDiff counts the records missing and extra per dataset', () => {
    const a = { x: [{ n: 1 }, { n: 2 }, { n: 2 }], y: [{ n: 1 }] };
    expect(recordDiff(a, a)).toBe('');
    expect(recordDiff({ x: [{ n: 1 }, { n: 3 }], y: [{ n: 1 }] }, a)).toBe('x -2/+1');
    expect(recordDiff({ x: a.x }, a)).toBe('y -1/+0');
  });

  it('otherUnitGoals counts the goals under a number the bundled report never gives them, not those without one', () => {
    const goal = (indicator: string, unit_number: number | null, planned: number | null = null) => ({ indicator, planned, value_text: null, unit_number });
    const want = { goals: [goal('Porcentaje de ejecución presupuestaria', 16, 90.25), goal('Porcentaje de ejecución presupuestaria', 17, 0), goal('Porcentaje de asistencias', 17)] };
    expect(otherUnitGoals(want, want)).toBe(0);
    // (under 7 instead of 17; under 16 with unit 17's figure; without a number; a goal the report lacks)
    const got = { goals: [goal('Porcentaje de asistencias', 7), goal('Porcentaje de ejecución presupuestaria', 16, 0), goal('Porcentaje de ejecución presupuestaria', null, 90.25), goal('Otro', 3)] };
    expect(otherUnitGoals(got, want)).toBe(2);
    // (an indicator whose spaces the layout lost, «(E)» for «( E )», is still the goal of its own unit,
    // though another unit's goal reads «(E)»: report lines 9 and 151 of the CNE matrix)
    const spaced = { goals: [goal('Porcentaje del personal que recibe cursos de actualización ( E )', 1), goal('Porcentaje del personal que recibe cursos de actualización (E)', 20)] };
    expect(otherUnitGoals({ goals: [goal('Porcentaje del personal que recibe cursos de actualización (E)', 1)] }, spaced)).toBe(0);
  });

  // (nor, in the CPCCS forms, an amount the report does not have that no flag on its line warns of:
  // a piece of an amount a layout cut over two lines, read as a whole one)
  const money = (f: string) => Object.fromEntries(['budget_lines', 'budget_summaries', 'procurement', 'disposals'].map((k) => [k, expected(f)[k]!]));
  for (const v of OTHER_VARIANTS) {
    for (const form of ['2023-ministerio-del-interior-rendicion-de-cuentas.txt', '2023-iess-unidad-rendicion-de-cuentas-fragmento.txt']) {
      it(`${v.name} / ${form}: no amount the report does not have, unflagged`, () => {
        expect(foreignFigures(ingestLayout(dir, v.name, form), money(form)).unflagged).toBe(0);
      });
    }
  }

  it('foreignFigures counts the figures no record of the bundled report has in that field, and those no warning on their line speaks of', () => {
    const line = (kind: string, amount: number | null, source_line: number) => ({ kind, asset: null, amount, source_line });
    const want = { disposals: [{ kind: 'DONACIONES RECIBIDAS', asset: null, amount: 103359.29 }, { kind: 'ENAJENACIÓN', asset: null, amount: 0 }] };
    // (a record of the report; a piece of its amount, flagged; another piece, unflagged; an info flag warns of
    // nothing; a known amount under another kind is no foreign figure; an empty amount neither)
    const got = {
      disposals: [line('DONACIONES RECIBIDAS', 103359.29, 10), line('DONACIONE', 103.35, 11), line('S RECIBIDAS', 9.29, 12), line('N', 8.94, 13), line('S RECIBIDAS', 0, 14), line('S', null, 15)],
      flags: [{ severity: 'warning', source_line: 11 }, { severity: 'info', source_line: 13 }],
    } as unknown as Parameters<typeof foreignFigures>[0];
    expect(foreignFigures(got, want)).toEqual({ all: 3, unflagged: 2 });
  });

  it('foreignFigures looks for the warning on a report figure\'s own line (goals_pct_reported_line), reports having no source_line', () => {
    const want = { reports: [{ id: 'r', goals_pct_reported: 112.37 }] };
    const report = (pct: number, line: number) => ({ id: 'r', goals_pct_reported: pct, goals_pct_reported_line: line });
    // (a total cut to 37 %, warned on its line 653; the same, warned on another line only)
    const warnedThere = { reports: [report(37, 653)], flags: [{ severity: 'warning', source_line: 653 }] } as unknown as Parameters<typeof foreignFigures>[0];
    const warnedElsewhere = { reports: [report(37, 653)], flags: [{ severity: 'warning', source_line: 40 }] } as unknown as Parameters<typeof foreignFigures>[0];
    expect(foreignFigures(warnedThere, want)).toEqual({ all: 1, unflagged: 0 });
    expect(foreignFigures(warnedElsewhere, want)).toEqual({ all: 1, unflagged: 1 });
  });

  it('unflaggedOtherUnitGoals leaves out the goals under another unit whose line a unit_unknown flag warns of', () => {
    const goal = (indicator: string, unit_number: number, source_line: number) => ({ indicator, planned: null, value_text: null, unit_number, source_line });
    const want = { goals: [{ indicator: 'Porcentaje de asistencias', planned: null, value_text: null, unit_number: 17 }] };
    const got = { goals: [goal('Porcentaje de asistencias', 16, 12), goal('Porcentaje de asistencias', 18, 20), goal('Porcentaje de asistencias', 17, 30)] };
    const flagAt = (code: string, source_line: number) => ({ code, source_line });
    // (line 12 flagged as a unit in doubt; line 20 flagged for something else: the reader is not warned of its unit)
    const datasets = { ...got, flags: [flagAt('unit_unknown', 12), flagAt('value_missing', 20)] } as unknown as Parameters<typeof unflaggedOtherUnitGoals>[0];
    expect(otherUnitGoals(got, want)).toBe(2);
    expect(unflaggedOtherUnitGoals(datasets, want)).toBe(1);
  });

  eachPrinted(OTHER_VARIANTS, KNOWN_PDF, (f) => f.replace(/\.txt$/, '.pdf'), async (v, f) => {
    expect(await comparablePdf(dir, v, f)).toEqual(expected(f));
  }, 60_000);

  // (the worst error, checked apart so the layouts still short of exact keep it: a reporter quotes
  // a figure under the unit printed beside it; a goal left without a unit is flagged instead)
  const cne = '2023-consejo-nacional-electoral-lotaip-a4-metas.txt';
  for (const v of OTHER_VARIANTS) {
    it(`${v.name} / ${cne.replace(/\.txt$/, '.pdf')}: no goal under another unit's number`, async () => {
      expect(otherUnitGoals(await comparablePdf(dir, v.name, cne), expected(cne))).toBe(0);
    }, 60_000);
  }
});
