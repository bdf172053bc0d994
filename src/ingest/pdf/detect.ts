/** Recognizing PDF bytes, without loading PDF.js (the site uses it too). */

export { isPdf } from '../../lib/pdf.ts';
/** True when "%%EOF" is in the last 2,048 bytes (load.mjs, where the extraction threads use it without tsx). */
export { hasEndMarker } from './load.mjs';
