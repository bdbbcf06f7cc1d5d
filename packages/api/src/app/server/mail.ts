import { createTransport } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import type { Log } from '../../log';
import { quarterlyIndicatorMessages } from '../../modules/analytics';
import { recurrenceMessages } from '../../modules/learning';
import { startMailScheduler } from '../../modules/mail';
import { recurrenceSurveys } from '../../modules/survey';

/**
 * The reminder run and, with SMTP_URL, the sender. Without SMTP_URL (`npm start`'s default)
 * messages stay in the outbox, where an administrator reads them on the Outbox page.
 */
export function startMail(
  config: Config,
  dataSource: DataSource,
  log: Log,
  localUrl: string,
): { stop(): Promise<void> } {
  if (config.smtpUrl === null)
    log.info('mail: no SMTP_URL, messages stay in the outbox (see the Outbox page)');
  return startMailScheduler({
    dataSource,
    log,
    more: [quarterlyIndicatorMessages, recurrenceMessages, recurrenceSurveys],
    sender: config.smtpUrl
      ? {
          transport: createTransport(config.smtpUrl),
          from: config.mailFrom,
          baseUrl: config.publicBaseUrl ?? localUrl,
        }
      : null,
  });
}
