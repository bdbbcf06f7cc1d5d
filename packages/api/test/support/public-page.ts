// Reading the public site's HTML as a visitor would.

/** The text of an HTML-escaped string. */
export const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
/** `{ received: 'fewer than 5', ... }` from the cells marked data-figure="..." (or data-figure-previous). */
export function cells(html: string, attribute = 'data-figure'): Record<string, string> {
  return Object.fromEntries(
    [...html.matchAll(new RegExp(`${attribute}="(\\w+)">([^<]*)<`, 'g'))].map((m) => [
      m[1],
      unescape(m[2]!),
    ]),
  );
}
