import { createHash } from 'node:crypto';

function plain(text: unknown): string {
  if (typeof text === 'string') return text;
  if (text === null || text === undefined) return '';
  if (typeof text === 'number' || typeof text === 'boolean' || typeof text === 'bigint')
    return String(text);
  if (text instanceof Date) return text.toString();
  return JSON.stringify(text) ?? '';
}

/** Escapes text for HTML content and attribute values. */
export function esc(text: unknown): string {
  return plain(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** Public text as paragraphs: a blank line starts a new one. */
export function paragraphs(text: string | null | undefined): string {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});
const calendarDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** '23 November 2026' for an instant (UK time). */
export const formatInstant = (iso: string): string => longDate.format(new Date(iso));
/** '23 November 2026' for a calendar date 'YYYY-MM-DD'. */
export const formatDay = (day: string): string => calendarDate.format(new Date(`${day}T00:00:00Z`));

// GOV.UK-like colours: text 19:1, links 5.2:1 and focus yellow with a black edge, all above WCAG AA.
export const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:Arial,Helvetica,sans-serif;font-size:100%;line-height:1.5;color:#0b0c0c;background:#fff}
body{margin:0}
.wrap{max-width:60rem;margin:0 auto;padding:0 1rem}
a{color:#1d70b8;text-decoration:underline;text-underline-offset:.15em}
a:visited{color:#4c2c92}
a:hover{color:#003078}
a:focus{outline:3px solid transparent;background:#ffdd00;color:#0b0c0c;box-shadow:0 -2px #ffdd00,0 4px #0b0c0c;text-decoration:none}
.skip-link{position:absolute;left:-9999px;top:0;padding:.5rem 1rem}
.skip-link:focus{left:0;z-index:10}
.site-header{background:#0b0c0c;color:#fff;padding:.75rem 0}
.site-header a{color:#fff}
.site-header a:focus{color:#0b0c0c}
.site-name{font-weight:bold;font-size:1.25rem;margin:0}
.breadcrumbs ol{list-style:none;margin:.25rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .5rem}
.breadcrumbs li+li::before{content:"\\203A";margin-right:.5rem}
main.wrap{display:block;padding:1.5rem 1rem 2rem}
main:focus{outline:none}
h1{font-size:2rem;line-height:1.2;margin:0 0 1rem}
h2{font-size:1.5rem;margin:2rem 0 .75rem}
h3{font-size:1.15rem;margin:1.25rem 0 .5rem}
.meta{color:#505a5f;margin-top:-.5rem}
.lead{font-size:1.15rem}
table{border-collapse:collapse;width:100%;margin:0 0 1rem}
caption{text-align:left;font-weight:bold;padding:0 0 .5rem}
th,td{text-align:left;padding:.5rem .75rem .5rem 0;border-bottom:1px solid #b1b4b6;vertical-align:top}
td.number,th.number{text-align:right}
.table-scroll{overflow-x:auto}
.note{border-left:5px solid #b1b4b6;padding:.25rem 0 .25rem 1rem;color:#0b0c0c}
.items{list-style:none;padding:0;margin:0}
.items li{border:1px solid #b1b4b6;padding:1rem;margin:0 0 1rem}
.items dt{font-weight:bold}
.items dd{margin:0 0 .75rem}
.items dd:last-child{margin-bottom:0}
.chart{margin:0 0 1.5rem}
.chart svg{max-width:100%;height:auto}
.downloads li{margin:.25rem 0}
.preview-banner{border:5px solid #1d70b8;padding:.75rem 1rem;margin:0 0 1.5rem;font-weight:bold}
.site-footer{border-top:1px solid #b1b4b6;padding:1rem 0 2rem;color:#0b0c0c;font-size:.9rem}
@media (max-width:40rem){h1{font-size:1.6rem}th,td{padding-right:.5rem}}
@media print{
  .skip-link,.breadcrumbs,.downloads-section,.site-footer nav{display:none}
  .site-header{background:none;color:#000;border-bottom:2px solid #000}
  .site-header a{color:#000;text-decoration:none}
  html{font-size:11pt}
  a{color:#000}
  main.wrap{padding:0}
  .wrap{max-width:none;padding:0}
  h2,h3{break-after:avoid}
  table,.items li,figure{break-inside:avoid}
  .chart svg rect.bar{fill:#000}
}
`;

/** The CSP source of the public stylesheet (the dashboard allows it too, for the approver's preview). */
export const PUBLIC_STYLE_SOURCE = `'sha256-${createHash('sha256').update(CSS).digest('base64')}'`;

/** The Content-Security-Policy of every public page: no script at all, only this stylesheet. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${PUBLIC_STYLE_SOURCE}`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface Crumb {
  href: string;
  label: string;
}

export interface PageParts {
  title: string;
  body: string;
  /** The trail above the heading; the last crumb is the current page (no link). */
  crumbs?: Crumb[];
  /**
   * A downloaded copy: no links back into the site, a note of where it came from instead (a link
   * when `url` is absolute, i.e. PUBLIC_BASE_URL is set; else the path as text).
   */
  downloadedFrom?: { url: string; at: string };
}

const sourceOf = (url: string) =>
  /^https?:\/\//.test(url) ? `<a href="${esc(url)}">${esc(url)}</a>` : `<code>${esc(url)}</code>`;

/** A whole public page: English (UK), skip link, banner, main and footer landmarks, inline stylesheet. */
export function page({ title, body, crumbs = [], downloadedFrom }: PageParts): string {
  const trail =
    crumbs.length && !downloadedFrom
      ? `<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${crumbs
          .map((c, i) =>
            i === crumbs.length - 1
              ? `<li><span aria-current="page">${esc(c.label)}</span></li>`
              : `<li><a href="${esc(c.href)}">${esc(c.label)}</a></li>`,
          )
          .join('')}</ol></nav>`
      : '';
  const siteName = downloadedFrom
    ? '<p class="site-name">Complaints: what we learned</p>'
    : '<p class="site-name"><a href="/public">Complaints: what we learned</a></p>';
  const footer = downloadedFrom
    ? `<p>Downloaded on ${esc(formatInstant(downloadedFrom.at))} from ${sourceOf(downloadedFrom.url)}. The figures were fixed when the report was approved and do not change.</p>`
    : '<p>The figures follow the Scottish Public Services Ombudsman’s complaints performance indicators. They were fixed when each report was approved and do not change.</p>';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="wrap">${siteName}${trail}</div></header>
<main id="main" tabindex="-1" class="wrap">
${body}
</main>
<footer class="site-footer"><div class="wrap">${footer}</div></footer>
</body>
</html>
`;
}
