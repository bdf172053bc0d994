/** Options of `npm run bench -- [--sizes seeds,1000,5000] [--keep DIR] [--out BENCHMARKS.md]`. */
import type { Size } from './types.ts';

export interface BenchArgs {
  sizes: Size[];
  /** Folder to build in and keep afterwards; null = a temporary folder, removed at the end. */
  keep: string | null;
  out: string;
}

export const USAGE = 'uso: npm run bench -- [--sizes seeds,1000,5000] [--keep DIR] [--out BENCHMARKS.md]';
export const DEFAULT_SIZES: Size[] = ['seeds', 1000, 5000];

export class UsageError extends Error {}

/** "seeds,1000" → ['seeds', 1000]; throws UsageError on anything else. */
export function parseSizes(value: string): Size[] {
  const sizes: Size[] = [];
  for (const part of value.split(',').map((s) => s.trim())) {
    let size: Size;
    if (part === 'seeds') size = 'seeds';
    else if (/^[1-9]\d*$/.test(part)) size = Number(part);
    else throw new UsageError(`tamaño inválido: «${part}» (use seeds o un entero > 0)`);
    if (sizes.includes(size)) throw new UsageError(`tamaño repetido: ${part}`);
    sizes.push(size);
  }
  return sizes;
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { sizes: DEFAULT_SIZES, keep: null, out: 'BENCHMARKS.md' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`falta el valor de ${a}`);
      return v;
    };
    if (a === '--sizes') args.sizes = parseSizes(value());
    else if (a === '--keep') args.keep = value();
    else if (a === '--out') args.out = value();
    else throw new UsageError(`opción desconocida: ${a}`);
  }
  return args;
}

/** The command as a reader would type it, without machine paths (--keep's folder is left out). */
export function commandLine(args: BenchArgs): string {
  const parts: string[] = [];
  if (args.sizes.join(',') !== DEFAULT_SIZES.join(',')) parts.push(`--sizes ${args.sizes.join(',')}`);
  if (args.keep !== null) parts.push('--keep DIR');
  if (args.out !== 'BENCHMARKS.md') parts.push(args.out.startsWith('/') ? '--out FILE' : `--out ${args.out}`);
  return parts.length ? `npm run bench -- ${parts.join(' ')}` : 'npm run bench';
}

/** Column label of a size: "semillas (5)" or "1000 informes". */
export function sizeLabel(size: Size, seeds = 5): string {
  return size === 'seeds' ? `semillas (${seeds})` : `${size} informes`;
}
