/**
 * Renders BENCHMARKS.md from the figures of a run. Pure: same figures → same text. The layout
 * (sections, rows, their order) depends only on the sizes measured; a figure that could not be
 * measured shows "—" and its error is listed under "Incidencias".
 */
import { sizeLabel } from './args.ts';
import { checkTarget, duration, kb, mb, memory, ratio, shortDuration, table, throughput } from './format.ts';
import { PHASES, type BenchDoc, type PhaseFigures, type PhaseName, type SizeResult, type WeightFigures } from './types.ts';

export const TARGETS = {
  ingestRatio: 5,
  buildSeconds: 600,
  buildMemoryBytes: 4e9,
  /** The size the build targets apply to. */
  buildSize: 5000,
  comparisonJs: 120_000,
  profileJs: 20_000,
  profileTotal: 100_000,
  /** The whole built site on disk (issue 17: room for a second year under GitHub Pages' 1 GB). */
  siteBytes: 600e6,
} as const;

export const COMPARISONS = ['presupuesto', 'metas', 'contratacion'] as const;

/** Order of the search-bundle kinds (bench/search-payload.ts); others follow alphabetically. */
const KIND_ORDER = [
  'pagefind.js', 'pagefind-worker.js', 'wasm', 'pagefind-entry.json', 'metadatos del índice',
  'fragmentos del índice (chunks)', 'índices de filtros', 'fragmentos de resultados', 'otros del buscador',
];

const DASH = '—';

const ranPhases = (r: SizeResult) => (r.build ? PHASES.flatMap((p) => r.build!.phases[p] ?? []) : []);

/** Build seconds (the phases that ran: a lower bound when the build failed). */
export const buildSeconds = (r: SizeResult): number | null =>
  r.build ? ranPhases(r).reduce((n, f) => n + f.seconds, 0) : null;

/** Peak RSS of the build: the largest of its phases'. */
export const buildPeak = (r: SizeResult): number | null =>
  r.build ? Math.max(0, ...ranPhases(r).map((f) => f.peakRssBytes)) : null;

/** Build seconds per report (total / reports) and Astro seconds per page (astro / pages); null unless the build completed. */
export function perUnit(r: SizeResult): { perReport: number; perPage: number } | null {
  const total = buildSeconds(r);
  const astro = r.build?.phases.astro;
  if (!r.build || r.build.failed || total === null || !astro || !r.build.reports || !r.build.pages) return null;
  return { perReport: total / r.build.reports, perPage: astro.seconds / r.build.pages };
}

function label(r: SizeResult): string {
  return sizeLabel(r.size, r.ingest?.files ?? r.build?.reports ?? 5);
}

/** One row: a name, then `f` of each size (— when it gives null). */
function row(name: string, results: readonly SizeResult[], f: (r: SizeResult) => string | null): string[] {
  return [name, ...results.map((r) => f(r) ?? DASH)];
}

/** A section of the report: its heading, the prose that says how it was measured, its table and what follows. */
function tableSection(title: string, prose: string, tableText: string, ...after: string[]): string {
  return [`## ${title}`, '', prose, '', tableText, ...after].join('\n');
}

function sizeTable(results: readonly SizeResult[], rows: string[][], first = ''): string {
  return table([first, ...results.map(label)], rows, results.map((_, i) => i + 1));
}

function targetsSection(results: readonly SizeResult[]): string {
  const check = (value: number | null, limit: number, show: (x: number) => string, strict = false) =>
    value === null ? null : `${show(value)} — ${checkTarget(value, limit, show, strict).text}`;
  const onBuildSize = (r: SizeResult, value: number | null, limit: number, show: (x: number) => string) => {
    if (value === null) return null;
    const failed = r.build?.failed;
    if (r.size !== TARGETS.buildSize) return `${show(value)} (sin objetivo${failed ? `; el build falló en ${failed}` : ''})`;
    if (failed) return `${show(value)} hasta fallar — no cumple: el build falló en ${failed}`;
    return check(value, limit, show, true);
  };
  const maxComparisonJs = (r: SizeResult) => {
    const w = COMPARISONS.map((c) => r.weights?.comparisons[c]).filter((x): x is WeightFigures => !!x);
    return w.length ? Math.max(...w.map((x) => x.js)) : null;
  };
  const kbUnit = (x: number) => `${kb(x)} KB`;
  const rows = [
    row('ingest ≤ 5x la lectura + división en líneas (razón del ingest en caliente, en el modo de `npm run ingest`)', results, (r) => check(r.ingest?.ratio ?? null, TARGETS.ingestRatio, ratio)),
    row(`build completo < 10 min (${TARGETS.buildSize} informes)`, results, (r) => onBuildSize(r, buildSeconds(r), TARGETS.buildSeconds, duration)),
    row(`memoria pico del build < 4 GB (${TARGETS.buildSize} informes)`, results, (r) => onBuildSize(r, buildPeak(r), TARGETS.buildMemoryBytes, memory)),
    row('comparaciones: JS ≤ 120 KB (la más pesada)', results, (r) => check(maxComparisonJs(r), TARGETS.comparisonJs, kbUnit)),
    row('perfiles: JS ≤ 20 KB (el de más JS)', results, (r) => check(r.weights?.profiles ? r.weights.profileMaxJs : null, TARGETS.profileJs, kbUnit)),
    row('perfiles: total ≤ 100 KB (el más pesado)', results, (r) => check(r.weights?.largestProfile?.total ?? null, TARGETS.profileTotal, kbUnit)),
    row(`sitio completo en disco ≤ 600 MB (${TARGETS.buildSize} informes)`, results, (r) => onBuildSize(r, r.site?.bytes ?? null, TARGETS.siteBytes, (x) => `${mb(x)} MB`)),
  ];
  return tableSection(
    'Objetivos',
    'Pesos en gzip. Los objetivos del build se evalúan en la talla de 5000 informes; en las demás la cifra es de referencia.',
    sizeTable(results, rows, 'objetivo'),
  );
}

function ingestSection(results: readonly SizeResult[]): string {
  const i = (r: SizeResult) => r.ingest;
  const speed = (r: SizeResult, seconds: number | null) =>
    seconds === null ? null : `${duration(seconds)} · ${throughput(i(r)!.bytes, seconds)} · ${ratio(seconds / i(r)!.bareSeconds)}`;
  const rows = [
    row('archivos', results, (r) => i(r) && String(i(r)!.files)),
    row('tamaño (MB)', results, (r) => i(r) && mb(i(r)!.bytes)),
    row('lectura + división en líneas (1 hilo)', results, (r) => i(r) && `${duration(i(r)!.bareSeconds)} · ${throughput(i(r)!.bytes, i(r)!.bareSeconds)}`),
    row('hilos del ingest paralelo', results, (r) => i(r) && (i(r)!.workers ? `${i(r)!.workers + 1} (principal + ${i(r)!.workers})` : 'ninguno')),
    row('ingest paralelo, en caliente', results, (r) => i(r) && speed(r, i(r)!.parallelWarmSeconds)),
    row('ingest paralelo, 1.ª pasada (arranque de hilos)', results, (r) => i(r) && speed(r, i(r)!.parallelFirstSeconds)),
    row('ingest en 1 hilo, en caliente', results, (r) => i(r) && speed(r, i(r)!.singleWarmSeconds)),
    row('ingest en 1 hilo, en frío', results, (r) => i(r) && speed(r, i(r)!.singleFirstSeconds)),
    row('filas de datos', results, (r) => i(r) && String(i(r)!.rows)),
    row('**razón ingest / lectura**', results, (r) => i(r) && `**${ratio(i(r)!.ratio)}**`),
    row('razón en 1 hilo (en caliente)', results, (r) => i(r) && ratio(i(r)!.singleRatio)),
  ];
  return tableSection(
    'Ingest',
    'Medido en el mismo proceso (`bench/ingest-measure.ts`): una pasada que solo lee los archivos y los divide en líneas (en un hilo; la mejor de cinco, tras una de calentamiento) frente al ingest completo de los mismos archivos (lectura, detección de formato, parseo, validación), dos veces en un hilo (la 1.ª con el JIT en frío) y dos veces con el grupo de hilos que usa `npm run ingest` con 2.000 archivos o más (la 1.ª incluye arrancar los hilos). Cada celda: tiempo · MB/s · razón frente a la lectura. **La razón** (la cifra que cuenta, menos dependiente de la máquina) es la del ingest en caliente en el modo que usa `npm run ingest`: con hilos desde 2.000 archivos, en 1 hilo por debajo.',
    sizeTable(results, rows),
  );
}

const PHASE_LABEL: Record<PhaseName, string> = {
  ingest: 'ingest (`npx tsx src/ingest/cli.ts`)',
  astro: 'Astro (`npx astro build`)',
  pagefind: 'Pagefind (`node scripts/pagefind.mjs`)',
};

/** A phase's figure; "falló tras …" for the phase that failed, "no se ejecutó" after it. */
function phaseCell(r: SizeResult, p: PhaseName, show: (f: PhaseFigures) => string, failedPrefix: string): string | null {
  if (!r.build) return null;
  const f = r.build.phases[p];
  if (!f) return r.build.failed ? 'no se ejecutó' : null;
  return r.build.failed === p ? `${failedPrefix} ${show(f)}` : show(f);
}

function buildSection(results: readonly SizeResult[]): string {
  const b = (r: SizeResult) => r.build;
  const rows = [
    row('informes', results, (r) => b(r) && String(b(r)!.reports)),
    row('páginas HTML', results, (r) => b(r) && (b(r)!.failed ? `— (falló ${b(r)!.failed})` : String(b(r)!.pages))),
    ...PHASES.map((p) => row(`tiempo: ${PHASE_LABEL[p]}`, results, (r) => phaseCell(r, p, (f) => duration(f.seconds), 'falló tras'))),
    row('**tiempo total**', results, (r) => {
      const s = buildSeconds(r);
      return s === null ? null : b(r)!.failed ? `**≥ ${duration(s)}** (incompleto)` : `**${duration(s)}**`;
    }),
    row('por informe (total / informes)', results, (r) => { const u = perUnit(r); return u && shortDuration(u.perReport); }),
    row('por página (Astro / páginas)', results, (r) => { const u = perUnit(r); return u && shortDuration(u.perPage); }),
    ...PHASES.map((p) => row(`memoria pico: ${p}`, results, (r) => phaseCell(r, p, (f) => memory(f.peakRssBytes), 'hasta fallar:'))),
    row('**memoria pico del build**', results, (r) => {
      const m = buildPeak(r);
      return m === null ? null : b(r)!.failed ? `**${memory(m)}** (incompleto)` : `**${memory(m)}**`;
    }),
    row('carga media (1 min) al empezar', results, (r) => b(r) && b(r)!.loadAverage.toFixed(2)),
  ];
  return tableSection(
    'Build completo',
    'Las tres fases de `npm run build`, cada una como proceso hijo, con `REPORTS_DIR`, `INSTITUTIONS_FILE`, `DATA_DIR`, `OUT_DIR` y `SITE_DIR` en una carpeta temporal dentro del proyecto (`.tmp-bench-*`: con `OUT_DIR` fuera del proyecto Astro escribiría su paquete de prerender en `./.astro/`, compartido con otros builds) y `BASE_PATH` por defecto (`/`). Tiempo de reloj de cada fase.',
    sizeTable(results, rows),
  );
}

function weightsSection(results: readonly SizeResult[]): string {
  const w = (r: SizeResult) => r.weights;
  const cell = (x: WeightFigures | null | undefined) => (x ? `${kb(x.total)} / ${kb(x.js)}` : null);
  const rows = [
    row('inicio `/`', results, (r) => w(r) && cell(w(r)!.home)),
    row('`/instituciones/`', results, (r) => w(r) && cell(w(r)!.institutions)),
    row('perfil más pesado', results, (r) => w(r) && cell(w(r)!.largestProfile)),
    row('perfil mediano', results, (r) => w(r) && cell(w(r)!.medianProfile)),
    ...COMPARISONS.map((c) => row(`\`/comparar/${c}/\``, results, (r) => w(r) && cell(w(r)!.comparisons[c]))),
    ...COMPARISONS.map((c) => row(`\`/comparar/${c}.json\` (bajo demanda, solo gzip)`, results, (r) => {
      const x = w(r)?.comparisonData[c];
      return x === undefined || x === null ? null : kb(x);
    })),
    row('perfiles sobre su presupuesto', results, (r) => w(r) && `${w(r)!.profilesOverBudget} de ${w(r)!.profiles}`),
  ];
  const which = results.map((r) => {
    const page = (x: WeightFigures | null | undefined) => (x ? `\`${x.page.replace(/index\.html$/, '')}\`` : DASH);
    return `- ${label(r)}: perfil más pesado ${page(r.weights?.largestProfile)}, mediano ${page(r.weights?.medianProfile)}`;
  });
  return tableSection(
    'Peso de las páginas',
    'KB con gzip (nivel 9), **total / JS**: el HTML, sus scripts en línea y los scripts, estilos, precargas y fuentes que enlaza (`test/support/weight.ts`, el mismo cálculo que `test/e2e/budgets.test.ts`; el índice de búsqueda aparte). «Perfil más pesado» y «mediano» por peso total entre todos los perfiles `/instituciones/{id}/`; «sobre su presupuesto»: JS > 20 KB o total > 100 KB. Los `.json` de las comparaciones son los datos completos que la página carga bajo demanda (no cuentan en su peso inicial).',
    sizeTable(results, rows, 'página'),
    '',
    ...which,
  );
}

/** Reports of a size's build (for bytes per report), or null. */
const reportsOf = (r: SizeResult): number | null => r.build?.reports || r.ingest?.files || null;

function siteSizeSection(results: readonly SizeResult[]): string {
  const folders = [...new Set(results.flatMap((r) => (r.site?.folders ?? []).map((f) => f.folder)))].sort();
  const cell = (r: SizeResult, bytes: number, files: number) => {
    const n = reportsOf(r);
    return `${mb(bytes)} · ${files} · ${n ? kb(bytes / n) : DASH}`;
  };
  const rows = [
    ...folders.map((name) => row(`\`${name}\``, results, (r) => {
      if (!r.site) return null;
      const f = r.site.folders.find((x) => x.folder === name);
      return f ? cell(r, f.bytes, f.files) : '0';
    })),
    row('**total**', results, (r) => (r.site ? `**${cell(r, r.site.bytes, r.site.files)}**` : null)),
  ];
  return tableSection(
    'Tamaño del sitio',
    'El sitio construido en disco (`scripts/site-size.mjs`, el último paso de `npm run build`, que se niega a dejar un sitio para GitHub Pages de más de 1 GB): por carpeta de primer nivel (una por tipo de página; «(raíz)», los archivos sueltos), **MB · archivos · KB por informe**. Sin comprimir: así cuenta GitHub Pages. El presupuesto por informe de cada carpeta lo afirma `test/e2e/scale.test.ts` sobre un corpus generado (`bench/site-budget.ts`).',
    sizeTable(results, rows, 'carpeta'),
  );
}

function searchSection(results: readonly SizeResult[]): string {
  const s = (r: SizeResult) => r.search;
  const kinds = [...new Set(results.flatMap((r) => Object.keys(r.search?.byKind ?? {})))].sort((a, b) => {
    const ia = KIND_ORDER.indexOf(a);
    const ib = KIND_ORDER.indexOf(b);
    return ia >= 0 && ib >= 0 ? ia - ib : ia >= 0 ? -1 : ib >= 0 ? 1 : a.localeCompare(b);
  });
  const query = results.find((r) => r.search)?.search?.query ?? 'contratacion';
  const rows = [
    row('resultados', results, (r) => s(r) && (s(r)!.results.trim() || DASH)),
    row('pedidos al buscador', results, (r) => s(r) && String(s(r)!.requests)),
    ...kinds.map((k) => row(`· ${k}`, results, (r) => {
      if (!s(r)) return null;
      const x = s(r)!.byKind[k];
      return x ? `${kb(x.gzip)} (${x.n})` : '0';
    })),
    row('total transferido (sin gzip HTTP)', results, (r) => s(r) && kb(s(r)!.bytes)),
    row('**total con gzip**', results, (r) => s(r) && `**${kb(s(r)!.gzipBytes)}**`),
    row('la página `/buscar/` misma (sin comprimir)', results, (r) => s(r) && kb(s(r)!.pageBytes)),
  ];
  return tableSection(
    'Búsqueda',
    `Lo que descarga una búsqueda de «${query}» en \`/buscar/\`, en Chromium (\`bench/search-payload.ts\`): los bytes de cada pedido al paquete de Pagefind (JS, WebAssembly, metadatos, fragmentos del índice, filtros y resultados). KB; por tipo, KB con gzip (pedidos).`,
    sizeTable(results, rows),
  );
}

function methodSection(doc: BenchDoc): string {
  return [
    '## Método',
    '',
    '- Tallas: las 5 semillas (`data/reports`, `data/institutions.csv`) y corpus sintéticos de N informes (`npm run corpus -- --reports N --out DIR --seed 1`, deterministas).',
    '- Cada medida se toma una vez por talla; los tiempos son de reloj en una máquina que puede estar haciendo otras cosas (ver la carga media).',
    `- Memoria pico: ${doc.memoryMethod}`,
    '- Unidades decimales: 1 KB = 1000 bytes, 1 MB = 10^6, 1 GB = 10^9 (el objetivo de 4 GB es, así, algo más estricto que 4 GiB).',
  ].join('\n');
}

function issuesSection(results: readonly SizeResult[]): string {
  const lines = results.flatMap((r) => r.errors.map((e) => `- ${label(r)}: ${e.replace(/\s+/g, ' ').trim()}`));
  return ['## Incidencias', '', ...(lines.length ? lines : ['Ninguna: todas las medidas se tomaron.'])].join('\n');
}

/**
 * Why the figures are what they are: the targets missed and the levers known. Written by hand
 * (from the CPU profiles of 2026-11-21), so it names no figure that a new run would change.
 */
const READING = [
  '## Lectura de las cifras',
  '',
  '- **Ingest frente a la lectura simple (objetivo 5x, no se cumple).** La lectura simple solo copia bytes y corta líneas (250–380 MB/s aquí); el ingest decodifica, detecta el formato, parsea cada tabla en centavos exactos, resuelve la institución, valida cada registro con su esquema y ordena. Su salida es idéntica byte a byte a la de antes de optimizarlo (comparada con `diff -r` en 1.000 y 5.000 informes). Perfil de CPU a 5.000 informes, en caliente: el parser CPCCS 35 % (metas, separación de secciones, encabezados), recolección de basura 14 %, asignar ids e instituciones y validar 10 %, informe de gestión 8 %, decodificación 7,5 %, detección 6 %, LOTAIP 4,6 %: no queda un punto caliente único. Solo los parsers ya cuestan más que 5 veces la lectura. Con dos hilos (desde 2.000 archivos) la razón baja, pero arrancar un hilo cuesta cerca de 1 s y en esta máquina el segundo núcleo rara vez está libre. La razón también se mueve con la lectura simple, que varía de una ejecución a otra con la carga de la máquina.',
  '- **Memoria (objetivo 4 GB).** Desde que la búsqueda indexa un registro por página (antes, uno por meta), el pico es la fase de Astro (el proceso de Node) y no la de Pagefind. La cifra suma el RSS de todo el árbol de procesos: es una cota superior.',
  '- **Búsqueda (objetivo 150 KB por consulta; «contratacion» lo cumple a 5.000 informes, por poco).** Cada perfil es un registro de Pagefind y sus metas y procesos del SERCOP son secciones con el ancla de su fila. Los perfiles ya no indexan sus cifras ni el texto de sus gráficos, el detalle de cada meta es metadato y no texto, y `scripts/pagefind-chunks.mjs` vuelve a cortar el índice de palabras en fragmentos de a lo más 4.000 apariciones (una palabra muy frecuente, sola), sin huecos entre rangos: buscar una palabra ya no descarga las apariciones de «de». Lo que queda es fijo (unos 85 KB: el WebAssembly y `pagefind.js`), los metadatos (crecen con el número de páginas) y un fragmento por resultado mostrado (6 por página). Consultas de varias palabras muy frecuentes («ministerio de salud publica») pueden pasar de 150 KB a esta talla.',
  '- **Tamaño del sitio (objetivo 600 MB a 5.000 informes).** Cada gráfico del perfil es un archivo SVG (optimizado con svgo) que el perfil y su embed muestran, en vez de dos copias en línea; las vistas por línea usan marcado mínimo y no llevan una copia .txt al lado; `/datos/` publica cada conjunto en CSV y el JSON se deriva en el navegador; las tarjetas sociales son PNG de 16 colores de 600×315; las tablas del perfil nombran su archivo fuente una vez. Lo que más pesa ahora son los perfiles (sus tablas y los archivos de gráficos, en versión ancha y de teléfono), las vistas por línea y las comparaciones (JSON, CSV y listas `/todas/`).',
  '- **Páginas.** Las comparaciones y `/instituciones/` llevan 50 filas y las comparaciones gráficos de a lo más 20 barras, así que su peso no depende del número de instituciones; el resto de filas se carga al pedirlo (los `.json`, que sí crecen) o está en las listas estáticas `/todas/`.',
].join('\n');

const REPRODUCE = [
  '## Cómo reproducir',
  '',
  '```sh',
  'npm ci',
  'npm run bench                                   # las tres tallas; escribe BENCHMARKS.md',
  'npm run bench -- --sizes seeds,1000             # más rápido',
  'npm run bench -- --keep .tmp-bench --out /tmp/b.md   # conserva corpus, datos y sitios construidos',
  '```',
  '',
  'El progreso (cada fase con su tiempo) sale por stderr. Las carpetas temporales se borran al terminar salvo con `--keep`.',
].join('\n');

export function renderBenchmarks(doc: BenchDoc): string {
  const m = doc.machine;
  const machine = table(['dato', 'valor'], [
    ['CPU', `${m.cpu} × ${m.cores}`],
    ['memoria', `${(m.ramBytes / 1e9).toFixed(1)} GB`],
    ['Node', m.node],
    ['sistema', m.os],
  ]);
  return [
    '# Benchmarks',
    '',
    '<!-- Generado por `npm run bench` (bench/run.ts); no editar a mano. -->',
    '',
    `Fecha: ${doc.date} · comando: \`${doc.command}\``,
    '',
    '## Máquina',
    '',
    machine,
    '',
    targetsSection(doc.results),
    '',
    READING,
    '',
    ingestSection(doc.results),
    '',
    buildSection(doc.results),
    '',
    weightsSection(doc.results),
    '',
    siteSizeSection(doc.results),
    '',
    searchSection(doc.results),
    '',
    methodSection(doc),
    '',
    issuesSection(doc.results),
    '',
    REPRODUCE,
    '',
  ].join('\n');
}

/**
 * A section written by another command (bench:contracts, bench:pdf) between
 * `<!-- NAME:start -->` and `<!-- NAME:end -->`: `keptSection` takes it from the previous file,
 * `withSection` puts it back (replacing the one in `doc`, or at the end), so `npm run bench`
 * rewrites the file without losing it.
 */
export function keptSection(previous: string, name: string): string | null {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = previous.indexOf(start);
  const b = previous.indexOf(end);
  return a >= 0 && b > a ? previous.slice(a, b + end.length) : null;
}

export function withSection(doc: string, name: string, section: string): string {
  const old = keptSection(doc, name);
  if (old) return doc.replace(old, () => section);
  return `${doc.trimEnd()}\n\n${section}\n`;
}
