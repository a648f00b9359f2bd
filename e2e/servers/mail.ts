/**
 * The end-to-end run's mail server: a real SMTP server (smtp-server) the app's sender delivers
 * to, keeping each message raw, and an HTTP API for the tests:
 *   GET  /messages?to=address   the raw messages to that address, oldest first
 *   POST /allow?address=…       stop refusing an address at the refused domain
 * Started by playwright.config.ts; runs until Playwright stops it.
 */
import http from 'node:http';
import { startSmtpSink } from '../../lib/mail/testing/smtp-sink';
import { MAIL_API_PORT, REFUSED_DOMAIN, SMTP_PORT } from './ports';

async function main() {
  const allowed = new Set<string>();
  const sink = await startSmtpSink({
    port: SMTP_PORT,
    refuseRecipient: (address) => address.endsWith(`@${REFUSED_DOMAIN}`) && !allowed.has(address),
  });
  http
    .createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const address = url.searchParams.get('to')?.toLowerCase() ?? url.searchParams.get('address')?.toLowerCase() ?? '';
      if (req.method === 'GET' && url.pathname === '/health') return res.end('ok');
      if (req.method === 'GET' && url.pathname === '/messages') {
        res.setHeader('Content-Type', 'application/json');
        return res.end(JSON.stringify(sink.messages.filter((m) => m.to.includes(address)).map((m) => ({ raw: m.raw }))));
      }
      if (req.method === 'POST' && url.pathname === '/allow') {
        allowed.add(address);
        return res.end('ok');
      }
      res.statusCode = 404;
      res.end('not found');
    })
    .listen(MAIL_API_PORT, '127.0.0.1', () => console.log(`Mail server: SMTP on ${SMTP_PORT}, API on ${MAIL_API_PORT}`));
}

void main();
