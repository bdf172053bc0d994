// The minified builds of pdfjs-dist's legacy build are the same code as pdf.mjs / pdf.worker.mjs
// (load.mjs imports them because they load faster: see there); they ship without type files.
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
