import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { calendarFeedText } from '../../modules/work';

/**
 * GET /calendar/<token>.ics: a person's private calendar feed (docs/procedure.md, Work queues).
 * The token is the credential (no session); an unknown or revoked one answers 404 like any
 * missing page. Links point back at the server the feed was fetched from.
 */
export function calendarEndpoint(dataSource: DataSource): RequestHandler {
  return (req, res, next) => {
    const file = String(req.params['file'] ?? '');
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
    calendarFeedText(dataSource, token, `${req.protocol}://${req.get('host') ?? 'localhost'}`)
      .then((text) => {
        res.setHeader('Cache-Control', 'private, no-store');
        if (text === null) {
          res.status(404).type('text/plain').send('No such calendar feed.');
          return;
        }
        res.type('text/calendar; charset=utf-8').send(text);
      })
      .catch(next);
  };
}
