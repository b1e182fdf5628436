import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** SHA-256 of the cookie's token: a stolen database holds no usable session. */
  @Column({ name: 'token_hash' }) tokenHash: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'awaiting_second_factor' }) awaitingSecondFactor: boolean;
  @Column({ name: 'second_factor_verified' }) secondFactorVerified: boolean;
  @Column({ name: 'user_agent', type: 'text', nullable: true }) userAgent: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'last_seen_at', type: 'timestamptz' }) lastSeenAt: Date;
}
