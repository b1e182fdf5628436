import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  from: string;
  raw: string;
  receivedAt: number;
}

/**
 * A real SMTP server in the test process. Each message is written to `dir` as JSON so that test
 * workers in other processes can read what the API delivered.
 */
export async function startSmtpSink(dir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail: ReceivedMail = {
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          raw: Buffer.concat(chunks).toString('utf8'),
          receivedAt: Date.now(),
        };
        writeFileSync(join(dir, `${Date.now()}-${process.pid}-${count++}.json`), JSON.stringify(mail));
        callback();
      });
    },
  });
  const port = await new Promise<number>((ok) => server.listen(0, '127.0.0.1', () => ok((server.server.address() as { port: number }).port)));
  return { url: `smtp://127.0.0.1:${port}`, stop: () => new Promise((ok) => server.close(() => ok())) };
}

/** The plain-text body and subject, decoded from whatever transfer encoding nodemailer chose. */
async function decode(raw: string): Promise<string> {
  const parsed = await simpleParser(raw);
  return `${parsed.subject ?? ''}\n${parsed.text ?? ''}`;
}

export async function waitForMail(dir: string, to: string, match: (text: string) => boolean = () => true, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const file of readdirSync(dir).sort().reverse()) {
      const mail = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ReceivedMail;
      const text = await decode(mail.raw);
      if (mail.to.includes(to.toLowerCase()) && match(text)) return text;
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`No mail to ${to} arrived within ${timeoutMs} ms`);
}

export function linkIn(text: string, path: string): string {
  const found = text.match(new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, '\\$&')}[^\\s]*`));
  if (!found) throw new Error(`No ${path} link in mail:\n${text}`);
  return found[0];
}
