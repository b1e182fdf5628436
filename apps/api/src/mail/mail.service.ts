import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxMessageEntity } from './outbox-message.entity';

export interface Mail {
  /**
   * Which kind of message this is (e.g. 'verify-email', 'moderation.rejected'): the only trace of
   * its content kept once it is sent, since bodies are erased at sending.
   */
  template: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * Sending a mail is writing it to the outbox, in the caller's transaction when it has one:
 * the worker delivers it later, so an SMTP outage never loses a message nor fails a request.
 */
@Injectable()
export class MailService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async enqueue(mail: Mail, manager: EntityManager = this.db.manager): Promise<void> {
    const repo = manager.getRepository(OutboxMessageEntity);
    await repo.insert({ template: mail.template, recipient: mail.to, subject: mail.subject, textBody: mail.text, htmlBody: mail.html ?? null });
  }
}
