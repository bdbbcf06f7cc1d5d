/**
 * A letter as blocks, the form the HTML, print and Word renderers share. The letter's text (what
 * a handler edits) is a light markup: paragraphs separated by a blank line, "# " starts a heading,
 * "- " starts a list item; other line breaks within a paragraph are kept (an address).
 */
export type LetterBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] };

/**
 * Reads a letter's text into blocks.
 *
 * @example
 * parseLetterText('# Our decision\n\nUpheld.\n\n- one\n- two')
 * // [{ type: 'heading', text: 'Our decision' }, { type: 'paragraph', text: 'Upheld.' }, { type: 'list', items: ['one', 'two'] }]
 */
export function parseLetterText(text: string): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trimEnd())
      .filter((l) => l.trim() !== '');
    let paragraph: string[] = [];
    let list: string[] = [];
    const flush = () => {
      if (paragraph.length) blocks.push({ type: 'paragraph', text: paragraph.join('\n') });
      if (list.length) blocks.push({ type: 'list', items: list });
      paragraph = [];
      list = [];
    };
    for (const raw of lines) {
      const line = raw.trim();
      if (line.startsWith('# ')) {
        flush();
        blocks.push({ type: 'heading', text: line.slice(2).trim() });
      } else if (line.startsWith('- ')) {
        if (paragraph.length) {
          blocks.push({ type: 'paragraph', text: paragraph.join('\n') });
          paragraph = [];
        }
        list.push(line.slice(2).trim());
      } else {
        if (list.length) {
          blocks.push({ type: 'list', items: list });
          list = [];
        }
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}

/** Writes blocks back as the letter's text ({@link parseLetterText} reads it back the same). */
export function letterText(blocks: readonly LetterBlock[]): string {
  return blocks
    .map((b) =>
      b.type === 'heading'
        ? `# ${b.text}`
        : b.type === 'list'
          ? b.items.map((i) => `- ${i}`).join('\n')
          : b.text,
    )
    .join('\n\n');
}
