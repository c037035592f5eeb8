import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';
import type { AppConfig } from '@marac/core';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
}
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** SMTP (nodemailer) when SMTP_URL is set; otherwise each message is written as an .eml file under DATA_DIR/mail. */
export function createMailTransport(config: AppConfig): MailTransport {
  if (config.smtpUrl) {
    // a pool of kept-alive connections: one connection per message costs ~100 ms each with many servers
    const smtp = nodemailer.createTransport({ url: config.smtpUrl, pool: true, maxConnections: 2 } as any, {
      from: config.mailFrom,
    });
    return {
      send: async (m) => {
        await smtp.sendMail({
          from: config.mailFrom,
          to: m.to,
          subject: m.subject,
          text: m.text,
          messageId: `<outbox-${m.id}@marac.invalid>`,
        });
      },
      close: () => smtp.close(),
    };
  }
  const dir = resolve(config.dataDir, 'mail');
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    send: async (m) => {
      const info = await files.sendMail({
        from: config.mailFrom,
        to: m.to,
        subject: m.subject,
        text: m.text,
      });
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileSync(join(dir, `outbox-${m.id.padStart(8, '0')}.eml`), info.message as Buffer, {
        mode: 0o600,
      });
    },
    close: () => files.close(),
  };
}
