// @ts-check
// PDF extraction thread (pool.ts): reads each PDF it is sent with PDF.js (load.mjs) and sends back
// the positioned text of its pages; the main thread lays them out (lines.ts, wrapped.ts) and OCRs
// scans. Plain JavaScript, started without tsx: PDF.js loads in about 0.1 s here, against 0.6 s
// under tsx's loader plus 0.2–0.3 s to register tsx (see load.mjs).
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { useSyncInflate } from './inflate.mjs';
import { importPdfjs, loadPdf } from './load.mjs';

/** @typedef {{ index: number, path: string }} PdfThreadRequest */
/**
 * When the thread had PDF.js loaded and when it began and finished reading the file, in ms since
 * the epoch (performance.timeOrigin + performance.now(), comparable across threads): the pool's
 * timeline (bench/pdf-profile.ts --cold).
 * @typedef {{ readyAt: number, startAt: number, endAt: number }} PdfThreadClock
 */
/**
 * @typedef {({ index: number, loaded: import('./load.mjs').LoadedPdf } | { index: number, failure: string })
 *   & { clock: PdfThreadClock }} PdfThreadResponse
 */

const now = () => performance.timeOrigin + performance.now();
// Flate streams inflated in one call, not through Web streams (inflate.mjs).
useSyncInflate();
// Loaded before the first request is read (requests wait in the port's queue meanwhile).
await importPdfjs();
const readyAt = now();
const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);

// One document at a time: PDF.js in Node answers "Invalid page request" to pages of documents read
// at the same time on one thread (the pool sends the next file before this one is done).
let queue = Promise.resolve();
port.on('message', (/** @type {PdfThreadRequest} */ req) => {
  queue = queue.then(() => answer(req));
});

/** @param {PdfThreadRequest} req */
async function answer(req) {
  const startAt = now();
  /** @type {PdfThreadResponse} */
  let response;
  try {
    const bytes = new Uint8Array(await readFile(req.path));
    try {
      const loaded = await loadPdf(bytes);
      response = { index: req.index, loaded, clock: { readyAt, startAt, endAt: now() } };
    } catch (err) {
      response = { index: req.index, failure: `PDF ilegible (${/** @type {Error} */ (err).message ?? String(err)})`, clock: { readyAt, startAt, endAt: now() } };
    }
  } catch (err) {
    response = { index: req.index, failure: `no se puede leer: ${/** @type {Error} */ (err).message}`, clock: { readyAt, startAt, endAt: now() } };
  }
  port.postMessage(response);
}
