// Entry point of the PDF extraction threads (pool.ts): registers tsx's ESM loader (the worker
// starts without the parent's Node flags), then loads the worker proper.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
