/**
 * Peak memory of a process tree, sampled from Linux's /proc.
 *
 * Every `intervalMs` (200 ms) the sampler lists /proc, reads each process's status (PPid,
 * VmRSS, VmHWM), finds the root's descendants and sums their VmRSS: the peak of that sum is the
 * tree's peak. Between two samples a short spike can go unseen, so the result is the larger of
 * that peak and the largest VmHWM (the kernel's own high-water mark) any single process of the
 * tree reported. Summed RSS counts shared pages (libraries, fork copy-on-write) once per
 * process, so it leans high: an upper bound, which is what a memory target needs.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcStatus {
  /** Command name (the Name: line, at most 15 characters). */
  name: string;
  pid: number;
  ppid: number;
  /** VmRSS in bytes (0 for a zombie or kernel thread). */
  rss: number;
  /** VmHWM (peak RSS of the process so far) in bytes. */
  hwm: number;
}

/** Parses the text of /proc/<pid>/status; null when it has no Pid line. */
export function parseStatus(text: string): ProcStatus | null {
  const field = (name: string): string | null => {
    const m = new RegExp(`^${name}:\\s*(\\d+)`, 'm').exec(text);
    return m ? m[1]! : null;
  };
  const pid = field('Pid');
  if (pid === null) return null;
  const kb = (name: string) => Number(field(name) ?? 0) * 1024;
  const name = /^Name:\s*(.*)$/m.exec(text)?.[1]?.trim() ?? '';
  return { name, pid: Number(pid), ppid: Number(field('PPid') ?? 0), rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** The processes of `all` in the tree rooted at `root` (root included, if present). */
export function treeOf(all: readonly ProcStatus[], root: number): ProcStatus[] {
  const children = new Map<number, ProcStatus[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const out: ProcStatus[] = [];
  const rootStatus = all.find((p) => p.pid === root);
  const queue = rootStatus ? [rootStatus] : [];
  const seen = new Set<number>();
  while (queue.length) {
    const p = queue.shift()!;
    if (seen.has(p.pid)) continue;
    seen.add(p.pid);
    out.push(p);
    queue.push(...(children.get(p.pid) ?? []));
  }
  return out;
}

/** Tree figures of one sample: summed RSS and the largest single high-water mark. */
export function sampleFigures(tree: readonly ProcStatus[]): { rss: number; hwm: number } {
  return { rss: tree.reduce((n, p) => n + p.rss, 0), hwm: tree.reduce((n, p) => Math.max(n, p.hwm), 0) };
}

function readAll(): ProcStatus[] {
  const out: ProcStatus[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const s = parseStatus(readFileSync(`/proc/${name}/status`, 'utf8'));
      if (s) out.push(s);
    } catch {
      // the process ended between the listing and the read
    }
  }
  return out;
}

/** "node 2900 MB + pagefind 1400 MB": the processes of a sample over 10 MB, largest first. */
export function breakdown(tree: readonly ProcStatus[]): string {
  return [...tree].filter((p) => p.rss > 10e6).sort((a, b) => b.rss - a.rss)
    .map((p) => `${p.name} ${Math.round(p.rss / 1e6)} MB`).join(' + ');
}

/** Samples the tree under `root` until stop(), which returns the peak in bytes and who held it. */
export function sampleTree(root: number, intervalMs = 200): { stop(): { peak: number; breakdown: string } } {
  let peak = 0;
  let peakSum = 0;
  let detail = '';
  const tick = () => {
    const tree = treeOf(readAll(), root);
    const { rss, hwm } = sampleFigures(tree);
    peak = Math.max(peak, rss, hwm);
    if (rss > peakSum) {
      peakSum = rss;
      detail = breakdown(tree);
    }
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { peak, breakdown: detail };
    },
  };
}

export const MEMORY_METHOD =
  'suma del RSS (VmRSS) de todo el árbol de procesos de cada fase, leída de /proc cada 200 ms; ' +
  'el pico es el mayor de esa suma y del mayor VmHWM (pico del núcleo) de un solo proceso del árbol. ' +
  'Las páginas compartidas cuentan una vez por proceso: es una cota superior.';
