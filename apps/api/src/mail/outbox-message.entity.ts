import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'mail_outbox' })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() recipient: string;
  @Column() subject: string;
  @Column({ name: 'text_body' }) textBody: string;
  @Column({ name: 'html_body', type: 'text', nullable: true }) htmlBody: string | null;
  @Column() attempts: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz' }) nextAttemptAt: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
