/**
 * How the ingest does on a set of printed layouts: each bundled text report printed to PDF in each
 * variant of the set (scripts/print-reports-pdf.ts, cached per content like the tests), read both
 * ways, the PDF itself (PDF.js, src/ingest/pdf) and its `pdftotext -layout` text (src/ingest/layout),
 * and compared with the bundled report's own records and flags, provenance aside.
 *
 *   npm run check:layouts -- [--set apartadas|apartadas2|repo|otras|otras2|otras3|otras4|otras5|otras6|otras7|otras8|otras9|otras10|otras11|otras12] [--path pdf|texto|ambos] [--without a,b]
 *
 * By default the held-out layouts (HELD_OUT_VARIANTS), which no test runs: an honest measure of
 * how general the PDF and text paths are. Prints one line per variant × report that differs
 * («goals -11/+12, flags -1/+1»: records of the bundled report missing / extra records, per
 * dataset; test/support/printed.ts recordDiff), then per path the exact count and the total of
 * records and flags that differ, and the goals under another unit's number (otherUnitGoals), with
 * how many of them no flag warns of (unflaggedOtherUnitGoals: the reader is told nothing), and the
 * figures the report does not have, with how many of them no flag on their line warns of
 * (foreignFigures). `--without justify,numbersRight` prints the same set with those
 * optional PrintVariant options unset (back to their defaults; own cache folder), to measure what
 * each option costs. Not part of `npm test`; exits 0 whatever it measures (2 on bad arguments).
 */
import { parseArgs } from 'node:util';
import { HELD_OUT_VARIANTS, HELD_OUT_VARIANTS_2, OTHER_VARIANTS, OTHER_VARIANTS_2, OTHER_VARIANTS_3, OTHER_VARIANTS_4, OTHER_VARIANTS_5, OTHER_VARIANTS_6, OTHER_VARIANTS_7, OTHER_VARIANTS_8, OTHER_VARIANTS_9, OTHER_VARIANTS_10, OTHER_VARIANTS_11, OTHER_VARIANTS_12, VARIANTS, type PrintVariant } from './print-reports-pdf.ts';
import { bundledExpectations, foreignFigures, ingestLayout, ingestPrintedPdf, otherUnitGoals, pdfComparable, printedDir, recordDiff, REPORTS, unflaggedOtherUnitGoals, type Comparable } from '../test/support/printed.ts';
import { withoutProvenance } from '../test/support/untab.ts';

/** Each set: its variants and the cache-folder prefix (the tests' own prefixes, so their cache is reused). */
const SETS: Record<string, { variants: readonly PrintVariant[]; prefix: string }> = {
  apartadas: { variants: HELD_OUT_VARIANTS, prefix: 'cuentas-abiertas-held-out-printed' },
  apartadas2: { variants: HELD_OUT_VARIANTS_2, prefix: 'cuentas-abiertas-held-out-2-printed' },
  repo: { variants: VARIANTS, prefix: 'cuentas-abiertas-printed' },
  otras: { variants: OTHER_VARIANTS, prefix: 'cuentas-abiertas-other-printed' },
  otras2: { variants: OTHER_VARIANTS_2, prefix: 'cuentas-abiertas-other-2-printed' },
  otras3: { variants: OTHER_VARIANTS_3, prefix: 'cuentas-abiertas-other-3-printed' },
  otras4: { variants: OTHER_VARIANTS_4, prefix: 'cuentas-abiertas-other-4-printed' },
  otras5: { variants: OTHER_VARIANTS_5, prefix: 'cuentas-abiertas-other-5-printed' },
  otras6: { variants: OTHER_VARIANTS_6, prefix: 'cuentas-abiertas-other-6-printed' },
  otras7: { variants: OTHER_VARIANTS_7, prefix: 'cuentas-abiertas-other-7-printed' },
  otras8: { variants: OTHER_VARIANTS_8, prefix: 'cuentas-abiertas-other-8-printed' },
  otras9: { variants: OTHER_VARIANTS_9, prefix: 'cuentas-abiertas-other-9-printed' },
  otras10: { variants: OTHER_VARIANTS_10, prefix: 'cuentas-abiertas-other-10-printed' },
  otras11: { variants: OTHER_VARIANTS_11, prefix: 'cuentas-abiertas-other-11-printed' },
  otras12: { variants: OTHER_VARIANTS_12, prefix: 'cuentas-abiertas-other-12-printed' },
};

/** The optional PrintVariant options `--without` may unset. */
const OPTIONAL = ['font', 'cellPadding', 'rowRules', 'numbersRight', 'justify', 'headerShaded', 'zebra', 'lineHeight', 'middle', 'bottom', 'centered', 'headerCentered', 'border', 'boldFirstColumn', 'headerPt', 'wordSpacing', 'letterSpacing'] as const;
type Optional = (typeof OPTIONAL)[number];

/** The variants with `options` unset (the defaults of reportHtml), under the same names. */
const without = (variants: readonly PrintVariant[], options: readonly Optional[]): PrintVariant[] =>
  variants.map((v) => {
    const copy: PrintVariant = { ...v };
    for (const o of options) delete copy[o];
    return copy;
  });

const PATHS = { pdf: ['pdf'], texto: ['texto'], ambos: ['pdf', 'texto'] } as const;
type Path = 'pdf' | 'texto';

/** Records and flags a recordDiff line counts, missing plus extra ("goals -11/+12, flags -1/+1" → 25). */
const diffTotal = (d: string): number => [...d.matchAll(/-(\d+)\/\+(\d+)/g)].reduce((s, m) => s + Number(m[1]) + Number(m[2]), 0);

/**
 * One report of one variant read through one path, compared with the bundled report: what differs
 * ("" when equal) and how many goals stand under another unit's number (otherUnitGoals).
 */
async function measure(dir: string, variant: string, file: string, path: Path, want: Comparable): Promise<{ diff: string; otherUnit: number; unflagged: number; foreign: { all: number; unflagged: number } }> {
  try {
    const datasets = path === 'pdf' ? (await ingestPrintedPdf(dir, variant, file)).datasets : ingestLayout(dir, variant, file);
    const got = path === 'pdf' ? pdfComparable(datasets, file) : withoutProvenance(datasets);
    return { diff: recordDiff(got, want), otherUnit: otherUnitGoals(got, want), unflagged: unflaggedOtherUnitGoals(datasets, want), foreign: foreignFigures(datasets, want) };
  } catch (err) {
    return { diff: `error: ${(err as Error).message}`, otherUnit: 0, unflagged: 0, foreign: { all: 0, unflagged: 0 } };
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { set: { type: 'string', default: 'apartadas' }, path: { type: 'string', default: 'ambos' }, without: { type: 'string', default: '' } },
  });
  const set = SETS[values.set!];
  const paths = PATHS[values.path as keyof typeof PATHS];
  const unset = values.without ? values.without.split(',') : [];
  const unknown = unset.filter((o) => !(OPTIONAL as readonly string[]).includes(o));
  if (!set || !paths || unknown.length) {
    process.stderr.write(
      `argumento inválido: --set ${values.set} --path ${values.path} --without ${values.without} (--set ${Object.keys(SETS).join('|')}, --path ${Object.keys(PATHS).join('|')}, --without ${OPTIONAL.join(',')})\n`,
    );
    process.exit(2);
  }
  const variants = without(set.variants, unset as Optional[]);
  const label = unset.length ? `${values.set} sin ${unset.join(', ')}` : values.set!;
  const prefix = unset.length ? `${set.prefix}-without-${unset.join('-')}` : set.prefix;
  process.stderr.write(`imprimiendo (o leyendo de la caché) ${variants.length} disposiciones de «${label}»...\n`);
  const dir = await printedDir(prefix, variants);
  process.stdout.write(`carpeta: ${dir}\n`);
  const expected = bundledExpectations();
  for (const path of paths) {
    const perVariant: string[] = [];
    let exact = 0;
    let differing = 0;
    let otherUnit = 0;
    let unflagged = 0;
    const foreign = { all: 0, unflagged: 0 };
    for (const v of variants) {
      let variantExact = 0;
      let variantDiffering = 0;
      for (const f of REPORTS) {
        const { diff: d, otherUnit: n, unflagged: u, foreign: g } = await measure(dir, v.name, f, path, expected(f));
        otherUnit += n;
        unflagged += u;
        foreign.all += g.all;
        foreign.unflagged += g.unflagged;
        if (d === '') variantExact++;
        else {
          variantDiffering += diffTotal(d);
          const units = n ? ` (${n} metas bajo el número de otra unidad, ${u} sin alerta)` : '';
          const figures = g.unflagged ? ` (${g.unflagged} cifras que el informe no tiene sin alerta)` : '';
          process.stdout.write(`${path} ${v.name} / ${f}: ${d}${units}${figures}\n`);
        }
      }
      perVariant.push(`-- ${path} ${v.name}: ${variantExact} de ${REPORTS.length} exactos, ${variantDiffering} difieren\n`);
      exact += variantExact;
      differing += variantDiffering;
    }
    process.stdout.write(perVariant.join(''));
    process.stdout.write(`== ${path} ${label}: ${exact} de ${variants.length * REPORTS.length} exactos, ${differing} registros y alertas difieren, ${otherUnit} metas bajo el número de otra unidad (${unflagged} sin alerta de unidad dudosa), ${foreign.all} cifras que el informe no tiene (${foreign.unflagged} sin alerta en su línea)\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
