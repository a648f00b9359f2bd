/**
 * A real SMTP server for tests (the smtp-server package): it keeps every message it accepted,
 * raw, as an MTA would have it. A test decides per message whether to accept it, refuse it
 * (a 5xx reply), or hold it without answering (as a server that stops mid-message).
 * Used by the Vitest mail tests and by the end-to-end run's mail server (e2e/servers/mail.ts).
 */
import { SMTPServer } from 'smtp-server';

export type SinkMessage = { raw: string; from: string; to: string[]; receivedAt: Date };

export type Verdict = 'accept' | 'hold' | { reject: string };

export type SmtpSink = {
  port: number;
  /** Messages accepted (answered 250), in order. */
  messages: SinkMessage[];
  /** Stops listening and drops open connections, held ones too. */
  close: () => Promise<void>;
};

export type SinkOptions = {
  port?: number;
  host?: string;
  /** Decides each message once its data has arrived; accept by default. */
  verdict?: (message: SinkMessage, index: number) => Verdict | Promise<Verdict>;
  /** Refuse a recipient at RCPT TO (a permanent 550), e.g. an address a test marks undeliverable. */
  refuseRecipient?: (address: string) => boolean;
};

export async function startSmtpSink(opts: SinkOptions = {}): Promise<SmtpSink> {
  const messages: SinkMessage[] = [];
  let arrived = 0;
  const server = new SMTPServer({
    // Plain SMTP on a loopback port: no TLS to upgrade to, no login.
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    closeTimeout: 50,
    onRcptTo(address, _session, callback) {
      if (opts.refuseRecipient?.(address.address.toLowerCase())) {
        const error = new Error('5.1.1 Mailbox unavailable') as Error & { responseCode: number };
        error.responseCode = 550;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const message: SinkMessage = {
          raw: Buffer.concat(chunks).toString('utf8'),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          receivedAt: new Date(),
        };
        const verdict = opts.verdict ? await opts.verdict(message, arrived++) : 'accept';
        if (verdict === 'hold') return; // never answered: the sender does not know it arrived
        if (verdict !== 'accept') {
          const error = new Error(verdict.reject) as Error & { responseCode: number };
          error.responseCode = 554;
          return callback(error);
        }
        messages.push(message);
        callback();
      });
    },
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const address = (server as unknown as { server: { address(): { port: number } } }).server.address();
  return {
    port: address.port,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
