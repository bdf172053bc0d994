import { describe, expect, it } from 'vitest';
import { commandLine, parseArgs, parseSizes, sizeLabel, UsageError } from '../../bench/args.ts';

describe('bench options', () => {
  it('defaults: the three sizes, a temporary folder, BENCHMARKS.md', () => {
    expect(parseArgs([])).toEqual({ sizes: ['seeds', 1000, 5000], keep: null, out: 'BENCHMARKS.md' });
  });
  it('reads --sizes, --keep and --out', () => {
    expect(parseArgs(['--sizes', 'seeds,1000', '--keep', '/tmp/b', '--out', 'x.md'])).toEqual({ sizes: ['seeds', 1000], keep: '/tmp/b', out: 'x.md' });
    expect(parseSizes(' 250 ,seeds')).toEqual([250, 'seeds']);
  });
  it('rejects bad sizes and options', () => {
    expect(() => parseSizes('seeds,0')).toThrow(UsageError);
    expect(() => parseSizes('1e3')).toThrow(UsageError);
    expect(() => parseSizes('1000,1000')).toThrow(/repetido/);
    expect(() => parseArgs(['--sizes'])).toThrow(/falta el valor/);
    expect(() => parseArgs(['--keep', '--out', 'x'])).toThrow(/falta el valor de --keep/);
    expect(() => parseArgs(['--fast'])).toThrow(/desconocida/);
  });
  it('renders the command without machine paths', () => {
    expect(commandLine(parseArgs([]))).toBe('npm run bench');
    expect(commandLine(parseArgs(['--sizes', 'seeds,1000']))).toBe('npm run bench -- --sizes seeds,1000');
    expect(commandLine(parseArgs(['--keep', '/home/x/b', '--out', '/tmp/b.md']))).toBe('npm run bench -- --keep DIR --out FILE');
    expect(commandLine(parseArgs(['--out', 'docs/b.md']))).toBe('npm run bench -- --out docs/b.md');
  });
  it('labels sizes', () => {
    expect(sizeLabel('seeds')).toBe('semillas (5)');
    expect(sizeLabel(5000)).toBe('5000 informes');
  });
});
