/**
 * Builds the site from the fixture under a sub-path and checks the static output: the profile
 * carries its static SVG charts and es-EC figures, every internal link carries the base, and the
 * data downloads exist. (The full link checker is test/e2e/links.test.ts.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR, NBSP } from './helpers.ts';
import { pageScripts, sourceInlineScripts } from '../../src/integrations/csp.mjs';
import { readCsv } from '../../src/lib/csv.ts';

const BASE = '/cuentas-abiertas/';
let out = '';
const read = (rel: string) => readFileSync(path.join(out, rel), 'utf8');

beforeAll(() => {
  out = mkdtempSync(path.join(os.tmpdir(), 'site-build-'));
  execFileSync('npx', ['astro', 'build', '--silent'], {
    env: { ...process.env, DATA_DIR: FIXTURE_DIR, BASE_PATH: BASE, OUT_DIR: out, SITE_URL: 'https://example.org' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
});
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('static build of the fixture with BASE_PATH', () => {
  it('profile of the Ministerio del Interior: static SVG, es-EC figures, anchors', () => {
    const html = read('instituciones/ministerio-del-interior/index.html');
    expect(html).toContain('<html lang="es"');
    // Each chart is a pair of SVG files next to the page (phone and wide), not SVG inside the HTML.
    expect(html).not.toMatch(/<svg[^>]*role="img"/);
    const dir = `${BASE}instituciones/ministerio-del-interior/`;
    expect(html).toContain(`<source media="(min-width: 44rem), print" srcset="${dir}grafico-presupuesto-2023.svg" width="680"`);
    expect(html).toContain(`<img src="${dir}grafico-presupuesto-2023-movil.svg" width="340"`);
    expect(html).toContain('alt="Presupuesto planificado y ejecutado por línea, Ministerio del Interior, 2023"');
    for (const f of ['grafico-presupuesto-2023.svg', 'grafico-presupuesto-2023-movil.svg', 'grafico-metas-2023.svg', 'grafico-contratacion-2023-movil.svg']) {
      const svg = read(`instituciones/ministerio-del-interior/${f}`);
      // svgo orders the root's attributes its own way and draws bars as paths.
      expect(svg, f).toMatch(/^<svg(?=[^>]*\srole="img")(?=[^>]*\sxmlns="http:\/\/www.w3.org\/2000\/svg")(?=[^>]*\saria-label="[^"]+")[^>]*>/);
      expect(svg, f).toContain(f.includes('presupuesto') ? 'Egresos en personal' : '<path');
      // An <img> shows no tooltip: the files leave the bars' <title> out (the values are printed).
      expect(svg, f).not.toContain('<title>');
      expect(svg, f).toContain('<desc>');
    }
    // The embed page shows the same file (one copy of each chart in the site).
    const embed = read('embed/instituciones/ministerio-del-interior/presupuesto/index.html');
    expect(embed).not.toContain('<svg');
    expect(embed).toContain(`<img src="${dir}grafico-presupuesto-2023-movil.svg"`);
    expect(html).toContain('$78.537.516,23');
    expect(html).toContain(`40,39${NBSP}%`);
    for (const id of ['presupuesto', 'metas', 'contratacion', 'recomendaciones', 'bienes', 'deliberacion', 'compromisos', 'alertas', 'meta-2023-11']) {
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toContain('data-pagefind-body');
    // Every inline script of the page is one the sources wrote (found by an HTML parser); the
    // hostile-report tests (test/e2e/hostile*.test.ts) feed report text that tries to add one.
    const { inline } = pageScripts(html);
    const trusted = sourceInlineScripts('src');
    expect(inline.length).toBeGreaterThan(0);
    expect(inline.filter((s) => !trusted.has(s))).toEqual([]);
  });

  it('every internal href, src and action starts with the base', () => {
    const pages = ['index.html', 'instituciones/index.html', 'instituciones/ministerio-del-interior/index.html', 'comparar/presupuesto/index.html', 'compromisos/index.html', 'datos/index.html', '404.html'];
    const bad: string[] = [];
    for (const p of pages) {
      for (const m of read(p).matchAll(/\s(?:href|src|srcset|action)="([^"]*)"/g)) {
        const v = m[1]!;
        if (/^(?:https?:|#)/.test(v)) continue;
        if (!v.startsWith(BASE)) bad.push(`${p}: ${v}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('data downloads and comparison CSVs are generated', () => {
    expect(existsSync(path.join(out, 'datos/goals.csv'))).toBe(true);
    // Published once, as CSV: /datos/ derives the JSON in the browser (src/lib/csv-json.ts).
    expect(readCsv(read('datos/budget_summaries.csv')).some((row) => row.includes('78537516.23'))).toBe(true);
    expect(existsSync(path.join(out, 'datos/budget_summaries.json'))).toBe(false);
    expect(read('comparar/presupuesto.csv').split('\n')[0]).toBe('\ufeffInstitución,Año,Codificado (USD),Ejecutado (USD),% declarado,% calculado,Base,Función,Nivel,Fuente,Alertas');
    expect(read('informes/2023-ministerio-del-interior-rendicion-de-cuentas/index.html')).toContain('<li id=L164>');
  });
});
