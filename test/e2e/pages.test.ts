/**
 * Every page type opens in headless Chromium (Debian's package via playwright-core) from the
 * site built under a sub-path, with JavaScript on and off; numbers and static SVG charts are
 * there without JavaScript, and no page logs an error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { E2E_BASE, E2E_DIST } from '../support/site.ts';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { decodeReport } from '../../src/lib/decode.ts';

let server: StaticServer;
let browser: Browser;
const contexts: Record<'js' | 'nojs', BrowserContext | null> = { js: null, nojs: null };

beforeAll(async () => {
  server = await serveStatic(E2E_DIST, E2E_BASE);
  browser = await launchBrowser();
  contexts.js = await browser.newContext({ viewport: { width: 375, height: 800 } });
  contexts.nojs = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES: [name: string, path: string, expectText: RegExp, svg: boolean][] = [
  ['home', '', /Cuentas Abiertas/, false],
  // The first 50 rows by name: SERCOP's buyers (data/contracts) now precede the Ministerio del Interior.
  ['institutions table', 'instituciones/', /Consejo Nacional Electoral/, false],
  ['profile', 'instituciones/ministerio-del-interior/', /\$78\.537\.516,23/, true],
  ['budget comparison', 'comparar/presupuesto/', /Ministerio del Interior/, true],
  ['goals comparison', 'comparar/metas/', /Ministerio del Interior/, true],
  ['procurement comparison', 'comparar/contratacion/', /Ministerio del Interior/, true],
  ['procurement comparison (SERCOP)', 'comparar/contratacion-sercop/', /Instituto Ecuatoriano de Seguridad Social/, true],
  ['profile with SERCOP data', 'instituciones/instituto-ecuatoriano-de-seguridad-social/', /Según el SERCOP[\s\S]*ocds-5wno2w-SIE-IESSDPT-005-2021-39594/, false],
  ['commitments', 'compromisos/', /datos abiertos/i, true],
  ['data', 'datos/', /budget_lines/, false],
  ['methodology', 'metodologia/', /total_mismatch/, false],
];

describe.each(['js', 'nojs'] as const)('page types with JavaScript %s', (mode) => {
  it.each(PAGES)('%s (%s) opens and shows its content', async (_name, path, text, svg) => {
    const page = await contexts[mode]!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const res = await page.goto(server.url + path);
    expect(res?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    const body = (await page.locator('main').innerText()).replace(/\u00a0/g, ' ');
    expect(body).toMatch(text);
    if (svg) expect(await page.locator('main svg[role="img"], main figure.chart img').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the Ministerio del Interior profile shows its headline figures and 9 procurement types', async () => {
    const page = await contexts[mode]!.newPage();
    await page.goto(server.url + 'instituciones/ministerio-del-interior/');
    const budget = (await page.locator('#presupuesto').innerText()).replace(/\u00a0/g, ' ');
    expect(budget).toContain('$78.537.516,23');
    expect(budget).toContain('40,39 %');
    // The profile's charts are SVG files (written once, shared with the embed pages): each one loads.
    expect(await page.locator('#presupuesto figure.chart img').count()).toBeGreaterThan(0);
    expect(await page.locator('#contratacion table').first().locator('tbody tr').count()).toBe(9);
    expect(await page.locator('#contratacion figure.chart img').count()).toBeGreaterThan(0);
    const images = page.locator('figure.chart img');
    await expect.poll(() => images.evaluateAll((ims) => ims.filter((i) => !(i as HTMLImageElement).complete).length)).toBe(0);
    const loaded = await images.evaluateAll((ims) => ims.map((i) => [(i as HTMLImageElement).currentSrc.replace(/^.*\/instituciones\//, ''), (i as HTMLImageElement).naturalWidth] as const));
    expect(loaded.length).toBeGreaterThanOrEqual(3);
    for (const [src, width] of loaded) expect(width, `${src} loads`).toBeGreaterThan(0);
    // Every figure cites its source line.
    expect(await page.locator('#presupuesto').innerText()).toMatch(/2023-ministerio-del-interior-rendicion-de-cuentas\.txt:164/);
    await page.close();
  });

  it('the 404 page answers an unknown URL', async () => {
    const page = await contexts[mode]!.newPage();
    const res = await page.goto(server.url + 'no-existe/');
    expect(res?.status()).toBe(404);
    expect(await page.locator('main').innerText()).toMatch(/no (existe|encontr)/i);
    await page.close();
  });
});

describe('the SERCOP comparison (289 institution-years: more than the rows in its HTML)', () => {
  it('ships 50 rows; a name search loads a row beyond them from /comparar/contratacion-sercop.json', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { default: Papa } = await import('papaparse');
    const csv = Papa.parse<string[]>(readFileSync(join(E2E_DIST, 'comparar/contratacion-sercop.csv'), 'utf8').trim()).data;
    const page = await contexts.js!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url + 'comparar/contratacion-sercop/');
    expect(await page.locator('#tabla-contratacion-sercop tbody tr').count()).toBe(50);
    expect(Number(await page.locator('#tabla-contratacion-sercop').getAttribute('data-total'))).toBe(csv.length - 1);
    // The last row (smallest amount) is not in the HTML; searching its name loads it.
    const lastName = csv[csv.length - 1]![0]!;
    await page.locator('form[data-model-for] input[name="q"]').fill(lastName);
    await expect.poll(() => page.locator('#tabla-contratacion-sercop tbody tr th a').first().innerText()).toBe(lastName);
    expect(errors).toEqual([]);
    await page.close();
  });
});

// What `npm run build` (the global setup) ingested: the JSON files and report texts the site used
// to publish, to compare the browser's derived downloads with, byte for byte.
const GENERATED = path.resolve('data/generated');
const REPORTS = path.resolve('data/reports');

describe('downloads derived in the browser (published once, not twice)', () => {
  it('/datos/: every dataset\'s «JSON» button saves exactly the JSON file the ingest writes', async () => {
    const ctx = await browser.newContext({ acceptDownloads: true });
    const page = await ctx.newPage();
    await page.goto(`${server.url}datos/`);
    const buttons = page.locator('button[data-json]');
    const names = await buttons.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-json')!));
    expect(names.length).toBe(readdirSync(GENERATED).filter((f) => f.endsWith('.json')).length);
    for (const name of names) {
      // One tab per dataset: Chromium stops a tab's downloads after about ten (its «multiple
      // automatic downloads» guard), which a reader taking every dataset would be asked about.
      const tab = await ctx.newPage();
      await tab.goto(`${server.url}datos/`);
      const [download] = await Promise.all([tab.waitForEvent('download'), tab.locator(`button[data-json="${name}"]`).click()]);
      expect(download.suggestedFilename()).toBe(`${name}.json`);
      const got = readFileSync((await download.path())!, 'utf8');
      expect(got, name).toBe(readFileSync(path.join(GENERATED, `${name}.json`), 'utf8'));
      await tab.close();
    }
    // No second copy: the JSON files are not published.
    expect((await page.request.get(`${server.url}datos/goals.json`)).status()).toBe(404);
    await ctx.close();
  });

  it('a document without figures (the annual LOTAIP PDF): its page gives title, institution, period, the PDF, page markers and says its figures are not read; its institution lists it; no comparison shows it', async () => {
    const page = await contexts.nojs!.newPage();
    const res = await page.goto(`${server.url}informes/portoparques-2025-informe-anual-lotaip/`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('INFORME ANUAL DE TRANSPARENCIA Y ACCESO A LA INFORMACIÓN PÚBLICA - 2025');
    const facts = (await page.locator('dl.facts').innerText()).replace(/\u00a0/g, ' ');
    expect(facts).toContain('EMPRESA PÚBLICA MUNICIPAL DE PARQUES, CEMENTERIOS, ÁREAS VERDES, ZONAS DE RECREACIÓN Y ESPACIOS CULTURALES DE PORTOVIEJO “PORTOPARQUES EP”');
    expect(facts).toMatch(/Periodo\s+2025/);
    expect(facts).toContain('Documento sin lectura de cifras');
    expect(await page.locator('.figures-notice').innerText()).toContain('Todavía no leemos las cifras de este documento');
    expect(await page.getByRole('link', { name: 'PDF original' }).getAttribute('href')).toMatch(/informes\/portoparques-2025-informe-anual-lotaip\.pdf$/);
    expect((await page.request.get(`${server.url}informes/portoparques-2025-informe-anual-lotaip.pdf`)).status()).toBe(200);
    // 12 pages, a marker for each from page 2; line 3 prints the RUC.
    expect(await page.locator('main').innerText()).toContain('RUC: 1360084630001');
    expect(await page.locator('.source-text a[href*=".pdf#page="]').count()).toBeGreaterThanOrEqual(11);
    await page.goto(`${server.url}instituciones/empresa-publica-municipal-de-parques-cementerios-areas-verdes-zonas-de-recreacion-y-espacios-culturales-de-portoviejo-portoparques-ep/`);
    const reports = await page.locator('#informes').innerText();
    expect(reports).toContain('INFORME ANUAL DE TRANSPARENCIA Y ACCESO A LA INFORMACIÓN PÚBLICA - 2025');
    expect(reports).toContain('Documento sin lectura de cifras');
    expect(await page.locator('dl.facts').first().innerText()).toContain('1360084630001');
    for (const c of ['presupuesto', 'metas', 'contratacion']) {
      await page.goto(`${server.url}comparar/${c}/todas/`);
      expect(await page.locator('main').innerHTML(), c).not.toContain('portoparques-2025-informe-anual-lotaip');
    }
    await page.close();
  });

  it('/informes/{id}/: «descargar» saves the report text from the page (no .txt copy); a PDF\'s extracted text too', async () => {
    const ctx = await browser.newContext({ acceptDownloads: true });
    const page = await ctx.newPage();
    const cases = [
      { id: '2023-ministerio-del-interior-rendicion-de-cuentas', file: '2023-ministerio-del-interior-rendicion-de-cuentas.txt', label: 'descargar' },
      { id: 'portoparques-2025-informe-gestion', file: 'portoparques-2025-informe-gestion.pdf.txt', label: 'texto extraído' },
    ];
    for (const c of cases) {
      await page.goto(`${server.url}informes/${c.id}/`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: c.label }).click()]);
      expect(download.suggestedFilename()).toBe(c.file);
      const got = readFileSync((await download.path())!, 'utf8');
      const want = c.file.endsWith('.pdf.txt')
        ? readFileSync(path.join(GENERATED, 'pdf-text', c.file), 'utf8')
        : (decodeReport(readFileSync(path.join(REPORTS, c.file))) as { text: string }).text;
      expect(got.length, c.id).toBeGreaterThan(1000);
      expect(got, c.id).toBe(want);
      expect((await page.request.get(`${server.url}informes/${c.id}.txt`)).status()).toBe(404);
    }
    await ctx.close();
  });
});
