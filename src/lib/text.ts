/** Text helpers shared by the parsers: normalization, HTML stripping, slugs, dates. */

/** Lowercase, accents removed, whitespace folded: for matching, never for display. */
export function fold(text: string): string {
  // Fast path (most cells and words): plain ASCII, no work beyond lowercasing and folding spaces.
  const n = text.length;
  let upper = false;
  let spaces = false;
  let prevSpace = true; // a space at the start needs trimming
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return foldUnicode(text);
    if (c === 32) {
      if (prevSpace) spaces = true;
      prevSpace = true;
      continue;
    }
    if (c >= 9 && c <= 13) spaces = true;
    else if (c >= 65 && c <= 90) upper = true;
    prevSpace = false;
  }
  if (prevSpace && n > 0) spaces = true;
  const lower = upper ? text.toLowerCase() : text;
  return spaces ? lower.replace(/\s+/g, ' ').trim() : lower;
}

/** The reference definition of fold: Unicode decomposition, marks removed, lowercase, spaces folded. */
function foldReference(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Per-character fold of the BMP, filled lazily from `foldReference` of the single character:
 * KEEP (folds to itself), SPACE (whitespace), the folded string, or UNSAFE for characters whose
 * fold may depend on their neighbours (combining marks, surrogates, capital sigma), which send
 * the whole text to `foldReference`. Folding character by character is exact for the rest: a
 * canonical decomposition only reorders combining marks, and none of those is let through.
 */
const FOLD_CHAR: (string | 0 | 1 | 2 | undefined)[] = new Array(0x10000);
const SPACE = 0;
const UNSAFE = 1;
const KEEP = 2;

function foldChar(c: number): string | 0 | 1 | 2 {
  const ch = String.fromCharCode(c);
  if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 || /\p{M}/u.test(ch)) return UNSAFE;
  if (/^\s$/.test(ch)) return SPACE;
  const folded = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (folded === '' || /\p{M}|\s/u.test(folded)) return UNSAFE;
  return folded === ch ? KEEP : folded;
}

function foldUnicode(text: string): string {
  let out = '';
  let run = -1; // start of a run of characters that fold to themselves
  let pending = false; // a space is due before the next character
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = FOLD_CHAR[c];
    if (f === undefined) f = FOLD_CHAR[c] = foldChar(c);
    if (f === KEEP) {
      if (run < 0) {
        if (pending) {
          out += ' ';
          pending = false;
        }
        run = i;
      }
      continue;
    }
    if (run >= 0) {
      out += text.slice(run, i);
      run = -1;
    }
    if (f === SPACE) {
      pending = out !== '';
      continue;
    }
    if (f === UNSAFE) return foldReference(text);
    if (pending) {
      out += ' ';
      pending = false;
    }
    out += f;
  }
  return run >= 0 ? out + text.slice(run) : out;
}

// ---------------------------------------------------------------------------------------------
// Matching folded text without folding it. fold() is applied to whole lines and cells just to
// ask whether they contain or start with a phrase; the regexes below answer the same question
// on the raw text. They rest on facts about this runtime's Unicode data, checked when the table
// is built (otherwise the matchers fold): a BMP character folds (alone) to nothing only if it is
// one of the marks U+0300-U+036F, and none folds to several characters that include ASCII or
// whitespace. A folded ASCII character therefore comes from one raw character whose own fold is
// it; only marks can vanish between two of them, and a folded space is a run of whitespace
// (marks may be mixed in). Combining marks are never reordered across the letters they sit
// between (letters are starters), and the only context-dependent lowercasing (final sigma)
// never produces ASCII. Texts with characters outside the BMP (surrogates) are simply folded.

interface FoldTable {
  /** ASCII character → code units whose fold is exactly it. */
  chars: Map<string, number[]>;
  /** Code units whose fold is one whitespace character. */
  spaces: number[];
  /** Code units whose fold is empty. */
  marks: number[];
  /** Whether the facts above hold (else matchers fold). */
  clean: boolean;
}

let foldTable: FoldTable | null = null;

function tableOfFold(): FoldTable {
  if (foldTable) return foldTable;
  // One normalization for the whole BMP: each code unit after a NUL, which no decomposition
  // crosses (NUL is a starter), so the text between two NULs is that code unit's own fold.
  // Surrogates and NUL itself stand in as "x" (they are never in a class: a lone surrogate
  // folds to itself, NUL is added by hand).
  const codes = new Uint16Array(0x20000);
  for (let c = 0; c < 0x10000; c++) codes[2 * c + 1] = c === 0 || (c >= 0xd800 && c <= 0xdfff) ? 0x78 : c;
  const raw = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(codes);
  const folded = raw.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const table: FoldTable = { chars: new Map([['\0', [0]]]), spaces: [], marks: [], clean: true };
  let c = -1;
  let start = 0;
  const piece = (end: number) => {
    if (c <= 0 || (c >= 0xd800 && c <= 0xdfff)) return;
    const len = end - start;
    const ch = folded.charCodeAt(start);
    if (len === 0) table.marks.push(c);
    else if (len === 1 && isSpaceUnit(ch)) table.spaces.push(c);
    else if (len === 1 && ch < 0x80) {
      const key = String.fromCharCode(ch);
      const list = table.chars.get(key) ?? [];
      list.push(c);
      table.chars.set(key, list);
    } else if (len > 1 && /[\x00-\x7f\s]/.test(folded.slice(start, end))) table.clean = false;
  };
  for (let i = 0; i < folded.length; i++) {
    if (folded.charCodeAt(i) !== 0) continue;
    piece(i);
    c++;
    start = i + 1;
  }
  piece(folded.length);
  if (c !== 0xffff) table.clean = false;
  if (table.marks.some((m) => m < 0x300 || m > 0x36f)) table.clean = false;
  foldTable = table;
  return table;
}

/** Whether a UTF-16 code unit is whitespace for `\s` (and for `trim`). */
export function isWhitespaceCode(c: number): boolean {
  return isSpaceUnit(c);
}

function isSpaceUnit(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || (c >= 0xa0 && isUnicodeSpace(c));
}

function classSource(units: readonly number[]): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  const sorted = [...units].sort((x, y) => x - y);
  let out = '';
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out += j > i ? `${hex(sorted[i]!)}-${hex(sorted[j]!)}` : hex(sorted[i]!);
    i = j;
  }
  return `[${out}]`;
}

function charClass(table: FoldTable, ch: string): string {
  return classSource(table.chars.get(ch) ?? [ch.charCodeAt(0)]);
}

/**
 * A cheap pre-check for `fold(text).includes(word)` and `fold(stripHtml(text)).includes(word)`
 * (`word`: lowercase ASCII letters and digits): a regex on the raw text that matches whenever
 * those can be true (see above; stripHtml can also join two letters by removing "**"), so a
 * text it does not match can skip the folding. It never decides a match on its own. The
 * exception is an entity ("&#97;"), which stripHtml decodes into a letter: callers of the
 * stripHtml form must skip the pre-check when the text holds "&".
 */
function foldedWordPattern(word: string): RegExp {
  if (!/^[a-z0-9]+$/.test(word)) throw new Error(`foldedWordPattern: not a lowercase ASCII word: ${word}`);
  const table = tableOfFold();
  if (!table.clean) return /[^]?/; // always "maybe"
  const marks = classSource(table.marks);
  return new RegExp([...word].map((ch) => charClass(table, ch)).join(`(?:\\*\\*|${marks})*`));
}

/**
 * `foldedWordPattern` for several words at once, compiled on first use: false when none of them
 * can occur (never false for a text with characters outside the BMP).
 */
export function mayContainFolded(...words: string[]): (text: string) => boolean {
  let re: RegExp | null = null;
  return (text) => SURROGATE.test(text) || (re ??= new RegExp(words.map((w) => foldedWordPattern(w).source).join('|'))).test(text);
}

/**
 * Like `mayContainFolded`, for words that must fold to the whole of a whitespace-separated word
 * (as after `text.split(/\s+/)`): such a word starts the text or follows whitespace, perhaps
 * after marks. Anchoring on that boundary makes the test several times faster.
 */
export function mayContainFoldedWord(...words: string[]): (text: string) => boolean {
  let re: RegExp | null = null;
  const build = () => {
    const table = tableOfFold();
    if (!table.clean) return /[^]?/;
    return new RegExp(`(?:^|\\s)${classSource(table.marks)}*(?:${words.map((w) => foldedWordPattern(w).source).join('|')})`);
  };
  return (text) => SURROGATE.test(text) || (re ??= build()).test(text);
}

const SURROGATE = /[\ud800-\udfff]/;

export type FoldedMatch = 'includes' | 'startsWith' | 'equals';

/**
 * An exact test of `fold(text)[how](phrase)` for any of `phrases` (lowercase printable ASCII,
 * words separated by single spaces), evaluated on the raw text with one regex compiled on first
 * use. `wordEnd`: the phrase must also end a word (`\b` after it in the folded text).
 */
export function foldedMatcher(how: FoldedMatch, phrases: readonly string[], wordEnd = false): (text: string) => boolean {
  return matcher(how, phrases, wordEnd, false);
}

/**
 * Like `foldedMatcher`, on letters only: an exact test of `letters(fold(text))[how](letters(phrase))`,
 * where `letters` removes every space. For the words of a table header, which a layout may cut
 * inside a word or pack together: a narrow header cell wrapped as «Meta cuanti» / «ficabl» / «e»
 * and joined with spaces reads «Meta cuanti ficabl e»; a converter that drops the gap between two
 * lines of a cell reads «Metacuantificable». Meant for phrases of several words, long enough that
 * their letters do not occur by chance.
 */
export function foldedLettersMatcher(how: FoldedMatch, phrases: readonly string[]): (text: string) => boolean {
  return matcher(how, phrases, false, true);
}

function matcher(how: FoldedMatch, phrases: readonly string[], wordEnd: boolean, anySpacing: boolean): (text: string) => boolean {
  for (const p of phrases) {
    if (!/^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/.test(p) || p !== p.toLowerCase()) throw new Error(`foldedMatcher: bad phrase ${p}`);
  }
  if (wordEnd && phrases.some((p) => !/\w$/.test(p))) throw new Error('foldedMatcher: wordEnd needs phrases ending in a word character');
  // The same test on folded text (the definition, and the fallback).
  const bare = (p: string) => (anySpacing ? p.replaceAll(' ', '') : p);
  const escaped = `(?:${phrases.map((p) => bare(p).replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&')).join('|')})${wordEnd ? '\\b' : ''}`;
  const onFolded = new RegExp(how === 'includes' ? escaped : how === 'startsWith' ? `^${escaped}` : `^${escaped}$`);
  const byFolding = (text: string) => onFolded.test(anySpacing ? fold(text).replaceAll(' ', '') : fold(text));
  let test: ((text: string) => boolean) | null = null;
  const build = (): ((text: string) => boolean) => {
    const table = tableOfFold();
    if (!table.clean) return byFolding;
    const marks = classSource(table.marks);
    const space = classSource(table.spaces);
    const blank = classSource([...table.spaces, ...table.marks]);
    const phrase = (p: string) => anySpacing
      ? [...p.replaceAll(' ', '')].map((ch) => charClass(table, ch)).join(`${blank}*`)
      : p.split(' ').map((w) => [...w].map((ch) => charClass(table, ch)).join(`${marks}*`)).join(`${marks}*${space}${blank}*`);
    let source = `(?:${phrases.map(phrase).join('|')})`;
    if (wordEnd) {
      const word = [...'abcdefghijklmnopqrstuvwxyz0123456789_'].flatMap((ch) => table.chars.get(ch) ?? [ch.charCodeAt(0)]);
      source += `(?!${marks}*${classSource(word)})`;
    }
    if (how === 'startsWith') source = `^${blank}*${source}`;
    if (how === 'equals') source = `^${blank}*${source}${blank}*$`;
    const re = new RegExp(source);
    return (text) => (SURROGATE.test(text) ? byFolding(text) : re.test(text));
  };
  return (text) => (test ??= build())(text);
}

/**
 * The first character of `fold(html ? stripHtml(text) : text)` ('' when that is empty), read
 * from the start of the text only, or null when it cannot be told that way (the caller then
 * folds). Skips what both drop at the start: whitespace, the marks U+0300-U+036F and, with
 * `html`, tags. It gives up at anything that stripHtml could turn into something else: "&"
 * (entities), "\\" (escapes), "*" ("**" is removed), <script>/<style> blocks, and at characters
 * whose fold depends on their neighbours. Used to skip lines that cannot start with a phrase.
 */
export function foldedFirstChar(text: string, html: boolean): string | null {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceUnit(c) || (c >= 0x300 && c <= 0x36f)) continue;
    if (html) {
      if (c === 38 || c === 92 || c === 42) return null;
      if (c === 60) {
        const end = tagEnd(text, i);
        if (end >= 0) {
          if (/^<(?:script|style)/i.test(text.slice(i, i + 7))) return null;
          i = end;
          continue;
        }
      }
    }
    let f = FOLD_CHAR[c];
    if (f === undefined) f = FOLD_CHAR[c] = foldChar(c);
    if (f === UNSAFE || f === SPACE) return null;
    return f === KEEP ? text.charAt(i) : f.charAt(0);
  }
  return '';
}

/** Where the tag that starts at `i` ends (its ">"), as stripHtml reads tags; -1 if none does. */
function tagEnd(text: string, i: number): number {
  let j = i + 1;
  if (text.charCodeAt(j) === 47) j++;
  const l = text.charCodeAt(j) | 0x20;
  if (l < 97 || l > 122) return -1;
  for (let k = j + 1; k < text.length; k++) {
    const d = text.charCodeAt(k);
    if (d === 62) return k;
    if (d === 60) return -1;
  }
  return -1;
}

/** A stable slug: "Ministerio del Interior" → "ministerio-del-interior". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Report text is untrusted and often carries HTML fragments (`<p>`, `<ul style=...>`,
 * `<b>`). This returns plain text: tags removed (block tags become spaces), entities
 * decoded, bullets and whitespace folded. The site still renders it as text.
 */
export function stripHtml(text: string): string {
  // Fast path: nothing to strip or decode (no "<", "&", "*", "\\"): only whitespace to fold.
  const n = text.length;
  let spaces = false;
  let prevSpace = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 60 || c === 38 || c === 42 || c === 92) return stripHtmlFull(text);
    if (c === 32) {
      if (prevSpace) spaces = true;
      prevSpace = true;
      continue;
    }
    if ((c >= 9 && c <= 13) || (c >= 0xa0 && isUnicodeSpace(c))) spaces = true;
    prevSpace = false;
  }
  if (prevSpace && n > 0) spaces = true;
  return spaces ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Whether a code unit ≥ 0xA0 is whitespace for `\s` (and for `trim`). */
function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The full stripHtml; each step is skipped when the text lacks the characters it acts on. */
function stripHtmlFull(text: string): string {
  // Most report HTML is plain tags (<p>, <b>, <td ...>): one pass does it.
  if (!/[&*\\]|<(?:script|style)/i.test(text)) return stripTags(text);
  let t = text;
  // Entities are decoded once, before tags are removed: "&lt;script&gt;" is markup too, and a
  // dataset string must hold none (a data user's tool may render it).
  if (t.includes('&')) {
    t = t.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
  }
  if (t.includes('<')) {
    if (/<(?:script|style)/i.test(t)) t = t.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
    t = t.replace(/<\/?[a-zA-Z][^<>]*>/g, ' ');
  }
  if (t.includes('**')) t = t.replace(/\*\*/g, '');
  if (t.includes('\\')) t = t.replace(/\\([$*_#])/g, '$1');
  return t.replace(/\s+/g, ' ').trim();
}

/**
 * `text.replace(/<\/?[a-zA-Z][^<>]*>/g, ' ').replace(/\s+/g, ' ').trim()` in one pass: a "<"
 * starts a tag when a letter follows it (after an optional "/") and the first "<" or ">" after
 * that letter is a ">"; otherwise it is text. Tags and whitespace runs become one space.
 * Its run-and-pending-space loop has the shape of foldUnicode's on purpose: both are per-character
 * hot loops of the ingest, and sharing the skeleton would put a callback on every character.
 */
function stripTags(text: string): string {
  const n = text.length;
  let out = '';
  let run = -1; // start of the current run of text characters
  let pending = false; // a space is due before the next text character
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const end = c === 60 ? tagEnd(text, i) : -1; // the ">" closing a tag that starts here
    if (end < 0 && !isSpaceUnit(c)) {
      if (run < 0) {
        if (pending) {
          out += ' ';
          pending = false;
        }
        run = i;
      }
      continue;
    }
    if (run >= 0) {
      out += text.slice(run, i);
      run = -1;
    }
    pending = out !== '';
    if (end >= 0) i = end;
  }
  return run >= 0 ? out + text.slice(run) : out;
}

/**
 * What makes two reports versions of one document: the same title in words, once accents, case,
 * punctuation, numbers (a report number, a year, a date) and the marks «No», «Nro.» and
 * «(fragmento)» are ignored: «Informe de Rendición de Cuentas No 13359» and «… No 13360 (fragmento)»
 * are one document; an annual management report and a POA evaluation of the same institution and
 * year («Informe de Gestión Anual», «Informe de Evaluación y Seguimiento Plan Operativo Anual») are two.
 */
export function documentTitleKey(title: string): string {
  return fold(title).replace(/[^a-z]+/g, ' ').split(' ')
    .filter((w) => w && !/^(?:no|nro|n|num|numero|fragmento)$/.test(w)).join(' ');
}

/** Cleans a table cell for display: HTML stripped, whitespace folded. */
export function cleanCell(text: string | undefined): string {
  return stripHtml(text ?? '');
}

/**
 * Splits a tab-separated line into trimmed cells: `line.split('\t').map((c) => c.trim())`, in
 * one pass without the intermediate array (trim's whitespace is `\s`, isSpaceUnit).
 */
export function cells(line: string): string[] {
  const out: string[] = [];
  const n = line.length;
  let start = 0;
  for (;;) {
    const tab = line.indexOf('\t', start);
    const end = tab < 0 ? n : tab;
    let a = start;
    let b = end;
    while (a < b && isSpaceUnit(line.charCodeAt(a))) a++;
    while (b > a && isSpaceUnit(line.charCodeAt(b - 1))) b--;
    out.push(a === 0 && b === n ? line : line.slice(a, b));
    if (tab < 0) return out;
    start = tab + 1;
  }
}

const MONTHS: Record<string, number> = {
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};

/** "Febrero 2020" / "febrero de 2020" → "2020-02"; null when it is not a month and year. */
export function parseMonthYear(text: string): string | null {
  const m = /([a-záéíóú]+)\s+(?:de(?:l)?\s+)?(\d{4})/i.exec(fold(stripHtml(text)));
  if (!m) return null;
  const month = MONTHS[m[1]!];
  if (!month) return null;
  return `${m[2]}-${String(month).padStart(2, '0')}`;
}

/** "14/03/2024" → "2024-03-14"; null when it is not a valid dd/mm/yyyy date. */
export function parseDmy(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
