// @ts-check
/**
 * Flate streams inflated in one synchronous call on the extraction threads (pdf-thread.mjs).
 *
 * PDF.js inflates every compressed stream of a page (its content, its fonts) with the Web API
 * `new DecompressionStream("deflate")`. In Node that is zlib behind two layers of Web streams:
 * each stream costs several promise and event-loop round trips, and the zlib work runs on libuv's
 * thread pool while the thread waits for it. Reading the 6 real PDFs, about a sixth of the time on
 * the thread went there (stream plumbing, zlib callbacks, and waiting idle) for 1,024 streams of
 * a few KB each.
 *
 * SyncInflateStream takes DecompressionStream's place for the "deflate" format with the same zlib
 * (inflateSync, same default options), so the bytes that come out are the same, and it fails
 * where it fails (truncated or corrupt data: PDF.js then falls back to its own JavaScript inflater,
 * as it does with the Web API). Other formats get the Web API's own stream.
 *
 * Only the shape PDF.js uses is provided: `writable.getWriter()` (ready, write, close) and
 * `readable` as an async iterable of chunks, the inflated bytes coming in one chunk once the writer
 * is closed. Installed only on the extraction threads, which run nothing but PDF.js.
 */
import { inflateSync } from 'node:zlib';

const WebDecompressionStream = globalThis.DecompressionStream;

export class SyncInflateStream {
  /** @param {string} format */
  constructor(format) {
    // (a constructor may return another object: the Web API's stream, for the other formats)
    if (format !== 'deflate') return /** @type {SyncInflateStream} */ (/** @type {unknown} */ (new WebDecompressionStream(/** @type {CompressionFormat} */ (format))));
    /** @type {Uint8Array[]} */
    const parts = [];
    /** @type {() => void} */
    let closed = () => undefined;
    const written = new Promise((resolve) => { closed = () => resolve(undefined); });
    this.writable = {
      getWriter: () => ({
        ready: Promise.resolve(),
        /** @param {Uint8Array} chunk */
        write: async (chunk) => { parts.push(chunk); },
        close: async () => { closed(); },
      }),
    };
    this.readable = {
      async* [Symbol.asyncIterator]() {
        await written;
        yield inflateSync(parts.length === 1 ? /** @type {Uint8Array} */ (parts[0]) : Buffer.concat(parts));
      },
    };
  }
}

/** Makes PDF.js inflate through SyncInflateStream on this thread (an extraction thread). */
export function useSyncInflate() {
  globalThis.DecompressionStream = /** @type {typeof DecompressionStream} */ (/** @type {unknown} */ (SyncInflateStream));
}
