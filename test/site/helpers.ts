import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDatasets } from '../../src/site/data.ts';

export const FIXTURE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/site');
export const fixture = () => loadDatasets(FIXTURE_DIR);
/** The non-breaking space the es-EC formatters put between a number and its unit. */
export const NBSP = '\u00a0';
/** Replaces NBSP with a plain space, to write expectations readably. */
export const plain = (s: string) => s.replaceAll(NBSP, ' ');
export const MDI = 'ministerio-del-interior';
export const MDI_FILE = '2023-ministerio-del-interior-rendicion-de-cuentas.txt';
