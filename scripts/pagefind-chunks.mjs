// Re-splits the word index that Pagefind wrote (SITE/pagefind/index/*.pf_index) into smaller
// chunks, so that a search downloads less of it.
//
// Why: a search downloads, for each word of the query, the one index chunk whose word range holds
// it. Pagefind 1.5.2 cuts its chunks after ~20,000 word occurrences (a constant in its Rust code,
// not an option), and only after a word pushes the chunk over that: the chunk that ends with a
// frequent word («de», «la», «cumplimiento») carries every occurrence of that word, and a search
// for any word just before it alphabetically («datos») downloads them all. At 1,000 reports that
// chunk weighs ~57 KB, and it grows with the number of reports.
//
// How: this reads the chunks and the index metadata (CBOR inside gzip, decoded and encoded with
// `cborg`; a decode/encode round trip gives back Pagefind's exact bytes, test/search/pagefind-chunks.test.ts),
// keeps the words in Pagefind's order, and starts a new chunk before a word that would take the
// chunk past `maxEntries` occurrences, so a frequent word sits alone in its chunk and its
// neighbours do not pay for it. A chunk starts at the shortest prefix that tells it from the
// previous one, as in Pagefind (index/mod.rs, get_prefixes), and ends just below the next one,
// so that every query word falls in exactly one chunk (chunkRanges says why). Files are named by a hash of their
// content like Pagefind's, so a cache never serves a stale chunk. Everything else (pages,
// filters, sort orders, fragments) is left byte for byte as Pagefind wrote it.
//
// The file format is Pagefind's internal one: `rechunkIndex` refuses any other Pagefind version
// than the one it was written against (FORMAT_VERSION), with a message saying so.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/** The Pagefind version whose index format this reads and writes. */
export const FORMAT_VERSION = '1.5.2';

/** Prefix of every decompressed Pagefind file (pagefind.js checks it to tell gzip from plain bytes). */
const SIGNATURE = Buffer.from('pagefind_dcd');

/** Decodes one Pagefind file (gzip of the signature and CBOR). */
export function readPagefindFile(bytes) {
  const raw = gunzipSync(bytes);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('no es un archivo de Pagefind (falta su firma)');
  return decode(raw.subarray(SIGNATURE.length));
}

/** Encodes one Pagefind file, as Pagefind writes it. */
export function writePagefindFile(value) {
  return gzipSync(Buffer.concat([SIGNATURE, encode(value)]), { level: 9 });
}

/**
 * Occurrences a word adds to a chunk, counted as Pagefind counts them (each page it is on, plus
 * each location there), with its unstemmed variants (third field) included.
 * A word is [word, [[page, locations], …], [[variant, [[page, locations], …]], …]].
 */
export function wordEntries(word) {
  const pages = (ps) => ps.reduce((n, p) => n + p[1].length + 1, 0);
  return pages(word[1]) + (word[2] ?? []).reduce((n, v) => n + pages(v[1]), 0);
}

/**
 * Splits words (in index order) into chunks of at most `maxEntries` occurrences, except a word
 * that alone exceeds it, which gets a chunk of its own.
 */
export function chunkWords(words, maxEntries) {
  const chunks = [];
  let current = [];
  let size = 0;
  for (const w of words) {
    const n = wordEntries(w);
    if (current.length && size + n > maxEntries) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(w);
    size += n;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** Shortest prefixes that still tell the last word of a chunk from the first of the next (Pagefind's get_prefixes). */
export function boundaryPrefixes(a, b) {
  const ca = Array.from(a);
  const cb = Array.from(b);
  let common = 0;
  while (common < ca.length && common < cb.length && ca[common] === cb[common]) common++;
  return [ca.slice(0, common + 1).join(''), cb.slice(0, common + 1).join('')];
}

/** Above every character of the Basic Multilingual Plane (Spanish words and numbers are in it). */
const TOP = '\uffff';

/** The greatest string below `s` for a word of the Basic Multilingual Plane: "descu" → "desct\uffff". */
function justBelow(s) {
  const cs = Array.from(s);
  const cp = cs.pop().codePointAt(0);
  const pred = cp - 1 >= 0xd800 && cp - 1 <= 0xdfff ? 0xd7ff : cp - 1;
  return cs.join('') + (cp > 0 ? String.fromCodePoint(pred) : '') + TOP;
}

/**
 * [from, to] of each chunk. The ranges leave no gap: every query word falls in exactly one.
 * pagefind_web looks up each query word as typed (unstemmed: «descentralizado») and as stemmed
 * («descentraliz») in the first chunk with from <= word <= to, and when none holds it, in the
 * first chunk whose range matches the word's first letters. With Pagefind's own ranges (from and
 * to narrowed to the shortest prefixes telling neighbours apart) a typed word that sorts after
 * its stem falls in the gap after the stem's chunk, and the fallback then picks the chunk of «de»
 * (range «de»–«de») for «descentralizado» and the chunk of «a» for «autonomo»: at 2,500 reports
 * 73 KB more for «gobierno autonomo descentralizado municipal de ambato». So `from` is narrowed as
 * Pagefind does (the first chunk's is ""), and `to` is the greatest string below the next chunk's
 * `from` (the last chunk's is "\uffff").
 */
export function chunkRanges(chunks) {
  const from = chunks.map((c, i) => (i === 0 ? '' : boundaryPrefixes(chunks[i - 1].at(-1)[0], c[0][0])[1]));
  return chunks.map((_, i) => [from[i], i + 1 < chunks.length ? justBelow(from[i + 1]) : TOP]);
}

const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** A short content hash not yet in `taken` (lengthened on collision, as Pagefind does). */
function shortHash(bytes, length, taken) {
  const full = sha(bytes);
  let n = length;
  while (taken.has(full.slice(0, n)) && n < full.length) n++;
  taken.add(full.slice(0, n));
  return full.slice(0, n);
}

/**
 * The bundle's pagefind-entry.json. Pagefind's writeFiles() can resolve while its backend is still
 * writing that file (seen empty under load: «Unexpected end of JSON input»), so an empty or cut
 * file is read again every 50 ms for up to `timeoutMs` before giving up with the file's name.
 * @param {string} bundleDir
 * @param {number} [timeoutMs]
 * @returns {{ version: string; languages: Record<string, { hash: string; wasm?: string; page_count: number }> }}
 */
export function readEntry(bundleDir, timeoutMs = 10_000) {
  const entryFile = join(bundleDir, 'pagefind-entry.json');
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return JSON.parse(readFileSync(entryFile, 'utf8'));
    } catch (err) {
      if (!(err instanceof SyntaxError) && /** @type {NodeJS.ErrnoException} */ (err).code !== 'ENOENT') throw err;
      if (Date.now() > until) throw new Error(`índice de Pagefind sin terminar de escribir: ${entryFile} (${/** @type {Error} */ (err).message})`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
}

/**
 * Rewrites the word index of the Pagefind bundle in `bundleDir` (SITE/pagefind) with chunks of at
 * most `maxEntries` occurrences. Returns, per language, the chunk count and the largest chunk's
 * occurrences before and after.
 * @param {string} bundleDir
 * @param {{ maxEntries: number }} options
 * @returns {Record<string, { words: number; chunksBefore: number; chunks: number; largestBefore: number; largest: number }>}
 */
export function rechunkIndex(bundleDir, { maxEntries }) {
  const entryFile = join(bundleDir, 'pagefind-entry.json');
  const entry = readEntry(bundleDir);
  if (entry.version !== FORMAT_VERSION) {
    throw new Error(`el índice es de Pagefind ${entry.version} y scripts/pagefind-chunks.mjs lee el formato de Pagefind ${FORMAT_VERSION}: revise su formato antes de cambiar FORMAT_VERSION (${entryFile})`);
  }
  /** @type {ReturnType<typeof rechunkIndex>} */
  const stats = {};
  for (const [lang, info] of Object.entries(entry.languages)) {
    const metaFile = join(bundleDir, `pagefind.${info.hash}.pf_meta`);
    const meta = readPagefindFile(readFileSync(metaFile));
    if (meta[0] !== FORMAT_VERSION || !Array.isArray(meta[2])) throw new Error(`metadatos del índice con otro formato (${metaFile})`);
    const oldChunks = meta[2];
    const before = oldChunks.map(([, , hash]) => readPagefindFile(readFileSync(join(bundleDir, 'index', `${hash}.pf_index`)))[0]);
    const words = before.flat();
    const biggest = (cs) => Math.max(0, ...cs.map((c) => c.reduce((n, w) => n + wordEntries(w), 0)));

    const chunks = chunkWords(words, maxEntries);
    const ranges = chunkRanges(chunks);
    const taken = new Set();
    const files = chunks.map((words) => {
      const bytes = writePagefindFile([words]);
      return { hash: `${lang}_${shortHash(bytes, 7, taken)}`, bytes };
    });
    for (const [, , hash] of oldChunks) rmSync(join(bundleDir, 'index', `${hash}.pf_index`));
    for (const f of files) writeFileSync(join(bundleDir, 'index', `${f.hash}.pf_index`), f.bytes);

    meta[2] = ranges.map(([from, to], i) => [from, to, files[i].hash]);
    const metaBytes = writePagefindFile(meta);
    const metaHash = `${lang}_${sha(metaBytes).slice(0, 10)}`;
    rmSync(metaFile);
    writeFileSync(join(bundleDir, `pagefind.${metaHash}.pf_meta`), metaBytes);
    info.hash = metaHash;
    stats[lang] = { words: words.length, chunksBefore: oldChunks.length, chunks: chunks.length, largestBefore: biggest(before), largest: biggest(chunks) };
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  return stats;
}
