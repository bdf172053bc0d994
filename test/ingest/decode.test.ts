import { describe, expect, it } from 'vitest';
import { decodeReport } from '../../src/lib/decode.ts';

const text = 'NOMBRE DE LA INSTITUCIÓN:\tMINISTERIO DEL INTERIOR\nRUC:\t1798194735001\n';

function utf16(s: string, le: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = le ? c & 0xff : c >> 8;
    out[3 + i * 2] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

describe('decodeReport', () => {
  it('reads plain UTF-8 unchanged', () => {
    expect(decodeReport(Buffer.from(text, 'utf8'))).toEqual({ ok: true, text, encoding: 'utf-8', converted: false });
  });
  it('drops a UTF-8 BOM', () => {
    const r = decodeReport(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(r).toMatchObject({ ok: true, text, encoding: 'utf-8-bom' });
  });
  it('reads UTF-16 LE and BE with BOM', () => {
    expect(decodeReport(utf16(text, true))).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeReport(utf16(text, false))).toMatchObject({ ok: true, text, encoding: 'utf-16be' });
  });
  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    const cp1252 = Buffer.from(text, 'latin1'); // Ó = 0xD3 in both latin1 and cp1252
    expect(decodeReport(cp1252)).toMatchObject({ ok: true, text, encoding: 'windows-1252' });
  });
  it('normalizes CRLF and CR line breaks', () => {
    const r = decodeReport(Buffer.from(text.replace(/\n/g, '\r\n')));
    expect(r).toMatchObject({ ok: true, text });
    expect(decodeReport(Buffer.from('a\rb\r'))).toMatchObject({ ok: true, text: 'a\nb\n' });
  });
  it('refuses empty, blank and binary files with a reason', () => {
    expect(decodeReport(new Uint8Array())).toEqual({ ok: false, reason: 'archivo vacío' });
    expect(decodeReport(Buffer.from(' \n\n'))).toEqual({ ok: false, reason: 'archivo sin texto' });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeReport(png)).toEqual({ ok: false, reason: 'archivo binario (no es texto)' });
  });
});
