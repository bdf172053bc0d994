/**
 * Word join: when a table cell wraps over two displayed lines, was the break at a space between
 * two words ("CONTRALORÍA" / "GENERAL") or inside a word the layout cut (CSS `overflow-wrap`,
 * a narrow column: "NACION" / "AL")? Position alone often cannot tell: both lines above fill
 * their column. The document itself can: the words it prints elsewhere.
 *
 * - `documentWords(text)`: the words (runs of letters and digits, lower-cased) of the displayed
 *   text, and where each was seen: somewhere not at the end of a segment (a run of text between
 *   two-space gaps or line ends), somewhere not at the start of one.
 * - `wordJoin(before, after, words)`: '' when the two fragments make a word the document prints
 *   elsewhere; ' ' when each fragment is seen elsewhere as a whole word (the last word of `before`
 *   followed by more text, the first word of `after` preceded by more text) and together they are
 *   not a word of the document; null when the document does not tell (the caller decides by
 *   position).
 *
 * - `wordJoinOpen(before, after, words)`: the same when `after` may itself be cut at its end (a
 *   line that is one fragment, "PRESUPUES" before "TARIA"): when wordJoin does not tell, '' when
 *   the two fragments start a word the document prints, ' ' when the last word of `before` is seen
 *   whole and `after` starts a word seen whole after other text; null when both or neither.
 *
 * - `wordJoinLoose(before, after, words)`: weaker evidence for a space, when the others do not
 *   tell: the last word of `before` is seen inside text (other text before and after it), the
 *   first word of `after` is seen followed by more text, and together they start no word.
 *
 * - `wordSeenInside(before, after, words)`: weaker still, ' ' when the last word of `before` is
 *   seen inside text and together with `after` they make and start no word (nothing asked of `after`).
 *
 * - `wordJoinAhead(before, fragments, words)`: '' when the last word of `before` and the text of
 *   the next lines of its cell, each line one fragment ("E" / "n" / "ero", a column a few letters
 *   wide), run on into a word the document prints ("En" + "e" + "ro": "enero"), though the first
 *   fragments alone may be whole words ("en", "e"); null otherwise.
 *
 * - `wordSplitAhead(before, fragments, words)`: ' ' when the last word of `before` and the first
 *   fragment start no word the document prints (or start one but, with the fragments after, make
 *   none: "DE" / "M" / "ET" / "A"), and the first fragment runs on
 *   with the next lines' fragments into a word the document prints ("CONTRALORÍA" / "GENER" /
 *   "AL DEL": "general"): a word cut twice in a narrow column, the break before it at a space;
 *   null otherwise.
 *
 * - `printedJoin(before, after, words)`: for marks and signs, which are no words: '' when the
 *   document prints the last run of `before` (its text after its last space) and the first run of
 *   `after` together on a line, after a space or at its start ("3:</b>"), and never with a space
 *   between them (the whole of `after` first, then shorter starts of it), ' ' when only with
 *   one ("</b> Capa…"); null when both or neither.
 *
 * - `punctJoin(before, after, words)`: after punctuation ("especializados," / "OE 2."), '' when
 *   the document prints that mark and that word only together (",OE"), ' ' when only apart
 *   (", OE"); null otherwise.
 *
 * - `accentTooFarBack(before, after)`: true when joining the two would put the last word's written
 *   accent four syllables or more from the end ("FISCALIZACIÓN" / "DEPOSITADAS"): Spanish does not,
 *   so they are two words. Spelling, not the document: it holds where no other text tells.
 *
 * A fragment that is only ever seen at the edge of a segment ("MASCU" / "LINO") is never taken as
 * a whole word: cut fragments always sit at a segment's edge, so the same cut repeated down a table
 * is no evidence.
 *
 * Pure: text in, words out; no state between calls.
 */
import { isSpanishWord } from './lexicon.ts';
import { countAtMost } from '../../lib/sorted.ts';

export interface DocumentWords {
  /** Every word, lower-cased. */
  all: ReadonlySet<string>;
  /** Words seen at least once followed by more text of their segment (a space, then a word or sign). */
  notLast: ReadonlySet<string>;
  /** Words seen at least once preceded by more text of their segment. */
  notFirst: ReadonlySet<string>;
  /**
   * (The fields below were added for the PDF joiner; documentWords fills them, and the functions
   * that use them work, more slowly or without that evidence, on a value made without them.)
   * A punctuation mark and the word after it ("," + "oe" → ",oe"), seen with nothing between them
   * ("financieros,OE"), and seen with a space between them ("calidad, calidez").
   */
  punctTight?: ReadonlySet<string>;
  punctSpaced?: ReadonlySet<string>;
  /** `all` and `notFirst` sorted (code-unit order), for looking words up by their start. */
  allSorted?: readonly string[];
  notFirstSorted?: readonly string[];
  /** The displayed text itself (lines separated by \n), for printedJoin. */
  text?: string;
  /**
   * (Set by the text joiner, layout/wrapped-text.ts: proseWords.) The words seen outside web
   * addresses and e-mails, sorted: a word the document prints only inside a link
   * («www.datosabiertos.ec») is no evidence that prose joins its pieces («datos» / «abiertos»).
   */
  prose?: readonly string[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const SEGMENT = /\S+(?: \S+)*/g;
/** A punctuation mark after a letter or digit, maybe a space, and the word after it. */
const PUNCT_WORD = /(?<=[\p{L}\p{N}])([.,:;!?])( ?)([\p{L}\p{N}]+)/gu;

/** The words of a displayed text (lines separated by \n; TABs count as segment gaps). */
export function documentWords(text: string): DocumentWords {
  const all = new Set<string>();
  const notLast = new Set<string>();
  const notFirst = new Set<string>();
  const punctTight = new Set<string>();
  const punctSpaced = new Set<string>();
  for (const line of text.replace(/\t/g, '  ').split('\n')) {
    for (const seg of line.match(SEGMENT) ?? []) {
      for (const m of seg.toLowerCase().matchAll(PUNCT_WORD)) (m[2] ? punctSpaced : punctTight).add(m[1]! + m[3]!);
      const words = [...seg.matchAll(WORD)];
      words.forEach((m, i) => {
        const w = m[0].toLowerCase();
        all.add(w);
        const end = m.index! + m[0].length;
        if (i < words.length - 1 || end < seg.length) notLast.add(w);
        if (i > 0 || m.index! > 0) notFirst.add(w);
      });
    }
  }
  return { all, notLast, notFirst, punctTight, punctSpaced, allSorted: [...all].sort(), notFirstSorted: [...notFirst].sort(), text };
}

/** A run of text that is a web address or an e-mail («https://…», «www.…», «x@y», «…gob.ec/…»). */
const LINK_RUN = /:\/\/|^www\.|@|\.(?:gob|com|org|net|edu|ec)(?:\.|\/|$)/iu;

/**
 * Whether a run of text (no spaces) is a web address or an e-mail, the brackets and punctuation
 * around it aside («[www.datosabiertos.ec]», a Markdown link's text; «(http://…)»).
 */
export function isLinkRun(run: string): boolean {
  return LINK_RUN.test(run.replace(/^[[(<«"'“]+|[\])>»"'”.,;:]+$/gu, ''));
}

/** The words of a displayed text seen outside web addresses and e-mails, sorted (DocumentWords.prose). */
export function proseWords(text: string): string[] {
  const prose = new Set<string>();
  for (const run of text.split(/\s+/)) {
    if (run === '' || isLinkRun(run)) continue;
    for (const m of run.matchAll(WORD)) prose.add(m[0].toLowerCase());
  }
  return [...prose].sort();
}

/**
 * True when the last word of `before` and the first of `after` make, or start, a word the document
 * prints only inside links (DocumentWords.prose set, `before` not itself ending in a link): the words
 * of a link are no evidence that two words of prose are one.
 */
export function joinedOnlyInLinks(before: string, after: string, words: DocumentWords): boolean {
  if (!words.prose) return false;
  const lastRun = before.trimEnd().split(/\s+/).at(-1) ?? '';
  if (isLinkRun(lastRun)) return false;
  const a = before.trimEnd().match(LAST_WORD)?.[0]?.toLowerCase();
  const b = after.trimStart().match(FIRST_WORD)?.[0]?.toLowerCase();
  if (!a || !b) return false;
  const joined = a + b;
  const at = countAtMost(words.prose, joined);
  const inProse = (at > 0 && words.prose[at - 1] === joined) || (at < words.prose.length && words.prose[at]!.startsWith(joined));
  return !inProse;
}

/** Whether `w` is a word of the document or the start of a longer one. */
function makesOrStartsWord(w: string, words: DocumentWords): boolean {
  return words.all.has(w) || startsLonger(words.allSorted ?? [...words.all].sort(), w);
}

/** Whether a word of `sorted` starts with `prefix` and is longer than it. */
function startsLonger(sorted: readonly string[], prefix: string): boolean {
  const after = countAtMost(sorted, prefix);
  return after < sorted.length && sorted[after]!.startsWith(prefix);
}

const LAST_WORD = /[\p{L}\p{N}]+$/u;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/**
 * How the text of a cell's line `before` joins the text of its next line `after`: '' (a cut word),
 * ' ' (a break at a space), or null when the document's words do not tell.
 */
export function wordJoin(before: string, after: string, words: DocumentWords): '' | ' ' | null {
  const a = before.trimEnd().match(LAST_WORD)?.[0]?.toLowerCase();
  const b = after.trimStart().match(FIRST_WORD)?.[0]?.toLowerCase();
  if (!a || !b) return null;
  if (words.all.has(a + b)) return '';
  if (words.notLast.has(a) && words.notFirst.has(b)) return ' ';
  return null;
}

/**
 * wordJoin for an `after` that may be cut at its end too (its first word may be only the start of
 * a word): '' when the fragments start a word of the document, ' ' when `before` ends in a word
 * seen whole and `after` starts a word seen after other text, null when both or neither.
 */
export function wordJoinOpen(before: string, after: string, words: DocumentWords): '' | ' ' | null {
  const exact = wordJoin(before, after, words);
  if (exact !== null) return exact;
  const a = before.trimEnd().match(LAST_WORD)?.[0]?.toLowerCase();
  const b = after.trimStart().match(FIRST_WORD)?.[0]?.toLowerCase();
  if (!a || !b) return null;
  const cut = startsLonger(words.allSorted ?? [...words.all].sort(), a + b);
  const space = words.notLast.has(a) && startsLonger(words.notFirstSorted ?? [...words.notFirst].sort(), b);
  return cut === space ? null : cut ? '' : ' ';
}

/**
 * ' ' when the last word of `before` is seen inside text elsewhere (followed and preceded by more
 * of its segment), the first word of `after` is seen followed by more text, and together they start
 * no word of the document; otherwise null. Weaker than wordJoin: for when it does not tell.
 */
export function wordJoinLoose(before: string, after: string, words: DocumentWords): ' ' | null {
  const a = before.trimEnd().match(LAST_WORD)?.[0]?.toLowerCase();
  const b = after.trimStart().match(FIRST_WORD)?.[0]?.toLowerCase();
  if (!a || !b) return null;
  if (!words.notLast.has(a) || !words.notFirst.has(a) || !words.notLast.has(b)) return null;
  return makesOrStartsWord(a + b, words) ? null : ' ';
}

/**
 * ' ' when the last word of `before` is seen inside text elsewhere (preceded and followed by more
 * of its segment: a whole word) and, with the first word of `after`, makes and starts no word of
 * the document; otherwise null. Weaker than wordJoinLoose (nothing asked of `after`): for a single
 * word filling its column, which says nothing about a cut when it is the column's widest line.
 */
export function wordSeenInside(before: string, after: string, words: DocumentWords): ' ' | null {
  const a = before.trimEnd().match(LAST_WORD)?.[0]?.toLowerCase();
  const b = after.trimStart().match(FIRST_WORD)?.[0]?.toLowerCase();
  if (!a || !b || !words.notLast.has(a) || !words.notFirst.has(a)) return null;
  return makesOrStartsWord(a + b, words) ? null : ' ';
}

/**
 * How a line `before` that ends in punctuation joins `after`: '' when the document prints the mark
 * and the first word of `after` only together, ' ' when only apart, null when both or neither.
 */
export function punctJoin(before: string, after: string, words: DocumentWords): '' | ' ' | null {
  const mark = before.trimEnd().match(/[.,:;!?]$/u)?.[0];
  const b = after.trimStart().match(FIRST_WORD)?.[0]?.toLowerCase();
  if (!mark || !b) return null;
  const tight = words.punctTight?.has(mark + b) ?? false;
  const spaced = words.punctSpaced?.has(mark + b) ?? false;
  return tight === spaced ? null : tight ? '' : ' ';
}

/**
 * '' when the last word of `before` followed by the first 1, 2, … of `fragments` (the texts of the
 * next lines of its cell, each joined without a space) makes a word the document prints; the
 * fragments are read up to the first that holds a space (its first word counts) or is not
 * letters and digits. Otherwise null.
 */
export function wordJoinAhead(before: string, fragments: readonly string[], words: DocumentWords): '' | null {
  return wordAhead(before, fragments, words) === null ? null : '';
}

/**
 * The word of the document (lower-cased) that the last word of `before` and the first fragments
 * make, read as in wordJoinAhead; null when they make none.
 */
export function wordAhead(before: string, fragments: readonly string[], words: DocumentWords): string | null {
  let w = before.trimEnd().match(LAST_WORD)?.[0]?.toLowerCase();
  if (!w) return null;
  for (const f of fragments) {
    const first = f.trimStart().match(FIRST_WORD)?.[0]?.toLowerCase();
    if (!first) return null;
    w += first;
    if (words.all.has(w)) return w;
    if (first.length < f.trim().length) return null;
  }
  return null;
}

/**
 * ' ' when `fragments` (the next lines of a cell, as wordSplitAhead reads them) make a word of the
 * document that is a Spanish word, the last word of `before` is a Spanish word too, and the two
 * together are none («DE» / «M» / «ET» / «A»: «de» and «meta», not «demeta»); otherwise null. The
 * lexicon's word for a split that the document prints only at the start of its segments (a
 * header cut in a narrow column, where «meta» is never printed after other text).
 */
export function lexiconSplitAhead(before: string, fragments: readonly string[], words: DocumentWords): ' ' | null {
  const a = before.trimEnd().match(LAST_WORD)?.[0]?.toLowerCase();
  const made = wordAhead(fragments[0] ?? '', fragments.slice(1), words);
  if (!a || !made) return null;
  return isSpanishWord(a) && isSpanishWord(made) && !isSpanishWord(a + made) ? ' ' : null;
}

/**
 * How the last run of `before` (after its last space) joins the first run of `after` (before its
 * first space), as the document prints them on one line: '' when only together, ' ' when only
 * with one space between them; null when both, neither, or the text is not at hand.
 */
export function printedJoin(before: string, after: string, words: DocumentWords): '' | ' ' | null {
  const a = before.trimEnd().split(' ').at(-1)!;
  const whole = after.trim();
  const b = whole.split(' ')[0]!;
  if (!a || !b || words.text === undefined) return null;
  // (the whole of `after` first, then shorter starts of it down to its first run: "(" + "E )."
  // where the document prints "(E)" and "( E )")
  // A start of `after` printed after a gap is printed with each shorter start too (at the same
  // place), so the starts printed together are those up to the longest one, `tight`, and the same
  // for `spaced`; the longest start printed one way only lies between the two. Finding the two
  // longest in one pass over the document, instead of searching it for every start, is what keeps
  // a long cell from costing a scan of the document per character.
  const tight = longestPrintedStart(words.text, a, whole, b.length);
  const spaced = longestPrintedStart(words.text, `${a} `, whole, b.length);
  for (let n = Math.max(tight, spaced); n > Math.min(tight, spaced); n--) {
    if (whole[n - 1] !== ' ') return tight > spaced ? '' : ' ';
  }
  return null;
}

/**
 * The length of the longest start of `rest` (at least `min` long, else min - 1) that `text`
 * holds right after `lead`, where `lead` starts a line or follows a space (a run of its own, not the
 * end of a longer one).
 */
function longestPrintedStart(text: string, lead: string, rest: string, min: number): number {
  const shortest = lead + rest.slice(0, min);
  let longest = min - 1;
  for (let at = text.indexOf(shortest); at >= 0; at = text.indexOf(shortest, at + 1)) {
    if (at > 0 && text[at - 1] !== ' ' && text[at - 1] !== '\n') continue;
    let n = min;
    const from = at + lead.length;
    while (n < rest.length && text[from + n] === rest[n]) n++;
    longest = Math.max(longest, n);
    if (longest === rest.length) break;
  }
  return longest;
}

/**
 * ' ' when the last word of `before` and the first fragment start no word of the document, and the
 * first fragment with the next ones (two or more, each joined
 * without a space; read as in wordJoinAhead) makes a word of the document. Otherwise null.
 */
export function wordSplitAhead(before: string, fragments: readonly string[], words: DocumentWords): ' ' | null {
  const a = before.trimEnd().match(LAST_WORD)?.[0]?.toLowerCase();
  const first = fragments[0]?.trimStart().match(FIRST_WORD)?.[0]?.toLowerCase();
  if (!a || !first || first.length < fragments[0]!.trim().length) return null;
  // (together they may start a word, «de» + «m» as «demás», and still make none down the column:
  // «NO. DE» / «M» / «ET» / «A», a header cut two letters a line, is «de» and «meta»)
  if (makesOrStartsWord(a + first, words) && wordJoinAhead(a, fragments, words) === '') return null;
  return wordJoinAhead(first, fragments.slice(1), words) === '' ? ' ' : null;
}

/** Vowel runs (a syllable each, diphthongs as one; a hiatus undercounts, which only keeps a join). */
const VOWEL_RUN = /[aeiouáéíóúü]+/giu;

/**
 * Whether the last word of `before` carries a written accent that, joined to the first run of
 * `after`, would be followed by three syllables or more: Spanish writes the accent on one of a
 * word's last three syllables (a fourth only with attached pronouns, "entrégueselo", rare in
 * reports; adverbs in -mente aside), so the two are words of their own.
 */
export function accentTooFarBack(before: string, after: string): boolean {
  const last = before.trimEnd().split(' ').at(-1)!;
  const first = after.trimStart().split(' ')[0]!;
  if (!/\p{L}$/u.test(last) || !/^\p{L}/u.test(first)) return false;
  const at = Math.max(...[...'áéíóúÁÉÍÓÚ'].map((v) => last.lastIndexOf(v)));
  if (at < 0) return false;
  const rest = last.slice(at + 1) + first;
  // (an adverb in -mente keeps its adjective's accent: "biométricamente")
  return !/ment/iu.test(rest) && (rest.match(VOWEL_RUN) ?? []).length >= 3;
}

/**
 * A word cut or two words, by the Spanish lexicon (lexicon.ts), for when the document's own
 * words do not tell. `before`: the cell's text so far; `fragments`: the next line's text, then the
 * lines below it in the column. The word ending `before` and the one starting the next line may
 * run on into a word, with the one-word lines below too («tal» / «ento»: «talento»), or each be a
 * word, the next one with the lines below («talento» / «hu» / «mano»: «talento humano»): '' when
 * only the first holds, ' ' when only the second does, null when both or neither.
 */
export function lexiconJoin(before: string, fragments: readonly string[]): '' | ' ' | null {
  const head = before.match(/\p{L}+$/u)?.[0];
  const first = fragments[0] ?? '';
  const next = first.match(/^\p{L}+/u)?.[0];
  if (!head || !next) return null;
  // (the one-word lines below go on the fragment while it is one word)
  const runs = [next];
  if (next === first) {
    for (const f of fragments.slice(1)) {
      const w = f.match(/^\p{L}+/u)?.[0];
      if (!w) break;
      runs.push(w);
      if (w !== f) break;
    }
  }
  const spans = runs.map((_, j) => runs.slice(0, j + 1).join(''));
  const runsOn = spans.some((s) => isSpanishWord(head + s));
  const apart = isSpanishWord(head) && spans.some((s) => isSpanishWord(s));
  if (runsOn === apart) return null;
  return runsOn ? '' : ' ';
}
