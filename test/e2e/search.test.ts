/**
 * Full-text search (Pagefind) in Chromium, on the site built under /cuentas-abiertas/:
 * institutions by name, RUC and function; commitments; accent-insensitive matching; goals
 * leading to their row on the profile; the query and filters in the URL (surviving a reload);
 * the header search box on every page; the page without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from '../support/session.ts';
import { E2E_BASE } from '../support/site.ts';

const session = useBrowserSession();

const MDI = `${E2E_BASE}instituciones/ministerio-del-interior/`;
const CNE = `${E2E_BASE}instituciones/consejo-nacional-electoral/`;

interface Result { href: string; title: string; kind: string; text: string; subs: { href: string; text: string }[] }

/** Page errors and console errors (CSP violations included). */
function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return errors;
}

/** Waits until the status line reports the results of the current query and they are listed. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const s = document.getElementById('estado')?.textContent ?? '';
    return /resultado/.test(s) && !document.getElementById('resultados')?.hasAttribute('aria-busy');
  }, undefined, { timeout: 20_000 });
  return (await page.locator('#estado').innerText()).replace(/\u00a0/g, ' ');
}

async function results(page: Page): Promise<Result[]> {
  return page.locator('#resultados > li').evaluateAll((lis) => lis.map((li) => ({
    href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
    title: li.querySelector('h2 a')?.textContent ?? '',
    kind: li.querySelector('.kind')?.textContent ?? '',
    text: (li as HTMLElement).innerText.replace(/\u00a0/g, ' '),
    subs: [...li.querySelectorAll('.result-subs li')].filter((s) => s.querySelector('a')).map((s) => ({ href: s.querySelector('a')!.getAttribute('href') ?? '', text: (s.querySelector('.sub-kind')?.textContent ?? '') + (s.querySelector('a')!.textContent ?? '') })),
  })));
}

/** Every result, following «Ver más resultados» until there are no more. */
async function allResults(page: Page): Promise<Result[]> {
  const more = page.locator('#mas');
  while (await more.isVisible()) {
    const n = await page.locator('#resultados > li').count();
    await more.click();
    await page.waitForFunction((before) => document.querySelectorAll('#resultados > li').length > before, n);
  }
  return results(page);
}

/** Opens /buscar/?QUERY and returns the status line and the first page of results. */
async function search(query: string): Promise<{ page: Page; status: string; list: Result[]; errors: string[] }> {
  const page = await session.js.newPage();
  const errors = watch(page);
  await page.goto(`${session.server.url}buscar/?${query}`);
  const status = await settled(page);
  return { page, status, list: await results(page), errors };
}

describe('search results', () => {
  it('«interior» lists the Ministerio del Interior profile first, as an institution', async () => {
    const { page, status, list, errors } = await search('q=interior');
    expect(status).toMatch(/^\d+ resultados? para «interior»/);
    expect(list[0]).toMatchObject({ href: MDI, title: 'Ministerio del Interior (MDI)', kind: 'Institución' });
    expect(list[0]!.text).toMatch(/MDI · Ejecutiva · Nacional/);
    // The excerpt marks the words found.
    expect(await page.locator('#resultados > li').first().locator('.result-excerpt mark').first().innerText()).toMatch(/interior/i);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('«electoral» lists the Consejo Nacional Electoral profile first, its goals under it', async () => {
    const { page, list, errors } = await search('q=electoral');
    expect(list[0]).toMatchObject({ href: CNE, kind: 'Institución' });
    // Goals are sections of their institution's record (one index record per page): listed under it, each to its row.
    expect(list[0]!.subs.some((s) => s.href.startsWith(`${CNE}#meta-2023-`) && /^Meta: /.test(s.text))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('«datos abiertos» finds the open-data commitments, each linked in the commitments page', async () => {
    const { page, list, errors } = await search('q=datos+abiertos');
    const commitments = list.find((r) => r.href === `${E2E_BASE}compromisos/`)!;
    expect(commitments, 'the commitments page is a result').toBeTruthy();
    expect(commitments.kind).toBe('Compromiso');
    const subs = commitments.subs.map((s) => s.text);
    expect(subs).toContain('1. Elaboración colaborativa de la política de datos abiertos y la guía para su implementación');
    expect(subs).toContain('2. Re-diseño y actualización del portal de datos abiertos');
    expect(commitments.subs.every((s) => s.href.startsWith(`${E2E_BASE}compromisos/#`))).toBe(true);
    // Following a commitment lands on its heading.
    const sub = commitments.subs.find((s) => s.text.startsWith('2. '))!;
    await page.goto(session.server.url.replace(E2E_BASE, '') + sub.href);
    const id = decodeURIComponent(sub.href.split('#')[1]!);
    expect(await page.locator(`[id="${id}"]`).innerText()).toMatch(/portal de datos abiertos/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a RUC (1798194735001) finds the Ministerio del Interior', async () => {
    const { page, status, list } = await search('q=1798194735001');
    expect(status).toMatch(/^1 resultado para/);
    expect(list[0]!.href).toBe(MDI);
    await page.close();
  });

  it('an ocid finds its SERCOP process, linked to its year on the buyer\'s profile, where the process is', async () => {
    const { page, list, errors } = await search('q=ocds-5wno2w-SIE-IESSDPT-005-2021-39594');
    const hit = list.find((r) => r.kind === 'Proceso de contratación (SERCOP)')!;
    expect(hit, 'a SERCOP process is a result').toBeTruthy();
    expect(hit.href).toBe(`${E2E_BASE}instituciones/instituto-ecuatoriano-de-seguridad-social/?proceso=ocds-5wno2w-SIE-IESSDPT-005-2021-39594#sercop-2021`);
    expect(hit.title).toBe('ADQUISICION DE BIOMATERIALES ODONTOLOGICOS PARA LOS DISPENSARIOS DE LA ZONA 3');
    await page.goto(session.server.url.replace(E2E_BASE, '') + hit.href);
    expect(await page.locator('#sercop').innerText()).toContain('ocds-5wno2w-SIE-IESSDPT-005-2021-39594');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('words of a process title («biomateriales odontologicos») find the SERCOP processes', async () => {
    const { page, list } = await search('q=biomateriales+odontologicos&tipo=proceso');
    // Both processes of the IESS: one result (the buyer's profile in the index), the best as its title, the other under it.
    expect(list.length).toBe(1);
    const links = [list[0]!.href, ...list[0]!.subs.map((s) => s.href)];
    expect(links).toHaveLength(2);
    expect(new Set(links).size).toBe(2);
    expect(links.every((h) => h.includes('instituto-ecuatoriano-de-seguridad-social/?proceso=') && h.endsWith('#sercop-2021'))).toBe(true);
    await page.close();
  });

  it('«contratacion» without the accent finds «contratación»', async () => {
    const { page, list } = await search('q=contratacion');
    expect(list.length).toBeGreaterThan(1);
    expect(list.map((r) => r.href)).toContain(`${E2E_BASE}comparar/contratacion/`);
    // Profiles hold their goals and processes («CONTRATACIÓN DE…»), so most profiles match; with its name, the MDI is found.
    const institutions = await search('q=contratacion+interior&tipo=institucion');
    expect(institutions.list.map((r) => r.href)).toContain(MDI);
    await institutions.page.close();
    const marks = await page.locator('#resultados mark').allInnerTexts();
    expect(marks.some((m) => /contratación/i.test(m)), `marks: ${marks.join(', ')}`).toBe(true);
    await page.close();
  });

  it('a goal («sustancias catalogadas») links to its row on the profile, and the link lands on it', async () => {
    const { page, list, errors } = await search('q=sustancias+catalogadas');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      href: `${MDI}#meta-2023-8`, kind: 'Meta',
      title: '3.2. Cantidad de sustancias catalogadas sujetas a fiscalización depositadas',
    });
    expect(list[0]!.text).toContain('Ministerio del Interior (MDI) · metas 2023');
    expect(list[0]!.text).toContain('cumplimiento 164,85 %');
    await Promise.all([page.waitForURL(`**/ministerio-del-interior/#meta-2023-8`), page.locator('#resultados h2 a').first().click()]);
    const row = page.locator('[id="meta-2023-8"]');
    expect(await row.count()).toBe(1);
    expect(await row.evaluate((r) => r.matches(':target'))).toBe(true);
    expect((await row.innerText()).replace(/\u00a0/g, ' ')).toMatch(/SUSTANCIAS CATALOGADAS[\s\S]*164,85 %/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a goal in the CNE\'s collapsed table of 180 goals: the link opens the table at the row', async () => {
    const { page, list } = await search('q=catastro+de+recintos');
    const links = list.flatMap((r) => [{ href: r.href, text: r.title }, ...r.subs]);
    const hit = links.find((r) => r.text.replace(/^Meta: /, '') === 'Porcentaje de actualización del catastro de recintos electorales')!;
    expect(hit.href.startsWith(`${CNE}#meta-2023-`)).toBe(true);
    await page.locator(`#resultados a[href="${hit.href}"]`).click();
    const row = page.locator(`[id="${hit.href.split('#')[1]}"]`);
    await expect.poll(() => row.evaluate((r) => (r.closest('details') as HTMLDetailsElement | null)?.open ?? true)).toBe(true);
    expect(await row.isVisible()).toBe(true);
    expect(await row.innerText()).toMatch(/catastro de recintos electorales/);
    await page.close();
  });

  it('results are a list of links with title, kind and excerpt; the status line is polite', async () => {
    const { page } = await search('q=seguridad');
    const status = page.locator('#estado');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('ol#resultados').count()).toBe(1);
    const items = page.locator('#resultados > li');
    expect(await items.count()).toBeGreaterThan(0);
    for (const li of (await items.all()).slice(0, 5)) {
      expect(await li.locator('h2 a[href]').count()).toBe(1);
      expect((await li.locator('.kind').innerText()).length).toBeGreaterThan(0);
      expect((await li.locator('.result-excerpt').innerText()).length).toBeGreaterThan(0);
    }
    await page.close();
  });
});

describe('filters, URL and reload', () => {
  it('?tipo=meta keeps only goals; a select adds its filter to the URL', async () => {
    const { page, status, list } = await search('q=seguridad&tipo=meta');
    expect(status).toMatch(/resultados? para «seguridad» \(Meta\)/);
    expect(list.length).toBeGreaterThan(1);
    expect(list.every((r) => r.kind === 'Meta')).toBe(true);
    expect(await page.locator('input[name="tipo"][value="meta"]').isChecked()).toBe(true);
    await page.locator('select[name="nivel"]').selectOption('zonal');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=seguridad&tipo=meta&nivel=zonal');
    await settled(page);
    const zonal = await results(page);
    expect(zonal.length).toBeGreaterThan(0);
    expect(zonal.every((r) => r.href.startsWith(`${E2E_BASE}instituciones/administracion-zonal-manuela-saenz/#meta-`))).toBe(true);
    await page.close();
  });

  it('typing updates ?q= as you type, and the query survives a reload', async () => {
    const page = await session.js.newPage();
    const errors = watch(page);
    await page.goto(`${session.server.url}buscar/`);
    expect(await page.locator('#estado').innerText()).toMatch(/Escriba una palabra/);
    await page.locator('#q').pressSequentially('policia', { delay: 20 });
    await expect.poll(() => new URL(page.url()).search).toBe('?q=policia');
    await settled(page);
    const before = (await results(page)).map((r) => r.href);
    expect(before.length).toBeGreaterThan(0);
    await page.reload();
    expect(await page.locator('#q').inputValue()).toBe('policia');
    await settled(page);
    expect((await results(page)).map((r) => r.href)).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorting by year keeps the pages without a year (last)', async () => {
    const { page } = await search('q=alertas');
    const byRelevance = await allResults(page);
    await page.goto(`${session.server.url}buscar/?q=alertas&orden=anio`);
    await settled(page);
    const byYear = await allResults(page);
    expect(byYear.map((r) => r.href).sort()).toEqual(byRelevance.map((r) => r.href).sort());
    expect(byYear.at(-1)!.kind).not.toBe('Institución');
    await page.close();
  });
});

describe('header search box and no JavaScript', () => {
  it('every page\'s header search submits GET to the search page under the base path', async () => {
    const page = await session.js.newPage();
    for (const path of ['', 'instituciones/', 'instituciones/ministerio-del-interior/', 'metodologia/']) {
      await page.goto(session.server.url + path);
      const form = page.locator('header form[role="search"]');
      expect(await form.getAttribute('action')).toBe(`${E2E_BASE}buscar/`);
      expect((await form.getAttribute('method'))?.toLowerCase()).toBe('get');
      expect(await form.locator('input[name="q"]').count()).toBe(1);
    }
    await page.goto(session.server.url);
    await page.locator('header input[name="q"]').fill('electoral');
    await Promise.all([page.waitForURL('**/buscar/?q=electoral'), page.locator('header form[role="search"] button').click()]);
    expect(new URL(page.url()).pathname).toBe(`${E2E_BASE}buscar/`);
    await settled(page);
    expect((await results(page))[0]!.href).toBe(CNE);
    await page.close();
  });

  it('without JavaScript the page says search needs it and links to the institutions list', async () => {
    const page = await session.nojs.newPage();
    await page.goto(`${session.server.url}buscar/?q=interior`);
    const main = page.locator('main');
    expect(await main.innerText()).toMatch(/La búsqueda necesita JavaScript/);
    const link = main.getByRole('link', { name: 'la lista de instituciones' });
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe(`${E2E_BASE}instituciones/`);
    // No dead controls: the form that would do nothing stays hidden.
    expect(await page.locator('#buscar').isVisible()).toBe(false);
    await page.close();
  });
});
