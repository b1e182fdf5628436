import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  /** A translation key suffix on the web (notifications.kinds.<kind>), e.g. "proposal.rejected". */
  @Column() kind: string;
  @Column({ type: 'jsonb' }) params: Record<string, string | number>;
  @Column({ type: 'text', nullable: true }) link: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt: Date | null;
}
