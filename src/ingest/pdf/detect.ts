/** Recognizing PDF bytes, without loading PDF.js (the site uses it too). */

export { isPdf } from '../../lib/pdf.ts';

/** True when "%%EOF" is in the last 2,048 bytes: a PDF cut short (an interrupted download) has none. */
export function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.length - 2048));
  return tail.includes('%%EOF', 0, 'latin1');
}
