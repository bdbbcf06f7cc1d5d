import type { Writable } from 'node:stream';
import archiver from 'archiver';
import { csvStream, type TableFile } from './table-file';

/** The files as one zip of CSVs with a README.txt first, streamed to `out` file by file. */
export async function writeZip(
  out: Writable,
  files: readonly TableFile[],
  readmeText: string,
): Promise<void> {
  const zip = archiver('zip', { zlib: { level: 6 } });
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    fail = (error) => {
      zip.abort();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    zip.on('error', fail);
    zip.on('end', resolve);
  });
  zip.pipe(out);
  zip.append(readmeText, { name: 'README.txt' });
  // entries are read one after another, so each table's cursor runs alone on the snapshot
  for (const f of files) zip.append(csvStream(f).on('error', fail), { name: `${f.name}.csv` });
  await Promise.all([zip.finalize(), done]);
}
