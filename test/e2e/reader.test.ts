/**
 * The reader's experience (issue 16, items 3, 5, 7 and 8) in Chromium on the built site:
 * - alerts in plain Spanish: no field name or flag code visible on a profile, the technical
 *   message behind "Detalle técnico"; one alert count: the comparison chip says the N of the
 *   profile's "Alertas (N)"; the chip's row marks the affected value;
 * - honest coverage: "Instituciones con cifras: X de Y"; institutions with figures first; the
 *   Quito municipality links to and summarizes its zonal administration;
 * - wording: "la ejecución presupuestaria más alta / más baja", articles before names;
 * - the comparison CSV ends with an "Alertas" column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, useBrowser } from '../support/session.ts';
import { E2E_DIST } from '../support/site.ts';

const MDI = 'instituciones/ministerio-del-interior/';
/** Field names and flag codes of the data that must never be visible on a profile. */
const TECHNICAL = /\b(executed|achieved|planned|pct_reported|pct_computed|budget_lines|budget_summaries|goals\.|number_repaired|total_mismatch|value_suspicious|value_missing|institution_inferred|fragment)\b/;

const session = useBrowser({ ctx: { viewport: DESKTOP }, nojs: { viewport: PHONE, javaScriptEnabled: false } });

const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('alerts in plain Spanish, one count', () => {
  it.each([MDI, 'instituciones/instituto-ecuatoriano-de-seguridad-social/', 'instituciones/consejo-nacional-electoral/'])(
    '%s shows no field name or flag code; the technical detail is behind a closed disclosure', async (path) => {
      const page = await session.nojs.newPage();
      await page.goto(session.server.url + path);
      const visible = await page.locator('main').innerText();
      expect(visible).not.toMatch(TECHNICAL);
      const details = page.locator('#alertas details:has(> summary:text("Detalle técnico"))');
      const n = await details.count();
      for (let i = 0; i < n; i++) expect(await details.nth(i).getAttribute('open')).toBeNull();
      await page.close();
    });

  it('the budget comparison chip counts what the profile counts, and marks the affected value', async () => {
    const page = await session.ctx.newPage();
    await page.goto(session.server.url + MDI);
    const toc = await page.locator('nav.toc').innerText();
    const n = Number(/Alertas \((\d+)\)/.exec(toc)![1]);
    expect(n).toBeGreaterThan(0);
    await page.goto(session.server.url + 'comparar/presupuesto/');
    const row = page.locator('tr[data-institution="ministerio-del-interior"]').first();
    const chip = nb(await row.locator('th .flag').innerText());
    expect(chip).toBe(`${n} ${n === 1 ? 'alerta' : 'alertas'} de calidad de datos`);
    // The flagged figure is marked in its own cell, with a reader's sentence (no field names).
    const marks = row.locator('td .flag-mark a');
    expect(await marks.count()).toBeGreaterThan(0);
    const title = (await marks.first().getAttribute('title'))!;
    expect(title).toMatch(/^El monto ejecutado que declara el informe no coincide con la suma de sus partes\./);
    expect(title).not.toMatch(TECHNICAL);
    await page.close();
  });

  it('the comparison CSV ends with an "Alertas" column of reader sentences', () => {
    const csv = readFileSync(join(E2E_DIST, 'comparar/presupuesto.csv'), 'utf8').replace(/^\ufeff/, '');
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]!.at(-1)).toBe('Alertas');
    const mdi = rows.find((r) => r[0] === 'Ministerio del Interior')!;
    expect(mdi.at(-1)).toMatch(/^El monto ejecutado que declara el informe no coincide con la suma de sus partes\./);
  });
});

describe('honest coverage and hierarchy', () => {
  it('the home page counts institutions with figures, /instituciones/ says it and lists them first', async () => {
    const page = await session.nojs.newPage();
    await page.goto(session.server.url);
    const stats = nb(await page.locator('ul.stats').innerText());
    const m = /Instituciones con cifras\s*(\d+) de (\d+)/.exec(stats)!;
    expect(Number(m[1])).toBeLessThan(Number(m[2]));
    await page.goto(session.server.url + 'instituciones/');
    expect(nb(await page.locator('p.lead').innerText())).toContain(`Instituciones con cifras: ${m[1]} de ${m[2]}`);
    // The first row has figures: a budget or a goals percentage, not "no reportado" everywhere.
    const first = nb(await page.locator('#tabla-instituciones tbody tr').first().innerText());
    expect(first).toMatch(/\d %/);
    await page.close();
  });

  it('the Quito municipality links to its zonal administration and says what it reported', async () => {
    const page = await session.nojs.newPage();
    await page.goto(session.server.url + 'instituciones/municipio-del-distrito-metropolitano-de-quito/');
    const section = page.locator('#entidades');
    expect(await section.count()).toBe(1);
    const text = nb(await section.innerText());
    expect(text).toMatch(/La Administración Zonal Manuela Sáenz, que depende de la Secretaría General de Coordinación Territorial y Participación Ciudadana, publicó \d+ informes? \(/);
    expect(text).toMatch(/ejecutaron [\d,]+ % de lo codificado|ejecutó [\d,]+ % de su presupuesto/);
    await section.locator('a', { hasText: 'Administración Zonal Manuela Sáenz' }).click();
    expect(page.url()).toMatch(/instituciones\/administracion-zonal-manuela-saenz\/$/);
    await page.close();
  });
});

describe('wording', () => {
  it('the budget comparison says the highest and lowest execution, with articles', async () => {
    const page = await session.nojs.newPage();
    await page.goto(session.server.url + 'comparar/presupuesto/');
    const main = nb(await page.locator('main').innerText());
    expect(main).not.toMatch(/la mayor parte de su presupuesto|se suman en centavos/);
    expect(main).toMatch(/tiene la ejecución presupuestaria más alta \([\d,]+ % en \d{4}\) y (el|la) [^,]+, la más baja/);
    await page.close();
  });
});
