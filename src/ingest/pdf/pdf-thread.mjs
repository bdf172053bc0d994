// @ts-check
// PDF extraction thread (pool.ts): reads PDFs with PDF.js (load.mjs) and sends back the positioned
// text of their pages; the main thread lays them out (lines.ts, wrapped.ts) and OCRs scans. Plain
// JavaScript, started without tsx: PDF.js loads in about 0.1 s here, against 0.6 s under tsx's
// loader plus 0.2–0.3 s to register tsx (see load.mjs).
//
// The threads take their files themselves from the pool's list (workerData), in its order (largest
// first), each the next one not yet taken (a counter shared by all threads) as soon as it is done
// with the last: a thread never waits for the main thread to send it work (the main thread may be
// busy laying out another file), and a thread that drew a large file does not also get the next
// files it was sent ahead of time while the other threads run out of work.
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { useSyncInflate } from './inflate.mjs';
import { importPdfjs, loadPdf } from './load.mjs';

/** @typedef {{ index: number, path: string }} PdfThreadRequest */
/**
 * The thread's work: `files`, in the order to read them; `next`: the shared counter of files taken
 * (Int32Array over a SharedArrayBuffer, one element, starting at 0).
 * @typedef {{ files: PdfThreadRequest[], next: Int32Array }} PdfThreadWork
 */
/**
 * When the thread had PDF.js loaded and when it began and finished reading the file, in ms since
 * the epoch (performance.timeOrigin + performance.now(), comparable across threads): the pool's
 * timeline (bench/pdf-profile.ts --cold).
 * @typedef {{ readyAt: number, startAt: number, endAt: number }} PdfThreadClock
 */
/**
 * One message per file read, then `{ done: true }` when no file is left (with the time PDF.js was
 * loaded, for a thread that found no file left).
 * @typedef {(({ index: number, loaded: import('./load.mjs').LoadedPdf } | { index: number, failure: string })
 *   & { clock: PdfThreadClock }) | { done: true, readyAt: number }} PdfThreadResponse
 */

const now = () => performance.timeOrigin + performance.now();
// Flate streams inflated in one call, not through Web streams (inflate.mjs).
useSyncInflate();
await importPdfjs();
const readyAt = now();
const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const { files, next } = /** @type {PdfThreadWork} */ (workerData);

// One document at a time: PDF.js in Node answers "Invalid page request" to pages of documents read
// at the same time on one thread.
for (let k = Atomics.add(next, 0, 1); k < files.length; k = Atomics.add(next, 0, 1)) {
  port.postMessage(await answer(/** @type {PdfThreadRequest} */ (files[k])));
}
port.postMessage(/** @type {PdfThreadResponse} */ ({ done: true, readyAt }));

/**
 * @param {PdfThreadRequest} req
 * @returns {Promise<PdfThreadResponse>}
 */
async function answer(req) {
  const startAt = now();
  try {
    const bytes = new Uint8Array(await readFile(req.path));
    try {
      const loaded = await loadPdf(bytes);
      return { index: req.index, loaded, clock: { readyAt, startAt, endAt: now() } };
    } catch (err) {
      return { index: req.index, failure: `PDF ilegible (${/** @type {Error} */ (err).message ?? String(err)})`, clock: { readyAt, startAt, endAt: now() } };
    }
  } catch (err) {
    return { index: req.index, failure: `no se puede leer: ${/** @type {Error} */ (err).message}`, clock: { readyAt, startAt, endAt: now() } };
  }
}
