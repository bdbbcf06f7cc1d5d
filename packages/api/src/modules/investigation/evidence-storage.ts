import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import type { EvidenceFile } from './evidence-file.entity';

/**
 * Where an evidence file's bytes are kept: the `evidence_file_content` table by default, or the
 * folder EVIDENCE_DIR (one sub-folder per organisation, the file named by its id). The row in
 * `evidence_file` says which, so changing the setting never loses older files.
 */
export interface EvidenceStore {
  dir: string | null;
}

const fileInFolder = (dir: string, file: Pick<EvidenceFile, 'organisationId' | 'id'>) =>
  path.join(dir, file.organisationId, file.id);

export async function writeContent(
  em: EntityManager,
  store: EvidenceStore,
  file: Pick<EvidenceFile, 'organisationId' | 'id'>,
  content: Buffer,
): Promise<'database' | 'folder'> {
  if (store.dir === null) {
    await em.query(
      `INSERT INTO evidence_file_content (organisation_id, file_id, content) VALUES ($1, $2, $3)`,
      [file.organisationId, file.id, content],
    );
    return 'database';
  }
  const target = fileInFolder(store.dir, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, content, { flag: 'wx', mode: 0o600 });
  return 'folder';
}

export async function readContent(
  em: EntityManager,
  store: EvidenceStore,
  file: Pick<EvidenceFile, 'organisationId' | 'id' | 'storage'>,
): Promise<Buffer> {
  if (file.storage === 'folder') {
    if (store.dir === null) throw new Error('EVIDENCE_DIR is not set, but the file is kept in it');
    return readFile(fileInFolder(store.dir, file));
  }
  const [row] = await em.query<{ content: Buffer }[]>(
    `SELECT content FROM evidence_file_content WHERE organisation_id = $1 AND file_id = $2`,
    [file.organisationId, file.id],
  );
  if (!row) throw new Error(`Evidence file ${file.id} has no content`);
  return row.content;
}

/** The database copy goes with its row (ON DELETE CASCADE); a folder copy is removed here. */
export async function removeFolderCopy(
  store: EvidenceStore,
  file: Pick<EvidenceFile, 'organisationId' | 'id' | 'storage'>,
): Promise<void> {
  if (file.storage === 'folder' && store.dir !== null)
    await rm(fileInFolder(store.dir, file), { force: true });
}
