import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';
import { LETTER_KIND_LABELS, seesPersonalData } from '@chp/domain';
import { ComplaintLetter, letterDocx, letterHtml } from '../../modules/letters';
import { isUuid } from '../../core/mutation';
import { createContext } from '../context';

const refuse = (res: express.Response, status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

/**
 * GET /letters/:id/letter.html and /letters/:id/letter.docx (?print=large for large print): a
 * letter as sent, guarded like the complaint's personal data (never communications, action-only
 * staff or the public; another organisation's letter is not found).
 */
export function letterEndpoint(dataSource: DataSource, clock: () => Date): Router {
  const router = express.Router();
  router.get('/:id/letter.:format', async (req, res, next) => {
    try {
      const format = req.params['format'];
      if (format !== 'html' && format !== 'docx') return refuse(res, 404, 'NOT_FOUND', 'Not found');
      const ctx = await createContext({ dataSource, clock }, req, undefined);
      if (!ctx.viewer) return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in first');
      if (!seesPersonalData(ctx.viewer.role))
        return refuse(res, 403, 'FORBIDDEN', 'Your role does not allow this');
      const id = req.params['id'];
      const letter = isUuid(id)
        ? await dataSource.getRepository(ComplaintLetter).findOne({
            where: { id, organisationId: ctx.viewer.organisationId },
          })
        : null;
      if (!letter) return refuse(res, 404, 'NOT_FOUND', 'Letter not found');
      const [c] = await dataSource.query<{ reference: string }[]>(
        `SELECT reference FROM complaint WHERE organisation_id = $1 AND id = $2`,
        [letter.organisationId, letter.complaintId],
      );
      const largePrint = req.query['print'] === 'large';
      const title = `${LETTER_KIND_LABELS[letter.kind]}: ${c?.reference ?? ''}`.trim();
      const file = `${c?.reference ?? 'letter'}-${letter.kind}-v${letter.version}${largePrint ? '-large-print' : ''}`;
      res.set('Cache-Control', 'no-store');
      if (format === 'html') {
        res.type('html').send(letterHtml(title, letter.text, largePrint));
        return;
      }
      const body = await letterDocx(title, letter.text, largePrint);
      res
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .set('Content-Disposition', `attachment; filename="${file.replace(/[^\w.-]/g, '_')}.docx"`)
        .send(body);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
