import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { maskEmail, nextDeliveryDelaySeconds } from '@concordia/domain';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';

interface DueMessage {
  id: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  attempts: number;
}

/**
 * Delivers the outbox. Rows are claimed with FOR UPDATE SKIP LOCKED, so several API instances
 * can run workers side by side without sending a message twice. Without SMTP_URL, messages are
 * written to the log (recipient masked) so a developer can follow the links.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private transport?: Transporter;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(@InjectDataSource() private readonly db: DataSource, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onApplicationBootstrap(): void {
    if (this.config.smtpUrl) this.transport = createTransport(this.config.smtpUrl);
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.transport?.close();
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.deliverDue()
        .then(() => undefined)
        .catch((error) => this.logger.warn({ err: error }, 'mail delivery round failed'))
        .finally(() => this.schedule(this.config.mailPollMs));
    }, delay);
    this.timer.unref();
  }

  /** One round: claims up to 20 due messages and tries each once. */
  async deliverDue(): Promise<number> {
    let delivered = 0;
    await this.db.transaction(async (manager) => {
      const due: DueMessage[] = await manager.query(
        `SELECT id, recipient, subject, text_body, html_body, attempts FROM mail_outbox
         WHERE sent_at IS NULL AND next_attempt_at <= now()
         ORDER BY next_attempt_at LIMIT 20 FOR UPDATE SKIP LOCKED`,
      );
      for (const message of due) {
        try {
          await this.send(message);
          // Once delivered, the address has served its purpose: keep only a masked trace.
          await manager.query(`UPDATE mail_outbox SET sent_at = now(), recipient = $2, last_error = NULL WHERE id = $1`, [
            message.id,
            maskEmail(message.recipient),
          ]);
          delivered++;
        } catch (error) {
          const attempts = message.attempts + 1;
          await manager.query(
            `UPDATE mail_outbox SET attempts = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1`,
            [message.id, attempts, String((error as Error).message).slice(0, 500), nextDeliveryDelaySeconds(attempts)],
          );
          this.logger.warn({ messageId: message.id, attempts }, 'mail delivery failed, will retry');
        }
      }
    });
    return delivered;
  }

  private async send(message: DueMessage): Promise<void> {
    if (!this.transport) {
      this.logger.log({ messageId: message.id, to: maskEmail(message.recipient), subject: message.subject, body: message.text_body }, 'mail (no SMTP_URL set)');
      return;
    }
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: message.recipient,
      subject: message.subject,
      text: message.text_body,
      html: message.html_body ?? undefined,
    });
  }
}
