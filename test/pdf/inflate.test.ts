/**
 * inflate.mjs: SyncInflateStream, in DecompressionStream's place on the extraction threads, gives
 * PDF.js the same bytes as the Web API, and fails where it fails (PDF.js then inflates with its own
 * JavaScript code). Each stream is driven the way PDF.js's FlateStream.asyncGetBytes drives it.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SyncInflateStream } from '../../src/ingest/pdf/inflate.mjs';
import { loadPdf } from '../../src/ingest/pdf/load.mjs';

type StreamClass = new (format: string) => { writable: { getWriter(): { ready: Promise<unknown>; write(b: Uint8Array): Promise<void>; close(): Promise<void> } }; readable: AsyncIterable<Uint8Array> };

/** The inflated bytes, or 'error', as PDF.js reads them through a DecompressionStream-like class. */
async function inflateWith(Stream: StreamClass, bytes: Uint8Array): Promise<number[] | 'error'> {
  try {
    const { readable, writable } = new Stream('deflate');
    const writer = writable.getWriter();
    await writer.ready;
    writer.write(bytes).then(async () => {
      await writer.ready;
      await writer.close();
    }).catch(() => undefined);
    const chunks: number[] = [];
    for await (const chunk of readable) chunks.push(...chunk);
    return chunks;
  } catch {
    return 'error';
  }
}

const text = Buffer.from('BT /F1 9 Tf 72 700 Td (Presupuesto codificado 1.234,56) Tj ET\n'.repeat(200));
const deflated = deflateSync(text);
const CASES: [string, Uint8Array][] = [
  ['a whole stream', deflated],
  ['bytes after the end of the stream (a PDF\'s line break before endstream)', Buffer.concat([deflated, Buffer.from('\r\n')])],
  ['a truncated stream', deflated.subarray(0, deflated.length - 20)],
  ['a stream without its checksum', deflated.subarray(0, deflated.length - 4)],
  ['bytes that are no deflate data', Buffer.from('no es deflate')],
  ['no bytes', new Uint8Array(0)],
];

describe('SyncInflateStream', () => {
  it.each(CASES)('%s: the same bytes, or the same failure, as the Web API', async (_, bytes) => {
    const web = await inflateWith(DecompressionStream as unknown as StreamClass, bytes);
    expect(await inflateWith(SyncInflateStream as unknown as StreamClass, bytes)).toEqual(web);
  });

  it('inflates the whole stream', async () => {
    expect(Buffer.from((await inflateWith(SyncInflateStream as unknown as StreamClass, deflated)) as number[]).toString()).toBe(text.toString());
  });

  it('leaves the other formats to the Web API', () => {
    expect(new SyncInflateStream('gzip')).toBeInstanceOf(DecompressionStream);
  });

  it('a real PDF read on a thread that uses it gives the same pages as with the Web API', async () => {
    const file = new URL('../fixtures/pdf/portoparques-2025-cedula-presupuestaria.pdf', import.meta.url);
    const inflateUrl = new URL('../../src/ingest/pdf/inflate.mjs', import.meta.url).href;
    const loadUrl = new URL('../../src/ingest/pdf/load.mjs', import.meta.url).href;
    const threaded = await new Promise<unknown>((resolve, reject) => {
      const w = new Worker(`
        const { parentPort, workerData } = require('node:worker_threads');
        (async () => {
          const { useSyncInflate, SyncInflateStream } = await import(${JSON.stringify(inflateUrl)});
          useSyncInflate();
          const { loadPdf } = await import(${JSON.stringify(loadUrl)});
          const loaded = await loadPdf(workerData);
          parentPort.postMessage({ installed: globalThis.DecompressionStream === SyncInflateStream, loaded });
        })().catch((e) => parentPort.postMessage({ error: String(e) }));
      `, { eval: true, execArgv: [], workerData: new Uint8Array(readFileSync(file)) });
      w.once('message', (m) => { resolve(m); void w.terminate(); });
      w.once('error', reject);
    });
    const here = await loadPdf(new Uint8Array(readFileSync(file)));
    expect(here.ok).toBe(true);
    expect(threaded).toEqual({ installed: true, loaded: here });
  });
});
