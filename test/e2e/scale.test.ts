/**
 * Comparison pages beyond the rows their HTML carries: a generated corpus (src/corpus, 160
 * reports) built into its own site. The page ships TABLE_ROWS rows and charts of at most
 * CHART_ROWS bars whatever the corpus size; a name search, a filter or "Ver todas" loads the
 * other rows from /comparar/{name}.json and shows them as clones of the server-rendered row; without
 * JavaScript, "Ver todas" leads to static pages that together hold every row.
 * The same build holds the site's size budget per report (bench/site-budget.ts): 160 reports is the
 * smallest corpus this file needs anyway, and enough for every page type and folder to appear.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { writeCorpus } from '../../src/corpus/index.ts';
import { CHART_ROWS, LIST_PAGE_ROWS, TABLE_ROWS } from '../../src/site/comparison-figures.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildSite } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { E2E_BASE } from '../support/site.ts';
import { budgetProblems } from '../../bench/site-budget.ts';
import { siteSize } from '../../scripts/site-size.mjs';

// Inside the project: Astro stages a build whose output is outside the working directory in
// ./.astro, which another build running at the same time would share.
const tmp = mkdtempSync('.tmp-scale-');
const REPORTS = 160;
const SITE = join(tmp, 'site');
let server: StaticServer;
let browser: Browser;
let js: BrowserContext;
let nojs: BrowserContext;
/**
 * Rows of the full budget comparison, from its static CSV, without its last column «Alertas»
 * (the reader's sentences of each row's flags: the table shows them as marks, not as a column).
 */
let csvRows: string[][] = [];
/** The static CSV's rows with their last column («Alertas»). */
let csvRowsWithAlerts: string[][] = [];

beforeAll(async () => {
  const corpus = writeCorpus(join(tmp, 'corpus'), { reports: REPORTS, seed: 7 });
  buildSite({ reports: corpus.reportsDir, institutions: corpus.institutionsFile, data: join(tmp, 'data'), site: SITE });
  const full = Papa.parse<string[]>(readFileSync(join(SITE, 'comparar/presupuesto.csv'), 'utf8').replace(/^\ufeff/, '').trim()).data;
  expect(full[0]!.at(-1)).toBe('Alertas');
  csvRowsWithAlerts = full.slice(1);
  csvRows = csvRowsWithAlerts.map((r) => r.slice(0, -1));
  server = await serveStatic(SITE, E2E_BASE);
  browser = await launchBrowser();
  js = await browser.newContext({ viewport: { width: 375, height: 800 } });
  nojs = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const cellsOf = (rows: Element[]) => rows.map((tr) => Array.from((tr as HTMLTableRowElement).cells).map((c) => c.outerHTML));

describe('a comparison with more rows than its page carries', () => {
  it('ships the first rows and a bounded chart, says how many there are', async () => {
    expect(csvRows.length).toBeGreaterThan(2 * TABLE_ROWS);
    const page = await nojs.newPage();
    await page.goto(`${server.url}comparar/presupuesto/`);
    expect(await page.locator('#tabla-presupuesto tbody tr').count()).toBe(TABLE_ROWS);
    expect(Number(await page.locator('#tabla-presupuesto').getAttribute('data-total'))).toBe(csvRows.length);
    expect(await page.locator('[data-count-for]').innerText()).toBe(`Se muestran las primeras ${TABLE_ROWS} de ${csvRows.length} filas`);
    const chart = page.locator('[data-subset]').first();
    expect(await chart.locator('.svg-wide svg text', { hasText: /^\d+\. / }).count()).toBe(CHART_ROWS);
    expect(await chart.innerText()).toMatch(/El gráfico muestra las 10 filas con el % ejecutado más alto y las 10 con el más bajo/);
    await page.close();
  });

  it('a name search finds a row beyond the first ones; loaded rows have the server\'s markup', async () => {
    const page = await js.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}comparar/presupuesto/`);
    const staticRow = await page.locator('#tabla-presupuesto tbody tr').first().evaluate((tr) => Array.from((tr as HTMLTableRowElement).cells).map((c) => c.outerHTML));
    const firstName = csvRows[0]![0]!;
    // The last row of the CSV is not among the first TABLE_ROWS rows of the page.
    const lastName = csvRows[csvRows.length - 1]![0]!;
    const search = page.locator('form[data-model-for] input[name="q"]');
    await search.fill(lastName);
    await expect.poll(() => page.locator('#tabla-presupuesto tbody tr th a').first().innerText()).toBe(lastName);
    expect(new URL(page.url()).searchParams.get('q')).toBe(lastName);
    const expected = csvRows.filter((r) => r[0] === lastName).length;
    expect(await page.locator('#tabla-presupuesto tbody tr').count()).toBeGreaterThanOrEqual(expected);
    expect(await page.locator('[data-search-note]').isVisible()).toBe(true);
    // Same cells, attribute for attribute, for a row built from the data.
    await search.fill(firstName);
    await expect.poll(() => page.locator('#tabla-presupuesto tbody tr th a').first().innerText()).toBe(firstName);
    const built = await page.locator('#tabla-presupuesto tbody tr').first().evaluate((tr) => Array.from((tr as HTMLTableRowElement).cells).map((c) => c.outerHTML));
    for (let i = 0; i < built.length; i++) expect(built[i], `cell ${i}`).toBe(staticRow[i]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"Ver todas" adds rows until every row of the CSV is listed, in the same order', async () => {
    const page = await js.newPage();
    await page.goto(`${server.url}comparar/presupuesto/`);
    const more = page.locator('[data-more]');
    const rows = page.locator('#tabla-presupuesto tbody tr');
    while (await more.isVisible()) {
      // Each click adds rows (the first one loads them); wait for them before looking again.
      const before = await rows.count();
      await more.click();
      await expect.poll(() => rows.count()).toBeGreaterThan(before);
    }
    const values = await page.locator('#tabla-presupuesto tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells).map((c) => c.getAttribute('data-value') ?? '')));
    expect(values).toEqual(csvRows);
    expect(await page.locator('[data-count-for]').innerText()).toBe(`${csvRows.length} filas`);
    await page.close();
  });

  it('a filter and a sort apply to every row, and the CSV of the selection holds all of them', async () => {
    const page = await js.newPage();
    await page.goto(`${server.url}comparar/presupuesto/?year=2022&orden=codificado&sentido=desc`);
    const want = csvRows.filter((r) => r[1] === '2022');
    await expect.poll(() => page.locator('[data-count-for]').innerText()).toMatch(new RegExp(`^${want.length} de ${csvRows.length} filas`));
    const planned = await page.locator('#tabla-presupuesto tbody td:nth-child(3)').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')));
    const sorted = want.map((r) => r[2]!).filter(Boolean).map(Number).sort((a, b) => b - a).slice(0, planned.length);
    expect(planned.filter(Boolean).map(Number)).toEqual(sorted.slice(0, planned.filter(Boolean).length));
    // The chart pre-rendered for the year is shown.
    expect((await page.locator('[data-subset]:not([hidden])').getAttribute('data-subset'))!.split(' ')).toContain('2022|||');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('.downloads button[data-csv-for]').click()]);
    const csv = Papa.parse<string[]>(readFileSync((await dl.path())!, 'utf8').replace(/^\ufeff/, '').trim()).data.slice(1);
    // The selection's CSV is the static CSV's rows of that year, «Alertas» column included.
    const wantWithAlerts = csvRowsWithAlerts.filter((r) => r[1] === '2022');
    expect(csv).toHaveLength(wantWithAlerts.length);
    expect(new Set(csv.map((r) => r.join('\u0001')))).toEqual(new Set(wantWithAlerts.map((r) => r.join('\u0001'))));
    await page.close();
  });

  it('without JavaScript, "Ver todas" leads to static pages that together list every row', async () => {
    const page = await nojs.newPage();
    await page.goto(`${server.url}comparar/presupuesto/`);
    let href: string | null = await page.locator('[data-more]').getAttribute('href');
    expect(href).toBe(`${E2E_BASE}comparar/presupuesto/todas/`);
    const seen: string[][] = [];
    let pages = 0;
    while (href) {
      await page.goto(new URL(href, server.url).href);
      pages++;
      seen.push(...await page.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells).map((c) => c.getAttribute('data-value') ?? ''))));
      const next = page.locator('.pager a[rel="next"]');
      href = (await next.count()) ? await next.first().getAttribute('href') : null;
    }
    expect(pages).toBe(Math.ceil(csvRows.length / LIST_PAGE_ROWS));
    expect(seen).toEqual(csvRows);
    await page.close();
  });
});

describe('the institutions table with more institutions than its page carries', () => {
  it('ships the first rows; a search finds the last institution; the static list holds them all', async () => {
    const csv = Papa.parse<string[]>(readFileSync(join(SITE, 'instituciones.csv'), 'utf8').trim()).data.slice(1);
    expect(csv.length).toBeGreaterThan(TABLE_ROWS);
    const page = await js.newPage();
    await page.goto(`${server.url}instituciones/`);
    expect(await page.locator('#tabla-instituciones tbody tr').count()).toBe(TABLE_ROWS);
    const last = csv[csv.length - 1]![0]!;
    await page.locator('form[data-model-for] input[name="q"]').fill(last);
    await expect.poll(() => page.locator('#tabla-instituciones tbody tr th a').first().innerText()).toBe(last);
    await page.close();

    const nojsPage = await nojs.newPage();
    await nojsPage.goto(`${server.url}instituciones/todas/`);
    const names = await nojsPage.locator('tbody tr th a').allInnerTexts();
    expect(names).toEqual(csv.slice(0, LIST_PAGE_ROWS).map((r) => r[0]));
    await nojsPage.close();
  });
});

describe('site size', () => {
  it('every folder (page type) and the whole site stay within their budget per report', () => {
    const size = siteSize(SITE);
    expect(size.folders.map((f) => f.folder)).toEqual(expect.arrayContaining(['comparar', 'datos', 'embed', 'informes', 'instituciones', 'og', 'pagefind']));
    expect(budgetProblems(size, REPORTS)).toEqual([]);
  });
});
