/**
 * OCR of scanned pages (no text layer): the page is rasterized with poppler's `pdftoppm` and read
 * with Debian's `tesseract` (Spanish data); tesseract's word boxes become positioned items, so the
 * same layout code (lines.ts) places them in lines and columns. Both tools are external programs:
 * when one is missing, `ocrAvailable` says which package to install instead of failing.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PositionedItem, PositionedPage } from './lines.ts';

/** Resolution pages are rasterized at for OCR. */
export const OCR_DPI = 300;

/** The command that installs what OCR needs on Debian. */
export const OCR_INSTALL = 'apt-get install tesseract-ocr tesseract-ocr-spa poppler-utils';

export type OcrCheck = { ok: true } | { ok: false; missing: string };

/** Whether tesseract (with Spanish) and pdftoppm can run. */
export function ocrAvailable(run: typeof spawnSync = spawnSync): OcrCheck {
  const langs = run('tesseract', ['--list-langs'], { encoding: 'utf8' });
  if (langs.error || langs.status !== 0) return { ok: false, missing: 'tesseract-ocr' };
  if (!/^spa$/m.test(`${langs.stdout}\n${langs.stderr}`)) return { ok: false, missing: 'tesseract-ocr-spa' };
  const ppm = run('pdftoppm', ['-v'], { encoding: 'utf8' });
  if (ppm.error) return { ok: false, missing: 'poppler-utils' };
  return { ok: true };
}

/**
 * OCR of the given 1-based pages of a PDF; returns one positioned page per requested page (in
 * points, like PDF.js's), or rejects with a Spanish message when a tool fails. The tools run as
 * child processes without blocking this thread (the extraction pool OCRs several scans at once).
 */
export async function ocrPages(bytes: Uint8Array, pages: readonly number[], geometry: readonly { width: number; height: number }[]): Promise<PositionedPage[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cuentas-ocr-'));
  try {
    const pdf = join(dir, 'in.pdf');
    writeFileSync(pdf, bytes);
    const out: PositionedPage[] = [];
    for (const [i, n] of pages.entries()) {
      const prefix = join(dir, `p${n}`);
      const r = await run('pdftoppm', ['-r', String(OCR_DPI), '-gray', '-png', '-f', String(n), '-l', String(n), pdf, prefix]);
      if (!r.ok) throw new Error(`pdftoppm falló en la página ${n}: ${r.message}`);
      const image = readdirSync(dir).filter((f) => f.startsWith(`p${n}-`) || f === `p${n}.png`).map((f) => join(dir, f))[0];
      if (!image) throw new Error(`pdftoppm no produjo la página ${n}`);
      const t = await run('tesseract', [image, 'stdout', '-l', 'spa', '--psm', '6', 'tsv']);
      if (!t.ok) throw new Error(`tesseract falló en la página ${n}: ${t.message}`);
      const g = geometry[i] ?? { width: 595, height: 842 };
      out.push({ width: g.width, height: g.height, items: tsvToItems(t.stdout, 72 / OCR_DPI) });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a program; its stdout, or its stderr (or the spawn error) trimmed. */
function run(cmd: string, args: readonly string[]): Promise<{ ok: true; stdout: string } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve(err ? { ok: false, message: (stderr || err.message || '').trim() } : { ok: true, stdout });
    });
  });
}

/**
 * Tesseract's TSV (level, page, block, paragraph, line, word, left, top, width, height, conf,
 * text) → positioned words, scaled by `scale` (pixels → points). Every word of a tesseract line
 * gets that line's lowest bottom edge as its baseline, so a line stays one row.
 */
export function tsvToItems(tsv: string, scale: number): PositionedItem[] {
  const words: { key: string; left: number; top: number; width: number; height: number; text: string }[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const c = row.split('\t');
    if (c.length < 12 || c[0] !== '5') continue;
    const text = c.slice(11).join('\t').trim();
    if (!text) continue;
    words.push({
      key: `${c[2]}.${c[3]}.${c[4]}`, left: Number(c[6]), top: Number(c[7]), width: Number(c[8]), height: Number(c[9]), text,
    });
  }
  const bottom = new Map<string, number>();
  const size = new Map<string, number>();
  for (const w of words) {
    bottom.set(w.key, Math.max(bottom.get(w.key) ?? 0, w.top + w.height));
    size.set(w.key, Math.max(size.get(w.key) ?? 0, w.height));
  }
  return words.map((w) => ({
    str: w.text, x: w.left * scale, y: bottom.get(w.key)! * scale, width: w.width * scale,
    // A word box is about the height of capitals and descenders; the font size is a little more.
    size: Math.max(1, size.get(w.key)! * scale * 1.15),
  }));
}
