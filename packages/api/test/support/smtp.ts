import { createTransport } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { freePort } from './free-port';
import type { MailTransport } from '../../src/modules/mail';

/** A real SMTP server on 127.0.0.1 that keeps what it accepted, parsed; it can refuse messages. */
export interface TestSmtpServer {
  received: ParsedMail[];
  /** The next this many messages (to `address`, when given) are refused with 451 (try again later). */
  refuseNext(count: number, address?: string): void;
  /** Messages refused so far. */
  refused: number;
  /** A nodemailer transport to it. */
  transport(): MailTransport;
  close(): Promise<void>;
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const port = await freePort();
  let refusals = 0;
  let refusedAddress: string | undefined;
  const state = { received: [] as ParsedMail[], refused: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((r) => r.address);
      if (refusals > 0 && (refusedAddress === undefined || to.includes(refusedAddress))) {
        refusals--;
        state.refused++;
        stream.resume();
        stream.on('end', () =>
          callback(Object.assign(new Error('Try again later'), { responseCode: 451 })),
        );
        return;
      }
      simpleParser(stream).then(
        (mail) => {
          state.received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    get received() {
      return state.received;
    },
    get refused() {
      return state.refused;
    },
    refuseNext: (count, address) => {
      refusals = count;
      refusedAddress = address;
    },
    transport: () => createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
