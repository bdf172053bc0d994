/**
 * PDF bytes → positioned text per page, with PDF.js (pdfjs-dist, legacy build: runs in Node
 * without a DOM). Encrypted, corrupt and truncated files come back as a reason in Spanish,
 * never as an exception.
 */
import { hasEndMarker } from './detect.ts';
import { importPdfjs } from './pdfjs.mjs';
import type { PositionedItem, PositionedPage } from './lines.ts';

export type LoadedPdf =
  | { ok: true; pages: PositionedPage[] }
  | { ok: false; kind: 'encrypted' | 'corrupt' | 'truncated'; reason: string };

/** The options of PDF.js's getDocument for every document (bench/pdf-profile.ts measures each). */
export const DOCUMENT_OPTIONS = {
  verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false,
} as const;

/** Milliseconds spent in each stage of loadPdf, added to (bench/pdf-profile.ts). */
export interface LoadTimings {
  /** Importing PDF.js (nothing once the thread has it). */
  import: number;
  /** getDocument: parsing the cross-reference table and the catalogue. */
  open: number;
  getPage: number;
  getTextContent: number;
  /** Text content items → positioned items (this module). */
  items: number;
  /** page.cleanup and doc.destroy. */
  cleanup: number;
}

export interface LoadOptions {
  /** Stage times, added to when given. */
  timings?: LoadTimings;
  /** Options merged over DOCUMENT_OPTIONS, and given to getTextContent (bench/pdf-profile.ts tries them). */
  document?: Record<string, unknown>;
  textContent?: Record<string, unknown>;
}

/** Reads every page's text runs; y measured from the top of the (rotated) page. */
export async function loadPdf(bytes: Uint8Array, options: LoadOptions = {}): Promise<LoadedPdf> {
  if (!hasEndMarker(bytes)) {
    return { ok: false, kind: 'truncated', reason: 'PDF truncado (falta el marcador final %%EOF; ¿descarga incompleta?)' };
  }
  // PDF.js, imported on first use (pdfjs.mjs): a process whose PDFs are all extracted on worker
  // threads (or read from the cache) never loads it (about 0.6 s under tsx; the threads load it in
  // plain Node first, worker-bootstrap.mjs, and this import then finds it in the module map).
  const t = options.timings;
  let t0 = performance.now();
  const lap = (stage: keyof LoadTimings) => {
    if (!t) return;
    const now = performance.now();
    t[stage] += now - t0;
    t0 = now;
  };
  const { getDocument } = await importPdfjs();
  lap('import');
  // PDF.js takes ownership of (detaches) the buffer it is given: pass a copy.
  const task = getDocument({ data: new Uint8Array(bytes), ...DOCUMENT_OPTIONS, ...options.document });
  try {
    const doc = await task.promise;
    lap('open');
    const pages: PositionedPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      lap('getPage');
      const content = await page.getTextContent(options.textContent);
      lap('getTextContent');
      const items: PositionedItem[] = [];
      let run = 0;
      let last: { y: number; end: number; eol: boolean } | null = null;
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        if (!raw.str) {
          if (raw.hasEOL && last) last.eol = true;
          continue;
        }
        // Text space → viewport space (y down, page rotation applied).
        const [a, b, c, d, e, f] = multiply(viewport.transform, raw.transform);
        // Only horizontal text makes rows; rotated runs (vertical labels) are left out.
        if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0) continue;
        const size = Math.abs(d) || Math.abs(a);
        const width = raw.width * (viewport.scale || 1);
        // A new run when the drawing moves to another line or jumps back (see PositionedItem.run).
        if (!last || last.eol || Math.abs(f - last.y) > 0.1 * size || e < last.end - 0.5 * size) run++;
        last = { y: f, end: e + width, eol: raw.hasEOL };
        if (!raw.str.trim()) continue;
        items.push({ str: raw.str, x: e, y: f, width, size, run });
      }
      pages.push({ width: viewport.width, height: viewport.height, items });
      lap('items');
      page.cleanup();
      lap('cleanup');
    }
    await doc.destroy();
    lap('cleanup');
    return { ok: true, pages };
  } catch (err) {
    const e = err as { name?: string; message?: string };
    await task.destroy().catch(() => undefined);
    if (e.name === 'PasswordException') {
      return { ok: false, kind: 'encrypted', reason: 'PDF protegido con contraseña' };
    }
    return { ok: false, kind: 'corrupt', reason: `PDF dañado (${e.message ?? String(err)})` };
  }
}

/** The product m1 × m2 of two PDF transform matrices [a b c d e f]. */
function multiply(m1: number[], m2: number[]): [number, number, number, number, number, number] {
  return [
    m1[0]! * m2[0]! + m1[2]! * m2[1]!,
    m1[1]! * m2[0]! + m1[3]! * m2[1]!,
    m1[0]! * m2[2]! + m1[2]! * m2[3]!,
    m1[1]! * m2[2]! + m1[3]! * m2[3]!,
    m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
    m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
  ];
}
