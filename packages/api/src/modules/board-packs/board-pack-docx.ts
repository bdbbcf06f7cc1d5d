import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, BoardPackDocument } from './board-pack-document';

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

const border = { style: BorderStyle.SINGLE, size: 4, color: '333333' };
const cell = (text: string, bold = false) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
    borders: { top: border, bottom: border, left: border, right: border },
  });

function blocks(b: Block): (Paragraph | Table)[] {
  if (b.type === 'heading') return [new Paragraph({ text: b.text, heading: HEADINGS[b.level] })];
  if (b.type === 'paragraph')
    return [
      new Paragraph({
        children: b.text
          .split('\n')
          .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
        spacing: { after: 200 },
      }),
    ];
  return [
    // the caption as a bold paragraph before the table (Word has no table caption element)
    new Paragraph({ children: [new TextRun({ text: b.caption, bold: true })], keepNext: true }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        // a real header row, repeated on each page
        new TableRow({ tableHeader: true, children: b.head.map((h) => cell(h, true)) }),
        ...b.rows.map(
          ([first, ...rest]) =>
            new TableRow({ children: [cell(first ?? '', true), ...rest.map((c) => cell(c))] }),
        ),
      ],
    }),
    new Paragraph({ text: '' }),
  ];
}

/** A board pack as a Word document: real headings and tables (header rows), Arial 11pt. */
export async function boardPackDocx(doc: BoardPackDocument): Promise<Buffer> {
  const doc2 = new Document({
    title: doc.title,
    creator: 'CHP Insight',
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22 } },
        heading1: { run: { font: 'Arial', size: 32, bold: true } },
        heading2: { run: { font: 'Arial', size: 28, bold: true } },
        heading3: { run: { font: 'Arial', size: 24, bold: true } },
      },
    },
    sections: [{ children: doc.blocks.flatMap(blocks) }],
  });
  return Packer.toBuffer(doc2);
}
