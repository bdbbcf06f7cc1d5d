import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { EVIDENCE_SNIFF_BYTES, evidenceFileKind, seesPersonalData } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { badInput, ruleText } from '../../core/errors';
import { lockInScope, mutate, type Tx } from '../../core/mutation';
import { EvidenceFile } from './evidence-file.entity';
import {
  readContent,
  removeFolderCopy,
  writeContent,
  type EvidenceStore,
} from './evidence-storage';
import { investigationError } from './investigation.errors';
import { openStageTwo } from './investigation.service';
import { InvestigationReport } from './plan-and-report.entity';

export interface EvidenceUpload {
  complaintId: string;
  fileName: string;
  description: string | null;
}

export interface EvidenceSettings extends EvidenceStore {
  maxBytes: number;
}

/** Thrown while reading: the body passed the size limit (nothing has been stored). */
export class EvidenceTooLarge extends Error {}

/**
 * Reads the upload, refusing it as soon as it passes `maxBytes`: the limit holds while the body
 * streams in, so a large file is never held whole.
 */
export function readCapped(input: Readable, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer | string) => {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      size += buffer.length;
      if (size > maxBytes) {
        // stop reading: the caller answers, then closes the connection
        input.off('data', onData);
        input.pause();
        reject(new EvidenceTooLarge());
        return;
      }
      chunks.push(buffer);
    };
    input.on('data', onData);
    input.once('end', () => resolve(Buffer.concat(chunks)));
    input.once('error', reject);
  });
}

/**
 * Keeps an evidence file with a stage 2 complaint: its kind from its name and first bytes (never
 * the extension alone), its bytes in the database or EVIDENCE_DIR. One transaction, audited
 * without the content.
 */
export async function uploadEvidence(
  ctx: ChpContext,
  input: Readable,
  upload: EvidenceUpload,
  settings: EvidenceSettings,
): Promise<EvidenceFile> {
  const fileName = upload.fileName.trim().slice(0, 200);
  if (!fileName) throw badInput('fileName', 'notBlank', ruleText('notBlank'));
  let content: Buffer;
  try {
    content = await readCapped(input, settings.maxBytes);
  } catch (e) {
    if (e instanceof EvidenceTooLarge)
      throw investigationError('EVIDENCE_TOO_LARGE', `(The limit is ${settings.maxBytes} bytes.)`);
    throw e;
  }
  return mutate(ctx, 'uploadEvidenceFile', async (tx) => {
    const complaint = await openStageTwo(tx, upload.complaintId);
    if (content.length === 0) throw investigationError('EVIDENCE_EMPTY');
    const kind = evidenceFileKind(fileName, content.subarray(0, EVIDENCE_SNIFF_BYTES));
    if (!kind) throw investigationError('EVIDENCE_TYPE_NOT_ALLOWED');
    const sha256 = createHash('sha256').update(content).digest('hex');
    const [row] = await tx.em.query<{ id: string }[]>(
      `INSERT INTO evidence_file (organisation_id, complaint_id, file_name, kind, size_bytes, sha256, storage, description, uploaded_by_id, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        complaint.organisationId,
        complaint.id,
        fileName,
        kind,
        content.length,
        sha256,
        settings.dir === null ? 'database' : 'folder',
        upload.description?.trim() || null,
        tx.viewer.personId,
        tx.now,
      ],
    );
    const file = { organisationId: complaint.organisationId, id: row!.id };
    await writeContent(tx.em, settings, file, content);
    await tx.audit({
      organisationId: complaint.organisationId,
      entity: 'evidence_file',
      entityId: file.id,
      changes: { complaintId: complaint.id, fileName, kind, sizeBytes: content.length, sha256 },
    });
    return tx.em.getRepository(EvidenceFile).findOneByOrFail(file);
  });
}

/**
 * An evidence file with its bytes, for a viewer who may read the complaint's personal data;
 * null (answered as 404) for anyone else, or a file of another organisation.
 */
export async function downloadEvidence(
  ctx: ChpContext,
  fileId: string,
  store: EvidenceStore,
): Promise<{ file: EvidenceFile; content: Buffer } | null> {
  const viewer = ctx.viewer;
  if (!viewer || !seesPersonalData(viewer.role)) return null;
  if (!/^[0-9a-f-]{36}$/i.test(fileId)) return null;
  const file = await ctx.dataSource.manager
    .getRepository(EvidenceFile)
    .findOneBy({ id: fileId, organisationId: viewer.organisationId });
  if (!file) return null;
  return { file, content: await readContent(ctx.dataSource.manager, store, file) };
}

/** Deletes an evidence file; the audit says which file and who, never its content. */
export async function deleteEvidenceFile(
  tx: Tx,
  fileId: string,
  store: EvidenceStore,
): Promise<string> {
  const file = await lockInScope(tx, EvidenceFile, 'EvidenceFile', fileId);
  await openStageTwo(tx, file.complaintId);
  const inReport = await tx.em
    .getRepository(InvestigationReport)
    .existsBy({ organisationId: file.organisationId, fileId: file.id });
  if (inReport) throw investigationError('EVIDENCE_IN_REPORT');
  await tx.em
    .getRepository(EvidenceFile)
    .delete({ organisationId: file.organisationId, id: file.id });
  await tx.audit({
    organisationId: file.organisationId,
    entity: 'evidence_file',
    entityId: file.id,
    changes: {
      deleted: true,
      complaintId: file.complaintId,
      fileName: file.fileName,
      kind: file.kind,
      sizeBytes: file.sizeBytes,
    },
  });
  await removeFolderCopy(store, file);
  return file.id;
}
