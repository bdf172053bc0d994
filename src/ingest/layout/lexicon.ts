/**
 * Spanish words, for telling a word cut by a narrow column from two words broken at a space when
 * the document itself does not tell (word-join.ts reads the document's own words first).
 *
 * The list is the npm package an-array-of-spanish-words (MIT, about 636,000 forms: inflections
 * included, written without acute accents). It is read on first use (8 MB of JSON, about 0.1 s)
 * and kept for the process: a constant, like a table compiled in.
 */
import { createRequire } from 'node:module';
import { fold } from '../../lib/text.ts';

let words: ReadonlySet<string> | null = null;

/** The word as the list writes it: folded (lower case, accents dropped: lib/text.ts), «ñ» kept. */
export function lexiconForm(word: string): string {
  return word.normalize('NFC').split(/[ñÑ]/u).map(fold).join('ñ');
}

/** Spanish words of one letter (the list has none). */
const ONE_LETTER = new Set(['a', 'e', 'o', 'u', 'y']);

/** Whether `word` (letters only) is a Spanish word form. */
export function isSpanishWord(word: string): boolean {
  if (!words) words = new Set(createRequire(import.meta.url)('an-array-of-spanish-words') as string[]);
  const form = lexiconForm(word);
  return ONE_LETTER.has(form) || words.has(form);
}
