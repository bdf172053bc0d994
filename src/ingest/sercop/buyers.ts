/**
 * SERCOP buyers as institutions. The one place the contracts ingest asks the institution
 * resolver who a buyer is, so the identity rules (RUC first, then the normalized name) stay
 * those of the reports. A buyer the catalogue does not know becomes its own institution, with
 * the id the reports' ingest would give it (slug of the name).
 */
import type { Institution } from '../../schema/datasets.ts';
import type { InstitutionResolver } from '../institutions.ts';
import { BUYER_WORDING, resolveNamed, type IdentityNote } from '../identity.ts';
import { slugify } from '../../lib/text.ts';

export interface Buyer {
  name: string;
  /** 13-digit RUC from an `EC-RUC-…` party identifier, if any. */
  ruc: string | null;
}

/** The RUC in an OCDS party identifier ("EC-RUC-1760000150001", "EC-RUC-1760000150001-1234"). */
export function rucFromPartyId(id: unknown): string | null {
  if (typeof id !== 'string') return null;
  const m = /^EC-RUC-(\d{13})(?:\D|$)/.exec(id.trim());
  return m ? m[1]! : null;
}

export interface BuyerInstitution {
  institution: Institution;
  /** True when the catalogue knows it (by RUC or name). */
  catalogued: boolean;
  /** Disagreements with the catalogue (institution_conflict), as for a report's header. */
  notes: IdentityNote[];
}

/**
 * The institution of a buyer, by the reports' identity rules (src/ingest/identity.ts): the
 * catalogue's when RUC and name agree (or only one is given and it matches), else a new
 * institution under the name SERCOP gives, never merged into another.
 */
export function buyerInstitution(resolver: InstitutionResolver, buyer: Buyer, catalogueIds?: ReadonlySet<string>): BuyerInstitution {
  const ids = catalogueIds ?? new Set(resolver.institutions.map((i) => i.id));
  const decision = resolveNamed(resolver, { name: buyer.name, ruc: buyer.ruc }, ids, BUYER_WORDING);
  if (decision) return { institution: decision.institution, catalogued: decision.created.length === 0, notes: decision.notes };
  const id = slugify(buyer.name) || (buyer.ruc ? `ruc-${buyer.ruc}` : 'comprador-desconocido');
  return {
    catalogued: false,
    notes: [],
    institution: {
      id, name: buyer.name, acronym: null, ruc: buyer.ruc, level: 'desconocido', function: 'desconocida',
      type: 'desconocido', parent_id: null, domains: [], aliases: [],
    },
  };
}
