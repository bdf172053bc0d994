/**
 * CONTRIBUTING's layer rule («Qué puede importar qué»), checked on every import of src/: the
 * TypeScript scanner reads each module's imports (an .astro file's frontmatter and scripts too),
 * and each relative import is resolved to the top folder of src/ it lands in.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isPdf, pageOfLine } from '../../src/lib/pdf.ts';

const SRC = path.resolve(import.meta.dirname, '../../src');

interface Import { from: string; to: string }

/** Every relative import of src/, as paths relative to src/; bare packages as `package:<name>`. */
function importsOf(root: string): Import[] {
  const out: Import[] = [];
  for (const file of fs.readdirSync(root, { recursive: true }) as string[]) {
    if (!/\.(ts|mjs|astro)$/.test(file)) continue;
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      const to = fileName.startsWith('.') ? path.relative(root, path.resolve(root, path.dirname(file), fileName)) : `package:${fileName}`;
      out.push({ from: file, to });
    }
  }
  return out;
}

const top = (p: string) => (p.startsWith('package:') ? p : p.split(path.sep)[0]!);

/** What each layer must not import (top folders of src/, or `package:` prefixes), and the one allowed exception. */
const FORBIDDEN: readonly { layer: string; never: readonly string[]; except?: readonly string[] }[] = [
  { layer: 'schema', never: ['lib', 'ingest', 'site', 'charts', 'corpus', 'components', 'pages', 'layouts'] },
  { layer: 'lib', never: ['ingest', 'site', 'charts', 'corpus', 'components', 'pages', 'layouts', 'package:astro'] },
  { layer: 'ingest', never: ['site', 'charts', 'components', 'pages', 'layouts', 'package:astro'] },
  // The site reads each format's label and description from its one descriptor (the parser table).
  { layer: 'site', never: ['ingest', 'components', 'pages'], except: [path.join('ingest', 'parsers', 'index.ts')] },
  { layer: 'components', never: ['ingest'] },
  { layer: 'pages', never: ['ingest'] },
  { layer: 'layouts', never: ['ingest'] },
  { layer: 'scripts', never: ['ingest'] },
];

/** The imports that break FORBIDDEN, as "from → to". */
function violations(imports: readonly Import[]): string[] {
  return imports.flatMap(({ from, to }) => {
    const rule = FORBIDDEN.find((r) => top(from) === r.layer);
    if (!rule || rule.except?.includes(to)) return [];
    const hit = rule.never.some((n) => (n.startsWith('package:') ? to.startsWith(n) : top(to) === n));
    return hit ? [`${from} → ${to}`] : [];
  });
}

describe('layer rule', () => {
  it('no module of src/ imports a layer it must not (site, components and pages never import ingest/)', () => {
    const imports = importsOf(SRC);
    expect(imports.length).toBeGreaterThan(300);
    expect(violations(imports)).toEqual([]);
  });

  it('the check sees a site → ingest import, also from an .astro page, and the allowed descriptor table', () => {
    expect(violations([
      { from: path.join('site', 'x.ts'), to: path.join('ingest', 'pdf', 'lines.ts') },
      { from: path.join('pages', 'x.astro'), to: path.join('ingest', 'procedures.ts') },
      { from: path.join('site', 'format.ts'), to: path.join('ingest', 'parsers', 'index.ts') },
      { from: path.join('lib', 'x.ts'), to: 'package:astro:content' },
    ])).toEqual([
      `${path.join('site', 'x.ts')} → ${path.join('ingest', 'pdf', 'lines.ts')}`,
      `${path.join('pages', 'x.astro')} → ${path.join('ingest', 'procedures.ts')}`,
      `${path.join('lib', 'x.ts')} → package:astro:content`,
    ]);
    const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'layers-'));
    try {
      fs.mkdirSync(path.join(dir, 'pages'));
      fs.writeFileSync(path.join(dir, 'pages', 'p.astro'), "---\nimport { pageOfLine } from '../ingest/pdf/lines.ts';\n---\n<p>{pageOfLine([1], 1)}</p>\n");
      expect(violations(importsOf(dir))).toEqual([`${path.join('pages', 'p.astro')} → ${path.join('ingest', 'pdf', 'lines.ts')}`]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('lib/pdf.ts (what ingest and site share about PDFs)', () => {
  it.each([
    [[1, 10, 25], 1, 1],
    [[1, 10, 25], 9, 1],
    [[1, 10, 25], 10, 2],
    [[1, 10, 25], 24, 2],
    [[1, 10, 25], 400, 3],
    // Pages 2 and 3 have no text and share line 5 with page 4: the line is on the last of them.
    [[1, 5, 5, 5, 9], 5, 4],
    [[1, 5, 5, 5, 9], 4, 1],
  ])('pageOfLine(%j, %i) is page %i', (starts, line, page) => {
    expect(pageOfLine(starts, line)).toBe(page);
  });

  it('pageOfLine without a page map is null', () => {
    expect(pageOfLine(null, 3)).toBeNull();
    expect(pageOfLine(undefined, 3)).toBeNull();
    expect(pageOfLine([], 3)).toBeNull();
  });

  it.each([
    ['%PDF-1.7\n', true],
    [`${' '.repeat(500)}%PDF-1.4`, true],
    [`${' '.repeat(1020)}%PDF-1.4`, false],
    ['INFORME %PDF no', false],
    ['', false],
  ])('isPdf(%j) is %s', (text, expected) => {
    expect(isPdf(new TextEncoder().encode(text))).toBe(expected);
  });
});
