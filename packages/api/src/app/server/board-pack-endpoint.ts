import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';
import { readsBoardPacks } from '@chp/domain';
import {
  BoardPack,
  boardPackDocument,
  boardPackDocx,
  boardPackHtml,
} from '../../modules/board-packs';
import { isUuid } from '../../core/mutation';
import { createContext } from '../context';

const refuse = (res: express.Response, status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

/**
 * GET /board-packs/:id/board-pack.html and /board-packs/:id/board-pack.docx: a board pack as
 * accessible HTML (with its print stylesheet) or Word, for managers and communications staff
 * (docs/procedure.md, The quarterly board pack); never action-only staff, handlers or the public;
 * another organisation's pack is not found.
 */
export function boardPackEndpoint(dataSource: DataSource, clock: () => Date): Router {
  const router = express.Router();
  router.get('/:id/board-pack.:format', async (req, res, next) => {
    try {
      const format = req.params['format'];
      if (format !== 'html' && format !== 'docx') return refuse(res, 404, 'NOT_FOUND', 'Not found');
      const ctx = await createContext({ dataSource, clock }, req, undefined);
      if (!ctx.viewer) return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in first');
      if (!readsBoardPacks(ctx.viewer.role))
        return refuse(res, 403, 'FORBIDDEN', 'Your role does not allow this');
      const id = req.params['id'];
      const pack = isUuid(id)
        ? await dataSource
            .getRepository(BoardPack)
            .findOne({ where: { id, organisationId: ctx.viewer.organisationId } })
        : null;
      if (!pack) return refuse(res, 404, 'NOT_FOUND', 'Board pack not found');
      const [org] = await dataSource.query<{ name: string }[]>(
        `SELECT name FROM organisation WHERE id = $1`,
        [pack.organisationId],
      );
      const doc = boardPackDocument(pack, org?.name ?? '');
      res.set('Cache-Control', 'no-store');
      if (format === 'html') {
        res.type('html').send(boardPackHtml(doc));
        return;
      }
      const file = `board-pack-${pack.periodLabel}-edition-${pack.edition}`.replace(
        /[^\w.-]/g,
        '_',
      );
      res
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .set('Content-Disposition', `attachment; filename="${file}.docx"`)
        .send(await boardPackDocx(doc));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
