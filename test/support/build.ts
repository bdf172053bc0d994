/** Builds the whole site (ingest + astro + pagefind) into a folder of its own, for tests. */
import { spawnSync } from 'node:child_process';
import { E2E_BASE } from './site.ts';

export interface SiteBuild {
  /** Folder of the datasets the ingest wrote. */
  data: string;
  /** Folder of the built site. */
  site: string;
  /** Folder of the reports (default: data/reports). */
  reports?: string;
  /** Institution catalogue (default: data/institutions.csv). */
  institutions?: string;
  /** SERCOP data folder (default: data/contracts). */
  contracts?: string;
  /** Leave SITE_DIR unset: every post-build step must then find the site through OUT_DIR. */
  outDirOnly?: boolean;
}

/** `npm run build` with its own reports/data/output folders; throws with the build's last output lines. */
export function buildSite({ data, site, reports, institutions, contracts, outDirOnly }: SiteBuild): void {
  const env: NodeJS.ProcessEnv = {
    ...process.env, BASE_PATH: E2E_BASE, SITE_URL: 'https://example.org', DATA_DIR: data, OUT_DIR: site, SITE_DIR: site,
  };
  if (outDirOnly) delete env.SITE_DIR;
  if (reports) env.REPORTS_DIR = reports;
  else delete env.REPORTS_DIR;
  if (institutions) env.INSTITUTIONS_FILE = institutions;
  else delete env.INSTITUTIONS_FILE;
  if (contracts) env.CONTRACTS_DIR = contracts;
  else delete env.CONTRACTS_DIR;
  const r = spawnSync('npm', ['run', 'build'], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`npm run build failed (exit ${r.status}) for ${site}:\n${tail}`);
  }
}
