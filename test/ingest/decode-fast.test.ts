/**
 * decodeReport's UTF-8 path (isUtf8 + Buffer#toString) must decode exactly as the strict
 * TextDecoder it replaced: same text, same encoding label, same fallback to Windows-1252.
 */
import { describe, expect, it } from 'vitest';
import { decodeReport } from '../../src/lib/decode.ts';

/** The previous implementation's UTF-8 step, as the reference. */
function reference(bytes: Uint8Array): { text: string; encoding: string } {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body).replace(/\r\n?/g, '\n'), encoding: start ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body).replace(/\r\n?/g, '\n'), encoding: 'windows-1252' };
  }
}

const BOM = [0xef, 0xbb, 0xbf];
const cases: [string, number[]][] = [
  ['ascii', [...Buffer.from('RUC:\t1798194735001\nok')]],
  ['accents', [...Buffer.from('INSTITUCIÓN: Ñandú — “cita” €\n')]],
  ['BOM', [...BOM, ...Buffer.from('Año 2023\n')]],
  ['double BOM', [...BOM, ...BOM, ...Buffer.from('Año 2023\n')]],
  ['triple BOM', [...BOM, ...BOM, ...BOM, ...Buffer.from('x\n')]],
  ['BOM inside the text', [...Buffer.from('a'), ...BOM, ...Buffer.from('b\n')]],
  ['latin1 byte', [...Buffer.from('INSTITUCI'), 0xd3, ...Buffer.from('N\n')]],
  ['BOM then latin1', [...BOM, ...Buffer.from('a'), 0xe9, ...Buffer.from('\n')]],
  ['double BOM then latin1', [...BOM, ...BOM, 0xf1, ...Buffer.from('x\n')]],
  ['overlong "/"', [...Buffer.from('a'), 0xc0, 0xaf, ...Buffer.from('\n')]],
  ['surrogate half', [...Buffer.from('a'), 0xed, 0xa0, 0x80, ...Buffer.from('\n')]],
  ['beyond U+10FFFF', [...Buffer.from('a'), 0xf4, 0x90, 0x80, 0x80, ...Buffer.from('\n')]],
  ['truncated sequence at the end', [...Buffer.from('abc'), 0xe2, 0x82]],
  ['astral', [...Buffer.from('𝄞 ok\r\nb\r')]],
  ['CRLF and CR', [...Buffer.from('a\r\nb\rc\n\r\n')]],
  ['0x80-0x9f bytes', [...Buffer.from('x'), 0x80, 0x93, 0x9f, ...Buffer.from('y\n')]],
];

describe('decodeReport UTF-8 fast path', () => {
  for (const [name, bytes] of cases) {
    it(`decodes like the strict TextDecoder: ${name}`, () => {
      const u8 = Uint8Array.from(bytes);
      const r = decodeReport(u8);
      const ref = reference(u8);
      expect(r).toMatchObject({ ok: true, text: ref.text, encoding: ref.encoding, converted: ref.encoding === 'windows-1252' });
    });
  }
  it('decodes a Uint8Array that is a view into a larger buffer', () => {
    const whole = Buffer.from('XXXXcañón\nYYYY');
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 4, Buffer.byteLength('cañón\n'));
    expect(decodeReport(view)).toMatchObject({ ok: true, text: 'cañón\n', encoding: 'utf-8' });
  });
  it('keeps the double-BOM and windows-1252 answers the old decoder gave', () => {
    expect(decodeReport(Uint8Array.from([...BOM, ...BOM, 0x41, 0x0a]))).toEqual({ ok: true, text: 'A\n', encoding: 'utf-8-bom', converted: false });
    expect(decodeReport(Uint8Array.from([0x41, 0xe9, 0x0a]))).toEqual({ ok: true, text: 'Aé\n', encoding: 'windows-1252', converted: true });
  });
});
