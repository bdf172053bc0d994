/// <reference types="astro/client" />
/**
 * Internal URLs. Every link, asset and data file of the site goes through `url()` so that the
 * site works under a sub-path (BASE_PATH → Astro `base` → import.meta.env.BASE_URL).
 *
 * Page paths get a trailing slash (trailingSlash: 'always'); file paths (with an extension)
 * do not. Query strings and fragments are kept.
 */

/** The configured base, always starting and ending with "/". */
export function basePath(): string {
  const raw = (import.meta.env?.BASE_URL as string | undefined) ?? '/';
  const lead = raw.startsWith('/') ? raw : `/${raw}`;
  return lead.endsWith('/') ? lead : `${lead}/`;
}

/** Path inside the site ("/instituciones/x/#metas", "datos/goals.csv") → URL with the base. */
export function url(path = '/'): string {
  const m = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(path);
  let pathname = m?.[1] ?? '';
  const query = m?.[2] ?? '';
  const hash = m?.[3] ?? '';
  pathname = pathname.replace(/^\/+/, '');
  const last = pathname.split('/').pop() ?? '';
  const isFile = /\.[a-z0-9]+$/i.test(last);
  if (pathname !== '' && !isFile && !pathname.endsWith('/')) pathname += '/';
  return `${basePath()}${pathname}${query}${hash}`;
}

/** Path of an institution profile (optionally a section anchor). */
export function institutionUrl(id: string, anchor?: string): string {
  return url(`/instituciones/${id}/${anchor ? `#${anchor}` : ''}`);
}

/**
 * Lines per page of a report's line view: a longer report is split into /informes/{id}/,
 * /informes/{id}/2/… (lines 1–5000, 5001–10000…), so a huge report never makes one huge page.
 */
export const REPORT_LINES_PER_PAGE = 5000;

/** Page (1-based) of the line view that shows `line`. */
export function reportPageOfLine(line: number): number {
  return Math.max(1, Math.ceil(line / REPORT_LINES_PER_PAGE));
}

/** Path of page `page` of a report's line view ("/informes/x/", "/informes/x/2/"). */
export function reportPageUrl(reportId: string, page: number): string {
  return url(`/informes/${reportId}/${page > 1 ? `${page}/` : ''}`);
}

/** Path of the line-numbered view of a report, optionally at a line (on the page that shows it). */
export function reportUrl(reportId: string, line?: number | null): string {
  return line ? `${reportPageUrl(reportId, reportPageOfLine(line))}#L${line}` : reportPageUrl(reportId, 1);
}

/** The original PDF of a report, published beside its source view, optionally at a page (#page=N). */
export function reportPdfUrl(reportId: string, page?: number | null): string {
  return url(`/informes/${reportId}.pdf${page ? `#page=${page}` : ''}`);
}

/** Anchor of a commitment on /compromisos/. */
export function commitmentUrl(id: string): string {
  return url(`/compromisos/#${id}`);
}
