/**
 * One PDF → its layout text (lines.ts) with the page of every line, or the reason it cannot be
 * read. Pages without a text layer are read by OCR (ocr.ts) when the document is a scan; the
 * effects (OCR tools) are passed in, so tests can replace them.
 */
import type { LineMap } from '../layout/line-map.ts';
import { layoutLines, type PositionedPage } from './lines.ts';
import { boxedItems, cutsFigures, ruledItems } from './ruled.ts';
import { joinWrapped } from './wrapped.ts';
import { loadPdf, type LoadedPdf } from './load.mjs';
import { OCR_INSTALL, ocrAvailable, ocrPages, type OcrCheck } from './ocr.ts';

/** Bumped whenever the extraction's output changes, so cached texts of older versions are not used. */
export const EXTRACTOR_VERSION = 107;

export type PdfExtraction =
  | {
    ok: true;
    /** Layout text, pages joined with "\n" (no "\f"). */
    text: string;
    /** 1-based first line of each page. */
    pageStarts: number[];
    /**
     * The text for the parsers when the layout joined the displayed lines of wrapped table rows,
     * with the map from its lines back to `text`'s (layout/line-map.ts); absent when nothing was joined.
     */
    joined?: { text: string; map: LineMap };
    /** 1-based pages read by OCR. */
    ocrPages: number[];
    /** Pages without a text layer left unread because OCR is not installed, and what to install. */
    unread?: { pages: number[]; install: string };
  }
  | {
    ok: false;
    /** Spanish reason, for the flag naming the file. */
    reason: string;
    /** False when the failure depends on this machine (a missing tool), so it must not be cached. */
    cacheable: boolean;
  };

export interface OcrEffects {
  available: () => OcrCheck;
  read: (bytes: Uint8Array, pages: readonly number[], geometry: readonly { width: number; height: number }[]) => PositionedPage[] | Promise<PositionedPage[]>;
}

export const SYSTEM_OCR: OcrEffects = { available: () => ocrAvailable(), read: ocrPages };

/** Extracts a PDF's text; never throws. */
export async function extractPdf(bytes: Uint8Array, ocr: OcrEffects = SYSTEM_OCR): Promise<PdfExtraction> {
  let loaded: LoadedPdf;
  try {
    loaded = await loadPdf(bytes);
  } catch (err) {
    return { ok: false, reason: `PDF ilegible (${(err as Error).message ?? String(err)})`, cacheable: false };
  }
  return extractLoaded(loaded, () => bytes, ocr);
}

/**
 * The rest of the extraction once PDF.js has read the pages (loadPdf, on this thread or on an
 * extraction thread, pool.ts): OCR of a scan's pages, layout text, wrapped rows joined. `bytes`
 * is called only for OCR. Never throws.
 */
export async function extractLoaded(loaded: LoadedPdf, bytes: () => Uint8Array, ocr: OcrEffects = SYSTEM_OCR): Promise<PdfExtraction> {
  try {
    if (!loaded.ok) return { ok: false, reason: loaded.reason, cacheable: true };
    const pages = loaded.pages;
    if (pages.length === 0) return { ok: false, reason: 'PDF sin páginas', cacheable: true };
    const empty = pages.map((p, i) => (p.items.length === 0 ? i + 1 : 0)).filter((n) => n > 0);
    // A scan: most pages have no text layer. (A text document with a few image pages is not OCRed.)
    const ocrNeeded = empty.length > 0 && empty.length * 2 >= pages.length;
    let ocrDone: number[] = [];
    let unread: { pages: number[]; install: string } | undefined;
    if (ocrNeeded) {
      const check = ocr.available();
      if (!check.ok) {
        if (empty.length === pages.length) {
          return {
            ok: false, cacheable: false,
            reason: `PDF escaneado (sin capa de texto) y falta ${check.missing} para leerlo con OCR; instale: ${OCR_INSTALL}`,
          };
        }
        unread = { pages: empty, install: `falta ${check.missing}; instale: ${OCR_INSTALL}` };
      } else {
        const read = await ocr.read(bytes(), empty, empty.map((n) => pages[n - 1]!));
        // OCR gives one item per word: gaps between items are not cell boundaries there.
        empty.forEach((n, i) => { pages[n - 1] = { ...read[i]!, words: true }; });
        ocrDone = empty;
      }
    }
    // (tables drawn with borders: each cell's lines joined and moved up to its row's top, ruled.ts;
    // right-aligned figures placed by their cells in a document whose cells never cut a figure)
    const boxed = pages.map((p) => (p.rules ? boxedItems(p) : null));
    const wholeFigures = !boxed.some((b) => b && cutsFigures(b));
    const shaped = pages.map((p, k) => (p.rules ? { ...p, items: ruledItems(p, wholeFigures, boxed[k]!) } : p));
    const { layout, lines, grids } = layoutLines(shaped);
    if (!layout.text.trim()) return { ok: false, reason: 'PDF sin texto legible', cacheable: ocrDone.length > 0 };
    const joined = joinWrapped(lines, shaped, grids);
    const base = { ok: true as const, text: layout.text, pageStarts: layout.pageStarts, ...(joined ? { joined } : {}), ocrPages: ocrDone };
    // Not cached when pages were left unread (the cache entry would outlive installing tesseract).
    return unread ? { ...base, unread } : base;
  } catch (err) {
    return { ok: false, reason: `PDF ilegible (${(err as Error).message ?? String(err)})`, cacheable: false };
  }
}
