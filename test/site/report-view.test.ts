/**
 * The line view of a report (/informes/{id}/): its compact markup keeps one anchor per line and
 * shows the text as text, and a report longer than one page is split so that every citation
 * links to the page that shows its line.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { REPORT_LINES_PER_PAGE, reportPageOfLine, reportUrl } from '../../src/site/paths.ts';
import { pageMarkers, sourceLinesHtml } from '../../src/site/reports.ts';

const parse = (html: string) => parseHTML(`<!doctype html><html><body><ol>${html}</ol></body></html>`).document;

describe('sourceLinesHtml', () => {
  it('gives each line its own <li id=L{n}> holding exactly that line, markup shown as text', () => {
    const lines = ['INFORME', '', '<script>alert(1)</script> & <b>x</b>', 'a\tb <a href="javascript:x">\'y\'</a>'];
    const html = sourceLinesHtml(lines, 1, 4, [], null);
    expect(html).toBe('<li id=L1>INFORME<li id=L2><li id=L3>&lt;script>alert(1)&lt;/script> &amp; &lt;b>x&lt;/b><li id=L4>a\tb &lt;a href=&quot;javascript:x&quot;>&#39;y&#39;&lt;/a>');
    const doc = parse(html);
    expect([...doc.querySelectorAll('li')].map((li) => [li.id, li.textContent])).toEqual([
      ['L1', 'INFORME'], ['L2', ''], ['L3', '<script>alert(1)</script> & <b>x</b>'], ['L4', 'a\tb <a href="javascript:x">\'y\'</a>'],
    ]);
    expect(doc.querySelectorAll('script, b, a').length).toBe(0);
  });

  it('shows only lines from..to and opens a page with its marker and link to the PDF page', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `línea ${i + 1}`);
    const markers = pageMarkers([1, 5, 5, 9], lines.length);
    const html = sourceLinesHtml(lines, 4, 10, markers, (p) => `/informes/x.pdf#page=${p}`);
    const doc = parse(html);
    const items = [...doc.querySelectorAll('li')];
    expect(items.map((li) => li.id)).toEqual(['L4', 'L5', 'L6', 'L7', 'L8', 'L9', 'L10']);
    const marker = doc.querySelector('#L5 .page-marker')!;
    expect(marker.id).toBe('p2');
    expect(marker.textContent).toBe('páginas 2–3 · ver en el PDF');
    expect(marker.querySelector('a')!.getAttribute('href')).toBe('/informes/x.pdf#page=3');
    expect(doc.querySelector('#L9 .page-marker')!.textContent).toBe('página 4 · ver en el PDF');
    expect(doc.querySelectorAll('.page-marker').length).toBe(2);
  });
});

describe('paged line views', () => {
  it('a cited line links to the page of the view that shows it', () => {
    expect(REPORT_LINES_PER_PAGE).toBe(5000);
    expect(reportPageOfLine(1)).toBe(1);
    expect(reportPageOfLine(5000)).toBe(1);
    expect(reportPageOfLine(5001)).toBe(2);
    expect(reportPageOfLine(12345)).toBe(3);
    expect(reportUrl('big', 164)).toBe('/informes/big/#L164');
    expect(reportUrl('big', 5000)).toBe('/informes/big/#L5000');
    expect(reportUrl('big', 5001)).toBe('/informes/big/2/#L5001');
    expect(reportUrl('big', 12345)).toBe('/informes/big/3/#L12345');
    expect(reportUrl('big')).toBe('/informes/big/');
  });
});
