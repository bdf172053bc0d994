/**
 * SERCOP procurement data → the `contracts` dataset.
 *
 * `ingestContracts` reads every file of a folder (CSV exports with an `ocid` column, OCDS
 * release or record packages in JSON; the kind is detected from the content), groups the
 * releases by ocid, merges each group by date and resolves its buyer to an institution. A file
 * it cannot read becomes a flag naming it; the run goes on.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Contract, Datasets, Flag, Institution } from '../../schema/datasets.ts';
import { emptyDatasets, sortDatasets } from '../build.ts';
import { decodeReport } from '../../lib/decode.ts';
import type { InstitutionResolver } from '../institutions.ts';
import { flagMessage, type FlagDraft } from '../types.ts';
import { isSercopCsv, readSercopCsv } from './csv.ts';
import { crossCheck } from '../../lib/crosscheck.ts';
import { mismatchFlags } from './crosscheck.ts';
import { cachedBuyers, toContract } from './merge.ts';
import { isOcdsPackage, readOcds } from './ocds.ts';
import type { ProcessRelease, ReadResult } from './types.ts';

export interface ContractsResult {
  contracts: Contract[];
  flags: Flag[];
  /** Buyers the catalogue does not know, as institutions (one per id, first seen wins). */
  institutions: Institution[];
}

/** Files of the folder: every regular file except READMEs and dotfiles, sorted. */
export function listContractFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => !f.startsWith('.') && !/^readme(\.|$)/i.test(f))
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/** Reads one file into releases; never throws. */
export function readContractFile(dir: string, file: string): ReadResult {
  const fail = (problem: string): ReadResult => ({
    releases: [],
    flags: [{ severity: 'error', code: 'unreadable', message: flagMessage(problem, null, file, null), dataset: 'contracts', field: null, source_line: null }],
  });
  let fd: number | null = null;
  try {
    fd = openSync(join(dir, file), 'r');
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    const headText = head.subarray(0, n).toString('utf8');
    if (isOcdsPackage(headText)) {
      let pos = 0;
      const f = fd;
      return readOcds(file, (buf) => {
        const got = readSync(f, buf, 0, buf.length, pos);
        pos += got;
        return got;
      });
    }
    const decoded = decodeReport(readFileSync(join(dir, file)));
    if (!decoded.ok) return fail(`no se puede leer: ${decoded.reason}`);
    if (isSercopCsv(decoded.text)) return readSercopCsv(file, decoded.text);
    if (/^\s*[[{]/.test(decoded.text)) return readOcds(file, once(decoded.text));
    return fail('formato no reconocido: ni CSV con columna ocid ni paquete OCDS');
  } catch (e) {
    return fail(`no se puede leer: ${(e as Error).message}`);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** A read function that returns a whole text once (for JSON that failed the cheap check). */
function once(text: string): (buf: Uint8Array) => number {
  const bytes = Buffer.from(text, 'utf8');
  let pos = 0;
  return (buf) => {
    const n = Math.min(buf.length, bytes.length - pos);
    buf.set(bytes.subarray(pos, pos + n));
    pos += n;
    return n;
  };
}

/** Ingests every SERCOP file of `dir`; catalogue ids are not repeated in `institutions`. */
export function ingestContracts(dir: string, resolver: InstitutionResolver, catalogueIds: ReadonlySet<string>): ContractsResult {
  const groups = new Map<string, ProcessRelease[]>();
  const drafts: FlagDraft[] = [];
  const fileOf = new Map<FlagDraft, string>();
  for (const file of listContractFiles(dir)) {
    const { releases, flags } = readContractFile(dir, file);
    for (const f of flags) (drafts.push(f), fileOf.set(f, file));
    for (const r of releases) {
      const g = groups.get(r.ocid);
      if (g) g.push(r);
      else groups.set(r.ocid, [r]);
    }
  }
  const out: ContractsResult = { contracts: [], flags: [], institutions: [] };
  for (const f of drafts) out.flags.push({ report_id: null, institution_id: null, source_file: fileOf.get(f)!, ...f });
  const buyers = cachedBuyers(resolver);
  const extra = new Map<string, Institution>();
  // A buyer at odds with the catalogue is flagged once, at its first process, not at each of them.
  const conflictFlagged = new Set<string>();
  for (const releases of groups.values()) {
    const { contract, flags, newInstitution } = toContract(releases, buyers);
    const file = contract?.source_file ?? releases[releases.length - 1]!.source_file;
    for (const f of flags) {
      if (f.code === 'institution_conflict' && contract) {
        if (conflictFlagged.has(contract.institution_id)) continue;
        conflictFlagged.add(contract.institution_id);
      }
      out.flags.push({ report_id: null, institution_id: contract?.institution_id ?? null, source_file: file, ...f });
    }
    if (contract) out.contracts.push(contract);
    if (newInstitution && !catalogueIds.has(newInstitution.id) && !extra.has(newInstitution.id)) extra.set(newInstitution.id, newInstitution);
  }
  out.institutions = [...extra.values()];
  return out;
}

/**
 * The reports' datasets plus SERCOP's: `contracts` from `dir`, its flags, the buyers missing
 * from `institutions`, and the cross-check flags (procurement_mismatch). Returns new sorted datasets.
 */
export function withContracts(datasets: Datasets, dir: string, resolver: InstitutionResolver): { datasets: Datasets; files: number } {
  const files = listContractFiles(dir).length;
  if (!files) return { datasets, files };
  const known = new Set(datasets.institutions.map((i) => i.id));
  const result = ingestContracts(dir, resolver, known);
  const contracts = [...datasets.contracts, ...result.contracts];
  // Only the three datasets that change are sorted again (the others are already in order).
  const changed = sortDatasets({
    ...emptyDatasets(),
    institutions: [...datasets.institutions, ...result.institutions],
    contracts,
    flags: [...datasets.flags, ...result.flags, ...mismatchFlags(crossCheck(datasets.procurement, contracts))],
  });
  return { datasets: { ...datasets, institutions: changed.institutions, contracts: changed.contracts, flags: changed.flags }, files };
}
