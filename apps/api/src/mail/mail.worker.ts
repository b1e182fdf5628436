import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { maskEmail, nextDeliveryDelaySeconds, normaliseEmail } from '@concordia/domain';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { keyedHash } from '../auth/tokens';
import { safeError } from '../common/logging/safe-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';

interface DueMessage {
  id: string;
  template: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  attempts: number;
}

/** Addresses inside SMTP errors ("recipient rejected: …") would outlive the scrubbed row otherwise. */
const ADDRESS = /[^\s<>"'@]+@[^\s<>"'@]+\.[^\s<>"'@]+/g;

/**
 * Delivers the outbox. Rows are claimed with FOR UPDATE SKIP LOCKED, so several API instances
 * can run workers side by side without sending a message twice.
 *
 * It polls on its own short timer rather than through the job system: the outbox already is a
 * transactional queue (a mail is written in its caller's transaction and seen once committed),
 * people wait for sign-up and reset links, and pg-boss schedules are per minute. The outbox's
 * housekeeping runs as a job (RetentionService).
 *
 * Once sent, a row keeps no subject, body or address (a CHECK constraint holds it to that), only
 * its template, dates and a keyed hash of the recipient. Without SMTP_URL outside production,
 * messages go to the log (recipient masked) so a developer can follow the links; with
 * MAIL_DISABLED=true nothing is sent and only the template and masked recipient are logged.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private transport?: Transporter;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.jobs.background) return;
    if (this.config.mailDisabled) {
      this.logger.warn('MAIL IS OFF (MAIL_DISABLED=true): no e-mail is sent, so nobody can verify an address or reset a password. Set SMTP_URL to send mail.');
    } else if (this.config.smtpUrl) {
      this.transport = createTransport(this.config.smtpUrl);
    }
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
        .catch((error) => this.logger.warn({ error: safeError(error) }, 'mail delivery round failed'))
        .finally(() => this.schedule(this.config.mailPollMs));
    }, delay);
    this.timer.unref();
  }

  /** One round: claims up to 20 due messages and tries each once. */
  async deliverDue(): Promise<number> {
    let delivered = 0;
    await this.db.transaction(async (manager) => {
      const due: DueMessage[] = await manager.query(
        `SELECT id, template, recipient, subject, text_body, html_body, attempts FROM mail_outbox
         WHERE sent_at IS NULL AND next_attempt_at <= now()
         ORDER BY next_attempt_at LIMIT 20 FOR UPDATE SKIP LOCKED`,
      );
      for (const message of due) {
        try {
          await this.send(message);
          // Once delivered, links, tokens and the address have served their purpose.
          await manager.query(
            `UPDATE mail_outbox SET sent_at = now(), recipient = NULL, recipient_hash = $2, subject = NULL, text_body = NULL,
               html_body = NULL, last_error = NULL WHERE id = $1`,
            [message.id, this.recipientHash(message.recipient)],
          );
          delivered++;
        } catch (error) {
          const attempts = message.attempts + 1;
          await manager.query(
            `UPDATE mail_outbox SET attempts = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1`,
            [message.id, attempts, String((error as Error).message).replace(ADDRESS, maskEmail).slice(0, 500), nextDeliveryDelaySeconds(attempts)],
          );
          this.logger.warn({ messageId: message.id, attempts }, 'mail delivery failed, will retry');
        }
      }
    });
    return delivered;
  }

  /** Keyed, so the table cannot be matched against a list of addresses without the server secret. */
  private recipientHash(recipient: string): string {
    return keyedHash(this.config.sessionSecret, 'mail-recipient', normaliseEmail(recipient));
  }

  private async send(message: DueMessage): Promise<void> {
    if (this.config.mailDisabled) {
      this.logger.log({ messageId: message.id, template: message.template, to: maskEmail(message.recipient) }, 'mail not sent (MAIL_DISABLED=true)');
      return;
    }
    if (!this.transport) {
      // Only reachable outside production (see loadConfig): the developer's way to follow links.
      this.logger.log(
        { messageId: message.id, template: message.template, to: maskEmail(message.recipient), subject: message.subject, body: message.text_body },
        'mail (no SMTP_URL set)',
      );
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
