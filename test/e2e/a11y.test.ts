/**
 * Accessibility gates in Chromium on the site built under a sub-path:
 * - axe-core on every page type: no serious or critical violation (the message names the
 *   page, the rule and the offending selectors);
 * - keyboard only: Tab reaches every link, button, input, select, summary and focusable
 *   region of a profile and a comparison in document order, each with a visible focus
 *   indicator, and focus leaves the page at the end (no trap); Shift+Tab walks back;
 * - charts: every svg[role=img] and every chart <img> (a chart written as an SVG file, in a
 *   figure.chart) has a non-empty accessible name (aria-label / alt) and a data table alternative
 *   in its figure, its section, or the table its figure is bound to (data-variants-for); an
 *   embed page (an <iframe> widget) links to the figure on its full page instead.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, useBrowser } from '../support/session.ts';
import { E2E_BASE } from '../support/site.ts';
import { PROFILE, allPageTypes } from '../support/pages.ts';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// axe is injected as a page script: the site's CSP (tested in csp.test.ts) would block it.
const session = useBrowser({ ctx: { viewport: DESKTOP, bypassCSP: true } });

async function open(path: string, status = 200): Promise<Page> {
  const page = await session.ctx.newPage();
  const res = await page.goto(session.server.url + path);
  expect(res?.status(), `${path || '/'}: HTTP status`).toBe(status);
  return page;
}

/** Charts without an accessible name or without a data-table alternative (see the header). */
async function chartProblems(page: Page, name: string): Promise<string[]> {
  return page.evaluate((pageName) => {
    const out: string[] = [];
    const describe = (el: Element) => {
      const fig = el.closest('figure');
      const title = fig?.querySelector('figcaption h2, figcaption h3, figcaption h4') ?? fig?.querySelector('h2, h3, h4, figcaption');
      return title?.textContent?.trim().slice(0, 60) ?? el.getAttribute('aria-label')?.slice(0, 60) ?? '(sin título)';
    };
    for (const svg of Array.from(document.querySelectorAll('svg[role="img"], figure.chart img'))) {
      const label = (svg.getAttribute(svg.localName === 'img' ? 'alt' : 'aria-label') ?? '').trim();
      const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      const labelled = ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim();
      if (!label && !labelled) out.push(`${pageName}: ${svg.localName === 'img' ? 'img without alt' : 'svg[role=img] without aria-label/aria-labelledby'} in «${describe(svg)}»`);
      const fig = svg.closest('figure');
      const box = fig?.closest('section, article');
      const bound = fig?.getAttribute('data-variants-for');
      const table = fig?.querySelector('table') ?? box?.querySelector('table') ?? (bound ? document.querySelector(`table#${CSS.escape(bound)}`) : null);
      // An embed (an <iframe> widget) may instead link to its full page, where the table is.
      const embed = document.body.classList.contains('embed') || /\/embed\//.test(location.pathname);
      const back = embed && Array.from(document.querySelectorAll('main a[href]')).some((a) => {
        const u = new URL((a as HTMLAnchorElement).href);
        const root = location.pathname.slice(0, location.pathname.indexOf('/embed/') + 1);
        return u.origin === location.origin && !u.pathname.includes('/embed/') && u.pathname !== root;
      });
      if (!fig) out.push(`${pageName}: chart ${svg.localName} outside a <figure> («${describe(svg)}»)`);
      else if (!table && !back) out.push(`${pageName}: chart «${describe(svg)}» has no data table in its figure or section${embed ? ' (nor a link to its full page)' : ''}`);
    }
    return [...new Set(out)];
  }, name);
}

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }

// One visit per page type: axe-core, then the charts' text alternatives.
describe('axe-core (no serious or critical violations) and chart text alternatives', () => {
  it.each(allPageTypes().map((p) => [p.name, p] as const))('%s', async (_name, p) => {
    const page = await open(p.path, p.status);
    const charts = await chartProblems(page, p.name);
    await page.addScriptTag({ content: AXE });
    const violations = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations;
    })) as AxeViolation[];
    const bad = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${p.name} (${E2E_BASE}${p.path}): ${v.id} [${v.impact}] ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5})` : ''}`);
    expect(bad, bad.join('\n')).toEqual([]);
    expect(charts, charts.join('\n')).toEqual([]);
    await page.close();
  });
});

/** Marks every element that should take focus by Tab, in document order, and returns how many. */
async function markTabbables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sel = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]';
    const out: string[] = [];
    let i = 0;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(sel))) {
      if ((el as HTMLButtonElement).disabled || el.tabIndex < 0) continue;
      if (el.tagName === 'SUMMARY' && el.parentElement?.querySelector(':scope > summary') !== el) continue;
      if (el.closest('[inert]')) continue;
      // Rendered (not inside hidden/closed-details content) and not visibility:hidden.
      if (!el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) continue;
      el.dataset.kb = String(i++);
      const label = (el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).name || '').replace(/\s+/g, ' ').trim().slice(0, 40);
      out.push(`<${el.tagName.toLowerCase()}> ${label}`);
    }
    return out;
  });
}

interface FocusState { kb: string | null; tag: string; label: string; visible: boolean }

async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { kb: null, tag: 'body', label: '', visible: false };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    return {
      kb: el.dataset.kb ?? null,
      tag: el.tagName.toLowerCase(),
      label: (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40),
      visible: outline || shadow,
    };
  });
}

describe('keyboard only', () => {
  it.each([
    ['profile', PROFILE],
    ['budget comparison', 'comparar/presupuesto/'],
  ])('Tab reaches every control of the %s page in order, with visible focus and no trap', async (name, path) => {
    const page = await open(path);
    const expected = await markTabbables(page);
    expect(expected.length, `${name}: controls found`).toBeGreaterThan(10);
    await page.locator('body').focus();
    const problems: string[] = [];
    let left = false;
    for (let step = 0; step <= expected.length; step++) {
      await page.keyboard.press('Tab');
      const s = await focusState(page);
      if (step === expected.length) {
        // Past the last control, focus leaves the document (or wraps to the first control).
        left = s.kb === null || s.kb === '0';
        if (!left) problems.push(`${name}: after the last control focus stays on <${s.tag}> ${s.label} (focus trap)`);
        break;
      }
      if (s.kb !== String(step)) {
        problems.push(`${name}: Tab #${step + 1} should focus ${expected[step]} but focused <${s.tag}> ${s.label} (data-kb=${s.kb})`);
        break;
      }
      if (!s.visible) problems.push(`${name}: no visible focus indicator on ${expected[step]}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);

    // Shift+Tab from the last control walks back to the first.
    await page.locator(`[data-kb="${expected.length - 1}"]`).focus();
    for (let step = expected.length - 2; step >= 0; step--) {
      await page.keyboard.press('Shift+Tab');
      const s = await focusState(page);
      if (s.kb !== String(step)) {
        problems.push(`${name}: Shift+Tab should focus ${expected[step]} but focused <${s.tag}> ${s.label}`);
        break;
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
    await page.close();
  });

  it('the skip link is the first stop and moves focus to the main content', async () => {
    const page = await open(PROFILE);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'profile: first Tab stop').toBe('Saltar al contenido');
    expect(await page.locator('a.skip').evaluate((a) => a.getBoundingClientRect().top >= 0), 'profile: skip link visible when focused').toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id), 'profile: focus after the skip link').toBe('contenido');
    await page.close();
  });
});
