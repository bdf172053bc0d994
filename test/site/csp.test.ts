/** The build-time Content-Security-Policy rewriter (src/integrations/csp.mjs). */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CspError, applyCsp, applyCspToDir, cspPolicy, pageScripts, scriptHash, sourceInlineScripts } from '../../src/integrations/csp.mjs';

const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? null;

describe('cspPolicy', () => {
  it('is strict by default: self only, no inline scripts, no plugins', () => {
    expect(cspPolicy()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });
  it('lists hashes sorted and once, and WebAssembly only when asked', () => {
    const p = cspPolicy({ hashes: ['sha256-b', 'sha256-a', 'sha256-b'], wasm: true });
    expect(p).toContain("script-src 'self' 'sha256-a' 'sha256-b' 'wasm-unsafe-eval';");
  });
});

describe('scriptHash and pageScripts', () => {
  it('hashes the exact script text as CSP does', () => {
    expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
  it('finds executable inline scripts only (not data blocks, not external scripts)', () => {
    const html = '<script>a()</script><script type="module">b()</script><script type="application/ld+json">{"x":1}</script>' +
      '<script src="/x.js"></script><SCRIPT type=text/javascript>c()</SCRIPT><noscript>n</noscript>';
    expect(pageScripts(html)).toEqual({ inline: ['a()', 'b()', 'c()'], external: ['/x.js'] });
  });
});

describe('applyCsp', () => {
  const page = (head: string, body = '') => `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">${head}<title>t</title></head><body data-pagefind-body>${body}</body></html>`;

  it('replaces the base policy with one holding the hashes of the page\'s inline scripts', () => {
    const html = page(`<meta http-equiv="Content-Security-Policy" content="${cspPolicy()}">`, '<script>alert(1)</script>');
    const out = applyCsp(html);
    expect(policyOf(out)).toContain("script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=';");
    expect(out.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(applyCsp(out)).toBe(out); // idempotent
  });
  it('inserts the meta right after <meta charset> in a page from a layout without one', () => {
    const out = applyCsp(page('', '<script>x()</script>'));
    expect(out).toMatch(/<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/);
  });
  it("allows WebAssembly only on pages that load Pagefind (data-pagefind-* attributes do not count)", () => {
    expect(policyOf(applyCsp(page('')))).not.toContain('wasm-unsafe-eval');
    expect(policyOf(applyCsp(page('', '<form data-pagefind="/b/pagefind/pagefind.js"></form>')))).toContain("'wasm-unsafe-eval'");
    expect(policyOf(applyCsp(page('', '<script src="/b/s.js"></script>'), { usesPagefind: true }))).toContain("'wasm-unsafe-eval'");
  });
  it('hashes only trusted scripts: anything else (e.g. a script from report text) is an error naming the page', () => {
    const html = page('', '<script>ours()</script><p><script>alert(1)</script></p>');
    expect(() => applyCsp(html, { trusted: new Set(['ours()']), page: 'x/index.html' })).toThrow(CspError);
    expect(() => applyCsp(html, { trusted: new Set(['ours()']), page: 'x/index.html' })).toThrow(/x\/index\.html: 1 script.*"alert\(1\)"/);
    expect(policyOf(applyCsp(page('', '<script>ours()</script>'), { trusted: new Set(['ours()']) }))).toContain(`'${scriptHash('ours()')}'`);
  });
  it('inert text that looks like a script (in an attribute, a comment, a title, an SVG <title>) is not a script', () => {
    // What a report's name "&lt;script&gt;alert(1)&lt;/script&gt;" becomes in a chart attribute once decoded.
    const body = '<script>ours()</script><div title="<script>alert(1)</script>" aria-label=\'<script>alert(2)</script>\'>x</div>' +
      '<!-- <script>alert(3)</script> --><svg><title>&lt;script&gt;alert(4)&lt;/script&gt;</title><text data-x="<script>alert(5)</script>">t</text></svg>';
    expect(pageScripts(page('', body)).inline).toEqual(['ours()']);
    const out = applyCsp(page('', body), { trusted: new Set(['ours()']), page: 'x/index.html' });
    expect(policyOf(out)).toContain(`script-src 'self' '${scriptHash('ours()')}';`);
    // A real script element among them is still refused.
    expect(() => applyCsp(page('', `${body}<script>alert(6)</script>`), { trusted: new Set(['ours()']) })).toThrow(/"alert\(6\)"/);
  });
  it("trusts the bodies of the sources' <script is:inline> elements, verbatim, and only those", () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-src-'));
    try {
      mkdirSync(join(dir, 'components'));
      writeFileSync(join(dir, 'components', 'A.astro'), '---\n---\n<script is:inline>\n  a();\n</script>\n<script>processed()</script>\n<script type="module" is:inline>b()</script>');
      writeFileSync(join(dir, 'x.ts'), '<script is:inline>c()</script>');
      expect([...sourceInlineScripts(dir)].sort()).toEqual(['\n  a();\n', 'b()']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('the real sources: every inline script of a built page is one of them (checked by the build itself)', () => {
    const trusted = sourceInlineScripts(join(import.meta.dirname, '../../src'));
    expect(trusted.size).toBeGreaterThan(0);
    for (const s of trusted) expect(s.trim().length).toBeGreaterThan(0);
  });
  it('rewrites every page of a built folder, skipping the search index, and sees Pagefind in linked scripts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-'));
    try {
      mkdirSync(join(dir, 'a'), { recursive: true });
      mkdirSync(join(dir, 'pagefind'), { recursive: true });
      mkdirSync(join(dir, '_astro'), { recursive: true });
      writeFileSync(join(dir, '_astro', 's.js'), 'import("/base/pagefind/pagefind.js")');
      writeFileSync(join(dir, 'index.html'), page('', '<script>1</script>'));
      writeFileSync(join(dir, 'a', 'index.html'), page('', '<script type="module" src="/base/_astro/s.js"></script>'));
      writeFileSync(join(dir, 'pagefind', 'x.html'), '<html><head></head></html>');
      expect(applyCspToDir(dir, '/base/')).toBe(2);
      expect(policyOf(readFileSync(join(dir, 'index.html'), 'utf8'))).toContain(`'${scriptHash('1')}'`);
      expect(policyOf(readFileSync(join(dir, 'a', 'index.html'), 'utf8'))).toContain("'wasm-unsafe-eval'");
      expect(readFileSync(join(dir, 'pagefind', 'x.html'), 'utf8')).not.toContain('Content-Security-Policy');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
