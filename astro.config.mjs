// Astro configuration of the Cuentas Abiertas site (static output).
// SITE_URL: absolute origin used for canonical links and the sitemap (e.g. https://example.org).
// BASE_PATH: sub-path where the site is served (e.g. /cuentas-abiertas/); every internal link goes
// through url() in src/site/paths.ts, which reads import.meta.env.BASE_URL.
// OUT_DIR: output folder (default dist/). DATA_DIR: datasets folder (see src/site/data.ts).
import { defineConfig } from 'astro/config';
import csp from './src/integrations/csp.mjs';

function normalizeBase(value) {
  const raw = (value ?? '/').trim() || '/';
  const withLeading = raw.startsWith('/') ? raw : `/${raw}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

// Astro exposes every environment variable to server code as import.meta.env.X, so a stray
// BASE_URL in the environment (vitest sets BASE_URL=/ for its workers and child processes
// inherit it) would override the real base in every link. The base comes only from BASE_PATH.
delete process.env.BASE_URL;

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: normalizeBase(process.env.BASE_PATH),
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.OUT_DIR || 'dist',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  // Each page's Content-Security-Policy gets the hashes of its inline scripts after the build.
  integrations: [csp()],
  // Processed <script>s always ship as files (Astro would inline those under 4 kB, and an
  // inline script that is not a <script is:inline> of src/ gets no CSP hash: see csp.mjs).
  vite: { build: { assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined) } },
});
