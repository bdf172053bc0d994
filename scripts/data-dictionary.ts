/**
 * Writes docs/data.md, the data dictionary, from the zod schemas (the single source of
 * truth): one table per dataset with each field, its type and its description.
 * Run: npx tsx scripts/data-dictionary.ts   (a test fails when docs/data.md is stale)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DATASETS, DATASET_DESCRIPTIONS, type DatasetName } from '../src/schema/datasets.ts';

function typeName(t: z.ZodTypeAny): string {
  if (t instanceof z.ZodNullable) return `${typeName(t.unwrap())} o null`;
  if (t instanceof z.ZodOptional) return `${typeName(t.unwrap())} (opcional)`;
  if (t instanceof z.ZodEffects) return typeName(t.innerType());
  if (t instanceof z.ZodString) return 'texto';
  if (t instanceof z.ZodNumber) return t.isInt ? 'entero' : 'número';
  if (t instanceof z.ZodBoolean) return 'booleano';
  if (t instanceof z.ZodEnum) return (t.options as string[]).map((o) => `\`${o}\``).join(' \\| ');
  if (t instanceof z.ZodArray) return `lista de ${typeName(t.element)}`;
  return 'valor';
}

function describeField(t: z.ZodTypeAny): string {
  let cur: z.ZodTypeAny | undefined = t;
  while (cur) {
    if (cur.description) return cur.description;
    cur = cur instanceof z.ZodNullable || cur instanceof z.ZodOptional ? cur.unwrap() : cur instanceof z.ZodEffects ? cur.innerType() : undefined;
  }
  return '';
}

export function dataDictionary(): string {
  const out: string[] = [
    '# Diccionario de datos',
    '',
    '<!-- Generado por scripts/data-dictionary.ts desde src/schema/datasets.ts: no editar a mano. -->',
    '',
    'Cada dataset se publica como `NOMBRE.json` (lista de registros) y `NOMBRE.csv` (mismas columnas, UTF-8, con encabezado).',
    'Porcentajes en unidades de porcentaje (40.39 = 40,39 %); dinero en USD redondeado a centavos; `null` (vacío en CSV) cuando no hay dato.',
    'Las listas se escriben como listas en JSON y separadas por `|` en CSV. Toda fila extraída de un informe lleva `source_file` y `source_line` (línea desde 1).',
    '',
    'El ingest escribe ambos archivos en la carpeta de datos. El sitio (`/datos/`) publica cada dataset una sola vez, en CSV: su botón «JSON» genera en el navegador, desde ese CSV y con los tipos de este diccionario (`src/lib/csv-json.ts`), el mismo `NOMBRE.json` byte a byte. La regla, para obtenerlo sin el navegador: celda vacía = `null` (o `""` y `[]` en columnas que no pueden ser nulas); números y booleanos según el tipo; listas separadas por `|`; sin el apóstrofo que el CSV antepone a un texto que empieza por `=`, `+`, `-` o `@`. Si en algún build esa regla no diera el mismo JSON para un dataset, el sitio publica también su `NOMBRE.json` (`jsonDerivable` en `src/site/dictionary.ts`).',
    '',
  ];
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    out.push(`## ${name}`, '', DATASET_DESCRIPTIONS[name], '', '| campo | tipo | descripción |', '| --- | --- | --- |');
    for (const [field, t] of Object.entries(DATASETS[name].shape as Record<string, z.ZodTypeAny>)) {
      out.push(`| \`${field}\` | ${typeName(t)} | ${describeField(t).replace(/\|/g, '\\|')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync('docs/data.md', dataDictionary());
  console.error('docs/data.md escrito');
}
