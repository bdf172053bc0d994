/** The machine a benchmark ran on, without host names, user names or paths. */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import type { Machine } from './types.ts';

/** PRETTY_NAME of an /etc/os-release text ("Debian GNU/Linux 12 (bookworm)"), or null. */
export function parseOsRelease(text: string): string | null {
  const m = /^PRETTY_NAME=(?:"([^"\n]*)"|'([^'\n]*)'|([^\n]*))$/m.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '').trim() || null : null;
}

export function machineInfo(): Machine {
  const list = cpus();
  const distro = existsSync('/etc/os-release') ? parseOsRelease(readFileSync('/etc/os-release', 'utf8')) : null;
  return {
    cpu: list[0]?.model.replace(/\s+/g, ' ').trim() || 'desconocida',
    cores: list.length,
    ramBytes: totalmem(),
    node: process.version,
    os: [distro, `${type()} ${release()}`].filter(Boolean).join(', '),
  };
}
