// Entry point of the PDF extraction threads (pool.ts): loads PDF.js (pdfjs.mjs), then registers
// tsx's ESM loader (the worker starts without the parent's Node flags) and loads the worker proper.
// PDF.js comes first because plain Node imports it in about 0.1–0.2 s, and about 0.6 s once
// tsx's loader is registered (it rewrites the dynamic imports of its 2.4 and 5.4 MB files and adds
// source maps); load.ts's own import of the same files then gets them from the module map.
import { register } from 'tsx/esm/api';
import { importPdfjs } from './pdfjs.mjs';

await importPdfjs();
register();
await import('./worker.ts');
