/**
 * load.mjs: PDF.js's legacy build replaces the engine's Array.prototype.push with core-js's
 * (a JavaScript loop about 2.5 times slower, for the whole thread); importPdfjs puts it back.
 * Checked in a fresh worker thread, where nothing has loaded PDF.js yet.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

function inFreshThread(code: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, execArgv: [] });
    w.once('message', (m) => { resolve(m); void w.terminate(); });
    w.once('error', reject);
  });
}

const url = new URL('../../src/ingest/pdf/load.mjs', import.meta.url).href;
const pdfjsUrl = new URL('../../node_modules/pdfjs-dist/legacy/build/pdf.min.mjs', import.meta.url).href;

describe('importPdfjs', () => {
  it('the legacy build alone replaces Array.prototype.push (what importPdfjs undoes)', async () => {
    const replaced = await inFreshThread(`
      const { parentPort } = require('node:worker_threads');
      const push = Array.prototype.push;
      import(${JSON.stringify(pdfjsUrl)}).then(() => parentPort.postMessage(Array.prototype.push !== push));
    `);
    expect(replaced).toBe(true);
  });

  it('loads PDF.js and leaves the engine\'s own Array.prototype.push, not enumerable', async () => {
    const r = await inFreshThread(`
      const { parentPort } = require('node:worker_threads');
      const push = Array.prototype.push;
      import(${JSON.stringify(url)}).then(({ importPdfjs }) => importPdfjs()).then((lib) => parentPort.postMessage({
        getDocument: typeof lib.getDocument,
        worker: typeof globalThis.pdfjsWorker?.WorkerMessageHandler,
        same: Array.prototype.push === push,
        enumerable: Object.getOwnPropertyDescriptor(Array.prototype, 'push').enumerable,
      }));
    `);
    expect(r).toEqual({ getDocument: 'function', worker: 'function', same: true, enumerable: false });
  });
});
