import express, { type RequestHandler, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { EVIDENCE_CONTENT_TYPES, handlesComplaints } from '@chp/domain';
import { createContext } from '../context';
import {
  downloadEvidence,
  uploadEvidence,
  type EvidenceSettings,
} from '../../modules/investigation';
import type { Log } from '../../log';

const fail = (res: express.Response, status: number, code: string, message: string, ext = {}) =>
  res.status(status).json({ errors: [{ message, extensions: { code, ...ext } }] });

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * The investigation's evidence files (docs/procedure.md, The investigation file):
 * - POST /evidence?complaintId=&fileName=&description= with the file as the body, sent as
 *   application/octet-stream (a cross-site form cannot send that type without a preflight);
 *   the size limit holds while the body streams in. Answers the stored file's description.
 * - GET /evidence/:id: the file, as an attachment, to a role that sees the complaint's personal
 *   data; 404 to anyone else, exactly as for a file that does not exist.
 */
export function evidenceEndpoint(
  dataSource: DataSource,
  clock: () => Date,
  log: Log,
  settings: () => EvidenceSettings,
): Router {
  const router = express.Router();
  const upload: RequestHandler = async (req, res) => {
    const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/octet-stream')
      return void fail(res, 415, 'BAD_USER_INPUT', 'Send the file as application/octet-stream');
    const ctx = await createContext({ dataSource, clock }, req, undefined);
    if (!ctx.viewer) return void fail(res, 401, 'UNAUTHENTICATED', 'Sign in first');
    if (!handlesComplaints(ctx.viewer.role))
      return void fail(res, 403, 'FORBIDDEN', 'Your role does not allow this');
    const declared = Number(req.get('content-length') ?? NaN);
    const limits = settings();
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      res.setHeader('connection', 'close');
      res.once('finish', () => req.destroy());
      return void fail(res, 400, 'BAD_USER_INPUT', 'The file is too large', {
        field: 'content',
        rule: 'EVIDENCE_TOO_LARGE',
      });
    }
    const q = req.query as Record<string, string | undefined>;
    try {
      const file = await uploadEvidence(
        ctx,
        req,
        {
          complaintId: q['complaintId'] ?? '',
          fileName: q['fileName'] ?? '',
          description: q['description'] ?? null,
        },
        limits,
      );
      res.status(201).json({
        id: file.id,
        complaintId: file.complaintId,
        fileName: file.fileName,
        kind: file.kind,
        sizeBytes: file.sizeBytes,
      });
    } catch (error) {
      const ext = (error as { extensions?: { code?: string } }).extensions;
      const status = ext?.code ? STATUS[ext.code] : undefined;
      if (status) {
        if ((ext as { rule?: string }).rule === 'EVIDENCE_TOO_LARGE') {
          // the rest of the body is never read: close the connection once answered
          res.setHeader('connection', 'close');
          res.once('finish', () => req.destroy());
        }
        return void fail(res, status, ext!.code!, (error as Error).message, ext);
      }
      log.error('evidence upload failed', error);
      fail(res, 500, 'INTERNAL_SERVER_ERROR', 'The upload failed: nothing was stored');
    }
  };
  const download: RequestHandler = async (req, res) => {
    const ctx = await createContext({ dataSource, clock }, req, undefined);
    if (!ctx.viewer) return void fail(res, 401, 'UNAUTHENTICATED', 'Sign in first');
    const found = await downloadEvidence(ctx, String(req.params['id']), settings());
    if (!found) return void fail(res, 404, 'NOT_FOUND', 'EvidenceFile not found');
    const { file, content } = found;
    res.setHeader('content-type', EVIDENCE_CONTENT_TYPES[file.kind]);
    res.setHeader('content-length', String(content.length));
    res.setHeader('cache-control', 'private, no-store');
    res.setHeader(
      'content-disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    res.end(content);
  };
  router.post('/', upload);
  router.get('/:id', download);
  return router;
}
