/**
 * Monospaced text (Courier, DejaVu Sans Mono: a system's report, a typewriter-like export): its
 * word space is as wide as its letters, 0.6 em, and PDF.js gives each word of such a line as an
 * item apart. load.mjs joins words one space apart back into one item, as a proportional font's
 * line comes; wider gaps (two columns) stay apart.
 * The PDF is written here, uncompressed, with the standard Courier font given the widths of DejaVu
 * Sans Mono (every glyph 1233/2048 ≈ 602/1000 em, just over PDF.js's 0.6 em: Courier's own 600
 * stays under it): 6.02 pt a character at 10 pt, so every expected position below is arithmetic
 * on what is drawn.
 */
import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../src/ingest/pdf/load.mjs';

/** A one-page PDF (A4) drawing each line's strings at (x, y) in Courier 10 pt (PDF y, from the bottom). */
function courierPdf(draws: readonly { x: number; y: number; text: string }[], font = 'Courier'): Uint8Array {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = draws.map((d) => `BT /F1 10 Tf ${d.x} ${d.y} Td (${esc(d.text)}) Tj ET`).join('\n');
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /Font /Subtype /Type1 /BaseFont /${font} /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths [${Array(224).fill(602).join(' ')}] >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, k) => {
    offsets.push(out.length);
    out += `${k + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

async function items(draws: readonly { x: number; y: number; text: string }[], font?: string) {
  const r = await loadPdf(courierPdf(draws, font));
  if (!r.ok) throw new Error(r.reason);
  return r.pages[0]!.items.map((i) => ({ str: i.str, x: Math.round(i.x * 100) / 100, width: Math.round(i.width * 100) / 100 }));
}

describe('monospaced text (10 pt, 6.02 pt a character)', () => {
  it('a line of words one space apart is one item, as wide as its characters', async () => {
    // «Egresos en personal»: 19 characters from x = 50, so 114.38 pt wide.
    expect(await items([{ x: 50, y: 700, text: 'Egresos en personal' }])).toEqual([{ str: 'Egresos en personal', x: 50, width: 114.38 }]);
  });

  it('words drawn one by one, a space (6.02 pt) apart, are one item', async () => {
    // «Egresos» 42.14 pt wide from 50 ends at 92.14; «en» at 98.16 (one space after), ends at 110.2.
    expect(await items([{ x: 50, y: 700, text: 'Egresos' }, { x: 98.16, y: 700, text: 'en' }])).toEqual([{ str: 'Egresos en', x: 50, width: 60.2 }]);
  });

  it('two spaces or more apart (two columns) stay two items', async () => {
    // «Total» ends at 80.1; «1.234,00» starts two spaces (12.04 pt) later, at 92.14, 48.16 wide.
    expect(await items([{ x: 50, y: 700, text: 'Total  1.234,00' }])).toEqual([{ str: 'Total', x: 50, width: 30.1 }, { str: '1.234,00', x: 92.14, width: 48.16 }]);
  });

  it('a proportional font\'s words as far apart stay apart (its space is narrower: that gap parts cells)', async () => {
    expect((await items([{ x: 50, y: 700, text: 'Egresos' }, { x: 98.16, y: 700, text: 'en' }], 'Helvetica')).map((i) => i.str)).toEqual(['Egresos', 'en']);
  });

  it('lines one under the other stay apart', async () => {
    expect((await items([{ x: 50, y: 700, text: 'Egresos en' }, { x: 50, y: 690, text: 'personal' }])).map((i) => i.str)).toEqual(['Egresos en', 'personal']);
  });
});
