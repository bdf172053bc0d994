// Entry point of the PDF extraction threads (pool.ts): loads PDF.js, then registers tsx's ESM
// loader (the worker starts without the parent's Node flags) and loads the worker proper.
// PDF.js comes first because plain Node imports it in about 0.1–0.2 s, and about 0.8 s once
// tsx's loader is registered (it turns source maps on); load.ts's own import of the same files
// then gets these modules from the module map instead of loading them again.
import 'pdfjs-dist/legacy/build/pdf.min.mjs';
import 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
