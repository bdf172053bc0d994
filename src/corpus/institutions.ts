/**
 * The synthetic corpus's institution catalogue: who publishes the reports, written out as an
 * `institutions.csv` in the format of data/institutions.csv so the real ingest resolves them.
 *
 * Names are those of real Ecuadorian bodies (ministries, secretariats, GADs provinciales,
 * municipales and parroquiales, deconcentrated offices, municipal companies, zonal
 * administrations); every figure the corpus attaches to them is invented. The curated
 * institutions of data/institutions.csv never publish a synthetic report (EXCLUDED), so the
 * two catalogues cannot mix up real and synthetic data.
 *
 * RUCs are SYNTHETIC: they all start with "99", a province code that does not exist (real
 * RUCs start with 01-24 or 30), so none can ever be mistaken for a real taxpayer number.
 */
import type { Rng } from './prng.ts';
import { CITIES, PROVINCES, QUITO_ZONES, ZONES } from './places.ts';
import {
  DISTRICT_SECTORS, MUNICIPAL_AREAS, MUNICIPAL_ENTITIES, NATIONAL_BODIES, PROVINCIAL_OFFICES, type Sector,
} from './vocab.ts';
import { slugify } from '../lib/text.ts';
import { csvCell } from '../lib/csv.ts';

export type Family =
  | 'national' | 'provincial_office' | 'district' | 'gad_provincial' | 'gad_municipal' | 'municipal_entity'
  | 'gad_parroquial' | 'zonal' | 'municipal_area';

export interface CorpusInstitution {
  id: string;
  name: string;
  acronym: string | null;
  /** Synthetic 13-digit RUC starting with 99. */
  ruc: string;
  level: string;
  function: string;
  type: string;
  parent_id: string | null;
  domains: string[];
  aliases: string[];
  // Generator-only attributes (not written to the CSV).
  family: Family;
  sector: Sector;
  /** Name of the parent as the CPCCS form prints it in "PERTENECE A". */
  parentName: string | null;
  /** Typical yearly budget, in cents. */
  budgetCents: number;
  /** City (for municipal bodies), e.g. "Quito". */
  city: string | null;
  province: string | null;
}

/** Institutions of data/institutions.csv: catalogued here as parents at most, never as publishers. */
const EXCLUDED = new Set([
  'Ministerio del Interior', 'Instituto Ecuatoriano de Seguridad Social', 'Consejo Nacional Electoral',
  'Administración Zonal Manuela Sáenz', 'Servicio Nacional de Contratación Pública', 'Defensoría del Pueblo',
  'Secretaría de Derechos Humanos', 'Ministerio del Trabajo', 'Municipio del Distrito Metropolitano de Quito',
  'Secretaría General de Coordinación Territorial y Participación Ciudadana',
]);

const compact = (text: string) => slugify(text).replace(/-/g, '');

/** The i-th synthetic RUC: "99" + "6" (public sector) + 7 scrambled digits + "001". Unique for i < 10^7. */
export function syntheticRuc(i: number): string {
  const scrambled = (i * 7919 + 104729) % 10_000_000;
  return `996${String(scrambled).padStart(7, '0')}001`;
}

interface Spec {
  name: string;
  acronym?: string | null;
  level: string;
  function: string;
  type: string;
  parent?: () => CorpusInstitution;
  domain?: string | null;
  aliases?: string[];
  family: Family;
  sector: Sector;
  budget: [number, number];
  city?: string | null;
  province?: string | null;
}

const M = 100 * 1_000_000; // one million dollars, in cents

export class Catalogue {
  readonly all: CorpusInstitution[] = [];
  private readonly byName = new Map<string, CorpusInstitution>();
  private readonly ids = new Set<string>();
  private readonly domains = new Set<string>();
  private readonly aliases = new Set<string>();
  private readonly acronyms = new Set<string>();

  constructor(private readonly rng: Rng) {}

  get(name: string): CorpusInstitution | undefined {
    return this.byName.get(name);
  }

  /** Adds the institution (and, first, its parent) unless already there. */
  ensure(spec: Spec): CorpusInstitution {
    const known = this.byName.get(spec.name);
    if (known) return known;
    const parent = spec.parent ? spec.parent() : null;
    let id = slugify(spec.name);
    for (let k = 2; this.ids.has(id); k++) id = `${slugify(spec.name)}-${k}`;
    let domain = spec.domain ?? null;
    if (domain !== null) {
      const [host, ...rest] = domain.split('.');
      for (let k = 2; this.domains.has(domain); k++) domain = [`${host}${k}`, ...rest].join('.');
      this.domains.add(domain);
    }
    const acronym = spec.acronym && !this.acronyms.has(spec.acronym) ? spec.acronym : null;
    if (acronym) this.acronyms.add(acronym);
    const aliases = (spec.aliases ?? []).filter((a) => !this.aliases.has(slugify(a)) && !this.byName.has(a));
    for (const a of aliases) this.aliases.add(slugify(a));
    const inst: CorpusInstitution = {
      id, name: spec.name, acronym, ruc: syntheticRuc(this.all.length), level: spec.level, function: spec.function,
      type: spec.type, parent_id: parent?.id ?? null, domains: domain ? [domain] : [], aliases,
      family: spec.family, sector: spec.sector, parentName: parent?.name ?? null,
      budgetCents: this.rng.logInt(spec.budget[0], spec.budget[1]) * 100, city: spec.city ?? null, province: spec.province ?? null,
    };
    this.all.push(inst);
    this.byName.set(spec.name, inst);
    this.ids.add(id);
    this.aliases.add(slugify(spec.name));
    return inst;
  }
}

// ---------------------------------------------------------------------------------------------
// Candidate publishers, family by family (lazy specs: parents are added only when needed)

function nationalSpec(name: string): Spec {
  const body = NATIONAL_BODIES.find((x) => x.name === name);
  if (!body) throw new Error(`unknown national body ${name}`);
  const big = body.type === 'ministerio' || body.type === 'empresa pública' || body.type === 'seguridad social';
  return {
    name: body.name, acronym: body.acronym, level: 'nacional', function: body.function, type: body.type, domain: body.domain,
    family: 'national', sector: body.sector, budget: big ? [20 * 1_000_000, 3_000 * 1_000_000] : [1_500_000, 400 * 1_000_000],
  };
}

function municipalName(canton: string): string {
  if (canton === 'Quito') return 'Municipio del Distrito Metropolitano de Quito';
  if (canton === 'Guayaquil') return 'Gobierno Autónomo Descentralizado Municipal de Guayaquil';
  return `Gobierno Autónomo Descentralizado Municipal del Cantón ${canton}`;
}

const BIG_CITIES = new Set(CITIES.slice(0, 2).map(([c]) => c));
const CITY_SET = new Set(CITIES.map(([c]) => c));

function municipalSpec(canton: string, province: string): Spec {
  const dup = PROVINCES.filter((p) => p.cantons.includes(canton)).length > 1;
  const base = municipalName(canton);
  const name = dup ? `${base} (${province})` : base;
  const budget: [number, number] = BIG_CITIES.has(canton) ? [700_000_000, 1_400_000_000] : CITY_SET.has(canton) ? [40_000_000, 260_000_000] : [2_500_000, 45_000_000];
  return {
    name, level: 'cantonal', function: 'gad', type: canton === 'Quito' ? 'municipio' : 'gad municipal',
    domain: `${compact(canton)}${dup ? compact(province) : ''}.gob.ec`, aliases: dup ? [] : [`GAD Municipal de ${canton}`, `Municipio de ${canton}`],
    family: 'gad_municipal', sector: 'territorial', budget, city: canton, province,
  };
}

function municipalParent(cat: Catalogue, canton: string, province: string): () => CorpusInstitution {
  return () => cat.ensure(municipalSpec(canton, province));
}

/** All candidate specs of one family, in a fixed order (shuffled by the caller). */
function candidates(cat: Catalogue, family: Family): Spec[] {
  const out: Spec[] = [];
  switch (family) {
    case 'national':
      for (const body of NATIONAL_BODIES) if (!EXCLUDED.has(body.name)) out.push(nationalSpec(body.name));
      break;
    case 'provincial_office':
      for (const office of PROVINCIAL_OFFICES) {
        for (const pr of PROVINCES) {
          out.push({
            name: office.pattern(pr.name), level: 'provincial', function: office.function, type: office.type,
            parent: () => cat.ensure(nationalSpec(office.parent)), domain: null, family, sector: office.sector,
            budget: [300_000, 9_000_000], province: pr.name,
          });
        }
      }
      break;
    case 'district':
      for (const pr of PROVINCES) {
        const n = Math.max(1, Math.ceil(pr.cantons.length / 2)) + (pr.code === '17' || pr.code === '09' ? 8 : 0);
        for (let d = 1; d <= n; d++) out.push(...districtSpecs(cat, pr.code, d));
      }
      break;
    case 'gad_provincial':
      for (const pr of PROVINCES) {
        const galapagos = pr.code === '20';
        out.push({
          name: galapagos ? 'Consejo de Gobierno del Régimen Especial de Galápagos' : `Gobierno Autónomo Descentralizado Provincial de ${pr.name}`,
          level: 'provincial', function: 'gad', type: 'gobierno provincial',
          domain: galapagos ? 'gobiernogalapagos.gob.ec' : `prefectura${compact(pr.name)}.gob.ec`,
          aliases: galapagos ? [] : [`Prefectura de ${pr.name}`, `GAD Provincial de ${pr.name}`],
          family, sector: 'obras', budget: [25_000_000, 260_000_000], province: pr.name,
        });
      }
      break;
    case 'gad_municipal':
      for (const pr of PROVINCES) for (const c of pr.cantons) {
        const spec = municipalSpec(c, pr.name);
        if (!EXCLUDED.has(spec.name)) out.push(spec);
      }
      break;
    case 'municipal_entity':
      for (const e of MUNICIPAL_ENTITIES) {
        for (const pr of PROVINCES) for (const c of pr.cantons) {
          const dup = PROVINCES.filter((p) => p.cantons.includes(c)).length > 1;
          const big = CITY_SET.has(c);
          out.push({
            name: dup ? `${e.pattern(c)} (${pr.name})` : e.pattern(c), level: 'cantonal', function: 'gad', type: e.type,
            parent: municipalParent(cat, c, pr.name), domain: `${e.domain}${compact(c)}.gob.ec`, family, sector: e.sector,
            budget: big ? [3_000_000, 90_000_000] : [250_000, 8_000_000], city: c, province: pr.name,
          });
        }
      }
      break;
    case 'gad_parroquial': {
      const seen = new Map<string, number>();
      for (const pr of PROVINCES) for (const [, parish] of pr.parishes) seen.set(parish, (seen.get(parish) ?? 0) + 1);
      for (const pr of PROVINCES) {
        for (const [canton, parish] of pr.parishes) {
          const base = `Gobierno Autónomo Descentralizado Parroquial Rural de ${parish}`;
          out.push({
            name: seen.get(parish)! > 1 ? `${base} (${canton})` : base, level: 'parroquial', function: 'gad', type: 'junta parroquial',
            parent: municipalParent(cat, canton, pr.name), domain: `gadparroquial${compact(parish)}.gob.ec`,
            aliases: seen.get(parish)! > 1 ? [] : [`GAD Parroquial de ${parish}`, `Junta Parroquial de ${parish}`],
            family, sector: 'territorial', budget: [140_000, 950_000], city: canton, province: pr.name,
          });
        }
      }
      break;
    }
    case 'zonal':
      for (const zone of QUITO_ZONES) {
        const name = `Administración Zonal ${zone}`;
        if (EXCLUDED.has(name)) continue;
        out.push({
          name, level: 'zonal', function: 'gad', type: 'administración zonal', domain: null,
          parent: () => cat.ensure({
            name: 'Secretaría General de Coordinación Territorial y Participación Ciudadana', level: 'cantonal', function: 'gad',
            type: 'secretaría municipal', parent: municipalParent(cat, 'Quito', 'Pichincha'), domain: null, family: 'municipal_area',
            sector: 'territorial', budget: [5_000_000, 20_000_000], city: 'Quito', province: 'Pichincha',
          }),
          family, sector: 'territorial', budget: [1_500_000, 25_000_000], city: 'Quito', province: 'Pichincha',
        });
      }
      for (const [city, province] of CITIES.slice(1)) {
        for (const zone of ZONES) {
          out.push({
            name: `Administración Zonal ${zone} de ${city}`, level: 'zonal', function: 'gad', type: 'administración zonal', domain: null,
            parent: municipalParent(cat, city, province), family, sector: 'territorial', budget: [800_000, 15_000_000], city, province,
          });
        }
      }
      break;
    case 'municipal_area':
      for (const [city, province] of CITIES) {
        for (const a of MUNICIPAL_AREAS) {
          const quito = city === 'Quito';
          out.push({
            name: quito ? `Secretaría de ${a.area} del Distrito Metropolitano de Quito` : `Dirección Municipal de ${a.area} de ${city}`,
            level: 'cantonal', function: 'gad', type: quito ? 'secretaría municipal' : 'dirección municipal',
            parent: municipalParent(cat, city, province), domain: `${a.host}.${compact(city)}.gob.ec`, family, sector: a.sector,
            budget: quito ? [4_000_000, 60_000_000] : [600_000, 18_000_000], city, province,
          });
        }
      }
      break;
  }
  return out;
}

/** "Dirección Distrital 17D05 de Educación" (+ Salud, Inclusión Económica y Social) for district d. */
function districtSpecs(cat: Catalogue, code: string, d: number): Spec[] {
  const province = PROVINCES.find((p) => p.code === code)!.name;
  return DISTRICT_SECTORS.map((s) => ({
    name: `Dirección Distrital ${code}D${String(d).padStart(2, '0')} de ${s.label}`, level: 'cantonal', function: 'ejecutiva',
    type: 'dirección distrital', parent: () => cat.ensure(nationalSpec(s.parent)), domain: null, family: 'district' as const,
    sector: s.sector, budget: [1_500_000, 55_000_000] as [number, number], province,
  }));
}

/**
 * Publisher families in a fixed cycle: institution j belongs to FAMILY_CYCLE[j % 14], so any 10
 * consecutive institutions cover every family (and with it every report format).
 */
export const FAMILY_CYCLE: readonly Family[] = [
  'national', 'gad_parroquial', 'gad_municipal', 'municipal_entity', 'zonal', 'district', 'national',
  'gad_parroquial', 'gad_provincial', 'municipal_entity', 'municipal_area', 'provincial_office', 'gad_parroquial', 'gad_municipal',
];
const FALLBACK: readonly Family[] = ['municipal_entity', 'gad_parroquial', 'district', 'provincial_office', 'municipal_area', 'zonal', 'gad_municipal', 'national', 'gad_provincial'];

/** Builds the catalogue and picks `count` distinct publishers. */
export function buildCatalogue(count: number, rng: Rng): { catalogue: Catalogue; publishers: CorpusInstitution[] } {
  const catalogue = new Catalogue(rng);
  const pools = new Map<Family, Spec[]>();
  const pool = (f: Family) => {
    let p = pools.get(f);
    if (!p) {
      p = rng.shuffle(candidates(catalogue, f));
      pools.set(f, p);
    }
    return p;
  };
  const publishers: CorpusInstitution[] = [];
  const taken = new Set<string>();
  let overflow = 0;
  for (let j = 0; j < count; j++) {
    let spec: Spec | undefined;
    for (const f of [FAMILY_CYCLE[j % FAMILY_CYCLE.length]!, ...FALLBACK]) {
      const p = pool(f);
      while (p.length > 0 && !spec) {
        const s = p.pop()!;
        if (!taken.has(s.name)) spec = s;
      }
      if (spec) break;
    }
    while (!spec || taken.has(spec.name)) {
      // Every real name is taken: more district offices, numbered beyond the real ones (40+).
      const pr = PROVINCES[overflow % PROVINCES.length]!;
      const specs = districtSpecs(catalogue, pr.code, 40 + Math.floor(overflow / (PROVINCES.length * DISTRICT_SECTORS.length)));
      spec = specs[Math.floor(overflow / PROVINCES.length) % specs.length]!;
      overflow++;
    }
    taken.add(spec.name);
    publishers.push(catalogue.ensure(spec));
  }
  return { catalogue, publishers };
}

/** institutions.csv in the format of data/institutions.csv (arrays joined by "|"). */
export function institutionsCsv(institutions: readonly CorpusInstitution[]): string {
  const header = 'id,name,acronym,ruc,level,function,type,parent_id,domains,aliases';
  const rows = institutions.map((i) => [
    i.id, i.name, i.acronym ?? '', i.ruc, i.level, i.function, i.type, i.parent_id ?? '', i.domains.join('|'), i.aliases.join('|'),
  ].map(csvCell).join(','));
  return `${[header, ...rows].join('\n')}\n`;
}
