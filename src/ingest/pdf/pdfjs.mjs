// PDF.js, imported once per thread: the minified legacy build of pdfjs-dist (the same code as
// pdf.mjs and pdf.worker.mjs without their 2.4 and 5.4 MB source maps, which Node parses on import
// when source maps are on, as under tsx). The worker module registers itself
// (globalThis.pdfjsWorker) as the in-thread worker PDF.js uses in Node.
//
// Plain JavaScript so that worker-bootstrap.mjs can load it before tsx's loader is registered.
//
// The legacy build carries core-js polyfills, and one of them replaces the engine's own
// Array.prototype.push (Node 20's push fails two of core-js's edge-case checks: lengths past 2^32
// and non-writable lengths), for the whole thread. The polyfill is a JavaScript loop about 2.5 times
// slower, and pushing is most of what PDF.js does while reading text (bench/pdf-profile.ts measured
// getTextContent about a quarter faster with the native push back). So the native push is put back
// once PDF.js is loaded; PDF.js never pushes onto arrays near those limits.

/** @returns {Promise<typeof import('pdfjs-dist/legacy/build/pdf.min.mjs')>} */
export async function importPdfjs() {
  const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push');
  const lib = await import('pdfjs-dist/legacy/build/pdf.min.mjs');
  await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
  if (push && Array.prototype.push !== push.value) Object.defineProperty(Array.prototype, 'push', push);
  return lib;
}
