/**
 * scripts/pagefind-chunks.mjs: re-splitting Pagefind's word index into smaller chunks, on a real
 * Pagefind bundle built here from a few pages (Pagefind's Node API, as scripts/pagefind.mjs builds
 * the site's). That a search in the browser still finds what it found is test/e2e/search.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  boundaryPrefixes, chunkRanges, chunkWords, FORMAT_VERSION, readEntry, readPagefindFile, rechunkIndex, wordEntries,
} from '../../scripts/pagefind-chunks.mjs';

type Word = [string, [number, number[]][], [string, [number, number[]][]][]?];

let bundle = '';
/** Pagefind's own files as it wrote them (relative path → bytes), before any rewrite. */
let original = new Map<string, Buffer>();
const files = (dir: string, sub = ''): string[] => readdirSync(join(dir, sub), { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? files(dir, join(sub, e.name)) : [join(sub, e.name)]));

// «de» on every page many times (the frequent word), and a few rare words around it.
const PAGES = [
  'Ministerio de Salud Pública de la República. Datos de salud de la población de cada provincia de Ecuador.',
  'Gobierno de la provincia de Azuay: datos abiertos de contratación de obras de agua potable de cada cantón.',
  'Consejo de la Judicatura: cumplimiento de metas de gestión de causas de cada dependencia de la Función Judicial.',
  'Empresa pública de agua potable de Cuenca: cumplimiento de contratos de obra de alcantarillado de la ciudad.',
];

beforeAll(async () => {
  bundle = join(mkdtempSync(join(tmpdir(), 'pagefind-chunks-')), 'pagefind');
  const { index } = await pagefind.createIndex({ forceLanguage: 'es' });
  for (const [i, text] of PAGES.entries()) {
    await index!.addCustomRecord({ url: `/p${i}/`, content: text, language: 'es', filters: { tipo: [i % 2 ? 'a' : 'b'] }, sort: { anio: String(2020 + i) } });
  }
  await index!.writeFiles({ outputPath: bundle });
  readEntry(bundle); // written completely (see readEntry) before Pagefind's backend is closed
  await pagefind.close();
  original = new Map(files(bundle).filter((f) => /\.pf_(index|meta|filter)$/.test(f)).map((f) => [f, readFileSync(join(bundle, f))]));
}, 60_000);
afterAll(() => rmSync(join(bundle, '..'), { recursive: true, force: true }));

const entry = () => readEntry(bundle);
const metaOf = () => readPagefindFile(readFileSync(join(bundle, `pagefind.${entry().languages.es!.hash}.pf_meta`)));

describe('Pagefind files', () => {
  it('decode and encode back to the bytes Pagefind wrote (index chunks, metadata, filters)', () => {
    expect([...original.keys()].filter((f) => f.endsWith('.pf_index')).length).toBeGreaterThan(0);
    for (const [f, bytes] of original) {
      const body = gunzipSync(bytes).subarray('pagefind_dcd'.length);
      expect(Buffer.from(encode(decode(body))).equals(body), f).toBe(true);
    }
  });
});

describe('chunkWords', () => {
  const w = (word: string, ...locs: number[][]): Word => [word, locs.map((l, page) => [page, l]), []];
  it('counts a word as Pagefind does: each page it is on plus each location, variants included', () => {
    expect(wordEntries(['salud', [[0, [3, 9]], [2, [1]]], [['salúd', [[1, [4]]]]]])).toBe(3 + 2 + 2);
  });
  it('closes a chunk before a word that would take it past the limit; a bigger word stands alone', () => {
    const words = [w('a', [1, 2]), w('b', Array.from({ length: 49 }, (_, i) => i)), w('c', [1]), w('d', [1]), w('e', [1])];
    // sizes 3, 50, 2, 2, 2 with at most 5 per chunk
    expect(chunkWords(words, 5).map((c) => c.map((x) => x[0]))).toEqual([['a'], ['b'], ['c', 'd'], ['e']]);
  });
});

describe('chunk boundaries', () => {
  it('are the shortest prefixes telling neighbours apart (Pagefind\'s own cases, index/mod.rs)', () => {
    expect(boundaryPrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
    expect(boundaryPrefixes('cataraman', 'yacht')).toEqual(['c', 'y']);
    expect(boundaryPrefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
  });
  it('leave no gap: each starts at the shortest prefix after the previous chunk and ends just below the next', () => {
    const c = (...ws: string[]): Word[] => ws.map((x) => [x, [], []]);
    expect(chunkRanges([c('apple', 'apple'), c('apricot', 'banana'), c('peach')]))
      .toEqual([['', 'apq\uffff'], ['apr', 'o\uffff'], ['p', '\uffff']]);
  });
});

describe('rechunkIndex', () => {
  it('refuses an index of another Pagefind version, saying which', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-version-'));
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '9.9.9', languages: {} }));
    expect(() => rechunkIndex(dir, { maxEntries: 10 })).toThrow(`el índice es de Pagefind 9.9.9 y scripts/pagefind-chunks.mjs lee el formato de Pagefind ${FORMAT_VERSION}`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every word in order, in chunks of at most the limit (a bigger word alone), each found where Pagefind looks', () => {
    const before = metaOf();
    const wordsBefore = (before[2] as [string, string, string][])
      .flatMap(([, , h]) => readPagefindFile(readFileSync(join(bundle, 'index', `${h}.pf_index`)))[0] as Word[]);
    const de = wordsBefore.find((x) => x[0] === 'de')!;
    expect(wordEntries(de)).toBeGreaterThan(12);

    const stats = rechunkIndex(bundle, { maxEntries: 12 });
    const meta = metaOf();
    const chunks = (meta[2] as [string, string, string][]).map(([from, to, hash]) => ({
      from, to, hash, words: readPagefindFile(readFileSync(join(bundle, 'index', `${hash}.pf_index`)))[0] as Word[],
    }));
    expect(chunks.flatMap((c) => c.words)).toEqual(wordsBefore);
    expect(stats.es).toMatchObject({ words: wordsBefore.length, chunksBefore: before[2].length, chunks: chunks.length });
    expect(chunks.length).toBeGreaterThan(before[2].length);
    for (const c of chunks) {
      const size = c.words.reduce((n, x) => n + wordEntries(x), 0);
      expect(size <= 12 || c.words.length === 1, `${c.hash}: ${size}`).toBe(true);
    }
    expect(chunks.find((c) => c.words.some((x) => x[0] === 'de'))!.words).toHaveLength(1);
    // pagefind_web's lookup: the first chunk with from <= word <= to. Each word is in the chunk
    // that holds it, and so is each word as typed, which sorts after its stem («salud» → «salud»,
    // «pública» → «public»): in exactly one chunk, the stem's or the next.
    const holding = (word: string) => chunks.filter((c) => word >= c.from && word <= c.to);
    for (const [word] of wordsBefore) {
      expect(holding(word).map((c) => c.hash), word).toEqual([chunks.find((c) => c.words.some((x) => x[0] === word))!.hash]);
      for (const typed of [`${word}o`, `${word}izado`, `${word}zz`]) expect(holding(typed), typed).toHaveLength(1);
    }
    expect(holding('')).toHaveLength(1);
    expect(holding('zzzz')).toHaveLength(1);
    // Pages, filters, sort orders: as Pagefind wrote them.
    expect(meta.filter((_: unknown, i: number) => i !== 2)).toEqual(before.filter((_: unknown, i: number) => i !== 2));
  });

  it('leaves no file of the old index and points the entry file at the new metadata', () => {
    const now = files(bundle);
    const old = [...original.keys()].filter((f) => /\.pf_(index|meta)$/.test(f));
    expect(old.filter((f) => now.includes(f))).toEqual([]);
    expect(now).toContain(`pagefind.${entry().languages.es!.hash}.pf_meta`);
    const hashes = new Set((metaOf()[2] as string[][]).map((c) => `${join('index', c[2]!)}.pf_index`));
    expect(now.filter((f) => f.endsWith('.pf_index')).sort()).toEqual([...hashes].sort());
  });
});
