/**
 * PDF bytes → positioned text per page, with PDF.js (pdfjs-dist, legacy build: runs in Node
 * without a DOM). Encrypted, corrupt and truncated files come back as a reason in Spanish,
 * never as an exception.
 */
import { hasEndMarker } from './detect.ts';
import type { PositionedItem, PositionedPage } from './lines.ts';

export type LoadedPdf =
  | { ok: true; pages: PositionedPage[] }
  | { ok: false; kind: 'encrypted' | 'corrupt' | 'truncated'; reason: string };

/**
 * PDF.js, imported on first use: a process whose PDFs are all extracted on worker threads (or read
 * from the cache) never loads it (about 0.8 s of CPU under tsx; the threads load it in plain Node
 * first, worker-bootstrap.mjs, and this import then finds it in the module map).
 * The minified legacy builds: the same code as pdf.mjs and pdf.worker.mjs without their source
 * maps (2.4 and 5.4 MB), which Node parses on import when source maps are on, as under tsx. The
 * worker module registers itself (globalThis.pdfjsWorker) as the in-thread worker PDF.js uses in
 * Node, instead of importing it on the first document.
 */
async function pdfjs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.min.mjs')> {
  const lib = await import('pdfjs-dist/legacy/build/pdf.min.mjs');
  await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
  return lib;
}

/** Reads every page's text runs; y measured from the top of the (rotated) page. */
export async function loadPdf(bytes: Uint8Array): Promise<LoadedPdf> {
  if (!hasEndMarker(bytes)) {
    return { ok: false, kind: 'truncated', reason: 'PDF truncado (falta el marcador final %%EOF; ¿descarga incompleta?)' };
  }
  const { getDocument } = await pdfjs();
  // PDF.js takes ownership of (detaches) the buffer it is given: pass a copy.
  const task = getDocument({
    data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    const doc = await task.promise;
    const pages: PositionedPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
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
      page.cleanup();
    }
    await doc.destroy();
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
