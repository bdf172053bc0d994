/** The built site's static server (scripts/static-server.mjs, shared with scripts/audit.mjs). */
import { serveStatic } from '../../scripts/static-server.mjs';

export { serveStatic };
export type StaticServer = Awaited<ReturnType<typeof serveStatic>>;
