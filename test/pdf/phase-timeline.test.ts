/**
 * The extraction phase's timeline (pool.ts `timeline`, printed by `npm run bench:pdf-profile -- --cold`):
 * every step recorded, in order, naming its file and thread, and the texts unchanged by recording it.
 */
import { describe, expect, it } from 'vitest';
import { extractPdfs, type PhaseStep } from '../../src/ingest/pdf/pool.ts';

const FIXTURES = 'test/fixtures/pdf';
// (the LOTAIP report, 206,071 bytes, is taken first, then bellamaria, 146,549, by whichever thread is free)
const FILES = ['bellamaria-2013-lotaip-formato-a.pdf', 'portoparques-2025-informe-anual-lotaip.pdf'];

describe('extraction phase timeline', () => {
  it('on threads: hashing, thread start, PDF.js loaded on each thread, each file read on a thread and laid out here', async () => {
    const timeline: PhaseStep[] = [];
    const t0 = performance.timeOrigin + performance.now();
    const traced = await extractPdfs(FIXTURES, FILES, { cacheDir: null, workers: 2, minFiles: 1, ocr: false, timeline });
    const t1 = performance.timeOrigin + performance.now();
    const kinds = (what: PhaseStep['what']) => timeline.filter((s) => s.what === what);
    expect(kinds('hash')).toHaveLength(1);
    expect(kinds('spawn')).toHaveLength(1);
    expect(kinds('ready').map((s) => s.thread).sort()).toEqual([1, 2]);
    // Each file read once, on one of the threads (each thread takes the next file when it is free).
    expect(kinds('read').map((s) => s.file).sort()).toEqual(FILES);
    for (const r of kinds('read')) expect([1, 2]).toContain(r.thread);
    expect(kinds('layout').map((s) => s.file).sort()).toEqual(FILES);
    for (const s of timeline) {
      expect(s.start).toBeGreaterThanOrEqual(t0);
      expect(s.end).toBeGreaterThanOrEqual(s.start);
      expect(s.end).toBeLessThanOrEqual(t1);
    }
    // A file is read after its thread has PDF.js, and laid out after it was read.
    for (const r of kinds('read')) {
      expect(r.start).toBeGreaterThanOrEqual(kinds('ready').find((s) => s.thread === r.thread)!.end);
      expect(kinds('layout').find((s) => s.file === r.file)!.start).toBeGreaterThanOrEqual(r.end);
    }
    const plain = await extractPdfs(FIXTURES, FILES, { cacheDir: null, workers: 2, minFiles: 1, ocr: false });
    expect([...traced.entries()]).toEqual([...plain.entries()]);
  }, 120_000);

  it('one thread takes the files largest first, one after the other', async () => {
    const timeline: PhaseStep[] = [];
    // 568,993, 206,071 and 146,549 bytes
    const three = [...FILES, 'portoparques-2025-cedula-presupuestaria.pdf'];
    await extractPdfs(FIXTURES, three, { cacheDir: null, workers: 1, minFiles: 1, ocr: false, timeline });
    const reads = timeline.filter((s) => s.what === 'read').sort((a, b) => a.start - b.start);
    expect(reads.map((s) => [s.file, s.thread])).toEqual([[three[2], 1], [three[1], 1], [three[0], 1]]);
    expect(reads[1]!.start).toBeGreaterThanOrEqual(reads[0]!.end);
  }, 120_000);

  it('on this thread: each file read (and laid out) on thread 0, no thread started', async () => {
    const timeline: PhaseStep[] = [];
    await extractPdfs(FIXTURES, FILES, { cacheDir: null, workers: 0, ocr: false, timeline });
    expect(timeline.map((s) => [s.what, s.file, s.thread])).toEqual([
      ['hash', undefined, undefined],
      ['read', FILES[0], 0],
      ['read', FILES[1], 0],
    ]);
  }, 120_000);
});
