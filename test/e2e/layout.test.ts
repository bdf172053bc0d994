/**
 * The reader's experience (issue 16), measured in Chromium:
 * - tables that fit: at 1280 px no table wrapper of the comparisons, /instituciones/ or a profile
 *   scrolls sideways; at 375 px the data tables are stacked cards (each cell labelled with its
 *   column) that fit the screen, and no number is clipped;
 * - first screens that answer: the Ministerio del Interior's first phone screen states the capped
 *   72,38 % beside the declared 112,37 % and its 40,39 % budget execution; the home page and the
 *   comparisons show a chart on the first phone screen;
 * - without JavaScript, the controls that need it are hidden and their static alternatives linked;
 * - an embedded chart resizes its iframe to its content; a jump to a report line keeps the lines
 *   above it (the table's header line) in view;
 * - citations wrap with their sentence: no parenthesis sits alone at the start or end of a line
 *   (the goals note's «(archivo.txt)», the report view's file line), from 320 to 1280 px.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from '../support/session.ts';
import { E2E_BASE } from '../support/site.ts';
import { PROFILE } from '../support/pages.ts';

const session = useBrowserSession();

const COMPARISONS = ['comparar/presupuesto/', 'comparar/metas/', 'comparar/contratacion/', 'comparar/contratacion-sercop/'];
const PROFILES = [PROFILE, 'instituciones/consejo-nacional-electoral/', 'instituciones/administracion-zonal-manuela-saenz/', 'instituciones/instituto-ecuatoriano-de-seguridad-social/'];

/** Table wrappers (visible ones, long tables opened) wider than their box: "label scrollWidth/clientWidth". */
async function overflowing(page: Page, selector = '.table-wrap'): Promise<string[]> {
  return page.$$eval(selector, (ws) => {
    for (const d of Array.from(document.querySelectorAll('details'))) d.open = true;
    return ws.filter((w) => (w as HTMLElement).offsetParent !== null && w.scrollWidth > w.clientWidth + 1)
      .map((w) => `${w.getAttribute('aria-label')} ${w.scrollWidth}/${w.clientWidth}`);
  });
}

describe('tables that fit', () => {
  it('at 1280 px no table of the comparisons, /instituciones/ or a profile is wider than its page', async () => {
    const page = await session.js.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const path of [...COMPARISONS, 'instituciones/', ...PROFILES]) {
      await page.goto(`${session.server.url}${path}`);
      expect(await page.locator('.table-wrap').count(), path).toBeGreaterThan(0);
      expect(await overflowing(page), path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(1280);
    }
    await page.close();
  });

  it('at 375 px the data tables are labelled cards that fit, with no clipped number and the source visible', async () => {
    const page = await session.js.newPage();
    for (const path of [...COMPARISONS, 'instituciones/', PROFILE]) {
      await page.goto(`${session.server.url}${path}`);
      expect(await overflowing(page, '.table-wrap:has(> table.stack)'), path).toEqual([]);
      const clipped = await page.$$eval('table.stack td.num', (tds) => tds.filter((td) => (td as HTMLElement).offsetParent !== null && td.scrollWidth > td.clientWidth + 1).map((td) => td.textContent));
      expect(clipped, path).toEqual([]);
      // Every figure cell names its column (from its data-label, or from site.css for the profile's tables).
      const unnamed = await page.$$eval('table.stack td.num', (tds) => tds.filter((td) => (td as HTMLElement).offsetParent !== null && !/^".+"$/.test(getComputedStyle(td, '::before').content)).map((td) => td.textContent));
      expect(unnamed, path).toEqual([]);
    }
    await page.goto(`${session.server.url}comparar/presupuesto/`);
    const mdi = page.locator('#tabla-presupuesto tbody tr', { hasText: 'Ministerio del Interior' }).first();
    const source = mdi.locator('td[data-label="Fuente"] a');
    expect(await source.innerText()).toBe('2023-ministerio-del-interior-rendicion-de-cuentas.txt:164');
    expect(await source.evaluate((a) => { const r = a.getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth; })).toBe(true);
    const pct = mdi.locator('td[data-label="% calculado"]');
    expect((await pct.innerText()).replace(/\u00a0/g, ' ')).toBe('40,39 %');
    expect(await pct.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"% calculado"');
    // A goal's card on the profile (headings from site.css): each figure under its column's name and
    // its source line (data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt:126, goal 1.2: 1,00 / 4,00 / 400,00 %).
    await page.goto(`${session.server.url}${PROFILE}`);
    const goal = await page.locator('#meta-2023-2 td').evaluateAll((tds) => tds.map((td) => [getComputedStyle(td, '::before').content, (td.textContent ?? '').replace(/\u00a0/g, ' ').trim()]));
    expect(goal.slice(2)).toEqual([['"Planificado"', '1'], ['"Alcanzado"', '4'], ['"% declarado"', '400 %'], ['"% calculado"', '400 %'], ['"Fuente"', 'línea 126']]);
    await page.close();
  });
});

describe('figures that fit their cards', () => {
  it('at 375 and 414 px no stat card figure runs past its card (MDI: $26.477.060,41 adjudicado)', async () => {
    const page = await session.js.newPage();
    for (const width of [375, 414]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['', ...PROFILES]) {
        await page.goto(`${session.server.url}${path}`);
        const over = await page.$$eval('.stats li', (lis) => lis.filter((li) => (li as HTMLElement).offsetParent !== null).flatMap((li) => {
          const right = li.getBoundingClientRect().right;
          return Array.from(li.querySelectorAll('*')).filter((e) => e.getBoundingClientRect().right > right + 0.5).map((e) => (e.textContent ?? '').trim());
        }));
        expect(over, `${path} at ${width} px`).toEqual([]);
      }
    }
    await page.goto(`${session.server.url}${PROFILE}`);
    expect(await page.locator('#contratacion .stats li').first().locator('.fit').innerText()).toBe('$26.477.060,41');
    await page.close();
  });

  it('at 1280 px the prose of a profile section stays a readable line (at most 60rem)', async () => {
    const page = await session.js.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${session.server.url}${PROFILE}`);
    const note = page.locator('#metas p.small', { hasText: 'El % total declarado figura' });
    expect((await note.boundingBox())!.width).toBeLessThanOrEqual(960);
    await page.close();
  });
});

describe('first screens that answer (375 × 800)', () => {
  it('the Ministerio del Interior states 72,38 % beside 112,37 % and its budget execution', async () => {
    const page = await session.js.newPage();
    await page.goto(`${session.server.url}${PROFILE}`);
    const headline = page.locator('.stats.headline');
    const box = (await headline.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    const text = (await headline.innerText()).replace(/\u00a0/g, ' ');
    expect(text).toContain('112,37 %');
    expect(text).toContain('72,38 %');
    expect(text).toContain('3 de 11 metas en 0 %');
    expect(text).toContain('40,39 %');
    await page.close();
  });

  it('the home page and every comparison show a chart on the first phone screen', async () => {
    const page = await session.js.newPage();
    for (const path of ['', ...COMPARISONS]) {
      await page.goto(`${session.server.url}${path}`);
      const top = await page.locator('figure.chart .svg-narrow svg').first().evaluate((s) => s.getBoundingClientRect().top);
      expect(top, path || 'home').toBeLessThan(800);
    }
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('hides the controls that need it and links their static alternatives', async () => {
    const page = await session.nojs.newPage();
    for (const path of COMPARISONS) {
      await page.goto(`${session.server.url}${path}`);
      expect(await page.locator('form.filters').isVisible(), path).toBe(false);
      expect(await page.locator('header form[role="search"]').isVisible(), path).toBe(false);
      const note = page.locator('.no-js-only');
      expect(await note.isVisible(), path).toBe(true);
      expect(await note.locator('a').first().getAttribute('href')).toBe(`${E2E_BASE}${path}todas/`);
    }
    await page.goto(`${session.server.url}instituciones/`);
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    expect(await page.locator('.no-js-only a').first().getAttribute('href')).toBe(`${E2E_BASE}instituciones/todas/`);
    await page.goto(`${session.server.url}`);
    expect(await page.locator('main form[role="search"]').isVisible()).toBe(false);
    await page.close();
  });

  it('with JavaScript the same controls are shown and the notes hidden', async () => {
    const page = await session.js.newPage();
    await page.goto(`${session.server.url}comparar/presupuesto/`);
    expect(await page.locator('form.filters').isVisible()).toBe(true);
    expect(await page.locator('header form[role="search"]').isVisible()).toBe(true);
    expect(await page.locator('.no-js-only').isVisible()).toBe(false);
    await page.close();
  });
});

describe('reporter tools', () => {
  it('an embed posts its height and the snippet\'s script resizes the iframe to it', async () => {
    const page = await session.js.newPage();
    await page.goto(`${session.server.url}${PROFILE}`);
    const snippet = await page.locator('textarea[id$="-insertar"]').first().inputValue();
    const src = /<iframe src="([^"]+)"/.exec(snippet)![1]!.replace('https://example.org/cuentas-abiertas/', session.server.url);
    expect(snippet).toContain('<script src="https://example.org/cuentas-abiertas/embed-altura.js" async></script>');
    // A newsroom's page: the iframe with a wrong starting height, then the snippet's script.
    await page.setContent(`<!doctype html><html><body><iframe src="${src}" width="100%" height="50"></iframe>`
      + `<script src="${session.server.url}embed-altura.js"></script></body></html>`);
    const frame = page.frameLocator('iframe');
    await frame.locator('figure').first().waitFor();
    const content = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    expect(content).toBeGreaterThan(200);
    await expect.poll(() => page.locator('iframe').evaluate((f) => f.clientHeight)).toBe(content);
    await page.close();
  });

  it('a jump to a report line keeps the line above it in view', async () => {
    const page = await session.js.newPage();
    await page.goto(`${session.server.url}informes/2023-ministerio-del-interior-rendicion-de-cuentas/#L164`);
    const top = (id: string) => page.locator(`#${id}`).evaluate((li) => li.getBoundingClientRect().top);
    // The line above (the goals table's header line) starts below the top of the screen.
    expect(await top('L163')).toBeGreaterThanOrEqual(0);
    expect(await top('L164')).toBeLessThan(800);
    await page.close();
  });
});

/**
 * Every "(" on the page whose next visible character, or ")" whose previous one, is on another
 * line (text a screen shows, <details> opened): «( alone: …» with the text around it.
 */
async function loneParentheses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const d of Array.from(document.querySelectorAll('details'))) d.open = true;
    const texts: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
    const rectAt = (t: Text, i: number): DOMRect | null => {
      const r = document.createRange();
      r.setStart(t, i);
      r.setEnd(t, i + 1);
      const box = r.getClientRects()[0];
      return box && box.height > 0 ? box : null;
    };
    const neighbour = (k: number, i: number, step: 1 | -1): DOMRect | null => {
      let t = k;
      let j = i + step;
      while (t >= 0 && t < texts.length) {
        const d = texts[t]!.data;
        for (; j >= 0 && j < d.length; j += step) {
          if (/\s/.test(d[j]!)) continue;
          const r = rectAt(texts[t]!, j);
          if (r) return r;
        }
        t += step;
        if (t >= 0 && t < texts.length) j = step > 0 ? 0 : texts[t]!.data.length - 1;
      }
      return null;
    };
    const sameLine = (a: DOMRect, b: DOMRect) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5 * Math.min(a.height, b.height);
    const out: string[] = [];
    texts.forEach((t, k) => {
      for (let i = 0; i < t.data.length; i++) {
        const c = t.data[i];
        if (c !== '(' && c !== ')') continue;
        const r = rectAt(t, i);
        const other = r && neighbour(k, i, c === '(' ? 1 : -1);
        if (r && other && !sameLine(r, other)) out.push(`${c} alone: «${t.data.slice(Math.max(0, i - 30), i + 30).replace(/\s+/g, ' ')}»`);
      }
    });
    return out;
  });
}

describe('citations wrap with their sentence', () => {
  const PAGES = [
    PROFILE, 'instituciones/instituto-ecuatoriano-de-seguridad-social/', 'compromisos/', 'comparar/metas/',
    'informes/2023-ministerio-del-interior-rendicion-de-cuentas/', 'embed/instituciones/ministerio-del-interior/metas/',
  ];

  it('the goals note cites the report and line of the stated total inline, its parentheses around the link', async () => {
    const page = await session.js.newPage();
    await page.goto(`${session.server.url}${PROFILE}`);
    const note = page.locator('#metas p.small', { hasText: 'El % total declarado figura' });
    expect(await note.locator('cite.src').evaluate((c) => getComputedStyle(c).display)).toBe('inline');
    // the stated total's own line: «TOTAL % CUMPLIMIENTO DE LA GESTIÓN: … 112,37 %» is line 146 of the report
    expect(await note.locator('cite.src a').innerText()).toBe('(2023-ministerio-del-interior-rendicion-de-cuentas.txt:146)');
    expect(await note.locator('cite.src a').getAttribute('href')).toMatch(/\/informes\/2023-ministerio-del-interior-rendicion-de-cuentas\/#L146$/);
    expect(await note.locator('cite.src a .nobr').allInnerTexts()).toEqual(['(2', '6)']);
    await page.close();
  });

  it('no parenthesis sits alone at the start or end of a line, from 320 to 1280 px', async () => {
    const page = await session.js.newPage();
    for (const width of [320, 375, 414, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of PAGES) {
        await page.goto(`${session.server.url}${path}`);
        expect(await loneParentheses(page), `${path} at ${width} px`).toEqual([]);
      }
    }
    // The check finds the old markup's lone parentheses: «(» + a citation on a line of its own + «)».
    await page.setViewportSize({ width: 375, height: 900 });
    await page.goto(`${session.server.url}${PROFILE}`);
    await page.locator('#metas p.small').first().evaluate((p) => {
      p.innerHTML = 'El % total declarado figura al pie de la tabla de metas del informe (<cite class="src" style="display: block">2023-ministerio-del-interior-rendicion-de-cuentas.txt</cite>); los promedios se calculan aquí.';
    });
    expect(await loneParentheses(page)).toEqual(['( alone: «la tabla de metas del informe (»', ') alone: «); los promedios se calculan a»']);
    await page.close();
  });
});
