/**
 * Reader journeys in Chromium on the site built under a sub-path:
 * - home → institution → section anchor (the in-page "Metas" link lands on #metas, in view);
 * - comparison filter → URL → reload (the filter and the visible rows survive a reload);
 * - search → result → goal anchor (the goal's row is the target, in view, with its figures);
 * - a deep link to a goal inside a collapsed long table opens it;
 * - with JavaScript off, every page type still shows its numbers, tables and charts.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBrowserSession } from '../support/session.ts';
import { E2E_BASE } from '../support/site.ts';
import { PROFILE, allPageTypes } from '../support/pages.ts';

const session = useBrowserSession();

/** Whether the element's box intersects the viewport. */
async function inViewport(el: Locator): Promise<boolean> {
  return el.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.height > 0 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
  });
}

const text = async (l: Locator) => (await l.innerText()).replace(/\u00a0/g, ' ');

/**
 * Tracks page errors and console errors (CSP reports included) of a page: a journey must not
 * log any. The 404 page's own status is expected, so "Failed to load resource" for the
 * document itself is not an error.
 */
function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (/Failed to load resource: .*404/.test(m.text()) && m.location().url === page.url()) return;
    errors.push(`console: ${m.text()}`);
  });
  return errors;
}

describe('journeys with JavaScript on', () => {
  it('home → Ministerio del Interior → its "Metas" section', async () => {
    const page = await session.js.newPage();
    const errors = watch(page);
    await page.goto(session.server.url);
    const link = page.locator(`main a[href="${E2E_BASE}${PROFILE}"]`).first();
    expect(await link.count(), 'home: a link to the Ministerio del Interior profile').toBe(1);
    await Promise.all([page.waitForURL(`**/${PROFILE}`), link.click()]);
    expect(new URL(page.url()).pathname).toBe(`${E2E_BASE}${PROFILE}`);
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/Ministerio del Interior/);

    await page.locator('nav.toc a[href="#metas"]').click();
    await expect.poll(() => page.evaluate(() => location.hash), { message: 'profile: hash after the Metas link' }).toBe('#metas');
    const target = page.locator('#metas');
    await expect.poll(() => inViewport(target), { message: 'profile: #metas in the viewport' }).toBe(true);
    expect(await text(target.locator('h2'))).toMatch(/Metas/);
    expect(await text(target)).toContain('112,37 %');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('budget comparison: a filter goes to the URL and survives a reload', async () => {
    const page = await session.js.newPage();
    const errors = watch(page);
    await page.goto(`${session.server.url}comparar/presupuesto/`);
    const rows = page.locator('#tabla-presupuesto tbody tr');
    const visibleNames = () => page.locator('#tabla-presupuesto tbody tr:not([hidden]) th[scope=row] > a').allInnerTexts();
    const total = await rows.count();
    expect(total, 'budget comparison: rows').toBeGreaterThanOrEqual(3);
    expect(await visibleNames()).toHaveLength(total);

    await page.locator('form.filters select[name="year"]').selectOption('2023');
    await expect.poll(() => new URL(page.url()).search, { message: 'budget comparison: query after the filter' }).toBe('?year=2023');
    const filtered = await visibleNames();
    expect(filtered.length, 'budget comparison: rows of 2023').toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(total);
    expect(filtered).toContain('Ministerio del Interior');
    expect(filtered.join(' ')).not.toMatch(/Manuela Sáenz/);
    const count = await text(page.locator('[data-count-for="tabla-presupuesto"]'));
    expect(count).toBe(`${filtered.length} de ${total} filas`);

    await page.reload();
    expect(new URL(page.url()).search, 'budget comparison: query after reload').toBe('?year=2023');
    expect(await page.locator('form.filters select[name="year"]').inputValue(), 'budget comparison: filter after reload').toBe('2023');
    expect(await visibleNames(), 'budget comparison: visible rows after reload').toEqual(filtered);
    // The chart shown is the one pre-rendered for this filter state, and it counts these rows.
    const shown = page.locator('[data-variants-for="tabla-presupuesto"] [data-subset]:not([hidden])');
    expect(await shown.count(), 'budget comparison: one chart variant shown').toBe(1);
    expect((await shown.getAttribute('data-subset'))!.split(' ')).toContain('2023|||');
    expect(Number(await shown.getAttribute('data-count'))).toBe(filtered.length);
    expect(await page.locator('[data-variant-note]').isVisible()).toBe(false);

    // Clearing the filter empties the query and shows every row again.
    await page.locator('form.filters button[type="reset"]').click();
    await expect.poll(() => new URL(page.url()).search, { message: 'budget comparison: query after Limpiar' }).toBe('');
    await expect.poll(async () => (await visibleNames()).length).toBe(total);
    expect(errors).toEqual([]);
    await page.close();
  });

  // The search page itself is tested in test/e2e/search.test.ts (Pagefind); this journey only
  // needs a search box in main where typing a goal's words lists a result linking to the goal's
  // anchor on its institution's profile.
  it('search → result → goal anchor on the profile', async () => {
    const page = await session.js.newPage();
    const errors = watch(page);
    await page.goto(`${session.server.url}buscar/`);
    const box = page.locator('main input[type="search"]').first();
    await box.fill('sustancias catalogadas');
    await box.press('Enter');
    const result = page.locator(`main a[href*="${PROFILE}#"]:visible`).first();
    await result.waitFor({ timeout: 15_000 });
    const href = (await result.getAttribute('href'))!;
    const anchor = decodeURIComponent(href.split('#')[1]!);
    expect(anchor, 'search: result links to a goal anchor').toMatch(/^meta-/);
    await Promise.all([page.waitForURL(`**/${PROFILE}#*`), result.click()]);
    expect(new URL(page.url()).pathname).toBe(`${E2E_BASE}${PROFILE}`);
    const target = page.locator(`[id="${anchor}"]`);
    await expect.poll(() => inViewport(target), { message: `profile: #${anchor} in the viewport` }).toBe(true);
    const row = await text(target);
    expect(row).toMatch(/SUSTANCIAS CATALOGADAS/);
    expect(row).toContain('164,85 %');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link to a goal in a collapsed long table (CNE, 180 goals) opens it and shows the row', async () => {
    const page = await session.js.newPage();
    const errors = watch(page);
    await page.goto(`${session.server.url}instituciones/consejo-nacional-electoral/`);
    const details = page.locator('#metas details');
    expect(await details.count(), 'CNE profile: the long goals table is collapsed').toBeGreaterThan(0);
    expect(await details.first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const anchor = await page.locator('#metas details tbody tr[id]').nth(100).getAttribute('id');
    await page.goto(`${session.server.url}instituciones/consejo-nacional-electoral/#${anchor}`);
    const target = page.locator(`[id="${anchor}"]`);
    await expect.poll(() => target.evaluate((t) => (t.closest('details') as HTMLDetailsElement).open), { message: 'CNE profile: details opened' }).toBe(true);
    await expect.poll(() => inViewport(target), { message: `CNE profile: #${anchor} in the viewport` }).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** What each page type must show with JavaScript off (a figure, and whether it has charts). */
const NOJS: Record<string, { figures: RegExp[]; charts: boolean }> = {
  'home': { figures: [/\d+,\d{2} %/], charts: true },
  // First 50 rows by name: with SERCOP's 287 buyers listed, the Ministerio del Interior is past them;
  // the Administración Zonal Manuela Sáenz (first by name) shows its figures.
  'institutions table': { figures: [/\$5\.500,00/, /88,8 %/], charts: false },
  'profile (Ministerio del Interior)': { figures: [/\$78\.537\.516,23/, /40,39 %/, /112,37 %/, /164,85 %/], charts: true },
  'profile with targets only (CNE)': { figures: [/Metas publicadas\s+180/], charts: false },
  'profile from an informe de gestión': { figures: [/\$4\.884,15/, /88,8 %/], charts: false },
  'comparisons index': { figures: [/\d+ informes/], charts: false },
  'budget comparison': { figures: [/\$78\.537\.516,23/, /40,39 %/], charts: true },
  'goals comparison': { figures: [/112,37 %/], charts: true },
  // The IESS's 12 processes in data/contracts sum to $245.314,73 (each rounded to the cent; fixture README).
  'procurement comparison (SERCOP)': { figures: [/\$245\.314,73/], charts: true },
  // The IESS's own figures are SERCOP's (tables); its fragment's budget charts are on its unit's profile.
  'profile with SERCOP processes (IESS)': { figures: [/\$245\.314,73/, /\$184\.771,79/], charts: false },
  'procurement comparison': { figures: [/\$\d{1,3}(\.\d{3})+,\d{2}/], charts: true },
  'commitments': { figures: [/\d{4}/], charts: true },
  'data': { figures: [/budget_lines/], charts: false },
  'methodology': { figures: [/244\.072\.392,41/], charts: false },
  // Search needs JavaScript; without it the page says so and links to the browsable lists.
  'search': { figures: [/JavaScript/, /instituciones/], charts: false },
  'report source view': { figures: [/\$78\.537\.516,23/], charts: false },
  '404': { figures: [/no (existe|encontr)/i], charts: false },
};

describe('with JavaScript off every page type shows its numbers, tables and charts', () => {
  it.each(allPageTypes().map((p) => [p.name, p] as const))('%s', async (name, p) => {
    const page = await session.nojs.newPage();
    const errors = watch(page);
    const res = await page.goto(session.server.url + p.path);
    expect(res?.status(), `${name}: status`).toBe(p.status ?? 200);
    const want = NOJS[name] ?? { figures: [/\d/], charts: /embed|insertar|incrustar/.test(p.path) };
    const main = await text(page.locator('main'));
    for (const f of want.figures) expect(main, `${name}: shows ${f}`).toMatch(f);
    const charts = page.locator('main svg[role="img"], main figure.chart img');
    if (want.charts) {
      // At least one rendering of each chart is laid out (narrow or wide, by CSS).
      const sizes = await charts.evaluateAll((svgs) => svgs.map((s) => { const r = s.getBoundingClientRect(); return r.width * r.height; }));
      expect(sizes.filter((a) => a > 0).length, `${name}: a visible chart without JavaScript`).toBeGreaterThan(0);
    }
    // Every table row is visible (filters need JavaScript; without it nothing is hidden).
    const hiddenRows = await page.locator('main table tbody tr').evaluateAll((trs) => trs.filter((t) => (t as HTMLElement).hidden).length);
    expect(hiddenRows, `${name}: table rows hidden without JavaScript`).toBe(0);
    // Controls that need JavaScript stay hidden instead of doing nothing.
    const dead = await page.locator('main button[data-csv-for]').evaluateAll((bs) => bs.filter((b) => !(b as HTMLElement).hidden).length);
    expect(dead, `${name}: JavaScript-only buttons shown without JavaScript`).toBe(0);
    expect(errors, `${name}: errors`).toEqual([]);
    await page.close();
  });

  it('a comparison linked with a filter in its URL shows every row and the full chart without JavaScript', async () => {
    const page = await session.nojs.newPage();
    await page.goto(`${session.server.url}comparar/presupuesto/?year=2021`);
    const rows = await page.locator('#tabla-presupuesto tbody tr').count();
    expect(await page.locator('#tabla-presupuesto tbody tr:visible').count(), 'budget comparison without JS: rows').toBe(rows);
    expect(await page.locator('[data-variants-for] [data-subset]:not([hidden])').count()).toBe(1);
    await page.close();
  });
});
