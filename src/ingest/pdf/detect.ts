/** Recognizing PDF bytes, without loading PDF.js (the site uses it too). */

/** True for the bytes of a PDF: "%PDF-" within the first 1,024 bytes (compressed or not). */
export function isPdf(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024);
  for (let i = 0; i + 5 <= n; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

/** True when "%%EOF" is in the last 2,048 bytes: a PDF cut short (an interrupted download) has none. */
export function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.length - 2048));
  return tail.includes('%%EOF', 0, 'latin1');
}
