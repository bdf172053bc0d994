import { describe, expect, it } from 'vitest';
import {
  documentWords, isLinkRun, joinedOnlyInLinks, lexiconJoin, lexiconSplitAhead, printedJoin, proseWords, punctJoin, wordJoin, wordJoinAhead, wordJoinLoose, wordJoinOpen, wordSeenInside, wordSplitAhead,
} from '../../src/ingest/layout/word-join.ts';

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

describe('wordJoinOpen: the line after may itself be cut at its end', () => {
  // A goals table printed in narrow columns (the IESS form printed on A4 landscape:
  // "EJECUCIÓN" / "PRESUPUES" / "TARIA", and "NO." / "DE" / "ME" / "TA"), with the words the
  // document prints whole elsewhere.
  const OPEN = [
    ' CUMPLIMIENTO DE LA EJECUCIÓN PRESUPUESTARIA:',
    ' INDICADOR DE LA META      NO.',
    '                           DE',
    ' PORCENTAJ                 ME',
    ' E DE                      TA',
    ' EJECUCIÓN',
    ' PRESUPUES',
    ' TARIA',
    ' DELANTERA DE UNA LANCHA',
  ].join('\n');
  const w = documentWords(OPEN);
  it('keeps the space before a fragment that starts a word printed whole after other text', () => {
    // "EJECUCIÓN" is followed by more text on line 1, "PRESUPUESTARIA" preceded by it
    expect(wordJoin('EJECUCIÓN', 'PRESUPUES', w)).toBeNull();
    expect(wordJoinOpen('EJECUCIÓN', 'PRESUPUES', w)).toBe(' ');
    // "DE" is between words on line 2, "META" after "LA"
    expect(wordJoinOpen('NO. DE', 'ME', w)).toBe(' ');
  });
  it('joins without a space fragments that start a word the document prints', () => {
    expect(wordJoinOpen('PRESU', 'PUES', w)).toBe('');
    // a whole word made of the two: as wordJoin
    expect(wordJoinOpen('PRESUPUES', 'TARIA', w)).toBe('');
    expect(wordJoinOpen('PORCENTAJ', 'E DE', w)).toBeNull(); // "PORCENTAJE" is not printed whole here
  });
  it('does not tell when both readings start words of the document, or neither does', () => {
    // "DE" + "LAN…": "DELANTERA" starts with "DELAN", and "LANCHA" (after "UNA") with "LAN"
    expect(wordJoinOpen('DE', 'LAN', w)).toBeNull();
    // "TARIA" + "XY": no word starts with "TARIAXY" or "XY"
    expect(wordJoinOpen('TARIA', 'XY', w)).toBeNull();
  });
});

describe('wordJoinLoose: weaker evidence for a space', () => {
  // (the Ministerio del Interior form printed on A4 with equal-width columns)
  const LOOSE = [
    ' NÚMERO DE INSTRUMENTOS DE GESTIÓN',
    ' INSTRUMENTOS',
    ' LOGÍSTICOS Y DE SEGURIDAD',
    ' INSTITUCIONAL',
    ' VALIDADOS',
    ' INTERINSTITUCI',
    ' ONAL FRENTE A ALERTAS',
  ].join('\n');
  const w = documentWords(LOOSE);
  it('keeps the space after a word seen inside text, before a word seen followed by more text', () => {
    expect(wordJoin('INSTRUMENTOS', 'LOGÍSTICOS Y', w)).toBeNull();
    expect(wordJoinLoose('INSTRUMENTOS', 'LOGÍSTICOS Y', w)).toBe(' ');
  });
  it('does not tell when the word before is only seen at an edge, or the one after is not seen ending', () => {
    expect(wordJoinLoose('INSTITUCIONAL', 'VALIDADOS', w)).toBeNull();
    expect(wordJoinLoose('INTERINSTITUCI', 'ONAL FRENTE A', w)).toBeNull();
    expect(wordJoinLoose('DE', 'INSTRU', w)).toBeNull(); // "INSTRU" is not seen followed by text
  });
  it('does not tell when the two start a word of the document', () => {
    const v = documentWords(`${LOOSE}\n DE LA DELEGACIÓN Y LA GESTIÓN`);
    // "DE" inside text, "LEGACIÓN"... is not seen; "LA" followed by text, but "DELA" starts "DELEGACIÓN"? no: "DELE"
    expect(wordJoinLoose('DE', 'LA GESTIÓN', v)).toBe(' ');
    expect(wordJoinLoose('DE', 'LE', documentWords(' DE LE DA\n DELEGA'))).toBeNull();
  });
});

describe('punctJoin: after punctuation, as the document prints that mark before that word', () => {
  // The IESS form's objectives run their items together after a comma ("financieros,OE 3."),
  // while its prose puts a space after a comma ("calidad, calidez").
  const P = [
    ' OE 1. Incrementar la sostenibilidad de los fondos de los seguros especializados,',
    ' OE 2. Incrementar la eficiencia en el uso de recursos financieros,OE 3. Incrementar la',
    ' calidad, calidez y oportunidad; NO. DE META',
  ].join('\n');
  const w = documentWords(P);
  it('joins without a space a mark the document prints attached to that word', () => {
    expect(punctJoin('especializados,', 'OE 2. Incrementar', w)).toBe('');
  });
  it('keeps the space where the document prints the mark apart from that word', () => {
    expect(punctJoin('calidad,', 'calidez y', w)).toBe(' ');
    expect(punctJoin('oportunidad;', 'NO.', w)).toBe(' '); // line 3
    expect(punctJoin('META.', 'Zeta', w)).toBeNull(); // ".zeta" is printed neither way
  });
  it('does not tell without a mark at the end, or when the document prints both', () => {
    expect(punctJoin('especializados', 'OE', w)).toBeNull();
    expect(punctJoin('x,', 'OE', documentWords(' a,OE b, OE'))).toBeNull();
  });
});

describe('wordJoinAhead: the next lines of a cell a few letters wide run on into a word', () => {
  const words = documentWords('Desde enero de 2020 hasta marzo\nEn la sede y e informe');
  it('joins without a space a fragment that, with the lines after it, makes a word the document prints', () => {
    // "En" / "e" / "r" / "o": "en" and "e" are words of the document too, but "enero" is printed.
    expect(wordJoinAhead('En', ['e', 'r', 'o'], words)).toBe('');
    expect(wordJoinAhead('Ma', ['r', 'zo 2020'], words)).toBe('');
  });
  it('does not tell when no run of the next fragments makes a word of the document', () => {
    expect(wordJoinAhead('En', ['la', 'sede'], words)).toBeNull();
    // (a fragment with a space ends the run: its first word is the last one tried, "ro" is not reached)
    expect(wordJoinAhead('ene', ['xx yy', 'ro'], words)).toBeNull();
    expect(wordJoinAhead('', ['ero'], words)).toBeNull();
  });
});

describe('printedJoin: marks and signs at a break, as the document prints them on a line', () => {
  const words = documentWords('<p><b>Hito 1:</b> Capacitación en la sede</p>\n<b>Objetivo 8:</b> Trabajo');
  it('joins without a space the runs the document prints together, never apart', () => {
    expect(printedJoin('ito 1:', '</b>', words)).toBe('');
  });
  it('keeps the space where the document prints the runs only apart', () => {
    expect(printedJoin('<p><b>Hito 1:</b>', 'Capa', words)).toBe(' ');
  });
  it('reads the whole next line first: "(" / "E )" where the document prints both "(E)" and "( E )"', () => {
    const both = documentWords('Porcentaje de firmas (E)\nPorcentaje del PAC ( E )');
    expect(printedJoin('del PAC (', 'E )', both)).toBe(' ');
    expect(printedJoin('de firmas (', 'E)', both)).toBe('');
    // ("( E )." is printed nowhere whole; its start "( E )" is, only apart)
    expect(printedJoin('institucional. (', 'E ).', both)).toBe(' ');
  });
  it('does not tell when the document prints them both ways, or neither', () => {
    expect(printedJoin('ito', '3:', documentWords('ito 3: uno\nito3: dos'))).toBeNull();
    // (a run is matched whole: "ito 3:" inside "Hito 3:" is not the run "ito")
    expect(printedJoin('ito', '3:', documentWords('Hito 3: uno\nito3: dos'))).toBe('');
    expect(printedJoin('</b>', 'Zeta', words)).toBeNull();
    expect(printedJoin('ito 1:', '</b>', { ...words, text: undefined })).toBeNull();
  });
});

describe('wordSplitAhead: a word cut twice after another, in a narrow column', () => {
  // The entity column of a printed form: "CONTR" / "ALORÍA" / "GENER" / "AL DEL" / "ESTAD" / "O";
  // "GENERAL" is printed whole in the title, "CONTRALORÍA" nowhere whole.
  const words = documentWords('SECRETARÍA GENERAL DE GESTIÓN\nen la entidad');
  it('keeps the space before a fragment that, with the next ones, makes a word the document prints', () => {
    expect(wordSplitAhead('CONTRALORÍA', ['GENER', 'AL DEL'], words)).toBe(' ');
  });
  it('does not tell when the text above and the fragment start a word, or the fragments make none', () => {
    expect(wordSplitAhead('SECRE', ['TAR', 'ÍA'], words)).toBeNull();
    expect(wordSplitAhead('CONTRALORÍA', ['GENER', 'OSO'], words)).toBeNull();
    expect(wordSplitAhead('CONTRALORÍA', ['GENERAL'], words)).toBeNull();
  });
  it('keeps the space when the text above and the fragment start a word but make none down the column', () => {
    // (the Ministerio's goals header printed on Letter, serif, cells at the bottom (otras5), its
    // column two letters wide: «NO» / «.» / «DE» / «M» / «ET» / «A», report line 122 «NO. DE META»;
    // «dem» starts «demás», «demeta» is no word, «meta» is one)
    const header = documentWords('META POA\nlos demás indicadores de la meta\nDESARROLLO');
    expect(wordSplitAhead('NO. DE', ['M', 'ET', 'A'], header)).toBe(' ');
    // (a word cut down the column keeps its pieces: «DE» / «SA» / «RRO» / «LLO» is «desarrollo»)
    expect(wordSplitAhead('DE', ['SA', 'RRO', 'LLO'], header)).toBeNull();
  });
});

describe('lexiconSplitAhead: the lexicon\'s word for a split the document prints only at segment starts', () => {
  // The Ministerio's goals header printed on B5, 7 pt, justified (otras2): its column two letters
  // wide, «NO.» / «DE» / «M» / «ET» / «A», report line 122 «NO. DE META»; every other «META» of
  // that document starts its line («INDICADOR DE LA» / «META», a header cut too), so «meta» is
  // never printed after other text.
  const header = documentWords('META\nINDICADOR DE LA\nMETA POA');
  it('keeps the space when both are Spanish words and together are none', () => {
    expect(lexiconSplitAhead('NO. DE', ['M', 'ET', 'A'], header)).toBe(' ');
  });
  it('does not tell when together they are a Spanish word, or the fragments make no word of the document', () => {
    // («CON» / «CUR» / «SO»: «con» and «curso» are words, and so is «concurso»)
    expect(lexiconSplitAhead('CON', ['CUR', 'SO'], documentWords('CURSO'))).toBeNull();
    expect(lexiconSplitAhead('NO. DE', ['M', 'ET', 'O'], header)).toBeNull();
    // («xq» is no Spanish word)
    expect(lexiconSplitAhead('NO. XQ', ['M', 'ET', 'A'], header)).toBeNull();
  });
});

describe('proseWords and joinedOnlyInLinks: a link\'s words are no evidence for prose', () => {
  // The Open Government plan prints «www.datosabiertos.ec» in its references and «datos abiertos» in its text.
  const text = [
    'Información disponible en: [www.datosabiertos.ec](http://www.datosabiertos.ec)',
    'Política de datos abiertos del Ecuador, y en <https://datosabiertos.carchi.gob.ec/about>',
    'correo: sonia.chala@derechoshumanos.gob.ec',
  ].join('\n');
  const words = { ...documentWords(text), prose: proseWords(text) };

  it('proseWords: the words outside web addresses and e-mails, sorted', () => {
    expect(proseWords(text)).toEqual(['abiertos', 'correo', 'datos', 'de', 'del', 'disponible', 'ecuador', 'en', 'información', 'política', 'y']);
  });

  it('joinedOnlyInLinks: «datos» / «abiertos» make a word only links print; a link cut there is a link', () => {
    expect(words.all.has('datosabiertos')).toBe(true);
    expect(joinedOnlyInLinks('Guía de datos', 'abiertos dirigida', words)).toBe(true);
    expect(joinedOnlyInLinks('http://www.datos', 'abiertos.ec', words)).toBe(false);
    expect(joinedOnlyInLinks('Política de da', 'tos abiertos', words)).toBe(false);
    // without the prose words (the PDF joiner's DocumentWords) nothing changes
    expect(joinedOnlyInLinks('Guía de datos', 'abiertos', documentWords(text))).toBe(false);
  });
});

describe('isLinkRun: a link in brackets is a link', () => {
  it('«[www.datosabiertos.ec]», a Markdown link\'s text whose address went to the next line, is a link, not prose', () => {
    // The Open Government plan printed on Letter at 9 pt with rules, layout text lines 2937-2938:
    // «… Recuperado de: [www.datosabiertos.ec]» / «(http://www.datosabiertos.ec)».
    const text = '- **Observatorio de Datos Abiertos y Transparencia.** Ecuador. Recuperado de: [www.datosabiertos.ec]\n(http://www.datosabiertos.ec)';
    expect(isLinkRun('[www.datosabiertos.ec]')).toBe(true);
    expect(isLinkRun('(http://www.datosabiertos.ec).')).toBe(true);
    expect(isLinkRun('[Datos]')).toBe(false);
    expect(proseWords(text)).not.toContain('datosabiertos');
  });
});

describe('wordSeenInside', () => {
  // The Ministerio del Interior's disposals printed on A4 portrait without rules (layout text lines
  // 631-640): the section title prints «DONACIONES» inside text; «RECIBIDAS» only opens a line.
  const DISPOSALS = [
    'ENAJENACIÓN, DONACIONES Y EXPROPIACIONES DE BIENES:',
    '',
    'TIPO                   BIEN                VALOR',
    '                                           TOTAL',
    'ENAJENACIÓN            Inmueble            \\$836.038',
    '                                           ,94',
    'DONACIONES             Motocicletas        \\$2.000,0',
    'RECIBIDAS                                  0',
  ].join('\n');
  const w = documentWords(DISPOSALS);

  it('a word the document prints inside text, which with the next piece starts no word, ends there', () => {
    expect(wordJoin('DONACIONES', 'RECIBIDAS', w)).toBeNull();
    expect(wordJoinLoose('DONACIONES', 'RECIBIDAS', w)).toBeNull();
    expect(wordSeenInside('DONACIONES', 'RECIBIDAS', w)).toBe(' ');
  });

  it('says nothing for a word seen only at a segment\'s edge, nor when the pieces make a word the document prints', () => {
    // «RECIBIDAS» is only seen opening a line
    expect(wordSeenInside('RECIBIDAS', 'DONACIONES', w)).toBeNull();
    // a document that also prints «DONACIONESY» whole: the pieces may be that word
    expect(wordSeenInside('DONACIONES', 'Y', documentWords(`${DISPOSALS}\nDONACIONESY`))).toBeNull();
    expect(wordSeenInside('DONACIONES', 'Y', w)).toBe(' ');
  });
});

describe('lexiconJoin: by the Spanish word list, when the document does not tell', () => {
  it('two words when each is one and together they make none; a word cut when the pieces make one and the first is none', () => {
    // The Open Government plan (bundled report, line 951): «… que incluya: metas, talento humano y
    // lo comprometerá …», printed in a column four letters wide as «tal» / «ento» / «hu» / «mano».
    expect(lexiconJoin('metas, talento', ['humano y lo'])).toBe(' ');
    expect(lexiconJoin('metas, talento', ['hu', 'mano', 'y lo'])).toBe(' ');
    expect(lexiconJoin('metas, tal', ['ento', 'hu', 'mano'])).toBe('');
    // The Ministerio del Interior's form (bundled report, line 141): «… INFRAESTRUCTURA POLICIAL …»,
    // cut «INFRAESTRUCTUR» / «A POLICIAL»; the CNE matrix (line 16): «democracia interna», apart.
    expect(lexiconJoin('INFRAESTRUCTUR', ['A POLICIAL'])).toBe('');
    expect(lexiconJoin('mecanismos de democracia', ['interna de'])).toBe(' ');
    // accents: the list writes words without them («ejecución» is «ejecucion»)
    expect(lexiconJoin('Porcentaje de ejecu', ['ción'])).toBe('');
  });

  it('knows a «-bilidad» noun made from a listed «-ble» adjective, which the list lacks', () => {
    // The Ministerio's goal 1.3 (bundled report, line 128): «… IMPLEMENTADAS DE CORRESPONSABILIDAD
    // PARTICIPATIVA …», cut «CORRESPONSA» / «BILIDAD» in a4-portrait-narrow's pdftotext text. The list
    // has «corresponsable», not «corresponsabilidad»; neither piece is a word.
    expect(lexiconJoin('IMPLEMENTADAS DE CORRESPONSA', ['BILIDAD'])).toBe('');
    // (no «-ble» adjective under it: no word)
    expect(lexiconJoin('DE XQZA', ['BILIDAD'])).toBeNull();
  });

  it('does not decide when both readings make words, or neither does', () => {
    // «concurren» / «cia»: «concurrencia» is a word and so are both pieces: no decision (the
    // caller's rules decide); nor on pieces that make no word either way, or a number
    expect(lexiconJoin('la concurren', ['cia en el'])).toBeNull();
    expect(lexiconJoin('xq', ['zzw'])).toBeNull();
    expect(lexiconJoin('texto', ['42'])).toBeNull();
  });
});
