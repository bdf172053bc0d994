/**
 * Reporter tools in Chromium on the site built under a sub-path (/cuentas-abiertas/):
 * - a filtered and sorted comparison view lives in its URL: "Copiar enlace" copies it, and
 *   opening or reloading it restores the filter, the sort and the highlighted institution;
 * - per-chart downloads: the CSV holds exactly the rows of the chart's table, the SVG is a
 *   well-formed standalone document with the chart's labels and source line, the PNG is a
 *   real image rendered in the browser;
 * - the citation is ready (access date filled; a blank without JavaScript), the <iframe>
 *   snippet points at an embed page that renders the chart alone with a link back;
 * - every institution and comparison page has its Open Graph card, whose PNG is in the build;
 * - institution pages print without navigation chrome or buttons.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { DESKTOP, PHONE, useBrowser, watch } from '../support/session.ts';
import { E2E_BASE, E2E_DIST, htmlPages, readPage } from '../support/site.ts';
import { pct, usd } from '../../src/site/format.ts';

const MDI = 'instituciones/ministerio-del-interior/';
const MDI_FILE = '2023-ministerio-del-interior-rendicion-de-cuentas.txt';
const ORIGIN = 'https://example.org';

const session = useBrowser(
  {
    js: { viewport: PHONE, acceptDownloads: true },
    wide: { viewport: DESKTOP, acceptDownloads: true },
    nojs: { viewport: PHONE, javaScriptEnabled: false },
  },
  ({ js, server }) => js.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin }),
);

async function downloadText(d: Download): Promise<string> {
  return readFileSync((await d.path())!, 'utf8');
}

/** Rows of the visible table rows: each cell's data-value (raw) or text. */
async function visibleRows(page: Page, tableId: string): Promise<string[][]> {
  return page.locator(`#${tableId} tbody tr:not([hidden])`).evaluateAll((trs) =>
    trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells).map((c) =>
      c.hasAttribute('data-value') ? c.getAttribute('data-value')! : (c.textContent ?? '').replace(/\s+/g, ' ').trim())));
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
function pngSize(buf: Buffer): { width: number; height: number } | null {
  if (buf.length < 24 || !PNG_SIGNATURE.every((b, i) => buf[i] === b)) return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('comparison permalinks: filters, sort and highlight live in the URL', () => {
  it('a filtered, sorted budget comparison survives a reload and its copied link', async () => {
    const page = await session.js.newPage();
    const errors = watch(page);
    await page.goto(session.server.url + 'comparar/presupuesto/');
    const all = await page.locator('#tabla-presupuesto tbody tr').count();
    // Filter by the year with the most rows that is not every row, if there is one.
    const years = await page.locator('select[name="year"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    // The year with the most rows (the bundled reports: two of 2023, one of 2025).
    const rowsNow = await visibleRows(page, 'tabla-presupuesto');
    const count = (y: string) => rowsNow.filter((r) => r[1] === y).length;
    const year = years.reduce((a, b) => (count(b) > count(a) ? b : a));
    await page.selectOption('select[name="year"]', year);
    const built = await visibleRows(page, 'tabla-presupuesto');
    // Sort by the computed % ascending (the build ranks it descending, so the order changes).
    const sortBtn = page.locator('#tabla-presupuesto th[data-key="pct_calculado"] button.sort');
    await sortBtn.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sentido')).toBe('asc');
    const url = new URL(page.url());
    expect(url.pathname).toBe(`${E2E_BASE}comparar/presupuesto/`);
    expect(url.searchParams.get('year')).toBe(year);
    expect(url.searchParams.get('orden')).toBe('pct_calculado');
    const before = await visibleRows(page, 'tabla-presupuesto');
    expect(before.length).toBeGreaterThan(0);
    expect(before.length).toBeLessThanOrEqual(all);
    expect(before.every((r) => r[1] === year)).toBe(true);
    const pcts = before.map((r) => r[5]).filter((v) => v !== '').map(Number);
    expect(pcts).toEqual([...pcts].sort((a, b) => a - b));
    expect(before.length).toBeGreaterThan(1);
    expect(before).not.toEqual(built);

    await page.reload();
    expect(await page.locator('select[name="year"]').inputValue()).toBe(year);
    expect(await page.locator('#tabla-presupuesto th[data-key="pct_calculado"]').getAttribute('aria-sort')).toBe('ascending');
    expect(await visibleRows(page, 'tabla-presupuesto')).toEqual(before);
    // The chart pre-rendered for the filtered rows is shown, whatever the table's sort.
    expect(await page.locator('#grafico-presupuesto [data-variant-note]').isVisible()).toBe(false);
    expect(await page.locator('#grafico-presupuesto [data-subset]:not([hidden])').getAttribute('data-subset')).not.toBe(
      await page.locator('#grafico-presupuesto [data-subset]').first().getAttribute('data-subset'));

    // "Copiar enlace" copies the view with its query and the chart's anchor.
    const tools = page.locator('#grafico-presupuesto .figure-tools');
    await tools.locator('summary').click();
    await tools.locator('[data-copy-link]').click();
    await expect.poll(() => tools.locator('[data-status]').innerText()).toMatch(/copiado/i);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const link = new URL(copied);
    expect(link.pathname).toBe(`${E2E_BASE}comparar/presupuesto/`);
    expect(link.hash).toBe('#grafico-presupuesto');
    expect(link.searchParams.get('year')).toBe(year);
    expect(link.searchParams.get('orden')).toBe('pct_calculado');
    expect(link.searchParams.get('sentido')).toBe('asc');
    const other = await session.js.newPage();
    await other.goto(copied);
    expect(await visibleRows(other, 'tabla-presupuesto')).toEqual(before);
    // The embed snippet carries the same filters.
    await tools.locator('summary').click();
    await tools.locator('summary').click();
    const snippet = await tools.locator('textarea').inputValue();
    expect(snippet).toContain(`${ORIGIN}${E2E_BASE}embed/comparar/presupuesto/?`);
    expect(snippet).toContain(`year=${year}`);
    expect(errors).toEqual([]);
    await other.close();
    await page.close();
  });

  it('?resaltar= highlights the institution\'s rows (the profile links there)', async () => {
    const page = await session.js.newPage();
    await page.goto(session.server.url + MDI);
    const href = await page.locator('#grafico-presupuesto-2023 a', { hasText: 'Comparar con otras instituciones' }).getAttribute('href');
    expect(href).toBe(`${E2E_BASE}comparar/presupuesto/?resaltar=ministerio-del-interior#tabla-presupuesto`);
    await page.goto(new URL(href!, session.server.url).href);
    const marked = page.locator('#tabla-presupuesto tr.highlight');
    await expect.poll(() => marked.count()).toBeGreaterThan(0);
    expect(await marked.first().getAttribute('data-institution')).toBe('ministerio-del-interior');
    await page.close();
  });
});

/** The profile on a wide screen, a figure's tools opened, its SVG or PNG button clicked. */
async function downloadFrom(figureId: string, kind: 'svg' | 'png') {
  const page = await session.wide.newPage();
  const errors = watch(page);
  await page.goto(session.server.url + MDI);
  const fig = page.locator(`#${figureId}`);
  await fig.locator('summary').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), fig.locator(`button[data-download="${kind}"]`).click()]);
  return { page, errors, fig, dl };
}

describe('per-chart downloads on a profile', () => {
  it('CSV: exactly the rows of the budget chart, as its table prints them', async () => {
    const page = await session.js.newPage();
    await page.goto(session.server.url + MDI);
    const fig = page.locator('#grafico-presupuesto-2023');
    await fig.locator('summary').click();
    const csvLink = fig.locator('.figure-tools a', { hasText: 'CSV' });
    expect(await csvLink.getAttribute('href')).toBe(`${E2E_BASE}${MDI}grafico-presupuesto-2023.csv`);
    const [dl] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    expect(dl.suggestedFilename()).toBe('ministerio-del-interior-presupuesto-2023.csv');
    const parsed = Papa.parse<string[]>((await downloadText(dl)).trim(), { skipEmptyLines: true });
    const [head, ...rows] = parsed.data;
    expect(head).toEqual(['Línea presupuestaria', 'Planificado (USD)', 'Ejecutado (USD)', '% declarado', '% calculado', 'Fuente']);
    // The table right after the figure: category, planned, executed, % declared, % computed, source.
    const table = await page.locator('#grafico-presupuesto-2023 + .table-wrap table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells).map((c) => (c.firstChild?.textContent ?? '').replace(/\s+/g, ' ').trim())));
    // The table names its report once (caption) and each row its line; the CSV keeps file:line on every row.
    const tableEl = page.locator('#grafico-presupuesto-2023 + .table-wrap table');
    expect(await tableEl.locator('caption cite').innerText()).toBe(`Fuente: ${MDI_FILE}`);
    expect(await tableEl.locator('tbody tr').first().locator('td.src-cell a').getAttribute('href')).toBe(`${E2E_BASE}informes/${MDI_FILE.replace(/\.txt$/, '')}/#L151`);
    expect(rows).toHaveLength(8);
    expect(rows).toHaveLength(table.length);
    rows.forEach((r, i) => {
      const t = table[i]!;
      expect(r[0]).toBe(t[0]);
      expect(usd(Number(r[1])).replace(/\u00a0/g, ' ')).toBe(t[1]!.replace(/\u00a0/g, ' '));
      expect(usd(Number(r[2])).replace(/\u00a0/g, ' ')).toBe(t[2]!.replace(/\u00a0/g, ' '));
      expect(pct(Number(r[4])).replace(/\u00a0/g, ' ')).toBe(t[4]!.replace(/\u00a0/g, ' '));
      expect(r[5]).toBe(`${MDI_FILE}:${t[5]!.replace(/^línea /, '')}`);
    });
    expect(rows[0]).toEqual(['Egresos en personal', '14586155.85', '14586155.85', '100', '100', `${MDI_FILE}:151`]);
    expect(rows[4]!.slice(1, 3)).toEqual(['32029586.58', '3035281']);
    await page.close();
  });

  it('SVG: a standalone, well-formed document with the chart\'s labels and source line', async () => {
    const { page, errors, dl } = await downloadFrom('grafico-presupuesto-2023', 'svg');
    expect(dl.suggestedFilename()).toBe('ministerio-del-interior-presupuesto-2023.svg');
    const svg = await downloadText(dl);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    const texts = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      if (doc.querySelector('parsererror') || doc.documentElement.localName !== 'svg') return null;
      return Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? '');
    }, svg);
    expect(texts).not.toBeNull();
    const all = texts!.join('\n');
    for (const label of ['Egresos en personal', 'Bienes y servicios para inversión', 'Otros Pasivos', 'Planificado', 'Ejecutado']) {
      expect(all).toContain(label);
    }
    expect(all).toContain('Ejecución por línea presupuestaria, 2023');
    expect(all).toContain(`${MDI_FILE}:151–158`);
    expect(all).toContain(`${E2E_BASE}${MDI}#grafico-presupuesto-2023`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('PNG: rendered in the browser from the SVG (signature, 2× size, non-trivial bytes)', async () => {
    const { page, errors, fig, dl } = await downloadFrom('grafico-contratacion-2023', 'png');
    expect(dl.suggestedFilename()).toBe('ministerio-del-interior-contratacion-2023.png');
    const buf = readFileSync((await dl.path())!);
    const size = pngSize(buf);
    expect(size).not.toBeNull();
    // The wide SVG file's width (the <source> of the chart's <picture>): the PNG is drawn from it.
    const svgWidth = Number(await fig.locator('picture source').getAttribute('width'));
    expect(svgWidth).toBe(680);
    expect(size!.width).toBe((svgWidth + 32) * 2);
    expect(size!.height).toBeGreaterThan(400);
    expect(buf.length).toBeGreaterThan(20_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('comparison CSV: the visible rows of the filtered table, raw values', async () => {
    const page = await session.js.newPage();
    await page.goto(session.server.url + 'comparar/metas/');
    const years = await page.locator('select[name="year"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await page.selectOption('select[name="year"]', years[0]!);
    const tools = page.locator('#grafico-metas .figure-tools');
    await tools.locator('summary').click();
    const [dl] = await Promise.all([page.waitForEvent('download'), tools.locator('button[data-csv-for]').click()]);
    const parsed = Papa.parse<string[]>((await downloadText(dl)).replace(/^\ufeff/, '').trim(), { skipEmptyLines: true });
    const [head, ...rows] = parsed.data;
    const labels = await page.locator('#tabla-metas thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-label')));
    // Like the static CSV, the selection ends with the row's alert sentences («Alertas»).
    expect(head).toEqual([...labels, 'Alertas']);
    expect(rows.map((r) => r.slice(0, -1))).toEqual(await visibleRows(page, 'tabla-metas'));
    const alerts = await page.locator('#tabla-metas tbody tr:not([hidden])').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-alerts') ?? ''));
    expect(rows.map((r) => r.at(-1))).toEqual(alerts);
    expect(rows.every((r) => r[1] === years[0])).toBe(true);
    await page.close();
  });
});

describe('citation and embed', () => {
  it('the citation names the report, file and lines; the browser fills today\'s date', async () => {
    const page = await session.js.newPage();
    await page.goto(session.server.url + MDI);
    const cite = (await page.locator('#grafico-presupuesto-2023 .cite-text').textContent())!.replace(/\s+/g, ' ');
    expect(cite).toContain('Ministerio del Interior: «Ejecución por línea presupuestaria, 2023».');
    expect(cite).toContain('Informe de Rendición de Cuentas No 13359, periodo 2023');
    expect(cite).toContain(`archivo ${MDI_FILE}, líneas 151–158`);
    expect(cite).toContain(`${E2E_BASE}${MDI}#grafico-presupuesto-2023`);
    const today = new Intl.DateTimeFormat('es-EC', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    expect(cite).toContain(`(fecha de consulta: ${today}).`);
    const page2 = (await page.locator('#citar .cite-text').textContent())!.replace(/\s+/g, ' ');
    expect(page2).toContain(`archivo ${MDI_FILE}, resumen del presupuesto: línea 164`);
    await page.close();
  });

  it('without JavaScript: CSV link, citation with a blank date and the snippet; no dead buttons', async () => {
    const page = await session.nojs.newPage();
    await page.goto(session.server.url + MDI);
    const fig = page.locator('#grafico-metas-2023');
    await fig.locator('summary').click();
    expect(await fig.locator('[data-copy-link]').isVisible()).toBe(false);
    expect(await fig.locator('button[data-download]').first().isVisible()).toBe(false);
    expect(await fig.locator('.figure-tools a', { hasText: 'CSV' }).isVisible()).toBe(true);
    expect(await fig.locator('a[data-nojs]').getAttribute('href')).toBe('#grafico-metas-2023');
    const cite = await fig.locator('.cite-text').textContent();
    expect(cite).toContain(`${ORIGIN}${E2E_BASE}${MDI}#grafico-metas-2023`);
    expect(cite).toContain('fecha de consulta: ____');
    const snippet = await fig.locator('textarea').inputValue();
    expect(snippet).toMatch(new RegExp(`^<iframe src="${ORIGIN}${E2E_BASE}embed/${MDI}metas/" title="[^"]+" width="100%" height="\\d+"`));
    await page.close();
  });

  it('the embed page renders the chart alone, with its source and a link back', async () => {
    const page = await session.js.newPage();
    const errors = watch(page);
    const snippetPage = await session.nojs.newPage();
    await snippetPage.goto(session.server.url + MDI);
    const snippet = await snippetPage.locator('#grafico-presupuesto-2023 textarea').inputValue();
    const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(ORIGIN + E2E_BASE, session.server.url);
    await snippetPage.close();
    const res = await page.goto(src);
    expect(res?.status()).toBe(200);
    expect(await page.locator('.site-header, .site-footer, nav, form').count()).toBe(0);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    expect(await page.locator('body').getAttribute('data-pagefind-ignore')).toBe('all');
    expect(await page.locator('h1').innerText()).toBe('Ministerio del Interior: Ejecución por línea presupuestaria, 2023');
    // The embed shows the profile's own SVG file (one copy per chart), loaded, named by its alt.
    const img = page.locator('main figure.chart img');
    expect(await img.count()).toBe(1);
    expect(await page.locator('main svg').count()).toBe(0);
    expect(await img.isVisible()).toBe(true);
    await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await img.evaluate((i) => new URL((i as HTMLImageElement).currentSrc).pathname)).toBe(`${E2E_BASE}${MDI}grafico-presupuesto-2023-movil.svg`);
    expect(await img.getAttribute('alt')).toBe('Presupuesto planificado y ejecutado por línea, Ministerio del Interior, 2023');
    expect((await page.locator('.source').innerText()).replace(/\s+/g, ' ')).toContain(`${MDI_FILE}:151–158`);
    const back = page.locator('.embed-back a').first();
    expect(await back.getAttribute('href')).toBe(`${E2E_BASE}${MDI}#grafico-presupuesto-2023`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a comparison embed shows the filtered chart named in its query', async () => {
    const page = await session.js.newPage();
    await page.goto(session.server.url + 'comparar/presupuesto/');
    const year = (await page.locator('select[name="year"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean)))[0]!;
    await page.goto(`${session.server.url}embed/comparar/presupuesto/?year=${year}`);
    expect(await page.locator('[data-embed-filter]').innerText()).toContain(`Año: ${year}`);
    expect(await page.locator('[data-subset]:not([hidden]) svg[role="img"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.embed-back a').first().getAttribute('href')).toBe(`${E2E_BASE}comparar/presupuesto/?year=${year}`);
    await page.close();
  });

  it('embed pages exist for every profile chart, the comparisons and the commitments, all noindex', () => {
    const embeds = htmlPages().filter((p) => p.startsWith('embed/'));
    for (const p of [
      `embed/${MDI}presupuesto/index.html`, `embed/${MDI}metas/index.html`, `embed/${MDI}contratacion/index.html`,
      'embed/comparar/presupuesto/index.html', 'embed/comparar/metas/index.html', 'embed/comparar/contratacion/index.html',
      'embed/compromisos/index.html',
    ]) expect(embeds).toContain(p);
    for (const p of embeds) {
      const html = readPage(p);
      expect(html, p).toContain('<meta name="robots" content="noindex">');
      expect(html, p).not.toContain('data-pagefind-body');
      expect(html, p).not.toContain('class="site-header"');
    }
  });
});

describe('social cards', () => {
  // Institution profiles and comparison pages (not the static full lists, /…/todas/).
  const pages = htmlPages().filter((p) => /^(instituciones\/[^/]+|comparar\/[^/]+)\/index\.html$/.test(p) && !p.startsWith('instituciones/todas/'));
  const meta = (html: string, key: string) => {
    const m = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
    return m ? m[1]!.replace(/&amp;/g, '&') : null;
  };

  it('every institution and comparison page has og:title, og:description, og:url and a 600×315 og:image in the build', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
    const problems: string[] = [];
    for (const p of pages) {
      const html = readPage(p);
      const slug = p.replace(/\/index\.html$/, '');
      if (!meta(html, 'og:title')) problems.push(`${p}: og:title`);
      if (!meta(html, 'og:description')) problems.push(`${p}: og:description`);
      if (meta(html, 'og:url') !== `${ORIGIN}${E2E_BASE}${slug}/`) problems.push(`${p}: og:url ${meta(html, 'og:url')}`);
      if (meta(html, 'twitter:card') !== 'summary_large_image') problems.push(`${p}: twitter:card`);
      const image = meta(html, 'og:image');
      if (image !== `${ORIGIN}${E2E_BASE}og/${slug}.png`) { problems.push(`${p}: og:image ${image}`); continue; }
      const file = join(E2E_DIST, image.slice(ORIGIN.length + E2E_BASE.length));
      if (!existsSync(file)) { problems.push(`${p}: falta ${file}`); continue; }
      const size = pngSize(readFileSync(file));
      if (!size || size.width !== 600 || size.height !== 315) problems.push(`${p}: ${file} no es un PNG de 600×315`);
    }
    expect(problems).toEqual([]);
  });

  it('the Ministerio del Interior card is served under the base path', async () => {
    const res = await fetch(`${session.server.url}og/instituciones/ministerio-del-interior.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(pngSize(Buffer.from(await res.arrayBuffer()))).toEqual({ width: 600, height: 315 });
  });
});

describe('print', () => {
  it('an institution page prints charts, tables and sources without chrome or buttons', async () => {
    const page = await session.wide.newPage();
    await page.goto(session.server.url + MDI);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.site-header', '.site-footer', '.toc', '.breadcrumbs', '.figure-tools']) {
      const n = await page.locator(sel).count();
      for (let i = 0; i < n; i++) expect(await page.locator(sel).nth(i).isVisible(), sel).toBe(false);
    }
    const visibleButtons = await page.locator('button').evaluateAll((bs) => bs.filter((b) => (b as HTMLElement).offsetParent !== null).length);
    expect(visibleButtons).toBe(0);
    const chart = page.locator('#grafico-presupuesto-2023 picture img');
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.evaluate((i) => new URL((i as HTMLImageElement).currentSrc).pathname)).toBe(`${E2E_BASE}${MDI}grafico-presupuesto-2023.svg`);
    expect(await page.locator('#presupuesto table').first().isVisible()).toBe(true);
    expect(await page.locator('#presupuesto cite.src').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
