// Entry point of ingestParallel's worker threads (parallel.ts). The worker is started without the
// parent's Node flags (execArgv: []), so it has no TypeScript loader even when the parent runs
// under tsx or vitest: register tsx's ESM loader here, then load the worker proper.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
