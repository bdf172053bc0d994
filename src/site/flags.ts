/**
 * Data-quality flags on the pages: what each code means, and which flags belong next to
 * which number. A flag concerns the figure identified by (source_file, dataset, source_line,
 * field); flags that match no displayed record are still listed in their section and in
 * #alertas, so none is ever hidden.
 */
import { FLAG_CODES, type Datasets, type Flag, type FlagCode } from '../schema/datasets.ts';
import { listOf, lookup, memo } from './lookup.ts';
import { listMemo } from './context.ts';

export interface FlagInfo {
  title: string;
  description: string;
}

/** Plain-language meaning of every flag code (shown on /metodologia/ and next to alerts). */
export const FLAG_INFO: Record<FlagCode, FlagInfo> = {
  total_mismatch: {
    title: 'Total no cuadra',
    description: 'Un total que declara el informe no coincide con la suma de sus partes (por ejemplo, el ejecutado total frente a la suma de las líneas presupuestarias).',
  },
  pct_mismatch: {
    title: 'Porcentaje no cuadra',
    description: 'El porcentaje que declara el informe difiere del que resulta de dividir sus propias cifras (ejecutado ÷ planificado).',
  },
  number_repaired: {
    title: 'Número reparado',
    description: 'La cifra venía partida o mal escrita (por ejemplo "14805883 1,00") y se reconstruyó; solo se repara cuando el porcentaje que declara el informe confirma la lectura.',
  },
  value_suspicious: {
    title: 'Valor sospechoso',
    description: 'El valor es posible pero improbable (un cumplimiento muy por encima de lo planificado, un 00,00 %...): conviene verificarlo en el original.',
  },
  value_missing: {
    title: 'Valor ausente',
    description: 'El informe deja vacío el valor o escribe "N/A", "S/N" o similar; se publica como no reportado, nunca como cero.',
  },
  fragment: {
    title: 'Informe incompleto',
    description: 'El archivo es un fragmento: le faltan la cabecera o secciones esperadas, así que puede faltar información.',
  },
  institution_inferred: {
    title: 'Institución no nombrada',
    description: 'El informe no dice en su encabezado qué institución lo publica; se dedujo de la institución a la que dice pertenecer, del dominio de sus enlaces o de sus memorandos. Un fragmento se publica como «Unidad no identificada» de esa institución y sus cifras nunca se cuentan como las de ella; un informe completo se le atribuye. Un documento hecho en el formulario de otra entidad (un POA en la plantilla del municipio) se atribuye a la empresa pública que cada una de sus filas nombra como la que lo financia.',
  },
  institution_unknown: {
    title: 'Institución desconocida',
    description: 'El informe no nombra a su institución y nada en él permite identificarla; se publica aparte, con el nombre del archivo.',
  },
  institution_conflict: {
    title: 'Institución en conflicto con el catálogo',
    description: 'El RUC o el nombre del encabezado de un informe (o de un comprador del SERCOP) pertenecen en el catálogo a otra institución; se publica con la identidad que da el propio documento, nunca se mezcla con la otra.',
  },
  duplicate_report: {
    title: 'Copia idéntica',
    description: 'Dos archivos tienen exactamente el mismo contenido (mismo SHA-256); sus cifras se cuentan una sola vez.',
  },
  conflicting_reports: {
    title: 'Versiones distintas',
    description: 'Hay más de una versión, con contenido distinto, del informe de una institución para el mismo año y formato; todas se muestran y titulares y comparaciones usan una, según una regla publicada en la metodología.',
  },
  institution_name_cut: {
    title: 'Nombre posiblemente cortado',
    description: 'El nombre que imprime el documento, sin RUC, es el comienzo del nombre de otra institución del explorador (un sistema que corta los nombres largos al exportar). Sin otra prueba no se unen: se publica aparte y se avisa.',
  },
  figures_not_read: {
    title: 'Cifras no leídas',
    description: 'Ningún lector del explorador reconoce las tablas de este tipo de documento: se publican su título, su institución y su periodo, con la línea de cada uno, pero ninguna cifra. No es un problema del documento: sus cifras están en el original.',
  },
  unknown_format: {
    title: 'Formato desconocido',
    description: 'El archivo no corresponde a ninguno de los formatos de informe que sabemos leer.',
  },
  unreadable: {
    title: 'Archivo ilegible',
    description: 'El archivo no se pudo leer como texto (vacío, binario o dañado).',
  },
  invalid_record: {
    title: 'Registro inválido',
    description: 'Una fila leída no cumplía el esquema de datos y se descartó.',
  },
  section_unrecognized: {
    title: 'Sección no reconocida',
    description: 'Una sección o fila del informe no se pudo interpretar y se omitió.',
  },
  duplicate_skipped: {
    title: 'Duplicado omitido',
    description: 'Una fila o un informe repetido se omitió para no contarlo dos veces.',
  },
  line_too_long: {
    title: 'Línea demasiado larga',
    description: 'Una línea del archivo excedía el tamaño razonable y se truncó para leerla.',
  },
  encoding_converted: {
    title: 'Codificación convertida',
    description: 'El archivo no estaba en UTF-8 y se convirtió (por ejemplo desde Windows-1252).',
  },
  unit_unknown: {
    title: 'Unidad desconocida',
    description: 'No se pudo determinar la unidad de los valores de una meta.',
  },
  year_inferred: {
    title: 'Año deducido',
    description: 'El informe no declara el año cubierto de forma explícita; se dedujo de otra pista (nombre, fechas).',
  },
  control_character: {
    title: 'Carácter de control eliminado',
    description: 'El archivo contenía caracteres de control invisibles (NUL, escape, etc.) que no son texto; se eliminaron para poder leerlo.',
  },
  markup_removed: {
    title: 'Marcado HTML eliminado',
    description: 'Un texto del informe contenía etiquetas HTML (también escritas como &lt;…&gt;); los datos publicados son texto plano, así que se quitaron.',
  },
  file_skipped: {
    title: 'Archivo omitido',
    description: 'Un archivo de la carpeta de informes no se leyó (archivo oculto, enlace que sale de la carpeta, no es un archivo regular); se dice cuál y por qué.',
  },
  value_negative: {
    title: 'Valor negativo',
    description: 'El formulario no admite montos o cantidades negativas y el informe trae una; se publica tal cual, marcada para verificarla en el original.',
  },
  procedure_unknown: {
    title: 'Procedimiento desconocido',
    description: 'El tipo de procedimiento que escribe el SERCOP no corresponde a ninguna clave conocida (o falta); el proceso se cuenta como "otras".',
  },
  procurement_mismatch: {
    title: 'Contratación declarada ≠ SERCOP',
    description: 'Para un tipo de procedimiento y un año, el monto que la institución declara en su informe y el que registra el SERCOP difieren en más del 5 % y de $10.000.',
  },
  ocr: {
    title: 'Leído por OCR',
    description: 'La cifra viene de una página escaneada (sin texto) que se leyó con reconocimiento óptico de caracteres; compruébela en el PDF original.',
  },
};

/** Every known code, in schema order (for /metodologia/). */
export const FLAG_CODE_LIST: readonly FlagCode[] = FLAG_CODES;

export const SEVERITY_LABELS: Record<Flag['severity'], string> = {
  error: 'Error',
  warning: 'Advertencia',
  info: 'Nota',
};

const SEVERITY_ORDER: Record<Flag['severity'], number> = { error: 0, warning: 1, info: 2 };

/**
 * Flags sorted so that each code forms one run: codes by their most severe flag (errors first),
 * then by code; inside a code, by severity, file and line.
 */
export function sortFlags(flags: readonly Flag[]): Flag[] {
  const worst = new Map<string, number>();
  for (const f of flags) worst.set(f.code, Math.min(worst.get(f.code) ?? 9, SEVERITY_ORDER[f.severity]));
  return [...flags].sort(
    (a, b) =>
      worst.get(a.code)! - worst.get(b.code)! ||
      a.code.localeCompare(b.code) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.source_file.localeCompare(b.source_file) ||
      (a.source_line ?? 0) - (b.source_line ?? 0),
  );
}

/** A record that can carry flags: it came from one line of one file. */
export interface Located {
  source_file: string;
  source_line: number;
}

/**
 * The flags attached to one displayed record, by field ('' = the whole row). A Map, not an
 * object: a field is any string of the data ("constructor" and "__proto__" included).
 */
export interface RecordFlags {
  all: Flag[];
  byField: ReadonlyMap<string, Flag[]>;
}

function key(file: string, dataset: string, line: number): string {
  return `${file}\u0000${dataset}\u0000${line}`;
}

/**
 * Index of flags by (source_file, dataset, source_line). `attach(dataset, record)` returns the
 * flags of that record and marks them used; `unattached(dataset)` lists the flags of a
 * dataset that matched no record.
 */
export class FlagIndex {
  private readonly byKey = new Map<string, Flag[]>();
  private readonly used = new Set<Flag>();

  constructor(private readonly flags: readonly Flag[]) {
    for (const f of flags) {
      if (!f.dataset || f.source_line === null) continue;
      const k = key(f.source_file, f.dataset, f.source_line);
      const list = this.byKey.get(k);
      if (list) list.push(f);
      else this.byKey.set(k, [f]);
    }
  }

  attach(dataset: string, rec: Located): RecordFlags {
    const all = sortFlags(this.byKey.get(key(rec.source_file, dataset, rec.source_line)) ?? []);
    const byField = new Map<string, Flag[]>();
    for (const f of all) {
      this.used.add(f);
      const k = f.field ?? '';
      const list = byField.get(k);
      if (list) list.push(f);
      else byField.set(k, [f]);
    }
    return { all, byField };
  }

  /** Flags of `datasets` not attached to any record (shown at the end of their section). */
  unattached(...datasets: string[]): Flag[] {
    return sortFlags(this.flags.filter((f) => f.dataset !== null && datasets.includes(f.dataset) && !this.used.has(f)));
  }
}

/** Flags of a record for the given fields (row-level flags with field null are not included). */
export function fieldFlags(rf: RecordFlags, ...fields: string[]): Flag[] {
  return fields.flatMap((f) => rf.byField.get(f) ?? []);
}

/** Flags of a record whose field is null or not among `shown` (to show once for the row). */
export function rowFlags(rf: RecordFlags, shown: readonly string[]): Flag[] {
  return rf.all.filter((f) => f.field === null || !shown.includes(f.field));
}

/** Anchor id of a flag in the #alertas list of a profile. */
export function flagAnchor(flags: readonly Flag[], f: Flag): string {
  return `alerta-${flagNumber(flags, f)}`;
}

/**
 * 1-based number of `f` in `flags` (0 when absent), as `flags.indexOf(f) + 1`. The positions are
 * computed once per list (listMemo, gone with the list): `flags.indexOf(f)` for each of a
 * report's flags is quadratic (10^10 steps for a 100,000-row report with a flag per row).
 */
export function flagNumber(flags: readonly Flag[], f: Flag): number {
  // Keyed on the length too: a list that grew since is indexed again.
  const at = listMemo(flags, `flag-positions:${flags.length}`, () => {
    const at = new Map<Flag, number>();
    for (let i = flags.length - 1; i >= 0; i--) at.set(flags[i]!, i + 1);
    return at;
  });
  return at.get(f) ?? 0;
}

/** Count of flags by severity. */
export function countBySeverity(flags: readonly Flag[]): Record<Flag['severity'], number> {
  const out = { error: 0, warning: 0, info: 0 };
  for (const f of flags) out[f.severity]++;
  return out;
}

/**
 * THE alert count of the site: the alerts of an institution are the flags naming it plus the
 * flags of each of its reports, in dataset order then sortFlags. The profile's "Alertas (N)" and
 * #alertas list, and the chip of its rows in every comparison, count this one set.
 */
export function institutionFlags(ds: Datasets, id: string): Flag[] {
  return memo(ds, `institution-flags:${id}`, () => {
    const l = lookup(ds);
    const set = new Set<Flag>(listOf(l.flagsOfInstitution, id));
    for (const r of listOf(l.reportsOf, id)) for (const f of listOf(l.flagsOfReport, r.id)) set.add(f);
    return sortFlags([...set].sort((a, b) => l.flagOrder.get(a)! - l.flagOrder.get(b)!));
  });
}

/** "1 alerta de calidad de datos" / "3 alertas de calidad de datos". */
export function alertCountText(n: number): string {
  return `${n} ${n === 1 ? 'alerta' : 'alertas'} de calidad de datos`;
}
