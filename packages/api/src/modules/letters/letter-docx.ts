import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { parseLetterText } from '@chp/domain';

/**
 * A letter as a Word document: real headings and bullet lists (so screen readers and the
 * navigation pane follow it), Arial 12pt, or 18pt for large print.
 */
export async function letterDocx(
  title: string,
  text: string,
  largePrint: boolean,
): Promise<Buffer> {
  const size = largePrint ? 36 : 24; // half-points
  const children: Paragraph[] = [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 })];
  for (const b of parseLetterText(text)) {
    if (b.type === 'heading')
      children.push(new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 }));
    else if (b.type === 'list')
      for (const item of b.items)
        children.push(new Paragraph({ text: item, numbering: { reference: 'bullets', level: 0 } }));
    else
      children.push(
        new Paragraph({
          children: b.text
            .split('\n')
            .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
          spacing: { after: 200 },
        }),
      );
  }
  const doc = new Document({
    title,
    creator: 'CHP Insight',
    styles: {
      default: {
        document: { run: { font: 'Arial', size } },
        heading1: { run: { font: 'Arial', size: size + 8, bold: true } },
        heading2: { run: { font: 'Arial', size: size + 4, bold: true } },
      },
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: 'left' }],
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
