import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakdown, parseStatus, sampleFigures, treeOf, type ProcStatus } from '../../bench/proc.ts';
import { parseOsRelease } from '../../bench/machine.ts';
import { logExcerpt } from '../../bench/phase.ts';

// Abridged /proc/<pid>/status of a node process (Linux 6).
const STATUS = `Name:\tnode
Umask:\t0022
State:\tS (sleeping)
Tgid:\t4242
Ngid:\t0
Pid:\t4242
PPid:\t4200
TracerPid:\t0
VmPeak:\t11854688 kB
VmSize:\t11788196 kB
VmHWM:\t  512340 kB
VmRSS:\t  498120 kB
RssAnon:\t  440000 kB
Threads:\t11
`;

describe('/proc parsing', () => {
  it('reads pid, parent, RSS and high-water mark (kB → bytes)', () => {
    expect(parseStatus(STATUS)).toEqual({ name: 'node', pid: 4242, ppid: 4200, rss: 498120 * 1024, hwm: 512340 * 1024 });
  });
  it('a zombie or kernel thread has no Vm lines: 0 bytes', () => {
    expect(parseStatus('Name:\tkthreadd\nPid:\t2\nPPid:\t0\n')).toEqual({ name: 'kthreadd', pid: 2, ppid: 0, rss: 0, hwm: 0 });
    expect(parseStatus('')).toBeNull();
  });
  it('finds the process tree under a root and sums it', () => {
    const p = (pid: number, ppid: number, rss: number, hwm = rss): ProcStatus => ({ name: `p${pid}`, pid, ppid, rss, hwm });
    const all = [p(1, 0, 5), p(10, 1, 100), p(11, 10, 200, 900), p(12, 11, 300), p(13, 1, 4000), p(14, 12, 1)];
    expect(treeOf(all, 10).map((x) => x.pid)).toEqual([10, 11, 12, 14]);
    expect(sampleFigures(treeOf(all, 10))).toEqual({ rss: 601, hwm: 900 });
    expect(treeOf(all, 99)).toEqual([]);
    expect(breakdown([p(1, 0, 2_900_400_000), p(2, 1, 5_000_000), p(3, 1, 1_400_000_000)])).toBe('p1 2900 MB + p3 1400 MB');
  });
  it('reads the distribution from os-release', () => {
    expect(parseOsRelease('NAME="Debian GNU/Linux"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n')).toBe('Debian GNU/Linux 12 (bookworm)');
    expect(parseOsRelease('PRETTY_NAME=Alpine\n')).toBe('Alpine');
    expect(parseOsRelease('NAME=x\n')).toBeNull();
  });
});

describe('phase log excerpt', () => {
  it('keeps the error lines, not the stack', () => {
    // The end of a failed `astro build` log: a progress line, the error, its stack.
    const log = readFileSync(join(import.meta.dirname, '../fixtures/bench/astro-build-error.log'), 'utf8');
    expect(logExcerpt(log)).toBe('[ERROR] [vite] Cannot find module \'/work/main/src/site/lookup.ts\' imported from /work/main/src/pages/x.astro');
  });
  it('falls back to the last lines', () => {
    expect(logExcerpt('a\nb\nc\nd\ne\n', 2)).toBe('d ⏎ e');
  });
});
