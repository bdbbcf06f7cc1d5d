import { esc, formatInstant, page } from './html';
import { publicPeriodName as periodName } from '@chp/domain';
import type { Organisation, Publication } from './public-read';
import { publicationBody, publicationPath } from './publication-view';

const HOME = { href: '/public', label: 'Published reports' };

export function organisationsPage(orgs: Organisation[]): string {
  const body = orgs.length
    ? `<p>Choose an organisation to read what its customers’ complaints told it and what it changed.</p>
<ul>${orgs.map((o) => `<li><a href="/public/${encodeURIComponent(o.slug)}">${esc(o.name)}</a></li>`).join('')}</ul>`
    : '<p>Nothing has been published yet.</p>';
  return page({
    title: 'Published complaints reports',
    body: `<h1>Published complaints reports</h1>\n${body}`,
  });
}

type Listed = Pick<Publication, 'id' | 'kind' | 'period' | 'title' | 'publishedAt'> & {
  figures: { current: { from: string; to: string } };
};

export function organisationPage(org: Organisation, publications: Listed[]): string {
  const section = (heading: string, list: Listed[]) =>
    list.length
      ? `<h2>${esc(heading)}</h2><ul>${list.map((p) => `<li><a href="${publicationPath(org.slug, p.id)}">${esc(p.title)}</a> (${esc(periodName(p.figures.current))}, published ${esc(formatInstant(p.publishedAt))})</li>`).join('')}</ul>`
      : '';
  const body = `<h1>${esc(org.name)}: complaints reports</h1>
<p>Every quarter we publish what your complaints told us and what we changed (“you said, we did”), and every year a report on how we handled complaints.</p>
${section(
  'You said, we did',
  publications.filter((p) => p.kind === 'quarterly'),
)}
${section(
  'Annual complaints performance reports',
  publications.filter((p) => p.kind === 'annual'),
)}`;
  return page({
    title: `${org.name}: complaints reports`,
    body,
    crumbs: [HOME, { href: '', label: org.name }],
  });
}

export function publicationPage(org: Organisation, p: Publication): string {
  return page({
    title: `${p.title} – ${org.name}`,
    body: publicationBody(org, p, { withDownloads: true }),
    crumbs: [
      HOME,
      { href: `/public/${encodeURIComponent(org.slug)}`, label: org.name },
      { href: '', label: p.title },
    ],
  });
}

/**
 * The page as it will look once published, for the approver (docs/procedure.md, Reporting and
 * publishing: review): the same body as the public page, under a banner saying it is a preview.
 */
export function previewPage(org: Organisation, p: Publication): string {
  return page({
    title: `Preview – not published: ${p.title} – ${org.name}`,
    body: `<p class="preview-banner" role="note">Preview – not published. This is how the page will look on the public site; the figures are the ones approval would fix now.</p>\n${publicationBody(org, p, { withDownloads: false })}`,
    crumbs: [
      HOME,
      { href: `/public/${encodeURIComponent(org.slug)}`, label: org.name },
      { href: '', label: p.title },
    ],
  });
}

/** The downloaded copy: the same page, self-contained (inline style, no script, no images to fetch). */
export function reportFile(org: Organisation, p: Publication, url: string, at: string): string {
  return page({
    title: `${p.title} – ${org.name}`,
    body: publicationBody(org, p, { withDownloads: false }),
    downloadedFrom: { url, at },
  });
}

export function notFoundPage(): string {
  return page({
    title: 'Page not found',
    body: '<h1>Page not found</h1><p>There is nothing published at this address. It may have been withdrawn, or the address may be mistyped.</p><p><a href="/public">See all published reports</a>.</p>',
  });
}

export function errorPage(): string {
  return page({
    title: 'Sorry, there is a problem',
    body: '<h1>Sorry, there is a problem</h1><p>The page could not be shown. Please try again later.</p>',
  });
}

export function unavailablePage(): string {
  return page({
    title: 'Sorry, the service is unavailable',
    body: '<h1>Sorry, the service is unavailable</h1><p>Please try again in a few moments.</p>',
  });
}
