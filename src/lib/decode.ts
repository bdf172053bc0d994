/**
 * Bytes → text, for files of unknown provenance. Handles UTF-8 (with or without BOM),
 * UTF-16 LE/BE with BOM, Windows-1252 (what re-saving a report in old Windows tools
 * produces), CRLF/CR line breaks, and recognizes binary files instead of decoding junk.
 */

export type Decoded =
  | { ok: true; text: string; encoding: string; converted: boolean }
  | { ok: false; reason: string };

import { isUtf8 } from 'node:buffer';
import { isWhitespaceCode } from './text.ts';

/** Decodes a report file's bytes; line breaks come out as "\n". */
export function decodeReport(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'archivo vacío' };
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(start);
    if (looksBinary(body)) return { ok: false, reason: 'archivo binario (no es texto)' };
    if (isUtf8(body)) {
      // What a fatal TextDecoder('utf-8') gives (it accepts exactly the bytes isUtf8 accepts),
      // several times faster: that decoder also drops one BOM at the start of what it decodes
      // (a second BOM after the one skipped above), toString does not.
      text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      encoding = start ? 'utf-8-bom' : 'utf-8';
    } else {
      text = new TextDecoder('windows-1252').decode(body);
      encoding = 'windows-1252';
    }
  }
  if (looksBinaryText(text)) return { ok: false, reason: 'archivo binario (no es texto)' };
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (allWhitespace(text)) return { ok: false, reason: 'archivo sin texto' };
  return { ok: true, text, encoding, converted: !encoding.startsWith('utf-8') };
}

/** `!text.trim()` without the copy: every code unit is whitespace for trim (`\s`). */
function allWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhitespaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Binary is judged by the share of control characters (NUL included) in the first 8 KiB: more
 * than 5 % means binary. A stray NUL in a text report is a defect the driver removes and flags
 * (plain.ts), not a reason to drop the whole report.
 */
function looksBinary(sample: Uint8Array): boolean {
  const n = Math.min(sample.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = sample[i]!;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** looksBinary on the first 8,192 UTF-16 code units of a decoded text. */
function looksBinaryText(sample: string): boolean {
  const n = Math.min(sample.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = sample.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}
