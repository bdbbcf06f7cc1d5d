import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import type { World, WorldPerson } from './world';

export interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** GETs a download with `as`'s session cookie (as the dashboard's link does). */
export async function download(
  world: World,
  path: string,
  as: WorldPerson | null,
): Promise<Download> {
  const res = await fetch(`${world.url}${path}`, {
    headers: as ? { cookie: `chp_session=${as.token}` } : {},
  });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** A CSV download's rows, header first (the byte-order mark removed). */
export const csvRows = (text: string | Buffer): string[][] =>
  parse(String(text).replace(/^\ufeff/, ''), { relax_column_count: false }) as string[][];

/** Every file of a zip, by name, as text. */
export async function unzip(body: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(body);
  const files: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) files[name] = await zip.files[name]!.async('string');
  return files;
}

/** Every sheet of an XLSX, by name, as rows of cell text. */
export async function sheets(body: Buffer): Promise<Record<string, string[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as never);
  const out: Record<string, string[][]> = {};
  book.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(
        values.map((v) =>
          v === null || v === undefined
            ? ''
            : typeof v === 'object'
              ? JSON.stringify(v)
              : String(v as string | number | boolean),
        ),
      );
    });
    out[sheet.name] = rows;
  });
  return out;
}
