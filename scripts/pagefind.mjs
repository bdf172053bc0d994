// Indexes the built site (dist/) with Pagefind's Node API; fails the build on indexing errors.
import * as pagefind from 'pagefind';

const dir = process.env.SITE_DIR || 'dist';
const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'es' });
if (!index) throw new Error(`pagefind: no se pudo crear el índice: ${createErrors.join('; ')}`);
const { errors, page_count } = await index.addDirectory({ path: dir });
if (errors.length) throw new Error(`pagefind: errores al indexar ${dir}: ${errors.join('; ')}`);
if (!page_count) throw new Error(`pagefind: ninguna página indexada en ${dir}`);
const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
console.error(`pagefind: ${page_count} páginas indexadas`);
await pagefind.close();
