// @ts-check
/**
 * PDF bytes → positioned text per page, with PDF.js (pdfjs-dist, legacy build: runs in Node
 * without a DOM). Encrypted, corrupt and truncated files come back as a reason in Spanish,
 * never as an exception.
 *
 * Plain JavaScript (type-checked by tsc through its JSDoc) so that the extraction threads
 * (pdf-thread.mjs) run it without tsx: under tsx's loader, importing PDF.js alone takes about
 * 0.6 s instead of 0.1 s (tsx rewrites the dynamic imports of its 2.4 and 5.4 MB files and adds
 * source maps that Node then parses), and registering tsx in a thread costs another 0.2–0.3 s.
 */
import { multiply, pageRules } from './rules.mjs';

/** @typedef {import('./lines.ts').PositionedItem} PositionedItem */
/** @typedef {import('./lines.ts').PositionedPage} PositionedPage */
/**
 * @typedef {{ ok: true, pages: PositionedPage[] }
 *   | { ok: false, kind: 'encrypted' | 'corrupt' | 'truncated', reason: string }} LoadedPdf
 */
/**
 * Milliseconds spent in each stage of loadPdf, added to (bench/pdf-profile.ts).
 * `import`: importing PDF.js (nothing once the thread has it); `open`: getDocument (cross-reference
 * table and catalogue); `items`: text content → positioned items (this module); `cleanup`:
 * page.cleanup and doc.destroy.
 * `getOperatorList`: the page's drawing operators, read for its drawn rules (rules.mjs).
 * @typedef {{ import: number, open: number, getPage: number, getTextContent: number, getOperatorList: number, items: number, cleanup: number }} LoadTimings
 */
/**
 * `timings`: stage times, added to when given. `document`: options merged over DOCUMENT_OPTIONS;
 * `textContent`: options of getTextContent (bench/pdf-profile.ts tries them).
 * @typedef {{ timings?: LoadTimings, document?: Record<string, unknown>, textContent?: Record<string, unknown> }} LoadOptions
 */
/** @typedef {[number, number, number, number, number, number]} Matrix */

/**
 * PDF.js, imported once per thread, on first use: the minified legacy build of pdfjs-dist (the
 * same code as pdf.mjs and pdf.worker.mjs without their source maps, which Node parses on import
 * when source maps are on). The worker module registers itself (globalThis.pdfjsWorker) as the
 * in-thread worker PDF.js uses in Node.
 *
 * The legacy build carries core-js polyfills, and one of them replaces the engine's own
 * Array.prototype.push for the whole thread (Node 20's push fails one of core-js's edge-case
 * checks, on arrays whose length is not writable). The polyfill is a JavaScript loop about 2.5
 * times slower, and pushing is much of what PDF.js does while reading text: with the native push
 * put back, reading the text of the 6 real PDFs took 8–15 % less CPU (interleaved runs, load 6–7;
 * up to a quarter less wall time at load 1–2). PDF.js never relies on that edge case.
 * @returns {Promise<typeof import('pdfjs-dist/legacy/build/pdf.min.mjs')>}
 */
export async function importPdfjs() {
  const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push');
  const lib = await import('pdfjs-dist/legacy/build/pdf.min.mjs');
  await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
  if (push && Array.prototype.push !== push.value) Object.defineProperty(Array.prototype, 'push', push);
  return lib;
}

/**
 * True when "%%EOF" is in the last 2,048 bytes: a PDF cut short (an interrupted download) has none.
 * @param {Uint8Array} bytes
 */
export function hasEndMarker(bytes) {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.length - 2048));
  return tail.includes('%%EOF', 0, 'latin1');
}

/**
 * The options of PDF.js's getDocument for every document (bench/pdf-profile.ts measures others).
 * `maxImageSize: 0` leaves every image out of the operator list, before it is decoded: only the
 * page's rules are read from it (rules.mjs reads paths, never images), and scanned pages are read
 * by OCR from poppler's rendering (ocr.ts). A logo decoded again on each page was about 40 % of
 * the operator list's time on the real PDFs (2,471 → 1,477 ms, 130 pages); the rules of the 4,381
 * pages of 291 PDFs (the real ones and the printed layout sets) are the same with and without it.
 */
export const DOCUMENT_OPTIONS = Object.freeze({
  verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, maxImageSize: 0,
});

/**
 * Whether the next word of a monospaced run, drawn at (x, y) in size `size`, is one space after
 * `prev`: a monospaced font's space is as wide as its letters, 0.6 em, and PDF.js starts a new
 * item (with a blank one between) for any gap of 0.6 em or more, so it gives every word of a
 * monospaced line apart («Egresos» «en», 4.21 pt apart at 7 pt), as far apart as two columns of
 * other fonts' text. Joined back, the words make one item as a proportional font's line does.
 * One space: the gap is the font's pitch (`prev`'s width per character) within SPACE_PITCH.
 * @param {PositionedItem} prev
 * @param {number} x
 * @param {number} y
 * @param {number} size
 */
function oneMonoSpace(prev, x, y, size) {
  if (Math.abs(prev.size - size) > 0.01 * size || Math.abs(prev.y - y) > 0.1 * size) return false;
  const pitch = prev.width / prev.str.length;
  return Math.abs(x - (prev.x + prev.width) - pitch) <= SPACE_PITCH * pitch;
}

/** A monospaced word space is the font's pitch within this share of it. */
const SPACE_PITCH = 0.15;

/**
 * Reads every page's text runs; y measured from the top of the (rotated) page. One document at a
 * time on a thread: PDF.js in Node answers "Invalid page request" to pages of two documents read at
 * once (pdf-thread.mjs reads its files one after the other).
 * @param {Uint8Array} bytes
 * @param {LoadOptions} [options]
 * @returns {Promise<LoadedPdf>}
 */
export async function loadPdf(bytes, options = {}) {
  if (!hasEndMarker(bytes)) {
    return { ok: false, kind: 'truncated', reason: 'PDF truncado (falta el marcador final %%EOF; ¿descarga incompleta?)' };
  }
  const t = options.timings;
  let t0 = performance.now();
  /** @param {keyof LoadTimings} stage */
  const lap = (stage) => {
    if (!t) return;
    const now = performance.now();
    t[stage] += now - t0;
    t0 = now;
  };
  const { getDocument, OPS } = await importPdfjs();
  lap('import');
  // PDF.js takes ownership of (detaches) the buffer it is given: pass a copy.
  const task = getDocument({ data: new Uint8Array(bytes), ...DOCUMENT_OPTIONS, ...options.document });
  try {
    const doc = await task.promise;
    lap('open');
    /** @type {PositionedPage[]} */
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      lap('getPage');
      const content = await page.getTextContent(options.textContent);
      lap('getTextContent');
      // (the table borders it draws: rules.mjs; a page without text needs none, and a page whose
      // drawing PDF.js cannot read keeps its text, read without them)
      const rules = content.items.length
        ? await page.getOperatorList().then((ops) => pageRules(ops, OPS, /** @type {Matrix} */ (viewport.transform)), () => null)
        : null;
      lap('getOperatorList');
      /** @type {PositionedItem[]} */
      const items = [];
      let run = 0;
      /** The font of the last item pushed (monospaced words one space apart are joined to it). */
      let lastFont = '';
      /** @type {{ y: number, end: number, eol: boolean } | null} */
      let last = null;
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        if (!raw.str) {
          if (raw.hasEOL && last) last.eol = true;
          continue;
        }
        // Text space → viewport space (y down, page rotation applied).
        const [a, b, c, d, e, f] = multiply(/** @type {Matrix} */ (viewport.transform), /** @type {Matrix} */ (raw.transform));
        // Only horizontal text makes rows; rotated runs (vertical labels) are left out.
        if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0) continue;
        const size = Math.abs(d) || Math.abs(a);
        const width = raw.width * (viewport.scale || 1);
        // A new run when the drawing moves to another line or jumps back (see PositionedItem.run).
        if (!last || last.eol || Math.abs(f - last.y) > 0.1 * size || e < last.end - 0.5 * size) run++;
        last = { y: f, end: e + width, eol: raw.hasEOL };
        if (!raw.str.trim()) continue;
        const prev = items.at(-1);
        if (prev && prev.run === run && lastFont === raw.fontName && content.styles[raw.fontName]?.fontFamily === 'monospace' && oneMonoSpace(prev, e, f, size)) {
          prev.str = prev.str.endsWith(' ') || raw.str.startsWith(' ') ? prev.str + raw.str : `${prev.str} ${raw.str}`;
          prev.width = e + width - prev.x;
          continue;
        }
        lastFont = raw.fontName;
        items.push({ str: raw.str, x: e, y: f, width, size, run });
      }
      pages.push({ width: viewport.width, height: viewport.height, items, ...(rules && (rules.h.length || rules.v.length || rules.bands) ? { rules } : {}) });
      lap('items');
      page.cleanup();
      lap('cleanup');
    }
    await doc.destroy();
    lap('cleanup');
    return { ok: true, pages };
  } catch (err) {
    const e = /** @type {{ name?: string, message?: string }} */ (err);
    await task.destroy().catch(() => undefined);
    if (e.name === 'PasswordException') {
      return { ok: false, kind: 'encrypted', reason: 'PDF protegido con contraseña' };
    }
    return { ok: false, kind: 'corrupt', reason: `PDF dañado (${e.message ?? String(err)})` };
  }
}
