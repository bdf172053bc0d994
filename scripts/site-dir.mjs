/**
 * The built site's folder, as every post-build step finds it: SITE_DIR if set, else OUT_DIR
 * (Astro's output folder, astro.config.mjs), else dist/. Without the OUT_DIR fallback a build
 * with OUT_DIR set would index or audit a stale ./dist instead of the site it just built.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function siteDir(env = process.env) {
  return env.SITE_DIR || env.OUT_DIR || 'dist';
}
