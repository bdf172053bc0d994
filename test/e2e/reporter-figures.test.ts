/**
 * Reporter tools for single figures (issue 16, item 7 and left-overs), in Chromium on the site
 * built under /cuentas-abiertas/:
 * - «Citar esta cifra» beside each headline figure of a profile (phone, keyboard, copy, and a
 *   dateless sentence without JavaScript) and «Citar cifras» on each comparison row (a dialog);
 * - figures read from the bundled PDF cite their page (comparison «Fuente» cell, static CSV,
 *   headline citation): Portoparques TOTALES, $4.783.023,29 / $3.270.778,15 / 68,38 %, on page 23
 *   of data/reports/portoparques-2025-informe-gestion.pdf (rendered page; `pdftotext -layout -f 23
 *   -l 23` prints it too), line 1178 of the text the site extracts from it (1258 until the cells of
 *   tables drawn with borders were moved up to their row's first line by the borders' boxes,
 *   pdf/ruled.ts, which leaves fewer lines before it on pages 3-22; 1259 until centred columns
 *   were left-aligned whole, pdf/centred.ts: the columns compared at a page break above it moved, and
 *   one blank line less parts section 3 from the table before it; 1289 until
 *   cells centred in their rows were moved up to the row's first line, pdf/middle.ts, which leaves
 *   fewer lines before it; 1286 until three blank lines started pages after sections that end early, pdf/lines.ts
 *   partTablesAtPageBreaks);
 * - the PNG/SVG export keeps the chart's footnote;
 * - every comparison marks the flagged value (goals, SERCOP; budget in reader.test.ts);
 * - /compromisos/, /datos/ and /metodologia/ tables fit a 375 px screen.
 * Figures of the Ministerio del Interior read by hand from its report (line 164): ejecutado
 * $20.613.486,20 + $11.104.062,93 = $31.717.549,13 of $78.537.516,23, «40,39 %».
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSession } from '../support/session.ts';
import { E2E_BASE, E2E_DIST } from '../support/site.ts';
import { PROFILE } from '../support/pages.ts';

const session = useBrowserSession();
const MDI_FILE = '2023-ministerio-del-interior-rendicion-de-cuentas.txt';
const PDF = 'portoparques-2025-informe-gestion.pdf';
const nb = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
const today = () => new Intl.DateTimeFormat('es-EC', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());

async function clipboardPage(ctx: BrowserContext, url: string): Promise<Page> {
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await ctx.newPage();
  await page.goto(url);
  return page;
}

describe('«Citar esta cifra» on a profile', () => {
  it('each headline figure has its sentence: figure as printed, file and line, URL with anchor, today\'s date; copied on a phone', async () => {
    const page = await clipboardPage(session.js, session.server.url + PROFILE);
    const li = page.locator('#cifra-presupuesto');
    const summary = li.locator('summary');
    expect(nb((await summary.textContent())!)).toBe('Citar esta cifra: Presupuesto 2023 ejecutado');
    expect(await summary.locator('.visually-hidden').evaluate((e) => e.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    // Keyboard: the summary is focusable and opens with Enter.
    await summary.focus();
    await page.keyboard.press('Enter');
    const sentence = nb((await li.locator('.cite-text').textContent())!);
    expect(sentence).toBe(nb(`Ministerio del Interior, presupuesto ejecutado 2023: 40,39 %, $31.717.549,13 de $78.537.516,23 (informe ${MDI_FILE}, línea 164). Cuentas Abiertas, https://example.org${E2E_BASE}${PROFILE}#cifra-presupuesto, consultado el ${today()}.`));
    await li.locator('button[data-copy]').click();
    expect(nb(await page.evaluate(() => navigator.clipboard.readText()))).toBe(sentence);
    expect(nb(await li.locator('[role="status"]').innerText())).toBe('Copiado.');
    // The declared total: «TOTAL % CUMPLIMIENTO DE LA GESTIÓN: 112,37 %», line 146 of the report.
    await page.locator('#cifra-metas summary').click();
    expect(nb((await page.locator('#cifra-metas .cite-text').textContent())!)).toContain(`cumplimiento de metas declarado 2023: 112,37 % (informe ${MDI_FILE}, línea 146)`);
    // The capped mean: computed by the site, from the goal lines 124–145.
    await page.locator('#cifra-metas-tope summary').click();
    expect(nb((await page.locator('#cifra-metas-tope .cite-text').textContent())!)).toContain(`72,38 %, 3 de 11 metas en 0 % (calculado por Cuentas Abiertas a partir del informe ${MDI_FILE}, líneas 124–145)`);
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });

  it('without JavaScript: the sentence without a date, no copy button', async () => {
    const page = await session.nojs.newPage();
    await page.goto(session.server.url + PROFILE);
    const li = page.locator('#cifra-presupuesto');
    await li.locator('summary').click();
    const sentence = nb((await li.locator('.cite-text').textContent())!);
    expect(sentence).toMatch(new RegExp(`\\(informe ${MDI_FILE.replace(/\./g, '\\.')}, línea 164\\)\\. Cuentas Abiertas, https://example\\.org${E2E_BASE}${PROFILE}#cifra-presupuesto\\.$`));
    expect(await li.locator('button[data-copy]').isVisible()).toBe(false);
    await page.close();
  });

  it('a figure read from the PDF cites its page', async () => {
    const page = await session.js.newPage();
    await page.goto(session.server.url + 'comparar/presupuesto/');
    const row = page.locator('#tabla-presupuesto tbody tr', { hasText: 'PORTOPARQUES' }).first();
    expect(await row.locator('td[data-label="Fuente"]').innerText()).toBe(`${PDF}, p. 23, línea 1178`);
    expect(nb(await row.locator('td[data-label="Codificado (USD)"]').innerText())).toBe('$4.783.023,29');
    const id = (await row.getAttribute('data-institution'))!;
    await page.goto(`${session.server.url}instituciones/${id}/`);
    await page.locator('#cifra-presupuesto summary').click();
    expect(nb((await page.locator('#cifra-presupuesto .cite-text').textContent())!)).toContain(`presupuesto ejecutado 2025: 68,38 %, $3.270.778,15 de $4.783.023,29 (informe ${PDF}, p. 23, línea 1178)`);
    await page.close();
    const csv = Papa.parse<string[]>(readFileSync(join(E2E_DIST, 'comparar/presupuesto.csv'), 'utf8').replace(/^\ufeff/, '').trim()).data;
    const fuente = csv[0]!.indexOf('Fuente');
    expect(csv.find((r) => r[0]!.includes('PORTOPARQUES'))![fuente]).toBe(`${PDF}, p. 23, línea 1178`);
  });
});

describe('«Citar cifras» on a comparison row', () => {
  it('opens a dialog with one sentence per figure of the row; copy; Escape closes it', async () => {
    const page = await clipboardPage(session.js, session.server.url + 'comparar/presupuesto/');
    const row = page.locator('#tabla-presupuesto tbody tr[data-institution="ministerio-del-interior"]').first();
    const btn = row.locator('button[data-cite-row]');
    expect(nb((await btn.textContent())!)).toBe('Citar cifras de Ministerio del Interior, 2023');
    await btn.click();
    const dialog = page.locator('dialog.cite-dialog[open]');
    expect(nb(await dialog.locator('h2').innerText())).toBe('Citar cifras: Ministerio del Interior (2023)');
    const sentences = (await dialog.locator('.cite-text').allTextContents()).map(nb);
    expect(sentences).toContain(nb(`Ministerio del Interior, ejecutado 2023: $31.717.549,13 (informe ${MDI_FILE}, línea 164). Cuentas Abiertas, https://example.org${E2E_BASE}comparar/presupuesto/?resaltar=ministerio-del-interior#tabla-presupuesto, consultado el ${today()}.`));
    expect(sentences.find((s) => s.startsWith('Ministerio del Interior, % calculado 2023: 40,39 %'))).toContain('(calculado por Cuentas Abiertas a partir del informe');
    // The flag mark's text never leaks into the printed figure.
    expect(sentences.every((s) => !s.includes('Alerta'))).toBe(true);
    await dialog.locator('button', { hasText: 'Copiar cita' }).first().click();
    expect(nb(await page.evaluate(() => navigator.clipboard.readText()))).toBe(sentences[0]);
    // Fits the phone.
    expect(await dialog.evaluate((d) => d.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog.cite-dialog[open]').count()).toBe(0);
    await page.close();
  });

  it('goals: averages cite the goals table from its first line; the stated total cites the report, not a wrong line', async () => {
    const page = await session.js.newPage();
    await page.goto(session.server.url + 'comparar/metas/');
    await page.locator('#tabla-metas tbody tr[data-institution="ministerio-del-interior"] button[data-cite-row]').click();
    const sentences = (await page.locator('dialog.cite-dialog[open] .cite-text').allTextContents()).map(nb);
    expect(sentences.find((s) => s.startsWith('Ministerio del Interior, % total declarado 2023: 112,37 %'))).toContain(`(informe ${MDI_FILE}). Cuentas Abiertas`);
    expect(sentences.find((s) => s.startsWith('Ministerio del Interior, promedio con tope 100 % 2023: 72,38 %'))).toContain(`(calculado por Cuentas Abiertas a partir del informe ${MDI_FILE}, tabla de metas desde la línea 124)`);
    await page.close();
  });

  it('rows loaded on demand get the button too', async () => {
    const page = await session.js.newPage();
    await page.goto(session.server.url + 'comparar/contratacion-sercop/');
    const more = page.locator('[data-more]');
    if (await more.isVisible()) await more.click();
    await page.waitForFunction(() => document.querySelectorAll('#tabla-contratacion-sercop tbody tr').length > 50);
    const rows = await page.locator('#tabla-contratacion-sercop tbody tr').count();
    expect(await page.locator('#tabla-contratacion-sercop tbody tr button[data-cite-row]').count()).toBe(rows);
    await page.close();
  });
});

describe('PNG and SVG keep the chart\'s footnote', () => {
  it('the goals chart\'s note (bars cut at 100 %) and source are in the SVG; the PNG is the same document at 2×', async () => {
    const ctx = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await ctx.newPage();
    await page.goto(session.server.url + PROFILE);
    const fig = page.locator('#grafico-metas-2023');
    const note = nb(await fig.locator('p.small').first().innerText());
    expect(note).toMatch(/^Cada barra se corta en 100 %/);
    await fig.locator('.figure-tools summary').click();
    const [svgDl] = await Promise.all([page.waitForEvent('download'), fig.locator('button[data-download="svg"]').click()]);
    const svg = readFileSync((await svgDl.path())!, 'utf8');
    const texts = nb(await page.evaluate((s) => Array.from(new DOMParser().parseFromString(s, 'image/svg+xml').querySelectorAll('text')).map((t) => t.textContent).join(' '), svg));
    expect(texts).toContain(note.slice(0, 60));
    expect(texts).toContain(`${MDI_FILE}:124–145`);
    const svgHeight = Number(/<svg xmlns="[^"]+" width="\d+" height="(\d+)"/.exec(svg)![1]);
    const [pngDl] = await Promise.all([page.waitForEvent('download'), fig.locator('button[data-download="png"]').click()]);
    const png = readFileSync((await pngDl.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(20)).toBe(svgHeight * 2);
    await ctx.close();
  });
});

describe('every comparison marks the flagged value', () => {
  it('goals: the Ministerio\'s averages carry its repaired goal value (line 138)', async () => {
    const page = await session.js.newPage();
    await page.goto(session.server.url + 'comparar/metas/');
    const row = page.locator('#tabla-metas tbody tr[data-institution="ministerio-del-interior"]').first();
    const marked = await row.locator('td:has(.flag-mark)').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-label')));
    expect(marked).toEqual(['Promedio simple', 'Promedio con tope 100 %']);
    expect(await row.locator('td .flag-mark a').first().getAttribute('title')).toMatch(/^El valor alcanzado venía partido/);
    await page.close();
  });
  it('SERCOP: processes without amount mark the amount', async () => {
    const page = await session.js.newPage();
    await page.goto(session.server.url + 'comparar/contratacion-sercop/');
    const marked = page.locator('#tabla-contratacion-sercop td[data-label="Monto (SERCOP, USD)"] .flag-mark a');
    expect(await marked.count()).toBeGreaterThan(0);
    expect(await marked.first().getAttribute('title')).not.toMatch(/amount|value_missing/);
    await page.close();
  });
});

describe('tables that fit at 375 px', () => {
  it('/compromisos/, /datos/ and /metodologia/: stacked cards, no page scroll, no clipped cell', async () => {
    const page = await session.js.newPage();
    for (const path of ['compromisos/', 'datos/', 'metodologia/']) {
      await page.goto(session.server.url + path);
      await page.$$eval('details', (ds) => ds.forEach((d) => { (d as HTMLDetailsElement).open = true; }));
      expect(await page.locator('table.stack').count(), path).toBeGreaterThan(0);
      expect(await page.locator('.table-wrap > table:not(.stack)').count(), path).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
      const wide = await page.$$eval('.table-wrap', (ws) => ws.filter((w) => (w as HTMLElement).offsetParent !== null && w.scrollWidth > w.clientWidth + 1).map((w) => w.getAttribute('aria-label')));
      expect(wide, path).toEqual([]);
      const clipped = await page.$$eval('table.stack td', (tds) => tds.filter((td) => (td as HTMLElement).offsetParent !== null && td.scrollWidth > td.clientWidth + 1).map((td) => td.textContent));
      expect(clipped, path).toEqual([]);
      expect(await page.locator('table.stack tbody td:not([data-label])').count(), path).toBe(0);
    }
    await page.close();
  });
});
