/**
 * Content-Security-Policy for the static site, computed from the final HTML.
 *
 * Base.astro writes a <meta http-equiv="Content-Security-Policy"> with the base policy (no
 * hashes) in production builds; after `astro build` has written every page, the integration's
 * `astro:build:done` hook rewrites that meta in each .html file with the SHA-256 hashes of the
 * page's own inline scripts, so the policy stays correct whenever a script changes. Pages from
 * a layout without the meta (embeds…) get one inserted right after <meta charset>.
 *
 * Only scripts the site wrote get a hash: an inline script must be, byte for byte, the body of
 * a `<script is:inline>` in a source file under src/ (Astro emits those verbatim). Anything
 * else — a script that slipped in from report text, a `define:vars` script — stops the build
 * with the page and the script's start, instead of being allowed by a hash computed from it.
 *
 * Policy: everything from the site's own origin only; scripts from 'self' plus those hashes
 * (no 'unsafe-inline', no inline event handlers, no eval); 'wasm-unsafe-eval' only on pages
 * that load Pagefind (its search runs WebAssembly); styles 'self' plus inline <style>/style=""
 * (Astro inlines the stylesheet and the static chart SVGs carry their own <style>); images
 * 'self' data: blob:; no plugins; base and forms 'self'.
 * Plain JavaScript so astro.config.mjs, scripts and tests can all import it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';

/** Script types the browser executes (anything else, e.g. application/ld+json, is a data block). */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript']);
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const META = /<meta\s+http-equiv\s*=\s*"Content-Security-Policy"[^>]*>/gi;
/** A page or script that loads Pagefind references its folder ("…/pagefind/pagefind.js"). */
const PAGEFIND = /pagefind\//i;

export class CspError extends Error {}

/**
 * The policy's directives. `hashes` are 'sha256-…' sources for script-src; `wasm` adds
 * 'wasm-unsafe-eval' (Pagefind).
 * @param {{ hashes?: string[], wasm?: boolean }} [opts]
 * @returns {string}
 */
export function cspPolicy({ hashes = [], wasm = false } = {}) {
  const script = ["'self'", ...[...new Set(hashes)].sort().map((h) => `'${h}'`), ...(wasm ? ["'wasm-unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** 'sha256-…' of a script's exact text, as CSP computes it (UTF-8 bytes of the element's text). */
export function scriptHash(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Inline executable scripts (text) and external script URLs of a page, found by an HTML parser
 * (htmlparser2), not a regex: text that merely looks like "<script>" inside an attribute value,
 * a comment or a <title> is inert and is not a script. Pages without "<script" skip the parse.
 * @param {string} html
 */
export function pageScripts(html) {
  const inline = [];
  const external = [];
  if (!/<script/i.test(html)) return { inline, external };
  /** @type {{ attrs: Record<string, string>, text: string } | null} */
  let current = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'script') current = { attrs, text: '' };
      },
      ontext(text) {
        if (current) current.text += text;
      },
      onclosetag(name) {
        if (name !== 'script' || !current) return;
        const { attrs, text } = current;
        current = null;
        if (!JS_TYPES.has((attrs.type ?? '').trim().toLowerCase())) return;
        if (attrs.src !== undefined) external.push(attrs.src);
        else if (text) inline.push(text);
      },
    },
    // Raw attribute values and script text: the hash is over the exact characters of the page.
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  parser.end();
  return { inline, external };
}

/**
 * Bodies of the `<script is:inline>` elements of the .astro files under `srcDir`: the only
 * inline scripts the build trusts.
 * @param {string} srcDir
 * @returns {Set<string>}
 */
export function sourceInlineScripts(srcDir) {
  const out = new Set();
  const visit = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) visit(p);
      else if (name.endsWith('.astro')) {
        for (const m of readFileSync(p, 'utf8').matchAll(SCRIPT)) if (/(?:^|\s)is:inline(?:\s|=|$)/.test(m[1] ?? '') && m[2]) out.add(m[2]);
      }
    }
  };
  if (existsSync(srcDir)) visit(srcDir);
  return out;
}

/**
 * The page's HTML with its CSP meta set (replacing any existing one, else inserted after
 * <meta charset> or <head>).
 * @param {string} html
 * @param {{ usesPagefind?: boolean, trusted?: Set<string>, page?: string }} [opts]
 *   usesPagefind: a linked script loads Pagefind. trusted: the inline scripts allowed (see
 *   sourceInlineScripts); any other inline script throws a CspError naming `page`.
 */
export function applyCsp(html, { usesPagefind = false, trusted, page = 'página' } = {}) {
  const { inline } = pageScripts(html);
  if (trusted) {
    const foreign = inline.filter((s) => !trusted.has(s));
    if (foreign.length) {
      const show = (s) => JSON.stringify(s.trim().slice(0, 80));
      throw new CspError(
        `${page}: ${foreign.length} script(s) en línea que no son un <script is:inline> de src/ (no se les da hash en la CSP): ${foreign.map(show).join(', ')}. ` +
          'Si es un script del sitio, escríbalo como <script is:inline> sin define:vars (pase datos con atributos data-) o como <script> procesado (archivo externo).',
      );
    }
  }
  const wasm = usesPagefind || PAGEFIND.test(html.replace(META, ''));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${cspPolicy({ hashes: inline.map(scriptHash), wasm })}">`;
  let replaced = false;
  const out = html.replace(META, () => {
    if (replaced) return '';
    replaced = true;
    return meta;
  });
  if (replaced) return out;
  const charset = /<meta\s+charset\s*=[^>]*>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
  return html;
}

function walkHtml(dir) {
  const out = [];
  const visit = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (relative(dir, p) !== 'pagefind') visit(p);
      } else if (name.endsWith('.html')) out.push(p);
    }
  };
  if (existsSync(dir)) visit(dir);
  return out;
}

/**
 * Rewrites the CSP meta of every .html file under `dir` (the built site). `base` is the
 * site's base path, to find linked scripts inside `dir`; `trusted` as in applyCsp (every
 * page is checked before any is written). Returns the number of pages.
 * @param {string} dir
 * @param {string} [base]
 * @param {Set<string>} [trusted]
 */
export function applyCspToDir(dir, base = '/', trusted) {
  const jsCache = new Map();
  const loadsPagefind = (src) => {
    if (!src.startsWith(base) || src.startsWith('//')) return false;
    const file = join(dir, decodeURIComponent(src.slice(base.length).split(/[?#]/)[0] ?? ''));
    if (!jsCache.has(file)) jsCache.set(file, existsSync(file) && statSync(file).isFile() && PAGEFIND.test(readFileSync(file, 'utf8')));
    return jsCache.get(file);
  };
  const pages = walkHtml(dir);
  // One page in memory at a time (a national build has ~1 GB of HTML): each rewritten page goes
  // to a temporary file beside it; only when every page passed are they renamed over the pages.
  const staged = [];
  const errors = [];
  try {
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      try {
        const usesPagefind = pageScripts(html).external.some(loadsPagefind);
        const next = applyCsp(html, { usesPagefind, trusted, page: relative(dir, file) });
        if (next !== html) {
          writeFileSync(`${file}.csp-tmp`, next);
          staged.push(file);
        }
      } catch (e) {
        if (!(e instanceof CspError)) throw e;
        errors.push(e.message);
      }
    }
    if (errors.length) throw new CspError(`CSP: ${errors.length} página(s) con scripts no confiables:\n${errors.slice(0, 10).join('\n')}`);
    for (const file of staged.splice(0)) renameSync(`${file}.csp-tmp`, file);
  } finally {
    for (const file of staged) rmSync(`${file}.csp-tmp`, { force: true });
  }
  return pages.length;
}

/** Astro integration: sets each built page's CSP with the hashes of its (trusted) inline scripts. */
export default function csp() {
  let base = '/';
  let srcDir = 'src';
  return {
    name: 'cuentas-abiertas-csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        srcDir = fileURLToPath(config.srcDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const n = applyCspToDir(fileURLToPath(dir), base, sourceInlineScripts(srcDir));
        logger.info(`Content-Security-Policy con hashes de scripts en ${n} páginas`);
      },
    },
  };
}
