/** Runs one build phase as a child process: wall-clock time and peak RSS of its process tree. */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { sampleTree } from './proc.ts';
import type { PhaseFigures } from './types.ts';

export interface PhaseRun {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** File that receives the phase's stdout and stderr. */
  log: string;
}

/** A phase that exited with an error, with its figures up to then. */
export class PhaseError extends Error {
  constructor(message: string, readonly figures: PhaseFigures) {
    super(message);
  }
}

/** Resolves with the figures; rejects with a PhaseError when the phase fails (exit ≠ 0 or a signal). */
export function runPhase({ command, args, env, log }: PhaseRun): Promise<PhaseFigures> {
  const fd = openSync(log, 'w');
  return new Promise<PhaseFigures>((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', fd, fd] });
    const sampler = child.pid === undefined ? null : sampleTree(child.pid);
    child.on('error', (e) => {
      sampler?.stop();
      reject(e);
    });
    child.on('exit', (code, signal) => {
      const seconds = (performance.now() - t0) / 1000;
      const { peak: peakRssBytes, breakdown } = sampler?.stop() ?? { peak: 0, breakdown: '' };
      if (code === 0) resolve({ seconds, peakRssBytes, breakdown });
      else reject(new PhaseError(`${command} ${args.join(' ')} terminó con ${signal ?? `código ${code}`} (ver ${log})`, { seconds, peakRssBytes, breakdown }));
    });
  }).finally(() => closeSync(fd));
}

/** The error lines of a phase's log (or its last lines), for the error message. */
export function logExcerpt(text: string, n = 4): string {
  const lines = text.trim().split('\n').map((l) => l.trim()).filter(Boolean);
  const errors = lines.filter((l) => !/^(at |\d+: 0x)/.test(l) && /error|failed|cannot|not found|ERR_/i.test(l));
  return (errors.length ? errors.slice(0, n) : lines.slice(-n)).join(' ⏎ ');
}
