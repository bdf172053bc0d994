/**
 * OCDS release packages and record packages (JSON, as SERCOP's API and bulk downloads serve
 * them) → ProcessRelease, streamed with json-split.ts.
 *
 * From each release (or a record's compiledRelease, else each of its embedded releases):
 * ocid, date; buyer (buyer.name / the party with role "buyer"; RUC from an `EC-RUC-…`
 * identifier); tender.procurementMethodDetails (SERCOP's procedure type),
 * tender.procurementMethod, tender.title, tender.description; amount = tender.value.amount,
 * else the sum of the awards' values (as exact decimal text); year and month from
 * tender.tenderPeriod.startDate; locality and region from the buyer's address; the
 * awarded suppliers' names.
 */
import { flagMessage, type FlagDraft } from '../types.ts';
import { amountText, parseAmount } from './amount.ts';
import { rucFromPartyId } from './buyers.ts';
import { fileChunks, splitPackage } from './json-split.ts';
import { text, type ProcessRelease, type ReadResult } from './types.ts';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Cheap content check: a JSON object whose first kilobytes mention "releases" or "records". */
export function isOcdsPackage(head: string): boolean {
  const t = head.replace(/^\uFEFF/, '').trimStart();
  return t.startsWith('{') && /"(releases|records)"\s*:/.test(head);
}

function yearMonth(date: string | null): { year: number | null; month: number | null } {
  const m = date ? /^(\d{4})-(\d{2})/.exec(date) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]) } : { year: null, month: null };
}

/** Exact sum of decimal amount texts (BigInt at the longest scale); null when none is a plain decimal. */
export function sumAmounts(values: unknown[]): string | null {
  const parts = values
    .map((v) => amountText(obj(v)?.amount)?.trim() ?? '')
    .map((t) => /^(-?)(\d+)(?:\.(\d*))?$/.exec(t))
    .filter((m): m is RegExpExecArray => m !== null);
  if (!parts.length) return null;
  const scale = Math.max(...parts.map((m) => (m[3] ?? '').length));
  let total = 0n;
  for (const m of parts) {
    const n = BigInt(m[2]! + (m[3] ?? '').padEnd(scale, '0'));
    total += m[1] === '-' ? -n : n;
  }
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale ? `.${frac}` : ''}`;
}

/** One release object → ProcessRelease (null when it has no ocid). */
export function fromRelease(r: Obj, kind: ProcessRelease['kind'], file: string, line: number, pointer: string): ProcessRelease | null {
  const ocid = text(r.ocid);
  if (!ocid) return null;
  const parties = arr(r.parties).map(obj).filter((p): p is Obj => p !== null);
  const buyerRef = obj(r.buyer);
  const buyerParty =
    parties.find((p) => buyerRef && p.id === buyerRef.id) ??
    parties.find((p) => arr(p.roles).includes('buyer')) ?? null;
  const identifier = obj(buyerParty?.identifier);
  const ruc =
    rucFromPartyId(buyerRef?.id) ?? rucFromPartyId(buyerParty?.id) ??
    (identifier && text(identifier.scheme) === 'EC-RUC' && /^\d{13}$/.test(String(identifier.id ?? '')) ? String(identifier.id) : null);
  const address = obj(buyerParty?.address);
  const tender = obj(r.tender) ?? {};
  const awards = arr(r.awards).map(obj).filter((a): a is Obj => a !== null);
  const tenderAmount = amountText(obj(tender.value)?.amount);
  const amount = tenderAmount ?? sumAmounts(awards.map((a) => a.value));
  const suppliers = [...new Set(awards.flatMap((a) => arr(a.suppliers).map((s) => text(obj(s)?.name)).filter((s): s is string => !!s)))];
  const { year, month } = yearMonth(text(obj(tender.tenderPeriod)?.startDate));
  return {
    ocid, date: text(r.date), year, month,
    buyer_name: text(buyerRef?.name) ?? text(buyerParty?.name), buyer_ruc: ruc,
    procedure: text(tender.procurementMethodDetails), method: text(tender.procurementMethod),
    amount, title: text(tender.title), description: text(tender.description),
    locality: text(address?.locality), region: text(address?.region),
    suppliers: suppliers.length ? suppliers.join('; ') : null,
    kind, source_file: file, source_line: line, source_pointer: pointer,
  };
}

/** Reads one OCDS package from its text chunks; never throws. */
export function readOcdsChunks(file: string, chunks: Iterable<string>): ReadResult {
  const releases: ProcessRelease[] = [];
  const flags: FlagDraft[] = [];
  const bad = (problem: string, value: string | null, line: number | null, severity: FlagDraft['severity'] = 'error') =>
    flags.push({ severity, code: severity === 'error' ? 'unreadable' : 'invalid_record', message: flagMessage(problem, value, file, line), dataset: 'contracts', field: null, source_line: line });
  try {
    for (const item of splitPackage(chunks)) {
      if (item.kind === 'error') {
        bad(item.problem, null, item.line);
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(item.text);
      } catch (e) {
        bad(`JSON mal formado en ${item.pointer}`, (e as Error).message, item.line, 'warning');
        continue;
      }
      const o = obj(value)!;
      if (item.array === 'releases') {
        const r = fromRelease(o, 'release', file, item.line, item.pointer);
        if (r) releases.push(r);
        else bad(`publicación sin ocid en ${item.pointer}`, null, item.line, 'warning');
        continue;
      }
      // A record: its compiled release, else each embedded release (linked ones carry no data).
      const compiled = obj(o.compiledRelease);
      if (compiled) {
        const r = fromRelease({ ocid: o.ocid, ...compiled }, 'record', file, item.line, `${item.pointer}/compiledRelease`);
        if (r) releases.push(r);
        else bad(`registro sin ocid en ${item.pointer}`, null, item.line, 'warning');
        continue;
      }
      const embedded = arr(o.releases).map(obj).filter((x): x is Obj => x !== null && ('tender' in x || 'buyer' in x || 'parties' in x));
      if (!embedded.length) {
        bad(`registro sin compiledRelease ni publicaciones incluidas en ${item.pointer}`, text(o.ocid), item.line, 'warning');
        continue;
      }
      let n = 0;
      for (const [k, rel] of embedded.entries()) {
        const r = fromRelease({ ocid: o.ocid, ...rel }, 'release', file, item.line, `${item.pointer}/releases/${k}`);
        if (r) (releases.push(r), n++);
      }
      if (!n) bad(`registro sin ocid en ${item.pointer}`, null, item.line, 'warning');
    }
  } catch (e) {
    bad('no se puede leer', (e as Error).message, null);
  }
  return { releases, flags };
}

/** Reads one OCDS package through a read(buffer) → bytes function (a file descriptor). */
export function readOcds(file: string, read: (buf: Uint8Array) => number): ReadResult {
  return readOcdsChunks(file, fileChunks(read));
}
