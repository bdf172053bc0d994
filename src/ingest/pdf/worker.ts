/** PDF extraction thread (pool.ts): extracts the files it is sent, one message per file. */
import { parentPort, workerData } from 'node:worker_threads';
import { extractOne, type PdfWorkerResponse } from './pool.ts';

const { reportsDir, ocr } = workerData as { reportsDir: string; ocr: boolean };

parentPort!.on('message', async (req: { index: number; file: string }) => {
  const response: PdfWorkerResponse = { index: req.index, result: await extractOne(reportsDir, req.file, ocr) };
  parentPort!.postMessage(response);
});
