import type { Block, BoardPackDocument } from './board-pack-document';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function block(b: Block): string {
  if (b.type === 'heading') return `<h${b.level}>${escape(b.text)}</h${b.level}>`;
  if (b.type === 'paragraph') return `<p>${b.text.split('\n').map(escape).join('<br>')}</p>`;
  const head = b.head.map((h) => `<th scope="col">${escape(h)}</th>`).join('');
  const rows = b.rows
    .map(
      ([first, ...rest]) =>
        `<tr><th scope="row">${escape(first ?? '')}</th>${rest.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<div class="table-wrap" role="region" aria-label="${escape(b.caption)}" tabindex="0"><table>
<caption>${escape(b.caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`;
}

/**
 * A board pack as an accessible, printable HTML page: English, one h1 and h2 per section, tables
 * with captions and header scopes (scrollable on a narrow screen), black on white; the print
 * stylesheet keeps each table on a page where it fits and repeats header rows.
 */
export function boardPackHtml(doc: BoardPackDocument): string {
  const [heading, ...rest] = doc.blocks;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(doc.title)}</title>
<style>
  body { font-family: Arial, Helvetica, sans-serif; font-size: 12pt; line-height: 1.5; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #000; background: #fff; }
  h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 1.8em; border-bottom: 1px solid #000; }
  .table-wrap { overflow-x: auto; margin: 1em 0; }
  table { border-collapse: collapse; min-width: 50%; }
  caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
  th, td { border: 1px solid #333; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
  thead th { background: #eee; }
  td { font-variant-numeric: tabular-nums; }
  @media print {
    body { margin: 0; max-width: none; font-size: 11pt; }
    @page { margin: 2cm; }
    .table-wrap { overflow: visible; }
    table { page-break-inside: avoid; }
    thead { display: table-header-group; }
    h2 { page-break-after: avoid; }
  }
</style>
</head>
<body>
<main>
${heading ? block(heading) : ''}
${rest.map(block).join('\n')}
</main>
</body>
</html>
`;
}
