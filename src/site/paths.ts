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

/** Path of the line-numbered view of a report, optionally at a line. */
export function reportUrl(reportId: string, line?: number | null): string {
  return url(`/informes/${reportId}/${line ? `#L${line}` : ''}`);
}

/** The original PDF of a report, published beside its source view, optionally at a page (#page=N). */
export function reportPdfUrl(reportId: string, page?: number | null): string {
  return url(`/informes/${reportId}.pdf${page ? `#page=${page}` : ''}`);
}

/** Anchor of a commitment on /compromisos/. */
export function commitmentUrl(id: string): string {
  return url(`/compromisos/#${id}`);
}
