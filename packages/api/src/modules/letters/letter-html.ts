import { parseLetterText, type LetterBlock } from '@chp/domain';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function block(b: LetterBlock): string {
  if (b.type === 'heading') return `<h2>${escape(b.text)}</h2>`;
  if (b.type === 'list') return `<ul>${b.items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
  return `<p>${b.text.split('\n').map(escape).join('<br>')}</p>`;
}

/**
 * A letter as an accessible, printable HTML page: English, a title, one h1 and h2 sections,
 * print styles; large print sets the text at 18pt (docs/procedure.md, Responses and letters).
 */
export function letterHtml(title: string, text: string, largePrint: boolean): string {
  const size = largePrint ? '18pt' : '12pt';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
  body { font-family: Arial, Helvetica, sans-serif; font-size: ${size}; line-height: 1.5; max-width: 40em; margin: 2em auto; padding: 0 1em; color: #000; background: #fff; }
  h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.5em; }
  @media print { body { margin: 0; max-width: none; } @page { margin: 2cm; } }
</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
${parseLetterText(text).map(block).join('\n')}
</main>
</body>
</html>
`;
}
