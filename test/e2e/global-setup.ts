/**
 * Builds the whole site once for the browser tests, the way GitHub Pages hosts it: under a
 * sub-path (BASE_PATH=/cuentas-abiertas/), into .tmp-site/ so a developer's dist/ is untouched.
 * E2E_SKIP_BUILD=1 reuses the last build (for iterating on tests).
 */
import { execFileSync } from 'node:child_process';
import { E2E_BASE, E2E_DIST } from '../support/site.ts';

export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BASE_PATH: E2E_BASE, OUT_DIR: E2E_DIST, SITE_DIR: E2E_DIST, SITE_URL: 'https://example.org' },
  });
}
