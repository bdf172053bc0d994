/**
 * Years side by side (issue 16, item 6) in Chromium, on a site built from the two-year fixture
 * set (test/fixtures/trends/: Luis Vargas Torres and the SPPAT in 2022 and 2023, Montecristi in
 * 2022 only). Every expected figure was computed by hand from the files (README.md there, file
 * and line of each): the profile's trend chart and year table; the «Cambio frente al año
 * anterior» column of the budget, goals and procurement comparisons, in the page table, the
 * rows the script builds from the JSON, the static /todas/ list and the CSV; the SERCOP comparison's,
 * from the hand-written processes of contracts/ (sums by hand in the README).
 * SCREENSHOTS_DIR=… saves the profile and a comparison at 375 and 1280 px.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { buildSite } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { E2E_BASE } from '../support/site.ts';
import { LVT, MONTECRISTI, SPPAT, TRENDS_CONTRACTS, TRENDS_INSTITUTIONS, TRENDS_REPORTS } from '../support/trends.ts';

// Inside the project (git-ignored .tmp-*), so Astro's build cache stays with this build.
const tmp = mkdtempSync(join(process.cwd(), '.tmp-trends-build-'));
const SITE = join(tmp, 'site');
const LVT_NAME = 'Gobierno Autónomo Descentralizado Parroquial Rural de Luis Vargas Torres';
const SPPAT_NAME = 'Servicio Público para Pago de Accidentes de Tránsito';
const MONTECRISTI_NAME = 'Gobierno Autónomo Descentralizado Municipal del Cantón Montecristi';
const CHANGE_PP = 'Cambio frente al año anterior (p. p.)';
const CHANGE_USD = 'Cambio frente al año anterior (USD)';
const SHOTS = process.env.SCREENSHOTS_DIR;

let server: StaticServer;
let browser: Browser;
let desk: BrowserContext;
let phone: BrowserContext;
let nojs: BrowserContext;

beforeAll(async () => {
  buildSite({ reports: TRENDS_REPORTS, institutions: TRENDS_INSTITUTIONS, contracts: TRENDS_CONTRACTS, data: join(tmp, 'data'), site: SITE });
  server = await serveStatic(SITE, E2E_BASE);
  browser = await launchBrowser();
  desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  phone = await browser.newContext({ viewport: { width: 375, height: 800 } });
  nojs = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
}, 1_800_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (!process.env.KEEP_TRENDS_SITE) rmSync(tmp, { recursive: true, force: true });
});

const nb = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Text of the cell of `column` in the row of `name` and `year` of table `table`. */
async function cell(page: Page, table: string, name: string, year: number, column: string): Promise<string> {
  const heads = (await page.locator(`${table} thead th`).allInnerTexts()).map(nb);
  const i = heads.findIndex((h) => h.startsWith(column));
  expect(i, `${column} in ${heads.join(' | ')}`).toBeGreaterThan(0);
  const row = page.locator(`${table} tbody tr`).filter({ has: page.locator('th', { hasText: name }) }).filter({ has: page.locator(`td[data-value="${year}"]`) });
  expect(await row.count(), `${name} ${year}`).toBe(1);
  return nb(await row.locator('th, td').nth(i).innerText());
}

describe('profile: the trend chart and the year table', () => {
  it('at 375 px without JavaScript: the narrow chart with each year, value and change; the table with each source', async () => {
    const page = await nojs.newPage();
    await page.goto(`${server.url}instituciones/${LVT}/`);
    const fig = page.locator('#evolucion figure#grafico-evolucion');
    await expect.poll(() => fig.count()).toBe(1);
    expect(nb(await fig.locator('h3').innerText())).toBe('Presupuesto, metas y contratación por año, 2022–2023');
    expect(nb(await fig.locator('.takeaway').innerText())).toBe('La ejecución del presupuesto pasó de 73,89 % en 2022 a 84,29 % en 2023 (+10,4 p. p.). El promedio de metas con tope de 100 % pasó de 97,77 % en 2022 a 55,18 % en 2023 (−42,59 p. p.).');
    const svg = fig.locator('.svg-narrow svg');
    expect(await svg.isVisible()).toBe(true);
    expect(await fig.locator('.svg-wide svg').isVisible()).toBe(false);
    expect(await svg.getAttribute('aria-label')).toBe(`Presupuesto, metas y contratación por año, 2022–2023: ${LVT_NAME}`);
    const texts = (await svg.locator('text').allTextContents()).map(nb);
    for (const t of ['73,89 %', '84,29 %', '· +10,4 p. p.', '97,77 %', '55,18 %', '· −42,59 p. p.', '$251,1 mil', '$284,3 mil', '· +$33,2 mil']) {
      expect(texts, t).toContain(t);
    }
    // Each bar names its exact figure, its change and its file and line.
    const titles = (await svg.locator('.ca-bars rect title').allTextContents()).map(nb);
    expect(titles).toContain(`2023: 84,29 % (+10,4 p. p. frente a 2022) — 2023-${LVT}-cpccs-rendicion.txt:178`);
    expect(titles).toContain(`2023: $284.333,08 (+$33.184,38 frente a 2022) — 2023-${LVT}-cpccs-rendicion.txt:184`);
    // Nothing in the chart runs past the 375 px screen.
    const box = await svg.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    // The data table: value, change and the source line, linked to the report's line.
    const row2023 = page.locator('#tabla-evolucion tbody tr', { has: page.locator('th', { hasText: '2023' }) });
    const cells = (await row2023.locator('td').allInnerTexts()).map(nb);
    expect(cells).toEqual([
      `84,29 % +10,4 p. p. 2023-${LVT}-cpccs-rendicion.txt:178`,
      `55,18 % −42,59 p. p. 2023-${LVT}-cpccs-rendicion.txt:146`,
      `$284.333,08 +$33.184,38 2023-${LVT}-cpccs-rendicion.txt:184`,
    ]);
    expect(await row2023.locator('td').first().locator('a').getAttribute('href')).toBe(`${E2E_BASE}informes/2023-${LVT}-cpccs-rendicion/#L178`);
    expect(await page.locator('nav.toc a[href="#evolucion"]').count()).toBe(1);
    await page.close();
  });

  it('at 1280 px: the wide chart; the SPPAT says «no reportado» for its 2023 goals', async () => {
    const page = await desk.newPage();
    await page.goto(`${server.url}instituciones/${SPPAT}/`);
    const wide = page.locator('#grafico-evolucion .svg-wide svg');
    expect(await wide.isVisible()).toBe(true);
    const texts = (await wide.locator('text').allTextContents()).map(nb);
    for (const t of ['84,77 %', '24,15 %', '· −60,62 p. p.', '97,05 %', 'no reportado', '$27,5 mil', '$838,2 mil', '· +$810,8 mil']) expect(texts, t).toContain(t);
    await shot(page, 'perfil-evolucion-1280');
    await page.close();
    const small = await phone.newPage();
    await small.goto(`${server.url}instituciones/${LVT}/#evolucion`);
    await shot(small, 'perfil-evolucion-375');
    await small.close();
  });

  it('a single year: no trend section', async () => {
    const page = await nojs.newPage();
    await page.goto(`${server.url}instituciones/${MONTECRISTI}/`);
    expect(await page.locator('#evolucion').count()).toBe(0);
    expect(await page.locator('nav.toc a[href="#evolucion"]').count()).toBe(0);
    await page.close();
  });
});

describe('comparisons: the change column', () => {
  it('budget, in the page table (no JavaScript): +10,4 / −60,62 p. p., «sin informe de 2021» for a first year', async () => {
    const page = await nojs.newPage();
    await page.goto(`${server.url}comparar/presupuesto/`);
    expect(await cell(page, '#tabla-presupuesto', LVT_NAME, 2023, CHANGE_PP)).toBe('+10,4 p. p.');
    expect(await cell(page, '#tabla-presupuesto', SPPAT_NAME, 2023, CHANGE_PP)).toBe('−60,62 p. p.');
    expect(await cell(page, '#tabla-presupuesto', MONTECRISTI_NAME, 2022, CHANGE_PP)).toBe('sin informe de 2021');
    expect(nb(await page.locator('main').innerText())).toContain('de 40 % a 45 % son +5 p. p. (no un aumento de 12,5 %)');
    await page.close();
  });

  it('budget, in the rows the script builds from the JSON (filter 2023) and at 375 px', async () => {
    const page = await phone.newPage();
    await page.goto(`${server.url}comparar/presupuesto/?year=2023`);
    await expect.poll(() => page.locator('#tabla-presupuesto tbody tr:visible').count()).toBe(2);
    const row = page.locator('#tabla-presupuesto tbody tr', { has: page.locator('th', { hasText: SPPAT_NAME }) });
    const change = row.locator(`td[data-label="${CHANGE_PP}"]`);
    expect(nb(await change.innerText())).toContain('−60,62 p. p.');
    expect(await change.getAttribute('data-value')).toBe('-60.62');
    await shot(page, 'comparar-presupuesto-375');
    await page.close();
    const wide = await desk.newPage();
    await wide.goto(`${server.url}comparar/presupuesto/`);
    const table = await wide.locator('#tabla-presupuesto').boundingBox();
    const main = await wide.locator('main').boundingBox();
    expect(table!.width).toBeLessThanOrEqual(main!.width + 1);
    await shot(wide, 'comparar-presupuesto-1280');
    await wide.close();
  });

  it('goals and procurement: −42,59 p. p.; +$33.184,38 and +$810.750,31; «no reportado» without goals', async () => {
    const page = await nojs.newPage();
    await page.goto(`${server.url}comparar/metas/`);
    expect(await cell(page, '#tabla-metas', LVT_NAME, 2023, CHANGE_PP)).toBe('−42,59 p. p.');
    expect(await cell(page, '#tabla-metas', SPPAT_NAME, 2023, CHANGE_PP)).toBe('no reportado');
    await page.goto(`${server.url}comparar/contratacion/`);
    expect(await cell(page, '#tabla-contratacion', LVT_NAME, 2023, CHANGE_USD)).toBe('+$33.184,38');
    expect(await cell(page, '#tabla-contratacion', SPPAT_NAME, 2023, CHANGE_USD)).toBe('+$810.750,31');
    await page.close();
  });

  it('SERCOP: −$20.500,75 for the SPPAT and −$249,60 for Luis Vargas Torres, «sin procesos en 2022» for Montecristi', async () => {
    const page = await nojs.newPage();
    await page.goto(`${server.url}comparar/contratacion-sercop/`);
    expect(await cell(page, '#tabla-contratacion-sercop', SPPAT_NAME, 2023, CHANGE_USD)).toBe('−$20.500,75');
    expect(await cell(page, '#tabla-contratacion-sercop', LVT_NAME, 2023, CHANGE_USD)).toBe('−$249,60');
    expect(await cell(page, '#tabla-contratacion-sercop', MONTECRISTI_NAME, 2023, CHANGE_USD)).toBe('sin procesos en 2022');
    expect(nb(await page.locator('main').innerText())).toContain('«sin procesos en…»: los datos del SERCOP del explorador no tienen procesos de la institución en ese año.');
    await page.close();
    const js = await phone.newPage();
    await js.goto(`${server.url}comparar/contratacion-sercop/?year=2023`);
    await expect.poll(() => js.locator('#tabla-contratacion-sercop tbody tr:visible').count()).toBe(3);
    const change = js.locator('#tabla-contratacion-sercop tbody tr', { has: js.locator('th', { hasText: SPPAT_NAME }) }).locator(`td[data-label="${CHANGE_USD}"]`);
    expect(await change.getAttribute('data-value')).toBe('-20500.75');
    await js.close();
    const csv = Papa.parse<string[]>(readFileSync(join(SITE, 'comparar', 'contratacion-sercop.csv'), 'utf8').replace(/^\uFEFF/, '')).data;
    const at = csv[0]!.indexOf(CHANGE_USD);
    expect(csv.find((r) => r[0] === SPPAT_NAME && r[1] === '2023')![at]).toBe('-20500.75');
  });

  it('the static full list and the CSV carry it too', async () => {
    const page = await nojs.newPage();
    await page.goto(`${server.url}comparar/presupuesto/todas/`);
    expect(await cell(page, '#tabla-presupuesto', LVT_NAME, 2023, CHANGE_PP)).toBe('+10,4 p. p.');
    await page.close();
    const csv = Papa.parse<string[]>(readFileSync(join(SITE, 'comparar', 'presupuesto.csv'), 'utf8').replace(/^\uFEFF/, '')).data;
    const at = csv[0]!.indexOf(CHANGE_PP);
    expect(at).toBeGreaterThan(0);
    expect(csv.find((r) => r[0] === LVT_NAME && r[1] === '2023')![at]).toBe('10.4');
    expect(csv.find((r) => r[0] === SPPAT_NAME && r[1] === '2023')![at]).toBe('-60.62');
    expect(csv.find((r) => r[0] === MONTECRISTI_NAME)![at]).toBe('');
  });
});
