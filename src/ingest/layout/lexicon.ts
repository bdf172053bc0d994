/**
 * Spanish words, for telling a word cut by a narrow column from two words broken at a space when
 * the document itself does not tell (word-join.ts reads the document's own words first).
 *
 * The list is the npm package an-array-of-spanish-words (MIT, about 636,000 forms: inflections
 * included, written without acute accents). It is read on first use (8 MB of JSON) and kept for
 * the process: a constant, like a table compiled in.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fold } from '../../lib/text.ts';

/** The list's JSON text (`["aba","ababa",…]`, sorted by code unit) and where each word starts in it. */
let list: { text: string; starts: Int32Array } | null = null;

/**
 * The list, read on first use: its JSON text as it is, not parsed, with the offset of each word
 * (parsing it and filling a Set took 0.25 s; this takes under 0.05 s), for a binary search.
 */
function load(): { text: string; starts: Int32Array } {
  const file = createRequire(import.meta.url).resolve('an-array-of-spanish-words');
  const text = readFileSync(file, 'utf8');
  if (!text.startsWith('["')) throw new Error(`lista de palabras inválida: ${text.slice(0, 20)} (${file})`);
  const offsets = [2];
  for (let at = text.indexOf('","'); at >= 0; at = text.indexOf('","', at + 3)) offsets.push(at + 3);
  return { text, starts: Int32Array.from(offsets) };
}

/** Whether the list holds `form` (binary search: words hold no quote). */
function listed(form: string): boolean {
  if (!list) list = load();
  const { text, starts } = list;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = starts[mid]!;
    const word = text.slice(at, text.indexOf('"', at));
    if (word === form) return true;
    if (word < form) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The word as the list writes it: folded (lower case, accents dropped: lib/text.ts), «ñ» kept. */
export function lexiconForm(word: string): string {
  return word.normalize('NFC').split(/[ñÑ]/u).map(fold).join('ñ');
}

/** Spanish words of one letter (the list has none). */
const ONE_LETTER = new Set(['a', 'e', 'o', 'u', 'y']);

/**
 * A noun in «-bilidad» made from an adjective in «-ble» («corresponsable» → «corresponsabilidad»,
 * «sostenible» → «sostenibilidad»): Spanish forms them regularly, and the list lacks some.
 */
const BILIDAD = /^(.+)bilidad(?:es)?$/u;

/** Whether `word` (letters only) is a Spanish word form (listed, or a «-bilidad» noun of a listed «-ble» adjective). */
export function isSpanishWord(word: string): boolean {
  const form = lexiconForm(word);
  if (ONE_LETTER.has(form) || listed(form)) return true;
  const stem = BILIDAD.exec(form)?.[1];
  return stem !== undefined && listed(`${stem}ble`);
}
