import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'mail_outbox' })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() template: string;
  /** Subject, bodies and address are erased once sent (see MailWorker); only the keyed hash stays. */
  @Column({ type: 'text', nullable: true }) recipient: string | null;
  @Column({ name: 'recipient_hash', type: 'text', nullable: true }) recipientHash: string | null;
  @Column({ type: 'text', nullable: true }) subject: string | null;
  @Column({ name: 'text_body', type: 'text', nullable: true }) textBody: string | null;
  @Column({ name: 'html_body', type: 'text', nullable: true }) htmlBody: string | null;
  @Column() attempts: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz' }) nextAttemptAt: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
