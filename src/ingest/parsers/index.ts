/**
 * The ordered table of report parsers. Each `detect` says "mine" or "not mine"; the first
 * parser that claims a file parses it. Specific formats come before general ones.
 * To add a format: see CONTRIBUTING.md ("Adding a new report format").
 */
import { FORMATS, type Format } from '../../schema/datasets.ts';
import type { Parser } from '../types.ts';
import { csvParser } from './csv.ts';
import { cpccsRendicionParser } from './cpccs-rendicion.ts';
import { lotaipA4Parser } from './lotaip-a4.ts';
import { ogpPlanParser } from './ogp-plan.ts';
import { informeGestionParser } from './informe-gestion.ts';
import { gestionTablasParser } from './gestion-tablas.ts';
import { cedulaPresupuestariaParser } from './cedula-presupuestaria.ts';
import { documentoParser } from './documento.ts';

export const PARSERS: readonly Parser[] = [
  csvParser,
  ogpPlanParser,
  lotaipA4Parser,
  cpccsRendicionParser,
  informeGestionParser,
  cedulaPresupuestariaParser,
  // Management reports of any layout: found by their tables' headers, after the specific formats.
  gestionTablasParser,
  // Any other document that names its institution or period: no figures. Always last.
  documentoParser,
];

/**
 * The table with `parser` added where a specific format goes: after the others, before the
 * fallback (which claims any text naming its institution or period, so it must stay last).
 */
export function withParser(parser: Parser, parsers: readonly Parser[] = PARSERS): Parser[] {
  const at = parsers.findIndex((p) => p.fallback);
  return at < 0 ? [...parsers, parser] : [...parsers.slice(0, at), parser, ...parsers.slice(at)];
}

/** The parser that claims this text, or null ("unknown format"). */
export function detectParser(src: Parameters<Parser['detect']>[0], parsers: readonly Parser[] = PARSERS): Parser | null {
  for (const p of parsers) if (p.detect(src)) return p;
  return null;
}

/**
 * Each format's descriptor, by name, in the order of the schema's FORMATS (the data contract).
 * Loading this module fails when a format has no parser; test/ingest/formats.test.ts also checks
 * that every parser's format is in FORMATS, once.
 */
export const FORMAT_DESCRIPTORS: Readonly<Record<Format, Parser>> = Object.fromEntries(
  FORMATS.map((f) => {
    const p = PARSERS.find((x) => x.format === f);
    if (!p) throw new Error(`formato sin parser: ${f} (src/ingest/parsers/index.ts)`);
    return [f, p];
  }),
) as Record<Format, Parser>;
