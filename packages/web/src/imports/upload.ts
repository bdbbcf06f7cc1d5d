import { importUrl, uuidFrom, type ImportFileFormat } from './import-mapping';

/** What POST /imports answers (docs/api.md, Importing complaints). */
/** What the file holds (docs/procedure.md, Importing complaints and Importing improvement actions). */
export type ImportKind = 'complaints' | 'actions';

export interface ImportReport {
  runId: string;
  kind: ImportKind;
  dryRun: boolean;
  mode: 'all_or_nothing' | 'valid_rows';
  status: 'finished' | 'refused';
  rowsRead: number;
  rowsValid: number;
  rowsImported: number;
  rowsUnchanged: number;
  rowsRefused: number;
  problems: { row: number; column: string; field: string; code: string; message: string }[];
  unknownServiceAreas: string[];
  unknownRootCauses: string[];
  unknownPeople: string[];
}

/** A refusal of the endpoint, in words. */
export class UploadRefused extends Error {}

const contentType = (format: ImportFileFormat) =>
  format === 'csv' ? 'text/csv' : 'application/octet-stream';

async function send<T>(url: string, file: File, format: ImportFileFormat): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': contentType(format) },
    body: file,
  });
  const body = (await res.json().catch(() => null)) as
    (T & { errors?: undefined }) | { errors?: { message: string }[] } | null;
  if (!res.ok || !body || body.errors)
    throw new UploadRefused(
      body?.errors?.[0]?.message ?? `The file could not be sent (HTTP ${res.status}).`,
    );
  return body as T;
}

/** The file's header row (POST /imports/columns). */
export async function readColumns(file: File, format: ImportFileFormat): Promise<string[]> {
  return (await send<{ columns: string[] }>(`/imports/columns?format=${format}`, file, format))
    .columns;
}

/** Checks or imports the file with the saved mapping (POST /imports). */
export function uploadFile(
  file: File,
  format: ImportFileFormat,
  options: {
    kind: ImportKind;
    dryRun: boolean;
    mode: ImportReport['mode'];
    createUnknown: boolean;
    runId?: string;
  },
): Promise<ImportReport> {
  return send<ImportReport>(importUrl({ format, fileName: file.name, ...options }), file, format);
}

/** A new run id (crypto.randomUUID needs a secure context; getRandomValues does not). */
export const newRunId = (): string => uuidFrom(crypto.getRandomValues(new Uint8Array(16)));
